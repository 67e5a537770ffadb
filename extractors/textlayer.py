"""A PDF page's own text layer: its words with boxes, and whether it reads as Vietnamese.

Archived scans often carry an old text layer made by an engine without Vietnamese
("Quyét dinh s6"): it is trusted only when the share of its tokens that are valid
Vietnamese syllables is close to what real text scores (about 97%; legacy OCR
scores under 70%). The share comes from `extractors.vietnamese.vietnamese_share`
(the restoration team's module) when it exists, else from the small check here,
which uses the system's hunspell-vi syllable list.

Boxes are in pixels at `dpi` (72 pt per inch), origin top-left, like OCR boxes.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from vanban.model import Word

HUNSPELL_VI = Path("/usr/share/hunspell/vi_VN.dic")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_VOWELS = set("aăâeêioôơuưy")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    words: set[str] = set()
    try:
        lines = HUNSPELL_VI.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return frozenset()
    for line in lines:
        word = unicodedata.normalize("NFC", line.split("/")[0].strip().lower())
        if word and " " not in word:
            words.add(word)
    return frozenset(words)


def _base_letters(token: str) -> str:
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def own_vietnamese_share(text: str) -> float:
    """Share of word tokens that are valid Vietnamese syllables (codes, numbers, acronyms skipped)."""
    syllables = _syllables()
    if not syllables:
        return 1.0
    total = valid = 0
    for token in _TOKEN.findall(unicodedata.normalize("NFC", text)):
        if any(c.isdigit() for c in token) or "_" in token:
            continue
        lower = token.lower()
        base = _base_letters(lower)
        if not any(c in _VOWELS for c in base):
            continue                    # UBND, HĐND, TP: acronyms, not syllables
        if token.isupper() and len(token) <= 3 and lower not in syllables and lower == base:
            continue                    # short acronyms with a vowel (UBMTTQ parts, "VP")
        total += 1
        valid += lower in syllables
    return valid / total if total else 0.0


def vietnamese_share(text: str) -> float:
    """The project's syllable share when restoration provides it, else ours."""
    try:
        from extractors.vietnamese import vietnamese_share as shared
    except Exception:  # module not there (yet), or broken: keep reading
        return own_vietnamese_share(text)
    try:
        return float(shared(text))
    except Exception:
        return own_vietnamese_share(text)


_MARKED = set("ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ")


def marked_share(text: str) -> float:
    """Share of word tokens (numbers and codes skipped) with a Vietnamese letter or tone mark.

    Real Vietnamese text: 83-91% on the samples; a layer made by an engine without
    Vietnamese ("Tong hgp két qua thyc hién"): 16-22%. A second, independent check
    beside the syllable share, which unmarked syllables ("cac don vi") inflate.
    """
    total = marked = 0
    for token in _TOKEN.findall(unicodedata.normalize("NFC", text)):
        if any(c.isdigit() for c in token) or "_" in token:
            continue
        total += 1
        lower = token.lower()
        marked += any(c in _MARKED or 0x1EA0 <= ord(c) <= 0x1EF9 for c in lower)
    return marked / total if total else 0.0


def word_count(text: str) -> int:
    return len(_TOKEN.findall(text))


# --------------------------------------------------------------------------- words with boxes
def page_words(page, dpi: int) -> list[Word]:
    """Every word of a pypdfium2 page's text layer with its box in pixels at `dpi`.

    Words are split on white space from the characters pdfium reports, each
    with the union of its characters' boxes; NFC text.
    """
    scale = dpi / 72.0
    _, height_pt = page.get_size()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count <= 0:
            return []
        text = textpage.get_text_range(0, count)
        words: list[Word] = []
        chars: list[str] = []
        box: list[float] | None = None

        def flush():
            nonlocal chars, box
            if chars and box is not None:
                word = unicodedata.normalize("NFC", "".join(chars)).strip()
                if word:
                    x0, y0, x1, y1 = box
                    words.append(Word(text=word, conf=1.0,
                                      box=(int(x0 * scale), int((height_pt - y1) * scale),
                                           int(round(x1 * scale)), int(round((height_pt - y0) * scale)))))
            chars, box = [], None

        for index in range(min(count, len(text))):
            char = text[index]
            if char.isspace() or char in "\ufffe\x02":
                flush()
                continue
            left, bottom, right, top = textpage.get_charbox(index)
            if unicodedata.combining(char):
                chars.append(char)
                continue
            if box is not None and (top < box[1] or bottom > box[3] or left < box[0] - 1):
                flush()                 # no vertical overlap, or moved back left: a new line
            if box is None:
                box = [left, bottom, right, top]
            else:
                box = [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)]
            chars.append(char)
        flush()
        return words
    finally:
        textpage.close()


def page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        return unicodedata.normalize("NFC", textpage.get_text_range(0, count)) if count > 0 else ""
    finally:
        textpage.close()


# --------------------------------------------------------------------------- signature appearances
def widget_rects(page) -> list[tuple[float, float, float, float]]:
    """Rectangles (points, PDF origin bottom-left) of the page's form widgets (signature fields)."""
    import pypdfium2.raw as raw
    rects = []
    for index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET:
                rect = raw.FS_RECTF()
                if raw.FPDFAnnot_GetRect(annot, rect) and rect.right > rect.left and rect.top > rect.bottom:
                    rects.append((rect.left, rect.bottom, rect.right, rect.top))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return rects


def with_appearances(pdf, index: int):
    """Page `index` with its widgets' appearances (a signature's visible stamp) drawn into
    the page, so their text is part of the text layer (in memory only: the file is
    never written). Returns (page, stamp boxes in points, top-left origin)."""
    import pypdfium2.raw as raw
    page = pdf[index]
    rects = widget_rects(page)
    if not rects:
        return page, []
    _, height = page.get_size()
    if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) == raw.FLATTEN_SUCCESS:
        page.close()
        page = pdf[index]
    return page, [(l, height - t, r, height - b) for l, b, r, t in rects]
