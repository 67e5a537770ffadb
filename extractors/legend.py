"""Column legends: a table whose header numbers some columns '(1)'–'(5)' under a group ('Nguyên nhân quá hạn',
'Chia theo nguyên nhân') and names them in a legend beside the table ('Ghi chú: (1) Chi nhánh Văn phòng đăng ký
đất đai chậm lập, chuyển phiếu; (2) Cơ quan thuế chậm …', 'Nguyên nhân được mã hóa như sau: (1) Quá thời gian
xác thực OTP (05 phút); (2) …'). The numbered cells are rewritten as the counts they are ('Số hồ sơ quá hạn do cơ
quan thuế chậm …'), so the table's readers read them like any named column. Plain functions on strings."""
from __future__ import annotations

import re
from typing import Optional

from extractors.gazetteer import fold

NUMBERED_CELL = re.compile(r"\s*\(\s*(\d{1,2})\s*\)\s*")
# 'Nguyên nhân quá hạn', 'Chia theo nguyên nhân', 'Trong đó, do nguyên nhân': the group of columns of causes
CAUSE_GROUP = re.compile(r"\s*(?:chia\s*theo\s*|trong\s*do\s*,?\s*(?:do\s*)?|phan\s*theo\s*)?nguyen\s*nhan\s*(.*?)\s*")
LEGEND_LEAD = re.compile(r"(?:^|[:;.\n]|(?<=\s))\s*\(\s*1\s*\)\s*(?=[^\W\d])")
ITEM_MAX = 160
POINTS_GROUP = re.compile(r"\s*(?:tieu\s*chi|phan\s*thi|noi\s*dung\s*(?:cham|thi))\s*")   # 'Tiêu chí' over '(1)'
ITEM_TOP = re.compile(r"\s*[:,(–-]?\s*(?:tối\s*đa|thang\s*điểm)\s*:?\s*\d{1,3}(?:,\d+)?\s*điểm\s*\)?\s*$", flags=re.I)


def legend_items(text: str, count: int) -> Optional[dict[int, str]]:
    """The legend's items (1)…(count) in `text`, in order and each a short phrase; None unless all are there.
    An item's trailing aside in parentheses ('Quá thời gian xác thực OTP (05 phút)') is not its name."""
    for lead in LEGEND_LEAD.finditer(text):
        starts = [lead.end()]                       # where each item's words begin
        ends = []                                   # where each item ends: the next marker, the last at its stop
        for k in range(2, count + 1):
            marker = re.compile(r"(?<=[;,.:\s])\(\s*" + str(k) + r"\s*\)\s*").search(text, starts[-1])
            if marker is None:
                break
            ends.append(marker.start())
            starts.append(marker.end())
        if len(starts) < count:
            continue
        stop = re.search(r"[.;](?:\s|$)|\n\n", text[starts[-1]:])
        ends.append(starts[-1] + stop.start() if stop else min(len(text), starts[-1] + ITEM_MAX))
        items = {k: re.sub(r"\s*\([^()]*\)$", "", re.sub(r"\s+", " ", text[a:b]).strip(" ;,.")).strip(" ;,.")
                 for k, (a, b) in enumerate(zip(starts, ends), start=1)}
        if all(item and len(item) <= ITEM_MAX for item in items.values()):
            return items
    return None


def _phrase(item: str) -> str:
    """A legend item inside a name: its first letter small unless the first word is a proper name's ('Chi nhánh
    Văn phòng …' stays; 'Cơ quan thuế chậm …' -> 'cơ quan thuế chậm …')."""
    words = item.split()
    proper = len(words) > 2 and any(w[:1].isupper() for w in words[1:3])
    return item if proper else item[:1].lower() + item[1:]


def _count_words(header: str, measure: str) -> str:
    """What a count column counts beyond its measure: 'Không thành công' -> 'không thành công', 'Số hồ sơ quá hạn'
    -> 'quá hạn' (measure 'hồ sơ')."""
    f = fold(header)
    lead = re.match(r"\s*(?:tong\s*)?so\s+", f)
    at = lead.end() if lead else 0
    if f.startswith(fold(measure), at):
        at += len(measure)
    rest = header[at:].strip()
    return rest[:1].lower() + rest[1:]


def with_legend(rows: list[str], text_around: str, measure: str) -> Optional[list[str]]:
    """The header `rows` with numbered cells named by the legend in `text_around`, their group cell above emptied;
    None when no row numbers its cells or no legend names them all. A cause group counts what it says ('Nguyên
    nhân quá hạn': 'Số hồ sơ quá hạn do …'), else what the column before the group counts ('Không thành công |
    Tỷ lệ (%) | Chia theo nguyên nhân': 'Số giao dịch không thành công do …')."""
    split = [r.split("\t") for r in rows]
    at_row = next((k for k in range(len(split) - 1, -1, -1)
                   if sum(1 for c in split[k] if NUMBERED_CELL.fullmatch(c)) >= 2), None)
    if at_row is None:
        return None
    numbered = {i: int(NUMBERED_CELL.fullmatch(c).group(1)) for i, c in enumerate(split[at_row]) if NUMBERED_CELL.fullmatch(c)}
    if sorted(numbered.values()) != list(range(1, len(numbered) + 1)):
        return None
    items = legend_items(text_around, len(numbered))
    if items is None:
        return None
    if at_row == 0:
        # 'STT | Đơn vị | (1) | (2) | … | (5)' with 'Ghi chú: (1) Tiếp cận dịch vụ; (2) Thủ tục hành chính; …': the
        # columns are what the legend names, as it names them
        out = [list(s) for s in split]
        for i, k in numbered.items():
            out[0][i] = items[k]
        return ["\t".join(s) for s in out]
    first, last = min(numbered), max(numbered)
    group_at = next(((k, j) for k in range(at_row - 1, -1, -1) for j in range(first, last + 1)
                     if j < len(split[k]) and split[k][j].strip()), None)
    if group_at is None:
        return None
    group = split[group_at[0]][group_at[1]].strip()
    if POINTS_GROUP.fullmatch(fold(group)) and all(ITEM_TOP.search(item) for item in items.values()):
        # 'Tiêu chí' over each of '(1)'–'(4)', '(1) Tác phong, trang phục …: tối đa 15 điểm; (2) …': each column
        # the points of that criterion ('Điểm tiêu chí Tác phong, trang phục …')
        out = [list(s) for s in split]
        for i, k in numbered.items():
            for row in out[:at_row]:
                if i < len(row) and fold(row[i]).strip() == fold(group):
                    row[i] = ""
            out[at_row][i] = f"Điểm {group[:1].lower()}{group[1:]} {ITEM_TOP.sub('', items[k]).strip(' ,:')}"
        return ["\t".join(s) for s in out]
    cause = CAUSE_GROUP.fullmatch(fold(group))
    if cause and cause.group(1):
        what = _count_words(group[len(group) - len(cause.group(1)):], measure)    # 'Nguyên nhân quá hạn' -> 'quá hạn'
    else:
        # the nearest column left of the group that is not a rate: what it counts
        heads = [" ".join(split[k][j].strip() for k in range(len(split)) if j < len(split[k]) and split[k][j].strip())
                 for j in range(max(len(s) for s in split))]
        before = next((h for h in reversed(heads[:group_at[1]]) if h and not re.search(r"ty\s*le|%", fold(h))), None)
        if before is None:
            return None
        what = _count_words(before, measure)
    link = "do " if cause else ""
    out = [list(s) for s in split]
    out[group_at[0]][group_at[1]] = ""
    for i, k in numbered.items():
        out[at_row][i] = re.sub(r"\s+", " ", f"Số {measure} {what} {link}{_phrase(items[k])}")
    return ["\t".join(s) for s in out]
