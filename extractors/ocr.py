"""Tesseract, and only Tesseract: one grayscale page image in, words with boxes out.

`-l vie --psm 4` (measured better than `vie+eng` and than `--psm 6` on scans),
one OpenMP thread per process (OpenMP doubles wall time on two cores: pages are
run in parallel by processes instead). Words keep Tesseract's block/paragraph/
line numbers, boxes and confidences (0..1).
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from vanban.errors import TransientError
from vanban.model import Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass
class OcrLine:
    key: tuple[int, int, int]                   # Tesseract (block, paragraph, line)
    words: list[Word] = field(default_factory=list)

    @property
    def box(self):
        xs0, ys0, xs1, ys1 = zip(*(w.box for w in self.words))
        return (min(xs0), min(ys0), max(xs1), max(ys1))

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def tesseract_data(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300,
                   timeout: int = 120, extra: str = "") -> dict:
    import pytesseract
    from PIL import Image
    config = f"--psm {psm} --dpi {dpi} -c preserve_interword_spaces=0 {extra}".strip()
    image = Image.fromarray(gray)
    try:
        return pytesseract.image_to_data(image, lang=language, config=config, timeout=timeout,
                                         output_type=pytesseract.Output.DICT)
    except RuntimeError as error:
        if "timeout" in str(error).lower():
            raise TransientError(f"Tesseract quá thời gian ({timeout} giây) cho một trang (OCR timeout)")
        raise


def ocr_lines(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300,
              timeout: int = 120, offset: tuple[int, int] = (0, 0), extra: str = "") -> list[OcrLine]:
    """Tesseract's lines (in its order) with their words; empty words dropped, NFC text."""
    data = tesseract_data(gray, language, psm, dpi, timeout, extra)
    lines: dict[tuple[int, int, int], OcrLine] = {}
    dx, dy = offset
    for i, text in enumerate(data["text"]):
        text = unicodedata.normalize("NFC", (text or "").strip())
        if not text:
            continue
        conf = float(data["conf"][i])
        if conf < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        word = Word(text=text, conf=round(conf / 100.0, 4), box=(x + dx, y + dy, x + w + dx, y + h + dy))
        lines.setdefault(key, OcrLine(key=key)).words.append(word)
    return list(lines.values())


def plain_text(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300, timeout: int = 120) -> str:
    """Tesseract's own text output (the bench's plain-Tesseract baseline)."""
    import pytesseract
    from PIL import Image
    return unicodedata.normalize("NFC", pytesseract.image_to_string(
        Image.fromarray(gray), lang=language, config=f"--psm {psm} --dpi {dpi}", timeout=timeout))
