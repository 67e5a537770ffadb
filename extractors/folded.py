"""Tables folded into halves side by side: a long table of months printed as two short ones next to each other,
its header the same columns twice.

    Tháng | Giao dịch | Số tiền (đồng) | Tỷ lệ (%) | Tháng | Giao dịch | Số tiền (đồng) | Tỷ lệ (%)
    01    | 433       | 10.486.000     | 62,21     | 07    | 628       | 16.905.000     | 78,89
    …
    6 tháng | 2.866   | 73.882.000     | 68,89     | 6 tháng | 3.777   | 105.638.000    | 83,40
    đầu năm |         |                |           | cuối năm

`unfold(blocks)` reads it as the one table it is: the header once, the left half's rows, then the right half's, each
row keeping the page and line it came from (both halves of a printed line point to that line). Plain functions on
blocks (extractors/sections.Block).
"""
from __future__ import annotations

import re

from extractors.gazetteer import fold
from extractors.sections import Block

MIN_COLUMNS = 3         # a half of fewer columns is more likely two columns that happen to be named alike


def _cells(line: str) -> list[str]:
    cells = line.split("\t")
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def halves(header: str) -> int:
    """The number of columns of each half when the header row `header` is the same columns twice; 0 otherwise."""
    cells = [fold(c).strip() for c in _cells(header.split("\n")[0])]
    k = len(cells) // 2
    if len(cells) % 2 or k < MIN_COLUMNS or not all(cells[:k]) or cells[:k] != cells[k:]:
        return 0
    return k


def _half(block: Block, start: int, end: int) -> Block:
    """The block's cells `start`…`end` of every line, a line whose cells there are all empty left out."""
    out = Block(block.kind, "", [], block.marker)
    for s, e, page, number, line in block.spans:
        cells = block.text[s:e].split("\t")
        part = cells[start:end]
        if not any(c.strip() for c in part):
            continue
        text = "\t".join(part).rstrip("\t")
        if out.spans:
            out.text += "\n"
        out.spans.append((len(out.text), len(out.text) + len(text), page, number, line))
        out.text += text
    return out


def _same_halves(block: Block, k: int) -> bool:
    """Every line of the block the same cells in both halves (a header's second row: '(đồng)' under each 'Số tiền')."""
    for line in block.text.split("\n"):
        cells = [fold(c).strip() for c in line.split("\t")] + [""] * (2 * k)
        if cells[:k] != cells[k:2 * k]:
            return False
    return True


def _spanning_halves(block: Block, k: int) -> bool:
    """A row over a folded header naming each half ('| Nhóm 10 đơn vị cao nhất | | | Nhóm 10 đơn vị thấp nhất'):
    one line, a few cells, some in each half."""
    if "\n" in block.text:
        return False
    cells = [c.strip() for c in block.text.split("\t")]
    filled = [i for i, c in enumerate(cells) if c]
    return 2 <= len(filled) <= 4 and len(cells) <= 2 * k and any(i < k for i in filled) and any(i >= k for i in filled) \
        and all(not any(ch.isdigit() for ch in cells[i]) or re.search(r"[^\W\d]{3,}", cells[i]) for i in filled)


def _numbers_columns(block: Block) -> bool:
    """A header's row numbering its columns: '(1) | (2) | (3) | (4) | …'."""
    cells = [c.strip() for c in block.text.split("\t") if c.strip()]
    return "\n" not in block.text and len(cells) >= 2 * MIN_COLUMNS and all(re.fullmatch(r"\(\d{1,2}\)", c) for c in cells)


def unfold(blocks: list[Block]) -> list[Block]:
    """The blocks with each folded table read as one: header, left half's rows, right half's rows. Where a row over
    the header names each half, or a row under it numbers the columns, each half is a table of its own under its
    own header."""
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        k = halves(block.text) if block.kind == "table" and block.spans else 0
        spanning = None
        if not k and block.kind == "table" and at + 1 < len(blocks) and blocks[at + 1].kind == "table" \
                and blocks[at + 1].spans:
            k = halves(blocks[at + 1].text)
            spanning = block if k and _spanning_halves(block, k) else None
            if spanning is None:
                k = 0
            else:
                at += 1
                block = blocks[at]
        if not k:
            out.append(block)
            at += 1
            continue
        header = [spanning] if spanning is not None else []
        header.append(block)
        at += 1
        while at < len(blocks) and blocks[at].kind == "table" and (_same_halves(blocks[at], k) or _numbers_columns(blocks[at])):
            header.append(blocks[at])     # the header's rows below its first
            at += 1
        rows = []
        while at < len(blocks) and blocks[at].kind == "table":
            rows.append(blocks[at])
            at += 1
        own = spanning is not None or any(_numbers_columns(h) for h in header)
        for start, end in ((0, k), (k, 2 * k)):
            if own or not start:
                out.extend(half for half in (_half(h, start, end) for h in header) if half.spans)
            out.extend(half for half in (_half(row, start, end) for row in rows) if half.spans)
    return out
