"""Reading pages: text-layer triage, OCR of scans, reading order, bad input.

Real Tesseract on one real sample scan (two pages, read once for the module);
the floors sit a little under what `python -m bench.ocr` shows.
"""
from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, run_scorer
from vanban import pipeline
from vanban.errors import InputError
from vanban.settings import Settings

SCAN_SLUG = "cong-van-ngo-quyen"          # two pages, a ruled table, seal and signature ink
SCAN_CER_FLOOR = 0.005                    # bench: 0.00% (cong-van-ngo-quyen), 0.03% (thong-bao-hong-bang, gray)


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path.name} not generated yet (run samples/make_samples.py)")
    return path


def _cer(shared: Path, truth: Path, text: str, tmp_path: Path) -> dict:
    pred = tmp_path / f"{truth.stem}.pred.txt"
    pred.write_text(text, encoding="utf-8")
    return run_scorer(shared, "score_cer.py", str(truth), str(pred))


def _read(path: Path, **overrides):
    settings = Settings.from_env(**overrides)
    return pipeline.read_pages(pipeline.intake(path, settings), settings)


@pytest.fixture(scope="module")
def scan_pages():
    return _read(_need(SAMPLES / f"{SCAN_SLUG}.scan.pdf"))


# --------------------------------------------------------------------------- born-digital
def test_born_digital_pages_use_the_text_layer_and_are_exact(shared_dir, tmp_path):
    digital = sorted(SAMPLES.glob("*.digital.pdf"))
    if not digital:
        pytest.skip("no samples/*.digital.pdf yet")
    for pdf in digital:
        pages = _read(pdf)
        assert all(p.method == "text-layer" for p in pages), pdf.name
        assert all(p.vietnamese_share >= 0.9 for p in pages), pdf.name
        assert all("tiếng Việt" in p.reason for p in pages)
        truth = SAMPLES / pdf.name.replace(".digital.pdf", ".truth.txt")
        result = _cer(shared_dir, truth, "\f".join(p.text for p in pages), tmp_path)
        assert result["cer"] == 0.0, (pdf.name, result)
        # boxes from pdfium's character boxes, inside the page
        line = pages[0].lines[0]
        assert line.box and 0 <= line.box[0] < line.box[2] <= pages[0].width
        assert line.words and all(w.box for w in line.words)


def test_signed_pdf_keeps_its_appearance_text(shared_dir, tmp_path):
    signed = _need(SAMPLES / f"{SCAN_SLUG}.signed.pdf")
    pages = _read(signed)
    assert all(p.method == "text-layer" for p in pages)
    stamp = [line for p in pages for line in p.lines if line.region == "signature_stamp"]
    assert stamp and any("đã ký" in line.text for line in stamp)      # the visible signature is kept
    assert pages[-1].lines[-1].region == "signature_stamp"
    # everything else reads exactly as the document
    rest = "\f".join("\n".join(l.text for l in p.lines if l.region != "signature_stamp") for p in pages)
    result = _cer(shared_dir, SAMPLES / f"{SCAN_SLUG}.truth.txt", rest, tmp_path)
    assert result["cer"] == 0.0, result


# --------------------------------------------------------------------------- scans
def test_scan_is_ocr_and_within_the_cer_floor(scan_pages, shared_dir, tmp_path):
    assert [p.method for p in scan_pages] == ["ocr", "ocr"]
    assert all("không có lớp văn bản" in p.reason for p in scan_pages)
    truth = SAMPLES / f"{SCAN_SLUG}.truth.txt"
    result = _cer(shared_dir, truth, "\f".join(p.text for p in scan_pages), tmp_path)
    assert result["cer"] <= SCAN_CER_FLOOR, result
    for page in scan_pages:
        # read at the scan's own resolution (200 dpi here): boxes are in those pixels
        assert page.dpi == 200 and page.width == 1654 and page.height == 2338
        for line in page.lines:
            assert line.text == unicodedata.normalize("NFC", line.text)
            assert 0.0 <= line.conf <= 1.0
            assert line.words and all(0.0 <= w.conf <= 1.0 and w.box for w in line.words)


def test_scan_reading_order_and_regions(scan_pages):
    first, second = scan_pages
    regions = [line.region for line in first.lines]
    assert regions[0] == "header_left" and "header_right" in regions
    # the left block comes whole before the right block, then the body
    assert regions.index("header_right") > max(i for i, r in enumerate(regions) if r == "header_left")
    assert first.lines[0].text.startswith("ỦY BAN NHÂN DÂN")
    assert any(line.text.startswith("Số:") for line in first.lines if line.region == "header_left")
    assert any(", ngày" in line.text for line in first.lines if line.region == "header_right")
    # table rows: cells in order, joined by one tab, with their boxes
    rows = [line for line in first.lines if line.region == "table"]
    assert len(rows) >= 5
    for row in rows:
        assert row.text == "\t".join(text for text, _ in row.cells)
        assert all(box is not None for _, box in row.cells)
        xs = [box[0] for _, box in row.cells]
        assert xs == sorted(xs)
    assert rows[0].cells[0][0] == "STT"
    # page 2 opens with its page number and closes with the recipients then the signature block
    assert second.lines[0].region == "page_number" and second.lines[0].text == "2"
    tail = [line.region for line in second.lines if line.region in ("recipients", "signature")]
    assert tail and tail == sorted(tail, key=["recipients", "signature"].index)
    assert second.lines[-1].region == "signature"
    assert any(line.text.startswith("Nơi nhận") for line in second.lines if line.region == "recipients")


def test_legacy_latin_layer_is_never_trusted():
    from extractors import reading
    legacy = sorted((SAMPLES / "legacy").glob("*.legacy.pdf"))
    if not legacy:
        pytest.skip("no samples/legacy/*.legacy.pdf yet")
    settings = Settings.from_env()
    for pdf in legacy:
        source = pipeline.intake(pdf, settings)
        plan = list(reading._pdf_plan(source, settings))
        assert all(isinstance(item, reading.OcrJob) for item in plan), pdf.name
        for job in plan:
            assert job.share is not None and job.share < settings.text_layer_min_share, (pdf.name, job.share)
            assert "không phải tiếng Việt" in job.reason


def test_both_triage_signals_separate_real_text_from_latin_only_layers():
    from extractors import textlayer
    import pypdfium2 as pdfium
    legacy = sorted((SAMPLES / "legacy").glob("*.legacy.pdf"))
    digital = sorted(SAMPLES.glob("*.digital.pdf"))
    if not legacy or not digital:
        pytest.skip("samples not generated yet")
    for path, real in [(p, False) for p in legacy] + [(p, True) for p in digital]:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for page in pdf:
                text = textlayer.page_text(page)
                share, marked = textlayer.vietnamese_share(text), textlayer.marked_share(text)
                if real:
                    assert share >= 0.95 and marked >= 0.75, (path.name, share, marked)
                else:
                    assert share < 0.85 and marked < 0.3, (path.name, share, marked)
        finally:
            pdf.close()


# --------------------------------------------------------------------------- image files
def test_multi_frame_tiff_pages_are_ocr(tmp_path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(_need(SAMPLES / f"{SCAN_SLUG}.digital.pdf")))
    frames = []
    for index in range(2):
        image = pdf[index].render(scale=300 / 72).to_pil().convert("L")
        frames.append(image.crop((0, 0, image.width, image.height // 5)))   # the top of each page
    pdf.close()
    tiff = tmp_path / "two.tiff"
    frames[0].save(tiff, save_all=True, append_images=frames[1:], dpi=(300, 300))
    pages = _read(tiff)
    assert [p.number for p in pages] == [1, 2] and all(p.method == "ocr" for p in pages)
    assert pages[0].lines[0].text == "ỦY BAN NHÂN DÂN" and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0].text
    # a 300 dpi frame is read at 200 dpi (preprocess.READ_DPI): its boxes are in those pixels
    assert "chính hằng ngày." in pages[1].text and pages[0].dpi == 200 and pages[0].width == 1654


# --------------------------------------------------------------------------- bad input
def test_broken_pdf_is_an_input_error(tmp_path):
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF")
    with pytest.raises(InputError) as error:
        _read(broken)
    assert "hong.pdf" in str(error.value) and "PDF" in error.value.problem


def test_encrypted_pdf_is_an_input_error(tmp_path):
    if not shutil.which("qpdf"):
        pytest.skip("qpdf not installed")
    locked = tmp_path / "khoa.pdf"
    subprocess.run(["qpdf", "--encrypt", "u", "o", "256", "--", str(_need(SAMPLES / f"{SCAN_SLUG}.digital.pdf")),
                    str(locked)], check=True)
    with pytest.raises(InputError) as error:
        _read(locked)
    assert "mã hóa" in error.value.problem


def test_page_over_the_pixel_limit_is_an_input_error():
    from extractors.reading import read_pages
    scan = _need(SAMPLES / f"{SCAN_SLUG}.scan.pdf")
    source = pipeline.intake(scan, Settings())
    with pytest.raises(InputError) as error:
        read_pages(source, Settings(max_pixels=1_000_000, ocr_jobs=1))
    assert "quá lớn" in error.value.problem and error.value.path == str(scan)


def test_text_files_keep_their_pages(tmp_path):
    path = tmp_path / "van-ban.txt"
    path.write_text("Trang một\ndòng hai\fTrang hai", encoding="utf-8")
    pages = _read(path)
    assert [p.method for p in pages] == ["text", "text"]
    assert pages[0].text == "Trang một\ndòng hai" and pages[1].text == "Trang hai"


def test_vanban_text_prints_the_reading_order(tmp_path):
    import sys
    digital = _need(SAMPLES / f"{SCAN_SLUG}.digital.pdf")
    vanban = Path(sys.executable).with_name("vanban")
    out = subprocess.run([str(vanban), "text", "--raw", "--explain", str(digital)], capture_output=True,
                         text=True, check=True)
    truth = (SAMPLES / f"{SCAN_SLUG}.truth.txt").read_text(encoding="utf-8")
    assert out.stdout.rstrip("\n") == truth.rstrip("\n")          # pages separated by a form feed
    assert "trang 1: text-layer" in out.stderr and "tiếng Việt" in out.stderr


def test_grayscale_scan_seal_does_not_hide_the_signature_block(shared_dir, tmp_path):
    """thong-bao-hong-bang is scanned in gray: its seal cannot be told by colour."""
    slug = "thong-bao-hong-bang"
    pages = _read(_need(SAMPLES / f"{slug}.scan.pdf"))
    assert "gray" in pages[-1].reason
    signature = [line.text for line in pipeline.restore(pages)[-1].lines if line.region == "signature"]
    truth = (SAMPLES / f"{slug}.truth.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    # no strokes read as text, nothing lost (a hook on a bold capital read at 200 dpi is restored)
    assert signature == truth[-3:]
    result = _cer(shared_dir, SAMPLES / f"{slug}.truth.txt", "\f".join(p.text for p in pages), tmp_path)
    assert result["cer"] <= SCAN_CER_FLOOR, result


def test_one_tesseract_pass_per_page(monkeypatch):
    """Region reads must not multiply passes: a scanned page costs one Tesseract run."""
    from extractors import ocr
    calls = []
    real = ocr.tesseract_tsv

    def counted(gray, *args, **kwargs):
        calls.append(gray.shape)
        return real(gray, *args, **kwargs)
    monkeypatch.setattr(ocr, "tesseract_tsv", counted)
    monkeypatch.setattr(ocr, "tesseract_data", lambda *a, **k: pytest.fail("a second, region pass"))
    pages = _read(_need(SAMPLES / "thong-bao-vinh-bao.scan.pdf"), ocr_jobs=1)
    assert len(calls) == len(pages) == 1
    rows = [line for line in pages[0].lines if line.region == "table"]
    assert rows and all(text for row in rows[1:] for text, _ in row.cells[1:])   # no cell left empty


UNSEEN_CER_FLOOR = 0.01                   # bench/scans.py: 0.03-0.4% raw per unseen render


def test_unseen_layout_and_scanner(seeds, shared_dir, tmp_path):
    """A seed's text under a layout and scanner the samples never use (bench/scans.py variant b:
    narrow header columns, 250 dpi gray, 2° skew, seal moved, page number at the bottom)."""
    from bench import scans
    gold = sorted(seeds.glob("*.gold.txt"))
    if len(gold) < 2:
        pytest.skip("../shared/seeds has no gold texts")
    pdf, truth = scans.render(gold[1], scans.VARIANTS[1])
    pages = _read(pdf)
    result = _cer(shared_dir, truth, "\f".join(p.text for p in pages), tmp_path)
    assert result["cer"] <= UNSEEN_CER_FLOOR, result
    first = pages[0]
    left = [line.text for line in first.lines if line.region == "header_left"]
    right = [line.text for line in first.lines if line.region == "header_right"]
    assert left[:3] == list(scans.VARIANTS[1].issuer) + [scans.VARIANTS[1].number]
    assert right[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and right[-1] == scans.VARIANTS[1].date_line
    assert any(line.region == "table" for line in first.lines)
    assert pages[-1].lines[-1].region == "page_number" and pages[-1].lines[-1].text == str(len(pages))


def test_a_run_read_unsurely_that_spells_vietnamese_is_kept():
    from extractors.reading import _reads_as_words
    from vanban.model import Word

    def run(*pairs):
        return [Word(text=t, conf=c, box=(10 * i, 0, 10 * i + 8, 10)) for i, (t, c) in enumerate(pairs)]
    assert _reads_as_words(run(("Phó", 0.97), ("Chủ", 0.16), ("tịch", 0.16)))     # a table cell's words
    assert not _reads_as_words(run(("`X", 0.2), ("v", 0.1)))                       # a signature's strokes
    assert not _reads_as_words(run(("mm", 0.2), ("nn", 0.1)))
