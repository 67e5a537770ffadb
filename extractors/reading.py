"""Read every page of a source file into PageText, in the order a person reads it.

PDF pages are triaged one by one: a text layer is used only when it reads as
Vietnamese (share of valid syllables ≥ settings.text_layer_min_share); other
pages are rasterised (the scan's own pixels when the page is one image),
cleaned (extractors.preprocess) and read by Tesseract (extractors.ocr) in a
process pool, one Tesseract thread per process. A page that is a scan carrying
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
CELL_REREAD_CONF = 0.92          # table cells with a word read below this are read again on their own
MAX_CELL_REREADS = 16
CELL_UPSCALE_BELOW = 0.90        # a cell read alone less surely than this is also read at twice the size
CELL_TIE = 0.03                  # a cell read alone wins unless less sure than the page pass by this
UNREAD_MIN_CHARS = 6             # character-sized marks left unread that make a block worth reading
UNREAD_MAX_BLOCKS = 4
UNREAD_CONF = 0.75               # words kept from such a block are read at least this surely
MARGIN_BAND = 0.07               # top / bottom share of the page searched for a lone page number


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


def _child_init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


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
    """Rasterise, clean, find tables, OCR and lay out one page (runs in a worker process)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    from extractors import layout, ocr, preprocess, raster
    if job.kind == "pdf":
        with PDFIUM_LOCK:
            pdf = raster.open_pdf(job.path)
            try:
                page = pdf[job.number - 1]
                image = raster.pdf_page_image(job.path, page, job.number, job.dpi, job.max_pixels)
                page.close()
            finally:
                pdf.close()
    else:
        image = raster.image_frame(job.path, job.number, job.max_pixels)
    steps = job.steps if job.steps is not None else preprocess.DEFAULT_STEPS
    cleaned = preprocess.clean(image.pixels, image.dpi, steps)
    del image
    gray = cleaned.gray
    tables = layout.find_tables(gray, cleaned.dpi)
    readable = layout.erase_rules(gray, tables, cleaned.dpi)
    found = ocr.ocr_lines(readable, job.language, job.psm, cleaned.dpi, job.timeout)
    # Tesseract's lines cut at column gaps; a run read this unsurely is a stroke, not text
    gap = 2.5 * layout._median_height([w for line in found for w in line.words])
    runs = [run for line in found for run in layout.split_gaps(line.words, gap)]
    word_lines = [[w for w in run if _plausible(w)] for run in runs
                  if sum(w.conf for w in run) / len(run) >= LINE_JUNK_CONF]
    word_lines = _reread_cells(readable, tables, [line for line in word_lines if line], job, cleaned.dpi)
    word_lines.extend(_reread_margins(readable, word_lines, job, cleaned.dpi))
    word_lines.extend(_read_unread(readable, word_lines, tables, job, cleaned.dpi))
    if job.keep_words:
        scale = cleaned.dpi / 72.0
        extra = [Word(text=w.text, conf=w.conf, box=tuple(int(v * scale) for v in w.box)) for w in job.keep_words]
        word_lines.extend(layout.visual_lines(extra))
    scale = cleaned.dpi / 72.0
    stamps = [tuple(int(round(v * scale)) for v in s) for s in job.stamps or []]
    lines = layout.arrange(word_lines, gray.shape[1], gray.shape[0], tables, stamps)
    reason = job.reason
    if cleaned.steps:
        reason += f" [làm sạch: {', '.join(cleaned.steps)}]"
    return PageText(number=job.number, method="ocr", reason=reason, lines=lines, width=int(gray.shape[1]),
                    height=int(gray.shape[0]), dpi=cleaned.dpi, vietnamese_share=job.share)


def _plausible(word: Word) -> bool:
    """Not a speck: words without a letter or digit must be read with some confidence."""
    if not word.text.strip("_|=~`'\"^"):
        return False            # rule remnants and specks, never words of these documents
    return any(c.isalnum() for c in word.text) or word.conf >= JUNK_CONF


def _ink_in(gray, box, margin: int) -> bool:
    x0, y0, x1, y1 = box
    inner = gray[y0 + margin:y1 - margin, x0 + margin:x1 - margin]
    return inner.size > 0 and int((inner < 128).sum()) > 20


def _reread_cells(gray, tables, word_lines: list[list[Word]], job: OcrJob, dpi: int) -> list[list[Word]]:
    """Read again, one cell at a time, the table cells the page pass read with low confidence.

    Short cells ("2", "9,15", "Điểm tối đa") lose context in a whole-page pass;
    a single-line read of the cell alone (psm 7; psm 6 for multi-line cells),
    and at twice the size when that is still unsure, is kept unless Tesseract is
    clearly less sure of it than of the page pass. At
    most MAX_CELL_REREADS cells a page, the least sure first. (Stacking the
    cells into one image for a single Tesseract call was tried: it misread
    short numbers that the one-cell reads got right.)
    """
    from extractors import layout
    if not tables:
        return word_lines
    words = [w for line in word_lines for w in line]
    margin = max(3, dpi // 60)
    pad = max(10, dpi // 15)
    todo = []                      # (mean conf, cell, words inside)
    for table in tables:
        for row in table.rows:
            for cell in row:
                inside = [w for w in words if layout._inside(w.box, cell, slack=0)]
                if inside and min(w.conf for w in inside) >= CELL_REREAD_CONF:
                    continue
                if not inside and not _ink_in(gray, cell, margin):
                    continue
                mean = sum(w.conf for w in inside) / len(inside) if inside else 0.0
                todo.append((mean, cell, inside))
    todo.sort(key=lambda item: item[0])
    dropped: set[int] = set()
    added: list[list[Word]] = []
    for mean, cell, inside in todo[:MAX_CELL_REREADS]:
        x0, y0, x1, y1 = cell
        crop = gray[y0 + margin:y1 - margin, x0 + margin:x1 - margin]
        if crop.size == 0:
            continue
        multi = len(layout.visual_lines(inside)) > 1 if inside else (y1 - y0) > dpi * 0.3
        again, mean_again = _read_cell(crop, pad, 1, (x0 + margin, y0 + margin), multi, job, dpi)
        if mean_again < CELL_UPSCALE_BELOW:
            # small print (a lone "17,5") often reads better at twice the size
            big, mean_big = _read_cell(crop, pad, 2, (x0 + margin, y0 + margin), multi, job, dpi)
            if mean_big > mean_again:
                again, mean_again = big, mean_big
        if again and mean_again >= mean - CELL_TIE:
            dropped.update(id(w) for w in inside)
            added.extend(layout.visual_lines(again))
    out = [[w for w in line if id(w) not in dropped] for line in word_lines]
    return [line for line in out if line] + added


def _read_cell(crop, pad: int, factor: int, origin: tuple[int, int], multi: bool, job: OcrJob,
               dpi: int) -> tuple[list[Word], float]:
    """One table cell read alone (scaled by `factor`), its words in page pixels and their mean conf."""
    import cv2
    import numpy as np
    from extractors import ocr
    image = crop if factor == 1 else cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    padded = np.pad(image, pad, constant_values=int(np.median(image)))
    try:
        lines = ocr.ocr_lines(padded, job.language, 6 if multi else 7, dpi * factor, job.timeout)
    except Exception:
        return [], 0.0
    words = []
    for line in lines:
        for w in line.words:
            if _plausible(w):
                box = tuple(int(round((v - pad) / factor)) for v in w.box)
                words.append(Word(text=w.text, conf=w.conf, box=(box[0] + origin[0], box[1] + origin[1],
                                                                 box[2] + origin[0], box[3] + origin[1])))
    return words, (sum(w.conf for w in words) / len(words) if words else 0.0)


def _read_unread(gray, word_lines: list[list[Word]], tables, job: OcrJob, dpi: int) -> list[list[Word]]:
    """Text the page pass skipped: Tesseract's page layout sometimes drops a whole block
    next to a picture-like blob (a seal it could not remove, e.g. on a grayscale scan).

    Character-sized marks left over once every read word is masked are grouped
    into blocks; each block of a few characters or more is read on its own
    (psm 6) and its sure words kept.
    """
    import cv2
    import numpy as np
    from extractors import ocr
    h, w = gray.shape[:2]
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 20)
    grow = max(4, dpi // 40)
    for line in word_lines:
        for x in line:
            x0, y0, x1, y1 = x.box
            binary[max(0, y0 - grow):y1 + grow, max(0, x0 - grow):x1 + grow] = 0
    for table in tables:
        x0, y0, x1, y1 = table.box
        binary[max(0, y0 - grow):y1 + grow, max(0, x0 - grow):x1 + grow] = 0
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    keep = np.zeros(count, dtype=bool)
    for i in range(1, count):
        bw, bh = stats[i][2], stats[i][3]
        keep[i] = dpi * 0.05 <= bh <= dpi * 0.22 and bw <= dpi * 0.4 and stats[i][4] >= bw * bh * 0.12
    if keep.sum() < UNREAD_MIN_CHARS:
        return []
    chars = keep[labels].astype(np.uint8) * 255
    blocks = cv2.dilate(chars, cv2.getStructuringElement(cv2.MORPH_RECT, (dpi // 8, dpi // 20)))
    n, _, bstats, _ = cv2.connectedComponentsWithStats(blocks, connectivity=8)
    out: list[list[Word]] = []
    candidates = sorted((bstats[i] for i in range(1, n)), key=lambda b: -b[4])[:UNREAD_MAX_BLOCKS]
    for bx, by, bw, bh, _ in candidates:
        inside = keep[np.unique(labels[by:by + bh, bx:bx + bw])].sum()
        if inside < UNREAD_MIN_CHARS or bw < dpi * 0.3:
            continue
        pad = max(10, dpi // 15)
        x0, y0 = max(0, bx - pad), max(0, by - pad)
        crop = gray[y0:min(h, by + bh + pad), x0:min(w, bx + bw + pad)]
        try:
            lines = ocr.ocr_lines(crop, job.language, 6, dpi, job.timeout, offset=(x0, y0))
        except Exception:
            continue
        for line in lines:
            sure = [x for x in line.words if any(c.isalnum() for c in x.text) and x.conf >= UNREAD_CONF]
            if sure and len(sure) >= 0.6 * len(line.words):
                out.append(sure)
    return out


def _reread_margins(gray, word_lines: list[list[Word]], job: OcrJob, dpi: int) -> list[list[Word]]:
    """Page numbers: a lone small mark in the top or bottom margin that the page pass skipped."""
    import cv2
    import numpy as np
    from extractors import ocr
    h, w = gray.shape[:2]
    words = [x for line in word_lines for x in line]
    found = []
    for y0, y1 in ((0, int(MARGIN_BAND * h)), (int((1 - MARGIN_BAND) * h), h)):
        if any(y0 <= (x.box[1] + x.box[3]) / 2 <= y1 for x in words):
            continue
        band = gray[y0:y1, int(0.3 * w):int(0.7 * w)]
        ink = (band < 128).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        boxes = [stats[i] for i in range(1, count)
                 if dpi * 0.04 <= stats[i][3] <= dpi * 0.25 and stats[i][2] <= dpi * 0.6]
        if not boxes or len(boxes) > 8:
            continue
        bx0 = min(b[0] for b in boxes); by0 = min(b[1] for b in boxes)
        bx1 = max(b[0] + b[2] for b in boxes); by1 = max(b[1] + b[3] for b in boxes)
        pad = max(10, dpi // 15)
        ox, oy = int(0.3 * w) + bx0, y0 + by0
        crop = np.pad(band[by0:by1, bx0:bx1], pad, constant_values=255)
        try:
            lines = ocr.ocr_lines(crop, job.language, 7, dpi, job.timeout, offset=(ox - pad, oy - pad))
        except Exception:
            continue
        got = [x for line in lines for x in line.words if any(c.isalnum() for c in x.text) and x.conf >= 0.5]
        if got:
            found.append(got)
    return found


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


def read_pages(source: SourceFile, settings: Settings) -> list[PageText]:
    if source.kind == "text":
        return text_file_pages(source)
    if source.kind == "pdf":
        return _run(_pdf_plan(source, settings), settings, source.pages)
    if source.kind == "image":
        return _run(_image_plan(source, settings), settings, source.pages)
    raise InputError(source.path, f"chưa hỗ trợ loại tệp này ({source.kind})")
