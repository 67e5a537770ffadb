"""Intake on broken and hostile files: each is accepted or refused with one clear line."""
from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from extractors.intake import inspect_file
from tests.hostile_corpus import good_pdf, make
from vanban.errors import InputError
from vanban.settings import Settings


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    return out, make(out)


def test_every_case_is_accepted_or_refused_with_a_reason(hostile):
    out, cases = hostile
    settings = Settings()
    assert {c.name for c in cases} >= {"zero.pdf", "truncated.pdf", "not-a-pdf.pdf", "no-pages.pdf",
                                       "many-pages.pdf", "huge-page.pdf", "bomb.png", "image-bomb.pdf",
                                       "encrypted-user.pdf", "encrypted-owner.pdf", "bad-xref.pdf",
                                       "javascript.pdf", "embedded-file.pdf", "signed-altered.pdf", "scan.png",
                                       "scan.jpg", "scan.tif", "tcvn3.txt", "vni.txt"}
    for case in cases:
        path = out / case.name
        if case.expect == "refused" and case.at == "intake":
            with pytest.raises(InputError) as error:
                inspect_file(path, settings)
            assert error.value.path == str(path)
            assert error.value.problem and "\n" not in error.value.problem
            assert case.reason in error.value.problem, (case.name, error.value.problem)
        else:
            source = inspect_file(path, settings)
            assert source.pages >= 1 and len(source.doc_id) == 64


def test_bombs_inside_a_pdf_are_refused_before_decoding(hostile):
    """An A4 page showing a 20,000² px image passes intake (the page is small) and is refused when read."""
    from vanban import pipeline
    out, _ = hostile
    source = inspect_file(out / "image-bomb.pdf")
    with pytest.raises(InputError, match="quá lớn"):
        pipeline.read_pages(source, Settings(ocr_jobs=1))


def test_signed_pdf_altered_after_signing_reports_invalid(hostile):
    from vanban import pipeline
    out, cases = hostile
    if "signed-altered.pdf" not in {c.name for c in cases}:
        pytest.skip("no samples/*.signed.pdf here")
    signatures = pipeline.read_signatures(inspect_file(out / "signed-altered.pdf"))
    assert signatures and all(s.valid is False for s in signatures)


def test_intake_never_modifies_the_file(hostile):
    out, _ = hostile
    path = out / "good.pdf"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    inspect_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_same_bytes_same_id_whatever_the_name(hostile, tmp_path):
    out, _ = hostile
    copy = tmp_path / "Bản sao .. của báo cáo.pdf"
    copy.write_bytes((out / "good.pdf").read_bytes())
    a = inspect_file(out / "good.pdf")
    b = inspect_file(copy)
    assert a.doc_id == b.doc_id and a.name != b.name


def test_limits_come_from_settings(hostile, tmp_path):
    out, _ = hostile
    three = tmp_path / "ba-trang.pdf"
    three.write_bytes(good_pdf(3))
    with pytest.raises(InputError, match=r"quá nhiều trang \(3 > giới hạn 2\)"):
        inspect_file(three, Settings(max_pages=2))
    assert inspect_file(three, Settings(max_pages=3)).pages == 3
    with pytest.raises(InputError, match="ảnh quá lớn"):
        inspect_file(out / "scan.png", Settings(max_pixels=1_000_000))
    with pytest.raises(InputError, match="trang 1 quá lớn"):
        inspect_file(three, Settings(max_pixels=1_000_000))          # A4 at 300 dpi is 8.7 million
    with pytest.raises(InputError, match="tệp quá lớn"):
        inspect_file(three, Settings(max_file_bytes=100))


def test_intake_is_safe_from_many_threads_at_once(hostile):
    """Flows run intake in threads beside page reading; pdfium is not thread-safe (one lock guards it)."""
    from vanban import pipeline
    out, cases = hostile
    names = [c.name for c in cases if c.name.endswith(".pdf")]

    def outcome(name: str) -> str:
        try:
            return f"ok {inspect_file(out / name).pages}"
        except InputError as error:
            return error.problem

    def read(name: str) -> int:
        return len(pipeline.read_pages(inspect_file(out / name), Settings(ocr_jobs=1)))

    alone = {name: outcome(name) for name in names}
    with ThreadPoolExecutor(max_workers=6) as pool:
        readers = [pool.submit(read, n) for n in ("good.pdf", "javascript.pdf", "bad-xref.pdf")]
        together = list(pool.map(outcome, names * 4))
        assert [f.result() for f in readers] == [1, 1, 1]
    assert together == [alone[n] for n in names * 4]


@pytest.mark.parametrize("name", ["truncated.pdf", "not-a-pdf.pdf", "zero.pdf", "tcvn3.txt", "no-pages.pdf"])
def test_cli_extract_reports_one_line_and_exit_2(hostile, name):
    out, _ = hostile
    result = subprocess.run([sys.executable, "-m", "vanban.cli", "extract", str(out / name)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and "Traceback" not in result.stderr
