"""Tables laid on their side: the things measured are the columns, named only by numerals a note below the table
spells out, and each row is one reading of them all.

    Nội dung              | I    | II  | III   | … | VIII  | Cộng
    Điểm tối đa           | 9    | 6   | 11    | … | 12    | 74
    Tự đánh giá năm 2026  | 8,75 | 5,5 | 10,25 | … | 10,75 | 68,25
    Ghi chú: I - Công tác chỉ đạo, điều hành cải cách hành chính; II - Xây dựng và tổ chức thực hiện …; …

`upright(blocks)` reads it as the table it stands for, a row a numeral named by the note ('I | Công tác chỉ đạo, …
| 9 | 8,75'), the rows' names its header, so the readers of ordinary tables read it. Each new row keeps the page and
line of the table's first reading. Plain functions on blocks (extractors/sections.Block).
"""
from __future__ import annotations

import re
from typing import Optional

from extractors.sections import Block

NUMERAL = re.compile(r"\s*([IVX]{1,4})\s*")
TOTAL_COLUMN = re.compile(r"\s*(?:Cộng|Tổng(?:\s+cộng|\s+số|\s+điểm)?)\s*", flags=re.I)
FIGURE = re.compile(r"\s*-?\d+(?:[.,]\d+)*\s*%?\s*|\s*[-–]?\s*")
LEGEND_ITEM = re.compile(r"(?:^|;)\s*([IVX]{1,4})\s*[-–:.]\s*")
MIN_COLUMNS = 3


def _legend(text: str) -> dict[str, str]:
    """'Ghi chú: I - Công tác chỉ đạo …; II - …' -> {'I': 'Công tác chỉ đạo …', …}; {} when it is no such note."""
    said = re.match(r"\s*(?:\*\s*)?ghi\s+chú\s*:\s*", text, flags=re.I)
    if not said:
        return {}
    body = " ".join(text[said.end():].split())
    marks = list(LEGEND_ITEM.finditer(body))
    names = {}
    for i, m in enumerate(marks):
        name = body[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(body)]
        names[m.group(1)] = re.sub(r"\s*\([^()]*\)\s*$", "", name.strip(" ;.")).strip(" ;.")    # ('(phần tự đánh giá)')
    return names


def _numerals(header: str) -> Optional[list[str]]:
    """The header's columns after its first when they are numerals (a total column may close them), else None."""
    cells = header.split("\t")[1:]
    while cells and not cells[-1].strip():
        cells.pop()
    numerals = [m.group(1) for c in cells for m in [NUMERAL.fullmatch(c)] if m]
    if len(numerals) < MIN_COLUMNS or len(numerals) < len(cells) - 1:
        return None
    if len(numerals) == len(cells) - 1 and not TOTAL_COLUMN.fullmatch(cells[-1]):
        return None
    return [c.strip() for c in cells]


def _readings(block: Block, width: int) -> bool:
    """A row of the table: a name, then figures only."""
    cells = block.text.split("\t")
    return "\n" not in block.text and bool(cells[0].strip()) and len(cells) - 1 <= width \
        and all(FIGURE.fullmatch(c) for c in cells[1:]) and any(re.search(r"\d", c) for c in cells[1:])


def upright(blocks: list[Block]) -> list[Block]:
    """The blocks with each table laid on its side read upright (see the module's docstring)."""
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        columns = _numerals(block.text) if block.kind == "table" and "\n" not in block.text else None
        rows = []
        while columns and at + 1 + len(rows) < len(blocks) and blocks[at + 1 + len(rows)].kind == "table" \
                and _readings(blocks[at + 1 + len(rows)], len(columns)):
            rows.append(blocks[at + 1 + len(rows)])
        after = at + 1 + len(rows)
        names = _legend(blocks[after].text) if rows and after < len(blocks) else {}
        if not rows or not all(c in names or TOTAL_COLUMN.fullmatch(c) for c in columns):
            out.append(block)
            at += 1
            continue
        _, _, page, number, line = rows[0].spans[0]
        head = block.text.split("\t")[0].strip() or "Nội dung"
        texts = [f"TT\t{head}\t" + "\t".join(r.text.split("\t")[0].strip() for r in rows)]
        for j, column in enumerate(columns, 1):
            cells = [(r.text.split("\t") + [""] * len(columns))[j].strip() for r in rows]
            mark = "" if TOTAL_COLUMN.fullmatch(column) else column
            texts.append(f"{mark}\t{names.get(column, column)}\t" + "\t".join(cells))
        for text in texts:
            out.append(Block("table", text, [(0, len(text), page, number, line)]))
        at = after
    return out
