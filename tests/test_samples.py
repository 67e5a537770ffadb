"""samples/: every document has its five files, gold in the contract's shape, image-only
scans, born-digital PDFs with a text layer, NFC truth whose lines the gold points at."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.conftest import SAMPLES

SLUGS = sorted(p.stem for p in (SAMPLES / "src").glob("*.json"))
SUFFIXES = (".scan.pdf", ".digital.pdf", ".signed.pdf", ".truth.txt", ".records.json")
DOC_KEYS = {"doc_id", "source", "pages", "issuer", "doc_number", "doc_type", "issued_date", "place",
            "subject", "signer_name", "signer_title", "references", "signatures"}
RECORD_KEYS = {
    "scores": {"entity", "index", "criterion", "value", "max", "period"},
    "ranks": {"entity", "criterion", "rank", "out_of", "period"},
    "tasks": {"assignee", "task", "deadline", "deadline_text", "deadline_kind"},
    "metrics": {"name", "value", "unit", "period"},
}
WHERE_KEYS = {"page", "line", "source_text", "confidence", "status"}
CRITERIA = {"Công khai, minh bạch", "Tiến độ giải quyết", "Dịch vụ công trực tuyến",
            "Thanh toán trực tuyến", "Mức độ hài lòng", "Số hóa hồ sơ", "Tổng điểm"}
KINDS = {"by", "exact", "month", "recurring", "relative", "none"}
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
PERIOD = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def test_there_are_at_least_six_documents():
    assert len(SLUGS) >= 6


@pytest.mark.parametrize("slug", SLUGS)
def test_each_document_has_its_five_files(slug: str):
    for suffix in SUFFIXES:
        path = SAMPLES / f"{slug}{suffix}"
        assert path.is_file() and path.stat().st_size > 0, f"missing {path.name}"


def _pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _truth(slug: str) -> list[list[str]]:
    text = (SAMPLES / f"{slug}.truth.txt").read_text(encoding="utf-8")
    return [page.split("\n") for page in text.rstrip("\n").split("\f")]


@pytest.mark.parametrize("slug", SLUGS)
def test_records_are_contract_shaped_and_point_at_their_lines(slug: str):
    gold = json.loads((SAMPLES / f"{slug}.records.json").read_text(encoding="utf-8"))
    truth = _truth(slug)
    doc = gold["document"]
    assert DOC_KEYS <= doc.keys()
    assert doc["pages"] == len(truth)
    assert doc["issued_date"] is None or ISO_DATE.fullmatch(doc["issued_date"])
    assert isinstance(doc["references"], list) and isinstance(doc["signatures"], list)
    total = 0
    for kind, keys in RECORD_KEYS.items():
        for record in gold[kind]:
            total += 1
            assert keys | WHERE_KEYS <= record.keys(), (kind, record)
            page, line = record["page"], record["line"]
            assert 1 <= page <= len(truth) and 1 <= line <= len(truth[page - 1])
            assert truth[page - 1][line - 1] in record["source_text"]
            assert 0 <= record["confidence"] <= 1
            if record.get("period") is not None:
                assert PERIOD.fullmatch(record["period"]), record
            if kind == "scores":
                assert record["criterion"] in CRITERIA
                assert isinstance(record["value"], (int, float))
                assert record["max"] is None or record["value"] <= record["max"]
            if kind == "ranks":
                assert isinstance(record["rank"], int)
                assert record["out_of"] is None or record["rank"] <= record["out_of"]
            if kind == "tasks":
                assert record["deadline_kind"] in KINDS
                if record["deadline_kind"] in {"by", "exact", "month"}:
                    assert ISO_DATE.fullmatch(record["deadline"])
                else:
                    assert record["deadline"] is None
                assert (record["deadline_text"] is None) == (record["deadline_kind"] == "none")
            for value in record.values():
                if isinstance(value, str):
                    assert unicodedata.is_normalized("NFC", value)
    assert total > 0


def test_every_deadline_kind_is_represented():
    kinds = set()
    for slug in SLUGS:
        gold = json.loads((SAMPLES / f"{slug}.records.json").read_text(encoding="utf-8"))
        kinds |= {t["deadline_kind"] for t in gold["tasks"]}
    assert kinds == KINDS


@pytest.mark.parametrize("slug", SLUGS)
def test_scan_is_image_only(slug: str):
    path = SAMPLES / f"{slug}.scan.pdf"
    pages = _pages(path)
    assert all(not text.strip() for text in pages), "a scan must have no text layer"
    assert len(pages) == len(_truth(slug))
    assert path.stat().st_size <= 420_000 * len(pages)
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                                 check=True).stdout.splitlines()[2:]
        assert len(listing) == len(pages)
        for row in listing:
            cols = row.split()
            assert cols[8] == "jpeg" and 200 <= int(cols[12]) <= 300, row


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("kind", ["digital", "signed"])
def test_born_digital_pdf_has_the_truth_as_text_layer(slug: str, kind: str):
    pages = _pages(SAMPLES / f"{slug}.{kind}.pdf")
    truth = _truth(slug)
    assert len(pages) == len(truth)
    for layer, lines in zip(pages, truth):
        words = " ".join(unicodedata.normalize("NFC", layer).split())
        for line in lines:
            for cell in line.split("\t"):
                assert " ".join(cell.split()) in words, cell


@pytest.mark.parametrize("slug", SLUGS)
def test_truth_is_nfc_without_blank_lines(slug: str):
    raw = (SAMPLES / f"{slug}.truth.txt").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    for page in _truth(slug):
        assert all(line.strip() for line in page)
    assert "đã ký lên văn bản này" not in raw


def test_legacy_scans_carry_a_latin_only_text_layer():
    legacy = sorted((SAMPLES / "legacy").glob("*.legacy.pdf"))
    assert 2 <= len(legacy) <= 3
    for path in legacy:
        layer = " ".join(_pages(path))
        assert layer.strip(), f"{path.name} has no text layer"
        # tesseract's eng model has no Vietnamese letters beyond Latin-1 (ư, ơ, ạ, ế ...)
        assert not re.search("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", layer.lower())


def test_samples_folder_stays_small():
    total = sum(p.stat().st_size for p in SAMPLES.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 6.5 * 1024 * 1024


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr not installed")
def test_tesseract_reads_a_scan_well():
    """Realistic, not destroyed: Tesseract (vie, psm 4) reads the smallest scan with CER < 15%."""
    import os

    from rapidfuzz.distance import Levenshtein

    slug = min(SLUGS, key=lambda s: (SAMPLES / f"{s}.scan.pdf").stat().st_size)
    pdf = pdfium.PdfDocument(str(SAMPLES / f"{slug}.scan.pdf"))
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    png = Path(os.environ.get("TMPDIR", "/tmp")) / f"vanban-test-{slug}.png"
    image.save(png)
    try:
        out = subprocess.run(["tesseract", str(png), "-", "-l", "vie", "--psm", "4"], capture_output=True,
                             text=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout
    finally:
        png.unlink()
    truth = " ".join(unicodedata.normalize("NFC", "\n".join(_truth(slug)[0])).split())
    read = " ".join(unicodedata.normalize("NFC", out).split())
    cer = Levenshtein.distance(truth, read) / len(truth)
    assert cer < 0.15, f"{slug}: CER {cer:.3f}"
