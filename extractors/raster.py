"""Page images: a PDF page or an image frame as an RGB numpy array, with its resolution.

A scanned PDF page is usually one full-page image: its own pixels are taken as
they are (no resampling, like `pdfimages`), and their resolution is worked out
from the page size. Any other page is rendered by pypdfium2 (pdf2image/poppler
is the fallback renderer). Every page is checked against `max_pixels` before a
pixel is decoded (decompression bombs).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from vanban.errors import InputError


@dataclass
class PageImage:
    pixels: np.ndarray          # H x W x 3 uint8 (RGB) or H x W (gray)
    dpi: int
    source: str                 # "embedded-image" | "rendered" | "image-file"
    preview: Optional[np.ndarray] = None        # RGB at about 1/4 size (ink detection); None: no colour
    rgb: Optional[Callable[[], np.ndarray]] = None   # RGB on demand (full or half size: a JPEG's chroma)

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


def _too_big(path: str, number: int, width: float, height: float, max_pixels: int) -> None:
    if width * height > max_pixels:
        raise InputError(path, f"trang {number} quá lớn để xử lý ({int(width)}×{int(height)} điểm ảnh > "
                               f"giới hạn {max_pixels}; decompression bomb?)")


def open_pdf(path: str):
    import pypdfium2 as pdfium
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise InputError(path, "PDF được mã hóa, cần mật khẩu (encrypted PDF needs a password)")
        raise InputError(path, f"PDF hỏng, không đọc được ({error})")


def _full_page_image(page):
    """The page's single image object if it covers (nearly) the whole page, else None."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    width_pt, height_pt = page.get_size()
    images = list(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    if len(images) != 1:
        return None
    image = images[0]
    try:
        left, bottom, right, top = image.get_bounds()
    except pdfium.PdfiumError:
        return None
    if (right - left) < 0.9 * width_pt or (top - bottom) < 0.9 * height_pt:
        return None
    matrix = image.get_matrix()
    if abs(matrix.b) > 1e-3 or abs(matrix.c) > 1e-3 or matrix.a <= 0 or matrix.d <= 0:
        return None  # rotated or flipped placement: let pdfium render it
    return image, right - left


def _embedded_scan(path: str, page, number: int, max_pixels: int):
    """(the page's one full-page image, its resolution) when the page is a scan at a sane dpi,
    else None: then the page is rendered. Refuses a bomb before any pixel is decoded."""
    found = _full_page_image(page)
    if found is None:
        return None
    image, placed_width = found
    px_w, px_h = image.get_px_size()
    _too_big(path, number, px_w, px_h, max_pixels)
    native_dpi = int(round(px_w / (placed_width / 72.0)))
    return (image, native_dpi) if 150 <= native_dpi <= 1200 else None


def _rendered_rgb(path: str, page, number: int, dpi: int, max_pixels: int) -> np.ndarray:
    """The page rendered at `dpi` by pdfium (poppler when pdfium fails), as RGB."""
    width_pt, height_pt = page.get_size()
    scale = dpi / 72.0
    _too_big(path, number, width_pt * scale, height_pt * scale, max_pixels)
    try:
        return np.asarray(page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB"))
    except Exception:
        return _render_with_poppler(path, number, dpi)


def pdf_page_image(path: str, page, number: int, dpi: int, max_pixels: int,
                   prefer_embedded: bool = True) -> PageImage:
    """An RGB image of one pypdfium2 page."""
    scan = _embedded_scan(path, page, number, max_pixels) if prefer_embedded else None
    if scan is not None:
        image, native_dpi = scan
        try:
            pixels = np.asarray(image.get_bitmap(render=False).to_pil().convert("RGB"))
            return PageImage(pixels=pixels, dpi=native_dpi, source="embedded-image")
        except Exception:
            pass
    return PageImage(pixels=_rendered_rgb(path, page, number, dpi, max_pixels), dpi=dpi, source="rendered")


PREVIEW = 4                     # the colour preview is 1/PREVIEW of the page's size


def _preview(rgb: np.ndarray) -> np.ndarray:
    import cv2
    h, w = rgb.shape[:2]
    return cv2.resize(rgb, (max(1, w // PREVIEW), max(1, h // PREVIEW)), interpolation=cv2.INTER_AREA)


def _gray_page(pixels: np.ndarray, dpi: int, source: str) -> PageImage:
    """A decoded page (RGB or gray) as what the OCR path wants: gray, colour preview, RGB kept."""
    import cv2
    if pixels.ndim == 2:
        return PageImage(pixels=pixels, dpi=dpi, source=source)
    gray = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
    return PageImage(pixels=gray, dpi=dpi, source=source, preview=_preview(pixels), rgb=lambda: pixels)


def _jpeg_page(data: bytes, dpi: int) -> Optional[PageImage]:
    """A JPEG page decoded straight to gray by libjpeg (luma only), plus a DCT-scaled colour preview;
    the full-size colour is decoded only if asked for (ink to remove).

    PIL reads the header (mode, size); OpenCV's libjpeg-turbo decodes the pixels straight into
    numpy arrays (the same pixels as PIL's, measured on the samples; PIL copies them twice more on
    the way to numpy). The placement in the PDF orients the page, never an EXIF tag."""
    import io

    import cv2
    from PIL import Image
    flags = cv2.IMREAD_IGNORE_ORIENTATION
    buffer = np.frombuffer(data, np.uint8)
    try:
        probe = Image.open(io.BytesIO(data))
        mode, size = probe.mode, probe.size
        if mode not in ("L", "RGB"):
            return None
        gray = cv2.imdecode(buffer, cv2.IMREAD_GRAYSCALE | flags)
        if gray is None or gray.shape[::-1] != size:
            return None
        if mode == "L":
            return PageImage(pixels=gray, dpi=dpi, source="embedded-image")
        preview = cv2.imdecode(buffer, cv2.IMREAD_REDUCED_COLOR_4 | flags)
        if preview is None:
            return None
        preview = cv2.cvtColor(preview, cv2.COLOR_BGR2RGB)
    except Exception:
        return None

    def rgb() -> np.ndarray:
        # full size: at half size (DCT scaling, a quarter of the work) the text under a seal
        # came out blurred ("PHÓ" read "PHỦ"), measured on the samples
        return cv2.cvtColor(cv2.imdecode(buffer, cv2.IMREAD_COLOR | flags), cv2.COLOR_BGR2RGB)
    return PageImage(pixels=gray, dpi=dpi, source="embedded-image", preview=preview, rgb=rgb)


def pdf_page_gray(path: str, page, number: int, dpi: int, max_pixels: int) -> PageImage:
    """The page as the OCR path reads it: gray pixels at the scan's own resolution when the page
    is one image (a JPEG is decoded to gray directly), else rendered gray at `dpi`."""
    scan = _embedded_scan(path, page, number, max_pixels)
    if scan is not None:
        image, native_dpi = scan
        got = None
        try:
            if image.get_filters() == ["DCTDecode"]:
                got = _jpeg_page(bytes(image.get_data(decode_simple=False)), native_dpi)
            if got is None:
                pil = image.get_bitmap(render=False).to_pil()
                pixels = np.asarray(pil.convert("L" if pil.mode in ("1", "L") else "RGB"))
                got = _gray_page(pixels, native_dpi, "embedded-image")
        except Exception:
            got = None
        if got is not None:
            return got
    return _gray_page(_rendered_rgb(path, page, number, dpi, max_pixels), dpi, "rendered")


def image_frame_gray(path: str, number: int, max_pixels: int) -> PageImage:
    image = image_frame(path, number, max_pixels)
    return _gray_page(image.pixels, image.dpi, image.source)


def _render_with_poppler(path: str, number: int, dpi: int) -> np.ndarray:
    from pdf2image import convert_from_path
    images = convert_from_path(path, dpi=dpi, first_page=number, last_page=number)
    if not images:
        raise InputError(path, f"không kết xuất được trang {number} (page cannot be rendered)")
    return np.asarray(images[0].convert("RGB"))


def image_frame(path: str, number: int, max_pixels: int) -> PageImage:
    """Frame `number` (1-based) of a TIFF/JPEG/PNG file as RGB."""
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(path) as image:
            _too_big(path, number, image.width, image.height, max_pixels)
            image.seek(number - 1)
            _too_big(path, number, image.width, image.height, max_pixels)
            dpi_info = image.info.get("dpi") or (0, 0)
            dpi = int(round(float(dpi_info[0]))) if dpi_info and dpi_info[0] else 0
            if image.mode in ("1", "L", "I;16", "I"):
                pixels = np.asarray(image.convert("L"))
            else:
                pixels = np.asarray(image.convert("RGB"))
    except (UnidentifiedImageError, OSError, EOFError, Image.DecompressionBombError) as error:
        raise InputError(path, f"ảnh hỏng, không đọc được trang {number} ({error})")
    if not 100 <= dpi <= 1200:
        dpi = _guess_dpi(pixels.shape[1], pixels.shape[0])
    return PageImage(pixels=pixels, dpi=dpi, source="image-file")


def _guess_dpi(width: int, height: int) -> int:
    """Resolution of a page with no usable dpi tag, taking it to be A4 (8.27 x 11.69 in)."""
    short, long = sorted((width, height))
    return max(72, int(round(max(short / 8.27, long / 11.69))))


def image_frames(path: str) -> int:
    from PIL import Image
    with Image.open(Path(path)) as image:
        return getattr(image, "n_frames", 1)
