"""Page images for the document view, rendered on demand from the stored source file.

The route asks by page id only; the file path comes from the store, never from
the request. PDFs are rendered with pypdfium2, scanned images (TIFF/PNG/JPEG)
with Pillow, at RENDER_DPI, and kept in a small in-memory cache.
"""
from __future__ import annotations

import io
import threading
from collections import OrderedDict
from pathlib import Path

from extractors.reading import PDFIUM_LOCK

RENDER_DPI = 120
MAX_PIXELS = 12_000_000
_CACHE_SIZE = 24
_cache: "OrderedDict[tuple, tuple[bytes, int, int]]" = OrderedDict()
_lock = threading.Lock()


class NoImage(Exception):
    """This page has no image (a text file, or the source file is gone)."""


def page_size_points(path: str, number: int) -> tuple[float, float]:
    """(width, height) in PDF points of page `number` (1-based)."""
    import pypdfium2 as pdfium
    with PDFIUM_LOCK:                  # pdfium is not thread-safe; FastAPI runs sync routes in threads
        pdf = pdfium.PdfDocument(path)
        try:
            return tuple(pdf[number - 1].get_size())  # type: ignore[return-value]
        finally:
            pdf.close()


def _render_pdf(path: str, number: int, dpi: int) -> tuple[bytes, int, int]:
    import pypdfium2 as pdfium
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(path)
        try:
            if not 1 <= number <= len(pdf):
                raise NoImage(f"trang {number} không có trong tệp")
            page = pdf[number - 1]
            w, h = page.get_size()
            scale = dpi / 72.0
            if w * h * scale * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / (w * h)) ** 0.5
            image = page.render(scale=scale).to_pil()
        finally:
            pdf.close()
    return _png(image)


def _render_image(path: str, number: int, dpi: int) -> tuple[bytes, int, int]:
    from PIL import Image
    with Image.open(path) as image:
        if number > getattr(image, "n_frames", 1):
            raise NoImage(f"trang {number} không có trong tệp")
        image.seek(number - 1)
        frame = image.convert("RGB") if image.mode not in ("RGB", "L") else image.copy()
    source_dpi = (frame.info.get("dpi") or (300, 300))[0] or 300
    factor = min(1.0, dpi / float(source_dpi))
    if frame.width * frame.height * factor * factor > MAX_PIXELS:
        factor = (MAX_PIXELS / (frame.width * frame.height)) ** 0.5
    if factor < 1.0:
        frame = frame.resize((max(1, int(frame.width * factor)), max(1, int(frame.height * factor))))
    return _png(frame)


def _png(image) -> tuple[bytes, int, int]:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False, compress_level=6)
    return buffer.getvalue(), image.width, image.height


def render_page(path: str | None, kind: str | None, number: int, dpi: int = RENDER_DPI) -> bytes:
    """PNG bytes of page `number` of the file at `path` (a path read from the store)."""
    if not path or kind not in ("pdf", "image"):
        raise NoImage("văn bản không có ảnh trang")
    file = Path(path)
    if not file.is_file():
        raise NoImage("không còn tệp gốc")
    stat = file.stat()
    key = (str(file), stat.st_mtime_ns, stat.st_size, number, dpi)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key][0]
    try:
        rendered = (_render_pdf if kind == "pdf" else _render_image)(str(file), number, dpi)
    except NoImage:
        raise
    except Exception as error:  # a damaged file is the user's problem, not a crash
        raise NoImage(f"không dựng được ảnh trang ({error})")
    with _lock:
        _cache[key] = rendered
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return rendered[0]


def box_space(path: str | None, kind: str | None, number: int, width: int | None, height: int | None,
              dpi: int | None) -> tuple[float, float] | None:
    """The coordinate space of the page's line boxes: (width, height).

    The reading stage stores each page's pixel size (at `dpi`, 300 for OCR) and
    the boxes in that space. Without a stored size, it is the PDF page size at
    the stored dpi (72 = PDF points when no dpi is stored).
    """
    if width and height:
        return float(width), float(height)
    if kind == "pdf" and path and Path(path).is_file():
        try:
            w, h = page_size_points(path, number)
        except Exception:
            return None
        factor = (dpi or 72) / 72.0
        return w * factor, h * factor
    return None
