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

On scans, the header and closing columns are divided at the gutter found on the
image (column_blocks: a blank vertical strip shared by consecutive lines), not at
fixed shares of the width; and before Tesseract's single page pass the page is
recomposed (compose: table rows closed up, right columns and a lone page number
moved below the page) and every word put back in place afterwards (put_back).
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

import numpy as np

from extractors import pixels
from vanban.model import Box, Line, Word

HEADER_GAP = 1.8                # header rows follow each other closer than this many line heights
CENTRED_MAX = 0.58              # a right header column is centred right of this share of the width
REGION_ORDER = ("header_left", "header_right", "body", "recipients", "signature", "signature_stamp")


@dataclass
class Table:
    box: Box
    rows: list[list[Box]]           # cell boxes, row by row, left to right


@dataclass
class Segment:
    words: list[Word]               # not changed once the segment is made (its box is kept)

    @cached_property
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
PREFIX = 24                     # characters enough to see a line's opening words ('Nơi nhận', 'Kính gửi')
RECIPIENTS = re.compile(r"^\s*n[oơ][il]\s*nh[aâậ]n\b", re.IGNORECASE)


def _is_recipients_start(text: str) -> bool:
    folded = _fold(text[:PREFIX]).replace(" ", "")
    return folded.startswith("noinhan") or folded.startswith("n0inhan")


def arrange(word_lines: list[list[Word]], width: int, height: int,
            tables: list[Table] | None = None, stamps: list[Box] | None = None,
            blocks: list["ColumnBlock"] | None = None) -> list[Line]:
    """Lines in reading order with their regions (see the module's doc).

    `stamps`: boxes of a digital signature's visible appearance; their words
    come last, region "signature_stamp".
    `blocks`: two-column blocks found on the page image (column_blocks): where one holds the
    header or the closing block, its gutter divides left from right; elsewhere (text layers)
    fixed shares of the page's width do.
    """
    tables = tables or []
    blocks = blocks or []

    def gutter_at(y0: float, y1: float) -> Optional[float]:
        for block in blocks:
            if block.top - 8 <= y1 and y0 <= block.bottom + 8:
                return (block.gutter[0] + block.gutter[1]) / 2
        return None
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
    if page_rows:
        first = page_rows[0]
        split = gutter_at(min(s.box[1] for s in first), max(s.box[3] for s in first))
        if split is not None and min(s.box[1] for s in first) < 0.4 * height:
            left_limit = right_limit = split
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
        if any(_fold(seg.text[:PREFIX]).replace(" ", "").startswith(("kinhgui", "kinhgoi")) for seg in row):
            break
        previous_bottom = max(s.box[3] for s in row)
        sides = []
        for seg in row:
            wide = (seg.box[2] - seg.box[0]) > 0.6 * width
            if wide:
                sides = None
                break
            if left_limit == right_limit:
                # the gutter found on the image divides the columns: a left line may reach a little
                # into it ("V/v …" wrapped under the issuer); a line across it, or centred on the
                # page (a title), ends the header
                seg_w = max(1, seg.box[2] - seg.box[0])
                share = max(0, min(seg.box[2], left_limit) - seg.box[0]) / seg_w
                if share >= 0.75:
                    sides.append("L")
                elif share <= 0.25 and seg.center_x > CENTRED_MAX * width:
                    sides.append("R")
                else:
                    sides = None
                    break
                continue
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
    closing_split = 0.5 * width
    if end < len(body_rows):
        row = body_rows[end]
        found = gutter_at(min(s.box[1] for s in row), max(s.box[3] for s in row))
        if found is not None:
            closing_split = found
    if end < len(body_rows):
        # the signature block may start a line or two above "Nơi nhận" (e.g. "TM. ỦY BAN NHÂN DÂN")
        while end > 0 and all(seg.box[0] > 0.45 * width for seg in body_rows[end - 1]) \
                and _close(body_rows[end - 1], body_rows[end]):
            end -= 1
        for row in body_rows[end:]:
            for seg in row:
                (recipients if seg.center_x < closing_split else signature).append(seg)
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
    """Ruled tables: long horizontal and vertical rules, their crossings give the cells.

    Pages of 200 dpi and more are searched at half size (a 2x2 minimum keeps thin rules dark)."""
    import cv2
    if dpi < 200:
        return _find_tables(gray, dpi)
    small = cv2.erode(gray, np.ones((2, 2), np.uint8))[::2, ::2]

    def up(box):
        return tuple(int(v * 2) for v in box)
    return [Table(box=up(t.box), rows=[[up(c) for c in row] for row in t.rows])
            for t in _find_tables(np.ascontiguousarray(small), dpi // 2)]


def _find_tables(gray: np.ndarray, dpi: int) -> list[Table]:
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
        if cw < 0.15 * w or ch < unit * 2:
            continue
        table = _cells(horizontal[y:y + ch, x:x + cw], vertical[y:y + ch, x:x + cw], x, y, unit)
        # a narrow table (a third of the page or less: 'Nhóm chỉ tiêu | Điểm | Tối đa') is one when it has rows
        # and columns, not a box drawn around a word
        if table is not None and (cw >= 0.3 * w or (len(table.rows) >= 2 and max(len(r) for r in table.rows) >= 2)):
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
    unit = max(10, int(dpi / 10))
    from extractors.preprocess import background
    h, w = gray.shape[:2]
    for t in tables:                      # only around each table (the rest of the page is untouched)
        pad = 6 + unit
        x0, y0 = max(0, t.box[0] - pad), max(0, t.box[1] - pad)
        x1, y1 = min(w, t.box[2] + pad), min(h, t.box[3] + pad)
        crop = gray[y0:y1, x0:x1]
        binary = cv2.adaptiveThreshold(crop, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
        horizontal = cv2.morphologyEx(binary, cv2.MORPH_OPEN,
                                      cv2.getStructuringElement(cv2.MORPH_RECT, (unit * 4, 1)))
        vertical = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, unit * 2)))
        rules = cv2.dilate(cv2.bitwise_or(horizontal, vertical), cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        mask = np.zeros_like(rules)
        mask[max(0, t.box[1] - 6 - y0):t.box[3] + 6 - y0, max(0, t.box[0] - 6 - x0):t.box[2] + 6 - x0] = 255
        paper = background(crop)
        erase = (rules > 0) & (mask > 0)
        region = out[y0:y1, x0:x1]
        region[erase] = paper[erase]
    return out


# --------------------------------------------------------------------------- the image Tesseract reads
# Tesseract reads a line with wide blank gaps badly: a lone "17,5" between two ruled cell walls
# comes out as "1=)", the right header column bleeds into the left one. Before the single page
# pass the page is recomposed so that every line reads as ordinary text, and each piece moved is
# remembered, so that the words come back to their places on the page:
#   - table rows: each cell's ink is slid left next to the previous cell's, a short gap between
#     (the row keeps its height and place); a word found in a slid piece goes back to its cell;
#   - two-column blocks (the Decree 30 header, "Nơi nhận" beside the signature block): the right
#     column is cut out and pasted below the page, in a strip added for it.
CELL_GAP_INCH = 0.075           # gap left between two cells' ink (1.5-2 spaces of 12-13 pt print)
GUTTER_MIN = 0.04               # a column gutter is at least this share of the page's width
STRIP_GAP_INCH = 0.25           # blank space above each piece pasted below the page
BLOCK_GAP_INCH = 1.6            # a blank this tall ends a two-column block


@dataclass
class Move:
    src: Box                     # where the piece is on the page
    dst: Box                     # where it is in the composed image
    drop: bool = False           # a carrier: words read there are not on the page


@dataclass
class Composed:
    image: np.ndarray
    moves: list[Move]
    blocks: list["ColumnBlock"]


@dataclass
class ColumnBlock:
    """Text lines sharing a blank vertical gutter: left column | right column, from top to bottom."""
    top: int
    bottom: int
    gutter: tuple[int, int]      # x0, x1 of the blank between the columns


def _paper(gray: np.ndarray) -> int:
    return int(pixels.percentile(gray[::7, ::7], 90))


def _ink_small(gray: np.ndarray, factor: int) -> tuple[np.ndarray, int]:
    """Ink (bool) on a 1/factor copy: darker than the paper by a clear margin."""
    import cv2
    small = cv2.resize(gray, (max(1, gray.shape[1] // factor), max(1, gray.shape[0] // factor)),
                       interpolation=cv2.INTER_AREA)
    paper = _paper(small)
    return small < paper * 0.72, paper


def _bands(ink: np.ndarray, min_rows: int = 2) -> list[tuple[int, int]]:
    """Runs of rows holding ink: the text lines, top to bottom."""
    rows = ink.sum(axis=1) > 0
    out, start = [], None
    for y, on in enumerate(list(rows) + [False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            if y - start >= min_rows:
                out.append((start, y))
            start = None
    return out


def _free(columns: np.ndarray, lo: int, hi: int) -> list[tuple[int, int]]:
    """Blank runs (x0, x1) of a band's column profile inside [lo, hi)."""
    out, start = [], None
    for x in range(lo, hi + 1):
        blank = x < hi and not columns[x]
        if blank and start is None:
            start = x
        elif not blank and start is not None:
            out.append((start, x))
            start = None
    return out


def column_blocks(gray: np.ndarray, dpi: int, tables: list[Table] | None = None) -> list[ColumnBlock]:
    """Blocks of lines that stand in two columns, found on the image (1/4 size): consecutive text
    lines with ink on both sides of a common blank gutter, none crossing it. Table areas are skipped."""
    factor = 4
    ink, _ = _ink_small(gray, factor)
    for t in tables or []:
        x0, y0, x1, y1 = (v // factor for v in t.box)
        ink[max(0, y0 - 2):y1 + 3, max(0, x0 - 2):x1 + 3] = False
    h, w = ink.shape
    bands = [b for b in _bands(ink) if b[1] - b[0] <= dpi // factor]      # taller than an inch: a picture
    min_gutter = max(3, int(GUTTER_MIN * w))
    lo, hi = int(0.2 * w), int(0.8 * w)
    blocks: list[ColumnBlock] = []
    i = 0
    while i < len(bands):
        y0, y1 = bands[i]
        cols = ink[y0:y1].any(axis=0)
        xs = np.nonzero(cols)[0]
        gaps = [g for g in _free(cols, lo, hi) if g[1] - g[0] >= min_gutter
                and xs.size and xs[0] < g[0] and xs[-1] >= g[1]]
        if not gaps:
            i += 1
            continue
        gutter = max(gaps, key=lambda g: g[1] - g[0])
        j, both = i + 1, 1
        bottom = y1
        while j < len(bands):
            b0, b1 = bands[j]
            if (b0 - bottom) * factor > BLOCK_GAP_INCH * dpi:
                break                   # a wide blank ends the block (the signature's space is narrower)
            c = ink[b0:b1].any(axis=0)
            if c[gutter[0]:gutter[1]].any():
                # the line reaches into the gutter: the block goes on only if enough blank remains
                inside = [g for g in _free(c, gutter[0], gutter[1]) if g[1] - g[0] >= min_gutter]
                if not inside:
                    break
                gutter = max(inside, key=lambda g: g[1] - g[0])
            xs = np.nonzero(c)[0]
            if xs.size and xs[0] < gutter[0] and xs[-1] >= gutter[1]:
                both += 1
            bottom = b1
            j += 1
        if both >= 2:
            blocks.append(ColumnBlock(top=y0 * factor, bottom=bottom * factor,
                                      gutter=(gutter[0] * factor, gutter[1] * factor)))
            i = j
        else:
            i += 1
    return blocks


MARGIN_BAND = 0.07               # top / bottom share of the page where a lone page number stands


def margin_marks(gray: np.ndarray, dpi: int) -> list[Box]:
    """A lone small mark (a page number) in the top or bottom margin band, centre of the page.

    Tesseract drops such a lone short mark from a page pass; compose() pastes it below the page
    in front of a carrier (a copy of a word of the page, whose reading is thrown away)."""
    import cv2
    h, w = gray.shape[:2]
    paper = _paper(gray)
    out = []
    for y0, y1 in ((0, int(MARGIN_BAND * h)), (int((1 - MARGIN_BAND) * h), h)):
        band = gray[y0:y1]
        ink = (band < paper * 0.6).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        boxes = [stats[i] for i in range(1, count) if stats[i][3] >= dpi * 0.03]     # not specks
        marks = [b for b in boxes if dpi * 0.04 <= b[3] <= dpi * 0.25 and b[2] <= dpi * 0.6]
        if not marks or len(marks) > 8 or len(marks) < len(boxes) - 2:
            continue
        bx0 = min(b[0] for b in marks); by0 = min(b[1] for b in marks)
        bx1 = max(b[0] + b[2] for b in marks); by1 = max(b[1] + b[3] for b in marks)
        if bx0 < 0.3 * w or bx1 > 0.7 * w or bx1 - bx0 > dpi * 0.8:
            continue
        out.append((int(bx0), int(y0 + by0), int(bx1), int(y0 + by1)))
    return out


def _carrier(gray: np.ndarray, dpi: int, paper: int, avoid: list[Box]) -> Optional[Box]:
    """About an inch of an ordinary text line of the page (the first body-sized one from the top)."""
    h, w = gray.shape[:2]
    ink = (gray < paper * 0.6)
    rows = ink[:, int(0.15 * w):int(0.85 * w)].sum(axis=1)
    y = int(MARGIN_BAND * h) + 1
    while y < int(0.9 * h):
        if rows[y] > 0.2 * w * 0.1:
            y0 = y
            while y0 > 0 and rows[y0 - 1] > 0:
                y0 -= 1
            y1 = y
            while y1 < h - 1 and rows[y1 + 1] > 0:
                y1 += 1
            cols = ink[y0:y1 + 1].any(axis=0)
            xs = np.nonzero(cols)[0]
            if dpi * 0.13 <= y1 - y0 <= dpi * 0.3 and xs[-1] - xs[0] > 3 * dpi:   # a 12-14 pt text line
                # start at a word past a list dash or a number opening the line: after a space
                x0, run, space = int(xs[0]) + dpi // 2, 0, max(3, dpi // 30)
                while x0 < w - dpi and (run < space or not cols[x0]):
                    run = run + 1 if not cols[x0] else 0
                    x0 += 1
                x1, run = min(w - 1, x0 + dpi), 0
                while x1 > x0 + dpi // 3 and run < space:        # end after a whole word too
                    run = run + 1 if not cols[x1] else 0
                    x1 -= 1
                box = (x0, y0, x1 + 1, y1 + 1)
                if not any(_inside(box, a, slack=0) for a in avoid):
                    return box
            y = y1 + 1
        y += 1
    return None


def compose(gray: np.ndarray, dpi: int, tables: list[Table], blocks: list[ColumnBlock],
            marks: list[Box] | None = None) -> Composed:
    """The page recomposed for the single Tesseract pass (see above)."""
    paper = _paper(gray)
    moves: list[Move] = []
    pieces = []                                   # right columns to paste below the page
    edge = max(2, dpi // 50)                       # the block's edges were found at 1/4 size
    for block in blocks:
        x0 = (block.gutter[0] + block.gutter[1]) // 2
        pieces.append((x0, max(0, block.top - edge), gray.shape[1], min(gray.shape[0], block.bottom + edge)))
    strip_gap = int(STRIP_GAP_INCH * dpi)
    extra = sum(y1 - y0 + strip_gap for _, y0, _, y1 in pieces)
    carrier = _carrier(gray, dpi, paper, [t.box for t in tables]) if marks else None
    if carrier is not None:
        extra += sum(max(m[3] - m[1], carrier[3] - carrier[1]) + strip_gap for m in marks)
    h, w = gray.shape[:2]
    out = np.full((h + extra + (strip_gap if pieces else 0), w), paper, dtype=np.uint8)
    out[:h] = gray
    gap = max(4, int(CELL_GAP_INCH * dpi))
    margin = max(2, dpi // 100)
    for table in tables:
        threshold = paper * 0.6
        for row in table.rows:
            cursor = None
            placed = []
            for cell in row:
                cx0, cy0, cx1, cy1 = cell
                crop = gray[cy0 + margin:cy1 - margin, cx0 + margin:cx1 - margin]
                if crop.size == 0:
                    continue
                xs = np.nonzero((crop < threshold).any(axis=0))[0]
                if xs.size == 0:
                    continue
                a, b = int(xs[0]), int(xs[-1]) + 1
                placed.append((cell, crop[:, a:b], cx0 + margin + a, cy0 + margin))
            if not placed:
                continue
            rx0 = min(c[0] for c in row) + margin
            ry0, ry1 = min(c[1] for c in row) + margin, max(c[3] for c in row) - margin
            out[ry0:ry1, rx0:max(c[2] for c in row) - margin] = paper
            cursor = placed[0][2]
            for cell, piece, sx, sy in placed:
                ph, pw = piece.shape
                out[sy:sy + ph, cursor:cursor + pw] = piece
                moves.append(Move(src=(sx, sy, sx + pw, sy + ph), dst=(cursor, sy, cursor + pw, sy + ph)))
                cursor += pw + gap
    y = h + strip_gap
    for x0, y0, x1, y1 in pieces:
        piece = out[y0:y1, x0:x1].copy()
        out[y0:y1, x0:x1] = paper
        out[y:y + (y1 - y0), x0:x1] = piece
        moves.append(Move(src=(x0, y0, x1, y1), dst=(x0, y, x1, y + (y1 - y0))))
        y += (y1 - y0) + strip_gap
    if carrier is not None:
        c0, c1 = carrier[1], carrier[3]
        for m in marks:
            # the carrier text first, then the mark, as a word read after a word ("ngày. 2")
            mh, mw = m[3] - m[1], m[2] - m[0]
            line = max(mh, c1 - c0)
            cx, cw = int(0.15 * w), carrier[2] - carrier[0]
            out[y + line - (c1 - c0):y + line, cx:cx + cw] = gray[c0:c1, carrier[0]:carrier[2]]
            moves.append(Move(src=carrier, dst=(cx, y + line - (c1 - c0), cx + cw, y + line), drop=True))
            x = cx + cw + 2 * gap
            my = y + (line - mh) - max(1, (c1 - c0) // 8)     # about on the carrier's baseline
            out[my:my + mh, x:x + mw] = gray[m[1]:m[3], m[0]:m[2]]
            moves.append(Move(src=m, dst=(x, my, x + mw, my + mh)))
            y += line + strip_gap
    return Composed(image=out, moves=moves, blocks=blocks)


def put_back(words: list[Word], moves: list[Move], page_height: int = 1 << 30) -> list[Word]:
    """Words read on the composed image, with their boxes where they are on the page."""
    out = []
    for word in words:
        cx, cy = (word.box[0] + word.box[2]) / 2, (word.box[1] + word.box[3]) / 2
        for move in moves:
            d = move.dst
            if d[0] - 2 <= cx <= d[2] + 2 and d[1] - 2 <= cy <= d[3] + 2:
                if move.drop:
                    word = None
                    break
                dx, dy = move.src[0] - d[0], move.src[1] - d[1]
                word = Word(text=word.text, conf=word.conf,
                            box=(word.box[0] + dx, word.box[1] + dy, word.box[2] + dx, word.box[3] + dy))
                break
        else:
            if moves and cy > page_height:
                word = None                    # below the page, in no piece: straddles a carrier
        if word is not None:
            out.append(word)
    return out
