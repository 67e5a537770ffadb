"""Tables whose cell breaks were lost: an old OCR (or a text layer) gives a ruled table's row as
one run of words ('1 Phòng Kinh tế 412 318 (77,18%) 9'). Where the header is one line whose cells
each start with a capital ('STT Đơn vị Số hồ sơ tiếp nhận Trực tuyến (tỷ lệ %) Quá hạn') and the
rows below end with as many values as the header has value columns, the cell breaks are put back
as tabs, so the rows read as the table they are (extractors/sections.py, scores.py, metrics.py
read tab-separated rows).

- A header without an STT column ('Nhóm chỉ tiêu Điểm tối đa Ngày 12/6 Ngày 19/6') needs four such
  cells (three where the rows are months: 'Tháng Tổng điểm Thứ hạng (/114)' over 'Tháng 1 87,15 101')
  and must not read as a sentence (short, no closing '.', ':' or ';'); criteria written by their
  short names ('Kỳ đánh giá CKMB TĐGQ DVCTT …') are cells too.
- A header wrapped onto the lines below it is put together when its pieces add up to the rows'
  value columns: one cell heading several ('… Tháng 11/2026 Tăng (+), giảm (-)' / 'tối đa Điểm đạt
  Xếp hạng so với tháng 10/2026'), each cell going on below ('Hồ sơ giải' / 'quyết quá hạn'), or some
  of them ('Xếp hạng Thanh toán trực Số hóa hồ sơ' / '(/114) tuyến (tối đa 10) (tối đa 22)': a rank's
  total, the end of a criterion's name and its maximum, each to the cell it belongs to).

- Cells that each head a count and its rate ('Nộp trực tuyến toàn trình' over 'Số hồ sơ  Tỷ lệ (%)') give
  a header of two rows; criteria under one heading ('Điểm một số nhóm chỉ tiêu') are cells of their own; a
  line of units in parentheses under a header without STT ('(/114) (tối đa 20) (hồ sơ)') goes on its cells;
  a month names its row ('01/2026 89,15 92 …'); a Roman numeral's row ('II Nhóm đạt từ 90 …') stays in.

Anything less certain is left as it is.

    retab(["STT Lĩnh vực Tiếp nhận Quá hạn", "1 Hộ tịch 312 0"]) -> ["STT\\tLĩnh vực\\tTiếp nhận\\tQuá hạn",
                                                                    "1\\tHộ tịch\\t312\\t0"]
"""
from __future__ import annotations

import re
from typing import Optional

HEAD = re.compile(r"^(STT|TT|Stt)\s+(?=\S)")
# a value cell: a number (signed, decimal, percent), a count with its rate '318 (77,18%)', 'Tối đa', a dash
VALUE = r"(?:(?:tăng|giảm)\s)?(?:\d{1,3}/\d{2,3}(?![\d/])|(?:[+\-–]|[≥>≤<]\s?)?\d[\d.,]*\s?%?(?:\s?\(\s?\d[\d.,]*\s?%?\s?\))?|Tối đa|tối đa|-|–)"
# ('tăng 2,45' too; a rank over the number ranked: '57/114'; a target '≥ 19,8')
ROW = re.compile(r"^(?P<number>\d{1,3}[.)]?\s+)?(?P<name>(?:-\s+)?[^\W\d][^\t]*?)(?P<values>(?:\s+" + VALUE + r")+)\s*$")
# a row a month ('12/2025 90,82 76 …', '1 01/2026 1.284 512 39,88 …'): the month names the row
MONTH_ROW = re.compile(r"^(?P<number>\d{1,3}[.)]?\s+)?(?P<name>\d{1,2}/\d{4})(?P<values>(?:\s+" + VALUE + r")+)\s*$")
ONE_VALUE = re.compile(r"\s+(" + VALUE + r")(?=\s|$)")
WORD = re.compile(r"(?<!\S)[^\W\d_]{2}")
ACRONYM = re.compile(r"(?<!\S)[A-ZĐ]{2,6}(?=\s|$)")
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
        # (a header of months as rows may name more: 'Tháng Tổng điểm Xếp hạng Tiến độ giải quyết … Hồ sơ quá hạn')
        most = 20 if re.match(r"(?:Tháng|Kỳ|Quý|Năm|Thời gian)\s+[A-ZĐ]", text) and not re.search(r"\d", text) else 14
        if len(words) > most or re.search(r"[.:;]\s*$|,\s+\S+\s+(?:và|nhưng)\b", text):
            return None
    begin = m.end() if numbered else 0
    # 'Tiếp', 'Điểm': a capital, then a small letter ('KT', 'HĐND' are names inside a cell)
    starts = [w.start() for w in WORD.finditer(text, begin) if w.group()[0].isupper() and w.group()[1].islower()]
    acronyms = [a.start() for a in ACRONYM.finditer(text, begin)]
    if not numbered and len(acronyms) >= 3:
        # 'Kỳ đánh giá CKMB TĐGQ DVCTT TTTT MĐHL SHHS Tổng điểm Xếp hạng/114': criteria by their short names
        starts = sorted(set(starts + acronyms))
    # without STT, four cells, or three where the rows are periods ('Tháng Tổng điểm Thứ hạng (/114)' over
    # 'Tháng 1 87,15 101')
    least = 3 if numbered or re.match(r"(?:Tháng|Kỳ|Quý|Năm|Thời gian)\s", text) else 4
    if not starts or starts[0] != begin or len(starts) < least:
        return None
    return starts, numbered


def _values(row: str) -> Optional[tuple[re.Match, list[int]]]:
    """The row's match and the offsets of the spaces before each of its trailing values."""
    m = ROW.match(row) or MONTH_ROW.match(row)
    if not m:
        return None
    gaps = [v.start() for v in ONE_VALUE.finditer(row, m.start("values"), m.end("values"))]
    if re.fullmatch(r"(?:Tháng|Quý|Tuần|Kỳ)", m.group("name").strip()) and len(gaps) > 1:
        gaps = gaps[1:]             # 'Tháng 1 87,15 101': the month's number names the row
    return m, gaps


# a column of words among the figures ('STT Đơn vị Điểm Xếp loại Xếp hạng' over '1 Trung tâm … 96,5 Hoàn thành tốt 1')
TEXT_COLUMN = re.compile(r"^(?:xếp loại|kết quả xếp loại|mức xếp loại|đánh giá|nhận xét|ghi chú)$", re.IGNORECASE)
UNIT_COLUMN = re.compile(r"^(?:đơn vị tính|đvt)$", re.IGNORECASE)       # 'Hồ sơ', '%', 'Phản ánh'
WORDS_CELL = r"[^\W\d]+(?:\s+[^\W\d,.;:]+){0,5}?"      # 'Hoàn thành tốt', 'Chủ yếu lĩnh vực đất đai'
UNIT_CELL = r"%|[^\W\d]+(?:\s+[^\W\d,.;:]+)?"


def _text_columns(header: str, starts: list[int]) -> Optional[list[Optional[str]]]:
    """For each value column of a header (after the one naming the row): 'text' where it holds words, 'unit'
    where it holds the unit the row counts in, else None; None when no column holds words."""
    cells = [header[a:b].strip() for a, b in zip(starts, starts[1:] + [len(header)])][1:]
    kinds = ["text" if TEXT_COLUMN.match(c) else "unit" if UNIT_COLUMN.match(c) else None for c in cells]
    return kinds if any(kinds) and not all(kinds) else None


def _values_and_words(row: str, kinds: list[Optional[str]]) -> Optional[tuple[re.Match, list[int], str]]:
    """A row whose values include a cell of words where the header has a column of them: its match, the
    offsets of the spaces before each value cell and the row (a space added for a last cell of words left
    empty: 'Tổng cộng 4.159 23' under '… Quá hạn Ghi chú')."""
    cell = {"text": WORDS_CELL, "unit": UNIT_CELL, None: VALUE}
    pieces = [r"(\s+)(?:" + cell[kind] + r")" for kind in kinds]
    if kinds[-1]:
        pieces[-1] = r"(?:" + pieces[-1] + r")?"        # a last cell of words may be empty
    cells = "".join(pieces)
    # (the name holds no figure: '… có 03/06 đơn vị xếp loại Hoàn thành tốt, 02 đơn vị …' is a sentence)
    m = re.match(r"^(?P<number>\d{1,3}[.)]?\s+)?(?P<name>[^\W\d][^\d]*?)" + cells + r"\s*$", row)
    if not m:
        return None
    if m.group(2 + len(kinds)) is None:
        row = row.rstrip() + " "
        return m, [m.start(k) for k in range(3, 2 + len(kinds))] + [len(row) - 1], row
    return m, [m.start(k) for k in range(3, 3 + len(kinds))], row


def _next_number(rows: list[tuple[int, str]], line: str) -> bool:
    """The line opens with one of the next numbers after the last numbered row's ('2\t…' then '3 …', '4 …')."""
    last = next((int(m.group(1)) for _, r in reversed(rows) if (m := re.match(r"(\d{1,3})\t", r))), None)
    opens = re.match(r"\s*(\d{1,3})[.)]?\s+[^\W\d]", line)
    return last is not None and bool(opens) and last < int(opens.group(1)) <= last + 3


def _tabbed(text: str, at: list[int]) -> str:
    chars = list(text)
    for i in at:
        chars[i] = "\t"
    return "".join(chars)


# a period that heads the columns under it ('Tháng 11/2026' over 'Điểm đạt' and 'Xếp hạng'), or 'Trong đó'
GROUP_CELL = re.compile(r"^(?:(?:tháng|quý|năm|kỳ)\s+[\dIVX/\-]+|trong đó:?|kết quả|số lượng)\s*$", re.IGNORECASE)
# a heading over the criteria columns below it ('Điểm một số nhóm chỉ tiêu', 'Điểm các nhóm chỉ tiêu')
CRITERIA_GROUP = re.compile(r"^(?:điểm\s+)?(?:(?:một\s+số|các|từng)\s+)?nhóm\s+chỉ\s+tiêu\s*$|^điểm\s+thành\s+phần\s*$", re.IGNORECASE)
# a row that groups the rows below it by a Roman numeral ('II Nhóm đạt từ 90 đến dưới 95 điểm'; OCR reads 'I' as '|')
# or a capital letter ('A Theo nội dung đánh giá', 'B Theo lĩnh vực')
GROUP_ROW = re.compile(r"^\s*([IVX]{1,4}|\||Il{1,2}|lI{1,2}|[A-D](?=\.?\s+[A-ZĐ]))\.?\s+(?=[^\W\d])")
# the next section's title after a table ('II. ĐỀ NGHỊ', 'KIẾN NGHỊ'), not a name cell wrapped onto its own line
SECTION_TITLE = re.compile(r"(?:[IVX]{1,4}|\d{1,2})\.\s")
CHANGE_CELL = re.compile(r"^(?:tăng|giảm|so sánh|chênh lệch)", re.IGNORECASE)


def _segments(text: str) -> list[str]:
    """A header line cut where a title-case word starts a cell; the part before the first one (a cell
    of the line above going on: 'tối đa', 'tiếp nhận', '(tỷ lệ %)') comes first, possibly ''."""
    starts = [w.start() for w in WORD.finditer(text) if w.group()[0].isupper() and w.group()[1].islower()]
    bounds = [0] + starts + [len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]     # [0] is '' when a cell starts the line


def _cell_pieces(text: str, years: bool = False) -> list[str]:
    """A wrapped header's second line cut into the pieces that go on its cells: at a title-case word and
    after a closing parenthesis ('tiếp nhận' | 'Số lượng (tỷ lệ)' | 'quyết quá hạn'), with `years` before
    each year too ('tối đa' | 'năm 2026' | '12/2026' | 'năm 2026' | 'năm 2027')."""
    cuts = sorted({w.start() for w in WORD.finditer(text) if w.group()[0].isupper() and w.group()[1].islower()}
                  | {m.end() for m in re.finditer(r"\)\s+(?=[^\W\d_]|\()", text)}
                  # a month under 'Tháng' ('tối đa 10/2026 11/2026 giảm (-)'), and the change's 'giảm (-)'
                  | {i for m in re.finditer(r"(?<=\s)\d{1,2}\s*/\s*\d{4}(?!\d)", text) for i in (m.start(), m.end())}
                  | {m.start() for m in re.finditer(r"(?<=\s)gi\w{1,2}m\s*\(\s*-\s*\)", text)}
                  | ({m.start() for m in re.finditer(r"(?<=\s)(?:n[aă]m\s+\d{4}|qu[yý]\s+[IV]{1,3}/\d{4})(?!\d)", text)}
                     if years else set()))
    bounds = [0] + [c for c in cuts if c > 0] + [len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _pieces_placed(cells: list[str], pieces: list[str]) -> Optional[list[str]]:
    """Fewer pieces below a header than its cells, placed in order: '(/114)' on a rank's cell, a piece in small
    letters on the criterion's name it completes ('Thanh toán trực' / 'tuyến'), '(tối đa 22)' on the next
    criterion's; None when a piece has no such cell."""
    from extractors.gazetteer import begun, lookup
    out, k = list(cells), 0
    for piece in pieces:
        if re.match(r"\(\s*/\s*\d", piece):
            fits = lambda c: re.match(r"(?i)(?:xếp|thứ)\s+hạng", c)
        elif re.match(r"so\s+với\s|gi\w{1,2}m\s*\(\s*-\s*\)", piece):
            fits = lambda c: CHANGE_CELL.match(c)     # 'Tăng (+), giảm (-)' / 'so với quý II/2026', 'Tăng (+),' / 'giảm (-)'
        elif piece[:1].islower():
            fits = lambda c: begun("criteria", c) is not None and lookup("criteria", c) is None
        elif re.match(r"\(\s*(?:tối\s+đa|max)", piece, re.I) or re.fullmatch(r"\(\s*\d{1,3}(?:,\d+)?\s*\)", piece):
            # ('(18)' under 'CKMB', '(100)' under 'Tổng điểm': a criterion's maximum)
            fits = lambda c: begun("criteria", c) is not None or lookup("criteria", c) is not None
        elif re.fullmatch(r"\(\s*([^()]+?)\s*\)", piece) and lookup("measures", piece.strip("() ")):
            # '(hồ sơ)' under 'Hồ sơ quá hạn': the unit of a count, on a cell that is no criterion and no rank
            fits = lambda c: not re.match(r"(?i)(?:xếp|thứ)\s+hạng", c) and begun("criteria", c) is None \
                and lookup("criteria", re.sub(r"\s*\([^()]*\)", "", c)) is None
        else:
            return None
        target = next((t for t in range(k, len(out)) if fits(out[t])), None)
        if target is None:
            return None
        out[target], k = f"{out[target]} {piece}", target + 1
    return out


# a header's second line whose only figures are the years and months its cells are of ('tối đa năm 2026
# 12/2026 năm 2026 năm 2027'): no row
HEADER_DATES = re.compile(r"[^\W\d][^\d]*?(?:\s+(?:(?:n[aă]m|th[aá]ng|qu[yý])\s+)?(?:\d{4}|\d{1,2}/\d{4}|[IV]{1,3}/\d{4}))+")


def _wrapped_header(out: list[str], i: int, starts: list[int]):
    """(cells, the lines below it held) for a numbered header whose cells wrapped onto one or two lines
    where one of its cells heads several columns ('Tháng 11/2026' / 'Điểm đạt  Xếp hạng', 'Trong đó' /
    'Trực tuyến  Quá hạn'): the rows below say how many value columns there are. None when the lines
    below do not add up to that."""
    line = out[i]
    cells = [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line)])]
    below, j = [], i + 1
    while j < len(out) and len(below) < 2:
        text = out[j].strip()
        if not text or "\t" in text or len(text) > 80 or re.match(r"\d{1,3}[.)]?\s", text) \
                or (_values(text) and not HEADER_DATES.fullmatch(text)):
            break
        if GROUP_ROW.match(text) and j + 1 < len(out) and _values(out[j + 1]):
            break                           # 'A Theo nội dung đánh giá' over the first row
        below.append(j)
        j += 1
    first = j + 1 if j + 1 < len(out) and GROUP_ROW.match(out[j]) and not _values(out[j]) else j
    row = _values(out[first]) if below and first < len(out) else None
    if not row:
        return None
    want = len(row[1])                  # value columns of the first row
    value_cells = cells[1:]
    if want == len(cells) - 1:
        # each cell goes on below ('Số hồ sơ Hồ sơ nộp trực tuyến Hồ sơ giải' / 'tiếp nhận Số lượng (tỷ lệ) quyết
        # quá hạn'): the pieces below, in order, where there are as many as cells (else read as before)
        if len(below) != 1:
            return None
        pieces = _cell_pieces(out[below[0]].strip())
        if _values(out[below[0]].strip()) and HEADER_DATES.fullmatch(out[below[0]].strip()):
            # ('tối đa năm 2026 12/2026 năm 2026 năm 2027': a year under each of its cells, or nothing)
            pieces = _cell_pieces(out[below[0]].strip(), years=True)
            if len(pieces) != len(value_cells):
                return None
        if len(pieces) < len(value_cells):
            # only some cells go on below ('… Xếp hạng Thanh toán trực Số hóa hồ sơ' / '(/114) tuyến (tối đa 10)
            # (tối đa 22)'): each piece to the cell it belongs to
            placed = _pieces_placed(value_cells, pieces)
            return ([cells[0]] + placed, below) if placed else None
        if len(pieces) != len(value_cells) or not (pieces[0][:1].islower() or pieces[0][:1] == "("):
            return None             # ('(%) (%) (điểm %)': each column's unit)
        return [cells[0]] + [f"{c} {p}" for c, p in zip(value_cells, pieces)], below
    pieces = [_segments(out[k].strip()) for k in below]
    subs = [p for seg in pieces for p in seg[1:]]           # the title-case cells below
    tails = [seg[0] for seg in pieces if seg[0]]            # what goes on from the line above
    criteria = [k for k, c in enumerate(value_cells) if CRITERIA_GROUP.match(c)]
    if len(criteria) == 1 and subs and len(value_cells) - 1 + len(subs) == want:
        # 'Điểm một số nhóm chỉ tiêu' over 'Tiến độ giải' / 'quyết (tối đa 20)', 'Thanh toán trực' / 'tuyến (tối
        # đa 10)': the criteria it heads, then each piece that goes on to the cell it belongs to
        g = criteria[0]
        cells_out = value_cells[:g] + subs + value_cells[g + 1:]
        placed = _pieces_placed(cells_out, [p for t in tails for p in _cell_pieces(t)])
        return ([cells[0]] + placed, below) if placed else None
    paired = _paired_header(cells, [out[k].strip() for k in below], want)
    if paired:
        return paired, below
    groups = [k for k, c in enumerate(value_cells) if GROUP_CELL.match(c)]
    if len(groups) != 1 or len(value_cells) - 1 + len(subs) != want or not subs:
        return None
    g = groups[0]
    # a comparison at the end of the last cell below goes with a change column ('Xếp hạng so với tháng
    # 10/2026' under 'Tăng (+), giảm (-)')
    change = next((k for k, c in enumerate(value_cells) if CHANGE_CELL.match(c)), None)
    moved = ""
    m = re.search(r"\s+(so với\s.*)$", subs[-1])
    if m and change is not None:
        subs[-1], moved = subs[-1][:m.start()], m.group(1)
    named = [] if GROUP_CELL.match(value_cells[g]).group(0).lower().startswith("trong") else [value_cells[g]]
    merged: list[str] = []
    for k, c in enumerate(value_cells):
        if k == g:
            merged += [" ".join(named + [sub]) for sub in subs]
            continue
        if k < g and tails and not merged:
            c = f"{c} {tails.pop(0)}"       # 'Điểm' / 'tối đa', 'Tổng số hồ sơ' / 'tiếp nhận'
        if k == change and moved:
            c = f"{c} {moved}"
        merged.append(c)
    if tails and g < len(merged):
        merged[g] = f"{merged[g]} {' '.join(tails)}"   # '(tỷ lệ %)' under the first column of the group
    return [cells[0]] + merged, below


def _units_below(out: list[str], i: int, starts: list[int]):
    """(cells, [the line below]) for a header without STT whose next line only gives, in parentheses, what
    some cells count or are out of ('Tháng Tổng điểm Xếp hạng Tiến độ giải quyết … Hồ sơ quá hạn' / '(/114)
    (tối đa 20) (tối đa 22) (hồ sơ)'): each piece on the cell it belongs to; None otherwise."""
    below = out[i + 1].strip() if i + 1 < len(out) else ""
    pieces = _cell_pieces(below) if below and "\t" not in below else []
    if not pieces or not all(p.startswith("(") for p in pieces):
        return None
    line = out[i]
    cells = [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line)])]
    placed = _pieces_placed(cells[1:], pieces)
    return ([cells[0]] + placed, [i + 1]) if placed else None


PAIR_SUB = re.compile(r"(?:Số|Tỷ lệ)(?=\s|$)")


def _paired_header(cells: list[str], lines: list[str], want: int) -> Optional[list[str]]:
    """A header whose last cells each head a count and its rate ('… Nộp trực tuyến toàn trình Thanh toán trực
    tuyến (*)' / '… Số hồ sơ Tỷ lệ (%) Số hồ sơ Tỷ lệ (%)'): its two rows, tab-separated and joined by a
    newline, the cells heading two columns followed by an empty one; what goes on below a line's last cell
    (a line of no new cell: 'giải quyết (**)') joins that cell, what opens a line of new cells ('tiếp nhận')
    joins the first cell. None for any other shape."""
    value_cells = cells[1:]
    n = len(value_cells)
    alone = 2 * n - want                          # the first cells head one column each
    subs, first_tail, last_tail = [], [], []
    for line in lines:
        seg = _segments(line)
        if len(seg) == 1:
            last_tail.append(seg[0])
            continue
        if seg[0]:
            first_tail.append(seg[0])
        subs += seg[1:]
    if not 0 < alone < n or len(subs) != 2 * (n - alone) or not all(PAIR_SUB.match(x) for x in subs):
        return None
    top = list(value_cells)
    if first_tail:
        top[0] = " ".join([top[0]] + first_tail)
    if last_tail:
        top[-1] = " ".join([top[-1]] + last_tail)
    head = top[:alone] + [c for cell in top[alone:] for c in (cell, "")]
    return ["\t".join([cells[0]] + head), "\t".join([""] * (alone + 1) + subs)]


# a statistics form's header ('Chỉ tiêu Mã số Đơn vị Kỳ báo cáo Lũy kế từ', restoration may garble the last cell)
FORM_HEAD = re.compile(r"^chi\s*tieu\s+m\w?\s*s\w?\s+don\s*vi(?:\s*tinh)?\s+ky\s*bao\s*cao\s+\S.{0,25}$")
# its row: 'Label (01 = 02 + 03) 01 Hồ sơ 1.214 3.386', '- Giải quyết quá hạn 07 Hồ sơ 9 39', '… 12 Hồ sơ 56 -'
FORM_ROW = re.compile(r"^(?P<name>\S.*?[^\W\d)].*?)\s+(?P<code>\d{2})\s+(?P<unit>%|[^\W\d][^\d%]{0,14}?)\s+"
                      r"(?P<now>" + VALUE + r")\s+(?P<sum>" + VALUE + r")\s*$")
FORM_LETTERS = re.compile(r"^\s*(?:A\s*B\s*C\s*1\s*2|\(?\s*A\s*\)?\s*\(?\s*B\s*\)?.*)\s*$")


def _form_table(out: list[str], i: int) -> int:
    """A statistics form read without its cell breaks: the header put back as its five cells, the line it
    wraps onto and the row of column letters emptied, each row's cells tabbed, a label wrapped onto its own
    line left as it is. Returns the index after the table (i + 1 when it is not one)."""
    from extractors.gazetteer import fold
    rows: list[tuple[int, str]] = []
    blank: list[int] = []
    j = i + 1
    while j < len(out) and j - i <= MAX_ROWS:
        line = out[j].strip()
        row = FORM_ROW.match(line) if line and "\t" not in out[j] else None
        if row:
            rows.append((j, "\t".join(row.group("name", "code", "unit", "now", "sum"))))
        elif not line or (rows and re.fullmatch(r"[^\W\d][^\d]{0,40}", line)):
            pass                                   # a blank, a label wrapped onto its own line
        elif not rows and (FORM_LETTERS.match(line) or re.fullmatch(r"[^\W\d][^\d]{0,30}", line)):
            blank.append(j)                        # 'tính đầu năm' under the header, 'A B C 1 2'
        else:
            break
        j += 1
    # (the last cell is the year to date: 'Lũy kế', however restoration spelled it: 'Lí kể từ')
    if len(rows) < 2 or not re.search(r"\bl\w{0,2}\s*k\w{0,2}\b", fold(out[i]).split("ky bao cao", 1)[1]):
        return i + 1
    out[i] = "Chỉ tiêu\tMã số\tĐơn vị tính\tKỳ báo cáo\tLũy kế từ đầu năm"
    for k in blank:
        out[k] = ""
    for k, row in rows:
        out[k] = row
    return j


# a plan's targets beside what was done ('TT Chỉ tiêu ĐVT Kế hoạch năm Thực hiện Tỷ lệ % so Đánh giá')
PLAN_HEAD = re.compile(r"^\s*(?:stt|tt)\s+(?:chi\s*tieu|noi\s*dung)\s+(?:dvt|don\s*vi\s*tinh)\s+(?:ke\s*hoach|chi\s*tieu\s*giao)"
                       r"(?P<plan>[^\d]{0,12}?)\s+(?P<done>(?:ket\s*qua\s*|uoc\s*)?thu\w?\s*hien[^\d]{0,12}?)\s+"
                       r"(?P<ratio>(?:ty\s*le\s*)?%?\s*so(?:\s*voi)?(?:\s*(?:ke\s*hoach|kh))?)(?P<grade>\s+danh\s*gia)?\s*$")
PLAN_TARGET = r"(?:[≥≤><=]\s*)?\d[\d.,]*\s?%?|(?:Tốp|Top|Nhóm|tốp|top)\s*\d{1,3}|-|–"
PLAN_TAIL = re.compile(r"\s+(?P<plan>" + PLAN_TARGET + r")\s+(?P<done>\d[\d.,]*|-|–)\s+(?P<ratio>\d[\d.,]*|-|–)"
                       r"(?:\s+(?P<grade>[^\W\d][^\d]{0,20}))?\s*$")
PLAN_UNITS = ("%", "điểm", "thứ hạng", "hạng", "bậc")


def _plan_cells(line: str) -> Optional[str]:
    """'1 Tỷ lệ hồ sơ nộp trực tuyến % ≥ 85 87,2 102,6 Vượt' -> its cells tabbed; the unit is the last one to
    three words before the target that name a measure ('%', 'hồ sơ', 'tài khoản', 'điểm', 'thứ hạng')."""
    from extractors.gazetteer import lookup
    number = re.match(r"(\d{1,2})[.)]?\s+(?=[^\W\d])", line)
    tail = PLAN_TAIL.search(line)
    if not number or not tail:
        return None
    words = line[number.end():tail.start()].split()
    for k in (3, 2, 1):
        unit = " ".join(words[-k:]) if len(words) > k else ""
        if unit and (unit.lower() in PLAN_UNITS or (unit != "%" and lookup("measures", unit))):
            name = " ".join(words[:-k])
            cells = [number.group(1), name, unit] + [tail.group(g) or "" for g in ("plan", "done", "ratio", "grade")]
            return "\t".join(cells).rstrip("\t")
    return None


def _plan_table(out: list[str], i: int, head: re.Match) -> int:
    """A plan's table read without its cell breaks: the header's cells (with what it wraps onto below: 'năm' /
    '2026', 'Thực hiện' / '9 tháng', 'Tỷ lệ % so' / 'với kế hoạch'), each row's cells, a name wrapped onto the
    next line as a tab-led line. Returns the index after the table (i + 1 when it is not one)."""
    from extractors.gazetteer import fold
    line = out[i]
    cells = ["TT", "Chỉ tiêu", "ĐVT"] + [line[head.start(g):head.end(g)].strip() for g in ("plan", "done", "ratio")]
    cells[3] = "Kế hoạch " + cells[3] if not fold(cells[3]).startswith(("ke", "chi")) else cells[3]
    # (the header as old OCR and restoration left it, 'Thủ hiến', 'Tỷ lệ % số': what its cells are)
    cells[4] = re.sub(r"(?i)\bth\S{0,3}\s+hi\S{0,3}(?=\s|$)", "thực hiện", cells[4], count=1)
    cells[4] = cells[4][:1].upper() + cells[4][1:]
    cells[5] = re.sub(r"(?i)\bs\S?$|\bs\S?(?=\s)", "so", cells[5])
    j, below = i + 1, None
    if j < len(out) and not _plan_cells(out[j].strip()) and re.match(r"\s*(?:\d{4}|\d{1,2}\s*tháng|với|kế)", out[j]):
        below, j = j, j + 1
        rest = out[below].strip()
        year = re.match(r"(\d{4})\s*", rest)
        if year and fold(cells[3]).endswith("nam"):
            cells[3], rest = f"{cells[3]} {year.group(1)}", rest[year.end():]
        span = re.match(r"(\d{1,2}\s*tháng(?:\s+đầu\s+năm)?(?:\s+\d{4})?)\s*", rest)
        if span:
            cells[4], rest = f"{cells[4]} {span.group(1)}", rest[span.end():]
        if rest.strip():
            cells[5] = f"{cells[5]} {rest.strip()}"
    if head.group("grade"):
        cells.append("Đánh giá")
    rows: list[tuple[int, str]] = []
    while j < len(out) and j - i <= MAX_ROWS:
        text = out[j].strip()
        row = _plan_cells(text) if text and "\t" not in out[j] else None
        if row:
            rows.append((j, row))
        elif rows and text and "\t" not in out[j] and len(text) <= 60 and not re.search(r"[.:;]$", text) \
                and not SECTION_TITLE.match(text) and not PLAN_TAIL.search(" " + text):
            rows.append((j, "\t" + text))          # a name wrapped onto its own line
        elif not text:
            pass
        else:
            break
        j += 1
    if sum(1 for _, r in rows if not r.startswith("\t")) < 2:
        return i + 1
    out[i] = "\t".join(cells)
    if below is not None:
        out[below] = ""
    for k, row in rows:
        out[k] = row
    return j


MAXIMA = re.compile(r"\s*(?:Điểm\s+)?tối\s+đa(?=\s+\d)", re.IGNORECASE)     # a row of the criteria's maxima


def retab(texts: list[str]) -> list[str]:
    """The lines with cell breaks put back where a header without them heads rows without them."""
    from extractors.gazetteer import fold
    out = list(texts)
    i = 0
    while i < len(out):
        folded = fold(out[i]) if "\t" not in out[i] else ""
        if folded and FORM_HEAD.match(folded.strip()):
            i = _form_table(out, i)
            continue
        plan = PLAN_HEAD.match(folded) if folded else None     # (its groups are offsets into the line itself)
        if plan:
            i = _plan_table(out, i, plan)
            continue
        header = _header_cells(out[i])
        if not header:
            i += 1
            continue
        starts, numbered = header
        columns = len(starts) - 1                    # value columns (the first cell names the row)
        merged = _wrapped_header(out, i, starts) if numbered else _units_below(out, i, starts)
        if merged:
            # a header wrapped over lines ('… Tổng số hồ sơ Trong đó' / 'tiếp nhận Trực tuyến Quá hạn'): its
            # cells are put together, the lines it wrapped onto left empty
            cells, below = merged
            for k in below:
                out[k] = ""
            if len(cells) == 2 and "\t" in cells[1]:
                # a header of two rows (cells heading a count and its rate): the second row where it wrapped to
                out[i] = out[i][:starts[0]].strip() + "\t" + cells[0]
                out[below[-1]] = "\t" + cells[1]
                cells = cells[0].split("\t")
            else:
                out[i] = "\t".join(([out[i][:starts[0]].strip()] if numbered else []) + cells)
            columns, starts = len(cells) - 1, []
        rows: list[tuple[int, str]] = []
        texts_at = _text_columns(out[i], starts) if starts else None
        j = i + 1 + (len(merged[1]) if merged else 0)
        while j < len(out) and j - i <= MAX_ROWS:
            line = out[j]
            if not line.strip():
                j += 1
                continue
            if "\t" in line:
                break
            found = _values(line)
            if texts_at and not (found and len(found[1]) == columns):
                words = _values_and_words(line, texts_at)
                found, line = (words[:2], words[2]) if words else (found, line)
            maxima = MAXIMA.match(line)
            if maxima and found:
                # 'Điểm tối đa 18 20 … 100' under criteria across: the label, then the maxima (none under the rank)
                gaps = [v.start() for v in ONE_VALUE.finditer(line, maxima.end())]
                if len(gaps) == columns - 1:
                    line, gaps = line.rstrip() + " ", gaps + [len(line.rstrip())]
                found = (found[0], gaps)
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
            elif numbered and (group := GROUP_ROW.match(line)) and j + 1 < len(out) \
                    and (after := _values(out[j + 1])) and len(after[1]) == columns:
                # 'II Nhóm đạt từ 90 đến dưới 95 điểm' between rows: a row of its own, its numeral in the STT cell
                numeral = {"|": "I", "Il": "II", "lI": "II", "Ill": "III", "lII": "III"}.get(group.group(1), group.group(1))
                rows.append((j, f"{numeral}\t{line[group.end():].strip()}"))
            elif rows and re.fullmatch(r"[^\W\d][^\d]{0,40}", re.sub(r"\s*\([^()]{0,20}\)", "", line).strip()) \
                    and len(line.split()) <= 6 \
                    and not SECTION_TITLE.match(line.strip()) and not (line.strip().isupper() and " " in line.strip()):
                rows.append((j, ("\t" if numbered else "") + line.strip()))   # a name cell wrapped onto its own line
            elif rows and re.fullmatch(r"\s*-?\s*\d{1,3}\s*-?\s*", line):
                pass                                              # the page's number between rows
            elif rows and re.fullmatch(r"[^\W\d][^\d:]{0,20}:", line.strip()):
                pass                                              # 'Trong đó:' between a row and its parts
            elif numbered and rows and _next_number(rows, line):
                pass            # '3 Đạt dai9761': the next row, its figures run together by OCR; left as it is
            else:
                break
            j += 1
        if sum(1 for _, r in rows if r.count("\t") >= columns) >= 2:
            if starts:
                out[i] = _tabbed(out[i], [s - 1 for s in starts if s > 0])
            for k, row in rows:
                out[k] = row
        i = j if rows else i + 1
    return out


# '3. Theo lĩnh vực (tiếp nhận / giải quyết / trước hạn / quá hạn)' over '- Đất đai: 47 / 31 / 9 / 2': a table written as
# a legend of its columns and one line of values a row
SLASH_LEGEND = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[-–+•]\s*)?(?P<topic>[^()\d][^()]{1,60}?)\s*"
                          r"\((?P<legend>[^()/\d]{2,40}(?:/[^()/\d]{2,40}){1,6})\)\s*:?\s*$")
SLASH_ROW = re.compile(r"^\s*[-–+•]\s*(?P<label>[^:\d/][^:/]{1,50}?)\s*:\s*(?P<values>\d[\d.,]*(?:\s*/\s*\d[\d.,]*)+)\s*[.;]?\s*$")


def slash_rows(texts: list[str]) -> list[str]:
    """The lines with a legend of columns in parentheses over lines of values split by '/' written as the table they
    are: the legend a header ('Lĩnh vực | Tiếp nhận | Giải quyết | …'), each line a row ('Đất đai | 47 | 31 | 9 | 2');
    where at least two lines below give as many values as the legend names columns."""
    from extractors.gazetteer import fold
    out = list(texts)
    for i, text in enumerate(texts):
        legend = SLASH_LEGEND.match(text)
        if not legend:
            continue
        columns = [c.strip() for c in legend.group("legend").split("/")]
        rows = []
        for j in range(i + 1, len(texts)):
            row = SLASH_ROW.match(texts[j])
            if not row or len(row.group("values").split("/")) != len(columns):
                break
            rows.append((j, row))
        if len(rows) < 2:
            continue
        topic = "Lĩnh vực" if re.search(r"linh\s*vuc", fold(legend.group("topic"))) else \
            re.sub(r"(?i)^theo\s+", "", legend.group("topic")).strip(" :")
        out[i] = "\t".join([topic[:1].upper() + topic[1:]] + [c[:1].upper() + c[1:] for c in columns])
        for j, row in rows:
            out[j] = "\t".join([row.group("label").strip()] + [v.strip() for v in row.group("values").split("/")])
    return out
