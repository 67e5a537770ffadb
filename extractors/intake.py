"""Intake: what a file is, its id (sha256 of its bytes) and its page count.

The file is opened read-only and never modified. Every problem a user can fix
becomes an `InputError` naming the file and the problem in one line.

pdfium is not thread-safe and the flows run intake tasks in threads (Prefect's
ThreadPoolTaskRunner) beside page reading: every pdfium call here holds the same
lock as extractors/reading.py (`PDFIUM_LOCK`).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from vanban.errors import InputError
from vanban.model import SourceFile
from vanban.settings import Settings

IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
}
TEXT_SUFFIXES = {".txt", ".text"}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sniff(head: bytes, suffix: str) -> str:
    """'pdf', 'image' or 'text' from the first bytes; raises ValueError otherwise."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    for magic in IMAGE_MAGIC:
        if head.startswith(magic):
            return "image"
    if suffix.lower() in TEXT_SUFFIXES:
        return "text"
    raise ValueError("không phải PDF, ảnh quét (TIFF/JPEG/PNG) hay văn bản .txt "
                     f"(unrecognised content{', named ' + suffix if suffix else ''})")


def _pdfium_lock():
    from extractors.reading import PDFIUM_LOCK
    return PDFIUM_LOCK


def _declared_page_count(path: Path) -> int | None:
    """Pages the PDF's page tree declares (pyhanko, lenient), or None if it cannot be parsed.

    pdfium refuses a well-formed PDF whose page tree is empty ("Success" error):
    this second opinion tells "no pages" from "broken".
    """
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        with open(path, "rb") as handle:
            pages = PdfFileReader(handle, strict=False).root["/Pages"]
            return int(pages.get("/Count", len(pages.get("/Kids", []))))
    except Exception:  # noqa: BLE001 - any parse failure: not a readable PDF
        return None


def pdf_page_count(path: Path, settings: Settings) -> int:
    """Page count; refuses encrypted, broken and absurdly large pages."""
    import pypdfium2 as pdfium
    with _pdfium_lock():
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as error:
            if _declared_page_count(path) == 0:      # pdfium reports this as a format or password error
                raise InputError(str(path), "PDF không có trang nào (no pages)")
            if "password" in str(error).lower():
                raise InputError(str(path), "PDF được mã hóa, cần mật khẩu (encrypted PDF needs a password)")
            raise InputError(str(path), f"PDF hỏng, không đọc được ({error})")
        try:
            count = len(pdf)
            if count > settings.max_pages:
                return count
            scale = settings.ocr_dpi / 72.0
            for index in range(count):
                width, height = pdf.get_page_size(index)
                pixels = width * scale * height * scale
                if pixels > settings.max_pixels:
                    raise InputError(str(path), f"trang {index + 1} quá lớn ({width:.0f}×{height:.0f} pt, "
                                                f"{pixels / 1e6:.0f} triệu điểm ảnh ở {settings.ocr_dpi} dpi > "
                                                f"giới hạn {settings.max_pixels / 1e6:.0f} triệu) (page too large)")
            return count
        finally:
            pdf.close()


def image_page_count(path: Path, settings: Settings) -> int:
    """Frame count of a scan; refuses decompression bombs before decoding pixels."""
    import warnings

    from PIL import Image, UnidentifiedImageError
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = None          # we check against our own limit below
            with Image.open(path) as image:
                width, height = image.size
                if width * height > settings.max_pixels:
                    raise InputError(str(path), f"ảnh quá lớn ({width}×{height} điểm ảnh > giới hạn "
                                                f"{settings.max_pixels / 1e6:.0f} triệu) (image too large)")
                return getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise InputError(str(path), f"ảnh hỏng, không đọc được ({error})")


def check_text(path: Path) -> None:
    """UTF-8 text only; legacy Vietnamese encodings are refused with what to do."""
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(str(path), "văn bản mã UTF-16 — hãy lưu lại dạng UTF-8 rồi nạp lại "
                                    "(UTF-16 text: save it as UTF-8 first)")
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "văn bản không phải UTF-8 — có thể là mã TCVN3 (ABC), VNI hoặc Windows-1258; "
                                    "hãy chuyển sang Unicode (ví dụ bằng UniKey) rồi nạp lại "
                                    "(legacy Vietnamese encoding: convert to Unicode first)")


def inspect_file(path: Path, settings: Settings | None = None) -> SourceFile:
    settings = settings or Settings()
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "không tìm thấy tệp (file not found)")
    if path.is_dir():
        raise InputError(str(path), "là một thư mục, không phải tệp (is a directory)")
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "tệp rỗng, 0 byte (empty file)")
    if size > settings.max_file_bytes:
        raise InputError(str(path), f"tệp quá lớn ({size} byte > {settings.max_file_bytes})")
    with open(path, "rb") as handle:
        head = handle.read(2048)
    try:
        kind = sniff(head, path.suffix)
    except ValueError as error:
        raise InputError(str(path), str(error))
    if kind == "pdf":
        pages = pdf_page_count(path, settings)
    elif kind == "image":
        pages = image_page_count(path, settings)
    else:
        check_text(path)
        pages = max(1, path.read_bytes().count(b"\f") + 1)
    if pages == 0:
        raise InputError(str(path), "PDF không có trang nào (no pages)")
    if pages > settings.max_pages:
        raise InputError(str(path), f"quá nhiều trang ({pages} > giới hạn {settings.max_pages})")
    return SourceFile(path=str(path), name=path.name, doc_id=sha256_file(path), kind=kind,
                      pages=pages, size=size)
