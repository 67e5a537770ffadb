"""Numbers, dates and periods as Vietnamese documents write them.

    parse_number('94,72') -> 94.72     parse_number('1.234') -> 1234     parse_number('02') -> 2
    words_value('ba muoi tam') -> 38   a number said in words (NUMBER_WORDS), as ranks sometimes are
    NUMBER                             regex of a number as written (decimal comma, thousands dots)
    find_dates(folded)                 [(start, end, 'yyyy-mm-dd' | None)]  '17/11/2025', 'ngày 17 tháng 11 năm 2025'
    find_periods(folded)               [(start, end, period)]  'tháng 11/2025' -> '2025-11', 'lũy kế năm 2025' -> '2025',
                                       'tính đến ngày 15/11/2025' -> '2025-11-15'
All functions take *folded* text (extractors.gazetteer.fold) so that marks lost in OCR do not matter.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Optional

NUMBER = r"(?<![\w/.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w/])|(?<![\w/.,])\d+(?:,\d+)?(?![\w])"
NUMBER_RE = re.compile(NUMBER)


def parse_number(text: str) -> Optional[float]:
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value


# a number said in words, as ranks are ('xếp thứ ba mươi tám', 'đứng thứ một trăm linh tám'), folded
NUMBER_WORD = r"(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|linh|le|nhat|nhi)(?!\w)"
NUMBER_WORDS = NUMBER_WORD + r"(?:\s+" + NUMBER_WORD + r"){0,6}"
_DIGIT_WORDS = {"mot": 1, "nhat": 1, "nhi": 2, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6,
                "bay": 7, "tam": 8, "chin": 9}


def words_value(folded: str) -> Optional[int]:
    """'ba muoi tam' -> 38, 'mot tram linh tam' -> 108, 'muoi lam' -> 15, 'hai muoi mot' -> 21 (folded words);
    None when the words do not make one number."""
    total, digit, tens_seen = 0, None, False
    for word in folded.split():
        if word in ("linh", "le"):
            continue
        if word == "tram":
            if digit is None:
                return None
            total, digit = total + digit * 100, None
        elif word == "muoi":
            if tens_seen:
                return None
            total, digit, tens_seen = total + (digit if digit is not None else 1) * 10, None, True
        elif word in _DIGIT_WORDS:
            if digit is not None:
                return None
            digit = _DIGIT_WORDS[word]
        else:
            return None
    total += digit or 0
    return total or None


_NUMBER_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|linh|lẻ)"
_DAY_IN_WORDS = re.compile(r"(?<!\w)(ngày|mồng|mùng)\s+((?:mồng|mùng)\s+)?(" + _NUMBER_WORD + r"(?:\s+" + _NUMBER_WORD + r"){0,3})"
                           r"(?=\s+(?:tháng|đến|và|,))", re.IGNORECASE)
_MONTH_NAMES = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
# a month named in words is capitalised ('tháng Tám'); 'tháng năm 2026' is not one; 'tháng Giêng', 'tháng Chạp'
# are months of the lunar year (Tết), not of the calendar: left as they are
_MONTH_IN_WORDS = re.compile(r"(?<!\w)(tháng)\s+(Mười\s+Một|Mười\s+Hai|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)(?!\w)")


def dates_in_words(text: str) -> str:
    """'trước ngày mười lăm tháng Tám năm 2026' -> 'trước ngày 15 tháng 8 năm 2026', 'mồng năm tháng Tám'
    -> 'ngày 5 tháng 8': a date written out in words, as formal letters do, in figures."""
    if not re.search(r"(?i)ngày\s+(?:mồng|mùng)|(?:mồng|mùng)\s|tháng\s+[A-ZĐ]|ngày\s+(?:mười|hai|ba)\s", text):
        return text
    from extractors.gazetteer import fold

    def day(m: re.Match) -> str:
        value = words_value(fold(m.group(3)))
        return f"ngày {value}" if value and 1 <= value <= 31 else m.group(0)
    text = _DAY_IN_WORDS.sub(day, text)
    return _MONTH_IN_WORDS.sub(lambda m: f"{m.group(1)} {_MONTH_NAMES[' '.join(m.group(2).lower().split())]}", text)


def iso_date(day: int, month: int, year: int) -> Optional[str]:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def month_end(year: int, month: int) -> Optional[str]:
    if not (1 <= month <= 12 and 1900 <= year <= 2100):
        return None
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def month_before(year: int, month: int) -> tuple[int, int]:
    """(year, month) of the month before: (2026, 1) -> (2025, 12)."""
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _year(text: Optional[str], default: Optional[int]) -> Optional[int]:
    if not text:
        return default
    y = int(text)
    return y + 2000 if y < 100 else y


# 'ngày 17 tháng 11 năm 2025', '17/11/2025', '17-11-2025', '17.11.2025'; OCR may glue 'thang' to digits.
DATE_WORDS = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*th\w{0,2}ng\s*(\d{1,2})\s*n\w{1,2}m\s*(\d{4})")
DATE_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2}(?!\d))(?![\d/])")
DATE_NO_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/,]|\s*(?:diem|%))")


def find_dates(folded: str) -> list[tuple[int, int, Optional[str]]]:
    out = []
    for m in DATE_WORDS.finditer(folded):
        out.append((m.start(), m.end(), iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    taken = [(s, e) for s, e, _ in out]
    for m in DATE_NUMERIC.finditer(folded):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append((m.start(), m.end(), iso_date(int(m.group(1)), int(m.group(2)), _year(m.group(3), None))))
    return sorted(out)


MONTH = r"th\w{0,2}ng\s*(\d{1,2})\s*(?:[/\-.]\s*|\s*n\w{1,2}m\s*)(\d{4})"
AT_HOUR = r"(?:\d{1,2}\s*(?:gio|h)\s*(?:\d{2}\s*(?:phut)?\s*)?(?:(?:sang|chieu|toi)\s*)?,?\s*)?"
# 'tính đến hết ngày', 'đến 16h ngày': a day the figures are as of
AS_OF_DAY = r"(?:tinh\s*)?(?:den|toi)\s*(?:het\s*)?" + AT_HOUR + r"ngay\s*"
# 'T5 tạm tính đến 16h ngày 15/5': as of a day written without its year (nlp.py gives it the document's)
AS_OF_DAY_NO_YEAR = re.compile(AS_OF_DAY + r"(\d{1,2})\s*/\s*(\d{1,2})(?![\d/]|\s*nam)")
PERIOD_PATTERNS: list[tuple[re.Pattern, str]] = [
    # as of a day
    # ('đến 08 giờ 00 ngày 02/12/2026': the hour the figures were read at, then the day)
    (re.compile(AS_OF_DAY + r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"), "day"),
    (re.compile(AS_OF_DAY + r"(\d{1,2})\s*th\w{0,2}ng\s*(\d{1,2})\s*n\w{1,2}m\s*(\d{4})"), "day"),
    # 'So với thời điểm ngày 12/6/2026 (86,95 điểm, …)': a moment, as of that day
    (re.compile(r"thoi\s*diem\s*(?:ngay\s*)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"), "day"),
    # a month
    (re.compile(MONTH), "month"),
    (re.compile(r"(?<![\w/])t\s?(\d{1,2})\s*/\s*(\d{4})(?![\d/])"), "month"),     # 'T4/2026': a month in short
    # a quarter / six months / a year: the year
    (re.compile(r"(?:luy\s*ke|tu\s*dau)\s*(?:nam\s*)?(\d{4})"), "year"),
    (re.compile(r"(?:luy\s*ke|tu\s*dau)\s*nam\s*(\d{4})"), "year"),
    (re.compile(r"(?<![\w])nam\s*(\d{4})"), "year"),
]


# 'tháng 3' without its year (not 'tháng 3/2026', 'tháng 3 năm 2026', 'tháng đầu năm', '6 tháng')
# a period opening a clause, folded ('tháng 9/2026 mới số hóa được …', ', tháng 11/2026 giảm còn 17,1 điểm',
# 'tính đến ngày 30/9/2026 …'): what follows is said of that period
PERIOD_FIRST = re.compile(r"\s*(?:(?:rieng|trong|den(?:\s*het)?|tinh\s*den(?:\s*het)?|con|va|sang)\s+)?"
                          r"(?:ngay\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|thang\s*\d{1,2}(?:\s*/\s*\d{4})?|"
                          r"quy\s*(?:iv|i{1,3}|[1-4])(?:\s*/\s*\d{4})?|nam\s*\d{4})\s*,?(?=\s|$)")
BARE_MONTH_IN_TEXT = re.compile(r"(?<![\w/])(?<!tren\s)(?<!tren\s\s)thang\s*(\d{1,2})(?![\d/.\-])(?!\s*(?:nam|/|-)\s*\d)"
                                r"(?!\s*(?:dau|cuoi|toi|qua|truoc|sau|lien|diem))")   # 'trên thang 10 điểm': a scale

DAY_WRITTEN_OUT = re.compile(r"(?<!\w)ngay\s*\d{1,2}\s*th\w{0,2}ng\s*\d{1,2}\s*n\w{1,2}m\s*\d{4}")


def month_of(month: int, issued: Optional[str], period: Optional[str]) -> Optional[str]:
    """'Tháng 10' without its year (a column header, 'tháng 01 đạt …' in prose): the year of the period in force ('quý IV/2025'), else the
    document's year, the year before when that month is still to come at the document's date."""
    if not 1 <= month <= 12:
        return None
    ref = period if period and re.match(r"\d{4}", period) else issued
    if not ref:
        return None
    year = int(ref[:4])
    if len(ref) >= 7 and month > int(ref[5:7]) and not (issued and len(issued) >= 7 and f"{year:04d}-{month:02d}" <= issued[:7]):
        year -= 1                       # 'Tháng 12' in a table of January's report (but '… 92,50 điểm (tháng 4), 93,25
        #                                 điểm (tháng 5)' in December's: the months go on, none after the document's date)
    elif len(ref) == 4 and issued and len(issued) >= 7 and issued[:4] == ref and month > int(issued[5:7]):
        year -= 1                       # ('tháng 10 đạt …' in a programme for 2027 written in January 2027: last year's)
    return f"{year:04d}-{month:02d}"


def find_periods(folded: str) -> list[tuple[int, int, str]]:
    """Periods written in the text, without overlaps: day > month > year."""
    out: list[tuple[int, int, str]] = []
    # 'Phú Thái, ngày 12 tháng 6 năm 2026', 'Ngày 05 tháng 6 năm 2026, Văn phòng …': a day, not its month's period
    dates = [(m.start(), m.end(), "") for m in DAY_WRITTEN_OUT.finditer(folded)]

    def free(s: int, e: int, kind: str = "") -> bool:
        return all(e <= a or s >= b for a, b, _ in out + (dates if kind != "day" else []))

    for regex, kind in PERIOD_PATTERNS:
        for m in regex.finditer(folded):
            if not free(m.start(), m.end(), kind):
                continue
            if kind == "day":
                # ('số liệu từ ngày 01/01/2026 đến hết ngày 30/11/2026': the figures of a span are as of its last day)
                value = iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif kind == "month":
                month, year = int(m.group(1)), int(m.group(2))
                value = f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 1900 <= year <= 2100 else None
            else:
                year = int(m.group(1))
                value = f"{year:04d}" if 1900 <= year <= 2100 else None
            if value:
                out.append((m.start(), m.end(), value))
    return sorted(out)
