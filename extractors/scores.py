"""Scores and ranks, in prose and in table rows.

Prose: 'Tiến độ giải quyết: 19,93/20 điểm', 'đạt 94,72 điểm, xếp hạng 80/114', 'đứng thứ 52/114'.
Tables (ruled tables read by OCR as tab-joined cells, or run together with spaces):
'2. Tiến độ giải quyết  20  19,97  53', where the columns are maximum, result and rank; 'Tối đa'
in the rank column means the group has full marks (no rank).

    prose_hits(text, folded) -> list[Hit]
    table_hit(text, roles)   -> list[Hit]      roles: column roles from the table's header rows
    header_roles(rows)       -> list[str|None] per tab column: 'max' | 'value' | 'rank' | None
The criterion is the dictionary's name (dictionaries/criteria.tsv); the caller adds entity, index
and period.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extractors.gazetteer import begun, criteria, criterion_of, find_all, fold, lookup
from extractors.numbers import (BARE_MONTH_IN_TEXT, NUMBER_WORDS, PERIOD_FIRST, find_periods, iso_date, month_before,
                               month_of, parse_number, words_value)

TOTAL = "Tổng điểm"
# a number; OCR may split a score's first two digits ('đạt 9 5,41 điểm', '1 8,5/20'): joined before 'điểm' or '/'
N = r"((?<![\w,.])\d \d[,.]\d{1,2}(?=\s*(?:diem|/))|\d+(?:[,.]\d+)?)"
# 'A → B' (points before and now, a legend above saying of which periods)
ARROW_SCORES = re.compile(r"(?<![\w,.])(\d{1,3}(?:,\d{1,2})?)\s*(?:diem\s*)?(?:→|->)\s*(\d{1,3}(?:,\d{1,2})?)(?![\d/])")
# 'N đơn vị đạt (tối đa) X/Y điểm': a count of units at a mark
UNITS_AT = re.compile(r"(?<![\w,])\d{1,3}\s*(?:don\s*vi|xa|phuong|dac\s*khu)\s*(?:dat|co)\s*(?:(?:muc\s*)?(?:diem\s*)?toi\s*da\s*)?$")
# 'cho 03 đơn vị xếp thứ nhất, thứ nhì và thứ ba', '08 đơn vị xếp từ thứ 4 đến thứ 10': how many units ranked so, no one's rank
UNITS_RANKED = re.compile(r"(?<![\w,])\d{1,3}\s*(?:don\s*vi|xa|phuong|dac\s*khu)\s*(?:duoc\s*)?$")
# '… đạt 16,48/20 điểm ở nhóm chỉ tiêu này': the group named before, after the value
THIS_GROUP_AFTER = re.compile(r"\s*(?:diem\s*)?,?\s*(?:o|cua|tai|trong)\s*nhom\s*(?:chi\s*tieu\s*)?nay(?!\w)")
# a place opening the clause a value is in ('; xã Hà Tây đạt …', 'xã Tiên Minh và xã Vĩnh Lại cùng đạt …')
PLACE_LEAD = re.compile(r"^\s*(?:[;,]\s*)?(?:xa|phuong|dac\s*khu)\s")
SLASH_SCORE = re.compile(N + r"\s*(?:diem\s*)?(?:/|tren\s*(?:muc\s*)?toi\s*da(?=\s*\d+(?:,\d+)?\s*diem))\s*" + N + r"(?!\s*/)(\s*(?:diem|d\b))?")
# ('19,5/20', '93,08 điểm/100 điểm', '17,42 trên tối đa 18 điểm')
# 'đạt 94,72 điểm'; 'tổng: 92,4đ' ('đ' for 'điểm', as clerks shorten it); a level reached: 'chỉ còn 10,2 điểm',
# 'tăng lên 93,4 điểm', 'giảm xuống 88,1 điểm', 'đưa tổng điểm tháng 11/2026 của phường lên 94,06 điểm', 'giữ trọn
# 18 điểm'
DAT_SCORE = re.compile(r"(?:dat|duoc|voi|la|co|cham|(?<!\w)con|(?<!\w)giu(?=\s*(?:tron|vung|nguyen))|(?<!\w)(?:tang|giam|vuon|phuc\s*hoi|nhich|cai\s*thien)\s*len|(?<!\w)(?:dua|keo)(?!\w)[\w\s/]{0,50}?\s*len|(?<!\w)(?:giam|tut|keo[\w\s]{0,40}?)\s*xuong|tong\s*cong\s*:|tong\s*(?:diem\s*)?:|(?<=[:;]\s)(?=tong\s*diem\s*\d))\s*(?:binh\s*quan\s*|trung\s*binh\s*|tong\s*cong\s*|tron\s*(?:ven\s*)?|vung\s*|nguyen\s*)?"
                       r"(?:tong\s*(?:so\s*)?diem\s*(?:la\s*)?)?(?:so\s*diem\s*(?:la\s*)?)?" + N + r"\s*(?:diem|d(?![^\W\d_]))")
# ('(cập nhật đến … ngày 16/01/2027): tổng điểm 95,07 điểm, …': the total named after a colon, no verb)
# 'đạt 18 trên tổng số 18 điểm', '9,46 trên tổng số 12 điểm': a value over its maximum in words
OVER_SCORE = re.compile(r"(?:dat|duoc|voi|la|co|cham)\s*" + N + r"\s*(?:diem\s*)?tren\s*(?:(?:tong\s*(?:so\s*)?)?(?:thang\s*diem\s*)?"
                        + N + r"\s*diem|thang\s*diem\s*" + N + r"(?!\d|[,.]\d))")      # '90,06 trên thang điểm 100'
# 'với số điểm 19,58 (tối đa 20 điểm)': 'số điểm' before the value, the maximum said after it;
# 'Tiến độ giải quyết - điểm đạt: 17,25 (điểm tối đa: 20)'
SO_DIEM = re.compile(r"(?:so\s*diem|diem\s*so|diem\s*dat(?:\s*duoc)?)\s*(?:dat\s*duoc\s*|dat\s*|la\s*)?:?\s*" + N +
                     r"(?![,.]?\d)(?:\s*\(\s*(?:diem\s*)?(?:toi\s*da|tren\s*(?:tong\s*so\s*)?)\s*:?\s*" + N +
                     r"(?:\s*diem)?\s*\))?(?!\s*[%/\d])(?!\s*diem(?!\s*(?:[;.]|$|\()))")    # ('Điểm đạt: 16,07 điểm;')
# a sentence setting out how points are given ('được chấm theo 05 tiêu chí', 'tổng điểm tối đa 100 điểm', 'thang điểm 100')
SCORING_SCHEME = re.compile(r"(?:cham|danh\s*gia)\s*(?:diem\s*)?theo\s*\d{1,2}\s*tieu\s*chi|tong\s*(?:so\s*)?diem\s*toi\s*da|thang\s*diem")
NAMED_SCORE = re.compile(N + r"\s*diem(?!\s*(?:/|phan\s*tram))(?!\w)")      # '<criterion> 18,6 điểm'
LIMIT_AFTER = re.compile(r"\s*(?:\(\s*(?:diem\s*)?toi\s*da\s*:?\s*|trong\s*so\s*|tren\s*(?:tong\s*so\s*)?)"
                         r"(\d{1,3}(?:,\d+)?)(?:\s*diem)?(?:\s*\))?")        # '(tối đa 20)', 'trong số 22 điểm'
TOTAL_WORDS = re.compile(r"tong\s*(?:so\s*)?diem|diem\s*tong|ket\s*qua\s*chung|chi\s*so\s*chung")
RANK = re.compile(r"(?:xep\s*hang|xep\s*thu|dung\s*thu|dung\s*hang|thu\s*hang\s*(?:cua\s*\w+(?:\s+\w+){0,3}?\s*(?:la|dat)\s*|la\s*|"
                  r"(?:thang\s*\d{1,2}(?:\s*/\s*\d{4})?|quy\s*[ivx]+(?:\s*/\s*\d{4})?|nam\s*\d{4})\s*(?:la|dat)\s*)?|"   # 'thứ hạng tháng 5/2026 là 63/114'
                  r"o\s*vi\s*tri\s*(?:thu\s*)?|vi\s*tri\s*thu\s*|(?:xuong|len|tut|giu|xep)\s*(?:o\s*)?vi\s*tri\s*(?:tam\s*thoi\s*)?(?=\d)|"
                  r"(?:len|xuong)\s*(?=thu\s*\d)|"                        # 'vươn lên thứ 86/114', 'tụt xuống thứ 79'
                  r"(?<!\w)tam\s*xep\s*(?=\d{1,3}\s*/\s*\d)|"              # 'tạm xếp 47/114': a provisional rank
                  # ('đứng thứ 27 trong khối 45 phường và thứ 58 trong 114 đơn vị': the second ranking, its whole said)
                  r"(?<=\s)va\s*(?=thu\s*\d{1,3}\s*(?:/|(?:trong|tren)\s*(?:tong\s*so\s*)?)\s*\d{1,3}\s*(?:xa|phuong|dac\s*khu|don\s*vi))|"
                  r"(?<![\w])hang\s*:?(?=\s*\d))\s*(?:thu\s*)?"
                  # (not 'kết quả xếp hạng 12 tháng là căn cứ …': a count of months)
                  r"(\d{1,4})(?!\d)(?!\s*[,.]\d)(?!\s*thang(?!\s*\d))(?:\s*\([^()\d]{3,60}\))?"        # 'xếp thứ 108 (một trăm linh tám) trong tổng số 114'
                  r"(?:\s*\(?\s*(?:/|(?:tren|trong)\s*(?:tong\s*)?(?:so\s*)?)\s*(\d{1,4}))?")
# '… tăng 56 bậc so với tháng 01/2026 (thứ 87/114)', '(90,82 điểm, thứ 71/114)', 'xếp vị trí 77/114 (tháng
# trước: 80/114)': a rank in parentheses, of the period compared with or named in the parentheses
PAREN_RANK = re.compile(r"\(\s*(?:(?P<score>\d[\d.,]*)\s*diem\s*[,;]\s*)?(?:(?P<label>thang\s*truoc|ky\s*truoc|thang\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*:\s*(?:thu\s*)?|thu\s*|vi\s*tri\s*(?:thu\s*)?)"
                        r"(\d{1,4})\s*(?:/|(?:tren|trong)\s*(?:tong\s*)?(?:so\s*)?)\s*(\d{2,4})(?!\s*diem)(?![\d,.])")
# 'Trong 06 phường thuộc Cụm thi đua số 4, phường xếp thứ nhì': the number ranked, said before the rank
AMONG = re.compile(r"(?<!\w)(?:trong\s*(?:so\s*|tong\s*so\s*|khoi\s*|nhom\s*)?|tren\s*tong\s*so\s*)(\d{1,3})\s*(?:xa|phuong|dac\s*khu|don\s*vi)(?!\w)")
AMONG_AFTER = re.compile(r"\s*" + AMONG.pattern)
# 'Trong Cụm thi đua số 6 gồm 09 xã, Vĩnh Thịnh chỉ đứng thứ bảy': the number in the group ranked, before the rank
GROUP_OF = re.compile(r"(?<!\w)(?:cum|khoi|nhom)[^.;]{0,30}?(?<!\w)gom\s*(\d{1,3})\s*(?:xa|phuong|dac\s*khu|don\s*vi)(?!\w)")
# 'xếp thứ ba mươi tám trong tổng số 114 đơn vị': the rank said in words only
RANK_WORDS = re.compile(r"(?:xep\s*hang\s*thu|xep\s*thu|dung\s*thu|vi\s*tri\s*thu)\s+(" + NUMBER_WORDS + r")"
                        r"(?:\s*\(?\s*(?:/|(?:tren|trong)\s*(?:tong\s*)?(?:so\s*)?)\s*(\d{1,4}))?")
# '90,85 điểm (trên thang điểm 100)', '… điểm trên tổng số 100 điểm': the maximum after the value
NO_PERIOD = "-"      # a Hit's period no record form holds (a quarter): the record's period is null
UNIT_NOTE_WORDS = r"%|diem\s*%|diem\s*phan\s*tram"            # a header cell's '(%)', '(điểm %)', '(điểm phần trăm)'
UNIT_NOTE = r"(?:\(\s*(?:" + UNIT_NOTE_WORDS + r")\s*\)\s*)?"
QUARTER_YEAR = re.compile(r"\s*quy\s*(iv|i{1,3}|[1-4])\s*(?:/|nam)\s*(\d{4})\s*" + UNIT_NOTE)
ROMAN_QUARTER = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
QUARTER_ROMAN = ("I", "II", "III", "IV")


def quarter_number(written: str) -> int:
    """A quarter as written, in Roman numerals or digits ('ii', 'II', '2'): 2."""
    return int(ROMAN_QUARTER.get(written.lower(), written))


QUARTER_HEAD = re.compile(r"\s*(?:diem\s*)?(?:binh\s*quan\s*)?quy\s*(?:iv|i{1,3}|[1-4])(?:\s*(?:/|nam)\s*\d{4})?\s*")
STATED_MAX = re.compile(r"\s*\(\s*(?:diem\s*)?toi\s*da\s*:?\s*(\d{1,3}(?:,\d+)?)\s*diem\s*\)")   # '(tối đa 9 điểm)'
MAX_AFTER = re.compile(r"\s*\(?\s*(?:tren|/|toi\s*da)\s*(?:tong\s*)?(?:so\s*)?(?:thang\s*(?:diem\s*)?)?(\d{2,3})(?:\s*diem)?(?![\d,./])")
# 'hai nhóm chỉ tiêu Thanh toán trực tuyến và Số hóa hồ sơ lần lượt chỉ đạt 6,42 điểm và 17,15 điểm'
# 'hai nhóm này', 'các nhóm chỉ tiêu trên': groups named in a sentence before
THESE_GROUPS = re.compile(r"(hai|ba|bon|nam|sau|cac|\d{1,2})\s*nhom\s*(?:chi\s*tieu\s*)?(?:nay|tren|do)(?!\w)")
GROUP_COUNT = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6}        # (their number, where a word says it)
# '…; tháng 11/2026 tiếp tục tăng, đạt ' after a series: the next series of the same groups
SERIES_AGAIN = re.compile(r"\s*(?:diem\s*)?[;,]\s*(?:(?:sang\s*|den\s*)?thang\s*\d{1,2}(?:\s*/\s*\d{4})?\s*,?\s*)"
                          r"(?:[^\W\d]+\s*){0,4}?,?\s*(?:dat|len|con)\s*")
RESPECTIVELY = re.compile(r"lan\s*luot\s*(?:(?:chi|moi|cung)\s*)?(?:dat|la|duoc|co|bang)?\s*(?:duoc\s*)?")
# 'giảm từ 19,62 điểm xuống còn 17,85 điểm', 'từ 19,9/22 điểm xuống 18,4/22 điểm', 'giảm từ 19,45 xuống 17,82 điểm':
# where a change started and ended
# ('từ 17,52/18 điểm (tháng 10/2026) lên 17,86 điểm (tháng 11/2026)': each value's month after it)
FROM_TO_SCORE = re.compile(r"(?<!\w)tu\s*(?:muc\s*)?" + N + r"(?:\s*/\s*" + N + r")?\s*(?:diem\s*)?"
                           r"(?:\(\s*thang\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{4}))?\s*\)\s*)?(?:len|xuong)\s*(?:con\s*|muc\s*)?"
                           + N + r"(?:\s*/\s*" + N + r")?\s*diem(?!\w)(?:\s*\(\s*thang\s*(?P<m2>\d{1,2})(?:\s*/\s*(?P<y2>\d{4}))?\s*\))?")
# 'tụt từ vị trí 58 xuống vị trí 84 trong 114 đơn vị', 'từ vị trí 88 xuống vị trí 96/114'
FROM_TO_RANK = re.compile(r"(?<!\w)tu\s*(?:vi\s*tri|hang|thu)\s*(?:thu\s*)?(\d{1,4})(?:\s*/\s*\d{2,3})?\s*"
                          r"(?:\(\s*(?:thang|quy|nam|ky)[^()]{1,20}\)\s*)?"      # ('từ vị trí 63/114 (tháng 11/2026) tụt xuống …')
                          r"(?:(?:tut|roi|tang|giam|vuon)\s*)?(?:len|xuong)\s*"     # ('từ vị trí 53/114 tụt xuống vị trí 71/114')
                          r"(?:vi\s*tri|hang|thu)\s*(?:thu\s*)?(\d{1,4})(?:\s*(?:/|(?:tren|trong)\s*(?:tong\s*)?(?:so\s*)?)\s*(\d{1,4}))?")
RANK_SCORE = re.compile(r"(?:\s+[^\W\d][^\d;.()]{0,30}?)?\s*[;,(]\s*" + N + r"\s*diem(?!\s*/)(?!\w)")
OTHER_PERIOD_PAREN = re.compile(r"\s*(?:diem\s*)?\(\s*(?:thang\s*\d{1,2}(?:\s*/\s*\d{4})?|quy\s*(?:iv|i{1,3}|\d)(?:\s*/\s*\d{4})?|"
                                r"nam\s*\d{4}|thang\s*truoc|ky\s*truoc)\s*(?:dat|la|:|-)?\s*")
# 'so với tháng 9/2026 (91,64 điểm, hạng 75/114)', 'thấp hơn tháng 9/2026 (10,85 điểm)': that period's value
PERIOD_PAREN = re.compile(r"(?:thang\s*\d{1,2}(?:\s*/\s*\d{4})?|nam\s*\d{4}|quy\s*(?:iv|i{1,3}|\d)(?:\s*/\s*\d{4})?|cung\s*ky)"
                          r"\s*\(\s*(?:dat\s*)?" + N + r"(?:\s*/\s*" + N + r")?\s*diem(?!\w)")      # ('(19,53/20 điểm)')
# 'nhóm Công khai, minh bạch và nhóm Mức độ hài lòng cả hai tháng đều đạt tối đa 18/18 điểm'
TOGETHER = re.compile(r"(?:ca\s*(hai|ba|bon|\d)\s*thang\s*)?(?:deu|cung)\s*(?:dat|duoc|giu)\s*(?:tron\s*(?:ven\s*)?|vung\s*)?(?:(?:muc\s*)?(?:diem\s*)?toi\s*da\s*\(?\s*)?"
                      + N + r"(?:\s*/\s*" + N + r")?\s*diem(?!\w)")      # ('đều đạt điểm tối đa (18 điểm)' too)
SERIES_NUMBER = re.compile(r"\s*(?:,|;|va|\s)?\s*" + N + r"(?:\s*/\s*" + N + r")?(?:\s*diem)?")
MAX_MARK = re.compile(r"^(?:toi\s*da|max|-|–|x)$")
DELIM = re.compile(r"[;.](?!\d)|:\s*$")


@dataclass
class Hit:
    kind: str                    # score | rank
    start: int
    end: int
    criterion: str
    value: float                 # score value or rank
    bound: Optional[float]       # max points or out_of
    index: Optional[str] = None  # index named in the criterion dictionary
    period: Optional[str] = None # period of the table column the value sits in, if the header gives one
    earlier: bool = False        # the value a change started from ('giảm từ 19,62 điểm xuống …'): the period before
    entity: Optional[str] = None # the commune or ward a row of a table of several is about ('Xã Hà Bắc | 89,62 | 84')


DIFFERENCE = re.compile(r"(?:cao|thap|nhieu|it)\s*hon|chenh\s*lech|kem\s*hon")
NAMED_AFTER = re.compile(r"\s*(?:o|cua|thuoc|tai)\s+(?:nhom\s*)?(?:chi\s*tieu\s*)?")


CONTEST = re.compile(r"(?<!\w)(?:thi\s*sinh|hoi\s*thi|bai\s*thi|diem\s*thi|phan\s*thi|du\s*thi|(?:diem|ky)\s*sat\s*hach)(?!\w)"
                     # ('Điểm đánh giá bình quân của 10 công chức, viên chức đạt 86,1 điểm': officers' points, not the index)
                     r"|(?<!\w)diem\s*danh\s*gia[^.;]{0,30}(?:cong\s*chuc|vien\s*chuc|can\s*bo)(?!\w)")


def _place_just_before(text: str, folded: str, pos: int) -> bool:
    """A ward's, commune's or special zone's name ('phường Trần Liễu', 'xã An Hưng') ends right before `pos`, at
    the start of its clause."""
    lead = max((m.end() for m in re.finditer(r"[;:,()]|\.(?!\d)|\sva\s", folded[:pos])), default=0)
    said = text[lead:pos]
    found = [(s, e) for s, e, _ in find_all("places", said)]
    return bool(found) and not said[found[-1][1]:].strip() \
        and bool(re.fullmatch(r"[\s\-–+•]*(?:(?:phường|xã|đặc khu|Phường|Xã|Đặc khu)\s+)?", said[:found[-1][0]]))


def _criterion_after(text: str, folded: str, pos: int) -> Optional[tuple[str, Optional[str], int]]:
    """The criterion named right after a value: '17,2/20 điểm ở nhóm Tiến độ giải quyết'."""
    m = NAMED_AFTER.match(folded, pos)
    if not m:
        return None
    found = find_all("criteria", text[m.end():m.end() + 60], folded[m.end():m.end() + 60])
    if found and found[0][0] == 0:
        return found[0][2].name, found[0][2].kind or None, m.end()
    return None


def _criteria_named(text: str, folded: str, lo: int, hi: int) -> list:
    """The criteria named in lo..hi (offsets from lo), but one in a parenthesis saying where something sits ('… Bộ chỉ
    số phục vụ người dân, doanh nghiệp (thuộc lĩnh vực Cải cách thủ tục hành chính), tháng 11/2026 thành phố đạt 91,96
    điểm': the index's place in another, not what the points are of)."""
    return [f for f in find_all("criteria", text[lo:hi], folded[lo:hi])
            if not re.search(r"\(\s*(?:thuoc|gom\s*ca|bao\s*gom\s*ca)\s[^()]*$", folded[lo:lo + f[0]])]
    # ('Dịch vụ công trực tuyến (gồm cả thanh toán trực tuyến): 17,38 …': what the group takes in)


def _criterion_before(text: str, folded: str, lo: int, hi: int) -> Optional[tuple[str, Optional[str], int]]:
    found = _criteria_named(text, folded, lo, hi)
    if found:
        s, e, entry = found[-1]
        return entry.name, entry.kind or None, lo + s
    return _fuzzy_label(text, folded, lo, hi)


def _named_just_before(text: str, folded: str, lo: int, hi: int, gap: int = 30) -> Optional[tuple[str, Optional[str], int]]:
    """The criterion whose name ends at most `gap` characters before `hi`, however long it is and whatever
    commas it holds ('lĩnh vực Xây dựng và phát triển chính quyền điện tử, chính quyền số chỉ đạt 6,25 điểm')."""
    found = _criteria_named(text, folded, lo, hi)
    if found and hi - (lo + found[-1][1]) <= gap:
        s, e, entry = found[-1]
        return entry.name, entry.kind or None, lo + s
    return None


def _fuzzy_label(text: str, folded: str, lo: int, hi: int) -> Optional[tuple[str, Optional[str], int]]:
    """A label damaged by OCR right before the value ('Dịch vụ công tryc tuyến: 8,07/12')."""
    window = folded[lo:hi]
    label_end = len(window.rstrip(" :-\n\t"))
    label_end -= len(re.search(r"(?:\s*(?:dat|la|duoc))?$", window[:label_end]).group(0))
    cut = max(window.rfind(c, 0, label_end) for c in ";:.,(") + 1
    label = window[cut:label_end].strip()
    if not label or len(label) > 60:
        return None
    from rapidfuzz import fuzz
    words = label.split()
    best = None
    for k in range(min(7, len(words)), 0, -1):
        phrase = " ".join(words[-k:])
        if len(phrase) < 6:
            continue
        entry = criterion_of(phrase, 0.8)
        if entry:
            score = max(fuzz.ratio(fold(phrase), fold(s)) for s in entry.spellings)
            if best is None or score > best[0]:
                best = (score, entry, label_end - len(phrase))
    if best:
        return best[1].name, best[1].kind or None, lo + best[2]
    return None


def _label(text: str, folded: str, lo: int, hi: int) -> Optional[str]:
    """The words naming a score right before it, when they read as a name (2–8 words, no number)."""
    window = text[lo:hi].rstrip(" :-\t")
    cut = max(window.rfind(c) for c in ";:(") + 1
    label = re.sub(r"\s+(?:đạt|được|là|với)$", "", window[cut:].strip(" :-\t")).strip()
    if re.search(r"\d", label):
        # '…, xếp thứ 19/45 phường, gồm điểm thẩm định 58,91/70 điểm và điểm điều tra xã hội học 23,73/30 điểm': the
        # words after the last figure's clause ('gồm …', 'và …')
        tail = re.split(r",\s*|\s(?=(?:gồm|và|cộng với)\s)", label)[-1].strip()
        # ('…, điểm tự đánh giá … bị trừ 5,93 điểm, điểm thẩm định đạt 59,32/74 điểm': the clause's own words, a name)
        label = (tail[:1].upper() + tail[1:] if PAR_PART_HEAD.match(fold(tail)) else tail) \
            if not re.search(r"\d", tail) else label
    # 'Điểm thẩm định của phường là 64,55/74 điểm': whose it is is the record's entity
    label = re.sub(r"\s+của\s+(?:phường|xã|đặc khu|đơn vị)(?:\s+[A-ZĐ]\w*)*$", "", label)
    # 'Trong đó, điểm thẩm định đạt 61,3/70 điểm', '…; điểm điều tra xã hội học đạt 22,87/30 điểm',
    # '…; cộng với điểm điều tra xã hội học đạt 21,38/26 điểm'
    lead = re.match(r"(?:trong\s*do|rieng|cu\s*the|gom|cong\s*voi|cong|va)\s*,?\s*(?=\S)", fold(label))
    if lead or (cut > 0 and window[cut - 1] == ";") or (cut == 0 and lo > 0 and text[lo - 1] == ";"):
        label = label[lead.end():] if lead else label
        label = label[:1].upper() + label[1:]
    words = label.split()
    if not 2 <= len(words) <= 8 or re.search(r"\d", label) or not label[:1].isupper():
        return None
    if re.search(r"(?<!\w)(?:dat|toi\s*da)(?!\w)", fold(label)):
        return None     # '…; lần đầu tiên đạt điểm tối đa 10/10 điểm': what the value did, not its name
    if re.match(r"\s*(?:xa|phuong|dac\s*khu)\s", fold(label)) and find_all("places", label):
        return None     # '…; xã Hà Tây đạt 17,62/20 điểm', 'xã Tiên Minh và xã Vĩnh Lại cùng đạt …': whose, not what
    return label


LABEL_LEAD = re.compile(r"\s*(?:(?:chi|moi|van|cung)\s*)?(?:dat|duoc|la)?\s*$")


def _colon_label(text: str, folded: str, floor: int, pos: int) -> Optional[tuple[str, Optional[str], int]]:
    """'- Tiến độ giải quyết: đạt 17,5 điểm (tối đa 20 điểm)': the criterion labelling the value, written
    just before the colon that opens its clause."""
    colon = folded.rfind(":", floor, pos)
    if colon < 0 or not LABEL_LEAD.fullmatch(folded[colon + 1:pos]):
        return None
    return _criterion_before(text, folded, floor, colon)   # the label may hold a comma ('Số hóa hồ sơ, kết quả …')


def _clause_start(folded: str, pos: int, floor: int) -> int:
    cut = floor
    for m in re.finditer(r"[;]|\.(?!\d)|:(?=\s*\D)|,\s", folded[floor:pos]):
        cut = floor + m.end()
    return cut


# points estimated or claimed, not given: '… thì điểm … ước đạt 21,46/22 điểm', 'tổng điểm … sẽ là 97,28 điểm'
ESTIMATED = re.compile(r"(?:(?<!\w)uoc\s*(?:dat|tinh|khoang)|du\s*kien\s*(?:dat|la|se\s*dat)|(?<!\w)se\s*(?:dat|la|duoc))"
                       r"\s*(?:khoang\s*|muc\s*)?$")
INDEX_766 = "Bộ chỉ số 766"      # the index of Decision 766/QĐ-TTg, as dictionaries/criteria.tsv names it
SMALLEST_TOTAL = 25      # a 766 total below this is a group's points (the largest group's maximum is 22)


# 'điểm tự đánh giá 64,75/70 điểm', 'xã tự chấm 66,25/70 điểm', 'điểm thẩm định chỉ đạt 60,5 điểm': a PAR Index
# self-assessment or its appraisal, just before the value
APPRAISAL_BEFORE = re.compile(r"(?<!\w)(?:diem\s*(tham\s*dinh)|(?:diem\s*)?(tu\s*danh\s*gia|tu\s*cham))"
                              r"(?:\s*(?:nam\s*\d{4}|cua\s*(?:xa|phuong|dac\s*khu)))?\s*(?:chi\s*|moi\s*)?(?:dat|la|:)?\s*$")


# '… Hội đồng thẩm định trừ 6,4 điểm ở 11 tiêu chí, tiêu chí thành phần, phường còn 58,15 điểm': what the appraisal left
# (the deduction, then 'còn' just before the value or as the verb the value's match opens with)
APPRAISED_REMAINDER = re.compile(r"tham\s*dinh\s*(?:da\s*)?tru\s*\d+(?:,\d+)?\s*diem[^.;()]{0,80}?$")
LEFT_WORD = re.compile(r"\scon\s*(?:lai\s*)?$")


def _appraisal_named(folded: str, lo: int, at: int) -> Optional[tuple[str, Optional[str], int]]:
    m = APPRAISAL_BEFORE.search(folded, max(lo, at - 60), at)
    left = APPRAISED_REMAINDER.search(folded, max(0, at - 160), at) if not m else None   # (across the clause's commas)
    if left and (LEFT_WORD.search(folded, 0, at) or re.match(r"\s*con\s", folded[at:])):
        return "Điểm thẩm định", "PAR Index", at        # (said just before the value)
    if not m:
        return None
    # ('Hội đồng thẩm định thành phố chấm phần tự đánh giá của đặc khu 61,75/74 điểm': the appraisal of that part)
    appraised = re.search(r"tham\s*dinh[^,;.()]{0,40}?\scham\s*(?:lai\s*)?(?:phan\s*)?$", folded[max(lo, m.start() - 60):m.start()])
    return ("Điểm thẩm định" if m.group(1) or appraised else "Điểm tự đánh giá"), "PAR Index", m.start()


def prose_hits(text: str, folded: Optional[str] = None, topic=None) -> list[Hit]:
    """`topic`: the criterion the heading above names (a gazetteer entry), which 'tháng 11 chỉ còn
    17,72/20 điểm' under '1. Nhóm chỉ tiêu Tiến độ giải quyết' is a score of when its maximum is that one's."""
    folded = folded if folded is not None else fold(text)
    # 'A, B và C lần lượt chỉ đạt 17,36/20 điểm, 16,2/22 điểm và 7,34/10 điểm': the names before 'lần
    # lượt' take the values in order, before any value is given to the name nearest it
    hits: list[Hit] = _months_respectively(text, folded, [])
    hits += _respectively(text, folded, hits)
    hits += _ranks_by_month(text, folded, hits)
    hits += _ranks_beside_series(folded, hits)
    hits += _place_ranks(text, folded, hits)
    hits += _together(text, folded, hits)
    hits += _from_to(text, folded, hits, topic)
    hits += _dated_aside(folded, hits)
    hits += _labelled_total(folded, hits)
    hits += _month_labelled(folded, hits)
    last_end = 0
    for m in SLASH_SCORE.finditer(folded):
        value, bound = parse_number(m.group(1)), parse_number(m.group(2))
        if value is None or bound is None or bound == 0 or any(h.start <= m.start() < h.end for h in hits):
            continue
        if re.search(r"(?<!\w)ngay\s*$", folded[max(0, m.start() - 8):m.start()]):
            continue            # '… dịch vụ công trực tuyến …, từ ngày 14/12 đến ngày 31/12/2026': a day, not 14 of 12
        if re.search(r"(?<!\w)chiem\s*$", folded[max(0, m.start() - 8):m.start()]):
            continue            # '(chiếm 10/100 điểm của Bộ chỉ số …)': the group's weight in the index, no result
        if UNITS_AT.search(folded, max(0, m.start() - 40), m.start()):
            continue            # 'Phân theo mức điểm: 31 đơn vị đạt tối đa 12/12 điểm; …': how many units, no one's points
        lo = max(last_end, _sentence_floor(folded, m.start()))
        if UNITS_ON_AVERAGE.search(folded[lo:m.start()]):
            continue            # 'Nhóm Thanh toán trực tuyến của 10 đơn vị trên bình quân chỉ đạt 5,68/10 điểm': many units' mean
        crit = _appraisal_named(folded, lo, m.start()) or _named_just_before(text, folded, lo, m.start()) \
            or _criterion_before(text, folded, lo, m.start())
        near = crit is not None and len(folded[crit[2]:m.start()]) <= 60 + max(0, len(crit[0]) - 30)
        far = len(folded[crit[2]:m.start()]) if crit is not None else 0
        if crit is not None and not near and m.group(3) and value <= bound and (far <= 140 or (
                far <= 320 and re.search(r":\s*(?:thang|quy)\s*[\divx]", folded[crit[2]:m.start() + 1]))):
            # ('điểm nhóm chỉ tiêu Tiến độ giải quyết … giảm qua từng tháng: tháng 8/2026 đạt 19,68/20 điểm; …': the group
            # named before a list of its months, however long the name's aside)
            # 'nhóm chỉ tiêu Mức độ hài lòng của Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2026 của phường chỉ
            # đạt 16,94/18 điểm': further off, the criterion's own maximum ties them
            entry = criterion_of(crit[0], 0.99)
            near = bool(entry and entry.extra and parse_number(entry.extra) == bound)
        after = _criterion_after(text, folded, m.end())
        if after:
            crit, near = after, True          # '16,9/18 điểm ở nhóm Công khai, minh bạch'
        if not (m.group(3) or near) or (value > bound and not near):
            continue            # a value above its maximum next to a criterion is kept: the checks flag it
        if not m.group(3):
            # without 'điểm' the maximum must be the criterion's own ('Tiến độ giải quyết: 19,93/20')
            entry = criterion_of(crit[0], 0.99)
            if not entry or not entry.extra or parse_number(entry.extra) != bound:
                continue
        if bound > 1000 or (m.group(2).isdigit() and len(m.group(2)) == 4):     # a year, not a maximum
            continue
        before = [h for h in hits if h.kind == "score" and h.end <= m.start()]
        if not (crit and near) and before and OTHER_PERIOD_PAREN.fullmatch(folded, before[-1].end, m.start()):
            # 'Nhóm Tiến độ giải quyết chỉ còn 14,6/20 điểm (tháng 10/2026 đạt 18,9/20 điểm)': the same
            # criterion in the period the parenthesis names
            crit, near = (before[-1].criterion, before[-1].index, before[-1].start), True
        group = [h for h in before if h.criterion != TOTAL]
        if not (crit and near) and group and group[-1].bound == bound and (
                THIS_GROUP.search(folded[lo:m.start()])
                or re.search(r"(?<!\w)nhom\s*chi\s*tieu\s*(?:dat|duoc|chi\s*dat|con)\s*$", folded[lo:m.start()])):
            # '- Tiến độ giải quyết: bình quân 18,64/20 điểm. … Riêng tháng 8/2026, nhóm chỉ tiêu này chỉ đạt 16,9/20
            # điểm' ('Tính bình quân 11 tháng năm 2026, nhóm chỉ tiêu đạt 10,18/12 điểm'): the group scored before, on
            # its scale
            crit, near = (group[-1].criterion, group[-1].index, group[-1].start), True
        name, index = (crit[0], crit[1]) if crit and near else (TOTAL if bound == 100 else None, None)
        if not name and topic is not None and topic.extra and parse_number(topic.extra) == bound:
            name, index = topic.name, topic.kind or None
        if not name and m.group(3):
            name = _label(text, folded, lo, m.start())      # a group of another index ('Lĩnh vực …: 12,5/14 điểm')
        same = [h for h in before if h.criterion != TOTAL and h.bound == bound and h.start >= _sentence_floor(folded, m.start())]
        scale = criterion_of(same[-1].criterion, 0.99) if same else None
        if not name and scale and scale.extra and parse_number(scale.extra) == bound:
            # '… Số hóa hồ sơ chỉ được 18,36/22 điểm, xếp thứ 88/114, giảm 2,71 điểm so với tháng 10/2026 (tháng
            # 10/2026 đạt 21,07/22 điểm)': the group the sentence scored on that scale, in the other period
            name, index = same[-1].criterion, same[-1].index
        if not name and not same:
            whole = [h for h in before if h.criterion != TOTAL and h.bound == bound and h.start >= _full_stop_before(folded, m.start())]
            scale = criterion_of(whole[-1].criterion, 0.99) if whole else None
            if scale and scale.extra and parse_number(scale.extra) == bound and PLACE_LEAD.search(folded[lo:m.start()]):
                # '… phường Bắc An Phụ chỉ đạt 16,48/20 điểm ở nhóm chỉ tiêu này, …; xã Hà Tây đạt 17,62/20 điểm': the
                # group the sentence scored for the place before, for the next place on the same scale
                name, index = whole[-1].criterion, whole[-1].index
        if not name and (THIS_GROUP.search(folded[lo:m.start()]) or THIS_GROUP_AFTER.match(folded, m.end())):
            # '… cải thiện nhóm chỉ tiêu Mức độ hài lòng … . Tháng 11/2026, nhóm chỉ tiêu này của phường chỉ đạt 16,94/18
            # điểm': the group the text named last, on its own scale
            named = _groups_named(text, folded, 0, m.start())
            if named and named[-1][1].extra and parse_number(named[-1][1].extra) == bound:
                name, index = named[-1][1].name, named[-1][1].kind or None
        if not name:
            continue
        hits.append(Hit("score", m.start(), m.end(), name, value, bound, index))
        last_end = m.end()
    for m in ARROW_SCORES.finditer(folded):
        # '- Tiến độ giải quyết (tối đa 20): 19,46 → 17,08, mất 2,38 điểm' under '(điểm tháng 11/2026 → điểm tháng
        # 12/2026)': the group's points before and now (the earlier one in the period before the one in force)
        if any(h.start <= m.start(1) < h.end for h in hits):
            continue
        lo = _sentence_floor(folded, m.start())
        crit = _criterion_before(text, folded, lo, m.start())
        if crit is None or m.start() - crit[2] > 80:
            continue
        top = LIMIT_AFTER.search(folded, crit[2], m.start())
        bound = parse_number(top.group(1)) if top else None
        first, last = parse_number(m.group(1)), parse_number(m.group(2))
        if first is None or last is None or (bound is not None and max(first, last) > bound):
            continue
        hits.append(Hit("score", m.start(1), m.end(1), crit[0], first, bound, crit[1], earlier=True))
        hits.append(Hit("score", m.start(2), m.end(2), crit[0], last, bound, crit[1]))
    for m in list(OVER_SCORE.finditer(folded)) + list(SO_DIEM.finditer(folded)):
        most = next((g for g in m.groups()[1:] if g), None)
        value, bound = parse_number(m.group(1)), parse_number(most) if most else None
        if value is None or any(h.start <= m.start(1) < h.end for h in hits) or (bound is not None and not 0 < value <= bound <= 1000):
            continue
        if bound is None and not m.group(0).startswith(("so", "diem")):
            continue
        lo = max(_sentence_floor(folded, m.start()), max((h.end for h in hits if h.end <= m.start()), default=0))
        crit = _criterion_before(text, folded, _clause_start(folded, m.start(), lo), m.start()) \
            or _colon_label(text, folded, lo, m.start())
        if crit is None:                # 'Nhóm chỉ tiêu A tiếp tục giữ điểm tối đa, đạt 18 trên tổng số 18 điểm'
            crit = _criterion_before(text, folded, lo, m.start())
            crit = crit if crit and m.start() - crit[2] <= 80 else None
        # an index's total on its scale: 100 points, or 1 (DTI: '0,6718 điểm trên thang điểm 1')
        name, index = (crit[0], crit[1]) if crit else (TOTAL if bound in (None, 1, 100) else None, None)
        if name:
            hits.append(Hit("score", m.start(1), m.end(), name, value, bound, index))
    for m in DAT_SCORE.finditer(folded):
        if any(h.start <= m.start(1) < h.end for h in hits):
            continue
        value = parse_number(m.group(1))
        if value is None or value > 1000:
            continue
        lo = max(_sentence_floor(folded, m.start()), max((h.end for h in hits if h.end <= m.start()), default=0))
        if re.search(r"(?<!\w)diem\s*bi\s*tru(?!\w)", folded[_clause_start(folded, m.start(), lo):m.start()]):
            continue            # 'Tổng số điểm bị trừ ở phần tự đánh giá là 5,75 điểm': points lost, not reached
        if DIFFERENCE.search(folded[_clause_start(folded, m.start(), lo):m.start()]) or \
                re.search(r"(?:cao|thap)\s*hon\s[^.;]{0,60}\(\s*\d+(?:,\d+)?\s*diem\s*\)\s*,?\s*(?:la\s*)?$",
                          folded[_sentence_floor(folded, m.start()):m.start()]):
            continue                    # 'tự chấm cao hơn điểm thành phố chấm 2,49 điểm': a difference, not a score
            #                             ('… thấp hơn quý III/2026 (17,71 điểm) là 0,39 điểm': the gap, after the other value)
        if AVERAGE_OF_UNITS.search(folded[lo:m.start()]) or CITY_MEAN.search(folded[lo:m.start()]) \
                or re.search(r"(?<!\w)(?:khoang\s*cach|chenh\s*lech)(?!\w)", folded[_clause_start(folded, m.start(), lo):m.start()]):
            continue                    # 'Điểm bình quân của 114 xã, phường, đặc khu đạt 93,26 điểm', '…, bình quân chung
            #                             của thành phố là 19,54 điểm': many units' mean (metrics.py)
        if re.search(r"(?:bi\s*tru|diem\s*tru|(?<!\w)mat)\s*$", folded[max(0, m.start() - 20):m.start()]):
            continue                    # 'tổng số điểm bị trừ là 10,23 điểm': points lost, not reached
        if re.match(r"\s*do\s", folded[m.end():]) and re.search(r"(?<!\w)bi\s*tru(?!\w)", folded[_sentence_floor(folded, m.start()):m.start()]):
            continue                    # 'trong 1,06 điểm bị trừ ở nhóm này … có 0,79 điểm do hồ sơ của Phòng …': a part of the loss
        if CONTEST.search(folded[_sentence_floor(folded, m.start()):m.start()]):
            continue                    # 'Điểm bình quân của các thí sinh đạt 81,47 điểm': a contest's points, not the index
        clause = _clause_start(folded, m.start(), lo)
        crit = _appraisal_named(folded, clause, m.start()) or _criterion_before(text, folded, clause, m.start()) \
            or _colon_label(text, folded, lo, m.start()) or _named_just_before(text, folded, lo, m.start())
        whole = _full_stop_before(folded, m.start())
        before = [h for h in hits if h.kind == "score" and _sentence_floor(folded, m.start()) <= h.start < m.start()] or \
            [h for h in hits if h.kind == "score" and h.criterion != TOTAL and whole <= h.start < m.start()
             and folded[:clause].rstrip().endswith(";")]
        # ('…: tháng 9/2026 đạt 17,46/18 điểm; tháng 10/2026 đạt 17,21 điểm; …': the months go on after semicolons)
        if crit is None and THIS_GROUP.search(folded[clause:m.start()]):
            # '…; bình quân năm 2026 nhóm chỉ tiêu này đạt 10,61 điểm': the group scored before it
            group = [h for h in hits if h.kind == "score" and h.criterion != TOTAL and h.end <= m.start()]
            crit = (group[-1].criterion, group[-1].index, group[-1].start) if group else None
        if crit is None and before and PERIOD_FIRST.match(folded, clause):
            # '… Mức độ hài lòng … tháng 10/2026 đạt 17,64 điểm, tháng 11/2026 giảm còn 17,1 điểm': the same
            # criterion in the next period
            crit = (before[-1].criterion, before[-1].index, before[-1].start)
        name, index = (crit[0], crit[1]) if crit else (TOTAL, None)
        bound, end = None, m.end()
        after = MAX_AFTER.match(folded, m.end())
        own = criterion_of(name, 0.99)
        if after and own and own.extra and parse_number(after.group(1)) == parse_number(own.extra) >= value:
            bound, end = parse_number(after.group(1)), after.end()      # only the criterion's own maximum
        elif own and own.extra and re.search(r"\stron\s", m.group(0)) and parse_number(own.extra) == value:
            bound = value                                               # 'đạt trọn 18 điểm': full marks
        elif own and not own.extra and name != TOTAL and (stated := STATED_MAX.match(folded, m.end())) \
                and (parse_number(stated.group(1)) or 0) >= value:
            bound, end = parse_number(stated.group(1)), stated.end()    # '(tối đa 9 điểm)' of an area without a fixed maximum
        # ('… chỉ còn 8,1/10 điểm so với 9,3 điểm tháng trước': the value the month before had)
        before_month = bool(re.match(r"\s*(?:cua\s*)?(?:thang|ky)\s*(?:lien\s*)?truoc(?!\w)", folded[end:]))
        hits.append(Hit("score", m.start(1), end, name, value, bound, index, earlier=before_month))
    for m in NAMED_SCORE.finditer(folded):
        # 'các nhóm còn lại: Tiến độ giải quyết 18,6 điểm (tối đa 20), Dịch vụ công trực tuyến 10,95 điểm …': a
        # criterion's name right before its value
        value = parse_number(m.group(1))
        if value is None or value > 100 or any(h.start <= m.start(1) < h.end for h in hits):
            continue
        crit = _named_just_before(text, folded, _sentence_floor(folded, m.start()), m.start(), gap=2)
        if crit is None and _place_just_before(text, folded, m.start()):
            # '…: phường Trần Liễu 95,64 điểm (thứ 24); phường Nhị Chiểu 94,12 điểm (thứ 39); …': each place's total
            crit = (TOTAL, None, m.start())
        elif crit is None and MONTH_RANK_AFTER.match(folded, m.end()) and (series := _month_series_before(folded, hits, m.start())):
            # '… với 92,50 điểm (tháng 4, thứ 67/114), 93,25 điểm (tháng 5, thứ 58/114) và 94,79 điểm (tháng 6, …)',
            # '… đạt 18,62 điểm (tháng 1), 18,15 điểm (tháng 2) …': the values go on, each with its month, for the
            # criterion of the first
            bound = series.bound if series.bound and series.bound >= value else None
            hits.append(Hit("score", m.start(1), m.end(), series.criterion, value, bound, series.index))
            continue
        elif crit is None and _bare_ranked_value(folded, m):
            # '- Tháng 3/2026: tỷ lệ … 63,64% (189/297 hồ sơ); 7,07 điểm, thứ 83/114': a value with its rank beside it
            # is a score, with no verb; _small_totals gives one too small for a total to the group named before
            crit = (TOTAL, None, m.start())
        elif crit is None or crit[0] == TOTAL:
            continue            # a total is said with 'đạt' ('bị trừ tổng cộng 9,54 điểm' is no score)
        floor = _sentence_floor(folded, m.start())
        if folded[max(0, m.start() - 2):m.start()].strip() == "(" and \
                SCORING_SCHEME.search(folded, _full_stop_before(folded, m.start()), m.start()):
            continue            # 'Mỗi quầy được chấm theo 05 tiêu chí, tổng điểm tối đa 100 điểm: (1) Tiến độ giải quyết hồ sơ
            #                     (30 điểm); …': each criterion's share of a scheme, no points reached
        lost = [w for w in re.finditer(r"(?:bi\s*tru|(?<!\w)mat)(?!\w)", folded[floor:m.start()])
                if folded.count("(", floor, floor + w.start()) == folded.count(")", floor, floor + w.start())]
        # (not '… là Thanh toán trực tuyến (mới đạt 6,05 điểm, bị trừ 3,95 điểm) và Số hóa hồ sơ (18,3 điểm, …)':
        # what one group lost, inside its parentheses)
        if lost and not re.search(r"(?<!\w)(?:dat|duoc|con|giu)(?!\w)", folded[floor + lost[-1].end():m.start()]):
            continue            # '… bị trừ nhiều nhất (2,66 điểm), tiếp đến là Thanh toán trực tuyến (2,26 điểm)': lost
        limit = LIMIT_AFTER.match(folded, m.end())
        bound = parse_number(limit.group(1)) if limit else None
        if bound is not None and bound < value:
            bound, limit = None, None
        hits.append(Hit("score", m.start(1), limit.end() if limit else m.end(), crit[0], value, bound, crit[1]))
    _small_totals(folded, hits, text, asides=False)     # (a rank right after a group's points is that group's)
    ranks = [(m, int(m.group(1))) for m in RANK.finditer(folded)]
    ranks += [(m, words_value(m.group(1))) for m in RANK_WORDS.finditer(folded)
              if words_value(m.group(1)) and not (m.group(2) and words_value(m.group(1)) > int(m.group(2)))]
    for m, rank in sorted(ranks, key=lambda r: r[0].start()):
        if any(h.kind == "rank" and h.start <= m.start(1) < h.end for h in hits):
            continue
        if folded.startswith("va", m.start()) and re.search(r"(?<!\w)lan\s*luot(?!\w)", folded[_sentence_floor(folded, m.start()):m.start()]):
            continue        # ('lần lượt đứng thứ 45 và thứ 44 trong 45 phường': two wards' ranks, read as such elsewhere)
        counted = UNITS_RANKED.search(folded, max(0, m.start() - 30), m.start()) if not folded.startswith("va", m.start()) else None
        if counted and not re.search(r"(?:thang|quy|tuan|nam|ngay|tu|den)\s*$", folded[:counted.start()]):
            continue        # (not 'tháng 3 phường đứng thứ 47/114': a month, then the place)
        out_of = int(m.group(2)) if m.group(2) else None
        lo = max(_sentence_floor(folded, m.start()),
                 max((h.end for h in hits if h.kind == "rank" and h.end <= m.start()), default=0))
        among = (AMONG.search(folded[lo:m.start()]) or GROUP_OF.search(folded[lo:m.start()])) if out_of is None else None
        after = AMONG_AFTER.match(folded, m.end()) if out_of is None else None
        if after and rank <= int(after.group(1)):
            out_of = int(after.group(1))           # 'xếp thứ 14 trong khối 45 phường'
        elif among and rank <= int(among.group(1)):
            out_of = int(among.group(1))       # 'Trong 06 phường thuộc Cụm thi đua số 4, phường xếp thứ nhì'
        else:
            among = None
        crit = _criterion_before(text, folded, lo, m.start())
        if crit is None and THIS_GROUP.search(folded[lo:m.start()]):
            # ('Thanh toán trực tuyến được 7,08 điểm, là nhóm có thứ hạng thấp nhất của phường (thứ 109/114)')
            # '… Số hóa hồ sơ … 16,72 điểm …; riêng tháng 11/2025 nhóm này chỉ xếp thứ 97/114': the group named before
            before = [h for h in hits if h.kind == "score" and h.criterion != TOTAL and h.start < m.start()]
            crit = (before[-1].criterion, before[-1].index, before[-1].start) if before else None
            if crit is None:
                # '… trong đó nhóm Thanh toán trực tuyến tăng nhiều nhất; thứ hạng của nhóm này … lên vị trí 52/114': the
                # group named before, scored or not
                # ('Điểm nhóm chỉ tiêu Tiến độ giải quyết … thấp hơn … . Theo Thông báo …, nhóm chỉ tiêu này … xếp
                # thứ 97/114': else the group the paragraph named last)
                named = _groups_named(text, folded, _full_stop_before(folded, m.start()), m.start()) \
                    or _groups_named(text, folded, 0, m.start())
                crit = (named[-1][1].name, named[-1][1].kind or None, named[-1][0]) if named else None
        if crit is None:
            # '… Mức độ hài lòng …: tháng 9/2026 đạt 17,46/18 điểm; …; tháng 11/2026 đạt 17,58 điểm, xếp thứ 52/114': the
            # rank of the group just scored, right after its score
            beside = [h for h in hits if h.kind == "score" and h.criterion != TOTAL and 0 <= m.start() - h.end <= 10
                      and re.fullmatch(r"\s*(?:diem\s*)?,\s*", folded[h.end:m.start()])]    # ('11,26 điểm, xếp thứ 38/114')
            crit = (beside[-1].criterion, beside[-1].index, beside[-1].start) if beside else None
        if crit is None:
            crit = _labelled_item(text, folded, m.start())
        prior = [h for h in hits if h.kind == "rank" and h.end <= m.start() and h.criterion != TOTAL]
        if crit is None and prior and re.fullmatch(r"\s*\(\s*(?:thang|quy|nam)\s*[\divx/]{1,7}\s*:?\s*|"
                                                  # ('…, tụt 38 bậc so với tháng 7/2026 (xếp thứ 59/114)')
                                                  r"\s*,?\s*(?:tang|giam|tut|len|xuong)\s*(?:them\s*)?\d{1,3}\s*(?:bac|hang)\s*"
                                                  r"so\s*voi\s*(?:thang|quy|nam)\s*[\divx/]{1,7}\s*\(\s*",
                                                  folded[prior[-1].end:m.start()]):
            # '… Dịch vụ công trực tuyến xếp thứ 104/114 (tháng 11/2026 xếp thứ 96/114)': the same group's, that month
            crit = (prior[-1].criterion, prior[-1].index, prior[-1].start)
        if crit is None and re.match(r"\s*(?:ve|cua|o|trong)\s*nhom\s*(?:chi\s*tieu\s*)?nay(?!\w)", folded[m.end():]):
            # '…; riêng tháng 11/2026 xã xếp thứ 6/114 về nhóm chỉ tiêu này': the group scored before it
            before = [h for h in hits if h.kind == "score" and h.criterion != TOTAL and h.start < m.start()]
            crit = (before[-1].criterion, before[-1].index, before[-1].start) if before else None
            # (or named before, its points not read as one score: 'điểm nhóm chỉ tiêu Dịch vụ công trực tuyến của 05 xã
            # lần lượt là: …. Xã Kẻ Sặt đứng thứ 109/114 ở nhóm chỉ tiêu này')
            named = _groups_named(text, folded, 0, m.start()) if crit is None else []
            crit = (named[-1][1].name, named[-1][1].kind or None, named[-1][0]) if named else crit
        if crit is None:
            # '…; các tháng 9, 10 và 11/2026 lần lượt xếp thứ 71/114, …; đến tháng 12/2026 xếp thứ 19/114': a clause
            # opened by a period goes on with the group ranked before it in the sentence
            whole = _full_stop_before(folded, m.start())
            clause = folded.rfind(";", whole, m.start()) + 1
            earlier = [h for h in hits if h.kind == "rank" and h.criterion != TOTAL and whole <= h.start < clause]
            if clause > 0 and earlier and PERIOD_FIRST.match(folded, clause):
                crit = (earlier[-1].criterion, earlier[-1].index, earlier[-1].start)
        name, index = (crit[0], crit[1]) if crit else (TOTAL, None)
        own = find_periods(folded[m.start():m.start(1)])          # 'thứ hạng tháng 5/2026 là 63/114'
        hits.append(Hit("rank", m.start(), m.end(), name, rank, out_of, index, period=own[0][2] if own else None))
    hits += _ranks_in_parentheses(folded, hits)
    for score in [h for h in hits if h.kind == "score"]:
        # 'tháng 01 đạt 90,12 điểm (thứ 79)': the month's rank beside its total, no 'out of' written
        # ('tháng 8 phục hồi lên 92,96 điểm, thứ 50; tháng 9 …': the same after a comma; a group's with its 'out of':
        # '9,43 điểm, thứ 39/114')
        bare = re.match(r"\s*(?:\(\s*thu\s*(\d{1,3})\s*\)|,\s*thu\s*(\d{1,3})(?:\s*/\s*(\d{2,3}))?(?!\d|\s*[,.]\d))",
                        folded[score.end:])
        if bare and score.criterion != TOTAL and not bare.group(3):
            continue
        at = bare.start(1) if bare and bare.group(1) else bare.start(2) if bare else 0
        if bare and not any(h.start <= score.end + at < h.end for h in hits):
            rank = int(bare.group(1) or bare.group(2))
            out_of = int(bare.group(3)) if bare.group(3) else None
            among = list(AMONG.finditer(folded, max(0, score.start - 400), score.start)) if out_of is None else []
            if among and rank <= int(among[-1].group(1)) and not re.search(r"\.(?!\d)", folded[among[-1].end():score.start]):
                out_of = int(among[-1].group(1))    # '(thứ hạng … trên tổng số 114 xã, phường, đặc khu) như sau: …'
            hits.append(Hit("rank", score.end + at, score.end + bare.end(), score.criterion, rank, out_of, score.index,
                            period=score.period))
    scored = sorted((h for h in hits if h.kind == "score"), key=lambda h: h.start)
    for earlier, later in zip(scored, scored[1:]):
        if earlier.criterion == later.criterion != TOTAL and earlier.bound is None and later.bound is not None \
                and _sentence_floor(folded, later.start) <= earlier.start and later.bound >= earlier.value:
            earlier.bound = later.bound      # '… tháng 10 đạt 17,64 điểm, tháng 11 giảm còn 17,1 điểm (tối đa 18 điểm)'
    for rank in [h for h in hits if h.kind == "rank"]:
        # 'xuống vị trí 84 trong 114 đơn vị cấp xã (90,37 điểm, …)', '(thứ 64/114; 90,87 điểm)': the score
        # given beside a rank is the same criterion's, in the same period
        m = RANK_SCORE.match(folded, rank.end)
        value = parse_number(m.group(1)) if m else None
        if value is None or value > 100 or any(h.start <= m.start(1) < h.end for h in hits):
            continue
        hits.append(Hit("score", m.start(1), m.end(), rank.criterion, value, None, rank.index, earlier=rank.earlier))
    for score in [h for h in hits if h.kind == "score" and h.bound is None and h.criterion != TOTAL]:
        # 'Có 02 nhóm chỉ tiêu đạt điểm tối đa là Công khai, minh bạch và Mức độ hài lòng (cùng đạt 18 điểm)':
        # the value is the maximum its clause says it reached
        clause = folded[max(_sentence_floor(folded, score.start), score.start - 150):score.start]
        reached = AT_MAXIMUM.search(clause)
        if reached and re.fullmatch(r"[^\d;]*?(?:(?:cung|deu)\s*dat|\()\s*", clause[reached.end():]):
            score.bound = score.value
    hits += _other_period_aside(folded, hits)
    hits += _criterion_month_aside(folded, hits)
    scored = sorted((h for h in hits if h.kind == "score"), key=lambda h: h.start)
    for earlier, later in zip(scored, scored[1:]):
        if later.criterion == TOTAL != earlier.criterion and COMPARED_GAP.fullmatch(folded[earlier.end:later.start]):
            # '… chỉ còn 8,1/10 điểm so với 9,3 điểm tháng trước', '… thấp hơn 0,68 điểm so với mức 11,06 điểm': the
            # same criterion's value it is compared with
            later.criterion, later.index = earlier.criterion, earlier.index
    hits += _group_year_aside(folded, hits)
    hits = [h for h in hits if not (h.kind == "score" and ESTIMATED.search(folded[max(0, h.start - 30):h.start]))]
    _small_totals(folded, hits)
    _stated_maxima(text, folded, hits)
    _periods_after(folded, hits)
    _appraisal_of_self_maximum(folded, hits)
    for h in hits:
        opened = folded.rfind("(", 0, h.start)
        if not h.earlier and not h.period and opened >= 0 and ")" not in folded[opened:h.start] \
                and re.search(r"so\s*voi\s*(?:thang|ky|quy)\s*truoc\s*$", folded[:opened]):
            h.earlier = True    # '… so với tháng trước (89,14 điểm, xếp thứ 99/114)': the month before's
    return sorted(hits, key=lambda h: h.start)


# '… 17,86/18 điểm (tháng 9/2026)', '(năm 2026)': the period a value is of, in the parenthesis right after it
PERIOD_AFTER = re.compile(r"\s*(?:diem\s*)?\(\s*((?:thang|nam)\s*\d{1,2}(?:\s*/\s*\d{4})?|nam\s*\d{4})\s*\)")
# '… so với 8,21 điểm của tháng 01/2027': the month the value compared with is of, said right after it
COMPARED_PERIOD_AFTER = re.compile(r"\s*(?:diem\s*)?(?:cua\s*)?((?:thang|quy)\s*[\divx]{1,3}\s*/\s*\d{4}|nam\s*\d{4})(?![\d/])")
# '… 92,50 điểm (tháng 4, thứ 67/114)', '18,62 điểm (tháng 1)': the value's month (the year in force), with its rank
MONTH_RANK_AFTER = re.compile(r"\s*(?:diem\s*)?\(\s*thang\s*(\d{1,2})(?!\s*[/\d])\s*(?:[,;]\s*(?:xep\s*|dung\s*)?"
                              r"(?:thu|hang)\s*(?:thu\s*)?(\d{1,3})\s*/\s*(\d{2,3}))?\s*\)")


def _appraisal_of_self_maximum(folded: str, hits: list[Hit]) -> None:
    """'tự đánh giá 64,55/70 điểm; Hội đồng thẩm định trừ …, còn 58,15 điểm': the appraisal's points after the
    self-assessment in its sentence are of the same maximum."""
    selves = [h for h in hits if h.kind == "score" and h.criterion == "Điểm tự đánh giá" and h.bound]
    for h in hits:
        if h.kind == "score" and h.criterion == "Điểm thẩm định" and not h.bound:
            own = [p for p in selves if p.end <= h.start and "." not in folded[p.end:h.start]]
            h.bound = own[-1].bound if own else h.bound


def _periods_after(folded: str, hits: list[Hit]) -> None:
    """'… đạt 17,86/18 điểm (tháng 9/2026) và 17,95/18 điểm (tháng 10/2026)': a value's month in the parenthesis
    right after it; so a month without its year ('93,25 điểm (tháng 5, thứ 58/114)'), and the rank beside it."""
    from extractors.numbers import find_periods
    for h in list(hits):
        if h.period is not None or h.kind not in ("score", "rank"):
            continue
        after = PERIOD_AFTER.match(folded, h.end)
        compared = COMPARED_PERIOD_AFTER.match(folded, h.end) if not after and re.search(
            r"so\s*voi\s*(?:muc\s*)?$", folded[max(0, h.start - 14):h.start]) else None
        # ('… đạt 8,05 điểm, giảm nhẹ so với 8,21 điểm của tháng 01/2027': the value compared with is that month's)
        after = after or compared
        named = find_periods(after.group(1)) if after else []
        if named:
            h.period = named[0][2]
            continue
        month = MONTH_RANK_AFTER.match(folded, h.end) if h.kind == "score" else None
        if not month or not 1 <= int(month.group(1)) <= 12:
            continue
        h.period = f"{BARE_MONTH_PERIOD}{int(month.group(1))}"
        if not month.group(2) or not 0 < int(month.group(2)) <= int(month.group(3)):
            continue
        ranked = next((r for r in hits if r.kind == "rank" and r.start <= month.start(2) < r.end), None)
        if ranked is None:
            hits.append(Hit("rank", month.start(2), month.end(3), h.criterion, int(month.group(2)), int(month.group(3)),
                            h.index, period=h.period))
        elif ranked.period is None:
            ranked.period, ranked.criterion, ranked.index = h.period, h.criterion, h.index




def _month_series_before(folded: str, hits: list[Hit], pos: int) -> Optional[Hit]:
    """The score just before `pos` in the same sentence, itself followed by its month in parentheses, with only a
    comma, ';' or 'và' between that parenthesis and `pos`, else None."""
    floor = _sentence_floor(folded, pos)
    before = [h for h in hits if h.kind == "score" and floor <= h.start and h.end <= pos]
    if not before:
        return None
    last = max(before, key=lambda h: h.end)
    month = MONTH_RANK_AFTER.match(folded, last.end) or PERIOD_AFTER.match(folded, last.end)
    return last if month and re.fullmatch(r"\s*(?:,|va|;)\s*", folded[month.end():pos]) else None


RANKED_AFTER = re.compile(r"\s*,\s*(?:(?:tam\s*)?xep\s*|dung\s*)?(?:thu\s*)?(?:hang\s*)?\d{1,3}\s*/\s*\d{2,3}(?!\d)")


def _bare_ranked_value(folded: str, m: re.Match) -> bool:
    """A bare 'N điểm' that opens its clause (a sentence's, or after ';' or ':') outside parentheses, with 'thứ R/T' right after it."""
    floor = _sentence_floor(folded, m.start())
    return bool(RANKED_AFTER.match(folded, m.end()) and re.search(r"(?:^|[;:])\s*$", folded[floor:m.start()])
                and folded.count("(", floor, m.start()) <= folded.count(")", floor, m.start()))


def _small_totals(folded: str, hits: list[Hit], text: Optional[str] = None, asides: bool = True) -> None:
    """'… nhóm chỉ tiêu Tiến độ giải quyết (tối đa 20 điểm) của xã đạt 19,12 điểm …; so với năm 2025 (18,67 điểm) …':
    no 766 total is that small, and no sentence called it one; the group scored before it in the text is, else (with
    `text`) the one group the text named before it ('điểm nhóm chỉ tiêu Dịch vụ công trực tuyến … : tháng 10/2026 đạt
    10,84 điểm, …'); with neither, records.py gives it the group its section heading names."""
    scored = sorted((h for h in hits if h.kind == "score"), key=lambda h: h.start)
    for k, h in enumerate(scored):
        floor = _sentence_floor(folded, h.start)
        if h.criterion != TOTAL or h.index not in (None, INDEX_766) or h.bound is not None or h.value >= SMALLEST_TOTAL \
                or TOTAL_WORDS.search(folded[floor:h.start]):
            continue
        if not asides and folded.count("(", floor, h.start) > folded.count(")", floor, h.start):
            continue        # ('… (tháng 10/2026 đạt 19,62 điểm)': an aside's month and group are read after the ranks)
        group = [g for g in scored[:k] if g.criterion != TOTAL and h.value <= (g.bound or 100)]
        if group:
            h.criterion, h.index = group[-1].criterion, group[-1].index
            own = criterion_of(h.criterion, 0.99)
            if group[-1].bound and own and own.extra and parse_number(own.extra) == group[-1].bound >= h.value:
                h.bound = group[-1].bound       # '… đạt tối đa 18/18 điểm (tháng 9/2026: 17,36 điểm, …)': on its scale
            for rank in hits:
                if rank.kind == "rank" and rank.criterion == TOTAL and rank.start > h.end and \
                        re.fullmatch(r"\s*(?:diem\s*)?[,;]\s*(?:xep\s*)?(?:thu|hang)?\s*(?:thu\s*)?", folded[h.end:rank.start]):
                    rank.criterion, rank.index = h.criterion, h.index     # '…, xếp thứ 77/114)': that group's rank
        elif text is not None:
            named = {e.name: e for _, _, e in find_all("criteria", text[:h.start], folded[:h.start])
                     if e.name != TOTAL and e.kind == INDEX_766}
            if len(named) == 1 and h.value <= parse_number(next(iter(named.values())).extra or "100"):
                h.criterion, h.index = next(iter(named)), INDEX_766
        stated = STATED_MAX.match(folded, h.end) if h.criterion != TOTAL else None
        own = criterion_of(h.criterion, 0.99) if stated else None
        if stated and own and own.extra and parse_number(own.extra) == parse_number(stated.group(1)) >= h.value:
            h.bound = parse_number(stated.group(1))     # '… giảm xuống 7,85 điểm (tối đa 10 điểm)'


STATED_AFTER_NAME = re.compile(r"\s*\(\s*(?:diem\s*)?toi\s*da\s*:?\s*(\d{1,3})\s*diem\s*\)")


def _stated_maxima(text: str, folded: str, hits: list[Hit]) -> None:
    """'nhóm chỉ tiêu Dịch vụ công trực tuyến (tối đa 12 điểm) … chỉ đạt 10,27 điểm …; … (10,85 điểm)': the maximum
    written once after the group's name is that of its values in the paragraph that give none."""
    stated = {}
    for _, end, entry in find_all("criteria", text, folded):
        m = STATED_AFTER_NAME.match(folded, end)
        if m and entry.extra and parse_number(entry.extra) == parse_number(m.group(1)):
            stated[entry.name] = parse_number(m.group(1))
    for h in hits:
        if h.kind == "score" and h.bound is None and h.criterion in stated and h.value <= stated[h.criterion]:
            h.bound = stated[h.criterion]


# '… nhóm chỉ tiêu này đạt 9,87/12 điểm, xếp thứ 55/114 (năm 2025 bình quân 8,12 điểm, xếp thứ 89/114)': the same
# group in the period the parenthesis names
PERIOD_ASIDE = re.compile(r"\(\s*((?:nam|thang|quy)\s*[\divx/]{1,7})\s*(?:binh\s*quan|dat|la|chi\s*dat)?\s*" + N +
                          r"\s*diem\s*[,;]\s*(?:xep|dung|o)?\s*(?:thu|hang|vi\s*tri)\s*(?:thu\s*)?(\d{1,4})\s*/\s*(\d{2,4})\s*\)")


def _group_year_aside(folded: str, hits: list[Hit]) -> list[Hit]:
    from extractors.numbers import find_periods
    out: list[Hit] = []
    for m in PERIOD_ASIDE.finditer(folded):
        value, rank, out_of = parse_number(m.group(2)), int(m.group(3)), int(m.group(4))
        named = find_periods(m.group(1))
        if value is None or not named or not 0 < rank <= out_of or any(h.start <= m.start(2) < h.end for h in hits):
            continue
        before = [h for h in hits if h.end <= m.start() and m.start() - h.end <= 30 and h.kind in ("score", "rank")]
        group = next((h for h in sorted(before, key=lambda h: -h.end) if h.kind == "score"), None)
        name, index = (group.criterion, group.index) if group else (TOTAL, None)
        out.append(Hit("score", m.start(2), m.end(2), name, value, None, index, period=named[-1][2]))
        ranked = next((h for h in hits if h.kind == "rank" and h.start <= m.start(3) < h.end), None)
        if ranked:
            ranked.criterion, ranked.index, ranked.period = name, index, named[-1][2]   # (read above as the total's)
        else:
            out.append(Hit("rank", m.start(3), m.end(4), name, rank, out_of, index, period=named[-1][2]))
    return out


COMPARED_GAP = re.compile(r"\s*,?\s*(?:(?:thap|cao)\s*hon\s*\d+(?:,\d+)?\s*diem\s*)?so\s*voi\s*(?:muc\s*)?")


ITEM_LABEL = re.compile(r"\s*(?:[-–+•]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\s*\)\s*)?(?:nhom\s*(?:chi\s*tieu\s*)?)?([^\W\d][^:;.\d]{2,60}?)\s*:")


def _groups_named(text: str, folded: str, lo: int, hi: int) -> list:
    """The criteria other than the total named in text[lo:hi], in order: (start in the text, gazetteer entry)."""
    return [(lo + s, e) for s, _, e in find_all("criteria", text[lo:hi], folded[lo:hi]) if e.name != TOTAL]


def _labelled_item(text: str, folded: str, pos: int) -> Optional[tuple[str, Optional[str], int]]:
    """'+ Tiến độ giải quyết: đạt 19,68/20 điểm, …; xếp thứ 21/45 phường': a rank in the first sentence of an item
    a criterion labels is that criterion's, whatever clause it is in (unless the total is named on the way)."""
    label = ITEM_LABEL.match(folded)
    if not label or re.search(r"\.(?!\d)", folded[label.end():pos]) or re.search(r"tong\s*diem", folded[label.end():pos]):
        return None
    entry = criterion_of(text[label.start(1):label.end(1)], 0.9)
    if entry is None or entry.name == TOTAL:
        return None
    return entry.name, entry.kind or None, label.start(1)


AT_MAXIMUM = re.compile(r"(?:dat|giu(?:\s*duoc)?|duoc)\s*(?:tron\s*)?(?:so\s*)?(?:muc\s*)?diem\s*toi\s*da(?!\s*(?:la\s*)?\d)")


ASIDE_VALUE = re.compile(N + r"(?:\s*/\s*" + N + r")?\s*(?:diem\s*)?\)")


RANK_BESIDE = re.compile(r"\s*(?:diem\s*)?,?\s*(?:xep|dung)\s*(?:thu|hang)\s*(?:thu\s*)?\d{1,3}(?:\s*/\s*\d{2,3})?")
CHANGE_AFTER = re.compile(r"\s*,?\s*(?:va\s*)?(?:tang|giam)\s*(?:them\s*)?" + N + r"\s*diem(?!\s*(?:/|phan\s*tram))")


def _other_period_aside(folded: str, hits: list[Hit]) -> list[Hit]:
    """'Tiến độ giải quyết: 18/20 điểm (quý III/2025: 18,45 điểm)': after a score, the same criterion's
    score in the period the parenthesis names (a quarter has no period form: null); so after the change that
    follows a score ('đạt 89,02 điểm, giảm 3,86 điểm (tháng 10/2025: 92,88 điểm)')."""
    from extractors.numbers import find_periods
    out: list[Hit] = []
    for h in [h for h in hits if h.kind == "score" and h.criterion]:
        change = CHANGE_AFTER.match(folded, h.end)
        at = change.end() if change else h.end
        ranked = RANK_BESIDE.match(folded, at)      # '… chỉ đạt 17,86/20 điểm, xếp thứ 96/114 (tháng 10/2026 đạt 19,62 điểm)'
        m = OTHER_PERIOD_PAREN.match(folded, ranked.end() if ranked else at)
        value = ASIDE_VALUE.match(folded, m.end()) if m else None
        taken = [x for x in hits + out if value and x.start <= value.start(1) < x.end]
        # (after a rank, the aside's 'đạt 19,62 điểm' was read as a total: it is the criterion's, as below)
        retold = taken[0] if ranked and len(taken) == 1 and taken[0].kind == "score" and taken[0].criterion == TOTAL \
            and h.criterion != TOTAL and taken[0].bound is None else None
        if not value or (taken and not retold):
            continue
        number, bound = parse_number(value.group(1)), parse_number(value.group(2)) if value.group(2) else None
        label = folded[m.start():m.end()]
        named = find_periods(label)
        period = named[-1][2] if named else (NO_PERIOD if re.search(r"quy\s", label) else None)
        if number is None or period is None or (h.bound and number > h.bound) or (bound and bound != h.bound):
            continue
        if retold:
            hits.remove(retold)
        out.append(Hit("score", value.start(1), value.end(), h.criterion, number, bound, h.index, period=period))
    return out


# '(cùng thời điểm tuần trước, ngày 19/11/2026: 92,4 điểm, thứ 53/114)', '(tháng 10/2026: 90,18 điểm, xếp thứ
# 82/114)': the total and its rank at the time the parenthesis names before its colon
DATED_ASIDE = re.compile(r"\(\s*([^():]{0,60}?)\s*:\s*" + N + r"\s*diem\s*[,;]\s*(?:xep\s*)?(?:thu|hang)\s*(?:thu\s*)?"
                         r"(\d{1,4})\s*/\s*(\d{2,4})\s*\)")


# '1. Tổng điểm: 96,12 (tháng 10/2026: 95,73).' in a terse report: the total after its label, no 'điểm' written;
# the month named in the parenthesis after it gives that month's
LABELLED_TOTAL = re.compile(r"(?:^|(?<=\n))\s*(?:\d{1,2}\s*[.)]\s*|[-–+•]\s*)?(?:tong\s*diem|diem\s*tong)(?:\s*(?:tam\s*tinh|chinh\s*thuc))?"
                            r"\s*:\s*(\d{2,3},\d{1,2})(?!\s*(?:/|%|\d))"
                            r"(?:\s*\(\s*(thang\s*\d{1,2}\s*/\s*\d{4})\s*:\s*(\d{2,3},\d{1,2})\s*(?:diem\s*)?\))?")


def _labelled_total(folded: str, taken: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for m in LABELLED_TOTAL.finditer(folded):
        value = parse_number(m.group(1))
        if value is None or not 0 < value <= 100 or any(h.start <= m.start(1) < h.end for h in taken):
            continue
        out.append(Hit("score", m.start(1), m.end(1), TOTAL, value, None, None))
        before = parse_number(m.group(3)) if m.group(3) else None
        named = find_periods(m.group(2)) if m.group(2) else []
        if before is not None and 0 < before <= 100 and named:
            out.append(Hit("score", m.start(3), m.end(3), TOTAL, before, None, None, period=named[0][2]))
    return out


def _dated_aside(folded: str, taken: list[Hit]) -> list[Hit]:
    from extractors.numbers import DATE_NUMERIC, find_periods, iso_date
    out: list[Hit] = []
    for m in DATED_ASIDE.finditer(folded):
        label = m.group(1)
        day = DATE_NUMERIC.search(label)
        year = day.group(3) if day else ""
        period = iso_date(int(day.group(1)), int(day.group(2)), int(year)) if day and len(year) == 4 else None
        named = find_periods(label)
        period = period or (named[-1][2] if named else None)
        value, rank, out_of = parse_number(m.group(2)), int(m.group(3)), int(m.group(4))
        if not period or value is None or not 0 < value <= 100 or not 0 < rank <= out_of \
                or any(h.start <= m.start(2) < h.end for h in taken):
            continue
        out.append(Hit("score", m.start(2), m.end(2), TOTAL, value, None, None, period=period))
        out.append(Hit("rank", m.start(3), m.end(4), TOTAL, rank, out_of, None, period=period))
    return out


def _ranks_in_parentheses(folded: str, taken: list[Hit]) -> list[Hit]:
    """'so với tháng 8/2026 (thứ 73/114)': the total's rank in the period compared with (the period written
    before the parenthesis, else the one the sentence compares with); '77/114 (tháng trước: 80/114)': after a
    rank, the same rank in the period the parenthesis names."""
    from extractors.numbers import find_periods
    out: list[Hit] = []
    for m in PAREN_RANK.finditer(folded):
        rank, out_of = int(m.group(3)), int(m.group(4))
        if rank == 0 or rank > out_of or any(h.start <= m.start(3) < h.end for h in taken):
            continue
        before = folded[max(0, m.start() - 60):m.start()]
        label = m.group("label")
        if label:
            ranked = any(h.kind == "rank" and 0 <= m.start() - h.end <= 3 for h in taken) \
                or bool(re.search(r"(?:tang|giam|tut)\s*\d{1,3}\s*(?:bac|hang|bac\s*xep\s*hang)\s*$", before.rstrip()))
            # ('… thứ hạng lại giảm 3 bậc (tháng 10/2026: thứ 59/114)': after a change of rank, the rank it left)
            if not ranked:
                continue                       # '(tháng 9/2026: 18/20)' is a score; only after a rank is it one
            named = find_periods(label)
            out.append(Hit("rank", m.start(3), m.end(), TOTAL, rank, out_of, None,
                           period=named[0][2] if named else None, earlier=not named))
        elif re.search(r"so\s*voi", before):
            named = [p for p in find_periods(before) if len(before.rstrip()) - p[1] <= 1]
            if re.search(r"(?:\d{1,2}|sau|chin)\s*thang\s*(?:dau|cuoi)\s*nam\s*\d{4}\s*$", before.rstrip()):
                named = [(0, 0, NO_PERIOD)]       # 'so với bình quân 6 tháng đầu năm 2026 (91,64 điểm, thứ 68/114)'
            if not named and re.search(r"(?:luy\s*ke|binh\s*quan)\s*(?:\d{1,2}|sau|chin)\s*thang(?:\s*(?:dau\s*)?nam(?:\s*\d{4})?)?\s*$",
                                       before.rstrip()):
                named = [(0, 0, NO_PERIOD)]       # 'so với lũy kế 10 tháng (thứ 45/114)': a span (no period form)
            if not named and re.search(r"quy\s*(?:iv|i{1,3}|[1-4])(?:\s*(?:/|nam)\s*\d{4})?\s*$", before.rstrip()):
                named = [(0, 0, NO_PERIOD)]       # 'so với quý III/2026 (94,15 điểm, thứ 41/114)': a quarter (no form)
            # ('nhóm chỉ tiêu Mức độ hài lòng … xếp thứ 34/114, tăng 21 bậc so với năm 2025 (thứ 55/114)': the rank of
            # what the sentence ranked before)
            whole = _full_stop_before(folded, m.start())
            prior = [h for h in taken if h.kind == "rank" and whole <= h.start < m.start()]
            name, index = (prior[-1].criterion, prior[-1].index) if prior else (TOTAL, None)
            out.append(Hit("rank", m.start(3), m.end(), name, rank, out_of, index,
                           period=named[-1][2] if named else None, earlier=not named))
            value = parse_number(m.group("score")) if m.group("score") else None
            if value is not None and 0 < value <= 100 and not any(h.start <= m.start("score") < h.end for h in taken):
                # 'So với thời điểm ngày 12/6/2026 (86,95 điểm, vị trí 96/114)': that time's total too
                out.append(Hit("score", m.start("score"), m.end("score"), TOTAL, value, None, None,
                               period=named[-1][2] if named else None, earlier=not named))
        else:
            # 'đạt 92,18 điểm (thứ 54/114)'; '… được 7,08 điểm, là nhóm có thứ hạng thấp nhất của phường (thứ 109/114)':
            # the group just scored
            floor = _sentence_floor(folded, m.start())
            group = [h for h in taken if h.kind == "score" and h.criterion != TOTAL and floor <= h.start < m.start()] \
                if THIS_GROUP.search(folded[floor:m.start()]) else []
            # ('… nhóm chỉ tiêu Số hóa hồ sơ chỉ đạt 17,64/22 điểm (thứ 98/114)': the rank of the group scored right before)
            group = group or [h for h in taken if h.kind == "score" and h.criterion != TOTAL and h.end <= m.start()
                              and re.fullmatch(r"\s*(?:diem\s*)?", folded[h.end:m.start()])]
            out.append(Hit("rank", m.start(3), m.end(), group[-1].criterion if group else TOTAL, rank, out_of,
                           group[-1].index if group else None))
    return out


# 'Thứ hạng của xã trong các tháng 01, 02 và 03/2026 lần lượt là 81/114, 76/114 và 59/114'
# months listed with the year once at the end ('01, 02 và 03/2026', '10 và tháng 11/2025'): (months, year)
MONTH_LIST = r"(\d{1,2}(?:\s*(?:,|va)\s*(?:thang\s*)?\d{1,2})+)\s*(?:/|nam)\s*(\d{4})\s*,?\s*"
RANKS_BY_MONTH = re.compile(r"(?:thu\s*hang|xep\s*hang|vi\s*tri)[^.;:]{0,40}?cac\s*thang\s*" + MONTH_LIST +
                            r"lan\s*luot\s*(?:la|dat|xep\s*thu|o|dung\s*thu)?\s*")
# '…; các tháng 9, 10 và 11/2026 lần lượt xếp thứ 71/114, 52/114 và 38/114': the months first, the rank's verb after
RANKED_MONTHS = re.compile(r"cac\s*thang\s*" + MONTH_LIST + r"lan\s*luot\s*(?:xep\s*thu|dung\s*thu)\s*")
RANK_IN_SERIES = re.compile(r"(?:thu\s*)?(\d{1,3})\s*/\s*(\d{2,3})(?!\s*[,.]?\d)")


# 'trong tháng 10 và tháng 11/2025 lần lượt là 92,72 điểm và 90,77 điểm', 'trong các tháng 9, 10 và 11/2025
# lần lượt chỉ đạt 18,36 điểm, 17,9 điểm và 16,72 điểm': the months named, then a value each
MONTHS_RESPECTIVELY = re.compile(r"thang\s*(\d{1,2}(?:\s*(?:,|va)\s*(?:thang\s*)?\d{1,2})+)(?:\s*(?:/|nam)\s*(\d{4}))?\s*,?\s*" +
                                 r"lan\s*luot\s*(?:(?:chi|moi|cung)\s*)?(?:dat|la|duoc|co|bang)?\s*(?:duoc\s*)?")
# 'các quý I, II, III và IV/2026 lần lượt đạt 6,52; 7,18; 7,87 và 8,64 điểm': a value a quarter (no period form)
QUARTERS_RESPECTIVELY = re.compile(r"quy\s*((?:iv|i{1,3}|[1-4])(?:\s*(?:,|va)\s*(?:quy\s*)?(?:iv|i{1,3}|[1-4])(?!\w))+)"
                                   r"(?:\s*(?:/|nam)\s*(\d{4}))?\s*,?\s*"
                                   r"lan\s*luot\s*(?:(?:chi|moi|cung)\s*)?(?:dat|la|duoc|co|bang)?\s*(?:duoc\s*)?")
# 'Quý II lần lượt đạt 19,31; 19,46 và 19,58 điểm': the quarter's three months in turn
QUARTER_MONTHS_RESPECTIVELY = re.compile(r"quy\s*(iv|i{1,3}|[1-4])(?!\w)(?:\s*(?:/|nam)\s*(\d{4}))?\s*,?\s*"
                                         r"lan\s*luot\s*(?:(?:chi|moi|cung)\s*)?(?:dat|la|duoc|co|bang)?\s*(?:duoc\s*)?:?\s*")
# 'Điểm của 12 tháng lần lượt là: 6,12; 5,87; …', '6 tháng đầu năm 2026 lần lượt đạt …': the year's first months in turn
FIRST_MONTHS_RESPECTIVELY = re.compile(r"(?<![\d,./])(\d{1,2})\s*thang\s*(?:dau\s*)?(?:nam\s*(\d{4})\s*)?,?\s*"
                                       r"lan\s*luot\s*(?:(?:chi|moi|cung)\s*)?(?:dat|la|duoc|co|bang)?\s*(?:duoc\s*)?:?\s*")
RANKS_RESPECTIVELY = re.compile(r"\s*,?\s*(?:va\s*)?(?:xep\s*hang|thu\s*hang|xep\s*thu|dung\s*thu)\s*(?:tuong\s*ung|lan\s*luot)\s*(?:la\s*)?")


def _value_series(folded: str, pos: int, most: Optional[int] = None) -> tuple[list, int]:
    """Values written one after another from `pos` ('16,5; 18,2 và 12,4 điểm', '17,36/20 điểm, 16,2/22'), up
    to `most`: [(start, end, value, its maximum or None)] and where the series ends."""
    values: list = []
    while most is None or len(values) < most:
        v = SERIES_NUMBER.match(folded, pos)
        if not v or (values and v.start(1) - pos > 6):
            break
        values.append((v.start(1), v.end(), parse_number(v.group(1)), parse_number(v.group(2)) if v.group(2) else None))
        pos = v.end()
    return values, pos


def _months_respectively(text: str, folded: str, taken: list[Hit]) -> list[Hit]:
    """A value a month for the one criterion (else the total) the sentence names, the months named before
    'lần lượt'; the ranks 'xếp hạng tương ứng 64/114 và 83/114' after them for the same months."""
    out: list[Hit] = []
    for m in [*MONTHS_RESPECTIVELY.finditer(folded), *QUARTERS_RESPECTIVELY.finditer(folded),
              *QUARTER_MONTHS_RESPECTIVELY.finditer(folded), *FIRST_MONTHS_RESPECTIVELY.finditer(folded)]:
        quarters = m.re is QUARTERS_RESPECTIVELY
        if quarters:
            months = [int(ROMAN_QUARTER.get(x, x)) for x in re.findall(r"iv|i{1,3}|[1-4]", m.group(1))]
        elif m.re is QUARTER_MONTHS_RESPECTIVELY:
            last = 3 * int(ROMAN_QUARTER.get(m.group(1), m.group(1)))
            months = [last - 2, last - 1, last]
        elif m.re is FIRST_MONTHS_RESPECTIVELY:
            months = list(range(1, int(m.group(1)) + 1)) if 2 <= int(m.group(1)) <= 12 else []
        else:
            months = [int(x) for x in re.findall(r"\d{1,2}", m.group(1))]
        if not months or any(h.start <= m.start() < h.end for h in out):
            continue
        values, pos = _value_series(folded, m.end(), len(months))
        if len(values) != len(months) or not all(1 <= k <= 12 for k in months) or "diem" not in folded[m.end():pos]:
            continue                # a value a month, in points
        lo = _sentence_floor(folded, m.start())
        crits = [(s_, e_, entry) for s_, e_, entry in find_all("criteria", text[lo:m.start()], folded[lo:m.start()])]
        named = {entry.name for _, _, entry in crits}
        if len(named) > 1:
            continue
        entry = crits[0][2] if crits else None
        if entry is None and not all(v[2] and v[2] > 50 for v in values) \
                and not all(v[2] is not None and v[2] < SMALLEST_TOTAL for v in values):
            continue                # no criterion named and no total's size: not ours to read (a group's size is:
            #                         _small_totals and records.py give it the group named before)
        name, index = (entry.name, entry.kind or None) if entry else (TOTAL, None)
        stated = re.search(r"\(\s*toi\s*da\s*(\d{1,3})\s*diem\s*\)", folded[lo:m.start()]) or STATED_MAX.match(folded, pos)
        bound = parse_number(stated.group(1)) if stated else None       # before the series, or right after it
        year = m.group(2)

        def period(month: int) -> str:       # 'các tháng 4, 5, 6 lần lượt …': the year in force (records.py)
            if quarters:
                return NO_PERIOD             # a quarter: no period form
            return f"{year}-{month:02d}" if year else f"{BARE_MONTH_PERIOD}{month}"
        for month, (start, end, value, own) in zip(months, values):
            if value is not None and not any(h.start <= start < h.end for h in taken):
                out.append(Hit("score", start, end, name, value, own if own is not None else bound, index,
                               period=period(month)))
        r = RANKS_RESPECTIVELY.match(folded, pos)
        if r and name == TOTAL:
            ranks = _rank_series(folded, r.end(), len(months)) or _rank_series(folded, r.end(), len(months), BARE_RANK)
            if len(ranks) == len(months):
                for month, k in zip(months, ranks):
                    out.append(Hit("rank", k.start(1), k.end(), TOTAL, int(k.group(1)),
                                   int(k.group(2)) if k.lastindex and k.lastindex >= 2 else None, None, period=period(month)))
    return out


BARE_RANK = re.compile(r"(?:thu\s*)?(\d{1,3})(?![\d/]|[,.]\d)")     # 'xếp hạng tương ứng 43, 31 và 27'


def _rank_series(folded: str, pos: int, most: int, pattern: re.Pattern = RANK_IN_SERIES) -> list[re.Match]:
    """Up to `most` ranks written one after another from `pos` ('81/114, 76/114 và 59/114')."""
    ranks: list[re.Match] = []
    while len(ranks) < most:
        r = pattern.match(folded, pos)
        if not r:
            break
        ranks.append(r)
        sep = re.match(r"\s*(?:,|;|va)\s*", folded[r.end():])
        pos = r.end() + (sep.end() if sep else 0)
    return ranks


# '…, tương ứng xếp thứ 88, 71, 54 và 39 trên tổng số 114 xã, phường, đặc khu': ranks in the order of the values before
RANKS_IN_TURN = re.compile(r"(?:tuong\s*ung|lan\s*luot)\s*(?:xep\s*(?:thu|hang)|dung\s*thu|thu\s*hang)\s*")
WHOLE_AFTER = re.compile(r"\s*(?:tren\s*(?:tong\s*so\s*)?|/\s*)(\d{2,3})(?!\d)")


def _ranks_beside_series(folded: str, taken: list[Hit]) -> list[Hit]:
    """Ranks said in turn right after values said in turn ('… các quý I, II, III và IV năm 2026 lần lượt đạt 8,46;
    9,12; 9,87 và 10,58 điểm (tối đa 12 điểm), tương ứng xếp thứ 88, 71, 54 và 39 trên tổng số 114 …'): each the
    rank of the value in its place, of its criterion and period."""
    out: list[Hit] = []
    for m in RANKS_IN_TURN.finditer(folded):
        scores = [h for h in taken if h.kind == "score" and h.end <= m.start()
                  and not re.search(r"[.;](?:\s|$)", folded[h.end:m.start()].replace(";", ","))]
        ranks = _rank_series(folded, m.end(), 12, BARE_RANK)
        whole = WHOLE_AFTER.match(folded, ranks[-1].end()) if ranks else None
        if len(ranks) < 2 or len(scores) < len(ranks) or whole is None:
            continue
        for hit, r in zip(scores[-len(ranks):], ranks):
            if int(r.group(1)) <= int(whole.group(1)):
                out.append(Hit("rank", r.start(1), r.end(), hit.criterion, int(r.group(1)), int(whole.group(1)), hit.index,
                               period=hit.period))
    return out


# '… xã Vĩnh Am (76,08%), xã Hợp Tiến (77,45%), xã Lạc Phượng (78,2%), lần lượt xếp thứ 67/67, 66/67 và 65/67 khối xã'
PLACES_RANKED_IN_TURN = re.compile(r"lan\s*luot\s*(?:xep\s*(?:thu|hang)|dung\s*thu)\s*")
PLACE_VALUE_ASIDE = re.compile(r"(?:xa|phuong|dac\s*khu)\s+[^\W\d][^,;.()\d]{1,30}?\s*\(\s*\d{1,3}(?:,\d{1,2})?\s*(?:%|diem)")
# 'phường Hưng Đạo (79,61%, thứ 45/45 khối phường)': a rank beside a place's value in its parentheses
PLACE_RANK_ASIDE = re.compile(r"((?:xa|phuong|dac\s*khu)\s+[^\W\d][^,;.()\d]{1,30}?)\s*\(\s*\d{1,3}(?:,\d{1,2})?\s*(?:%|diem)\s*,\s*"
                              r"(?:xep\s*)?(?:thu|hang)\s*(\d{1,3})\s*/\s*(\d{2,3})")


def _place_ranks(text: str, folded: str, taken: list[Hit]) -> list[Hit]:
    """Ranks of places given with their values in parentheses: in turn after the places listed ('… xã A (76,08%),
    xã B (77,45%), lần lượt xếp thứ 67/67, 66/67 …': the places in that order) or beside the value ('phường C
    (79,61%, thứ 45/45 khối phường)')."""
    out: list[Hit] = []
    for m in PLACES_RANKED_IN_TURN.finditer(folded):
        floor = max((d.end() for d in re.finditer(r"[.;:](?!\d)", folded[:m.start()])), default=0)
        listed = list(PLACE_VALUE_ASIDE.finditer(folded, floor, m.start()))
        ranks = _rank_series(folded, m.end(), 12)
        if len(ranks) < 2 or len(listed) < len(ranks):
            continue
        for place, r in zip(listed[-len(ranks):], ranks):
            named = _place_named(text[place.start():folded.index("(", place.start())])
            if named and not any(h.start <= r.start(1) < h.end for h in taken + out):
                out.append(Hit("rank", r.start(1), r.end(), TOTAL, int(r.group(1)), int(r.group(2)), None, entity=named))
    for m in PLACE_RANK_ASIDE.finditer(folded):
        named = _place_named(text[m.start(1):m.end(1)])
        if named and int(m.group(2)) <= int(m.group(3)) and not any(h.start <= m.start(2) < h.end for h in taken + out):
            out.append(Hit("rank", m.start(2), m.end(3), TOTAL, int(m.group(2)), int(m.group(3)), None, entity=named))
    return out


def _ranks_by_month(text: str, folded: str, taken: list[Hit]) -> list[Hit]:
    """The total's rank a month, months named first and the ranks after 'lần lượt' in that order; a group's
    when the sentence named it or goes back to it ('Trước khi thí điểm, … nhóm chỉ tiêu này chỉ đạt 18,02/22
    điểm, …; các tháng 9, 10 và 11/2026 lần lượt xếp thứ 71/114, 52/114 và 38/114')."""
    out: list[Hit] = []
    said = list(RANKS_BY_MONTH.finditer(folded))
    said += [m for m in RANKED_MONTHS.finditer(folded) if not any(s.start() <= m.start() < s.end() for s in said)]
    for m in said:
        months = [int(x) for x in re.findall(r"\d{1,2}", m.group(1))]
        ranks = _rank_series(folded, m.end(), len(months))
        if len(ranks) != len(months) or not all(1 <= k <= 12 for k in months):
            continue
        name, index = TOTAL, None
        if m.re is RANKED_MONTHS:
            floor = _full_stop_before(folded, m.start())
            named = [e for _, _, e in find_all("criteria", text[floor:m.start()], folded[floor:m.start()])]
            if not named and THIS_GROUP.search(folded[floor:m.start()]):
                named = [e for _, _, e in find_all("criteria", text[:floor], folded[:floor]) if e.name != TOTAL][-1:]
            if named and named[-1].name != TOTAL:
                name, index = named[-1].name, named[-1].kind or None
        for month, r in zip(months, ranks):
            if not any(h.start <= r.start() < h.end for h in taken):
                out.append(Hit("rank", r.start(1), r.end(), name, int(r.group(1)), int(r.group(2)), index,
                               period=f"{m.group(2)}-{month:02d}"))
    return out


def _places_in_turn(text: str, folded: str, lo: int, m: re.Match, taken: list[Hit]) -> list[Hit]:
    """'đặc khu Cát Hải và đặc khu Bạch Long Vĩ lần lượt đạt 95,64 điểm (thứ 21/114) và 92,17 điểm (thứ 71/114)':
    each place's total, in the order they are named (their ranks in parentheses are read as ranks)."""
    named = re.search(r"((?:xa|phuong|dac\s*khu)\s+[^\W\d][^,;.()\d]{1,30}?(?:\s*(?:,|va)\s*(?:xa|phuong|dac\s*khu)\s+"
                      r"[^\W\d][^,;.()\d]{1,30}?)+)\s*(?:deu\s*)?$", folded[lo:m.start()])
    if not named:
        return []
    places = [_place_named(p) for p in re.split(r"\s*(?:,|\bvà\b)\s*", text[lo + named.start(1):lo + named.end(1)]) if p.strip()]
    end = next((d.start() for d in re.finditer(r"[.;](?!\d)", folded[m.end():])), len(folded) - m.end()) + m.end()
    values = [v for v in re.finditer(r"(?<![\d,/])(\d{1,3}(?:,\d{1,2})?)\s*diem(?!\w)", folded[:end])
              if v.start() >= m.end() and folded.count("(", m.end(), v.start()) == folded.count(")", m.end(), v.start())]
    if None in places or len(values) != len(places):
        return []
    return [Hit("score", v.start(1), v.end(), TOTAL, parse_number(v.group(1)), None, None, entity=place)
            for place, v in zip(places, values) if not any(h.start <= v.start(1) < h.end for h in taken)]


# the months a sentence names before 'lần lượt': 'tháng 7, 8, 9 và 10/2026', 'Từ tháng 7 đến tháng 12/2026'
MONTHS_LISTED = re.compile(r"thang\s*" + MONTH_LIST)
MONTHS_SPANNED = re.compile(r"(?<!\w)tu\s*thang\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*(?:den(?:\s*het)?|-|–)\s*"
                            r"(?:thang\s*)?(\d{1,2})\s*(?:/|nam)\s*(\d{4})")
# '… lần lượt đạt 10,64 điểm (tháng 9/2026), 11,02 điểm (tháng 10/2026) và 11,37 điểm (tháng 11/2026)'
VALUE_OF_MONTH = re.compile(r"\s*(?:,|;|va)?\s*" + N + r"(?:\s*/\s*" + N + r")?\s*diem\s*\(\s*thang\s*(\d{1,2})"
                            r"(?:\s*/\s*(\d{4}))?\s*\)")


def _months_named(folded: str, lo: int, hi: int) -> list[str]:
    """The months ('yyyy-mm', in order) of the last month list or span written between `lo` and `hi`, its year
    written once at its end; [] for none."""
    found = [(m.start(), [int(x) for x in re.findall(r"\d{1,2}", m.group(1))], m.group(2))
             for m in MONTHS_LISTED.finditer(folded, lo, hi)]
    for m in MONTHS_SPANNED.finditer(folded, lo, hi):
        first, last = int(m.group(1)), int(m.group(3))
        if first < last and m.group(2) in (None, m.group(4)):
            found.append((m.start(), list(range(first, last + 1)), m.group(4)))
    if not found:
        return []
    _, months, year = max(found, key=lambda f: f[0])
    if not all(1 <= k <= 12 for k in months) or len(set(months)) != len(months):
        return []
    return [f"{year}-{k:02d}" for k in months]


def _values_with_months(folded: str, pos: int) -> list[tuple[int, int, float, Optional[float], str]]:
    """Values each followed by its month in parentheses, from `pos`: [(start, end, value, maximum, period)]."""
    out = []
    while (v := VALUE_OF_MONTH.match(folded, pos)) and (not out or v.start(1) - pos <= 6):
        month = int(v.group(3))
        if not 1 <= month <= 12:
            break
        out.append((v.start(1), v.end(), parse_number(v.group(1)), parse_number(v.group(2)) if v.group(2) else None,
                    f"{v.group(4)}-{month:02d}" if v.group(4) else f"{BARE_MONTH_PERIOD}{month}"))
        pos = v.end()
    return out


def _respectively(text: str, folded: str, taken: list[Hit]) -> list[Hit]:
    """'… các nhóm chỉ tiêu A; B và C lần lượt đạt 16,5; 18,2 và 12,4 điểm': the n criteria named before
    'lần lượt' take the n values after it, in order."""
    out: list[Hit] = []
    after, by_month = 0, False          # the end of the last series; whether it gave a value a month
    for m in RESPECTIVELY.finditer(folded):
        out += _places_in_turn(text, folded, max((d.end() for d in re.finditer(r"[.;:](?!\d)", folded[:m.start()])), default=0),
                               m, taken + out)
        values, pos = _value_series(folded, m.end())
        dated = _values_with_months(folded, m.end())
        if len(dated) >= 2:
            # '… (tối đa 12 điểm) của phường trong ba tháng gần nhất lần lượt đạt 10,64 điểm (tháng 9/2026), 11,02
            # điểm (tháng 10/2026) và …': one criterion, each value with its month
            floor = _sentence_floor(folded, m.start())
            named = {e.name: e for _, _, e in find_all("criteria", text[floor:m.start()], folded[floor:m.start()])}
            if len(named) == 1:
                entry = next(iter(named.values()))
                for start, end, value, bound, period in dated:
                    if value is not None and value <= (parse_number(entry.extra) if entry.extra else 100) and \
                            not any(h.start <= start < h.end for h in taken + out):
                        out.append(Hit("score", start, end, entry.name, value, bound, entry.kind or None, period))
            continue
        if len(values) < 2 or "%" in folded[values[-1][1]:values[-1][1] + 2]:
            continue                # one value, or rates rather than points
        if re.search(r"(?:diem|muc)\s*toi\s*da[^.;()]{0,40}$", folded[_sentence_floor(folded, m.start()):m.start()]):
            continue                # '(điểm tối đa của các nhóm lần lượt là 18; 20; 12; 10; 18 và 22 điểm)': the maxima
        if re.search(r"(?:(?:cao|thap|kem)\s*hon|(?<!\w)(?:tang|giam))(?:\s+[^\W\d]+){0,6}\s*,?\s*$",
                     folded[_sentence_floor(folded, m.start()):m.start()]):
            continue                # '… thấp hơn bình quân lần lượt 0,07 điểm và 0,35 điểm': gaps, not points got
        top = MAX_AFTER.match(folded, values[-1][1])
        if top:                     # '… lần lượt chỉ đạt 6,9 và 7,45 điểm (tối đa 10 điểm)': the maximum of each
            values = [(s, e, v, b if b is not None else parse_number(top.group(1))) for s, e, v, b in values]
        lo = max((d.end() for d in re.finditer(r"\.(?!\d)|:", folded[:m.start()])), default=0)   # ';' may list criteria
        sentence_went_on = lo < after
        lo = max(lo, after)
        after = values[-1][1]
        crits = [(s, entry) for s, e, entry in find_all("criteria", text[lo:m.start()], folded[lo:m.start()])]
        clause = folded.rfind(";", lo, m.start())
        if len(crits) > len(values) and clause >= 0:
            # '…; nhóm B đạt 19,92/20 điểm; các nhóm C, D và E lần lượt đạt …': the groups of this clause
            own = [(s, entry) for s, e, entry in find_all("criteria", text[clause:m.start()], folded[clause:m.start()])]
            crits = own if len(own) == len(values) else crits
        these = THESE_GROUPS.search(folded, lo, m.start())
        if not crits and these and not folded[these.end():m.start()].strip():
            # 'nhóm A đạt 9,84/12 điểm, nhóm B đạt 7,62/10 điểm. Sang tháng 10/2026, hai nhóm này lần lượt đạt …':
            # the groups the sentences before named, in their order
            named = [entry for _, _, entry in find_all("criteria", text[max(0, lo - 500):lo], folded[max(0, lo - 500):lo])]
            named = list({e.name: e for e in named}.values())[-len(values):]
            crits = [(0, entry) for entry in named] if len(named) == len(values) else []
        listed = _months_named(folded, lo, m.start())
        if len(listed) == len(values) and not crits:
            # 'điểm nhóm chỉ tiêu Số hóa hồ sơ (tối đa 22 điểm) giảm dần qua các tháng: bốn tháng gần nhất (tháng 7,
            # 8, 9 và 10/2026) lần lượt đạt …': the one group the sentence named before its colon
            floor = _sentence_floor(folded, lo)
            wide = {e.name: (s_, e) for s_, _, e in find_all("criteria", text[floor:lo], folded[floor:lo])}
            crits = list(wide.values()) if len(wide) == 1 else crits
        by_month = len({e.name for _, e in crits}) == 1 and (len(listed) == len(values) or bool(re.search(r"(?:hai|ba|cac|\d)\s*thang\s*(?:gan\s*nhat|qua|nay|do)?\s*$",
                                                        folded[:m.start()].rstrip())) or (by_month and sentence_went_on))
        if by_month:
            # 'Nhóm Tiến độ giải quyết hai tháng lần lượt đạt 18,1 điểm và 19,35 điểm': one criterion, a value a
            # month, the months named last before it in that order
            from extractors.numbers import find_periods
            months = listed if len(listed) == len(values) else \
                list(dict.fromkeys(p[2] for p in find_periods(folded[:m.start()]) if len(p[2]) == 7))
            if len(months) >= len(values):
                entry = crits[0][1]
                for period, (start, end, value, bound) in zip(months[-len(values):], values):
                    if value is not None and not any(h.start <= start < h.end for h in taken):
                        out.append(Hit("score", start, end, entry.name, value, bound, entry.kind or None, period))
            continue
        lost = re.search(r"(?<!\w)(?:bi\s*tru|mat)(?!\w)", folded[lo:m.start()]) and \
            not re.search(r"(?:dat|la|duoc|co|bang)\s*$", m.group(0))
        if len(crits) != len(values) or lost:
            continue            # ('… vẫn bị trừ nhiều nhất, lần lượt 1,93 điểm và 2,42 điểm': points lost, metrics.py;
            #                     '… bị trừ nhiều điểm, lần lượt chỉ đạt 17,36/20 điểm, …': the points got)
        series = [values]
        again = SERIES_AGAIN.match(folded, after)
        more, end_more = _value_series(folded, again.end(), len(values)) if again else ([], after)
        if len(more) == len(values) and all(b is not None for *_, b in more) and \
                [b for *_, b in more] == [b for *_, b in values]:
            # '…; tháng 11/2026 tiếp tục tăng, đạt 10,92/12 điểm và 8,86/10 điểm': the same groups again, in a
            # later month, their maxima in the same order
            series.append(more)
            after = end_more
        full = re.search(r"(?:dat|giu)\s*(?:muc\s*)?(?:diem\s*)?toi\s*da\s*\(?\s*$", folded[lo:m.start()])
        for got in series:
            for (_, entry), (start, end, value, bound) in zip(crits, got):
                if value is None or any(h.start <= start < h.end for h in taken):
                    continue
                if bound is None and full and entry.extra and parse_number(entry.extra) == value:
                    bound = value       # '… đạt điểm tối đa (lần lượt 18, 20 và 18 điểm)': full marks
                out.append(Hit("score", start, end, entry.name, value, bound, entry.kind or None))
    return out


def _from_to(text: str, folded: str, taken: list[Hit], topic=None) -> list[Hit]:
    """'nhóm Tiến độ giải quyết giảm từ 19,62 điểm xuống còn 17,85 điểm', 'tụt từ vị trí 58 xuống vị trí 84
    trong 114': the value it ended at is the period's, the one it started from the period before (earlier).
    'thấp hơn tháng 9/2026 (10,85 điểm)': the value of the period compared with (its period is read there)."""
    out: list[Hit] = []
    for m in FROM_TO_SCORE.finditer(folded):
        if any(h.start <= m.start(1) < h.end for h in taken):
            continue
        first, first_max = parse_number(m.group(1)), parse_number(m.group(2)) if m.group(2) else None
        last, last_max = parse_number(m.group(5)), parse_number(m.group(6)) if m.group(6) else None   # (3, 4: m1, y1)
        if first is None or last is None:
            continue
        after = MAX_AFTER.match(folded, m.end()) if last_max is None else None
        if after and first <= float(after.group(1)) and last <= float(after.group(1)):
            # 'từ 8,05 điểm lên 8,4 điểm (tối đa 10 điểm)': the maximum said once, after both
            last_max = parse_number(after.group(1))
            first_max = first_max if first_max is not None else last_max
        lo = max(_sentence_floor(folded, m.start()), max((h.end for h in taken + out if h.end <= m.start()), default=0))
        crit = _criterion_before(text, folded, _clause_start(folded, m.start(), lo), m.start())
        if crit is None:
            # 'Giảm sâu nhất là nhóm Tiến độ giải quyết, từ 19,71 điểm xuống còn 16,48/20 điểm': named before the comma;
            # 'điểm nhóm chỉ tiêu Công khai, minh bạch của phường tăng dần từ 17,52/18 điểm …': a comma in the name
            crit = _criterion_before(text, folded, lo, m.start())
        name, index = (crit[0], crit[1]) if crit else (TOTAL, None)
        if bool(m.group("m1")) != bool(m.group("m2")):
            continue            # ('từ 17,76 điểm (tháng 11/2026) xuống 17,19/18 điểm': one month said, read as before)
        if crit is None and topic is None and min(first, last) < SMALLEST_TOTAL:
            continue            # a group's points whose name was not read (legacy OCR), under no group's heading: no
            #                     total is that small (under one, records.py gives it the heading's group)

        def month(k: str) -> Optional[str]:
            said, year = m.group("m" + k), m.group("y" + k)
            if not said or not 1 <= int(said) <= 12:
                return None
            return f"{year}-{int(said):02d}" if year else f"{BARE_MONTH_PERIOD}{int(said)}"
        if not (month("1") is None and _over_weeks(folded, m.start())):
            out.append(Hit("score", m.start(1), m.end(2) if m.group(2) else m.end(1), name, first, first_max, index,
                           period=month("1"), earlier=month("1") is None))
        out.append(Hit("score", m.start(5), m.end(), name, last, last_max, index, period=month("2")))
    for m in PERIOD_PAREN.finditer(folded):
        value = parse_number(m.group(1))
        if value is None or any(h.start <= m.start(1) < h.end for h in taken + out):
            continue
        lo = _sentence_floor(folded, m.start())
        if CONTEST.search(folded[_full_stop_before(folded, m.start()):m.start()]):
            continue            # '… của 10 công chức … đạt 86,1 điểm, tăng … so với năm 2025 (84,35 điểm)': not the index
        crit = _criterion_before(text, folded, _clause_start(folded, m.start(), lo), m.start()) \
            or _criterion_before(text, folded, lo, m.start())
        mean = list(AVERAGE_OF_UNITS.finditer(folded, lo, m.start()))
        if crit is None and mean and not re.search(r"[;:]", folded[mean[-1].end():m.start()]):
            continue            # 'Điểm bình quân năm của 114 đơn vị đạt 92,57 điểm, tăng … so với năm 2025 (90,38 điểm)': the
            #                     units' mean then (metrics.py)
        name, index = (crit[0], crit[1]) if crit else (TOTAL, None)
        top = parse_number(m.group(2)) if m.group(2) else None
        if top is not None and value > top:
            continue
        if crit is None and top not in (None, 100):
            continue            # '… so với bình quân năm 2025 (8,64/12 điểm)': no total's scale; read with the slashes below
        out.append(Hit("score", m.start(1), m.end(), name, value, top, index))
    for m in FROM_TO_RANK.finditer(folded):
        lo = _sentence_floor(folded, m.start())
        crit = _criterion_before(text, folded, lo, m.start())
        name, index = (crit[0], crit[1]) if crit else (TOTAL, None)
        out_of = int(m.group(3)) if m.group(3) else None
        # the rank it ended at is read by RANK ('xuống vị trí 84 …'); the one it started from is added here
        if not _over_weeks(folded, m.start()):
            out.append(Hit("rank", m.start(1), m.end(1), name, int(m.group(1)), out_of, index, earlier=True))
    return out


def _over_weeks(folded: str, pos: int) -> bool:
    """'Sau 04 tuần, điểm tạm tính … tăng (từ 92,53 lên 95,07 điểm)': it started from the first week's figure, not the
    month before's."""
    return bool(re.search(r"(?<!\w)(?:(?:sau|qua|trong)\s*\d{1,2}\s*tuan|tuan\s*\d{1,2}|theo\s*tuan)(?!\w)",
                          folded[_full_stop_before(folded, pos):pos]))


def _together(text: str, folded: str, taken: list[Hit]) -> list[Hit]:
    """'nhóm Công khai, minh bạch và nhóm Mức độ hài lòng cả hai tháng đều đạt tối đa 18/18 điểm': one value
    for each criterion named in the clause before 'đều', and for each of the months 'cả hai tháng' counts
    (the months named last before it)."""
    from extractors.numbers import find_periods
    out: list[Hit] = []
    for m in TOGETHER.finditer(folded):
        start = m.start(2)
        if any(h.start <= start < h.end for h in taken + out):
            continue
        # ('đều đạt điểm tối đa (18 điểm)': 18 of 18, set where prose_hits ends, AT_MAXIMUM)
        value, bound = parse_number(m.group(2)), parse_number(m.group(3)) if m.group(3) else None
        if value is None or (bound is not None and value > bound):
            continue
        lo = max((d.end() for d in re.finditer(r";|\.(?!\d)|:", folded[:m.start()])), default=0)
        named = {entry.name: entry.kind or None
                 for _, _, entry in find_all("criteria", text[lo:m.start()], folded[lo:m.start()])}
        count = (int(m.group(1)) if m.group(1).isdigit() else words_value(m.group(1))) if m.group(1) else 0
        months = list(dict.fromkeys(p[2] for p in find_periods(folded[:m.start()]) if len(p[2]) == 7))
        periods = months[-count:] if count and len(months) >= count else [None]
        if not named or (len(named) < 2 and len(periods) < 2):
            continue                # one criterion, one value: the ordinary readers take it
        for name, kind in named.items():
            for period in periods:
                out.append(Hit("score", start, m.end(), name, value, bound, kind, period))
    return out + _pair_shares(text, folded, taken + out)


PAIR_VALUE = re.compile(r"\s*(?:(?:van|deu|cung|tiep\s*tuc)\s*)?(?:dat|duoc|giu(?:\s*(?:vung|tron|nguyen))?)\s*(?:(?:muc\s*)?(?:diem\s*)?toi\s*da\s*)?\(?\s*" + N + r"(?:\s*/\s*" + N + r")?\s*diem(?!\w)")   # ('… giữ điểm tối đa (18/18 điểm)')


def _pair_shares(text: str, folded: str, taken: list[Hit]) -> list[Hit]:
    """'Công khai, minh bạch và Mức độ hài lòng đạt tối đa 18/18 điểm': one value for both criteria."""
    out: list[Hit] = []
    named = find_all("criteria", text, folded)
    for (_, e1, first), (s2, e2, second) in zip(named, named[1:]):
        m = PAIR_VALUE.match(folded, e2)
        # ('Công khai, minh bạch và nhóm Mức độ hài lòng vẫn giữ 18/18 điểm')
        if not m or not re.fullmatch(r"\s*va\s*(?:nhom\s*(?:chi\s*tieu\s*)?)?", folded[e1:s2]) or first.name == second.name:
            continue
        value, bound = parse_number(m.group(1)), parse_number(m.group(2)) if m.group(2) else None
        if value is None or (bound is not None and value > bound) or \
                any(h.start <= m.start(1) < h.end for h in taken + out):
            continue
        out += [Hit("score", m.start(1), m.end(), entry.name, value, bound, entry.kind or None) for entry in (first, second)]
    return out


MONTH_LABELLED = re.compile(r"(?:^|[;.(]\s*|[-–+•]\s*)thang\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*:\s*(?:dat\s*)?" + N
                            + r"\s*diem(?!\s*/)(?!\w)")
# '… từ 87,96 điểm (tháng 01) lên 91,58 điểm (tháng 5)': the month a total was reached, in parentheses after it
MONTH_AFTER = re.compile(r"(?<![\d,./])" + N + r"\s*diem\s*\(\s*thang\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*\)")
BARE_MONTH_PERIOD = "month:"     # a Hit's month written without its year: records.py gives it the year in force


def _month_labelled(folded: str, taken: list[Hit]) -> list[Hit]:
    """'– Tháng 01/2026: 90,47 điểm – hạng 69/114;', '(tháng 01: 88,41 điểm; tháng 02: 90,06 điểm)', '87,96 điểm
    (tháng 01)': the month's total (a value of a total's size); a month without its year takes the year in force."""
    out = []
    found = [(m.start(3), m.end(), m.group(3), m.group(1), m.group(2)) for m in MONTH_LABELLED.finditer(folded)]
    found += [(m.start(1), m.end(), m.group(1), m.group(2), m.group(3)) for m in MONTH_AFTER.finditer(folded)]
    for start, end, number, month, year in found:
        value = parse_number(number)
        if value is not None and 50 <= value <= 100 and 1 <= int(month) <= 12 and \
                not any(h.start <= start < h.end for h in taken + out):
            period = f"{year}-{int(month):02d}" if year else f"{BARE_MONTH_PERIOD}{int(month)}"
            out.append(Hit("score", start, end, TOTAL, value, None, None, period))
    # '…: tháng 7: 19,62; tháng 8: 19,70; …; tháng 11: 19,95 (…) và tháng 12: 19,90 điểm': a group's points month by
    # month, 'điểm' written once ('_small_totals' and records.py give them the group named before, or the heading's)
    run: list[re.Match] = []
    for m in [*MONTH_COLON_VALUE.finditer(folded), None]:
        if m is not None and run and re.fullmatch(r"\s*(?:\([^()]{0,80}\)\s*)?(?:;|,|va)?\s*", folded[run[-1].end():m.start()]):
            run.append(m)
            continue
        values = [parse_number(r.group(3)) for r in run]
        if len(run) >= 2 and all(v is not None and v < SMALLEST_TOTAL for v in values) and "diem" in folded[run[-1].end(3):run[-1].end() + 6] \
                and all(1 <= int(r.group(1)) <= 12 for r in run):
            for r, value in zip(run, values):
                if not any(h.start <= r.start(3) < h.end for h in taken + out):
                    period = f"{r.group(2)}-{int(r.group(1)):02d}" if r.group(2) else f"{BARE_MONTH_PERIOD}{int(r.group(1))}"
                    out.append(Hit("score", r.start(3), r.end(3), TOTAL, value, None, None, period))
        run = [m] if m is not None else []
    return out


MONTH_COLON_VALUE = re.compile(r"(?<!\w)thang\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*:\s*(?:dat\s*)?(\d{1,2},\d{1,2})(?![\d/%])(?:\s*diem)?")


def _criterion_month_aside(folded: str, taken: list[Hit]) -> list[Hit]:
    """'nhóm Dịch vụ công trực tuyến đạt 11,2/12 điểm (tháng 9: 11,05 điểm)': the criterion's value in the month the
    parenthesis names (a month without its year takes the year in force)."""
    out = []
    for m in MONTH_LABELLED.finditer(folded):
        value, month, year = parse_number(m.group(3)), int(m.group(1)), m.group(2)
        if value is None or value >= 50 or not 1 <= month <= 12 or any(h.start <= m.start(3) < h.end for h in taken):
            continue
        opened = folded.rfind("(", 0, m.start(3))
        before = [h for h in taken if h.kind == "score" and h.criterion != TOTAL and 0 <= opened - h.end <= 2]
        if before and value <= (before[-1].bound or 100):
            out.append(Hit("score", m.start(3), m.end(), before[-1].criterion, value, None, before[-1].index,
                           f"{year}-{month:02d}" if year else f"{BARE_MONTH_PERIOD}{month}"))
    return out


def _full_stop_before(folded: str, pos: int) -> int:
    """Where the sentence `pos` is in starts: after the last full stop before it (not a decimal point), not after a
    ';' as `_sentence_floor`."""
    return max((d.end() for d in re.finditer(r"\.(?!\d)", folded[:pos])), default=0)


def _sentence_floor(folded: str, pos: int) -> int:
    cut = 0
    for m in re.finditer(r";|\.(?!\d)(?!/)", folded[:pos]):
        cut = m.end()
    return cut


# --------------------------------------------------------------------------- tables
# 'thí điểm' (a pilot), 'địa điểm', 'thời điểm', 'cao điểm', 'trọng điểm': no points
NOT_POINTS = r"(?<!thi\s)(?<!dia\s)(?<!thoi\s)(?<!cao\s)(?<!trong\s)(?<!dac\s)(?<!uu\s)(?<!nhuoc\s)"
# 'hằng tháng', 'hằng tuần' (every month, every week) is no 'Hạng' ('Hạng tháng 10' is)
EVERY_NOT = r"(?!\s*(?:thang|tuan|ngay|nam|quy)(?!\s*[\divx]))"
ROLE_WORDS = [("deducted", re.compile(r"(?:bi|diem)\s*tru|(?<!\w)tru\s*diem|mat\s*diem|diem\s*mat(?!\w)|con\s*thieu")),   # 'Điểm bị trừ', 'Điểm mất', 'Còn thiếu so với tối đa'
              ("max", re.compile(r"toi\s*da|diem\s*chuan|thang\s*diem")),
              ("rank", re.compile(r"xep\s*hang|thu\s*hang|(?<!ngan )(?<!\w)hang(?!\w)" + EVERY_NOT + r"|xep\s*thu")),   # (not 'Ngân hàng', 'hằng tháng')
              # ('Kênh thực hiện': how, no result)
              ("value", re.compile(r"ket\s*qua|diem\s*dat|so\s*diem|diem\s*so|(?<!kenh )thuc\s*hien|"
                                   r"dat\s*duoc|(?<!\w)" + NOT_POINTS + r"diem(?!\w)"))]


PLAIN_ROLES = [("rate", re.compile(r"ty\s*le\s*dat(?:\s*duoc)?(?:\s*\(\s*%\s*\))?(?!\w)")),   # 'Tỷ lệ đạt (%)' beside points
               ("deducted", re.compile(r"(?:so\s*)?(?:diem\s*)?(?:bi\s*tru|tru\s*diem|mat\s*diem)|diem\s*tru|con\s*thieu(?:\s*so\s*voi\s*toi\s*da)?")),  # 'Điểm bị trừ'
               ("max", re.compile(r"(?:diem\s*)?(?:toi\s*da|chuan)|thang\s*diem")),
               ("rank", re.compile(r"(?:xep\s*hang|thu\s*hang|xep\s*thu|(?<!ngan )(?<!\w)hang" + EVERY_NOT + r")(?!\w)")),
               ("value", re.compile(r"(?:ket\s*qua(?:\s*thuc\s*hien|\s*dat\s*duoc)?|diem\s*dat(?:\s*duoc)?|so\s*diem|"
                                    r"diem\s*so|dat\s*duoc|(?<!\w)" + NOT_POINTS + r"diem)(?!\w)"))]
PLAIN_HEAD = re.compile(r"^\s*(?:stt|tt|ky\s*hieu)(?!\w)")       # ('Ký hiệu | Nhóm chỉ tiêu | …': rows coded 'CT1')


def plain_header_roles(folded: str, issued: Optional[str] = None, period: Optional[str] = None) -> list[str]:
    """Roles of the value columns of a table header OCR gave without cell breaks ('STT Nhóm chỉ tiêu
    Điểm tối đa Điểm đạt Xếp hạng' -> ['max', 'value', 'rank']), in reading order."""
    from extractors.numbers import find_periods
    if "\n" in folded:
        # a header whose cells run over two lines ('… Điểm Điểm Xếp hạng' / 'tối đa đạt'): each bare
        # 'Điểm' of the first line takes the next word of the second
        first, second = folded.split("\n", 1)
        quals = iter(re.findall(r"toi\s*da|dat(?:\s*duoc)?|chuan|so", second))
        first = re.sub(r"(?<!\w)diem(?!\s*(?:toi|dat|chuan|so))(?!\w)", lambda m: "diem " + next(quals, ""), first)
        folded = first
    spans: list[tuple[int, int, str]] = [(s, e, "value@" + v) for s, e, v in find_periods(folded)]
    for m in BARE_MONTH_IN_TEXT.finditer(folded):
        month = month_of(int(m.group(1)), issued, period)      # 'Tháng 10 Tháng 11 Tháng 12'
        if month and all(m.end() <= a or m.start() >= b for a, b, _ in spans):
            spans.append((m.start(), m.end(), "value@" + month))
    dated = [a for a, _, _ in spans]
    for role, regex in PLAIN_ROLES:
        for m in regex.finditer(folded):
            if role == "value" and any(re.fullmatch(r"\s*", folded[m.end():a]) for a in dated if a >= m.end()):
                continue        # 'Điểm T11/2026', 'Điểm tháng 11/2026': one column, the month's points
            if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), role))
    return [role for _, _, role in sorted(spans)]


def is_plain_header(text: str) -> bool:
    f = fold(text)
    return "\t" not in text and bool(PLAIN_HEAD.match(f)) and len(plain_header_roles(f)) >= 1 and len(text) < 160


# 'Điểm (thang điểm 100)', 'Điểm Bộ chỉ số (thang điểm 100)', 'Tổng điểm bình quân (thang điểm 100)': the
# points a row got, on that scale (not the scale's maximum)
SCALED_POINTS = re.compile(r"\s*(?:tong\s*)?diem(?:\s*(?:bo\s*chi\s*so(?:\s*766)?|binh\s*quan|trung\s*binh|dat(?:\s*duoc)?))*"
                           r"\s*\(\s*(?:tren\s*)?thang\s*(?:diem\s*)?\d{2,3}\s*\)?\s*$")
# ('Tạm tính đến 17/12'; 'Kết quả đến' over '31/12/2026': a plan's baseline as of that day, beside its targets)
PROVISIONAL_COLUMN = re.compile(r"\s*(?:(?:diem\s*)?tam\s*tinh|ket\s*qua|thuc\s*hien|luy\s*ke)\s*\(?\s*(?:den|tinh\s*den)\s*"
                                r"(?:het\s*)?(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*\)?\s*")
BARE_MONTH = re.compile(r"^\s*thang\s*(\d{1,2})\s*$")
BARE_DAY = re.compile(r"^\s*ngay\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?\s*$")


def _column_day(folded: str, issued: Optional[str]) -> Optional[str]:
    """'Ngày 19/6' heading a column of results: that day, in the year of the document (the year
    before when the day would come after the document)."""
    from extractors.numbers import iso_date
    m = BARE_DAY.match(folded)
    if not m or not (m.group(3) or issued):
        return None
    year = int(m.group(3) or issued[:4])
    day = iso_date(int(m.group(1)), int(m.group(2)), year)
    if day and not m.group(3) and issued and day > issued:
        day = iso_date(int(m.group(1)), int(m.group(2)), year - 1)
    return day




def _goes_on(above: list[str], i: int, folded: str, role: Optional[str], here: str = "") -> Optional[str]:
    """The role of a column whose header cell only finishes the cell above it: the scale of points
    ('Điểm Bộ chỉ số' / '(thang điểm 100)': still the points got) or the percent sign of a named rate
    ('Tỷ lệ hài lòng' / '(%)': that rate); None for any other cell."""
    if role == "value" and re.fullmatch(r"\s*\(\s*(?:tren\s*)?thang\s*(?:diem\s*)?\d{2,3}\s*\)\s*", folded):
        return role
    if role is None and re.search(r"\(\s*%\s*\)\s*$", folded):
        # ('Tỷ lệ giải' / 'quyết đúng' / 'hạn (%)': the column's cells joined)
        cell = " ".join(r.split("\t")[i] for r in above if i < len(r.split("\t"))).strip()
        cell = re.sub(r"\s*\(\s*%\s*\)\s*$", "", f"{cell} {here}").strip()
        if re.fullmatch(r"(?i)tỷ\s+lệ\s+[^\W\d]+(?:\s+[^\W\d]+){0,8}", cell) and not re.search(r"(?i)tháng|quý|năm", cell):
            return "rate:" + cell
    return None


SHORT_MONTH = re.compile(r"\s*T(?:h\.?)?\s?(0?[1-9]|1[0-2])\s*")         # a header's 'T11', 'Th.01': tháng 11, tháng 1
FOOTNOTE_MARK = re.compile(r"\s*\(\s*\*{1,3}\s*\)\s*$")
WHOLE_YEAR = re.compile(r"\s*(?:ca|toan)\s*nam\s*")


# a row of the columns' numbers under a header ('(1) | (2) | (3) | (5)=(4)/(3) | (6)=(3)-(4)'): it names nothing
COLUMN_NUMBERS_ROW = re.compile(r"(?:\s*(?:\(\d{1,2}\)(?:\s*[=+\-*/:x×]\s*(?:\(\d{1,2}\)|\d{1,3}))*)?\s*(?:\t|$))+")


def naming_rows(rows: list[str]) -> list[str]:
    """A header's rows without a row of the columns' numbers ('(1) | (2) | …' under the names), unless that is all."""
    return [r for r in rows if not COLUMN_NUMBERS_ROW.fullmatch(r)] or rows


def _months_spelled(row: str) -> str:
    """A header row's months written short side by side ('T11 | T12 | Năm 2026') as 'Tháng 11 | Tháng 12 | …'."""
    cells = row.split("\t")
    if sum(bool(SHORT_MONTH.fullmatch(c)) for c in cells) < 2:
        return row
    return "\t".join(f"Tháng {m.group(1)}" if m else c for c in cells for m in [SHORT_MONTH.fullmatch(c)])


def _header_rows(rows: list[str]) -> list[str]:
    """A header's rows as the role readers take them: no row of the columns' numbers, short months spelled out."""
    return [_months_spelled(r) for r in naming_rows(rows)]


def spanned_groups(rows: list[str], roles: list[Optional[str]]) -> dict[int, str]:
    """A two-row header's groups of period columns ('Nộp trực tuyến toàn trình' spanning 'T11 | T12 | Năm 2026', then
    'Thanh toán trực tuyến' spanning the same): each period column's group, when two groups or more each span two
    columns or more; else nothing."""
    rows = _header_rows(rows)
    if len(rows) < 2:
        return {}
    over, under = rows[-2].split("\t"), rows[-1].split("\t")
    groups: dict[int, str] = {}
    for i, role in enumerate(roles):
        if not (role or "").startswith("value@") or i >= len(under) or not under[i].strip():
            continue
        j = next((j for j in range(min(i, len(over) - 1), -1, -1) if over[j].strip()), None)
        if j is not None and j < len(under) and under[j].strip() and (roles[j] or "").startswith("value@"):
            groups[i] = over[j].strip()
    sizes = {g: sum(1 for v in groups.values() if v == g) for g in set(groups.values())}
    return groups if len(sizes) >= 2 and min(sizes.values()) >= 2 else {}


def period_groups(rows: list[str], issued: Optional[str] = None, period: Optional[str] = None,
                  measured: bool = False) -> Optional[tuple[dict[int, str], list[str]]]:
    """A top header row of periods each spanning the columns under it ('TT | Lĩnh vực | Tháng 01/2027 | | | | | Cùng
    kỳ tháng 01/2026 | ') over the columns' own names ('Tiếp nhận mới | Giải quyết đúng hạn | …'): each spanned column's
    period, and the header rows with those period cells blanked (the columns then named by the rows under them); None
    for any other header (a period a column, the rows under it naming periods, points or ranks). `measured`: a row of
    the header names each column's measure ('(hồ sơ) | (hồ sơ) | (%)'), so a group may stand beside other columns."""
    rows = _header_rows(rows)
    if len(rows) < 2:
        return None
    top = rows[0].split("\t")
    width = max(len(r.split("\t")) for r in rows)
    tops = header_roles(rows[:1], issued, period)
    starts = [i for i, r in enumerate(tops) if re.fullmatch(r"value@\d{4}(?:-\d{2})?", r or "")]
    if not starts or (not measured and any(top[j].strip() for j in range(starts[0], len(top)) if j not in starts)):
        return None
    spans: dict[int, str] = {}
    for n, s in enumerate(starts):
        # (under a row of measures, 'Kết quả năm 2026' over 'Tiếp nhận | Đã số hóa | Tỷ lệ' beside 'Chỉ tiêu' / 'năm
        # 2027': the group ends where the next cell of the top row starts)
        end = next((j for j in range(s + 1, width) if j < len(top) and top[j].strip()), width)
        for j in range(s, starts[n + 1] if n + 1 < len(starts) else end):
            spans[j] = tops[s][len("value@"):]
    under = [r.split("\t") for r in rows[1:]]
    if max(sum(1 for p in spans.values() if p == q) for q in spans.values()) < 2 \
            or any(not any(j < len(r) and r[j].strip() for r in under) for j in spans) \
            or any(find_periods(fold(c)) or re.search(r"diem|(?<!\w)hang(?!\w)", fold(c)) for r in under
                   for j, c in enumerate(r) if not measured or j in spans):
        return None         # ('Tháng 11/2026' over 'Điểm | Xếp hạng': points and ranks by month, read as they are)
    return spans, ["\t".join("" if j in spans else c for j, c in enumerate(top))] + rows[1:]


AREA_HEAD = re.compile(r"\s*(?:linh\s*vuc|nhom\s*chi\s*tieu|tieu\s*chi|chi\s*so\s*thanh\s*phan)\s*")


def _area_per_place(merged: list[str], roles: list[Optional[str]]) -> None:
    """'Phường | Lĩnh vực | Điểm tối đa | Điểm tự đánh giá | Điểm thẩm định': one area a place, named in its row; its
    score is the appraised points ('appraised'), the area's name the row's criterion ('critname')."""
    if "place" not in roles or "crit:Điểm thẩm định" not in roles:
        return
    named = next((i for i, c in enumerate(merged) if i < len(roles) and roles[i] is None and AREA_HEAD.fullmatch(fold(c))), None)
    if named is None:
        return
    for i, role in enumerate(roles):
        if role == "crit:Điểm thẩm định":
            roles[i] = "appraised"
        elif role == "crit:Điểm tự đánh giá":
            roles[i] = None
    roles[named] = "critname"


def _ranked_by(merged: list[str], roles: list[Optional[str]]) -> None:
    """'Xếp hạng theo điểm thẩm định (/45 phường)' beside the places' 'Điểm thẩm định' column: the rank of that score
    among that many ('rank/45|Điểm thẩm định')."""
    for i, cell in enumerate(merged):
        if i >= len(roles) or not re.fullmatch(r"rank(?:/\d{1,3})?", roles[i] or ""):
            continue
        by = re.match(r"\s*xep\s*hang\s*theo\s*([^()]+?)\s*(?:\(|$)", fold(cell))
        among = re.search(r"\(\s*/\s*(\d{2,3})(?:\s+[^\W\d]+){0,3}\s*\)", fold(cell))
        scored = [r[5:].partition("|")[0] for r in roles if r and r.startswith("crit:")]
        name = next((c for c in scored if by and fold(c).strip() == by.group(1).strip()), None)
        if name and among:
            roles[i] = f"rank/{among.group(1)}|{name}"


def header_roles(rows: list[str], issued: Optional[str] = None, period: Optional[str] = None) -> list[Optional[str]]:
    """Roles of tab-separated columns, read from the table's header rows: 'max', 'rank', 'value', or
    'value@yyyy-mm' for a column headed by a period ('Tháng 10/2025'; 'Tháng 10' takes its year from
    `period` or `issued`). A header without cell breaks gives [None, None, role…]: the number and name
    columns, then its value columns."""
    from extractors.numbers import find_periods
    rows = _header_rows(rows)
    if rows and all("\t" not in r for r in rows):
        return [None, None] + plain_header_roles(fold(" ".join(rows)), issued, period)
    width = max((len(r.split("\t")) for r in rows), default=0)
    roles: list[Optional[str]] = [None] * width
    for k, row in enumerate(rows):
        if k and MAXIMA_CELL.fullmatch(fold(row.split("\t")[0])):
            continue        # 'Điểm tối đa | 18 | 20 | …' below the names: the maxima, read with the criteria below
        for i, cell in enumerate(row.split("\t")):
            cell = FOOTNOTE_MARK.sub("", cell)          # 'Quý IV (*)': the note below the table, not the column's name
            over = rows[k - 1].split("\t") if k else []
            if k and re.fullmatch(r"\s*(?:0?[1-9]|1[0-2])\s*", cell) and i < len(over) and re.fullmatch(r"\s*thang\s*", fold(over[i])):
                cell = f"Tháng {cell.strip()}"          # 'Tháng' over '10': the month, its name split over two header rows
            f = fold(cell)
            if WHOLE_YEAR.fullmatch(f) and (period or issued):
                roles[i] = "value@" + (period or issued)[:4]     # 'Cả năm' beside the quarters: the year's figure
                continue
            kept = _goes_on(rows[:k], i, f, roles[i], cell) if k else None
            if kept:
                roles[i] = kept
                continue
            periods = find_periods(f)
            against = re.search(r"(?<!\w)so\s*voi(?!\w)", f)
            before = re.fullmatch(r"\s*so\s*voi\s*(?:thang|ky)\s*truoc\s*(?:\(\s*(?:\+\s*/\s*-|diem)\s*\))?\s*", f)
            if before and not periods and not any(i < len(r.split("\t")) and r.split("\t")[i].strip()
                                                  for r in rows if r is not row):
                # 'So với tháng trước' in a month's report: the change since the month before the report's
                month = re.fullmatch(r"(\d{4})-(\d{2})", period or "")
                year, earlier = month_before(int(month.group(1)), int(month.group(2))) if month else (None, None)
                roles[i] = "change:" + (f"so với tháng {earlier}/{year}" if month else "so với tháng trước")
                continue
            if against and (periods or re.search(r"tang|giam", f)):
                # 'Tăng (+), giảm (-)' over 'so với tháng 10/2026': the change since then, not that month's value
                roles[i] = "change:" + cell[against.start():].strip()
                continue
            if against and roles[i] == "change:":
                roles[i] = "change:" + cell[against.start():].strip()    # 'Tăng (+), giảm (-)' / 'so với quý II/2026'
                continue
            if i < width and roles[i] and roles[i].startswith("change:"):
                said = re.match(r"\s*((?:\d{1,2}/)?\d{4}|[ivx]+/\d{4})", cell) if re.search(r"(?:thang|quy|nam)$", fold(roles[i])) else None
                if said:
                    roles[i] += " " + said.group(1)      # 'so với tháng' / '11/2026 (điểm)'
                continue
            joined = fold(f"{over[i]} {cell}") if k and i < len(over) and over[i].strip() else ""
            if CHANGE_HEAD.fullmatch(f) or (joined and CHANGE_HEAD.fullmatch(joined)):
                roles[i] = "change:"                 # 'Tăng (+), giảm (-)', 'Tăng/giảm', 'Chênh lệch'
                continue                             # ('Tăng (+),' over 'giảm (-) điểm': the same, wrapped)
            if periods and re.match(r"\s*ty\s*le(?!\w)", f):
                roles[i] = "rate"                                        # 'Tỷ lệ tháng 02/2026 (%)'
                continue
            under_rank = k and periods and roles[i] is None and _spanned_by_rank(rows[k - 1], i)
            if periods and len(periods[0][2]) in (4, 7) and (re.match(r"\s*(?:xep|thu)\s*hang(?!\w)", f) or under_rank or (
                    roles[i] == "rank" and re.fullmatch(r"\s*(?:thang\s*\d{1,2}\s*/|nam)\s*\d{4}\s*(?:\(\s*/\s*\d{2,3}\s*\)\s*)?", f))):
                # 'Thứ hạng tháng 12/2026', 'Thứ hạng' over 'tháng 12/2026', 'Xếp hạng' over 'năm 2026'
                roles[i] = "rank@" + periods[0][2]
                continue
            year_only = re.fullmatch(r"\s*(?:nam\s*|/\s*)(\d{4})\s*", f)
            if year_only and roles[i] and re.fullmatch(r"(?:value|rank)@\d{4}-\d{2}", roles[i]):
                # 'Tháng 10' over 'năm 2026': that month of that year (not the year's figure)
                roles[i] = f"{roles[i][:-7]}{year_only.group(1)}{roles[i][-3:]}"
                continue
            above = fold(" ".join(r.split("\t")[i] for r in rows[:k] if i < len(r.split("\t"))))
            if periods and re.match(r"\s*cung\s*ky(?!\w)", f"{above} {f}".strip()) and re.search(r"\(\s*%\s*\)", f):
                roles[i] = "pct@" + periods[0][2]    # 'Cùng kỳ năm 2025 (%)': a rate the year before, no points
                continue
            if periods and not re.search(r"toi\s*da|xep\s*hang", f) and roles[i] != "deducted":
                roles[i] = "value@" + periods[0][2]      # (not 'Điểm bị trừ' over 'năm 2026': the points lost that year)
                continue
            ways = re.fullmatch(r"\s*(?:hinh\s*thuc|kenh|phuong\s*thuc)\s+(tiep\s*nhan|giai\s*quyet|tra\s*ket\s*qua|thanh\s*toan)\s*", f)
            if ways and i <= 1:
                # 'Hình thức tiếp nhận': the rows are the ways files were received ('Trực tuyến', 'Tổng số'); 'Kênh
                # thanh toán': the ways fees were paid online
                done = cell[ways.start(1):ways.end(1)].lower()
                roles[i] = "of:Số hồ sơ " + (done if fold(done) != "thanh toan" else "thanh toán trực tuyến qua")
                continue
            quarter = QUARTER_YEAR.fullmatch(f)
            if quarter:
                # 'Quý I/2026 | Quý II/2026 | Quý III/2026': a quarter's values (no period form), ordered and
                # named by the quarter ('value@2026-q1|quý I/2026')
                number = quarter_number(quarter.group(1))
                # named 'quý I/2026' whatever the cell wrote ('QUÝ II/2026', OCR's 'Quy 1/2026', a '(%)' after it)
                roles[i] = f"value@{quarter.group(2)}-q{number}|quý {QUARTER_ROMAN[number - 1]}/{quarter.group(2)}"
                continue
            if QUARTER_HEAD.fullmatch(f) or SPAN_HEAD.fullmatch(f):
                # 'Quý II/2026 | Quý III/2026', 'Lũy kế 11 tháng': a quarter's or a span's values (no period form)
                roles[i] = "value@" + NO_PERIOD
                continue
            short = re.match(r"\s*t\s*(\d{1,2})\s*/\s*(\d{4})(?!\d)", f)        # 'T8/2026 (trước kiểm tra)'
            if short and 1 <= int(short.group(1)) <= 12:
                roles[i] = f"value@{short.group(2)}-{int(short.group(1)):02d}"
                continue
            count = re.fullmatch(r"\s*(?:tong\s*)?so\s+(?:luong\s+)?(.+?)\s*", f)
            measure = lookup("measures", cell[count.start(1):count.end(1)]) if count else None
            if measure:
                roles[i] = "count:" + measure.name                       # 'Số hồ sơ'
                continue
            if re.match(r"\s*ty\s*le(?:\s*\(?%\)?)?\s*$", f):
                roles[i] = "rate"                                        # 'Tỷ lệ (%)'
                continue
            named_rate = re.fullmatch(r"\s*(ty\s*le\s+[^\d()]{2,40}?)\s*\(\s*%\s*\)\s*", f)
            if named_rate:
                roles[i] = "rate:" + cell[named_rate.start(1):named_rate.end(1)].strip()   # 'Tỷ lệ hài lòng (%)'
                continue
            if i == 0 or (i == 1 and not roles[0]):
                if re.fullmatch(r"\s*(?:thang|tuan|quy|ngay(?:\s*truc)?|ky(?:\s*bao\s*cao|\s*danh\s*gia)?|thoi\s*gian)\s*", f) and \
                        not any(i < len(r.split("\t")) and r.split("\t")[i].strip() for r in rows if r is not row):
                    # 'Tháng | Tổng điểm | Thứ hạng (/114)': a row a month ('Tháng 1 | 87,15 | 101', '7 | 84,26 | 96'),
                    # the header maybe wrapped over rows below an otherwise empty 'Tháng' cell
                    roles[i] = f"period@{issued or ''}|{period or ''}"
                    continue
            out_of = re.search(r"\(\s*/\s*(\d{2,3})\s*\)", f)
            if out_of and re.search(r"xep\s*hang|thu\s*hang", f) and roles[0] and roles[0].startswith("period@"):
                roles[i] = f"rank/{out_of.group(1)}"      # 'Thứ hạng (/114)' in a table with a month a row
                continue
            bare = BARE_MONTH.match(f)
            month = month_of(int(bare.group(1)), issued, period) if bare else None
            if month:
                # 'Xếp hạng' over 'tháng 12': that month's ranks
                roles[i] = ("rank@" if roles[i] == "rank" and k else "value@") + month
                continue
            day = _column_day(f, issued)
            if day:
                roles[i] = "value@" + day                                # 'Ngày 19/6': as of that day
                continue
            when = _provisional_day(f, issued)
            if when:
                roles[i] = "value@" + when                               # 'Tạm tính đến 17/12': as of that day
                continue
            if SCALED_POINTS.match(f) or re.fullmatch(r"\s*(?:diem|ket\s*qua)\s*\(?\s*dat\s*/\s*(?:toi\s*da|diem\s*chuan)\s*\)?\s*", f):
                # ('Điểm (đạt/tối đa)': cells '18,74/20', the points got over the maximum)
                roles[i] = "value"         # 'Điểm (thang điểm 100)': points, on that scale (records.py SCALE)
                continue
            if roles[i] == "value" and STATED_TOP.fullmatch(f):
                continue           # 'Tổng điểm' over '(tối đa 100)': the points, their maximum said (not a column of maxima)
            if roles[i] is None and len(f) > 40 and _count_named(cell):
                continue          # 'Số giao dịch không thành công do … kết quả thanh toán': a count, whatever words it holds
            for role, regex in ROLE_WORDS:
                if regex.search(f):
                    if roles[i] is None or (role == "max" and roles[i] != "deducted") or \
                            (role in ("rank", "deducted") and roles[i] == "value"):
                        # ('Còn thiếu so' over 'với tối đa': the points short of the maximum, not the maximum)
                        roles[i] = role
                    break
    merged = merged_header(rows, width)[:width]
    for i, cell in enumerate(merged):
        if roles[i] == "max" and re.search(r"\(\s*(?:diem\s*)?dat\s*/\s*(?:diem\s*)?(?:toi\s*da|chuan)\s*\)", fold(cell)):
            # 'Năm 2025' over '(điểm đạt/' over 'điểm tối đa)': cells '10,75/12', the points got over the maximum
            periods = find_periods(fold(cell))
            roles[i] = "value@" + periods[0][2] if periods else "value"
    _spans_compared(merged, roles)
    _report_form(merged, roles)
    _plan_and_actual(merged, roles)
    _rounds_compared(merged, roles)
    _levels_of_satisfaction(rows, roles)
    # (a header wrapped over rows: 'Tiến độ giải quyết' over '(tối đa 20)', read column by column)
    maxima = [r for r in rows if MAXIMA_CELL.fullmatch(fold(r.split("\t")[0]))]
    named_rows = [r for r in rows if r not in maxima] or rows
    _criteria_across(named_rows[0].split("\t") if len(named_rows) == 1 else merged_header(named_rows, width)[:width], roles,
                     issued, period)
    merged = merged_header(rows, width)[:width] if len(rows) > 1 else rows[0].split("\t") if rows else []
    for i, cell in enumerate(merged):
        heading = _criterion_heading(cell) if roles[i] == "value" and re.search(r"(?<!\w)diem(?!\w)", fold(cell)) else None
        if heading and heading.name != TOTAL and heading.extra:
            # 'Điểm nhóm chỉ tiêu Số hóa hồ sơ (/22)' beside the months' counts: that group's points
            limit = re.search(r"\(\s*(?:toi\s*da\s*:?\s*)?/?\s*(\d{1,3})\s*(?:diem\s*)?\)", fold(cell))
            roles[i] = "crit:" + heading.name + (f"|{limit.group(1)}" if limit else "")
    _places_down(named_rows, roles)
    _area_per_place(merged, roles)
    _ranked_by(merged, roles)
    for i, cell in enumerate(maxima[0].split("\t") if maxima else []):
        if i < len(roles) and (roles[i] or "").startswith("crit:") and "|" not in roles[i] \
                and re.fullmatch(r"\s*\d{1,3}(?:,\d+)?\s*", cell):
            roles[i] += "|" + cell.strip()      # 'Điểm tối đa | 18 | 20 | …' under the criteria: each one's maximum
    _grouped_columns(rows, roles)
    _counts_qualified(rows, roles)
    _timed_columns(rows, roles)
    if any(r and r.startswith("period@") for r in roles[:2]):
        _period_counts(rows, roles)             # ('STT | Tháng | …': the period in the second column)
    if len(rows) > 1:
        # a header wrapped over two rows: 'Điểm tháng' above '7/2026' heads one column of July's values
        merged = merged_header(rows, width)
        if roles[0] and roles[0].startswith("period@"):
            _month_rows_wrapped(merged, roles)
        for i in range(width):
            if roles[i] not in (None, "value"):
                continue
            joined = fold(merged[i])
            periods = find_periods(joined)
            if periods and re.search(r"diem|ket\s*qua|dat", joined) and not re.search(r"toi\s*da|xep\s*hang|phan\s*dau", joined):
                roles[i] = "value@" + periods[0][2]
        if all(r is None for r in roles):
            # every cell a fragment ('Lũy kế 10' over 'tháng', 'Riêng tháng' over '10/2026'): the columns as one row
            roles = header_roles(["\t".join(merged[:width])], issued, period)
        elif any(r in (None, "value") for r in roles):
            # some cells fragments ('Điểm tối' over 'đa', 'Điểm bị' over 'trừ', 'Xếp hạng' over '(/114)', 'Tháng'
            # over '10/2026', 'Tăng (+),' over 'giảm (-)'): what the column reads as one cell, where a row alone
            # said nothing, and the number ranked
            whole = header_roles(["\t".join(merged[:width])], issued, period)
            for i, role in enumerate(whole[:width]):
                if roles[i] == "value" and role == "max" and STATED_TOP.search(fold(merged[i])):
                    continue       # ('Tổng điểm (tối đa 100)')
                if roles[i] in (None, "value") and role in ("max", "deducted", "rank"):
                    roles[i] = role
                elif roles[i] is None and role and role.startswith(("value@", "change:")):
                    roles[i] = role
                out_of = re.search(r"\(\s*/\s*(\d{2,3})\s*\)", fold(merged[i]))
                if roles[i] == "rank" and out_of:
                    roles[i] = f"rank/{out_of.group(1)}"
    _change_since_first(roles)
    _steps_under_change(rows, roles)
    _weeks_across(merged_header(rows, width)[:width], roles, issued, period)
    if "place" in roles or "ownunit" in roles:
        _spanned_periods(rows, roles)
    if "place" in roles:
        before = None
        for i, cell in enumerate(merged_header(rows, width)[:width]):
            measured = _measured_column(cell) if roles[i] in (None, "value") else None
            if measured:
                # 'Kết quả giải quyết (kết quả) | Đã số hóa, ký số (kết quả) | Tỷ lệ (%) | Chưa số hóa (kết quả)'
                # beside 'Điểm nhóm Số hóa hồ sơ (/22)': each place's results counted, so handled, and their rate
                roles[i] = f"count:{measured[0]}|{measured[1]}"
                if i + 1 < width and roles[i + 1] == "rate" and re.match(r"(?:da|duoc)\s", fold(measured[1])):
                    roles[i + 1] = f"rate:Tỷ lệ {measured[0]} {measured[1]}"
                continue
            counted = _count_named(cell, bare=True) if roles[i] is None else None
            state = re.match(r"\s*(?:da|duoc)\s+[^\W\d]", fold(cell)) if roles[i] is None and not counted else None
            money = re.match(r"\s*so\s*tien\s+(?=[^\W\d])", fold(cell)) if roles[i] is None and not counted else None
            if money:
                said = cell[money.end():].strip()
                roles[i] = f"count:đồng|{said[:1].lower()}{said[1:]}"    # 'Số tiền thanh toán trực tuyến'
                continue
            if state and before:
                # 'Hồ sơ có phí, lệ phí | Đã thanh toán trực tuyến': those files, so handled (and 'Tỷ lệ (%)' after it,
                # their rate)
                done = f"{before[1]} {cell.strip()[:1].lower()}{cell.strip()[1:]}"
                roles[i] = f"count:{before[0]}|{done}"
                if i + 1 < width and roles[i + 1] == "rate":
                    roles[i + 1] = f"rate:Tỷ lệ {before[0]} {done}"
                continue
            if counted and re.match(r"co\s", fold(counted[1])):
                roles[i] = f"count:{counted[0]}|{counted[1]}"      # 'Hồ sơ có phí, lệ phí'
                before = counted
                continue
            if counted and DONE_TO.match(fold(counted[1])):
                # 'Xã | Hồ sơ tiếp nhận trong tháng | Hồ sơ tiếp nhận trực tuyến | … | Điểm nhóm DVCTT (/12)': each
                # place's files so counted beside its points (the month is the table's period, not in the name)
                said = re.sub(r"\s+trong\s+(?:tháng|quý|năm|kỳ)(?:\s+[\dIVX/]+)?$", "", counted[1])
                roles[i] = f"count:{counted[0]}|{said}"
    if any(r and r.startswith("value@") for r in roles):
        for i, cell in enumerate(merged_header(rows, width)[:width]):
            if roles[i] is None and UNIT_HEAD.fullmatch(fold(cell)):
                roles[i] = "unit"       # 'Đơn vị tính' beside period columns: the row's unit of measure
    for i, cell in enumerate(merged_header(rows, width)[:width]):
        if i >= 2 and (roles[i] or "").startswith("value@") and re.match(r"\s*(?:diem\s*)?(?:chi\s*tieu|muc\s*tieu|ke\s*hoach)\s*(?:phan\s*dau\s*)?(?:nam|thang|quy|den)\s",
                                                                           fold(cell)):
            roles[i] = "aim"    # 'Chỉ tiêu năm 2027' beside 'Bình quân 11 tháng năm 2026': the year's targets, not results
            #                     ('Kế hoạch năm 2026' beside 'Cả năm 2026' too)
    merged = merged_header(rows, width)[:width]
    for i, cell in enumerate(merged):
        if roles[i] == "value" and POINTS_GAP_HEAD.match(fold(cell)):
            # 'Thấp hơn bình quân Cụm (điểm)': a gap in points to another's total, not points got
            roles[i] = "gap:" + re.sub(r"\s*\(\s*điểm\s*\)\s*$", "", cell).strip()
    now = [i for i, cell in enumerate(merged) if i >= 2 and roles[i] is None and NOW_HEAD.match(fold(cell))]
    aims = [i for i, cell in enumerate(merged) if i >= 2 and roles[i] is None and AIMS_HEAD.match(fold(cell))]
    if now and aims and all(r is None for r in roles):
        # 'Hiện trạng (đến 31/10/2026) | Mục tiêu (đến 31/3/2027)': the state now is measured, the aim is not
        for i in now:
            day = re.search(r"(?<!\d)\d{1,2}\s*/\s*(\d{1,2})\s*/\s*(\d{4})", merged[i])
            roles[i] = f"value@{day.group(2)}-{int(day.group(1)):02d}" if day else "value"   # its month
    if not {"place", "ownunit", "unitrow"} & set(roles) and any((r or "").startswith("value@") for r in roles):
        _places_down(named_rows, roles)     # ('Điểm tháng' over '12/2026' read as that month only now)
    _deductions_and_bonus(rows, roles)
    _self_and_appraised(merged, roles)
    _periods_summed(merged, roles)
    _place_columns(merged, roles)
    if ("value" in roles or any((r or "").startswith("value@") for r in roles)) and not {"place", "ownunit", "unitrow"} & set(roles):
        _peer_columns(merged_header(rows, width)[:width], roles)     # (or 'Năm 2025 | Năm 2026 | Bình quân chung thành phố')
    _bloc_columns(merged_header(rows, width)[:width], roles)
    _targets_and_rates(rows, roles)
    _blocks_side_by_side(merged_header(rows, width)[:width], roles)
    _sipas_by_period(merged, roles)
    if len(rows) >= 2 and "\t" in rows[0]:
        _criteria_over_columns(rows, roles, header_roles(rows[:1], issued, period))
        _groups_over_periods(rows, roles)
    _group_rank(merged, roles)
    _ranks_under_periods(rows, roles)
    if "unit" in roles and any((r or "").startswith("value@") for r in roles):
        # 'Thực hiện năm 2026 | Chỉ tiêu năm 2027' spanning 'Quý I | … | Cả năm' beside an 'ĐVT': the columns under the
        # targets (_targets_and_rates left them without a role) are aims, told apart from the measured column
        for i in aimed_columns(rows, width):
            roles[i] = roles[i] or "aim"
    return roles


def _ranks_under_periods(rows: list[str], roles: list) -> None:
    """'Năm 2026' and 'Năm 2025' each spanning 'Điểm đạt | Tỷ lệ (%) | Xếp hạng': the rank under a period's heading
    is that period's, as the points beside it are ('rank' -> 'rank@2026')."""
    heads = _header_rows(rows)
    if len(heads) < 2 or roles.count("rank") < 2:
        return
    over = heads[-2].split("\t")
    def span_of(i: int) -> Optional[int]:
        return next((j for j in range(min(i, len(over) - 1), -1, -1) if over[j].strip()), None)
    for i, role in enumerate(roles):
        if role != "rank":
            continue
        j = span_of(i)
        beside = [roles[v] for v in range(j if j is not None else i, i) if (roles[v] or "").startswith("value@")
                  and span_of(v) == j]
        if j is not None and j < i and len(beside) == 1 and re.fullmatch(r"\s*(?:nam|thang|quy|ky)\b.*", fold(over[j])):
            roles[i] = "rank@" + beside[0][6:]


def _group_rank(merged: list[str], roles: list) -> None:
    """'Điểm nhóm DVCTT (/12) | Xếp hạng nhóm (/114)' in a table of places: the rank is that one group's, not the
    total's ('rank/114|Dịch vụ công trực tuyến')."""
    groups = {r[5:].partition("|")[0] for r in roles if r and r.startswith("crit:")} - {TOTAL}
    if len(groups) != 1:
        return
    for i, role in enumerate(roles):
        if role and re.fullmatch(r"rank/\d{2,3}", role) and i < len(merged) \
                and re.search(r"(?:xep|thu)\s*hang\s*(?:cua\s*)?nhom", fold(merged[i])):
            roles[i] = f"{role}|{next(iter(groups))}"


def _groups_over_periods(rows: list[str], roles: list) -> None:
    """A table with a month a row whose top header row spans each group over its points and its rank ('Tháng | Nhóm
    DVCTT (tối đa 12 điểm) | | Nhóm TTTT (tối đa 10 điểm) |' over '| Điểm | Thứ hạng | Điểm | Thứ hạng'): each points
    column that group's ('crit:Dịch vụ công trực tuyến|12'), each rank column its rank ('rank/|Dịch vụ công trực
    tuyến'), not the total's. (_criteria_over_columns reads the same header over a table of places.)"""
    if not (roles and (roles[0] or "").startswith("period@")):
        return
    heads = _header_rows(rows)
    if len(heads) < 2:
        return
    top, low = heads[0].split("\t"), heads[-1].split("\t")
    for i in range(1, len(roles) - 1):
        if i >= len(top) or not top[i].strip() or (i + 1 < len(top) and top[i + 1].strip()):
            continue
        entry = _criterion_heading(top[i])
        if entry is None or entry.name == TOTAL or i + 1 >= len(low):
            continue
        if not (re.fullmatch(r"\s*diem(?:\s*dat)?\s*", fold(low[i])) and re.fullmatch(r"\s*(?:thu|xep)\s*hang\s*", fold(low[i + 1]))):
            continue
        limit = LIMIT_IN_HEAD.search(fold(top[i]))
        roles[i] = f"crit:{entry.name}" + (f"|{limit.group(1)}" if limit else "")
        roles[i + 1] = f"rank/|{entry.name}"


def _criteria_over_columns(rows: list[str], roles: list, top_roles: list) -> None:
    """A table of places whose top header row spans a criterion over its points and its rank ('Đơn vị | Tiến độ giải
    quyết' over 'Điểm (tối đa 20) | Xếp hạng (/114)', then 'Tổng điểm Bộ chỉ số | Xếp hạng chung (/114)'): each points
    column that criterion's ('crit:Tiến độ giải quyết|20'), each rank its rank ('rank/114|Tiến độ giải quyết'); the
    total's stay the total's."""
    if "place" not in top_roles or any(r in ("place", "ownunit", "unitrow") for r in roles):
        return
    top = rows[0].split("\t")
    spanned = [i for i, r in enumerate(top_roles) if (r or "").startswith("crit:") and i + 1 < len(top)
               and not top[i + 1].strip() and i + 1 < len(roles) and (roles[i + 1] or "").startswith("rank")]
    if not spanned:
        return
    roles[top_roles.index("place")] = "place"
    for k in range(1, len(roles)):
        if roles[k] is None and k < len(top) and re.fullmatch(r"\s*trong\s*do\s*:?\s*", fold(top[k])) \
                and (roles[k - 1] or "").startswith("count:"):
            # 'Số hồ sơ quá hạn | Trong đó' over '| đất đai': the part of the count beside it, in that field
            part = " ".join(r.split("\t")[k].strip() for r in rows[1:] if k < len(r.split("\t"))).strip()
            if part and not re.search(r"\d", part):
                field = part if re.match(r"(?:linh\s*vuc|cac\s*linh\s*vuc)", fold(part)) else f"lĩnh vực {part}"
                roles[k] = f"{roles[k - 1]} {field}"
    for i in spanned:
        name = top_roles[i][5:].partition("|")[0]
        if name == TOTAL:
            continue
        below = " ".join(r.split("\t")[i] for r in rows[1:] if i < len(r.split("\t")))
        top_value = re.search(r"toi\s*da\s*(\d+(?:[,.]\d+)?)", fold(below))
        if roles[i] == "value":
            roles[i] = f"crit:{name}" + (f"|{parse_number(top_value.group(1)):g}" if top_value else "")
        bound = roles[i + 1][5:].partition("|")[0] if roles[i + 1].startswith("rank/") else ""
        roles[i + 1] = f"rank/{bound}|{name}" if bound else roles[i + 1]


def _sipas_by_period(merged: list[str], roles: list) -> None:
    """'Năm | Tiếp cận dịch vụ | Thủ tục hành chính | … | Chỉ số SIPAS' over rows 'Năm 2025', 'Năm 2026', 'Bình quân
    khối phường', 'Tăng (+), giảm (-) so với năm 2025': the part-indices as rates (role 'rate:Chỉ số hài lòng về …')
    and the index itself ('sipas'), each row a year, a mean or the change (metrics.py)."""
    if {"place", "ownunit", "unitrow"} & set(roles):
        return
    parts = {i: SIPAS_PART_NAMES[k] for i, c in enumerate(merged) for k, part in enumerate(SIPAS_PARTS) if part.fullmatch(fold(c))}
    if len(parts) < 3:
        return
    for i, cell in enumerate(merged):
        if i in parts:
            roles[i] = "rate:Chỉ số hài lòng về " + parts[i]
        elif re.fullmatch(r"\s*(?:chi\s*so\s*)?sipas(?:\s*\(\s*%\s*\))?\s*", fold(cell)):
            roles[i] = "sipas"
        elif roles[i] in ("value", "max"):
            roles[i] = None


def side_by_side_width(roles: list) -> int:
    """The width of one block of a table printed as blocks side by side ('Tháng | Tổng điểm | Xếp hạng | Tháng |
    Tổng điểm | Xếp hạng': two months a line), else 0."""
    by_period = roles[0] if roles and roles[0] and roles[0].startswith("period@") else None
    for k in range(2, len(roles) // 2 + 1):
        if by_period and len(roles) % k == 0 and all(roles[j] == roles[j % k] for j in range(len(roles))):
            return k
    return 0


def _blocks_side_by_side(merged: list[str], roles: list) -> None:
    """A month-a-row table whose header repeats its cells across the line: each block's columns take the first
    block's roles (_period_row reads each block of a row as a row of its own)."""
    if not (roles and roles[0] and roles[0].startswith("period@")):
        return
    heads = [fold(c).strip() for c in merged]
    for k in range(2, len(heads) // 2 + 1):
        if len(heads) % k == 0 and all(heads[j] and heads[j] == heads[j % k] for j in range(len(heads))) and \
                all(roles[j] is None or roles[j] == roles[j % k] for j in range(k, len(roles))):
            for j in range(k, len(roles)):
                roles[j] = roles[j % k]
            return


def last_spanned(top: list[str], j: int, width: int) -> int:
    """The last column a header cell heads when written once over the empty cells right of it."""
    k = j
    while k + 1 < width and (k + 1 >= len(top) or not top[k + 1].strip()):
        k += 1
    return k


POINTS_GAP_HEAD = re.compile(r"\s*(?:(?:thap|cao|kem)\s*hon|khoang\s*cach)(?!\w)")
NOW_HEAD = re.compile(r"\s*(?:hien\s*trang|thuc\s*trang)(?!\w)")      # 'Hiện trạng (đến 31/10/2026)'
AIMS_HEAD = re.compile(r"\s*(?:chi\s*tieu|ke\s*hoach|muc\s*tieu)(?!\w)")       # 'Chỉ tiêu đến ngày 31/12/2026'


def aimed_columns(rows: list[str], width: int) -> set[int]:
    """The columns under a first-row cell of targets written over two or more ('Chỉ tiêu đến ngày 31/12/2026'; one
    column headed 'Chỉ tiêu' names the rows)."""
    top = rows[0].split("\t") if len(rows) > 1 else []
    out: set[int] = set()
    for j, cell in enumerate(top[:width]):
        k = last_spanned(top, j, width) if AIMS_HEAD.match(fold(cell)) else j
        if k > j:
            out.update(range(j, k + 1))
    return out


def _targets_and_rates(rows: list[str], roles: list) -> None:
    """'Kết quả tháng 11/2026' over 'Tỷ lệ hồ sơ trực tuyến (%) | …' beside 'Chỉ tiêu đến ngày 31/12/2026' over the
    same: the targets' columns give no records, and a month's column of a rate ('(%)') is that rate, not points."""
    if len(rows) < 2:
        return
    merged = merged_header(rows, len(roles))
    aimed = aimed_columns(rows, len(roles))
    if not any(roles[i] == "plan" for i in aimed):      # (a plan's own column of targets is read beside what was done)
        for i in aimed:
            roles[i] = None             # ('Chỉ tiêu đến ngày 31/12/2026' over two columns: aims, not results)
    top = rows[0].split("\t") + [""] * len(roles)
    for i, role in enumerate(roles):
        rate = re.search(r"(?<!\w)(ty\s*le\s[^()%]{3,60}?)\s*\(\s*%\s*\)", fold(merged[i])) \
            if role and role.startswith("value@") else None
        if rate:
            roles[i] = "rate:" + merged[i][rate.start(1):rate.end(1)].strip()
            continue
        # ('Tỷ lệ trực tuyến (%)' over 'Năm 2026 | Năm 2025': the rate header spans the year after it, the earlier
        # year's rate, not a score)
        left = next((j for j in range(i - 1, -1, -1) if top[j].strip()), None) if role and role.startswith("value@") \
            and not top[i].strip() else None
        spanned = re.search(r"(?<!\w)(ty\s*le\s[^()%]{3,60}?)\s*\(\s*%\s*\)", fold(top[left])) if left is not None else None
        if spanned and last_spanned(top, left, len(roles)) >= i and (roles[left] or "").startswith("rate:"):
            said = top[left][spanned.start(1):spanned.end(1)].strip()
            when = role[6:]
            roles[i] = f"rate:{said} " + (f"năm {when}" if len(when) == 4 else f"tháng {int(when[5:7])}/{when[:4]}"
                                          if re.fullmatch(r"\d{4}-\d{2}", when) else when)


# a column of others' points beside the commune's own ('Bình quân Cụm', 'Cao nhất trong Cụm', 'Bình quân thành phố')
PEER_HEAD = re.compile(r"\s*((?:diem\s*)?(?:binh\s*quan|trung\s*binh|cao\s*nhat|thap\s*nhat)(?:\s*(?:chung|trong|cua|toan))*"
                       r"\s*(?:cum(?:\s*thi\s*dua)?|thanh\s*pho|tp|khoi\s*(?:xa|phuong)|114\s*don\s*vi))"
                       r"(?:\s*(?:nam\s*\d{4}|thang\s*\d{1,2}\s*/\s*\d{4}))?\s*(?:\(\s*(?:diem|%)\s*\))?\s*")   # '… năm 2026 (%)'
BLOC_HEAD = re.compile(r"\s*khoi\s*(?:xa|phuong|dac\s*khu)\s*")      # 'Khối phường': the wards' bloc
# the leading unit's column beside a commune's points ('Đơn vị dẫn đầu (*)', 'Điểm của đơn vị dẫn đầu')
LEADER_HEAD = re.compile(r"\s*(?:diem\s*)?(?:cua\s*)?don\s*vi\s*(?:dan\s*dau|xep\s*(?:thu\s*nhat|dau))(?:\s*(?:thanh\s*pho|tp|cum))?"
                         r"\s*(?:\(\s*\*{1,3}\s*\))?\s*")
# a column of the gap to them ('Kiến Minh so với cao nhất', 'Chênh lệch so với bình quân Cụm')
GAP_HEAD = re.compile(r".*?so\s*voi\s*((?:diem\s*)?(?:binh\s*quan|trung\s*binh|cao\s*nhat|thap\s*nhat).*?)\s*(?:\(\s*diem\s*%?\s*\))?\s*")
CITY_PEER = re.compile(r"(?:binh\s*quan|trung\s*binh)\s*(?:chung\s*)?(?:cua\s*)?(?:thanh\s*pho|tp)")   # the city's mean, as the gold names it


def _deductions_and_bonus(rows: list[str], roles: list) -> None:
    """'Điểm trừ theo nhóm chỉ tiêu' over 'Tiến độ giải quyết | Số hóa hồ sơ | …' beside 'Điểm thưởng | Điểm đạt': the
    points each group cost a unit ('lost:<criterion>') and its bonus ('bonus'), not scores."""
    if len(rows) < 2:
        return
    top = rows[0].split("\t") + [""] * len(roles)
    for j, cell in enumerate(top[:len(roles)]):
        if re.match(r"\s*(?:so\s*)?diem\s*(?:bi\s*)?tru(?!\w)", fold(cell)):
            for i in range(j, last_spanned(top, j, len(roles)) + 1):
                if (roles[i] or "").startswith("crit:"):
                    roles[i] = "lost:" + roles[i][5:].split("|")[0]
    for j, cell in enumerate(merged_header(rows, len(roles))[:len(roles)]):
        if re.fullmatch(r"\s*diem\s*thuong\s*", fold(cell)) and roles[j] == "value":
            roles[j] = "bonus"              # ('Điểm' over 'thưởng')


def _bare_number(cell: str) -> Optional[float]:
    """A cell holding only a number ('19,46', '18'), else None."""
    return parse_number(cell.strip()) if re.fullmatch(r"\s*\d+(?:[,.]\d+)?\s*", cell) else None


PLACE_HEAD = re.compile(r"\s*(?:xa|phuong|dac\s*khu)\s+[^\W\d].*")


def _top_cell(rows: list[str], i: int) -> str:
    """The first header row's cell over column `i` ('' where a heading to its left spans it)."""
    cells = rows[0].split("\t") if rows else []
    return cells[i].strip() if i < len(cells) else ""


def _place_columns(merged: list[str], roles: list) -> None:
    """'Nhóm chỉ tiêu | Điểm tối đa | Xã Yết Kiêu | Xã Tân Kỳ | Xã Trường Tân' in a city body's letter: each column
    one commune's points (and ranks, in a rank row), 'atplace:<commune>' (_places_across reads the rows)."""
    named = {i: _place_named(cell) for i, cell in enumerate(merged)
             if i >= 1 and roles[i] in (None, "value") and PLACE_HEAD.fullmatch(fold(cell))}
    named = {i: p for i, p in named.items() if p}
    if len(named) >= 2:
        for i, place in named.items():
            roles[i] = "atplace:" + place
    elif named and not any("%" in merged[i] for i in named) \
            and any(PEER_HEAD.fullmatch(fold(c)) or LEADER_HEAD.fullmatch(fold(c)) for c in merged):
        # 'Nhóm chỉ tiêu | Điểm tối đa | Phường Nguyễn Đại Năng | Bình quân thành phố | Đơn vị dẫn đầu': the ward's
        # own points beside others' (_peer_columns; not its rates, 'Phường Lê Thanh Nghị (%)')
        roles[next(iter(named))] = "value"


def _places_across(text: str, cells: list[str], name: str, roles: list) -> list[Hit]:
    """A row of a table whose columns are communes (_place_columns): the row's criterion's points of each, over the
    maximum column; a rank row ('Xếp hạng tháng 11/2026 (/114)') the total's rank of each. The row's own period
    ('Tổng điểm tháng 10/2026') is read where records are made."""
    bare = re.sub(r"\s*\(\s*/\s*\d{2,3}\s*\)", "", name)
    bare = re.sub(r"(?i)\s+(?:tháng\s*\d{1,2}\s*/\s*\d{4}|năm(?:\s*\d{4})?|quý\s*[IVX]+\s*/\s*\d{4})\s*$", "", bare).strip()
    out_of = re.search(r"\(\s*/\s*(\d{1,3})\s*\)", name)
    ranked = RANK_ROW.fullmatch(fold(bare)) or (re.fullmatch(r"\s*thu\s*tu\s*trong\s*cum\s*", fold(bare)) if out_of else None)
    entry = None if ranked else (criterion_of(bare, 0.8) or criterion_of(re.sub(r"\s*\([^()]*\)\s*$", "", bare), 0.8))
    quarter = None
    if not ranked and entry is None and PERIOD_ROW_NAME.fullmatch(fold(name)):
        # 'Quý I/2026 | 91,84 | 92,63 | …', 'Bình quân năm 2026 | 93,57 | …' under the communes: each one's total then
        # (a quarter has no period form)
        entry, quarter = criterion_of(TOTAL, 0.8), bool(re.match(r"\s*quy\s", fold(name)))
    if not ranked and entry is None:
        return []
    number = _bare_number
    top = next((number(cells[i]) for i, r in enumerate(roles) if r == "max" and i < len(cells)), None)
    if entry is not None and top is None and entry.extra and quarter is None:
        top = parse_number(entry.extra)          # (a period's row gives totals, their maximum unwritten)
    start = len(text) - len(text.lstrip())
    out = []
    for i, role in enumerate(roles):
        if not (role or "").startswith("atplace:") or i >= len(cells) or number(cells[i]) is None:
            continue
        value, place = number(cells[i]), role[len("atplace:"):]
        if ranked and float(value).is_integer():
            among = out_of.group(1) if out_of else ranked.groups()[0] if ranked.groups() else None
            out.append(Hit("rank", start, len(text), TOTAL, int(value), float(among) if among else None, None,
                           entity=place))
        elif entry is not None and (top is None or value <= top):
            out.append(Hit("score", start, len(text), entry.name, value, top, entry.kind or None,
                           period=NO_PERIOD if quarter else None, entity=place))
    return out


# a row named by its period alone in a table whose columns are communes ('Quý I/2026', 'Bình quân năm 2026', 'Tháng 10/2026')
PERIOD_ROW_NAME = re.compile(r"\s*(?:(?:diem\s*)?binh\s*quan\s*)?(?:quy\s*(?:iv|i{1,3})\s*/\s*\d{4}|nam\s*\d{4}|thang\s*\d{1,2}\s*/\s*\d{4})\s*")


def _periods_summed(merged: list[str], roles: list) -> None:
    """'Tháng 11/2026 | Tháng 12/2026 | Cộng' in a table of counts ('Cộng' over '6 tháng'): the last column is the
    months together (the span has no period form)."""
    for i, cell in enumerate(merged):
        if i >= 2 and roles[i] is None and re.fullmatch(r"\s*(?:tong\s*)?cong(?:\s*(?:\d{1,2}|sau|ba|chin)\s*thang)?\s*", fold(cell)) \
                and all(re.fullmatch(r"value@\d{4}-\d{2}", roles[j] or "") for j in (i - 1, i - 2)):
            roles[i] = "value@" + NO_PERIOD


SELF_HEAD = re.compile(r".*(?<!\w)tu\s*(?:danh\s*gia|cham)(?:\s*diem)?(?!\w).*")          # 'Xã tự đánh giá', 'Điểm tự chấm'
APPRAISED_HEAD = re.compile(r".*(?<!\w)(?:tham\s*dinh|hoi\s*dong)(?!\w).*")                # 'Hội đồng thẩm định'
CUT_HEAD = re.compile(r".*(?:dieu\s*chinh\s*giam|giam\s*(?:khi|sau)\s*tham\s*dinh|bi\s*giam).*")  # 'Số điểm điều chỉnh giảm'


def _self_and_appraised(merged: list[str], roles: list) -> None:
    """'Điểm tối đa | Xã tự đánh giá | Hội đồng thẩm định | Số điểm điều chỉnh giảm' in a PAR Index appraisal: the
    appraised points are the field's ('value'), what the commune gave itself is beside them ('self'), and the cut
    is points deducted."""
    free = [i for i, role in enumerate(roles) if i >= 2 and role in (None, "value", "deducted")]
    # ('Năm 2025 (thẩm định) | Năm 2026 (tự đánh giá)': two years compared, each column its year's)
    cuts = [i for i in free if CUT_HEAD.fullmatch(fold(merged[i]))]
    own = [i for i in free if i not in cuts and SELF_HEAD.fullmatch(fold(merged[i]))]
    judged = [i for i in free if i not in cuts + own and APPRAISED_HEAD.fullmatch(fold(merged[i]))]
    if not (own and judged and "max" in roles):
        return
    for i in own:
        roles[i] = "self"
    for i in judged:
        roles[i] = "value"
    for i in cuts:
        roles[i] = "deducted"


def _self_and_appraised_total(text: str, cells: list[str], name: str, roles: list) -> list[Hit]:
    """The total row of a PAR Index appraisal ('Cộng phần thẩm định | 70 | 66 | 60,75 | 5,25'): the points the
    commune gave itself and the appraised points, each over the maximum."""
    if not TOTAL_ROW_NAME.fullmatch(fold(name)):
        return []
    start = len(text) - len(text.lstrip())
    number = lambda i: _bare_number(cells[i]) if i < len(cells) else None
    top = next((number(i) for i, r in enumerate(roles) if r == "max"), None)
    out = []
    for role, said in (("self", "Điểm tự đánh giá"), ("value", "Điểm thẩm định")):
        value = next((number(i) for i, r in enumerate(roles) if r == role and number(i) is not None), None)
        if value is not None and (top is None or value <= top):
            out.append(Hit("score", start, len(text), said, value, top, "PAR Index"))
    return out


TOTAL_ROW_NAME = re.compile(r"\s*(?:tong\s*)?(?:cong|tong\s*diem|tong\s*so)(?:\s*(?:phan|cac\s*linh\s*vuc)\s*(?:tham\s*dinh)?)?\s*:?\s*")


def _bloc_columns(merged: list[str], roles: list) -> None:
    """'Nhóm chỉ tiêu | Điểm tối đa | Khối phường | Khối xã | Khối đặc khu': each bloc's mean of its units' points
    ('peer:bình quân khối phường'), metrics of each row's criterion, no one's score."""
    blocs = [i for i, cell in enumerate(merged) if i < len(roles) and roles[i] is None and BLOC_HEAD.fullmatch(fold(cell))]
    if len(blocs) >= 2 and "value" not in roles and not {"place", "ownunit", "unitrow"} & set(roles):
        for i in blocs:
            roles[i] = "peer:bình quân " + " ".join(merged[i].split()).lower()


def _peer_columns(merged: list[str], roles: list) -> None:
    """Columns beside a table of the commune's criteria that give others' points ('peer:bình quân Cụm') or the
    commune's gap to them ('gap:cao nhất trong Cụm', from 'Kiến Minh so với cao nhất' and the peer column's
    name): metrics of each row's criterion, not the commune's scores."""
    peers = {}
    for i, cell in enumerate(merged):
        lead = LEADER_HEAD.fullmatch(fold(cell)) if roles[i] is None or roles[i].startswith("count:") else None
        if lead:
            roles[i] = "peer:đơn vị dẫn đầu"        # 'Đơn vị dẫn đầu (*)': the best unit's points
            continue
        m = PEER_HEAD.fullmatch(fold(cell)) if roles[i] is None or roles[i].startswith("value@") else None
        if m:
            label = re.sub(r"^(?:Điểm|điểm)\s+", "", cell[m.start(1):m.end(1)].strip())
            label = "bình quân chung của thành phố" if CITY_PEER.fullmatch(fold(label)) else label
            peers[fold(label)] = label[:1].lower() + label[1:]
            roles[i] = "peer:" + peers[fold(label)]
    for i, cell in enumerate(merged):
        m = GAP_HEAD.fullmatch(fold(cell)) if roles[i] in (None, "value") else None
        if m:
            said = re.sub(r"^diem\s+", "", m.group(1).strip())
            said = "binh quan chung cua thanh pho" if CITY_PEER.fullmatch(said) else said
            label = next((v for k, v in peers.items() if k.startswith(said)), cell[m.start(1):m.end(1)].strip())
            roles[i] = "gap:" + label


def _change_since_first(roles: list) -> None:
    """'Tháng 4 | Tháng 5 | Tăng/giảm': the change since the earliest column's month; 'so với tháng 10' beside
    'Tổng điểm tháng 10/2026': that month's year."""
    periods_named = sorted(r[6:] for r in roles if r and r.startswith("value@"))
    months = {r.rsplit("@", 1)[1] for r in roles if r and "@" in r and re.search(r"@\d{4}-\d{2}$", r)}
    for i, role in enumerate(roles):
        bare = re.fullmatch(r"change:so với tháng (\d{1,2})", role or "")
        year = next((m[:4] for m in months if bare and int(m[5:]) == int(bare.group(1))), None)
        if year:
            roles[i] = f"{role}/{year}"
    for i, role in enumerate(roles):
        if role == "change:" and len(periods_named) >= 2 and len(periods_named[0]) == 7:
            roles[i] = f"change:so với tháng {int(periods_named[0][5:])}/{periods_named[0][:4]}"


UNIT_HEAD = re.compile(r"\s*(?:dvt|don\s*vi\s*tinh)\s*")
MAXIMA_CELL = re.compile(r"\s*(?:diem\s*)?toi\s*da\s*")      # 'Điểm tối đa | 18 | 20 | …': a row of the criteria's maxima


# a table row of the index's average ('Điểm bình quân Bộ chỉ số phục vụ người dân, doanh nghiệp'): its total
TOTAL_AVERAGE = re.compile(r"\s*tong\s*diem\s*(?:binh\s*quan|trung\s*binh)\s*(?:\(\s*diem\s*\))?\s*")
AVERAGE_OF_INDEX = re.compile(r"\s*(?:tong\s*)?diem\s*binh\s*quan\s*(?:cua\s*)?bo\s*chi\s*so")
CHANGE_HEAD = re.compile(r"\s*(?:tang\s*(?:\(\s*\+\s*\))?\s*[,/]?\s*giam\s*(?:\(\s*-\s*\))?|chenh\s*lech|thay\s*doi|\+\s*/\s*-|muc\s*(?:tang|giam))\s*"
                         + UNIT_NOTE + r"(?:\(\s*diem\s*\)\s*|diem\s*)?")   # ('Tăng (+), giảm (-) điểm', '… (điểm)')
SPAN_YEAR = re.compile(r"\s*(?:\d{1,2}|sau|chin)\s*thang(?:\s*(?:dau|cuoi))?(?:\s*nam)?\s*(\d{4})\s*(?:\(\s*\*+\s*\))?\s*")
SPAN = "|span"       # a value@ column of a span within that year ('6 tháng 2025'): compared by year, no period form


def _spans_compared(merged: list[str], roles: list) -> None:
    """'6 tháng' over '2025 (*)', 'So cùng kỳ (%)', 'ĐVT', 'Tăng (+),' over 'giảm (-)' in a table comparing two
    spans of a year: roles 'value@2025|span' (the year orders the columns, the record has no period form for
    it), 'ratio' (this span's value as a share of the other's), 'unit' (the row's unit of measure) and
    'change:'."""
    # ('6 tháng đầu' / 'năm 2026' beside '6 tháng cuối' / 'năm 2026': read as the year's columns until here)
    spans = [i for i, cell in enumerate(merged) if SPAN_YEAR.fullmatch(fold(cell)) and (
        roles[i] in (None, "value") or roles[i] == f"value@{SPAN_YEAR.fullmatch(fold(cell)).group(1)}")]
    if len(spans) < 2:
        return
    for i, cell in enumerate(merged):
        f = fold(cell)
        if i in spans:
            roles[i] = f"value@{SPAN_YEAR.fullmatch(f).group(1)}{SPAN}"
        elif roles[i] is not None:
            continue
        elif re.fullmatch(r"\s*(?:ty\s*le\s*)?so\s*(?:voi\s*)?cung\s*ky\s*(?:\(\s*%\s*\))?\s*", f):
            roles[i] = "ratio"
        elif UNIT_HEAD.fullmatch(f):
            roles[i] = "unit"
        elif CHANGE_HEAD.fullmatch(f):
            roles[i] = "change:"                      # 'Tăng (+),' over 'giảm (-)'


# a statistics form's columns ('Chỉ tiêu | Mã số | Đơn vị tính | Kỳ báo cáo | Lũy kế từ đầu năm')
FORM_REPORT = re.compile(r"\s*(?:so\s*lieu\s*|thuc\s*hien\s*)?(?:ky\s*bao\s*cao|ky\s*nay)\s*")
FORM_CUMULATIVE = re.compile(r"\s*(?:so\s*)?luy\s*ke(?:\s*(?:tu\s*dau\s*nam|den\s*ky\s*bao\s*cao|ca\s*nam))?\s*")
FORM_CODE = re.compile(r"\s*ma\s*so\s*")


def _report_form(merged: list[str], roles: list) -> None:
    """A statistics form ('Biểu số 01'): its 'Kỳ báo cáo' column gives the period the form reports on (role
    'report', the period set by the caller from 'Kỳ báo cáo: tháng 3/2026' above), 'Lũy kế từ đầu năm' the
    year to date ('cumulative'), 'Mã số' a row code ('code', no value) and 'Đơn vị tính' the row's unit."""
    folded = [fold(c) for c in merged]
    if not any(FORM_REPORT.fullmatch(f) for f in folded) or not any(FORM_CUMULATIVE.fullmatch(f) for f in folded):
        return
    for i, f in enumerate(folded):
        if FORM_REPORT.fullmatch(f):
            roles[i] = "report"
        elif FORM_CUMULATIVE.fullmatch(f):
            roles[i] = "cumulative:" + merged[i].strip()
        elif FORM_CODE.fullmatch(f):
            roles[i] = "code"
        elif UNIT_HEAD.fullmatch(f):
            roles[i] = "unit"


# a table of a plan's targets and what was done ('Chỉ tiêu | ĐVT | Kế hoạch năm 2026 | Thực hiện 9 tháng | Tỷ lệ % so
# với kế hoạch | Đánh giá'): the plan's cells are targets, not measurements
PLAN_HEAD = re.compile(r"\s*(?:ke\s*hoach|chi\s*tieu\s*(?:ke\s*hoach|giao|nam\s*\d{4}|(?:den|toi)\s.{2,30}|"
                       r"(?:thang|quy)\s*[\divx]{1,4}(?:\s*/\s*\d{4})?)|muc\s*tieu)"
                       r"(?:\s*(?:ca\s*)?nam(?:\s*\d{4})?|\s*giao)?\s*(?:\(\s*kh\s*\))?\s*")
ACTUAL_HEAD = re.compile(r"\s*(?:(?:ket\s*qua\s*|uoc\s*)?thuc\s*hien(?:\s+[^\W_]+){0,4}?|(?:ket\s*qua|thuc\s*hien)\s*(?:thang|quy|nam)\s*[\divx]{1,4}"
                         r"(?:\s*/\s*\d{4})?)\s*(?:\(\s*th\s*\))?\s*")
PLAN_RATIO = re.compile(r"\s*(?:(?:ty\s*le\s*%?|%)\s*so(?:\s*voi)?(?:\s*(?:ke\s*hoach|kh|chi\s*tieu))?|"
                        r"(?:ty\s*le\s*)?(?:th\s*/\s*kh|so\s*(?:voi\s*)?(?:ke\s*hoach|kh|chi\s*tieu)))"
                        r"(?:\s*nam\s*\d{4})?\s*(?:\(\s*%\s*\))?\s*")     # 'Tỷ lệ % so với kế hoạch', 'TH/KH (%)'
GRADE_HEAD = re.compile(r"\s*(?:ket\s*qua\s*)?(?:danh\s*gia|xep\s*loai|muc\s*do\s*hoan\s*thanh)\s*")


def is_plan(roles: Optional[list]) -> bool:
    """A plan's table: a column of what was done beside its targets (roles 'actual', 'actual@<period>')."""
    return any(r and r.startswith("actual") for r in roles or [])


def _plan_and_actual(merged: list[str], roles: list) -> None:
    """A plan's targets beside what was done: roles 'plan' (targets, no records), 'actual' (the row's measured
    value), 'ratio:so với <the plan's column>' (done as a share of the plan, in %), 'unit' (ĐVT) and 'grade'
    ('Đánh giá': Đạt / Chưa đạt, words)."""
    folded = [fold(c) for c in merged]
    plan = [i for i, f in enumerate(folded) if PLAN_HEAD.fullmatch(f)]
    actual = [i for i, f in enumerate(folded) if ACTUAL_HEAD.fullmatch(f) and i not in plan]
    if not plan or len(actual) != 1:
        return
    against = merged[plan[0]].strip()
    against = re.sub(r"\s*\(\s*KH\s*\)\s*$", "", against[:1].lower() + against[1:])
    for i, f in enumerate(folded):
        if i in plan:
            roles[i] = "plan"
        elif i in actual:
            periods = find_periods(f)
            roles[i] = "actual" + (f"@{periods[0][2]}" if periods else "")     # 'Kết quả tháng 5/2026': that month's
        elif PLAN_RATIO.fullmatch(f):
            roles[i] = "ratio:so với " + against
        elif UNIT_HEAD.fullmatch(f):
            roles[i] = "unit"
        elif GRADE_HEAD.fullmatch(f):
            roles[i] = "grade"


ROUND_HEAD = re.compile(r"\s*(dot\s*(?:[ivx]+|\d{1,2})\s*(?:/|nam)\s*\d{4})\s*(\(\s*%\s*\))?\s*")


SOURCE_HEAD = re.compile(r"\s*((?:so\s*lieu\s*)?theo\s+[^\d()]{3,40}?|so\s*lieu\s*(?:(?:cua|tren)\s+)?[^\d()]{3,40}?)\s*(\(\s*%\s*\))?\s*")


def _rounds_compared(merged: list[str], roles: list) -> None:
    """'Nội dung đánh giá | Đợt I/2026 (%) | Đợt II/2026 (%) | Tăng (+), giảm (-) (điểm %)': rounds of a survey
    compared, roles 'round:<đợt I/2026>|<% or empty>' in order and 'change:' for the signed column."""
    rounds = [(i, ROUND_HEAD.fullmatch(fold(c))) for i, c in enumerate(merged)]
    rounds = [(i, m) for i, m in rounds if m and roles[i] in (None, "value")]
    sources = [(i, SOURCE_HEAD.fullmatch(fold(c))) for i, c in enumerate(merged)]
    sources = [(i, m) for i, m in sources if m and roles[i] in (None, "value")]
    by_source = len(rounds) < 2 and len(sources) == 2
    if by_source:
        # 'Theo báo cáo của xã | Theo Hệ thống | Chênh lệch': the same figures from two sources, and their gap
        # ('Số liệu thành phố | Số liệu phường | Chênh lệch (TP - phường)': the same, 'theo' unsaid)
        rounds = sources
    if len(rounds) < 2:
        return
    for i, m in rounds:
        label = merged[i].strip()[m.start(1):m.end(1)]
        label = f"theo {label[0].lower()}{label[1:]}" if by_source and not fold(label).startswith("theo") else label
        roles[i] = f"round:{label[0].lower()}{label[1:]}|{'%' if m.group(2) else ''}"
    for i, cell in enumerate(merged):
        if roles[i] is None and CHANGE_HEAD.match(fold(cell)):
            roles[i] = "change:"


def is_form_letters(text: str) -> bool:
    """The row of column letters and numbers under a statistics form's header ('A | B | C | 1 | 2')."""
    cells = [c.strip() for c in text.split("\t")]
    return len(cells) >= 3 and all(re.fullmatch(r"[A-Za-z]|\d{1,2}|\(\s*(?:[A-Za-z]|\d{1,2})\s*\)", c) for c in cells) \
        and any(c.isalpha() for c in cells)


def column_period(role: str) -> str:
    """The period a 'value@' column gives its values: NO_PERIOD for a span ('value@2025|span') or a quarter
    ('value@2026-q1|quý I/2026')."""
    return NO_PERIOD if "|" in role else role[6:]


def column_label(role: str) -> Optional[str]:
    """The name a 'value@' column gives its values besides its period ('quý I/2026'), None for the others."""
    label = role.partition("|")[2]
    return label if label and not role.endswith(SPAN) else None


SATISFACTION_LEVEL = re.compile(r"\s*(?:ty\s*le\s*)?((?:rat\s*|chua\s*|khong\s*)?hai\s*long(?:\s*chung)?)\s*(?:\(\s*[*%]\s*\))?\s*")


LEVEL_COUNT = re.compile(r"\s*(?:(?:rat\s*|chua\s*|khong\s*)?hai\s*long|binh\s*thuong)\s*")
LEVEL_ROLE = "count:lượt|đánh giá "        # a column of answers at one level ('đánh giá hài lòng'), metrics.py names them


def _levels_of_satisfaction(rows: list[str], roles: list) -> None:
    """'Rất hài lòng | Hài lòng | Chưa hài lòng | Tỷ lệ hài lòng chung (*)' (maybe wrapped: 'Rất' over 'hài lòng'):
    the share of answers at each level, role 'rate:Tỷ lệ rất hài lòng' …, where two columns or more are such."""
    merged = merged_header(rows, len(roles))[:len(roles)]
    levels = [i for i, c in enumerate(merged) if roles[i] in (None, "rate") and SATISFACTION_LEVEL.fullmatch(fold(c))]
    plain = [i for i, c in enumerate(merged) if roles[i] is None and LEVEL_COUNT.fullmatch(fold(c))]
    if len(plain) >= 2 and any(re.search(r"\(\s*%\s*\)", c) for c in merged):
        # 'Hài lòng | Bình thường | Không hài lòng | Tỷ lệ hài lòng (%)': how many answers at each level (in what the
        # table's unit line counts, records.py), the share in the column that says '%'
        for i in plain:
            roles[i] = LEVEL_ROLE + re.sub(r"\s+", " ", merged[i]).strip().lower()
        return
    if len(levels) >= 2:
        for i in levels:
            name = re.sub(r"\s*\([^()]*\)\s*$", "", merged[i]).strip()
            name = name if fold(name).startswith("ty le") else "Tỷ lệ " + name[:1].lower() + name[1:]
            roles[i] = "rate:" + name


def _month_rows_wrapped(merged: list[str], roles: list) -> None:
    """A header with a month a row wrapped over two rows ('Xếp hạng' over '(/114)', 'Tăng (+), giảm (-) bậc'
    over 'so với tháng trước'): the rank's total and the change column read from the whole column."""
    for i, cell in enumerate(merged[:len(roles)]):
        f = fold(cell)
        out_of = re.search(r"\(\s*/?\s*(\d{2,3})\s*\)", f)       # ('(114)': a scan that lost the slash)
        against = re.search(r"(?<!\w)so\s*voi(?!\w)", f)
        if out_of and re.search(r"xep\s*hang|thu\s*hang", f):
            roles[i] = f"rank/{out_of.group(1)}"
        elif against and re.search(r"tang|giam", f[:against.start()]) and roles[i] in (None, "rank", "value"):
            # 'steps:' a change in rank ('… bậc'), 'change:' in points
            kind = "steps:" if re.search(r"(?<!\w)bac(?!\w)|thu\s*hang|xep\s*hang", f[:against.start()]) else "change:"
            roles[i] = kind + cell[against.start():].strip()


def _criteria_across(cells: list[str], roles: list, issued: Optional[str], period: Optional[str]) -> None:
    """'Kỳ đánh giá | CKMB | TĐGQ | … | Tổng điểm | Xếp hạng/114': the criteria are the columns and each row
    is a period ('Tháng 9/2026 | 18 | 19,9 | …'); roles 'crit:<name>' (or 'crit:<name>|<max>' where the
    header gives the maximum) and a 'period@' first column."""
    named = [(i, _criterion_heading(c) or _clipped_criterion(LIMIT_IN_HEAD.sub("", c),
                                                             _limit_of(c))) for i, c in enumerate(cells)]
    named = [(i, e) for i, e in named if e]       # ('DVC trực' / 'tuyến' / '(12)': clipped, confirmed by its maximum)
    # ('Tỷ lệ hồ sơ có phí, lệ phí thanh toán trực tuyến (%)' names a rate, not the group 'Thanh toán trực tuyến')
    named = [(i, e) for i, e in named if not re.match(r"\s*ty\s*le(?!\w)", fold(cells[i])) and "(%)" not in cells[i]]
    groups = [e for _, e in named if e.name != TOTAL]
    totals = [i for i, c in enumerate(cells) if re.match(r"\s*tong\s*diem(?!\w)", fold(c)) and i not in dict(named)]
    # ('Kỳ đánh giá | Điểm nhóm Mức độ hài lòng (tối đa 18) | Xếp hạng của nhóm (/114) | Tổng điểm Bộ chỉ số (/100)':
    # one group month by month, its rank and the total beside it)
    one_group = len(groups) == 1 and bool(totals or any(re.search(r"hang\s*(?:cua\s*)?nhom", fold(c)) for c in cells))
    at = 1 if len(cells) > 1 and re.fullmatch(r"\s*s?tt\s*", fold(cells[0])) and one_group else 0   # ('TT | Kỳ đánh giá | …')
    if (len(groups) < 2 and not one_group) or not cells or \
            not re.fullmatch(r"\s*(?:ky(?:\s*danh\s*gia|\s*bao\s*cao)?|thang|thoi\s*gian|giai\s*doan)\s*", fold(cells[at])):
        return
    roles[at] = f"period@{issued or ''}|{period or ''}"
    for i, entry in named:
        limit = LIMIT_IN_HEAD.search(fold(cells[i]))       # 'Tiến độ giải quyết (tối đa 20)'
        roles[i] = "crit:" + entry.name + (f"|{limit.group(1)}" if limit else "")
    for i in totals:
        top = re.search(r"\(\s*/\s*(100)\s*\)", fold(cells[i]))
        roles[i] = "crit:" + TOTAL + (f"|{top.group(1)}" if top else "")      # ('Tổng điểm … (/100)')
    for i, cell in enumerate(cells):
        out_of = re.search(r"(?:xep|thu)\s*hang\s*(?:cua\s*)?(nhom\s*)?\(?\s*/\s*(\d{2,3})", fold(cell))
        if out_of:
            # 'Xếp hạng/114'; 'Xếp hạng của nhóm (/114)' beside one group: that group's rank
            roles[i] = f"rank/{out_of.group(2)}" + (f"|{groups[0].name}" if out_of.group(1) and one_group else "")


def _limit_of(cell: str) -> Optional[float]:
    limit = LIMIT_IN_HEAD.search(fold(cell))
    return parse_number(limit.group(1)) if limit else None


PLACE_COLUMN = re.compile(r"\s*(?:ten\s*)?(?:don\s*vi(?:\s*hanh\s*chinh)?|dia\s*phuong|tap\s*the(?:\s*(?:duoc\s*)?khen\s*thuong)?|(?:xa|phuong)\s*(?:,|/)?\s*(?:phuong|xa)"
                          r"(?:\s*(?:,|/)?\s*dac\s*khu)?|xa|phuong)\s*")       # ('Xã' over 'Thanh Hà', 'Hà Bắc', …)
LIMIT_IN_HEAD = re.compile(r"\(\s*(?:(?:toi\s*da|max|thang\s*diem)\s*:?\s*)?(\d{1,3})(?:\s*diem)?\s*\)")   # '(tối đa 20)', '(20)'
# the group a clause goes back to: 'nhóm này', '…, là nhóm có thứ hạng thấp nhất' (the one just scored)
THIS_GROUP = re.compile(r"(?<!\w)(?:nhom\s*(?:chi\s*tieu\s*)?nay|la\s*nhom|(?:thu|xep)\s*hang\s*cua\s*nhom|"
                        r"nhom\s*chi\s*tieu(?=\s*(?:chi\s*)?dat\s*\d))(?!\w)")     # ('Riêng tháng 12, nhóm chỉ tiêu đạt 9,06/10')
# ('…; thứ hạng của nhóm cải thiện 21 bậc, lên vị trí 44/114': the group's rank)
UNITS_ON_AVERAGE = re.compile(r"cua\s*(?:\d{1,3}|cac)\s*(?:xa|phuong|dac\s*khu|don\s*vi)(?:\s*nay)?\s*(?:tren\s*|tinh\s*)?(?:binh\s*quan|trung\s*binh)"
                              r"|(?:binh\s*quan|trung\s*binh)\s*(?:chung\s*)?(?:cua\s*)?cum(?:\s*thi\s*dua)?\s*(?:dat|la|:)?\s*$")   # '(bình quân Cụm đạt 18,74/22 điểm)'
# the mean of all the city's units ('bình quân chung của thành phố', '… của 114 xã, phường, đặc khu')
CITY_MEAN_PHRASE = (r"binh\s*quan\s*(?:chung(?:\s*cua\s*(?:toan\s*)?thanh\s*pho|\s*cua\s*(?:114|cac)\s*xa\s*,\s*phuong(?:\s*,\s*dac\s*khu)?)?"
                    r"|toan\s*thanh\s*pho)")      # ('…; bình quân toàn thành phố đạt 92,70 điểm')
# ('… bình quân chung của thành phố tháng 12/2026 là 93,12 điểm': with its period and verb between)
CITY_MEAN = re.compile(CITY_MEAN_PHRASE + r"(?:\s*(?:thang|quy|nam)\s*[\divx]{1,4}(?:\s*/\s*\d{4})?)?\s*(?:(?:la|dat)\s*)?$")
# the span a mean of units is taken over, between 'bình quân' and 'của' ('… năm 2026 của', '… quý IV/2026 của', '… năm của')
MEAN_SPAN = r"(?:(?:nam|thang)\s*(?:\d{1,2}\s*/\s*)?\d{4}\s*|quy\s*(?:iv|i{1,3}|[1-4])\s*(?:/|nam)\s*\d{4}\s*|nam\s*(?=cua))?"
AVERAGE_OF_UNITS = re.compile(r"(?:binh\s*quan|trung\s*binh)\s*(?:chung\s*)?(?:nhom\s*chi\s*tieu\s*(?:nay\s*)?|bo\s*chi\s*so\s*"   # ('… nhóm chỉ tiêu này của 114 xã')
                              r"|nhom\s*(?:chi\s*tieu\s*)?[^\W\d][^\d();.:,]{2,40}?\s*(?=cua\s*(?:\d{2,3}|cac)\s))?"   # ('… nhóm Số hóa hồ sơ của 114 …')
                              + MEAN_SPAN + r"cua\s*"
                              r"(?:(?:\d{2,3}|cac)\s*(?:xa|phuong|dac\s*khu|don\s*vi|dia\s*phuong|tinh|quay)"   # ('… của 34 tỉnh, thành phố', '… của 06 quầy')
                              r"|cum(?:\s*thi\s*dua)?(?!\w))"      # ('điểm bình quân của Cụm': a Cụm thi đua's units)
                              r"|(?<!\w)khoi\s*(?:phuong|xa|dac\s*khu)(?!\w)")     # ('khối phường bình quân đạt 94,38 điểm')
# 'Nhóm chỉ tiêu đạt thấp nhất', '… (so với điểm tối đa)'
NAMED_GROUP_HEAD = re.compile(r"\s*nhom\s*chi\s*tieu(?:\s+[^\W\d]+){1,5}(?:\s*\(\s*so\s*voi\s*(?:diem\s*)?toi\s*da\s*\))?\s*")
# 'Điểm đạt/Điểm tối đa', 'Điểm nhóm (đạt/tối đa)'
POINTS_PAIR_HEAD = re.compile(r"\s*diem\s*(?:dat\s*/\s*(?:diem\s*)?toi\s*da|nhom\s*\(\s*dat\s*/\s*toi\s*da\s*\)|"
                              r"binh\s*quan\s*cua\s*nhom)\s*")       # ('Điểm bình quân của nhóm': '7,02/12')
UNITS_COLUMN = re.compile(r"\s*(?:phong\s*,\s*don\s*vi|co\s*quan\s*,\s*don\s*vi|phong\s*,\s*ban(?:\s*,\s*don\s*vi)?)\s*")


COLUMN_UNIT = re.compile(r"\(\s*(" + UNIT_NOTE_WORDS + r")\s*\)\s*$")      # on the folded cell


def header_units(rows: list[str]) -> list[Optional[str]]:
    """The unit each column's header gives in parentheses ('Quý I/2026' over '(%)': '%'; 'Thay đổi' over
    '(điểm %)': 'điểm phần trăm'), None where it gives none."""
    if not rows or all("\t" not in r for r in rows):
        return []
    units = []
    for cell in merged_header(rows):
        m = COLUMN_UNIT.search(fold(cell).strip())
        units.append(None if not m else "%" if m.group(1) == "%" else "điểm phần trăm")
    return units


def wraps_header_cell(row: str) -> bool:
    """A header row going on under the one above: its first cell empty, or the rest of the first cell's
    words ('trong Cụm' under 'Thứ tự'), lower case and with no figure."""
    first = row.split("\t", 1)[0].strip()
    return not first or ("\t" in row and first[:1].islower() and not re.search(r"\d", first))


def header_start(rows: list[str]) -> int:
    """The first row of the last header in `rows` (a header repeated after a page break starts again)."""
    return max(i for i, r in enumerate(rows) if not (wraps_header_cell(r) or _first_cell_wraps(r, rows[0]) or _wholes_row(r))
               or i == 0)


def _wholes_row(row: str) -> bool:
    """'(/114) | | | (/114)' under 'Xếp hạng | Đơn vị | …': the wholes of the ranks above, the header going on."""
    cells = [c.strip() for c in row.split("\t") if c.strip()]
    return bool(cells) and all(re.fullmatch(r"\(\s*/\s*\d{2,3}\s*\)", c) for c in cells)


def _first_cell_wraps(row: str, top: str) -> bool:
    """'Cụm | | điều hành | QPPL | … | (/67)' under 'Hạng | … ' / 'trong | …': the first cell's last word capitalised,
    the other cells going on in small letters (a header repeated after a page break opens as the first did)."""
    first, _, rest = row.partition("\t")
    cells = [c.strip() for c in rest.split("\t") if c.strip()]
    if not rest or re.search(r"\d", first) or fold(first.strip()) == fold(top.split("\t", 1)[0].strip()) or len(cells) < 3:
        return False
    going_on = [c for c in cells if c[:1].islower() or c[:1] in "(/" or re.match(r"\d{4}\b", c)]
    return len(going_on) >= 0.6 * len(cells)


def merged_header(rows: list[str], width: int = 0) -> list[str]:
    """A header wrapped over several rows read column by column ('Số hồ sơ' over 'tiếp nhận': 'Số hồ sơ tiếp
    nhận'); the rows of the last header only (a header repeated after a page break starts again); at least
    `width` cells."""
    if not rows:
        return [""] * width
    rows = naming_rows(rows)
    start = header_start(rows)
    split = [r.split("\t") for r in rows[start:]]
    width = max([width] + [len(c) for c in split])
    return [" ".join(c[i].strip() for c in split if i < len(c) and c[i].strip()) for i in range(width)]


def _grouped_columns(rows: list[str], roles: list) -> None:
    """A heading written once over the columns it groups ('Nộp trực tuyến toàn trình' over 'Số hồ sơ | Tỷ lệ
    (%)', the cells right of it left empty): each column's count or rate of that ('count:hồ sơ|nộp trực
    tuyến toàn trình', 'rate:Tỷ lệ nộp trực tuyến toàn trình'); footnote marks ('(*)') dropped."""
    start = header_start(rows) if rows else 0
    if len(rows) - start != 2:
        return
    top, sub = ([c.strip() for c in r.split("\t")] for r in rows[start:])
    width = min(len(roles), len(sub))
    for j in range(min(len(top), width)):
        k = j
        while top[j] and k + 1 < width and (k + 1 >= len(top) or not top[k + 1]) and sub[k + 1]:
            k += 1
        if k == j:
            continue
        group = re.sub(r"\s*\(\s*\**\s*\)", "", top[j]).strip()
        group = group[:1].lower() + group[1:]
        for i in range(j, k + 1):
            f = fold(sub[i])
            count = re.fullmatch(r"\s*(?:tong\s*)?so\s+(?:luong\s+)?(.+?)\s*", f)
            measure = lookup("measures", sub[i][count.start(1):count.end(1)]) if count else None
            if measure:
                roles[i] = f"count:{measure.name}|{group}"
            elif re.fullmatch(r"\s*ty\s*le\s*(?:\(\s*%\s*\))?\s*", f):
                roles[i] = f"rate:Tỷ lệ {group}"


def _counts_qualified(rows: list[str], roles: list) -> None:
    """'Số phiếu hài lòng,' over 'rất hài lòng', 'Hồ sơ quá hạn' over '(hồ sơ)': a count of a measure with
    what qualifies it, its header maybe wrapped over rows; role 'count:<measure>|<qualifier>'."""
    for i, cell in enumerate(merged_header(rows, len(roles))[:len(roles)]):
        if roles[i] is not None and not (roles[i].startswith("count:") and "|" not in roles[i]):
            continue        # ('Tổng số hồ sơ' over 'tiếp nhận': a count that goes on below)
        unit = re.search(r"\s*\(\s*([^()]+?)\s*\)\s*$", cell)
        said = lookup("measures", unit.group(1)) if unit else None
        if said:
            cell = cell[:unit.start()]          # 'Hồ sơ quá hạn' over '(hồ sơ)': the unit says it is a count
        if AIMS_HEAD.match(fold(cell)):
            roles[i] = None                     # 'Chỉ tiêu thành phố giao (%)': targets, not counts
            continue
        counted = _count_named(cell, bare=bool(unit))
        if counted:
            roles[i] = f"count:{counted[0]}|{counted[1]}"
        elif said and said.name != "%" and re.fullmatch(r"[^\W\d][^\d()]{2,60}", cell.strip()):
            # 'Đã thanh toán trực tuyến (hồ sơ)': files, so handled
            roles[i] = f"count:{said.name}|{cell.strip()[:1].lower()}{cell.strip()[1:]}"


def _timed_columns(rows: list[str], roles: list) -> None:
    """'Thời gian chờ' over 'bình quân (phút)', 'Thời gian giải quyết bình quân thực tế (ngày làm việc)': a column of
    times in minutes or days, role 'time:<unit>|<name>'."""
    for i, cell in enumerate(merged_header(rows, len(roles))[:len(roles)]):
        timed = re.fullmatch(r"\s*((?:thời gian|thời hạn)\b[^()]{2,80}?)\s*\(\s*(phút|ngày(?: làm việc)?)\s*\)\s*", cell, flags=re.I)
        if roles[i] is None and timed:
            name = re.sub(r"\s+", " ", timed.group(1)).strip()
            roles[i] = f"time:{timed.group(2).lower()}|{name[:1].upper()}{name[1:]}"


def _count_named(cell: str, bare: bool = False) -> Optional[tuple[str, str]]:
    """'Số phiếu hài lòng, rất hài lòng' -> ('phiếu', 'hài lòng, rất hài lòng'): the measure a header cell counts and
    what qualifies it; with `bare`, 'Hồ sơ tiếp nhận' (no 'Số') counts too. None when it names no measure."""
    from extractors.gazetteer import regex_for
    f = fold(cell)
    lead = re.match(r"\s*(?:tong\s*)?so\s+(?:luong\s+)?", f) or (re.match(r"\s*", f) if bare else None)
    said = regex_for("measures").match(f, lead.end()) if lead else None
    measure = lookup("measures", cell[said.start():said.end()]) if said else None
    qualifier = cell[said.end():].strip(" ,") if said else ""
    written = cell[said.start():said.end()] if said else ""
    if measure and fold(written).startswith(fold(measure.name) + " "):
        # 'Thư xin lỗi đã gửi': the words its spelling adds to the unit ('thư') say what is counted
        qualifier = f"{written[len(measure.name):].strip()} {qualifier}".strip()
    return (measure.name, qualifier) if measure and re.search(r"[^\W\d]", qualifier) else None


def _measured_column(cell: str) -> Optional[tuple[str, str]]:
    """'Kết quả giải quyết (kết quả)' -> ('kết quả', 'giải quyết'), 'Chưa số hóa (kết quả)' -> ('kết quả', 'chưa số
    hóa'): a header cell that says in parentheses what it counts in; None for points, rates and a cell without."""
    said = re.fullmatch(r"\s*(\S.*?)\s*\(\s*([^\W\d][^()\d]{0,14}?)\s*\)\s*", cell)
    measure = lookup("measures", said.group(2)) if said else None
    if not measure or measure.name in ("điểm", "%", "bậc") or not re.search(r"[^\W\d]", said.group(1)):
        return None
    name = said.group(1)
    counted = _count_named(name, bare=True)
    if counted and counted[0] == measure.name:
        return counted                          # 'Kết quả giải quyết (kết quả)': the measure named in the cell too
    return measure.name, f"{name[:1].lower()}{name[1:]}"


# what was done to the counted things, leading a column's name ('Nộp qua ứng dụng VNeID', 'Tiếp nhận trực tuyến')
DONE_TO = re.compile(r"(?:nop|tiep\s*nhan|tra|giai\s*quyet|chuyen|gui|xu\s*ly|thanh\s*toan)\s")
TIMELINESS = re.compile(r"\s*(?:qua|tre|dung|truoc)\s*han\s*")


def _period_counts(rows: list[str], roles: list, measure: Optional[str] = None) -> None:
    """A table with a period a row whose columns are counts named without 'Số' ('Tuần | Hồ sơ tiếp nhận | Trong đó
    nộp trực tuyến | Hồ sơ đã giải quyết' over 'Đúng hạn | Trễ hạn' | 'Giao dịch thanh toán trực tuyến'): a cell
    heading the empty one after it heads both sub-columns below; 'Trong đó' a part of the count before it.
    `measure`: what the table's unit line says every column counts ('Đơn vị tính: hồ sơ' over 'Tiếp nhận mới |
    Giải quyết đúng hạn | …'), what columns naming no measure count."""
    split = [r.split("\t") for r in rows[:1]]
    top = split[0] + [""] * (len(roles) - len(split[0]))
    # (the rows below the first read column by column: 'Tổng số | Trong đó' over '| trực tuyến')
    low = (merged_header(rows[1:], len(roles)) if len(rows) > 1 else []) + [""] * len(roles)
    group, measure_before, qualifier_before = "", measure, ""
    first = next(i for i, r in enumerate(roles) if r and r.startswith("period@")) + 1
    for i in range(first, len(roles)):
        head, sub = top[i].strip(), low[i].strip()
        if head:
            group = head if sub and i + 1 < len(roles) and not top[i + 1].strip() and low[i + 1].strip() else ""
        if group and re.fullmatch(r"\s*tong\s*(?:so|cong)?\s*", fold(sub)):
            sub = ""                    # 'Hồ sơ tiếp nhận' over 'Tổng số': the count itself
        name = f"{group} {sub}".strip() if group and (not head or head == group) else f"{head} {sub}".strip()
        if group and re.match(r"\s*trong\s*do", fold(sub)):
            name = sub                  # '… | Trong đó' / 'trực tuyến' under it: a part of the count before
        if group and sub and measure_before and re.fullmatch(r"\s*(?:chia\s*)?theo\s*(?:nguyen\s*nhan|ly\s*do)\s*", fold(group)) \
                and roles[i] is None:
            # 'Hồ sơ chưa đồng bộ | Chia theo nguyên nhân' over 'Sai, trùng mã hồ sơ | Lỗi kết nối, đường truyền | …': the
            # count before, by each cause
            roles[i] = f"count:{measure_before}|{qualifier_before} do {sub[:1].lower()}{sub[1:]}".replace("| do", "|do")
            continue
        money = MONEY_HEAD.fullmatch(fold(sub)) if group else None
        if money and not money.group(1) and roles[i] in (None, "value"):
            # 'Nộp trực tuyến' over 'Hồ sơ | Số tiền (đồng)': the money paid that way
            roles[i] = f"count:{'triệu đồng' if money.group(3) else 'đồng'}|{group[:1].lower()}{group[1:]}"
            continue
        if group and sub and lookup("measures", sub) and DONE_TO.match(fold(group) + " "):
            name = group                # ('Nộp trực tuyến' over 'Hồ sơ': the files paid that way)
        money = MONEY_HEAD.fullmatch(fold(name))
        if money and money.group(1) and money.group(2) and roles[i] in (None, "value"):
            # 'Số tiền thu' / 'trực tuyến' / '(triệu đồng)': the money so collected
            said = name[money.start(1):money.end(1)]
            roles[i] = f"count:{'triệu đồng' if money.group(3) else 'đồng'}|{said[:1].lower()}{said[1:]}"
            continue
        if AIMS_HEAD.match(fold(name)):
            continue                    # 'Chỉ tiêu thành phố giao (%)': the targets, not a count
        part = re.match(r"\s*trong\s*do\s*:?\s*", fold(name))
        if part and measure_before:
            # ('Trong đó' / 'trực tuyến' under 'Hồ sơ tiếp nhận' spanning two columns: 'Số hồ sơ tiếp nhận trực tuyến')
            lead = f"{qualifier_before} " if group and qualifier_before else ""
            said = name[part.end():].strip()
            said = said[:1].lower() + said[1:] if said[1:2].islower() else said      # ('Rất hài lòng', not 'UBND')
            # ('Trong đó: gửi trước ngày hẹn trả kết quả': a part, though 'kết quả' read it as points)
            roles[i] = roles[i] if roles[i] not in (None, "value") else f"count:{measure_before}|{lead}{said}"
            continue
        unit_said = re.fullmatch(r"\s*\(\s*([^()]+?)\s*\)\s*", sub)
        said_measure = lookup("measures", unit_said.group(1)) if unit_said else None
        if said_measure and head and name.endswith(sub):
            name = name[:-len(sub)].strip()     # ('… | Kết quả trả qua BCCI' over '(kết quả)': the unit, not the name)
        counted = _count_named(name, bare=True)
        if counted and roles[i] == "value" and ((said_measure and said_measure.name == counted[0]) or measure):
            roles[i] = None     # 'Kết quả trả qua BCCI' over '(kết quả)': results counted, not points (nor under a
            #                     unit line of counts: 'Kết quả đã số hóa' under 'Đơn vị tính: hồ sơ')
        if counted and roles[i] is None:
            qualifier = re.sub(r"^đã\s+", "", counted[1])
            roles[i] = f"count:{counted[0]}|{qualifier[:1].lower()}{qualifier[1:]}"
            measure_before, qualifier_before = counted[0], f"{qualifier[:1].lower()}{qualifier[1:]}"
        elif roles[i] and roles[i].startswith("count:"):
            measure_before, _, qualifier_before = roles[i][6:].partition("|")
        elif roles[i] is None and measure_before and DONE_TO.match(fold(name)) and not re.search(r"\d|%", name):
            # 'Tổng số hồ sơ tiếp nhận | Nộp qua ứng dụng VNeID | Nộp trực tiếp tại Trung tâm': what was done to the
            # things the column before counts
            roles[i] = f"count:{measure_before}|{name[:1].lower()}{name[1:]}"
        elif roles[i] is None and measure_before and TIMELINESS.fullmatch(fold(name)):
            # 'Hồ sơ tiếp nhận | Giải quyết đúng hạn | Quá hạn': the things the columns before count, in that state
            roles[i] = f"count:{measure_before}|{name[:1].lower()}{name[1:]}"
        elif (roles[i] or "").startswith("rate:Tỷ lệ ") and measure_before \
                and DONE_TO.match(fold(roles[i][len("rate:Tỷ lệ "):])):
            roles[i] = f"rate:Tỷ lệ {measure_before} {roles[i][len('rate:Tỷ lệ '):]}"    # 'Tỷ lệ nộp qua VNeID (%)'
        elif roles[i] == "rate" and measure_before and qualifier_before and roles[i - 1] \
                and roles[i - 1].startswith("count:"):
            # 'Hồ sơ điện tử toàn trình | Tỷ lệ (%)': the share of the count just before
            roles[i] = f"rate:Tỷ lệ {measure_before} {qualifier_before}"


# the PAR Index's areas by the short names a narrow column gives them ('Văn bản QPPL', 'Tổ chức bộ máy'), too short to
# be read as the areas in running text ('thiếu sâu sát trong chỉ đạo, điều hành')
FIELD_COLUMNS = {"chi dao, dieu hanh": "Công tác chỉ đạo, điều hành cải cách hành chính",
                 "van ban qppl": "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
                 "to chuc bo may": "Cải cách tổ chức bộ máy hành chính", "che do cong vu": "Cải cách chế độ công vụ",
                 "tai chinh cong": "Cải cách tài chính công"}


def _criterion_heading(cell: str):
    """The criterion a column's (merged) header cell names: 'Thanh toán trực tuyến (tối đa 10)', or the
    criterion ending it under a group heading written once over several columns ('Điểm một số nhóm chỉ tiêu'
    over 'Tiến độ giải quyết (tối đa 20)')."""
    name = re.sub(r"\s*\([^()]*\)\s*", " ", cell).strip()
    if not name:
        return None
    numbered = re.fullmatch(r"\s*nhom\s*(?:chi\s*tieu\s*)?([1-6])\s*", fold(name))
    limit = re.search(r"\(\s*(\d{1,3})\s*\)", cell)
    if numbered and limit:
        # 'Nhóm 1 (18) | Nhóm 2 (20) | …': the 766 groups in the decision's order, confirmed by each one's maximum
        group = [e for e in criteria() if e.kind == INDEX_766 and e.name != TOTAL][int(numbered.group(1)) - 1]
        return group if group.extra and parse_number(group.extra) == parse_number(limit.group(1)) else None
    name = re.sub(r"^(?i:chỉ\s+số\s+thành\s+phần(?:\s+theo\s+lĩnh\s+vực)?)\s+(?=\S)", "", name)   # (the heading over them)
    entry = lookup("criteria", name) or criterion_of(name, 0.9) or lookup("criteria", FIELD_COLUMNS.get(fold(name), ""))
    if entry:
        return entry
    folded = fold(name)
    found = find_all("criteria", name, folded)
    if not (found and found[-1][1] >= len(folded.rstrip())) and re.search(r"\(\s*\d{1,3}\s*\)", cell) \
            and len(name.split()) >= 3:
        return begun("criteria", name)      # 'Chỉ đạo,' / 'điều hành' / '(20)': a field's name cut short, its maximum given
    return found[-1][2] if found and found[-1][1] >= len(folded.rstrip()) else None


def _spanned_header(rows: list[str], width: int) -> list[str]:
    """The header read column by column, a top cell written once over the columns below it carried to each of them
    as written ('Chỉ số SIPAS' over 'Năm 2025 | Năm 2026': 'Chỉ số SIPAS Năm 2026' too; 'Xếp hạng năm 2026' over
    'Thành phố (/114) | Khối xã (/67)'), for the criteria and ranks across a table of communes; `spanned_cells` reads a
    group into counts and rates for the metric tables."""
    joined = merged_header(rows, width)[:width]
    start = header_start(rows) if rows else 0
    if len(rows) - start < 2:
        return joined
    top = [c.strip() for c in rows[start].split("\t")] + [""] * width
    below = merged_header(rows[start + 1:], width)[:width]
    for j in range(width):
        k = j + 1
        while top[j] and below[j] and k < width and not top[k] and below[k]:
            joined[k] = f"{top[j]} {below[k]}"
            k += 1
    return joined


def _spanned_by_rank(above: str, i: int) -> bool:
    """Column `i` empty in the row above, under a rank's heading written over it and the columns before ('Thứ hạng
    nhóm chỉ tiêu (/114)' over 'Tháng 12/2026 | Tháng 11/2026')."""
    cells = above.split("\t")
    if i < len(cells) and cells[i].strip():
        return False
    left = next((j for j in range(min(i, len(cells)) - 1, -1, -1) if cells[j].strip()), None)
    return left is not None and bool(re.match(r"\s*(?:xep|thu)\s*hang(?!\w)", fold(cells[left])))


def spanned_cells(rows: list[str], width: int) -> list[str]:
    """Like merged_header, a top cell written once over the columns below it read into each of them as a count or a
    rate of it ('Đã có tài khoản' / 'định danh điện tử' over 'Số người | Tỷ lệ (%)': 'Số người đã có tài khoản định
    danh điện tử', 'Tỷ lệ đã có tài khoản định danh điện tử (%)'; 'Trong đó' over 'Vắng mặt dài ngày | Từ 70 tuổi':
    'Trong đó vắng mặt dài ngày', 'Trong đó từ 70 tuổi')."""
    joined = merged_header(rows, width)[:width]
    start = header_start(rows) if rows else 0
    split = [[c.strip() for c in r.split("\t")] + [""] * width for r in rows[start:]]
    if len(split) < 2:
        return joined
    for j in range(width - 1):
        if not split[0][j] or split[0][j + 1]:
            continue
        under = next((r for r in range(1, len(split)) if split[r][j + 1]), None)
        if under is None:
            continue
        k = j + 1
        while k + 1 < width and not any(split[r][k + 1] for r in range(under)) and split[under][k + 1]:
            k += 1
        if not split[under][j]:
            continue          # (the top cell's own column goes on with nothing under it: no group of sub-cells)
        group = re.sub(r"\s*\(\s*\**\s*\)", "", " ".join(split[r][j] for r in range(under) if split[r][j])).strip()
        belows = [" ".join(split[r][i] for r in range(under, len(split)) if split[r][i]) for i in range(j, k + 1)]
        # ('Số người | Tỷ lệ (%)' under what they count; not 'Tỷ lệ hồ sơ trực tuyến (%)', which names its own)
        leads = [lead if re.fullmatch(r"\s*(?:\([^()]*\))?\s*", b[lead:]) else 0
                 for b in belows for lead in [_count_or_rate_lead(b)]]
        parts = bool(re.match(r"\s*trong\s*do\s*:?\s*$", fold(group)))
        if _count_or_rate_lead(group) and len(belows) >= 2 and all(PERIOD_CELL.fullmatch(fold(b)) for b in belows):
            # 'Số PAKN tiếp nhận' over 'Tháng 10 | Tháng 11 | Tháng 12 | Cộng quý': the count in each of them
            for i, below in zip(range(j, k + 1), belows):
                joined[i] = f"{group} {below[:1].lower()}{below[1:]}"
            continue
        timed = TIME_GROUP.fullmatch(group)
        if timed and all(TIME_KIND.fullmatch(fold(b)) for b in belows):
            # 'Thời gian chờ (phút)' over 'Bình quân | Dài nhất': 'Thời gian chờ bình quân (phút)', '… dài nhất (phút)'
            for i, below in zip(range(j, k + 1), belows):
                joined[i] = f"{timed.group(1)} {below.lower()} ({timed.group(2)})"
            continue
        if not parts and not all(leads):
            continue          # ('Tổng số hồ sơ' over 'tiếp nhận' beside its own next cell: a header wrapped, no group)
        for n, (i, below, lead) in enumerate(zip(range(j, k + 1), belows, leads)):
            if lead and not parts:
                joined[i] = f"{below[:lead]} {group[:1].lower()}{group[1:]} {below[lead:].strip()}".strip()
            elif below and (n == 0 or not STATE_CELL.match(fold(below))):
                # ('Trong đó' over 'Trực tuyến | Quá hạn', 'Nội dung hết hiệu lực | Chưa có mã QR': a state after the
                # first part is the whole's own column)
                joined[i] = f"{group} {below[:1].lower()}{below[1:]}"
            else:
                joined[i] = below
    return joined


PERIOD_CELL = re.compile(r"\s*(?:thang\s*(?:0?[1-9]|1[0-2])(?:\s*/\s*\d{4})?|quy\s*(?:iv|i{1,3}|[1-4])(?:\s*/\s*\d{4})?|"
                         r"(?:cong|ca|tong)\s*quy|cong)\s*")
TIME_GROUP = re.compile(r"\s*((?:[Tt]hời gian|[Tt]hời hạn)\s[^()]{2,60}?)\s*\(\s*(phút|giờ|ngày(?: làm việc)?)\s*\)\s*")
TIME_KIND = re.compile(r"\s*(?:binh\s*quan|trung\s*binh|dai\s*nhat|lau\s*nhat|ngan\s*nhat|nhanh\s*nhat|toi\s*da|toi\s*thieu)\s*")
STATE_CELL = re.compile(r"\s*(?:da|chua|dang|khong|qua\s*han|dung\s*han|tre\s*han|truoc\s*han)(?!\w)")


def _count_or_rate_lead(cell: str) -> int:
    """The end of 'Số người', 'Tổng số hồ sơ', 'Tỷ lệ' opening a header cell (a count of a measure or a rate), else 0."""
    from extractors.gazetteer import regex_for
    f = fold(cell)
    rate = re.match(r"\s*ty\s*le(?!\w)", f)
    if rate:
        return rate.end()
    lead = re.match(r"\s*(?:tong\s*)?so\s+", f)
    said = regex_for("measures").match(f, lead.end()) if lead else None
    return said.end() if said else 0


# the five part-indices of SIPAS as a table's columns name them, and as the metrics name them
SIPAS_PART_WORDS = (r"tiep\s*can\s*(?:dich\s*vu|dvc)",
                    r"thu\s*tuc\s*hanh\s*chinh|tthc",
                    r"(?:su\s*)?phuc\s*vu\s*(?:cua\s*)?(?:cong\s*chuc|ccvc)",
                    r"ket\s*qua\s*(?:giai\s*quyet|gq)(?:\s*(?:thu\s*tuc\s*hanh\s*chinh|tthc|cong\s*viec))?",
                    r"(?:viec\s*)?tiep\s*nhan\s*,?\s*xu\s*ly\s*(?:gop\s*y\s*,?\s*)?(?:pakn|phan\s*anh\s*,?\s*kien\s*nghi)")
# a column headed by one ('Tiếp cận dịch vụ', 'Chỉ số hài lòng về thủ tục hành chính (%)')
SIPAS_PARTS = [re.compile(r"\s*(?:chi\s*so\s*(?:hai\s*long\s*)?(?:ve\s*)?)?(?:" + words + r")\s*(?:\(\s*%\s*\))?\s*")
               for words in SIPAS_PART_WORDS]
PARTS_OVER = re.compile(r"^\s*chi\s*so\s*thanh\s*phan\s*(?:\(\s*%\s*\))?\s*")
SIPAS_PART_NAMES = ["tiếp cận dịch vụ", "thủ tục hành chính", "sự phục vụ của công chức",
                    "kết quả giải quyết thủ tục hành chính", "việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"]
BLOC_RANK = re.compile(r"\s*(?:xep\s*hang\s*)?(?:khoi|cum)\s*(?:xa|phuong)?\s*\(\s*/\s*(\d{2,3})\s*\)\s*")   # 'Khối phường (/45)'


# the parts of a commune's PAR Index a table gives beside its total
PAR_PART_HEAD = re.compile(r"\s*diem\s*(?:(tham\s*dinh)|(dieu\s*tra\s*xa\s*hoi\s*hoc)|(tu\s*danh\s*gia))\s*(?:\([^()]*\))?\s*")
PAR_PARTS = ("Điểm thẩm định", "Điểm điều tra xã hội học", "Điểm tự đánh giá")


def _places_down(rows: list[str], roles: list) -> None:
    """'STT | Đơn vị | Tổng điểm | Xếp hạng (/114) | Thanh toán trực tuyến (tối đa 10) | …': communes and
    wards down the rows, the total, its rank and criteria across (a header cell may wrap over rows): roles
    'place', 'crit:<name>' or 'crit:<name>|<max>', and 'rank/<out of>'."""
    joined = _spanned_header(rows, len(roles))
    place = next((i for i, c in enumerate(joined[:3]) if PLACE_COLUMN.fullmatch(fold(c))), None)
    units = next((i for i, c in enumerate(joined[:3]) if UNITS_COLUMN.fullmatch(fold(c))), None) if place is None else None
    place = units if place is None else place
    if place is None:
        return
    across, dated = {}, {}
    named_points: dict[str, int] = {}     # a group's column of points named with 'Điểm' and its month
    for i, cell in enumerate(joined):
        f = fold(cell)
        if i == place or not f:
            continue
        over = re.match(r"\s*ky\s*(?:thang\s*\d{1,2}\s*/\s*\d{4}|nam\s*\d{4})\s+(?=\S)", f)
        if over:
            # 'Kỳ tháng 12/2026' over 'Điểm nhóm (/12) | Xếp hạng nhóm (/114)': the cells under the period's heading
            cell, f = cell[over.end():], f[over.end():]
        # ('Xếp hạng' over '(/114)'; a scan may lose the slash: '(114)')
        out_of = re.search(r"(?:xep|thu)\s*hang\s*(?:\(?\s*(?:/|tren)\s*(\d{2,3})|\(\s*(\d{2,3})\s*\))", f) \
            or re.search(r"(?:xep|thu)\s*hang\s[^()]{0,30}\(\s*(?:/|tren)\s*(\d{1,3})()\s*(?:xa|phuong|don\s*vi)?\s*\)", f)
        # ('Thứ hạng trong Cụm (/08)', 'Xếp hạng năm 2025 (/67 xã)')

        if re.match(r"\s*(?:xep|thu)\s*hang", f):
            across[i] = f"rank/{out_of.group(1) or out_of.group(2)}" if out_of else "rank"
            year = find_periods(f) if out_of else []
            spans = not _top_cell(rows, i) or (i + 1 < len(joined) and joined[i + 1].strip() and not _top_cell(rows, i + 1))
            if len(year) == 1 and len(year[0][2]) == 4 and not spans:
                # (not 'Xếp hạng năm 2026' spanning 'Thành phố (/114) | Khối xã (/67)': the document's year, read as before)
                across[i] += f"@{year[0][2]}"       # 'Xếp hạng năm 2025 (/67 xã)': that year's rank
            continue
        among = re.fullmatch(r"\s*thu\s*tu\s*trong\s*cum\s*\(\s*/\s*(\d{1,3})\s*\)\s*", f)
        if among:
            across[i] = f"rank/{int(among.group(1))}"     # 'Thứ tự trong Cụm (/08)': the place among the cluster's
            continue
        limit = LIMIT_IN_HEAD.search(f) or re.search(r"\(\s*/\s*(\d{1,2})\s*\)", f)
        # ('Đã thanh toán trực tuyến', 'Số tiền thanh toán trực tuyến': files and money the group is named after, no points;
        # 'Điểm TTTT bình quân năm (/10)': the group's points)
        counted = re.match(r"\s*(?:da|so\s*tien|so\s*luong|so(?!\s*hoa)|ho\s*so|giao\s*dich)\s", f)     # (not 'Số hóa hồ sơ')
        points = re.match(r"\s*diem\s+(.+?)\s*(?:binh\s*quan(?:\s*(?:nam|\d{1,2}\s*thang))?)?\s*(?:\([^()]*\))?\s*$", f)
        entry = None if counted else _criterion_heading(cell) or (
            _criterion_heading(cell[points.start(1):points.end(1)]) if points else None)
        said = find_periods(f) if points and entry is None and not counted else []
        if len(said) == 1 and len(said[0][2]) == 7:
            # 'Điểm TTTT tháng 9/2026 (/10)': the group's points in that month
            entry = _criterion_heading((cell[points.start(1):points.start(1) + said[0][0] - points.start(1)]).strip())
            if entry and entry.name != TOTAL:
                top = re.search(r"\(\s*/?\s*(\d{1,2})\s*\)", f)
                across[i] = f"crit:{entry.name}" + (f"|{top.group(1)}" if top else "") + f"@{said[0][2]}"
                named_points[entry.name] = i
                continue
        rate = re.match(r"\s*(ty\s*le\s[^()]{3,80}?)\s*\(\s*%\s*\)", f)
        if rate:
            # 'Tỷ lệ số hóa hồ sơ, kết quả (%)' over 'Tháng 10/2026 | Tháng 11/2026': each place's rate in each month,
            # not the group 'Số hóa hồ sơ'
            said = find_periods(f[rate.end():])
            across[i] = "rate:" + cell[rate.start(1):rate.end(1)].strip() + (f"@{said[0][2]}" if said else "")
            continue
        named_group = re.match(r"\s*nhom\s*(?:chi\s*tieu\s*)?(.+?)\s*(?:(?:thang\s*\d{1,2}\s*/\s*\d{4}|nam\s*\d{4})\s*)?"
                               r"(diem|xep\s*hang)(?!\w)", f) if not entry else None
        grouped = _criterion_heading(cell[named_group.start(1):named_group.end(1)]) if named_group else None
        if grouped and grouped.name != TOTAL:
            # 'Nhóm chỉ tiêu Số hóa hồ sơ tháng 11/2026' over 'Điểm (tối đa 22) | Xếp hạng (/114)': the group's points and
            # rank, in that month
            said = find_periods(f)
            when = f"@{said[0][2]}" if said else ""
            if named_group.group(2) == "diem":
                across[i] = f"crit:{grouped.name}" + (f"|{limit.group(1)}" if limit else "") + when
            else:
                out_of = re.search(r"\(\s*/\s*(\d{2,3})\s*\)", f)
                across[i] = f"rank/{out_of.group(1)}|{grouped.name}" if out_of else "rank"
            continue
        part = PAR_PART_HEAD.fullmatch(f)
        if not part and not entry and re.fullmatch(r"\s*chi\s*so\s*(?:cchc|cai\s*cach\s*hanh\s*chinh)\s*(?:nam\s*\d{4}\s*)?"
                                                   r"(?:\(\s*(?:diem|/\s*100)\s*\))?\s*", f) \
                and any(PAR_PART_HEAD.fullmatch(fold(c)) for c in joined) \
                and all(PAR_PART_HEAD.fullmatch(fold(c)) or re.fullmatch(r"\s*khoi\s*", fold(c))
                        for c in joined[place + 1:i] if fold(c).strip()):
            # 'Điểm thẩm định (/70) | Điểm điều tra xã hội học (/30) | Chỉ số CCHC năm 2026 (điểm)': the index's own
            # name beside its parts heads its total
            across[i] = f"crit:{TOTAL}"
            continue
        if part and not entry:
            # 'Điểm thẩm định (tối đa 70) | Điểm điều tra xã hội học (tối đa 30) | Tổng điểm (/100)': the PAR Index's two
            # parts beside its total, each commune's
            across[i] = f"crit:{PAR_PARTS[part.lastindex - 1]}" + (f"|{limit.group(1)}" if limit else "")
            continue
        whole = re.search(r"\(\s*/\s*(100)\s*\)", f) if entry and entry.name == TOTAL and not limit else None
        if whole:
            across[i] = f"crit:{TOTAL}|100"          # 'Tổng điểm (/100)'
            continue
        if not entry and not limit:
            # 'Tổng điểm' over 'tháng 10/2026' beside 'Tổng điểm' over 'tháng 11/2026': each column its month's
            periods = find_periods(f)
            rest = (cell[:periods[0][0]] + cell[periods[0][1]:]).strip() if len(periods) == 1 and len(periods[0][2]) == 7 else ""
            # ('Tháng 01/2027' / '(tạm tính)' over 'Điểm | Hạng (/114)': the month's total)
            bare = re.fullmatch(r"\s*(?:\([^()]{2,20}\)\s*)*(?:tong\s*)?diem(?:\s*dat)?\s*", fold(rest)) if rest else None
            named = (criterion_of(TOTAL, 0.8) if bare else _criterion_heading(rest)) if rest else None
            if named:
                dated[i] = f"crit:{named.name}@{periods[0][2]}"
        if entry:
            across[i] = f"crit:{entry.name}" + (f"|{limit.group(1)}" if limit else "")
        elif limit and re.match(r"\s*tong\s*diem", f):
            across[i] = f"crit:{TOTAL}|{limit.group(1)}"        # 'Tổng điểm quy đổi (100)'
    for i, role in list(across.items()):
        name = role[5:].partition("|")[0].partition("@")[0] if role.startswith("crit:") else None
        if name in named_points and named_points[name] != i and not re.search(r"(?<!\w)diem(?!\w)", fold(joined[i])):
            # 'Thanh toán trực tuyến' beside 'Điểm TTTT tháng 9/2026 (/10)' under 'Đơn vị tính: hồ sơ; %; điểm': the files
            # paid online, counted; the group's points are the other column
            across[i] = "count:hồ sơ|" + joined[i].strip()[:1].lower() + joined[i].strip()[1:]
    if len(dated) >= 2:
        across.update(dated)          # (one such column is a table of units' totals in that month: below)
        for i, role in list(across.items()):
            month = dated.get(i - 1, "").partition("@")[2]
            if role.startswith("rank") and "@" not in role and month and not _top_cell(rows, i):
                across[i] = f"{role}@{month}"     # ('Hạng (/114)' under the month heading the 'Điểm' beside it)
    # ('Chỉ số thành phần (%)' written over the five: each one's name under it)
    parts = {i: SIPAS_PART_NAMES[k] for i, c in enumerate(joined) if i != place
             for k, part in enumerate(SIPAS_PARTS) if part.fullmatch(PARTS_OVER.sub("", fold(c)))}
    if len(parts) >= 3:
        # 'Phường | Phiếu hợp lệ | Chỉ số SIPAS | Tiếp cận dịch vụ | Thủ tục hành chính | … | Xếp hạng (/114) | Khối
        # phường (/45)': each ward's SIPAS, its five part-indices (rates about it, metrics.py) and its ranks
        for i, c in enumerate(joined):
            f = fold(c)
            if i in parts:
                across.pop(i, None)
                roles[i] = "rate:Chỉ số hài lòng về " + parts[i]
            elif re.fullmatch(r"\s*(?:chi\s*so\s*)?sipas(?:\s*\(\s*%\s*\))?\s*", f):
                roles[i] = "value"
            elif re.fullmatch(r"\s*(?:so\s*)?phieu\s*hop\s*le\s*", f):
                roles[i] = "count:phiếu|hợp lệ"
            elif BLOC_RANK.fullmatch(f) and any(r.startswith("rank") for r in across.values()):
                across[i] = f"rank/{BLOC_RANK.fullmatch(f).group(1)}"
    named_at = next((i for i, c in enumerate(joined) if i != place and NAMED_GROUP_HEAD.fullmatch(fold(c))), None)
    pair_at = next((i for i, c in enumerate(joined) if i != place and POINTS_PAIR_HEAD.fullmatch(fold(c))), None)
    # ('Tổng điểm tạm tính', 'Điểm bình quân năm 2026': the total)
    total_at = next((i for i, c in enumerate(joined) if i != place and re.fullmatch(
        r"\s*(?:tong\s*diem(?:\s*tam\s*tinh)?|diem\s*binh\s*quan(?:\s*nam\s*\d{4})?)\s*", fold(c))), None)
    if units is None and None not in (named_at, pair_at, total_at):
        # 'STT | Đơn vị | Tổng điểm | Xếp hạng (/114) | Nhóm chỉ tiêu đạt thấp nhất | Điểm đạt/Điểm tối đa': each
        # commune's total and rank, and the one group each row names with its points
        roles[place], roles[total_at], roles[named_at], roles[pair_at] = "place", f"crit:{TOTAL}", "critname", "critpair"
        for i, role in across.items():
            if role.startswith("rank"):
                roles[i] = role
        return
    crits = sum(1 for r in across.values() if r.startswith("crit:"))
    # ('STT | Đơn vị | Tổng điểm | Xếp hạng (/114) | Tăng (+), giảm (-) …': the ten highest places, each its total and
    # rank out of the 114)
    # ('Đơn vị | Kỳ tháng 12/2026: Điểm nhóm (/12) | Xếp hạng nhóm (/114)' under a caption naming the group: each place's
    # points in it, read as the caption's group where records are made)
    pointed = any((roles[i] or "").startswith("value") and re.search(r"(?<!\w)diem\s*nhom(?!\w)", fold(c))
                  for i, c in enumerate(joined) if i < len(roles) and i != place)
    if crits >= 2 or (crits == 1 and any(r.startswith("rate:") for r in across.values())) \
            or ((crits == 1 or (pointed and not crits)) and units is None
                and any(r.partition("@")[0] in ("rank/114", "rank/45", "rank/67") for r in across.values())):
        # (or one group's points beside a rate of each place: 'Tỷ lệ số hóa … (%)' | 'Nhóm chỉ tiêu Số hóa hồ sơ')
        roles[place] = "place" if units is None else "ownunit"    # (the commune's own units down the rows)
        for i, role in across.items():
            if role == "rank" and (roles[i] or "").startswith("rank@"):
                continue        # 'Xếp hạng' over 'tháng 11': that month's ranks
            if re.fullmatch(r"rank/\d{1,3}", role) and (roles[i] or "").startswith("rank@") \
                    and not re.search(r"hang\s*(?:cua\s*)?nhom", fold(joined[i])):
                # 'Xếp hạng' over 'tháng 11' over '(/114)': that month's, out of 114 (a group's rank is read as ever)
                role += "@" + roles[i][5:]
            roles[i] = role
    measured = _measured_columns(joined, roles, place) if units is not None else {}
    if measured and not any(r.startswith("crit:") for r in across.values()) and \
            _one_total_ranked([measured.get(i, r) for i, r in enumerate(roles)]):
        # 'Phòng, đơn vị | Hồ sơ đã giải quyết | Đúng hạn (%) | Quá hạn (hồ sơ) | Số hóa kết quả (%) | Điểm nội bộ
        # (thang 100) | Xếp hạng nội bộ': each unit's counts and rates (metrics.py) beside its points and rank
        for i, role in measured.items():
            roles[i] = role
    for i, role in enumerate(roles):
        if (role or "").startswith("rank@") and re.fullmatch(r"rank/\d{1,3}@" + re.escape(role[5:]), across.get(i, "")):
            roles[i] = across[i]        # 'Xếp hạng năm 2026 (/114) | Xếp hạng năm 2025 (/114)': each year's, out of 114
    _second_index(joined, roles)
    _extreme_month(joined, roles)
    ranks_named = [across.get(i, r) if r == "rank" or ((r or "").startswith("rank@") and across.get(i, "").startswith("rank/"))
                   or (r is None and across.get(i, "").startswith("rank/")) else r for i, r in enumerate(roles)]
    if not any(r.startswith("crit:") for r in across.values()) and any(r is None and n for r, n in zip(roles, ranks_named)) \
            and _one_total_ranked(ranks_named):
        # 'Chỉ số SIPAS' over 'Năm 2025 | Năm 2026' beside 'Xếp hạng năm 2026' over 'Thành phố (/114) | Khối xã (/67)':
        # each year's value and two ranks, each out of its own whole
        roles[:] = ranks_named
    if not any(r.startswith("crit:") for r in across.values()) and \
            _one_total_ranked([across.get(i, r) if r == "rank" else r for i, r in enumerate(roles)]):
        if roles.count("rank") > 1:
            for i, role in across.items():
                if roles[i] == "rank" and role.startswith("rank/"):
                    roles[i] = role      # two ranks: each out of its own whole
        # 'STT | Đơn vị | Điểm | Xếp loại | Xếp hạng': each row a unit's (or a commune's) total and its rank
        # (and a named rate about it: '| Tỷ lệ hài lòng (%) |', metrics.py)
        roles[place] = "unitrow"
        for i, cell in enumerate(joined):
            counted = re.fullmatch(r"\s*(?:tong\s*)?(?:so\s*)?ho\s*so((?:\s+[^\W\d]+){0,3})\s*", fold(cell))
            if roles[i] is None and i != place and counted and not measured:
                # '| Hồ sơ tiếp nhận |' beside the points: a count about the row's unit (metrics.py)
                roles[i] = "count:hồ sơ|" + cell[len(cell) - len(cell.lstrip()) + counted.start(1):counted.end(1)].strip()
    if len(parts) >= 3 and roles[place] is None:
        roles[place] = "unitrow"       # (a table of the part-indices alone: each row a commune's rates)
    inside = [i for i, r in enumerate(roles) if (r == "value" or (r or "").startswith("value@")) and i < len(joined)
              and RANK_INSIDE_HEAD.search(fold(joined[i]))]
    if roles[place] is None and units is None and len(inside) == 1 and not crits and _one_total_ranked(roles + ["rank"]):
        # 'Xã | Tổng điểm tháng 12/2026 (xếp hạng/114)' over '85,37 (114)': each commune's total with its rank beside it
        roles[place] = "unitrow"
    if roles[place] == "unitrow" and units is None:
        _satisfaction_ranked(joined, roles)


def _satisfaction_ranked(joined: list[str], roles: list) -> None:
    """'Phường | … | Tỷ lệ hài lòng (%)' over 'Năm 2026 | Năm 2025' beside 'Xếp hạng năm 2026' over 'Khối phường (/45)
    | Chung (/114)': places ranked by their satisfaction, with no points beside it: the rate is their SIPAS, a score
    of that index in the year its column names (role 'index:SIPAS@yyyy')."""
    from extractors.numbers import find_periods
    valued = [i for i, r in enumerate(roles) if r == "value" or (r or "").startswith(("value@", "rate:Tỷ lệ hài lòng"))]
    rated = [i for i in valued if i < len(joined) and re.match(r"\s*ty\s*le\s*(?:nguoi\s*)?hai\s*long\s*(?:\(\s*%\s*\))?\s*"
                                                              r"(?:nam\s*\d{4})?\s*$", fold(joined[i]))]
    if not rated or rated != valued or any((r or "").startswith(("crit:", "index:")) for r in roles) \
            or not any(re.fullmatch(r"rank/\d{2,3}", r or "") for r in roles):
        return
    for i in rated:
        said = find_periods(fold(joined[i]))
        years = {p[2] for p in said if re.fullmatch(r"\d{4}", p[2])}
        if len(years) == 1:
            roles[i] = "index:SIPAS@" + years.pop()


def _measured_columns(joined: list[str], roles: list, place: int) -> dict[int, str]:
    """The count and rate columns beside a units table's points: 'Hồ sơ đã giải quyết', 'Quá hạn (hồ sơ)' ->
    'count:hồ sơ|<what>'; 'Đúng hạn (%)', 'Số hóa kết quả (%)' -> 'rate:Tỷ lệ <what>'. Only where a column of
    points ('Điểm …') is left: {} otherwise."""
    out = {}
    for i, cell in enumerate(joined[:len(roles)]):
        f = fold(cell)
        if i == place or not f.strip() or re.search(r"diem|xep\s*hang|thu\s*hang", f):
            continue
        label = re.sub(r"\s*\([^()]*\)\s*$", "", cell).strip()
        if re.search(r"\(\s*%\s*\)\s*$", f) and not re.match(r"\s*(?:tt|stt)\s*$", f):
            words = label[:1].lower() + label[1:]
            out[i] = "rate:" + (label if re.match(r"t[ỷỉ] lệ", words) else f"Tỷ lệ {words}")
        elif re.search(r"\(\s*ho\s*so\s*\)\s*$", f) or re.match(r"\s*(?:so\s*)?ho\s*so\s", f):
            what = re.sub(r"^(?:Số\s+)?[Hh]ồ sơ\s*", "", label)
            out[i] = f"count:hồ sơ|{what[:1].lower() + what[1:]}"
    points = [i for i, c in enumerate(joined[:len(roles)]) if re.match(r"\s*(?:tong\s*)?diem", fold(c)) and i not in out]
    return out if out and len(points) == 1 else {}


def _second_index(joined: list[str], roles: list) -> None:
    """'Chỉ số cải cách hành chính năm 2026' over 'Điểm | Xếp hạng' beside 'Chỉ số SIPAS năm 2026 (%)': two totals,
    each of its own index; the second becomes 'index:SIPAS' (its period after '@'), the first stays the table's."""
    from extractors.gazetteer import find_all
    values = [i for i, r in enumerate(roles) if r == "value" or (r or "").startswith("value@")]
    if len(values) != 2:
        return
    named = {i: {e.name for _, _, e in find_all("indices", joined[i])} for i in values}
    first, second = values
    if len(named[second]) == 1 and named[second] != named[first] and not named[second] <= named[first] \
            and INDEX_766 not in named[second]:
        roles[second] = "index:" + next(iter(named[second])) + (roles[second][5:] if "@" in roles[second] else "")


def _extreme_month(joined: list[str], roles: list) -> None:
    """'Điểm bình quân năm 2026' beside 'Điểm tháng thấp nhất (tháng)' over '95,86 (T2)': the lowest (or highest) month's
    total, its month in the cell, of the year the other column names (role 'monthly@yyyy')."""
    years = {r[6:] for r in roles if re.fullmatch(r"value@\d{4}", r or "")}
    for i, role in enumerate(roles):
        if (role == "value" or (role or "").startswith("value@")) and i < len(joined) and len(years) == 1 \
                and re.match(r"\s*(?:tong\s*)?diem\s*(?:cua\s*)?thang\s*(?:thap|cao)\s*nhat", fold(joined[i])):
            roles[i] = "monthly@" + next(iter(years))


# '95,86 (T2)', '93,40 (tháng 5)': a month's total with its month
MONTH_IN_CELL = re.compile(r"\s*(\d{1,3}(?:,\d{1,2})?)\s*\(\s*(?:t|thang)\s*(\d{1,2})\s*\)\s*")


def _one_total_ranked(roles: list) -> bool:
    """A units table's roles: one total (of a month or none), its rank ('Xếp hạng', a month's, or 'out of' N:
    'Xếp hạng toàn thành phố (/114) | Thứ hạng trong Cụm (/08)', two ranks out of different wholes), and
    nothing else but named rates and signed changes."""
    values = [r for r in roles if r == "value" or (r or "").startswith("value@")]
    plain = roles.count("rank")
    months = [r for r in roles if (r or "").startswith("rank@")]
    wholes = [r for r in roles if (r or "").startswith("rank/")]
    ranked = (plain == 1 and not wholes) or (not plain and months and not wholes) \
        or (not plain and not months and 1 <= len(wholes) == len(set(wholes)) <= 2) \
        or (not plain and len(months) == 1 and len(wholes) == 1) \
        or (plain == 1 and len(wholes) == 1 and not months)     # 'Xếp hạng tháng 12 (/114) | Thứ hạng trong Cụm (/06)'
    # (or 'Xếp hạng chung (/114) | Xếp hạng trong khối' with '31/45' in its cells: the second out of its own whole)
    others = [r for r in roles if r and r not in ("value", "rank", "aim", "deducted")
              and not r.startswith(("rate:", "rank@", "rank/", "value@", "change:", "count:", "index:", "monthly@"))]
    # (or 'Điểm bình quân năm 2026 | Xếp hạng | Điểm tháng 12/2026': the year's and a month's)
    years = len(values) >= 2 and len(set(values)) == len(values) and all(re.fullmatch(r"value@\d{4}(?:-\d{2})?", v) for v in values) \
        and any(re.fullmatch(r"value@\d{4}", v) for v in values)
    # ('Tháng 10 | Tháng 11 | Tháng 12 | Bình quân quý IV/2026': each month's and the quarter's mean)
    quarter = len(values) >= 3 and all(re.fullmatch(r"value@\d{4}-\d{2}", v) for v in values[:-1]) \
        and re.fullmatch(r"value@\d{4}-q[1-4]\|.+", values[-1])
    return (len(values) == 1 or years or bool(quarter)) and ranked and not others and (not wholes or values[0] == "value" or "@" in values[0])


# 'Số tiền (triệu đồng)' under a way of paying, 'Số tiền thu' / 'trực tuyến' / '(triệu đồng)': money, what of it
# (group 1) and its unit (group 2, millions where group 3)
MONEY_HEAD = re.compile(r"\s*so\s*tien\s*(?:([^\W\d][^()]*?)\s*)?(\(\s*(trieu\s*)?dong\s*\))?\s*")
SPAN_HEAD = re.compile(r"\s*(?:diem\s*)?(?:luy\s*ke|binh\s*quan)\s*(?:\d{1,2}|sau|chin)\s*thang"
                       r"(?:\s*(?:dau\s*)?nam(?:\s*\d{4})?)?\s*")


def _spanned_periods(rows: list[str], roles: list) -> None:
    """A period written once over the columns it groups in a table of communes ('Tháng 11/2026' over 'Tổng điểm |
    Xếp hạng toàn TP | Thứ hạng trong Cụm', 'Bình quân 11 tháng' over 'Tổng điểm | Xếp hạng'): each of those
    columns' scores and ranks are of that period ('crit:Tổng điểm@2026-11'; a span of months has no period
    form: '@-')."""
    from extractors.numbers import find_periods
    if len(rows) < 2:
        return
    top = rows[0].split("\t")
    width = len(roles)
    for j, cell in enumerate(top[:width]):
        f = fold(cell)
        if not f.strip():
            continue
        k = last_spanned(top, j, width)
        if k == j:
            continue
        periods = find_periods(f)
        when = NO_PERIOD if SPAN_HEAD.fullmatch(f) else periods[0][2] if len(periods) == 1 else None
        if when is None:
            continue
        for i in range(j, k + 1):
            if roles[i] and roles[i].startswith(("crit:", "rank")) and "@" not in roles[i]:
                roles[i] += "@" + when


# a row naming a group's points or rank ('Điểm nhóm chỉ tiêu Thanh toán trực tuyến', 'Thứ hạng nhóm chỉ tiêu …'): group 1 a rank
GROUP_ROW = re.compile(r"\s*(?:(?:số\s+)?điểm|(thứ\s+hạng|xếp\s+hạng))\s+(?:của\s+)?nhóm\s+(?:chỉ\s+tiêu\s+)?", re.I)
# ('Xếp hạng (/114)', 'Thứ hạng tạm tính', 'Vị trí tạm xếp (/114)': a row of ranks under the columns' periods)
RANK_ROW = re.compile(r"\s*(?:(?:xep|thu)\s*hang|vi\s*tri(?:\s*(?:tam\s*)?xep(?:\s*hang)?)?)(?:\s*(?:tam\s*tinh|chinh\s*thuc))?"
                      r"\s*(?:\(\s*(?:tren|/|trong)\s*(?:tong\s*so\s*)?(\d{2,3})[^)]*\))?\s*")


# a row's first cell that dates it ('Tháng 02/2027', 'Quý I/2027', 'Từ ngày 12/01', 'Trước 20/01/2027')
TIMED_ROW = re.compile(r"\s*(?:(?:tu|truoc|den|trong)\s*)?(?:ngay\s*)?(?:thang\s*\d{1,2}\s*/\s*\d{4}|quy\s*(?:iv|i{1,3}|[1-4])\s*/\s*\d{4}|"
                       r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*")


def is_header_row(text: str) -> bool:
    f = fold(text)
    if "\t" not in text and re.search(r"\d", text) and not PLAIN_HEAD.match(f):
        return False          # a row without cell breaks ('5 Mức độ hài lòng 18 18 Tối đa')
    cells = [c.strip() for c in re.split(r"\t|\s{2,}", text) if c.strip()]
    if any(re.fullmatch(r"\d+(?:[,.]\d+)?|\d{1,3}\s*/\s*\d{2,3}", c) for c in cells[1:]) \
            or (cells and re.fullmatch(r"\d{1,3}\.?", cells[0])):
        return False          # values ('Xếp hạng | 79/114 | 83/114' is a row of ranks, not a header)
    if "\t" in text and cells and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+\.?|[IVX]{1,4}\.?", cells[0]) \
            and any(re.match(r"\d", c) for c in cells[2:]):
        return False          # a coded row ('I | Công khai, minh bạch (tối đa 18 điểm) | 18 điểm', '6.2 | Kết quả … | 86,8%')
    if "\t" in text and re.match(r"\s*tt\s*\t", f):
        return True           # 'TT | Đơn vị | Số hồ sơ tiếp nhận | …'
    if "\t" in text and re.match(r"\s*(?:thu\s*)?hang\s*\t", f) and not re.search(r"\d", text) and len(cells) >= 3:
        return True           # 'Hạng | Tên đơn vị | Loại đơn vị | Điểm năm 2026 …': the units in rank order
    if "\t" in text and len(cells) >= 3 and not re.search(r"\d", text) \
            and re.match(r"\s*(?:quay(?:\s*so)?|bo\s*phan|linh\s*vuc|nguon(?:\s*so\s*lieu)?)\s*\t", f):
        return True           # 'Quầy | Lĩnh vực | Số lượt lấy số | …': a counter's row each ('Nguồn số liệu | …': a source's)
    if len(cells) == 2 and re.fullmatch(r"(?:i{1,3}|iv|vi{0,3}|ix|x)\.?", cells[0].lower()):
        return False          # a group's row: 'II | Tiếp nhận, trả kết quả thay cơ quan ngành dọc'
    if "\t" in text and cells and re.fullmatch(r"buoc\s*\d{1,2}\s*[.:]?", fold(cells[0])):
        return False          # a procedure's step: 'Bước 3 | Họp Tổ tự đánh giá thống nhất kết quả, … | Chậm nhất ngày'
    if cells and TIMED_ROW.fullmatch(fold(cells[0])) and any(len(c) > 35 for c in cells[1:]):
        return False          # a roadmap's row: 'Tháng 02/2027 | Số hóa, ký số 96 kết quả còn tồn; … | …'
    if "\t" in text and re.search(r"ky\s*bao\s*cao|ky\s*nay", f) and re.search(r"luy\s*ke|ma\s*so", f):
        return True           # a statistics form: 'Chỉ tiêu | Mã số | Đơn vị | Kỳ báo cáo | Lũy kế từ'
    if text.startswith("\t") and sum(bool(re.fullmatch(r"(?:nam\s*\d{4}|thang\s*\d{1,2}\s*/\s*\d{4})", fold(c)))
                                     for c in cells) >= 2:
        return True           # the second row of a wrapped header: '9 tháng' above 'năm 2025', 'năm 2026'
    return bool(re.search(r"\bstt\b|noi\s*dung|tieu\s*chi|chi\s*so|toi\s*da|xep\s*hang|ket\s*qua|nhom\s*chi\s*tieu", f)) \
        or ("\t" in text and bool(re.match(r"\s*thang\s*\t", f)) and bool(re.search(r"diem|hang", f))) \
        or ("\t" in text and bool(re.match(r"\s*(?:tuan|thang|ngay|quy|ky\s*bao\s*cao|ky\s*danh\s*gia|thoi\s*gian)\s*\t", f))
            and not re.search(r"\d", text))   # 'Tuần | Hồ sơ | …', 'Kỳ báo cáo | Hồ sơ tiếp nhận | …'


ROW = re.compile(r"^\s*(?:\d{1,2}\s*[.)]?\s+)?(?P<name>.*?[^\W\d].*?)"
                 r"(?P<nums>(?:\s+(?:\d+(?:[,.]\d+)?(?:\s*/\s*\d{2,3})?|toi\s*da|-|–))+)\s*$")


def is_plain_row(text: str, in_table: bool) -> bool:
    """A table row OCR gave without cell breaks: a criterion's name and at least two values
    ('2 Tiến độ giải quyết 20 18,62 81'); under a header, any numbered line ending with a value
    ('1 Tổng số hồ sơ tiếp nhận 4.127 hồ sơ', '4 Tỷ lệ hồ sơ trực tuyến 93,6%')."""
    if "\t" in text or len(text) > 140:
        return False
    text = fix_cells(text)
    f = fold(text)
    m = ROW.match(f)
    if m and len(re.findall(r"\d+(?:[,.]\d+)?(?:\s*/\s*\d+)?|toi\s*da", m.group("nums"))) >= 2 \
            and criterion_of(text[m.start("name"):m.end("name")].strip(" :-"), 0.8):
        return True
    if not in_table:
        return False
    # (a row coded 'CT1', or the total 'Tổng CT1 - CT6 100 91,8 79/114', ends with a rank: under its header, a row too)
    m = re.match(r"^\s*\d{1,2}\s*[.)]?\s+[^\W\d].{3,}?\s(\d[\d.,]*)(?:\s*%|\s+[^\W\d][^\d:;]{0,14})?\s*$", f) or \
        re.match(r"^\s*(?:[a-zđ]{1,4}\d{1,2}|tong)\s+.{3,}?\s\d[\d.,]*\s+(\d{1,3}\s*/\s*\d{2,3})\s*$", f)
    if not m:
        return False
    before = f[:m.start(1)].rstrip()
    # '3. Phương hướng, nhiệm vụ quý I năm 2026' is a heading, not a row ending with a value
    return not (re.fullmatch(r"(?:19|20)\d\d", m.group(1)) or re.search(r"(?:nam|thang|quy|ngay|/)$", before))


CONFUSED_DIGITS = str.maketrans({"O": "0", "o": "0", "G": "6", "S": "5", "B": "8", "l": "1", "I": "1", "|": "1"})


def fix_cells(text: str) -> str:
    """OCR's letters for digits in the value cells ending a row ('8,3 G7' -> '8,3 67'), same length."""
    tokens = list(re.finditer(r"\S+", text))
    out = text
    for tok in reversed(tokens):
        word = tok.group(0)
        if re.fullmatch(r"\d+(?:[,.]\d+)?%?|[Tt][ốoôồ]\w*|[đd]a|-|–", word):
            continue              # a value, 'Tối đa', a dash: keep going left
        if re.fullmatch(r"[0-9OoGSBlI|]{1,3}", word) and re.search(r"\d", word) and (len(tokens) > 3 or len(tokens) == 1):
            out = out[:tok.start()] + word.translate(CONFUSED_DIGITS) + out[tok.end():]
            continue
        break
    return out


def _period_row(text: str, cells: list[str], roles: list, by_period: str) -> list[Hit]:
    """A row of a table with a month a row ('Tháng 1 | 87,15 | 101' under 'Tháng | Tổng điểm | Thứ hạng
    (/114)'): the total's score and rank for that month; under criteria columns ('Kỳ đánh giá | CKMB | …'),
    each criterion's score too."""
    k = side_by_side_width(roles)
    if k:
        # '01/2026 | 90,46 | 78/114 | 07/2026 | 90,17 | 84/114': a month in each block of the line
        return [h for b in range(0, len(cells), k) if any(c.strip() for c in cells[b:b + k])
                for h in _period_row(text, cells[b:b + k], roles[:k], by_period)]
    when = row_month(cells, roles)
    at = roles.index(by_period) if by_period in roles else 0
    if not when and at < len(cells) and (SPAN_ROW.fullmatch(fold(cells[at]))
                                         or QUARTER_ROW.fullmatch(FOOTNOTE_MARK.sub("", fold(cells[at])))):
        when = NO_PERIOD        # 'Bình quân quý | 18 | 19,97 | …' below the months, 'Quý II/2026 | 92,64 | 53' a
        #                         quarter a row: the quarter's (no period form)
    year = YEAR_ROW.fullmatch(fold(cells[at])) if not when and at < len(cells) else None
    if year:
        when = year.group(1)    # 'Bình quân năm 2026 | 92,31 | 52' below the quarters: the year's
    return _across(text, cells, roles, when=when) if when else []


YEAR_ROW = re.compile(r"\s*(?:binh\s*quan|trung\s*binh|ca|tinh\s*chung)\s*(?:ca\s*)?nam\s*(\d{4})\s*")
DAY_ROW = re.compile(r"\s*(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat)\s*[(,]?\s*(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})"
                     r"(?:\s*/\s*(\d{4}))?\s*\)?\s*(?:\([^()]{1,30}\)\s*)?")     # ('… 19/02/2026 (mùng 3 Tết)')
QUARTER_ROW = re.compile(r"\s*quy\s*(?:iv|i{1,3}|[1-4])(?:\s*(?:/|nam)\s*\d{4})?\s*")
SPAN_ROW = re.compile(r"\s*(?:binh\s*quan|trung\s*binh|luy\s*ke)\s*(?:ca\s*|chung\s*)?(?:quy|(?:\d{1,2}|sau|chin)\s*thang|nam)?"
                      r"(?:\s*(?:iv|i{1,3}|[1-4])(?:\s*/\s*\d{4})?)?\s*")


# 'Tuần 1 (01/12 - 04/12)', 'Tuần 1' over '(chốt 04/12)': a week, as of its last day or the day its figures were cut off
WEEK_COLUMN = re.compile(r"\s*tuan\s*\d{1,2}\s*\(?\s*(?:(?:tu\s*)?(?:ngay\s*)?\d{1,2}(?:\s*/\s*\d{1,2})?(?:\s*/\s*\d{4})?\s*(?:-|den)|"
                         r"chot(?:\s*so\s*lieu)?(?:\s*(?:den|ngay))?|(?:tinh\s*)?den)\s*"
                         r"(?:het\s*)?(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*\)?\s*")


STATED_TOP = re.compile(r"\s*\(\s*(?:diem\s*)?toi\s*da\s*:?\s*\d{1,3}(?:\s*diem)?\s*\)\s*")


def _steps_under_change(rows: list[str], roles: list) -> None:
    """'Tăng (+), giảm (-) so với tháng liền trước' spanning 'Điểm | Thứ hạng (bậc)': the second column is the change
    in places ('steps:'), the first the change in points."""
    if len(rows) < 2:
        return
    merged = merged_header(rows, len(roles))
    for i, role in enumerate(roles):
        if (role or "").startswith("change:") and re.search(r"(?<!\w)bac(?!\w)|^\s*(?:thu|xep)\s*hang", fold(merged[i])):
            # 'Tăng (+), giảm (-)' over 'bậc so với tháng 10': the change in places
            roles[i] = "steps:" + role[7:]
    top, low = rows[0].split("\t"), rows[-1].split("\t")
    for i in range(1, min(len(roles), len(low))):
        if (roles[i - 1] or "").startswith("change:") and (i >= len(top) or not top[i].strip()) \
                and re.match(r"\s*(?:thu\s*hang|xep\s*hang|bac)", fold(low[i])):
            roles[i] = "steps:" + roles[i - 1][7:]


def _provisional_day(folded: str, issued: Optional[str]) -> Optional[str]:
    """'Tạm tính đến 17/12' heading a column (in one cell or over two rows): the day its points are as of."""
    provisional = PROVISIONAL_COLUMN.fullmatch(folded)
    if not provisional or not (issued or provisional.group(3)):
        return None
    return iso_date(int(provisional.group(1)), int(provisional.group(2)), int(provisional.group(3) or issued[:4]))


def _weeks_across(merged: list[str], roles: list, issued: Optional[str], period: Optional[str]) -> None:
    """'Tuần 1 | Tuần 2 | …' over '(01/12 - 04/12) | (07/12 - 11/12) | …': each week's values as of its last day, the
    year from the cell, else from the table's month ('… theo tuần trong tháng 12/2026') or the document's date; and a
    provisional column whose day is on the row below, read once the header's rows are merged."""
    for i, cell in enumerate(merged):
        when = _provisional_day(fold(cell), issued) if i < len(roles) and roles[i] == "value" else None
        if when:
            roles[i] = "value@" + when      # 'Điểm tạm tính' over 'đến 31/12/2026' (the day on the row below)
        week = WEEK_COLUMN.fullmatch(fold(cell)) if i < len(roles) and roles[i] is None else None
        if not week:
            continue
        day, mon = int(week.group(1)), int(week.group(2))
        year = week.group(3) or (period[:4] if period and int(period[5:7] or 0) == mon else None) \
            or (str(int(issued[:4]) - (1 if mon > int(issued[5:7]) + 6 else 0)) if issued else None)   # (December's in January)
        when = iso_date(day, mon, int(year)) if year else None
        if when and not (issued and when > issued[:10]):
            roles[i] = "value@" + when      # (weeks still to come head a plan's schedule of work, not results)


# ('Tuần 1 (từ 01/6 đến 05/6)', 'Tuần 1 (01/01 - 08/01)(*)' with a note below the table)
WEEK_ROW = re.compile(r"\s*tuan\s*\d{1,2}\s*\(\s*(?:tu\s*)?(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*"
                      r"(?:den|-)\s*(?:het\s*)?(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*\)\s*"
                      r"(?:\(\s*\*{1,3}\s*\)\s*)?")


def row_month(cells: list[str], roles: list) -> Optional[str]:
    """The month of a row of a table with a month a row ('Tháng 1', 'T8/2025', a bare '7' under 'Tháng'),
    its year from the cell, else from the table's period or the document's date."""
    by_period = next((r for r in roles if r and r.startswith("period@")), None)
    at = roles.index(by_period) if by_period else len(cells)
    issued, _, period = (by_period or "")[len("period@"):].partition("|")
    week = WEEK_ROW.fullmatch(fold(cells[at])) if at < len(cells) else None
    if week:
        # 'Tuần 1 (từ 01/6 đến 05/6)': as of the week's last day, its year from the cell or the table's
        day, mon = int(week.group(1)), int(week.group(2))
        year = week.group(3) or (month_of(mon, issued or None, period or None) or "")[:4]
        return iso_date(day, mon, int(year)) if year else None
    day = DAY_ROW.fullmatch(fold(cells[at])) if at < len(cells) else None
    if day:
        # 'Thứ Hai (07/12)': that day, its year from the cell or the table's period or the document's date
        mon = int(day.group(2))
        year = day.group(3) or (month_of(mon, issued or None, period or None) or "")[:4]
        return iso_date(int(day.group(1)), mon, int(year)) if year else None
    # ('Tháng 01/2027' / '(15/12/2026 - 14/01/2027)': the month a report's period is named by, its span wrapped below)
    month = re.fullmatch(r"\s*(?:(?:thang|t)\s*)?(\d{1,2})(?:\s*/\s*(\d{4}))?\s*(?:\(\s*\d[\d/\s\-–]{8,30}\)\s*)?",
                         fold(cells[at])) if at < len(cells) else None
    if not month or not 1 <= int(month.group(1)) <= 12:
        return None
    return (f"{month.group(2)}-{int(month.group(1)):02d}" if month.group(2)
            else month_of(int(month.group(1)), issued or None, period or None))


def _across(text: str, cells: list[str], roles: list, when: Optional[str] = None,
            entity: Optional[str] = None) -> list[Hit]:
    """A row whose columns are the total ('value'), criteria ('crit:<name>', or 'crit:<name>|<max>' where
    the header gives the maximum) and the total's rank ('rank', 'rank/<out of>'): their hits, in the row's
    period or about the row's commune."""
    total = criterion_of(TOTAL, 0.8)
    out, start = [], len(text) - len(text.lstrip())
    row_when = when
    if "critname" in roles and "appraised" in roles:
        # 'Hải An | Cải cách thủ tục hành chính | 18 | 17,5 | 14,25' under 'Lĩnh vực | Điểm tối đa | Điểm tự đánh giá |
        # Điểm thẩm định': the area the row names, at its appraised points (what the self-assessment claimed is no score)
        named, got = (cells[roles.index(r)] if roles.index(r) < len(cells) else "" for r in ("critname", "appraised"))
        top = next((_bare_number(c) for c, r in zip(cells, roles) if r == "max"), None)
        value = _bare_number(got)
        entry = criterion_of(named.strip(), 0.85) if named.strip() else None
        entry = entry or _clipped_criterion(named, top)
        if value is not None and entry and entry.name != TOTAL and (top is None or value <= top):
            out.append(Hit("score", start, len(text), entry.name, value, top, entry.kind or None, when, entity=entity))
        return out
    if "critname" in roles and "critpair" in roles:
        named, pair = (cells[roles.index(r)] if roles.index(r) < len(cells) else "" for r in ("critname", "critpair"))
        got = re.fullmatch(r"\s*(\d+(?:[,.]\d+)?)\s*/\s*(\d+(?:[,.]\d+)?)\s*", pair)
        top = parse_number(got.group(2)) if got else None
        entry = criterion_of(named.strip(), 0.85) if named.strip() else None
        entry = entry or _clipped_criterion(named, top)       # 'Dịch vụ công trực' / 'tuyến' wrapped below
        if got and entry and entry.name != TOTAL and parse_number(got.group(1)) <= (top or 0):
            out.append(Hit("score", start, len(text), entry.name, parse_number(got.group(1)), top, entry.kind or None,
                           when, entity=entity))
    for i, cell in enumerate(cells):
        role = roles[i] if i < len(roles) else None
        role, _, spanned = (role or "").partition("@")      # a column under a period heading (_spanned_periods)
        role, when = role or None, spanned or row_when
        value = _bare_number(cell)
        ranked = re.fullmatch(r"\s*(\d{1,3})\s*/\s*(\d{2,3})\s*", cell) if (role or "").startswith("rank") else None
        if ranked:
            # '57/114' under 'Xếp hạng': the rank and the number ranked
            out.append(Hit("rank", start, len(text), total.name, int(ranked.group(1)), float(ranked.group(2)),
                           total.kind or None, when, entity=entity))
            continue
        if value is None or not role:
            continue
        if role == "value":
            out.append(Hit("score", start, len(text), total.name, value, None, total.kind or None, when, entity=entity))
        elif role.startswith("crit:"):
            name, _, limit = role[5:].partition("|")
            named = criterion_of(name, 0.99)
            out.append(Hit("score", start, len(text), name, value, float(limit) if limit else None,
                           (named.kind or None) if named else None, when, entity=entity))
        elif role == "rank" or role.startswith("rank/"):
            bound, _, of = role[5:].partition("|") if role.startswith("rank/") else ("", "", "")
            named = criterion_of(of, 0.99) if of else total
            out.append(Hit("rank", start, len(text), named.name if named else of, value, float(bound) if bound else None,
                           (named.kind or None) if named else None, when, entity=entity))   # ('Điểm thẩm định': the score ranked)
    return out


def _index_of_row(name: str) -> Optional[str]:
    """'Chỉ số cải cách hành chính (PAR Index)', 'Chỉ số hài lòng về sự phục vụ hành' (wrapped): the index a
    table row names, other than the 766 index whose rows are its criteria."""
    found = find_all("indices", name)
    lead = re.match(r"\s*chi\s*so\s+", fold(name))          # 'Chỉ số SIPAS (%)': the index named after 'Chỉ số'
    if lead and found and found[0][0] > 1 and not re.fullmatch(r"\s*(?:\([^()]*\))?\s*", fold(name)[found[0][1]:]):
        lead = None         # ('Chỉ số SIPAS chung | 80,95 | 82,88 | tăng 1,93': the survey's figures, read as rates)
    entry = found[0][2] if found and found[0][0] <= (lead.end() if lead else 1) else begun("indices", name)
    if entry and entry.name == INDEX_766 and re.match(r"\s*bo\s*chi\s*so\s*phuc\s*vu", fold(name)):
        return INDEX_766    # 'Bộ chỉ số phục vụ người dân, doanh' / 'nghiệp (điểm bình quân năm)' beside other indices: its total
    return entry.name if entry and entry.name != INDEX_766 else None


def _index_row(text: str, cells: list[str], name_i: int, roles: Optional[list], index: str) -> list[Hit]:
    """A row of a table of indices ('1 | Chỉ số cải cách hành chính (PAR Index) | 83,46/100 điểm | 14/45'): the
    index's total ('83,46/100 điểm', '85,12%') and its rank ('14/45')."""
    out, start = [], len(text) - len(text.lstrip())
    if roles and any((r or "").startswith("value@") for r in roles):
        # 'Năm 2025 | | Năm 2026' over 'Kết quả | Xếp hạng | Kết quả | Xếp hạng': each year's result and the rank beside it
        when = None
        for i in range(name_i + 1, min(len(cells), len(roles))):
            cell, role = fold(cells[i]).strip(), roles[i] or ""
            if role.startswith("value@"):
                when = column_period(role)
                value = re.fullmatch(r"(\d+(?:,\d+)?)\s*(?:diem|%)?", cell)
                if value and when:
                    out.append(Hit("score", start, len(text), TOTAL, parse_number(value.group(1)), None, index, when))
            elif role.startswith("rank") and when:
                placed = re.fullmatch(r"(?:thu\s*)?(\d{1,3})\s*(?:/\s*(\d{2,3}))?(?:\s+[^\W\d][^\d]{0,20})?", cell)
                if placed:
                    out.append(Hit("rank", start, len(text), TOTAL, int(placed.group(1)),
                                   int(placed.group(2)) if placed.group(2) else None, index, when))
        return out
    for i in range(name_i + 1, len(cells)):
        cell, role = fold(cells[i]).strip(), (roles[i] if roles and i < len(roles) else None)
        points = re.fullmatch(r"(\d+(?:,\d+)?)\s*(?:/\s*(\d{2,3}))?\s*(?:diem|%)", cell) or \
            (re.fullmatch(r"(\d+,\d+)\s*/\s*(\d{2,3})", cell) if role != "rank" else None)
        placed = re.fullmatch(r"(?:thu\s*)?(\d{1,3})\s*/\s*(\d{2,3})", cell) if not points else None
        if points and not any(h.kind == "score" for h in out):
            out.append(Hit("score", start, len(text), TOTAL, parse_number(points.group(1)),
                           float(points.group(2)) if points.group(2) else None, index))
        elif placed and role in (None, "rank") and not any(h.kind == "rank" for h in out):
            out.append(Hit("rank", start, len(text), TOTAL, int(placed.group(1)), int(placed.group(2)), index))
    return out


def group_column_hits(text: str, roles: list, group) -> list[Hit]:
    """A row of a table of counts by commune with one column of a group's points ('Phường Hưng Đạo | 318 | 251 |
    78,93 | 13,86' under '… | Điểm nhóm (tối đa 18)' in a letter about 'Công khai, minh bạch'): that group's score,
    about the row's commune."""
    cells = text.split("\t")
    at = next((i for i, r in enumerate(roles) if r == "value"), None)
    if at is None or at >= len(cells) or group is None or not group.extra:
        return []
    place = next((p for c in cells[:3] for p in [_place_named(c)] if p and re.match(r"\s*(?:xa|phuong|dac\s*khu)\s", fold(c))), None)
    value = parse_number(cells[at].strip()) if re.fullmatch(r"\s*\d{1,2}(?:[,.]\d{1,2})?\s*", cells[at]) else None
    top = parse_number(group.extra)
    if place is None or value is None or top is None or value > top:
        return []
    start = len("\t".join(cells[:at])) + (1 if at else 0)
    return [Hit("score", start, start + len(cells[at].rstrip()), group.name, value, top, group.kind or None, entity=place)]


def _place_named(cell: str) -> Optional[str]:
    """'Xã Hà Bắc' -> 'xã Hà Bắc'; a name the row wraps before its end ('Xã Nguyễn Lương') is the one place
    it begins."""
    cell = re.sub(r"^(?i:ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|ubnd)\s+(?=(?i:xã|phường|đặc\s+khu)\s)", "", cell.strip())
    # ('P. Lê Thanh Nghị', 'X. Tuệ Tĩnh', 'ĐK Bạch Long Vĩ' in a narrow column, a note below spelling the kinds out)
    short = re.match(r"(?:(P)\.|(X)\.|(ĐK)\.?)\s*(?=[A-ZĐÀ-Ỹ])", cell)
    if short:
        cell = ("phường", "xã", "đặc khu")[short.lastindex - 1] + " " + cell[short.end():]
    folded = fold(cell)     # ('Ủy ban nhân dân phường Ngô Quyền' in a list of units commended: the ward)
    kind = re.match(r"(xa|phuong|dac\s*khu)\s+", folded)
    rest = cell[kind.end():] if kind else cell
    found = find_all("places", rest)
    entry = found[0][2] if found and found[0][0] == 0 else begun("places", rest)
    if entry is None:
        return None
    return f"{entry.kind or fold(kind.group(1))} {entry.name}"


def _place_row(text: str, cells: list[str], roles: list) -> list[Hit]:
    """A row of a table of communes and wards, or of the commune's own units (_places_down): each criterion's
    score and the total's rank, about the row's commune, ward or unit."""
    from extractors.sections import unit_in_cell
    at = next(i for i, r in enumerate(roles) if r in ("place", "ownunit"))
    cell = cells[at].strip() if at < len(cells) else ""
    entity = (unit_in_cell(cell, fallback=True) if roles[at] == "ownunit" else _place_named(cell)) if cell else None
    if any(i != at and i < len(roles) and roles[i] is None and RANK_ROW_KIND.fullmatch(fold(c)) for i, c in enumerate(cells)):
        # '| (Cụm trưởng) | Hạng | - | 31 | 22 | … | 12' under a commune's 'Điểm' row: each criterion's rank, the commune's
        # (records.py names the commune of the row above where this row names none)
        start = len(text) - len(text.lstrip())
        return [Hit("rank", start, len(text), roles[i][5:].partition("|")[0], int(parse_number(c.strip())), None,
                    entity=entity) for i, c in enumerate(cells[:len(roles)])
                if (roles[i] or "").startswith("crit:") and re.fullmatch(r"\s*\d{1,3}\s*", c)]
    if entity is None:
        return []
    hits = _across(text, cells, roles, entity=entity)
    # ('… | Nhóm chỉ tiêu bị trừ nhiều nhất (điểm đạt/tối đa)' over 'Số hóa hồ sơ (17,96/22)': that group's points)
    hits += [h for h in _group_cells(text, cells, roles, at, entity, None)
             if not any(o.kind == "score" and o.criterion == h.criterion for o in hits)]
    dated = {h.period for h in hits if h.kind == "score" and h.period}
    if len(dated) == 1:
        # 'Văn bản QPPL | … | Chỉ số CCHC năm 2025 (%)': the areas of the year the total's column names
        for h in hits:
            if h.period is None and (h.kind == "rank" or h.criterion != TOTAL):
                h.period = next(iter(dated))
    return hits


RANK_ROW_KIND = re.compile(r"\s*(?:xep\s*|thu\s*)?hang\s*")      # 'Điểm' / 'Hạng' rows of one commune


# short forms clerks write in a table's narrow name column ('DVC trực tuyến', 'Thanh toán TT', 'Số hóa HS, KQ')
CLIPPED_WORDS = {"dvc": "dịch vụ công", "tt": "trực tuyến", "hs": "hồ sơ", "kq": "kết quả", "tthc": "thủ tục hành chính"}


def _clipped_criterion(name: str, top: Optional[float]):
    """A criterion a table row names clipped or abbreviated ('Công khai', 'Tiến độ', 'DVC trực tuyến', 'Số hóa HS,
    KQ', 'Tổng CT1 - CT6'), confirmed by the row's maximum: the one criterion whose name begins the row's (or the
    row's begins its) with that maximum; None otherwise."""
    if top is None:
        return None
    name = re.sub(r"^\s*" + ROW_CODE.pattern + r"\s+", "", name)      # 'CT1 Công khai' as OCR without cell breaks gives it
    if re.match(r"\s*tong(?!\w)", fold(name)) and top == 100:
        return criterion_of(TOTAL, 0.8)                   # 'Tổng CT1 - CT6 | 100 | 91,8'
    words = [CLIPPED_WORDS.get(w.lower(), w) for w in re.findall(r"[^\W_]+|,", name)]
    key = fold(" ".join(words).replace(" ,", ",")).strip(" ,")
    if len(key) < 4:
        return None
    found = {}
    for entry in criteria():
        if not entry.extra or parse_number(entry.extra) != top:
            continue
        for spelling in entry.spellings:
            f = fold(spelling)
            if re.match(re.escape(key) + r"(?:[ ,]|$)", f) or re.match(re.escape(f) + r"(?:[ ,]|$)", key):
                found[entry.name] = entry
    if not found and len(key.split()) >= 4:
        entry = begun("criteria", name)
        if entry is not None and not entry.extra:
            return entry    # 'Xây dựng và phát triển chính quyền' / 'điện tử, chính quyền số': a PAR Index field wrapped
            #                 (its maximum set each year, none in the dictionary)
    return next(iter(found.values())) if len(found) == 1 else None


# a units table's row of the mean of its units ('Bình quân chung', 'Bình quân Cụm', 'Trung bình các đơn vị')
MEAN_ROW = re.compile(r"\s*(?:binh\s*quan|trung\s*binh)(?:\s+.{0,40})?\s*:?\s*")      # ('Bình quân 06 xã')


def place_or_unit(name: str) -> Optional[str]:
    """The commune, ward or unit a units table's row names ('Xã Gia Phúc' -> 'xã Gia Phúc')."""
    from extractors.sections import unit_in_cell
    begins = None if lookup("units", name) else begun("units", name, shortest=8)
    return _place_named(name) or (begins.name if begins else unit_in_cell(name, fallback=True))


def _unit_row(text: str, cells: list[str], roles: list) -> list[Hit]:
    """A row of a table of units' totals ('1 | Trung tâm Phục vụ hành chính công | 96,5 | Hoàn thành tốt | 1'):
    the total and its rank, about the row's unit (a commune or ward where the row names one). The total's
    maximum and the rank's 'out of' are the table's, set where it ends (records.py)."""
    at = roles.index("unitrow")
    name = cells[at].strip() if at < len(cells) else ""
    ranked = sorted(r[5:] for r in roles if r and r.startswith("rank@"))
    month = ranked[-1] if ranked else None     # the points beside the months' ranks are the latest month's
    start = len(text) - len(text.lstrip())
    if not name.strip() and not any(c.strip() for c in cells[:at]):
        # '\t\t\t\t\tTiến độ giải quyết: 16,95/20' under a commune's row: its second group (records.py names the row's
        # commune)
        return _group_cells(text, cells, roles, at, None, month)
    if not re.search(r"[^\W\d]{2,}", name) or re.fullmatch(r"(?:tong\s*cong|tong|cong)\s*:?", fold(name)) \
            or MEAN_ROW.fullmatch(fold(name)):
        return []          # 'Cộng', 'Bình quân chung', 'Bình quân Cụm' (a metric: metrics.py) (not 'Công an phường')
    entity = place_or_unit(name)      # (a name the row wraps: 'Phòng Kinh tế, Hạ tầng và Đô' / 'thị')
    out = _group_cells(text, cells, roles, at, entity, month)
    # a rank column's period where it names none: the latest period of the points beside it (a quarter's: none)
    column_month = max((r[6:] for r in roles if r and r.startswith("value@")), default=None)
    column_month = NO_PERIOD if column_month and column_label("value@" + column_month) else column_month
    for i, cell in enumerate(cells[:len(roles)]):
        value = parse_number(cell.strip()) if re.fullmatch(r"\s*\d+(?:[,.]\d+)?\s*", cell) else None
        among = re.fullmatch(r"\s*(\d{1,3})\s*/\s*(\d{1,3})\s*", cell) if roles[i] == "rank" else None
        if among and 1 <= int(among.group(1)) <= int(among.group(2)):
            # 'Xếp hạng trong khối' over '31/45': the rank and its own whole
            out.append(Hit("rank", start, len(text), TOTAL, int(among.group(1)), int(among.group(2)), None, entity=entity,
                           period=column_month))
            continue
        monthly = MONTH_IN_CELL.fullmatch(fold(cell)) if (roles[i] or "").startswith("monthly@") else None
        if monthly and 1 <= int(monthly.group(2)) <= 12 and parse_number(monthly.group(1)) <= 100:
            # '95,86 (T2)' under 'Điểm tháng thấp nhất (tháng)': that month's total
            out.append(Hit("score", start, len(text), TOTAL, parse_number(monthly.group(1)), None, None, entity=entity,
                           period=f"{roles[i][8:]}-{int(monthly.group(2)):02d}"))
            continue
        paired = VALUE_RANK_CELL.fullmatch(cell) if value is None and (roles[i] == "value" or (roles[i] or "").startswith("value@")) else None
        if paired and parse_number(paired.group(1)) <= 100:
            # '85,37 (114)' under 'Tổng điểm tháng 12/2026 (xếp hạng/114)': the total and its rank (out of the table's)
            when = roles[i][6:] if roles[i].startswith("value@") else month
            out.append(Hit("score", start, len(text), TOTAL, parse_number(paired.group(1)), None, None, entity=entity, period=when))
            out.append(Hit("rank", start, len(text), TOTAL, int(paired.group(2)), None, None, entity=entity, period=when))
            continue
        if value is None:
            continue
        if (roles[i] or "").startswith("index:") and value <= 100:
            # 'Chỉ số SIPAS năm 2026 (%)' beside the PAR Index's points: the row's result in that index
            named, _, when = roles[i][6:].partition("@")
            out.append(Hit("score", start, len(text), TOTAL, value, None, named, entity=entity, period=when or month))
            continue
        if (roles[i] == "value" or (roles[i] or "").startswith("value@")) and value <= 100:
            # ('Tổng điểm tháng 12/2026': the month the column names)
            # ('Bình quân quý IV/2026' beside the months: the quarter's, no period form)
            out.append(Hit("score", start, len(text), TOTAL, value, None, None, entity=entity,
                           period=NO_PERIOD if column_label(roles[i]) else
                           (roles[i][6:] if roles[i].startswith("value@") else None) or month))
        elif (roles[i] or "").startswith("rank") and value == int(value) and value >= 1:
            # ('Thứ hạng tháng 12/2026 | Thứ hạng tháng 11/2026': each month's rank; 'Thứ hạng trong Cụm (/08)': out of 8;
            # 'Xếp hạng năm 2025 (/114)': that year's, out of 114)
            whole, _, when = roles[i][5:].partition("@") if roles[i].startswith("rank/") else (None, "", "")
            out.append(Hit("rank", start, len(text), TOTAL, int(value), int(whole) if whole else None, None, entity=entity,
                           period=roles[i][5:] if roles[i].startswith("rank@") else when or column_month))
    return out


# ('Số hóa hồ sơ: 17,96/22', 'Số hóa hồ sơ (17,96/22)')
GROUP_POINTS_CELL = re.compile(r"\s*([^\W\d][^:;\d(]{2,60}?)\s*(?::\s*(?=\d)|\s(?=\d)|\(\s*(?=[\d,]+\s*/\s*\d{1,2}\s*\)))"
                               r"(\d{1,2}(?:,\d{1,2})?)\s*/\s*(\d{1,2})\s*\)?\s*")
# a value column whose cells carry the rank in parentheses: 'Tổng điểm tháng 12/2026 (xếp hạng/114)' over '85,37 (114)'
RANK_INSIDE_HEAD = re.compile(r"\(\s*(?:xep|thu)\s*hang\s*(?:/\s*(\d{2,3}))?\s*\)")
VALUE_RANK_CELL = re.compile(r"\s*(\d{1,3}(?:,\d{1,2})?)\s*\(\s*(\d{1,3})\s*\)\s*")


def _group_cells(text: str, cells: list[str], roles: list, at: int, entity: Optional[str],
                 month: Optional[str]) -> list[Hit]:
    """The groups a row of a table of communes names in a text column with their points ('Nhóm chỉ tiêu bị trừ nhiều
    điểm nhất (điểm đạt/điểm tối đa)' over 'Số hóa hồ sơ: 16,38/22'): each group's score of the row's commune, in the
    month of the table's points."""
    when = next((r[6:] for r in roles if r and re.fullmatch(r"value@\d{4}-\d{2}", r)), None) or month
    out = []
    for i, cell in enumerate(cells[:len(roles)]):
        said = GROUP_POINTS_CELL.fullmatch(cell) if i != at and roles[i] in (None, "deducted") else None
        entry = criterion_of(said.group(1), 0.8) if said else None
        if entry and entry.name != TOTAL and entry.extra and parse_number(said.group(3)) == parse_number(entry.extra):
            out.append(Hit("score", len(text) - len(text.lstrip()), len(text), entry.name, parse_number(said.group(2)),
                           parse_number(said.group(3)), entry.kind or None, entity=entity, period=when))
    return out


# a plan's row whose 'ĐVT' cell says points or a rank: a score or a rank (here), not a count (metrics.py)
PLAN_POINTS = re.compile(r"diem")
PLAN_RANK = re.compile(r"(?:thu\s*)?hang|xep\s*hang|thu\s*bac|vi\s*tri")


def _plan_row(text: str, cells: list[str], name_i: int, roles: list) -> list[Hit]:
    """A row of a plan's targets and results whose unit is points or a rank ('6 | Điểm Bộ chỉ số … (bình quân) |
    điểm | ≥ 93 | 91,85 | 98,8 | Chưa đạt', '7 | Xếp hạng Bộ chỉ số … trong 114 xã | thứ hạng | Tốp 40 | 52'): the
    score or rank done; rows of counts and rates are metrics (metrics.py)."""
    unit = next((fold(cells[i]).strip() for i, r in enumerate(roles) if r == "unit" and i < len(cells)), "")
    at = next(i for i, r in enumerate(roles) if r and r.startswith("actual"))
    raw = cells[at].strip() if at < len(cells) else ""
    said = re.fullmatch(r"(\d+(?:,\d+)?)(?:\s*/\s*(\d+(?:,\d+)?))?", raw)       # '91,85', '9,4/12'
    value = parse_number(said.group(1)) if said else None
    if value is None:
        return []
    bound = parse_number(said.group(2)) if said.group(2) else None
    when = roles[at][7:] or None
    name = cells[name_i].strip()
    note = re.search(r"\(\s*([^()]{1,12}?)\s*\)\s*$", name)
    if not unit and note and fold(note.group(1)).strip() == "diem":
        unit, name = "diem", name[:note.start()].strip()      # no ĐVT column: 'Điểm Bộ chỉ số 766 (điểm)'
    elif not unit and re.match(r"\s*(?:xep|thu)\s*hang", fold(name)):
        unit = "xep hang"                                      # 'Xếp hạng (/114)'
    index = _index_of_row(name)
    start = len(text) - len(text.lstrip())
    if PLAN_POINTS.fullmatch(unit):
        entry = criterion_of(re.sub(r"^\s*(?:(?:tổng\s+)?điểm|nhóm\s+chỉ\s+tiêu)\s+", "", name, flags=re.I), 0.8) \
            if not re.match(r"\s*(?:tong\s*)?diem\s*(?:binh\s*quan\s*)?(?:cua\s*)?bo\s*chi\s*so", fold(name)) else None
        entry = entry or criterion_of(TOTAL, 0.8)
        return [Hit("score", start, len(text), entry.name, value, bound, index or entry.kind or None, when)]
    if PLAN_RANK.fullmatch(unit) and value == int(value):
        among = AMONG.search(fold(name)) or re.search(r"/\s*(\d{2,3})\s*\)", name)
        total = criterion_of(TOTAL, 0.8)
        return [Hit("rank", start, len(text), total.name, int(value), int(among.group(1)) if among else None,
                    index or total.kind or None, when)]
    return []


PLAIN_VALUE = re.compile(r"\d+(?:[,.]\d+)?(?:\s*/\s*\d+)?|[Tt][ốoôồ]\w*\s*[đd]a|-|–")


def plain_values(text: str, roles: Optional[list[Optional[str]]] = None) -> list[tuple[Optional[int], int, str]]:
    """The values ending a table row OCR gave without cell breaks ('1 Công khai, minh bạch 18 17,5 0,5'):
    (column, offset in the row, value). Under a header without cell breaks (roles [None, None, …]) the
    values are right-aligned to its columns; else their column is None."""
    text = fix_cells(text)
    m = ROW.match(fold(text))
    if not m:
        return []
    found = [(v.start(), v.group(0)) for v in PLAIN_VALUE.finditer(text, m.start("nums"), m.end("nums"))]
    if roles and len(roles) > 2 and not any(roles[:2]) and len(found) <= len(roles) - 2:
        first = len(roles) - len(found)
        return [(first + k, at, v) for k, (at, v) in enumerate(found)]
    return [(None, at, v) for at, v in found]


ROW_CODE = re.compile(r"[A-ZĐ]{1,4}\s*\d{1,2}(?:\.\d{1,2})?")     # 'CT2', 'TC1.2': a row's code before its name
ROW_MARK = re.compile(r"[IVX]{1,5}\.?|[a-zđ]\)")        # a row's number cell: 'III', 'b)' (not its name)


PAREN_RANK_CELL = re.compile(r"(\s*\d+(?:,\d+)?\s*)\(\s*(\d{1,3}|-)\s*\)\s*")      # '19,12 (84)', '18 (-)'


def table_hits(text: str, roles: Optional[list[Optional[str]]] = None) -> list[Hit]:
    """A table row naming a criterion: its score (with max) and rank. A period's cell holding the points and the
    rank in parentheses ('19,12 (84)' under 'Tháng 10'; '(-)' where all share the maximum): both, in that period."""
    if roles and "\t" in text:
        cells = text.split("\t")
        ranked = [(i, m) for i, c in enumerate(cells) if i < len(roles) and (roles[i] or "").startswith("value@")
                  for m in [PAREN_RANK_CELL.fullmatch(c)] if m]
        if len(ranked) >= 2 and len(ranked) == sum(1 for i, c in enumerate(cells) if i < len(roles)
                                                  and (roles[i] or "").startswith("value@") and c.strip()):
            for i, m in ranked:
                cells[i] = m.group(1).ljust(len(cells[i]))
            hits = _table_hits(text, "\t".join(cells), roles)
            scored = {h.period: h for h in hits if h.kind == "score"}
            for i, m in ranked:
                period = column_period(roles[i])
                if m.group(2) != "-" and period in scored:
                    h = scored[period]
                    hits.append(Hit("rank", h.start, h.end, h.criterion, int(m.group(2)), None, h.index, period,
                                    entity=h.entity))
            return hits
    return _table_hits(text, text, roles)


def _table_hits(original: str, text: str, roles: Optional[list[Optional[str]]] = None) -> list[Hit]:
    folded = fold(text)
    by_period = next((r for r in roles or [] if r and r.startswith("period@")), None)
    if by_period and "\t" in text and any((r or "").startswith("atplace:") for r in roles):
        # 'Kỳ đánh giá | Xã Ninh Giang | Xã Hồng Châu | …' over 'Quý I/2026 | 91,84 | …', 'Xếp hạng năm (/114) | 42 | …':
        # each commune's total in the row's period, or its rank
        cells = text.split("\t")
        return _places_across(text, cells, cells[0].strip(), roles) if cells[0].strip() else []
    if by_period and "\t" in text:
        return _period_row(text, text.split("\t"), roles, by_period)     # '9 | 90,12 | 63' (no name cell)
    if "\t" in text:
        cells = text.split("\t")
        name_i = next((i for i, c in enumerate(cells) if re.search(r"[^\W\d]", c) and not MAX_MARK.match(fold(c).strip())
                       and not ROW_MARK.fullmatch(c.strip()) and not (ROW_CODE.fullmatch(c.strip()) and i + 1 < len(cells)
                                                                   and re.search(r"[^\W\d]{2,}", cells[i + 1]))), None)
        if name_i is None:
            return []
        name = cells[name_i].strip()
        cells = [FOOTNOTE_MARK.sub("", c) if re.match(r"\s*\d", c) else c for c in cells]    # '1(*)': a tie, noted below
        values = [(i, fix_cells(cells[i].strip()) if re.fullmatch(r"[0-9OoGSBlI|]{1,3}", cells[i].strip()) else cells[i].strip())
                  for i in range(name_i + 1, len(cells)) if cells[i].strip()]
    else:
        text = fix_cells(text)
        folded = fold(text)
        m = ROW.match(folded)
        if not m:
            return []
        name = text[m.start("name"):m.end("name")].strip()
        values = [(i, v) for i, _, v in plain_values(text, roles)]
    if is_plan(roles) and "\t" in text:
        return _plan_row(text, cells, name_i, roles)
    if roles and any((r or "").startswith("kindcount:") for r in roles):
        return []           # 'Tổng cộng | 187 | 139 | 326' under 'Đơn vị tính: thủ tục' (records._kinds_counted): counts
    if roles and "\t" in text and any((r or "").startswith("atplace:") for r in roles):
        return _places_across(text, cells, name, roles)
    if roles and "self" in roles and "\t" in text and TOTAL_ROW_NAME.fullmatch(fold(name)):
        return _self_and_appraised_total(text, cells, name, roles)
    if roles and ("place" in roles or "ownunit" in roles) and "\t" in text:
        return _place_row(text, cells, roles)
    if roles and "unitrow" in roles and "\t" in text:
        return _unit_row(text, cells, roles)
    index = _index_of_row(name) if "\t" in text else None
    if index:
        return _index_row(text, cells, name_i, roles, index)
    # a sub-criterion numbered under its area ('3.1 | Công khai thủ tục hành chính | 4 | 4'): only a criterion's
    # own name, not one a few letters away ('Cải cách thủ tục hành chính' is the area above)
    close = 0.93 if "\t" in text and name_i and re.fullmatch(r"\s*\d{1,2}\.\d{1,2}\.?\s*", cells[name_i - 1]) else 0.8
    # ('Cải cách chế độ công vụ (đội ngũ công chức,' wrapped onto '| viên chức)': without the parenthesis, closed or not)
    entry = criterion_of(name, close) or criterion_of(re.sub(r"\s*\([^()]*\)?\s*$", "", name), close) \
        or criterion_of(re.sub(r"\s+(?:của\s+)?Bộ\s+chỉ\s+số\b.*$", "", name, flags=re.I), close) \
        or (criterion_of(TOTAL, 0.8) if AVERAGE_OF_INDEX.match(fold(name)) or TOTAL_AVERAGE.fullmatch(fold(name))
            or (re.fullmatch(r"\s*cong\s*:?\s*", fold(name)) and any(re.search(r"/\s*100\s*$", v) for _, v in values))
            else None)   # 'Tổng điểm (6 nhóm)', 'Tổng điểm Bộ chỉ số', 'Tổng điểm bình quân (điểm)', 'Cộng | 93,23/100'
    if entry is not None and fold(entry.name).endswith(" " + fold(name).strip()) \
            and len(entry.name.split()) - len(name.split()) >= 2:
        # 'Thủ tục hành chính' (a SIPAS aspect) is not 'Cải cách thủ tục hành chính' without its head; 'CT5 | Hài lòng |
        # 18 | …' is 'Mức độ hài lòng', its maximum says so
        top = next((parse_number(raw) for i, raw in values if i is not None and roles and i < len(roles)
                    and roles[i] == "max"), None)
        if not (entry.extra and top is not None and parse_number(entry.extra) == top):
            entry = None
    if entry is None and roles and "max" in roles:
        top = next((parse_number(raw) for i, raw in values if i is not None and i < len(roles) and roles[i] == "max"), None)
        entry = _clipped_criterion(name, top)
    columns = [r[6:] for r in roles or [] if r and r.startswith("value@")]
    group = GROUP_ROW.match(name) if entry is None and columns and "\t" in text else None
    grouped = criterion_of(re.sub(r"\s*\([^()]*\)\s*$", "", name[group.end():]), 0.9) if group else None
    if grouped and group.group(1):
        # 'Thứ hạng nhóm chỉ tiêu Thanh toán trực tuyến | /114 | 96 | 88 | 71' under month columns: the group's rank
        # in each ('Điểm nhóm chỉ tiêu … (tối đa 10 điểm) | điểm | 6,84 | …' reads on as that group's points)
        whole = next((re.fullmatch(r"\s*/\s*(\d{2,3})\s*", c) for c in cells if re.fullmatch(r"\s*/\s*\d{2,3}\s*", c)), None)
        start = len(text) - len(text.lstrip())
        return [Hit("rank", start, len(text), grouped.name, int(m.group(1)), int(m.group(2) or (whole.group(1) if whole else 0)) or None,
                    grouped.kind or None, column_period(roles[i]))
                for i, cell in enumerate(cells) if i < len(roles) and (roles[i] or "").startswith("value@")
                for m in [re.fullmatch(r"\s*(\d{1,3})\s*(?:/\s*(\d{2,3}))?\s*", cell)] if m and int(m.group(1)) >= 1]
    entry = entry or grouped
    rank_row = RANK_ROW.fullmatch(fold(name))
    if not entry and columns and rank_row and "\t" in text:
        # 'Xếp hạng | - | 99/114 | 41/114', 'Xếp hạng (trên 114 đơn vị) | | 71 | 52' under period columns: the
        # total's rank in each
        start = len(text) - len(text.lstrip())
        out = []
        for i, cell in enumerate(cells):
            role = roles[i] if i < len(roles) else None
            m = re.fullmatch(r"\s*(\d{1,4})\s*(?:/\s*(\d{1,4}))?\s*", cell)
            if role and role.startswith("value@") and m:
                out_of = m.group(2) or rank_row.group(1)
                out.append(Hit("rank", start, len(text), TOTAL, int(m.group(1)), int(out_of) if out_of else None,
                               None, column_period(role)))
        return out
    if not entry or not values:
        return []
    counted = roles and any(r and (r.startswith(("count:", "rate:")) or r == "rate") for r in roles)
    if counted and not any(r in ("max", "value", "rank") or (r or "").startswith("value@") for r in roles):
        return []           # 'Tổng cộng | 1.486 | 1.312 (88,29%)' under 'Tổng số hồ sơ …': counts, not points
    dict_max = parse_number(entry.extra) if entry.extra else None
    # ('18 điểm', '19,31 điểm' in a 'Kết quả năm 2026' column: the points, their unit written after them)
    values = [(i, re.sub(r"(?<=\d)\s*điểm\s*$", "", v)) for i, v in values]
    parsed = [(i, parse_number(re.split(r"\s*/\s*", v)[0]) if re.match(r"\d", v) else None) for i, v in values]
    start = len(text) - len(text.lstrip())
    score_max = score_value = rank = None
    out_of = None
    period_values: list[tuple[str, float]] = []
    period_columns: dict[int, str] = {}        # column -> its period, for the rank column beside it
    ranks_at: list[tuple[int, float, Optional[int]]] = []
    ranked_in: list[tuple[str, int, Optional[int]]] = []      # a rank column with its own month ('Xếp hạng' / 'tháng 12')
    if roles and any(i is not None for i, _ in parsed) and any(roles):
        for (i, v), (_, raw) in zip(parsed, values):
            role = roles[i] if i is not None and i < len(roles) else None
            if role == "max":
                score_max = v
            elif role == "value":
                score_value = v
                over = re.fullmatch(r"\s*\d+(?:[,.]\d+)?\s*/\s*(\d+(?:[,.]\d+)?)\s*", raw)
                if over and score_max is None:
                    score_max = parse_number(over.group(1))        # '18,74/20' under 'Điểm (đạt/tối đa)'
            elif role and role.startswith("value@") and v is None and len([r for r in roles if (r or "").startswith("value@")]) == 1 \
                    and (aside := re.fullmatch(r"\s*\d+(?:,\d+)?\s*\(\s*(\d+(?:,\d+)?)\s*\)\s*", raw)):
                # '18,00 (17,81)' under 'Chỉ tiêu điểm năm 2027 (kết quả năm 2026)': the column's year's result is the one
                # in parentheses (the target beside it is no score)
                period_values.append((column_period(role), parse_number(aside.group(1))))
                period_columns[i] = column_period(role)
            elif role and role.startswith("value@") and v is not None:
                period_values.append((column_period(role), v))
                period_columns[i] = column_period(role)
                over = re.fullmatch(r"\s*\d+(?:[,.]\d+)?\s*/\s*(\d+(?:[,.]\d+)?)\s*", raw)
                if over and score_max is None and sum(1 for r in roles if r and r.startswith("value@")) == 1:
                    score_max = parse_number(over.group(1))        # '10,75/12' under 'Năm 2025 (điểm đạt/điểm tối đa)'
            elif role and role.startswith("rank@") and v is not None and float(v).is_integer():
                m = re.match(r"\s*(\d+)\s*/\s*(\d+)", raw)
                ranked_in.append((role[5:], int(v), int(m.group(2)) if m else None))
            elif role == "rank" or role and role.startswith("rank/"):
                rank = v
                out_of = int(role[5:]) if role.startswith("rank/") else None     # 'Xếp hạng (/114)'
                m = re.match(r"\s*(\d+)\s*/\s*(\d+)", raw)
                if m:
                    rank, out_of = float(m.group(1)), int(m.group(2))
                if rank is not None:
                    ranks_at.append((i, rank, out_of))
    bound = score_max if score_max is not None else dict_max
    if any(bound is not None and v > bound for _, v in period_values):
        return []           # 'Tổng số | 1.167 | 768' under month columns: counts, not points
    if period_values:
        hits = [Hit("score", start, len(text), entry.name, v, bound, entry.kind or None, period) for period, v in period_values]
        if rank is not None and float(rank).is_integer() and len(period_values) == 1:
            # 'Tháng 11/2026' over 'Điểm đạt | Xếp hạng': the rank is that month's too
            hits.append(Hit("rank", start, len(text), entry.name, int(rank), out_of, entry.kind or None,
                            period_values[0][0]))
        elif len(period_values) > 1 and ranks_at and all(i - 1 in period_columns for i, _, _ in ranks_at):
            # 'Tháng 11/2026 | | Tháng 12/2026 |' over 'Điểm | Xếp hạng | Điểm | Xếp hạng': each rank is the month's
            # of the points beside it
            hits += [Hit("rank", start, len(text), entry.name, int(r), among, entry.kind or None, period_columns[i - 1])
                     for i, r, among in ranks_at if float(r).is_integer()]
        hits += [Hit("rank", start, len(text), entry.name, r, among, entry.kind or None, when) for when, r, among in ranked_in]
        return hits
    aims = [v for i, v in parsed if roles and i is not None and i < len(roles) and roles[i] == "aim"]
    if score_value is None and aims and rank is None and not any(
            v is not None and not (roles and i is not None and i < len(roles) and roles[i] in ("max", "aim")) for i, v in parsed):
        return []           # 'Nhóm chỉ tiêu | Điểm tối đa | Lãnh đạo phụ trách | … | Điểm mục tiêu năm 2027': maxima and targets
    if score_value is None:
        # (not the aims, nor others' points: 'Khối phường | Khối xã' are the blocs' means, metrics.py)
        parsed = [(i, v) for i, v in parsed if not (roles and i is not None and i < len(roles)
                                                     and (roles[i] == "aim" or (roles[i] or "").startswith(("peer:", "gap:"))))]
        nums = [v for _, v in parsed]
        first_two = nums[:2]
        if len(first_two) == 2 and None not in first_two:
            if dict_max is not None and first_two[1] == dict_max and first_two[0] != dict_max:
                score_value, score_max = first_two
            else:
                score_max, score_value = first_two
            if score_value > score_max:
                score_max, score_value = score_value, score_max
            rank = nums[2] if len(nums) > 2 else None
        elif first_two and first_two[0] is not None and not (roles and parsed[0][0] is not None
                                                             and parsed[0][0] < len(roles) and roles[parsed[0][0]] == "max"):
            score_value, score_max = first_two[0], dict_max       # (not a maximum alone: 'Tổng cộng | 100 | | | 97,50 (91,74)')
    if score_value is not None and score_value > 1000:
        return []           # 'Tổng cộng | | | 241.000.000' under a proposal's costs: an amount of money, no points
    hits = []
    if score_value is not None:
        hits.append(Hit("score", start, len(text), entry.name, score_value, score_max, entry.kind or None))
    if rank is not None and float(rank).is_integer():
        hits.append(Hit("rank", start, len(text), entry.name, int(rank), out_of, entry.kind or None))
    return hits
