"""Signatures: pyhanko on the signed samples (intact, tampered, unsigned) and the
parser of visible appearance lines (seeds' real appearances and synthetic ones)."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from extractors.intake import inspect_file
from extractors.signatures import parse_timestamp, read_signatures, signatures_from_lines
from tests.conftest import SAMPLES
from vanban.model import SourceFile
from vanban.settings import Settings

SIGNED = sorted(SAMPLES.glob("*.signed.pdf"))


def _source(path: Path) -> SourceFile:
    return inspect_file(path, Settings.from_env())


def _gold_signature(signed: Path) -> dict:
    slug = signed.name[: -len(".signed.pdf")]
    records = json.loads((SAMPLES / f"{slug}.records.json").read_text(encoding="utf-8"))
    return records["signed_variant"]["signatures"][0]


@pytest.fixture(scope="module")
def signed_pdf() -> Path:
    if not SIGNED:
        pytest.skip("samples/*.signed.pdf missing: run samples/make_samples.py")
    return SIGNED[0]


# --------------------------------------------------------------------------- embedded (pyhanko)
@pytest.mark.parametrize("path", SIGNED, ids=lambda p: p.name)
def test_signed_sample_is_intact_and_names_its_signer(path: Path):
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    found = read_signatures(_source(path))
    gold = _gold_signature(path)
    assert len(found) == 1
    sig = found[0]
    assert sig.source == "pdf-signature"
    assert sig.valid is True
    assert sig.signer == gold["signer"]
    assert sig.email == gold["email"]
    assert sig.signed_at == gold["signed_at"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", sig.signed_at)
    assert sig.field_name == "Signature1"
    # trust is reported apart from integrity: a self-signed certificate is not trusted
    assert "not trusted" in sig.note and "self-signed" in sig.note
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "the file must not be modified"


def _stream_offset(data: bytes) -> int:
    """Offset of a byte inside the first page content stream (covered by the signature)."""
    match = re.search(rb"stream\r?\n", data)
    assert match
    return match.end() + 40


def test_bytes_altered_after_signing_make_it_invalid(signed_pdf: Path, tmp_path: Path):
    data = bytearray(signed_pdf.read_bytes())
    offset = _stream_offset(bytes(data))
    data[offset] ^= 0x01
    copy = tmp_path / "altered.signed.pdf"
    copy.write_bytes(bytes(data))
    found = read_signatures(_source(copy))
    assert len(found) == 1
    assert found[0].valid is False
    assert found[0].signer == _gold_signature(signed_pdf)["signer"]
    assert "digest" in found[0].note or "verify" in found[0].note


def test_broken_signature_value_never_raises(signed_pdf: Path, tmp_path: Path):
    data = signed_pdf.read_bytes()
    start = data.index(b"/Contents <") + len(b"/Contents <")
    broken = data[:start] + b"0" * 64 + data[start + 64:]      # zero the CMS blob's first bytes
    copy = tmp_path / "broken.signed.pdf"
    copy.write_bytes(broken)
    found = read_signatures(_source(copy))
    assert len(found) == 1
    assert found[0].valid is False
    assert found[0].note


@pytest.mark.parametrize("suffix", [".digital.pdf", ".scan.pdf"])
def test_unsigned_pdf_has_no_signature(signed_pdf: Path, suffix: str):
    unsigned = signed_pdf.with_name(signed_pdf.name.replace(".signed.pdf", suffix))
    assert read_signatures(_source(unsigned)) == []


def test_only_a_file_with_a_byte_range_is_parsed_for_signatures(signed_pdf: Path, tmp_path: Path):
    from extractors.signatures import _may_be_signed
    unsigned = signed_pdf.with_name(signed_pdf.name.replace(".signed.pdf", ".scan.pdf"))
    assert _may_be_signed(str(signed_pdf)) and not _may_be_signed(str(unsigned))
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert not _may_be_signed(str(empty)) and _may_be_signed(str(tmp_path / "gone.pdf"))


def test_non_pdf_has_no_signature(tmp_path: Path):
    text = tmp_path / "note.txt"
    text.write_text("Nguyễn Văn An <an@haiphong.gov.vn> đã ký lên văn bản này!\n", encoding="utf-8")
    assert read_signatures(_source(text)) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_visible_appearance_of_signed_sample_parses_to_the_same_signer(signed_pdf: Path):
    """The appearance pyhanko stamped reads back (poppler text) as the certificate's signer."""
    text = subprocess.run(["pdftotext", str(signed_pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    last_page = text.rstrip("\f\n").split("\f")[-1].split("\n")
    found = signatures_from_lines(last_page)
    gold = _gold_signature(signed_pdf)
    assert [(s.signer, s.email, s.signed_at) for _, s in found] == \
        [(gold["signer"], gold["email"], gold["signed_at"])]


# --------------------------------------------------------------------------- appearance text
def _appearance_anchors(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if "đã ký lên văn bản này" in line]


def test_seed_appearances_are_all_found(seeds: Path):
    files = sorted(seeds.glob("*.gold.txt")) + sorted(seeds.glob("*.ocr.txt"))
    total = 0
    for path in files:
        for page in path.read_text(encoding="utf-8").split("\f"):
            lines = page.split("\n")
            anchors = _appearance_anchors(lines)
            found = signatures_from_lines(lines)
            assert len(found) == len(anchors), path.name
            for (indices, sig), anchor in zip(found, anchors):
                total += 1
                assert anchor in indices
                assert sig.source == "text" and sig.valid is None
                assert sig.signer and sig.signer in lines[anchor]
                assert sig.email and sig.email in lines[anchor].lower()
                if sig.signed_at:   # the time line, when there is one, belongs to the appearance
                    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", sig.signed_at)
                    assert min(indices) < anchor
                # nothing else of the page is claimed: only time, place and signer lines
                for i in indices:
                    assert lines[i].strip()
                    assert i == anchor or parse_timestamp(lines[i]) or len(lines[i].strip()) <= 40
    if total == 0:
        pytest.skip("the seeds hold no signature appearance")


SYNTHETIC = """\
- Lưu: VT, VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Khải
\t\t2025-12-10T17:48:02+0700
\tViệt Nam
\tHoàng Văn Khải <hoangvankhai@haiphong.gov.vn> đã ký lên văn bản này!

\t\t2025-12-10 17:49:30 +07:00
\tViet Nam
\tUY BAN NHAN DAN PHUONG THUY NGUYEN <ubndthuynguyen@haiphong.gov.vn> da ky len van ban nay!
Ngày 12/12/2025 10:00 họp giao ban tại hội trường.
\tLê Thị Mai <lethimai@haiphong.gov.vn> đã ký lên
văn bản này!
\t\t2025-12-1l17:50:05+0700
\tViệt Nam
\tNguyễn Đức Anh <nguyenducanh@haiphong.gov.vn> đã kí lên văn bản nảy!
"""


def test_synthetic_appearances_plain_ascii_wrapped_and_ocr_damaged():
    lines = SYNTHETIC.split("\n")
    found = signatures_from_lines(lines)
    got = [(idx, s.signer, s.email, s.signed_at) for idx, s in found]
    assert got == [
        ([4, 5, 6], "Hoàng Văn Khải", "hoangvankhai@haiphong.gov.vn", "2025-12-10T17:48:02+07:00"),
        ([8, 9, 10], "UY BAN NHAN DAN PHUONG THUY NGUYEN", "ubndthuynguyen@haiphong.gov.vn",
         "2025-12-10T17:49:30+07:00"),
        ([12, 13], "Lê Thị Mai", "lethimai@haiphong.gov.vn", None),
        ([14, 15, 16], "Nguyễn Đức Anh", "nguyenducanh@haiphong.gov.vn", "2025-12-01T17:50:05+07:00"),
    ]
    # the body line with a date and the signer block above are left alone
    claimed = {i for idx, _ in found for i in idx}
    assert not claimed & {0, 1, 2, 3, 11}


def test_body_text_without_appearance_gives_nothing():
    body = ["Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ;",
            "Việt Nam", "2025-12-10T17:48:02+0700",
            "Liên hệ: vanthu@haiphong.gov.vn để được hướng dẫn."]
    assert signatures_from_lines(body) == []


def test_parse_timestamp_forms():
    assert parse_timestamp("\t\t2025-11-17T17:08:21+0700") == "2025-11-17T17:08:21+07:00"
    assert parse_timestamp("2025-11-17 17:08:21Z") == "2025-11-17T17:08:21+00:00"
    assert parse_timestamp("Ngày ký: 17/11/2025 17:08:21 +07:00") == "2025-11-17T17:08:21+07:00"
    assert parse_timestamp("2025-13-40T99:00:00+0700") is None
    assert parse_timestamp("Việt Nam") is None


def test_signatures_are_plain_data(signed_pdf: Path):
    """Signatures travel between stages and into the store: only plain, copyable values."""
    import copy
    from dataclasses import asdict

    for sig in read_signatures(_source(signed_pdf)):
        for value in asdict(copy.deepcopy(sig)).values():
            assert value is None or type(value) in (str, bool)


def test_a_second_signature_keeps_both_valid(signed_pdf: Path, tmp_path: Path):
    """Real documents carry the signer's and the office's signatures, one revision each."""
    import datetime as dt
    import sys

    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    sys.path.insert(0, str(SAMPLES))
    try:
        from make_samples import throwaway_certificate
    finally:
        sys.path.remove(str(SAMPLES))
    office = {"slug": "office", "signer_email": "ubndphuong@haiphong.gov.vn",
              "sign": {"name": "ỦY BAN NHÂN DÂN PHƯỜNG"},
              "records": {"document": {"issuer": "UBND phường"}}}
    from cryptography.hazmat.primitives.asymmetric import rsa

    key, cert = throwaway_certificate(office, key=rsa.generate_private_key(public_exponent=65537, key_size=2048))
    asn_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    asn_key = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=asn_cert, signing_key=asn_key,
                                  cert_registry=SimpleCertificateStore.from_certs([asn_cert]))
    twice = tmp_path / "twice.signed.pdf"
    with open(signed_pdf, "rb") as handle, open(twice, "wb") as out:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        fields.append_signature_field(writer, fields.SigFieldSpec("Signature2", on_page=0,
                                                                  box=(40, 40, 200, 80)))
        signers.PdfSigner(signers.PdfSignatureMetadata(field_name="Signature2"),
                          signer=signer).sign_pdf(writer, output=out)
    found = read_signatures(_source(twice))
    assert [s.field_name for s in found] == ["Signature1", "Signature2"]
    assert [s.valid for s in found] == [True, True]
    assert found[1].signer == "ỦY BAN NHÂN DÂN PHƯỜNG"
    assert found[1].email == "ubndphuong@haiphong.gov.vn"
    assert dt.datetime.fromisoformat(found[1].signed_at).utcoffset() == dt.timedelta(hours=7)
