"""Deadlines of a task, normalised as the record contract says.

    find_deadline(text, issued=None) -> Deadline(date, text, kind)

kind: `by` ('trước ngày 30/11/2025', 'chậm nhất ngày …', 'hạn cuối …'), `exact` ('ngày 08/11/2025'),
`month` ('trong tháng 12/2025' -> last day of the month; 'trong tháng này': the document's month), `recurring` ('vào thứ Hai hằng tuần',
'hằng tháng', 'định kỳ'), `relative` ('trong 10 ngày làm việc', 'ngay trong ngày', 'chậm nhất trong
thời hạn thẩm định': no date), `none`. A date written without its year ('trước ngày 30/11') takes the
year of the document's date (`issued`, ISO), the next year if that would fall before the document.
Dates that belong to a cited document ('Quyết định số 255/2025/QĐ-UBND ngày 31/12/2025') are not deadlines.
"""
from __future__ import annotations

import datetime
import re
from typing import Optional

from extractors.gazetteer import fold
from extractors.numbers import dates_in_words, iso_date, month_before, month_end
from vanban.model import Deadline

D = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?"
DW = r"(\d{1,2})\s*th\w{0,2}ng\s*(\d{1,2})(?:\s*n\w{1,2}m\s*(\d{4}))?"
LEAD = r"(?:(?:phai\s*|de\s*)?(?:hoan\s*thanh|hoan\s*tat|xong|gui\s*(?:ve\s*)?[\w\s]{0,30}?|bao\s*cao[\w\s]{0,30}?|nop[\w\s]{0,20}?)\s*[,]?\s*)?"

# 'trước ngày 30/11/2025', 'hạn chót: 30/6/2026', 'xong trước 10 giờ sáng thứ Hai (15/6/2026)',
# 'trước 16 giờ 00 ngày thứ Năm (03/12/2026)'
BY = re.compile(LEAD + r"(?:tr\w{0,2}c|cham\s*nhat(?:\s*la)?|muon\s*nhat(?:\s*la)?|khong\s*muon\s*hon|han\s*cuoi(?:\s*la)?|"
                r"han\s*chot(?:\s*la)?|trong\s*thoi\s*han\s*den)\s*:?\s*(?:vao\s*)?"
                r"(?:\d{1,2}\s*(?:h|gio)\s*(?:\d{2})?\s*(?:phut)?\s*,?\s*)?"
                r"(?:(?:sang|chieu|toi)\s*)?(?:(?:ngay\s*)?(?:thu\s*(?:hai|ba|tu|nam|sau|bay)|chu\s*nhat)\s*)?[(,]?\s*"
                r"(?:ngay\s*)?(?:" + D + "|" + DW + ")")
# 'trước ngày 20 tháng này': a day of the month the document is dated in
THIS_MONTH_DAY = re.compile(LEAD + r"(?:truoc|cham\s*nhat|han\s*chot)\s*:?\s*(?:ngay\s*)?(\d{1,2})\s*(?:cua\s*)?thang\s*(?:nay|hien\s*tai)(?!\w)")
BY_LABEL = re.compile(r"(?:thoi\s*han(?:\s*hoan\s*thanh)?|han\s*(?:hoan\s*thanh|nop|gui)|thoi\s*gian\s*hoan\s*thanh|hoan\s*thanh\s*(?=:)|"
                      r"(?<!tinh\s)(?<!tinh)(?<!tu\s)den\s*(?:het\s*)?(?:ngay)?|(?<!tinh\s)(?<!tinh)(?<!tu\s)xong\s*truoc)\s*:?\s*(?:ngay\s*)?(?:"
                      + D + "|" + DW + ")")
DAY_RANGE = re.compile(r"(?<![\d/.,])(\d{1,2})(?:\s*/\s*(\d{1,2}))?\s*[-–]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])")
BY_MONTH = re.compile(LEAD + r"(?:truoc|cham\s*nhat(?:\s*la)?)\s*(?:thang|th\w{0,2}ng)\s*(\d{1,2})\s*(?:[/\-]|nam)\s*(\d{4})")
END = r"(?:(?:truoc|den|vao)\s*)?(?:cuoi|het|khi\s*ket\s*thuc|ket\s*thuc)"        # 'cuối năm 2026', 'trước cuối quý I/2026', 'hết tháng 3/2026'
# a labelled time ('; thời gian: Quý I/2026', 'thời gian thực hiện: tháng 12/2026') or 'hoàn thành tháng 12/2026'
LABEL = (r"(?:thoi\s*gian(?:\s*thuc\s*hien|\s*hoan\s*thanh)?|thoi\s*han(?:\s*hoan\s*thanh)?|tien\s*do(?:\s*hoan\s*thanh)?)"
         r"\s*:\s*(?:trong\s*)?|hoan\s*thanh\s*(?:trong\s*)?")
# 'tại kỳ họp tổ dân phố tháng 12/2026': at a meeting held in that month
AT_MEETING = r"tai\s*(?:(?:ky|cuoc|buoi|phien)\s*hop|hoi\s*nghi|(?:buoi\s*|ky\s*)?sinh\s*hoat)(?:\s+[^\W\d]+){0,8}?"
MONTH = re.compile(LEAD + r"(?:trong(?:\s*suot)?|ngay\s*trong|vao|" + END + "|" + LABEL + "|" + AT_MEETING +
                   r")\s*(?:thang|th\w{0,2}ng)\s*(\d{1,2})(?:\s*(?:[/\-]|nam)\s*(\d{4}))?")
# 'Tháng 5-6/2026', 'trong tháng 5 - 6 năm 2026': done by the end of the range's last month
# 'Trong tháng 4 và tháng 5/2026', 'tháng 4, tháng 5/2026': the same
MONTH_RANGE = re.compile(LEAD + r"(?:trong|vao|" + END + "|" + LABEL + r")\s*(?:(?:hai|ba|2|3)\s*)?(?:thang|th\w{0,2}ng)\s*(\d{1,2})\s*(?:[-–,]|va)\s*(?:thang\s*)?"
                         r"(\d{1,2})\s*(?:/|nam)\s*(\d{4})")
# '(từ tháng 3 đến tháng 5/2027)': done by the end of the span's last month
MONTH_SPAN = re.compile(r"(?<!\w)tu\s*(?:thang|th\w{0,2}ng)\s*(\d{1,2})(?:\s*/\s*\d{4})?\s*(?:den|toi)\s*(?:het\s*)?(?:thang|th\w{0,2}ng)\s*"
                        r"(\d{1,2})\s*(?:/|nam)\s*(\d{4})")
QUARTER = re.compile(LEAD + r"(?:trong|truoc\s*het|vao|" + END + "|" + LABEL + r")\s*quy\s*(i{1,3}v?|iv|[1-4]|1{2,3}|1v)(?!\w)"
                     r"(?:\s*(?:[/\-]|nam)\s*(\d{4}))?")        # 'cuối quý II': the year of the document
# the year-end appraisal of staff and units, not a time to finish by
APPRAISED = re.compile(r"(?:xep\s*loai|danh\s*gia|binh\s*xet|thi\s*dua|khen\s*thuong)[\w\s,]{0,12}$")
# 'trong quý II và quý III/2026', 'Quý II - III/2026': done by the end of the range's last quarter
QUARTER_RANGE = re.compile(LEAD + r"(?:trong|vao|" + END + "|" + LABEL + r")\s*(?:(?:hai|2)\s*)?quy\s*(i{1,3}|iv|[1-4])\s*"
                           r"(?:[-–,]|va)\s*(?:quy\s*)?(i{1,3}|iv|[1-4])(?!\w)(?:\s*(?:[/\-]|nam)\s*(\d{4}))?")
YEAR = re.compile(LEAD + r"(?:trong|truoc\s*het|" + END + "|" + LABEL + r")\s*nam\s*(\d{4})")
# 'trong tuần đầu tháng 4/2026', 'Tuần 2 tháng 4/2026': by the Sunday that ends that week (weeks run Monday-Sunday)
WEEK = re.compile(LEAD + r"(?:(?:trong|vao|truoc\s*het)\s*)?tuan\s*(dau|cuoi|(?:thu\s*)?(?:\d|hai|ba|tu))\s*(?:cua\s*)?"
                  r"(?:thang|th\w{0,2}ng)\s*(\d{1,2})(?:\s*(?:[/\-]|nam)\s*(\d{4})|(?![\d/\-]))")   # 'Tuần 2 tháng 7' (no year)
WEEK_NUMBER = {"dau": 1, "hai": 2, "ba": 3, "tu": 4}
# 'Xong trong quý này', 'trong tháng này', 'trước cuối năm nay': the period the document is dated in
THIS_PERIOD = re.compile(LEAD + r"(?:trong|" + END + r")\s*(?:(quy|thang|nam)\s*(?:nay|hien\s*tai)(?!\w)|(nam)(?=\s*(?:[.;,)]|$)))|"
                         r"tu\s*nay\s*den\s*(?:het\s*)?cuoi\s*(quy|thang|nam)(?:\s*nay)?(?!\w)")   # 'từ nay đến cuối tháng'
# 'hoàn thành trong 10 ngày đầu tháng 12/2026': by that month's 10th day
FIRST_DAYS = re.compile(LEAD + r"(?:trong\s*)?(\d{1,2})\s*ngay\s*dau\s*(?:cua\s*)?(?:thang|th\w{0,2}ng)\s*(\d{1,2})\s*(?:[/\-]|nam)\s*(\d{4})")
# 'Tuần 1 (07/01 - 10/01/2027)', 'Giai đoạn 2 (01/02 - 28/02/2027)': a period named, then its days: by the last
LABELLED_DAYS = re.compile(r"(?:tuan|giai\s*doan|dot)\s*(?:\d{1,2}|[ivx]{1,4})\s*[(:]?\s*(?:tu\s*)?(?:ngay\s*)?"
                           r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*(?:-|–|den)\s*(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
HALF = re.compile(LEAD + r"(?:trong\s*)?(?:6|sau)\s*thang\s*(dau|cuoi)\s*nam\s*(\d{4})")
EXACT = re.compile(r"(?:(?:vao|tu)\s*(?:\d{1,2}\s*gio(?:\s*\d{1,2})?\s*(?:phut)?\s*,?\s*)?)?"
                   # (a weekday's number alone: 'thứ 112/114' is a rank, no 'thứ 1' then '12/11')
                   r"(?:(?:sang|chieu|toi)\s*)?(?:(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7](?!\d))|chu\s*nhat)\s*,?\s*(?:ngay\s*)?|"
                   r"(?:thu\s*\w+\s*,?\s*)?ngay\s*)(?:" + D + "|" + DW + ")")     # 'Sáng thứ Năm, 12/11' too
# a time that is a routine, not a date: 'thường xuyên', 'hằng ngày' … 'hằng năm' (a table's time column, a time heading)
ROUTINE = r"thuong\s*xuyen|hang\s*(?:ngay|tuan|thang|quy|nam)"
FIRM = r"(?:xong|hoan\s*thanh|cham\s*nhat|han\s*chot)(?:\s*truoc)?"      # a time a work is due by, said so
# 'N buổi/ngày, từ ngày … đến hết ngày …': how often, over a span of days
SPAN_EVERY = re.compile(r"(?:\d{1,2}\s*(?:lan|buoi|luot)\s*/\s*(?:ngay|tuan)|hang\s*(?:ngay|tuan))\s*,?\s*tu\s*ngay\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
                        r"\s*den\s*(?:het\s*)?(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?")
RECURRING = re.compile(r"vao\s*cac\s*(?:buoi\s*)?(?:(?:sang|chieu|toi)\s*)?(?:ngay\s*)?thu\s*(?:hai|ba|tu|nam|sau|bay|\d)"
                       r"(?:\s*(?:,|va)\s*(?:(?:sang|chieu|toi)\s*)?thu\s*(?:hai|ba|tu|nam|sau|bay|\d))*|"   # 'vào các buổi chiều thứ Ba và thứ Năm'
                       r"(?:(?:vao|truoc)\s*(?:ngay\s*\d{1,2}\s*|thu\s*(?:hai|ba|tu|nam|sau|bay|\d)\s*|"
                       r"chu\s*nhat\s*|cuoi\s*|dau\s*)?)?(?<!\w)hang\s*(?:tuan|thang|quy|nam|ngay)|"
                       r"(?:bao\s*cao\s*)?dinh\s*ky(?:\s*(?:hang|hang)?\s*(?:tuan|thang|quy|nam|6\s*thang))?|"
                       # 'trước ngày 03 của tháng liền kề' (each month's report), 'mỗi tuần 01 lần', '02 buổi/tuần'
                       r"(?:truoc|vao)\s*ngay\s*\d{1,2}\s*(?:cua\s*)?thang\s*(?:lien\s*ke|sau|tiep\s*theo|ke\s*tiep)|"
                       r"moi\s*(?:tuan|thang|quy)\s*\d{1,2}\s*(?:lan|buoi)(?:\s*vao\s*(?:(?:sang|chieu)\s*)?thu\s*(?:hai|ba|tu|nam|sau|bay|\d))?|"
                       r"\d{1,2}\s*(?:lan|buoi)\s*/\s*(?:ngay|tuan|thang)|(?:cuoi\s*)?moi\s*(?:ngay|tuan|thang)(?:\s*lam\s*viec)?(?![\w/])|"
                       r"vao\s*(?:tat\s*ca\s*)?cac\s*buoi\s*(?:sang|chieu)\s*(?:trong|hang)\s*tuan|"
                       r"vao\s*(?:tat\s*ca\s*)?cac\s*ngay\s*lam\s*viec(?!\w)")     # '… vào các ngày làm việc trong quý I/2027'
RELATIVE = re.compile(r"ngay\s*trong\s*ngay|ngay\s*(?:sau\s*)?khi[\w\s]{0,30}|"
                      # 'chậm nhất 05 ngày làm việc sau buổi kiểm tra cuối cùng', 'trước ngày kiểm tra ít nhất 02 ngày làm việc'
                      r"cham\s*nhat\s*\d{1,3}\s*(?:ngay|tuan|gio)(?:\s*lam\s*viec)?\s*(?:sau|ke\s*tu)[\w\s]{0,30}|"
                      # 'chậm nhất 01 ngày làm việc trước ngày kiểm tra'
                      r"cham\s*nhat\s*\d{1,3}\s*(?:ngay|gio)(?:\s*lam\s*viec)?\s*truoc\s*(?:ngay|buoi|khi)\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}|"
                      # 'chậm nhất 03 ngày trước mỗi buổi lưu động', 'ít nhất 05 ngày trước mỗi buổi …': before each session
                      r"(?:cham|it)\s*nhat\s*\d{1,3}\s*(?:ngay|gio)(?:\s*lam\s*viec)?\s*truoc\s*moi\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}|"
                      r"truoc\s*(?:ngay|buoi|dot)\s*[^\W\d]+(?:\s+[^\W\d]+){0,4}?\s*it\s*nhat\s*\d{1,3}\s*(?:ngay|gio)(?:\s*lam\s*viec)?|"
                      # 'trước 01 ngày làm việc so với ngày kiểm tra đơn vị đó'
                      r"truoc\s*\d{1,3}\s*(?:ngay|gio)(?:\s*lam\s*viec)?\s*so\s*voi\s*(?:ngay|buoi|thoi\s*diem)[\w\s]{0,30}|"
                      r"truoc\s*(?:khi\s*(?:nghi|ket\s*thuc|dien\s*ra|to\s*chuc|khai\s*mac|bat\s*dau)|ky\s*nghi)[\w\s]{0,30}|"
                      r"truoc\s*(?:cuoc\s*hop|ngay\s*hop|hoi\s*nghi|ky\s*hop|buoi\s*hop)[\w\s]{0,20}?\d{1,2}\s*ngay(?:\s*lam\s*viec)?|"
                      r"(?:(?:cham\s*nhat\s*|muon\s*nhat\s*)?(?:sau|trong)|khong\s*qua|toi\s*da)\s*(?:vong\s*|thoi\s*gian\s*|thoi\s*han\s*)?"
                      r"\d{1,3}\s*(?:ngay|tuan|thang|gio)(?:\s*lam\s*viec)?(?:\s*ke\s*tu\s*(?:ngay\s*|khi\s*)?[\w\s]{0,30}?(?=[,;.)]|$))?|"
                      r"cham\s*nhat\s*trong\s*thoi\s*han\s*[\w\s]{0,25}?(?=[,;.)(]|$)|"
                      r"trong\s*thoi\s*han\s*(?:quy\s*dinh|\d+[\w\s]{0,15}?)(?=[,;.)]|$)|"
                      r"(?:trong|vao)\s*(?:thang|quy|tuan|nam)\s*(?:toi|tiep\s*theo|sau|nay)|thoi\s*gian\s*toi")
CITED = re.compile(r"(?:so\s*)?\d{1,5}(?:/\d{4})?/[a-z]{1,6}(?:-[a-z0-9]+)+\s*,?\s*$")
# (OCR reads a quarter's 'II', 'III', 'IV' as '11', '111', '1V': no quarter is numbered past 4)
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "11": 2, "111": 3, "1v": 4}


AS_OF_STATUS = re.compile(r"\s*,?\s*(?:con|co|da|moi|van\s*con)\s+\d")


WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tu": 2, "4": 2, "nam": 3, "5": 3, "sau": 4, "6": 4, "bay": 5, "7": 5}
NEXT_WEEKDAY = re.compile(r"(?:truoc|cham\s*nhat|muon\s*nhat|xong|han\s*cuoi|khong\s*(?:de\s*)?qua)\s*(?:vao\s*)?"
                          r"(?:(?:luc\s*)?\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2}\s*(?:phut\s*)?)?,?\s*(?:(?:sang|chieu)\s*)?)?"   # 'trước 16 giờ 30 thứ Tư tuần sau'
                          r"(?:thu\s*(hai|ba|tu|nam|sau|bay|[2-7])|"
                          r"chu\s*nhat)\s*(?:cua\s*)?tuan\s*(sau|toi|ke\s*tiep|nay)(?!\w)")


ON_DAY_NAMED = re.compile(r"(?:vao|(?:ngay\s*)?trong)\s*(?:ngay|buoi|sang|chieu)[^()]{3,60}\(\s*(?:ngay\s*)?" + D + r"\s*\)")
DAY_IN_PARENS = re.compile(r"\(\s*[^()]{0,30}?(?:(truoc|cham\s*nhat)\s*)?(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*\)"
                           # ('… tại phiên họp thường kỳ tháng 01/2027, dự kiến vào 08 giờ 00 ngày 28/01/2027')
                           r"|,\s*du\s*kien\s*(?:vao\s*)?(?:(?:luc\s*)?\d{1,2}\s*gio(?:\s*\d{1,2})?(?:\s*phut)?\s*,?\s*)?"
                           r"(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")


def _as_of(folded: str, m: re.Match) -> bool:
    """'(đến ngày 09/11/2026 còn 12 hồ sơ chưa có kết quả)', '(theo rà soát đến ngày 31/12/2026)': a status or a
    count as of a day, not a time limit."""
    until = re.match(r"\(?\s*(?:tinh\s*)?den\b", folded[m.start():])
    return bool(until and (AS_OF_STATUS.match(folded, m.end()) or
                           COUNTED_UNTIL.search(folded, max(0, m.start() - 30), m.start())))


COUNTED_UNTIL = re.compile(r"(?:ra\s*soat|thong\s*ke|cap\s*nhat|so\s*lieu|tong\s*hop|tinh)\s*$")


def _cited(folded: str, start: int) -> bool:
    """The date at `start` belongs to a document cited just before it."""
    before = folded[max(0, start - 45):start]
    return bool(CITED.search(before.rstrip()))


def _resolve(day: int, month: int, year: Optional[str], issued: Optional[str]) -> Optional[str]:
    if year:
        return iso_date(day, month, int(year))
    if not issued:
        return None
    y = int(issued[:4])
    value = iso_date(day, month, y)
    if value and value < issued:
        value = iso_date(day, month, y + 1)
    return value


def _year_ahead(month: int, issued: Optional[str]) -> Optional[int]:
    """The year of a month written without one in work to be done: the document's, the next when that month
    is already over at its date ('Tuần 2 tháng 1' in a December programme)."""
    if not issued:
        return None
    return int(issued[:4]) + (1 if month < int(issued[5:7]) else 0)


def _week_end(which: str, month: int, year: int) -> Optional[str]:
    if not 1 <= month <= 12:
        return None
    first = datetime.date(year, month, 1)
    sunday = first + datetime.timedelta(days=(6 - first.weekday()) % 7)    # the Sunday ending week 1
    last = datetime.date.fromisoformat(month_end(year, month))
    if which == "cuoi":
        return last.isoformat()        # the last week ends with the month, at the latest
    which = re.sub(r"^thu\s*", "", which)      # 'tuần thứ ba'
    k = WEEK_NUMBER.get(which) or int(re.sub(r"\D", "", which) or 0)
    if not 1 <= k <= 5:
        return None
    return min(sunday + datetime.timedelta(days=7 * (k - 1)), last).isoformat()


def _date_groups(m: re.Match, first: int) -> tuple[int, int, Optional[str]]:
    g = m.groups()[first:first + 6]
    if g[0] is not None:
        return int(g[0]), int(g[1]), g[2]
    return int(g[3]), int(g[4]), g[5]


def _text(original: str, m: re.Match) -> str:
    end = m.end()
    if original.count("(", m.start(), end) > original.count(")", m.start(), end):
        close = re.match(r"\s*\)", original[end:])      # '… ngày thứ Năm (03/12/2026)': the parenthesis closed
        end += close.end() if close else 0
    return original[m.start():end].strip(" ,;.")


# '(số liệu từ ngày 01/01/2026 đến hết ngày 30/6/2026)': the days the figures cover, not a time limit
DATA_SPAN = re.compile(r"\(\s*so\s*lieu[^()]*\)")


def _exact_due(text: str, folded: str, issued: str, data: list, after: int) -> Optional[Deadline]:
    """A day written after `after` that is not a span's end nor a cited document's date and is not before the
    document's own ('xong trong ngày 07/01/2027')."""
    for m in EXACT.finditer(folded, after):
        if any(s < m.start() < e for s, e in data) or _cited(folded, m.start()) \
                or re.search(r"(?<!\w)(?:tu|den|het|tinh)\s*$", folded[max(0, m.start() - 12):m.start()]):
            continue
        value = _resolve(*_date_groups(m, 0), issued)
        if value and value >= issued[:10]:
            return Deadline(value, _text(text, m), "exact")
    return None


def _days_due_after(dated: list, folded: str, start: int, first: Deadline) -> list:
    """The days said as due after the time at `start` ('… trước ngày 08/01/2027', 'chậm nhất ngày …'), in order."""
    return [c for c in dated if c[0] > start and c[1].kind == "by" and c[1].date and first.date
            and re.match(r"(?:truoc|cham\s*nhat)\s*ngay", folded[c[0]:])]


def find_deadline(text: str, issued: Optional[str] = None) -> Deadline:
    text = dates_in_words(text)              # 'trước ngày mười lăm tháng Tám năm 2026'
    folded = fold(text)
    candidates: list[tuple[int, Deadline]] = []
    for m in BY.finditer(folded):
        day, month, year = _date_groups(m, 0)
        if not _cited(folded, m.start()) and not _as_of(folded, m):
            candidates.append((m.start(), Deadline(_resolve(day, month, year, issued), _text(text, m), "by")))
    for m in BY_LABEL.finditer(folded):
        day, month, year = _date_groups(m, 0)
        if _as_of(folded, m):
            continue
        if not _cited(folded, m.start()) and not any(s == m.start() for s, _ in candidates):
            candidates.append((m.start(), Deadline(_resolve(day, month, year, issued), _text(text, m), "by")))
    for m in THIS_MONTH_DAY.finditer(folded) if issued else ():
        day = iso_date(int(m.group(1)), int(issued[5:7]), int(issued[:4]))
        if day:
            candidates.append((m.start(), Deadline(day, _text(text, m), "by")))
    for m in BY_MONTH.finditer(folded):
        month, year = int(m.group(1)), int(m.group(2))
        year, month = month_before(year, month)
        candidates.append((m.start(), Deadline(month_end(year, month), _text(text, m), "by")))
    ranges = set()
    for m in [*MONTH_RANGE.finditer(folded), *MONTH_SPAN.finditer(folded)]:
        first, last, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= first < last <= 12:
            ranges.add(m.start())
            candidates.append((m.start(), Deadline(month_end(year, last), _text(text, m), "by")))
    for m in MONTH.finditer(folded):
        if m.start() in ranges:
            continue
        month = int(m.group(1))
        year = int(m.group(2)) if m.group(2) else (int(issued[:4]) + (1 if month < int(issued[5:7]) else 0)
                                                   if issued else None)
        if not m.group(2) and issued and (month - int(issued[5:7])) % 12 > 6 \
                and re.search(r"(?:dat\s*duoc|ket\s*qua|da\s*dat)\s*$", folded[max(0, m.start() - 20):m.start()]):
            continue        # 'duy trì kết quả đạt được trong tháng 11' in December: what was reached, not when
        if year and 1 <= month <= 12:
            candidates.append((m.start(), Deadline(month_end(year, month), _text(text, m), "month")))
    for m in QUARTER_RANGE.finditer(folded):
        first, last = ROMAN.get(m.group(1)), ROMAN.get(m.group(2))
        year = int(m.group(3)) if m.group(3) else (int(issued[:4]) if issued else None)
        if first and last and first < last and year:
            ranges.add(m.start())
            candidates.append((m.start(), Deadline(month_end(year, last * 3), _text(text, m), "by")))
    for m in QUARTER.finditer(folded):
        if m.start() in ranges:
            continue
        q = ROMAN.get(m.group(1))
        year = int(m.group(2)) if m.group(2) else (int(issued[:4]) + (1 if q and q * 3 < int(issued[5:7]) else 0)
                                                   if issued else None)
        if q == 2 and m.group(1) == "11" and year and issued and month_end(year, 6) < issued[:10]:
            q = 3           # OCR's '11' is 'II' or 'III' (one stroke lost): a quarter already over is not a task's
        if q and year:
            candidates.append((m.start(), Deadline(month_end(year, q * 3), _text(text, m), "by")))
    for m in WEEK.finditer(folded):
        year = int(m.group(3)) if m.group(3) else _year_ahead(int(m.group(2)), issued)
        when = _week_end(m.group(1), int(m.group(2)), year) if year else None
        if when:
            candidates.append((m.start(), Deadline(when, _text(text, m), "by")))
    for m in FIRST_DAYS.finditer(folded):
        when = iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if when:
            ranges.add(m.start())
            candidates.append((m.start(), Deadline(when, _text(text, m), "by")))
    for m in LABELLED_DAYS.finditer(folded):
        when = iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if when and not any(m.start() <= s < m.end() for s, _ in candidates):
            candidates.append((m.start(), Deadline(when, _text(text, m), "by")))
    for m in HALF.finditer(folded):
        candidates.append((m.start(), Deadline(month_end(int(m.group(2)), 6 if m.group(1) == "dau" else 12),
                                               _text(text, m), "by")))
    for m in THIS_PERIOD.finditer(folded) if issued else ():
        if m.group(2) and APPRAISED.search(folded[max(0, m.start() - 30):m.start()]):
            continue        # '… sẽ bị xem xét trách nhiệm khi đánh giá, xếp loại cuối năm': when staff are graded
        year, month = int(issued[:4]), int(issued[5:7])
        unit = m.group(1) or m.group(2) or m.group(3)
        last = {"quy": (month + 2) // 3 * 3, "thang": month, "nam": 12}[unit]
        candidates.append((m.start(), Deadline(month_end(year, last), _text(text, m),
                                               "month" if unit == "thang" and not m.group(3) else "by")))
    for m in YEAR.finditer(folded):
        candidates.append((m.start(), Deadline(month_end(int(m.group(1)), 12), _text(text, m), "by")))
    for m in NEXT_WEEKDAY.finditer(folded) if issued else ():
        # 'chậm nhất thứ Sáu tuần sau': that weekday of the week after the document's
        day = datetime.date.fromisoformat(issued[:10])
        offset = WEEKDAYS[m.group(1)] if m.group(1) else 6
        weeks = 0 if m.group(2) == "nay" else 7          # 'chậm nhất thứ Tư tuần này': this week's
        when = day - datetime.timedelta(days=day.weekday()) + datetime.timedelta(days=weeks + offset)
        candidates.append((m.start(), Deadline(when.isoformat(), _text(text, m), "by")))
    for m in DAY_RANGE.finditer(folded):
        # '18/12 - 21/12/2026' in a schedule's time cell: done by the span's last day (a week or phase named with its
        # days is read above)
        cell = re.fullmatch(r"\s*(?:(?:sang|chieu|toi)\s*)?(?:thu\s*(?:hai|ba|tu|nam|sau|bay)|chu\s*nhat)?\s*,?\s*", folded[:m.start()]) \
            and not folded[m.end():].strip(" .;,")       # the whole of a time cell, not days a count is of ('số liệu …')
        if cell and not any(s <= m.start() < s + 40 for s, _ in candidates):
            candidates.append((m.start(), Deadline(_resolve(int(m.group(3)), int(m.group(4)), int(m.group(5)), issued),
                                                   _text(text, m), "by")))
    data = [d.span() for d in DATA_SPAN.finditer(folded)]
    candidates = [c for c in candidates if not any(s < c[0] < e for s, e in data)]
    dated = [c for c in candidates if c[1].date]
    relative = RELATIVE.search(folded) if issued and dated and all(c[1].date < issued for c in dated) else None
    if relative:
        # '… hồ sơ quá hạn trong tháng 11/2026; thời gian hoàn thành chậm nhất sau 05 ngày làm việc kể từ ngày
        # ban hành Công văn này': every date before the document's is what happened; the time is the relative one
        return Deadline(None, _text(text, relative), "relative")
    if issued and any(c[1].date >= issued for c in dated):
        # '… để xảy ra 03 hồ sơ quá hạn trong tháng 3/2026; trình ký trước ngày 08/5/2026': a time
        # before the document is what happened, not when the work is due
        dated = [c for c in dated if c[1].date >= issued]
    if len(dated) > 1:
        # '… hồ sơ có ngày hẹn trả từ 31/12/2026 đến 04/01/2027 …; xong trước 17 giờ 00 ngày 30/12/2026': a span of
        # days the work is about ends before the time the work is due
        s0, _ = min(dated, key=lambda c: c[0])
        spanned = re.search(r"(?<!\w)tu\s*(?:ngay\s*)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*$", folded[max(0, s0 - 25):s0])
        firm = [c for c in dated if c[0] > s0 and (re.search(FIRM + r"\s*$", folded[max(0, c[0] - 14):c[0]])
                                                    or re.match(FIRM, folded[c[0]:]))]
        if spanned and firm and not re.match(r"\s*den\s*het", folded[s0:]):
            dated = [c for c in dated if c[0] >= firm[0][0]]
    if dated and issued and all(c[1].kind == "month" and c[1].date < issued for c in dated):
        # '… danh sách 141 hồ sơ … chưa thanh toán trực tuyến trong tháng 12/2026, …; xong trong ngày 07/01/2027' in
        # January: the month the work is about is over; the day after it is when the work is due
        later = _exact_due(text, folded, issued, data, max(c[0] for c in dated))
        if later:
            return later
    if dated:
        start, first = min(dated, key=lambda c: c[0])
        if re.match(r"trong\s*(?:quy|nam)(?!\w)", folded[start:]) and not re.search(r"\d{1,2}\s*/\s*\d{1,2}\s*/", first.text or ""):
            # '… giải pháp khắc phục trong quý I/2027 về Văn phòng … trước ngày 08/01/2027': the span the work is about;
            # a day said after it, before that span ends, is when the work is due
            sooner = [c for c in _days_due_after(dated, folded, start, first) if c[1].date < first.date]
            if sooner:
                start, first = sooner[-1]
        if re.search(r"(?:ket\s*qua|so\s*ket|tong\s*ket)(?:\s*thuc\s*hien)?\s*$", folded[:start]) \
                or re.search(r"(?:ket\s*qua|so\s*ket|tong\s*ket)\s*(?:\d|sau|chin)", fold(first.text or "")):
            # 'Báo cáo kết quả 6 tháng đầu năm 2027 … trước ngày 10/7/2027': the span reported on, then when it is due
            due = [c for c in _days_due_after(dated, folded, start, first) if c[1].date >= first.date]
            if due:
                start, first = due[0]
        every = SPAN_EVERY.search(folded[:start + 40]) if start in ranges or folded.startswith("den", start) else None
        if every and every.end() >= start:
            # '02 buổi/ngày, từ ngày 28/12/2026 đến hết ngày 03/01/2027': how often, over those days
            return Deadline(None, text[every.start():every.end()].strip(" ,;."), "recurring")
        # ('báo cáo Sở vào sáng thứ Hai hằng tuần, đến hết quý I/2027': the end read from its lead, 'báo cáo …')
        until = re.search(r"(?<!\w)den\s*het(?!\w)", folded[start:start + len(first.text or "")])
        core = start + until.start() if until else start
        recurring = next((m for m in RECURRING.finditer(folded[:core]) if core - m.end() <= 2 or (
            # 'vào chiều thứ Sáu hằng tuần, cho đến hết tháng 01/2027' (or 'đến hết quý I/2027'): every week until then
            folded.startswith("den", core) and re.fullmatch(r"\s*,?\s*(?:cho\s*|tu\s*nay\s*)?", folded[m.end():core]))), None) \
            if first.kind == "month" or start in ranges or (first.kind == "by" and not re.search(r"\d{4}", first.text or ""))\
            or (first.kind == "by" and re.match(r"trong\s*quy|den\s*het\s*quy", folded[core:])) else None
        if first.kind == "by" and not recurring and not re.search(r"\d{4}", first.text or ""):
            by = folded.rfind("truoc", start, start + len(first.text or ""))
            every = re.search(r"hang\s*(?:nam|thang|quy|tuan)\s*,?\s*$", folded[:by]) if by > 0 else None
            if every:           # '… báo cáo kết quả thực hiện hằng năm trước ngày 10/12': every year by that day
                return Deadline(None, text[every.start():start + len(first.text or "")].strip(" ,;."), "recurring")
            end = start + len(first.text or "")
            every = re.match(r"\s*hang\s*(?:nam|thang|quy|tuan)(?!\w)", folded[end:])
            if every and by >= 0:   # '… trước ngày 31/01 hằng năm'
                return Deadline(None, text[by:end + every.end()].strip(" ,;."), "recurring")
        if recurring:
            # 'vào sáng thứ Bảy hằng tuần trong tháng 12/2026', '03 buổi/tuần trong tháng 02 và tháng 3/2026':
            # every week of those months, not by their end ('01 lần/tháng trong quý IV/2026' too); 'hằng năm,
            # trước ngày 15/11': every year by that day
            return Deadline(None, text[recurring.start():start + len(first.text or "")].strip(" ,;."), "recurring")
        if first.kind == "month":
            # 'tại cuộc họp giao ban tháng 8/2026 (thứ Hai, ngày 03/8/2026)': the day in the month, given after it
            day = DAY_IN_PARENS.search(folded, start)
            when = _resolve(*_date_groups(day, 1), issued) if day else None
            if when and when[:7] == (first.date or "")[:7]:
                return Deadline(when, text[start:day.end()].strip(" ,;."), "by" if day.group(1) else "exact")
        return first
    for m in EXACT.finditer(folded):
        if any(s < m.start() < e for s, e in data):
            continue
        if _cited(folded, m.start()) or (re.search(r"(?<!\w)(?:tu|den|het|tinh)\s*$", folded[max(0, m.start() - 12):m.start()])
                                         and not folded.startswith("vao", m.start())):
            continue        # 'từ ngày …' / 'đến ngày …' inside a span (not '… điện tử vào ngày 30/01/2027')
        if folded.startswith("tu", m.start()):
            since = next((r for r in RECURRING.finditer(folded[:m.start()])
                          if re.fullmatch(r"\s*(?:,\s*)?(?:ke\s*|bat\s*dau\s*)?", folded[r.end():m.start()])), None)
            if since:       # '02 lần/ngày kể từ ngày 19/01/2027', '… hằng tuần, bắt đầu từ ngày 16/01/2027': how often, from then on
                return Deadline(None, text[since.start():m.end()].strip(" ,;."), "recurring")
            then = next(RECURRING.finditer(folded, m.end()), None)
            if then and re.match(r"\s*,", folded[m.end():]):
                # 'Kể từ ngày 03/12/2026, vào 09 giờ 00 và 15 giờ 00 mỗi ngày làm việc, gửi …': from that day on, how often
                return Deadline(None, _text(text, then), "recurring")
        if any(s <= m.start() < s + 60 for s, _ in candidates):
            continue
        day, month, year = _date_groups(m, 0)
        value = _resolve(day, month, year, issued)
        if value:
            # 'xong trước ngày họp thôn định kỳ tháng 4 (thứ Bảy, 25/4/2026)': by that day
            before = re.search(r"(?:truoc|cham\s*nhat)\s[^,;.()]{0,60}\(\s*$", folded[:m.start()])
            return Deadline(value, _text(text, m), "by" if before else "exact")
    for m in ON_DAY_NAMED.finditer(folded):
        # 'vào ngày làm việc đầu tiên sau kỳ nghỉ Tết Nguyên đán (23/02/2026)': the day the parentheses give
        value = _resolve(*_date_groups(m, 0), issued)
        if value:
            return Deadline(value, _text(text, m), "exact")
    for m in RECURRING.finditer(folded):
        return Deadline(None, _text(text, m), "recurring")
    for m in RELATIVE.finditer(folded):
        return Deadline(None, _text(text, m), "relative")
    return Deadline(None, None, "none")
