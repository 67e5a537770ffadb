"""Paragraphs (blocks) of a document and the section headings that own them.

A page's wrapped lines are joined into blocks: a bullet ('- ', '+ ', '•'), a numbered or
Roman-numbered heading, a table row, or a prose paragraph. Each block keeps, for every
character, the page and line it came from, so a record found in a block can point to
its line (provenance).

    build_blocks(lines) -> list[Block]        lines: [(page, line_no, Line)] in reading order
    heading_of(text)    -> Heading | None     '2. Trung tâm Phục vụ hành chính công' -> unit heading
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors.deadlines import ROUTINE
from extractors.gazetteer import find_all, find_unit, fold, lookup, place_named, units
from extractors.plaintable import retab, slash_rows
from vanban.model import Line

BULLET = re.compile(r"^\s*(?:[-–—•+*∙·]|\u2212)\s*(?=\S)")
NUMBERED = re.compile(r"^\s*(\d{1,2})(?:\.\d{1,2})*\s*(?:[.)/]|,(?=\s+[^\W\d_]))\s+(?=\S)")   # OCR: '4, Văn phòng' for '4. Văn phòng'
# 'II.', OCR 'I1.', 'HI.' = II., III.; a decision's article 'Điều 2.' is a section of the same rank
ROMAN = re.compile(r"^\s*(?:([IVXL]{1,5}|I[1lI]{1,2}V?|H[Il1]V?)|(?:Điều|ĐIỀU|Dieu|DIEU)\s+(\d{1,2}))\s*[.)]\s*(?=\S)")
HEADER_TAIL = re.compile(r"(?:(?:toi\s*da|dat(?:\s*duoc)?|chuan|xep|hang|thu|diem|ket\s*qua|thuc\s*hien|so|"
                         r"thang|nam|luy\s*ke|ghi\s*chu)\s*)+")
RANKED_UNITS = re.compile(r"\s*(?:cac\s*)?(?:don\s*vi|dia\s*phuong)\s*(?:dan\s*dau|co\s+(?:ty\s*le|diem|ket\s*qua|so)|dat\s+(?:ty\s*le|diem)|"
                          r"(?:xep\s*hang\s*)?(?:thap|cao)\s*nhat|tieu\s*bieu|xep\s*cuoi)")
COMMUNES_HEAD = re.compile(r"(?i)(?:(?:riêng|đối\s+với)\s+)?(?:(?:phó\s+)?chủ\s+tịch\s+(?=ủy|ubnd))?(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+)?"
                           r"(?:\d{1,3}\s+|các\s+|từng\s+|một\s+số\s+)?(?:xã|phường|đặc\s+khu|đơn\s+vị)(?:\s[^.;:]{2,90}|\s*:?)")
SUB_NUMBERED = re.compile(r"^\s*(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s*[.)]?\s+(?=\S)")   # '1.1. ', '2.3) '
# 'a) ', '(1) ', '(a) ', and 'a. ' before a capital ('a. Tổ chức họp thôn …')
LETTERED = re.compile(r"^\s*(?:([a-zđ])\s*[)]|\((?:\d{1,2}|[a-zđ])\))\s+(?=\S)|^\s*([a-zđ])\.\s+(?=[^\W\d_a-zđ\u00e0-\u1ef9])")
TABLE_ROW = re.compile(r"\t")
TABLE_CAPTION = re.compile(r"\s*(?:Bảng|BẢNG|Biểu|BIỂU)(?:\s+\d{1,2})?\s*[.:]\s")     # ('Bảng. Điểm …' unnumbered)
# a task card's labelled line under its item ('4. Kiểm tra, nghiệm thu …' / 'Đơn vị chủ trì: Văn phòng …' / 'Thời gian: …')
CARD_LINE = re.compile(r"(?:(?:don\s*vi|co\s*quan)\s*(?:thuc\s*hien|chu\s*tri|phu\s*trach|phoi\s*hop)|chu\s*tri|"
                       r"thoi\s*gian(?:\s*(?:thuc\s*hien|hoan\s*thanh))?|thoi\s*han|noi\s*dung)\s*:")
STEP = re.compile(r"^\s*(?:Bước|BƯỚC)\s+(\d{1,2})\s*[.:)]\s+(?=\S)")     # 'Bước 1. Tiếp nhận hồ sơ'

# a section's title in capitals on a line of its own, without a numeral ('Phần thứ hai' / 'PHƯƠNG HƯỚNG, NHIỆM VỤ
# NĂM 2026', 'ĐỀ XUẤT, KIẾN NGHỊ'): a section like 'III. …'
CAPS_SECTION = re.compile(r"(?:(?:mot\s*so|cac|nhung)\s+)?(?:nhiem\s*vu|phuong\s*huong|ke\s*hoach|giai\s*phap|de\s*xuat|kien\s*nghi|"
                          r"ton\s*tai|han\s*che|kho\s*khan|ket\s*qua|to\s*chuc\s*thuc\s*hien|muc\s*(?:dich|tieu))(?!\w)")
CLOSING_MARK = re.compile(r"[.,;]\s?/\s?[.,]\s*$")     # './.' that ends a document's body (OCR: ',/.', '. /.')

# what a unit heading may start with, after 'Đối với', 'Giao', 'Nhiệm vụ của'
UNIT_HEAD = re.compile(r"^(?:cac\s+)?(?:phong|trung\s*tam|van\s*phong|ban(?!\s*hanh(?!\w))|so|cong\s*an|uy\s*ban|ubnd|chi\s*nhanh|"
                       r"bao\s*hiem|doan|hoi|to(?!\s*chuc)|thon|truong|tram|chi\s*cuc|cuc|bo\s*phan|don\s*vi|co\s*quan|"
                       r"ban\s*chi\s*huy|mat\s*tran|kho\s*bac|thue|doi(?!\s*ngu(?!\w))|chu\s*tich|pho\s*chu\s*tich|cong\s*chuc|"
                       r"can\s*bo|ttpvhcc|tt(?=\s+pv)|vp(?=\s+hdnd))(?![\w])")   # and 'TTPVHCC', 'TT PVHCC', 'VP HĐND&UBND'
STRIP_LEAD = re.compile(r"^(?:doi\s*voi|rieng|giao(?:\s*cho)?|(?:nhiem\s*vu|yeu\s*cau)(?:\s*(?:chung|rieng))?\s*(?:cua|doi\s*voi)|trach\s*nhiem\s*(?:rieng\s*)?cua|"
                        r"de\s*nghi|yeu\s*cau)\s+")     # ('YÊU CẦU CHUNG ĐỐI VỚI CÁC PHÒNG, …': the units it heads)
ISSUER_TASKS = re.compile(r"(?:nhiem\s*vu|phuong\s*huong|ke\s*hoach|giai\s*phap)[\w\s,]{0,40}?"
                          r"((?:thang|quy|nam|tuan|ky|6\s*thang)\s*(?:toi|tiep\s*theo|sau|ke\s*tiep|cuoi\s*nam)|"
                          r"thoi\s*gian\s*toi|quy\s*(?:iv|i{1,3}|[1-4])(?:\s*(?:/|nam)\s*\d{4})?(?!\w)|"
                          r"(?:thang|quy)\s*\d{1,2}(?:\s*(?:/|nam)\s*\d{4})?(?!\d)|nam\s*\d{4})")
# a section of the issuer's own tasks: 'III. NHIỆM VỤ THÁNG 01 NĂM 2026', '3. Phương hướng, nhiệm vụ quý I',
# 'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM' (no time phrase: NO_TIME); a proposal's '3. Tiến độ dự kiến' (its steps)
ISSUER_HEAD = re.compile(r"^(?:(?:mot\s*so|cac|nhung)\s+)?(?:nhiem\s*vu|phuong\s*huong|ke\s*hoach|giai\s*phap|cam\s*ket|"
                         r"noi\s*dung\s*(?:,|va)?\s*(?:tien\s*do|lo\s*trinh)(?=\s*theo\s*(?:tuan|thang)\s*$)|"
                         r"(?:tien\s*do|lo\s*trinh)\s*(?:du\s*kien|thuc\s*hien|trien\s*khai)(?=\s*$)|"
                         r"(?:cong\s*)?viec(?=\s[^:;]{0,60}?(?:tiep\s*theo|sap\s*toi|trong\s*tam|(?:thoi\s*gian|ngay|tuan|thang)\s*toi|(?<!\w)(?:se|can)\s)))(?!\w)")   # ('CAM KẾT CỦA ỦY BAN NHÂN DÂN XÃ' in a tờ trình: what the issuer will do)
NO_TIME = "-"
OWN_TASKS = re.compile(r"^(?:nhiem\s*vu|trach\s*nhiem)(?:\s*(?:,|va)\s*(?:quyen\s*han|nhiem\s*vu|trach\s*nhiem))?\s+(?:cu\s*the\s+|chung\s+|rieng\s+|truoc\s*mat\s+|trong\s*tam\s+|chu\s*yeu\s+)?(?:cua|doi\s*voi)\s+")
EXECUTES = re.compile(r"chiu\s*trach\s*nhiem\s*thi\s*hanh|to\s*chuc\s*thuc\s*hien\s*(?:quyet\s*dinh|ke\s*hoach|van\s*ban)\s*nay")


@dataclass
class Block:
    kind: str                                  # bullet | numbered | roman | lettered | table | prose
    text: str
    spans: list[tuple[int, int, int, int, Line]] = field(default_factory=list)  # (start, end, page, line_no, Line)
    marker: str = ""                           # '1', 'II', '-' …

    @property
    def folded(self) -> str:
        return fold(self.text)

    def add_line(self, text: str, page: int, number: int, line: Line) -> None:
        """A line that goes on this block on a line of its own (a table row's wrapped cells)."""
        self.text += "\n"
        self.spans.append((len(self.text), len(self.text) + len(text), page, number, line))
        self.text += text

    def where(self, start: int, end: Optional[int] = None) -> list[tuple[int, int, Line, int]]:
        """The lines under text[start:end]: (page, line_no, Line, offset of the line in the block)."""
        end = start + 1 if end is None else end
        out = [(p, n, ln, s) for s, e, p, n, ln in self.spans if s < max(end, start + 1) and e > start]
        if not out and self.spans:
            s, e, p, n, ln = self.spans[-1]
            out = [(p, n, ln, s)]
        return out

    @property
    def first(self) -> tuple[int, int]:
        return (self.spans[0][2], self.spans[0][3]) if self.spans else (1, 1)


# a decimal written with a dot, as clerks sometimes type it ('18.75/20', '81.4%', 'tăng 1.26 điểm', a cell '67.13'):
# one or two digits after the dot, before '%', '/', 'điểm' or in a cell of its own past the first (a dot before
# three digits groups thousands: '1.250 hồ sơ'; '1.1' in a task table's first column numbers an item)
DECIMAL_DOT = re.compile(r"(?<![\d.,/])(\d{1,3})\.(\d{1,2})(?![\d.,])(?=\s*(?:%|/\s*\d|(?:điểm|diem|đ)(?!\w)))|"
                         r"(?<=\t)(\d{1,3})\.(\d{1,2})(?=\s*(?:\t|$))")


def clean(text: str) -> str:
    """Drop markdown emphasis and stray control characters (tabs kept: table cells); a decimal dot becomes
    the decimal comma and a leader of dots spaces (same length: offsets stay those of the line)."""
    text = text.replace("**", "").replace("__", "").replace("\u00a0", " ").rstrip()
    if "đ" in text:
        text = POINTS_ABBREVIATED.sub(" điểm", text)     # '91,87đ', '18/18đ' as clerks type 'điểm'
    if "...." in text or "……" in text:
        # '- Tiến độ giải quyết: ........ 19,24/20 điểm'; '+ Đất đai ........ 09 hồ sơ' (the leader as a colon)
        text = DOT_LEADER.sub(lambda m: (" " if text[:m.start()].rstrip().endswith(":") else ":").ljust(len(m.group(0))), text)
    return DECIMAL_DOT.sub(lambda m: m.group(0).replace(".", ","), text) if "." in text else text


DOT_LEADER = re.compile(r"(?:\.{4,}|…{2,})[.…]*")      # a leader of dots between a label and its figure
POINTS_ABBREVIATED = re.compile(r"(?<=\d)đ(?=[\s;,.)(/:]|$)")


EACH_COMMUNE = re.compile(r"(?<!\w)cua\s+tung\s+(?:xa|phuong|dac\s*khu|dia\s*phuong)(?!\w)")   # '… của từng xã'


def line_kind(text: str, region: str = "body") -> str:
    if region == "table" or (TABLE_ROW.search(text.strip("\t")) and len([c for c in text.split("\t") if c.strip()]) >= 2):
        return "table"
    if BULLET.match(text):
        return "bullet"
    if ROMAN.match(text) and len(text) < 160:
        return "roman"
    numbered = NUMBERED.match(text)
    if numbered and not ("," in numbered.group(0) and text[numbered.end():numbered.end() + 1].islower()):
        return "numbered"       # ('… mức độ' / '2, sử dụng ứng dụng VNeID …' goes on: a number, not an item)
    if LETTERED.match(text):
        return "lettered"
    return "prose"


QUOTED_ITEM = re.compile(r'^\s*["“„]\s*(?=[-–+•]\s|\d{1,2}[.)]\s|[a-zđ][)]\s)')


def _name_goes_on(row: str, line: str) -> bool:
    """A tab-led line that only goes on with the name cell of the table row above it, a row of figures ('5 | Điểm nhóm
    chỉ tiêu Thanh toán trực | điểm | 6,84 | 7,31 | 8,12' / '| tuyến (tối đa 10 điểm)')."""
    if "\n" in row or not line.startswith("\t"):
        return False
    above, below = row.split("\t"), line.split("\t")
    filled = [i for i, c in enumerate(below) if c.strip()]
    if len(filled) == 2 and filled[1] < len(above) and re.fullmatch(r"\s*\d{1,2}\.?\s*", above[0]) \
            and re.match(r"\s*(?:[A-ZĐ]{2,}|[a-zđà-ỹ])", below[filled[1]]) and not re.search(r"\d\s*$|^\s*\d", above[filled[1]]) \
            and re.search(r"[^\W\d]{2,}", above[filled[1]]) and _name_goes_on(row, "\t".join(below[:filled[1]])):
        return True             # ('5 | Bảo trợ xã hội, người | 97 | … | TĐGQ (0,15); DVCTT (0,46);' / '| có công | … | SHHS
        #                         (0,74)': the name and the last text cell both go on)
    if len(filled) == 1 and filled[0] < len(above) and filled[0] == len(below) - 1 and filled[0] >= 2 \
            and re.match(r"\s*[A-ZĐ]{2,}\b", below[filled[0]]) \
            and re.search(r";\s*$", above[filled[0]]):
        return True             # ('3 | Đất đai | … | TĐGQ (0,71); DVCTT (0,84);' / '| | … | TTTT (0,49); SHHS (1,87)'; the
        #                         'Tổng cộng' row's too)
    if len(filled) != 1 or filled[0] >= len(above) or not re.search(r"[^\W\d]{2,}", above[filled[0]]):
        return False
    named = filled[0]
    figures = [c for c in above[named + 1:] if re.fullmatch(r"\s*[-+]?\d[\d.,]*\s*%?\s*", c)]
    # (not how the row was reckoned: '(5) = (4)/(1) x 100' under the rate's row)
    return bool(re.fullmatch(r"\s*\d{1,2}\.?\s*", above[0]) and named >= 1 and len(figures) >= 2
                and re.match(r"\s*(?:[a-zđà-ỹ(]|[A-ZĐ]{2,}\b)", below[named])
                and not re.match(r"\s*\(\d{1,2}\)\s*=", below[named]))


def _joined_name(row: str, line: str) -> str:
    cells, below = row.split("\t"), line.split("\t")
    for other in [i for i, c in enumerate(below) if c.strip()][1:]:
        cells[other] = f"{cells[other].rstrip()} {below[other].strip()}"      # (a text cell going on too)
    named = next(i for i, c in enumerate(below) if c.strip())
    cells[named] = f"{cells[named].rstrip()} {below[named].strip()}"
    # ('Các lĩnh vực khác (tư pháp,' / 'giáo dục, y tế, nội vụ...)': the examples in parentheses are no part of its name)
    cells[named] = re.sub(r"\s*\([^()]*(?:\.\.\.|…|v\.v\.?)\s*\)\s*$", "", cells[named])
    return "\t".join(cells)


def build_blocks(lines: list[tuple[int, int, Line]]) -> list[Block]:
    from extractors.scores import is_plain_header, is_plain_row
    blocks: list[Block] = []
    current: Optional[Block] = None
    blank_before = False
    plain_table = False          # inside a table whose rows OCR gave without cell breaks
    layout = "task-first"        # where such a table of tasks puts the unit in charge
    wrapped = 0
    page_top = False
    step_body = False            # after 'Bước 1. …': the paragraph below is the step's work
    last_page = None
    # a table whose cell breaks OCR lost gets them back where its header says where they were
    texts = slash_rows(retab([clean(line.text) for _, _, line in lines]))
    for (page, number, line), raw in zip(lines, texts):
        quoted = QUOTED_ITEM.match(raw)
        if quoted:
            # a plan's text quoted by the decision amending it: '"b) Phòng …', '"- Rà soát …', '"4. Tổ chức …'
            raw = raw[quoted.end():]
        if page != last_page:
            if last_page is not None and current is not None and not re.search(r"[.;:!?]\s*$", current.text):
                blank_before = False    # a sentence cut by the page break goes on ('… trên' / 'Trang thông tin …')
            last_page, page_top = page, True
        if page_top and re.fullmatch(r"\s*-?\s*\d{1,3}\s*-?\s*", raw):
            continue                    # the page's number at its top ('2', '- 2 -')
        if not raw.strip() or line.region in ("page_number",):
            if raw.strip() == "" and current is not None and not page_top:
                blank_before = True
            continue
        page_top = False
        kind = line_kind(raw, line.region)
        if raw.startswith("\t") and current is not None and current.kind == "table" and "\t" in current.text \
                and (kind != "table" or _name_goes_on(current.text, raw)):
            kind = "table"              # one cell of a table row wrapped onto its own line ('\tquốc gia')
            if _name_goes_on(current.text, raw):
                # '5 | Điểm nhóm chỉ tiêu Thanh toán trực | điểm | 6,84 | 7,31' / '| tuyến (tối đa 10 điểm)': the row's
                # name, read whole with the row
                current.text = _joined_name(current.text, raw)
                current.spans[-1] = (current.spans[-1][0], len(current.text)) + current.spans[-1][2:]
                continue
        if kind == "prose" and raw.strip().isupper() and len(raw.strip()) < 100 and CAPS_SECTION.match(fold(raw.strip())):
            kind = "roman"              # 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026' alone under 'Phần thứ hai': a section
        if kind == "prose" and STEP.match(raw):
            kind, step_body = "numbered", True      # 'Bước 2. Hướng dẫn thanh toán trực tuyến': a step of a procedure
        elif kind == "prose" and step_body and current is not None and current.kind == "numbered":
            kind = "bullet"             # the step's paragraph, naming who does it: an item under the step
        elif kind != "prose":
            step_body = False
        sub = SUB_NUMBERED.match(raw)
        if kind == "prose" and sub and raw[sub.end():sub.end() + 1].isupper():
            kind = "numbered"           # '4.2 Tham mưu …' (no dot after the number)
        if kind == "numbered" and sub and not unit_of(SUB_NUMBERED.sub("", raw, count=1))[0] \
                and not COMMUNES_HEAD.fullmatch(SUB_NUMBERED.sub("", raw, count=1).strip()) \
                and not EACH_COMMUNE.search(fold(raw)) and not CHAIR_LEAD.match(SUB_NUMBERED.sub("", raw, count=1).strip()):
            kind = "sub"                # '1.1. Rà soát …' under '1. Trung tâm …:': an item, not a heading
            #                             ('3.2. Riêng Chủ tịch Ủy ban nhân dân xã Kiến Hải giải trình …' after 3.1's items: a
            #                             chairman's work of its own)
            #                             ('4.2. Ủy ban nhân dân 10 đơn vị có tên tại Bảng 1', '4.3. Riêng xã A và xã B',
            #                             '4.2. Thời hạn gửi báo cáo … của từng xã': headings, of communes named elsewhere,
            #                             together or in the bullets below)
        if kind != "table" and is_plain_task_header(raw):
            kind, plain_table, wrapped, layout = "table", "tasks", 0, plain_task_layout(raw)
        elif kind != "table" and plain_table == "tasks" and is_plain_task_row(raw):
            kind, wrapped = "table", 0
        elif kind != "table" and (is_plain_header(raw) or is_plain_row(raw, bool(plain_table))):
            kind, plain_table = "table", True
        elif plain_table and current is not None and current.kind == "table" and "\t" not in current.text \
                and "\n" not in current.text and HEADER_TAIL.fullmatch(fold(raw.strip())) \
                and is_plain_header(current.text):
            # the second line of a header whose cells wrapped ('tối đa đạt' under 'Điểm Điểm Xếp hạng')
            current.add_line(raw.strip(), page, number, line)
            continue
        elif plain_table == "tasks" and kind == "prose" and wrapped < (2 if layout == "assignee-last" else 4):
            wrapped += 1              # a cell of the row above wrapped onto its own line: the table goes on
            text = raw.strip()
            if current is not None and current.kind == "table" and "\t" not in current.text \
                    and (text[:1].islower() or text[:1].isdigit() or len(text) < 40
                         or layout != "assignee-last" and not text.endswith((".", ":"))):
                # 'phòng chuyên môn Tháng 02/2026' under '1 Rà soát … Trung tâm PVHCC Các': the row goes on
                current.add_line(text, page, number, line)
                blank_before = False
                continue
        else:
            plain_table = False
        text = raw.strip() if kind != "table" else raw.strip("\n")
        inline = re.match(r"\((\d{1,2})\)\s", text) if kind == "lettered" and current is not None else None
        if inline and int(inline.group(1)) > 1 and re.search(r"[:;]\s*\(" + str(int(inline.group(1)) - 1) + r"\)\s", current.text) \
                and current.kind in ("lettered", "numbered", "bullet", "prose"):
            kind = "prose"          # '(2) từ ngày …' going on from 'a) Trung tâm …: (1) …;': the item's next part
        starts_new = (
            current is None or kind != "prose" or current.kind == "table"
            or (current.kind in ("numbered", "roman", "lettered") and (len(current.text) < 60 or current.text.endswith((":", ".")))
                and not text[:1].islower())
            # ('IV. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC THEO TỪNG CHỈ TIÊU BỊ TRỪ ĐIỂM' over 'Ngày 08/01/2027, Chủ tịch …'): a
            # heading in capitals ends where the lines in running case begin
            or (current.kind in ("numbered", "roman", "lettered") and current.text.isupper() and text[:1].isupper()
                and not text.isupper())
            or (blank_before and not text[:1].islower())
            or (current.kind in ("numbered", "lettered") and bool(CARD_LINE.match(fold(text))))
            # ('2. Kết quả … theo lĩnh vực' over 'Bảng 2. Kết quả …' over 'Đơn vị tính: kết quả'): a table's caption
            or bool(TABLE_CAPTION.match(text))
            or (current.text.endswith((".", ":", ";", "!", "?")) and text[:1].isupper() and len(current.spans) >= 1
                and current.text.endswith((".", ":")))
        )
        if starts_new and kind == "prose" and current is not None and current.kind != "table" and not blank_before \
                and current.text.endswith(":") and current.text.count("(") > current.text.count(")"):
            starts_new = False      # '… đứng thứ 3/114 (tháng 10/2026:' / '92,64 điểm, thứ 41/114), …': inside its aside
        blank_before = False
        if starts_new:
            marker = ""
            if kind == "sub":
                kind, marker = "bullet", SUB_NUMBERED.match(text).group(1)
                text = SUB_NUMBERED.sub("", text, count=1)
            elif kind == "bullet":
                marker = "+" if text.lstrip().startswith("+") else "-"     # '+' items sit under a '-' one
                text = BULLET.sub("", text, count=1)
            elif kind == "numbered" and STEP.match(text):
                marker, text = "Bước " + STEP.match(text).group(1), STEP.sub("", text, count=1)
            elif kind in ("numbered", "roman", "lettered"):
                m = {"numbered": NUMBERED, "roman": ROMAN, "lettered": LETTERED}[kind].match(text)
                marker = next((g for g in m.groups() if g), None) if m else ""
            current = Block(kind=kind, text="", marker=marker)
            blocks.append(current)
            offset = 0
        else:
            current.text += " "
            offset = len(current.text)
        current.spans.append((offset, offset + len(text), page, number, line))
        current.text += text
    return [part for block in blocks for part in _ordinal_items(block)]


# 'Một là, …. Hai là, …. Ba là, …': items a paragraph counts off in words
ORDINAL_ITEM = re.compile(r"(?:(?<=^)|(?<=[.:;]\s))(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,\s*")


def _ordinal_items(block: Block) -> list[Block]:
    """A paragraph whose items are counted off in words ('… các nhiệm vụ sau: Một là, phối hợp …. Hai là, …'): its
    lead, then each item a bullet block of its own (the items' lines kept for provenance)."""
    if block.kind != "prose":
        return [block]
    found = list(ORDINAL_ITEM.finditer(block.text))
    if len(found) < 2 or not found[0].group().startswith("Một") or not found[1].group().startswith("Hai"):
        return [block]
    cuts = [(0, found[0].start(), "prose")] + [(m.end(), found[k + 1].start() if k + 1 < len(found) else len(block.text), "bullet")
                                               for k, m in enumerate(found)]
    out = []
    for start, end, kind in cuts:
        text = block.text[start:end].rstrip()
        if not text.strip():
            continue
        spans = [(max(s, start) - start, min(e, start + len(text)) - start, p, n, ln)
                 for s, e, p, n, ln in block.spans if s < start + len(text) and e > start]
        if kind == "bullet":
            text = text[:1].upper() + text[1:]          # ('Hai là, liên hệ …': the item 'Liên hệ …')
        out.append(Block(kind=kind, text=text, spans=spans, marker="-" if kind == "bullet" else block.marker))
    return out


@dataclass
class Heading:
    kind: str                   # numbered | roman | lettered
    title: str                  # heading text without its marker
    unit: Optional[str] = None  # the unit it gives its bullets to (full name), if it names one
    issuer_tasks: Optional[str] = None   # a report's 'tasks of next month' section: the time phrase
    rest: str = ""              # instruction text on the heading line after the unit, if any


def heading_title(block: Block) -> str:
    pattern = {"numbered": NUMBERED, "roman": ROMAN, "lettered": LETTERED}.get(block.kind)
    return pattern.sub("", block.text, count=1).strip() if pattern else block.text


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _has_marks(text: str) -> bool:
    return fold(text) != text.lower()


def _abbreviated(name: str, full: str) -> bool:
    """'Trung tâm PVHCC' abbreviates 'Trung tâm Phục vụ hành chính công': it has a capitalised
    short form the full name does not spell out."""
    caps = re.findall(r"\b[A-ZĐ][A-ZĐ&\-]{1,}\b", name)
    return any(c not in full for c in caps)


def _named(written: str, entry) -> str:
    """A unit as the text names it: the dictionary's full name where the text abbreviates it, else as
    written ('Trung tâm PVHCC' -> 'Trung tâm Phục vụ hành chính công'; 'Công an xã' stays)."""
    if OFFICE.match(entry.name):
        return _sentence_case(written.strip())      # 'Phó Chủ tịch UBND phường': an office, as the text writes it
    if entry.kind == "nhóm" and fold(entry.name).startswith(fold(written.strip())):
        return entry.name                           # 'Các phòng, đơn vị': a group, by its name written in full
    if re.fullmatch(re.escape(fold(entry.name)) + r"\s+(?:xa|phuong|dac\s*khu)", fold(written.strip())):
        return entry.name                           # 'Ban Chỉ huy quân sự phường': the commune's own, by its name
    if _shortened(fold(written)) == _shortened(fold(entry.name)):
        return entry.name                           # 'Văn phòng Ủy ban nhân dân thành phố': 'Văn phòng UBND thành phố'
    return entry.name if _abbreviated(written, entry.name) else _sentence_case(written.strip())


def _shortened(folded: str) -> str:
    """A folded name with its councils and committees as clerks shorten them ('ủy ban nhân dân' -> 'ubnd')."""
    folded = re.sub(r"uy\s*ban\s*nhan\s*dan", "ubnd", folded)
    return " ".join(re.sub(r"hoi\s*dong\s*nhan\s*dan", "hdnd", folded).split())


UNIT_WORDS = {"phòng", "trung", "văn", "ban", "sở", "công", "ủy", "uỷ", "ubnd", "chi", "bảo", "đoàn", "hội", "tổ", "thôn",
              "trường", "trưởng", "trạm", "cục", "bộ", "đơn", "cơ", "mặt", "kho", "thuế", "đội", "chủ", "phó", "cán",
              "ttpvhcc", "tt", "vp"}


def _unit_word(title: str) -> bool:
    """The heading's first word (after 'các') is a unit word, when the text has its marks
    ('Sở' yes, 'Số hóa' no); text without marks (raw OCR) is given the benefit of the doubt."""
    words = title.split()
    if words and words[0].lower() == "các":
        words = words[1:]
    if not words:
        return False
    if fold(title) == title.lower():
        return True
    return words[0].lower().strip(",.:") in UNIT_WORDS


WHEN_TAIL = re.compile(r"\s+(?:tuan|thang|quy|nam|dot)\s*(?:\d|[ivx]+(?!\w)|toi|tiep|sau|nay|cuoi|dau).*$")


def without_when(title: str) -> str:
    """'TRUNG TÂM TUẦN 4 (TỪ NGÀY 19/01 ĐẾN NGÀY 23/01/2026)' -> 'TRUNG TÂM': the unit whose tasks a heading
    lists, without the time they are for."""
    when = WHEN_TAIL.search(fold(title))
    return title[:when.start()] if when else title


def without_locality_word(name: str) -> str:
    """'VP HĐND&UBND phường' -> 'VP HĐND&UBND', 'Các phòng … thuộc UBND xã' -> 'Các phòng …': a unit's name
    without the commune's kind it ends with."""
    return re.sub(r"\s+(?:thuộc\s+(?:UBND|Ủy ban nhân dân)\s+)?(?:xã|phường|đặc khu)$", "", name.strip(),
                  flags=re.IGNORECASE)                  # 'TT PVHCC XÃ' in a heading's capitals too


# 'Chủ trì:', 'Thư ký:', 'Tham dự:' in a meeting's minutes: who attended (extractors/records.py gives them no task)
MEETING_ROLE = re.compile(r"\s*(?:chu\s*tri|thu\s*ky|tham\s*du|thanh\s*phan(?:\s*(?:tham\s*du|moi|du\s*hop))?|vang\s*mat|khach\s*moi|"
                          r"dai\s*dien|cung\s*du)(?:\s*cuoc\s*hop)?\s*(?::|$)")      # '1. Thành phần' (a Giấy mời's) too
SHORT_NAME = re.compile(r"\s*\(\s*(?:sau\s+đây\s+gọi\s+tắt\s+là\s+)?[A-ZĐ][A-ZĐ&.\-]{1,11}\s*\)(?=\s|:|$)")
# '1. Trưởng phòng Kinh tế (ông Phạm Văn Thược):', '4. Chánh Văn phòng … (bà Đỗ Thị Kim Oanh) tham mưu …':
# the person who holds the office, named in passing
HOLDER = re.compile(r"\s*\(\s*(?:ông|bà|đồng\s+chí|đ/c)\s+[A-ZĐ][^()]{2,40}\)(?=\s|:|$)", re.IGNORECASE)
# the locality word after a unit's name, not a place's name ('phường theo dõi …', not 'phường Nam Đồng …')
# the commune's own mass bodies and services, named with the locality word the text gives them ('Đoàn Thanh niên
# phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Hội Liên hiệp Phụ nữ xã', 'Trạm Y tế xã')
MASS_BODY = re.compile(r"(?:Ủy ban Mặt trận Tổ quốc|Đoàn Thanh niên|Hội (?:Liên hiệp Phụ nữ|Cựu chiến binh|Nông dân)|Trạm Y tế)")
OWN_LOCALITY = re.compile(r"\s+(xã|phường|đặc khu)(?!\s+[A-ZĐÂĂÊÔƠƯ])(?!\w)")


def own_locality(text: str, end: int, entry) -> Optional[re.Match]:
    """The locality word right after a mass body's name at `end` ('Đoàn Thanh niên' + ' phường'), else None."""
    return OWN_LOCALITY.match(text, end) if MASS_BODY.match(entry.name) else None


def office_head_only(title: str) -> bool:
    """'Phó Trưởng phòng', 'Trưởng ban': a head of the issuing office named by title alone (no office after it)."""
    folded = fold(title)
    head = HEAD_TITLE.match(folded)
    return bool(head and re.fullmatch(r"\s*(?:phong|ban)\s*", folded[head.end():]))
LOCALITY_LEAD = re.compile(r"^(?:xã|phường|đặc khu)(?!\s+[A-ZĐÂĂÊÔƠƯ])(?:\s*:\s*|\s+)")   # ('… phường: theo dõi …')
CHAIRS_OF_COMMUNES = re.compile(r"(pho\s*)?chu\s*tich\s*(?:ubnd|uy\s*ban\s*nhan\s*dan)\s*cac\s*((?:xa|phuong|dac\s*khu)"
                                r"(?:\s*(?:,|va)\s*(?:xa|phuong|dac\s*khu))*)(?:\s*(?:neu\s*tren|neu\s*tai\s*(?:muc|phan|phu\s*luc)[\w\s.]{0,12}|"
                                r"tren\s*dia\s*ban[\w\s]*|co\s*ten[\w\s]*))?\s*")
# an office a person holds, then what the text goes on with: 'Phó Chủ tịch UBND xã trực tiếp chỉ đạo …'
OFFICE = re.compile(r"((?:Phó\s+)?Chủ\s+tịch\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân)(?:\s+(?:xã|phường|đặc\s+khu))?)\s*,?\s*(.*)$",
                    re.S | re.I)


# a member's role in a working group, before the office that member holds
GROUP_ROLE = re.compile(r"(?:tổ\s+(?:trưởng|phó)(?:\s+thường\s+trực)?|thành\s+viên|(?:phó\s+)?trưởng\s+đoàn)"
                        r"(?:\s+(?:phụ\s+trách|là)(?=\s)|(?=\s*\())", re.IGNORECASE)
# a commune's People's Committee or its chairman, named with the commune ('UBND xã Hà Tây', 'Chủ tịch UBND xã
# Chí Minh'): in a letter from the city or a Sở, the communes are the units given work
COMMUNE_OFFICE = re.compile(r"\s*(?:(?:pho\s*)?chu\s*tich\s*)?(?:ubnd|uy\s*ban\s*nhan\s*dan)\s*(?:xa|phuong|dac\s*khu)\s+\S")
COMMITTEE = re.compile(r"(UBND|Ủy ban nhân dân)\s+(xã|phường|đặc khu)\s+((?:[^\W\d_]\w*)(?:\s+[^\W\d_]\w*){0,3})",   # ('Ái Quốc')
                       re.IGNORECASE)


PERSON_IN_PAREN = re.compile(r"^(?i:đồng\s+chí|đ/c|ông|bà)\s+[^\W\d][^(),:;]{3,40}?\s*\((?P<office>[^()]{3,80})\)\s*:\s*(?P<rest>.*)$", re.S)
# 'công chức Tư pháp - Hộ tịch (Phòng Văn hóa - Xã hội) phối hợp với …': an officer given work as the office named after
STAFF_IN_PAREN = re.compile(r"^(?i:công\s+chức|cán\s+bộ|viên\s+chức)\s+[^\W\d][^(),:;]{2,40}?\s*\((?P<office>[^()]{4,80})\)"
                            r"\s*:?\s*(?P<rest>.*)$", re.S)
# ('1. Đối với công chức một cửa của Trung tâm': the one-stop officers are the Trung tâm's)
STAFF_AT = re.compile(r"^(?i:các\s+)?(?i:công\s+chức|cán\s+bộ)(?:,?\s+(?i:viên\s+chức|nhân\s+viên|người\s+lao\s+động))*"
                      r"(?:\s+(?i:một\s+cửa|tiếp\s+nhận(?:\s+hồ\s+sơ)?))?\s+(?i:làm\s+việc\s+)?(?i:tại|của)\s+(?P<office>(?:Trung\s+tâm|Bộ\s+phận|Văn\s+phòng|Phòng)"
                      r"[^,;:]{0,60}?)(?:\s+(?P<rest>[a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*))?$", re.S)


ALL_COMMITTEES = re.compile(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+các\s+((?:xã|phường|đặc khu)(?:\s*,\s*(?:xã|phường|đặc khu)|"
                            r"\s+và\s+(?:xã|phường|đặc khu))*"
                            # 'các phường trong Cụm' in a Cụm thi đua's notice: its member wards, a unit of their own
                            # 'các xã, phường thuộc nhóm 10 đơn vị thấp nhất' in the city's notice: those it names
                            r"(?:\s+(?:trong|thuộc)\s+(?:[Cc]ụm(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,2})?|"
                            r"nhóm\s+\d{1,3}\s+đơn\s+vị\s+(?:có\s+(?:kết\s+quả|điểm)\s+)?(?:thấp|cao)\s+nhất)"
                            # 'các xã, phường có kết quả dưới 90 điểm': those below a mark
                            r"|\s+có\s+(?:kết\s+quả|tổng\s+điểm|điểm)\s+(?:dưới|từ|trên)\s+\d{1,3}(?:,\d+)?\s+điểm(?:\s+trở\s+(?:lên|xuống))?"
                            # 'các xã, phường được kiểm tra', '… được chọn mẫu': those an inspection or a survey visits
                            r"|\s+được\s+(?:kiểm\s+tra|chọn\s+mẫu|khảo\s+sát|phúc\s+tra|giám\s+sát))?)"
                            r"(?:\s+(?:trên địa bàn thành phố|thuộc thành phố))?"
                            r"(?:\s*\([^()]{2,60}\))?(.*)$", re.IGNORECASE)


def commune_committee(title: str) -> Optional[tuple[str, str]]:
    """'UBND xã Hà Tây (Trưởng Cụm thi đua số 7) chủ trì tổ chức …': ('UBND xã Hà Tây', what it is to do),
    the commune's name a real one (dictionaries/places.tsv); None otherwise."""
    m = COMMITTEE.match(title.strip())
    if not m or not m.group(1)[:1].isupper():
        return None
    place, said = _longest_place(m.group(3))
    if not place or fold(place.kind) != fold(m.group(2)):
        return None
    rest = title.strip()[m.start(3) + len(said):]
    rest = re.sub(r"^\s*\([^()]{2,80}\)", "", rest)        # '(Trưởng Cụm thi đua số 7)': who it is as well
    rest = re.sub(r"^\s*(?:chủ trì,?\s*)?", "", rest, flags=re.IGNORECASE).strip(" :,")
    return f"UBND {m.group(2).lower()} {place.name}", rest


def all_committees(text: str) -> Optional[tuple[str, str]]:
    """'Ủy ban nhân dân các xã, phường, đặc khu …': ('UBND các xã, phường, đặc khu', what follows), else None."""
    every = ALL_COMMITTEES.match(text)
    return (f"UBND các {every.group(1).strip()}", every.group(2).strip(" :,")) if every else None


LISTED_COMMUNES = re.compile(r"^(?:(?:Riêng|Đối với)\s+)?(?:(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+)?các\s+(xã|phường)\s+(?=[A-ZĐ])")
# ('… và các phường Nam Đồng, Tân Hưng': the list goes on with places of the other kind)
KIND_SWITCH = re.compile(r"^(?:các\s+)?(xã|phường|đặc\s+khu)\s+(?=[A-ZĐ])")


def listed_communes(text: str) -> Optional[tuple[str, str]]:
    """'Riêng các xã Kẻ Sặt, Đường An và Hà Đông: Chủ tịch … báo cáo …': ('UBND xã Kẻ Sặt; UBND xã Đường An; UBND xã
    Hà Đông', the rest), a record each; every name a real commune of that kind (dictionaries/places.tsv), else None.
    (Their chairmen, 'Chủ tịch Ủy ban nhân dân các xã Vĩnh Am, Hà Tây và các phường Nam Đồng, Tân Hưng:': chairs_of.)"""
    m = LISTED_COMMUNES.match(text.strip())
    if not m:
        return None
    kind, rest = m.group(1), text.strip()[m.end():]
    head, colon, tail = rest.partition(":")
    parts = re.split(r"\s*,\s*|\s+và\s+", head.strip()) if colon and len(head) < 160 else []
    if not colon:
        # ('UBND các xã Kẻ Sặt, Đường An và Hà Đông báo cáo …': the last name runs on into what they are to do)
        parts = re.split(r"\s*,\s*|\s+và\s+", rest.strip(), maxsplit=6)
        place, said = _longest_place(parts[-1]) if parts else (None, "")
        if not place:
            return None
        tail, parts = parts[-1][len(said):], parts[:-1] + [said]
    named = []
    for part in parts:
        switch = KIND_SWITCH.match(part)
        if switch:
            kind, part = " ".join(switch.group(1).split()), part[switch.end():]
        place = place_named(part)
        if not place or fold(place.kind) != fold(kind):
            return None
        named.append(f"UBND {kind} {place.name}")
    return ("; ".join(named), tail.strip(" :,")) if len(named) >= 2 else None


def committees(title: str) -> Optional[tuple[str, str]]:
    """commune_committee, and the other communes' committees named after it ('Ủy ban nhân dân phường Nam Đồng và Ủy
    ban nhân dân phường Ái Quốc', 'Ủy ban nhân dân xã Quyết Thắng, xã Bắc Thanh Miện: …'): ('A; B', the rest), a
    record each."""
    committee = commune_committee(title)
    if not committee:
        return None
    named, rest = [committee[0]], committee[1]
    while (other := re.match(r"(?:(?:,|và)\s*)?(?:(?:Ủy ban nhân dân|UBND)\s+)?((?:xã|phường|đặc khu)\s+.+)$", rest)):
        more = commune_committee("UBND " + other.group(1))
        if not more:
            break
        named.append(more[0])
        rest = more[1]
    return ("; ".join(named), rest.lstrip(" :")) if len(named) > 1 else committee


def _committees_then_work(text: str) -> Optional[tuple[str, str]]:
    """committees(), where what follows them is nothing or a sentence of its own ('xã Tân Kỳ, xã Hà Tây và phường
    Dương Kinh' over 'Tổ chức kiểm điểm …' run into one item), not more names ('… và Chủ tịch UBND xã Hà Nam')."""
    found = committees(text)
    return found if found and (not found[1] or found[1][:1].isupper()) else None


def _longest_place(words: str):
    """(the commune, the words naming it) for the longest run of `words`' first words that names a real
    commune ('Hà Tây (Trưởng …' -> Hà Tây), else (None, '')."""
    split = words.split()
    for k in range(len(split), 0, -1):
        place = place_named(" ".join(split[:k]))
        if place:
            return place, " ".join(split[:k])
    return None, ""


def _unit_of_place(title: str) -> Optional[str]:
    """'Bưu điện văn hóa xã Cẩm Giang', 'Trạm Y tế phường Lê Chân': a unit of the dictionary followed by a
    real commune's name (dictionaries/places.tsv), named as written; None otherwise."""
    m = re.match(r"(.{4,60}?)\s+((?:xã|phường|đặc khu)\s+)?((?:[A-ZĐÂĂÊÔƠƯ]\w*)(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*){0,3})$", title.strip())
    if not m or not place_named(m.group(3)):
        return None
    entry = find_unit(m.group(1), 0.92) or find_unit(without_locality_word(m.group(1)), 0.92)
    if entry is None or entry.kind == "ubnd":
        return None
    return _sentence_case(title.strip())


FIELD_LABEL = re.compile(r"(?:(?:cac\s*)?don\s*vi|co\s*quan)\s*(?:giup\s*viec|phoi\s*hop|chu\s*tri|thuc\s*hien|dau\s*moi)\s*:")


def _units_listed(title: str) -> Optional[str]:
    """'Phòng Kinh tế, Phòng Văn hóa - Xã hội và Công an xã': three or more offices' whole names joined by commas and
    'và', nothing else, as 'A; B; C'; None otherwise ('Phòng Văn hóa - Xã hội và Công an phường' work together, one
    record; 'Trưởng các thôn, tổ dân phố' are the villages' heads)."""
    if not re.search(r",", title) or re.search(r"thon|to\s*dan\s*pho|khu\s*pho", fold(title)):
        return None
    names, rest = [], title.strip(" :")
    while rest:
        named, after = lead_unit(rest)
        if not named or not fold(rest).startswith(fold(named)[:6]) or named in names:
            return None
        names.append(named)
        rest = re.sub(r"^(?:,|và)\s*", "", after.strip()).strip(" :")
        if len(names) > 8:
            return None
    return "; ".join(names) if len(names) >= 3 else None


# a unit heading in a meeting's minutes naming who reported for it: what the unit reported, not work given to it
REPORTED_BY = re.compile(r"^[^()]{4,100}\(\s*(?:[Đđ]ồng\s+chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+[^()]{2,40}?\s+(?:báo\s+cáo|trình\s+bày)\s*\)")


# 'Chủ tịch Ủy ban nhân dân xã Kiến Hưng, xã Gia Phúc và phường Hải Dương': one office of several places
OFFICE_OF_PLACES = re.compile(r"^((?:Chủ\s+tịch|Phó\s+Chủ\s+tịch)\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân))\s+"
                              r"((?:xã|phường|đặc\s+khu)\s+[^,;:()]{2,30}(?:\s*,\s*(?:xã|phường|đặc\s+khu)\s+[^,;:()]{2,30})*"
                              r"\s+và\s+(?:xã|phường|đặc\s+khu)\s+[^,;:()]{2,30})$")
# 'Thủ trưởng các sở, ban, ngành thành phố và Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu': two groups, each given it
TWO_GROUPS = re.compile(r"^(.{6,80}?)\s+và\s+((?:Chủ\s+tịch|Thủ\s+trưởng|Giám\s+đốc|Ủy\s+ban|Uỷ\s+ban|UBND)\s.{4,80})$")


# a team numbered in its name ('Tổ kiểm tra công vụ số 1', 'Đoàn kiểm tra số 2'), or a body's branch named by its place
# ('Chi nhánh Kiến An')
NUMBERED_TEAM = re.compile(r"(?:Tổ|Đoàn|Nhóm)\s[^,;:()]{3,40}?\s+số\s+\d{1,2}|Chi\s+nhánh\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}")


def _joined_units(title: str) -> Optional[str]:
    """Several units a heading joins with 'và' that each get its work ('A; B', a record each): an office of several
    places named one by one, or two groups ('Thủ trưởng các sở, ban, ngành' standing for 'Các sở, ban, ngành')."""
    places = OFFICE_OF_PLACES.match(title)
    two = re.fullmatch(r"([^,;:()]{4,60}?)\s+và\s+([^,;:()]{4,60})", title) if not places else None
    if places:
        parts = [f"{places.group(1)} {p.strip()}" for p in re.split(r"\s*,\s*|\s+và\s+", places.group(2))]
    elif two and not find_unit(title, 0.92) and all(find_unit(side.strip(), 0.92) for side in two.groups()):
        parts = list(two.groups())      # '4. Phòng Kinh tế và Công an xã': two offices (not 'Văn phòng HĐND và UBND': one)
    elif len(teams := re.split(r"\s*,\s*|\s+và\s+", title.strip(" :."))) >= 2 and all(NUMBERED_TEAM.fullmatch(t) for t in teams):
        parts = teams                   # 'Tổ kiểm tra công vụ số 1 và Tổ kiểm tra công vụ số 2', 'Chi nhánh Kiến An và
        #                                 Chi nhánh Vĩnh Bảo': each of them
    else:
        pair = TWO_GROUPS.match(title)
        if not pair or "," not in pair.group(1) + pair.group(2):
            return None
        from extractors.gazetteer import find_all
        joint = pair.end(1)
        if any(s < joint < e for s, e, _ in find_all("units", title)):
            return None         # 'Văn phòng HĐND và UBND đặc khu (…, …)': one unit whose name holds the 'và'
        parts = [re.sub(r"(?i)^thủ\s+trưởng\s+(?=các\s)", "", part) for part in pair.groups()]
    named = [unit_of(part) for part in parts]
    if len(named) >= 2 and all(unit and not rest and ";" not in unit for unit, rest in named):
        return "; ".join(unit[:1].upper() + unit[1:] for unit, _ in named)
    return None


TOPIC_THEN_UNIT = re.compile(r"^([^-–:;]{4,90}?)\s+[-–]\s+(\S.{3,})$")


def unit_of(title: str) -> tuple[Optional[str], str]:
    """('Trung tâm Phục vụ hành chính công', rest) when the heading names a unit."""
    title = title.strip().rstrip(":.;")
    # ('7. Phòng Kiểm soát thủ tục hành chính, Văn phòng Ủy ban nhân dân thành phố:': the office, of the body named after it)
    title = re.sub(r"^((?:Phòng|Trung tâm|Ban)\s[^,:;]{3,60}),\s*(?:Văn\s+phòng|Sở)\s[^,:;]{3,60}$", r"\1", title)
    title = SHORT_NAME.sub("", title)         # 'Trung tâm … phường (TTPVHCC)': the short name it is given after
    title = HOLDER.sub("", title)
    title = re.sub(r"\s+(?=:)", "", title)     # '… xã (TTPVHCC) chủ trì, …:' once the short name is gone
    if FIELD_LABEL.match(fold(title)):
        return None, ""          # 'b) Đơn vị giúp việc: Văn phòng … (đầu mối); …': a label over the units it names
    if ";" in title and ":" not in title:
        # '3. Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội': each unit (a record each)
        named = [unit_of(part) for part in title.split(";") if part.strip()]
        if len(named) > 1 and all(unit and not rest for unit, rest in named):
            return "; ".join(unit for unit, _ in named), ""
    head, colon, said = title.partition(":")
    joined = _joined_units(head.strip())
    if joined:
        return joined, said.strip() if colon else ""
    listed = _units_listed(title)
    if listed:
        return listed, ""          # 'a) Phòng Kinh tế, Phòng Văn hóa - Xã hội và Công an xã:': each unit (a record each)
    role = GROUP_ROLE.match(title)
    if role:
        # '- Tổ phó thường trực (Giám đốc Trung tâm …):', '- Thành viên phụ trách Phòng Kinh tế (Trưởng phòng …):',
        # 'Thành viên là Chánh Văn phòng HĐND và UBND xã:': a member of a working group given work as its office
        aside = re.match(r"\s*\(([^()]{4,80})\)\s*(.*)$", title[role.end():])
        # ('Thành viên là Bí thư Đoàn Thanh niên xã:': the secretary's is the Đoàn's)
        unit, rest = unit_of(aside.group(1)) if aside else unit_of(re.sub(r"(?i)^\s*(?:phó\s+)?bí\s+thư\s+(?=đoàn)", "",
                                                                         title[role.end():]))
        if unit and (not aside or not aside.group(2).strip(" :")):
            return unit, rest
    aside = re.match(r"^([^()]{6,80}?)\s*\(([^()]{4,80})\)$", title)
    if aside and not re.match(r"phu\s*trach(?!\s*nhom)", fold(aside.group(2))):     # ('(phụ trách nhóm Tiến độ giải quyết)' too)
        unit, rest = unit_of(aside.group(1))
        if unit and not rest:
            return unit, ""                    # 'Văn phòng HĐND và UBND xã (bộ phận thường trực của Đoàn kiểm tra)'
    topic = TOPIC_THEN_UNIT.match(title)
    # (a topic has words in small letters; a person's name before the dash does not: 'Đồng chí Đặng Văn Hùng - Phó Chủ tịch
    # UBND xã (…)' is read below, as whom the work goes to)
    if topic and re.search(r"(?<!\S)[a-zđà-ỹ]", topic.group(1)) and not re.match(r"(?i)(?:đồng\s+chí|đ/c|ông|bà)\s", title) \
            and not unit_of(topic.group(1))[0]:
        # '4. Công tác theo dõi, tổng hợp - Văn phòng HĐND và UBND xã', '3. Nhóm Tiến độ giải quyết … - Phòng Kinh tế
        # chủ trì': a topic, then the unit that does its work
        unit, rest = unit_of(topic.group(2))
        if unit and (not rest or re.match(r"chu\s*tri(?!\w)", fold(rest))):
            return unit, ""
    folded = fold(title)
    lead = STRIP_LEAD.match(folded)
    if lead:
        title, folded = title[lead.end():], folded[lead.end():]
        if fold(lead.group(0)).startswith("nhiem"):
            title = without_when(title)       # 'NHIỆM VỤ CỦA TRUNG TÂM TUẦN 4 (TỪ NGÀY 19/01 …)': whose, not when
            folded = folded[:len(title)]
    if RANKED_UNITS.match(folded):
        return None, ""          # '1. Đơn vị dẫn đầu', '2. Đơn vị có tỷ lệ thấp nhất': which places did best or worst
    every = all_committees(title)
    if every:
        return every             # 'Ủy ban nhân dân các xã, phường, đặc khu' in a city body's letter: the committees it writes to
    committee = listed_communes(title) or committees(title) or chairs_of(title, (listed_communes, _committees_then_work))
    if committee:
        return committee
    worker = PERSON_IN_PAREN.match(title) or STAFF_AT.match(title)
    if worker:
        # '3. Đồng chí Trịnh Minh Khôi (công chức Trung tâm): giải quyết …', '5. Công chức, viên chức, nhân viên làm
        # việc tại Trung tâm mời người dân …': the office they work in
        where = worker.group("office")
        where = where[STAFF.match(fold(where)).end():] if STAFF.match(fold(where)) else where
        unit = unit_in_cell(where.strip()) or ("Trung tâm Phục vụ hành chính công" if fold(where).strip() == "trung tam" else None)
        if unit:
            return unit, (worker.group("rest") or "").strip(" :,")
    heads = re.split(r"\s*,\s*|\s+và\s+", title.strip(" :"))
    if len(heads) >= 2 and all(re.fullmatch(r"(?i:trưởng\s+(?:thôn|tổ\s+dân\s+phố|khu\s+phố))\s+\S.{0,30}", h) for h in heads):
        # '2. Trưởng thôn Cát Linh, Trưởng thôn Kim Đới': each village's head (a record each)
        return "; ".join(h[:1].upper() + h[1:] for h in heads), ""
    village_heads = re.fullmatch(r"((?i:trưởng\s+(?:thôn|tổ\s+dân\s+phố|khu\s+phố)))\s+(.+)", title.strip(" :"))
    names = re.split(r"\s*,\s*|\s+và\s+", village_heads.group(2)) if village_heads else []
    if len(names) >= 2 and all(re.fullmatch(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}", n) for n in names):
        # '2. Trưởng thôn Tân Lập, Phú Thọ, An Cư và Thanh Xá': each of those villages' heads
        office = village_heads.group(1)[:1].upper() + village_heads.group(1)[1:]
        return "; ".join(f"{office} {n}" for n in names), ""
    pair = re.fullmatch(r"(.{8,80}?)\s+và\s+(.{8,80})", title)
    if pair and all(COMMUNE_OFFICE.match(fold(side)) for side in pair.groups()):
        # '2. Chủ tịch UBND xã Chí Minh và Chủ tịch UBND xã Hà Nam': each commune's chairman (two records)
        named = [unit_of(side) for side in pair.groups()]
        if all(unit and not rest for unit, rest in named):
            return "; ".join(unit for unit, _ in named), ""
    person = person_before_office(title) or COMRADE.match(folded)
    if person:
        # '1. Đồng chí Vũ Đình Khang, Chủ tịch UBND xã:', '4. Ông Lê Minh Phúc - Chánh Văn phòng …:',
        # 'Đồng chí Trưởng Công an xã': the office the person holds is the unit
        title, folded = title[person.end():], folded[person.end():]
        staff = STAFF.match(folded)
        if staff and UNIT_HEAD.match(folded[staff.end():]):
            title, folded = title[staff.end():], folded[staff.end():]    # '…, công chức Văn phòng …': that office
            unit = unit_in_cell(title)
            rest = title[len(unit):] if unit and fold(title).startswith(fold(unit)) else None
            if unit and rest is not None and re.match(r"\s*(?:làm việc|công tác|tại|thuộc)\s", rest) and ":" not in rest:
                return unit, ""        # '… công chức Phòng Kinh tế làm việc tại Quầy số 2': the office, not the desk
        duty = re.match(r"^(.*?)\s*\((phu\s*trach[^)]*)\)\s*$", folded)
        if duty:       # 'Phó Chủ tịch UBND xã (phụ trách khối Kinh tế)': the duty names which deputy
            title = f"{title[:duty.end(1)]} {title[duty.start(2):duty.end(2)]}"
            folded = fold(title)
            if OFFICE.match(title):
                return _sentence_case(title.strip()), ""
        office = OFFICE.match(title)
        if office and ":" not in title and not SPEAKS.match(fold(office.group(2))):
            # 'Giao đồng chí … - Phó Chủ tịch UBND xã trực tiếp chỉ đạo …': the office, then its work
            return _sentence_case(office.group(1)), office.group(2).strip(" :,")
        if SPEAKS.search(folded) and not (lead and fold(lead.group(0)).startswith(("giao", "de nghi", "yeu cau"))):
            # 'Đồng chí …, Giám đốc TTPVHCC báo cáo kết quả tháng 6/2026': who spoke, not who is given work
            # ('Giao Đ/c … - Chánh Văn phòng … theo dõi, …, báo cáo Chủ tịch …' gives work)
            return None, ""
    chair = re.match(r"(?:(?:cac\s*)?dong\s*chi\s+)?(?=(?:pho\s*)?chu\s*tich\s)", folded)
    office = OFFICE.match(title[chair.end():]) if chair else None
    if office:
        # '3. Giao đồng chí Phó Chủ tịch UBND phường phụ trách khối Văn hóa - Xã hội:': the office (and its duty)
        duty = office.group(2).strip(" :.")
        if not duty:
            return _sentence_case(office.group(1).strip()), ""
        level = re.search(r"(?:xa|phuong|dac\s*khu)$", fold(office.group(1).strip()))
        place, said = _longest_place(duty) if level else (None, "")
        if place and said == duty and re.sub(r"\s+", " ", fold(place.kind or "")) == re.sub(r"\s+", " ", level.group(0)):
            # '1. Đối với Chủ tịch Ủy ban nhân dân phường Thành Đông' in a city body's report: that ward's chairman
            office_name = re.sub(r"(?i)ủy\s+ban\s+nhân\s+dân", "UBND", office.group(1).strip())
            return _sentence_case(f"{office_name} {place.name}"), ""
        if re.match(r"phu\s*trach\s", fold(duty)) and len(duty) <= 60 and not re.search(r"[:;]", duty):
            return _sentence_case(f"{office.group(1).strip()} {duty}"), ""
    chairs = CHAIRS_OF_COMMUNES.fullmatch(folded)
    if chairs:
        # '1. Chủ tịch Ủy ban nhân dân các xã, phường nêu trên' in a city body's letter: the chairs addressed
        return f"{'Phó ' if chairs.group(1) else ''}Chủ tịch UBND các {title[chairs.start(2):chairs.end(2)]}", ""
    if office_head_only(title):
        return _sentence_case(title.strip()), ""     # '3. Phó Trưởng phòng' in an office's own report: that office holder
    head = HEAD_TITLE.match(folded)
    if head:
        title, folded = title[head.end():], folded[head.end():]
    # 'Giám đốc Trung tâm … có trách nhiệm', '2. Phòng Văn hóa - Xã hội chịu trách nhiệm:' heads the items below it:
    # the unit is what is named
    duty = re.search(r"\s+(?:co|chiu)\s*trach\s*nhiem\s*:?\s*$", folded)
    if duty:
        title, folded = title[:duty.start()], folded[:duty.start()]
    colon = title.find(":")
    if not UNIT_HEAD.match(folded) and 0 < colon <= 40:
        # 'TTPVHCC xã: (1) rà soát …': a unit's short name before its colon
        short = title[:colon].strip()
        entry = find_unit(short, 0.92) or find_unit(without_locality_word(short), 0.92)
        if entry and entry.kind != "ubnd" and _abbreviated(without_locality_word(short), entry.name):
            return entry.name, title[colon + 1:].strip()
    if not UNIT_HEAD.match(folded) or not _unit_word(title):
        entry = find_unit(title) or find_unit(without_locality_word(title))  # 'VP HĐND&UBND phường'
        placed = None if entry else _unit_of_place(title)
        if placed:
            return placed, ""        # 'Bưu điện văn hóa xã Cẩm Giang': the unit of that commune, as written
        named, colon, said = title.partition(":")
        placed = _unit_of_place(named) if colon and not entry else None
        if placed:
            return placed, said.strip()      # '5. Đề nghị Bưu điện văn hóa xã Tứ Kỳ: cử nhân viên …': its work
        if entry and entry.kind == "khác" and re.search(r"(?<!\w)cac\s", folded):
            return _sentence_case(title.strip()), ""      # 'Trưởng thôn các thôn', 'Chi hội Phụ nữ các thôn': as written
        if entry and title.isupper() and entry.kind != "ubnd":
            spelled = _spelling_written(title, entry)    # capitals OCR damaged at their start ('LÀ' for 'II.')
            return (entry.name if _abbreviated(spelled, entry.name) else spelled), ""
        return (entry.name, "") if entry else (None, "")
    if ":" not in title and re.search(r"\s(?:" + SPEAKS.pattern + r")(?:\s*(?:nhanh|tom\s*tat|ket\s*qua))?\s*$", folded):
        return None, ""         # '1. Ủy ban nhân dân phường báo cáo (nhanh)' in minutes: what the unit said, not its work
    # heading is the unit itself, or 'Unit: instruction' / 'Unit chủ trì …'
    name, rest = title, ""
    colon = title.find(":")
    if colon > 0:
        name, rest = title[:colon], title[colon + 1:].strip()
    words = name.split()
    if len(words) > 10:
        # a long heading: a unit named at its start ('Giao Phòng Kinh tế rà soát …'), or none
        from extractors.gazetteer import find_all
        found = [f for f in find_all("units", name) if f[2].kind != "ubnd"]
        if found and found[0][0] <= 2:
            s, e, entry = found[0]
            own = own_locality(name, e, entry)
            if own:             # 'Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp …': the body named with its word
                return f"{_named(name[s:e], entry)} {own.group(1)}", (name[own.end():].strip() + (": " + rest if rest else "")).strip(" :")
            tail = name[e:].strip()
            partners = re.match(r"(?:(?:xa|phuong|dac\s*khu)\s+)?(?=(?:chu\s*tri|phoi\s*hop)\b)", fold(tail))
            if partners:
                # 'Giao Trung tâm … xã (TTPVHCC) chủ trì, phối hợp với Phòng Kinh tế:': the unit in charge
                tail = tail[partners.end():]
                return _named(name[s:e], entry), (tail + (": " + rest if rest else "")).strip(" :")
            after = LOCALITY_LEAD.sub("", tail)
            if len(re.findall(r"\w+", tail)) <= 10 and ";" not in tail and \
                    re.match(r"(?:va|xa|phuong|dac\s*khu|cac|cung|thanh\s*pho)\b", fold(tail)) and \
                    (after == tail or re.match(r"(?:va|cac|cung)\b", fold(after))):
                # the name goes on: '… Việt Nam xã và các tổ chức …' (not the locality word before the work: 'Văn
                # phòng HĐND và UBND phường bố trí máy …')
                return _sentence_case(name.strip()), rest
            written = name[s:e]
            area = _agency_area(name[e:]) if entry.kind == "ngành dọc" else ""
            if area:            # 'Bảo hiểm xã hội cơ sở Chí Linh duy trì …': the agency's office for that area
                return f"{_named(written, entry)} {area.strip()}", (name[e + len(area):].strip() + (": " + rest if rest else "")).strip(" :")
            tail = LOCALITY_LEAD.sub("", tail)     # 'VP HĐND&UBND phường theo dõi …': the commune's unit
            return _named(written, entry), (tail + (": " + rest if rest else "")).strip(" :")
        return None, ""
    if fold(name.strip()) == "trung tam":
        # 'Giao Giám đốc Trung tâm:' after '(sau đây gọi tắt là Trung tâm)': a commune has one Trung tâm
        return "Trung tâm Phục vụ hành chính công", rest
    entry = find_unit(name, 0.92)
    core = without_locality_word(name)
    if entry is None and core != name.strip():
        # 'Trung tâm PVHCC xã' (the commune's own centre): named as 'Trung tâm PVHCC' is
        entry = find_unit(core, 0.92)
        if entry and entry.kind != "ubnd" and _abbreviated(core, entry.name):
            return entry.name, rest
        if re.search(r"\s+thuộc\s+(?:UBND|Ủy ban nhân dân)\s+\S+$", name):
            return _sentence_case(core), rest     # 'Các phòng, đơn vị chuyên môn thuộc UBND phường': the units
    if name.isupper() and len(name) > 4:
        # 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG': the dictionary's spelling (the variant written: 'CÔNG AN
        # XÃ' is 'Công an xã', not the entry's 'Công an phường'), else the words in sentence case
        if entry and entry.kind != "ubnd":
            spelled = _spelling_written(name, entry)
            return (entry.name if _abbreviated(spelled, entry.name) else spelled), rest   # 'TT PVHCC': the full name
        return _sentence_case(name.strip().lower()), rest
    if entry and entry.kind != "ubnd" and not _has_marks(name):
        return entry.name, rest          # text that lost its marks (raw OCR): the dictionary's spelling
    if entry and entry.kind != "ubnd":
        # an abbreviation ('Trung tâm PVHCC') becomes the full name; a full heading stays as written
        exact = lookup("units", name)
        if exact and fold(name) != fold(exact.name) and _abbreviated(name, exact.name):
            return exact.name, rest
        if _shortened(fold(name)) == _shortened(fold(entry.name)):
            return entry.name, rest      # '3. Văn phòng Ủy ban nhân dân thành phố:': 'Văn phòng UBND thành phố', as clerks write it
        if exact is None and _abbreviated(name, entry.name):
            return entry.name, rest      # an abbreviation OCR damaged ('Phòng KT, HT&DBT'): closest to one of its spellings
        if core != name.strip() and not re.search(r"(?:xa|phuong|dac\s*khu)$", fold(entry.name)) \
                and not MASS_BODY.match(entry.name):        # ('Đoàn Thanh niên phường' keeps its word)
            return _sentence_case(core), rest     # 'Văn phòng HĐND và UBND đặc khu': the unit ('Công an xã' keeps its word)
    return _sentence_case(name.strip()), rest


def _spelling_written(name: str, entry) -> str:
    """The entry's spelling the capitals write ('CÔNG AN XÃ': 'Công an xã'), else the one closest to them
    ('LÀ CÁC PHÒNG CHUYÊN MÔN', 'II.' as OCR read it: 'Các phòng chuyên môn', not 'Các phòng, đơn vị …')."""
    written = fold(name.strip())
    spellings = (entry.name, *entry.spellings)
    exact = next((s for s in spellings if fold(s) == written), None)
    if exact:
        return exact
    from rapidfuzz import fuzz
    return max(spellings, key=lambda s: fuzz.ratio(fold(s), written))


def heading_of(block: Block) -> Optional[Heading]:
    if block.kind == "prose":
        # a unit's name alone on a line ('Trung tâm Phục vụ hành chính công') heads the bullets below it
        title = block.text.strip().rstrip(":")
        if len(title) <= 80 and not re.search(r"[.;,]$", block.text.strip()) and len(block.spans) == 1:
            entry = lookup("units", title)
            unit, rest = unit_of(title)
            own = bool(unit) and block.text.strip().endswith(":") and lookup("units", unit) is not None and \
                fold(title).startswith(fold(unit)) and \
                re.fullmatch(r"\s*(?:xa|phuong|dac\s*khu)?\s*", fold(title)[len(fold(unit)):]) is not None
            if (entry and entry.kind != "ubnd") or ((title.isupper() or own) and unit and not rest
                                                    and not re.match(r"(?:ubnd|uy\s*ban)", fold(title))):
                # ('Trung tâm Phục vụ hành chính công phường:' over '+' bullets: the unit, its commune's word after it)
                # ('VĂN PHÒNG HĐND VÀ UBND XÃ': in capitals, with its commune's level word)
                return Heading("prose", title, unit=unit)
        return None
    if block.kind not in ("numbered", "roman", "lettered"):
        return None
    title = heading_title(block)
    folded = fold(title)
    if REPORTED_BY.search(title):
        return Heading(block.kind, title)     # '2. Văn phòng … (đồng chí Vũ Đình Hòa báo cáo)': what it reported, no work
    if block.kind == "roman" and (CLOSING_MARK.search(title) or EXECUTES.search(folded)):
        return Heading(block.kind, title)     # 'Điều 3. Chánh Văn phòng …, Thủ trưởng … chịu trách nhiệm thi hành …'
    owner = OWN_TASKS.match(folded)
    if owner and len(title) <= 100:
        # 'Điều 2. Nhiệm vụ của Tổ công tác', 'II. TRÁCH NHIỆM CỦA TRUNG TÂM …': the items below are that unit's
        # ('… của Tổ công tác và các thành viên': the group's, each member's own below)
        unit, rest = unit_of(re.sub(r"(?i)\s+và\s+các\s+thành\s+viên\s*$", "", without_when(title[owner.end():])))
        if unit and not rest:
            return Heading(block.kind, title, unit=unit)
    if block.kind in ("roman", "numbered") and ISSUER_HEAD.match(folded) and len(title) <= 100 \
            and not re.search(r"[;:]\s*\S", title):
        m = ISSUER_TASKS.search(folded)
        return Heading(block.kind, title, issuer_tasks=title[m.start(1):m.end(1)].lower() if m else NO_TIME)
    lead_said = LEAD_SAID.search(title)
    if lead_said and block.kind in ("numbered", "roman", "lettered"):
        named, after = unit_of(re.sub(r"\s+", " ", lead_said.group(1) or lead_said.group(2)))
        if named and not after:
            # '1. Nhóm Công khai, minh bạch - đơn vị chủ trì: Văn phòng HĐND và UBND phường': that unit's items below
            return Heading(block.kind, title, unit=named)
    led = LED_BY.search(title)
    for dash in re.finditer(r"\s[-–]\s+", title[:led.start()] if led else ""):
        named, after = unit_of(title[dash.end():led.start()])
        if named and not after and dash.start() >= 6:
            # '1. Lĩnh vực Công tác chỉ đạo, điều hành (10,75/12 điểm) - Văn phòng HĐND và UBND phường chủ trì': the
            # unit after the dash leads the items below ('- Phòng Văn hóa - Xã hội chủ trì': the first dash that
            # leaves a unit's whole name)
            return Heading(block.kind, title, unit=named)
    unit, rest = unit_of(title) if len(title) < 200 else lead_unit(title)
    head, colon, said = title.partition(":")
    joined = _joined_units(head.strip()) if unit is None and len(title) >= 200 and colon and len(head) < 150 else None
    if joined:
        unit, rest = joined, said.strip()     # a long item whose several units stand before its colon
    if unit is None and len(title) >= 200:
        # '1. Ủy ban nhân dân các phường, xã nêu tại Bảng 1 chỉ đạo …' at length: the communes addressed
        unit, head_rest = unit_of(title[:150])
        unit, rest = (unit, head_rest + title[150:]) if unit and COMMITTEES_OF.match(fold(unit)) \
            and title[:150].endswith(head_rest) and (THOSE_SAID.match(fold(head_rest)) or OF_CLUSTER.match(fold(head_rest))
                                                    or re.search(r"\sthuoc\s*cum", fold(unit))) \
            else (None, "")
    if unit and re.match(r"[-–]\s+(?:là\s+)?(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s", rest):
        rest = ""          # '5.1. Trung tâm … xã - đơn vị thường trực của Tổ lưu động': what the unit is, no work
    if unit and re.fullmatch(r"\s*thuoc\s*(?:uy\s*ban\s*nhan\s*dan|ubnd)\s*(?:xa|phuong|dac\s*khu)?[^.;:]{0,30}?\s*:?\s*", fold(rest)):
        rest = ""          # '1. Thủ trưởng các phòng, đơn vị chuyên môn thuộc Ủy ban nhân dân xã': whose they are, no work
    timed = TIME_FIRST.match(folded) or re.match(r"\s*tu\s*(?:thang|quy|nam|ngay)\s[^,;:()]{1,30},\s*(?=\S)", folded)
    if unit is None and timed:
        # '4. Từ tháng 02/2027, Ủy ban nhân dân các phường, xã nêu trên tự kiểm tra … trước ngày 05 hằng tháng'
        unit, rest = unit_of(title[timed.end():])
        unit, rest = (unit, rest) if unit and COMMITTEES_OF.match(fold(unit)) else (None, "")
    if unit and COMMITTEES_OF.match(fold(unit)):
        said = THOSE_SAID.match(fold(rest))
        rest = rest[said.end():] if said else rest      # '… các phường, xã nêu tại Bảng 1 chỉ đạo …': the communes addressed
    several = COMMITTEES_OF.fullmatch(fold(unit or "")) if rest else None
    listed = communes_listed(rest.rstrip(" :."), several.group(1)) if several else None
    if listed:
        unit, rest = listed, ""     # '1. Ủy ban nhân dân các xã Vĩnh Am, Tiên Minh, Hà Tây': each of them
    some = SOME_COMMITTEES.match(title) if block.kind in ("numbered", "lettered", "bullet") else None
    listed = communes_listed(some.group(2), some.group(1)) if some else None
    if listed and title[some.end():].strip():
        # 'đ) Riêng Ủy ban nhân dân các xã Hà Nam, Kiến Hưng và Chấn Hưng (các đơn vị …): chuẩn bị …': each of them
        return Heading(block.kind, title, unit=listed, rest=title[some.end():].strip())
    counted = (COUNTED_COMMITTEES.match(title) or KINDS_LISTED_HEAD.fullmatch(title)) \
        if block.kind in ("numbered", "lettered") else None
    named = _kinds_listed(counted.group(1)) if counted else []
    if len(named) >= 2 and all(named):
        # '1. Ủy ban nhân dân 07 đơn vị dưới 88 điểm (các xã: Vĩnh Am, Hà Nam, … và phường Nam Đồ Sơn):': each of them
        return Heading(block.kind, title, unit="; ".join(named), rest=title[counted.end():].strip())
    aside = COMMUNES_ASIDE.match(title) if unit is None and block.kind in ("numbered", "lettered") else None
    if aside:
        named = [committee_of(level, name) for level, name in re.findall(r"(xã|phường|đặc\s+khu)\s+([^,;:()]+?)(?=\s*(?:,|\bvà\b|$))",
                                                                        aside.group(1), flags=re.I)]
        if len(named) >= 2 and all(named):
            # '2. Riêng xã An Trường, xã Vĩnh Hòa và phường Trần Liễu (03 đơn vị …): Chủ tịch … báo cáo …': each of them
            return Heading(block.kind, title, unit="; ".join(named), rest=title[aside.end():].strip())
    if unit is None and block.kind in ("numbered", "lettered"):
        commune = COMMUNE_COLON.match(title)
        committee = committee_of(commune.group(1), commune.group(2)) if commune else None
        if committee:
            # 'a) Xã Vĩnh Am: số hóa …', 'c) Xã Hà Tây:' in a letter to several communes: that commune's committee
            return Heading(block.kind, title, unit=committee, rest=title[commune.end():].strip())
    given = ISSUER_GIVES_UNIT.match(fold(rest)) if unit and rest else None
    if given:
        # '3. Văn phòng Ủy ban nhân dân thành phố giao Phòng Kiểm soát thủ tục hành chính theo dõi …': the unit given
        # the work does it
        named, after = lead_unit(rest[given.end():])
        if named and after:
            unit, rest = named, after
    return Heading(block.kind, title, unit=unit, rest=rest)


# '1. Nhóm Công khai, minh bạch - đơn vị chủ trì: Văn phòng HĐND và UBND phường': the unit named after the label
LEAD_SAID = re.compile(r"\s[-–]\s*(?:đơn\s+vị\s+)?chủ\s+trì\s*:\s*([^:;]{4,90}?)\s*[.:]?\s*$"
                       r"|^[^()]{4,100}\s\(\s*(?:đơn\s+vị\s+)?chủ\s+trì\s*:\s*([^:;()]{4,90}?)\s*\)\s*:?\s*$", flags=re.I)
# ('4. Công tác tuyên truyền (đơn vị chủ trì: Phòng Văn hóa - Xã hội)': the same in parentheses after a topic; not an
# item that is itself the work, '2. Họp Hội đồng … định kỳ …, mời … (Chủ trì: Hội đồng …).')
# '… (10,75/12 điểm) - Văn phòng HĐND và UBND phường chủ trì, phối hợp với Công an phường': the unit before 'chủ trì'
LED_BY = re.compile(r"\s*\(?\s*chủ\s+trì\s*\)?(?:\s*[,;].*)?\s*:?\s*$", flags=re.S)
# ('nêu trên', 'nêu tại Bảng 1', 'có tên tại Phụ lục'): which communes, said after them
# (folded: restored text may spell 'Bảng' 'Bằng'); 'thuộc Cụm thi đua số 4': those of the cluster, kept in the work
THOSE_SAID = re.compile(r"^(?:neu\s*tren|(?:neu|co\s*ten)\s*tai\s*(?:bang|phu\s*luc|muc|phan)\s*[\w.]{0,6})\s*,?\s*")
OF_CLUSTER = re.compile(r"^thuoc\s*cum\s*(?:thi\s*dua)?")
# 'UBND các xã' over the names of the communes ('Vĩnh Am, Tiên Minh và Đại Sơn')
COMMITTEES_OF = re.compile(r"ubnd\s*cac\s*(xa|phuong|dac\s*khu)")
# 'Riêng xã An Trường, xã Vĩnh Hòa và phường Trần Liễu (03 đơn vị …):' heading the work of several communes
COMMUNES_ASIDE = re.compile(r"\s*(?:Riêng|Đối\s+với)\s+((?:xã|phường|đặc\s+khu)\s+[^:;()]{2,120}?)\s*(?:\([^()]*\))?\s*:\s*", flags=re.I)
# a commune's name heading its item: 'a) Xã Vĩnh Am: …', 'c) Xã Hà Tây:'
COMMUNE_COLON = re.compile(r"(Xã|Phường|Đặc khu)\s+([^\W\d][^:;,.()]{1,30}?)\s*:\s*")
ISSUER_GIVES_UNIT = re.compile(r"giao(?:\s*cho)?\s+(?=\S)")


def committee_of(level: str, name: str) -> Optional[str]:
    """The committee of the commune, ward or special zone `name` ('xã', 'Trần Phú' -> 'UBND xã Trần Phú'; its
    level as the gazetteer has it), else None when no such place is known."""
    entry = place_named(name)
    return f"UBND {entry.kind or level.lower()} {entry.name}" if entry else None


# 'Ủy ban nhân dân 07 đơn vị dưới 88 điểm (các xã: Vĩnh Am, … và phường Nam Đồ Sơn):': communes counted, then named
COUNTED_COMMITTEES = re.compile(r"(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+\d{1,3}\s+(?:đơn\s+vị|xã|phường)[^():;]{0,60}?"
                                r"\(\s*((?:các\s+)?(?:xã|phường|đặc\s+khu)\b[^()]{4,300})\)\s*:\s*", flags=re.I)


# '2. Ủy ban nhân dân đặc khu Bạch Long Vĩ và các xã: Vĩnh Hải, Nam Thanh Miện, …, Hà Đông': communes of two kinds, listed
KINDS_LISTED_HEAD = re.compile(r"(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+((?:xã|phường|đặc\s+khu)\s+[^:;()]{2,40}?\s+và\s+các\s+"
                               r"(?:xã|phường|đặc\s+khu)\s*:\s*[^:;()]{4,300}?)\s*[:.]?\s*", flags=re.I)


def _kinds_listed(said: str) -> list[Optional[str]]:
    """'các xã: Vĩnh Am, Hà Nam và phường Nam Đồ Sơn' -> the committees of each place, by the kind said before it."""
    out: list[Optional[str]] = []
    for kind, names in re.findall(r"(?:các\s+)?(xã|phường|đặc\s+khu)\s*:?\s*(.+?)(?=\s*,?\s*(?:và\s+)?(?:các\s+)?(?:xã|phường|đặc\s+khu)\b|$)",
                                  said.strip(), flags=re.I):
        out += [committee_of(kind, n) for n in re.split(r"\s*,\s*|\s+và\s+", names.strip(" .;,")) if n.strip()]
    return out


# 'Riêng Ủy ban nhân dân các xã Hà Nam, Kiến Hưng và Chấn Hưng (các đơn vị …): ': some of the communes, named
# ('Riêng Ủy ban nhân dân các xã: Phú Thái, Lai Khê, Hồng Châu: …': the list after a colon of its own)
SOME_COMMITTEES = re.compile(r"(?:Riêng|Đối\s+với)\s+(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+các\s+(xã|phường|đặc\s+khu)\s*:?\s+([^():]{4,120}?)"
                             r"\s*(?:\([^()]*\))?\s*:\s*", flags=re.I)


def communes_listed(said: str, kind: str) -> Optional[str]:
    """The communes a list names after 'Ủy ban nhân dân các xã' ('Vĩnh Am, Tiên Minh, Hà Tây và Đại Sơn'), as
    'UBND xã Vĩnh Am; UBND xã Tiên Minh; …' (one record each), when the places cover the list; else None."""
    found = find_all("places", said)
    level = "đặc khu" if "dac" in fold(kind) else "phường" if "phuong" in fold(kind) else "xã"
    covered = sum(len(fold(said[a:b])) for a, b, _ in found)
    if len(found) >= 2 and covered >= len(re.sub(r"[\s,]|(?<!\w)và(?!\w)", "", said)) * 0.8:
        return "; ".join(f"UBND {e.kind or level} {e.name}" for _, _, e in found)
    return None


# a kind of unit, then the units meant in parentheses: 'Phòng chuyên môn thụ lý (Phòng …; Phòng …)'
UNITS_LISTED = re.compile(r"(?:cac\s*)?(?:phong|don\s*vi|co\s*quan|bo\s*phan)(?:\s*chuyen\s*mon)?[^();,.]{0,30}?\(([^()]{6,160};[^()]{6,160})\)\s*")
CONDITION_FIRST = re.compile(r"(?:doi\s*voi|truong\s*hop|khi)\s")
LEAD_VERB = re.compile(r"^(?:giao(?:\s*cho)?|de\s*nghi|yeu\s*cau)\s+")
# 'Trước ngày 20/4/2026, Văn phòng …', 'Chậm nhất 17 giờ ngày 16/4/2026, các phòng …': the time first
TIME_FIRST = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[-–+•]\s*)?(?:(?:truoc|cham\s*nhat|den\s*het|trong|vao|(?:ke\s*)?tu\s*ngay|ngay|hang|dinh\s*ky)(?!\w)[^,;:()]{2,70},\s*"
                        # ('- Tuần 3 (01/3 – 07/3/2027) – Phòng Kinh tế và Trưởng thôn các thôn: …': the week, then its unit)
                        r"|tuan\s*\d{1,2}\s*\([^()]{3,40}\)\s*[-–]\s*)(?=\S)")
# the head of a unit standing for it: 'Giao Trưởng Phòng Văn hóa - Xã hội …', 'Giám đốc Trung tâm … có
# trách nhiệm', 'Chánh Văn phòng HĐND và UBND', 'Thủ trưởng các phòng, đơn vị chuyên môn', 'Phó Giám đốc phụ
# trách TTPVHCC' ('Trung Phòng': OCR of 'Trưởng Phòng')
HEAD_TITLE = re.compile(r"(?:(?:pho\s*)?(?:truong|giam\s*doc|chanh|thu\s*truong|chi\s*huy\s*truong)|"
                        r"trung(?=\s+(?:phong|ban|cong\s*an)))\s+(?:phu\s*trach\s+)?"
                        r"(?=(?:cac\s+)?(?:phong|trung\s*tam|van\s*phong|cong\s*an|ban|chi\s*nhanh|doi|tram|don\s*vi|bo\s*phan|"
                        r"ttpvhcc|tt\s*pvhcc|vp\s*hdnd|so\s*,\s*ban))")     # ('Thủ trưởng các sở, ban, ngành thành phố')


SPEAKS = re.compile(r"(?<!\w)(?:bao\s*cao|trinh\s*bay|phat\s*bieu|cho\s*biet|neu\s*y\s*kien|de\s*xuat)(?!\w)")
# a person named before the office they hold: 'Đồng chí Vũ Đình Khang, Chủ tịch …', 'Bà Trần Thị Thu Hà - Giám đốc …',
# 'Đ/c Trần Văn Hòa - Giám đốc TTPVHCC:'
PERSON = re.compile(r"^(?i:đồng\s*chí|[đd]\s*/\s*c|ông|bà)\s+((?:[^\W\d_]+\s+){1,4}[^\W\d_]+)\s*(?:,|[-–—])\s*(?=\S)")


def person_before_office(text: str) -> Optional[re.Match]:
    """PERSON at the start of `text`, every word of the name capitalised ('Bà Trần Thị Thu Hà - …', not
    'bà con, …'); the match ends where the office begins."""
    m = PERSON.match(text)
    return m if m and all(w[:1].isupper() for w in m.group(1).split()) else None


# an office's title shortened before its unit ('GĐ Trung tâm PVHCC', 'TP Kinh tế', 'PCT UBND xã'): what it stands for
TITLE_SHORT = [(re.compile(r"^P?G[ĐD]\s+(?=[A-ZĐ])"), ""), (re.compile(r"^P?TP\s+(?=[A-ZĐ])"), "Phòng "),
               (re.compile(r"^PCT\s+(?=UBND|Ủy)"), "Phó Chủ tịch "), (re.compile(r"^CT\s+(?=UBND|Ủy)"), "Chủ tịch ")]


def holder_office(cell: str) -> str:
    """A cell naming the person given a task by the office held ('Đ/c Phạm Thị Huyền - GĐ Trung tâm PVHCC',
    'Đ/c Trưởng Công an xã', 'Đ/c Vũ Văn Hào - TP Kinh tế'): the office's words ('Trung tâm PVHCC', 'Trưởng
    Công an xã', 'Phòng Kinh tế'); other cells as they are."""
    written = " ".join(cell.split())
    aside = PERSON_OFFICE_PAREN.fullmatch(written)
    if aside:
        # 'Đ/c Vũ Văn Toàn (Phòng Kinh tế)', 'Đ/c Lương Thị Mai (viên chức Trung tâm)', 'Đ/c … (Phó Giám đốc)': the
        # office named in the parentheses, the staff word dropped
        office = aside.group(1).strip()
        staff = STAFF.match(fold(office))
        return office[staff.end():] if staff else office
    person = person_before_office(written)
    comrade = COMRADE.match(fold(written))
    text = written[person.end():] if person else written[comrade.end():] if comrade else written
    for short, long in TITLE_SHORT:
        text = short.sub(long, text, count=1)
    return text if text != written else cell


COMRADE = re.compile(r"(?:cac\s*)?(?:dong\s*chi|d\s*/\s*c)\s+(?=(?:pho\s*)?(?:truong|giam\s*doc|chanh|thu\s*truong|chi\s*huy))")
PERSON_OFFICE_PAREN = re.compile(r"(?i:đồng\s+chí|đ\s*/\s*c|ông|bà)\s+[^\W\d][^()]{2,40}?\s*\(([^()]{3,60})\)")


AGENCY_AREA = re.compile(r"\s+(?:khu\s+vực\s+|cơ\s+sở\s+)?((?:[A-ZĐÂĂÊÔƠƯ]\w*)(?:\s+[A-ZĐÂĂÊÔƠƯ]\w*){0,2})")


def _agency_area(after: str) -> str:
    """' khu vực Chí Linh' after a line agency's name: the area its office serves (a place's name), else ''."""
    m = AGENCY_AREA.match(after)
    if not m:
        return ""
    place, said = _longest_place(m.group(1))
    return after[:m.start(1)] + said if place else ""


CHAIR_LEAD = re.compile(r"(?:[Rr]iêng\s+)?((?:[Pp]hó\s+)?[Cc]hủ\s+tịch)\s+(?=(?:Ủy|Uỷ)\s+ban|UBND)")


def chairs_of(text: str, readers=None) -> Optional[tuple[str, str]]:
    """'(Riêng) Chủ tịch Ủy ban nhân dân …' before committees the readers find ('các xã, phường, đặc khu', 'các xã A, B
    và các phường C, D', 'xã Hà Tây'): ('Chủ tịch UBND xã A; Chủ tịch UBND xã B; …', what follows), else None."""
    chair = CHAIR_LEAD.match(text.strip())
    if not chair:
        return None
    inner = text.strip()[chair.end():]
    committee = next((found for read in (readers or (all_committees, listed_communes, committees)) for found in [read(inner)]
                      if found), None)
    if not committee:
        return None
    office = " ".join(chair.group(1).split())
    return "; ".join(f"{office} {unit}" for unit in committee[0].split("; ")), committee[1]


def lead_unit(text: str) -> tuple[Optional[str], str]:
    """'Giao Phòng Kinh tế … rà soát …', 'Đề nghị Công an phường …': (unit, the instruction)."""
    from extractors.gazetteer import find_all
    folded = fold(text)
    m = LEAD_VERB.match(folded) or STRIP_LEAD.match(folded) or TIME_FIRST.match(folded)
    start = m.end() if m else 0
    comrade = COMRADE.match(folded, start)              # 'Đồng chí Trưởng Công an phường chỉ đạo …'
    person = None if comrade else person_before_office(text[start:])   # 'Giao đồng chí Vũ Thị Hằng - Phó Chủ tịch …'
    start = comrade.end() if comrade else start + person.end() if person else start
    head = HEAD_TITLE.match(folded, start)
    start = head.end() if head else start
    if CONDITION_FIRST.match(folded) and not person and not comrade:
        # 'Đối với thủ tục có phí, lệ phí, Trung tâm … hướng dẫn …': the unit after the case it applies to
        after = next((c.end() for c in re.finditer(r",\s*", folded[:90]) if UNIT_HEAD.match(folded[c.end():])), None)
        start = after if after is not None else start
    staff = STAFF.match(folded, start)
    if staff and UNIT_HEAD.match(folded[staff.end():]):
        # 'Giao đồng chí …, công chức Văn phòng HĐND và UBND phường làm …', 'Công chức Trung tâm … có trách
        # nhiệm quét …': the office they work in
        start = staff.end()
    elif staff:
        officer = STAFF_IN_PAREN.match(text[staff.start():])     # 'Giao công chức Tư pháp - Hộ tịch (Phòng …) …'
        office = unit_in_cell(officer.group("office").strip()) if officer else None
        if office:
            return office, officer.group("rest").strip(" :,")
    listed = UNITS_LISTED.match(folded, start)
    if listed:
        # 'Phòng chuyên môn thụ lý (Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội) kiểm tra …': each
        named = [unit_in_cell(part.strip()) for part in text[listed.start(1):listed.end(1)].split(";")]
        if len(named) >= 2 and all(named):
            return "; ".join(named), text[listed.end():].strip(" :,")
    found = [f for f in find_all("units", text[start:start + 120]) if f[0] <= 1 and f[2].kind != "ubnd"]
    if not found and person:
        # 'Giao đồng chí Phạm Thị Thu Hiền - Phó Chủ tịch UBND xã trực tiếp theo dõi …': the office held
        office = OFFICE.match(text[start:])
        if office:
            return office.group(1), office.group(2).strip(" :,")
    bare = BARE_CENTRE.match(text, start) if not found else None
    if bare and text[bare.end():bare.end() + 1].islower():
        # '- Trung tâm lập sổ theo dõi …', 'Giám đốc Trung tâm nhắc nhở …': the commune's one centre, named in
        # full once above ('Trung tâm Phục vụ hành chính công xã (sau đây gọi là Trung tâm)')
        return "Trung tâm Phục vụ hành chính công", text[bare.end():].strip(" :,")
    every = all_committees(text[start:]) if not found and not person and not comrade else None
    if every and every[1][:1].islower():
        return every             # '5. Ủy ban nhân dân các xã, phường, đặc khu căn cứ kết quả …': the committees it instructs
    if not found and not person and not comrade:
        committee = listed_communes(text[start:]) or committees(text[start:])
        if committee and committee[1]:
            # 'Ủy ban nhân dân phường Việt Hòa chủ trì chuẩn bị …' in a Cụm's or the city's letter: that
            # commune's committee (a real commune, dictionaries/places.tsv)
            return committee
        chairs = chairs_of(text[start:])
        if chairs and chairs[1][:1].islower():
            # '3.3. Chủ tịch Ủy ban nhân dân xã Hà Tây trực tiếp báo cáo …', 'Riêng Chủ tịch Ủy ban nhân dân xã Kiến Hải
            # giải trình …', 'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu (kể cả …) rà soát …': the chairman's work
            return chairs
    if not found:
        return None, ""
    s, e, entry = found[0]
    written = text[start + s:start + e]
    name = _named(written, entry)
    numbered = TEAM_NUMBER.match(text, start + e)
    if numbered:                    # 'Tổ kiểm tra số 1 …': one of several teams of that name
        name, e = f"{name} {numbered.group(1)}", numbered.end() - start
    area = _agency_area(text[start + e:]) if entry.kind == "ngành dọc" else ""
    if area:
        # 'Chi nhánh Văn phòng đăng ký đất đai khu vực Chí Linh', 'Bảo hiểm xã hội cơ sở Chí Linh': the
        # line agency's office for an area is named with it
        name, e = f"{name} {area.strip()}", e + len(area)
    own = own_locality(text, start + e, entry)
    if own:
        name, e = f"{name} {own.group(1)}", own.end() - start     # 'Đoàn Thanh niên phường', as the text names it
    rest = text[start + e:].strip(" :,")
    # 'Văn phòng HĐND và UBND phường tham mưu …': the locality word belongs to the unit, not the work
    rest = LOCALITY_LEAD.sub("", rest)
    if person and SPEAKS.match(fold(rest)):
        return None, ""         # 'Đồng chí …, Giám đốc TTPVHCC báo cáo …': who spoke at a meeting
    return name, rest


# --------------------------------------------------------------------------- task tables (Kế hoạch)
# ('Đơn vị kiểm tra | Đơn vị được kiểm tra' in a cross-check's schedule: the first column is who does it)
TASK_ROLE_WORDS = [("inspected", re.compile(r"(?:don\s*vi|co\s*quan)\s*duoc\s*kiem\s*tra|noi\s*(?:duoc\s*)?kiem\s*tra")),
                   ("day", re.compile(r"^\s*(?:ngay|ngay\s*(?:kiem\s*tra|truc)|thoi\s*gian\s*(?:kiem\s*tra|truc))\s*$")),
                   ("partner", re.compile(r"phoi\s*hop")),
                   # ('TT | Tháng | Đơn vị được kiểm tra | …': the month each row's work falls in)
                   # ('Hạn gửi tài liệu về Văn phòng' in a meeting's agenda: when each row's material is due)
                   ("deadline", re.compile(r"thoi\s*gian|thoi\s*han|tien\s*do|hoan\s*thanh|^\s*(?:thang|quy)\s*$|"
                                           r"^\s*han\s*(?:gui|nop)(?!\w)")),
                   # ('Đơn vị được mời' in a meeting's invitation: each row what the invited unit brings or reports)
                   ("assignee", re.compile(r"chu\s*tri|don\s*vi(?!\s*(?:tinh|duoc(?!\s*moi)))|co\s*quan|phu\s*trach|giao\s*cho|"
                                           r"nguoi\s*thuc\s*hien")),
                   # ('Chỉ tiêu giải quyết xong trong đợt' beside each unit's files and a time: what each must clear)
                   # ('Chuyên đề trọng tâm' in a schedule of mobile sessions: what each session's lead unit does)
                   ("task", re.compile(r"noi\s*dung|nhiem\s*vu|cong\s*viec|giai\s*phap|hoat\s*dong|chi\s*tieu\s*(?:giai\s*quyet|xu\s*ly)|"
                                       r"^\s*chuyen\s*de(?:\s*trong\s*tam)?\s*$|"
                                       r"^\s*tai\s*lieu\s*(?:,\s*so\s*lieu\s*)?$"))]      # ('Tài liệu, số liệu | Đơn vị chuẩn bị | Thời hạn gửi')


COMMUNE_HEAD = re.compile(r"\s*(?:ten\s*)?(?:xa|phuong|dac\s*khu)(?:\s*,\s*(?:phuong|dac\s*khu))*\s*")
PLAIN_TASK_HEAD = re.compile(r"^\s*(?:stt|tt)\s")


def _task_words(folded: str) -> set[str]:
    return {role for role, regex in TASK_ROLE_WORDS if regex.search(folded)}


def is_plain_task_header(text: str) -> bool:
    """'TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện': the header of a table
    of tasks that OCR gave without cell breaks."""
    f = fold(text)
    return "\t" not in text and bool(PLAIN_TASK_HEAD.match(f)) and {"task", "assignee", "deadline"} <= _task_words(f)


PLAIN_DEADLINE = re.compile(r"(?:(?:truoc|trong|cham\s*nhat|hoan\s*thanh|tu)\s*)?(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|"
                            r"(?:trong\s*)?tuan\s*(?:\d|dau|cuoi)\s*(?:cua\s*)?thang\s*\d{1,2}(?:\s*/\s*\d{4}|(?![\d/]))|"
                            r"(?:(?:truoc|trong|cuoi|den)\s*)?(?:thang|quy)\s*[\divx]{1,4}\s*(?:/|nam)\s*\d{4}|"
                            r"(?:trong\s*)?nam\s*\d{4}|" + ROUTINE + r"|"
                            r"dinh\s*ky(?:\s*hang\s*\w+)?")


def plain_task_layout(header: str) -> str:
    """Where a plain task table's header puts the unit in charge: 'assignee-last' ('TT Nội dung Đơn vị
    được kiểm tra Thời gian Đơn vị chủ trì', 'STT Nội dung nhiệm vụ Sản phẩm Thời hạn Cơ quan chủ trì Cơ
    quan phối hợp'), 'assignee-first' ('TT Đơn vị thực hiện Nội dung công việc Thời gian hoàn thành Ghi
    chú'), 'task-first-partner' ('STT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian hoàn thành'), else
    'task-first' ('TT Nội dung Đơn vị chủ trì Thời gian')."""
    f = fold(header)
    chair, when = re.search(r"chu\s*tri|phu\s*trach", f), re.search(r"thoi\s*gian|thoi\s*han|tien\s*do", f)
    if chair and when and chair.start() > when.start():
        return "assignee-last"
    unit = re.search(r"don\s*vi(?!\s*(?:tinh|duoc))|co\s*quan", f)
    task = re.search(r"noi\s*dung|nhiem\s*vu|cong\s*viec|giai\s*phap|hoat\s*dong", f)
    if unit and task and unit.start() < task.start():
        return "assignee-first"
    return "task-first-partner" if re.search(r"phoi\s*hop", f) else "task-first"


# a deadline cell that wrapped: 'Tháng' / '5-6/2026', 'Trước 31/7' (the year from the document)
PLAIN_DEADLINE_MORE = re.compile(r"(?:truoc|cham\s*nhat|han)\s*(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}(?!\s*/?\s*\d)|"
                                 r"trong\s*thang\s*\d{1,2}(?![\d/])|"                  # 'Trong' / 'tháng 11'

                                 r"(?:trong\s*)?thang\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*/\s*\d{4}|"
                                 r"\d{1,2}\s*thang\s*(?:dau|cuoi)\s*nam(?:\s*\d{4})?")


def _unit_begins(text: str):
    """The unit a plain row's first cell names, even cut where the cell wrapped ('Trung tâm Phục vụ' /
    'hành chính công'): (entry, written length) for the longest run of its first words naming one."""
    words = list(re.finditer(r"\S+", text))
    if not words or not words[0].group()[:1].isupper():
        return None
    for k in range(min(7, len(words)), 1, -1):
        written = text[:words[k - 1].end()]
        key = fold(written).rstrip(" ,")
        entry = lookup("units", written.rstrip(" ,"))
        if entry is None and len(key) >= 6:
            # the shortest name it begins ('Trung tâm Phục vụ' / 'hành chính công', not the city's Trung tâm)
            begins = [e for e in units() if any(re.match(re.escape(key) + r"[ ,]", fold(sp)) for sp in e.spellings)]
            entry = min(begins, key=lambda e: len(e.name), default=None)
        if entry is not None and entry.kind != "ubnd":
            return entry, words[k - 1].end()
    return None


def _row_lines(text: str) -> list[str]:
    """The lines of a plain table's row, its number taken off ('1 Rà soát …' / 'hành chính công'); [] when
    the text is no numbered row."""
    m = re.match(r"^\s*\d{1,2}\s*[.)]?\s+(?=[^\W\d])", text)
    return [ln.replace("_", " ").strip() for ln in text[m.end():].split("\n") if ln.strip()] if m else []


def _assignee_first_parts(text: str, same_as: Optional[str]) -> Optional[tuple[str, str, str]]:
    """'4 Phòng Kinh tế Giải quyết dứt điểm … xin Trước' / '15/6/2026' / 'lỗi người dân …': a row of a
    plain table whose unit comes first (a row that names none is the unit above's: a merged cell), its
    deadline cell ending the first line or wrapped onto the next."""
    lines = _row_lines(text)
    if not lines:
        return None
    first = lines[0]
    named = _unit_begins(first)
    if named:
        entry, end = named
        assignee, first = _cell_unit(first[:end], entry), first[end:].strip()
    elif same_as:
        assignee = same_as
    else:
        return None
    # the deadline cell starts on the first line (cells are top-aligned); the line below may end it
    joined = first + (" " + lines[1] if len(lines) > 1 else "")
    f = fold(joined)
    when = None
    for regex in (PLAIN_DEADLINE_MORE, PLAIN_DEADLINE):
        for d in regex.finditer(f):
            if d.start() < len(first) and (when is None or d.start() > when.start()):
                when = d
    deadline = joined[when.start():when.end()].strip() if when else ""
    task = first[:when.start()].strip(" ,;") if when and when.start() < len(first) else first
    rest = [ln for ln in lines[1:] if not (when and when.end() > len(first) and ln == lines[1]
                                                and len(ln) <= when.end() - len(first) + 1)]
    if not when:
        # the time cell read as a line of its own below the first ('Trước 15/12/2026', 'Quý II/2027'), or ending a
        # short line beside another column's wrapped words ('và Tháng 12/2027')
        for ln in lines[1:3]:
            fl = fold(ln).rstrip(" .;,")
            ends = [d for regex in (PLAIN_DEADLINE_MORE, PLAIN_DEADLINE) for d in regex.finditer(fl) if d.end() == len(fl)]
            if ends and len(ln) <= 40:
                at = min(d.start() for d in ends)
                deadline = ln[at:len(fl)].strip()
                rest = [r for r in rest if r is not ln]
                break
    body = " ".join([task] + [ln for ln in rest if ln[:1].islower()])
    return " ".join(body.split()).strip(" ,;"), assignee, deadline


# a deadline cell left open at the end of what was read of it: its date is on a line below
OPEN_TIME = re.compile(r"(?:(?<!\w)(?:ngay|truoc|tu|den|han|cham\s*nhat)|\d{1,2}\s*/\s*\d{1,2}\s*den)\s*$")
FULL_DATE = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
PLAIN_UNTIL = re.compile(r"den\s*(?:het\s*)?(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")


def _units_in_line(line: str) -> list[tuple[int, int, str]]:
    """Units a plain row's first line names, each as (start, end, name): a whole name, or the first words of
    one the cell wrapped ('Trung tâm Phục vụ' / 'hành chính công'; at least three words: 'Trung tâm' alone
    is too common in the work itself)."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for w in re.finditer(r"\S+", line):
        if w.start() < pos or not w.group()[:1].isupper():
            continue
        named = _unit_begins(line[w.start():])
        if named:
            entry, end = named
            written = line[w.start():w.start() + end]
            if lookup("units", written.rstrip(" ,;")) is None and len(written.split()) < 3:
                continue
            out.append((w.start(), w.start() + end, _cell_unit(written.rstrip(" ,;"), entry)))
            pos = w.start() + end
    return out


def _task_first_parts(text: str, partner: bool, same_as: Optional[str]) -> Optional[tuple[str, str, str]]:
    """'1 Rà soát … quá hạn; gửi Phòng Kinh tế Trung tâm Phục vụ Trước' / '31/12/2025' / 'văn bản xin lỗi …
    hành chính công': a row of a plain table 'STT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian'. The
    unit in charge is the last unit its first line names (the one before last where a partner column
    follows it); the deadline cell is what the first line ends with after the units and the short lines
    its cell wrapped onto."""
    lines = _row_lines(text)
    if not lines:
        return None
    first = lines[0]
    units = _units_in_line(first)
    if not units and not same_as:
        return None
    if units:
        chair = units[-2] if partner and len(units) >= 2 else units[-1]
        assignee, task_end, tail = chair[2], chair[0], first[units[-1][1]:]
    else:
        assignee, task_end, tail = same_as, len(first), ""
    pieces = [tail] + [ln for ln in lines[1:] if len(ln) <= 25]
    for i, ln in enumerate(lines[1:], 1):
        if len(ln) > 25:
            # '… chuyên môn Tháng 02/2026', '… Ủy ban MTTQ đến 13/02/2026': a long line ending with the deadline cell
            fl = fold(ln).rstrip(" .;")
            ends = [d for regex in (PLAIN_DEADLINE_MORE, PLAIN_DEADLINE, PLAIN_UNTIL) for d in regex.finditer(fl)
                    if d.end() == len(fl)]
            if ends:
                at = min(d.start() for d in ends)
                pieces.append(ln[at:])
                lines[i] = ln[:at]
    joined = " ".join(p.strip() for p in pieces if p.strip())
    f = fold(joined)
    found = [d for regex in (PLAIN_DEADLINE_MORE, PLAIN_DEADLINE, PLAIN_UNTIL) for d in regex.finditer(f)]
    if not any(re.search(r"\d{4}", d.group()) for d in found) and OPEN_TIME.search(fold(tail).rstrip(" ,;")):
        # 'Ngày' / '27/11/2026 Hội nghị đối thoại', 'Từ' / '10/11 đến' / '… VNeID hội; các tổ dân phố 10/12/2026 …':
        # the cell's date on a long line below, beside other columns' words
        day = next((d for ln in lines[1:] if len(ln) > 25 for d in [FULL_DATE.search(ln)] if d), None)
        if day:
            joined = f"{joined} {day.group()}"
            f = fold(joined)
            found = [d for regex in (PLAIN_DEADLINE_MORE, PLAIN_DEADLINE, PLAIN_UNTIL) for d in regex.finditer(f)]
    deadline = joined[min(d.start() for d in found):max(d.end() for d in found)].strip(" ;,") if found else ""
    if not units and not deadline:
        return None
    body = " ".join([first[:task_end]] + [ln for ln in lines[1:] if ln[:1].islower() and len(ln) > 25])
    return " ".join(body.split()).strip(" ,;"), assignee, deadline


def _plain_task_parts(text: str, assignee_last: bool = False) -> Optional[tuple[str, str, str]]:
    from extractors.gazetteer import find_all
    m = re.match(r"^\s*\d{1,2}\s*[.)]?\s+", text)
    if not m:
        return None
    if assignee_last:
        # task, the unit acted on, the time, then the unit in charge
        body = " ".join(text[m.end():].replace("_", " ").split())
        f = fold(body)
        first = min((d for regex in (PLAIN_DEADLINE_MORE, PLAIN_DEADLINE) for d in regex.finditer(f)),
                    key=lambda d: d.start(), default=None)
        after = _units_in_line(body[first.end():]) if first else []
        if after:
            # '… Danh mục thủ tục 30/4/2026 Trung tâm Phục vụ Các phòng chuyên môn …': the time, then the unit in
            # charge (then those that co-operate), its name cut where the cell wrapped; a unit right before the
            # time is the one acted on ('Kiểm tra … Trung tâm PVHCC Tuần 2 tháng 4/2026'), not the work
            task_end = first.start()
            acted_on = [u for u in find_all("units", body[:task_end], f[:task_end]) if task_end - u[1] <= 2]
            if acted_on:
                task_end = acted_on[0][0]
            return body[:task_end].strip(" ,;"), after[0][2], body[first.start():first.end()].strip()
        units = [u for u in find_all("units", body, f) if u[2].kind != "ubnd" and body[u[0]].isupper()]
        if not units:
            return None
        s, e, entry = units[-1]
        when = None
        for d in PLAIN_DEADLINE.finditer(f, 0, s):
            when = d
        if len(units) < 2 and not when:
            return None
        task_end = units[0][0] if len(units) > 1 else when.start()
        return body[:task_end].strip(" ,;"), _cell_unit(body[s:e], entry), (body[when.start():when.end()].strip() if when else "")
    # a row and the lines its cells wrapped onto: the deadline cell ends one of them
    parts = text[m.end():].replace("_", " ").split("\n")    # OCR's underscores at cell borders ('Trung tâm PVHCC_')
    parts = _deadline_cells_joined(parts)
    deadline = ""
    for i, part in enumerate(parts):
        fp = fold(part)
        d = None
        for d in PLAIN_DEADLINE.finditer(fp):
            pass
        if d is not None and not fp[d.end():].strip(" .;"):
            deadline, parts[i] = part[d.start():d.end()], part[:d.start()]
            break
    body = " ".join(p.strip() for p in parts if p.strip())
    f = fold(body)
    units = [u for u in find_all("units", body, f) if u[0] >= 8 and u[2].kind != "ubnd" and body[u[0]].isupper()]
    if not units:
        return None
    s, e, entry = units[0]
    return body[:s].strip(" ,;"), _cell_unit(body[s:e], entry), deadline.strip()


# a deadline cell cut where it wrapped: 'Tuần 2' / 'tháng 7', 'Trước' / '15/7/2026', 'Thứ Sáu' / 'hằng tuần'
DEADLINE_HEAD = re.compile(r"(?:(?<!\w)tuan\s*(?:\d|dau|cuoi)|(?<!\w)truoc|(?<!\w)thu\s*(?:hai|ba|tu|nam|sau|bay)|"
                           r"(?<!\w)thang\s*\d{1,2}\s*va|(?<!\w)ngay|(?<!\w)cham\s*nhat)\s*$")
DEADLINE_TAIL = re.compile(r"\s*(?:thang\s*\d{1,2}(?:\s*/\s*\d{4})?|\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|hang\s*(?:tuan|thang)|"
                           r"tuan\s*(?:nay|sau)|\d{1,2}\s*/\s*\d{4})\s*$")


def _deadline_cells_joined(parts: list[str]) -> list[str]:
    """A plain task row's lines with a deadline cell cut where it wrapped put back together: the line whose
    end begins a time ('… Các phòng, đơn vị Tuần 2') takes the short line below that ends it ('tháng 7')."""
    out: list[str] = []
    for part in parts:
        if out and DEADLINE_HEAD.search(fold(out[-1])) and DEADLINE_TAIL.fullmatch(fold(part)):
            out[-1] = f"{out[-1].rstrip()} {part.strip()}"
            continue
        out.append(part)
    return out


def _cell_unit(written: str, entry) -> str:
    """A unit as a plain table row wrote it: its full name unless written out in full and as spelled
    (an abbreviation, no marks, or words run together by OCR give the dictionary's name)."""
    from extractors.gazetteer import _key
    as_spelled = any(_key(written) == _key(sp) for sp in entry.spellings)
    return entry.name if _abbreviated(written, entry.name) or not _has_marks(written) or not as_spelled \
        else _sentence_case(written)


def is_plain_task_row(text: str) -> bool:
    """'3 Bố trí công chức … Văn phòng HĐND Trung tâm PVHCC Tháng': a numbered row of a plain task table
    (its cells are read once the lines they wrapped onto have joined it)."""
    return "\t" not in text and bool(re.match(r"^\s*\d{1,2}\s*[.)]?\s+[^\W\d]", text))


def task_table_roles(rows: list[str], led: bool = False) -> list[Optional[str]]:
    """Column roles of a table of tasks ('Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian');
    ['plain'] for a header OCR gave without cell breaks. `led`: the sentence before the table names who does
    its rows ('… các xã, phường, đặc khu thực hiện các nội dung theo lộ trình sau:'), so a table of works and
    times without a unit's column is one too."""
    from extractors.scores import merged_header, naming_rows
    rows = naming_rows(rows)
    if rows and all("\t" not in r for r in rows):
        heads = [r for r in rows if is_plain_task_header(r)]
        if not heads:
            return []
        return ["plain", plain_task_layout(heads[0])]
    width = max((len(r.split("\t")) for r in rows), default=0)
    roles: list[Optional[str]] = [None] * width
    for row in rows:
        for i, cell in enumerate(row.split("\t")):
            f = fold(cell)
            for role, regex in TASK_ROLE_WORDS:
                if regex.search(f):
                    roles[i] = roles[i] or role
                    break
    heads = merged_header(rows, width)[:width]
    for i, cell in enumerate(heads):
        if roles[i] == "assignee" and re.match(r"don\s*vi\s*tinh", fold(cell)):
            roles[i] = None         # 'Đơn vị' over 'tính' (a wrapped header): the unit of measure, no unit in charge
        elif roles[i] is None and "assignee" not in roles and COMMUNE_HEAD.fullmatch(fold(cell)):
            roles[i] = "assignee"   # 'Xã | Nội dung cần khắc phục | Thời hạn': each commune's work (table_task)
    _week_columns(rows, roles)
    due = [i for i, r in enumerate(roles) if r == "deadline" and re.match(r"\s*han\s*(?:gui|nop)(?!\w)", fold(heads[i]))]
    if due:
        for i, r in enumerate(roles):
            if r == "deadline" and i not in due and re.fullmatch(r"\s*thoi\s*gian\s*", fold(heads[i])):
                roles[i] = "slot"   # 'Thời gian | Nội dung | Đơn vị chuẩn bị | Hạn gửi tài liệu': the agenda's hours
    communes = any(COMMUNE_HEAD.fullmatch(fold(c)) for c in heads)
    if communes and "assignee" in roles and "task" not in roles and roles.count("deadline") == 1:
        # 'Xã | Kết quả giải quyết | … | Thời hạn số hóa dứt điểm kết quả chưa số hóa': the time column names each
        # commune's work (after the table's columns: no cell of its own)
        at = roles.index("deadline")
        named = re.match(r"\s*thoi\s*han\s+(?!(?:hoan\s*thanh|thuc\s*hien|xu\s*ly|giai\s*quyet)?\s*$)", fold(heads[at]))
        if named:
            work = heads[at][named.end():].strip()
            roles.append(f"work:{work[:1].upper()}{work[1:]}")
    if {"task", "deadline"} <= set(roles) and "assignee" not in roles:
        _unit_columns(rows, roles)      # (a table of figures by unit has no column of times)
    if "task" in roles and sum(1 for r in roles if r and r.startswith("unit:")) >= 2:
        return roles
    # 'TT | Ngày | Buổi | Đơn vị được kiểm tra | Nội dung trọng tâm', 'TT | Đơn vị được kiểm tra | Thời gian |
    # Trưởng nhóm kiểm tra | Ghi chú': an inspection team's schedule
    # ('TT | Đơn vị được kiểm tra | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp': each row a unit's inspection of another)
    schedule = {"task", "inspected", "day"} <= set(roles) or ({"inspected", "deadline"} <= set(roles) and "assignee" not in roles) \
        or ({"inspected", "deadline", "assignee"} <= set(roles) and "task" not in roles)
    if any(DONE_COLUMN.fullmatch(fold(c)) for row in rows for c in row.split("\t")):
        return []       # '… | Hạn trả lời | Ngày trả lời': a record of work done (late), not work given
    if any(re.match(r"\s*(?:nay\s*)?(?:dinh\s*chinh|sua\s*lai)|\s*da\s*ghi(?!\w)", fold(c)) for c in heads):
        return []       # 'Nội dung | Đã ghi tại Phụ lục | Nay đính chính là': figures corrected, no work
    work = any(r and r.startswith("work:") for r in roles)
    return roles if {"task", "assignee"} <= set(roles) or schedule or work \
        or (led and {"task", "deadline"} <= set(roles) and "assignee" not in roles) else []


WEEK_HEAD = re.compile(r"\s*tuan\s*\d{1,2}\s+(?:\d{1,2}(?:\s*/\s*\d{1,2})?\s*-\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*")


def _week_columns(rows: list[str], roles: list[Optional[str]]) -> None:
    """'Tuần 1' over '01-07/6' … 'Tuần 8' over '20-26/7' (a campaign's weeks, an 'x' in those a task runs in):
    role 'week:07/6', the week's last day."""
    split = [r.split("\t") for r in rows]
    for i in range(len(roles)):
        cell = " ".join(c[i].strip() for c in split if i < len(c) and c[i].strip())
        week = WEEK_HEAD.fullmatch(fold(cell))
        if week and roles[i] is None:
            roles[i] = f"week:{int(week.group(1)):02d}/{int(week.group(2))}"


DONE_COLUMN = re.compile(r"\s*ngay\s*(?:da\s*)?(?:tra\s*loi|hoan\s*thanh|tra\s*ket\s*qua|xu\s*ly\s*xong)\s*(?:thuc\s*te)?\s*")


def _unit_columns(rows: list[str], roles: list[Optional[str]]) -> None:
    """A matrix of tasks and units ('STT | Nội dung nhiệm vụ | VP HĐND và UBND | Phòng KT, HT&ĐT | … | Thời
    gian', the header maybe wrapped over rows, the cells 'CT' / 'PH'): role 'unit:<name>' for each column a
    unit heads."""
    from extractors.scores import merged_header
    for i, cell in enumerate(merged_header(rows, len(roles))[:len(roles)]):
        if roles[i] is None and cell.strip():
            unit = unit_in_cell(cell.strip())
            if unit:
                roles[i] = "unit:" + unit


IN_CHARGE = re.compile(r"\s*(?:ct|chu\s*tri)\s*")
MARKED = re.compile(r"\s*(?:x|v|✓|✔|\+)\s*")


def _matrix_row(cells: list[str], roles: list[Optional[str]], found: dict) -> Optional[tuple[str, str, str]]:
    """A row of a matrix of tasks and units: the units whose cell says 'CT' (chủ trì) are in charge (one
    record each), else those whose cell is ticked ('x') when no cell says 'PH'."""
    marks = [(roles[i][5:], fold(cells[i])) for i in range(min(len(cells), len(roles)))
             if roles[i] and roles[i].startswith("unit:") and cells[i].strip()]
    lead = [unit for unit, mark in marks if IN_CHARGE.fullmatch(mark)] or \
        [unit for unit, mark in marks if MARKED.fullmatch(mark) and not any(re.fullmatch(r"\s*ph\s*", m) for _, m in marks)]
    if not found.get("task") or not lead:
        return None
    return found["task"], "; ".join(dict.fromkeys(lead)), found.get("deadline", "")


INSPECTION_TEAM = "Đoàn kiểm tra"


def _inspection_row(found: dict, day_above: Optional[str]) -> Optional[tuple[str, str, str]]:
    """A row of an inspection schedule: the team's visit to the unit on that day ('Thứ Ba, 03/11/2026', or a
    'Thời gian' cell: '08 giờ 00, thứ Ba, 07/7/2026'; a row whose day cell is left empty is on the day above),
    to look into what its content cell says, if the schedule has one."""
    day = re.search(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}", found.get("day", ""))
    when = f"vào ngày {day.group(0)}" if day else (found.get("deadline") or day_above or "")
    unit = unit_in_cell(found["inspected"], True)
    task = found.get("task", "")
    from extractors.metrics import _lower_first        # ('ND2, ND3': a code kept as written)
    return f"Kiểm tra tại {unit}" + (f": {_lower_first(task)}" if task else ""), INSPECTION_TEAM, when


def table_task(text: str, roles: list[Optional[str]], same_as: Optional[str] = None,
               day_above: Optional[str] = None) -> Optional[tuple[str, str, str]]:
    """(task, assignee, deadline text) of a row of a task table, or None. `same_as`: the unit of the row
    above, for a row whose unit cell is left empty (the same unit goes on: a merged cell); `day_above`:
    the day of the row above in an inspection schedule."""
    if roles[:1] == ["plain"]:
        if "\t" in text:
            return None
        if roles[1:] == ["assignee-first"]:
            return _assignee_first_parts(text, same_as)
        if roles[1:] in (["task-first"], ["task-first-partner"]):
            return _task_first_parts(text, roles[1:] == ["task-first-partner"], same_as) \
                or _plain_task_parts(text)
        return _plain_task_parts(text, assignee_last=roles[1:] == ["assignee-last"])
    from extractors.scores import COLUMN_NUMBERS_ROW
    cells = text.split("\t")
    if all(re.fullmatch(r"\s*(?:\(\d{1,2}\)|\d{1,2})?\s*", c) for c in cells) or COLUMN_NUMBERS_ROW.fullmatch(text):
        return None             # '(1) | (2) | … | (8)', '(5)=(4)/(3)': the columns' numbers under the header
    found = {role: cells[i].strip() for i, role in enumerate(roles) if role and i < len(cells) and cells[i].strip()}
    if "slot" in roles and not found.get("deadline", "").strip(" -–"):
        return None             # an agenda's item with nothing due ('Thảo luận | Các đại biểu | -'): the meeting's, no task
    work = next((r[5:] for r in roles[len(cells):] if r and r.startswith("work:")), None)
    if work and found.get("assignee") and found.get("deadline"):
        found["task"] = work        # (a row's own work named by its time column's header)
        place = re.fullmatch(r"(?i)\s*(xã|phường|đặc\s+khu)\s+(\S.{1,30}?)\s*", found["assignee"])
        found["assignee"] = (committee_of(place.group(1), place.group(2)) if place else None) or found["assignee"]
    if "assignee" not in roles and found.get("inspected") and (found.get("task") or "task" not in roles):
        return _inspection_row(found, day_above)
    if "assignee" not in roles and any(r and r.startswith("unit:") for r in roles):
        return _matrix_row(cells, roles, found)
    if found.get("task") and not found.get("assignee") and same_as and (re.match(r"\s*\d{1,3}[.)]?\s*$", cells[0])
                                                                         or "assignee" not in roles):
        # (a table of works by time only, led by who does them: 'Thời gian | Nội dung công việc | Kết quả cần đạt')
        return found["task"], same_as, found.get("deadline", "")
    if found.get("inspected") and "task" not in roles and "assignee" in roles:
        # an inspection schedule with who leads each visit: the unit in charge inspects the row's unit ('-nt-',
        # 'như trên': the unit above)
        found["task"] = f"Kiểm tra tại {unit_in_cell(found['inspected'], True)}"
        if re.fullmatch(r"\s*-?\s*(?:nt|như\s+trên)\s*-?\s*", found.get("assignee", ""), flags=re.I) or not found.get("assignee"):
            found["assignee"] = same_as or ""
    if not found.get("task") or not found.get("assignee"):
        return None
    if not re.search(r"[^\W\d_]{2,}", found["task"]):
        return None             # 'Lãnh đạo UBND phường | 4 | 4 | 100 | 4': a table of counts by unit, no work
    weeks = [roles[i][5:] for i, c in enumerate(cells) if i < len(roles) and (roles[i] or "").startswith("week:")
             and c.strip().lower() == "x"]
    if weeks and not found.get("deadline"):
        found["deadline"] = f"trước ngày {weeks[-1]}"     # done by the last day of the last week marked 'x'
    # ('Phường Hải An' written with its level word: the same place)
    place = place_named(found["assignee"]) or place_named(re.sub(r"(?i)^\s*(?:xã|phường|đặc\s+khu)\s+", "", found["assignee"]))
    if place is not None:
        # 'Xã | Nội dung cần khắc phục | Thời hạn' over 'Lạc Phượng | …': that commune's committee
        found["assignee"] = f"UBND {place.kind} {place.name}"
    parts = [p for p in re.split(r";|\n", holder_office(found["assignee"])) if p.strip()]
    # 'Chánh Văn phòng HĐND và UBND phường', 'Giám đốc Trung tâm PVHCC phường': the office the person heads
    named = [unit_in_cell(p) or _office_in_cell(p) for p in parts]
    # 'Trung tâm Phục vụ hành chính công; Phòng Kinh tế, Hạ tầng và Đô thị': two units in charge
    assignee = "; ".join(dict.fromkeys(u for u in named if u)) if all(named) else unit_in_cell(parts[0], True)
    # ('Ngày trực | Người trực | Nhiệm vụ': a roster's row is its unit's work on that day; 'Ngày | Thời gian | …':
    # the hour on the day, or on the day of the row above when its day cell is left empty)
    when = found.get("deadline") or found.get("day", "")
    if found.get("deadline") and not re.search(r"\d{1,2}\s*/\s*\d{1,2}", found["deadline"]) and "day" in roles:
        day = found.get("day") or (day_above if day_above and re.search(r"\d{1,2}\s*/\s*\d{1,2}", day_above) else "")
        when = f"{day} {found['deadline']}".strip() if day else when
    return found["task"], assignee, when


STAFF = re.compile(r"\s*(?:chuyen\s*vien|can\s*bo|cong\s*chuc|vien\s*chuc|nhan\s*vien)\s+")
# a person's name, a comma, then what they are where ('Đỗ Thị Hương, viên chức …')
PERSON_STAFF = re.compile(r"\s*(?:[^\W\d]+\s+){1,6}[^\W\d]+\s*," + STAFF.pattern)


def _office_in_cell(cell: str) -> Optional[str]:
    """'Chánh Văn phòng HĐND và UBND phường', 'Chuyên viên Trung tâm PVHCC phường': the office a person in a
    list heads or works in."""
    folded = fold(cell.strip())
    staff = STAFF.match(folded)
    if staff:
        cell, folded = cell.strip()[staff.end():], folded[staff.end():]
        return unit_in_cell(cell) or unit_of(cell)[0]
    if re.fullmatch(r"\s*(?:pho\s*)?giam\s*doc\s*", folded):
        return "Trung tâm Phục vụ hành chính công"     # a commune's one director heads its Trung tâm
    named = PERSON_STAFF.match(folded)
    if named:
        # 'Đỗ Thị Hương, viên chức Trung tâm PVHCC', 'Thiếu úy Lê Văn Nam, cán bộ Công an đặc khu' (a roster's
        # person cell): the office the person works in
        rest = cell.strip()[named.end():]
        return unit_in_cell(rest) or unit_of(rest)[0]
    return unit_of(cell)[0] if HEAD_TITLE.match(folded) else None


def unit_in_cell(cell: str, fallback: bool = False) -> Optional[str]:
    """The unit a cell (or a list item) starts with, as _named names it; the cell itself if
    `fallback`, else None when no known unit starts the cell."""
    from extractors.gazetteer import find_all
    cell = re.sub(r"(?i)^\s*đề\s+nghị\s+(?=\S)", "", cell)    # 'Đề nghị Ủy ban MTTQ Việt Nam xã': the body asked
    units = find_all("units", cell)
    if units and units[0][0] <= 1 and units[0][2].kind == "ubnd":
        named = unit_of(re.sub(r"\s+", " ", cell.strip()))[0]
        if named and re.match(r"UBND (?:xã|phường|đặc khu) \S", named):
            return named                # 'UBND phường Trần Liễu' in a cross-check's schedule: that ward's UBND
    if units and units[0][0] <= 1:
        end = units[0][1]
        if OFFICE.match(units[0][2].name):
            # 'Phó Chủ tịch UBND phường': the office of this commune
            end += len(re.match(r"(?:\s+(?:xã|phường|đặc khu)(?!\w))?", cell[end:]).group(0))
        own = own_locality(cell, end, units[0][2])
        if own:
            return f"{_named(cell[:end], units[0][2])} {own.group(1)}"    # 'Ủy ban Mặt trận Tổ quốc Việt Nam xã'
        numbered = TEAM_NUMBER.match(cell, end)
        return _named(cell[:end], units[0][2]) + (" " + numbered.group(1) if numbered else "")
    generic = GENERIC_UNIT.fullmatch(fold(cell.strip()))
    if generic:
        # 'Trung tâm' alone (a commune has one), 'Phòng chuyên môn thụ lý' (whichever office handles the file)
        return "Trung tâm Phục vụ hành chính công" if generic.group(1) else "Các phòng chuyên môn"
    return _sentence_case(cell.strip()) if fallback else None


# a unit's name going on with its number ('Tổ kiểm tra số 1', 'Tổ công tác số 2'): one of several teams of that name
TEAM_NUMBER = re.compile(r"\s+(số\s+\d{1,2})(?![\d/.,])")


BARE_CENTRE = re.compile(r"\s*Trung tâm\s+")     # 'Trung tâm' alone before its verb (a lower-case word)
GENERIC_UNIT = re.compile(r"(trung\s*tam)|(?:cac\s*)?phong\s*chuyen\s*mon(?:\s*(?:thu\s*ly|giai\s*quyet|lien\s*quan|co\s*lien\s*quan))?")
