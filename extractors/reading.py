"""Read every page of a source file into PageText, in the order a person reads it.

PDF pages are triaged one by one: a text layer is used only when it reads as
Vietnamese (share of valid syllables ≥ settings.text_layer_min_share); other
pages are rasterised (the scan's own pixels, decoded straight to gray, when the
page is one image), cleaned (extractors.preprocess.prepare: ink and seals, skew),
recomposed for reading (extractors.layout.compose: table rows closed up, the
right column of two-column blocks and a lone page number moved below the page)
and read by ONE Tesseract pass (extractors.ocr.page_lines) in a process pool,
one Tesseract thread per process; every word then goes back to its place on
the page and into its region by its box. Nothing on a page is read twice: the
cost of a page is Tesseract's plus a few tens of milliseconds (bench/scans.py).
Tesseract's time limit per page is settings.tesseract_timeout
(VANBAN_TESSERACT_TIMEOUT, seconds; TransientError past it). A page that is a scan carrying
only a few words of good text (a signature appearance stamped on a scan) is
OCR'd and keeps those words too. Layout (extractors.layout) puts the lines in
reading order with their regions. Image files (TIFF/JPEG/PNG; each TIFF frame
a page) are OCR'd. Text files: pages split on form feeds, one Line per line.
"""
from __future__ import annotations

import os
import threading
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from vanban.errors import InputError
from vanban.model import Line, PageText, SourceFile, Word
from vanban.settings import Settings

PDFIUM_LOCK = threading.RLock()
SPARSE_LAYER_WORDS = 40          # fewer good words than this on a scanned page: OCR it, keep them too
MIN_LAYER_WORDS = 3
MIN_MARKED_SHARE = 0.5           # real Vietnamese: 83-91% of word tokens carry a mark; Latin-only OCR: 16-22%
LINE_JUNK_CONF = 0.50            # a line read this unsurely is a signature stroke or a speck, not text
JUNK_CONF = 0.70                 # words with no letter or digit below this are specks (seal, signature)


def text_file_pages(source: SourceFile) -> list[PageText]:
    raw = Path(source.path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(source.path, "không phải văn bản UTF-8 (not UTF-8 text)")
    text = unicodedata.normalize("NFC", text)
    pages = []
    for number, chunk in enumerate(text.split("\f"), 1):
        lines = [Line(text=t, ocr_text=t) for t in chunk.split("\n")]
        pages.append(PageText(number=number, method="text", reason="tệp văn bản (text file)", lines=lines))
    return pages


# --------------------------------------------------------------------------- jobs (run in children)
@dataclass
class OcrJob:
    path: str
    kind: str                              # "pdf" | "image"
    number: int                            # 1-based page
    reason: str
    share: Optional[float]
    language: str
    psm: int
    dpi: int
    max_pixels: int
    timeout: int
    keep_words: Optional[list[Word]] = None    # good text-layer words (points) to merge in
    stamps: Optional[list[tuple]] = None       # signature appearance boxes (points, top-left origin)
    steps: Optional[tuple[str, ...]] = None


def one_thread() -> None:
    """Pages are read in parallel by processes, one per core: each runs one Tesseract thread
    (OpenMP doubles wall time on two cores) and one OpenCV thread (measured on the samples' scans:
    OpenCV's own two threads spent 0.025 CPU-s a page more, in the same wall time)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    import cv2
    if cv2.getNumThreads() != 1:
        cv2.setNumThreads(1)


# glibc's malloc options for a process that reads page after page (mallopt's M_TRIM_THRESHOLD,
# M_MMAP_THRESHOLD): a page's big buffers (Tesseract's, the clean-up's float copies of up to 32 MB)
# stay in the heap for the next page instead of going back to the kernel and being faulted in again.
# Measured on the samples' scans: 0.025 -> 0.019 system CPU-s a page, peak RSS 136 -> 141 MB a worker.
KEEP_FREED_BYTES = 256 << 20
MMAP_ABOVE_BYTES = 64 << 20


def keep_heap() -> None:
    """Tune glibc's malloc for page after page (a no-op where the C library is not glibc)."""
    import ctypes
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    mallopt(-3, MMAP_ABOVE_BYTES)       # M_MMAP_THRESHOLD (fixes it: no more dynamic adjustment)
    mallopt(-1, KEEP_FREED_BYTES)       # M_TRIM_THRESHOLD


def _child_init() -> None:
    one_thread()
    keep_heap()


def _ocr_page_safe(job: OcrJob):
    """ocr_page for the pool: an InputError comes back as data (it cannot be pickled as is)."""
    try:
        return ocr_page(job)
    except InputError as error:
        return ("input-error", error.path, error.problem)


def _result(value) -> PageText:
    if isinstance(value, tuple) and value and value[0] == "input-error":
        raise InputError(value[1], value[2])
    return value


def ocr_page(job: OcrJob) -> PageText:
    """Rasterise, clean, find tables, OCR and lay out one page (runs in a worker process).

    One full-page Tesseract pass per page: its words are put into the layout's regions
    (header columns, table cells, closing block) by their boxes; nothing is read twice.
    """
    one_thread()
    from extractors import layout, ocr, preprocess, raster
    if job.kind == "pdf":
        with PDFIUM_LOCK:
            pdf = raster.open_pdf(job.path)
            try:
                page = pdf[job.number - 1]
                image = raster.pdf_page_gray(job.path, page, job.number, job.dpi, job.max_pixels)
                page.close()
            finally:
                pdf.close()
    else:
        image = raster.image_frame_gray(job.path, job.number, job.max_pixels)
    steps = job.steps if job.steps is not None else preprocess.FAST_STEPS
    cleaned = preprocess.prepare(image, steps)
    del image
    gray, dpi = cleaned.gray, cleaned.dpi
    tables = layout.find_tables(gray, dpi)
    readable = layout.erase_rules(gray, tables, dpi)
    composed = layout.compose(readable, dpi, tables, layout.column_blocks(readable, dpi, tables),
                              layout.margin_marks(readable, dpi))
    found = ocr.page_lines(composed.image, job.language, job.psm, dpi, job.timeout)
    for line in found:
        line.words = layout.put_back(line.words, composed.moves, gray.shape[0])
    found = [line for line in found if line.words]
    # Tesseract's lines cut at column gaps; a run read this unsurely is a stroke, not text
    gap = 2.5 * layout._median_height([w for line in found for w in line.words])
    runs = [run for line in found for run in layout.split_gaps(line.words, gap)]
    word_lines = [_bullet([w for w in run if _plausible(w) or _is_bullet(w, run)]) for run in runs
                  if sum(w.conf for w in run) / len(run) >= LINE_JUNK_CONF or _reads_as_words(run)
                  or _page_number(run, gray.shape[0])]
    word_lines = [line for line in word_lines
                  if line and (not _stroke(line, tables) or _page_number(line, gray.shape[0]))]
    scale = dpi / 72.0
    if job.keep_words:
        extra = [Word(text=w.text, conf=w.conf, box=tuple(int(v * scale) for v in w.box)) for w in job.keep_words]
        word_lines.extend(layout.visual_lines(extra))
    stamps = [tuple(int(round(v * scale)) for v in s) for s in job.stamps or []]
    lines = layout.arrange(word_lines, gray.shape[1], gray.shape[0], tables, stamps, composed.blocks)
    reason = job.reason
    if cleaned.steps:
        reason += f" [làm sạch: {', '.join(cleaned.steps)}]"
    return PageText(number=job.number, method="ocr", reason=reason, lines=lines, width=int(gray.shape[1]),
                    height=int(gray.shape[0]), dpi=dpi, vietnamese_share=job.share)


BULLETS = {"-", "–", "—", "~", "+", "•"}


STROKE_CONF = 0.75               # a run of one- or two-letter marks read less surely than this is a stroke


def _stroke(run: list[Word], tables) -> bool:
    """Leftover pen strokes (a signature's loops read as "`X", "v"): only one- or two-character
    marks, read unsurely, outside any table (a lone cell number is text)."""
    from extractors import layout
    if any(sum(c.isalnum() for c in w.text) > 2 for w in run):
        return False
    if sum(w.conf for w in run) / len(run) >= STROKE_CONF:
        return False
    return not any(layout._inside(w.box, t.box) for w in run for t in tables)


def _page_number(run: list[Word], height: int) -> bool:
    """A lone page number in the margin band: its digit alone is read less surely than text."""
    from extractors import layout
    text = " ".join(w.text for w in run)
    in_band = all(w.box[3] < layout.MARGIN_BAND * height or w.box[1] > (1 - layout.MARGIN_BAND) * height
                  for w in run)
    return in_band and bool(layout.PAGE_NUMBER.match(text)) and min(w.conf for w in run) >= 0.3


def _is_bullet(word: Word, run: list[Word]) -> bool:
    """A dash opening a line ("- Như trên;") is read unsurely at 200 dpi but is text."""
    return word is run[0] and len(run) > 1 and word.text in BULLETS and word.conf >= 0.3


def _bullet(run: list[Word]) -> list[Word]:
    """A line-opening "~" or long dash in these documents is the list dash "-"."""
    if run and len(run) > 1 and run[0].text in ("~", "—"):
        run[0] = Word(text="-", conf=run[0].conf, box=run[0].box)
    return run


def _reads_as_words(run: list[Word]) -> bool:
    """A run read unsurely that still spells Vietnamese ('Phó Chủ tịch' in a table cell, read at 0.16):
    two or more syllables of the language, one with its marks, is text, not a stroke or a speck."""
    from extractors.vietnamese import has_vietnamese_marks, is_vietnamese_syllable
    tokens = [w.text.strip(",.;:()") for w in run]
    return len(tokens) >= 2 and all(len(t) >= 2 and is_vietnamese_syllable(t) for t in tokens) \
        and has_vietnamese_marks(" ".join(tokens))


def _plausible(word: Word) -> bool:
    """Not a speck: words without a letter or digit must be read with some confidence."""
    if not word.text.strip("_|=~`'\"^"):
        return False            # rule remnants and specks, never words of these documents
    return any(c.isalnum() for c in word.text) or word.conf >= JUNK_CONF


# --------------------------------------------------------------------------- text-layer pages
def text_layer_page(page, number: int, share: float, reason: str, dpi: int, stamps=None) -> PageText:
    from extractors import layout, textlayer
    words = textlayer.page_words(page, dpi)
    width_pt, height_pt = page.get_size()
    width, height = int(round(width_pt * dpi / 72)), int(round(height_pt * dpi / 72))
    tables = _vector_tables(page, dpi)
    scale = dpi / 72.0
    boxes = [tuple(int(round(v * scale)) for v in s) for s in stamps or []]
    lines = layout.arrange(layout.visual_lines(words), width, height, tables, boxes)
    for line in lines:
        line.conf = 1.0
    return PageText(number=number, method="text-layer", reason=reason, lines=lines, width=width,
                    height=height, dpi=dpi, vietnamese_share=round(share, 4))


def _vector_tables(page, dpi: int):
    """Ruled tables of a born-digital page, found on a quick grayscale rendering."""
    import numpy as np
    from extractors import layout
    low = 100
    try:
        bitmap = page.render(scale=low / 72.0, grayscale=True, draw_annots=False)
        gray = np.asarray(bitmap.to_pil().convert("L"))
    except Exception:
        return []
    tables = layout.find_tables(gray, low)
    factor = dpi / low

    def up(box):
        return tuple(int(round(v * factor)) for v in box)
    return [layout.Table(box=up(t.box), rows=[[up(c) for c in row] for row in t.rows]) for t in tables]


def _has_page_image(page) -> bool:
    from extractors import raster
    try:
        return raster._full_page_image(page) is not None
    except Exception:
        return False


# --------------------------------------------------------------------------- triage
def _pdf_plan(source: SourceFile, settings: Settings) -> Iterator[PageText | OcrJob]:
    """Per page: a finished text-layer PageText, or an OcrJob for the pool.

    pdfium is not thread-safe: every call into it here holds PDFIUM_LOCK (flows may
    run documents in threads), and nothing is yielded while the lock is held.
    """
    from extractors import raster
    with PDFIUM_LOCK:
        pdf = raster.open_pdf(source.path)
        count = len(pdf)
    try:
        if count > settings.max_pages:
            raise InputError(source.path, f"quá nhiều trang ({count} > giới hạn {settings.max_pages})")
        for index in range(count):
            with PDFIUM_LOCK:
                item = _triage_page(source, settings, pdf, index)
            yield item
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _triage_page(source: SourceFile, settings: Settings, pdf, index: int) -> PageText | OcrJob:
    from extractors import layout, textlayer
    number = index + 1
    try:
        page, stamps = textlayer.with_appearances(pdf, index)
    except Exception as error:
        raise InputError(source.path, f"PDF hỏng, không đọc được trang {number} ({error})")
    try:
        text = textlayer.page_text(page)
        words = textlayer.word_count(text)
        share = textlayer.vietnamese_share(text) if words else None
        stamp_words = [w for w in textlayer.page_words(page, 72)
                       if any(layout._inside(w.box, s) for s in stamps)] if stamps else []
        job = dict(path=source.path, kind="pdf", number=number, share=share,
                   language=settings.ocr_language, psm=settings.ocr_psm, dpi=settings.ocr_dpi,
                   max_pixels=settings.max_pixels, timeout=settings.tesseract_timeout,
                   keep_words=stamp_words or None, stamps=stamps or None)
        if share is None or words < MIN_LAYER_WORDS:
            return OcrJob(reason="không có lớp văn bản (trang ảnh quét) → OCR", **job)
        if share < settings.text_layer_min_share:
            return OcrJob(reason=f"lớp văn bản không phải tiếng Việt ({share:.0%} âm tiết hợp lệ, "
                                 f"cần ≥ {settings.text_layer_min_share:.0%}) → OCR", **job)
        marked = textlayer.marked_share(text)
        if words >= 20 and marked < MIN_MARKED_SHARE:
            return OcrJob(reason=f"lớp văn bản không phải tiếng Việt ({share:.0%} âm tiết hợp lệ nhưng chỉ "
                                 f"{marked:.0%} có dấu tiếng Việt, cần ≥ {MIN_MARKED_SHARE:.0%}) → OCR", **job)
        if words - len(stamp_words) < SPARSE_LAYER_WORDS and _has_page_image(page):
            job["keep_words"] = textlayer.page_words(page, 72)
            return OcrJob(reason=f"trang ảnh quét, lớp văn bản chỉ có {words} từ ({share:.0%} âm tiết "
                                 f"hợp lệ) → OCR, giữ các từ đó", **job)
        reason = (f"lớp văn bản đọc được là tiếng Việt ({share:.0%} âm tiết hợp lệ, {marked:.0%} có dấu) "
                  f"→ dùng lớp văn bản")
        return text_layer_page(page, number, share, reason, settings.ocr_dpi, stamps)
    finally:
        page.close()


def _image_plan(source: SourceFile, settings: Settings) -> Iterator[OcrJob]:
    from extractors import raster
    try:
        frames = raster.image_frames(source.path)
    except Exception as error:
        raise InputError(source.path, f"ảnh hỏng, không đọc được ({error})")
    if frames > settings.max_pages:
        raise InputError(source.path, f"quá nhiều trang ({frames} > giới hạn {settings.max_pages})")
    for number in range(1, frames + 1):
        yield OcrJob(path=source.path, kind="image", number=number, share=None, reason="ảnh quét → OCR",
                     language=settings.ocr_language, psm=settings.ocr_psm, dpi=settings.ocr_dpi,
                     max_pixels=settings.max_pixels, timeout=settings.tesseract_timeout)


def _run(plan: Iterator[PageText | OcrJob], settings: Settings, pages_hint: int) -> list[PageText]:
    """Finish the plan: OCR jobs in a process pool (at most 2 per worker queued), in page order."""
    jobs = max(1, int(settings.ocr_jobs))
    results: list = []
    if jobs == 1 or pages_hint <= 1:
        for item in plan:
            results.append(ocr_page(item) if isinstance(item, OcrJob) else item)
        return results
    import multiprocessing
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, pages_hint), mp_context=context,
                             initializer=_child_init) as pool:
        pending = []
        for item in plan:
            if isinstance(item, OcrJob):
                results.append(pool.submit(_ocr_page_safe, item))
                pending.append(results[-1])
                while sum(not f.done() for f in pending) >= 2 * jobs:
                    from concurrent.futures import FIRST_COMPLETED, wait
                    wait(pending, return_when=FIRST_COMPLETED)
                    pending = [f for f in pending if not f.done()]
            else:
                results.append(item)
        return [_result(r.result()) if hasattr(r, "result") else r for r in results]


def page_ink(source: SourceFile, number: int, settings: Settings):
    """The red seal and blue signature ink of one scanned page, for the review page.

    Returns (RGBA PIL image of the page at its own resolution where everything
    but the coloured ink is transparent, ink bounding box in those pixels or
    None). The same ink is what preprocess removes before Tesseract reads.
    """
    import numpy as np
    from PIL import Image
    from extractors import preprocess, raster
    if source.kind == "pdf":
        with PDFIUM_LOCK:
            pdf = raster.open_pdf(source.path)
            try:
                page = pdf[number - 1]
                image = raster.pdf_page_image(source.path, page, number, settings.ocr_dpi, settings.max_pixels)
                page.close()
            finally:
                pdf.close()
    elif source.kind == "image":
        image = raster.image_frame(source.path, number, settings.max_pixels)
    else:
        return None, None
    rgb = image.pixels if image.pixels.ndim == 3 else np.stack([image.pixels] * 3, axis=2)
    mask = preprocess.ink_mask(rgb, image.dpi)
    alpha = np.where(mask > 0, 255, 0).astype(np.uint8)
    ys, xs = np.nonzero(mask)
    box = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1) if len(xs) else None
    return Image.fromarray(np.dstack([rgb, alpha]), "RGBA"), box


def page_plan(source: SourceFile, settings: Settings) -> Iterator[PageText | OcrJob]:
    """Per page, in order: a finished PageText (text layer) or an OcrJob for `ocr_page`.
    vanban.pipeline streams the jobs to a process pool shared by the whole batch."""
    if source.kind == "pdf":
        return _pdf_plan(source, settings)
    if source.kind == "image":
        return _image_plan(source, settings)
    raise InputError(source.path, f"chưa hỗ trợ loại tệp này ({source.kind})")


def read_pages(source: SourceFile, settings: Settings) -> list[PageText]:
    if source.kind == "text":
        return text_file_pages(source)
    return _run(page_plan(source, settings), settings, source.pages)
