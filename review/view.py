"""What the document view draws: text lines with the restorer's changes marked, and line boxes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from review.images import box_space
from store.models import Document, Page, Record


@dataclass
class Segment:
    text: str
    changed: bool = False
    original: str = ""
    alternatives: str = ""      # "word 62% · word <1%"
    confidence: float = 1.0
    original_share: str = ""    # the restorer's probability of the OCR's own reading


@dataclass
class TextLine:
    number: int
    ocr: str
    segments: list[Segment]
    changed: bool
    conf: float
    box: Optional[list[float]] = None
    ocr_segments: list[Segment] = field(default_factory=list)   # the OCR text, words the restorer replaced marked
    text: str = ""


@dataclass
class PageView:
    page: Page
    lines: list[TextLine]
    has_image: bool
    space: Optional[tuple[float, float]] = None     # coordinate space of the boxes (SVG viewBox)
    boxes: list[dict[str, Any]] = field(default_factory=list)   # record boxes: x, y, w, h, record_id, focus
    focus_lines: set[int] = field(default_factory=set)          # the focused record's source lines on this page

    @property
    def changed_lines(self) -> list[int]:
        """Lines where the restorer replaced a word (the clerk's places to look)."""
        return [line.number for line in self.lines if any(s.changed for s in line.segments)]


def _share(score) -> str:
    """A restorer probability as a clerk reads it: '62%', '<1%'."""
    if not isinstance(score, (int, float)):
        return ""
    return "<1%" if score < 0.005 else f"{round(100 * score)}%"


def _alternatives(token: dict) -> str:
    """The other readings the restorer weighed ('thăm <1% · thậm <1%'): neither the chosen word
    nor the OCR's own reading, which the tooltip already shows."""
    out = []
    for alt in token.get("alternatives") or []:
        if isinstance(alt, (list, tuple)) and alt:
            word = str(alt[0])
            score = alt[1] if len(alt) > 1 else None
        else:
            word, score = str(alt), None
        if word in (token.get("chosen"), token.get("original")):
            continue
        share = _share(score)
        out.append(f"{word} {share}" if share else word)
    return " · ".join(out[:4])


def _original_share(token: dict) -> str:
    for alt in token.get("alternatives") or []:
        if isinstance(alt, (list, tuple)) and len(alt) > 1 and alt[0] == token.get("original"):
            return _share(alt[1])
    return ""


def segments(line: dict) -> list[Segment]:
    """The restored line cut into plain text and changed tokens (with their alternatives)."""
    text = line.get("text") or ""
    tokens = sorted((t for t in line.get("tokens") or [] if t.get("original") != t.get("chosen")),
                    key=lambda t: t.get("start", 0))
    out: list[Segment] = []
    pos = 0
    for token in tokens:
        start, end = int(token.get("start", 0)), int(token.get("end", 0))
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], changed=True, original=str(token.get("original", "")),
                           alternatives=_alternatives(token), confidence=float(token.get("confidence", 1.0)),
                           original_share=_original_share(token)))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def ocr_segments(ocr: str, text: str) -> list[Segment]:
    """The OCR line cut into plain text and the words the restorer replaced (word-by-word diff)."""
    import difflib
    import re
    if ocr == text:
        return [Segment(ocr)] if ocr else []
    a, b = re.findall(r"\S+|\s+", ocr), re.findall(r"\S+|\s+", text)
    out: list[Segment] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        piece = "".join(a[i1:i2])
        if not piece:
            continue
        if op == "equal" or not piece.strip():
            out.append(Segment(piece))
        else:
            out.append(Segment(piece, changed=True, original="".join(b[j1:j2]).strip()))
    return out


def _box(value) -> Optional[list[float]]:
    if isinstance(value, (list, tuple)) and len(value) == 4:
        try:
            x0, y0, x1, y1 = (float(v) for v in value)
        except (TypeError, ValueError):
            return None
        if x1 > x0 and y1 > y0:
            return [x0, y0, x1, y1]
    return None


def text_lines(page: Page) -> list[TextLine]:
    lines = page.lines or []
    if not lines and page.text:
        lines = [{"text": t, "ocr_text": o} for t, o in
                 zip(page.text.split("\n"), (page.ocr_text or page.text).split("\n"))]
    out = []
    for number, line in enumerate(lines, 1):
        segs = segments(line)
        ocr = line.get("ocr_text")
        ocr = line.get("text") or "" if ocr is None else ocr
        text = line.get("text") or ""
        out.append(TextLine(number=number, ocr=ocr, segments=segs,
                            changed=any(s.changed for s in segs) or ocr != text,
                            conf=min(float(line.get("conf", 1.0) or 1.0),
                                     float(line.get("restoration_conf", 1.0) or 1.0)),
                            box=_box(line.get("box")), ocr_segments=ocr_segments(ocr, text), text=text))
    return out


def _squash(text: str) -> str:
    return "".join((text or "").split()).casefold()


def record_lines(record: Record, lines: list[TextLine]) -> list[int]:
    """The page lines a record was read from: its line, and the next lines while the record's
    source text goes on over them (a task sentence wrapped over two or three lines)."""
    if not record.line or not 1 <= record.line <= len(lines):
        return []
    out = [record.line]
    source = _squash(record.source_text or "")
    if not source:
        return out
    covered = _squash(lines[record.line - 1].text)
    if not covered or covered not in source:
        return out
    for line in lines[record.line:record.line + 5]:
        candidate = covered + _squash(line.text)
        if not _squash(line.text) or candidate not in source:
            break
        covered = candidate
        out.append(line.number)
    return out


def record_box(record: Record, lines: list[TextLine]) -> Optional[list[float]]:
    """The record's box on the page: its own, else the union of its source lines' boxes."""
    box = _box(record.box)
    if box is not None:
        return box
    boxes = [lines[n - 1].box for n in record_lines(record, lines) if lines[n - 1].box]
    if not boxes:
        return None
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]


def page_view(document: Document, page: Page, records: list[Record], focus: Record | None) -> PageView:
    lines = text_lines(page)
    has_image = document.kind in ("pdf", "image") and bool(document.source_path)
    space = box_space(document.source_path, document.kind, page.number, page.width, page.height, page.dpi) \
        if has_image else None
    boxes = []
    if space is not None:
        for record in records:
            if record.page != page.number:
                continue
            box = record_box(record, lines)
            if box is None:
                continue
            boxes.append({"x": box[0], "y": box[1], "w": box[2] - box[0], "h": box[3] - box[1],
                          "record_id": record.id, "focus": focus is not None and record.id == focus.id,
                          "status": record.status})
        boxes.sort(key=lambda b: b["focus"])  # the focused box is drawn last, on top
    focus_lines = set(record_lines(focus, lines)) if focus is not None and focus.page == page.number else set()
    return PageView(page=page, lines=lines, has_image=has_image, space=space, boxes=boxes, focus_lines=focus_lines)
