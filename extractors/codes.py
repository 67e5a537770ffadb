"""Criteria named by their code: a scoring table's 'STT' column ('I', '1.2', '7.4') read once, then a
paragraph that says only 'Tiêu chí 1.2: … bị trừ 0,5 điểm' is about that row's criterion.

A PAR Index self-assessment (and the Sở's appraisal of it) lists its lĩnh vực and tiêu chí in a table
and then explains the points lost criterion by criterion, by code. `row_code` reads one table row
(tab-separated cells, as the page gives them), `wrapped_name` the next line of a name that wraps in its
cell, `referenced` the codes a paragraph starts with.
"""
from __future__ import annotations

import re
from typing import Optional

from extractors.gazetteer import fold
from extractors.vietnamese import is_vietnamese_syllable

CODE = r"(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){1,2})"
ROW_CODE = re.compile(r"^\s*(" + CODE + r")\s*\.?\s*$")
# '- Tiêu chí 1.2:', '- Lĩnh vực VI:', '- Tiêu chí 7.2, 7.3 và 7.4:', '+ Tiêu chí thành phần 3.2.1:'
REFERENCE = re.compile(r"^\s*(?:[-–+•]\s*)?(tieu\s*chi(?:\s*thanh\s*phan)?|linh\s*vuc|nhom\s*chi\s*tieu|chi\s*tieu)\s+("
                       + CODE + r"(?:\s*(?:,|va)\s*" + CODE + r")*)\s*(?:\(([^()]{4,90})\)\s*)?[:.–-]", re.I)
LABELS = {"tieu chi": "tiêu chí", "tieu chi thanh phan": "tiêu chí thành phần", "linh vuc": "lĩnh vực",
          "nhom chi tieu": "nhóm chỉ tiêu", "chi tieu": "chỉ tiêu"}


def _sentence_case(name: str) -> str:
    """'CẢI CÁCH TÀI CHÍNH CÔNG' -> 'Cải cách tài chính công'; acronyms ('CCHC', 'QPPL') stay as written."""
    letters = [c for c in name if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return name
    words = [w if not is_vietnamese_syllable(w.lower().strip(",.;:()")) else w.lower() for w in name.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def row_code(row: str) -> Optional[tuple[str, str]]:
    """('1.2', 'Báo cáo CCHC định kỳ') from 'STT | name | …' row '1.2\\tBáo cáo CCHC định kỳ\\t2\\t1,5'."""
    cells = row.split("\t")
    if len(cells) < 3:
        return None
    code = ROW_CODE.match(cells[0])
    name = cells[1].strip()
    if not code or len(name) < 4 or not name[:1].isalpha():
        return None
    return code.group(1), name


# a scoring table's row as OCR without cell breaks gives it: the code, the name, its maximum and its points
# ('1.2 Báo cáo CCHC định kỳ 2 1,5 Báo cáo quý I, II, III và')
PLAIN_ROW = re.compile(r"^\s*(" + CODE + r")\.?\s+([^\W\d][^\d\t]{3,90}?)\s+\d{1,3}(?:,\d{1,2})?\s+(?:\d{1,3}(?:,\d{1,2})?|-)(?=\s|$)")


def plain_row_code(line: str) -> Optional[tuple[str, str]]:
    """row_code for a line without cell breaks: only a row with two numbers after its name."""
    m = PLAIN_ROW.match(line)
    return (m.group(1), m.group(2).strip()) if m else None


def wrapped_name(row: str) -> Optional[str]:
    """'\\tBẢN QPPL' (the name cell's next line, nothing in the code cell): the words it adds."""
    cells = row.split("\t")
    if len(cells) < 2 or cells[0].strip():
        return None
    words = cells[1].strip()
    return words if words[:1].isalpha() else None


def joined(name: str, more: str) -> str:
    return f"{name} {more}".strip()


def referenced(text: str, codes: dict[str, str]) -> Optional[tuple[str, list[str]]]:
    """('tiêu chí', ['Dịch vụ công trực tuyến toàn trình', …]) when `text` starts with codes the table gave,
    or with a code and its name in parentheses."""
    m = REFERENCE.match(fold(text))
    if not m:
        return None
    label = LABELS.get(re.sub(r"\s+", " ", m.group(1).lower()), m.group(1).lower())
    if m.group(3):          # '- Tiêu chí 3.2 (Tỷ lệ hồ sơ giải quyết đúng hạn): trừ 1 điểm': named in passing
        return label, [_sentence_case(text[m.start(3):m.end(3)].strip())]
    listed = re.findall(CODE, text[m.start(2):m.end(2)])
    if not listed or any(code not in codes for code in listed):
        return None
    return label, [_sentence_case(codes[code].rstrip(" ,;")) for code in listed]
