"""Metrics: counts and rates, each named by the noun phrase it counts.

    find_metrics(text, folded=None, skip=()) -> list[MetricHit]

Rates ('đạt tỷ lệ 100%', 'Tỷ lệ tái sử dụng dữ liệu số hóa đạt 95,7%', 'công khai 100% các TTHC …'):
  'Tỷ lệ X …' names itself; 'V N% X' becomes 'Tỷ lệ X V' (X the object, V the verb phrase before the
  number, found with pyvi's part-of-speech tags); 'đạt tỷ lệ N%' takes X from the clause before.
Counts ('Tổng số 921 hồ sơ', 'tiếp nhận mới 879 hồ sơ', 'không có hồ sơ quá hạn'): the unit comes from
  dictionaries/measures.tsv; the name is 'Số <unit> <clause before> <qualifier after>'.
Targets and instructions are not measurements: a number right after 'đảm bảo', 'phấn đấu', 'phân công',
'bố trí' is skipped. `skip` holds spans already taken by scores, ranks, dates and references.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Optional

from extractors.gazetteer import begun, criterion_of, find_all, fold, lookup, measures, phrase_regex
from extractors.numbers import PERIOD_FIRST, iso_date, month_before, parse_number
from extractors.scores import AIMS_HEAD, BARE_MONTH_PERIOD, CITY_MEAN_PHRASE, LEVEL_ROLE, MEAN_SPAN, PLAN_POINTS, PLAN_RANK, aimed_columns, \
    is_plan, merged_header, naming_rows, plain_values, spanned_cells

# a number; OCR may split a rate's first two digits ('đạt 7 2,1%'), joined as scores.N joins a score's
NUM = r"(?<![\w/.,])((?<=dat )\d \d,\d{1,2}(?=\s*%)|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
DESIGNATION = re.compile(r"(?<!\w)(?:nhom|top|trong\s*so|mot\s*trong|thu|hang)\s*$")   # 'nhóm 30 đơn vị', 'thứ 5', 'một trong 03 đơn vị'
REFERS = re.compile(r"(?<!\w)(?:ca|toan\s*bo|tat\s*ca)\s*$")
# '… tiếp nhận 04 phản ánh, đã trả lời đúng hạn cả 04 phản ánh', 'cả 17 phản ánh, kiến nghị đều được trả lời đúng
# thời hạn': all of a count, said with what became of them, is a count of its own (the answered ones)
OUTCOME_OF_ALL = re.compile(r"(?<!\w)(?:tra\s*loi|xu\s*ly|giai\s*quyet)(?:\s+(?:dung|truoc)\s*(?:thoi\s*)?han)?"
                            r"\s*(?:xong\s*)?(?:ca|toan\s*bo|tat\s*ca)\s*$")
OUTCOME_AFTER_ALL = re.compile(r"\s*(?:,\s*kien\s*nghi\s*)?(?:deu|cung)\s*(?:da\s*)?(?:duoc\s*)?(?:tra\s*loi|xu\s*ly|giai\s*quyet)(?!\w)")
# (a requirement or a threshold is no measurement: 'không ít hơn 40 hồ sơ', 'khi số người chờ vượt quá 20 người')
TARGET = re.compile(r"(?<!\w)(?:(?<!da )hoan\s*thanh(?:\s+\w+){0,3}|(?:dam\s*bao|bao\s*dam)(?:\s+\w+){0,2}|phan\s*dau|phan\s*cong|bo\s*tri|cu|toi\s*thieu|it\s*nhat|"
                    r"khong\s*(?:it|thap)\s*hon|khong\s*duoi|vuot\s*qua|"
                    r"chi\s*tieu|muc\s*tieu|bo\s*sung|tang\s*cuong)\s*(?:them\s*)?(?:dat\s*)?(?:tren\s*|it\s*nhat\s*)?$")
TARGET_CLAUSE = re.compile(r"^\s*(?:[-–+•]\s*)?(?:duy\s*tri|phan\s*dau|dam\s*bao|bao\s*dam|no\s*luc|quyet\s*tam)\b")
COMPARATOR_TAIL = re.compile(r"\s+(?:tren|duoi|khoang|hon|gan|(?<!dien )tu|con|xuong\s*con|(?<!tro )len|toan\s*bo|tat\s*ca|(?<!tieu )chi|"
                             r"(?:giam|tang)\s*(?:xuong\s*)?con|"
                             r"(?:doi\s*)?voi|thi|nhung|chiem|cua|va)$")   # 'Số hồ sơ trễ hạn giảm còn 3 hồ sơ', '… đối với
# words ending a name that fold as COMPARATOR_TAIL's do ('khai tử', 'đầu tư', 'số thứ tự', 'một cửa', 'kết hôn', 'đô thị'; not a
# restorer's slip like 'thí' for 'thì')
FOLDS_LIKE_COMPARATOR = {"tử", "tư", "tự", "cửa", "hôn", "thị"}
CONNECTORS = re.compile(r"^\s*(?:[-–+•]\s*)?(?:trong\s*do\s*(?:co\s*)?|(?:va|hoac)\s+|co\s+|doi\s*voi\s+|van\s*con\s+|con\s+|"
                        r"da\s+|gom\s+|voi\s+|tuy\s*nhien\s*,?\s*|ngoai\s*ra\s*,?\s*|dong\s*thoi\s*,?\s*|cu\s*the\s*,?\s*)*")
TAIL_STOP = re.compile(r"\s+(?:theo\s*quy\s*dinh|theo|dat\s*ty\s*le|dat|la|bang|chiem|so\s*voi|tang|giam|"
                       r"(?:va|hoac)\s+\d|,|;)(?![\w]).*$")
RATE_TAIL = re.compile(r"(?:\s*(?:dat(?:\s*duoc)?|la|bang|chiem|uoc\s*dat|gan|khoang|xap\s*xi|:|-))+\s*$")   # '… đạt gần 96%'
RATE_WORD = re.compile(r"(?<![\w])t[yi]\s*(?:le|l\S{0,2}|1\S{0,2})(?=\s|$)")   # 'tỷ lệ', OCR 'Ty 1&', 'ty 16'
# 'Tỷ lệ' damaged and then mis-restored ('Từ 1& hồ sơ … 100%'): only trusted when a rate follows
RATE_OCR = re.compile(r"(?<![\w])t[yiu]\s+[1l][^\s\d]?\d?(?=\s+[^\W\d])")
ASSIGNED_TARGET = re.compile(r"chi\s*tieu(?:\s+[\w/.-]+){0,6}?\s+giao(?:\s*la)?\s*[(:]?\s*$")   # '… Kế hoạch số 31/KH-UBND giao (80%)'
# a period leading the next value of a series ('tháng 02 đạt', ', sang tháng 10 lên', 'và đến tháng 11 đạt')
PERIOD_LABEL = re.compile(r"(?:(?:va\s*)?(?:sang|den|toi|rieng)\s*)?(?:thang|quy|nam)\s*(?:\d{1,2}|iv|i{1,3})(?:\s*/\s*\d{4})?\s*"
                          r"(?:dat|la|chi\s*dat|dat\s*duoc|(?:tang\s*)?len|(?:giam\s*)?(?:xuong\s*)?con|xuong)?")
SHARE_OF_POINTS = re.compile(r"\s*(?:so\s*)?(?:diem\s*chuan|diem\s*toi\s*da|so\s*diem|tong\s*diem|thang\s*diem)(?!\w)")
RELATIVE_RATE = re.compile(r"(?:tuong\s*ung|tuong\s*duong)(?:\s*(?:voi|dat|la|bang))?")   # of the count before
PREPOSITION = re.compile(r"^(?:ve|tai|cho|len|den|vao|tren|qua|voi|tu)\b")


@dataclass
class MetricHit:
    start: int
    end: int
    name: str
    value: float
    unit: str
    refers: bool = False        # 'cả 3 phản ánh', 'toàn bộ 14 hồ sơ': a count already given, named again
    negated: bool = False       # 'không có hồ sơ quá hạn': zero, read from a negation
    period: Optional[str] = None  # its own month where the sentence gives one a value ('… lần lượt là …')


@lru_cache(maxsize=1)
def _unit_regex() -> re.Pattern:
    spellings = [s for e in measures() for s in e.spellings]
    # 'hộ tịch' is a field ('hộ tịch: 18', '05 hộ tịch'), never a count of households ('hộ')
    # ('149 hỗ trợ …' folds to 'ho tro': help, never households)
    # ('thư' folds as 'thứ', 'thu' and 'thủ' do: 'thứ Hai', 'Thứ hạng', 'số tiền thu', so only 'thư xin lỗi' is letters)
    return re.compile(r"(?!ho\s*(?:tich|tro)(?!\w))(?!thu(?!\s*(?:xin\s*loi|tuc))(?!\w))"
                      + phrase_regex(spellings).pattern)


@lru_cache(maxsize=1)
def _spellings() -> tuple[str, ...]:
    """Every measure's spellings, longest first."""
    return tuple(sorted({s for e in measures() for s in e.spellings}, key=len, reverse=True))


def _marked_unit(text: str, u: Optional[re.Match]) -> Optional[re.Match]:
    """A unit matched on folded text, kept when the text as written has no marks or spells a measure with its own
    marks ('318 hộ so với …' folds as '318 hồ sơ': households, then, and the shorter spelling that fits)."""
    if u is None:
        return None
    written = text[u.start():u.end()]
    if fold(written) == written.lower() or any(re.sub(r"\s+", " ", written.lower()) == s.lower() for s in _spellings()):
        return u
    for spelling in _spellings():
        end = u.start() + len(spelling)
        if text[u.start():end].lower() == spelling.lower() and not (end < len(text) and text[end].isalnum()):
            return re.compile(re.escape(u.string[u.start():end])).match(u.string, u.start())
    return None


def _unit_of(written: str) -> str:
    entry = lookup("measures", written)
    return entry.name if entry else written


def _boundary_before(folded: str, pos: int, floor: int = 0, colon: bool = True) -> int:
    cut = floor
    pattern = r"[;()]|,(?!\d)|\.(?!\d)|:" if colon else r"[;()]|,(?!\d)|\.(?!\d)"     # '71,05' is one number
    for m in re.finditer(pattern, folded[floor:pos]):
        cut = floor + m.end()
    return cut


def _boundary_after(folded: str, pos: int) -> int:
    # '06 hồ sơ đều thuộc lĩnh vực …', '326 hồ sơ do Trung tâm … chuyển đến', '… quá hạn do phải chờ …': who
    # or why is not what is counted ('do' is 'độ' in 'mức độ 2' and 'đó' in 'trong đó': not those)
    # ('46 hồ sơ đã trả kết quả nhưng chưa số hóa': 'nhưng chưa' still says what is counted; '05 hồ sơ quá hạn
    # gồm 04 …': its parts follow)
    # (a pair of words the domain writes with a comma is one name: 'phí, lệ phí', 'phản ánh, kiến nghị', 'số hóa, ký số';
    # '41 đơn vị đạt dưới 7,5 điểm': a threshold's decimal comma goes on, but '05/06 nhóm chỉ tiêu bị trừ điểm với tổng số điểm
    # bị trừ là 10,23 điểm' goes on to another figure)
    m = re.search(r"[;()]|,(?!\s*(?:rat\s*hai\s*long|le\s*phi|kien\s*nghi|ky\s*so)(?!\w))|\.(?!\d)|:|\s(?:va|hoac)\s+(?=\S*\d)|(?<!so)\svoi\s(?=(?:tong\s*so|so|ty\s*le)\s)|\s(?:theo\s*quy\s*dinh|nhung(?!\s*(?:chua|khong))|song|tuy\s*nhien|truoc\s*ngay|"
                  r"cham\s*nhat|trong\s*thang\s*\d|deu|gom(?=\s+\d)|(?:chi\s*)?co(?=\s+\d))(?!\w)|(?<!muc)(?<!trong)\sdo\s(?!tuoi)", folded[pos:])
    if m and m.group() == "," and THRESHOLD_BEFORE.search(folded[pos:pos + m.start() + 2]):
        return _boundary_after(folded, pos + m.end())      # 'dưới 7,5 điểm': the threshold's decimal comma
    return pos + m.start() if m else len(folded)


THRESHOLD_BEFORE = re.compile(r"(?<!\w)(?:duoi|tren|tu|hon)\s+\d+,\d$")


def _strip_lead(text: str) -> str:
    f = fold(text)
    m = CONNECTORS.match(f)
    return text[m.end():].strip() if m else text.strip()


AUXILIARY = re.compile(r"^(?:trien\s*khai|tien\s*hanh|thuc\s*hien|to\s*chuc)\s+(?=\S+\s+\S)")
TRAILING_PARTICLE = re.compile(r"\s+(?:duoc|roi|xong)$")


def _plain(phrase: str) -> str:
    """'triển khai cung cấp được' -> 'cung cấp': an auxiliary verb before the main one and a trailing
    'được' say how, not what is counted."""
    f = fold(phrase)
    m = AUXILIARY.match(f)
    if m:
        phrase, f = phrase[m.end():], f[m.end():]
    m = TRAILING_PARTICLE.search(f)
    if m:
        phrase = phrase[:m.start()]
    return phrase.strip()


def _subject(text: str) -> str:
    """'Việc số hóa kết quả giải quyết' -> 'số hóa kết quả giải quyết'; 'tỷ lệ X' -> 'X'."""
    text = re.sub(r"^(?:việc|công tác|tỷ lệ|tỉ lệ)\s+", "", text.strip(), flags=re.I)
    return _lower_first(text)


@lru_cache(maxsize=1)
def _UNIT_AFTER_NUMBER() -> re.Pattern:
    return re.compile(r"\d[\d.,/]*(?:\s*(?:" + "|".join(re.escape(s) for s in _spellings()) + r"))?(?!\w)", re.I)


def _lower_first(text: str) -> str:
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[1:].islower():
        return text[:1].lower() + text[1:]
    return text


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" -–:;,.")
    return text


def _verb_phrase(clause: str) -> str:
    """The verb phrase ending a clause ('Trung tâm … phường tiếp nhận' -> 'tiếp nhận',
    'giải quyết đúng hạn' stays): from the last verb, extended left over verbs, adjectives and
    adverbs (pyvi's tags). A clause without a verb stays whole when short."""
    words = clause.split()
    if len(words) <= 1:
        return _lower_first(clause)
    try:
        from pyvi import ViPosTagger, ViTokenizer
        tokens, tags = ViPosTagger.postagging(ViTokenizer.tokenize(clause))
    except Exception:                       # pyvi missing: the clause's last words
        return _lower_first(" ".join(words[-3:]))
    tags = list(tags)
    verbs = [i for i, tag in enumerate(tags) if tag == "V"]
    if not verbs:
        return _lower_first(clause if len(words) <= 6 else " ".join(words[-3:]))
    last = verbs[-1]
    first = last
    while first > 0 and tags[first - 1] in ("V", "A", "R"):
        first -= 1
    phrase = " ".join(tok.replace("_", " ") for tok in tokens[first:])
    return _lower_first(phrase)


# 'nhóm chỉ tiêu Tiến độ giải quyết bị trừ 2,75 điểm', '… bị trừ nhiều nhất (3,62 điểm)': points deducted
# 'bị trừ 2,5 điểm', '(mất 2,6 điểm)', '…: đạt 16,72/20 điểm, mất 3,28 điểm', 'bị trừ tổng cộng 9,54 điểm', 'thấp hơn
# mức tối đa 3,14 điểm'
THIS_GROUP = re.compile(r"(?<!\d\s)(?<!\d)(?<!hai\s)(?<!ba\s)(?<!bon\s)(?<!nam\s)(?<!sau\s)(?<!cac\s)(?<!\w)nhom\s*(?:chi\s*tieu\s*)?(?:nay|do|tren)\s*(?:(?:cung|van|da|con)\s*)?$")
DEDUCTED = re.compile(r"(?<!\w)(?:bi\s*tru\s*(?:di\s*|mat\s*)?|(?:(?<=\()|(?<=[,;]\s))mat\s*|(?<=:\s)tru\s*(?=\d)|(?:thap\s*hon|kem)\s*(?:muc\s*|so\s*)?diem\s*toi\s*da\s*"
                      r"|(?:thap\s*hon|kem)\s*muc\s*toi\s*da\s*)(?:nhieu\s*(?:diem\s*)?nhat\s*(?:,\s*lan\s*luot\s*)?|(tong\s*cong|tong\s*so|tat\s*ca)\s*)?\(?\s*"
                      + NUM + r"\s*diem(?!\w)")
NEXT_LOST = re.compile(r"\s*\)?\s*(?:,|;|va)\s*(?:tiep\s*(?:den|theo)\s*(?:la\s*)?|roi\s*den\s*|sau\s*do\s*(?:la\s*)?)?"
                       r"(?:nhom\s*(?:chi\s*tieu\s*)?)?([^\W\d][^\d();.]{3,60}?)\s*\(\s*" + NUM + r"\s*diem\s*\)")
RESPECTIVE_POINTS = re.compile(r"\s*(?:,|;|va)\s*(?:va\s*)?" + NUM + r"\s*diem(?!\w)")
# 'cao/thấp hơn <what it is compared with>' before a gap (never the maximum: that gap is points deducted)
# ('… cao hơn điểm bình quân chung của 114 xã, phường, đặc khu (93,12 điểm) là 0,56 điểm': the units counted)
GAP_LEAD = r"(?<!\w)(cao|thap)\s*hon\s+(?!(?:muc\s*|so\s*)?(?:diem\s*)?toi\s*da)(?!muc\s+\d)" \
    r"((?:(?:(?:xa|phuong)\s*,|[^\W\d]+|\d{2,3}(?=\s+(?:xa|phuong|dac\s*khu|don\s*vi)))\s+){1,14}?)"
# (before a value in parentheses a period may be what is compared with: '… thấp hơn quý III/2026 (17,71 điểm) là 0,39 điểm')
GAP_LEAD_PERIOD = GAP_LEAD.replace(r"|\d{2,3}(?=", r"|(?<=quy\s)[ivx]+\s*/\s*\d{4}|(?<=thang\s)\d{1,2}\s*/\s*\d{4}|\d{2,3}(?=")
GAP_POINTS = re.compile(GAP_LEAD + NUM + r"\s*diem(?!\s*phan\s*tram)(?!\w)")
# '… cao hơn bình quân chung của thành phố (93,31 điểm) 0,76 điểm': the gap after the mean it is taken from
GAP_PAST_MEAN = re.compile(GAP_LEAD_PERIOD + r"\(\s*\d+(?:,\d+)?\s*diem\s*\)\s*,?\s*(?:la\s+)?" + NUM + r"\s*diem(?!\s*phan\s*tram)(?!\w)")
MEAN_OF_UNITS_POINTS = re.compile(r"(?<!\w)(?:tong\s*)?diem\s*(binh\s*quan|trung\s*binh)\s*(?:chung\s*)?(?:bo\s*chi\s*so\s*)?"
                                  r"(?:nhom\s*(?:chi\s*tieu\s*)?([^\W\d][^\d();.:,]{2,40}?)\s*(?=cua\s))?"   # ('… nhóm Số hóa hồ sơ của 114 …')
                                  + MEAN_SPAN + r"cua\s*"      # ('Điểm bình quân năm 2026 của 114 …', '… quý IV/2026 của Cụm')
                                  r"((?:\d{2,3}|cac)\s*(?:xa|phuong|dac\s*khu|don\s*vi|quay)(?:\s*,\s*(?:xa|phuong|dac\s*khu))*"
                                  r"|cum(?:\s*thi\s*dua)?(?:\s*so\s*\d{1,2})?(?!\w))"
                                  r"[^.;:\d]{0,30}?\s*(?:dat|la)\s*" + NUM + r"\s*diem(?!\s*phan\s*tram)(?!\w)")
# '…, tăng 2,19 điểm so với năm 2025 (90,38 điểm)' after a mean of units: that mean in the period compared with
MEAN_THEN = re.compile(r"\s*,\s*(?:tang|giam)\s*\d+(?:,\d+)?\s*diem\s*so\s*voi\s*((?:nam|thang|quy)\s*[\divx/\s]{1,10}?)\s*\(\s*"
                       + NUM + r"\s*diem\s*\)")
# 'khối phường bình quân đạt 94,38 điểm, khối xã đạt 92,93 điểm': the mean of the city's wards (communes)
CLUSTER_MEAN_POINTS = re.compile(r"(?<!\w)(?:binh\s*quan|trung\s*binh)\s*(?:chung\s*)?(?:cua\s*)?cum(?:\s*thi\s*dua)?\s*(?:dat|la|:)?\s*"
                                 + NUM + r"(?:\s*/\s*\d{1,3})?\s*diem(?!\s*phan\s*tram)(?!\w)")
BLOC_MEAN_ASIDE = re.compile(r"(?<!\w)(?:binh\s*quan|trung\s*binh)\s*(?:chung\s*)?(?:cua\s*)?khoi\s*(phuong|xa)\s*\(\s*"
                             + NUM + r"\s*diem\s*\)")
BLOC_MEAN_POINTS = re.compile(r"(?<!\w)khoi\s*(phuong|xa)\s*(?:(?:co\s*)?(?:diem\s*)?(?:binh\s*quan|trung\s*binh)\s*)?(?:dat|la)\s*"
                              + NUM + r"\s*diem(?!\s*phan\s*tram)(?!\w)")
SPREAD_POINTS = re.compile(r"(?<!\w)(khoang\s*cach|chenh\s*lech)\s*(?:diem\s*|ve\s*diem\s*)?(giua\s[^.;:\d]{3,80}?)\s*(?:la|:|chi\s*con)?\s*"
                           + NUM + r"\s*diem(?!\s*phan\s*tram)(?!\w)")
CITY_MEAN_POINTS = re.compile(r"(?<!\w)(" + CITY_MEAN_PHRASE + r")\s*(?:\(\s*|la\s+|:\s*)"
                              + NUM + r"\s*diem(?!\s*phan\s*tram)(?!\w)")
# a change in rank right after a change in points, with the comparison both share ('… điểm nhưng tăng 3 bậc so với
# tháng 01/2027')
RANK_CHANGE_AGAINST = re.compile(r"\s*,?\s*(?:nhung|va|con)\s+(?:tut|tang|giam|lui|vuon\s*len|xuong)\s*(?:them\s*)?\d{1,3}\s*bac\s+"
                                 r"(so\s*voi\s[^,;.()]{3,40}?)(?=\s*[,;.()]|\s*$)")
POINTS_CHANGE = re.compile(r"(?<!\w)(tang|giam)\s*(?:them\s*|nhe\s*|manh\s*|sau\s*)?" + NUM + r"\s*diem(?!\s*phan\s*tram)(?!\w)")


LEADING_PLACE = re.compile(r"[\s\-–+•]*(?:(?:rieng|nguoc\s*lai|con|trong\s*do)\s*,?\s*)?(xa|phuong|dac\s*khu)\s+")


def _leading_place(text: str, folded: str, sentence: int, pos: int) -> Optional[str]:
    """The commune or ward a clause opens with, as its subject ('- Xã Vĩnh Lại giảm …'): 'xã Vĩnh Lại'."""
    from extractors.scores import _place_named
    m = LEADING_PLACE.match(folded, sentence, pos)
    return _place_named(text[m.start(1):pos]) if m else None


def find_metrics(text: str, folded: Optional[str] = None, skip: Iterable[tuple[int, int]] = (),
                 scored: Iterable[tuple[int, str]] = (), bullet: bool = False) -> list[MetricHit]:
    """`scored`: (start, criterion) of the scores found in the text, which a change in points refers to;
    `bullet`: the text is a bullet item (its '-' already taken off)."""
    folded = folded if folded is not None else fold(text)
    skip = list(skip)
    out: list[MetricHit] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in skip) and all(e <= h.start or s >= h.end for h in out)

    # ------------------------------------------------------------------ change in points
    def in_points(pattern: re.Pattern, group: int):
        """Each free value of `pattern` in points: (match, value, its sentence's start, the criteria scored
        before it in the sentence)."""
        for m in pattern.finditer(folded):
            value = parse_number(m.group(group))
            if value is not None and free(m.start(group), m.end()):
                sentence = _boundary_sentence(folded, m.start())
                before = [c for s, c in scored if sentence <= s < m.start()]
                if not before:
                    # '- Tiến độ giải quyết: đạt 17,5 điểm (tối đa 20 điểm), bị trừ 2,5 điểm': the one scored
                    # before a closed parenthesis, in the same sentence
                    whole = max((d.end() for d in re.finditer(r";|\.(?!\d)", folded[:m.start()])), default=0)
                    before = [c for s, c in scored if whole <= s < m.start()][-1:]
                yield m, value, sentence, before

    for m, value, sentence, before in in_points(POINTS_CHANGE, 2):
        if not before and sentence and folded[sentence - 1] == "(":
            # 'nhóm Tiến độ giải quyết (giảm 1,78 điểm)': named before the parenthesis
            outer = _boundary_sentence(folded, sentence - 1)
            before = [entry.name for _, _, entry in find_all("criteria", text[outer:sentence], folded[outer:sentence])][-1:]
        if not before:
            # 'riêng nhóm Số hóa hồ sơ giảm 1,83 điểm': the criterion named in the clause, scored or not
            before = [entry.name for _, _, entry in find_all("criteria", text[sentence:m.start()], folded[sentence:m.start()])]
        base = ("tổng điểm" if before[-1] == "Tổng điểm" else "điểm nhóm chỉ tiêu " + before[-1]) if before else "điểm"
        if not before and re.search(r"tong\s*diem", folded[sentence:m.start()]):
            base = "tổng điểm"           # '…, tổng điểm của phường tăng 1,87 điểm'
        if before and re.search(r"bo\s*chi\s*so", folded[sentence:m.start()]) and before[-1] == "Tổng điểm":
            base += " Bộ chỉ số"
        place = _leading_place(text, folded, sentence, m.start()) if base in ("điểm", "tổng điểm") else None
        if place:
            # '- Xã Vĩnh Lại giảm 0,73 điểm, tụt 11 bậc', 'Phường Tân Hưng …, tổng điểm tăng 2,85 điểm': that
            # commune's total (a letter about several)
            base = f"tổng điểm của {place}"
        after = _clean(text[m.end():_boundary_after(folded, m.end())])
        rank_too = re.search(r"\s*\bvà\s+(?:tụt|tăng|giảm|lùi|vươn|vượt|xuống|lên)\b", after)
        if rank_too:
            # 'giảm 1,37 điểm và tụt 6 bậc (so với tháng 8/2026)': the rank's change is not the name's
            against = re.search(r"\bso\s+với\s.*$", after[rank_too.end():])
            after = _clean(after[:rank_too.start()] + (" " + against.group(0) if against else ""))
        shared = RANK_CHANGE_AGAINST.match(folded, m.end()) if not re.search(r"\bso\s+với\b", after) else None
        if shared:
            # 'giảm 0,6 điểm nhưng tăng 3 bậc so với tháng 01/2027': both changes are against that month
            after = _clean(after[:rank_too.start()] if rank_too else "") + " " + _clean(text[shared.start(1):shared.end(1)])
        if not after.strip():
            # 'So với năm 2024 (…), tổng điểm … tăng 1,87 điểm': the comparison leads the sentence
            lead = max((d.end() for d in re.finditer(r"\.(?!\d)|;", folded[:m.start()])), default=0)
            against = re.search(r"so\s*voi\s*(?:nam|thang|quy|cung\s*ky|ky)\b[^,()]*", folded[lead:m.start()])
            if against:
                after = _lower_first(_clean(text[lead + against.start():lead + against.end()]))
        word = "tăng" if m.group(1) == "tang" else "giảm"
        out.append(MetricHit(m.start(), m.end(), _clean(f"Mức {word} {base} {after}"), value, "điểm"))

    # ------------------------------------------------------------------ points deducted
    for m, value, sentence, named in in_points(DEDUCTED, 2):
        # the criterion named nearest before the value, after the last one scored: 'Số hóa hồ sơ (đạt
        # 17,05/22) và Thanh toán trực tuyến (mất 2,6 điểm)'
        if sentence and folded[sentence - 1] == "(":
            sentence = _boundary_sentence(folded, sentence - 1)      # '(mất 2,6 điểm)': named before '('
            # '- Số hóa hồ sơ: 19,7/22 điểm, là nhóm bị trừ nhiều điểm nhất (bị trừ 2,3 điểm)': the one scored
            named = named or [c for s, c in scored if sentence <= s < m.start()]
        since = max([sentence] + [s for s, _ in scored if sentence <= s < m.start()])
        nearer = [entry.name for _, _, entry in find_all("criteria", text[since:m.start()], folded[since:m.start()])]
        named = nearer or named
        if not named and THIS_GROUP.search(folded, max(0, m.start() - 30), m.start()):
            # 'Nhóm Số hóa hồ sơ đạt 15,84/20,36 điểm; nhóm này bị trừ 4,52 điểm': the group named just before
            back = max(0, m.start() - 300)
            named = [e.name for _, _, e in find_all("criteria", text[back:m.start()], folded[back:m.start()])][-1:]
        if not named and sentence and folded[sentence - 1] == ")" and re.fullmatch(r"[\s,]*", folded[sentence:m.start()]):
            # 'Riêng nhóm chỉ tiêu Dịch vụ công trực tuyến xếp thứ 104/114 (tháng 11/2026 xếp thứ 96/114), bị trừ 2,4
            # điểm': the clause before the aside names the group
            opened = folded.rfind("(", 0, sentence - 1)
            outer = _boundary_sentence(folded, opened) if opened > 0 else sentence
            named = [e.name for a, _, e in find_all("criteria", text[outer:opened], folded[outer:opened])
                     if re.search(r"nhom\s*(?:chi\s*tieu\s*)?$", folded[outer:outer + a])][-1:]
        base = " nhóm chỉ tiêu " + named[-1] if named and named[-1] != "Tổng điểm" else ""
        most = re.search(r"nhieu\s*diem\s*nhat", folded[m.start():m.start(2)])
        if most and not base:
            continue        # '… là nhóm bị trừ nhiều điểm nhất (1,88 điểm)' with its group lost (old OCR): whose is unknown
        top = criterion_of(named[-1], 0.99) if most else None
        if top and top.extra and value > parse_number(top.extra) / 2:
            continue        # 'nhóm Số hóa hồ sơ bị trừ nhiều điểm nhất (19,5đ)': the points it kept, not those lost
        if m.group(1):
            # 'Ba nhóm còn lại bị trừ tổng cộng 9,54 điểm': a sum over the groups its subject names
            subject = _clean(_strip_lead(text[_boundary_before(folded, m.start(), sentence):m.start()]))
            of = f" của {_lower_first(subject)}" if subject and not re.search(r"\d", subject) and not nearer else ""
            from extractors.scores import GROUP_COUNT, THESE_GROUPS      # 'ba nhóm này': groups named before
            these = THESE_GROUPS.search(fold(subject)) if of else None
            if these:
                # 'Các nhóm … là A, B và C; riêng ba nhóm này bị trừ tổng cộng 7,95 điểm': the groups named before
                back = max(0, m.start() - 400)
                named_before = list(dict.fromkeys(e.name for _, _, e in find_all("criteria", text[back:m.start()],
                                                                                  folded[back:m.start()])))
                count = GROUP_COUNT.get(these.group(1)) or (int(these.group(1)) if these.group(1).isdigit() else None)
                if count and 2 <= count <= len(named_before):
                    groups = named_before[-count:]
                    of = f" của {count:02d} nhóm chỉ tiêu {', '.join(groups[:-1])} và {groups[-1]}"
            out.append(MetricHit(m.start(2), m.end(), "Tổng số điểm bị trừ" + (base or of), value, "điểm"))
            continue
        turn = re.search(r"lan\s*luot\s*$", folded[max(0, m.start() - 12):m.start()]) \
            or re.search(r"lan\s*luot\s*$", folded[m.start():m.start(2)])
        if not turn:
            out.append(MetricHit(m.start(2), m.end(), "Số điểm bị trừ" + base, value, "điểm"))
            at = m.end()
            while (more := NEXT_LOST.match(folded, at)) and free(more.start(2), more.end()):
                # '… bị trừ nhiều nhất (2,66 điểm), tiếp đến là Thanh toán trực tuyến (2,26 điểm) và Dịch vụ công
                # trực tuyến (1,94 điểm)': each group named next lost the points after it
                found = find_all("criteria", text[more.start(1):more.end(1)], folded[more.start(1):more.end(1)])
                if not found or found[0][0] > 0 or parse_number(more.group(2)) is None:
                    break
                out.append(MetricHit(more.start(2), more.end(), "Số điểm bị trừ nhóm chỉ tiêu " + found[0][2].name,
                                     parse_number(more.group(2)), "điểm"))
                at = more.end()
            continue
        # '… lần lượt bị trừ 0,8 điểm, 0,9 điểm và 0,6 điểm', 'Hai nhóm A và B vẫn bị trừ nhiều nhất, lần lượt 1,93
        # điểm và 2,42 điểm': one value for each thing named before, in turn (each group its own where as many are)
        found = [(m.start(2), m.end(), value)]
        at = m.end()
        while (more := RESPECTIVE_POINTS.match(folded, at)) and free(more.start(1), more.end()):
            found.append((more.start(1), more.end(), parse_number(more.group(1))))
            at = more.end()
        groups = list(dict.fromkeys(entry.name for _, _, entry in find_all("criteria", text[sentence:m.start()],
                                                                             folded[sentence:m.start()])))
        for k, (start, end, got) in enumerate(found):
            own = " nhóm chỉ tiêu " + groups[k] if len(groups) == len(found) and groups[k] != "Tổng điểm" else base
            out.append(MetricHit(start, end, "Số điểm bị trừ" + own, got, "điểm"))

    # ------------------------------------------------------------------ the city's mean beside the score
    for m, value, sentence, named in in_points(CITY_MEAN_POINTS, 2):
        # '…, cao hơn bình quân chung của thành phố (93,31 điểm)', '(bình quân chung của thành phố: 17,69 điểm)',
        # '…, bình quân chung của thành phố là 19,54 điểm': the mean of all units, beside the unit's own score
        if named and named[-1] != "Tổng điểm":
            name = f"Điểm bình quân chung của thành phố nhóm chỉ tiêu {named[-1]}"
        else:
            name = "Tổng điểm bình quân chung của thành phố"
        out.append(MetricHit(m.start(2), m.end(), name, value, "điểm"))
    for m, value, sentence, named in in_points(MEAN_OF_UNITS_POINTS, 4):
        # 'Điểm trung bình của 114 xã, phường, đặc khu đạt 93,87 điểm': the mean of the units a city body ranks
        # ('điểm bình quân nhóm Số hóa hồ sơ của 114 xã, …': the mean of one group's points)
        word = text[m.start(1):m.end(1)].lower()
        group = next((entry.name for _, _, entry in find_all("criteria", text[m.start(2):m.end(2)], folded[m.start(2):m.end(2)])),
                     None) if m.group(2) else None
        if m.group(2) and not group:
            continue
        units = _clean(re.sub(r"^\d+\s+", "", text[m.start(3):m.end(3)]))
        units = units if units.startswith("các ") or fold(units).startswith("cum") else f"các {units}"   # ('của Cụm')
        # (a quarter, which has no period form, in the name: 'Tổng điểm bình quân quý IV/2026 của Cụm')
        said = QUARTER_CELL.search(folded, m.start(), m.start(3))
        quarter = f" {text[said.start():said.end()].strip()}" if said else ""
        what = f"Điểm {word} nhóm chỉ tiêu {group}" if group and group != "Tổng điểm" else f"Tổng điểm {word}"
        out.append(MetricHit(m.start(4), m.end(), f"{what}{quarter} của {units}", value, "điểm"))
        then = MEAN_THEN.match(folded, m.end())
        if then and free(then.start(2), then.end()):
            # '…, tăng 2,19 điểm so với năm 2025 (90,38 điểm)': the same mean in the period compared with (a quarter's
            # named by that quarter: '… so với quý III/2026 (91,92 điểm)')
            earlier = f" {text[then.start(1):then.end(1)].strip()}" if quarter and folded[then.start(1):].startswith("quy") else quarter
            out.append(MetricHit(then.start(2), then.end(), f"{what}{earlier} của {units}",
                                 parse_number(then.group(2)), "điểm"))

    for m, value, sentence, named in in_points(CLUSTER_MEAN_POINTS, 1):
        # '… Số hóa hồ sơ (bình quân Cụm đạt 18,74/22 điểm)': the mean of the cluster's units in the group named before
        said = [entry.name for _, _, entry in find_all("criteria", text[sentence:m.start()], folded[sentence:m.start()])]
        group = (said or named or [None])[-1]
        if sentence and folded[sentence - 1] == "(" and not said:
            outer = _boundary_sentence(folded, sentence - 1)
            group = ([entry.name for _, _, entry in find_all("criteria", text[outer:sentence], folded[outer:sentence])]
                     or [group])[-1]
        name = f"Điểm bình quân nhóm chỉ tiêu {group} của Cụm" if group and group != "Tổng điểm" else "Tổng điểm bình quân của Cụm"
        out.append(MetricHit(m.start(1), m.end(), name, value, "điểm"))
    for m, value, sentence, named in in_points(BLOC_MEAN_ASIDE, 2):
        # '…, thấp hơn bình quân chung của khối phường (93,05 điểm) 0,67 điểm': the bloc's mean, beside the cluster's
        out.append(MetricHit(m.start(2), m.end(), f"Tổng điểm bình quân chung của khối {text[m.start(1):m.end(1)].lower()}",
                             value, "điểm"))
    for m, value, sentence, named in in_points(BLOC_MEAN_POINTS, 2):
        out.append(MetricHit(m.start(2), m.end(), f"Tổng điểm bình quân của các {text[m.start(1):m.end(1)].lower()}", value, "điểm"))
    for m, value, sentence, named in in_points(SPREAD_POINTS, 3):
        # 'khoảng cách giữa đơn vị cao nhất và đơn vị thấp nhất là 15,72 điểm': a spread between two scores
        between = _clean(text[m.start(2):m.end(2)])
        out.append(MetricHit(m.start(3), m.end(), f"{text[m.start(1):m.end(1)].capitalize()} điểm {between}", value, "điểm"))

    # ------------------------------------------------------------------ a gap in points
    for m, value, sentence, named in [*in_points(GAP_POINTS, 3), *in_points(GAP_PAST_MEAN, 3)]:
        # '…, thấp hơn bình quân chung của thành phố 2,46 điểm', 'Tổng điểm tự chấm cao hơn điểm thành phố chấm
        # 2,49 điểm': how far a score is from what it is compared with
        reference = _clean(text[m.start(2):m.end(2)])
        if re.fullmatch(r"(?:tong\s*)?(?:diem\s*)?" + CITY_MEAN_PHRASE + r"\s*", fold(reference)):
            reference = "bình quân chung của thành phố"     # ('… của 114 xã, phường, đặc khu': all the city's units)
        base = f"nhóm chỉ tiêu {named[-1]} " if named and named[-1] != "Tổng điểm" else ""
        word = "cao" if m.group(1) == "cao" else "thấp"
        out.append(MetricHit(m.start(3), m.end(), f"Số điểm {base}{word} hơn {reference}", value, "điểm"))

    # ------------------------------------------------------------------ waiting times
    for m in WAIT_MINUTES.finditer(folded):
        if free(m.start(1), m.end()):
            hit = _waiting_time(text, folded, m)
            if hit:
                out.append(hit)

    # ------------------------------------------------------------------ money
    for m in MONEY.finditer(folded):
        if free(m.start(1), m.end()):
            hit = _money(text, folded, m, out)
            if hit:
                out.append(hit)

    # ------------------------------------------------------------------ counts
    units = _unit_regex()
    previous_before: dict[tuple[int, str], str] = {}
    wholes: list[tuple[MetricHit, MetricHit]] = []     # (a whole 'a/b' gives, its part) named after the part's final name
    # (a value and its measure in one cell: '…; 97 | 58 | 155 | 149' over '| hỗ trợ chi phí …' is not '149 hộ')
    for m in re.finditer(NUM + r"(?:\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?))?(?:(?!\t)\s)+(?=\S)", folded):
        u = _marked_unit(text, units.match(folded, m.end()))
        if not u or not free(m.start(), u.end()):
            continue
        value = parse_number(m.group(1))
        if value is None:
            continue
        sentence = _boundary_sentence(folded, m.start())
        if TARGET.search(folded[max(sentence, m.start() - 30):m.start()]):
            continue
        if re.search(r"(?<!\w)(?:thi\s*dua|cum|khoi|quay|tiep\s*nhan|to|doi)\s*so\s*$", folded[max(0, m.start() - 16):m.start()]):
            continue                 # 'Cụm thi đua số 6 kiến nghị …': a number naming a body, not a count
        if re.search(r"(?<!\w)nam\s*$", folded[max(0, m.start() - 6):m.start()]) and 1990 <= value <= 2100:
            continue                 # 'trong năm 2026 người dân …': a year, not a count of people
        if re.search(r"(?<!\w)tu\s*$", folded[max(sentence, m.start() - 6):m.start()]) \
                and re.match(r"\s*tro\s*(?:len|xuong)(?!\w)", folded[u.end():]):
            continue                 # 'đơn vị … giảm từ 10 bậc trở lên': a threshold, not a change measured
        if any(r.start() <= m.start() < r.end()
               for r in RATE_WORD.finditer(folded, max(0, m.start() - 6), min(len(folded), m.end() + 12))):
            continue                 # 'Ty 18 hồ sơ': OCR of 'Tỷ lệ', not eighteen
        ocr_rate = [r for r in RATE_OCR.finditer(folded, max(0, m.start() - 6), min(len(folded), m.end() + 12))
                    if r.start() <= m.start() < r.end()]
        if ocr_rate and re.search(r"%", folded[m.end():_boundary_sentence_end(folded, m.end())]):
            continue
        if DESIGNATION.search(folded[max(sentence, m.start() - 12):m.start()]):
            continue
        if re.match(r"\s*/\s*(?:tuan|ngay|thang|quy|nam|lan|buoi)(?!\w)", folded[u.end():]) \
                and not re.search(r"(?:binh\s*quan|trung\s*binh)", folded[max(sentence, m.start() - 80):m.start()]):
            continue                 # 'phát tin 03 buổi/tuần': how often, not how many (but 'bình quân 38 hồ sơ/ngày')
        if fold(text[u.start():u.end()]) == "buoi" \
                and re.search(r"(?<!\w)(?:hop|dien\s*ra|keo\s*dai|thoi\s*gian)\s*(?:trong\s*)?$", folded[max(sentence, m.start() - 20):m.start()]):
            continue                 # '(họp trong 01 buổi)': how long a meeting lasts, no count of sessions
        written = text[u.start():u.end()]
        if re.match(r"nhom", folded[u.start():u.end()]) and \
                re.search(r"(?:trong|tren|ca)\s*(?:so\s*|tong\s*so\s*)?$", folded[max(0, m.start() - 14):m.start()]):
            continue                 # 'thấp nhất trong 06 nhóm chỉ tiêu': the index's groups, not a count of a result
        unit = _unit_of(written)
        entry = lookup("measures", written)
        # ('tăng 5 bậc': a rank's steps, named as such below)
        changed = COUNT_CHANGE.search(folded, max(sentence, m.start() - 16), m.start()) \
            if unit not in ("điểm phần trăm", "bậc") else None
        if unit == "điểm phần trăm":
            name = _change_name(text, folded, m.start(), u.end(), sentence, out)
        elif changed:
            name = _count_change_name(text, folded, changed, u.end(), sentence, out, unit)
        else:
            # ('bậc' -> 'bậc xếp hạng', 'PAKN' -> 'phản ánh, kiến nghị'; a spelling written out, '01 phản ánh về …', as written)
            noun = entry.extra if entry and entry.extra and (written.isupper() or fold(written) == fold(entry.name)) \
                else unit if written.isupper() and unit != written else written   # 'HS'
            # 'có 27/114 đơn vị cấp xã đạt từ 95 điểm trở lên': the words after say what the first number counts
            name = _count_name(text, folded, m.start(), u.end(), noun, sentence, previous_before)
        refers = bool(REFERS.search(folded[max(sentence, m.start() - 14):m.start()])) \
            and not OUTCOME_OF_ALL.search(folded[max(sentence, m.start() - 60):m.start()]) \
            and not OUTCOME_AFTER_ALL.match(folded, u.end())
        out.append(MetricHit(m.start(), u.end(), _tidy(name), value, unit, refers))
        whole = parse_number(m.group(2)) if m.group(2) and unit in COUNTED_OF else None
        if whole is not None and whole >= value and not changed:
            # '538/612 hồ sơ có phí, lệ phí (87,91%)': the files with fees are a count too (named without the state
            # the part is in); one already given ('… đã giải quyết 1.402 hồ sơ … 1.371/1.402 kết quả …') is not again
            # (before the part in the list: a rate after them is the part's)
            named = _whole_of(text, u.end(), written if fold(written) == fold(unit) else unit, name, unit)
            out.insert(len(out) - 1, MetricHit(m.start(2), u.end(), _tidy(named), whole, unit, refers=True))
            if named == _whole_named(name, unit):
                wholes.append((out[-2], out[-1]))       # (no words after the unit: the part's name, as it ends up)
    _bare_breakdown(text, folded, out)
    _fields_in_parentheses(text, folded, out)
    _groups_in_parentheses(text, folded, out)
    _causes_in_turn(text, folded, out)
    _field_breakdown(text, folded, out)
    _unit_breakdown(text, folded, out)
    _channel_breakdown(text, folded, out)
    _unit_aside(text, folded, out)
    _units_in_parentheses(text, folded, out)
    _labelled_counts(text, folded, out)
    # ------------------------------------------------------------------ rates
    for m in re.finditer(NUM + r"\s*%", folded):
        if not free(m.start(), m.end()):
            continue
        value = parse_number(m.group(1))
        if value is None:
            continue
        sentence = _boundary_sentence(folded, m.start())
        if TARGET.search(folded[max(sentence, m.start() - 30):m.start()]) or TARGET_CLAUSE.match(folded[sentence:m.start()]):
            continue
        if ASSIGNED_TARGET.search(folded[max(0, m.start() - 50):m.start()]):
            continue                 # 'chưa đạt chỉ tiêu thành phố giao (95%)': the target set, not a result
        if re.search(r"(?<!\w)(?:duoi|tren|khong\s*(?:duoi|qua)|it\s*nhat|toi\s*thieu)\s*$", folded[max(sentence, m.start() - 14):m.start()]) \
                and re.search(r"phan\s*dau|muc\s*tieu|chi\s*tieu", folded[sentence:m.start()]):
            continue                 # '… phấn đấu … đạt từ 92% trở lên, không có thôn nào dưới 88%': a bound aimed at
        if re.search(r"(?<!\w)(?:(?<!khong\s)duoi|nhat\s*tri)\s*$", folded[max(sentence, m.start() - 12):m.start()]):
            continue                 # '05 xã nêu trên có tỷ lệ số hóa dưới 80%', 'Trường hợp … vẫn dưới 85%': a bound, not a
            #                          rate; 'biểu quyết nhất trí 100%': a vote
        if re.search(r"(?<!\w)(?:dat\s*)?tu\s*$", folded[max(0, m.start() - 10):m.start()]) \
                and re.match(r"\s*tro\s*(?:len|xuong)(?!\w)", folded[m.end():]):
            continue                 # 'Tỷ lệ hồ sơ nộp trực tuyến đạt từ 92% trở lên': a threshold (an aim), not a rate measured
        if SHARE_OF_POINTS.match(folded, m.end()):
            continue                 # 'chưa đến 88% điểm chuẩn': a share of a score's points, not a measured rate
        part = _sipas_part_subject(folded, _boundary_sentence(folded, m.start(), parentheses=False), m.start())
        if part:
            # 'b) Chỉ số hài lòng về thủ tục hành chính: 86,34%', '… chỉ số hài lòng về sự phục vụ của công chức tiếp tục
            # cao nhất với 92,85%': that part-index of SIPAS
            out.append(MetricHit(m.start(), m.end(), part, value, "%"))
            continue
        index = _index_subject(text, folded, _boundary_sentence(folded, m.start(), parentheses=False), m.start())
        if index:
            # 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2026 của xã đạt 85,47%': the index's own result
            out.append(MetricHit(m.start(), m.end(), f"Tỷ lệ {index}", value, "%"))
            continue
        compared = COMPARED_VALUE.search(folded, max(0, m.start() - 60), m.start())
        outer = _boundary_sentence(folded, compared.start()) if compared else sentence
        earlier = [h for h in out if compared and h.unit == "%" and outer <= h.start < compared.start()
                   and not h.name.startswith(("Mức", "Tỷ lệ tăng", "Tỷ lệ giảm"))]
        if earlier:
            # '… đạt 85,47%, tăng 1,9 điểm phần trăm so với năm 2025 (83,57%)': the same rate in the period compared
            from extractors.numbers import find_periods
            named = find_periods(compared.group(1))
            day = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", compared.group(1))
            out.append(MetricHit(m.start(), m.end(), earlier[-1].name, value, "%",
                                 period=named[0][2] if named else iso_date(*map(int, day.groups())) if day else None))
            continue
        whole = _boundary_sentence(folded, m.start(), parentheses=False, semicolons=False)
        rated = [h for h in out if h.unit == "%" and re.search(r" (?:của|về) ", h.name) and whole <= h.start < m.start()]
        another = OF_ANOTHER.match(folded, rated[-1].end, m.start()) if rated else None
        if another and another.end() == m.start():
            said = _clean(text[another.start(1):another.end(1)])
            joint = " của " if said.startswith("của") else " về "
            if joint in rated[-1].name:
                base = rated[-1].name[:rated[-1].name.index(joint)]
                matter = re.sub(r"^(?:của|về)\s+", "", said)
                out.append(MetricHit(m.start(), m.end(), f"{base}{joint}{matter}", value, "%"))
                continue
        change = re.search(r"(?<!\w)(tang|giam)\s*(?:them\s*|khoang\s*)?$", folded[sentence:m.start()])
        counted = [h for h in out if h.unit != "%" and sentence <= h.start < m.start()]
        if change and counted:
            # '3.210 hồ sơ, tăng 8% so với cùng kỳ': the change of the count before it
            word = "tăng" if change.group(1) == "tang" else "giảm"
            base = _lower_first(re.sub(r"^(?:Tổng số|Số lượng|Số)\s+", "", counted[-1].name))
            after = _clean(text[m.end():_boundary_after(folded, m.end())])
            out.append(MetricHit(m.start(), m.end(), _clean(f"Tỷ lệ {word} {base} {after}"), value, "%"))
            continue
        rates = [r for r in RATE_WORD.finditer(folded, sentence, m.start())] or \
            [r for r in RATE_OCR.finditer(folded, sentence, m.start())]
        rate = rates[-1].start() if rates else -1
        series = [h for h in out if h.unit == "%" and sentence <= h.start < m.start()]
        if series and re.fullmatch(r"\s*(?:,|;|va|hoac)\s*", folded[series[-1].end:m.start()]):
            # '(67,13% và 60%)': the next value of a list, the same rate (of another place or period)
            out.append(MetricHit(m.start(), m.end(), series[-1].name, value, "%"))
            continue
        if series and (PERIOD_LABEL.fullmatch(fold(_clean(text[_boundary_before(folded, m.start(), sentence):m.start()])))
                       or PERIOD_LABEL.fullmatch(folded[series[-1].end:m.start()].strip(" ,;"))):
            # '…: tháng 01 đạt 97,8%, tháng 02 đạt 98,4%': the next value of the same rate, another period
            out.append(MetricHit(m.start(), m.end(), series[-1].name, value, "%"))
            continue
        if rate >= 0 and not re.search(NUM + r"\s*%", folded[rate:m.start()]):
            x = text[rates[-1].end():m.start()]
            label = re.search(r":\s*" + PERIOD_LABEL.pattern + r"\s*$", fold(x))
            if label:                # 'Tỷ lệ … hài lòng … ở mức cao: tháng 01 đạt 97,8%'
                x = x[:label.start()]
                x = re.split(r"\s+(?:tiếp tục|vẫn|luôn|được duy trì)\s", x)[0]
            x = x[:len(x) - len(RATE_TAIL.search(fold(x)).group(0))] if RATE_TAIL.search(fold(x)) else x
            x = _clean(x)
            if not x:
                same = _clean(_strip_lead(text[_boundary_before(folded, rate, sentence, colon=False):rate]))
                same = _clean(re.sub(r"(?:^|\s+)(?:đạt|là|có)$", "", same))
                if RELATIVE_RATE.fullmatch(fold(same)):
                    same = ""           # '1.131 hồ sơ, tương ứng tỷ lệ 88,08%': the rate of the count before
                if same and not re.search(r"\d", same):
                    x = _subject(same)
            if not x:
                outer = sentence        # '1.402 hồ sơ nộp trực tuyến (đạt tỷ lệ 91,2%)': the count outside
                if folded[:sentence].rstrip().endswith("("):
                    outer = _boundary_sentence(folded, len(folded[:sentence].rstrip()) - 1)
                x = _rate_from_context(text, folded, rate, outer, out)
            name = "Tỷ lệ " + x if x else "Tỷ lệ"
        else:
            label = RATE_LABEL.fullmatch(folded, sentence, m.start()) if RATE_LABEL_END.match(folded, m.end()) else None
            if label and not PERIOD_LABEL.fullmatch(label.group(1)) and not _leading_unit(label.group(1)):
                # '- Thái độ, tác phong phục vụ của công chức: 97,24%': the label says what is rated
                out.append(MetricHit(m.start(), m.end(), _tidy("Tỷ lệ " + _lower_first(_clean(text[label.start(1):label.end(1)]))),
                                     value, "%"))
                continue
            before_start = _boundary_before(folded, m.start(), sentence)
            before = _clean(_strip_lead(text[before_start:m.start()]))
            # '(riêng tháng 9/2026 đạt 91,2%)': a period said before the verb changes nothing of what is rated
            before = re.sub(r"^(?:riêng\s+|trong\s+)?(?:tháng|quý|năm)\s+[\dIVXivx]{1,4}(?:\s*/\s*\d{4})?\s*", "", before)
            if re.fullmatch(r"(?:(?:mới|chỉ|đã|ước|cũng)\s+)?(?:đạt|là|bằng|chiếm)?", before) \
                    or RELATIVE_RATE.fullmatch(fold(before)):
                # '…, trực tuyến 3.592 hồ sơ, đạt 93,4%': the rate of the count before it;
                # '… 861 hồ sơ (đạt 98,3%)': the parenthesis belongs to the sentence around it
                outer = sentence
                if folded[:sentence].rstrip().endswith("("):
                    outer = _boundary_sentence(folded, len(folded[:sentence].rstrip()) - 1)
                x = _rate_from_context(text, folded, before_start, outer, out)
                if x:
                    out.append(MetricHit(m.start(), m.end(), _tidy("Tỷ lệ " + x), value, "%"))
                    continue
            subject = re.search(r"\s(?:(?:mới|chỉ|đã|ước|cũng)\s+)?(?:đạt|là|bằng|chiếm)$", before)
            if subject and before[:subject.start()].strip():
                # 'Việc số hóa kết quả giải quyết mới đạt 81,4%': the clause names the rate
                out.append(MetricHit(m.start(), m.end(), _clean("Tỷ lệ " + _subject(before[:subject.start()])),
                                     value, "%"))
                continue
            verb = _verb_phrase(before) if before else ""
            after_end = _boundary_after(folded, m.end())
            after = _clean(text[m.end():after_end])
            after = re.sub(r"^(?:các|những|số)\s+", "", after)
            if len(after.split()) > 10:
                # a long object: where it is done ('tại Trung tâm …') is not what is counted
                cut = re.search(r"\stại\s", after)
                if cut and len(after[:cut.start()].split()) >= 2:
                    after = after[:cut.start()]
            if not after or PREPOSITION.match(fold(after)):
                name = " ".join(p for p in ("Tỷ lệ", verb, after) if p)
            else:
                name = " ".join(p for p in ("Tỷ lệ", after, verb) if p)
        out.append(MetricHit(m.start(), m.end(), _tidy(name), value, "%"))
    # 'không có hồ sơ quá hạn', 'không nhận được phản ánh, kiến nghị nào về …': a count of zero
    for m in re.finditer(r"(?<![\w])khong\s*(?:co|nhan\s*duoc|tiep\s*nhan|phat\s*sinh)\s+", folded):
        u = units.match(folded, m.end())
        if not u or not free(m.start(), u.end()) or _unit_of(text[u.start():u.end()]) == "ý kiến":
            continue            # ('… và không có ý kiến khác./.': a meeting's closing words, nothing counted)
        written = text[u.start():u.end()]
        after_end = _boundary_after(folded, u.end())
        after = re.sub(r"^(?:nào|gì)(?!\w)\s*", "", _clean(text[u.end():after_end]))
        out.append(MetricHit(m.start(), u.end(), _clean(f"Số {written} {after}"), 0.0, _unit_of(written),
                             negated=True))
    _field_items(text, folded, out)
    _month_series(text, folded, out)
    _month_after(folded, out)
    _same_period_in_parentheses(text, folded, out)
    _months_in_parentheses(folded, out)        # after it: several months in one parenthesis, each its own
    _unit_led(text, folded, out, bullet)
    _rates_by_field(text, folded, out)
    _concentrated_in(text, folded, out)
    _part_of_counted(text, folded, out)
    for hit in out:
        if hit.unit == "bậc":
            # 'tụt 8 bậc', 'vươn lên 12 bậc': the rank went down or up
            hit.name = re.sub(r"\s(?:tụt(?: hạng)?|xuống|rơi xuống|lùi)(?=\s|$)", " giảm", hit.name)
            hit.name = re.sub(r"\s(?:vươn lên|vượt lên|vượt|nâng lên|nâng|lên|thăng)(?=\s|$)", " tăng", hit.name)
            change = next((h for h in out if h.name.startswith(("Mức tăng", "Mức giảm")) and h.unit == "điểm"
                           and re.fullmatch(r"\s*va\s*", folded[h.end:hit.start])), None)
            if change and not re.search(r"\b(?:tăng|giảm)\b", hit.name):
                # 'giảm 4,57 điểm và 37 bậc (so với tháng 3/2026)': the rank moved the same way, since the same time
                against = change.name.find(" so với ")
                hit.name = f"Số bậc xếp hạng {change.name.split()[1]}" + (change.name[against:] if against >= 0 else "")
            # ('thứ hạng tụt 34 bậc và xã đã rơi vào nhóm 10 đơn vị …': what follows 'và' is another clause)
            hit.name = re.sub(r"\s+và\s+(?!so với).*$", "", hit.name)
            if " so với " not in hit.name:
                since = _rank_since(folded, hit)
                if since:
                    hit.name += " so với " + _clean(text[since[0]:since[1]])
        hit.name = _canonical(_without_period(_without_citation(hit.name)))
        hit.name = hit.name[:1].upper() + hit.name[1:]      # a name, as the records write it
    for hit in out:
        bare = re.match(r"Mức (tăng|giảm)(?= so với|$)", hit.name)
        if bare and hit.unit == "điểm phần trăm":
            # 'Tỷ lệ X đạt 52,6%, tăng 4,1 điểm phần trăm so với tháng trước' (the rate read after the change):
            # the change of that rate
            sentence = _boundary_sentence(folded, hit.start)
            rate = next((h for h in sorted(out, key=lambda h: -h.start) if h.unit == "%" and sentence <= h.start < hit.start), None)
            whole = _boundary_sentence(folded, hit.start, parentheses=False)
            if rate is None and hit.name != "Mức " + bare.group(1):
                # '… đạt 88,4%, cao hơn năm 2025 (85,1%) là 3,3 điểm phần trăm': the rate before the compared period's
                rate = next((h for h in sorted(out, key=lambda h: -h.start) if h.unit == "%" and whole <= h.start < hit.start
                             and not _enclosed(folded, whole, h.start)), None)
            part = next((h for h in sorted(out, key=lambda h: -h.start) if h.unit == "%" and whole <= h.start < hit.start
                         and h.name.startswith("Chỉ số hài lòng về") and "bình quân" not in h.name), None)
            to_mean = PART_MEAN_GAP.search(folded, max(whole, hit.start - 120), hit.start) if part else None
            if to_mean:
                # '… đạt 91,41%, cao hơn bình quân chung của thành phố (88,95%) 2,46 điểm phần trăm': that part-index's
                # gap to the mean
                mean = "bình quân chung của thành phố" if to_mean.group(2) else \
                    f"bình quân khối {'phường' if to_mean.group(3) == 'phuong' else 'xã'}"
                hit.name = f"Mức {part.name} {'thấp' if to_mean.group(1) == 'thap' else 'cao'} hơn {mean}"
            elif rate:
                hit.name = f"Mức {bare.group(1)} {_lower_first(rate.name)}{hit.name[bare.end():]}"
    _rate_from_to(folded, out)
    for hit in out:
        _named_before_parentheses(text, folded, hit)
    _compared_count(text, folded, out)
    for hit in out:
        if hit.unit == "%" and re.fullmatch(r"t[ỷỉ] lệ (?:này|đó|trên)", hit.name, flags=re.I):
            # '… đạt 54,81% (tháng 11/2026 tỷ lệ này là 68,2%)': the rate just named
            said = [h for h in out if h.unit == "%" and h.start < hit.start and h is not hit
                    and not re.fullmatch(r"t[ỷỉ] lệ(?: (?:này|đó|trên))?", h.name, flags=re.I)]
            if said:
                hit.name = said[-1].name
    _bare_named(text, folded, out)
    _satisfaction_factors(text, folded, out)
    _test_points(text, folded, out)
    for hit in out:
        if hit.unit == "%" and SPAN_ONLY_RATE.fullmatch(hit.name):
            # 'Tỷ lệ hồ sơ trực tuyến tháng 12/2026 đạt 95,87%; cả năm 2026 đạt 91,4%': the same rate over the span
            floor = _boundary_sentence(folded, hit.start, semicolons=False)
            same = [h for h in out if h.unit == "%" and floor <= h.start < hit.start and not SPAN_ONLY_RATE.fullmatch(h.name)]
            if same:
                hit.name = same[-1].name
    _share_counted(folded, out)
    for whole, part in wholes:
        whole.name = _tidy(_whole_named(part.name, part.unit))    # ('(1.170/1.200 hồ sơ)': named from the part as it is now)
    _quarter_items(text, folded, out)           # (after the names lose their periods: a quarter's stays)
    # a value a score or rank took ('giảm 3,86 điểm (tháng 10/2025: 92,88 điểm)': the total that month) is no measure
    out = [h for h in out if all(h.end <= a or h.start >= b for a, b in skip)]
    # 'Điểm 2.1 = 14 x 98,49% = 13,79 điểm': a rate multiplied in a formula was given before it
    out = [h for h in out if not (h.unit == "%" and OPERAND_BEFORE.search(folded[max(0, h.start - 12):h.start]))]
    # 'Nếu 71 hồ sơ chứng thực … được hướng dẫn nộp trực tuyến thì tỷ lệ … sẽ đạt khoảng 95,2%': what would be
    out = [h for h in out if not _what_if(folded, h)]
    # '(113 trên 114 đơn vị)', 'Xếp hạng (trên 114 đơn vị)', 'thứ 39 trong tổng số 114 đơn vị cấp xã': what a rank is out of
    # ('Chỉ số SIPAS bình quân của 114 đơn vị đạt 84,12%': the units a mean is taken over)
    out = [h for h in out if not (h.unit == "đơn vị" and (RANK_BASE.search(folded, max(0, h.start - 60), h.start)
                                                          or MEAN_OVER.search(folded, max(0, h.start - 40), h.start)))]
    for hit in out:
        if hit.unit == "%" and "=" in hit.name:
            # 'Tỷ lệ = 1.109/1.126 = 98,49%': the rate worked out, named without its sum
            hit.name = _clean(re.sub(r"\s*=.*$", "", hit.name))
        slot = _time_slot(folded, hit.start) if hit.unit in ("phút", "giờ") else None
        if slot and fold(text[slot.start(1):slot.end(1)]) not in fold(hit.name):
            # '- Từ 07 giờ 30 đến 09 giờ 30: 1.910 lượt (46,29%), chờ bình quân 18,9 phút': the wait in that span
            hit.name = f"{hit.name} {_lower_first(text[slot.start(1):slot.end(1)])}"
    return sorted(out, key=lambda h: h.start)


RANK_BASE = re.compile(r"(?:xep|thu|hang|dung|chot)(?!\w)[^.;]{0,40}?(?:\d\s*|\(\s*)(?:tren|trong\s*(?:tong\s*)?so)\s*$")
MEAN_OVER = re.compile(r"(?:binh\s*quan|trung\s*binh)\s*(?:chung\s*)?" + MEAN_SPAN +
                       r"cua\s*(?:ca\s*|toan\s*bo\s*)?$")   # ('… năm của 114', '… quý IV/2026 của 114')
OPERAND_BEFORE = re.compile(r"\d\s*[x×*]\s*$")
# measures whose 'a/b' is a part of a whole counted too ('538/612 hồ sơ'; not '27/114 đơn vị', the city's units, nor
# '04/06 nhóm chỉ tiêu', the index's groups)
COUNTED_OF = {"hồ sơ", "kết quả", "TTHC", "thủ tục", "người", "lượt", "phiếu"}
# the state a part of a count is in, ending its name, in the order tried ('… được thanh toán trực tuyến', '… không hài
# lòng', '… đúng hạn', '… nộp trực tuyến', '… hợp lệ')
PART_STATES = [re.compile(p, re.I) for p in (
    r"\s+(?:(?:đã|đều)\s+)?(?:được|bị)\s.*$|\s+(?:không|chưa|chỉ)\s.*$",
    r"\s+(?:đúng|trước|trễ|quá)\s+hạn.*$",
    r"\s+(?:nộp\s+|tiếp\s+nhận\s+)?trực\s+tuyến.*$",
    r"\s+(?:hợp\s+lệ|(?:rất\s+)?hài\s+lòng(?:,\s*rất\s+hài\s+lòng)?)$")]


def _whole_of(text: str, end: int, noun: str, name: str, unit: str) -> str:
    """The name of the whole in 'a/b <unit> <what>': what the words after the unit say it counts, without the state
    the part is in ('538/612 hồ sơ có phí, lệ phí (87,91%)' -> 'Số hồ sơ có phí, lệ phí'), else from the part's name."""
    said = re.match(r"[^;().:\n]{2,70}?(?=\s*(?:[;().:\n]|,\s*(?:đạt|tỷ\s+lệ|chiếm|tăng|giảm|trong|còn|so|bằng)\s|$))",
                    text[end:], flags=re.I)
    words = said.group(0).strip(" ,") if said and re.match(r"\s+[^\W\d]", said.group(0)) else ""
    if not words:
        return _whole_named(name, unit)
    return _whole_named(f"Số {noun} {words}", unit)


def _whole_named(name: str, unit: str) -> str:
    """The name of the whole a part's count is of: 'Số hồ sơ có phí, lệ phí được thanh toán trực tuyến' -> 'Số hồ sơ
    có phí, lệ phí'; 'Số hồ sơ nộp trực tuyến' -> 'Số hồ sơ tiếp nhận'; 'Số hồ sơ đã giải quyết đúng hạn' -> 'Số hồ sơ
    đã giải quyết'."""
    base = name
    for state in PART_STATES:
        if state.search(name):
            base = state.sub("", name)
            break
    state = fold(name[len(base):])
    if not fold(base).startswith(fold(f"Số {unit}")):
        base = f"Số {unit}"         # ('Số nộp trực tuyến': the part named without its unit)
    if fold(base).strip() != fold(f"Số {unit}"):
        return base
    if re.match(r"\s*(?:nop\s*|tiep\s*nhan\s*)?truc\s*tuyen", state):
        return f"{base} tiếp nhận"
    if re.match(r"\s*(?:giai\s*quyet\s*)?(?:dung|truoc|tre|qua)\s*han", state):
        return f"{base} đã giải quyết"
    return base


def _what_if(folded: str, hit: MetricHit) -> bool:
    """The hit is in the 'thì … sẽ …' of a sentence's 'Nếu …' (after the 'nếu')."""
    start = _boundary_sentence(folded, hit.start, parentheses=False, semicolons=False)
    m = WHAT_IF.search(folded, start, _boundary_sentence_end(folded, hit.end))
    return bool(m and m.start() < hit.start)


WHAT_IF = re.compile(r"(?<!\w)neu(?!\w).{3,200}?(?<!\w)thi(?!\w).{0,120}?(?<!\w)se(?!\w)")


# '… trên tổng số hồ sơ có phí, lệ phí của tháng (' before '(tháng 01: 349 hồ sơ; …)': what the parentheses count
COUNTED_BEFORE = re.compile(r"(?:tong\s*)?so\s+([^\W\d][^\d();:.]{2,30}?)\s+([^\W\d][^\d();:.]{2,60}?)"
                            r"(?:\s+(?:cua|trong)\s+(?:thang|quy|nam|tuan|ky)(?:\s+\w+)?)?\s*\(\s*$")


def _share_counted(folded: str, out: list[MetricHit]) -> None:
    """'tỷ lệ hồ sơ nộp trực tuyến … đạt 81,6% (5.237/6.418 hồ sơ)': the count in the parentheses is what the
    rate counts ('Số hồ sơ nộp trực tuyến'), not a count of its own."""
    for hit in out:
        rate = next((r for r in out if r.unit == "%" and r.end <= hit.start
                     and re.fullmatch(r"\s*\(\s*", folded[r.end:hit.start])), None)
        if rate is None or hit.unit == "%" or fold(hit.name) != fold(f"Số {hit.unit}"):
            continue
        counted = re.sub(r"\s+của\s+(?:phường|xã|đặc khu|thành phố)(?:\s.*)?$", "", rate.name)
        subject = re.match(r"Tỷ lệ\s+(.+)$", counted)
        if subject and fold(subject.group(1)).startswith(fold(hit.unit)):
            hit.name = f"Số {subject.group(1)}"


def _named_before_parentheses(text: str, folded: str, hit: MetricHit) -> None:
    """A count named by its unit alone ('Số hồ sơ') inside parentheses right after the phrase that says what
    is counted ('tổng số hồ sơ có phí, lệ phí của tháng (tháng 01: 349 hồ sơ; …)'): that phrase names it."""
    if hit.unit == "%" or fold(hit.name) != fold(f"Số {hit.unit}"):
        return
    opened = folded.rfind("(", 0, hit.start)
    if opened < 0 or ")" in folded[opened:hit.start]:
        return
    m = COUNTED_BEFORE.search(folded, max(0, opened - 120), opened + 1)
    if m and m.end() == opened + 1 and _unit_of(text[m.start(1):m.end(1)]) == hit.unit:
        hit.name = _clean(f"Số {hit.unit} {text[m.start(2):m.end(2)]}")


def _compared_count(text: str, folded: str, out: list[MetricHit]) -> None:
    """A count named by its unit alone in parentheses after the period compared with ('… tiếp nhận 236 hồ sơ, tăng
    41 hồ sơ so với năm 2025 (195 hồ sơ)'): the count the sentence gave before, in that period (as a rate is)."""
    from extractors.numbers import find_periods
    for hit in out:
        if hit.unit == "%" or fold(hit.name) != fold(f"Số {hit.unit}"):
            continue
        compared = COMPARED_VALUE.search(folded, max(0, hit.start - 60), hit.start)
        if not compared:
            continue
        outer = _boundary_sentence(folded, compared.start())
        earlier = [h for h in out if h is not hit and h.unit == hit.unit and outer <= h.start < compared.start()
                   and not h.name.startswith(("Mức", "Tỷ lệ")) and fold(h.name) != fold(hit.name)]
        if earlier:
            named = find_periods(compared.group(1))
            hit.name = earlier[-1].name
            if named:
                hit.period = named[0][2]


# ('… so với ngày 31/12/2025 (75,37%)': as of that day)
COMPARED_VALUE = re.compile(r"(?:so\s*voi|cao\s*hon|thap\s*hon)\s*((?:thang|nam|quy|tuan|ky|cung\s*ky|(?:thoi\s*diem\s*)?ngay(?=\s*\d))[\w\s/]{0,25}?)"
                            r"\s*\(\s*$")
# ', của nhóm tổ chức, doanh nghiệp là 82,75%' after 'Tỷ lệ hài lòng của người dân là 88,4%': the same rate, of another group
# ('…, về công chức giải quyết công việc đạt 84,2%; thấp nhất là việc tiếp nhận, xử lý góp ý, … chỉ đạt 78,35%':
# the same rate about another matter)
OF_ANOTHER = re.compile(r"\s*[,;]\s*(?:(?:con|va|rieng)\s+)?(?:(?:thap|cao)\s*nhat\s*(?:la\s*)?(?=viec\s))?"
                        r"((?:cua|ve|viec)\s+[^\d%;()]{2,80}?)\s*,?\s*(?:la|dat|chi\s*dat|:)\s*$")


@functools.lru_cache(maxsize=1)
def _sipas_part_said() -> re.Pattern:
    """A part-index named in prose ('Chỉ số hài lòng về thủ tục hành chính'), a group per part (scores.SIPAS_PART_WORDS)."""
    from extractors.scores import SIPAS_PART_WORDS
    return re.compile(r"chi\s*so\s*hai\s*long\s*ve\s*(?:" + "|".join(f"({w})" for w in SIPAS_PART_WORDS) + r")(?!\w)")


def _sipas_part_subject(folded: str, sentence: int, pos: int) -> Optional[str]:
    """The SIPAS part-index a clause names just before the rate at `pos` ('Chỉ số hài lòng về thủ tục hành chính:
    86,34%', '… về sự phục vụ của công chức tiếp tục cao nhất với 92,85%'): 'Chỉ số hài lòng về …', else None."""
    from extractors.scores import SIPAS_PART_NAMES
    said = list(_sipas_part_said().finditer(folded, sentence, pos))
    if not said:
        return None
    between = folded[said[-1].end():pos]
    k = next(i for i in range(1, 6) if said[-1].group(i))
    name = "Chỉ số hài lòng về " + SIPAS_PART_NAMES[k - 1]
    mean = re.search(r"(?:(?:cao|thap)\s*hon|vuot)\s*binh\s*quan\s*(?:(chung)\s*(?:cua\s*)?thanh\s*pho|khoi\s*(phuong|xa))\s*\(\s*$",
                     between) if len(between) <= 100 else None
    if mean:
        # '… đạt 91,41%, cao hơn bình quân chung của thành phố (88,95%)': the city's (the bloc's) mean of that part
        return f"{name} bình quân chung của thành phố" if mean.group(1) else f"{name} bình quân khối {mean.group(2).replace('phuong', 'phường').replace('xa', 'xã')}"
    if len(between) > 45 or re.search(r"\d|%|binh\s*quan|so\s*voi|nam\s*20", between):
        return None            # (a figure between, or an earlier year the value belongs to)
    return name


# the five things SIPAS asks people about, as a report lists them one by one ('Tỷ lệ hài lòng theo từng yếu tố: tiếp
# cận dịch vụ 91,2%; thủ tục hành chính 87,05%; …', '… thấp nhất là yếu tố tiếp nhận, xử lý góp ý, phản ánh, kiến nghị
# với 71,3%')
SATISFACTION_FACTOR = re.compile(
    r"(?:(?<=[;:,.])|(?<=\sla)|(?<=\sve)|(?<=yeu\sto)|(?<=^))\s*"
    r"((?:viec\s*)?tiep\s*can\s*(?:dich\s*vu|dvc)(?:\s*hanh\s*chinh\s*cong)?|thu\s*tuc\s*hanh\s*chinh|"
    r"(?:su\s*phuc\s*vu\s*cua\s*)?cong\s*chuc(?:\s*truc\s*tiep)?(?:\s*giai\s*quyet\s*cong\s*viec)?|"
    r"ket\s*qua\s*giai\s*quyet(?:\s*(?:thu\s*tuc\s*hanh\s*chinh|tthc|cong\s*viec))?|"
    r"(?:viec\s*)?tiep\s*nhan\s*,?\s*xu\s*ly\s*(?:y\s*kien\s*)?(?:gop\s*y\s*,?\s*)?(?:phan\s*anh\s*,?\s*kien\s*nghi|pakn))"
    r"\s*(?:\(\s*)?(?:(?:chi\s*)?dat\s*|voi\s*|la\s*|:\s*)?$")
SATISFACTION_SAID = re.compile(r"hai\s*long|yeu\s*to|sipas")


def _satisfaction_factors(text: str, folded: str, out: list[MetricHit]) -> None:
    """A rate right after one of SIPAS's five things, where the sentence (or the one before) speaks of people's
    satisfaction: 'Tỷ lệ hài lòng về <that thing>'."""
    for hit in out:
        if hit.unit != "%" or re.match(r"(?:chi\s*so|ty\s*le)\s*hai\s*long\s*ve\s", fold(hit.name)):
            continue            # (named so already: 'Chỉ số hài lòng về thủ tục hành chính: 86,34%')
        m = SATISFACTION_FACTOR.search(folded, max(0, hit.start - 90), hit.start)
        if not m:
            continue
        sentence = _boundary_sentence(folded, hit.start, parentheses=False, semicolons=False)
        context = _boundary_sentence(folded, max(0, sentence - 1), parentheses=False, semicolons=False)
        if not SATISFACTION_SAID.search(folded, context, m.start(1)):
            continue
        label = _clean(text[m.start(1):m.end(1)])
        hit.name = "Tỷ lệ hài lòng về " + _lower_first(label)


def _index_subject(text: str, folded: str, sentence: int, pos: int) -> Optional[str]:
    """The index a clause opens with when what follows says it reached the value at `pos` ('2. Chỉ số hài
    lòng về sự phục vụ hành chính (SIPAS) năm 2026 của xã đạt 85,47%'): its name, else None."""
    lead = re.match(r"\s*(?:\d{1,2}[.)]\s*|[-–+•]\s*)?", folded[sentence:pos]).end()
    found = find_all("indices", text[sentence + lead:pos], folded[sentence + lead:pos])
    # at the clause's start ('Theo Quyết định … của Sở Nội vụ, Chỉ số hài lòng … (SIPAS) năm 2025 của xã đạt …')
    # ('…, Sở Nội vụ đã công bố Chỉ số hài lòng … (SIPAS) năm 2026: đặc khu đạt 90,14%': the index a body published)
    found = [f for f in found if f[0] == 0 or re.search(r"(?:,|(?<!\w)(?:cong\s*bo|ket\s*qua))\s*$",
                                                        folded[sentence + lead:sentence + lead + f[0]])]
    if not found:
        return None
    between = folded[sentence + lead + found[0][1]:pos]
    if "%" in between or re.search(r"\d+\s*(?:diem|/)", between) or not re.search(r"(?:dat|la)\s*$", between):
        return None
    return found[0][2].name


def _count_and_rate(cells, named, values, unit: str) -> list[MetricHit]:
    """'2 | Trực tuyến | 8.012 | 91,61' under 'Số hồ sơ | Tỷ lệ (%)': a count and its rate; under 'Số phiếu hài
    lòng, rất hài lòng | Tỷ lệ (%)' (unit 'phiếu|hài lòng, rất hài lòng') both say what they count."""
    _, name_at, name = named
    name = _clean(name)
    unit, _, qualifier = unit.partition("|")
    if qualifier:
        return [MetricHit(name_at, at + len(cell.rstrip()), f"{label} {qualifier} {_lower_first(name)}", value, kind)
                for (_, at, cell), label, kind in zip(values, (f"Số {unit}", "Tỷ lệ"), (unit, "%"))
                if (value := _cell_number(cell)) is not None]
    f = fold(name)
    out = []
    for (_, at, cell), kind in zip(values, ("count", "rate")):
        vm = TABLE_VALUE.search(fold(cell).strip())
        value = parse_number(vm.group(1)) if vm else None
        if value is None:
            continue
        offset = at + (len(cell) - len(cell.lstrip()))
        if kind == "count":
            label = name if _counts_itself(name) or re.match(r"(?:tong\s*)?so\s", f) else f"Số {unit} {_lower_first(name)}"
            out.append(MetricHit(name_at, offset + len(cell.strip()), label, value, unit))
        else:
            base = re.sub(r"^(?:Tổng\s+số|Số)\s+", "", name)
            label = base if RATE_WORD.match(f) else (f"Tỷ lệ {_lower_first(base)}" if fold(unit) in fold(base)
                                                    else f"Tỷ lệ {unit} {_lower_first(base)}")
            out.append(MetricHit(name_at, offset + len(cell.strip()), label, value, "%"))
    return out


SPAN_ONLY_RATE = re.compile(r"Tỷ lệ\s+(?:tính\s+)?(?:chung\s+)?(?:cả|cả\s+năm|lũy\s+kế(?:\s+năm)?|năm|bình\s+quân(?:\s+năm)?)"
                            r"(?:\s+\d{4})?")


def _canonical(name: str) -> str:
    """Names say 'TTHC' as the records do ('Số TTHC …', 'Tỷ lệ TTHC …'), however the text spells it, 'phản ánh,
    kiến nghị' for 'PAKN' (103 of 108 gold names spell it out), and 'trực tuyến' however it is said."""
    if not name.startswith(("Chỉ số hài lòng về", "Mức tăng Chỉ số hài lòng", "Mức giảm Chỉ số hài lòng")):
        name = re.sub(r"(?i)thủ\s+tục\s+hành\s+chính", "TTHC", name)     # (a SIPAS part-index keeps its name)
    name = re.sub(r"(?<!\w)PAKN(?!\w)", "phản ánh, kiến nghị", name)      # and 'PAKN' as the records spell it out
    # 'nộp qua môi trường điện tử', 'qua môi trường mạng': what the records call 'trực tuyến'
    name = re.sub(r"(?i)qua\s+(?:môi\s+trường\s+(?:điện\s+tử|mạng)|mạng)(?!\w)", "trực tuyến", name)
    # '06 hồ sơ quá hạn thuộc lĩnh vực đất đai': 'Số hồ sơ quá hạn lĩnh vực đất đai', as a table by field names it
    name = re.sub(r"(?i)(?<=\S)\s+thuộc\s+(?=lĩnh\s+vực\s)", " ", name)
    return re.sub(r"^(Số|Tổng số|Tỷ lệ)\s+thủ\s+tục(?!\s+(?:hồ|giấy))\b", r"\1 TTHC", name)


def _enclosed(folded: str, floor: int, pos: int) -> bool:
    """`pos` is inside parentheses opened after `floor`."""
    opened = folded.rfind("(", floor, pos)
    return opened >= 0 and ")" not in folded[opened:pos]


def _boundary_sentence(folded: str, pos: int, parentheses: bool = True, semicolons: bool = True) -> int:
    """Where the clause holding `pos` starts: after the last '.' (not a decimal point), ';' (unless
    `semicolons` is False) and parenthesis (unless `parentheses` is False)."""
    cut = 0
    pattern = r"\.(?!\d)" + (r"|;" if semicolons else "") + (r"|\(|\)" if parentheses else "")
    for m in re.finditer(pattern, folded[:pos]):
        cut = m.end()
    return cut


def _rate_from_context(text: str, folded: str, pos: int, sentence: int, found: list) -> str:
    """What a bare 'đạt (tỷ lệ) N%' is the rate of: the count just before it in the sentence, else the
    clause before it, without its numbers ('Tổng số hồ sơ tiếp nhận trực tuyến 921/921 hồ sơ')."""
    counted = [h for h in found if h.unit != "%" and sentence <= h.start < pos]
    if counted:
        return _lower_first(re.sub(r"^(?:Tổng số|Số lượng|Số)\s+", "", counted[-1].name, flags=re.I))
    prev_cut = _boundary_before(folded, pos, sentence, colon=False)
    prev_start = _boundary_before(folded, max(prev_cut - 1, sentence), sentence, colon=False)
    clause = text[prev_start:prev_cut - 1] if prev_cut > sentence else ""
    clause = _UNIT_AFTER_NUMBER().sub(" ", clause)
    clause = re.sub(r"\s+", " ", clause)
    clause = _strip_lead(clause)
    clause = re.sub(r"^(?:T[ổo]ng\s+s[ốo]|S[ốo])\s+", "", clause, flags=re.I)
    return _clean(clause)


PERIOD_TAIL = re.compile(r"\s+(?:(?:trong|cua)\s+)?(?:quy\s+(?:[ivx]+|\d)|thang\s+\d{1,2}|nam\s+\d{4})"
                         r"(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?$")


# '… mới công bố tại Quyết định số 3127/QĐ-UBND ngày 02/11/2026 của Ủy ban nhân dân thành phố chưa được niêm yết':
# the document that said it, not what is counted
CITATION = re.compile(r"\s+(?:tại|theo)\s+(?:Quyết định|Công văn|Kế hoạch|Thông báo|Chỉ thị|Nghị quyết|Văn bản)\s+số\s+"
                      r"[\w/.\-]+(?:\s+ngày\s+\d{1,2}/\d{1,2}/\d{4})?(?:\s+của\s+(?:Ủy ban nhân dân|UBND|Chủ tịch|Văn phòng|Sở)"
                      r"(?:\s+(?:[Ủủ]y ban nhân dân|UBND|Nội vụ|tỉnh|thành phố|xã|phường|đặc khu))*)?(?=\s|$)")


def _without_citation(name: str) -> str:
    """A count's name without the document cited in it ('Số TTHC mới công bố tại Quyết định số 3127/QĐ-UBND ngày
    02/11/2026 của Ủy ban nhân dân thành phố chưa được niêm yết' -> 'Số TTHC mới công bố chưa được niêm yết')."""
    return CITATION.sub("", name)


def _without_period(name: str) -> str:
    """'Tỷ lệ … thanh toán trực tuyến quý III/2026' -> 'Tỷ lệ … thanh toán trực tuyến': the period is the
    record's own field; a period compared with ('… so với tháng 9/2026', '… cùng kỳ năm 2025') stays in the
    name."""
    m = PERIOD_TAIL.search(fold(name))
    if not m or re.search(r"(?:so\s*voi(?:\s*(?:cuoi|dau|het))?|tu|den|ke\s*tu|voi|cung\s*ky|ky)$", fold(name)[:m.start()]) \
            or m.start() < 8:
        return name
    return name[:m.start()]


def _tidy(name: str) -> str:
    """Drop comparison words left at the end of a name ('… trên', '… khoảng', '… xuống còn'), and a rate's
    word said twice ('Tỷ lệ tỷ lệ trực tuyến …')."""
    name = _clean(re.sub(r"^(Tỷ lệ|Tỉ lệ)\s+t[ỷỉ]\s+lệ\s+", r"\1 ", _clean(name), flags=re.I))
    while True:
        m = COMPARATOR_TAIL.search(fold(name))
        if not m or m.start() < 6 or name.rsplit(None, 1)[-1].lower() in FOLDS_LIKE_COMPARATOR:
            return name         # ('Số hồ sơ đăng ký khai tử', '… mở cửa': no 'từ', no 'của', the marks tell them apart)
        name = _clean(name[:m.start()])


def _counts_itself(phrase: str) -> bool:
    """'Tổng số hồ sơ …', 'Số hồ sơ …', 'Số lượng …' (not 'so với')."""
    if fold(phrase) == phrase.lower():            # no marks at all (raw OCR): judge by the skeleton
        return bool(re.match(r"(?:tong\s*so|so\s*luong|so)\s+(?!voi)", phrase.lower()))
    return bool(re.match(r"(?:tổng\s*số|số\s*lượng|số)(?!\w)", phrase.strip(), re.I))


RATE_SUBJECT = re.compile(r"t[yi]\s*le\s+([^\d;:()]{3,80}?)\s+(?:cua\s+(?:xa|phuong|dac\s*khu)\s+)?(?:moi\s+|chi\s+)?dat\s")
COMPARED_GAP = re.compile(GAP_LEAD + r"\s*$")
# 'cao hơn bình quân quý III/2026 là ', 'cao hơn cùng kỳ năm 2025 là ', 'cao hơn năm 2025 (85,1%) là ', a bare 'cao hơn '
# (its period said before): a gap in percentage points to an earlier period
PERIOD_GAP_BODY = (r"(?<!\w)(cao|thap)\s*hon\s+(?:(?:binh\s*quan\s*|trung\s*binh\s*)?((?:thang|quy|nam)\s*[\divx]{1,4}"
                   r"(?:\s*/\s*\d{4})?|cung\s*ky(?:\s*nam\s*\d{4})?|ky\s*truoc|thang\s*truoc)\s*(?:\([^()]{1,40}\)\s*)?(?:la\s*)?)?")
PERIOD_GAP = re.compile(PERIOD_GAP_BODY + "$")
# the rate a clause is about, before the gap: 'tỷ lệ hồ sơ trực tuyến tháng 11/2026 đã cao hơn'
GAP_SUBJECT = re.compile(r"t[yi]\s*le\s+([^\d;:()]{3,80}?)\s+(?:(?:thang|quy)\s*[\divx]{1,4}(?:\s*/\s*\d{4})?\s+)?"
                         r"(?:(?:da|van|deu|cung|con)\s+)?(?=(?:cao|thap)\s*hon)")


# 'số hồ sơ tiếp nhận tăng 352 hồ sơ', '…, giảm thêm 13 hồ sơ': a count's change, not a count ('giảm còn 3 hồ sơ' is one)
COUNT_CHANGE = re.compile(r"(?<!\w)(tang|giam)\s*(?:them\s*)?$")


def _count_change_name(text: str, folded: str, verb: re.Match, unit_end: int, sentence: int, found: list,
                       unit: str) -> str:
    """'So với năm 2025, số hồ sơ tiếp nhận tăng 352 hồ sơ' -> 'Mức tăng số hồ sơ tiếp nhận so với năm 2025'; '… có
    2.913 hộ kinh doanh đang hoạt động, tăng 318 hộ so với cuối năm 2025' -> the change of the count just before."""
    word = "tăng" if verb.group(1) == "tang" else "giảm"
    subject = _clean(_strip_lead(text[_boundary_before(folded, verb.start(), sentence, colon=False):verb.start()]))
    if not re.match(r"(?:tong\s*)?so\s", fold(subject)):
        before = next((h for h in reversed(found) if h.unit == unit and sentence <= h.start < verb.start()
                       and not h.name.startswith("Mức")), None)
        if before is not None and not subject:
            subject = re.sub(r"\s+(?:năm|tháng|quý)\s+[\dIVX/]+$", "", before.name)
        elif subject:
            subject = subject if fold(subject).startswith(fold(unit)) else f"{unit} {subject}"
            subject = f"số {subject}"
        else:
            subject = f"số {unit}"
    after = text[unit_end:_boundary_after(folded, unit_end)]
    against = re.search(r"(?i)\bso\s+với\s.*$", after)
    if not against:
        whole = _boundary_sentence(folded, verb.start(), parentheses=False, semicolons=False)   # ('So với năm 2025, …; số … giảm 13 …')
        leading = re.match(r"\s*so\s*voi\s*([^,;:]{3,60}?)\s*,", folded[whole:verb.start()])
        against = text[whole + leading.start():whole + leading.end(1)] if leading else ""
    else:
        against = against.group(0)
    return _clean(f"Mức {word} {_lower_first(_clean(subject))} {_lower_first(_clean(against))}")


def _change_name(text: str, folded: str, start: int, unit_end: int, sentence: int, found: list) -> str:
    """'Tỷ lệ X đạt 78,4%, tăng 9,6 điểm phần trăm so với tháng trước' -> 'Mức tăng tỷ lệ X so với tháng trước'."""
    verb = re.search(r"(tang|giam)\s*$", folded[max(sentence, start - 12):start])
    word = "tăng" if not verb or verb.group(1) == "tang" else "giảm"
    base = next((h.name for h in reversed(found) if h.unit == "%" and h.start >= sentence), "")
    # (from before a parenthesis: 'cao hơn năm 2025 (85,1%) là 3,3 điểm phần trăm')
    since = PERIOD_GAP.search(folded, max(_boundary_sentence(folded, start, parentheses=False), start - 90), start) \
        if not verb else None
    if since:
        # 'tỷ lệ hồ sơ trực tuyến tháng 11/2026 đã cao hơn bình quân quý III/2026 là 7,23 điểm phần trăm; tỷ lệ thanh
        # toán trực tuyến cao hơn 11,2 điểm phần trăm': against an earlier period, a rise (or a fall) of that rate
        word = "tăng" if since.group(1) == "cao" else "giảm"
        clause = _boundary_sentence(folded, start)
        subject = list(GAP_SUBJECT.finditer(folded, clause, since.end()))
        base = _clean(text[subject[-1].start():subject[-1].end(1)]) if subject else base
        if not base:
            # '… đạt 88,4%, cao hơn năm 2025 (85,1%) là 3,3 điểm phần trăm': the rate before the period's own value
            whole = _boundary_sentence(folded, since.start(), parentheses=False)
            base = next((h.name for h in reversed(found) if h.unit == "%" and whole <= h.start < since.start()), "")
        against = _clean(text[since.start(2):since.end(2)]) if since.group(2) else ""
        if not against:                     # the period the clause before compared with
            whole = _boundary_sentence(folded, start, parentheses=False, semicolons=False)
            earlier = [e for e in re.finditer(PERIOD_GAP_BODY, folded[whole:clause]) if e.group(2)]
            if earlier:
                against = _clean(text[whole + earlier[-1].start(2):whole + earlier[-1].end(2)])
        return _clean(f"Mức {word} {_lower_first(base)}" + (f" so với {against}" if against else ""))
    compared = COMPARED_GAP.search(folded, max(0, start - 90), start)
    if compared and not verb:
        # '… đạt 52,3%, thấp hơn bình quân chung của thành phố 14,6 điểm phần trăm': the gap to what it is
        # compared with, of the rate just before
        base = base or next((h.name for h in reversed(found) if h.unit == "%" and h.start >= start - 200), "")
        if not base:
            rate = list(RATE_SUBJECT.finditer(folded, max(0, start - 200), compared.start()))
            base = _clean(text[rate[-1].start():rate[-1].end(1)]) if rate else ""
        gap = f"Mức {'cao' if compared.group(1) == 'cao' else 'thấp'} hơn {text[compared.start(2):compared.end(2)].strip()}"
        return _clean(gap + (f" về {_lower_first(base)}" if base else ""))
    if not base and verb:
        # 'Tỷ lệ bình quân của 06 đơn vị tăng 0,55 điểm phần trăm', 'So với năm 2025, tỷ lệ cả năm tăng …': what rose is
        # the clause's subject before the verb
        at = max(sentence, start - 12) + verb.start()
        lead = max([sentence] + [sentence + d.end() for d in re.finditer(r"[,;:(]|(?<!\w)[a-zđ]\)", folded[sentence:at])])
        said = re.sub(r"^(?:\s*(?:và|còn|riêng|trong đó|nhưng|đồng thời)\s+)+", "", text[lead:at].strip(), flags=re.I).strip()
        if 3 <= len(said) <= 90 and not re.search(r"%|\d+,\d|\d/\d", said) \
                and re.match(r"(?:tỷ|tỉ|chỉ|yếu|điểm|mức)\s", said, flags=re.I):
            base = said         # (a rate, an index, a factor or points, not any words before the verb)
    after = _clean(text[unit_end:_boundary_after(folded, unit_end)])
    return _clean(" ".join(p for p in (f"Mức {word}", _lower_first(base), after) if p))


# '… cao hơn bình quân chung của thành phố (88,95%) 2,46 …', '… vượt bình quân khối phường (87,46%) tới 5,39 …'
PART_MEAN_GAP = re.compile(r"(?:(cao|thap)\s*hon|vuot)\s*binh\s*quan\s*(?:(chung)\s*(?:cua\s*)?thanh\s*pho|khoi\s*(phuong|xa))"
                           r"\s*\([^()]{1,12}\)\s*(?:la|toi)?\s*$")
RANK_SINCE_ASIDE = re.compile(r"\s*\(\s*((?:thang|quy)\s*(?:\d{1,2}|[ivx]+)\s*/\s*\d{4}|nam\s*\d{4})(?=\s*[:)]|\s+(?:xep|dung|o)\s)")
RANK_FROM = re.compile(r"(?<!\w)tu\s*(?:vi\s*tri|thu\s*hang|hang|thu)\s*(?:thu\s*)?\d{1,3}(?:\s*/\s*\d{2,3})?\s*"
                       r"\(\s*((?:thang|quy)\s*(?:\d{1,2}|[ivx]+)\s*/\s*\d{4}|nam\s*\d{4})\s*\)")


def _rank_since(folded: str, hit: MetricHit) -> Optional[tuple[int, int]]:
    """The period a change in rank is counted from when no 'so với' says it: in parentheses right after it ('thứ hạng
    tăng 12 bậc (tháng 11/2026 xếp thứ 31/114)') or after the rank it started from ('từ vị trí 63/114 (tháng
    11/2026) tụt xuống vị trí 101/114, giảm 38 bậc')."""
    aside = RANK_SINCE_ASIDE.match(folded, hit.end)
    if aside:
        return aside.start(1), aside.end(1)
    sentence = _boundary_sentence(folded, hit.start, parentheses=False)
    began = list(RANK_FROM.finditer(folded, sentence, hit.start))
    if began:
        return began[-1].start(1), began[-1].end(1)
    # 'so với tháng 10/2026 (91,02 điểm, xếp thứ 72/114), tổng điểm giảm 4,28 điểm, thứ hạng tụt 34 bậc': the comparison
    # leading the clause
    lead = max([sentence] + [d.end() for d in re.finditer(r";|\.(?!\d)", folded[:hit.start])])
    against = list(re.finditer(r"so\s*voi\s*((?:thang|quy)\s*(?:\d{1,2}|[ivx]+)\s*/\s*\d{4}|nam\s*\d{4}|cung\s*ky(?:\s*nam\s*\d{4})?)",
                               folded[lead:hit.start]))
    return (lead + against[-1].start(1), lead + against[-1].end(1)) if against else None


def _boundary_sentence_end(folded: str, pos: int) -> int:
    m = re.search(r";|\.(?!\d)", folded[pos:])
    return pos + m.start() if m else len(folded)


FIELDS_OPEN = re.compile(r"\(\s*(?:thuoc\s*|o\s*)?(?:cac\s*)?linh\s*vuc\s+")


# 'Số hồ sơ đã giải quyết: 1.431 hồ sơ, gồm: trước hạn 1.012, đúng hạn 415, quá hạn 04 (…)': the parts of a count,
# each a label and a bare number in the count's unit
BREAKDOWN_OPEN = re.compile(r"\s*[,;(]?\s*(?:bao\s*)?gom\s*:?\s*")
BARE_PART = re.compile(r"\s*(?:,|;|va)?\s*([^\W\d][^,;:()\d]{1,30}?)\s+(\d{1,3}(?:\.\d{3})*)(?![\d,.]\d)(?=\s*(?:[,;()]|va\s|\.|$))")


def _bare_breakdown(text: str, folded: str, out: list[MetricHit]) -> None:
    for m in BREAKDOWN_OPEN.finditer(folded):
        heads = [h for h in out if 0 <= m.start() - h.end <= 1 and h.unit != "%" and not h.refers]
        if not heads:
            continue
        head, at = heads[-1], m.end()
        while (part := BARE_PART.match(folded, at)) and not any(h.start < part.end() and part.start(2) < h.end for h in out):
            value = parse_number(part.group(2))
            label = _clean(text[part.start(1):part.end(1)])
            if value is None or not label or lookup("measures", label.split()[-1]):
                break
            out.append(MetricHit(part.start(1), part.end(2), _tidy(f"Số {head.unit} {label}"), value, head.unit))
            at = part.end()


def _fields_in_parentheses(text: str, folded: str, out: list[MetricHit]) -> None:
    """'Phòng tiếp nhận 326 hồ sơ (lĩnh vực bảo trợ xã hội 142 hồ sơ, người có công 61 hồ sơ, …)': each
    count in the parentheses is the count before them in one field ('Số hồ sơ tiếp nhận lĩnh vực người
    có công')."""
    for m in FIELDS_OPEN.finditer(folded):
        close = folded.find(")", m.end())
        close = len(folded) if close < 0 else close
        parents = [h for h in out if h.end <= m.start() and m.start() - h.end <= 80 and h.unit != "%"
                   and not re.search(r"[.;]", folded[h.end:m.start()])]
        items = [h for h in out if m.end() <= h.start < close and h.unit != "%"]
        if not parents or not items or any(h.unit != parents[-1].unit for h in items):
            continue
        parent, start = parents[-1], m.end()
        for item in items:
            field = _clean(text[start:item.start])
            if field and not re.search(r"\d", field):
                item.name = _tidy(f"{parent.name} lĩnh vực {field}")
            start = item.end
            comma = folded.find(",", start, close)
            start = comma + 1 if comma >= 0 else start


def _groups_in_parentheses(text: str, folded: str, out: list[MetricHit]) -> None:
    """'418 người đăng ký nhận hỗ trợ tại nhà (người cao tuổi 297 người, người khuyết tật 121 người)': each count in
    the parentheses, labelled by a kind of what the count before them counts, is that count of the kind ('Số người
    cao tuổi đăng ký nhận hỗ trợ tại nhà')."""
    for parent in [h for h in out if h.unit != "%" and h.name.startswith(f"Số {h.unit}")]:
        opened = re.match(r"[^()\d.;]{0,80}?\(\s*", folded[parent.end:])
        if not opened:
            continue
        start = parent.end + opened.end()
        close = folded.find(")", start)
        items = sorted((h for h in out if start <= h.start < (close if close >= 0 else len(folded))), key=lambda h: h.start)
        if len(items) < 2 or any(h.unit != parent.unit for h in items):
            continue
        unit_word = fold(parent.unit)
        labels, at = [], start
        for item in items:
            label = _clean(re.sub(r"^\s*(?:,|;|và)\s*", "", text[at:item.start]))
            if not fold(label).startswith(unit_word + " ") or re.search(r"\d", label):
                break
            labels.append(label)
            at = item.end
        if len(labels) != len(items):
            continue
        rest = parent.name[len(f"Số {parent.unit}"):]
        for item, label in zip(items, labels):
            item.name = _tidy(f"Số {label}{rest}")


# 'Nguyên nhân để xảy ra hồ sơ quá hạn gồm:', 'Nguyên nhân dẫn đến 58 hồ sơ quá hạn là:': what the causes after it caused
CAUSES_LEAD = re.compile(r"(?<!\w)nguyen\s*nhan\s*(?:chu\s*yeu\s*)?(?:de\s*(?:xay\s*ra|phat\s*sinh)|dan\s*den|cua|khien|lam)?\s*"
                         r"(?:\d[\d.]*\s*)?([^\d:;.()]{4,60}?)\s*(?:gom|la|chu\s*yeu\s*(?:la|do)|do)?\s*:\s*")
CAUSE_MARK = re.compile(r"^\s*(?:[,;]\s*)?(?:\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)|[ivx]{1,4}\)|\d{1,2}\)|[a-zđ]\)|[-–+•])?\s*")


def _causes_in_turn(text: str, folded: str, out: list[MetricHit]) -> None:
    """'Nguyên nhân để xảy ra hồ sơ quá hạn gồm: (i) chờ kết quả đo đạc … (27 hồ sơ); (ii) công chức thụ lý chậm
    thẩm định, trình ký (14 hồ sơ); …': each count in parentheses after a cause is what that cause brought about
    ('Số hồ sơ quá hạn do công chức thụ lý chậm thẩm định, trình ký')."""
    for lead in CAUSES_LEAD.finditer(folded):
        counted = _clean(text[lead.start(1):lead.end(1)])
        unit = _unit_regex().match(fold(counted))
        if not unit or unit.start() != 0:
            continue
        written = _unit_of(counted[:unit.end()])
        stop = re.search(r"\.(?!\d)", folded[lead.end():])     # the full stop ('1.126 hồ sơ': a thousands point)
        end = lead.end() + stop.start() if stop else len(folded)
        at = lead.end()
        for hit in sorted((h for h in out if lead.end() <= h.start < end), key=lambda h: h.start):
            opened = folded.rfind("(", at, hit.start)
            if hit.unit != written or opened < 0 or folded[opened + 1:hit.start].strip() \
                    or not re.match(r"\s*\)", folded[hit.end:]):
                at = hit.end
                continue
            cause = _clean(CAUSE_MARK.sub("", text[at:opened]))
            if cause and not re.search(r"\d", cause) and len(cause.split()) <= 25:
                hit.name = _tidy(f"Số {counted} do {_lower_first(cause)}")
            at = folded.find(")", hit.end) + 1


def _field_items(text: str, folded: str, out: list[MetricHit]) -> None:
    """'Tỷ lệ hồ sơ tiếp nhận trực tuyến chung đạt 74,37% (cư trú 98,07%; căn cước 55,2%)', '2.689 hồ sơ phát sinh
    phí, lệ phí (cư trú 1.283 hồ sơ; căn cước 1.406 hồ sơ)': each value in the parentheses is the one before them
    in the field it names."""
    for parent in list(out):
        inside = re.match(r"[^\d();.]{0,40}?\(", folded[parent.end:])
        if not inside:
            continue
        open_ = parent.end + inside.end()
        close = folded.find(")", open_)
        items = sorted((h for h in out if open_ <= h.start < close), key=lambda h: h.start) if close > 0 else []
        if len(items) < 2 or any(h.unit != parent.unit for h in items):
            continue
        start, fields = open_, []
        for item in items:
            field = FIELD_ITEM.fullmatch(folded[start:item.start])
            if not field:
                break
            fields.append((item, _clean(text[start + field.start(1):start + field.end(1)])))
            start = item.end
        if len(fields) != len(items):
            continue
        base = re.sub(r"\s+chung$", "", parent.name)
        if all("lĩnh vực" in item.name for item in items):
            continue                # named already ('(lĩnh vực bảo trợ xã hội 142 hồ sơ, …)', '(đất đai 05, hộ tịch 01)')
        for item, field in fields:
            item.name, item.period = _tidy(f"{base} lĩnh vực {field}"), parent.period


QUARTER_ITEM = re.compile(r"\s*(?:,|;|va)?\s*quy\s*(iv|i{1,3}|[1-4])(?:\s*(?:/|nam)\s*(\d{4}))?\s*:?\s*(?:co\s*|la\s*)?$")


def _quarter_items(text: str, folded: str, out: list[MetricHit]) -> None:
    """'Số hồ sơ quá hạn theo quý lần lượt là: quý I 21 hồ sơ, quý II 46 hồ sơ, …': each count that quarter's, named
    by the count the lead-in names and the quarter ('Số hồ sơ quá hạn quý I/2026'; no period form)."""
    from extractors.scores import NO_PERIOD, QUARTER_ROMAN, quarter_number
    for colon in re.finditer(r":", folded):
        named = COUNT_LEAD.search(text[_boundary_sentence(folded, colon.start()):colon.start()])
        if not named:
            continue
        start, items = colon.end(), []
        for hit in sorted((h for h in out if h.start >= colon.end()), key=lambda h: h.start):
            item = QUARTER_ITEM.fullmatch(folded[start:hit.start])
            if not item:
                break
            items.append((hit, item))
            start = hit.end
        if len(items) < 2:
            continue
        base = _clean(named.group(1))
        years = re.findall(r"(?<!\d)(20\d\d)(?!\d)", folded[:colon.start()])
        for hit, item in items:
            year = item.group(2) or (years[-1] if years else None)
            roman = QUARTER_ROMAN[quarter_number(item.group(1)) - 1]
            hit.name, hit.period = f"{base} quý {roman}" + (f"/{year}" if year else ""), NO_PERIOD


# the count a lead-in names before its list ('Số hồ sơ quá hạn theo quý lần lượt là:')
COUNT_LEAD = re.compile(r"((?:Tổng\s+)?[Ss]ố\s+[^\d:;,()]{2,60}?)\s*(?:theo\s+(?:từng\s+)?quý\s*)?(?:lần\s+lượt\s*(?:là\s*)?|như\s+sau\s*)?$")


MONTH_LIST = re.compile(r"thang\s*(\d{1,2}(?:\s*(?:,|;|va|-)\s*(?:thang\s*)?\d{1,2})+)(?:\s*(?:/|nam)\s*(\d{4}))?")
MONTH_ITEM = re.compile(r"\s*(?:,|;|va)?\s*thang\s*(\d{1,2})(?:\s*/\s*(\d{4}))?\s*:?\s*(?:dat\s*|la\s*)?" + NUM + r"(?=\s*[%;,)]|\s+[^\W\d])")
SERIES_VALUE = re.compile(r"\s*(?:,|;|va)?\s*" + NUM + r"(\s*%)?")


# values listed without a cue, the measure said after the last: '14, 11 và 13 hồ sơ'
BARE_SERIES = re.compile(r"(?<![\w,./])(?=\d[\d.,]*(?:\s*,\s*\d[\d.,]*)*\s*va\s*\d[\d.,]*\s+[^\W\d])")
# what leads a list of values, one a month: 'lần lượt là', 'tương ứng là'
SERIES_CUE = re.compile(r"(?:lan\s*luot|tuong\s*ung)\s*(?:(?:chi|moi|cung)\s*)?(?:dat|la|duoc|co|bang|voi)?\s*(?:duoc\s*)?")


def _month_series(text: str, folded: str, out: list[MetricHit]) -> None:
    """'Tỷ lệ … trong các tháng 4, 5, 6 lần lượt là 61,2%; 66,8% và 72,45%', 'Số hồ sơ quá hạn ba tháng 7, 8,
    9 lần lượt là 09, 14 và 17 hồ sơ': one measure, a value a month, in the order the months are named. The
    measure is the sentence's subject before the months when it names one ('Số …', 'Tỷ lệ …'), else the
    name its first value was given."""
    cues = [(m.start(), m.end()) for m in SERIES_CUE.finditer(folded)]
    for m in BARE_SERIES.finditer(folded):
        # 'Các tháng 7, 8, 9 …, số hồ sơ giảm còn 14, 11 và 13 hồ sơ': the values listed without 'lần lượt'
        if not re.search(r"(?:thang|[,;/.\d])\s*$", folded[:m.start()]):
            cues.append((m.start(), m.start()))
    for cue_start, cue_end in cues:
        sentence = _boundary_sentence(folded, cue_start)
        listed = list(MONTH_LIST.finditer(folded, sentence, cue_start))
        if not listed:
            continue
        months = [int(x) for x in re.findall(r"\d{1,2}", listed[-1].group(1))]
        year = listed[-1].group(2) or _last_year(folded, cue_start)
        values, pos, tail = [], cue_end, None
        while True:
            v = SERIES_VALUE.match(folded, pos)
            if v and not (values and v.start(1) - pos > 6):
                values.append(v)
                pos = v.end()
                if len(values) == 1:
                    # ('lần lượt là 97 hồ sơ và 123 hồ sơ': the words said after each value)
                    said = re.match(r"\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}?(?=\s*(?:,|;|va)\s*\d)", folded[pos:])
                    tail = said.group(0) if said and not re.search(r"(?<!\w)va(?!\w)|dong$", said.group(0)) else None
                    # (not money: '89.615.000 đồng, 103.290.000 đồng và …' is named where money is)
                continue
            if values and tail and folded.startswith(tail, pos):
                pos += len(tail)
                continue
            break
        if len(values) < 2 or len(values) != len(months) or not all(1 <= k <= 12 for k in months):
            continue
        hits = [next((h for h in out if h.start <= v.start(1) < h.end), None) for v in values]
        named = next((h for h in hits if h), None)
        if named is None or (cue_start == cue_end and hits[-1] is None):
            continue
        # named by the clause before the months, or by the one before a ':' that leads to them ('Số hồ sơ
        # quá hạn có xu hướng tăng: tháng 5, tháng 6 và tháng 7/2026 lần lượt là …')
        name = named.name
        for clause in reversed(re.split(r":\s", text[sentence:listed[-1].start()])[-2:]):
            subject = _clean(_strip_lead(clause))
            subject = re.sub(r"(?:\s+(?:trong|của|ở|tại|qua))?(?:\s+(?:các|hai|ba|bốn|\d+))?$", "", subject)
            subject = re.sub(r"\s+(?:có xu hướng|tiếp tục|vẫn|liên tục|tăng|giảm)(?:\s.*)?$", "", subject)
            subject = re.sub(r"^(?:đáng (?:lo ngại|chú ý) là|trong đó|riêng)\s+", "", subject, flags=re.I)
            if re.match(r"(?:tong\s*)?so\s|ty\s*le\s", fold(subject)) and len(subject.split()) <= 16:
                name = subject
                break
        for v, month in zip(values, months):
            _give(out, v.start(1), v.end(), name, parse_number(v.group(1)), named.unit,
                  f"{year}-{month:02d}" if year else f"{BARE_MONTH_PERIOD}{month}")


MONTH_AFTER = re.compile(r"\s*(?:trong|vao)\s*thang\s*(\d{1,2})(?:\s*(?:/|nam)\s*(\d{4}))?(?![\d/])"
                         r"(?!\s*(?:,|va|-|den)\s*thang|\s*(?:-|den)\s*\d|\s*va\s*\d{1,2}(?![\d.,]*\s*[^\W\d])|\s*,\s*\d{1,2}(?:\s*(?:,|va)\s*\d|/))")


def _month_after(folded: str, out: list[MetricHit]) -> None:
    """'với 22 hồ sơ trong tháng 10, 28 hồ sơ trong tháng 11 và …': a value's month said right after it."""
    for hit in out:
        said = MONTH_AFTER.match(folded, hit.end)
        if said and not hit.period and 1 <= int(said.group(1)) <= 12:
            month = int(said.group(1))
            hit.period = f"{said.group(2)}-{month:02d}" if said.group(2) else f"{BARE_MONTH_PERIOD}{month}"


def _last_year(folded: str, pos: int) -> Optional[str]:
    """The year written last before `pos` ('… tháng 6/2026 …' -> '2026'): the year of a month named alone."""
    years = re.findall(r"(?<!\d)(20\d\d)(?!\d)", folded[:pos])
    return years[-1] if years else None


def _give(out: list[MetricHit], start: int, end: int, name: str, value: Optional[float], unit: str,
          period: Optional[str]) -> None:
    """The value at start..end is `name` in `period`: the hit already read there is renamed, else one is added."""
    same = [h for h in out if h.start <= start < h.end]
    for h in same:
        h.name, h.unit, h.period = name, unit, period
    if not same and value is not None:
        out.append(MetricHit(start, end, name, value, unit, period=period))


SAME_PERIOD_ITEM = re.compile(r"(?:\s+[^\W\d][^\d();:,.]{0,30}?)?\s*\(\s*(cung\s*ky(?:\s*nam\s*(\d{4}))?|(?:quy\s*(?:iv|i{1,3}|[1-4])|thang\s*\d{1,2})(?:\s*(?:/|nam)\s*\d{4})?|"
                              r"nam\s*\d{4}|(?:tuan|thang|quy|ky|nam)\s*truoc)"
                              r"\s*(?::|-)?\s*(?:(?:chi|moi)\s*)?(?:dat|la)?\s*" + NUM)


def _same_period_in_parentheses(text: str, folded: str, out: list[MetricHit]) -> None:
    """'… đạt 82,5% (cùng kỳ năm 2025: 46,2%)', '(cùng kỳ năm 2025 chỉ đạt 61,3%)': the measure before the
    parentheses in the same period a year before ('… cùng kỳ năm 2025'); '4.286 hồ sơ (quý II/2026: 3.915 hồ
    sơ)', '(tháng 8/2026: 71,2%)': the measure in the period the parentheses name."""
    from extractors.numbers import find_periods
    for parent in list(out):
        m = SAME_PERIOD_ITEM.match(folded, parent.end)
        if not m:
            continue
        label = _clean(text[m.start(1):m.end(1)])
        named = find_periods(m.group(1))
        period = m.group(2) or (named[0][2] if named and not m.group(1).startswith("quy") else None)
        _give(out, m.start(3), m.end(), f"{parent.name} {label}", parse_number(m.group(3)), parent.unit, period)


def _months_in_parentheses(folded: str, out: list[MetricHit]) -> None:
    """'… quý III/2026 đạt 71,6% (tháng 7: 76,2%; tháng 8: 74,9%; tháng 9: 63,5%)': the measure before the
    parentheses, a value a month."""
    for parent in list(out):
        # the parentheses right after the value or after the words naming it ('18 hồ sơ giải quyết quá hạn
        # (tháng 10: 04 hồ sơ; tháng 11: 11 hồ sơ; …)')
        inside = re.match(r"(?:\s+[^\W\d][^\d();:,.]{0,40}?)?\s*\(", folded[parent.end:])
        close = folded.find(")", parent.end)
        if not inside or close < 0:
            continue
        items, pos = [], parent.end + inside.end()
        while (m := MONTH_ITEM.match(folded, pos)) and m.end() <= close:
            items.append(m)
            pos = m.end() + len(re.match(r"[^;,)]*", folded[m.end():close]).group(0))
        if len(items) < 2 or not all(1 <= int(m.group(1)) <= 12 for m in items):
            continue
        for m in items:
            year = m.group(2) or _last_year(folded, parent.end)
            _give(out, m.start(3), m.end(), parent.name, parse_number(m.group(3)), parent.unit,
                  f"{year}-{int(m.group(1)):02d}" if year else None)


NAMING_WORDS = r"(?:\s+[^\W\d][^\d.;:()]{0,40}?)?"
BREAKDOWN_ITEM = re.compile(r"\s*(?:,|;|va|gom|trong\s*do)?\s*(?:(?:o|tai|thuoc)\s+)?(?:cac\s*)?(linh\s*vuc\s+)?"
                            r"([^\W\d][^\d();:,.]{1,40}?)\s*(?::\s*)?(?:\(\s*" + NUM + r"\s*([^\W\d][^\d()]{0,12}?)?\s*\)"
                            r"|" + NUM + r"(?!\s*[%/\d]))")


def _rates_by_field(text: str, folded: str, out: list[MetricHit]) -> None:
    """Rates a sentence gives field by field after naming the rate once ('tỷ lệ hài lòng cao nhất thuộc về chứng
    thực (98,85%) và hộ tịch (98,33%), …; thấp nhất là xây dựng với 86,46% và đất đai chỉ 85,19%'): each is that
    rate in its field ('Tỷ lệ hài lòng lĩnh vực hộ tịch')."""
    for k, hit in enumerate(out):
        if hit.unit != "%":
            continue
        field = FIELD_RATE.search(folded[max(0, hit.start - 40):hit.start])
        if not field:
            continue
        sentence = _boundary_sentence(folded, hit.start, parentheses=False, semicolons=False)
        lead = list(RATE_LEAD.finditer(folded, sentence, hit.start))
        if not lead:
            continue
        offset = max(0, hit.start - 40)
        what = _clean(text[lead[-1].start(1):lead[-1].end(1)])
        named = _clean(text[offset + field.start(1):offset + field.end(1)])
        if re.search(r"linh\s*vuc\s+" + re.escape(fold(named)), fold(hit.name)):
            continue            # ('tỷ lệ số hóa kết quả … lĩnh vực hộ tịch đạt 94,7%': named so already)
        out[k] = replace(hit, name=_tidy(f"Tỷ lệ {_lower_first(what)} lĩnh vực {_lower_first(named)}"))


# 'Hồ sơ trễ hạn năm 2026 tập trung ở lĩnh vực đất đai (64 hồ sơ, chiếm 62,14%), tiếp đến là xây dựng (…)', '…
# 18.725 hồ sơ chưa số hóa, tập trung ở lĩnh vực hộ tịch (9.862 hồ sơ), đất đai (…)'
CONCENTRATED = re.compile(r"tap\s*trung\s*(?:chu\s*yeu\s*|nhieu\s*nhat\s*)?(?:o|tai|vao)\s+((?:cac\s*)?linh\s*vuc\s+)?")
CONCENTRATED_NEXT = re.compile(r"\s*(?:,|;)?\s*(?:(?:tiep\s*(?:den|theo)\s*la|sau\s*do\s*la|va|con\s*lai\s*la)\s+)?"
                               r"((?:linh\s*vuc\s+)?[^\W\d][^\d;:.()]{1,60}?)\s*\(\s*$")


def _concentrated_in(text: str, folded: str, out: list[MetricHit]) -> None:
    """'Hồ sơ quá hạn tập trung ở lĩnh vực đất đai (68 hồ sơ, chiếm 62,14%) và xây dựng (9 hồ sơ)': the count (and
    share) in parentheses after each field is that field's part of what the sentence opens with ('Số hồ sơ quá
    hạn lĩnh vực đất đai', 'Tỷ lệ hồ sơ quá hạn lĩnh vực đất đai'), or of the count just before ('… 18.725 hồ sơ
    chưa số hóa, tập trung ở lĩnh vực hộ tịch (9.862 hồ sơ)': 'Số hồ sơ chưa số hóa lĩnh vực hộ tịch')."""
    for m in CONCENTRATED.finditer(folded):
        sentence = _boundary_sentence(folded, m.start(), parentheses=False)
        parent = [h for h in out if sentence <= h.start < m.start() and h.unit != "%" and not h.name.startswith("Mức")]
        if parent:
            unit, what = parent[-1].unit, re.sub(r"^(?:Tổng số|Số lượng|Số)\s+", "", parent[-1].name)
            words = what.split()
            if len(words) > 10:
                # ('… kết quả chưa được số hóa, ký số và cập nhật vào Kho quản lý dữ liệu …': its first clause)
                cut = re.search(r"\s(?:và|vào|của|tại)\s", what[len(" ".join(words[:4])):])
                what = what[:len(" ".join(words[:4])) + cut.start()] if cut else what
        else:
            lead = re.match(r"[\s\-–+•]*", folded[sentence:m.start()]).end() + sentence
            subject = _without_period(_clean(text[lead:m.start()]))
            found = _leading_unit(fold(subject)) if subject else None
            if not found or re.search(r"\d", subject):
                continue
            unit, what = _unit_of(subject[found.start():found.end()]), _lower_first(subject)
        field = "lĩnh vực " if m.group(1) else ""
        end = _boundary_sentence_end(folded, m.end())
        label_start, label_end = m.end(), None
        label = None
        for hit in sorted((h for h in out if m.end() <= h.start < end), key=lambda h: h.start):
            opened = folded.rfind("(", label_start, hit.start)
            if hit.unit == "%":
                if label and re.search(r"chiem\s*$", folded[max(0, hit.start - 10):hit.start]) \
                        and ")" not in folded[label_end:hit.start]:
                    hit.name = _tidy(f"Tỷ lệ {what} {label}")
                continue
            if opened < 0 or ")" in folded[opened:hit.start] or unit != hit.unit:
                break
            if label_start == m.end():
                said = (label_start, opened)
            else:
                nxt = CONCENTRATED_NEXT.fullmatch(folded, label_start, opened + 1)
                if not nxt:
                    break
                said = (nxt.start(1), nxt.end(1))
            label = _clean(text[said[0]:said[1]])
            if not label or re.search(r"\d", label):
                break
            label = _lower_first(label if fold(label).startswith("linh vuc") else field + label)
            hit.name = _tidy(f"Số {what} {label}")
            label_end = opened
            close = folded.find(")", hit.end, end)
            if close < 0:
                break
            label_start = close + 1


# 'Trong 72 hồ sơ trễ hạn, lĩnh vực đất đai có 31 hồ sơ', 'Trong số 14 hồ sơ quá hạn nêu trên, Phòng Kinh tế có 12 hồ sơ'
PART_OF_COUNTED = re.compile(r"(?<!\w)trong\s*(?:so\s*)?\d[\d.]*\s+([^\d,;:()]{2,60}?)\s*(?:neu\s*tren\s*)?,\s*"
                             r"((?:linh\s*vuc|phong|trung\s*tam|van\s*phong|cong\s*an|bo\s*phan)\s[^\d,;:()]{2,50}?)\s*"
                             r"(?:co|chiem|la)\s*$")


def _part_of_counted(text: str, folded: str, out: list[MetricHit]) -> None:
    """A field's or an office's part of files counted just before ('Trong 72 hồ sơ trễ hạn, lĩnh vực đất đai có 31 hồ
    sơ (chiếm 43,06%)'): 'Số hồ sơ trễ hạn lĩnh vực đất đai' and its share, 'Tỷ lệ hồ sơ trễ hạn lĩnh vực đất đai'."""
    for hit in [h for h in out if h.unit != "%"]:
        sentence = _boundary_sentence(folded, hit.start, parentheses=False, semicolons=False)
        m = PART_OF_COUNTED.search(folded, sentence, hit.start)
        lead = _leading_unit(m.group(1)) if m else None
        if not lead or _unit_of(text[m.start(1) + lead.start():m.start(1) + lead.end()]) != hit.unit:
            continue
        counted = _clean(text[m.start(1):m.end(1)])
        part = _clean(text[m.start(2):m.end(2)])
        part = _lower_first(part) if fold(part).startswith("linh vuc") else f"của {part}"
        hit.name = _tidy(f"Số {_lower_first(counted)} {part}")
        share = next((h for h in out if h.unit == "%" and re.fullmatch(r"\s*[(,]\s*chiem\s*", folded[hit.end:h.start])), None)
        if share:
            share.name = _tidy(f"Tỷ lệ {_lower_first(counted)} {part}")


def _field_breakdown(text: str, folded: str, out: list[MetricHit]) -> None:
    """A count split by field right after it: 'quá hạn 06 hồ sơ (đất đai 05, hộ tịch 01)', 'quá hạn 11 hồ
    sơ, tập trung ở lĩnh vực đất đai (09 hồ sơ) và chứng thực (02 hồ sơ)'. The parts are fields when they
    add up to the count (or the text says 'lĩnh vực'): each is the count in one field ('Số hồ sơ quá hạn lĩnh
    vực đất đai'), whether or not its unit is written."""
    for parent in [h for h in out if h.unit != "%" and not h.negated]:
        # '41 hồ sơ giải quyết quá hạn (lĩnh vực đất đai: 33; …)', '143 hồ sơ giải quyết quá hạn, tập trung ở
        # …': a few words may still name the count before the parts
        inside = re.match(NAMING_WORDS + r"\s*\(", folded[parent.end:])
        if inside:
            pos, close = parent.end + inside.end(), folded.find(")", parent.end)
        else:
            lead = re.match(NAMING_WORDS + r"\s*,?\s*(?:tap\s*trung|chu\s*yeu|trong\s*do|gom)(?=\s)", folded[parent.end:])
            if not lead:
                continue
            pos, close = parent.end + lead.end(), _boundary_sentence_end(folded, parent.end)
        if close < 0:
            continue
        parts, said_field = [], False
        while pos < close:
            m = BREAKDOWN_ITEM.match(folded, pos)
            if not m or m.end() > close + 1:
                break
            number = 3 if m.group(3) else 5
            if not inside and not m.group(3) and not m.group(1):
                break               # outside parentheses each part is 'field (N unit)', or 'lĩnh vực X chiếm N'
            said_field |= bool(m.group(1))
            parts.append((m.start(2), m.end(2), m.start(number), m.end(), parse_number(m.group(number))))
            pos = m.end()
        if any(v is None for *_, v in parts):
            continue
        # one field may stand alone when the text says 'lĩnh vực' ('…, chủ yếu thuộc lĩnh vực đất đai (31 hồ sơ)',
        # '…, trong đó lĩnh vực đất đai chiếm 29 hồ sơ'): a part of the count before it
        if len(parts) < 2 and not (said_field and parts and parts[0][4] < parent.value):
            continue
        if not said_field and abs(sum(v for *_, v in parts) - parent.value) > 1e-9:
            continue
        base = re.sub(r"\s+(?:các\s+)?lĩnh\s+vực(?:\s.*)?$", "", parent.name)
        for f0, f1, n0, n1, value in parts:
            field = re.sub(r"\s+(?:chiếm|có|là|với)$", "", _clean(text[f0:f1]))
            _give_part(out, n0, n0, n1, _tidy(f"{base} lĩnh vực {field}"), value, parent.unit)


CHANNEL_ITEM = re.compile(r"\s*;?\s*qua\s+([^\W\d][^:;()\d]{2,60}?)\s*:\s*" + NUM + r"\s*")
# ('02 phản ánh, kiến nghị (01 qua Cổng Dịch vụ công quốc gia, 01 qua hộp thư góp ý đặt tại Trung tâm)': the figure
# first; whose hotline or where the box stands is not the channel's name)
CHANNEL_ITEM_AFTER = re.compile(r"\s*[,;]?\s*(?:va\s+)?(\d{1,3}(?:\.\d{3})*)\s+qua\s+([^\W\d][^,;()\d]{2,80}?)\s*(?=[,;)])")
CHANNEL_OWNER = re.compile(r"\s+(?:cua|dat\s*tai|tai|do)\s.*$")


def _channel_breakdown(text: str, folded: str, out: list[MetricHit]) -> None:
    """A count split by the channel it came through, in parentheses right after it: '17 phản ánh, kiến nghị
    (qua Cổng Dịch vụ công quốc gia: 11; qua đường dây nóng, hòm thư góp ý: 06)': '<count> qua <channel>' each,
    when the parts add up to the count."""
    for parent in [h for h in out if h.unit != "%" and not h.negated]:
        # ('09 phản ánh, kiến nghị liên quan đến … (qua đường dây nóng: 05; …)': the words the count goes on with)
        inside = re.match(r"[^\d();:.]{0,90}?\(", folded[parent.end:])
        if not inside:
            continue
        pos, close = parent.end + inside.end(), folded.find(")", parent.end)
        parts = []
        while close > 0 and (m := CHANNEL_ITEM.match(folded, pos)) and m.end() <= close:
            parts.append((m.start(1), m.end(1), m.start(2), m.end(2), parse_number(m.group(2))))
            pos = m.end()
        figure_first = not parts
        while figure_first and close > 0 and (m := CHANNEL_ITEM_AFTER.match(folded, pos)) and m.end() <= close:
            owner = CHANNEL_OWNER.search(folded, m.start(2), m.end(2))
            parts.append((m.start(2), owner.start() if owner else m.end(2), m.start(1), m.end(1), parse_number(m.group(1))))
            pos = m.end()
        pos = close if close > 0 and not folded[pos:close].strip() else pos
        if len(parts) < 2 or pos != close or any(v is None for *_, v in parts) \
                or abs(sum(v for *_, v in parts) - parent.value) > 1e-9:
            continue
        for c0, c1, n0, n1, value in parts:
            _give_part(out, n0, n0, n1, f"{parent.name} qua {_clean(text[c0:c1])}", value, parent.unit)


UNIT_ASIDE = re.compile(r"\(\s*(?:rieng|trong\s*do|gom)\s*:?\s*")


# a terse report's line 'label: figure', the label naming what it counts ('1. Hồ sơ tiếp nhận: 214 (trực tuyến: 197, …).',
# '3. Hồ sơ quá hạn: không.', '5. Kết quả giải quyết được số hóa: 201/209 (96,17%).'); the parts after it ('; đúng hạn:
# 209', '(trực tuyến: 197', '; lũy kế đến ngày 30/11/2026: 1.018') are the same count narrowed
WHOLE = r"\d{1,3}(?:\.\d{3})*(?!,\d|\d)"                             # '214', '1.018' (no decimals)
FIGURE = r"\s*:\s*(" + WHOLE + r"|khong(?!\w))(?:\s*/\s*\d[\d.]*)?(?=\s*(?:[;,.(]|$))"   # ': 201/209', ': không'
LABELLED_COUNT = re.compile(r"(?:^|(?<=\n))\s*(?:\d{1,2}\s*[.)]\s*|[-–+•]\s*)?([^\W\d][^:;()]{2,70}?)" + FIGURE)
# ('…: 1.486 hồ sơ; trong đó: hồ sơ từ kỳ trước chuyển qua: 37; hồ sơ mới tiếp nhận: 1.449 (…)': inside a sentence)
LABELLED_INNER = re.compile(r"(?<=[;:])\s*(?:trong\s*do\s*:\s*)?([^\W\d][^:;()]{2,60}?)" + FIGURE)
LABELLED_PART = re.compile(r"[;(]\s*([^\W\d][^:;()]{1,50}?)\s*:\s*(" + WHOLE + r")(?:\s*/\s*\d[\d.]*)?(?=\s*(?:[;,.()]|$))")


def _labelled_counts(text: str, folded: str, out: list[MetricHit]) -> None:
    units = _unit_regex()
    inner = list(LABELLED_INNER.finditer(folded))
    for m in list(LABELLED_COUNT.finditer(folded)) + inner:
        label = text[m.start(1):m.end(1)].strip()
        u = units.match(folded, m.start(1))
        if not u or any(h.start < m.end() and m.start(2) < h.end for h in out):
            continue
        unit = _unit_of(text[u.start():u.end()])
        negated = m.group(2) == "khong"
        value = 0 if negated else parse_number(m.group(2))
        if value is None:
            continue
        name = label if re.match(r"(?:tong\s*)?so\s", fold(label)) else "Số " + _lower_first(label)
        out.append(MetricHit(m.start(1), m.end(2), _tidy(name), value, unit, negated=negated))
        if m in inner:
            continue            # its own count among others of the sentence, no parts of it after it
        line_end = folded.find("\n", m.end())
        line_end = len(folded) if line_end < 0 else line_end
        for part in LABELLED_PART.finditer(folded, m.end(), line_end):
            if any(h.start < part.end() and part.start(2) < h.end for h in out):
                continue
            value = parse_number(part.group(2))
            words = text[part.start(1):part.end(1)].strip()
            said = re.search(r"\s*(?:tinh\s*)?(?:den|toi)\s*(?:het\s*)?ngay\b", fold(words))
            words = words[:said.start()] if said else words        # 'lũy kế đến ngày 30/11/2026': as of that day
            if value is not None:
                out.append(MetricHit(part.start(1), part.end(2), _tidy(f"{name} {_lower_first(words)}"), value, unit))


def _unit_aside(text: str, folded: str, out: list[MetricHit]) -> None:
    """'112 kết quả … chưa được số hóa, ký số (riêng Phòng Văn hóa - Xã hội 37 kết quả)': the part of a count one
    unit has is the count's name 'của' that unit."""
    for hit in out:
        opened = folded.rfind("(", 0, hit.start)
        lead = UNIT_ASIDE.match(folded, opened) if opened >= 0 else None
        if not lead or hit.unit == "%":
            continue
        units = [(s, e) for s, e, entry in find_all("units", text[lead.end():hit.start]) if entry.kind != "ubnd"]
        if len(units) != 1 or units[0][0] != 0 or text[lead.end() + units[0][1]:hit.start].strip(" :"):
            continue
        parent = next((p for p in reversed(out) if p.end <= opened and p.unit == hit.unit
                       and not re.search(r"[\d;()]|\.(?!\d)", folded[p.end:opened]) and opened - p.end <= 90), None)
        if parent:
            hit.name = f"{parent.name} của {_clean(text[lead.end():lead.end() + units[0][1]])}"


LABEL_LEAD = re.compile(r"^(?:(?:chu\s*yeu|phan\s*lon|trong\s*do|gom|bao\s*gom|la|va|tap\s*trung\s*(?:o|vao))\s+)+")


def _bare_named(text: str, folded: str, out: list[MetricHit]) -> None:
    """Values named by what is around them, not by their own words: a count in parentheses after what it counts
    ('Hồ sơ cư trú chủ yếu là đăng ký tạm trú (1.037 hồ sơ), …', '… tập trung ở lĩnh vực đất đai (41 hồ sơ)'), or
    after a rate it is the count of ('Lĩnh vực cư trú đạt 90,72% (1.164 hồ sơ)'); a field's rate after the rate it
    breaks down ('… được thanh toán trực tuyến, đạt 81,48%. Lĩnh vực cư trú đạt 90,72%')."""
    rates = sorted((h for h in out if h.unit == "%"), key=lambda h: h.start)
    for hit in out:
        field = re.fullmatch(r"Tỷ lệ (lĩnh vực [^\d]{2,30})", hit.name) if hit.unit == "%" else None
        if field:
            said = [r for r in rates if r.start < hit.start and hit.start - r.end < 300 and "lĩnh vực" not in r.name
                    and not re.fullmatch(r"t[ỷỉ] lệ", r.name, flags=re.I)]
            if said:
                hit.name = f"{said[-1].name} {field.group(1)}"
    for hit in out:
        bare = re.fullmatch(r"Số (\S+(?: \S+)?)", hit.name)
        opened = re.search(r"\(\s*$", folded[max(0, hit.start - 3):hit.start])
        if hit.unit == "%" or not bare or not opened or not re.match(r"\s*\)", folded[hit.end:]):
            continue
        at = hit.start - 3 + opened.start() if hit.start >= 3 else opened.start()
        rate = next((r for r in rates if 0 <= at - r.end <= 2), None)
        if rate and fold(rate.name).startswith("ty le "):
            hit.name = "Số" + rate.name[len("Tỷ lệ"):]          # the count the rate before it is the share of
            continue
        lead = max([0] + [m.end() for m in re.finditer(r"[,;:.()]", folded[:at])])
        label = LABEL_LEAD.sub("", re.split(r"\s(?:la|gom|bao\s*gom)\s", folded[lead:at].strip())[-1])
        words = label.split()
        if not words or len(words) > 8 or re.search(r"\d", label):
            continue
        label = _clean(text[at - len(label) - (len(folded[lead:at]) - len(folded[lead:at].rstrip())):at])
        hit.name = f"Số {bare.group(1)} {label}"


def _units_in_parentheses(text: str, folded: str, out: list[MetricHit]) -> None:
    """'63 kết quả … chưa được số hóa, ký số … (Phòng Kinh tế, Hạ tầng và Đô thị: 41 kết quả; Phòng Văn hóa - Xã hội:
    22 kết quả)': each unit's part of the count before the parentheses."""
    for opened in [m.start() for m in re.finditer(r"\(", folded)]:
        close = folded.find(")", opened)
        inside = sorted((h for h in out if opened < h.start < close), key=lambda h: h.start) if close > 0 else []
        if len(inside) < 2:
            continue
        named, start = [], opened + 1
        for hit in inside:
            label = text[start:hit.start].strip(" ;,")
            if not label.endswith(":"):
                break
            name = label[:-1].strip()
            found = find_all("units", name)
            if not found or found[0][0] != 0 or found[0][1] < len(name) - 1 or found[0][2].kind == "ubnd":
                break                               # the whole label one unit's name
            named.append((hit, found[0][2].name))     # (its full name: 'Phòng KT, HT&ĐT')
            start = hit.end
        if len(named) != len(inside):
            continue
        sentence = _boundary_sentence(folded, opened, parentheses=False)
        parent = next((p for p in sorted(out, key=lambda h: -h.start) if sentence <= p.start and p.end <= opened
                       and p.unit == inside[0].unit and not re.search(r";|\.(?!\d)", folded[p.end:opened])), None)
        if parent:
            for hit, unit in named:
                hit.name = f"{parent.name} của {unit}"


def _give_part(out: list[MetricHit], since: int, start: int, end: int, name: str, value: float, unit: str) -> None:
    """A part of a count at start..end (its words from `since`): the hits already read there take its name
    and value, else it is added."""
    same = [h for h in out if since <= h.start < end]
    for h in same:
        h.name, h.value, h.unit = name, value, unit
    if not same:
        out.append(MetricHit(start, end, name, value, unit))


# '19 hồ sơ quá hạn trong tháng 11/2026 (Phòng Kinh tế: 16; …)': the words may end with the count's period
UNIT_SPLIT_PAREN = re.compile(NAMING_WORDS + r"(?:\s*(?:trong\s*)?(?:thang|quy|nam)\s*(?:\d{1,2}|iv|i{1,3})"
                              r"(?:\s*/\s*\d{4})?)?\s*\(\s*(?:trong\s*do\s*:?\s*)?")
UNIT_SPLIT_SAID = re.compile(r"[^.;()]{0,120}?,?\s*trong\s*do\s*:?\s*")
UNIT_ITEM_GAP = re.compile(r"\s*(?:,|;|va(?=\s))?\s*(?:(?:cua|tai|o|thuoc)\s+)?")
UNIT_ITEM_VALUE = re.compile(r"\s*(?:phuong|xa|dac\s*khu)?\s*(?::|-|co|con)?\s*" + NUM + r"(?!\s*[%/\d])")


def _unit_breakdown(text: str, folded: str, out: list[MetricHit]) -> None:
    """A count split by unit right after it: '23 hồ sơ … quá hạn (Phòng KT, HT&ĐT: 17; Phòng VH-XH: 04;
    Trung tâm PVHCC: 02)', '… còn 214 hồ sơ, trong đó của Phòng Kinh tế 131 hồ sơ, Phòng Văn hóa - Xã hội
    83 hồ sơ'. Each part is the count of one unit of the units dictionary, named '<count> của <the unit's
    full name>', whether or not its measure is written again; the parts add up to no more than the count."""
    for parent in [h for h in out if h.unit != "%" and not h.negated]:
        lead = UNIT_SPLIT_PAREN.match(folded, parent.end)
        inside = bool(lead)
        if not lead:
            lead = UNIT_SPLIT_SAID.match(folded, parent.end)
            if not lead or any(h is not parent and parent.end <= h.start < lead.end() and h.unit != "%" for h in out):
                continue
        close = folded.find(")", lead.end()) if inside else _boundary_sentence_end(folded, lead.end())
        if close < 0:
            continue
        found = find_all("units", text[lead.end():close], folded[lead.end():close])
        parts, pos = [], lead.end()
        for start, end, entry in found:
            gap = UNIT_ITEM_GAP.match(folded, pos)
            if lead.end() + start != gap.end():
                break
            value = UNIT_ITEM_VALUE.match(folded, lead.end() + end)
            if not value or value.end() > close:
                break
            tail = _unit_regex().match(folded, value.end() + len(folded[value.end():]) - len(folded[value.end():].lstrip()))
            if tail and _unit_of(text[tail.start():tail.end()]) != parent.unit:
                break
            parts.append((lead.end() + start, value.start(1), tail.end() if tail else value.end(),
                          parse_number(value.group(1)), entry.name))
            pos = parts[-1][2]
        if not parts or any(v is None for *_, v, _ in parts) or sum(v for *_, v, _ in parts) > parent.value + 1e-9:
            continue
        if inside and folded[pos:close].strip(" ;,."):
            continue                # the parentheses hold more than units' counts
        for u0, n0, n1, value, unit in parts:
            _give_part(out, u0, n0, n1, f"{parent.name} của {unit}", value, parent.unit)


UNIT_LEAD_BULLET = re.compile(r"\s*(?:[-–—+*•]\s*)?")
UNIT_SUBJECT_LABEL = re.compile(r"\s*(?:(?:xã|phường|đặc khu)(?!\w)\s*)?(?:\([^()]{0,60}\)\s*)?([^\W\d][^\d:;,.()]{2,60}?)\s*(?:\([^()]{0,60}\)\s*)?:\s*$")


def _unit_led(text: str, folded: str, out: list[MetricHit], bullet: bool = False) -> None:
    """A bullet whose subject is a unit ('- Phòng Kinh tế tiếp nhận và xử lý: 297 hồ sơ, trong đó
    quá hạn 11 hồ sơ'): its figures are that unit's. The count its label names comes first, named as the
    seeds name it ('Số hồ sơ Phòng Kinh tế tiếp nhận và xử lý', an aside in parentheses dropped); the others
    get 'của <unit>' (a share of the commune's total is not the commune's)."""
    lead = UNIT_LEAD_BULLET.match(folded)
    if not bullet and not folded[:lead.end()].strip():
        return                 # a sentence of prose: 'Trung tâm … đã số hóa 1.497 hồ sơ' is the commune's count
    first_stop = _boundary_sentence_end(folded, lead.end())
    found = [f for f in find_all("units", text[:first_stop], folded[:first_stop]) if f[0] == lead.end()]
    if not found:
        return
    s, e, entry = found[0]
    if entry.kind == "ubnd" or re.match(r"(?:Phó\s+)?Chủ\s+tịch|Trung tâm Phục vụ", entry.name):
        return                 # the one-stop centre's figures are the commune's own
    written = _clean(text[s:e])
    for k, hit in enumerate(out):
        if not (e <= hit.start < first_stop) or fold(written) in fold(hit.name) or hit.refers:
            continue
        label = UNIT_SUBJECT_LABEL.fullmatch(text, e, hit.start)
        if label and hit.unit != "%" and hit.name.startswith(f"Số {hit.unit}"):
            verb = _clean(label.group(1))
            out[k] = replace(hit, name=_clean(f"Số {hit.unit} {written} {verb}"))
        elif hit.start > e + 3:
            out[k] = replace(hit, name=_clean(f"{hit.name} của {written}"))


# a sentence whose subject is the count itself, the number at its end after 'còn' / 'là'
# ('Số kết quả giải quyết chưa được số hóa tính đến ngày 08/12/2026 vẫn còn 214 hồ sơ': as of a day)
SUBJECT_COUNT = re.compile(r"\s*(?:[-–+•]\s*)?((?:tong\s*)?so\s*(?:luong\s*)?(?!hoa\b|lieu\b)[^\W\d][^;:()\d]{3,120}?)"
                           r"(?:\s(?:tinh\s*den|den|tai\s*thoi\s*diem)\s*(?:het\s*)?(?:ngay\s*)?\d[\d/]*(?:\s*nam\s*\d{4})?)?"
                           r"(?:\s*\([^()]{0,80}\))?"       # ('Tổng số lượt đánh giá chưa hài lòng (không hài lòng và …) là 37 lượt')
                           r"\s(?:van\s*con|con|la|chi\s*con)\s*$")


DATA_LABEL = re.compile(r"\s*(?:[-–+•]\s*)?(?:theo\s*)?so\s*lieu(?!\w)[^:\d]{0,40}:\s*")
DISCOURSE_LABEL = re.compile(r"\s*(?:nguyen\s*nhan|ly\s*do|ton\s*tai|han\s*che|ghi\s*chu|cu\s*the)(?:\s*chu\s*yeu)?\s*")


# '- Thái độ, tác phong phục vụ của công chức: ' before a rate: what it rates (not a place: 'xã An Lão: ')
RATE_LABEL = re.compile(r"\s*(?:[-–+•]\s*)?((?!(?:xa|phuong|dac\s*khu|thon|to\s*dan\s*pho|quay)\s)[^\W\d][^:;()\d%]{2,90}?)\s*:\s*")
RATE_LABEL_END = re.compile(r"\s*(?:[;,.()]|$)")        # (not '…: 22,9% người trả lời cho biết …': a sentence goes on)
BULLET_LABEL = re.compile(r"\s*[-–+•]\s*([^\W\d][^:;()\d]{2,120}?)\s*:\s*$")


# a period inside the words before a count ('…: trong tháng 11/2026 tiếp nhận', '- Tháng 8/2026: tiếp nhận')
IN_CLAUSE_PERIOD = re.compile(r"(?i)(?:(?<!\w)(?:trong|vào|đến hết|đến|tính đến|riêng)\s+)?(?<!\w)(?:tháng|quý|năm|tuần)\s+"
                              r"(?:\d{1,2}(?:\s*/\s*\d{4})?|[IV]{1,3}(?:\s*/\s*\d{4})?|\d{4})(?!\w)\s*[,:]?")


# '- Từ 07 giờ 30 đến 09 giờ 30: ', '- Buổi chiều (từ 13 giờ 30 đến 17 giờ 00): ': a span of the day things were counted in
TIME_SLOT_LABEL = re.compile(r"\s*(?:[-–+•]\s*)?((?:buoi\s*(?:sang|chieu|toi)\s*)?\(?\s*(?:tu\s*)?\d{1,2}\s*gio(?:\s*\d{2})?\s*"
                             r"(?:den|-|–)\s*\d{1,2}\s*gio(?:\s*\d{2})?\s*\)?)\s*:\s*$")


# 'Điểm sát hạch bình quân của Trung tâm đạt 75,94 điểm; cao nhất 91,5 điểm, thấp nhất 60,5 điểm': people's marks in a
# test or a contest (scores.CONTEST: no index's points), the mean and the extremes
TEST_POINTS = re.compile(r"(?<!\w)(diem\s*(?:sat\s*hach|thi)(?:\s*(?:binh\s*quan|trung\s*binh))?[^\d.;:()]{0,50}?)\s*(?:dat|la)\s*"
                         + NUM + r"\s*diem(?!\w)")
TEST_EXTREME = re.compile(r"[,;]\s*(cao\s*nhat|thap\s*nhat)\s*(?:la\s*|dat\s*)?" + NUM + r"\s*diem(?!\w)")


def _time_slot(folded: str, pos: int) -> Optional[re.Match]:
    """The time of day labelling the line that holds `pos` ('- Từ 07 giờ 30 đến 09 giờ 30: …'), if one does."""
    line = folded.rfind("\n", 0, pos) + 1
    colon = folded.find(":", line, pos)
    return TIME_SLOT_LABEL.match(folded, line, colon + 1) if colon >= 0 else None


def _test_points(text: str, folded: str, out: list[MetricHit]) -> None:
    """Marks of a test (TEST_POINTS, TEST_EXTREME), each a metric in points."""
    for m in TEST_POINTS.finditer(folded):
        value = parse_number(m.group(2))
        if value is None or any(h.start <= m.start(2) < h.end for h in out):
            continue
        said = _clean(text[m.start(1):m.end(1)])
        out.append(MetricHit(m.start(2), m.end(), said[:1].upper() + said[1:], value, "điểm"))
        stem = re.split(r"\s+(?:bình quân|trung bình|của)\s", said[:1].upper() + said[1:])[0]
        at = m.end()
        while (more := TEST_EXTREME.match(folded, at)) is not None:
            got = parse_number(more.group(2))
            if got is not None:
                out.append(MetricHit(more.start(2), more.end(), f"{stem} {text[more.start(1):more.end(1)]}", got, "điểm"))
            at = more.end()


def _count_name(text: str, folded: str, start: int, unit_end: int, written: str, sentence: int,
                previous_before: dict) -> str:
    slot = _time_slot(folded, start)
    if slot and not folded[slot.end():start].strip():
        return f"Số {written} {_lower_first(text[slot.start(1):slot.end(1)])}"
    before_start = _boundary_before(folded, start, sentence, colon=False)
    subject = SUBJECT_COUNT.match(folded, sentence, start) \
        or SUBJECT_COUNT.match(folded, _boundary_sentence(folded, start, parentheses=False), start)   # (an aside before 'là')
    # 'Số hồ sơ đã trả kết quả nhưng chưa được số hóa, ký số … còn 27 hồ sơ'
    raw_before = text[subject.start(1):subject.end(1)] if subject else text[before_start:start]
    label = BULLET_LABEL.match(folded, sentence, start) if not subject else None
    if label and "," in folded[label.start(1):label.end(1)] and not any(
            s == 0 for s, _, _ in find_all("units", text[label.start(1):label.end(1)])):
        # '- Hồ sơ giải quyết quá hạn, phải hẹn lại ngày trả kết quả: 12 lượt': the bullet's whole label, commas and all
        raw_before = _lower_first(text[label.start(1):label.end(1)]) + ":"
    owner = None
    colon = raw_before.rfind(":")
    owned = OWNER_LABEL.fullmatch(fold(raw_before[:colon])) if colon > 0 and raw_before[colon + 1:].strip() else None
    if owned:
        # '- Thôn Đông Tạ: chậm 06 phiếu xác minh': what the village did, named '… của thôn Đông Tạ'
        owner = re.sub(r"^[-–+•\s]+", "", raw_before[:colon]).strip()
        owner = owner[:1].lower() + owner[1:] if re.match(VILLAGE, fold(owner)) else owner
        owner = re.sub(r"(?i)^(?:đồng\s+chí|đ/c)\s+", "", owner)
        raw_before = raw_before[colon + 1:]
    source = DATA_LABEL.match(fold(raw_before))
    if source:
        # '- Số liệu rà soát của xã: trong 402 hồ sơ … có 61 hồ sơ …': whose figures these are, not what is
        # counted ('Số liệu' is data, not 'Số' of a measure)
        raw_before = raw_before[source.end():]
    aside_label = False
    if not raw_before.strip(" :") and folded[:start].rstrip().endswith(":"):
        # '- Các lĩnh vực khác (đăng ký kinh doanh, …): 462 hồ sơ': the label before its aside names the count
        aside = folded.rfind("(", 0, start)
        if aside > 0 and folded.find(")", aside) < start:
            raw_before = re.sub(r"^(Qua|Các|Tại|Trong|Về|Từ)(?=\s)", lambda w: w.group(1).lower(),
                                _strip_lead(text[_boundary_sentence(folded, aside):aside]))   # ('Công an xã' keeps its capital)
            aside_label = True
    colon_split = raw_before.rfind(":")
    labelled = (colon_split >= 0 and not raw_before[colon_split + 1:].strip()) or aside_label
    before = raw_before[:colon_split] if labelled and colon_split >= 0 else raw_before
    if labelled and DISCOURSE_LABEL.fullmatch(fold(_strip_lead(before))):
        before = ""             # 'Nguyên nhân: 19 hồ sơ chứng thực …': the label says why, not what is counted
    # 'tháng 9/2026 mới số hóa được 45/52 hồ sơ …': the period leading the clause is the record's own field
    lead = PERIOD_FIRST.match(fold(before), re.match(r"[\s\-–+•]*", before).end())
    before = before[lead.end():].lstrip(" :") if lead else before
    if re.search(r"\d", before):
        # 'a) Trung tâm …: trong tháng 11/2026 tiếp nhận 1.208 hồ sơ': a period said in the clause is no number counted
        said = IN_CLAUSE_PERIOD.search(before)
        tail = before[said.end():].strip() if said else ""
        prefix = before[:said.start()] if said else ""
        if said and (re.fullmatch(r"[\s\-–+•]*", prefix) or prefix.rstrip().endswith(":")) \
                and re.sub(r"(?<!\w)(?:là|có|đạt|chỉ|mới|được)(?!\w)", "", tail).strip(" :,")[:1].islower() \
                and not re.search(r"\d", tail):
            # (the period opens the clause after the label's colon and a verb follows; not '… tăng nhanh …: tháng
            # 8 là 1.126 hồ sơ', whose label names it, nor '…: tháng 11/2026 Trung tâm trả kết quả 1.204 hồ sơ')
            before = before[:said.start()] + " " + tail
    # 'X và N unit' : the number continues an enumeration; the 'và' is not part of the name
    enumerated = False
    if re.search(r"\d", before):
        before = re.split(r"\s(?:và|hoặc|nhưng|va|hoac|nhung)\s", before)[-1]
        enumerated = True
        before = "" if re.search(r"\d", before) else before
    before = _plain(_clean(_strip_lead(before)))
    where = WHERE_LEAD.fullmatch(fold(before)) if not enumerated else None
    if where:
        # 'Trên thiết bị đánh giá đặt tại quầy có 187 lượt đánh giá': counted there
        where, before = _lower_first(before[where.start(1):where.end(1)]), ""
    field_said = FIELD_BEFORE.match(fold(before)) if before and not enumerated else None
    if field_said:
        g = 1 if field_said.group(1) else 2
        before = "lĩnh vực " + before[field_said.start(g):field_said.end(g)]
    before = re.sub(r"\s+(?:là|đạt|:)$", "", before)
    before = re.sub(r"(?:^|\s+)(?:trên|dưới|khoảng|hơn|gần|xấp xỉ)$", "", before)   # 'thực hiện trên 1.500 lượt'
    key = (sentence, fold(written))
    field = previous_before.get(key, "")
    in_fields = bool(before and fold(field).startswith("linh vuc") and not fold(before).startswith("linh vuc")
                     and before_start > 0 and folded[before_start - 1] == ",")
    if in_fields:
        # '(lĩnh vực bảo trợ xã hội 142 hồ sơ, người có công 61 hồ sơ, …)': every item is a field
        before = "lĩnh vực " + before
    if before and not labelled and not in_fields and not _counts_itself(before):
        before = _plain(_verb_phrase(before))
        # 'toàn phường còn 23 hồ sơ …': the place is the record's entity and 'còn' says nothing counted
        before = re.sub(r"^(?:toàn|cả)\s+(?:phường|xã|đặc khu|thành phố)(?:\s+|$)", "", before)
        before = re.sub(r"(?:^|\s+)(?:vẫn\s+)?còn$", "", before)
        before = re.sub(r"(?:^|\s+)(?:xong\s+)?(?:cả|toàn bộ|tất cả)$", "", before)   # 'trả lời xong cả 02 phản ánh'
        before = re.sub(r"^trong\s+(?:kỳ|tháng|quý|năm|tuần)(?:\s+(?:này|báo cáo|qua))?(?:\s+|$)", "", before, flags=re.I)
        if fold(before) in ("xay ra", "de xay ra"):
            before, enumerated = "", False   # '… nhưng để xảy ra 18 hồ sơ giải quyết quá hạn': named after it
        if fold(before) in ("co", "la", "dat", "gom", "con", "van con", "trong", "lai", "chi co", "moi co", "chi con"):
            before = ""               # 'Trong kỳ có 1.245 hồ sơ …': 'có' says nothing of what is counted
    after_end = _boundary_after(folded, unit_end)
    share = SHARE_ASIDE.match(folded, unit_end) if after_end == unit_end or not folded[unit_end:after_end].strip() else None
    if share:
        # 'có 187 người (58,4%) cho biết chưa biết cách nộp hồ sơ …': what is counted goes on after its share
        unit_end = share.end()
        after_end = _boundary_after(folded, unit_end)
    after = _clean(text[unit_end:after_end])
    every = re.match(r"\s*(?:deu|cung)\s+(?=(?:da\s*)?(?:duoc\s*)?(?:tra\s*loi|xu\s*ly|giai\s*quyet)(?!\w))", folded[after_end:]) \
        if not after else None
    if every:
        # 'cả 17 phản ánh, kiến nghị đều được trả lời đúng thời hạn': what became of all of them names the count
        after = _clean(text[after_end + every.end():_boundary_after(folded, after_end + every.end())])
    if field_said and re.match(r"(?:và|,)\s", after):
        after = ""                    # '… hộ tịch 541 hồ sơ và đất đai 389 hồ sơ': the next field's count
    after = re.sub(r"\s*(?:trong|của)\s+(?:kỳ|tháng|quý|năm|tuần)(?:\s+(?:này|báo cáo|qua))?$", "", after)
    said = re.search(r"\s+là\s+(?:kết quả|hồ sơ|do)\s", after)
    if said and len(after[:said.start()].split()) >= 2:
        after = after[:said.start()]     # '54 kết quả chưa số hóa là kết quả của hồ sơ …': what they are, said after
    if not before and enumerated and previous_before.get(key):
        before = previous_before[key]
    else:
        previous_before[key] = before
    fb = fold(before)
    of = f" của {owner}" if owner else ""
    if _counts_itself(before):
        if fold(written) in fb or subject:
            return _clean(f"{before} {after}") + of
        lead = re.match(r"(?:tong\s*so|so\s*luong|so)", fb)
        return _clean(f"{before[:lead.end()]} {written} {before[lead.end():]} {after}") + of
    colon = folded.rfind(":", sentence, start) if not before and not after else -1
    if colon > 0:
        # '… do số hồ sơ giải quyết quá hạn tăng: tháng 10/2026 có 02 hồ sơ, …': the label before the colon names them
        lead = text[_boundary_before(folded, colon, sentence, colon=False):colon]
        label = re.search(r"(?:[Tt]ổng\s+)?[Ss]ố\s+" + re.escape(written) + r"\s+([^\d:;]{3,80}?)(?:\s+(?:tăng|giảm|như\s+sau|gồm))?\s*$", lead)
        if label:
            return _clean(f"Số {written} {label.group(1)}") + of
    return _clean(" ".join(p for p in ("Số", written, before, after, where or "") if p)) + of


# 'Trên thiết bị đánh giá tại quầy có …', 'Qua Cổng Dịch vụ công quốc gia có …', 'Tại Trung tâm ghi nhận …'
WHERE_LEAD = re.compile(r"((?:tren|qua|tai)\s+[^\d,;:()]{3,60}?)\s*,?\s*(?:da\s*)?(?:co|ghi\s*nhan|nhan\s*duoc)")


# ('Thời gian chờ bình quân … là 16 phút/lượt', '(quầy hộ tịch, chứng thực: 09 phút', 'phải chờ tới 68 phút'): how long
# people waited; a clock time ('14 giờ 00 phút'), a threshold ('phải chờ trên 30 phút') or an aim ('dưới 15 phút') is not
WAIT_MINUTES = re.compile(r"(?<!gio\s)(?<!gio)(?<![\w/.,])(\d{1,3}(?:,\d+)?)\s*phut(?!\w)")
WAIT_LIMIT = re.compile(r"(?<!\w)(?:tren|duoi|qua|hon|khong\s*qua|toi\s*da|it\s*hon|nhieu\s*hon|trong\s*vong|truoc)\s*$")
WAIT_MOST = re.compile(r"(?<!\w)(lau\s*nhat|dai\s*nhat|nhieu\s*nhat|toi\s*da|len\s*toi|toi)(?!\w)")
WAIT_MEAN = re.compile(r"(?<!\w)(?:binh\s*quan|trung\s*binh)(?!\w)")
WAIT_SUBJECT = re.compile(r"\s*(?:[-–+•]\s*)?(thoi\s*gian\s*cho\b[^\d:;()]{0,80}?)\s*(?:cua\s[^:;()]{0,60}?)?\s*(?:la|dat|:|chi\s*con|con)\s*$")
WAIT_COUNTER = re.compile(r"(?<!\w)quay\s+[^:;()\d]{1,40}?(?=\s*(?::|binh\s*quan|trung\s*binh|la|co|len\s*toi|$))|(?<!\w)quay\s*\d{1,2}(?!\d)")


def _waiting_time(text: str, folded: str, m: re.Match) -> Optional[MetricHit]:
    """A waiting time in minutes, named 'Thời gian chờ' with how it is taken (the mean, the longest) and the
    counter it is at; None when the minutes are not a wait measured."""
    sentence = _boundary_sentence(folded, m.start(), parentheses=False, semicolons=False)
    said, near = folded[sentence:m.start()], folded[max(sentence, m.start() - 14):m.start()]
    # ('- Quầy hộ tịch - chứng thực: bình quân 17 phút' under '2. Thời gian chờ theo từng quầy': a wait at a counter)
    at_counter = re.match(r"\s*[-–+•]?\s*(?:quay|diem\s*tiep\s*nhan)\b[^:]{0,80}:\s*(?:binh\s*quan|trung\s*binh)\s*$",
                          folded[_bullet_start(folded, m.start(), sentence):m.start()])
    waited = re.search(r"(?<!\w)cho(?!\w)", said) and (
        "thoi gian" in said or re.search(r"(?<!\w)cho\s*(?:lau\s*nhat|tren|toi|len\s*toi|binh\s*quan)?\s*(?:la\s*)?$", said)
        or WAIT_MOST.search(folded[max(sentence, m.start() - 30):m.start()]))
    if not (at_counter or waited):
        return None
    if WAIT_LIMIT.search(near) and not re.search(r"len\s*toi\s*$|(?<!\w)toi\s*$", near):
        return None             # 'phải chờ trên 30 phút': a threshold ('lên tới 58 phút' is the longest wait)
    if TARGET.search(folded[max(sentence, m.start() - 40):m.start()]) or TARGET_CLAUSE.match(folded[sentence:m.start()]) \
            or re.search(r"phan\s*dau|muc\s*tieu", folded[sentence:m.start()]):
        return None
    clause = _boundary_sentence(folded, m.start())          # after the last ';' or '('
    near = folded[clause:m.start()]
    served = re.search(r"(thoi\s*gian\s*(?:phuc\s*vu|giai\s*quyet|xu\s*ly)[^\d:;()]{0,60}?)\s*(?:la|dat|:)\s*$", near)
    if served and parse_number(m.group(1)) is not None:
        # '…; thời gian phục vụ bình quân tại quầy là 9,2 phút': how long serving took, not a wait
        said = _clean(text[clause + served.start(1):clause + served.end(1)])
        return MetricHit(m.start(1), m.end(), said[:1].upper() + said[1:], parse_number(m.group(1)), "phút")
    subject = WAIT_SUBJECT.match(folded, sentence, m.start())
    most = WAIT_MOST.search(near[-30:])
    if most:
        word = fold(most.group(1))
        how = "tối đa" if word in ("toi da", "len toi", "toi") else text[m.start() - len(near[-30:]) + most.start():
                                                                       m.start() - len(near[-30:]) + most.end()]
    elif WAIT_MEAN.search(folded[sentence:m.start()]):
        how = "bình quân"
    else:
        how = ""
    name = "Thời gian chờ" + (f" {how}" if how else "")
    change = re.search(r"(?<!\w)(tang|giam)\s*(?:them\s*)?$", folded[max(sentence, m.start() - 12):m.start()])
    if change:
        # 'Thời gian chờ bình quân tăng …; tháng 11/2026 tăng 04 phút so với tháng 10/2026': the change, against that month
        against = re.match(r"\s*so\s*voi\s*(?:thang|quy|nam|ky|cung\s*ky)[^,;.()]*?(?=\s+va\s|[,;.()]|$)", folded[m.end():])
        word = "tăng" if change.group(1) == "tang" else "giảm"
        said = f" {_clean(text[m.end():m.end() + against.end()])}" if against else ""
        value = parse_number(m.group(1))
        return MetricHit(m.start(1), m.end(), _clean(f"Mức {word} thời gian chờ{' bình quân' if how == 'bình quân' else ''}{said}"),
                         value, "phút") if value is not None else None
    if subject and not most and clause <= sentence:
        said = _clean(text[subject.start(1):subject.end(1)])
        name = said[:1].upper() + said[1:] if "bình quân" in said or "trung bình" in said or not how else name
    counter = None
    for c in WAIT_COUNTER.finditer(folded, clause, m.start()):
        counter = c if not re.search(r"\d", folded[c.end():m.start()]) else None   # (not the counter of another figure)
        if counter and re.fullmatch(r"quay(?:\s+(?:la|co|dat))?\s*", folded[c.start():c.end()]):
            counter = None      # '… đến khi được gọi vào quầy là 13,6 phút': no counter named
    if subject and not most and clause <= sentence:
        # 'Thời gian chờ bình quân tính từ khi lấy số đến khi được gọi vào quầy là …': the wait, not how it is taken
        name = re.split(r"\s(?:tính|kể)\s+từ\s", name)[0]
    bullet = _bullet_start(folded, m.start(), sentence)
    label = re.match(r"\s*(?:[-–+•]\s*)?((?:quay|diem\s*tiep\s*nhan)[^:()]{1,60}?)\s*(?:\([^()]*\)\s*)?:", folded[bullet:m.start()])
    place = re.match(r"\s*tai\s+((?:quay|diem\s*tiep\s*nhan|bo\s*phan)[^,:;()]{1,60}?)\s*,", folded[sentence:m.start()])
    if counter:
        said = _clean(text[counter.start():counter.end()])
        name += " tại " + (_lower_first(said) if re.match(r"Quầy\s+\D", said) else said)   # ('Quầy 1' keeps its capital)
    elif label or place:
        # '- Quầy đất đai - xây dựng (Quầy 1 và Quầy 2): bình quân 38 phút', 'Tại Điểm tiếp nhận hồ sơ Cát Hải, …': where
        at, base = (label, bullet) if label else (place, sentence)
        said = _clean(text[base + at.start(1):base + at.end(1)])
        name += " tại " + (_lower_first(said) if said.lower().startswith("quầy") else said)
    value = parse_number(m.group(1))
    return MetricHit(m.start(1), m.end(), _clean(name), value, "phút") if value is not None else None


# money paid, collected, refunded or saved ('tổng số tiền 186.735.000 đồng', 'thu qua TTTT 18,6 tr.đ', 'chi phí tiết kiệm
# được là 413,5 triệu đồng/năm'); a budget, a reward, a proposal or a price ('2.000 đồng/trang') is not a result measured
MONEY = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(trieu\s*dong|tr\s*\.\s*d(?:ong)?|ty\s*dong|nghin\s*dong|dong)"
                   r"(?!\w)(?!\s*/\s*(?:trang|ban|ho\s*so|luot|giao\s*dich|nguoi|thu\s*tuc|bo|to|lan)(?!\w))(?!\s*(?:chi(?!\s*phi)|bo|thoi|y|nghiep|hanh|tam|loat|deu|ho|phuc|luc|dang|tinh|long|ruong|bao)(?!\w))")
MONEY_UNIT = {"trieu": "triệu đồng", "tr": "triệu đồng", "ty": "tỷ đồng", "nghin": "nghìn đồng", "dong": "đồng"}
# (on the text as written, in lower case: 'thu' is not 'thủ' of 'thủ tục')
MONEY_RESULT = re.compile(r"(?<!\w)(?:thanh toán|thu|nộp|hoàn trả|hoàn lại|tiết kiệm|chi phí tuân thủ|số tiền)(?!\w)")
MONEY_NOT_RESULT = re.compile(r"(?<!\w)(?:du\s*kien|kinh\s*phi|thuong|de\s*nghi|bo\s*sung|du\s*toan|muc\s*(?:thu|phi|le\s*phi)|"
                              r"ho\s*tro|dau\s*tu|mua\s*sam|phan\s*dau|muc\s*tieu|gia\s*tri\s*(?:goi|hop\s*dong))(?!\w)")
MONEY_VERB = re.compile(r"(?<!\w)(?:thanh toán|nộp|thu|hoàn trả|hoàn lại|tiết kiệm|chi trả)(?!\w)")
MONEY_FILLER = re.compile(r"(?:\s*(?:voi|tuong\s*ung(?:\s*voi)?|khoang|la|dat|gan|hon|tren|len\s*toi|tong\s*so\s*tien|so\s*tien|tong\s*so|tong\s*cong|con|:))+\s*$")


def _money(text: str, folded: str, m: re.Match, out: list[MetricHit]) -> Optional[MetricHit]:
    """An amount of money a document reports as a result, named 'Số tiền …' by what was done with it
    ('thanh toán trực tuyến', 'hoàn trả cho người dân') or by the cost it is ('Chi phí tuân thủ …')."""
    sentence = _boundary_sentence(folded, m.start(), parentheses=False, semicolons=False)
    if MONEY_NOT_RESULT.search(folded[sentence:_boundary_sentence_end(folded, m.end())]) \
            or not MONEY_RESULT.search(_lower_words(text[sentence:m.start()])) \
            or re.search(r"(?<!\w)(?:tu|duoi|tren|khong\s*qua)\s*$", folded[max(sentence, m.start() - 12):m.start()]):
        return None
    value = parse_number(m.group(1))
    if value is None:
        return None
    unit = MONEY_UNIT[re.match(r"[a-z]+", fold(m.group(2))).group(0)]

    def unpadded(s: int, e: int) -> str:            # the words s..e without the fillers before the amount
        filler = MONEY_FILLER.search(folded[s:e])
        return _clean(text[s:s + filler.start()] if filler else text[s:e])

    start = _boundary_before(folded, m.start(), sentence)
    while start > sentence and re.search(r"(?:phi|phan\s*anh|so\s*hoa),\s*$", folded[:start]) \
            and re.match(r"\s*(?:le\s*phi|kien\s*nghi|ky\s*so)(?!\w)", folded[start:]):
        start = _boundary_before(folded, folded.rfind(",", 0, start), sentence)    # 'phí, lệ phí' is one name
    aside = re.search(r"\(\s*$", folded[max(0, m.start() - 4):m.start()])
    if aside:
        # '… chuyển khoản theo mã QR tài khoản chuyên thu 265 giao dịch (68,5 triệu đồng)': the money of the count
        # before the parenthesis, named by what the count is of
        opened = folded.rfind("(", 0, m.start())
        lead = max([sentence] + [d.end() for d in re.finditer(r"[;:]|\.(?!\d)", folded[:opened])])
        counted = re.search(r"\s*\d[\d.,]*\s*(?:[^\W\d]+\s*){1,2}$", folded[lead:opened])
        words = _clean(text[lead:lead + counted.start()]) if counted else ""
        words = re.sub(r"^(?:và|hoặc)\s+", "", words)
        if words and not re.search(r"\d", words) and len(words.split()) <= 14:
            return MetricHit(m.start(1), m.end(), f"Số tiền {_lower_first(words)}", value, unit)
    slash = folded.rfind("/", start, m.start())
    if slash >= 0 and not folded[slash - 1:slash].isdigit():
        start = slash + 1                           # '18,6 tr.đ/tổng thu 20,9 tr.đ': the second amount's own words
    cost = re.match(r"\s*(?:[-–+•]\s*)?(chi\s*phi(?!\w))", folded[start:m.start()])
    if cost:
        # 'Chi phí tuân thủ của 19 thủ tục trước đơn giản hóa khoảng 1.846,2 triệu đồng/năm': the cost at its stage
        name = re.sub(r"\s+của\s+.*?(?=\s+(?:trước|sau)\s|$)", "", unpadded(start + cost.start(1), m.start()))
        return MetricHit(m.start(1), m.end(), name[:1].upper() + name[1:], value, unit)
    figures = list(re.finditer(r"\d[\d.,]*\s*(?:[^\W\d]+\s*){0,2}", folded[start:m.start()]))
    cut = start + figures[-1].end() if figures else start           # after the last figure and its unit
    said = unpadded(cut, m.start())
    subject = re.search(r"(?:tổng\s+)?số\s+tiền\s+\S", said, flags=re.I)
    if subject:
        # '… với tổng số tiền phí, lệ phí đã thu là 579,4 triệu đồng': what the amount is, said as its subject
        name = said[subject.start():]
        return MetricHit(m.start(1), m.end(), _clean(name[:1].upper() + name[1:]), value, unit)
    total = re.match(r"tổng\s+", said, flags=re.I)
    verbs = list(MONEY_VERB.finditer(said.lower()))
    if verbs:
        what = said[verbs[-1].start():]
        return MetricHit(m.start(1), m.end(), _clean(("Tổng số tiền " if total else "Số tiền ") + what), value, unit)
    earlier = [h for h in out if h.unit in MONEY_UNIT.values() and sentence <= h.start < m.start()]
    if earlier and said and earlier[-1].name.startswith("Chi phí"):
        # '…, sau đơn giản hóa còn 1.432,7 triệu đồng/năm': the cost said before, at another stage
        base = re.match(r"Chi phí(?:\s+tuân thủ)?", earlier[-1].name).group(0)
        return MetricHit(m.start(1), m.end(), _clean(f"{base} {said}"), value, unit)
    bullet = _bullet_start(folded, m.start(), sentence)
    label = re.match(r"\s*[-–+•]\s*([^:()]{3,80}?)\s*[:(]", folded[bullet:m.start()])
    if label:
        # '- Qua ứng dụng VNeID: 268 giao dịch, số tiền 41.905.000 đồng': the bullet's label
        what = _clean(text[bullet + label.start(1):bullet + label.end(1)])
    else:
        # '… nộp phí, lệ phí bằng tiền mặt tại quầy là 339 hồ sơ, tương ứng 58.420.000 đồng': what was done with them
        verbs = list(MONEY_VERB.finditer(_lower_words(text[sentence:start])))
        what = _clean(re.split(r"\s+(?:là|tại|đạt|với)\s|\s\d", _lower_words(text[sentence:start])[verbs[-1].start():])[0]) \
            if verbs else ""
    if not what and figures:
        # '… có 219 giao dịch trực tuyến với số tiền 46.815.000 đồng': the money of the things counted before it
        what = re.sub(r"^\d[\d.,]*\s*", "", unpadded(start + figures[-1].start(), m.start()))
    if not what or re.search(r"\d", what):
        return None
    what = re.sub(r"^(?:được|đã|đã được)\s+", "", what)
    return MetricHit(m.start(1), m.end(), _clean(f"Số tiền {_lower_first(what)}"), value, unit)


def _bullet_start(folded: str, pos: int, floor: int) -> int:
    """Where the line `pos` is on starts, or the bullet it goes on from (the lines a bullet runs over), not
    before `floor`."""
    start = max(folded.rfind("\n", 0, pos), floor - 1) + 1
    while start > floor and not re.match(r"\s*[-–+•]", folded[start:]) \
            and not folded[:start - 1].rstrip().endswith((";", ".", ":")):
        start = folded.rfind("\n", 0, start - 1) + 1
    return max(start, floor)


def _lower_words(text: str) -> str:
    """The text in lower case with its spaces and line breaks each one space (a length that may differ)."""
    return re.sub(r"\s+", " ", text.lower())


# the residential groups of a commune or ward, a bullet's label or a table's column names ('Thôn', 'Tổ dân phố')
VILLAGE = r"(?:thon|to\s*dan\s*pho|khu\s*pho|xom)(?!\w)"
# a bullet's label naming who the figures after its colon are about ('- Thôn Đông Tạ: chậm 06 phiếu …')
OWNER_LABEL = re.compile(r"\s*(?:[-–+•]\s*)?(?:" + VILLAGE + r"\s*(?:[^\d,;:()]{2,30}|(?:so\s*)?\d{1,2}\s*)"
                         r"|(?:dong\s*chi|d/c)\s+[^\W\d][^\d,;:()]{3,40})")     # ('a) Đồng chí Nguyễn Thị Minh Thư: …': hers)


def _cells_at(text: str) -> list[tuple[int, str]]:
    """A table row's tab-separated cells, each with its offset in the row."""
    cells, pos = [], 0
    for cell in text.split("\t"):
        cells.append((pos, cell))
        pos += len(cell) + 1
    return cells


def _cell_number(cell: str) -> Optional[float]:
    """The number a cell holds alone ('1.046', '95,29', '98,6%'), else None."""
    return parse_number(cell.strip().rstrip("%").strip()) if re.fullmatch(r"\s*[\d.,]+\s*%?\s*", cell) else None


COUNT_OF = re.compile(r"\s*(\d[\d.]*)\s*/\s*(\d[\d.]*)\s*")                       # '298/301'
COUNT_AND_RATE = re.compile(r"\s*(\d[\d.,]*)\s*\(\s*(\d[\d.,]*)\s*%\s*\)\s*")      # '31 (36,05%)'


PERSON_HEAD = r"ho\s*(?:va|,)?\s*ten(?:\s*(?:can\s*bo|cong\s*chuc|thi\s*sinh))?"    # 'Họ và tên' heading a column
UNIT_COLUMN = re.compile(r"\s*(?:ten\s*)?(?:(?:co\s*quan\s*,?\s*)?(?:phong\s*,\s*)?don\s*vi(?:\s*(?:thuc\s*hien|thu\s*ly|giai\s*quyet|chu\s*tri|duoc\s*moi))?(?:\s*[,/]\s*linh\s*vuc)?|"
                         r"(?:thon|xom|to\s*dan\s*pho|khu\s*pho)(?:\s*[,/]\s*(?:thon|xom|to\s*dan\s*pho|khu\s*pho))?|"
                         r"(?:xa|phuong|dac\s*khu)(?:\s*[,/]\s*(?:xa|phuong|dac\s*khu))*|khoi|"    # 'Xã | Ninh Giang': a commune's row
                         #                                                              ('Khối | Phường': a bloc's)
                         r"bo\s*phan|phong\s*,?\s*ban|(?:noi|diem|dia\s*diem)\s*tiep\s*nhan|co\s*quan(?:\s*nganh\s*doc)?|"   # 'Nơi tiếp nhận': a reception point
                         #                                                  ('Cơ quan | Tiếp nhận | …': a vertical agency's row)
                         r"quay(?:\s*(?:so|tiep\s*nhan))?|"                          # 'Quầy': a one-stop counter's row
                         + PERSON_HEAD + r"|"                                        # 'Họ và tên': an officer's counts
                         r"tap\s*the\s*(?:,|va|/)?\s*ca\s*nhan)\s*")                # 'Tập thể, cá nhân' commended
LOCAL_UNIT = re.compile(r"(?:Thôn|Xóm|Tổ dân phố|Khu phố|Tổ)(?=\s)")    # 'của thôn Hạ Vĩnh', as running text writes it
TOTAL_ROW = re.compile(r"\s*(?:tong\s*cong|tong\s*so|tong|cong|chung|(?:(?:tong\s*)?cong\s*)?toan\s*(?:xa|phuong|dac\s*khu|trung\s*tam))\s*"
                       r"(?:\(\s*(?:i{1,3}|iv|v)(?:\s*\+\s*(?:i{1,3}|iv|v))+\s*\))?\s*:?\s*")   # ('Tổng cộng (I + II)')   # ('Chung': all the fields together)
# 'Họ và tên' heading the rows: each row a person's figures
PERSON_COLUMN = re.compile(r"\s*" + PERSON_HEAD + r"\s*")
# a person's points ('Điểm thi (thang điểm 100)', 'Lý thuyết (/40)', 'Tiêu chí (1) /15', 'Tổng (/100)') and rank
PERSON_POINTS = re.compile(r"(?!.*diem\s*tiep\s*nhan).*(?<!\w)diem(?!\w).*|.*(?:\(\s*/\s*\d{1,3}\s*\)|(?<!\w)/\s*\d{1,3})\s*")
PERSON_RANK = re.compile(r"\s*(?:xep|thu)\s*(?:hang|thu)(?:\s*(?:chung|chung\s*cuoc))?\s*(?:\(\s*\*+\s*\))?\s*")
PERSON_CELL = re.compile(r"(?:Bà|Ông|Đồng chí|đồng chí|Đ/c|đ/c)\s+([^\W\d][^,(;\d]{3,40})")
POINTS_COLUMN = re.compile(r"\s*(?:tong\s*)?diem\s*(?:danh\s*gia|thi\s*dua|cham|xep\s*loai)(?:\s*thi\s*dua)?\s*(?:\(\s*\*+\s*\))?\s*")
# 'Hình thức khảo sát', 'Kênh tiếp nhận': the rows are the ways things were done ('Phiếu giấy tại quầy')
WAY_COLUMN = re.compile(r"\s*(?:hinh\s*thuc|kenh|phuong\s*thuc)(?:\s+[^\W\d]+){1,3}\s*")
CAUSE_COLUMN = re.compile(r"\s*nguyen\s*nhan\s*")
SOURCE_COLUMN = re.compile(r"\s*nguon(?:\s*so\s*lieu)?\s*")     # 'Nguồn số liệu | Tiếp nhận | …': a row a source
FIELD_COLUMN = re.compile(r"\s*(?:ten\s*)?linh\s*vuc(?:\s*(?:thu\s*tuc|tthc))?\s*")
BANK_COLUMN = re.compile(r"\s*(?:ten\s*)?ngan\s*hang(?:\s*(?:cua\s*)?(?:nguoi\s*nop|thanh\s*toan|phuc\s*vu))?\s*")   # 'Ngân hàng của người nộp'
YEAR_COLUMN = re.compile(r"\s*nam\s*")      # 'Năm | Hồ sơ lưu trữ | Đã số hóa': a row a year ('2020 | 3.412 | 2.957')
# 'Thủ tục hành chính', 'Tên thủ tục', 'Dịch vụ công': a row a procedure ('Đăng ký thường trú | 486 | 471 | 96,91')
PROCEDURE_COLUMN = re.compile(r"\s*(?:ten\s*|loai\s*)?(?:linh\s*vuc\s*/\s*)?(?:thu\s*tuc(?:\s*hanh\s*chinh)?|tthc|dich\s*vu(?:\s*cong)?)\s*"
                              r"|\s*loai\s*viec(?:\s*ho\s*tich)?\s*")     # ('Lĩnh vực / Thủ tục hành chính': fields and their procedures)
OUTCOME_BY = re.compile(r"\s*(?:tre|qua)\s*han\s*theo\s+(?:he\s*thong|phan\s*mem|du\s*lieu)[^\d]{0,20}")
OUTCOME = re.compile(r"\s*(?:so\s*)?(?:ho\s*so\s*)?(?:(?:da\s*)?giai\s*quyet\s*)?(?:dung\s*han|qua\s*han|tre\s*han|truoc\s*han|"
                     r"phai\s*(?:xu\s*ly|giai\s*quyet|tra\s*loi)|"                  # 'Phải xử lý' (all there were to handle)
                     r"som\s*han|dang\s*giai\s*quyet|da\s*giai\s*quyet|giai\s*quyet(?=\s*$)|tiep\s*nhan(?:\s*moi)?|truc\s*tuyen|truc\s*tiep|"
                     r"(?:ky\s*truoc\s*)?chuyen\s*sang|ton\s*(?:ky\s*truoc|dau\s*ky)|con\s*ton(?:\s*qua\s*han)?|"
                     r"(?:da|chua|dang)\s*(?:tra\s*loi|xu\s*ly)(?:\s*,\s*(?:tra\s*loi|xu\s*ly))?(?:\s*xong)?(?:\s*(?:dung|qua)\s*han)?)"
                     r"(?:\s*tong\s*so)?\s*")    # ('Đã trả lời' over 'Tổng số | Đúng hạn | Quá hạn': all of them)   # 'Kỳ trước chuyển sang', 'Còn tồn quá hạn', 'Đã trả lời', 'Đã xử lý, trả lời'



# a count's share in parentheses right after it, then what it counts ('187 người (58,4%) cho biết chưa …'); a
# reporting verb ('cho biết', 'cho rằng', 'trả lời') says who answered, not what is counted
SHARE_ASIDE = re.compile(r"\s*\(\s*\d[\d.,]*\s*%\s*\)\s*(?:cho\s*(?:biet|rang)\s+|tra\s*loi\s+|dong\s*y\s+)?(?=[^\W\d])")
# the channel a file or a citizen's feedback came through, heading a column
CHANNEL = re.compile(r"\s*(?:qua\s*)?(?:cong\s*(?:dvc|dich\s*vu\s*cong)(?:\s*quoc\s*gia|\s*cua\s*thanh\s*pho)?|duong\s*day\s*nong|"
                     r"truc\s*tiep(?:\s*,?\s*(?:hom\s*thu|tai\s*[^\d]{2,30}))?|hom\s*thu(?:\s*gop\s*y)?|dien\s*thoai|"
                     r"buu\s*chinh(?:\s*cong\s*ich)?|zalo|email|thu\s*dien\s*tu)\s*")
# a row's name cell that is a part of the row above ('- Đất đai' under 'Trong đó:', '- Trực tuyến')
SUB_ROW = re.compile(r"\s*[-–+•]\s*\S")
HEADER_NOTE = re.compile(r"\s*(?:\(\s*(?:[Tt]ỷ\s*lệ\s*%?|%)\s*\)|\b[Ss]ố\s+lượng(?=\s*(?:\(|$)))\s*")   # '(tỷ lệ %)', 'Số lượng'


def _leading_unit(folded: str) -> Optional[re.Match]:
    """The measure a folded header cell opens with ('ho so co phi, le phi'), if any."""
    return _unit_regex().match(folded, len(folded) - len(folded.lstrip()))


TIME_COLUMN = re.compile(r"((?:[Tt]hời gian|[Tt]hời hạn)\b[^()]{2,80}?)\s*\(\s*(phút|ngày(?: làm việc)?)\s*\)\s*")


# 'Nhóm chỉ tiêu bị trừ điểm (số điểm bị trừ)': the groups a row lost points in, each with its points
DEDUCTED_COLUMN = re.compile(r"\s*(?:cac\s*)?(?:nhom\s*)?chi\s*tieu\s*bi\s*tru\s*diem(?:\s*\(\s*so\s*diem\s*bi\s*tru\s*\))?\s*")
DEDUCTED_CELL = re.compile(r"([^\W\d][^\W\d]{1,7})\s*\(\s*(\d{1,2}(?:,\d{1,2})?)\s*\)")
AS_OF_TAIL = re.compile(r"\s+(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$", re.I)
HEAD_COUNT = re.compile(r"\s*(?:tong\s*)?so\s(?!\s*hoa(?!\w))")      # a header cell 'Số …', 'Tổng số …' (not 'Số hóa …')
STATE_HEAD = re.compile(r"\s*(?:da|chua)\s+(?:so\s*hoa|ky\s*so|dong\s*bo|cap\s*nhat)(?!\w)")


# a column of late files by how late: 'Dưới 05 ngày', 'Từ 05 đến 10 ngày', 'Trên 10 ngày' (under 'Chia theo số ngày quá hạn')
DAYS_LATE_BUCKET = re.compile(r"\s*(?:(?:chia\s*)?theo\s*)?(?:so\s*ngay\s*(?:qua|tre|cham)\s*han\s*)?"
                              r"((?:duoi|tu|tren)\s*\d{1,2}\s*(?:(?:den|-)\s*\d{1,2}\s*)?ngay(?:\s*lam\s*viec)?)\s*")
LONGEST_LATE = re.compile(r"\s*(?:(?:so\s*ngay\s*)?(?:ho\s*so\s*)?(?:qua|tre)\s*han\s*lau\s*nhat)\s*\(\s*ngay(?:\s*lam\s*viec)?\s*\)\s*")


# a footnote's mark anywhere in a header row ('Tiếp nhận' / '(*)', 'Phiếu hài lòng (*)', 'Điểm đánh giá*'); cf. scores.FOOTNOTE_MARK
# for one cell's end
ROW_FOOTNOTE_MARKS = re.compile(r" *\( *\*{1,3} *\)|(?<=\w)\*{1,3}")


def unit_table_columns(rows: list[str], counted_before: Optional[str] = None,
                       declared: Optional[str] = None, by_cause: Optional[str] = None) -> Optional[list[Optional[tuple[str, str]]]]:
    """A table of counts by unit ('TT | Đơn vị | Số hồ sơ tiếp nhận | Đúng hạn | Quá hạn | Tỷ lệ đúng hạn (%)'):
    per column ('unit', '') for the unit's name, (metric name, measure) for a count or a rate, None
    otherwise; None when the header is not one of these. Columns of the channels things came through
    ('Lĩnh vực | Cổng DVC quốc gia | Đường dây nóng | Trực tiếp, hòm thư | Cộng') count what the text counted
    just before the table (`counted_before`: 'PAKN'). Outcome columns that name no measure ('Tiếp nhận | Đã xử lý
    xong') count what the table says it counts (`declared`: 'Đơn vị tính: PAKN', 'Bảng 1. Số PAKN …'), else files."""
    rows = [ROW_FOOTNOTE_MARKS.sub("", r) for r in rows]   # 'Tiếp nhận' / '(*)': the footnote's mark names nothing
    rows = naming_rows(rows)
    cells = spanned_cells(rows, max(len(r.split("\t")) for r in rows)) if rows else []
    caused = _cause_columns(cells, by_cause, declared or "hồ sơ") if by_cause else None
    if caused:
        return caused
    channels = [c for c in cells if CHANNEL.fullmatch(fold(c))]
    told_before = False
    persons = any(PERSON_COLUMN.fullmatch(fold(c)) for c in cells)     # 'Họ và tên': a row a person
    measure = counted_before if len(channels) >= 2 and counted_before not in (None, "%") else None
    for cell in cells:
        found = _unit_regex().search(fold(cell))
        if found and HEAD_COUNT.match(fold(cell)):
            measure = _unit_of(cell[found.start():found.end()])           # 'Số hồ sơ tiếp nhận' (not 'Số hóa …')
            break
    for cell in cells if measure is None else ():
        f = fold(cell)
        found = _leading_unit(f)
        if found and not (UNIT_COLUMN.fullmatch(f) or FIELD_COLUMN.fullmatch(f) or PROCEDURE_COLUMN.fullmatch(f)
                          or DEDUCTED_COLUMN.fullmatch(f)):
            measure = _unit_of(cell[found.start():found.end()])           # 'Hồ sơ có phí, lệ phí' ('Thủ tục hành chính' names rows)
            break
    fields = any(FIELD_COLUMN.fullmatch(fold(c)) or PROCEDURE_COLUMN.fullmatch(fold(c)) for c in cells) or \
        any(SOURCE_COLUMN.fullmatch(fold(c)) for c in cells[:2]) or \
        (measure is not None and any(CAUSE_COLUMN.fullmatch(fold(c)) for c in cells[:2])) or \
        (measure is not None and any(YEAR_COLUMN.fullmatch(fold(c)) for c in cells[:2]))
    if measure is None and (fields or sum(1 for c in cells if OUTCOME.fullmatch(fold(c))) >= 2):
        # 'STT | Lĩnh vực | Tiếp nhận | Quá hạn': files by field of procedure; 'TT | Đơn vị | Đã giải quyết |
        # Quá hạn': files by unit, the outcomes of a file named alone
        first = next((c for c in cells[1:] if c.strip() and not (FIELD_COLUMN.fullmatch(fold(c)) or UNIT_COLUMN.fullmatch(fold(c)))), "")
        states = STATE_HEAD.match(fold(first))       # the first column after the rows' names a state ('Chưa số hóa')
        # ('Lĩnh vực | Chưa số hóa | Đã số hóa nhưng chưa ký số | Cộng' after '… còn 63 kết quả …': what the text just
        # counted, in those states)
        measure = declared or (counted_before if states and counted_before not in (None, "%", "điểm") else "hồ sơ")
        told_before = measure == counted_before and not declared     # (what the text counted just before the table)
    if measure is None and declared and declared not in ("%", "điểm") and any(UNIT_COLUMN.fullmatch(fold(c)) for c in cells[:3]):
        measure = declared      # 'Thôn | Cấp GCN lần đầu | Biến động, tách, hợp thửa | Cộng' under 'Đơn vị tính: hồ sơ'
    if measure is None and persons and any(PERSON_POINTS.fullmatch(fold(c)) or PERSON_RANK.fullmatch(fold(c)) for c in cells):
        measure = "hồ sơ"       # 'Họ và tên | … | Điểm thi | Xếp giải': a person's points; any count beside them, files
    if measure is None or not (fields or any(UNIT_COLUMN.fullmatch(fold(c)) or WAY_COLUMN.fullmatch(fold(c)) for c in cells)
                               or any(BANK_COLUMN.fullmatch(fold(c)) for c in cells[:2])):
        return None
    columns: list[Optional[tuple[str, str]]] = []
    aimed = aimed_columns(rows, len(cells))
    parts_of: Optional[str] = None
    for at_cell, cell in enumerate(cells):
        if not re.match(r"\s*trong\s*do", fold(cell)):
            parts_of = None
        if at_cell in aimed or (at_cell > 1 and AIMS_HEAD.match(fold(cell))):
            columns.append(None)        # under 'Chỉ tiêu đến ngày 31/12/2026', 'Chỉ tiêu 6 tháng (lượt)': aims, not results
            continue
        # ('Kết quả tháng 11/2026' over 'Tỷ lệ hồ sơ trực tuyến (%)': the rate, in that month)
        cell = re.sub(r"^\s*Kết quả\s+(?:tháng|quý|năm)\s+[\dIVX]{1,4}(?:/\d{4})?\s+(?=\S)", "", cell)
        # ('Đã khắc phục đến 08/01/2027', 'Còn tồn đến 08/01/2027': counted as of that day)
        dated = AS_OF_TAIL.search(cell) if at_cell > 1 else None
        if dated:
            cell = cell[:dated.start()]
        noted = re.search(r"\(\s*(?:ty\s*le|%)", fold(cell))          # '(tỷ lệ %)': a count with its rate
        name = _clean(HEADER_NOTE.sub(" ", cell))
        said = re.search(r"\s*\(\s*([^\W\d][^()\d]{0,14}?)\s*\)\s*$", name)
        counted_in = lookup("measures", said.group(1)) if said else None
        if counted_in:
            name = name[:said.start()]      # 'Hộ kinh doanh (hộ)': the unit the column counts in, not its name
        f = fold(name) if noted and not RATE_WORD.match(fold(cell)) else fold(cell)
        part = re.match(r"\s*trong\s*do\s*:?\s*", f)
        level = LEVEL_CELL.search(f) if not RATE_WORD.match(f) else None
        if level and (re.search(r"danh\s*gia|luot", f[:level.start()]) or (
                columns and columns[-1] and columns[-1][0].startswith("Số lượt đánh giá "))):
            # 'Đánh giá của người dân (lượt)' over 'Rất hài lòng | Hài lòng | Không hài lòng': the ratings each row got
            own = LEVEL_CELL.search(fold(cell))
            said = " ".join(cell[own.start():own.end()].split()).lower() if own else " ".join(name.split()[-2:]).lower()
            columns.append((f"Số lượt đánh giá {said}", "lượt"))
            continue
        if part and columns and columns[-1] and columns[-1][0] not in ("unit", "field"):
            # 'Trong đó trực tuyến' beside 'Tiếp nhận': the part of the column before ('Trong đó' over two: of the same)
            whole = re.sub(r"^Tổng\s+số\s", "Số ", parts_of or columns[-1][0])     # a part of the total is not a total
            parts_of = parts_of or columns[-1][0]
            columns.append((f"{whole} {_lower_first(name[part.end():].strip())}", columns[-1][1]))
            continue
        elif DAYS_LATE_BUCKET.fullmatch(f) and columns and any(c and c[0] in ("unit", "field", "way") for c in columns):
            # 'Chia theo số ngày quá hạn' over 'Dưới 05 ngày | Từ 05 đến 10 ngày | Trên 10 ngày': late files by how late
            bucket = DAYS_LATE_BUCKET.fullmatch(f)
            said = re.sub(r"\s+", " ", cell[len(cell) - len(cell.lstrip()) + bucket.start(1):].strip()).lower()
            counted = _counted_last(columns, measure)
            columns.append((f"Số {counted} quá hạn {said}", counted))
        elif LONGEST_LATE.fullmatch(f) and columns and any(c and c[0] in ("unit", "field", "way") for c in columns):
            # 'Hồ sơ quá hạn lâu nhất (ngày)': how many working days the latest one is late
            columns.append(("Số ngày quá hạn của hồ sơ quá hạn lâu nhất", "ngày làm việc"))
        elif PROCEDURE_COLUMN.fullmatch(f) and not any(c and c[0] in ("unit", "field", "way") for c in columns):
            columns.append(("field", "procedure"))
        elif CAUSE_COLUMN.fullmatch(f) and at_cell <= 1 and not any(c and c[0] in ("unit", "field", "way") for c in columns):
            columns.append(("field", "cause"))        # 'Nguyên nhân | Số hồ sơ | Đã khắc phục | Còn tồn': a row a cause
        elif SOURCE_COLUMN.fullmatch(f) and at_cell <= 1 and not any(c and c[0] in ("unit", "field", "way") for c in columns):
            columns.append(("field", "source"))       # '(1) Cổng Dịch vụ công quốc gia | 1.128 | …': as that source counts
        elif YEAR_COLUMN.fullmatch(f) and at_cell <= 1 and not any(c and c[0] in ("unit", "field", "way") for c in columns):
            columns.append(("field", "year"))
        elif BANK_COLUMN.fullmatch(f) and at_cell <= 1 and not any(c and c[0] in ("unit", "field", "way") for c in columns):
            columns.append(("unit", "bank"))        # 'Ngân hàng của người nộp | Giao dịch khởi tạo | …': a row a bank
        elif UNIT_COLUMN.fullmatch(f) or FIELD_COLUMN.fullmatch(f):
            village = re.fullmatch(r"\s*(?:" + VILLAGE + r"|xa|phuong|dac\s*khu|khoi)\s*", f)      # 'Thôn | An Cư': 'thôn An Cư''
            columns.append(("field" if FIELD_COLUMN.fullmatch(f) else "unit",
                            name.strip().lower() if village else ""))
        elif WAY_COLUMN.fullmatch(f) and not any(c and c[0] in ("unit", "field", "way") for c in columns):
            columns.append(("way", ""))
        elif re.fullmatch(r"\s*(?:nam|thang|quy)\s*[\divx/]{1,7}\s*", f) and columns and columns[-1] \
                and columns[-1][1] == "%" and re.search(r"\s(?:Năm|năm|Tháng|tháng|Quý|quý)\s+[\dIVX/]+$", columns[-1][0]):
            # 'Tỷ lệ trực tuyến (%)' over 'Năm 2026 | Năm 2025': the same rate in the other period
            base = re.sub(r"\s+(?:Năm|năm|Tháng|tháng|Quý|quý)\s+[\dIVX/]+$", "", columns[-1][0])
            columns.append((f"{base} {_lower_first(name)}", "%"))
        elif persons and PERSON_RANK.fullmatch(f):
            # 'Xếp hạng' after 'Điểm chung khảo' in a table by person: the rank those points give
            points = next((c[0] for c in reversed(columns) if c and c[1] == "điểm"), None)
            columns.append((f"Thứ hạng theo {_lower_first(points)}" if points else "Thứ hạng", "hạng"))
        elif persons and PERSON_POINTS.fullmatch(f) and not RATE_WORD.match(f) and "%" not in cell:
            columns.append((_person_points(cell), "điểm"))
        elif DEDUCTED_COLUMN.fullmatch(f) and any(c and c[0] in ("unit", "field") for c in columns):
            columns.append(("deducted", "điểm"))     # 'TĐGQ (0,71); DVCTT (0,84)': the points each group lost there
        elif TIME_COLUMN.fullmatch(cell.strip()):
            # 'Thời gian giải quyết bình quân thực tế (ngày làm việc)': a time in days or minutes
            timed = TIME_COLUMN.fullmatch(cell.strip())
            columns.append((_clean(timed.group(1)), timed.group(2).lower()))
        elif RATE_WORD.match(f):
            counted = next((c for c in reversed(columns) if c and c[0] not in ("unit", "field", "way") and c[1] not in ("", "%")), None)
            rated = re.fullmatch(r"\s*ty\s*le\s*([^\W\d][^\d]{0,30}?)\s*", fold(name))
            if re.fullmatch(r"\s*ty\s*le\s*", fold(name)) and counted:
                # 'Tài khoản VNeID kích hoạt | Tỷ lệ (%)': the rate of what the column before counts
                name = "Tỷ lệ " + _lower_first(re.sub(r"^(?:Tổng\s+)?[Ss]ố\s+", "", counted[0]))
            elif rated and (same := next((c for c in reversed(columns) if c and c[0] not in ("unit", "field", "way")
                                          and c[1] not in ("", "%") and fold(c[0]).endswith(" " + rated.group(1))
                                          and not fold(c[0]).endswith((" khong " + rated.group(1), " rat " + rated.group(1)))),
                                         None)):    # ('Tỷ lệ hài lòng (%)' after 'Không hài lòng': not that count's rate)
                # 'Trong đó trực tuyến | Tỷ lệ trực tuyến (%)', 'Đã số hóa | Còn tồn | Tỷ lệ đã số hóa (%)': the rate of
                # the count a column before names
                name = "Tỷ lệ " + _lower_first(re.sub(r"^(?:Tổng\s+)?[Ss]ố\s+", "", same[0]))
                if len(same) > 2:
                    columns.append((name, "%", same[2]))    # (of a count as of a day: as of that day too)
                    continue
            columns.append((name, "%"))
        elif under_top(name):
            # 'Số hóa, ký số kết quả' over 'Số kết quả': the count of what the lower cell names, done as the upper says
            top, bottom, unit = under_top(name)
            columns.append((f"{bottom} {_lower_first(top)}", unit))
        elif HEAD_COUNT.match(f) and _unit_regex().search(f):
            # ('Số lượt người dân được hỗ trợ | Số tài khoản được tạo | Số hồ sơ nộp trực tuyến': each column its own)
            own = _unit_regex().search(f)
            columns.append((name, _unit_of(cell[own.start():own.end()]) if re.match(r"\s*(?:tong\s*)?so\s*$", f[:own.start()])
                            else measure))
        elif _leading_unit(f):
            # 'Hồ sơ có phí, lệ phí' -> 'Số hồ sơ có phí, lệ phí'
            found = _leading_unit(f)
            columns.append((f"Số {_lower_first(name)}", _unit_of(cell[found.start():found.end()])))
        elif OUTCOME.fullmatch(f) or OUTCOME_BY.fullmatch(f):       # ('Trễ hạn theo Hệ thống': as the system counted)
            counted = _counted_last(columns, measure)
            columns.append((f"Số {counted} {_lower_first(name)}", counted))       # 'Quá hạn' -> 'Số hồ sơ quá hạn'
        elif POINTS_COLUMN.fullmatch(f) and columns and any(c and c[0] == "unit" for c in columns):
            columns.append((_clean(name), "điểm"))   # 'Điểm đánh giá' (its '(*)' taken off above) of each unit'
        elif len(channels) >= 2 and CHANNEL.fullmatch(f):
            said = name if fold(name).startswith("cong") else _lower_first(name)      # 'Cổng DVC quốc gia' keeps its capital
            columns.append((_canonical(f"Số {measure} tiếp nhận qua {said}"), measure))   # 'Đường dây nóng'
        elif len(channels) >= 2 and TOTAL_ROW.fullmatch(f):
            columns.append((_canonical(f"Số {measure}"), measure))      # 'Cộng': all of them
        elif noted and re.fullmatch(r"[^\W\d][^\d]*", f):
            # 'Thanh toán trực tuyến (tỷ lệ)': cells '31 (36,05%)', a count and its rate
            columns.append((f"Số {measure} {_lower_first(name)}", measure))
        elif measure and re.match(r"\s*(?:da|chua|duoc|khong|con|dang|bi|thieu|nop|tra\s*ket\s*qua|tra\s*loi|giao|chuyen|xu\s*ly|so\s*hoa|tai\s*su\s*dung|"
                                  r"giu|de\s*xuat|bai\s*bo|don\s*gian\s*hoa|sua\s*doi|thay\s*the|yeu\s*cau|tra\s*lai)[\s,]", f) \
                and re.fullmatch(r"[^\W\d][^\d]*", f) \
                and not counted_in and measure != "đơn vị" \
                and (any(c and c[1] == measure and c[0] not in ("unit", "field", "way") for c in columns)
                     or (STATE_HEAD.match(f) and measure == counted_before)):
            # 'Số TTHC phải công khai | Đã niêm yết | … | Chưa có mã QR' ('Tổng số ý kiến | Trả lời trực tiếp tại Hội nghị |
            # Giao trả lời bằng văn bản'; 'Số TTHC nội bộ | Giữ nguyên | Đề xuất bãi bỏ'): the same things counted in
            # that state, or so handled ('Đơn vị
            # thụ lý' heads the offices' names, so 'đơn vị' is never the measure here)
            counted = _counted_last(columns, measure)
            before = columns[-1] if columns and columns[-1] and columns[-1][1] == counted else None
            qualified = before[0] if before and re.match(rf"Số {re.escape(counted)} có\s", before[0]) else None
            # ('Hồ sơ có phí, lệ phí | Thanh toán trực tuyến': those files, so paid, 'Số hồ sơ có phí, lệ phí thanh toán …')
            columns.append((f"{qualified or f'Số {counted}'} {_lower_first(name.strip())}", counted))
        elif counted_in and re.fullmatch(r"[^\W\d][^\d]*", fold(name)):
            # 'Đã số hóa' over '(hồ sơ)': the count of what the unit under it names, in that state
            columns.append((f"Số {counted_in.name} {_lower_first(name.strip())}", counted_in.name))
        elif re.fullmatch(r"\s*tong\s*so\s*", f) and measure not in (None, "%", "điểm", "đơn vị") \
                and any(c and c[0] in ("unit", "field", "way") for c in columns) \
                and not any(c and c[0] not in ("unit", "field", "way") for c in columns):
            # 'Lĩnh vực | Tổng số | Đã số hóa | Chưa số hóa' under 'Đơn vị tính: hồ sơ': all of them, then in each state
            columns.append((f"Tổng số {measure}", measure))
        elif re.match(r"\s*so\s*tien\s+[^\W\d]", f) and re.search(r"\(\s*dong\s*\)\s*$", f) \
                and any(c and c[0] in ("unit", "field", "way") for c in columns):
            # 'Số tiền thanh toán trực tuyến (đồng)': money, in đồng
            columns.append((_clean(re.sub(r"\s*\(\s*đồng\s*\)\s*$", "", cell.strip())), "đồng"))
        elif TOTAL_ROW.fullmatch(f) and len(columns) >= 2 and not told_before \
                and all(c and c[0].startswith(f"Số {measure} ") and c[1] == measure for c in columns[-2:]):
            # 'Bị treo | Chưa đồng bộ | Cộng': both ('Số hồ sơ bị treo, chưa đồng bộ'; but after '… còn 63 kết quả quá
            # hạn số hóa, ký số' the sum is what the text named, a name the table does not give)
            states = [c[0][len(f"Số {measure} "):] for c in columns[-2:]]
            columns.append((f"Số {measure} {', '.join(states)}", measure))
        elif declared and measure == declared and declared not in ("%", "điểm") and re.fullmatch(r"[^\W\d][^\d]{5,}", f) \
                and not RATE_WORD.match(f) and not re.match(r"\s*(?:nguyen\s*nhan|ghi\s*chu|ly\s*do|noi\s*dung)", f) \
                and any(c and c[0] == "unit" for c in columns):
            # 'Thôn | Cấp GCN lần đầu | Biến động, tách, hợp thửa' under 'Đơn vị tính: hồ sơ': each column a kind of it
            columns.append((f"Số {measure} {_lower_first(name.strip())}", measure))
        else:
            columns.append(None)
        if dated and columns[-1] and columns[-1][0] not in ("unit", "field", "way"):
            columns[-1] = (*columns[-1][:2], iso_date(int(dated.group(1)), int(dated.group(2)), int(dated.group(3))))
    counters = [i for i, c in enumerate(cells) if columns[i] and columns[i][0] == "unit" and re.match(r"\s*quay", fold(c))]
    if counters and any(c and c[0] == "unit" for i, c in enumerate(columns) if i not in counters):
        for i in counters:
            columns[i] = None       # 'Quầy | Họ và tên | …': the officer's counts, the counter only where they sit
    # ('Đã giải quyết' over 'Tổng số | Đúng hạn | Quá hạn': the first column is all of them, 'Số hồ sơ đã giải quyết')
    columns = [(re.sub(r"\s+(?:[Tt]ổng số|[Tt]ổng cộng|[Cc]ộng)$", "", c[0]), *c[1:]) if c and c[0] not in ("unit", "field") else c
               for c in columns]
    return columns if sum(1 for c in columns if c and c[0] != "unit") >= 2 else None


def _cause_columns(cells: list[str], counted: str, measure: str) -> Optional[list]:
    """A table by unit with a column per cause, under a caption that says so ('Bảng 1. Hồ sơ trễ hạn quý IV/2026 theo
    đơn vị và nguyên nhân' over 'TT | Đơn vị thụ lý | Chờ tàu chuyển hồ sơ giấy | Mất kết nối đường truyền | … | Cộng'):
    each cause's column counts what the caption counts ('Số hồ sơ trễ hạn') for that cause ('do mất kết nối đường
    truyền'), 'Cộng' all of them."""
    columns: list = []
    for cell in cells:
        f = fold(cell)
        if not any(columns) and (UNIT_COLUMN.fullmatch(f) or FIELD_COLUMN.fullmatch(f)):
            columns.append(("field" if FIELD_COLUMN.fullmatch(f) else "unit", ""))
        elif not any(columns) and re.fullmatch(r"\s*(?:s?tt|so\s*tt)?\s*", f):
            columns.append(None)                 # 'TT'
        elif not any(columns):
            return None                          # ('Nguyên nhân | Số hồ sơ | …': a row a cause)
        elif TOTAL_ROW.fullmatch(f):
            columns.append((counted, measure))
        elif re.fullmatch(r"[^\W\d][^\d]*", f) and not RATE_WORD.match(f):
            columns.append((counted, measure, None, "do " + _lower_first(_clean(HEADER_NOTE.sub(" ", cell)))))
        else:
            columns.append(None)
    return columns if any(columns) and sum(1 for c in columns if c and len(c) > 3) >= 2 else None


LEVEL_CELL = re.compile(r"(?<!\w)(?:rat\s*hai\s*long|khong\s*hai\s*long|hai\s*long|binh\s*thuong)\s*$")


def _person_points(cell: str) -> str:
    """A column of a person's points named without its maximum: 'Lý thuyết (/40)' -> 'Điểm lý thuyết', 'Điểm thi
    (thang điểm 100)' -> 'Điểm thi', 'Tổng (/100)' -> 'Tổng điểm'."""
    name = re.sub(r"\(\s*(?:/\s*\d{1,3}|(?:thang\s+điểm|tối\s+đa)\s*:?\s*\d{1,3}(?:\s*điểm)?)\s*\)|(?<!\w)/\s*\d{1,3}(?!\d)",
                  " ", cell, flags=re.I)
    name = _clean(name)
    if re.fullmatch(r"(?i)tổng(?:\s+cộng)?", name):
        return "Tổng điểm"
    return name if re.search(r"(?i)(?<!\w)điểm(?!\w)", name) else f"Điểm {_lower_first(name)}"


def _counted_last(columns: list[Optional[tuple[str, str]]], measure: str) -> str:
    """What the nearest count column before counts, which an outcome column after it counts too ('Số buổi | Hồ sơ
    tiếp nhận | Trả kết quả tại thôn': files returned, not sessions); the table's measure when none does."""
    return next((c[1] for c in reversed(columns) if c and c[0] not in ("unit", "field", "way")
                 and lookup("measures", c[1])), measure)


def under_top(name: str) -> Optional[tuple[str, str, str]]:
    """A header cell joined from two rows whose lower one is 'Số <measure>' ('Số hóa thành phần hồ sơ Số hồ sơ'):
    (upper, lower, measure); None for any other."""
    two = re.fullmatch(r"([^\W\d][^\d]{2,80})\s+(Số\s+[^\d]{2,40})", name.strip())
    if not two:
        return None
    found = _unit_regex().search(fold(two.group(2)))
    if not found or found.start() > 3:
        return None
    return two.group(1).strip(), two.group(2).strip(), _unit_of(two.group(2)[found.start():found.end()])


def _whole_unit(cell: str) -> str:
    """A unit's name as its cell gives it; a name the row wraps before its end ('Phòng Kinh tế, Hạ tầng' /
    'và Đô thị') is the one unit of the dictionary it begins, and so is one with an aside after it."""
    if lookup("units", cell):
        return cell
    entry = begun("units", cell, shortest=8)
    if entry:
        return entry.name
    # ('Phòng KT, HT&ĐT (Trưởng phòng …' in an invitation: the unit, without who of it comes)
    bare = re.sub(r"\s*\([^()]*\)?\s*$", "", cell).strip()
    entry = (lookup("units", bare) or begun("units", bare, shortest=8)) if bare and bare != cell else None
    return entry.name if entry else cell


def _of_field(name: str) -> str:
    """A field of procedure as a count's name says it: 'lĩnh vực hộ tịch' ('Số hồ sơ tiếp nhận lĩnh vực hộ tịch'),
    'các lĩnh vực khác' as written."""
    return name.lower() if re.match(r"(?:các\s+)?lĩnh\s+vực", name.lower()) else f"lĩnh vực {name.lower()}"


def _without_examples(name: str) -> str:
    """'Đất đai (cấp Giấy chứng nhận, tranh chấp ranh giới, …)', 'Hộ tịch (trích lục khai sinh, kết hôn, khai tử)': a
    field of procedure without the examples its parentheses list; 'Lĩnh vực khác (môi trường, nước sạch nông thôn)'
    keeps them, they say which fields it is."""
    named = re.fullmatch(r"(.+?)\s*\([^()]+\)", name.strip())
    if named and _is_field(named.group(1)) and not re.search(r"(?<!\w)khac(?!\w)", fold(named.group(1))):
        return named.group(1)
    return name


def _is_field(name: str) -> bool:
    """'Đất đai', 'Bảo trợ xã hội, người có công', 'Đăng ký kinh doanh và lĩnh vực khác': fields of procedure."""
    pieces = [p for p in re.split(r",|(?<!\w)va(?!\w)", fold(name)) if p.strip()]
    return bool(pieces) and all(FIELD_OF_PROCEDURE.fullmatch(p) for p in pieces)


def _names_field(name: str) -> bool:
    """A row naming a field of procedure: one _is_field knows, or 'Lĩnh vực khác', 'Các lĩnh vực khác'."""
    return _is_field(name) or bool(re.match(r"\s*(?:cac\s*)?linh\s*vuc(?!\w)", fold(name)))


GROUP_NUMBER = re.compile(r"\s*(?:[IVX]{1,4}|[A-D])\s*\.?\s*")      # 'I', 'II', 'A.': a group's row


def unit_group(text: str, columns: list[Optional[tuple[str, str]]], above: Optional[str]) -> Optional[str]:
    """The unit whose fields the rows below count ('I | Phòng Kinh tế, Hạ tầng và Đô thị | 398 | 24' over '1 |
    Đất đai | 173 | 17'): a unit's row numbered as a group (Roman numerals) starts it, a field's row keeps it,
    any other row ends it."""
    cells = [c for _, c in _cells_at(text)]
    at = next((i for i, c in enumerate(columns) if c and c[0] == "unit" and i < len(cells)), None)
    if at is None or not cells[at].strip():
        return above if text.startswith("\t") else None       # a wrapped cell's line goes on under its row
    name = _clean(cells[at])
    if at > 0 and GROUP_NUMBER.fullmatch(cells[0]) and not _is_field(name):
        return _whole_unit(name)
    if above and _is_field(name) and not SUB_ROW.match(cells[at]):
        return above
    return None


GROUP_ROW = re.compile(r"\s*(I{1,3}|IV|VI{0,3}|IX|X)\.?\s*\t\s*([^\t\d]{3,120}?)\s*\t*\s*$")
SUBTOTAL_OF = re.compile(r"(?:lĩnh vực\s+)?cộng\s+(i{1,3}|iv|vi{0,3}|ix|x)(?!\w)", re.I)


def rate_of_count_above(hits: list[MetricHit], counted: list[str]) -> None:
    """A row's rate named short ('Tỷ lệ tái sử dụng') under a row counting what it rates ('Số hồ sơ có tái sử dụng
    dữ liệu, kết quả đã số hóa'): the rate named by that count ('Tỷ lệ hồ sơ có tái sử dụng dữ liệu, …'). `counted`
    holds the table's count names so far, the row's own added. Only in a table whose rows are measures (one name a
    row, across periods): a row of several columns ('11/2026 | 1.239 | 61 | … | 95,08') names each column itself."""
    if len({h.name for h in hits}) != 1:
        return
    for hit in hits:
        short = re.fullmatch(r"Tỷ lệ ([^\W\d][^\d]{2,30})", hit.name) if hit.unit == "%" else None
        if short and _unit_regex().match(fold(short.group(1))):
            continue                # ('Tỷ lệ hồ sơ nộp trực tuyến': it names what it rates already)
        above = next((c for c in reversed(counted) if short and len(c) > len(hit.name) + 8
                      and not re.search(r"(?<!\w)(?:cung\s*ky|nam\s*\d{4}|quy\s|thang\s)", fold(c))
                      and re.search(r"(?<!\w)" + re.escape(fold(short.group(1))) + r"(?!\w)", fold(c))), None)
        if above:
            hit.name = "Tỷ lệ " + re.sub(r"^(?:Tổng\s+số|Số)\s+", "", above)
    counted.extend(h.name for h in hits if h.unit != "%" and h.name.startswith(("Số ", "Tổng số ")))


def name_subtotals(text: str, hits: list[MetricHit], groups: dict) -> None:
    """A group's row ('I | Thuộc thẩm quyền giải quyết của UBND xã') names its subtotal row below ('Cộng I | 919 | …':
    'Số hồ sơ tiếp nhận thuộc thẩm quyền giải quyết của UBND xã'). `groups`: the table's groups so far, by numeral."""
    row = GROUP_ROW.fullmatch(text)
    if row:
        name = _clean(row.group(2))
        name = name.lower() if name.isupper() else _lower_first(name)       # 'HỘ TỊCH'
        groups[row.group(1)] = _of_field(name) if _is_field(name) else name
        return
    for hit in hits:
        sub = SUBTOTAL_OF.search(hit.name)
        if sub and sub.group(1).upper() in groups:
            hit.name = _clean(hit.name[:sub.start()] + groups[sub.group(1).upper()] + hit.name[sub.end():])


MONTH_CELL = re.compile(r"\s*(?:ky\s*)?(?:t|thang)\s*(\d{1,2})\s*/\s*(\d{4})\s*")     # 'T11/2026', 'Kỳ tháng 12/2026'
QUARTER_CELL = re.compile(r"\s*quy\s+(?:i{1,3}|iv|[1-4])\s*/\s*\d{4}\s*")


def unit_table_metrics(text: str, columns: list[Optional[tuple[str, str]]], group: Optional[str] = None,
                       named: Optional[str] = None) -> list[MetricHit]:
    """A row of a table of counts by unit: each count and rate, named '… của <unit>' (the total row:
    the column's name alone; a field's row under a group's unit: '… lĩnh vực đất đai của <unit>'). A quarter in a
    column of its own ('1 | Hộ tịch | Quý II/2026 | 126 | …') goes in the names ('… lĩnh vực hộ tịch quý II/2026'), and
    a sub-row that leaves the unit's cell empty (' | | Quý III/2026 | 138 | …') is `named`'s, the row above's."""
    quarter = next((c for i, (_, c) in enumerate(_cells_at(text)) if i < len(columns) and columns[i] is None
                    and QUARTER_CELL.fullmatch(fold(c))), None)
    # ('1 | Hộ tịch | T11/2026 | 386 | …' over ' | | T12/2026 | 441 | …': each row a month, the second the field's above)
    month = next((m for i, (_, c) in enumerate(_cells_at(text)) if i < len(columns) and columns[i] is None
                  for m in [MONTH_CELL.fullmatch(fold(c))] if m and 1 <= int(m.group(1)) <= 12), None)
    hits = _unit_table_row(text, columns, group, named if (quarter or month) and not unit_row_name(text, columns) else None)
    if quarter:
        for hit in hits:
            hit.name = f"{hit.name} {_lower_first(_clean(quarter))}"
    if month:
        for hit in hits:
            hit.period = hit.period or f"{month.group(2)}-{int(month.group(1)):02d}"
    return hits


def unit_row_name(text: str, columns: list[Optional[tuple[str, str]]]) -> Optional[str]:
    """The unit (field) a row of such a table names, if its cell is not empty."""
    cells = _cells_at(text)
    at = next((i for i, c in enumerate(columns) if c and c[0] in ("unit", "field")), None)
    return cells[at][1] if at is not None and at < len(cells) and re.search(r"[^\W\d]", cells[at][1]) else None


def _unit_table_row(text: str, columns: list[Optional[tuple[str, str]]], group: Optional[str] = None,
                    named: Optional[str] = None) -> list[MetricHit]:
    cells = _cells_at(text)
    # the unit's cell, or the field's where a row under its unit leaves the unit's empty ('1 | | Đất đai | 19')
    at = next((i for i, c in enumerate(columns) if c and c[0] in ("unit", "field", "way") and i < len(cells)
               and (named or re.search(r"[^\W\d]", cells[i][1])
                    or (c[1] == "year" and re.match(r"\s*(?:19|20)\d\d(?!\d)", cells[i][1])))),
              None)
    if at is None:
        return []
    unit_at, unit = cells[at][0], named or cells[at][1]
    unit = ROW_FOOTNOTE_MARKS.sub("", unit)         # 'Đỗ Minh Khuê (*)': the note's mark is not the name
    unit = re.sub(r"^\s*Trong\s+đó\s*:\s*(?=[-–+•])", "", unit)      # 'Trong đó: - Đất đai' on the part's own row
    if columns[at][0] == "way":
        return _way_row(cells, columns, at)
    # '- Đất đai | 158 | 71 (44,94%) | 13' under a unit's 'Trong đó:': the counts of a field of procedure
    field = columns[at][0] == "field" or bool(SUB_ROW.match(unit))
    person = PERSON_CELL.match(unit.strip())
    # 'Bà Vũ Thị Thanh Tâm, Phó Giám đốc' / 'Trung tâm …': the person, without the office the row goes on to
    unit = _clean(person.group(1)) if person else _whole_unit(_clean(unit))
    unit = LOCAL_UNIT.sub(lambda m: m.group(0).lower(), unit, count=1) if LOCAL_UNIT.match(unit) else unit
    total = bool(TOTAL_ROW.fullmatch(fold(unit)))
    kind = columns[at][1]
    if kind == "khối":
        # 'Khối | Phường | 45 | 169.584 | …': the bloc of wards ('khối phường'), its count of units no record
        unit = f"khối {unit.lower()}" if re.fullmatch(r"\s*(?:xa|phuong|dac\s*khu)\s*", fold(unit)) else unit
        columns = [None if c and c[1] == "đơn vị" else c for c in columns]
    elif kind and kind not in ("procedure", "year", "cause", "bank", "source") and not total and not fold(unit).startswith(fold(kind)):
        unit = f"{kind} {unit}"              # ('Thôn' over 'An Cư': 'thôn An Cư')
    if field and kind == "procedure":
        of = unit[:1].lower() + unit[1:]        # 'Số hồ sơ tiếp nhận đăng ký thường trú'
    elif field and kind == "year":
        of = f"năm {unit}"                      # 'Số hồ sơ lưu trữ năm 2020'
    elif field and kind == "source":
        # '(2) Phường thống kê (Hệ thống' (its note wrapped below): 'theo Phường thống kê'
        of = "theo " + re.sub(r"^\(\d{1,2}\)\s*|\s*\([^()]*\)?$", "", unit).strip()
    elif field and kind == "cause":
        of = f"do {unit[:1].lower()}{unit[1:]}"     # 'Số hồ sơ do gián đoạn kết nối …'
    elif field:
        of = _of_field(_without_examples(unit))
    elif kind == "bank":
        # 'Số giao dịch không thành công qua Vietcombank'; 'Các ngân hàng khác (09 ngân hàng)': 'qua các ngân hàng khác'
        bank = re.sub(r"\s*\([^()]*\)$", "", unit)
        of = "qua " + (_lower_first(bank) if bank.startswith("Các ") else bank)
    elif group and group != unit and _is_field(unit):
        of = f"lĩnh vực {unit.lower()} của {group}"           # '1 | Đất đai | 173' under 'I | Phòng Kinh tế …'
    else:
        of = f"của {unit}"
    out = []
    for (offset, cell), column in zip(cells, columns):
        if not column or column[0] in ("unit", "field"):
            continue
        name, measure = column[:2]
        asof = column[2] if len(column) > 2 else None   # ('Còn tồn đến 08/01/2027': that day's)
        cause = f" {column[3]}" if len(column) > 3 else ""     # ('… của Công an đặc khu do chờ cơ quan liên thông')
        if name == "deducted":
            out += _deducted_cell(unit_at, offset, cell, "" if total else f" {of}")
            continue
        cell = ROW_FOOTNOTE_MARKS.sub("", cell)         # '4(*)': a rank shared, noted under the table
        both = COUNT_AND_RATE.fullmatch(cell) if measure != "%" else None
        value = parse_number(both.group(1)) if both else _cell_number(cell)
        end = offset + len(cell.rstrip())
        share = COUNT_OF.fullmatch(cell) if measure != "%" and value is None else None
        if share:
            # '298/301' under 'Phiếu hài lòng': the count and the total it is out of ('Tổng số phiếu của …')
            total_name = f"Tổng số {measure}"
            out.append(MetricHit(unit_at, end, name if total else f"{name} {of}", parse_number(share.group(1)), measure))
            out.append(MetricHit(unit_at, end, total_name if total else f"{total_name} {of}", parse_number(share.group(2)),
                                 measure))
            continue
        if value is None:
            continue
        out.append(MetricHit(unit_at, end, (name if total else _named_of(name, of, measure, kind)) + cause, value, measure,
                             period=asof))
        rate = parse_number(both.group(2)) if both else None
        if rate is not None:
            rated = "Tỷ lệ " + re.sub(r"^(?:Tổng\s+số|Số)\s+", "", name)
            out.append(MetricHit(unit_at, end, rated if total else f"{rated} {of}", rate, "%"))
    return out


def _deducted_cell(unit_at: int, offset: int, cell: str, of: str) -> list[MetricHit]:
    """'TĐGQ (0,71); DVCTT (0,84)' in a row's column of points lost: each group's ('Số điểm bị trừ nhóm chỉ tiêu Tiến
    độ giải quyết lĩnh vực đất đai'); a group the abbreviation does not name is left out."""
    out = []
    for m in DEDUCTED_CELL.finditer(cell):
        entry = criterion_of(m.group(1), 0.99)
        if entry is not None and entry.extra:
            out.append(MetricHit(unit_at, offset + m.end(), f"Số điểm bị trừ nhóm chỉ tiêu {entry.name}{of}",
                                 parse_number(m.group(2)), "điểm"))
    return out


def _named_of(name: str, of: str, measure: str, kind: str) -> str:
    """A column's name for one row: '… của <unit>', '… lĩnh vực <field>'; a procedure's right after what is
    counted ('Số hồ sơ' + 'đăng ký thường trú' + 'tiếp nhận trực tuyến')."""
    if kind == "procedure":
        lead = re.match(r"((?:Tổng\s+số|Số|Tỷ\s+lệ)\s+" + re.escape(measure if measure != "%" else "hồ sơ") + r")\s+(\S.*)", name)
        if lead:
            return f"{lead.group(1)} {of} {lead.group(2)}"
    return f"{name} {of}"


def _way_row(cells: list[tuple[int, str]], columns: list, at: int) -> list[MetricHit]:
    """A row of a table by the way things were done ('2 | Phiếu điện tử qua mã QR | 130 | 124 | 117' under 'TT |
    Hình thức khảo sát | Phiếu phát ra | Phiếu thu về | Phiếu hợp lệ'): each count of that way ('Số phiếu điện
    tử qua mã QR phát ra'; a way not named by the measure: 'Số phiếu thu về qua phỏng vấn qua điện thoại'); a
    'Cộng' row the counts themselves."""
    way_at, way = cells[at][0], _clean(cells[at][1])
    total = bool(TOTAL_ROW.fullmatch(fold(way)))
    out = []
    for (offset, cell), column in zip(cells, columns):
        if not column or column[0] in ("unit", "field", "way"):
            continue
        name, measure = column
        value = _cell_number(cell)
        if value is None:
            continue
        if not total:
            counted = re.match(rf"(?:Tổng\s+)?[Ss]ố\s+{re.escape(measure)}\s*", name) if measure != "%" else None
            led = fold(way).startswith(fold(measure) + " ")
            name = f"Số {_lower_first(way)} {name[counted.end():]}" if counted and led else f"{name} qua {_lower_first(way)}"
        out.append(MetricHit(way_at, offset + len(cell.rstrip()), _clean(name), value, measure))
    return out


def score_row_metrics(text: str, roles: Optional[list], scored: Optional[list]) -> list[MetricHit]:
    """The metrics beside a score table row's score, and its gaps to others ('Thấp hơn bình quân Cụm (điểm)': 'Số
    điểm tổng điểm thấp hơn bình quân Cụm', in the row's period)."""
    if roles and not scored and "\t" in text and any(r and r.startswith("peer:") for r in roles):
        # 'Công khai, minh bạch | 18 | 17,96 | 17,91 | 17,5' under 'Khối phường | Khối xã | Khối đặc khu': others' points
        # alone, no score of the row's own
        name = next((c for _, c in _cells_at(text) if re.search(r"[^\W\d]{2,}", c)), None)
        entry = criterion_of(name.strip(), 0.9) if name else None
        return _peer_cells(text, roles, entry.name) if entry else []
    gaps = []
    if roles and scored and "\t" in text:
        cells = _cells_at(text)
        for k, role in enumerate(roles):
            value = _cell_number(cells[k][1]) if role and role.startswith("gap:") and k < len(cells) else None
            if value is not None:
                start, cell = cells[k]
                gaps.append(MetricHit(start, start + len(cell.rstrip()), f"Số điểm tổng điểm {_lower_first(role[4:])}",
                                      value, "điểm", period=getattr(scored[0], "period", None)))
    return gaps + _score_row_metrics(text, roles, scored)


def _score_row_metrics(text: str, roles: Optional[list], scored: Optional[list]) -> list[MetricHit]:
    """The metrics beside a score table row's score: its 'Điểm bị trừ' column ('4 | Thanh toán trực tuyến | 10 |
    6,1 | 3,9'), the points the row's criterion lost; its signed change column ('Tăng (+), giảm (-) so với
    tháng 10/2026': '+0,35'), 'Mức tăng điểm nhóm chỉ tiêu … so với tháng 10/2026'."""
    if not roles or not scored:
        return []
    if "unitrow" in roles and "\t" in text:
        return _unit_rates(_cells_at(text), roles, scored[0].entity)
    if "place" in roles and "\t" in text and (any((r or "").startswith(("count:", "rate:")) for r in roles)
                                             or any(r in ("change:", "steps:") for r in roles)):
        # a table of places: the files counted beside each place's points ('Số hồ sơ quá hạn của xã Vĩnh Am'), or its
        # rate in each month ('Tỷ lệ số hóa hồ sơ, kết quả của xã Tiên Lãng'), or the change of its total and rank
        # since the earlier month the table gives ('Tăng (+), giảm (-)' over 'Điểm | Bậc' beside 'Tháng 12/2026')
        months = sorted(r.rpartition("@")[2] for r in roles if (r or "").startswith("crit:") and re.search(r"@\d{4}-\d{2}$", r))
        since = f"so với tháng {int(months[0][5:])}/{months[0][:4]}" if len(months) >= 2 else ""
        kept = [(f"{r}{since}" if r in ("change:", "steps:") else r) if (r or "").startswith(("count:", "rate:"))
                or r in ("change:", "steps:") else None for r in roles]
        return _unit_rates(_cells_at(text), kept, scored[0].entity)
    if "\t" in text and any(r and (r.startswith("lost:") or r == "bonus") for r in roles):
        # 'Phòng Kinh tế | 9 | 3,25 | 4,5 | 1 | 0 | 82,25 | 5' under 'Điểm trừ theo nhóm chỉ tiêu' and 'Điểm thưởng': what
        # each group cost the unit and its bonus
        of = f" của {scored[0].entity}" if scored[0].entity else ""
        out = []
        for k, (start, cell) in enumerate(_cells_at(text)):
            role = roles[k] if k < len(roles) else None
            value = _cell_number(cell) if role and (role.startswith("lost:") or role == "bonus") else None
            if value is not None:
                name = f"Số điểm bị trừ nhóm chỉ tiêu {role[5:]}{of}" if role != "bonus" else f"Số điểm thưởng{of}"
                out.append(MetricHit(start, start + len(cell.rstrip()), name, value, "điểm"))
        return out
    if scored[0].kind == "rank":
        return _changed_cell(text, roles, scored[0].criterion, rank=True) if "\t" in text else []
    if "\t" in text and is_plan(roles):
        return _form_row(_cells_at(text), roles)     # a plan's score or rank row: its share of the plan
    if "\t" in text and any(r and r.startswith("period@") for r in roles[:2]):
        return _month_row_changes(text, roles)        # ('TT | Tháng | Tổng điểm | …': the month in the second column)
    changed = _changed_cell(text, roles, scored[0].criterion) + _peer_cells(text, roles, scored[0].criterion)
    if "deducted" not in roles:
        return changed
    at = roles.index("deducted")
    if "\t" in text:
        cells = _cells_at(text)
    else:                  # a row without cell breaks under a header without them: its values, right-aligned
        cells = [(start, raw) for i, start, raw in plain_values(text, roles) if i == at]
        at = 0
    value = _cell_number(cells[at][1]) if at < len(cells) and "%" not in cells[at][1] else None
    if value is None:
        return changed
    start, cell = cells[at]
    criterion = scored[0].criterion
    name = "Tổng số điểm bị trừ" if criterion == "Tổng điểm" else f"Số điểm bị trừ nhóm chỉ tiêu {criterion}"
    if "self" in roles:
        # a PAR Index appraisal ('Xã tự đánh giá | Hội đồng thẩm định | Số điểm điều chỉnh giảm'): the points the
        # appraisal took off the field, or off the whole
        name = "Tổng số điểm bị trừ khi thẩm định" if criterion in ("Tổng điểm", "Điểm tự đánh giá", "Điểm thẩm định") \
            else f"Số điểm bị trừ khi thẩm định lĩnh vực {criterion}"
    return [MetricHit(start, start + len(cell.rstrip()), name, value, "điểm")] + changed


def _peer_cells(text: str, roles: list, criterion: str) -> list[MetricHit]:
    """A criterion row's cells of others' points ('peer:bình quân Cụm': 'Điểm bình quân Cụm nhóm chỉ tiêu …') and of
    the commune's gap to them ('gap:cao nhất trong Cụm' '-0,54': 'Số điểm nhóm chỉ tiêu … thấp hơn điểm cao nhất
    trong Cụm')."""
    if "\t" not in text or not any(r and r.startswith(("peer:", "gap:")) for r in roles):
        return []
    of = "" if criterion == "Tổng điểm" else f" nhóm chỉ tiêu {criterion}"
    out = []
    for k, (start, cell) in enumerate(_cells_at(text)):
        role = roles[k] if k < len(roles) else None
        if role and role.startswith("peer:"):
            value = _cell_number(cell)
            if value is not None:
                name = f"Tổng điểm {role[5:]}" if not of else f"Điểm {role[5:]}{of}"
                out.append(MetricHit(start, start + len(cell.rstrip()), name, value, "điểm"))
        elif role and role.startswith("gap:"):
            signed = SIGNED.fullmatch(cell)
            value = parse_number(signed.group(2)) if signed else None
            if value:
                word = "cao hơn" if signed.group(1) in ("+", "tăng", "Tăng") else "thấp hơn"
                name = f"Số điểm{of or ' tổng điểm'} {word} điểm {role[4:]}"
                out.append(MetricHit(start, start + len(cell.rstrip()), name, abs(value), "điểm"))
    return out


def _kind_counts(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """A row of a table of counts by kind (records._kinds_counted: 'Tư pháp - hộ tịch | 21 | 9 | 30' under 'Lĩnh vực |
    Toàn trình | Một phần | Cộng'): each count, named by its column and the row ('Số TTHC toàn trình lĩnh vực tư pháp -
    hộ tịch'); a 'Cộng' row is the kinds together."""
    label = next(((at, c) for k, (at, c) in enumerate(cells) if re.search(r"[^\W\d]{2,}", c)
                  and not (roles[k] or "").startswith("kindcount:")), None) if cells else None
    if label is None:
        return []
    row = _clean(label[1])
    of = "" if TOTAL_ROW.fullmatch(fold(row)) else f" {_of_field(row)}" if _names_field(row) else f" {_lower_first(row)}"
    procedure = PROCEDURE_ROW.match(fold(row)) and not TOTAL_ROW.fullmatch(fold(row))
    field_total = re.fullmatch(r"(?:tổng\s+)?cộng\s+(lĩnh\s+vực\s+.+)", row, flags=re.I)
    if field_total:
        # 'Cộng lĩnh vực đất đai' under rows of its kinds of file: the field's, named as the kinds' are
        of, procedure = f" {field_total.group(1).lower()}", True
    out = []
    for k, (at, cell) in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        value = _cell_number(cell) if (role or "").startswith(("kindcount:", "kindshare:")) else None
        if value is None:
            continue
        if role.startswith("kindshare:"):
            # 'Tỷ trọng trong tổng số hồ sơ quá hạn của phường': 'Tỷ trọng <the row> trong tổng số …'
            lead, _, rest = role[len("kindshare:"):].partition(" ")
            lead, rest = (f"{lead} {rest.split(' ', 1)[0]}", rest.partition(" ")[2]) if fold(lead) == "ty" else (lead, rest)
            out.append(MetricHit(min(label[0], at), at + len(cell.rstrip()), _clean(f"{lead}{of} {rest}"), value, "%"))
            continue
        measure, _, said = role[len("kindcount:"):].partition("|")
        rest, _, own = said.partition("|")              # (the caption's words, the column's)
        qualifier = " ".join(p for p in (rest, own) if p)
        # ('Đăng ký, cấp Giấy chứng nhận lần đầu | 268 | …' under 'Tiếp nhận mới': 'Số hồ sơ đăng ký, cấp Giấy chứng nhận
        # lần đầu tiếp nhận mới')
        name = _clean(f"Số {measure}{of} {own}") if procedure else _clean(f"Số {measure} {qualifier}{of}")
        out.append(MetricHit(min(label[0], at), at + len(cell.rstrip()), name, value, measure))
    return out


def _units_total(cells: list[tuple[int, str]], roles: list) -> Optional[list[MetricHit]]:
    """The 'Cộng' row of a table of units' points with counts and rates beside them ('| Cộng | 14.361 | 99,6 | 58 |
    97,28 | - | - |'): the counts and rates of all the units, named without a unit; None for another row."""
    at = roles.index("unitrow")
    if at >= len(cells) or not re.fullmatch(r"\s*(?:tong\s*cong|cong|tong\s*so|toan\s*(?:phuong|xa|dac\s*khu))\s*:?\s*",
                                            fold(cells[at][1])):
        return None
    return _summed_cells(cells, roles)


def _places_summed(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """The 'Cộng 05 xã' row of a table of places' counts beside a group's points ('| Cộng 05 xã | 4.959 | 3.684 | 74,29
    | 1.275 | 15,9 | - |'): the places' counts and rate, and their mean points in the group, named 'của 05 xã'."""
    at = roles.index("place")
    said = re.fullmatch(r"\s*(?:tong\s*)?cong\s*:?\s*(\d{1,3}\s*(?:xa|phuong|dac\s*khu|don\s*vi)(?:\s*,\s*(?:xa|phuong|dac\s*khu))*)\s*",
                        fold(cells[at][1])) if at < len(cells) else None
    if not said:
        return []
    return _summed_cells(cells, roles, " của " + cells[at][1].strip()[said.start(1):said.end(1)].strip())


def _summed_cells(cells: list[tuple[int, str]], roles: list, of: str = "") -> list[MetricHit]:
    """A total row's counts and rates, named by their columns (and `of` the units summed, ' của 05 xã'); with `of`,
    a group's points no more than its maximum too, the units' mean ('Điểm bình quân nhóm chỉ tiêu … của 05 xã')."""
    out = []
    for k, (start, cell) in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        value = _cell_number(cell) if role and role.startswith(("count:", "rate:", "crit:")) else None
        if value is None:
            continue
        end = start + len(cell.rstrip())
        if role.startswith("count:"):
            measure, _, qualifier = role[6:].partition("|")
            out.append(MetricHit(start, end, _clean(f"Số {measure} {qualifier}{of}"), value, measure))
        elif role.startswith("rate:") and value <= 100:
            out.append(MetricHit(start, end, _clean(f"{role[5:].partition('@')[0]}{of}") if of else role[5:], value, "%"))
        elif role.startswith("crit:") and of:
            name, _, top = role[5:].partition("|")
            if top and value <= float(top):      # (points no more than the group's maximum: the units' mean)
                out.append(MetricHit(start, end, f"Điểm bình quân nhóm chỉ tiêu {name}{of}", value, "điểm"))
    return out


def _mean_of_units(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """The mean row of a table of units' totals ('| Bình quân Cụm | 93,68 | - | - |'): the units' mean total,
    a metric (not a unit's score), in the month the column names."""
    from extractors.scores import MEAN_ROW, TOTAL, column_label
    at = next(i for i, r in enumerate(roles) if r in ("unitrow", "place", "ownunit"))
    if at >= len(cells) or not MEAN_ROW.fullmatch(fold(cells[at][1])):
        return []
    label = _lower_first(cells[at][1].strip().rstrip(":"))      # 'bình quân Cụm', 'bình quân 06 đơn vị'
    if roles[at] != "unitrow" and any((r or "").startswith("rate:") for r in roles):
        # '| Bình quân 06 đơn vị | 76,68 | 77,23 | 16,68 | -' under 'Tỷ lệ số hóa … (%)' over two months beside a group's
        # points: the places' mean rate each month and their mean points
        out = []
        for k, (start, cell) in enumerate(cells):
            role = roles[k] if k < len(roles) else ""
            value = _cell_number(cell) if role and role.startswith(("rate:", "crit:")) else None
            if value is None or value > 100:
                continue
            name, _, when = role.partition(":")[2].partition("@")
            name = name.partition("|")[0]
            named = f"{name} {label}" if role.startswith("rate:") else \
                f"Tổng điểm {label}" if name == TOTAL else f"Điểm {label} nhóm chỉ tiêu {name}"
            out.append(MetricHit(start, start + len(cell.rstrip()), _clean(named), value, "%" if role.startswith("rate:") else "điểm",
                                 period=when or None))
        return out
    if roles[at] != "unitrow":
        # '| Bình quân Cụm | 93,53 | 93,92 | - | -' under 'Đơn vị | Tổng điểm tháng 10/2026 | Tổng điểm tháng 11/2026 |
        # …': the mean total of each month the columns name
        return [MetricHit(start, start + len(cell.rstrip()), f"Tổng điểm {label}", value, "điểm",
                          period=roles[k].partition("@")[2] or None)
                for k, (start, cell) in enumerate(cells) if k < len(roles)
                and re.fullmatch(r"crit:" + TOTAL + r"(?:@.*)?", roles[k] or "")
                for value in [_cell_number(cell)] if value is not None and value <= 100]
    if any((r or "").startswith("index:") for r in roles):
        # '| Bình quân khối | - | - | 87,64 | 87,02 | - | -' under 'Tỷ lệ hài lòng (%)' over 'Năm 2026 | Năm 2025' ranked
        # (scores._satisfaction_ranked): the bloc's SIPAS in each year
        label = _mean_label(cells[at][1].strip().rstrip(":"))
        return [MetricHit(start, start + len(cell.rstrip()), f"Chỉ số {name} {label}", value, "%", period=when or None)
                for k, (start, cell) in enumerate(cells) if k < len(roles) and (roles[k] or "").startswith("index:")
                for name, _, when in [roles[k][6:].partition("@")]
                for value in [_cell_number(cell)] if value is not None and value <= 100]
    if any((r or "").startswith("rate:Chỉ số hài lòng") for r in roles):
        # '| Bình quân khối phường | - | 87,64 | 89,42 | …' under 'Phường | Phiếu hợp lệ | Chỉ số SIPAS | Tiếp cận dịch
        # vụ | …': the bloc's (the city's) SIPAS and part-indices
        label = _mean_label(cells[at][1].strip().rstrip(":"))
        return [MetricHit(start, start + len(cell.rstrip()),
                          f"Chỉ số SIPAS {label}" if roles[k] == "value" else f"{roles[k][5:]} {label}", value, "%")
                for k, (start, cell) in enumerate(cells) if k < len(roles)
                and (roles[k] == "value" or (roles[k] or "").startswith("rate:"))
                for value in [_cell_number(cell)] if value is not None and value <= 100]
    # (each month's mean where the columns are months, and the quarter's beside them with no period form)
    found = [MetricHit(start, start + len(cell.rstrip()), f"Tổng điểm {label}", value, "điểm",
                       period=role[6:] if role.startswith("value@") and not column_label(role) else None)
             for k, (start, cell) in enumerate(cells) for role in [roles[k] if k < len(roles) else None]
             if role == "value" or (role or "").startswith("value@")
             for value in [_cell_number(cell)] if value is not None and value <= 100]
    months = all(re.fullmatch(r"value@\d{4}-(?:\d{2}|q[1-4]\|.+)", r) for r in roles if (r or "").startswith("value@"))
    return found if months else found[:1]       # (the months' and the quarter's means; else the first column's)


def _sipas_period_row(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """A row of a table of SIPAS and its part-indices by year (scores._sipas_by_period): 'Năm 2025 | 86,10 | …' each
    part's rate in that year (the index itself is the prose's score); 'Bình quân khối phường | …' the bloc's, index
    too; 'Tăng (+), giảm (-) so với năm 2025 | +2,82 | …' each part's change in percentage points."""
    label = next((c.strip() for k, (_, c) in enumerate(cells) if re.search(r"[^\W\d]{2,}", c)), "")
    f = fold(label)
    year = re.search(r"(?<!\d)(20\d\d)(?!\d)", label)
    change = re.match(r"\s*tang\s*\(\s*\+\s*\)", f)
    mean = MEAN_ROW_LABEL.match(f)
    if not (year or change or mean):
        return []
    base_year = re.search(r"so\s*voi\s*nam\s*(20\d\d)", f)
    out = []
    for k, (at, cell) in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        if not role or not (role.startswith("rate:") or (role == "sipas" and mean)):
            continue
        name = "Chỉ số SIPAS" if role == "sipas" else role[5:]
        if change:
            signed = SIGNED.fullmatch(cell)
            value = parse_number(signed.group(2)) if signed else None
            if value:
                word = "tăng" if signed.group(1) in ("+", "tăng", "Tăng") else "giảm"
                against = f" so với năm {base_year.group(1)}" if base_year else ""
                out.append(MetricHit(at, at + len(cell.rstrip()), f"Mức {word} {name}{against}", abs(value), "điểm phần trăm"))
            continue
        value = _cell_number(cell)
        if value is None or value > 100:
            continue
        if mean:
            label_said = _mean_label(re.sub(r"(?i)\s*năm\s*20\d\d\s*$", "", label))
            out.append(MetricHit(at, at + len(cell.rstrip()), f"{name} {label_said}", value, "%",
                                 period=year.group(1) if year else None))
        else:
            out.append(MetricHit(at, at + len(cell.rstrip()), name, value, "%", period=year.group(1)))
    return out


def _mean_label(label: str) -> str:
    """A mean row's label as a name says it: 'Bình quân chung' (the city's) -> 'bình quân chung của thành phố',
    'Bình quân khối phường' -> 'bình quân khối phường'."""
    if re.fullmatch(r"\s*binh\s*quan\s*chung(?:\s*(?:cua\s*)?thanh\s*pho)?\s*", fold(label)):
        return "bình quân chung của thành phố"
    return _lower_first(label)


MEAN_ROW_LABEL = re.compile(r"\s*(?:binh\s*quan|trung\s*binh)\s")


def _unit_rates(cells: list[tuple[int, str]], roles: list, unit: Optional[str]) -> list[MetricHit]:
    """A unit's row of a table of units' totals with a named rate or a count beside them ('1 | Trung tâm … | 97,84 |
    1 | 93,2' under '… | Tỷ lệ hài lòng (%)', '| Hồ sơ tiếp nhận |'): the rate or count of that unit ('Tỷ lệ hài
    lòng của Trung tâm …', 'Số hồ sơ tiếp nhận của …')."""
    out = []
    for k, (at, cell) in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        if role and role.startswith("count:") and unit:
            value = _cell_number(cell)
            measure, _, qualifier = role[6:].partition("|")
            if value is not None:
                said = f"Số tiền {qualifier}" if measure in ("đồng", "triệu đồng") else f"Số {measure} {qualifier}"
                out.append(MetricHit(at, at + len(cell.rstrip()), _clean(f"{said} của {unit}"), value, measure))
            continue
        change = SIGNED.fullmatch(cell) if role and role.startswith(("change:", "steps:")) and unit else None
        if change and parse_number(change.group(2)) is not None:
            # '| Tăng (+), giảm (-) so với tháng 11/2026 (điểm) |' '+1,04': the change of that unit's total; '| Bậc |'
            # under it '-27': places that unit's rank lost or gained
            word = "tăng" if change.group(1) in ("+", "tăng", "Tăng") else "giảm"
            against = role.partition(":")[2]
            name, measure = (f"Số bậc xếp hạng của {unit} {word} {against}", "bậc") if role.startswith("steps:") \
                else (f"Mức {word} tổng điểm của {unit} {against}", "điểm")
            out.append(MetricHit(at, at + len(cell.rstrip()), _clean(name), abs(parse_number(change.group(2))), measure,
                                 period=next((r[6:] for r in roles if r and r.startswith("value@")), None)))
            continue
        value = _cell_number(cell) if role and role.startswith("rate:") and unit else None
        if value is not None and value <= 100:
            # ('rate:Tỷ lệ số hóa hồ sơ, kết quả@2026-10': that month's)
            name, _, when = role[5:].partition("@")
            out.append(MetricHit(at, at + len(cell.rstrip()), _clean(f"{name} của {unit}"), value, "%", period=when or None))
    return out


def _changed_cell(text: str, roles: list, criterion: str, rank: bool = False) -> list[MetricHit]:
    """The row's value in a 'change:' column ('+0,35'), as the change of the row's criterion; in a 'steps:'
    column ('Tăng (+), giảm (-)' over 'bậc so với tháng 10'), of its rank."""
    at = next((i for i, r in enumerate(roles) if r and r.startswith(("change:", "steps:"))), None)
    cells = _cells_at(text)
    if at is None or at >= len(cells):
        return []
    rank = rank or roles[at].startswith("steps:")
    start, cell = cells[at]
    change = SIGNED.fullmatch(cell)
    value = parse_number(change.group(2)) if change else None
    if value is None:
        return []
    word = "tăng" if change.group(1) in ("+", "tăng", "Tăng") else "giảm"
    from extractors.scores import NO_PERIOD, SPAN, column_label
    labels = [column_label(r) for r in roles if r and r.startswith("value@") and column_label(r)]
    if rank:
        # 'Xếp hạng (/114) | 54 | 46 | 97 | -51': places lost ('-') or gained since the column compared
        base, unit, value = "Số bậc xếp hạng " + word, "bậc", abs(value)
    else:
        base, unit = ("tổng điểm" if criterion == "Tổng điểm" else f"điểm nhóm chỉ tiêu {criterion}"), "điểm"
        base = f"Mức {word} {base}"
    spans = sorted(r[6:-len(SPAN)] for r in roles if r and r.startswith("value@") and r.endswith(SPAN))
    against = roles[at].partition(":")[2] or (f"so với cùng kỳ năm {spans[0]}" if len(spans) >= 2 else "")
    if labels:
        base = f"{base} {labels[-1]}"          # '… quý III/2026 so với quý II/2026'
    return [MetricHit(start, start + len(cell.rstrip()), _clean(f"{base} {against}"), value, unit,
                      period=NO_PERIOD if spans or labels else None)]


def units_across(rows: list[str]) -> Optional[list[Optional[str]]]:
    """A table whose columns are units ('TT | Nội dung | Phòng KT | Phòng VH-XH | VP HĐND&UBND | Toàn xã',
    a header that may wrap over two rows: 'Phòng' above 'Kinh tế') or fields of procedure ('Nội dung | Hộ tịch |
    Chứng thực | Đất đai | Cộng'): per column the unit's name ('lĩnh vực hộ tịch' for a field), '' for the
    whole commune's column, None for the others; None when fewer than two columns name one."""
    from extractors.gazetteer import find_unit
    split = [r.split("\t") for r in rows]
    width = max((len(c) for c in split), default=0)
    columns: list[Optional[str]] = []
    for i in range(width):
        cell = " ".join(c[i].strip() for c in split if i < len(c) and c[i].strip())
        f = fold(cell)
        if not cell or re.search(r"\d", NUMBERED_POINT.sub("", cell)):
            columns.append(None)
        elif TOTAL_ROW.fullmatch(f) and i > 0:
            columns.append("")
        elif POINT_START.match(f) and i > 0:
            columns.append(_clean(cell))      # 'Trụ sở / Trung tâm', 'Điểm tiếp nhận / An Thượng (cũ)': as written
        elif re.match(r"\s*" + VILLAGE + r"\s+[^\W\d]", f) and i > 0:
            columns.append(_lower_first(_clean(cell)))      # 'Thôn' over 'Quý Dương': 'thôn Quý Dương'
        elif FIELD_OF_PROCEDURE.fullmatch(f) and i > 0:
            columns.append("lĩnh vực " + _lower_first(_clean(cell)))    # 'Nội dung | Hộ tịch | Chứng thực | …'
        elif PROCEDURE_ACROSS.fullmatch(f) and i > 0 and MEASURES_DOWN.fullmatch(fold(" ".join(c[0] for c in split if c))):
            columns.append("@" + _lower_first(_clean(cell)))    # 'Chỉ tiêu | Cấp Giấy chứng nhận lần đầu | Đăng ký biến động | …'
        else:
            entry = find_unit(cell, 0.85) if UNIT_START.match(f) else None
            columns.append(entry.name if entry and entry.kind != "ubnd" else None)
    return columns if sum(1 for c in columns if c) >= 2 else None


# a table whose rows are measures ('Chỉ tiêu', 'Nội dung'): its columns may be kinds of procedure
MEASURES_DOWN = re.compile(r"\s*(?:chi\s*tieu|noi\s*dung|tieu\s*chi)\s*")
# kinds of procedure heading a table's columns ('Cấp Giấy chứng nhận lần đầu', 'Đăng ký biến động', 'Tách thửa đất')
PROCEDURE_ACROSS = re.compile(r"\s*(?:cap\s*(?:giay|doi|lai|ban\s*sao|phep|gcn)|dang\s*ky\s*(?:bien\s*dong|khai|thuong\s*tru|tam\s*tru|ket\s*hon|"
                              r"kinh\s*doanh|dat\s*dai|the\s*chap)|tach\s*thua|hop\s*thua|chuyen\s*muc\s*dich|dinh\s*chinh|khai\s*sinh|khai\s*tu|"
                              r"ket\s*hon|chung\s*thuc\s*ban\s*sao)[^\d;:]{0,40}")
# fields of administrative procedure, heading a table's columns
FIELDS = (r"ho\s*tich|chung\s*thuc|dat\s*dai|xay\s*dung|tu\s*phap|"
          r"bao\s*tro\s*xa\s*hoi|nguoi\s*co\s*cong|lao\s*dong(?:\s*[-,]?\s*(?:thuong\s*binh\s*(?:va\s*)?xa\s*hoi|tbxh))?|"
          r"(?:dang\s*ky\s*)?(?:kinh\s*doanh|ho\s*kinh\s*doanh)|moi\s*truong|tai\s*nguyen(?:\s*(?:va\s*)?moi\s*truong)?|"
          r"van\s*hoa|giao\s*duc|y\s*te|nong\s*nghiep|giao\s*thong")
# a field naming a value in parentheses ('(cư trú 98,07%; căn cước 55,2%)'), from the last value's end
# a rate that went from one value to another ('giảm từ 91,2% xuống còn 88,7%')
RATE_FROM_TO = re.compile(r"(?<!\w)(?:tang|giam)\s*tu\s*" + NUM + r"\s*%\s*(\(\s*[^()]{2,20}\)\s*)?(?:len|xuong)\s*(?:con\s*|muc\s*)?"
                          + NUM + r"\s*%(\s*\(\s*[^()]{2,20}\))?")     # ('từ 91,6% (quý I) lên 99,8% (quý IV)')
EARLIER = "~before"          # a metric's period: the one before the period in force (records.py)


def _rate_from_to(folded: str, out: list[MetricHit]) -> None:
    """'Tỷ lệ hồ sơ nộp trực tuyến giảm từ 91,2% xuống còn 88,7%': both values are the rate's, the first the
    period before's."""
    from extractors.scores import NO_PERIOD
    for m in RATE_FROM_TO.finditer(folded):
        first = next((h for h in out if h.start <= m.start(1) < h.end and h.unit == "%"), None)
        last = next((h for h in out if h.start <= m.start(3) < h.end and h.unit == "%"), None)
        if not first or not last:
            continue
        name = re.sub(r"\s+(?:tăng|giảm)$", "", first.name)
        if fold(name).strip() in ("ty le", "ti le"):
            continue
        first.name, last.name = name, name
        if m.group(2) and m.group(4) and all(re.search(r"quy", m.group(k)) for k in (2, 4)):
            first.period = last.period = NO_PERIOD         # two quarters: no period form in the record contract
        else:
            first.period = first.period or EARLIER


# (and the police's fields, which name procedures too: 'xác nhận thông tin về cư trú' is no field of its own)
FIELD_ITEM = re.compile(r"\s*(?:[;,]|va)?\s*(?:linh\s*vuc\s+)?(" + FIELDS + r"|cu\s*tru|can\s*cuoc|xuat\s*nhap\s*canh)\s*:?\s*(?:dat\s*|chiem\s*)?")
FIELD_OF_PROCEDURE = re.compile(r"\s*(?:linh\s*vuc\s+)?(?:" + FIELDS + r"|khac|linh\s*vuc\s*khac)\s*")
# 'Xét theo lĩnh vực, tỷ lệ hài lòng cao nhất thuộc về …': the rate a sentence goes on to give by field
RATE_LEAD = re.compile(r"(?<!\w)ty\s*le\s+((?:(?!(?:cao\s*nhat|thap\s*nhat|thuoc|theo|cua|tai|o)(?!\w))[^\W\d]+\s*){1,4}?)"
                       r"(?=(?:cao\s*nhat|thap\s*nhat|thuoc|theo|cua|tai|o)(?!\w)|\s*[,:])")
# '… chứng thực (98,85%)', '… xây dựng với 86,46%', 'đất đai chỉ 85,19%': a field right before its rate
FIELD_RATE = re.compile(r"(?:^|[\s,;:])(?:linh\s*vuc\s+)?(" + FIELDS + r")\s*(?:\(\s*|(?:voi|chi|dat|la|chiem)\s+)$")
# the field a count belongs to, said just before it ('… tiếp đến là hộ tịch 541 hồ sơ') or as the subject of a
# clause ending in 'với' ('Lĩnh vực chứng thực có nhiều hồ sơ nhất với 826 hồ sơ')
FIELD_BEFORE = re.compile(r"(?:^|.*\s)(?:linh\s*vuc\s+)?(" + FIELDS + r")$|^linh\s*vuc\s+(" + FIELDS + r")\s.{0,40}\s(?:voi|la)$")


# a reception point of a commune formed by merging: its centre's seat, the old communes' points
POINT_START = re.compile(r"\s*(?:tru\s*so|(?:diem|noi)\s*tiep\s*nhan)(?!\w)")
# its number, in a column's name ('Điểm tiếp nhận số 2')
NUMBERED_POINT = re.compile(r"(?i)(?<=tiếp nhận)\s+số\s+\d{1,2}(?!\d)")


UNIT_START = re.compile(r"\s*(?:phong|van\s*phong|vp|trung\s*tam|ttpvhcc|tt\s*pv|cong\s*an|ban|bo\s*phan|doi)(?!\w)")


THE_RULE = re.compile(r"\s*thoi\s*han\s*(?:giai\s*quyet\s*)?(?:theo\s*)?quy\s*dinh")     # 'Thời hạn theo quy định'


def across_metrics(text: str, columns: list[Optional[str]], above: Optional[tuple[str, str]]) \
        -> tuple[list[MetricHit], Optional[tuple[str, str]]]:
    """A row of a table whose columns are units ('Số hồ sơ quá hạn | 9 | 2 | 0 | 11'): each value named
    '<row> của <unit>', the commune's column the row's name alone. `above`: the row above's (name,
    measure), for 'Trong đó: trực tuyến'. Returns the hits and this row's (name, measure)."""
    cells = _cells_at(text)
    label_at = next((i for i, (_, c) in enumerate(cells) if re.search(r"[^\W\d]{2,}", c)), None)
    if label_at is None or (label_at < len(columns) and columns[label_at] is not None):
        return [], above
    offset, label = cells[label_at]
    label = re.sub(r"^\s*\d{1,2}\s*[.)]\s*", "", label)          # '1. Hồ sơ tiếp nhận (hồ sơ)': its number
    said = re.search(r"\(\s*([^\W\d][^()\d]{0,20}?)\s*\)\s*$", label)
    counted_in = lookup("measures", said.group(1)) if said else None
    if counted_in:
        label = label[:said.start()]          # '… (hồ sơ)': what the row counts in, not its name
    if THE_RULE.match(fold(label)):
        return [], above                      # '7. Thời hạn theo quy định': the rule, not a result
    # ('(%)'; '(4 = 3/2)': how the row is computed from the rows numbered 3 and 2)
    label = _clean(re.sub(r"\(\s*%\s*\)|\(\s*\d{1,2}\s*=\s*[\d\s/+*x:.-]+\)", "", label))
    f = fold(label)
    if re.match(r"\s*so\s*ngay\s", f) and not counted_in:
        label = "Thời gian" + label[len("Số ngày"):]        # '6. Số ngày giải quyết bình quân': a time in working days
        f = fold(label)
    part = re.match(r"\s*(?:trong\s*do|gom|bao\s*gom)\s*:?\s*", f)
    if part and above:
        label = f"{above[0]} {label[part.end():].strip()}"          # 'Trong đó: trực tuyến'
        f = fold(label)
    if RATE_WORD.match(f):
        measure = "%"
    elif f.startswith("thoi gian"):
        measure = "ngày làm việc"
    elif counted_in:
        measure = counted_in.name
        if not re.match(r"\s*(?:tong\s*)?so\s", f):
            label = f"Số {_lower_first(label)}" if f.startswith(fold(measure)) else f"Số {measure} {_lower_first(label)}"
    else:
        found = _unit_regex().search(f)
        measure = _unit_of(label[found.start():found.end()]) if found else (above[1] if above and above[1] != "%" else "")
        if not measure and any(c and c.startswith("@") for c in columns):
            measure = "hồ sơ"       # ('Chỉ tiêu | Đăng ký biến động | …' over '1. Kỳ trước chuyển sang': kinds of procedure, files)
        if not measure:
            return [], above
        if found and found.start() == len(f) - len(f.lstrip()) and not re.match(r"\s*(?:tong\s*)?so\s", f):
            label = f"Số {_lower_first(label)}"                       # 'Hồ sơ tiếp nhận' -> 'Số hồ sơ tiếp nhận'
        elif not re.match(r"\s*(?:tong\s*)?so\s", f):
            label = f"Số {measure} {_lower_first(label)}"            # 'Giải quyết quá hạn' -> 'Số hồ sơ giải quyết quá hạn'
    out = []
    for i, (at, cell) in enumerate(cells):
        if i >= len(columns) or columns[i] is None or i == label_at:
            continue
        value = _cell_number(cell)
        if value is None:
            continue
        unit = columns[i]
        # ('… tại thôn Quý Dương': a village is where it was done; '@cấp Giấy chứng nhận lần đầu': the kind of procedure)
        named = (_procedure_named(label, unit[1:], measure) if unit.startswith("@") else f"{label} {unit}" if unit.startswith("lĩnh vực ")
                 else f"{label} tại {unit}" if re.match(VILLAGE, fold(unit)) else f"{label} của {unit}") if unit else label
        out.append(MetricHit(offset, at + len(cell.rstrip()), named, value, measure))
    return out, (label, measure) if measure != "%" else above


def _procedure_named(label: str, procedure: str, measure: str) -> str:
    """A row's name for a kind of procedure's column, the kind right after what is counted: 'Số hồ sơ' + 'đăng ký
    biến động' + 'kỳ trước chuyển sang'; a rate of files the same ('Tỷ lệ hồ sơ đăng ký biến động đúng hạn')."""
    named = _named_of(label, procedure, measure, "procedure")
    rate = re.match(r"(Tỷ\s+lệ)\s+(\S.*)", label) if measure == "%" and named == f"{label} {procedure}" else None
    return f"{rate.group(1)} hồ sơ {procedure} {rate.group(2)}" if rate else named


TABLE_VALUE = re.compile(NUM + r"(?:\s*(%)|\s+([^\W\d][^\d\t]{0,20}?))?\s*$")


def _unit_named(name: str) -> Optional[str]:
    """The measure a table row's name counts ('Hồ sơ giải quyết quá hạn' -> 'hồ sơ'), if it names one."""
    found = _unit_regex().search(fold(name))
    return _unit_of(name[found.start():found.end()]) if found else None


SIGNED = re.compile(r"\s*([+\-−–]|[Tt]ăng|[Gg]iảm)\s*(\d[\d.,]*)\s*")     # '+1,5', '-0,9', 'tăng 2,45'


def _periods_compared(cells: list[tuple[int, str]], named: tuple, by_period: list,
                      roles: Optional[list] = None, units: Optional[list] = None,
                      parent: Optional[tuple[str, str]] = None, measure: Optional[str] = None,
                      declared: Optional[str] = None, declared_rest: str = "") -> list[MetricHit]:
    """'1 | Hồ sơ tiếp nhận | 10.214 | 11.386 | +1.172' under '9 tháng năm 2025 | 9 tháng năm 2026 | Tăng (+),
    giảm (-)': the count in each period (the earlier one named by its period, 'cùng kỳ' a year before) and
    the signed change after them. Under a header whose rows are ways of a count ('Hình thức tiếp nhận':
    role 'of:Số hồ sơ tiếp nhận'), the row names the way ('Trực tuyến': 'Số hồ sơ tiếp nhận trực tuyến', a
    'Tổng số' row the count itself) and a 'rate' column its share in the latest period."""
    from extractors.scores import NO_PERIOD, RANK_ROW, SPAN, _place_named, column_label
    _, name_at, name = named
    name = _clean(name)
    said_unit = UNIT_NOTE.search(name)
    if said_unit and (said_unit.group(1) == "%" or lookup("measures", said_unit.group(1))):
        name = name[:said_unit.start()]         # 'Tỷ lệ hồ sơ nộp trực tuyến (%)': the unit, not the name
    field = _is_field(name)
    unit = None if field else _unit_named(name)      # ('Bảo trợ xã hội, người có công': a field, no count of people)
    row_of = None
    ways = next((r[3:] for r in roles or [] if r and r.startswith("of:")), None)
    said = _unit_column(cells, roles)          # an 'ĐVT' column: 'hồ sơ', '%', 'PAKN'
    part = re.sub(r"(?i)^trong\s+đó\s*:?\s*", "", name)     # 'Trong đó: nộp trực tuyến': a part of the row above
    percent = bool(units) and all(i < len(units) and units[i] == "%" for (i, _, _), _ in by_period)
    if said == "%" and not RATE_WORD.match(fold(name)) and find_all("indices", name):
        return []               # 'Chỉ số hài lòng … (SIPAS) | % | 80,36 | 84,12': the index's score, read by the score tables
    if declared == "%" and declared_rest and said is None and not RATE_WORD.match(fold(name)) and not RANK_ROW.match(fold(name)):
        # 'Chứng thực | 84,04 | 87,93 | …' under 'Đơn vị tính: %' and 'Bảng 2. Tỷ lệ hồ sơ … được thanh toán trực tuyến
        # theo lĩnh vực': that rate in that field (the whole's row: the rate itself)
        place = _place_named(name) if not field else None
        of = "" if TOTAL_ROW.fullmatch(fold(part)) else f" của {place}" if place else \
            f" {_of_field(name)}" if field or _names_field(part) else f" {_lower_first(name)}"
        unit, base, row_of = "%", f"Tỷ lệ {declared_rest}{of}", of
    elif said == "%" or (said is None and RATE_WORD.match(fold(name))):
        unit, base = "%", name                 # 'Tỷ lệ hồ sơ nộp trực tuyến | % | 56,9 | 84,4 | +27,5'
    elif declared == "%" and said is None and not field and not _names_field(part) and not TOTAL_ROW.fullmatch(fold(part)) \
            and not RANK_ROW.match(fold(name)) and not find_all("indices", name) and part == name:
        # 'Thủ tục hành chính | 86,4 | 87,15 | +0,75' under 'Đơn vị tính: %': a rate about the row, whatever measure its
        # words name
        unit, base = "%", "Tỷ lệ " + _lower_first(name)
    elif percent and said is None:
        # 'Tiếp cận dịch vụ | 86,52 | 88,97 | tăng 2,45' under 'Quý I/2026 (%) | Quý II/2026 (%) | Thay đổi': a rate
        unit, base = "%", "Tỷ lệ " + _lower_first(name)
    elif ways and (unit is None or not _counts_itself(name)):
        # ('Cổng Dịch vụ công quốc gia' under 'Kênh tiếp nhận': a way of receiving, whatever measure its words name;
        # under 'Đơn vị tính: PAKN' the petitions so received, not files)
        if declared and declared != "%" and ways.startswith("Số hồ sơ "):
            ways = f"Số {declared} {ways[len('Số hồ sơ '):]}"
        base = ways if TOTAL_ROW.fullmatch(fold(part)) else f"{ways} {_lower_first(part)}"
        unit = _unit_named(ways) or (declared if declared and declared != "%" else "hồ sơ")
    elif unit is None and said:
        # 'Trong đó: nộp trực tuyến | hồ sơ': the row names what it counts of the unit the column gives
        unit, base = said, f"Số {said} {_lower_first(part)}"
    elif unit is None and parent and (SUB_ROW.match(named[2]) or part != name):
        # '- Trực tuyến toàn trình | 2.187 | 874' under 'Tổng số hồ sơ tiếp nhận' and 'Trong đó:': that part of it
        base, unit = f"{parent[0]} {_lower_first(part)}", parent[1]
    elif unit is None and measure and PROCESS_ROW.match(fold(part)):
        # 'Giải quyết đúng hạn | 198 | 241 | …' under 'Hồ sơ tiếp nhận mới | 214 | …': what the table counts, done so
        base, unit = f"Số {measure} {_lower_first(part)}", measure
    elif unit is None and declared and (field or TOTAL_ROW.fullmatch(fold(part)) or _names_field(part)):
        # 'Hộ tịch | 58 | 64 | 79' under 'Tháng 10 | Tháng 11 | …', 'Đơn vị tính: kết quả' and 'Bảng 2. Kết quả giải quyết
        # TTHC trả qua dịch vụ BCCI theo lĩnh vực …': what the table counts, of that field
        of = f" {_of_field(name)}" if not TOTAL_ROW.fullmatch(fold(part)) else ""
        if declared == "%":
            return []
        unit, base = declared, f"Số {declared}{of}" + (f" {declared_rest}" if declared_rest else "")
    elif unit is None and declared and declared != "%" and not RATE_WORD.match(fold(name)) \
            and not PROCESS_ROW.match(fold(part)) and not RANK_ROW.match(fold(name)) and part == name \
            and not SUB_ROW.match(named[2]):
        # 'Đất đai, xây dựng, trật tự đô thị | 21 | 26 | 47' under 'Tháng 11/2026 | Tháng 12/2026 | Cộng' and 'Đơn vị
        # tính: PAKN' ('Bảng 1. PAKN … theo nhóm nội dung'): what the table counts, about the row's topic
        joint = " " if PROCEDURE_ROW.match(fold(name)) or SUBTOTAL_OF.fullmatch(name) else " về "
        unit, base = declared, f"Số {declared}{joint}{_lower_first(name)}"
    elif unit is None or RANK_ROW.match(fold(name)):
        return []               # 'Xếp hạng (trên 114 đơn vị)': ranks, read by the score tables
    else:
        unit = said or unit
        base = name if _counts_itself(name) else "Số " + _lower_first(name)
    if declared and declared != "%" and not said and unit not in ("%", declared) and not RATE_WORD.match(fold(name)) \
            and not _counts_itself(name):
        # 'Người cao tuổi | 412 | 386 | …' under 'Đơn vị tính: lượt người': turns the rows' people took, not people
        unit, base = declared, f"Số {declared} {_lower_first(name)}"
    by_period = sorted(by_period, key=lambda item: item[1])
    labelled = [p for _, p in by_period if column_label("value@" + p)]
    if labelled and all(column_label("value@" + p) or p == labelled[0][:4] for _, p in by_period):
        # ('Quý I | … | Quý IV | Cả năm': the quarters by name, the year's as the year's)
        return _labelled_compared(cells, name_at, base, unit, by_period, roles) + \
            (_counted_beside(cells, roles, row_of, labelled[0][:4]) if row_of else [])
    if any(p == NO_PERIOD for _, p in by_period):
        # 'Lũy kế 10 tháng | Riêng tháng 10/2026': the span's count (no period form) and the month's, one name
        year = next((p for _, p in by_period if re.fullmatch(r"\d{4}", p)), None)
        return [MetricHit(min(name_at, at), at + len(cell.rstrip()), base, value, unit, period=period)
                for (_, at, cell), period in by_period
                if (value := parse_number(TABLE_VALUE.search(fold(cell).strip()).group(1))) is not None] + \
            (_counted_beside(cells, roles, row_of, year) if row_of and year else [])
    if labelled:
        # 'Tháng 10 | Tháng 11 | Tháng 12 | Quý IV/2026': each month's figure named and dated by its month, the
        # quarter's by the row's name alone, with no period form (a quarter's label is no period)
        def named(period: str) -> str:
            told = column_label("value@" + period)
            month = re.fullmatch(r"(\d{4})-(\d{2})", period)
            return base if told else f"{base} tháng {int(month.group(2))}/{month.group(1)}" if month else base
        return [MetricHit(min(name_at, at), at + len(cell.rstrip()), named(period), value, unit,
                          period=NO_PERIOD if column_label("value@" + period) else period)
                for (_, at, cell), period in sorted(by_period, key=lambda item: item[0][0])
                if (value := parse_number(TABLE_VALUE.search(fold(cell).strip()).group(1))) is not None]
    spans = any(p.endswith(SPAN) for _, p in by_period)
    by_period = [(v, p[:-len(SPAN)] if p.endswith(SPAN) else p) for v, p in by_period]
    latest, earlier = by_period[-1][1], by_period[0][1]

    def label(period: str) -> str:
        year = period[:4]
        same = len(period) == len(latest) and int(latest[:4]) - int(year) == 1 and period[4:] == latest[4:]
        when = f"năm {year}" if len(period) == 4 else f"tháng {int(period[5:7])}/{year}"
        return f"cùng kỳ {when}" if same else when

    out = []
    for (i, at, cell), period in by_period:
        value = parse_number(TABLE_VALUE.search(fold(cell).strip()).group(1))
        if value is not None:
            # (columns of days, 'Tuần 1 (01/12 - 04/12)', each as of its day: the period says which, not the name)
            named_as = base if period == latest or any(len(p) == 10 for _, p in by_period) else f"{base} {label(period)}"
            out.append(MetricHit(min(name_at, at), at + len(cell.rstrip()), named_as, value, unit,
                                 period=NO_PERIOD if spans else period))
    last_column = max(i for (i, _, _), _ in by_period)
    for i, (at, cell) in enumerate(cells):
        role = roles[i] if roles and i < len(roles) else None
        if role and role.startswith(("peer:", "gap:")):
            # 'Bình quân thành phố năm 2026 (%) | Chênh lệch so với bình quân TP (điểm %)': the others' value of the
            # row's measure and the gap to it, in the latest period
            signed = SIGNED.fullmatch(cell) if role.startswith("gap:") else None
            value = parse_number(signed.group(2)) if signed else _cell_number(cell) if role.startswith("peer:") else None
            if value is not None:
                if signed:
                    word = "cao hơn" if signed.group(1) in ("+", "tăng", "Tăng") else "thấp hơn"
                    hit = MetricHit(at, at + len(cell.rstrip()), f"Mức {_lower_first(base)} {word} {role[4:]}", value,
                                    "điểm phần trăm" if unit == "%" else unit, period=NO_PERIOD if spans else latest)
                else:
                    hit = MetricHit(at, at + len(cell.rstrip()), f"{base} {role[5:]}", value, unit,
                                    period=NO_PERIOD if spans else latest)
                out.append(hit)
            continue
        share = _cell_number(cell) if ways and i < len(roles) and roles[i] == "rate" else None
        if share is not None:
            out.append(MetricHit(at, at + len(cell.rstrip()), "Tỷ lệ " + _lower_first(base[3:]), share, "%", period=latest))
        ratio = _cell_number(cell) if roles and i < len(roles) and roles[i] == "ratio" and i > last_column else None
        if ratio is not None:
            # 'So cùng kỳ (%)': this span's count as a share of the same span a year before
            out.append(MetricHit(at, at + len(cell.rstrip()), f"Tỷ lệ {_lower_first(base)} so với {label(earlier)}", ratio, "%",
                                 period=NO_PERIOD if spans else None))
            continue
        change = SIGNED.fullmatch(cell) if i > last_column else None
        value = parse_number(change.group(2)) if change else None
        if value is not None:
            word = "tăng" if change.group(1) in ("+", "tăng", "Tăng") else "giảm"
            out.append(MetricHit(min(name_at, at), at + len(cell.rstrip()),
                                 f"Mức {word} {_lower_first(base)} so với {label(earlier)}", value,
                                 "điểm phần trăm" if unit == "%" else unit, period=NO_PERIOD if spans else None))
    return out


# a row naming what was done with what the table counts ('Giải quyết đúng hạn', 'Nộp trực tuyến', 'Trả kết quả')
# 'Đăng ký khai sinh', 'Cấp bản sao trích lục hộ tịch', 'Chứng thực chữ ký': a procedure, what a count of files is of
PROCEDURE_ROW = re.compile(r"\s*(?:dang\s*ky|cap(?:\s*(?:lai|doi|moi))?|chung\s*thuc|thay\s*doi|cai\s*chinh|xac\s*nhan|"
                           r"trich\s*luc|ghi\s*chu|cho\s*phep|thu\s*hoi|gia\s*han|dieu\s*chinh|chuyen\s*(?:nhuong|muc\s*dich|doi)|"
                           r"tach\s*thua|hop\s*thua|tang\s*cho|thua\s*ke|xoa\s*dang\s*ky|dinh\s*chinh)[\s,]+[^\W\d]")
# 'Tỷ lệ nộp trực tuyến', 'Tỷ lệ hồ sơ giải quyết đúng hạn': a share of files, said of a procedure's or a field's row
# as 'Tỷ lệ hồ sơ đăng ký khai sinh nộp trực tuyến'
FILE_RATE = re.compile(r"\s*ty\s*le\s+(?:ho\s*so\s+)?(?=(?:nop|giai\s*quyet|tiep\s*nhan|tra|thanh\s*toan|so\s*hoa|ky\s*so|"
                       r"dung\s*han|truoc\s*han|qua\s*han|tre\s*han|truc\s*tuyen|duoc)(?!\w))")
PROCESS_ROW = re.compile(r"\s*(?:da\s*|duoc\s*)?(?:giai\s*quyet|tiep\s*nhan|nop|tra\s*ket\s*qua|so\s*hoa|chuyen|thanh\s*toan|"
                         r"dang\s*giai\s*quyet|cho\s*bo\s*sung|tu\s*choi|rut)(?!\w)")
UNIT_NOTE = re.compile(r"\s*\(\s*(%|[^\W\d][^()\d]{0,14}?)\s*\)\s*$")


def _labelled_compared(cells: list[tuple[int, str]], name_at: int, base: str, unit: str, by_period: list,
                       roles: list) -> list[MetricHit]:
    """'3 | Tỷ lệ hồ sơ giải quyết đúng hạn (%) | 98,7 | 99,1 | 94,2 | -4,9' under 'Quý I/2026 | Quý II/2026 | Quý
    III/2026 | Tăng (+), giảm (-) so với quý II/2026': each column's value named by its quarter ('… quý I/2026'),
    and the change of the latest ('Mức giảm … quý III/2026 so với quý II/2026'); no period form for a quarter."""
    from extractors.scores import NO_PERIOD, column_label
    out = []
    for (i, at, cell), period in sorted(by_period, key=lambda item: item[0][0]):
        value = parse_number(TABLE_VALUE.search(fold(cell).strip()).group(1))
        label = column_label("value@" + period)
        if value is not None:
            out.append(MetricHit(min(name_at, at), at + len(cell.rstrip()), f"{base} {label}" if label else base,
                                 value, unit, period=NO_PERIOD if label else period))
    by_period = [(v, p) for v, p in by_period if column_label("value@" + p)]
    latest = column_label("value@" + by_period[-1][1])
    earlier = column_label("value@" + by_period[-2][1]) if len(by_period) > 1 else None
    return out + _signed_changes(cells, roles, lambda word, role: _clean(
        f"Mức {word} {_lower_first(base)} {latest} {role[7:] or f'so với {earlier}'}"),
        "điểm phần trăm" if unit == "%" else unit)


def _counted_beside(cells: list[tuple[int, str]], roles: Optional[list], of: str, year: str) -> list[MetricHit]:
    """A count column beside a row's rates by period ('Hồ sơ có phí, lệ phí cả năm (hồ sơ)' after 'Quý I | … | Cả
    năm' of 'Tỷ lệ hồ sơ … lĩnh vực chứng thực'): the year's count, named for the row's field (`of`) as the rates are."""
    out = []
    for i, (at, cell) in enumerate(cells):
        role = roles[i] if roles and i < len(roles) else None
        value = _cell_number(cell) if role and role.startswith("count:") and "|" in role else None
        if value is not None:
            measure, _, qualifier = role[6:].partition("|")
            qualifier = re.sub(r"\s*cả\s+năm(?:\s+\d{4})?\s*$", "", qualifier)
            out.append(MetricHit(at, at + len(cell.rstrip()), _clean(f"Số {measure} {qualifier}{of}"), value,
                                 measure, period=year))
    return out


def _unit_column(cells: list[tuple[int, str]], roles: Optional[list], as_written: bool = False) -> Optional[str]:
    """The unit an 'ĐVT' column gives the row ('hồ sơ', '%', 'PAKN'), None without one; `as_written`: a unit the
    measures do not know, as the column writes it in small letters ('tin, bài', 'video', 'tờ')."""
    at = roles.index("unit") if roles and "unit" in roles else None
    if at is None or at >= len(cells):
        return None
    written = cells[at][1].strip()
    money = MONEY.fullmatch("1 " + fold(written))
    if money:
        return MONEY_UNIT[re.match(r"[a-z]+", fold(money.group(2))).group(0)]     # 'triệu đồng': an amount of money
    entry = lookup("measures", written) if written and written != "%" else None
    if as_written and not entry and written != "%" and written.islower() \
            and re.fullmatch(r"[^\W\d]+(?:,?\s[^\W\d]+){0,2}", written):
        return written
    return "%" if written == "%" else (entry.name if entry else None)


def _rate_of_row(cells, named, rated, roles) -> list[MetricHit]:
    """'3 | Công chức giải quyết công việc | 85,6 | +2,9' under 'STT | Yếu tố | Tỷ lệ hài lòng (%) | So với năm
    2024': the column's rate about the row ('Tỷ lệ hài lòng về công chức giải quyết công việc'), and its
    change in percentage points where a 'change:' column gives one."""
    _, name_at, name = named
    i, at, cell = rated
    value = _cell_number(cell)
    if value is None:
        return []
    rate = roles[i][5:]
    name = _clean(name)
    of_files = FILE_RATE.match(fold(rate))
    whole = TOTAL_ROW.fullmatch(fold(name))
    if of_files and (whole or SUBTOTAL_OF.fullmatch(name) or _names_field(name) or PROCEDURE_ROW.match(fold(name))):
        # 'Đăng ký khai sinh | … | 97,42' under 'Tỷ lệ nộp trực tuyến (%)': 'Tỷ lệ hồ sơ đăng ký khai sinh nộp trực
        # tuyến' (a field's 'lĩnh vực hộ tịch', a subtotal's its group's, the whole's no name)
        which = "" if whole else f"{_of_field(name) if _is_field(name) else _lower_first(name)} "
        about = _clean(f"Tỷ lệ hồ sơ {which}{rate[of_files.end():]}")
    else:
        about = f"{rate} về {_lower_first(name)}"
    out = [MetricHit(min(name_at, at), at + len(cell.rstrip()), about, value, "%")]
    return out + _signed_changes(cells, roles, lambda word, role: _clean(f"Mức {word} {_lower_first(about)} "
                                                                          f"{_lower_first(role[7:])}"), "điểm phần trăm")


def _signed_changes(cells: list[tuple[int, str]], roles: list, name_of, unit: str) -> list[MetricHit]:
    """The signed cells ('+1,5', '-1,8') of a row's 'change:' columns, named by `name_of(word, role)`."""
    out = []
    for k, (at, cell) in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        change = SIGNED.fullmatch(cell) if role and role.startswith("change:") else None
        amount = parse_number(change.group(2)) if change else None
        if amount is not None:
            word = "tăng" if change.group(1) in ("+", "tăng", "Tăng") else "giảm"
            out.append(MetricHit(at, at + len(cell.rstrip()), name_of(word, role), amount, unit))
    return out


def _row_quarter(cells: list[tuple[int, str]], roles: list) -> Optional[tuple[int, int]]:
    """'Quý II/2026' in a row's period column: (2, 2026); a bare 'Quý II' in the year the table's period or else
    the document's date says."""
    from extractors.scores import QUARTER_YEAR, quarter_number
    at = next((i for i, r in enumerate(roles) if r and r.startswith("period@")), None)
    m = QUARTER_YEAR.fullmatch(fold(cells[at][1])) if at is not None and at < len(cells) else None
    if m:
        return quarter_number(m.group(1)), int(m.group(2))
    # (a Roman numeral alone under 'Quý': 'I', 'II' …)
    bare = re.fullmatch(r"\s*(?:quy\s*(iv|i{1,3}|[1-4])|(iv|i{1,3}))\s*", fold(cells[at][1])) if at is not None and at < len(cells) else None
    year = _table_year(roles) if bare else None
    return (quarter_number(bare.group(1) or bare.group(2)), int(year)) if year else None


def _table_year(roles: list) -> Optional[str]:
    """The year of a table with a period a row: its own period's ('period@<issued>|<period>'), else the document's
    date's; None when neither is known."""
    role = next((r for r in roles if r and r.startswith("period@")), None)
    issued, _, period = (role or "")[len("period@"):].partition("|")
    year = (period or issued)[:4]
    return year if year.isdigit() else None


SUM_OR_SAME_MONTH = re.compile(r"\s*(?:cong|tong\s*cong|cung\s*ky)\s*(?:thang\s*)?(\d{1,2})\s*/\s*(\d{4})\s*")


def _month_row_changes(text: str, roles: list) -> list[MetricHit]:
    """A row of a table with a month a row ('8 | 87,91 | 81 | +15' under 'Tháng | Tổng điểm | Xếp hạng |
    Tăng (+), giảm (-) bậc so với tháng trước'): the change in rank ('steps:') or in points ('change:') in
    its signed cell, in the row's month; 'tháng trước' named as the month before. A count column ('Hồ sơ quá
    hạn' over '(hồ sơ)', role 'count:hồ sơ|quá hạn') or a named rate column ('rate:Tỷ lệ …') gives the
    month's figure; a row of the months' sum ('Cộng 4 tháng', 'Tổng cộng') gives them with no period."""
    from extractors.scores import NO_PERIOD, QUARTER_ROMAN, WHOLE_YEAR, row_month
    cells = _cells_at(text)
    month = row_month([c for _, c in cells], roles)
    summed = month is None and any(re.match(r"\s*(?:cong|tong\s*cong|tong|luy\s*ke|binh\s*quan)(?!\w)", fold(c))
                                   for _, c in cells[:2])
    named = next((m for _, c in cells[:2] for m in [SUM_OR_SAME_MONTH.fullmatch(fold(c))] if m), None) \
        if month is None else None
    if named and 1 <= int(named.group(1)) <= 12:
        # 'Cộng tháng 01/2027' below the weeks, 'Cùng kỳ tháng 01/2026' below it: that month's figures
        month, summed = f"{named.group(2)}-{int(named.group(1)):02d}", False
    quarter = _row_quarter(cells, roles) if month is None else None
    year = next((m.group(1) for _, c in cells[:2] for m in [re.fullmatch(r"\s*(?:ca\s*)?nam\s*(\d{4})\s*", fold(c))] if m), None) \
        if month is None and quarter is None else None
    if month is None and quarter is None and year is None and any(WHOLE_YEAR.fullmatch(fold(c)) for _, c in cells[:2]):
        # 'Cả năm' below 'Quý I' … 'Quý IV': the year of the table's period, else of the document's date
        year = _table_year(roles)
    # 'Quý I/2026 | 1.186 | 842 | 70,99': the quarter's figures, named by it (no period form); 'Cả năm 2026', 'Năm 2025'
    # below them: the year's
    month = year or month
    quarter_said = f" quý {QUARTER_ROMAN[quarter[0] - 1]}/{quarter[1]}" if quarter else ""
    # ('Tháng | Tổng điểm của xã | Bình quân thành phố | Chênh lệch so với bình quân (điểm)': the city's mean that month
    # and the commune's gap to it)
    out = [replace(hit, period=month or NO_PERIOD) for hit in _peer_cells(text, roles, "Tổng điểm")] \
        if month or summed or quarter_said else []
    for k, (at, cell) in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        if role and role.startswith("time:") and (month or summed or quarter_said):
            unit, _, name = role[5:].partition("|")          # 'Thời gian chờ bình quân (phút)': the month's time
            value = _cell_number(cell)
            if value is not None:
                out.append(MetricHit(at, at + len(cell.rstrip()), _clean(name + quarter_said), value, unit,
                                     period=month or NO_PERIOD))
            continue
        if role and role.startswith(("count:", "rate:")) and (month or summed or quarter_said):
            measure, _, qualifier = role[6:].partition("|")
            rated = role.startswith("rate:")
            value = _cell_number(cell)
            if value is not None and not (rated and value > 100):
                name = role[5:] if rated else f"Số tiền {qualifier}" if measure in ("đồng", "triệu đồng") \
                    else f"Số {measure} {qualifier}"
                out.append(MetricHit(at, at + len(cell.rstrip()), _clean(name + quarter_said), value, "%" if rated else measure,
                                     period=month or NO_PERIOD))
            continue
        if role and re.fullmatch(r"pct@\d{4}", role) and (quarter_said or (month and re.fullmatch(r"\d{4}", month))):
            # 'Quý I | 964 | 676 | 70,12 | 48,36' under '… | Tỷ lệ (%) | Cùng kỳ năm 2025 (%)': the rate in the same quarter
            # of that year (no period form), or in that year on the year's row
            rate = next((r[5:] for r in roles if r and r.startswith("rate:")), None)
            value = _cell_number(cell)
            if rate and value is not None and value <= 100 and role[4:] != (month or quarter_said[-4:]):
                then = re.sub(r"/\d{4}$", "/" + role[4:], quarter_said)
                out.append(MetricHit(at, at + len(cell.rstrip()), _clean(rate + then), value, "%",
                                     period=NO_PERIOD if quarter_said else role[4:]))
            continue
        signed = SIGNED.fullmatch(cell) if role and role.startswith(("steps:", "change:")) else None
        amount = parse_number(signed.group(2)) if signed else None
        quarter = _row_quarter(cells, roles) if amount is not None and month is None else None
        if amount is None or (month is None and quarter is None):
            continue
        word = "tăng" if signed.group(1) in ("+", "tăng", "Tăng") else "giảm"
        against = role.partition(":")[2]
        if quarter:
            # 'Quý II/2026 | 91,92 | 63 | +21' under '… so với quý trước': since the quarter before, no period form
            number, year = quarter
            number, year = (number - 1, year) if number > 1 else (4, year - 1)
            against = re.sub(r"(?i)quý (?:liền )?trước", f"quý {QUARTER_ROMAN[number - 1]}/{year}", against)
            name, unit = (f"Số bậc xếp hạng {word} {against}", "bậc") if role.startswith("steps:") \
                else (f"Mức {word} tổng điểm {against}", "điểm")
            out.append(MetricHit(at, at + len(cell.rstrip()), _clean(name), amount, unit, period=NO_PERIOD))
            continue
        if re.search(r"thang\s*(?:lien\s*)?truoc", fold(against)):
            year, before = month_before(int(month[:4]), int(month[5:]))
            against = re.sub(r"(?i)tháng (?:liền )?trước", f"tháng {before}/{year}", against)
        name, unit = (f"Số bậc xếp hạng {word} {against}", "bậc") if role.startswith("steps:") \
            else (f"Mức {word} tổng điểm {against}", "điểm")
        out.append(MetricHit(at, at + len(cell.rstrip()), _clean(name), amount, unit, period=month))
    return out


FORM_LABEL_TAIL = re.compile(r"\s*\(\s*\d{1,3}\s*=[^()]*\)\s*$")       # '(01 = 02 + 03)', '(04 = 02/01)'
FORM_LABEL_LEAD = re.compile(r"^\s*(?:[-–+•]\s*|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*|[a-zđ]\s*\)\s*)")


def _form_row(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """A row of a statistics form ('1. Tổng số hồ sơ tiếp nhận (01 = 02 + 03) | 01 | Hồ sơ | 1.214 | 3.386'
    under 'Chỉ tiêu | Mã số | Đơn vị tính | Kỳ báo cáo | Lũy kế từ đầu năm'): the period's figure and the
    year to date's, named by the row (its numbering and its formula dropped; a '- Tiếp nhận trực tuyến' row
    counts what the unit column gives), the unit from the 'Đơn vị tính' column, else from the name."""
    from extractors.scores import NO_PERIOD
    label = next(((i, at, c) for i, (at, c) in enumerate(cells)
                  if re.search(r"[^\W\d]{2,}", c) and (i >= len(roles) or roles[i] is None)), None)
    if label is None:
        return []
    _, name_at, raw = label
    name = _clean(FORM_LABEL_TAIL.sub("", FORM_LABEL_LEAD.sub("", raw)))
    name = re.sub(r"(?i)^trong\s+đó\s*:?\s*", "", name)
    if not name:
        return []
    said = _unit_column(cells, roles)
    written = next((fold(cells[k][1]).strip() for k, r in enumerate(roles) if r == "unit" and k < len(cells)), "")
    points = bool(PLAN_POINTS.fullmatch(written) or PLAN_RANK.fullmatch(written))   # scores.py reads those rows
    if points:
        unit, base = "%", "Tỷ lệ " + _lower_first(name)          # only its share of the plan: 'Tỷ lệ điểm … so với kế hoạch'
    elif said == "%" or RATE_WORD.match(fold(name)):
        unit = "%"
        base = name if RATE_WORD.match(fold(name)) else "Tỷ lệ " + _lower_first(name)
    else:
        unit = said or _unit_named(name)
        if unit is None:
            return []
        base = name if _counts_itself(name) or _unit_named(name) else f"Số {unit} {_lower_first(name)}"
        if not re.match(r"(?:tong\s*)?so\s", fold(base)):
            base = "Số " + _lower_first(base)
    out = []
    for k, (at, cell) in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        if not role or not role.startswith(("report", "cumulative:", "ratio:", "actual")):
            continue
        value = _cell_number(cell)
        if role.startswith("ratio:"):
            if value is not None:                # done as a share of the plan: may pass 100%
                out.append(MetricHit(at, at + len(cell.rstrip()), f"{base} {role[6:]}", value, "%", period=NO_PERIOD))
            continue
        if value is None or (unit == "%" and value > 100) or points:
            continue
        if role.startswith("actual"):       # 'Thực hiện 9 tháng' (a span), 'Kết quả tháng 5/2026' (that month)
            out.append(MetricHit(min(name_at, at), at + len(cell.rstrip()), base, value, unit,
                                 period=role[7:] or NO_PERIOD))
        elif role.startswith("cumulative:"):
            out.append(MetricHit(at, at + len(cell.rstrip()), f"{base} {_lower_first(role[11:])}", value, unit,
                                 period=NO_PERIOD))
        else:
            out.append(MetricHit(min(name_at, at), at + len(cell.rstrip()), base, value, unit,
                                 period=role[7:] or None))
    return out


def _rounds_row(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """A row of survey rounds compared ('2 | Thủ tục hành chính | 87,6 | 89,1 | +1,5' under 'Nội dung đánh giá |
    Đợt I/2026 (%) | Đợt II/2026 (%) | Tăng (+), giảm (-)'): the row's rate in each round ('Tỷ lệ … về thủ tục
    hành chính') and its change since the first round, in percentage points."""
    label = next(((at, c) for i, (at, c) in enumerate(cells)
                  if re.search(r"[^\W\d]{2,}", c) and (i >= len(roles) or roles[i] is None)), None)
    if label is None:
        return []
    name_at, name = label[0], _clean(label[1])
    unit_said = re.search(r"\s*\(\s*(%|[^\W\d][^\d()]{0,15})\s*\)\s*$", name)
    if unit_said and (unit_said.group(1) == "%" or _unit_named(unit_said.group(1))):
        name = name[:unit_said.start()]            # 'Hồ sơ tiếp nhận (hồ sơ)', 'Tỷ lệ hồ sơ trực tuyến (%)': its unit
        if unit_said.group(1) == "%" and not RATE_WORD.match(fold(name)):
            name += " (%)"
    rounds = [(k, roles[k][6:].partition("|")) for k in range(min(len(cells), len(roles)))
              if roles[k] and roles[k].startswith("round:")]
    if not rounds:
        return []
    rate = rounds[0][1][2] == "%" or RATE_WORD.match(fold(name))
    unit = "%" if rate else _unit_named(name)
    if unit is None:
        return []
    about = "" if re.match(r"(?:binh\s*quan|chung|tong|cong)(?!\w)", fold(name)) else "về "     # 'Bình quân chung'
    base = name if RATE_WORD.match(fold(name)) or unit != "%" else f"Tỷ lệ {about}{_lower_first(name)}"
    if unit != "%" and not _counts_itself(name):
        base = "Số " + _lower_first(name)
    out = []
    for k, (label_, _, _) in rounds:
        value = _cell_number(cells[k][1])
        if value is not None and not (unit == "%" and value > 100):
            out.append(MetricHit(min(name_at, cells[k][0]), cells[k][0] + len(cells[k][1].rstrip()), base, value, unit))
    first = rounds[0][1][0]
    if len(rounds) == 2 and re.match(r"(?:so\s*lieu\s*)?(?:theo|cua|tren)\s", fold(first)):
        # sources, not rounds ('Theo báo cáo của xã | Theo Hệ thống'): each value named by its source, the gap by both
        out = [replace(m, name=f"{m.name} {label_}") for m, (_, (label_, _, _)) in zip(out, rounds)] \
            if len(out) == 2 else []
        other = re.sub(r"^(?:số liệu\s+)?(?:theo|của|trên)\s+", "", rounds[1][1][0])
        lead = "Mức " + _lower_first(base) if unit == "%" else base
        return out + _signed_changes(cells, roles, lambda word, _: f"{lead} {first} {'cao hơn' if word == 'tăng' else 'thấp hơn'} "
                                     f"{other}", "điểm phần trăm" if unit == "%" else unit)
    return out + _signed_changes(cells, roles, lambda word, _: f"Mức {word} {_lower_first(base)} so với {first}",
                                 "điểm phần trăm" if unit == "%" else unit)




SECTION_NUMBER = re.compile(r"\s*(\d{1,2})\s*\.?\s*")
SUB_NUMBER = re.compile(r"\s*(\d{1,2})\.\d{1,2}\.?\s*")


def row_section(text: str, found: list[MetricHit], before: Optional[tuple[str, str]]) -> Optional[tuple[str, str]]:
    """A table row numbered '1' that names a section and gives no figure ('1 | Đăng ký thường trú'; '3 | Cộng hồ sơ đăng
    ký cư trú' / '(3 = 1 + 2)'): (its number, what it names); kept for the rows numbered under it ('1.1', '1.2'), a
    row wrapped from it and none else."""
    cells = text.split("\t")
    first = cells[0] if cells else ""
    if not first.strip() and before and not found:
        return before                   # ('\t(3 = 1 + 2)': the section's name wrapped)
    sub = SUB_NUMBER.fullmatch(first)
    if sub:
        return before if before and before[0] == sub.group(1) else None
    number = SECTION_NUMBER.fullmatch(first)
    label = next((c for c in cells[1:] if re.search(r"[^\W\d]{2,}", c)), "")
    if number and label and not found and not any(_cell_number(c) is not None for c in cells[1:]):
        name = re.sub(r"\s*\([^()]*\)\s*$", "", _clean(label))
        name = re.sub(r"(?i)^(?:cộng|tổng(?:\s+cộng)?)\s+(?:số\s+)?(?:hồ\s+sơ\s+)?", "", name)
        return (number.group(1), name[:1].lower() + name[1:]) if re.search(r"[^\W\d]{3,}", name) else None
    return None


def in_row_section(found: list[MetricHit], section: str, measure: Optional[str]) -> list[MetricHit]:
    """A sub-row's figures named in its section: 'Số hồ sơ tiếp nhận' under 'Đăng ký thường trú' -> 'Số hồ sơ đăng ký
    thường trú tiếp nhận'; 'Tỷ lệ nộp trực tuyến' -> 'Tỷ lệ hồ sơ đăng ký thường trú nộp trực tuyến'."""
    out = []
    for hit in found:
        name = hit.name
        if fold(section) in fold(name):
            out.append(hit)
            continue
        count = re.match(r"((?:Tổng\s+)?[Ss]ố\s+" + re.escape(hit.unit) + r")(?:\s+|$)", name) if hit.unit != "%" else None
        rate = re.match(r"Tỷ\s+lệ\s+(?:" + re.escape(measure) + r"\s+)?" if measure else r"Tỷ\s+lệ\s+", name) \
            if hit.unit == "%" else None
        if count:
            rest = name[count.end():].strip()
            said = re.match(r"(.*?)\s*((?:tháng|quý|năm)\s+[\dIVX/]+)?$", rest)
            if said.group(1) and fold(section).startswith(fold(said.group(1))):
                rest = said.group(2) or ""          # ('Số lượt thông báo' in 'Thông báo lưu trú': the section says it)
            name = f"{count.group(1)} {section} {rest}".strip()
        elif rate and measure:
            name = f"Tỷ lệ {measure} {section} {name[rate.end():]}".strip()
        out.append(replace(hit, name=name))
    return out


def row_parent(text: str, found: list[MetricHit], before: Optional[tuple[str, str]]) -> Optional[tuple[str, str]]:
    """What the '- ' rows below a table row count parts of: the row's count ('Tổng số hồ sơ tiếp nhận | 4.215':
    ('Số hồ sơ tiếp nhận', 'hồ sơ')); kept through a 'Trong đó:' row and the parts themselves; None after a
    row of anything else."""
    cells = [c for c in text.split("\t") if c.strip()]
    name = next((c for c in cells if re.search(r"[^\W\d]{2,}", c)), "")
    if SUB_ROW.match(name) or (not found and re.fullmatch(r"\s*trong\s*do\s*:?\s*", fold(name))):
        return before
    count = next((m for m in found if m.unit != "%"), None)
    label = _clean(name)
    if count is None or not re.match(r"(?:tong\s*)?so\s|ho\s*so\s", fold(label)):
        return None
    if re.match(r"ho\s*so\s", fold(label)):
        return f"Số {_lower_first(label)}", count.unit        # 'Hồ sơ tiếp nhận mới | 214 | …'
    return re.sub(r"(?i)^tổng\s+số\s", "Số ", label), count.unit


def _component_rate(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """A component's row in a table of points ('1 | Hồ sơ giải quyết đúng hạn | 97,6% | | ' under 'Kết quả | Điểm
    đạt | Điểm tối đa'): its rate, where the row gives one and no points."""
    scored = [c for i, (_, c) in enumerate(cells) if i < len(roles) and roles[i] in ("value", "max")]
    rates = [(p, c) for i, (p, c) in enumerate(cells) if i < len(roles) and roles[i] == "value" and RATE_CELL.fullmatch(c)]
    points = [c for c in scored if re.fullmatch(r"\s*\d+(?:[,.]\d+)?\s*", c)]
    named = next(((p, c) for p, c in cells if re.search(r"[^\W\d]{2,}", c) and not ROMAN_CELL.fullmatch(c)), None)
    if len(rates) != 1 or points or named is None or criterion_of(named[1].strip(), 0.9):
        return []
    (at, cell), (name_at, name) = rates[0], named
    value = parse_number(RATE_CELL.fullmatch(cell).group(1))
    name = _clean(name)
    if value is None or value > 100:
        return []
    name = name if RATE_WORD.match(fold(name)) else "Tỷ lệ " + _lower_first(name)
    return [MetricHit(name_at, at + len(cell.rstrip()), name, value, "%")]


RATE_CELL = re.compile(r"\s*(\d+(?:[,.]\d+)?)\s*%\s*")
ROMAN_CELL = re.compile(r"\s*[IVX]{1,5}\.?\s*")


SUB_CODE = re.compile(r"\s*\d{1,2}\.\d{1,2}\.?\s*")      # '2.1': a sub-indicator of group 2


def _sub_indicator_row(cells: list[tuple[int, str]], roles: list) -> list[MetricHit]:
    """'2.1 | Hồ sơ giải quyết đúng hạn | 14 | 13,9 | 0,1 | 09/1.263 hồ sơ quá hạn (…' under a group's row in a table of
    points: the sub-indicator's points ('Điểm chỉ tiêu …'), the points it lost, and the counts its reason cell gives."""
    if len(cells) < 2 or not re.search(r"[^\W\d]", cells[1][1]):
        return []
    name = _lower_first(_clean(cells[1][1]))
    out = []
    for k, (start, cell) in enumerate(cells[2:], start=2):
        role = roles[k] if k < len(roles) else None
        value = _cell_number(cell) if "%" not in cell else None
        if role == "value" and value is not None:
            out.append(MetricHit(start, start + len(cell.rstrip()), f"Điểm chỉ tiêu {name}", value, "điểm"))
        elif role == "deducted" and value is not None and roles.index("deducted") == k:
            if value:
                out.append(MetricHit(start, start + len(cell.rstrip()), f"Số điểm bị trừ chỉ tiêu {name}", value, "điểm"))
        elif role != "max" and value is None and re.search(r"\d", cell):
            # ('09/1.263 hồ sơ quá hạn (đất đai 07,', 'Tỷ lệ tái sử dụng chỉ đạt 64%'): why it lost them, in figures
            out += [replace(h, start=h.start + start, end=h.end + start) for h in find_metrics(cell)]
    return out


def _group_rest(rest: str, group: str) -> str:
    """What a group of columns rates, from the caption's rest ('hồ sơ nộp trực tuyến toàn trình và tỷ lệ thanh toán
    trực tuyến' and the group 'Thanh toán trực tuyến': 'thanh toán trực tuyến'), else the group's own name."""
    return next((part for part in re.split(r"\s+và\s+(?:tỷ\s+lệ\s+)?", rest) if fold(group).strip() in fold(part)),
                _lower_first(group))


def table_metrics(text: str, folded: Optional[str] = None, roles: Optional[list] = None,
                  units: Optional[list] = None, parent: Optional[tuple[str, str]] = None,
                  measure: Optional[str] = None, subparts: bool = False, declared: Optional[str] = None,
                  declared_rest: str = "", spans: Optional[dict] = None) -> list[MetricHit]:
    """A row of a table of results (`_table_row`); an amount of money a row gives ('Số tiền thu qua thanh toán trực
    tuyến | triệu đồng | 58,4 | …') named 'Số tiền …'."""
    out = _table_row(text, folded, roles, units, parent, measure, subparts, declared, declared_rest, spans)
    for hit in out:
        if hit.unit in MONEY_UNIT.values():
            name = re.sub(r"^Số (?:triệu |tỷ |nghìn )?đồng\s+", "", hit.name)
            hit.name = name if re.match(r"(?:Tổng số tiền|Số tiền|Chi phí)\b", name, flags=re.I) \
                else f"Số tiền {_lower_first(name)}"
            hit.name = hit.name[:1].upper() + hit.name[1:]
    return out


def _table_row(text: str, folded: Optional[str] = None, roles: Optional[list] = None,
               units: Optional[list] = None, parent: Optional[tuple[str, str]] = None,
               measure: Optional[str] = None, subparts: bool = False, declared: Optional[str] = None,
               declared_rest: str = "", spans: Optional[dict] = None) -> list[MetricHit]:
    """A row of a table of results ('3 | Số hồ sơ trễ hạn | 12 hồ sơ', '4 Tỷ lệ hồ sơ trực tuyến 93,6%'):
    the name cell names the metric; the value cell gives the number and its unit ('%', a measure
    written after it, else the measure the name counts). `parent`: the count of the row above its
    '- ' parts (`row_parent`), what a part that names no measure counts of."""
    folded = folded if folded is not None else fold(text)
    if "\t" in text and roles and any(r and r.startswith("period@") for r in roles[:2]):
        return _month_row_changes(text, roles)       # a month a row ('1 | 01/2026 | 1.284 | 512 | 39,88 | …')
    aims = [c for c in text.split("\t")[1:] if re.match(r"\s*(?:≥|≤|>=|<=|tốp|top)\s*\d", c, flags=re.I)]
    if "\t" in text and aims and not any(r and (r.startswith(("report", "actual", "cumulative:")) or is_plan(roles)) for r in roles or []) \
            and all(_cell_number(c) is None or re.match(r"\s*(?:≥|≤|>=|<=|tốp|top)\s*\d|\s*100\s*$", c, flags=re.I)
                    for c in text.split("\t")[2:] if c.strip()):
        return []          # 'Tỷ lệ số hóa … (%) | ≥ 90 | 100 | 100' in a roadmap: a row of targets, none measured
    if "\t" in text and roles and "max" in roles and not any(r and (r == "value" or r.startswith(("value@", "crit:", "count:", "rate")))
                                                             for r in roles):
        return []          # 'Số hóa hồ sơ | 22 | PCT … | Từ 20,60' under 'Điểm tối đa | … | Điểm mục tiêu': a group's maximum
    if subparts and "\t" in text and roles and {"max", "value"} <= set(roles) and SUB_CODE.fullmatch(text.split("\t")[0]):
        return _sub_indicator_row(_cells_at(text), roles)
    if "\t" in text:
        cells = _cells_at(text)
    else:
        m = re.match(r"^(\s*(?:\d{1,2}\s*[.)]?\s+)?)(.*?[^\W\d].*?)\s+(\d[\d.,]*(?:\s*%|\s+[^\W\d][^\d]{0,20})?)\s*$", text)
        if not m:
            return []
        cells = [(m.start(2), m.group(2)), (m.start(3), m.group(3))]
    if roles and "\t" in text and (any(r and r.startswith(("report", "cumulative:")) for r in roles) or is_plan(roles)):
        return _form_row(cells, roles)
    if roles and "\t" in text and any((r or "").startswith("kindcount:") for r in roles):
        return _kind_counts(cells, roles)
    mean = _mean_of_units(cells, roles) if roles and "\t" in text and {"unitrow", "place", "ownunit"} & set(roles) else None
    if mean:
        return mean
    if roles and "\t" in text and "unitrow" in roles and "value" not in roles \
            and any((r or "").startswith("rate:Chỉ số hài lòng") for r in roles):
        # 'Xã Gia Phúc | 89,10 | 85,62 | …' under the five part-indices of SIPAS (no total beside them): the commune's
        from extractors.scores import place_or_unit
        at = roles.index("unitrow")
        return _unit_rates(cells, roles, place_or_unit(cells[at][1].strip()) if at < len(cells) else None)
    if roles and "\t" in text and "sipas" in roles:
        return _sipas_period_row(cells, roles)
    total = _units_total(cells, roles) if roles and "\t" in text and "unitrow" in roles else None
    if total is not None:
        return total
    if roles and "\t" in text and "place" in roles:
        summed = _places_summed(cells, roles)
        if summed:
            return summed
    if roles and "\t" in text and any(r and r.startswith("round:") for r in roles):
        return _rounds_row(cells, roles)
    if roles and "\t" in text and "max" in roles and "value" in roles:
        return _component_rate(cells, roles)
        # ('2.1 | Rà soát, kiểm tra văn bản | 3 | 3' under 'Điểm tối đa | Điểm tự chấm': points, no counts)
    named = [(i, p, c) for i, (p, c) in enumerate(cells)
             if re.search(r"[^\W\d]{2,}", c) and not TABLE_VALUE.fullmatch(fold(c).strip())]
    if not named:
        return []
    values = [(i, p, c) for i, (p, c) in enumerate(cells) if i > named[0][0] and TABLE_VALUE.fullmatch(fold(c).strip())]
    aimed = [v for v in values if roles and v[0] < len(roles) and roles[v[0]] == "aim"]
    if aimed and "unit" in roles:
        values = [v for v in values if v not in aimed]      # (the targets under 'Chỉ tiêu năm 2027', beside an 'ĐVT')
    if not values:
        return []
    if len(values) == 2 and roles and all(v[0] < len(roles) for v in values) \
            and (roles[values[0][0]] or "").startswith("count:") and roles[values[1][0]] == "rate":
        return _count_and_rate(cells, named[0], values, roles[values[0][0]][6:])
    levels = [v for v in values if roles and v[0] < len(roles) and (roles[v[0]] or "").startswith(LEVEL_ROLE)]
    if len(levels) >= 2:
        # 'Thái độ phục vụ | 829 | 17 | 5 | 97,41' under 'Hài lòng | Bình thường | Không hài lòng | Tỷ lệ hài lòng (%)'
        _, name_at, name = named[0]
        counted = declared if declared and declared != "%" else "lượt"
        about = "" if re.match(r"\s*(?:tong\s*)?cong(?!\w)", fold(name)) else f" về {_lower_first(_clean(name))}"  # ('Cộng 03 tiêu chí')
        out = [MetricHit(min(name_at, at), at + len(cell.rstrip()), f"Số {counted} đánh giá {roles[i][len(LEVEL_ROLE):]}{about}",
                         _cell_number(cell), counted) for i, at, cell in levels if _cell_number(cell) is not None]
        if not about:
            return out
        rates = [v for v in values if (roles[v[0]] or "").startswith("rate:")]
        return out + [m for r in rates for m in _rate_of_row(cells, named[0], r, roles)]
    rated = [v for v in values if roles and v[0] < len(roles) and (roles[v[0]] or "").startswith("rate:")]
    by_period = [(v, roles[v[0]][6:]) for v in values if roles and v[0] < len(roles) and (roles[v[0]] or "").startswith("value@")]
    if rated:
        # one rate column, or the shares of each level of satisfaction ('Rất hài lòng | Hài lòng | …'); beside the
        # counts of each period ('Quý I | … | Cả năm 2026 | Tỷ lệ nộp trực tuyến (%)'), those too
        found = [m for r in rated for m in _rate_of_row(cells, named[0], r, roles)]
        counted = _periods_compared(cells, named[0], by_period, roles, units, parent, measure, declared, declared_rest) \
            if len(by_period) >= 2 else []
        return counted + list({(m.name, m.value): m for m in found}.values())
    if spans and declared and len({spans.get(v[0]) for v, _ in by_period} - {None}) >= 2:
        # 'Tuệ Tĩnh | 82,46 | 85,12 | 80,37 | 86,1 | …' under 'Nộp trực tuyến toàn trình' and 'Thanh toán trực tuyến',
        # each spanning 'T11 | T12 | Năm 2026': each group's rate of the row in each period ('Hộ tịch | 287 | 312 | 285 |
        # …' under 'Tiếp nhận mới' and 'Đã giải quyết', each spanning 'Tháng 11 | Tháng 12' and 'Đơn vị tính: hồ sơ':
        # each group's count)
        return [m for group in dict.fromkeys(spans[v[0]] for v, _ in by_period if v[0] in spans)
                for m in _periods_compared(cells, named[0], [(v, p) for v, p in by_period if spans.get(v[0]) == group],
                                           roles, units, parent, measure, declared, _group_rest(declared_rest, group))]
    if len(values) > 1 and len(by_period) >= 2:
        return _periods_compared(cells, named[0], by_period, roles, units, parent, measure, declared, declared_rest)
    if len(values) > 1:
        chosen = [v for v in values if roles and v[0] < len(roles) and roles[v[0]] == "value"]
        if len(chosen) != 1:
            return []
        values = chosen
    _, at, cell = values[0]
    _, name_at, name = named[0]
    name = _clean(name)
    vm = TABLE_VALUE.search(fold(cell).strip())
    stripped = cell.strip()
    offset = at + (len(cell) - len(cell.lstrip()))
    value = parse_number(vm.group(1))
    if value is None:
        return []
    if vm.group(2):
        unit = "%"
    else:
        written = stripped[vm.start(3):vm.end(3)] if vm.group(3) else ""
        entry = lookup("measures", written) if written else None
        if written and not entry:
            return []
        # ('Tin, bài về … | Trang thông tin điện tử phường | tin, bài | 118' under 'ĐVT': the unit its column writes)
        column = _unit_column(cells, roles, as_written=True)
        if entry:
            unit = entry.name
        elif column:
            unit = column
        else:
            unit = _unit_named(name)
            if unit is None:
                return []
    f = fold(name)
    if unit == "%" and not RATE_WORD.match(f):
        name = "Tỷ lệ " + _lower_first(name)
    elif unit != "%" and not _counts_itself(name) and not RATE_WORD.match(f):
        name = "Số " + _lower_first(name)
    role = roles[values[0][0]] if roles and values[0][0] < len(roles) else None
    # ('Thực hiện năm 2026'; 'Kết quả đến' over '31/12/2026': as of that day)
    when = role[6:] if role and re.fullmatch(r"value@\d{4}(?:-\d{2}){0,2}", role) else None
    return [MetricHit(min(name_at, offset), offset + len(stripped), name, value, unit, period=when)]
