"""A working group's members, as a decision setting it up lists them in a table, and its items that give work to them.

    Số TT | Họ và tên        | Chức vụ, đơn vị công tác            | Chức danh trong Tổ | (Nhóm chỉ tiêu phụ trách)
    1     | Ông Lê Văn Thành | Phó Chủ tịch UBND phường            | Tổ trưởng          |
    2     | Bà Ngô Thị Hải Yến | Giám đốc Trung tâm Phục vụ hành chính | Tổ phó           | Dịch vụ công trực
          |                  | công phường                         | thường trực        | tuyến

Items further on give work by the member's number ('3. Thành viên số 2 và thành viên số 8: bố trí …'), by role
('1. Tổ trưởng chỉ đạo chung …', '9. Thư ký ghi biên bản …') or by what the member is in charge of ('2. Tổ phó phụ
trách nhóm chỉ tiêu Dịch vụ công trực tuyến …', '4. Thành viên phụ trách nhóm chỉ tiêu Tiến độ giải quyết …'):
the work goes to the office each member holds, as a unit ('Trung tâm Phục vụ hành chính công') or, for the
committee's chair and deputies, as the post ('Phó Chủ tịch UBND phường').
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extractors.gazetteer import fold
from extractors.sections import Block, unit_of

HEAD_NAME = re.compile(r"ho\s*(?:va\s*)?ten")
HEAD_OFFICE = re.compile(r"chuc\s*vu")
HEAD_ROLE = re.compile(r"chuc\s*danh|vai\s*tro|nhiem\s*vu\s*trong")
HEAD_CHARGE = re.compile(r"phu\s*trach|nhom\s*chi\s*tieu|linh\s*vuc|nhiem\s*vu")
HONORIFIC = re.compile(r"(?i)^(?:ông|bà|đồng\s+chí|đ/c|(?:thiếu|trung|thượng|đại)\s+(?:tá|úy|uý))\s+")
ROLES = ("tổ trưởng", "tổ phó thường trực", "tổ phó", "thư ký", "trưởng đoàn", "phó trưởng đoàn", "thành viên")

# '3. Thành viên số 2 và thành viên số 8:', 'Thành viên số 1 (Tổ trưởng):'
BY_NUMBER = re.compile(r"(?i)thành\s+viên\s+số\s+(\d{1,2})\s*(?:\([^()]{2,40}\))?"
                       r"((?:\s*(?:,|và)\s*(?:thành\s+viên\s+)?(?:số\s+)?\d{1,2}\s*(?:\([^()]{2,40}\))?)*)\s*:\s*")
# 'Tổ trưởng chỉ đạo …', 'Tổ phó phụ trách nhóm chỉ tiêu …', 'Thành viên phụ trách …', 'Thư ký ghi …'
BY_ROLE = re.compile(r"(?i)(tổ\s+trưởng|tổ\s+phó(?:\s+thường\s+trực)?|thư\s+ký|(?:các\s+)?thành\s+viên)(?:\s+(phụ\s+trách|hỗ\s+trợ)\s+)?"
                     r"(?:\s*\((?:mục|phần)\s+[IVX\d]{1,4}\))?"     # ('Tổ trưởng (mục I):': where the list below names them)
                     r"\s*:?\s*(?=\w|$)")
# 'Các thành viên tại mục III (Nhóm 2):': the members a part of the list places under it
BY_SECTION = re.compile(r"(?i)(?:các\s+)?thành\s+viên\s+(?:tại|thuộc|ở)\s+mục\s+([IVX]{1,4})(?:\s*\([^()]{1,40}\))?\s*:\s*")
# ('Thư ký Tổ công tác: ghi biên bản …': the group the role is of, before the work)
OF_GROUP = re.compile(r"(?i)^(?:của\s+)?(?:tổ\s+công\s+tác|tổ|đoàn(?:\s+kiểm\s+tra)?)(?:\s+\d{1,4})?\s*:\s*")


@dataclass(frozen=True)
class Member:
    number: int
    name: str
    office: str
    role: str          # 'tổ trưởng', 'tổ phó thường trực', 'thành viên' … ('' when the table has no such column)
    charge: str        # what the member is in charge of ('Dịch vụ công trực tuyến; Thanh toán trực tuyến'), or ''
    section: str = ""  # the block row the member is listed under ('III' in 'III | NHÓM 2: TIẾN ĐỘ GIẢI QUYẾT …'), or ''


def members_from_tables(blocks: list[Block]) -> list[Member]:
    """Every member of the tables headed 'Họ và tên' and 'Chức vụ' (a row's wrapped cells joined, a page break
    between its rows allowed)."""
    members: list[Member] = []
    columns: Optional[tuple] = None
    rows: list[list[str]] = []
    section = [""]

    def close() -> None:
        if not rows:
            return
        name_at, office_at, role_at, charge_at = columns

        def cell(i: Optional[int]) -> str:
            if i is None:
                return ""
            return re.sub(r"\s+", " ", " ".join(r[i] for r in rows if i < len(r) and r[i].strip())).strip()
        person = HONORIFIC.sub("", cell(name_at))
        if person and cell(office_at):
            members.append(Member(int(rows[0][0]), person, cell(office_at), cell(role_at).lower(), cell(charge_at),
                                  section[0]))
        rows.clear()

    for block in blocks:
        if block.kind != "table":
            if columns and not re.fullmatch(r"\s*-?\s*\d{1,3}\s*-?\s*", block.text):
                close()
                columns = None          # (the page's number between two rows does not end the table)
            continue
        lines = [line.split("\t") for line in block.text.split("\n")]
        heads = [fold(c) for c in lines[0]]
        name = next((i for i, c in enumerate(heads) if HEAD_NAME.search(c)), None)
        office = next((i for i, c in enumerate(heads) if HEAD_OFFICE.search(c)), None)
        if name is not None and office is not None:
            close()
            role = next((i for i, c in enumerate(heads) if i not in (name, office) and HEAD_ROLE.search(c)), None)
            charge = next((i for i, c in enumerate(heads) if i not in (name, office, role) and HEAD_CHARGE.search(c)), None)
            columns = (name, office, role, charge)
            continue
        if columns is None:
            continue
        for line in lines:
            if re.fullmatch(r"\s*\d{1,2}\s*", line[0]):
                close()
                rows.append(line)
            elif re.fullmatch(r"\s*[IVX]{1,4}\s*", line[0]):
                close()
                section[0] = line[0].strip()     # 'III | NHÓM 2: …': the members below are that part's
            elif not line[0].strip() and rows:
                rows.append(line)       # a wrapped cell of the row above ('\t\tcông phường\tthường trực')
    if columns:
        close()
    return members


def office_unit(office: str) -> Optional[str]:
    """The unit an office belongs to ('Giám đốc Trung tâm Phục vụ hành chính công phường' -> 'Trung tâm Phục vụ hành
    chính công'); the post itself for the committee's chair and deputies ('Phó Chủ tịch UBND phường'); another body's
    for its chair ('Phó Chủ tịch Ủy ban MTTQ Việt Nam phường')."""
    office = re.sub(r"\s*\([^()]*\)", "", office).strip()       # '… (phụ trách cải cách hành chính)', '(mời tham gia)'
    if not office:
        return None
    unit, _ = unit_of(re.sub(r"(?i)^(?:công\s+chức|chuyên\s+viên|viên\s+chức|(?:phó\s+)?bí\s+thư)\s+", "", office))
    chair = re.match(r"(?i)(?:phó\s+)?chủ\s+tịch\s+", office)
    body = unit_of(office[chair.end():])[0] if chair and not re.match(r"(?i)(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd",
                                                                         office[chair.end():]) else None
    if body:
        return body        # 'Phó Chủ tịch Ủy ban MTTQ Việt Nam phường': a body's chair does that body's work
    if not unit or chair:
        unit = re.sub(r"(?i)ủy\s+ban\s+nhân\s+dân", "UBND", office[:1].upper() + office[1:])
    return unit


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) > 1}


def member_work(title: str, members: list[Member]) -> Optional[tuple[list[str], str]]:
    """The units an item opening with a member reference gives its work to, and the work; None if it names none."""
    if not members:
        return None
    m = BY_NUMBER.match(title)
    if m:
        numbers = [int(m.group(1))] + [int(n) for n in re.findall(r"\d{1,2}", re.sub(r"\([^()]*\)", "", m.group(2)))]
        chosen = [next((p for p in members if p.number == n), None) for n in numbers]
        if any(p is None for p in chosen):
            return None
        units = list(dict.fromkeys(u for u in (office_unit(p.office) for p in chosen) if u))
        return (units, title[m.end():].strip()) if units else None
    m = BY_SECTION.match(title)
    if m:
        # 'Các thành viên tại mục III (Nhóm 2):': those the list places under that part
        units = list(dict.fromkeys(u for u in (office_unit(p.office) for p in members if p.section == m.group(1)) if u))
        return (units, title[m.end():].strip()) if units else None
    m = BY_ROLE.match(title)
    if not m:
        return None
    role = re.sub(r"\s+", " ", m.group(1).lower())
    several = role.startswith("các ")
    role = role.removeprefix("các ")
    held = [p for p in members if p.role == role or (role == "tổ phó" and p.role.startswith("tổ phó"))
            or (role == "thành viên" and m.group(2))]          # (every member is one: 'Thành viên phụ trách …')
    if m.group(2):
        # 'Tổ phó phụ trách nhóm chỉ tiêu Dịch vụ công trực tuyến …': the one whose charge it is ('Các thành viên phụ
        # trách nhóm Tiến độ giải quyết:': each one whose it is; 'Thành viên hỗ trợ các nhóm chỉ tiêu:': the helper)
        said = _words(title[m.end():m.end() + 80]) | ({"ho", "tro"} if fold(m.group(2)).startswith("ho") else set())
        scored = sorted(((len(_words(p.charge) & said), p) for p in held if p.charge), key=lambda x: -x[0])
        if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0] and not several):
            return None
        held = [p for score, p in scored if score == scored[0][0]]
    if not held or (len(held) != 1 and not several) or role == "thành viên" and not m.group(2):
        return None
    units = list(dict.fromkeys(u for u in (office_unit(p.office) for p in held) if u))
    work = _after_charge(title[m.end():], held[0].charge) if m.group(2) else OF_GROUP.sub("", title[m.end():].strip())
    return (units, work) if units else None


def _after_charge(rest: str, charge: str) -> str:
    """The work after what the member is in charge of ('nhóm chỉ tiêu Số hóa hồ sơ chỉ đạo số hóa …' -> 'chỉ đạo
    số hóa …'), so no unit named in the charge ('Tổ công nghệ số cộng đồng') is taken for one given work."""
    words = _words(charge) | {"va"}
    rest = re.sub(r"(?i)^nhóm\s+(?:chỉ\s+tiêu\s+)?", "", rest.strip())
    tokens = rest.split()
    taken = 0
    while taken < len(tokens) and fold(tokens[taken].strip(",;")) in words:
        taken += 1
    return " ".join(tokens[taken:]) if taken < len(tokens) else rest
