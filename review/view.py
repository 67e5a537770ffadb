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
    alternatives: str = ""      # "word (0,62) · word (0,21)"
    confidence: float = 1.0


@dataclass
class TextLine:
    number: int
    ocr: str
    segments: list[Segment]
    changed: bool
    conf: float
    box: Optional[list[float]] = None


@dataclass
class PageView:
    page: Page
    lines: list[TextLine]
    has_image: bool
    space: Optional[tuple[float, float]] = None     # coordinate space of the boxes (SVG viewBox)
    boxes: list[dict[str, Any]] = field(default_factory=list)   # record boxes: x, y, w, h, record_id, focus


def _alternatives(token: dict) -> str:
    out = []
    for alt in token.get("alternatives") or []:
        if isinstance(alt, (list, tuple)) and alt:
            word = str(alt[0])
            score = alt[1] if len(alt) > 1 else None
        else:
            word, score = str(alt), None
        if word == token.get("chosen"):
            continue
        out.append(f"{word} ({score:.2f})".replace(".", ",") if isinstance(score, (int, float)) else word)
    return " · ".join(out[:5])


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
                           alternatives=_alternatives(token), confidence=float(token.get("confidence", 1.0))))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
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
        out.append(TextLine(number=number, ocr=ocr, segments=segs,
                            changed=any(s.changed for s in segs) or ocr != (line.get("text") or ""),
                            conf=min(float(line.get("conf", 1.0) or 1.0),
                                     float(line.get("restoration_conf", 1.0) or 1.0)),
                            box=_box(line.get("box"))))
    return out


def record_box(record: Record, lines: list[TextLine]) -> Optional[list[float]]:
    box = _box(record.box)
    if box is None and record.line and 1 <= record.line <= len(lines):
        box = lines[record.line - 1].box
    return box


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
    return PageView(page=page, lines=lines, has_image=has_image, space=space, boxes=boxes)
