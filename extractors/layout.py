"""Reading order of a page as a person reads a Decree 30 document.

Input: words with boxes (from Tesseract or from a PDF text layer) and the ruled
tables found on the page image. Output: `Line`s in reading order, each with its
region:

    header_left   issuing body, "Số: …", "V/v …"          (read first, top to bottom)
    header_right  motto, "Độc lập - Tự do - Hạnh phúc", place and date
    body          title and paragraphs, with table rows where they stand
    table         one Line per table row: its cells in order, joined by a tab
    recipients    the "Nơi nhận:" list
    signature     the signature block (and the signature appearance text)
    page_number   a lone number at the top or bottom of the page

Words are first joined into segments: runs on one visual line with no column
gap between them. Segments on the same visual line form a row.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from typing import Optional

import numpy as np

from vanban.model import Box, Line, Word

HEADER_GAP = 1.8                # header rows follow each other closer than this many line heights
REGION_ORDER = ("header_left", "header_right", "body", "recipients", "signature", "signature_stamp")


@dataclass
class Table:
    box: Box
    rows: list[list[Box]]           # cell boxes, row by row, left to right


@dataclass
class Segment:
    words: list[Word]

    @property
    def box(self) -> Box:
        xs0, ys0, xs1, ys1 = zip(*(w.box for w in self.words))
        return (min(xs0), min(ys0), max(xs1), max(ys1))

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def center_x(self) -> float:
        b = self.box
        return (b[0] + b[2]) / 2

    @property
    def center_y(self) -> float:
        b = self.box
        return (b[1] + b[3]) / 2

    @property
    def height(self) -> int:
        b = self.box
        return b[3] - b[1]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def _median_height(words: list[Word]) -> float:
    heights = [w.box[3] - w.box[1] for w in words if w.box]
    return statistics.median(heights) if heights else 20.0


# --------------------------------------------------------------------------- words -> segments
def split_gaps(words: list[Word], gap: float) -> list[list[Word]]:
    """Split one visual line's words (any order) wherever the gap between words exceeds `gap`."""
    words = sorted(words, key=lambda w: w.box[0])
    runs: list[list[Word]] = []
    for word in words:
        if runs and word.box[0] - runs[-1][-1].box[2] <= gap:
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def visual_lines(words: list[Word]) -> list[list[Word]]:
    """Group words into visual lines by vertical overlap (for text-layer words)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: ((w.box[1] + w.box[3]) / 2, w.box[0])):
        cy = (word.box[1] + word.box[3]) / 2
        h = word.box[3] - word.box[1]
        for line in reversed(lines[-3:]):
            ly0 = min(w.box[1] for w in line)
            ly1 = max(w.box[3] for w in line)
            if ly0 <= cy <= ly1 and abs((ly0 + ly1) / 2 - cy) < 0.6 * max(h, ly1 - ly0):
                line.append(word)
                break
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w.box[0])
    return lines


def segments(word_lines: list[list[Word]]) -> list[Segment]:
    """Segments from word lines (Tesseract's lines or visual lines), split at column gaps."""
    all_words = [w for line in word_lines for w in line]
    gap = 2.5 * _median_height(all_words)
    out = []
    for line in word_lines:
        for run in split_gaps(line, gap):
            out.append(Segment(run))
    return out


def rows(segs: list[Segment]) -> list[list[Segment]]:
    """Segments on the same visual line, top to bottom; each row left to right."""
    out: list[list[Segment]] = []
    for seg in sorted(segs, key=lambda s: (s.center_y, s.box[0])):
        placed = False
        for row in reversed(out[-4:]):
            y0 = min(s.box[1] for s in row)
            y1 = max(s.box[3] for s in row)
            if y0 <= seg.center_y <= y1 and seg.box[1] < y1 and seg.box[3] > y0:
                overlap = min(y1, seg.box[3]) - max(y0, seg.box[1])
                if overlap >= 0.5 * min(seg.height, y1 - y0):
                    row.append(seg)
                    placed = True
                    break
        if not placed:
            out.append([seg])
    for row in out:
        row.sort(key=lambda s: s.box[0])
    out.sort(key=lambda r: min(s.box[1] for s in r))
    return out


# --------------------------------------------------------------------------- lines
def _line(words: list[Word], region: str) -> Line:
    text = unicodedata.normalize("NFC", " ".join(w.text for w in words))
    xs0, ys0, xs1, ys1 = zip(*(w.box for w in words))
    conf = sum(w.conf for w in words) / len(words) if words else 1.0
    return Line(text=text, ocr_text=text, words=list(words),
                box=(min(xs0), min(ys0), max(xs1), max(ys1)), region=region, conf=round(conf, 4))


def _inside(box: Box, outer: Box, slack: int = 4) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] - slack <= cx <= outer[2] + slack and outer[1] - slack <= cy <= outer[3] + slack


def table_lines(table: Table, words: list[Word]) -> list[Line]:
    """One Line per table row: its cells' text in order, joined by a tab; cell boxes kept."""
    lines = []
    for row in table.rows:
        cells: list[tuple[str, Optional[Box]]] = []
        row_words: list[Word] = []
        for cell in row:
            inside = [w for w in words if _inside(w.box, cell, slack=0)]
            cell_text = " ".join(" ".join(w.text for w in seg.words)
                                 for r in rows(_cell_segments(inside)) for seg in r)
            cells.append((unicodedata.normalize("NFC", cell_text), cell))
            row_words.extend(inside)
        if not any(text for text, _ in cells):
            continue
        text = "\t".join(text for text, _ in cells)
        conf = sum(w.conf for w in row_words) / len(row_words) if row_words else 1.0
        x0 = min(c[0] for c in row); y0 = min(c[1] for c in row)
        x1 = max(c[2] for c in row); y1 = max(c[3] for c in row)
        lines.append(Line(text=text, ocr_text=text, words=row_words, box=(x0, y0, x1, y1), region="table",
                          conf=round(conf, 4), cells=cells))
    return lines


def _cell_segments(words: list[Word]) -> list[Segment]:
    return [Segment(line) for line in visual_lines(words)] if words else []


PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang\s*)?\d{1,3}[-–—\s]*$", re.IGNORECASE)
RECIPIENTS = re.compile(r"^\s*n[oơ][il]\s*nh[aâậ]n\b", re.IGNORECASE)


def _is_recipients_start(text: str) -> bool:
    folded = _fold(text).replace(" ", "")
    return folded.startswith("noinhan") or folded.startswith("n0inhan")


def arrange(word_lines: list[list[Word]], width: int, height: int,
            tables: list[Table] | None = None, stamps: list[Box] | None = None) -> list[Line]:
    """Lines in reading order with their regions (see the module's doc).

    `stamps`: boxes of a digital signature's visible appearance; their words
    come last, region "signature_stamp".
    """
    tables = tables or []
    stamp_lines: list[Line] = []
    if stamps:
        stamped = [[w for w in line if w.box and any(_inside(w.box, s) for s in stamps)] for line in word_lines]
        stamp_words = [w for line in stamped for w in line]
        if stamp_words:
            ids = {id(w) for w in stamp_words}
            word_lines = [[w for w in line if id(w) not in ids] for line in word_lines]
            stamp_lines = [_line(seg.words, "signature_stamp")
                           for row in rows(segments(visual_lines(stamp_words))) for seg in row]
    all_words = [w for line in word_lines for w in line if w.box]
    in_table = {id(w) for t in tables for w in all_words if _inside(w.box, t.box)}
    free_lines = [[w for w in line if id(w) not in in_table and w.box] for line in word_lines]
    free_lines = [line for line in free_lines if line]
    page_rows = rows(segments(free_lines))

    # page numbers: a lone short number in the top or bottom margin band
    numbers: list[Line] = []
    kept_rows = []
    for row in page_rows:
        if len(row) == 1 and PAGE_NUMBER.match(row[0].text):
            b = row[0].box
            if b[3] < 0.1 * height or b[1] > 0.9 * height:
                numbers.append(_line(row[0].words, "page_number"))
                continue
        kept_rows.append(row)
    page_rows = kept_rows

    # header: the leading rows whose segments sit in the left or right column, in the top of the page
    left_limit, right_limit = 0.42 * width, 0.56 * width
    header_left: list[Segment] = []
    header_right: list[Segment] = []
    start = 0
    line_height = statistics.median([s.height for row in page_rows for s in row]) if page_rows else 0
    previous_bottom = None
    for i, row in enumerate(page_rows):
        top = min(s.box[1] for s in row)
        if top > 0.4 * height:
            break
        if previous_bottom is not None and top - previous_bottom > HEADER_GAP * line_height:
            break               # a blank line ends the header ("Kính gửi:", the title)
        if any(_fold(seg.text).replace(" ", "").startswith(("kinhgui", "kinhgoi")) for seg in row):
            break
        previous_bottom = max(s.box[3] for s in row)
        sides = []
        for seg in row:
            wide = (seg.box[2] - seg.box[0]) > 0.6 * width
            if wide:
                sides = None
                break
            if seg.center_x < left_limit:
                sides.append("L")
            elif seg.center_x > right_limit:
                sides.append("R")
            else:
                sides = None
                break
        if sides is None:
            break
        for seg, side in zip(row, sides):
            (header_left if side == "L" else header_right).append(seg)
        start = i + 1
    if not (header_left and header_right):
        header_left, header_right, start = [], [], 0
    body_rows = page_rows[start:]

    # closing: from the "Nơi nhận" row on, left column = recipients, right column = signature
    recipients: list[Segment] = []
    signature: list[Segment] = []
    end = len(body_rows)
    for i, row in enumerate(body_rows):
        if any(_is_recipients_start(seg.text) and seg.center_x < 0.5 * width for seg in row):
            end = i
            break
    if end < len(body_rows):
        # the signature block may start a line or two above "Nơi nhận" (e.g. "TM. ỦY BAN NHÂN DÂN")
        while end > 0 and all(seg.box[0] > 0.45 * width for seg in body_rows[end - 1]) \
                and _close(body_rows[end - 1], body_rows[end]):
            end -= 1
        for row in body_rows[end:]:
            for seg in row:
                (recipients if seg.center_x < 0.5 * width else signature).append(seg)
    else:
        # no recipients list: trailing rows wholly in the right column are the signature block
        while end > 0 and all(seg.box[0] > 0.45 * width for seg in body_rows[end - 1]):
            end -= 1
        if end == 0:
            end = len(body_rows)
        for row in body_rows[end:]:
            signature.extend(row)
    body_rows = body_rows[:end]

    out: list[Line] = []
    out.extend(_line(s.words, "header_left") for s in header_left)
    out.extend(_line(s.words, "header_right") for s in header_right)
    body: list[tuple[float, list[Line]]] = []
    for row in body_rows:
        words = [w for seg in row for w in seg.words]
        body.append((min(s.box[1] for s in row), [_line(words, "body")]))
    for table in tables:
        table_words = [w for w in all_words if _inside(w.box, table.box)]
        body.append((table.box[1], table_lines(table, table_words)))
    for _, lines in sorted(body, key=lambda item: item[0]):
        out.extend(lines)
    out.extend(_line(s.words, "recipients") for s in sorted(recipients, key=lambda s: (s.box[1], s.box[0])))
    out.extend(_line(s.words, "signature") for s in sorted(signature, key=lambda s: (s.box[1], s.box[0])))
    out.extend(stamp_lines)
    # page numbers keep their place: a top number first, a bottom number last
    top = [line for line in numbers if line.box[1] < 0.5 * height]
    bottom = [line for line in numbers if line.box[1] >= 0.5 * height]
    return top + out + bottom


def _close(upper: list[Segment], lower: list[Segment]) -> bool:
    gap = min(s.box[1] for s in lower) - max(s.box[3] for s in upper)
    h = max(s.height for s in upper + lower)
    return gap < 2.5 * h


# --------------------------------------------------------------------------- ruled tables (OpenCV)
def find_tables(gray: np.ndarray, dpi: int = 300) -> list[Table]:
    """Ruled tables: long horizontal and vertical rules, their crossings give the cells."""
    import cv2
    h, w = gray.shape[:2]
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    unit = max(10, int(dpi / 10))                       # ~2.5 mm
    horizontal = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (unit * 4, 1)))
    vertical = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, unit * 2)))
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    vertical = cv2.dilate(vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    grid = cv2.bitwise_or(horizontal, vertical)
    contours, _ = cv2.findContours(grid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    tables = []
    for contour in contours:
        x, y, cw, ch = cv2.boundingRect(contour)
        if cw < 0.3 * w or ch < unit * 2:
            continue
        table = _cells(horizontal[y:y + ch, x:x + cw], vertical[y:y + ch, x:x + cw], x, y, unit)
        if table is not None:
            tables.append(table)
    tables.sort(key=lambda t: t.box[1])
    return tables


def _positions(profile: np.ndarray, threshold: float) -> list[int]:
    """Centres of runs where profile >= threshold."""
    out, run = [], []
    for i, value in enumerate(profile):
        if value >= threshold:
            run.append(i)
        elif run:
            out.append((run[0] + run[-1]) // 2)
            run = []
    if run:
        out.append((run[0] + run[-1]) // 2)
    return out


def _cells(horizontal: np.ndarray, vertical: np.ndarray, ox: int, oy: int, unit: int) -> Optional[Table]:
    ch, cw = horizontal.shape
    ys = _positions((horizontal > 0).sum(axis=1), 0.5 * cw)
    xs = _positions((vertical > 0).sum(axis=0), 0.5 * ch)
    if len(ys) < 2 or len(xs) < 2:
        return None
    rows_out: list[list[Box]] = []
    for top, bottom in zip(ys, ys[1:]):
        if bottom - top < unit:
            continue
        mid = (top + bottom) // 2
        # a vertical rule counts for this row if it crosses the row's middle
        cuts = [x for x in xs if vertical[max(0, mid - 2):mid + 3, max(0, x - 3):x + 4].any()]
        if len(cuts) < 2:
            cuts = [xs[0], xs[-1]]
        row = [(ox + a, oy + top, ox + b, oy + bottom) for a, b in zip(cuts, cuts[1:]) if b - a >= unit]
        if row:
            rows_out.append(row)
    if not rows_out:
        return None
    return Table(box=(ox + xs[0], oy + ys[0], ox + xs[-1], oy + ys[-1]), rows=rows_out)


def erase_rules(gray: np.ndarray, tables: list[Table], dpi: int = 300) -> np.ndarray:
    """The page with table rules painted white (Tesseract reads rules as '|' and '_')."""
    import cv2
    if not tables:
        return gray
    out = gray.copy()
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    unit = max(10, int(dpi / 10))
    horizontal = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (unit * 4, 1)))
    vertical = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, unit * 2)))
    rules = cv2.dilate(cv2.bitwise_or(horizontal, vertical), cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    mask = np.zeros_like(rules)
    for t in tables:
        x0, y0, x1, y1 = t.box
        mask[max(0, y0 - 6):y1 + 6, max(0, x0 - 6):x1 + 6] = 255
    from extractors.preprocess import background
    paper = background(gray)
    erase = (rules > 0) & (mask > 0)
    out[erase] = paper[erase]
    return out
