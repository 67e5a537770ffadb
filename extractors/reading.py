"""Read every page of a source file into PageText (STUB: replaced by the OCR work).

Text files: pages split on form feeds, one Line per line.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from vanban.errors import InputError
from vanban.model import Line, PageText, SourceFile
from vanban.settings import Settings


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


def read_pages(source: SourceFile, settings: Settings) -> list[PageText]:
    if source.kind == "text":
        return text_file_pages(source)
    raise InputError(source.path, "chưa hỗ trợ loại tệp này (not implemented yet)")
