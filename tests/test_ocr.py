"""Tesseract and the page clean-up, on a crop of a real sample scan (real Tesseract, -l vie)."""
from __future__ import annotations

import os

import numpy as np
import pytest

from extractors import ocr, preprocess, raster
from tests.conftest import SAMPLES

SCAN = SAMPLES / "cong-van-ngo-quyen.scan.pdf"


@pytest.fixture(scope="module")
def page_two():
    if not SCAN.exists():
        pytest.skip("samples not generated yet")
    pdf = raster.open_pdf(str(SCAN))
    try:
        return raster.pdf_page_image(str(SCAN), pdf[1], 2, 300, 60_000_000)
    finally:
        pdf.close()


def test_scan_page_is_its_own_image(page_two):
    # the scan's JPEG is taken as stored (no resampling) with its resolution worked out
    assert page_two.source == "embedded-image"
    assert page_two.dpi == 200 and page_two.pixels.ndim == 3


def test_clean_up_levels_the_page_and_removes_coloured_ink(page_two):
    cleaned = preprocess.clean(page_two.pixels, page_two.dpi)
    assert cleaned.dpi == 300 and "resample" in cleaned.steps
    assert any(step.startswith("deskew") for step in cleaned.steps) and 0.1 <= abs(cleaned.angle) <= 3
    assert cleaned.ink_mask is not None and 0.001 < cleaned.ink_share < 0.05
    # where the ink was, what Tesseract reads is paper (the seal and signature are gone)
    ink = cleaned.ink_mask > 0
    assert np.median(cleaned.gray[ink]) > 180


def test_signature_block_reads_without_seal_noise(page_two):
    cleaned = preprocess.clean(page_two.pixels, page_two.dpi)
    h, w = cleaned.gray.shape
    crop = cleaned.gray[int(0.24 * h):int(0.42 * h), int(0.45 * w):]
    lines = ocr.ocr_lines(crop, "vie", 4, 300)
    text = "\n".join(line.text for line in lines)
    assert "PHÓ CHỦ TỊCH" in text
    assert "Đỗ Thị Thu Trang" in text
    words = [word for line in lines for word in line.words]
    assert all(0.0 <= word.conf <= 1.0 for word in words)
    assert all(word.box[0] < word.box[2] and word.box[1] < word.box[3] for word in words)
    assert sum(word.conf for word in words) / len(words) > 0.85


def test_tesseract_runs_single_threaded():
    assert os.environ.get("OMP_THREAD_LIMIT") == "1"


def test_a_pool_worker_runs_one_opencv_thread():
    """Pages are parallel across processes; OpenCV's own threads would only compete with them."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from extractors import reading
    spawn = multiprocessing.get_context("spawn")        # as vanban's pools: never fork a threaded process
    with ProcessPoolExecutor(1, mp_context=spawn, initializer=reading._child_init) as pool:
        assert pool.submit(_opencv_threads).result() == 1


def _opencv_threads() -> int:
    import cv2
    return cv2.getNumThreads()


def test_pixel_percentile_is_numpys():
    from extractors import pixels
    rng = np.random.default_rng(7)
    for size in (1, 2, 3, 10, 999, 80_000):
        sample = rng.integers(100, 140, size).astype(np.uint8)
        for q in (0, 10, 50, 90, 99.5, 100, 37.3):
            assert pixels.percentile(sample, q) == float(np.percentile(sample, q))


def test_skew_is_measured():
    import cv2
    page = np.full((1200, 1600), 255, np.uint8)
    for y in range(200, 1000, 60):
        cv2.putText(page, "Kết quả Bộ chỉ số phục vụ".encode("ascii", "ignore").decode() + " 2025",
                    (150, y), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    matrix = cv2.getRotationMatrix2D((800, 600), 1.5, 1.0)
    rotated = cv2.warpAffine(page, matrix, (1600, 1200), borderValue=255)
    assert preprocess.skew_angle(rotated) == pytest.approx(-1.5, abs=0.3)


def test_page_ink_is_kept_for_the_review_page():
    from extractors.reading import page_ink
    from vanban import pipeline
    from vanban.settings import Settings
    if not SCAN.exists():
        pytest.skip("samples not generated yet")
    settings = Settings()
    image, box = page_ink(pipeline.intake(SCAN, settings), 2, settings)
    assert image.mode == "RGBA" and box is not None
    x0, y0, x1, y1 = box
    # seal and signature sit in the signature block: right half, upper part of page 2
    assert x0 > image.width * 0.4 and y1 < image.height * 0.6
    alpha = np.asarray(image)[..., 3]
    assert 0.001 < (alpha > 0).mean() < 0.05


# --------------------------------------------------------------------------- the OCR path (prepare, one pass)
@pytest.fixture(scope="module")
def page_two_gray():
    if not SCAN.exists():
        pytest.skip("samples not generated yet")
    pdf = raster.open_pdf(str(SCAN))
    try:
        return raster.pdf_page_gray(str(SCAN), pdf[1], 2, 300, 60_000_000)
    finally:
        pdf.close()


def test_scan_page_is_decoded_straight_to_gray(page_two_gray, page_two):
    assert page_two_gray.source == "embedded-image" and page_two_gray.dpi == 200
    assert page_two_gray.pixels.ndim == 2 and page_two_gray.pixels.shape == page_two.pixels.shape[:2]
    assert page_two_gray.preview is not None and page_two_gray.preview.shape[0] * 4 <= page_two.pixels.shape[0] + 4
    h, w = page_two.pixels.shape[:2]
    assert page_two_gray.rgb().shape in ((h, w, 3), ((h + 1) // 2, (w + 1) // 2, 3))   # colour only on demand
    assert np.array_equal(page_two_gray.rgb(), page_two.pixels)       # OpenCV decodes what PIL decodes


def test_prepare_removes_the_ink_and_levels_the_page(page_two_gray, page_two):
    cleaned = preprocess.prepare(page_two_gray)
    assert cleaned.dpi == 200 and "ink" in cleaned.steps                      # read at its own resolution
    assert cleaned.angle == pytest.approx(preprocess.skew_angle(preprocess.to_gray(page_two.pixels)), abs=0.2)
    mask = preprocess.ink_mask(page_two.pixels, 200) > 0
    rotated = preprocess.rotate(np.where(mask, 0, 255).astype(np.uint8), cleaned.angle) < 128
    assert np.median(cleaned.gray[rotated]) > 180                              # where the ink was: paper


def test_skew_is_measured_fast():
    import cv2
    page = np.full((2338, 1654), 240, np.uint8)
    for y in range(200, 2100, 60):
        cv2.putText(page, "Ket qua Bo chi so phuc vu nguoi dan 2025", (150, y), cv2.FONT_HERSHEY_SIMPLEX, 1.4, 20, 3)
    for angle in (-1.8, 0.7):
        matrix = cv2.getRotationMatrix2D((827, 1169), angle, 1.0)
        rotated = cv2.warpAffine(page, matrix, (1654, 2338), borderValue=240)
        assert preprocess.skew_angle_fast(rotated) == pytest.approx(-angle, abs=0.15)


@pytest.mark.parametrize("library", ["1", "0"])
def test_one_page_pass_has_a_time_limit(page_two_gray, monkeypatch, library):
    from vanban.errors import TransientError
    monkeypatch.setenv("VANBAN_TESSERACT_API", library)      # the library's deadline, the command's kill
    with pytest.raises(TransientError) as error:
        ocr.page_lines(page_two_gray.pixels, "vie", 4, 200, timeout=0.05)
    assert "VANBAN_TESSERACT_TIMEOUT" in str(error.value)


def test_the_library_reads_what_the_command_reads(page_two_gray, monkeypatch, tmp_path):
    """libtesseract loaded once per process gives the `tesseract` command's words, boxes and confidences."""
    from extractors import libtesseract
    assert libtesseract.version().startswith(("4.", "5."))
    page = page_two_gray.pixels[: page_two_gray.pixels.shape[0] // 2]
    log = tmp_path / "calls.log"
    monkeypatch.setenv("VANBAN_TESSERACT_LOG", str(log))
    by_library = ocr.tesseract_tsv(page, "vie", 4, 200)
    again = ocr.tesseract_tsv(page, "vie", 4, 200)                        # the same engine, no state kept
    monkeypatch.setenv("VANBAN_TESSERACT_API", "0")
    by_command = ocr.tesseract_tsv(page, "vie", 4, 200)
    assert by_library == by_command == again
    assert len(by_library["text"]) > 50 and "CHỦ TỊCH" in " ".join(by_library["text"])
    calls = [row.split() for row in log.read_text().splitlines()]
    assert len(calls) == 2 and all(float(end) > float(start) and float(cpu) > 0 for start, end, cpu in calls)


def test_a_language_the_library_cannot_load_falls_back_to_the_command_once(page_two_gray):
    from extractors import libtesseract
    with pytest.raises(libtesseract.EngineError):
        libtesseract.engine("xyz")
    assert "xyz" in libtesseract._failed                   # not tried again on the next page
    assert ocr._engine("xyz") is None and ocr._engine("vie") is not None


def test_tesseract_reads_the_inked_part_and_words_keep_their_place_on_the_page(page_two_gray):
    """The blank margins are not given to Tesseract; the words' boxes are still the page's."""
    gray = page_two_gray.pixels
    x0, y0, x1, y1 = ocr.inked_box(gray, 200)
    assert (x1 - x0) * (y1 - y0) < 0.8 * gray.size                       # the margins are left out
    framed = np.full((gray.shape[0] + 300, gray.shape[1] + 200), 255, dtype=np.uint8)
    framed[300:, 200:] = gray                                            # more blank paper above and left
    page = {w.text: w.box for line in ocr.page_lines(gray, "vie", 4, 200) for w in line.words}
    moved = {w.text: w.box for line in ocr.page_lines(framed, "vie", 4, 200) for w in line.words}
    assert ocr.inked_box(framed, 200)[:2] == (x0 + 200, y0 + 300)
    same = [t for t in page if t in moved and len(t) > 3]
    assert len(same) > 20
    assert all(moved[t] == (b[0] + 200, b[1] + 300, b[2] + 200, b[3] + 300) for t, b in page.items() if t in same)
    blank = np.full((400, 300), 250, dtype=np.uint8)
    assert ocr.inked_box(blank, 200) == (0, 0, 300, 400)                 # nothing inked: the whole page
