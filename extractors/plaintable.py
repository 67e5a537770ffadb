"""Tables whose cell breaks were lost: an old OCR (or a text layer) gives a ruled table's row as
one run of words ('1 Phòng Kinh tế 412 318 (77,18%) 9'). Where the header is one line whose cells
each start with a capital ('STT Đơn vị Số hồ sơ tiếp nhận Trực tuyến (tỷ lệ %) Quá hạn') and the
rows below end with as many values as the header has value columns, the cell breaks are put back
as tabs, so the rows read as the table they are (extractors/sections.py, scores.py, metrics.py
read tab-separated rows). A header without an STT column ('Nhóm chỉ tiêu Điểm tối đa Ngày 12/6
Ngày 19/6') needs four such cells and must not read as a sentence (short, no closing '.', ':' or ';').
Anything less certain is left as it is.

    retab(["STT Lĩnh vực Tiếp nhận Quá hạn", "1 Hộ tịch 312 0"]) -> ["STT\\tLĩnh vực\\tTiếp nhận\\tQuá hạn",
                                                                    "1\\tHộ tịch\\t312\\t0"]
"""
from __future__ import annotations

import re
from typing import Optional

HEAD = re.compile(r"^(STT|TT|Stt)\s+(?=\S)")
# a value cell: a number (signed, decimal, percent), a count with its rate '318 (77,18%)', 'Tối đa', a dash
VALUE = r"(?:[+\-–]?\d[\d.,]*\s?%?(?:\s?\(\s?\d[\d.,]*\s?%?\s?\))?|Tối đa|tối đa|-|–)"
ROW = re.compile(r"^(?P<number>\d{1,3}[.)]?\s+)?(?P<name>(?:-\s+)?[^\W\d][^\t]*?)(?P<values>(?:\s+" + VALUE + r")+)\s*$")
ONE_VALUE = re.compile(r"\s+(" + VALUE + r")(?=\s|$)")
WORD = re.compile(r"(?<!\S)[^\W\d_]{2}")
MAX_ROWS = 60


def _header_cells(text: str) -> Optional[tuple[list[int], bool]]:
    """Offsets where the header's cells start (after STT, if it has one): each cell starts with a
    title-case word; and whether the header has an STT column."""
    if "\t" in text or len(text) > 160:
        return None
    m = HEAD.match(text)
    numbered = bool(m)
    if not numbered:
        # without STT the line must look like a header, not prose: short, no sentence punctuation
        words = text.split()
        if len(words) > 14 or re.search(r"[.:;]\s*$|,\s+\S+\s+(?:và|nhưng)\b", text):
            return None
    begin = m.end() if numbered else 0
    # 'Tiếp', 'Điểm': a capital, then a small letter ('KT', 'HĐND' are names inside a cell)
    starts = [w.start() for w in WORD.finditer(text, begin) if w.group()[0].isupper() and w.group()[1].islower()]
    if not starts or starts[0] != begin or len(starts) < (3 if numbered else 4):
        return None
    return starts, numbered


def _values(row: str) -> Optional[tuple[re.Match, list[int]]]:
    """The row's match and the offsets of the spaces before each of its trailing values."""
    m = ROW.match(row)
    if not m:
        return None
    gaps = [v.start() for v in ONE_VALUE.finditer(row, m.start("values"), m.end("values"))]
    return m, gaps


def _tabbed(text: str, at: list[int]) -> str:
    chars = list(text)
    for i in at:
        chars[i] = "\t"
    return "".join(chars)


def retab(texts: list[str]) -> list[str]:
    """The lines with cell breaks put back where a header without them heads rows without them."""
    out = list(texts)
    i = 0
    while i < len(out):
        header = _header_cells(out[i])
        if not header:
            i += 1
            continue
        starts, numbered = header
        columns = len(starts) - 1                    # value columns (the first cell names the row)
        rows: list[tuple[int, str]] = []
        j = i + 1
        while j < len(out) and j - i <= MAX_ROWS:
            line = out[j]
            if not line.strip():
                j += 1
                continue
            if "\t" in line:
                break
            found = _values(line)
            if found and len(found[1]) == columns:
                m, gaps = found
                at = list(gaps)
                if not numbered:
                    rows.append((j, _tabbed(line, at)))
                elif m.group("number"):
                    at.append(m.end("number") - 1)   # the space after the row's number
                    rows.append((j, _tabbed(line, at)))
                else:
                    rows.append((j, "\t" + _tabbed(line, at)))   # 'Tổng cộng …': no number
            elif rows and re.fullmatch(r"[^\W\d][^\d]{0,40}", line.strip()) and len(line.split()) <= 4:
                rows.append((j, ("\t" if numbered else "") + line.strip()))   # a name cell wrapped onto its own line
            elif rows and re.fullmatch(r"\s*-?\s*\d{1,3}\s*-?\s*", line):
                pass                                              # the page's number between rows
            else:
                break
            j += 1
        if sum(1 for _, r in rows if r.count("\t") >= columns) >= 2:
            out[i] = _tabbed(out[i], [s - 1 for s in starts if s > 0])
            for k, row in rows:
                out[k] = row
        i = j if rows else i + 1
    return out
