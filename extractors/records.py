"""Extraction facade: pages of restored text in, the record contract out.

    extract_records(pages, source=None, signatures=None) -> DocumentRecords

1. Signature appearances stamped on the pages ('… đã ký lên văn bản này!') become text signatures
   (extractors.signatures.signatures_from_lines) and their lines are kept out of the analysis.
2. The header and the signature block give the document's facts (extractors.header).
3. The body is cut into blocks (paragraphs, bullets, table rows: extractors.sections) and each block
   runs through the spaCy pipeline (extractors.nlp). Walking the blocks in order, a section tracker
   gives every bullet under a numbered unit heading to that unit, carries the period a passage or a
   table is about, and the table header's column roles.
4. Records get provenance (page, line, source text, confidence) and the checks (extractors.checks).
"""
from __future__ import annotations

import dataclasses
import logging
import re
from typing import NamedTuple, Optional

from extractors import checks
from extractors.codes import joined, plain_row_code, referenced, row_code, wrapped_name
from extractors.gazetteer import criterion_of, find_all, find_unit, fold, lookup, places as city_places
from extractors.deadlines import ROMAN, ROUTINE, find_deadline
from extractors.header import APPROVAL_BOX, Header, read_header
from extractors.legend import with_legend
from extractors.folded import unfold
from extractors.sideways import upright
from extractors.metrics import EARLIER, FIELD_COLUMN, NUMBERED_POINT, PERSON_COLUMN, TOTAL_ROW, _lower_first, MetricHit, unit_table_columns, units_across
from extractors.nlp import analyse, folded_text
from extractors.numbers import find_periods, iso_date, month_before, month_of, parse_number
from extractors.roster import member_work, members_from_tables, office_unit
from extractors.scores import (AMONG, COLUMN_NUMBERS_ROW, _first_cell_wraps, _wholes_row, _full_stop_before, spanned_groups, period_groups, _period_counts, naming_rows, AVERAGE_OF_UNITS, _place_named, BARE_MONTH_PERIOD, CITY_MEAN_PHRASE, INDEX_766, MAXIMA_CELL, NO_PERIOD, SMALLEST_TOTAL, STATED_AFTER_NAME,
                               STATED_MAX, TOTAL,
                               header_roles, header_units,
                               is_form_letters, merged_header, is_header_row, is_plan, wraps_header_cell)
from extractors.sections import (person_before_office, BULLET, CLOSING_MARK, COMRADE, FIELD_LABEL, GROUP_ROLE, HEAD_TITLE, HOLDER, LEAD_VERB, LETTERED, MEETING_ROLE, NUMBERED, NO_TIME, OWN_TASKS, STAFF, TABLE_CAPTION, TIME_FIRST,
                                 Block, build_blocks, clean, committee_of, communes_listed, heading_title, lead_unit, table_task, task_table_roles, unit_in_cell, unit_of)
from vanban.model import (Assignment, Deadline, DocumentFacts, DocumentRecords, Line, MetricRecord, PageText,
                          Provenance, RankRecord, ScoreRecord, Signature, SourceFile)

log = logging.getLogger(__name__)
# 'Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã …:': who works with the unit, the work in the bullets below
PARTNERS_ONLY = re.compile(r"\s*(?:chu\s*tri\s*(?:thuc\s*hien\s*)?,?\s*)?(?:(?:phoi\s*hop|cung)\s*voi\s+[^.;:]*?)?\s*:?\s*")
# '1. Trung tâm … là đầu mối cung cấp số liệu cho Tổ công tác, có trách nhiệm:': what the unit is, leading in its duties
ROLE_THEN_DUTIES = re.compile(r"\s*la\s+[^.;:]{3,100}?,?\s*(?:(?:co|chiu)\s*trach\s*nhiem(?:\s*(?:sau|nhu\s*sau))?)?\s*:?\s*")
PAST = re.compile(r"^(?:[\w\s,\-]{0,60}?\s)?(?:da|da\s+va\s+dang)\s+(?!duoc\s+giao)")   # '… đã tổng hợp …'


try:                                             # the signatures stage may not be there yet
    from extractors.signatures import signatures_from_lines
except ImportError:                              # pragma: no cover
    signatures_from_lines = None


def _text_signatures(pages: list[PageText]) -> tuple[list[Signature], set[tuple[int, int]]]:
    found: list[Signature] = []
    lines: set[tuple[int, int]] = set()
    if signatures_from_lines is None:
        return found, lines
    for page in pages:
        try:
            parsed = signatures_from_lines([line.text for line in page.lines])
        except Exception:                        # a parsing failure must not lose the document
            parsed = []
        for indices_, signature in parsed:
            found.append(signature)
            lines.update((page.number, i + 1) for i in indices_)
    return found, lines


def _page_number(page: PageText, number: int) -> bool:
    """The page number Decree 30 prints at the top of pages 2+ ('2', '- 2 -'), or a line the reader marked."""
    line = page.lines[number - 1]
    if line.region == "page_number":
        return True
    if page.number < 2 or not re.fullmatch(r"\s*-?\s*\d{1,3}\s*-?\s*", line.text):
        return False
    first = next((i for i, ln in enumerate(page.lines, 1) if ln.text.strip()), None)
    return first == number


def _merge_signatures(embedded: list[Signature], from_text: list[Signature]) -> list[Signature]:
    out = list(embedded)
    for sig in from_text:
        same = [e for e in embedded if e.signed_at and sig.signed_at and e.signed_at[:16] == sig.signed_at[:16]
                and (not e.signer or not sig.signer or fold(e.signer) == fold(sig.signer))]
        if not same:
            out.append(sig)
    return out


def _provenance(block: Block, start: int, end: int, whole: bool = False) -> Provenance:
    spans = block.where(0, len(block.text)) if whole else block.where(start, end)
    page, line_no, _, _ = spans[0]
    source = " ".join(ln.text.strip() for _, _, ln, _ in spans)
    confidence = 1.0
    for _, _, ln, offset in spans:
        confidence = min(confidence, _line_confidence(ln, start - offset, end - offset, whole))
    return Provenance(page=page, line=line_no, source_text=source, confidence=round(confidence, 4))


def _line_confidence(line: Line, start: int, end: int, whole: bool) -> float:
    """Reading confidence of the line, and the restorer's confidence on the tokens under the record."""
    restoration = line.restoration_conf
    if line.tokens:
        stripped = len(line.text) - len(line.text.lstrip())
        lo, hi = (0, len(line.text)) if whole else (start + stripped, end + stripped)
        under = [t.confidence for t in line.tokens if t.start < hi and t.end > lo]
        if under:
            restoration = min(under)
    return max(0.0, min(line.conf, restoration))


def _index_for(block: Block, pos: int, hit_index: Optional[str], ctx: dict) -> Optional[str]:
    found = find_all("indices", block.text)
    before = [entry.name for s, _, entry in found if s < pos]
    if before:
        return before[-1]
    if hit_index:
        return hit_index
    return ctx.get("index")


def _entity_for(block: Block, pos: int, ctx: dict) -> Optional[str]:
    places = [(s, entry) for s, _, entry in find_all("places", block.text) if s < pos and pos - s < 80]
    bare = list(re.finditer(r"(?<!\w)cua\s*(phuong|xa|dac\s*khu)(?=\s+(?:thang|quy|nam|dat|chi|la|\d))",
                            fold(block.text[max(0, pos - 80):pos])))
    if not places and bare:
        # '… phường Tứ Minh dẫn đầu …; nhóm chỉ tiêu Số hóa hồ sơ của phường tháng 11/2026 đạt tối đa 22/22 điểm': the
        # ward the sentence named further back
        places = [(s, entry) for s, _, entry in find_all("places", block.text) if s < pos]
    if not places:
        # 'Xã Nam Thanh Miện đứng cuối bảng cả năm, nhóm Số hóa hồ sơ chỉ đạt 14,86/22 điểm, nhóm Thanh toán trực tuyến
        # đạt 5,92/10 điểm': the commune its sentence opens with, however far on (until a ';')
        opened = max(block.text.rfind(". ", 0, pos) + 2, block.text.rfind(";", 0, pos) + 1, 0)
        lead = SENTENCE_PLACE.match(block.text, opened)
        places = [(s, entry) for s, _, entry in find_all("places", block.text) if lead and s == lead.start(2)]
    if places:
        s, entry = places[-1]
        kind_before = fold(block.text[max(0, s - 10):s])
        for kind in ("phường", "xã", "đặc khu"):
            if kind_before.rstrip().endswith(fold(kind)):
                return f"{kind} {entry.name}"
        # ('… kết quả năm 2026 của các xã sau thấp hơn bình quân chung: Yết Kiêu 88,71 điểm (thứ 103/114), Tiên Lãng
        # 89,36 điểm …': bare names in a list the sentence says are communes, each before its figures)
        sentence = max(block.text.rfind(". ", 0, s) + 2, 0)
        listed = re.search(r"(?<!\w)cac\s*(xa|phuong)(?:\s*,\s*(?:xa|phuong))?(?!\w)[^.;]*:\s*", fold(block.text[sentence:s]))
        if listed and re.match(r"\s*\d", block.text[s + len(entry.name):s + len(entry.name) + 3]) \
                and fold(block.text[s:s + len(entry.name)]) == fold(entry.name):
            return f"{entry.kind or ('phường' if listed.group(1) == 'phuong' else 'xã')} {entry.name}"
    if ctx.get("units_ranked") and block.kind == "bullet":
        # '- Phòng Kinh tế, Hạ tầng và Đô thị xếp cuối … (tháng 10/2026 đạt 84,5 điểm, cũng xếp thứ 5/5)' below a
        # table ranking the ward's offices: the office's own points
        office = next((e for s, _, e in find_all("units", block.text[:60]) if s <= 2 and e.kind != "ubnd"), None)
        if office:
            return lead_unit(block.text)[0] or office.name
    lead = LEADING_PLACE.match(block.text)
    opening = _opening_place(block.text) if lead and block.kind in ("bullet", "prose", "numbered", "lettered") \
        and lead.end() <= pos else None
    # ('- Phường Việt Hòa dẫn đầu Cụm …; nhóm Tiến độ giải quyết … (lần lượt 20/20 điểm …)': the item is about the
    # commune or ward it opens with, however far on its figures are)
    return opening or ctx.get("place_section") or ctx.get("entity")


def _opening_place(text: str) -> Optional[str]:
    """The commune or ward an item opens with ('2. Xã Thượng Hồng …', '- Phường Việt Hòa …'): 'xã Thượng Hồng'."""
    lead = LEADING_PLACE.match(text)
    entry = next((e for s, _, e in find_all("places", text[lead.start(2):lead.start(2) + 40]) if s == 0), None) if lead else None
    return f"{lead.group(1).lower()} {entry.name}" if entry else None


SENTENCE_PLACE = re.compile(r"\s*(Phường|Xã|Đặc khu)\s+(\S)")


LEADING_PLACE = re.compile(r"^\s*(?:[-–+•]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\s*\)\s*)?" + SENTENCE_PLACE.pattern[3:])   # ('2. Xã Thượng Hồng …')


def _hit_period(doc, hit, ctx: dict) -> Optional[str]:
    """A score's or rank's period: provisional as of a day, its table column's, the period before where a
    change started from it ('giảm từ 19,62 điểm xuống …'), else the one in force where it is written."""
    if hit.earlier:
        return _period_before(doc, hit.start, ctx)
    if hit.period == NO_PERIOD:
        return None                  # a quarter's column: the contract has no form for a quarter
    if hit.period and re.fullmatch(r"\d{4}-\d{2}-\d{2}", hit.period):
        return hit.period            # a column of its own day ('Ngày 12/6 | Ngày 19/6'), provisional or not
    if hit.period and hit.period.startswith(BARE_MONTH_PERIOD):
        # '(tháng 01: 88,41 điểm; …)' in a report on quarter I/2026: that month of the year in force
        return month_of(int(hit.period[len(BARE_MONTH_PERIOD):]), ctx.get("issued"),
                        _period_at(doc, hit.start, ctx) or ctx.get("month_ref"))
    if hit.period and doc._.table_row:
        return hit.period            # a table's column of its own period ('Tháng 12/2026' / '(tạm tính)', 'Bình quân
        #                              năm 2026'), whatever day the sentence above gave the provisional figures
    if doc._.table_row and not hit.period:
        # '| Tổng điểm tháng 10/2026 | 100 | 92,41 | …' below '| Tổng điểm tháng 11/2026 | …': the row's own period
        label = next((c for c in folded_text(doc)[:hit.end].split("\t") if re.search(r"[^\W\d]{2,}", c)), "")
        own = find_periods(label)
        if own:
            return own[-1][2]
    folded = folded_text(doc)
    whole = max((m.end() for m in re.finditer(r"\.(?!\d)", folded[:hit.start])), default=0)     # (over a colon's list)
    bare = YEAR_MEAN_BARE.search(folded, whole, hit.start)
    if not hit.period and bare and not find_periods(folded[bare.end():hit.start]):
        # 'Điểm bình quân năm của các nhóm chỉ tiêu: Công khai, minh bạch 18/18; …' after 'Tháng 12/2026 đạt …': the
        # year's means, of the year in force
        now = _period_at(doc, hit.start, ctx)
        return now[:4] if now else (ctx.get("month_ref") or "")[:4] or None
    mean = YEAR_MEAN.search(folded[max(0, _sentence_start(folded, hit.start)):hit.start])
    if not hit.period and mean and "so voi" not in folded[max(0, _sentence_start(folded, hit.start)) + mean.end():hit.start] \
            and re.fullmatch(r"\d{4}(?:-\d{2})?", ctx.get("month_ref") or ""):
        # 'Tính bình quân 12 tháng, phường đạt 92,97 điểm, xếp thứ 42/114' in a report on the year: the year's (the year
        # in force where one is, else the report's), whatever month a note before named
        now = _period_at(doc, hit.start, ctx)
        return now if now and re.fullmatch(r"\d{4}", now) else ctx["month_ref"][:4]
    opened = folded.rfind("(", 0, hit.start)
    if not hit.period and opened > folded.rfind(")", 0, hit.start):
        # 'So với tháng 6/2026, tháng cuối cùng trước khi tiếp nhận tập trung (88,97 điểm, xếp thứ 92/114), …': the
        # figures in the parenthesis are of the period compared with, named just before it
        named = [p for p in (doc._.periods or []) if _sentence_start(folded, opened) <= p[0] and p[1] <= opened]
        own = [p for p in (doc._.periods or []) if opened < p[0] < hit.start]      # ('(tháng 11/2025 đạt …)': its own)
        if named and not own and named[-1] in (doc._.compared or []) \
                and re.fullmatch(r"\s*(?:,[^\d;:.()]{0,80})?", folded[named[-1][1]:opened]):
            return named[-1][2]
    return _provisional(doc, hit.start, ctx) or hit.period or _period_at(doc, hit.start, ctx)


SCORING_RULE = re.compile(r"(?:tu|duoi|tren)\s*\d+(?:,\d+)?\s*%[^;.()]{0,40}?(?:tro\s*(?:len|xuong)\s*)?duoc\s*$")
GRADING_SCALE = re.compile(r"thang\s*(?:diem\s*\d{1,3}|\d{1,3}\s*diem)\s*\([^()]*$")   # inside 'theo thang điểm 100 (…', 'thang 100 điểm (…' (not 'tháng 3 (')
YEAR_MEAN_BARE = re.compile(r"binh\s*quan\s*nam(?!\s*(?:nam\s*)?\d)(?=\s*(?:cua|:|,|dat|nhom\s*(?:chi\s*tieu\s*)?(?:nay\s*)?dat))")
# ('Điểm bình quân năm của …', '…; bình quân năm nhóm chỉ tiêu đạt 10,50 điểm', '…; bình quân năm đạt 17,95 điểm')
YEAR_MEAN = re.compile(r"(?:binh\s*quan|luy\s*ke)\s*(?:12\s*thang|ca\s*nam)(?!\s*(?:nam\s*)?\d)")


PUBLISHED_IN = re.compile(r"(?:cong\s*bo|ban\s*hanh)\s*(?:vao\s*)?$")
EXCEPTION_LEAD = re.compile(r"(?:^\s*|[.;,:]\s*|[-–+•]\s*)rieng\s*$")     # 'Riêng' before a period: that period only


def _period_before(doc, pos: int, ctx: dict) -> Optional[str]:
    """The period a change was measured from: the one compared with in the text ('so với tháng 9/2026'), else
    the month (year) before the period in force."""
    compared = [p for p in (doc._.compared or [])]
    if compared and re.search(r"(?:\d{1,2}|sau|chin)\s*thang\s*(?:dau|cuoi)\s*$",
                              folded_text(doc)[max(0, compared[-1][0] - 25):compared[-1][0]]):
        return None             # 'so với bình quân 6 tháng đầu năm 2026 (91,64 điểm, thứ 68/114)': a half year (no form)
    if compared:
        return compared[-1][2]
    now = _period_at(doc, pos, ctx)
    if now and re.fullmatch(r"\d{4}-\d{2}", now):
        year, month = month_before(int(now[:4]), int(now[5:]))
        return f"{year}-{month:02d}"
    if now and re.fullmatch(r"\d{4}", now):
        return str(int(now) - 1)
    return None


def _clause_ended(between: str) -> bool:
    """Between a compared period and a value: the clause ended ('so với tháng 10/2026 (thứ 95/114), xếp thứ
    93'), asides in parentheses aside; a value inside the parenthesis opened after the period is that
    period's ('so với tháng 9/2026 (91,64 điểm, hạng 75/114)')."""
    closed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), between)
    head = closed[:closed.rfind("(")] if "(" in closed else closed       # up to a parenthesis still open
    return bool(re.search(r"[;,]|\.(?!\d)", head))


def _period_at(doc, pos: int, ctx: dict, change: bool = False) -> Optional[str]:
    """The period a value at `pos` belongs to. `change`: the value is a change ('tăng 1,87 điểm'), whose
    compared period ('So với năm 2024, …') is its baseline, never its period."""
    compared = doc._.compared or []
    folded = folded_text(doc)
    clause_at = max((m.end() for m in re.finditer(r";|\.(?!\d)", folded[:pos])), default=0)
    spans = list(PARTIAL_PERIOD.finditer(folded[clause_at:pos]))
    named_after = [p for p in (doc._.periods or []) if clause_at + spans[-1].end() <= p[0] < pos] if spans else []
    if spans and spans[-1].group(1) and not named_after:
        # 'quý II đạt 90,15 điểm', 'Lũy kế 11 tháng … bình quân 91,26': no form for these (but '… bình quân 11 tháng …,
        # tăng 2,61 điểm so với bình quân năm 2025 (91,77 điểm)': the year named after it)
        return None
    sentence = max((m.end() for m in re.finditer(r"\.(?!\d)", folded[:pos])), default=0)
    partial = [m for m in PARTIAL_PERIOD.finditer(folded, sentence, pos) if m.group(1)]
    if partial and partial[-1].end() > max((p[0] for p in (doc._.periods or []) if p[0] < pos), default=-1):
        # 'Lũy kế 11 tháng: A: 17,96/18 điểm; B: 18,72/20 điểm; …': the list goes on ('Lũy kế 11 tháng năm 2025':
        # the year belongs to the span)
        return None
    this_month = re.match(r"\s*trong\s*thang(?:\s*(?:nay|bao\s*cao))?\s*,", folded[sentence:pos])
    if this_month and re.fullmatch(r"\d{4}-\d{2}", ctx.get("doc_period") or "") \
            and not [p for p in (doc._.periods or []) if sentence <= p[0] < pos]:
        return ctx["doc_period"]    # '… Bình quân năm 2026, … Trong tháng, phường …': the report's month again
    for start, end, value in reversed([p for p in (doc._.periods or []) if p[0] < pos]):
        if (start, end, value) in compared and (change or _clause_ended(folded[end:pos])
                                                or re.search(r"(?<!\w)(?:len|xuong)(?!\w)", folded[end:pos + 5])):
            # ('từ thứ 97/114 năm 2025 vươn lên thứ 38/114': the value it went to is not the year's it started from)
            # '… so với năm 2024. Nhóm chỉ tiêu …', '… tăng 2 bậc so với tháng 10/2026 (thứ 95/114), xếp thứ
            # 93/114': the comparison ended with its clause
            continue
        if _in_aside(folded, start) and ")" in folded[end:pos]:
            continue            # '(tháng 01/2026 phường xếp thứ 52). Nhóm …': an aside closed before the value
        if PUBLISHED_IN.search(folded, max(0, start - 30), start):
            continue            # '… năm 2025 của thành phố, được Bộ Nội vụ công bố tháng 5/2026, đạt 88,41/100': when it
            #                     was published, not what it measures
        lead = max((m.end() for m in re.finditer(r"[,;]|\.(?!\d)", folded[:start])), default=0)
        if re.match(r"\s*sau\s*khi\s", folded[lead:start]) and _clause_ended(folded[end:pos]):
            continue            # 'Riêng tháng 12/2026, sau khi bị nêu tên … tháng 11/2026 (…), xã … đạt 90,15 điểm': the
            #                     month of the clause before, not the lead's
        if EXCEPTION_LEAD.search(folded, 0, start) and re.search(r"\.(?!\d)", folded[end:pos]):
            continue            # 'Riêng tháng 8/2026, nhóm chỉ tiêu này chỉ đạt 16,9/20 điểm. - Thanh toán trực tuyến: bình
            #                     quân 7,15/10 điểm': the exception's month held for its own sentence only
        if WHOLE_QUARTER.search(folded[end:pos]):
            return None         # '…, tháng 3 đạt 94,08 điểm; điểm bình quân cả quý là 92,2': a quarter (no form)
        if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value) and \
                re.search(r"[;,][^;,]*(?<!\w)ca\s*nam(?!\s*\d)(?!\w)", folded[end:pos]):
            return value[:4]    # '… tháng 12/2026 đạt 96,88 điểm …; nhóm chỉ tiêu Tiến độ giải quyết cả năm đạt 19,86/20': the year
        return value
    if WHOLE_QUARTER.search(folded[:pos]):
        return None             # 'Điểm bình quân quý của từng nhóm chỉ tiêu: …' after a paragraph on one month
    period = ctx.get("period") or ctx.get("doc_period")
    return None if period == NO_PERIOD else period


def _with_span(name: str, text: str, folded: str, pos: int) -> str:
    """A count of a span the contract has no period for, named with it ('Lũy kế 11 tháng năm 2026, phường tiếp
    nhận 12.874 hồ sơ' -> 'Số hồ sơ tiếp nhận lũy kế 11 tháng năm 2026'), as 'Số hồ sơ tiếp nhận quý II/2026' is."""
    if re.search(r"so\s*voi\s*quy\s*(?:iv|i{1,3}|[1-4])\s*/\s*\d{4}$", fold(name)):
        return name         # 'Số bậc xếp hạng tăng so với quý I/2026' on the row of quarter II: named by the one before
    clause = max((m.end() for m in re.finditer(r";|\.(?!\d)", folded[:pos])), default=0)
    spans = [m for m in PARTIAL_PERIOD.finditer(folded, clause, pos) if m.group(1)]
    if not spans:
        # 'Lũy kế 11 tháng năm 2025, phường tiếp nhận …; đã giải quyết 15.391 hồ sơ': the sentence's span goes on
        # past its ';' while no other time is named
        sentence = max((m.end() for m in re.finditer(r"\.(?!\d)", folded[:pos])), default=0)
        spans = [m for m in PARTIAL_PERIOD.finditer(folded, sentence, pos)]
        if not spans or not spans[-1].group(1) or not re.match(r"luy\s*ke|binh\s*quan", spans[-1].group(1)):
            return name
    span = spans[-1]
    year = re.match(r"\s*(?:/|nam)\s*\d{4}", folded[span.end():])
    said = text[span.start():span.end() + (year.end() if year else 0)].strip()
    if fold(said) in fold(name):
        return name
    return f"{name} {said[:1].lower()}{said[1:]}"


# the last time named in a clause: a quarter or a span of months (group 1: no period form) or a month
# ('bình quân 12 tháng năm 2026' is the year's: not a part of it; 'bình quân từ đầu năm' a span)
PARTIAL_PERIOD = re.compile(r"(?<!\w)(quy\s*(?:iv|i{1,3}|[1-4])(?!\w)|(?:luy\s*ke|binh\s*quan)\s*(?!12\s*thang)(?:\d{1,2}|hai|ba|sau|chin)\s*thang"
                            r"(?:\s*(?:dau\s*|cuoi\s*)?nam\s*\d{4})?"
                            r"|(?:\d{1,2}|sau|chin)\s*thang\s*(?:dau|cuoi)\s*nam"
                            r"|(?:luy\s*ke|binh\s*quan)\s*(?:ke\s*)?tu\s*dau\s*nam(?!\s*\d))|(?<!\w)thang\s*\d{1,2}(?!\w)")
WHOLE_QUARTER = re.compile(r"(?:ca|toan|binh\s*quan|luy\s*ke)\s*quy(?!\s*(?:iv|i{1,3}|[1-4])(?!\w))")
TARGET_CUE = re.compile(r"phan\s*dau|muc\s*tieu|chi\s*tieu\s*giao|(?:dam|bao)\s*(?:bao|dam)|toi\s*thieu|tro\s*len|"
                        r"(?<!\w)se\s*dat|can\s*dat|phai\s*dat")


# ('Năm 2026, phường phấn đấu tổng điểm …': its subject may come first)
AIM_FIRST = re.compile(r"\s*(?:\d{1,2}[.)]\s*|[-–+•*]\s*)?(?:(?:[^\W\d]+\s+){0,3}?phan\s*dau|muc\s*tieu)(?!\w)")


def _aim_sentence(folded: str, pos: int) -> bool:
    """The sentence around `pos` opens with 'Phấn đấu' / 'Mục tiêu': every figure in it is aimed at
    ('2. Phấn đấu … đạt từ 95 điểm …; tỷ lệ … đạt trên 90%; không phát sinh hồ sơ quá hạn.'); so is one in
    a clause that does ('Để khắc phục …, phấn đấu đến hết tháng 12/2026 tỷ lệ … đạt từ 75% trở lên')."""
    start = _sentence_start(folded, pos)
    group = max((m.end() for m in re.finditer(r";\s", folded[start:pos])), default=0) + start
    # any clause since the last ';' opening with it ('Để cải thiện …, phấn đấu đến ngày 31/12/2025 tỷ lệ hồ sơ
    # có phí, lệ phí … đạt từ 70% trở lên': the comma inside the name does not end the aim)
    clauses = [group] + [group + m.end() for m in re.finditer(r",\s", folded[group:pos])]
    # ('… Mục tiêu năm 2027: 100% PAKN được trả lời đúng hạn': the label before the colon says so)
    # ('2. Cỡ mẫu: 400 phiếu, gồm 340 phiếu cá nhân …': a survey's planned sample, no result)
    labelled = re.search(r"(?:^|[.;]\s*)(?:[-–+•]\s*)?(?:muc\s*tieu|chi\s*tieu\s*phan\s*dau|co\s*mau)[^.:;]{0,30}:\s*$",
                         folded[:start])
    return bool(AIM_FIRST.match(folded, start) or any(AIM_FIRST.match(folded, c) for c in clauses) or labelled)


def _sentence_start(folded: str, pos: int) -> int:
    """Where the sentence (or the part after a colon) holding `pos` begins."""
    return max((m.end() for m in re.finditer(r"\.(?!\d)|:", folded[:pos])), default=0)


def _written_wrongly(folded: str, pos: int) -> bool:
    """`pos` inside the quoted words a correction says were written wrongly ('đã ghi "bình quân … 84,37 điểm", nay sửa lại
    là "… 84,41 điểm"'): the wrong figure, no record."""
    start = max(folded.rfind(".", 0, pos), folded.rfind(";", 0, pos), 0)
    quotes = [m.start() for m in re.finditer(r"[\"“”]", folded[start:pos])]
    return len(quotes) % 2 == 1 and bool(re.search(r"(?<!\w)(?:da\s*ghi|ghi\s*nham|ghi\s*sai)\s*(?:la\s*)?:?\s*$",
                                                      folded[start:start + quotes[-1]]))


def _aimed_at(folded: str, pos: int) -> bool:
    """The sentence around `pos` states a target ('Phấn đấu năm 2026 …; tỷ lệ … đạt 100%')."""
    start = _sentence_start(folded, pos)
    end = re.search(r"\.(?!\d)", folded[pos:])
    return bool(TARGET_CUE.search(folded[start:pos + (end.start() if end else len(folded) - pos)]))


TRAILING_PAREN = re.compile(r"\(([^()]{4,220})\)\s*[.;,]?\s*$")


def _trailing_unit(text: str) -> Optional[str]:
    """'… trong quý III/2026 (Văn phòng HĐND và UBND chủ trì)': the unit the closing parenthesis names as
    the one in charge (the first one, or the one that 'chủ trì' / 'thực hiện' / 'phụ trách')."""
    m = TRAILING_PAREN.search(text)
    opened = re.search(r"\(\s*(?i:giao)\s*:\s*([^;()]{3,100}?)\s*;\s*$", text) if not m else None
    if opened:
        # '… (Giao: Văn phòng HĐND và UBND phường;' with 'thời hạn: …)' on the line the item goes on with
        unit, rest = unit_of(re.sub(r"\s+", " ", opened.group(1)).strip())
        if unit and not rest:
            return unit
    if not m:
        return _given_at_end(text)
    inner = m.group(1)
    folded = fold(inner)
    given = re.match(r"\s*giao\s*:\s*(?:(?:đồng\s+chí|đ/c)\s+)?([^;]{3,100}?)\s*;\s*(?:thời\s+(?:hạn|gian)|hạn)\s*:", inner, flags=re.I)
    if given:
        # '(giao: Tổ Quản lý hành chính về trật tự xã hội; thời gian: Chủ nhật hằng tuần, …)': who, then when
        named = re.sub(r"\s+", " ", given.group(1)).strip()
        # ('Giao: Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, Trung tâm PVHCC phối hợp; …': the one in charge)
        named = re.split(r"\s+chủ\s+trì(?:\s*[,;]|\s*$)", named, maxsplit=1, flags=re.I)[0].strip(" ,")
        unit, rest = unit_of(named)
        return unit if unit and not rest else named[:1].upper() + named[1:]
    listed = _units_listed(inner.split(";")[0]) if ";" in inner else []
    if listed:
        return "; ".join(listed)     # '(Trung tâm …, Phòng Văn hóa - Xã hội; trong tháng 4/2026)': the units, then the time
    if not re.search(r"chu\s*tri|thuc\s*hien|phu\s*trach|^\s*giao\s", folded) and len(inner.split()) > 8:
        return _given_at_end(text)
    units = [(s, e, entry) for s, e, entry in find_all("units", inner) if entry.kind != "ubnd"]
    if not units or all(re.match(r"\s*,?\s*(?:cung\s*)?phoi\s*hop", folded[e:]) for s, e, _ in units):
        return _given_at_end(text[:m.start()])      # '(Công an phường phối hợp)': it helps, it is not in charge
    for s, e, entry in units:
        if re.match(r"\s*,?\s*(?:chu\s*tri|thuc\s*hien|phu\s*trach)", folded[e:]):
            name, _ = lead_unit(inner[s:])
            return name or entry.name
    name, _ = lead_unit(inner[units[0][0]:])
    return name or units[0][2].name


def _units_listed(text: str) -> list[str]:
    """'Trung tâm Phục vụ hành chính công, Phòng Văn hóa - Xã hội' -> both; [] unless every part is a unit."""
    named = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        found = find_all("units", part)
        if len(found) == 1 and found[0][0] == 0 and found[0][1] >= len(part) - 4:    # (a locality word may follow)
            named.append(unit_in_cell(part))
            continue
        pieces = [unit_in_cell(q.strip()) for q in re.split(r"\s+và\s+", part)]
        if len(pieces) < 2 or not all(pieces):
            return []
        named += pieces
    return named


GIVEN_TO = re.compile(r"[,;]\s*(?=giao(?:\s*cho)?\s+\S)")


LOCAL_UNITS = ("phòng", "trung tâm", "văn phòng", "công an", "quân sự")


def _without_locality(unit: str, locality: Optional[str]) -> str:
    """A unit of the issuing commune named with it ('Phòng Văn hóa - Xã hội phường Tứ Minh') is named as
    its other units are ('Phòng Văn hóa - Xã hội'; 'Công an phường' keeps the level word). The
    committee itself keeps its name ('UBND phường Tứ Minh'), and is given it where the text says only 'Ủy ban
    nhân dân xã'."""
    if locality and re.fullmatch(r"(?:ubnd|uy\s*ban\s*nhan\s*dan)\s*(?:xa|phuong|dac\s*khu)", fold(unit)) \
            and fold(unit).endswith(fold(locality.split()[0] if not locality.startswith("đặc khu") else "đặc khu")):
        return f"UBND {locality}"     # 'Ủy ban nhân dân xã' in the commune's own paper (an HĐND's): its committee
    if locality and unit == "Công an phường" and re.match(r"(?:xã|đặc khu)\s", locality):
        # 'CA xã' abbreviates the dictionary's 'Công an phường': a commune's police is 'Công an xã'
        return "Công an đặc khu" if locality.startswith("đặc khu") else f"Công an {locality.split()[0]}"
    if not locality or not unit.endswith(" " + locality):
        return unit
    rest = unit[:-len(locality) - 1].rstrip(" ,")
    if not rest or re.fullmatch(r"(?:ubnd|uy\s*ban\s*nhan\s*dan|hdnd|hoi\s*dong\s*nhan\s*dan|bch\s*doan|"
                                r"uy\s*ban\s*mat\s*tran\s*to\s*quoc\s*viet\s*nam)", fold(rest)) \
            or fold(rest).startswith("buu dien"):
        return unit         # ('Bưu điện văn hóa xã Nam Sách': the post's office, named for the commune, not one of its own)
    if fold(rest) in ("cong an", "ban chi huy quan su"):
        return f"{rest} {locality.split()[0]}" if not locality.startswith("đặc khu") else f"{rest} đặc khu"
    return rest


def _local_unit(name: Optional[str]) -> bool:
    """A unit of the commune itself (a phòng, its centre, its office, its police), not a body above it."""
    if not name:
        return False
    entry = lookup("units", name) or next((e for s, _, e in find_all("units", name) if s <= 1), None)
    # 'Văn phòng UBND thành phố' is an office, the city's
    return bool(entry and entry.kind in LOCAL_UNITS and not re.search(r"thanh\s*pho", fold(entry.name)))


def _commune_office(name: Optional[str]) -> bool:
    """A commune or ward another body writes to, or its chairman ('Chủ tịch UBND phường Thành Đông'): a city
    body's recommendations to it are its tasks."""
    return bool(re.match(r"(?:(?:pho\s*)?chu\s*tich\s+)?ubnd\s+(?:xa|phuong|dac\s*khu)\s+\S", fold(name or "")))


# '…, do Phòng Kinh tế thực hiện.', '…; Phòng Văn hóa - Xã hội phối hợp với Đoàn Thanh niên xã tổ chức thực hiện.'
DONE_BY = re.compile(r"[,;]\s*(?:do\s+)?(?=\S)([^,;]{4,120}?)\s+(?:chu\s*tri\s*,?\s*)?(?:phoi\s*hop\s*voi\s+[^;]{2,80}?\s+)?"
                     r"(?:to\s*chuc\s+)?thuc\s*hien(?:\s+doi\s*voi\s+[^,;]{0,80})?\s*[.;]?\s*$")


def _given_at_end(text: str) -> Optional[str]:
    """'Giải quyết dứt điểm 19 hồ sơ …, giao Phòng Kinh tế thực hiện.': the unit given the work at the end;
    so '…, do Phòng Kinh tế thực hiện.' and '…; Trung tâm PVHCC … thực hiện đối với hồ sơ …'."""
    folded = fold(text)
    given = list(GIVEN_TO.finditer(folded))
    if not given or len(folded) - given[-1].end() > 140:
        done = DONE_BY.search(folded)
        if done:
            named, _ = lead_unit(text[done.start(1):])
            return named
        return None
    return lead_unit(text[given[-1].end():])[0]


def _index_named(name: str) -> Optional[str]:
    """'Tỷ lệ chỉ số SIPAS năm 2025 của phường' names an index itself (not 'Tỷ lệ hài lòng …')."""
    m = re.match(r"ty\s*le\s+(?:chi\s*so\s+)?", fold(name))
    found = find_all("indices", name[m.end():]) if m else []
    return found[0][2].name if found and found[0][0] == 0 else None


# '… phường Lê Chân dẫn đầu với 91,36%', '… thấp nhất là xã Vĩnh Am (76,08%)': a place's value said beside its name
PLACE_RATE = re.compile(r"(xa|phuong|dac\s*khu)\s+([^\W\d][^\d(),;:%]{1,30}?)\s*(?:\(\s*|(?:dan\s*dau|dung\s*dau|"
                        r"cao\s*nhat|thap\s*nhat|xep\s*cuoi)?\s*(?:voi|dat|la|:)\s*)$")
# '… đạt 86,74%, xếp thứ 9/34 tỉnh, thành phố (năm 2024 đạt 84,9%)': the same index the year named
INDEX_EARLIER_YEAR = re.compile(r"\(\s*nam\s*(\d{4})\s*(?:dat|la|:)?\s*$")
PERCENT_INDICES = ("SIPAS",)          # the indices given as a percentage


def _placed_index_score(block: Block, doc, hit, ctx: dict) -> Optional[ScoreRecord]:
    """A percentage in a passage about SIPAS that belongs to a place named right before it ('… phường Lê Chân dẫn
    đầu với 91,36%', 'xã Vĩnh Am (76,08%)'), or to the index just scored in another year ('(năm 2024 đạt 84,9%)'):
    that place's (that year's) score; None otherwise."""
    folded = block.folded
    earlier = ctx.get("index_scored")
    if earlier and earlier[0] == id(block) and 0 <= hit.start - earlier[1] <= 160 and "%" not in folded[earlier[1]:hit.start]:
        year = INDEX_EARLIER_YEAR.search(folded, earlier[1], hit.start)
        if year:
            return ScoreRecord(entity=earlier[2].entity, index=earlier[2].index, criterion=TOTAL, value=hit.value,
                               max=None, period=year.group(1), where=_provenance(block, hit.start, hit.end))
    said = PLACE_RATE.search(folded, max(0, hit.start - 60), hit.start)
    if not said:
        return None
    place = _place_named(block.text[said.start(1):said.end(2)])
    indices = [(s, e.name) for s, _, e in find_all("indices", block.text[:said.start()], folded[:said.start()])]
    if not place or not indices or indices[-1][1] not in PERCENT_INDICES \
            or said.start() - indices[-1][0] > 400 or re.search(r"ty\s*le", folded[indices[-1][0]:said.start()]):
        return None
    return ScoreRecord(entity=place, index=indices[-1][1], criterion=TOTAL, value=hit.value,
                       max=None, period=_period_at(doc, hit.start, ctx), where=_provenance(block, hit.start, hit.end))


def _in_aside(folded: str, pos: int) -> bool:
    """Inside parentheses ('… (tháng 01/2026 phường xếp thứ 52)')."""
    return folded.rfind("(", 0, pos) > folded.rfind(")", 0, pos)


def _span_year(folded: str, period: tuple) -> bool:
    """'… 11 tháng năm 2026', '9 tháng đầu năm 2026', '(kể) từ đầu năm 2026': the year a span of months is counted in."""
    return len(period[2]) == 4 and bool(re.search(r"(?:(?:\d{1,2}|hai|ba|sau|chin)\s*thang\s*(?:dau\s*)?|(?<!\w)tu\s*dau\s*)$",
                                                  folded[max(0, period[0] - 20):period[0]])
                                        or re.match(r"(?:ke\s*)?tu\s*dau\s*nam", folded[period[0]:period[1]]))


def _own_periods(doc) -> list:
    return [p for p in (doc._.periods or []) if p not in (doc._.compared or [])]


def _document_index(text: str) -> Optional[str]:
    found = find_all("indices", text)
    if found:
        return found[0][2].name
    if re.search(r"bo\s*chi\s*so|766", fold(text)):
        return INDEX_766
    return None


# '- Đồng chí Vũ Văn Khải (Quầy số 2) …', 'Bà Trần Thị Minh Thư (Quầy số 3) đạt 89,5 điểm': a person the item is about
PERSON_POINTS_LEAD = re.compile(r"^\s*(?:[-–+•]\s*)?(?:Đồng\s+chí|Đ/c|Ông|Bà|Công\s+chức)\s+(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){1,4}"
                                r"[A-ZĐÀ-Ỹ][^\W\d_]*\s*(?:\([^()]{2,30}\))?\s*(?=[^\W\d_])")


def _subject_period(subject: str, subject_periods: list, body_periods: list) -> Optional[str]:
    """The period the document reports on: the first its subject names, else the body's first; a week's ('tuần 48 năm
    2026 (từ ngày 23/11 đến ngày 28/11/2026)') as of its last day, a week having no period form."""
    days = [p for p in subject_periods if len(p[2]) == 10]
    if days and re.search(r"(?<!\w)tuan\s*(?:\d|thu)", fold(subject)):
        return days[-1][2]
    return subject_periods[0][2] if subject_periods else (body_periods[0][2] if body_periods else None)


def extract_records(pages: list[PageText], source: SourceFile | None = None,
                    signatures: list[Signature] | None = None) -> DocumentRecords:
    text_sigs, sig_lines = _text_signatures(pages)
    lines = [(page.number, number, line) for page in pages for number, line in enumerate(page.lines, 1)
             if (page.number, number) not in sig_lines and not _page_number(page, number)]
    header = read_header([(p, n, clean(line.text)) for p, n, line in lines], [s.signer for s in text_sigs if s.signer])
    facts = DocumentFacts(
        doc_id=source.doc_id if source else None, source=source.name if source else None, pages=len(pages),
        issuer=header.issuer, doc_number=header.doc_number, doc_type=header.doc_type,
        issued_date=header.issued_date, place=header.place, subject=header.subject,
        signer_name=header.signer_name, signer_title=header.signer_title, references=header.references,
        recipients=header.recipients, signatures=_merge_signatures(list(signatures or []), text_sigs))
    records = DocumentRecords(document=facts)
    body = _body_lines(lines, header)
    blocks = upright(unfold(_addressees_joined(build_blocks(body))))     # (a table folded into halves side by side: one)
    all_text = "\n".join(b.text for b in blocks)
    subject_periods = find_periods(fold(header.subject or ""))
    body_periods = find_periods(fold(all_text))
    ctx = {
        "issued": header.issued_date,
        "entity": header.locality,
        "index": _document_index((header.subject or "") + "\n" + all_text),
        "doc_period": _subject_period(header.subject or "", subject_periods, body_periods),
        "period": None,
        "table_roles": None,
        "unit_columns": None,
        "units_across": None,
        "month_ref": _month_reference(header.subject or "", subject_periods),
    }
    ctx["sent_to"] = _communes_sent_to(blocks)     # the communes 'Kính gửi:' names, if it names them
    ctx["table_places"] = _tables_places(blocks)
    groups = {e.name: e for _, _, e in find_all("criteria", header.subject or "") if e.kind == INDEX_766 and e.name != TOTAL}
    ctx["subject_group"] = next(iter(groups.values())) if len(groups) == 1 else None   # 'V/v … nhóm chỉ tiêu "Công khai, …"'

    _walk(blocks, ctx, header, records)
    _units_ranked(ctx)                    # a table of units ending the document
    aliases = _aliases(blocks)
    _teams_by_short_name(records, blocks)
    committees = [u for u in aliases.values() if u.startswith("UBND ")]
    for task in records.tasks:
        # '… Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi là UBND cấp xã)': the short name stands for the full
        # (a table's cell 'UBND cấp xã' read as the bare committee too)
        task.assignee = aliases.get(fold(task.assignee).strip(), task.assignee)
        if fold(task.assignee).strip() in ("uy ban nhan dan", "ubnd") and len(committees) == 1:
            task.assignee = committees[0]
    if ctx["sent_to"]:
        _cluster_tasks(records, ctx["sent_to"])
    _counted_communes_tasks(records, blocks)
    if re.match(r"so\s", fold(header.issuer or "")):
        # a Sở's timetable: the rows it does itself ('Sở Nội vụ', its 'Hội đồng thẩm định') are its own plans, no work
        # it gives
        records.tasks[:] = [t for t in records.tasks
                            if not (re.match(r"so\s", fold(t.assignee)) and fold(header.issuer).startswith(fold(t.assignee).strip()))
                            and not re.match(r"hoi\s*dong\s*tham\s*dinh", fold(t.assignee))]
    # (a Cụm thi đua's notice speaks to several communes: its lead ward's units keep their ward's name)
    cluster = bool(header.issuer and re.match(r"(?:cum|khoi)\s*thi\s*dua", fold(header.issuer)))
    for task in records.tasks:
        task.assignee = task.assignee if cluster else _without_locality(task.assignee, header.locality)
    if header.locality and re.match(r"(?:xã|đặc khu)\s", header.locality) and not cluster:
        for metric in records.metrics:
            # ('… chưa có thư xin lỗi của Công an phường' read from 'Công an đặc khu 02 hồ sơ': that commune's police)
            if metric.name.endswith(" của Công an phường"):
                metric.name = metric.name[:-len("Công an phường")] + _without_locality("Công an phường", header.locality)
    _table_deadlines(records, blocks)
    _provisional_month(records, ctx.get("provisional_stated"))
    _dedupe(records, header.locality)
    _name_bare_counts(records.metrics)
    _name_by_procedure(records.metrics, header.subject)
    for record in records.scores + records.ranks + records.metrics:
        if record.period is not None and not ISO_PERIOD.fullmatch(record.period):
            log.warning("period %r of %s is no ISO period; left empty", record.period, type(record).__name__)
            record.period = None        # (a quarter's column label, 'quý IV/2026', is no period: the contract has none)
    checks.run_checks(records, issued=_given_on(blocks, header))
    return records


# a task table's column of the shortcomings each task answers ('Hạn chế, tồn tại', 'Thực trạng')
SHORTCOMINGS_COLUMN = re.compile(r"\s*(?:(?:han\s*che|ton\s*tai|thuc\s*trang|hien\s*trang|vuong\s*mac)(?:\s*(?:,|va)\s*)?){1,3}"
                                 r"(?:\s*(?:can\s*)?khac\s*phuc)?\s*")


def _situation_metrics(records: DocumentRecords, block: Block, cells: str, ctx: dict) -> None:
    """A task row's 'Hạn chế, tồn tại' cell ('Năm 2026 phát sinh 41 hồ sơ trễ hạn, trong đó lĩnh vực đất đai 33 hồ
    sơ'): the counts and rates it states, as a sentence of the report would; read again, whole, as its lines wrap
    (the row's earlier reading replaced)."""
    at = ctx.get("situation_at")
    if at is None:
        return
    said = cells.split("\t")[at].strip() if at < len(cells.split("\t")) else ""
    read = {id(m) for m in ctx.get("situation_read", [])}       # (this row's reading so far, before its lines wrapped)
    records.metrics[:] = [m for m in records.metrics if id(m) not in read]
    ctx["situation_read"] = []
    if not re.search(r"\d", said) or not block.spans:
        return
    line = Block("prose", said, [(0, len(said)) + tuple(block.spans[0][2:])], "")
    doc = analyse(line, dict(ctx))
    given = {(round(m.value, 3), m.unit) for m in records.metrics}
    for hit in doc._.metrics or []:
        if _aim_sentence(folded_text(doc), hit.start) or (round(hit.value, 3), hit.unit) in given:
            continue        # (a count the report gave before, restated as the shortcoming the task answers)
        period = None if hit.period == NO_PERIOD else hit.period or _period_at(doc, hit.start, ctx)
        records.metrics.append(MetricRecord(name=hit.name, value=hit.value, unit=hit.unit, period=period,
                                            where=_provenance(line, hit.start, hit.end)))
        ctx["situation_read"].append(records.metrics[-1])


def _provisional_month(records: DocumentRecords, day: Optional[str]) -> None:
    """A document giving a month's provisional figures as of a day ('điểm tạm tính tháng 01/2027 … (số liệu đồng bộ
    … đến 23 giờ 59 phút ngày 20/01/2027)'): the month's points and ranks read elsewhere (its table's 'Tháng
    01/2027 (tạm tính)' column, the notes on each commune) are as of that day too, unless their line says official."""
    if not day or len(day) != 10:
        return
    for record in records.scores + records.ranks:
        if record.period == day[:7] and not re.search(r"chinh\s*thuc", fold(record.where.source_text or "")):
            record.period = day


# a meeting's notice opening with its day ('Chiều ngày 19/01/2027, tại phòng họp …, đồng chí … chủ trì họp …')
MEETING_DAY = re.compile(r"\s*(?:(?:sáng|chiều|tối)\s+)?ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*,\s*(?:tại|ủy\s+ban|đồng\s+chí)\s",
                         flags=re.I)


def _given_on(blocks: list[Block], header: Header) -> Optional[str]:
    """The day the document's work was given: its issue date, or for a meeting's conclusions the meeting's day
    (work due the day after the meeting is not due before it was given, though the notice came out later)."""
    issued = header.issued_date
    if not issued or fold(header.doc_type or "") != "thong bao":
        return issued
    for block in blocks[:12]:
        met = MEETING_DAY.match(block.text) if block.kind == "prose" else None
        day = iso_date(int(met.group(1)), int(met.group(2)), int(met.group(3))) if met else None
        if day:
            return min(day, issued)
    return issued


ISO_PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# 'Ủy ban nhân dân các xã thuộc Cụm …', '… các xã, phường trong Cụm': the committees of a cluster, unnamed
CLUSTER_COMMITTEES = re.compile(r"UBND\s+các\s+(?:xã|phường|đặc\s+khu)(?:\s*,\s*(?:xã|phường|đặc\s+khu))*\s+(?:thuộc|trong)\s+"
                                r"Cụm(?:\s+thi\s+đua)?(?:\s+số\s+\d{1,2})?\s*", flags=re.I)


# 'Ủy ban nhân dân 06 xã, phường (nêu trên)': as many committees as the letter is sent to
COUNTED_COMMITTEES = re.compile(r"(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+(\d{1,2})\s+(?:xã|phường|đặc\s+khu)(?:\s*,\s*(?:xã|phường|đặc\s+khu))*"
                                r"(?:\s+(?:nêu\s+)?trên)?\s*", flags=re.I)


def _cluster_tasks(records: DocumentRecords, sent_to: str) -> None:
    """Work given to 'Ủy ban nhân dân các xã thuộc Cụm' (or to 'Ủy ban nhân dân 06 xã, phường', as many as it is sent
    to) in a letter whose 'Kính gửi:' names those communes: a task for each of them ('UBND xã Tiên Lãng', …)."""
    out = []
    named = sent_to.split("; ")
    for task in records.tasks:
        counted = COUNTED_COMMITTEES.fullmatch(task.assignee)
        if CLUSTER_COMMITTEES.fullmatch(task.assignee) or (counted and int(counted.group(1)) == len(named)):
            # ('3. Đề nghị Ủy ban nhân dân 06 xã, phường' in a letter to those six: each of them)
            out += [dataclasses.replace(task, assignee=unit) for unit in named]
        else:
            out.append(task)
    records.tasks[:] = out




# a change's name or one said against another period is no name for the count after it
NOT_A_NEIGHBOURS_NAME = re.compile(r"so với|^Mức |^Số \S+(?: \S+)? (?:tăng|giảm)(?!\w)")


def _name_bare_counts(metrics: list[MetricRecord]) -> None:
    """A count named by its unit alone ('Số hồ sơ') takes the name of the count of that unit just before it,
    on the same page at most three lines up, without that one's period: 'trong quý có 37 hồ sơ nộp trên ứng dụng
    VNeID bị từ chối tiếp nhận (tháng 10: 16 hồ sơ; tháng 11: 12 hồ sơ; …)', '- Tháng 6/2026: 231/302 hồ sơ' under
    a count of the files paid online."""
    for i, metric in enumerate(metrics):
        if metric.name != f"Số {metric.unit}":
            continue
        before = next((m for m in reversed(metrics[:i]) if m.unit == metric.unit and m.name != f"Số {m.unit}"
                       and m.where.page == metric.where.page and 0 <= metric.where.line - m.where.line <= 3), None)
        if before is None or NOT_A_NEIGHBOURS_NAME.search(before.name):
            continue
        name = re.sub(r"\s+(?:năm|tháng|quý)\s+\S+$", "", before.name)
        if not any(m.name == name and m.value == metric.value and m.period == metric.period for m in metrics):
            metric.name = name


# the one procedure a report's subject is about: 'Kết quả cấp giấy phép xây dựng nhà ở riêng lẻ năm 2026 …',
# '… tiếp nhận, giải quyết hồ sơ đăng ký hộ kinh doanh năm 2026 …' (not a level, 'cấp xã'; not 'thủ tục hành chính')
SUBJECT_PROCEDURE = re.compile(r"(?:^(?:ket\s*qua|tinh\s*hinh)\s+|(?:ho\s*so|thu\s*tuc)\s+)"
                               r"((?:cap|dang\s*ky)\s+(?!(?:xa|huyen|tinh|co\s*so|thanh\s*pho)(?!\w))[^,;()]{6,60}?)"
                               r"(?=\s+(?:nam|thang|quy|tren|cua|tai|va|qua|theo|trong)(?!\w)|\s*$)")
# a field's many procedures ('đăng ký hộ tịch': birth, death, marriage) are no one procedure
FIELD_PROCEDURES = re.compile(r"(?:dang\s*ky|cap)\s+(?:ho\s*tich|dat\s*dai)")
# a count or rate of files named by what happened to them alone: 'Số hồ sơ quá hạn', 'Tỷ lệ hồ sơ nộp trực tuyến'
# (not by a kind of the procedure: 'Số hồ sơ thông báo tạm ngừng', 'Số hồ sơ điều chỉnh, gia hạn')
FILES_NAMED = re.compile(r"^((?:Tổng số|Số|Tỷ lệ)(?: \S+)?? hồ sơ) (?!(?:thuộc |của |về )?(?:lĩnh vực|thủ tục|TTHC|cấp(?! phép)|"
                         r"đăng ký|liên thông|thông báo|chấm dứt|tạm ngừng|thay đổi|điều chỉnh|gia hạn|sửa chữa|cải tạo|"
                         r"xây dựng mới)(?!\w))(.+)$")


def _name_by_procedure(metrics: list[MetricRecord], subject: Optional[str]) -> None:
    """A report about one procedure (its subject: 'Kết quả cấp giấy phép xây dựng nhà ở riêng lẻ năm 2026') counts
    that procedure's files: 'Số hồ sơ quá hạn' is 'Số hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ quá hạn'."""
    folded = fold(subject or "")
    m = SUBJECT_PROCEDURE.search(folded)
    if not m or re.search(r"thu\s*tuc\s*hanh\s*chinh|tthc", m.group(1)) or FIELD_PROCEDURES.fullmatch(m.group(1)):
        return
    procedure = subject[m.start(1):m.end(1)].strip()
    procedure = procedure[0].lower() + procedure[1:]
    words = fold(procedure).split()
    for metric in metrics:
        named = FILES_NAMED.match(metric.name)
        if not named or " ".join(words[:2]) in fold(metric.name) \
                or re.search(r"(?:linh\s*vuc|cap(?!\s*phep)|dang\s*ky)\s", fold(named.group(2))):
            continue
        metric.name = f"{named.group(1)} {procedure} {named.group(2)}"


def _month_reference(subject: str, subject_periods: list) -> Optional[str]:
    """The period a column headed 'Tháng 10' (no year) belongs to: the subject's ('… quý IV/2025' ->
    2025-12, '… tháng 12 năm 2025'); None lets the document's date decide."""
    if subject_periods:
        return subject_periods[0][2]
    m = re.search(r"quy\s*(iv|i{1,3}|[1-4])\s*(?:/|nam)\s*(\d{4})", fold(subject))
    if m:
        return f"{m.group(2)}-{ROMAN[m.group(1)] * 3:02d}"
    return None


# '(Ban hành kèm theo Quyết định số 35/QĐ-UBND …)': a plan attached after the decision's signature;
# '(Kèm theo Kế hoạch số 73/KH-UBND …)': a plan's appendix (Phụ lục) after its signature
ATTACHED = re.compile(r"^\(?\s*(?:ban\s*hanh\s*)?kem\s*theo\s*(?:quyet\s*dinh|chi\s*thi|cong\s*van|thong\s*bao|van\s*ban"
                      r"|ke\s*hoach|bao\s*cao|to\s*trinh)")


def _body_lines(lines: list[tuple[int, int, Line]], header: Header) -> list[tuple[int, int, Line]]:
    """The lines between the header and the closing block; and, after the closing block, the body of
    an attached document (a decision's plan, after its own title and '(Ban hành kèm theo …)')."""
    out = []
    attached, title_open = False, False
    for page, number, line in lines:
        if (page, number) in header.header_lines:
            continue
        if header.body_end and (page, number) >= header.body_end and not attached:
            if ATTACHED.match(fold(line.text.strip())):
                attached, title_open = True, not line.text.rstrip().endswith(")")
            elif APPROVAL_BOX.match(fold(line.text)) and line.text.strip().isupper():
                # 'Ý KIẾN CHỈ ĐẠO CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG' on a page after the signatures: the
                # instructions the one it went to wrote on it (its title a heading of the body)
                attached = True
                out.append((page, number, line))
            continue
        if title_open:                  # the attachment line goes on to its closing parenthesis
            title_open = not line.text.rstrip().endswith(")")
            continue
        out.append((page, number, line))
    return out


# provisional figures as of a day: 'số liệu tạm tính cập nhật lúc 08 giờ 00 ngày 22/7/2026', 'cập nhật đến 17 giờ
# 00 ngày 22/10/2026, điểm tạm tính …', '(số liệu đồng bộ trên Hệ thống đánh giá đến 23 giờ 59 phút ngày 20/01/2027)'
PROVISIONAL_AS_OF = re.compile(r"(?:(?:cap\s*nhat|tinh)\s*(?:den|luc|vao)\s*(?:luc\s*)?|cap\s*nhat\s*(?=ngay)|(?<!\w)luc\s*(?=\d)|"
                               r"thoi\s*diem\s*(?:kiem\s*tra|chot\s*so\s*lieu)\s*\(\s*(?=ngay|\d)|"
                               r"tam\s*tinh[^.;\d]{0,60}?\sden\s*|(?:so\s*lieu\s*)?dong\s*bo[^.;\d]{0,50}?\sden\s*)(?:\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2}\s*(?:phut)?\s*)?"
                               r"(?:sang|chieu|toi)?\s*)?(?:ngay\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
PROVISIONAL = re.compile(r"(?<!\w)tam\s*(?:tinh|xep|thoi)(?!\w)")


def _provisional(doc, pos: int, ctx: dict) -> Optional[str]:
    """The day of the provisional figures stated earlier, for a value its sentence calls provisional
    ('tạm tính', 'tạm xếp'), outside an aside ('(90,88 điểm, xếp thứ 69/114)' is the official month)."""
    day = ctx.get("provisional_day")
    if not day:
        return None
    folded = folded_text(doc)
    start = max((m.end() for m in re.finditer(r"\.(?!\d)|;", folded[:pos])), default=0)
    said = list(PROVISIONAL_AS_OF.finditer(folded, start, pos))
    end = re.search(r"\.(?!\d)|;", folded[pos:])
    full_stop = max((m.end() for m in re.finditer(r"\.(?!\d)", folded[:pos])), default=0)
    whole = folded[full_stop:pos + (end.start() if end else len(folded) - pos)]
    if re.search(r"chinh\s*thuc", whole) and not PROVISIONAL.search(
            re.sub(r"so\s*voi\s*(?:thu\s*hang|diem|ket\s*qua|xep\s*hang)\s*tam\s*tinh", "", whole)):
        return None     # '… kết quả chính thức tháng 12/2026; theo đó xã … xếp thứ 55/114, tụt 08 bậc so với thứ hạng tạm tính'
    if said and not _in_aside(folded, pos):
        # '(cập nhật đến ngày 19/11/2025), xã … đạt 91,38 điểm': as of the day its own sentence gives
        m = said[-1]
        return iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    end = re.search(r"\.(?!\d)|;", folded[pos:])      # ('tháng 11 được 8,19 điểm; tạm tính tháng 12 đạt 8,4 điểm')
    sentence = folded[start:pos + (end.start() if end else len(folded) - pos)]
    if not PROVISIONAL.search(sentence) and not PROVISIONAL.search(folded[max(0, start - 200):start]) \
            and not ctx.get("provisional_intro"):
        return None
    if not PROVISIONAL.search(sentence) and find_periods(folded[start:pos]):
        return None           # '… tạm xếp thứ 47/114. Lũy kế năm 2025, … đạt 91,2 điểm': a period of its own
    if not PROVISIONAL.search(sentence) and (re.search(r"chinh\s*thuc", sentence)
                                             or any(m.group(1) for m in PARTIAL_PERIOD.finditer(folded, start, pos))):
        return None           # '… tạm xếp thứ 30/114. Bình quân hai tháng có kết quả chính thức đạt 93,5 điểm'

    if _in_aside(folded, pos):
        return None
    return day


FORM_PERIOD = re.compile(r"\s*(?:ky\s*bao\s*cao|so\s*lieu\s*ky\s*bao\s*cao)\s*:")


SCALE = re.compile(r"thang\s*diem\s*(\d{2,3})(?!\d)|\(\s*thang\s*(100)\s*\)")     # ('Điểm nội bộ (thang 100)': not 'tháng 12')
RANK_OF = re.compile(r"(?:xep|thu)\s*hang[^\t]{0,30}?\(\s*(?:/|tren)\s*(\d{2,3})\s*\)")
MAX_SCALE = 100          # the indices' scales: points out of at most 100 (a larger 'maximum' is a count)


MAXIMA_NAME = re.compile(r"\s*(?:diem\s*|muc\s*)?toi\s*da\s*")


def _maxima_row(text: str, roles: Optional[list]) -> bool:
    """'| Điểm tối đa | 18 | 20 | 12 | 10 | 18 | 22 | 100 | - | -' under a header of the groups' names without their
    maxima: each group column's maximum ('crit:<name>' becomes 'crit:<name>|<max>' in `roles`); True when it was."""
    cells = text.split("	")
    if not roles or not any(MAXIMA_NAME.fullmatch(fold(c)) for c in cells[:3]):
        return False
    crits = [i for i, r in enumerate(roles) if (r or "").startswith("crit:") and i < len(cells)]
    tops = {i: parse_number(cells[i].strip()) for i in crits if re.fullmatch(r"\s*\d{1,3}(?:,\d+)?\s*", cells[i])}
    if not crits or len(tops) != len(crits):
        return False
    for i, top in tops.items():
        name, _, when = roles[i].partition("@")
        roles[i] = f"{name.partition('|')[0]}|{top:g}" + (f"@{when}" if when else "")
    return True


def _units_ranked(ctx: dict) -> None:
    """At the end of a table of units' totals ('STT | Đơn vị | Điểm | Xếp loại | Xếp hạng'): each rank is out of
    the units ranked in it, each total out of the scale the document set ('thang điểm 100'), if any."""
    table = ctx.pop("unit_table", None)
    if not table:
        return
    by_period: dict = {}
    for r in table["ranks"]:
        if r.out_of is None:        # (not 'Xếp hạng khối xã (/67)' beside 'Hạng trong Cụm': out of its own whole)
            by_period.setdefault(r.period, []).append(r)     # ('Thứ hạng tháng 12/2026 | Thứ hạng tháng 11/2026')
    # one unit a rank: out of the last rank, at least; the same units ranked in each month, so out of the most any
    # month shows (the five lowest communes ranked 110-114 in December were 87-113 in November: of 114 both times)
    wholes = [max(len(ranks), max(r.rank for r in ranks)) for ranks in by_period.values()
              if ranks and len({r.rank for r in ranks}) == len(ranks)]
    for ranks in by_period.values():
        if ranks and len({r.rank for r in ranks}) == len(ranks):
            for r in ranks:
                r.out_of = r.out_of or max(wholes)
    for score in table["scores"]:
        if score.max is None and ctx.get("scale") and score.value <= ctx["scale"]:
            score.max = ctx["scale"]


# a wrapped header cell's second line: words, a month under 'Tháng', the day of a provisional column
HEADER_FRAGMENT = re.compile(r"[^\d]*|\d{1,2}\s*/\s*\d{4}|(?:[Tt]háng|[Qq]uý)\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*/\s*\d{4})?|(?:[Đđ]ến|[Tt]ính đến)\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?")
DAY_SPAN = re.compile(r"\d{1,2}(?:\s*/\s*\d{1,2})?\s*-\s*\d{1,2}\s*/\s*\d{1,2}")


# a table's caption that names what its rows count: 'Bảng 1. Số PAKN tiếp nhận theo kênh tiếp nhận'
CAPTION_COUNT = re.compile(r"\s*(?:bang|bieu)\s*\d{1,2}\s*[.:]?\s*so\s+(?:luong\s+)?(\S+(?:\s+\S+)?)\s")
def _levels_counted(roles: list, heads: list[str], measure: str) -> None:
    """'Rất hài lòng | Hài lòng | Không hài lòng | Tổng số lượt đánh giá | Tỷ lệ hài lòng (%)' under 'Đơn vị tính:
    lượt': the levels are turns counted (as the total's), not rates; only the column that says 'Tỷ lệ' is one."""
    counted = next((r[len("count:"):].split("|", 1) for r in roles if r and r.startswith("count:" + measure)), None)
    lead = f"{counted[1]} " if counted and len(counted) > 1 and counted[1] else ""
    for i, role in enumerate(roles):
        if role and role.startswith("rate:Tỷ lệ ") and i < len(heads) and not re.search(r"ty\s*le|%", fold(heads[i])):
            roles[i] = f"count:{measure}|{lead}{role[len('rate:Tỷ lệ '):]}"


OUTCOME_HEAD = re.compile(r"(?:trong\s*do\s*:?\s*)?(?:da|chua|duoc|khong|con|dang|bi|nop|tiep\s*nhan|giai\s*quyet|qua\s*han|"
                       r"tre\s*han|dung\s*han|truoc\s*han|tra\s*ket\s*qua|tra\s*lai|tu\s*choi|so\s*hoa|cap\s*phep)(?!\w)")


def _declared_counts(roles: list, heads: list[str], measure: str, rest: str) -> None:
    """'Tháng | Tiếp nhận | Trong đó nộp trực tuyến | Đã giải quyết | Quá hạn' under 'Bảng 1. Hồ sơ lĩnh vực bảo trợ xã
    hội …' and 'Đơn vị tính: hồ sơ', a month a row: each column counts what the unit line says, of what the caption
    says ('Số hồ sơ lĩnh vực bảo trợ xã hội tiếp nhận')."""
    if not any(r and r.startswith("period@") for r in roles):
        return
    for i, role in enumerate(roles):
        head = re.sub(r"\s+", " ", heads[i]).strip() if i < len(heads) else ""
        if role is not None or not head or re.search(r"\d|%", head) or not OUTCOME_HEAD.match(fold(head)):
            continue
        head = re.sub(r"(?i)^trong\s+đó\s*:?\s*", "", head)
        roles[i] = f"count:{measure}|{rest + ' ' if rest else ''}{head[:1].lower()}{head[1:]}"


# 'hồ sơ (riêng cột 6: thư)': the table's measure, one column's own beside it (read by _own_measures); an aside this
# does not read ('(riêng cột 9 tính bằng tài khoản)', '(mục 4 tính bằng lượt)') leaves the table's measure unsaid
OWN_COLUMN = r"riêng\s+cột\s+\(?(\d{1,2})\)?\s*:"
UNIT_ASIDE = re.compile(r"\s*\(\s*" + OWN_COLUMN + r"[^()]*\)\s*", flags=re.I)
OWN_MEASURE = re.compile(OWN_COLUMN + r"\s*([^\W\d][^();,]*?)\s*(?=[);,]|$)", flags=re.I)


def _own_measures(said: str, rows: list[str]) -> dict[int, str]:
    """'Đơn vị tính: hồ sơ (riêng cột 6: thư)': the column numbered 6 (its '(6)' cell in the header's row of numbers,
    else the sixth) counts letters. {column: measure}"""
    out: dict[int, str] = {}
    numbers = next((r.split("\t") for r in rows if COLUMN_NUMBERS_ROW.fullmatch(r)), None)
    for m in OWN_MEASURE.finditer(said):
        entry = lookup("measures", m.group(2))
        cell = f"({int(m.group(1))})"
        at = next((j for j, c in enumerate(numbers) if c.strip().replace(" ", "") == cell), None) if numbers \
            else int(m.group(1)) - 1
        if entry and at is not None:
            out[at] = entry.name
    return out


# 'Bảng 1. Kết quả đến ngày 31/12/2026 và chỉ tiêu năm 2027 theo quý': the year whose quarters the table sets as targets
AIMED_YEAR = re.compile(r"(?<!\w)chi\s*tieu\s*(?:phan\s*dau\s*)?nam\s*(\d{4})\s*(?:theo|tung|cac)\s*quy(?!\w)")


def _captioned_aims(roles: list, caption: str, issued: Optional[str]) -> None:
    """Quarter columns with no year of their own ('Quý I | … | Quý IV') under a caption that makes them the targets of
    a year not yet over when the document was issued ('… và chỉ tiêu năm 2027 theo quý'): aims, no records (the
    baseline beside them is read as measured, as under a spanning 'Chỉ tiêu năm 2027')."""
    aimed = AIMED_YEAR.search(fold(caption))
    if not aimed or not issued or int(aimed.group(1)) < int(issued[:4]):
        return
    for i, role in enumerate(roles):
        if role == "value@" + NO_PERIOD:
            roles[i] = "aim"


def _measures_row(rows: list[str]) -> bool:
    """A header row naming each column's measure in parentheses, a count's among them ('| | | (hồ sơ) | (hồ sơ) |
    (%)')."""
    for row in rows[1:]:
        cells = [c.strip() for c in row.split("\t") if c.strip()]
        said = [re.fullmatch(r"\(\s*([^()]{1,20}?)\s*\)", c) for c in cells]
        if len(cells) >= 2 and all(said) and any(m.group(1) != "%" and lookup("measures", m.group(1)) for m in said):
            return True
    return False


def _columns_own(columns: list, periods: dict[int, str], measures: dict[int, str]) -> None:
    """A table's count columns (metrics.unit_table_columns) each in the period of the group over it ('Tháng 01/2027' over
    'Tiếp nhận mới', scores.period_groups) and in its own measure where the unit line gives one ('riêng cột 6: thư': 'Đã
    gửi thư xin lỗi' counts letters, 'Số thư xin lỗi đã gửi')."""
    for i, column in enumerate(columns):
        if not column or column[0] in ("unit", "field", "way"):
            continue
        if column[1] == "%":
            if i in periods and len(column) == 2:
                columns[i] = (*column, periods[i])     # ('Kết quả năm 2026' over '… | Tỷ lệ (%)': that year's rate)
            continue
        name, measure = column[:2]
        own = measures.get(i)
        if own and own != measure and name.startswith(f"Số {measure} "):
            said = name[len(f"Số {measure} "):]
            at = fold(said).find(fold(own))
            name = f"Số {said[at:]} {said[:at].strip()}".strip() if at > 0 else f"Số {own} {said}"
            measure = own
        when = column[2] if len(column) > 2 else periods.get(i)
        columns[i] = (name, measure, when, *column[3:]) if when else (name, measure, *column[2:])


# the column naming what each row is a kind of: 'Lĩnh vực', 'Nhóm nội dung', 'Loại văn bản', 'Phòng, đơn vị', 'Bước xử lý'
KIND_COLUMN = re.compile(r"\s*(?:linh\s*vuc|nhom\s*noi\s*dung|noi\s*dung|loai(?:\s+[^\W\d]+){0,2}|co\s*quan(?:\s*,\s*don\s*vi)?|"
                         r"phong\s*,\s*don\s*vi|bo\s*phan|buoc\s*xu\s*ly|ngan\s*hang(?:\s+[^\W\d]+){0,3})\s*")


def _kinds_counted(roles: list, heads: list[str], measure: str, rest: str) -> None:
    """'Lĩnh vực | Toàn trình | Một phần | Cộng' under 'Đơn vị tính: thủ tục', no column read otherwise: a row a kind
    of thing, each column a count of what the unit line says ('kindcount:TTHC|<the caption's words>|toàn trình'; 'Cộng'
    the row's whole); a share column after them ('Tỷ trọng … (%)') 'kindshare:<its name>'."""
    if any(roles):
        return
    at = next((i for i in (0, 1) if i < len(heads) and KIND_COLUMN.fullmatch(fold(heads[i]))), None)
    cols = [i for i in range((at or 0) + 1, len(roles)) if heads[i].strip() and not re.search(r"\d|%", heads[i])]
    # ('… | Tỷ trọng trong tổng số hồ sơ quá hạn của phường (%)' after the counts: each kind's share)
    shares = [i for i in range((at or 0) + 1, len(roles)) if re.fullmatch(r"\s*ty\s*(?:le|trong)\s[^\d%]*\(\s*%\s*\)\s*", fold(heads[i]))]
    if at is None or len(cols) < 2 or len(cols) + len(shares) < len(roles) - at - 1:
        return
    for i in cols:
        head = re.sub(r"\s+", " ", heads[i]).strip()
        # ('Đã giải quyết' over 'Đúng hạn': 'đã giải quyết đúng hạn'; 'UBND' keeps its capitals)
        head = "" if TOTAL_ROW.fullmatch(fold(head)) else " ".join(w[:1].lower() + w[1:] if w[1:].islower() else w
                                                                    for w in head.split())
        # (the caption's words and the column's kept apart: a procedure's row goes before the column's alone)
        roles[i] = f"kindcount:{measure}|{rest}|{head}"
    for i in shares:
        roles[i] = "kindshare:" + re.sub(r"\s*\(\s*%\s*\)\s*$", "", re.sub(r"\s+", " ", heads[i]).strip())


def _captioned_group(before: list):
    """The one 766 group a table's caption names ('Bảng 1. Điểm, thứ hạng nhóm chỉ tiêu Thanh toán trực tuyến …'),
    None when it names none, several, or the total too."""
    for block in reversed(before):
        if block.kind == "table" or not TABLE_CAPTION.match(block.text):
            continue
        named = {e.name: e for _, _, e in find_all("criteria", block.text) if e.kind == INDEX_766}
        if len(named) == 1 and TOTAL not in named and next(iter(named.values())).extra:
            return next(iter(named.values()))
        return None
    return None


UNIT_LINE = re.compile(r"đơn\s+vị\s+tính\s*:\s*(.+?)\s*$", flags=re.I)     # 'Đơn vị tính: hồ sơ' over a table
# ('Bảng 1. Điểm, thứ hạng theo nhóm chỉ số (xếp hạng trong 34 tỉnh, thành phố)' over the table too)
# a caption over the few highest or lowest of the city's units ('Mười đơn vị có điểm năm 2026 cao nhất', '10 xã, phường
# có điểm thấp nhất')
FEW_OF_ALL = re.compile(r"(?:muoi|nam|\d{1,2})\s*(?:don\s*vi|xa\s*,\s*phuong(?:\s*,\s*dac\s*khu)?)[^.;]{0,60}?(?:cao|thap)\s*nhat")
RANKS_TOLD = re.compile(r"(?:(?:thu|xep)\s*|\(\s*)hang[^.;]{0,60}?(?:tren|trong)\s*(?:tong\s*so\s*)?(\d{2,3})\s*"     # ('(hạng tính trên 114 xã, …)')
                        r"(?:xa|phuong|dac\s*khu|don\s*vi|tinh|dia\s*phuong)")


def _legend_rows(rows: list[str], blocks: list[Block], at: int) -> Optional[list[str]]:
    """A header's numbered columns ('(1)'–'(5)') named by the legend in the few blocks above the table or in the
    note under it ('Ghi chú: (1) …; (2) …'), what every row counts read from the unit line above ('Đơn vị tính:
    giao dịch'; files if none); None when the header numbers no columns or no legend names them."""
    if not any(re.search(r"(?:^|\t)\s*\(\s*\d{1,2}\s*\)\s*(?:\t|$)", r) for r in rows):
        return None
    start = at - len(rows) + 1
    above = blocks[max(0, start - 6):start]     # (a legend's paragraph may end in a scale of its own: 'Xếp loại: Tốt …')
    end = at + 1
    while end < len(blocks) and blocks[end].kind == "table":
        end += 1
    around = "\n".join(b.text for b in above + blocks[end:end + 4] if b.kind != "table")
    said = next((lookup("measures", m.group(1)) for b in above
                 for m in [UNIT_LINE.search(b.text)] if m), None)
    return with_legend(rows, around, said.name if said else "hồ sơ")


def _caption_rest(caption: str, measure: str) -> str:
    """What a table's caption says of the measure its unit line gives, after the measure: 'giải quyết TTHC trả qua
    dịch vụ BCCI' of 'Bảng 2. Kết quả giải quyết TTHC trả qua dịch vụ BCCI theo lĩnh vực và theo tháng' over 'Đơn vị
    tính: kết quả'; '' when the caption does not begin with the measure."""
    whole = CAPTION_PHRASE.match(caption)
    if whole and measure == "%" and re.match(r"ty\s*le\s", fold(whole.group(1))):
        return whole.group(1)[len("Tỷ lệ"):].strip(" ,.:")     # 'Bảng 2. Tỷ lệ hồ sơ … theo lĩnh vực' over 'Đơn vị tính: %'
    if not whole or not fold(whole.group(1)).startswith(fold(measure) + " "):
        return ""
    return whole.group(1)[len(measure):].strip(" ,.:")


# what a table's caption says it shows, after 'Bảng N.' and a leading 'Số', before its period or breakdown
CAPTION_PHRASE = re.compile(r"\s*(?:bảng|biểu)\s*\d{1,2}\s*[.:]?\s*(?:số\s+(?:lượng\s+)?)?(.+?)"
                            r"(?=\s+(?:năm|quý|tháng|theo|từ|tính\s+đến|đến\s+ngày)\s|\s*\(|\s*$)", flags=re.I)


def _counted_by_cause(caption: Optional[str]) -> Optional[str]:
    """'Bảng 1. Hồ sơ trễ hạn quý IV/2026 theo đơn vị và nguyên nhân': what the table counts ('Số hồ sơ trễ hạn') where
    its columns are the causes (metrics.unit_table_columns)."""
    caption = re.split(r"\s*\(?(?:Đơn vị tính|ĐVT)\s*:", caption or "")[0]      # ('… nguyên nhân Đơn vị tính: hồ sơ')
    if not caption or not re.search(r"\stheo\s(?:[^.;:]*\s)?nguyen\s*nhan$", fold(caption).rstrip(" .:")):
        return None
    whole = CAPTION_PHRASE.match(caption)
    counted = whole.group(1).strip() if whole else ""
    if not counted or not (lookup("measures", " ".join(counted.split()[:2])) or lookup("measures", counted.split()[0])):
        return None
    return "Số " + _lower_first(counted)


def _caption_counts(roles: list, heads: list[str], measure: str, caption: str) -> None:
    """'Bảng 1. Số lượt sử dụng ki-ốt …' over 'Tháng | Tra cứu thủ tục | Tự nộp hồ sơ trực tuyến | … | Cộng': with a
    month a row, each column the caption's measure counts what it names ('Số lượt tra cứu thủ tục'), the 'Cộng'
    column all of it ('Số lượt sử dụng ki-ốt tự phục vụ')."""
    at = next((i for i, r in enumerate(roles[:2]) if r and r.startswith("period@")), None)
    if at is None:
        return
    whole = CAPTION_PHRASE.match(caption)
    for i in range(at + 1, min(len(roles), len(heads))):
        head = re.sub(r"\s+", " ", heads[i]).strip()
        if roles[i] is not None or not head or re.search(r"\d|%|ghi\s*chu", fold(head)):
            continue
        if re.fullmatch(r"(?:tong\s*)?(?:cong|so)", fold(head)):
            roles[i] = f"count:{measure}|{whole.group(1)[len(measure):].strip()}" if whole and fold(whole.group(1)).startswith(
                fold(measure)) else None
        else:
            roles[i] = f"count:{measure}|{head[:1].lower()}{head[1:]}"


def _caption_lists_columns(roles: list, heads: list[str], caption: str) -> None:
    """'Bảng 1. Giao dịch, số tiền và tỷ lệ hồ sơ thanh toán trực tuyến theo tháng năm 2026' over 'Tháng | Giao dịch |
    Số tiền (đồng) | Tỷ lệ (%)': the caption lists the bare columns in order, then what they are all of; each column
    is named with it ('count:giao dịch|thanh toán trực tuyến', 'count:đồng|…', 'rate:Tỷ lệ hồ sơ thanh toán trực tuyến')."""
    whole = CAPTION_PHRASE.match(caption)
    if not whole:
        return
    said = whole.group(1)
    folded = fold(said)
    found = []                      # (column, where its words end in the caption, what it is)
    at = 0
    for i, head in enumerate(heads):
        if i >= len(roles) or roles[i] not in (None, "rate") and not (roles[i].startswith("count:") and "|" not in roles[i]):
            continue
        bare = re.sub(r"\s*\([^()]*\)\s*", " ", fold(head)).strip()
        money = re.fullmatch(r"so\s*tien", bare)
        entry = lookup("measures", head.split("(")[0].strip()) if not money and bare != "ty le" else None
        if not (money or entry or bare == "ty le"):
            continue
        where = re.compile(r"(?:^|(?<=,\s)|(?<=\sva\s))" + re.escape(bare) + r"(?!\w)").search(folded, at)
        if where is None or (not found and where.start() != 0):
            return
        kind = "rate" if bare == "ty le" else f"count:{'triệu đồng' if 'trieu' in fold(head) else 'đồng'}" if money \
            else f"count:{entry.name}"
        found.append((i, where.start(), where.end(), kind))
        at = where.end()
    if len(found) < 2:
        return
    rest = said[found[-1][2]:].strip()
    object_ = lookup("measures", " ".join(rest.split()[:2])) or lookup("measures", " ".join(rest.split()[:1]))
    qualifier = " ".join(rest.split()[len(object_.name.split()):]) if object_ else rest
    if not qualifier:
        return
    for i, start, _, kind in found:
        roles[i] = f"rate:{said[start:start + 1].upper()}{said[start + 1:]}".strip() if kind == "rate" \
            else f"{kind}|{qualifier}"


# the whole a table's ranks are out of: 'thứ hạng tính trên tổng số 114 xã, phường, đặc khu', 'thứ hạng của xã trong 114 xã'
RANKS_WHOLE = (r"(?:thu|xep)\s*hang\s*(?:cua\s*(?:xa|phuong|dac\s*khu|don\s*vi)\s*)?(?:duoc\s*)?(?:tinh\s*)?"
               r"(?:tren|trong)\s*(?:tong\s*so\s*)?(\d{2,3})\s*(?:xa|phuong|dac\s*khu|don\s*vi|dia\s*phuong)")
# a note under a table of ranks that opens with it: '(Thứ hạng tính trên tổng số 114 xã, …)', '(*) Xếp hạng trên 114 đơn vị'
RANKED_OVER = re.compile(r"\s*(?:\(\s*\*?\s*\)|\*)?\s*\(?\s*(?:ghi\s*chu\s*:\s*)?" + RANKS_WHOLE)


def _noted_whole(folded: str) -> Optional[re.Match]:
    """'Ghi chú: CKMB - Công khai, minh bạch; …; thứ hạng tính trên tổng số 114 xã, phường, đặc khu': the whole the
    table's ranks are out of, said anywhere in the note under it."""
    if not re.match(r"\s*(?:\(\s*\*+\s*\)|ghi\s*chu)", folded):     # ('(*) Cột … . Xếp hạng của phường tính trên 114 …')
        return None
    return re.search(r"(?<!\w)" + RANKS_WHOLE, folded)


def _months_under(text: str, above: str) -> bool:
    """Each figure of the row a month's number under a cell 'Tháng' of the row above (a span, '6 tháng', under
    'Cộng')."""
    heads = [fold(c).strip() for c in above.split("\t")]
    figures = [(i, c.strip()) for i, c in enumerate(text.split("\t")) if c.strip()]
    months = [(i, c) for i, c in figures if re.fullmatch(r"\d{1,2}", c)]
    return len(months) >= 2 and all(i < len(heads) and (
        (re.fullmatch(r"\d{1,2}", c) and 1 <= int(c) <= 12 and heads[i] == "thang")
        or (re.fullmatch(r"(?:\d{1,2}|sau|ba|chin)\s*thang", fold(c)) and re.fullmatch(r"(?:tong\s*)?cong", heads[i]))
        or (not re.search(r"\d", c) and len(c) <= 20))       # ('quý' under 'Cộng', 'đúng hạn' under 'Trả lời')
        for i, c in figures)


GROUP_LABEL = re.compile(r"(?:[A-H]|I{1,3}|IV|VI{0,3}|IX|X)\s*[.)]\s+[^\W\d]")    # 'A. Công chức …', 'II. Viên chức …'


def _header_goes_on(text: str, rows: list[str], open_: bool) -> bool:
    """The next line of a header wrapped over several rows, right under it ('\t\ttiếp nhận\tSố lượng (tỷ
    lệ)\tquyết quá hạn', '\t\t\t2025 (*)\t2026\tgiảm (-)' under '6 tháng | 6 tháng | Tăng (+),'): its first
    cell empty, words and no figure but a year, a span of months ('9 tháng') or a period ('tháng 5/2026', 'ngày
    15/7/2026'; outside '(tỷ lệ %)')."""
    if open_ and rows and not text.startswith("\t") and (wraps_header_cell(text) or _first_cell_wraps(text, rows[0])) \
            and rows[-1].split("\t", 1)[0].strip():
        # 'trong Cụm | | tháng 10/2026 | tháng 11/2026 | (/114) | bậc so với tháng 10' under 'Thứ tự | Đơn vị | …':
        # the first cell's words go on, the rest read as a row that leaves it empty
        text = "\t" + text.split("\t", 1)[1]
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if cells and GROUP_LABEL.match(cells[0]):
        return False            # '\tA. Công chức các phòng chuyên môn' under the header: a group of the rows below
    if open_ and rows and text.startswith("\t") and len(cells) >= 2 and all(DAY_SPAN.fullmatch(c.strip("() ")) or (
            re.fullmatch(r"\d{1,2}\s*/\s*\d{4}", c)) for c in cells):
        return True             # '\t\t\t01-07/6\t08-14/6\t…\t29/6-05/7' under 'Tuần 1 | Tuần 2 | …'
    if open_ and rows and text.startswith("\t") and len(cells) >= 3 and _months_under(text, rows[-1]):
        return True             # '\t\t\t7\t8\t…\t12\t6 tháng' under 'TT | Chỉ tiêu | ĐVT | Tháng | Tháng | … | Cộng'
    if open_ and rows and text.startswith("\t") and len(cells) >= 2 and any(re.fullmatch(r"20\d\d", c) for c in cells) \
            and all(re.fullmatch(r"20\d\d|\(\s*/\s*\d{1,3}\s*\)", c) for c in cells):
        return True             # '\t\t2026\t(/114)\t(/114)' under '… | quân năm | năm 2026 | năm 2025': a year, the wholes
    if open_ and rows and text.startswith("\t") and (len(cells) >= 2 or (cells and re.fullmatch(r"\(\s*/\s*\d{2,3}\s*\)", cells[0]))) \
            and all(re.fullmatch(r"\(\s*(?:/\s*)?\d{1,3}(?:,\d+)?\s*(?:điểm)?\s*\)|/\s*\d{1,3}", c) for c in cells):
        return True             # '\t(18)\t(20)\t…\t(100)\t(/114)' under 'Tháng | CKMB | TĐGQ | … | Xếp hạng': the maxima
        #                         ('\t\t\t/15\t/30\t…\t/100' under 'Tiêu chí | …' / '(1) | …')
    if open_ and rows and _wholes_row(text) and all(
            re.search(r"(?:^|\s)(?:xep|thu)?\s*hang$", fold(above).strip())
            for c, above in zip(text.split("\t"), rows[-1].split("\t")) if c.strip()):
        return True             # '(/114) | | | (/114)' under 'Xếp hạng | Đơn vị | Tổng điểm | Xếp hạng | …': the ranks' whole
    if open_ and rows and "\t" in text and MAXIMA_CELL.fullmatch(fold(text.split("\t")[0])) and len(cells) >= 3 \
            and all(re.fullmatch(r"\d{1,3}(?:,\d+)?|[-–]", c) for c in cells[1:]) and sum(c[0].isdigit() for c in cells[1:]) >= 3:
        return True             # 'Điểm tối đa | 18 | 20 | … | 100 |' under 'Kỳ đánh giá | CKMB | TĐGQ | …': the maxima ('-' under a rank)
    if open_ and rows and text.startswith("\t") and re.search(r"[^\W\d]", text) and len(cells) >= 2 \
            and all(HEADER_FRAGMENT.fullmatch(re.sub(r"\(\s*(?:/\s*\d{1,3}|[^\d()]*)\s*\)", "", c).strip()) for c in cells):
        # '\t\t\t11/2026\tđến 17/12\tgiảm (-)' under 'Tháng | Tạm tính | Tăng (+),'; '\t\t12/2026\tphố (/114)\t(/08)\t11/2026
        # (điểm)' under '| tháng | toàn thành | trong Cụm | so với tháng' (a whole, a unit in parentheses)
        return True
    # (a cell closing what the row above opened, 'điểm 100)' under '(thang': a fragment, its figure a scale)
    closed = re.sub(r"(?:(?<=\t)|^)[^()\t]*\)(?=\t|$)", "", text)
    return bool(open_ and rows and text.startswith("\t") and re.search(r"[^\W\d]", text)
                and not re.search(r"\d", re.sub(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}\s*tháng)(?!\d)", "",
                                                re.sub(r"\([^()]*\)|(?i:tháng|ngày|quý)\s+(?:[\dIVX]{1,4}\s*/\s*)?(?:\d{1,2}\s*/\s*)?"
                                                       r"\d{4}|(?i:tháng)\s+\d{1,2}(?![\d/])"
                                                       # ('Số lượt chờ' over 'trên 30 phút': a threshold names the column)
                                                       r"|(?i:trên|dưới|từ|quá)\s+\d{1,3}(?:,\d+)?\s*(?:phút|ngày|điểm|%)"
                                                       # ('Công dân từ đủ' over '14 tuổi trở lên', 'Tài khoản ĐDĐT' over 'mức độ 2')
                                                       r"|\d{1,2}\s*tuổi|(?i:(?:mức\s+)?độ)\s+\d(?!\d)|(?i:(?:từ\s+)?đủ)\s+\d{1,2}(?![\d,./])"
                                                       # ('Hồ sơ tự nộp' over 'từ 01/11 đến' over '20/11/2026 (hồ sơ)': a span)
                                                       r"|(?i:từ|đến|ngày)\s+\d{1,2}\s*/\s*\d{1,2}(?![\d/])"
                                                       # ('Từ 05 đến' over '10 ngày' under 'Chia theo số ngày quá hạn')
                                                       r"|(?i:từ)\s+\d{1,3}\s+(?i:đến)(?=\t|$)|(?:(?<=\t)|^)\d{1,3}\s*(?i:ngày|phút)(?=\t|$)"
                                                       r"|(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
                                                       # ('Điểm tháng' over '12/2026': a month and its year alone)
                                                       r"|(?:(?<=\t)|^)\d{1,2}\s*/\s*\d{4}(?=\t|$)", "", closed))))


def _across_header(text: str, rows: list[str]) -> bool:
    """A table's header row that names units across ('Chỉ tiêu | Phòng | Phòng | VP HĐND | Toàn xã'), or
    the second row of such a header ('| Kinh tế | VH-XH | và UBND |'): no figure in it."""
    if re.search(r"\d", NUMBERED_POINT.sub("", text)) or "\t" not in text:
        return False                     # (but 'Điểm tiếp nhận số 2' names a column)
    if rows:
        return units_across(rows + [text]) is not None
    cells = [fold(c) for c in text.split("\t")[1:]]
    return any(TOTAL_ROW.fullmatch(c) for c in cells if c.strip()) and len([c for c in cells if c.strip()]) >= 3


def _walk(blocks: list[Block], ctx: dict, header: Header, records: DocumentRecords) -> None:
    assignee: Optional[str] = None
    issuer_tasks: Optional[str] = None
    issuer_level: Optional[str] = None
    section_unit: Optional[str] = None  # under 'Điều 2. Nhiệm vụ của Tổ công tác': whose numbered items follow
    topic_unit: Optional[str] = None    # under '3. Chế độ báo cáo' in a section of requests to that unit
    bullets_seen = False
    after_heading = False
    carry_out = False                   # under 'IV. TỔ CHỨC THỰC HIỆN': a unit that opens a bullet is given its work
    targets_from = None                 # the kind of heading that opened a part of targets ('roman': its items too)
    heard = False                       # under '2. Báo cáo của các đơn vị': '- Trung tâm …: …' is what it reported
    plus_unit: Optional[str] = None     # the unit a '- Unit:' bullet names for the '+' items under it
    lettered_units = False              # the lettered items of this part head units ('a) Trung tâm …:', 'b) Phòng …: …')
    commune_part: Optional[str] = None  # under '4. Xã Trần Phú' in a letter about several communes: its committee
    part_requests = False               # the part is requests to its communes ('2. Đối với phường … và xã …')
    several_communes = False            # the part is requests to some communes, a bullet each ('- Xã Hồng Châu: …')
    table_rows: list[str] = []
    header_open = False                   # the block before was a table's header row
    reported: dict = {}
    reports = header.doc_type == "Báo cáo"
    proposals: Optional[str] = None      # inside 'Đề xuất, kiến nghị' (the heading's kind)
    # inside '1. Mục tiêu' / 'Mục đích' (not 'Mục đích, yêu cầu'): "aimed", the figures a sentence aims
    # at are targets; inside '2. Chỉ tiêu năm 2026': "all", every figure is one
    targets: Optional[str] = None
    directive = False                    # after '… đề nghị / yêu cầu / có ý kiến chỉ đạo như sau:'
    asked_items = False                  # the addressee's work came as lettered or '-' items under its lead
    last_task_row: Optional[_TaskRow] = None
    card: Optional[_TaskCard] = None
    ranked_row: Optional[tuple[int, int]] = None      # the ranks the table row above gave (their range)
    addressee: Optional[str] = None      # '… Sở Nội vụ đề nghị Chủ tịch Ủy ban nhân dân xã Nghi Dương:' over its items
    roll = False                         # in the list of who attends, under '1. Thành phần' / 'Tham dự:'
    roll_section = False                 # … under a section's 'I. THÀNH PHẦN', whose numbered parts list people too
    situation = False                    # under 'I. TÌNH HÌNH …' / 'I. KẾT QUẢ …': results, not work
    units_report = False                 # under 'I. BÁO CÁO CỦA CÁC THÀNH VIÊN': what each unit reported
    opinions = False                     # after 'Ý kiến cụ thể của các thành viên Đoàn công tác:': what each said
    attendance = False                   # under a minutes' 'I. THÀNH PHẦN': who was there, no work
    done_part = False                    # under 'a) Các việc đã thực hiện': what was done, not work given
    causes = False                       # under '3. Nguyên nhân hồ sơ quá hạn': why, not who does what
    commended = False                    # in 'Điều 1. Tặng Giấy khen … cho 02 tập thể …': what each did, not work given
    remedies = False                     # under 'c) Giải pháp khắc phục:': the remedies are work given
    codes: dict[str, str] = {}           # a scoring table's criteria by code ('1.2' -> 'Báo cáo CCHC định kỳ')
    last_code: Optional[str] = None      # the code of the table row above, whose name may wrap

    def past(text: str) -> bool:
        """A report's result ('… đã tổng hợp …'), not work given: outside its tasks' section and not after
        '… giao nhiệm vụ như sau:'."""
        if commended and not LEAD_VERB.match(fold(text.strip())):
            return True             # (but 'Giao Văn phòng … hoàn thiện hồ sơ đề nghị …' after the list is work given)
        if PRAISES.match(fold(text)):
            return True             # 'Ban Thường vụ Đảng ủy phường ghi nhận, biểu dương Ủy ban nhân dân phường, …': praise
        return reports and not issuer_tasks and not directive and bool(PAST.match(fold(text))) \
            and not (text.rstrip().endswith(":") and DIRECTIVE.search(fold(text[text.rfind(".", 0, len(text) - 1) + 1:])))

    task_marks: list[int] = []          # how many tasks there were as each block began
    ctx["member_table"] = members_from_tables(blocks)
    for at, block in enumerate(blocks):
        task_marks.append(len(records.tasks))
        if block.kind in ("numbered", "roman"):
            # '1. Xã Tuệ Tĩnh' in a city body's notice to several communes: the figures below are that commune's
            named = re.fullmatch(r"(Phường|Xã|Đặc khu)\s+(.{2,40}?)\s*[:.]?", heading_title(block).strip())
            entry = lookup("places", named.group(2)) if named else None
            ctx["place_section"] = f"{named.group(1).lower()} {entry.name}" if entry else None
            if entry and block.kind == "numbered":
                # ('4. Xã Yết Kiêu' after '3. Xã Quyết Thắng' / '… Năm 2025, … xã chỉ đạt 73,18/100 điểm': each commune's
                # part starts from the period in force before the first, not the one the part above named)
                ctx["period"] = ctx.setdefault("places_period", ctx.get("period"))
            opening = _opening_place(block.text) if entry is None and block.kind == "numbered" else None
            if opening:
                # '5. Xã Tân An đứng cuối Cụm …' / 'Quý IV/2026 giảm …. Nhóm Số hóa hồ sơ … chỉ đạt 17,92/22 điểm': the
                # item's paragraphs go on about the commune it opens with
                ctx["place_section"] = opening
        article = ARTICLE.match(fold(block.text))
        if article:
            commended = bool(COMMENDS.match(fold(block.text), article.end()))
        if block.kind in ("lettered", "numbered", "roman"):
            if block.kind == "lettered" and REMEDY_HEAD.fullmatch(fold(heading_title(block))):
                # 'c) Giải pháp khắc phục:' under a group in a report: the units the bullets below name are given work
                # (a numbered '3. Giải pháp khắc phục' is the issuer's own measures, ISSUER_HEAD)
                directive = remedies = True
                continue
            if remedies:
                directive = remedies = False
        if card is not None and card.items is not None and not card.fields and block.kind == "bullet" \
                and block.marker == "+":
            card.items.append(block)            # '- Nội dung:' / '+ Tổ chức …' / '+ Rà soát …'
            continue
        if card is not None:
            label = CARD_LABEL.match(fold(block.text))
            if label and block.kind in ("bullet", "prose", "lettered"):
                for key, value in _labelled(block.text).items():
                    card.fields.setdefault(key, value)      # 'Đơn vị chủ trì: …; thời gian: năm 2027.'
                continue
            _card_tasks(records, card, ctx)
            card = None
        head = CARD_HEAD.match(fold(block.text)) if block.kind in ("prose", "numbered", "lettered") else None
        if head:
            # 'Nhiệm vụ 1. Giải quyết …' / '- Đơn vị thực hiện: Phòng Kinh tế.' / '- Thời gian: trước ngày 20/7/2026.'
            card = _TaskCard(block, block.text[head.end():].strip(), {})
            continue
        if block.kind == "bullet" and CONTENT_HEAD.match(fold(BULLET.sub("", block.text, count=1))) \
                and _card_follows(blocks, at, items=True):
            # '- Nội dung:' / '+ …' items / '- Đơn vị chủ trì: …' / '- Đơn vị phối hợp: …': each item a task of the unit
            card = _TaskCard(block, "", {}, [])
            continue
        inline = INLINE_CARD.search(fold(block.text)) if block.kind in ("numbered", "lettered", "bullet") else None
        if inline and _labelled(block.text[inline.end():]).get("unit"):
            # 'a) Rà soát … thành phố. Đơn vị chủ trì: Trung tâm …; phối hợp: …; thời gian: thường xuyên.'
            item = (BULLET if block.kind == "bullet" else ITEM_NUMBER).match(block.text)
            card = _TaskCard(block, block.text[item.end() if item else 0:inline.start()].strip(),
                             _labelled(block.text[inline.end():]))
            continue
        if (block.kind in ("numbered", "lettered") or (block.kind == "bullet" and SUB_ITEM.fullmatch(block.marker or ""))) \
                and not block.text.rstrip().endswith(":") and _card_follows(blocks, at):
            # '1. Số hóa … cá nhân.' / '- Trách nhiệm: Trung tâm … (chủ trì); …' / '- Thời hạn: trước ngày 30/11/2026.'
            # ('1.1. Công khai …' / 'Chủ trì: Văn phòng …; phối hợp: …. Thời hạn: trước ngày 28/02/2027.')
            item = ITEM_NUMBER.match(block.text)
            card = _TaskCard(block, block.text[item.end() if item else 0:].strip(), {})
            continue
        if situation and block.kind == "prose" and any(_caps_heading(block.text[s_:e_]) for s_, e_, *_ in block.spans):
            situation = False        # a heading in capitals old OCR did not number ('ll. Ý KIẾN CHỈ ĐẠO' for 'II.')
        if block.kind == "roman":
            # 'I. BÁO CÁO CỦA CÁC THÀNH VIÊN', 'II. Ý KIẾN THẢO LUẬN' in minutes: what units reported or said, no work
            units_report = bool(UNITS_REPORT_HEAD.match(fold(heading_title(block))))
        if block.kind in ("roman", "numbered"):
            opinions = False
        if block.kind == "prose" and OPINIONS_LEAD.search(fold(block.text)):
            opinions = True
        # 'STT | Lĩnh vực, tiêu chí | …' rows coded 'I', '1.2': the criteria a paragraph below names by code
        coded = row_code(block.text) if block.kind == "table" else None
        more = wrapped_name(block.text) if block.kind == "table" and last_code and not coded else None
        if coded:
            codes[coded[0]], last_code = coded[1], coded[0]
        elif more:
            codes[last_code] = joined(codes[last_code], more)      # 'XÂY DỰNG … VĂN' / 'BẢN QPPL'
        else:
            last_code = None
            for i, (start, end, *_) in enumerate(block.spans):     # the same rows as OCR without cell breaks gives them
                # ('1.2 Báo cáo CCHC định kỳ 2 1,5 …' read as an item numbered 1.2: its number is the code)
                coded = plain_row_code(f"{block.marker} {block.text[start:end]}" if i == 0 and block.marker
                                       else block.text[start:end])
                if coded:
                    codes[coded[0]] = coded[1]
        # a row of a task table whose cells wrap onto a tab-led line: the line joins the row above,
        # even when a fragment reads like a header ('… hẹn lại thời gian trả kết quả')
        # ('Thứ Hai | 08h00 | Lễ phát động …' over '18/01/2027 | | nhận hồ sơ …': the day's cell goes on with its date)
        day_goes_on = bool(last_task_row and re.match(r"\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*\t", block.text)
                           and re.match(r"\s*(?:thứ\s+\S+|chủ\s+nhật)\s*\t", last_task_row.cells, flags=re.I))
        # ('\t14h00\tTập huấn …' under a day's first row: another row of the same day, its own time)
        timed = re.match(r"\t\s*(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}|sáng|chiều|tối|cả\s+ngày)\s*\t", block.text, flags=re.I)
        # ('Từ ngày 12/01 | Rà soát …' over 'đến 31/01/2027 | tháng 12/2026; …': a time cell going on in small letters)
        time_goes_on = bool(last_task_row and re.match(r"(?:đến|tới|và)\s+[^\t]{1,30}\t", block.text)
                            and re.match(r"\s*(?:từ|kể\s+từ)\s+[^\t]{1,30}\t", last_task_row.cells, flags=re.I))
        # ('\tCộng 05 xã\t4.959\t3.684\t…' under a row whose time cell wrapped: a row of figures of its own)
        figures = sum(1 for c in block.text.split("\t") if re.fullmatch(r"\s*\d[\d.,]*\s*", c)) >= 2
        wraps_row = bool(block.kind == "table" and ctx.get("task_roles") and (block.text.startswith("\t") or day_goes_on or time_goes_on)
                         and not figures
                         and not timed and last_task_row and last_task_row.index == len(records.tasks) - last_task_row.count)
        if block.kind == "table" and header_open and is_form_letters(block.text):
            continue                             # 'A | B | C | 1 | 2' under a statistics form's header
        if block.kind == "table" and not wraps_row and (is_header_row(block.text) or _across_header(block.text, table_rows)
                                                        or _header_goes_on(block.text, table_rows, header_open)):
            if not header_open:
                ctx["table_ranks_from"] = len(records.ranks)
            table_rows.append(block.text)
            header_open = True
            named = _legend_rows(table_rows, blocks, at)
            if named:
                table_rows[:] = named        # '(1) | (2) | …' under 'Nguyên nhân quá hạn', named by 'Ghi chú: (1) …'
            caption = blocks[at - len(table_rows)] if at >= len(table_rows) else None
            per_unit = UNIT_LINE.match(caption.text.lstrip(" (")) \
                if caption is not None and caption.kind == "prose" else None
            if per_unit and at > len(table_rows):
                # 'Bảng 1. Số giao dịch …' over 'Đơn vị tính: giao dịch' over the table: the caption is the line above
                caption = blocks[at - len(table_rows) - 1]
            unit_line = per_unit or (UNIT_LINE.search(caption.text)
                                     if caption is not None and caption.kind == "prose" else None)
            # ('Đơn vị tính: hồ sơ; điểm': the counts' measure first, the points beside them)
            # ('Đơn vị tính: hồ sơ (riêng cột 6: thư)': one column's own measure beside the table's)
            entry = next((e for part in re.split(r"\s*[;,]\s*", UNIT_ASIDE.sub("", unit_line.group(1)))
                          for e in [lookup("measures", part)] if e), None) if unit_line else None
            # 'Đơn vị tính: lượt người': what every row counts; 'Đơn vị tính: %': every row a rate
            # ('(Đơn vị tính: %; T11, T12 là tháng 11, tháng 12 năm 2026)': the unit, then a note)
            said = entry.name if entry else "%" if unit_line and re.split(r"\s*;", unit_line.group(1))[0].strip(" .)") == "%" \
                else None
            ctx["table_said"] = said
            ctx["table_said_rest"] = _caption_rest(caption.text, said) if said and caption is not None and \
                caption.kind == "prose" else ""
            # ('Tháng 01/2027' spanning 'Tiếp nhận mới | Giải quyết đúng hạn | …' under 'Đơn vị tính: hồ sơ': the columns
            # named by the rows under it, each counting in its group's period)
            measures_row = not said and _measures_row(table_rows)
            grouped = period_groups(table_rows, ctx.get("issued"), ctx.get("month_ref"), measures_row) \
                if (said and said not in ("%", "điểm")) or measures_row else None
            head_rows = grouped[1] if grouped else table_rows
            # ('Bảng 1. Điểm, thứ hạng … từng tháng năm 2026' in a plan for 2027: its 'Tháng 1' is January 2026)
            # (on the folded text, not TABLE_CAPTION, which wants 'Bảng' marked and a space after the stop: with it one caption
            # of round 137's Latin-only OCR went unread, measured)
            captioned_year = find_periods(fold(caption.text)) if caption is not None and caption.kind == "prose" \
                and re.match(r"\s*bang\s*\d{0,2}\s*[.:]", fold(caption.text)) else []
            month_ref = captioned_year[0][2] if len(captioned_year) == 1 and len(captioned_year[0][2]) == 4 \
                else ctx.get("month_ref")
            ctx["table_roles"] = header_roles(head_rows, ctx.get("issued"), month_ref)
            ctx["table_index"], ctx["table_groups"] = None, {}     # (the group rows of this table, metrics.name_subtotals)
            ctx["row_entity"] = None                               # (the commune of its last row of points)
            ctx["table_counted"] = []                              # (its rows' counts, metrics.rate_of_count_above)
            ctx["table_roles"] = [f"report@{ctx.get('form_period') or ctx.get('month_ref') or ''}" if r == "report" else r
                                  for r in ctx["table_roles"]]
            if said and said != "%":
                heads = merged_header(head_rows)
                _levels_counted(ctx["table_roles"], heads, said)
                _declared_counts(ctx["table_roles"], heads, said, ctx["table_said_rest"])
                _kinds_counted(ctx["table_roles"], heads, said, ctx["table_said_rest"])
            if said and said != "%" and any(r and r.startswith("period@") for r in ctx["table_roles"][:2]):
                # 'Tuần | Tiếp nhận mới | Giải quyết đúng hạn | …' under 'Đơn vị tính: hồ sơ': counts of what it says
                _period_counts(naming_rows(table_rows), ctx["table_roles"], said)
            counted_in = CAPTION_COUNT.match(fold(caption.text)) if caption is not None and caption.kind != "table" else None
            words = caption.text[counted_in.start(1):counted_in.end(1)].split() if counted_in else []
            entry = next((e for k in (2, 1) for e in [lookup("measures", " ".join(words[:k]))] if e and len(words) >= k), None)
            ctx["table_counts"] = entry.name if entry else None       # 'Bảng 1. Số PAKN tiếp nhận …': what rows count
            if entry:
                # 'Bảng 1. Số PAKN tiếp nhận theo kênh tiếp nhận' over 'Kênh tiếp nhận | Tháng 10 | …': PAKN, not files
                measure = entry.extra or entry.name
                ctx["table_roles"] = [f"of:Số {measure} " + r[len("of:Số hồ sơ "):] if r and r.startswith("of:Số hồ sơ ") else r
                                      for r in ctx["table_roles"]]
                _caption_counts(ctx["table_roles"], merged_header(table_rows), entry.name, caption.text)
            captioned = next((b.text for b in reversed(blocks[max(0, at - len(table_rows) - 1):at - len(table_rows) + 1])
                              if b.kind == "prose" and TABLE_CAPTION.match(b.text)), None)
            if captioned:
                _caption_lists_columns(ctx["table_roles"], merged_header(table_rows), captioned)
                _captioned_aims(ctx["table_roles"], captioned, ctx.get("issued"))
            ctx["table_units"] = header_units(table_rows)      # 'Quý I/2026' over '(%)': the column's unit
            ctx["table_spans"] = spanned_groups(table_rows, ctx["table_roles"])   # each period column's group
            heads = [fold(h) for h in merged_header(table_rows)]
            ctx["catalogue"] = any(re.match(r"\s*(?:muc\s*)?(?:phi\s*,?\s*le\s*phi|le\s*phi)", h) for h in heads) \
                and any(re.match(r"\s*thoi\s*(?:han|gian)\s*giai\s*quyet", h) for h in heads)
            if {"ownunit", "unitrow"} & set(ctx.get("table_roles") or []):
                ctx["units_ranked"] = True       # a table ranking the commune's own offices: bullets below may be about one
            # ('Nhóm chỉ tiêu / chỉ tiêu thành phần | Điểm tối đa | Điểm đạt': the 766 index's sub-indicators have points of
            # their own; a PAR self-assessment's 'Lĩnh vực, tiêu chí' rows below a field are no records)
            ctx["table_subparts"] = bool(re.search(r"(?<!\w)chi\s*tieu(?!\w)", fold(" ".join(table_rows))))
            scale = SCALE.search(fold(" ".join(merged_header(table_rows))))
            if scale:
                ctx["scale"] = float(scale.group(1) or scale.group(2))    # a column 'Điểm (thang điểm 100)'
            stated = re.search(r"tong\s*diem\s*\(\s*(?:diem\s*)?toi\s*da\s*:?\s*(\d{2,3})", fold("\t".join(merged_header(table_rows))))
            ctx["table_top"] = float(stated.group(1)) if stated else None     # 'Tổng điểm (tối đa 100)': its maximum
            # 'Tháng | Điểm đạt (tối đa 18 điểm) | …' under '3. Kết quả nhóm chỉ tiêu Công khai, minh bạch': the
            # section's group, on its own scale
            group_top = re.search(r"(?<!tong\s)diem(?:\s*dat|\s*nhom(?:\s*chi\s*tieu)?)?\s*\(\s*toi\s*da\s*:?\s*(\d{1,2})(?:\s*diem)?\s*\)",
                                  fold("\t".join(merged_header(table_rows))))
            # ('Điểm nhóm (tối đa 18)' in a letter about one group, 'V/v … nhóm chỉ tiêu "Công khai, minh bạch"': that group)
            heading = ctx.get("criterion_heading") or ctx.get("subject_group")
            ctx["table_group"] = heading if group_top and heading and heading.extra and \
                parse_number(heading.extra) == float(group_top.group(1)) else None
            if ctx["table_group"] is None and not any(r and r.startswith("crit:") for r in ctx["table_roles"]):
                # 'Bảng 1. Điểm, thứ hạng nhóm chỉ tiêu Thanh toán trực tuyến năm 2026' over 'Kỳ đánh giá | Điểm đạt |
                # Xếp hạng nhóm chỉ tiêu (/114)': the one group the caption names
                ctx["table_group"] = _captioned_group(blocks[max(0, at - len(table_rows) - 2):at - len(table_rows) + 1])
            ctx["self_assessed"] = bool(re.search(r"diem\s*tu\s*(?:danh\s*gia|cham)", fold("\t".join(merged_header(table_rows))))
                                        and re.search(r"cai\s*cach\s*hanh\s*chinh|par\s*index", fold(header.subject or "")))
            ranked = RANK_OF.search(fold("\t".join(merged_header(table_rows))))
            ctx["ranked_among_rows"] = bool(ranked and "rank" in ctx["table_roles"] and "place" in ctx["table_roles"]
                                            and any((r or "").startswith("rank/") for r in ctx["table_roles"]))
            if ctx["ranked_among_rows"]:
                ranked = None       # 'Hạng trong Cụm | … | Xếp hạng khối xã (/67)': the bare rank is among the rows (_units_ranked)
            ctx["rank_of"] = int(ranked.group(1)) if ranked else None    # 'Xếp hạng nhóm (/114)': each rank's 'out of'
            if ranked is None:
                # '(số trong ngoặc là thứ hạng của phường trên 114 xã, phường, đặc khu)' above the table: its ranks' whole
                told = next((m for b in blocks[max(0, at - len(table_rows) - 2):at - len(table_rows) + 1] if b.kind != "table"
                             for m in [RANKS_TOLD.search(fold(b.text))] if m), None)
                ctx["rank_of"] = int(told.group(1)) if told else None
            if ctx["rank_of"] is None and not re.search(r"(?<!\w)cum(?!\w)", fold("\t".join(merged_header(table_rows)))) and any(
                    FEW_OF_ALL.search(fold(b.text)) for b in blocks[max(0, at - len(table_rows) - 2):at - len(table_rows) + 1]
                    if b.kind != "table"):
                # 'Bảng 1. Mười đơn vị có điểm năm 2026 cao nhất' over 'Hạng | Tên đơn vị | …': ranks among all the city's
                # commune-level units (dictionaries/places.tsv), not among the ten shown
                ctx["rank_of"] = len(city_places())
            score_columns = {r for r in ctx["table_roles"] if r} & {"max", "rank"} or \
                any(r and r.startswith(("value@", "crit:")) for r in ctx["table_roles"]) or \
                any(r and r.startswith(("rate:Chỉ số hài lòng", "index:")) for r in ctx["table_roles"])
            # ('TT | Họ và tên | … | Điểm thi | Xếp hạng': a person's points and rank, figures of that person, no index's)
            score_columns = score_columns and not any(PERSON_COLUMN.fullmatch(fold(c)) for c in merged_header(table_rows))
            # ('Phường | Chỉ số SIPAS | Tiếp cận dịch vụ | … | Xếp hạng (/114)': each ward's index, not counts by unit)
            # 'Nội dung | Đơn vị chủ trì | Thời gian thực hiện': a table of tasks ('thực hiện' is not a result);
            # an appendix may give each criterion's score and the task it sets ('Nhóm chỉ tiêu | Điểm tối đa |
            # Điểm tháng 7/2026 | Nhiệm vụ, giải pháp | Đơn vị chủ trì | Thời hạn'): both
            roles = task_table_roles(table_rows)
            lead = _lead_in_unit(caption.text) if not roles and caption is not None and caption.kind == "prose" else None
            if not roles and lead is None and section_unit and caption is not None and caption.kind == "numbered" \
                    and caption.text.rstrip().endswith(":"):
                lead = section_unit     # 'Điều 2. Nhiệm vụ của Tổ công tác' / '3. Thực hiện … theo lộ trình sau:' / the table
            numbered = re.match(r"(?i)\s*bảng\s+(\d{1,2})\s*[.:]", caption.text) if caption is not None else None
            if not roles and lead is None and numbered and at > len(table_rows) \
                    and blocks[at - len(table_rows) - 1].kind in ("prose", "numbered"):
                # '… đề nghị Ủy ban nhân dân các xã thực hiện các nhiệm vụ tại Bảng 2.' / 'Bảng 2. Nhiệm vụ …' / the table
                lead = _lead_to_table(blocks[at - len(table_rows) - 1].text, numbered.group(1), ctx.get("sent_to"))
            roles = task_table_roles(table_rows, led=True) if lead else roles
            ctx["field_work"] = None if roles or score_columns else _field_work_columns(table_rows)
            if ctx["field_work"]:
                roles = ctx["field_work"][0]    # 'Lĩnh vực | Số hồ sơ quá hạn | … | Người, đơn vị chịu trách nhiệm | Thời hạn xử lý xong'
            ctx["task_lead"] = ctx["task_lead_all"] = lead if roles else None
            values = any(r and (r == "value" or r.startswith("value@")) for r in ctx["table_roles"])
            ctx["task_roles"] = roles if not score_columns or ("deadline" in roles and values) else []
            if reports and any(PROGRESS_HEAD.fullmatch(fold(c)) for c in merged_header(table_rows)):
                # a report's 'Nhiệm vụ | Đơn vị chủ trì | Thời hạn | Kết quả thực hiện': the plan's work and how far
                # it got ('Đã hoàn thành', 'Đang thực hiện'), not work given now
                ctx["task_roles"] = []
            # ('Đơn vị thụ lý | Hồ sơ đang giải quyết | … | Chỉ tiêu giải quyết xong trong đợt | Thời hạn': each unit's
            # files counted, and what it must clear by when)
            # ('Đơn vị được mời | Hồ sơ quá hạn | Hồ sơ sắp đến hạn | Nội dung mang theo …': each unit's files, and its work)
            counted_work = bool(ctx["task_roles"]) and any(re.match(r"\s*chi\s*tieu\s*(?:giai\s*quyet|xu\s*ly)", fold(h))
                                                           or re.fullmatch(r"\s*(?:so\s*)?ho\s*so\s+(?:qua\s*han|sap\s*den\s*han)"
                                                                           r"(?:\s*\(\s*\*{1,3}\s*\))?\s*", fold(h))
                                                           for h in merged_header(table_rows))
            ctx["scored_tasks"] = bool(score_columns and ctx["task_roles"]) or bool(ctx["field_work"]) or counted_work
            # ('TT | Hạn chế, tồn tại | Nhiệm vụ, giải pháp khắc phục | Đơn vị chủ trì | Thời gian': the shortcomings
            # each task answers, with their counts)
            ctx["situation_at"] = next((i for i, c in enumerate(merged_header(table_rows))
                                        if SHORTCOMINGS_COLUMN.fullmatch(fold(c))), None) if ctx["task_roles"] else None
            ctx["day_above"] = None              # an inspection schedule's day goes on only within its table
            # 'TT | Đơn vị | Số hồ sơ tiếp nhận | Đúng hạn | Quá hạn | Tỷ lệ đúng hạn (%)': counts by unit
            counted = next((m.unit for m in reversed(records.metrics) if m.unit != "%"), None)
            ctx["unit_columns"] = None if score_columns or (ctx["task_roles"] and not ctx["field_work"] and not counted_work) else unit_table_columns(
                head_rows, counted, declared=(ctx.get("table_said") if ctx.get("table_said") != "%" else None) or ctx.get("table_counts"),
                by_cause=_counted_by_cause(captioned))
            if ctx["unit_columns"] and (grouped or unit_line):
                _columns_own(ctx["unit_columns"], grouped[0] if grouped else {},
                             _own_measures(unit_line.group(1), table_rows) if unit_line else {})
            # 'Chỉ tiêu | Phòng Kinh tế | Phòng VH-XH | VP HĐND&UBND | Toàn xã': counts with units across
            ctx["units_across"] = None if score_columns or ctx["task_roles"] or ctx["unit_columns"] \
                else units_across(table_rows)
            ctx["across_row"] = None
            ctx["unit_group"] = None
            ctx["row_parent"] = None
            ctx["table_measure"] = None
            continue
        header_open = False
        ranked_over = (RANKED_OVER.match(fold(block.text)) or _noted_whole(fold(block.text))) \
            if block.kind != "table" and ctx.get("table_ranks_from") is not None else None
        if ranked_over:
            # '(Thứ hạng tính trên tổng số 114 xã, phường, đặc khu của thành phố)' under a table of ranks: the
            # whole each of its ranks is out of
            for rank in records.ranks[ctx["table_ranks_from"]:]:
                rank.out_of = rank.out_of or int(ranked_over.group(1))
        if block.kind != "table":
            ctx["table_ranks_from"] = None
        if block.kind == "table" and ctx.get("task_roles"):
            last = last_task_row
            if wraps_row:
                # a row whose cells wrap onto the next line ('\tlệ phí chưa tích hợp …\t\t\thành chính công'):
                # each fragment joins its column in the row above
                merged = _merge_cells(last.cells, block.text)
                row = _field_work(table_task(merged, ctx["task_roles"], same_as=last.unit_above, day_above=ctx.get("day_above")),
                                  merged, ctx.get("field_work"))
                if row:
                    ctx["day_above"] = row[2] or ctx.get("day_above")     # ('Thứ Hai' over '18/01/2027': the whole day)
                    del records.tasks[-last.count:]
                    count = _table_task(records, last.block, row, ctx)
                    last_task_row = last._replace(cells=merged, unit=row[1], count=count)
                    _situation_metrics(records, last.block, merged, ctx)
                    if not ctx.get("scored_tasks"):
                        continue
            group = _table_group(block.text, ctx) if not wraps_row and ctx.get("task_lead") else None
            if group:
                # 'II | Xã Kiến Minh' over its rows in a table the letter's communes do ('I | Chung cho cả 05 xã': all)
                ctx["task_lead"], last_task_row = group, None
                continue
            if not (wraps_row and row):
                above = (last.unit if last else None) or ctx.get("task_lead")
                row = _field_work(table_task(block.text, ctx["task_roles"], same_as=above, day_above=ctx.get("day_above")),
                                  block.text, ctx.get("field_work"))
                if row:
                    ctx["day_above"] = row[2] or ctx.get("day_above")
                    count = _table_task(records, block, row, ctx)
                    last_task_row = _TaskRow(block.text, len(records.tasks) - count, block, above, row[1], count)
                    ctx["situation_read"] = []           # (a new row: the one above keeps its reading)
                    _situation_metrics(records, block, block.text, ctx)
                    if not ctx.get("scored_tasks"):
                        continue
        if block.kind != "table":
            table_rows = []
            _units_ranked(ctx)
            said = fold(block.text)
            scale = SCALE.search(said)
            if scale:
                ctx["scale"] = float(scale.group(1) or scale.group(2))    # '… chấm điểm các phòng, đơn vị (thang điểm 100)'
            stated = find_periods(said) if FORM_PERIOD.match(said) else []
            if stated:
                ctx["form_period"] = stated[0][2]      # 'Kỳ báo cáo: tháng 3/2026', for the form below
        listed = ROSTER.match(re.sub(r"^\s*(?:\d{1,2}[.)]|[-–+])\s*", "", block.text)) if block.kind in ("numbered", "bullet") else None
        if listed:
            # '1. Ông Nguyễn Hữu Thắng, Chủ tịch UBND xã - Tổ trưởng;': who holds which role in the group (no records)
            ctx.setdefault("roster", {})[re.sub(r"\s+", " ", listed.group("role").lower())] = listed.group("office").strip()
            ctx.setdefault("members", {})[re.sub(r"\s+", " ", listed.group("name").strip().lower())] = listed.group("office").strip()
            continue
        if block.kind not in ("bullet", "lettered", "table") and not (block.kind == "prose" and block.text.rstrip().endswith(":")):
            ctx["phase_deadline"] = None     # (a phase's 'Đơn vị chủ trì từng nội dung như sau:' keeps it, and a table of
            #                                  who is on duty in it)
        # ('1. Các việc hoàn thành trong tháng 01/2027', '4. Các việc thực hiện thường xuyên': the time, after the works)
        works_lead = WORKS_BY_TIME.match(fold(block.text[len(block.marker or ""):]).strip(" .:"))
        lead_len = works_lead.end() if works_lead else 0
        when_head = TIME_HEAD.fullmatch(fold(block.text[len(block.marker):]).strip(" .)")[lead_len:]) \
            if block.kind in ("numbered", "roman") and len(block.text) < 80 + lead_len else None
        week = None
        if block.kind in ("numbered", "roman") and len(block.text) < 160:
            titled = fold(block.text[len(block.marker or ""):]).strip(" .:")[lead_len:]
            week = (WEEK_HEAD.fullmatch(titled) if len(block.text) < 80 else None) or next(
                (m for m in [PHASE_HEAD.match(titled)] if m and (m.end() == len(titled) or block.text.rstrip().endswith(":"))),
                None)
        # ('2. Trong kỳ nghỉ Tết (từ ngày 04/02 đến hết ngày 10/02/2027)' run into 'Lịch trực của lãnh đạo …:')
        if when_head or week:
            # '1. Ngay trong tháng 01/2027:', '2. Trong quý I/2027:', '4. Thường xuyên:', '1. Tuần thứ nhất (từ ngày
            # 04/01 đến ngày 08/01/2027)': the units the bullets below name do the work, by that time (a week's last
            # day) unless a bullet gives its own
            said = block.text[len(block.marker):]
            said = said[len(said) - len(said.lstrip(" .:")):][lead_len:]       # where `titled` begins
            when = find_deadline(said[week.start(1):week.end(1)], ctx.get("issued")) if week \
                else _time_given(said.strip(" .):"), ctx.get("issued"))
            ctx["phase_deadline"] = when if when.kind != "none" else None
            directive, assignee = True, None
            continue
        ranked_above, ranked_row = ranked_row, None
        if ranked_above and block.kind == "table" and block.text.startswith("\t"):
            # a row's name wrapped onto a tab-led line ('7 | Xếp hạng … trong | thứ hạng | Tốp 40 | 52' /
            # '| 114 xã, phường, đặc khu'): the rank it gave is out of the units the line names
            among = AMONG.search(fold(block.text)) or UNITS_COUNTED.match(fold(block.text))
            if among and not re.search(r"\d", fold(block.text)[:among.start()] + fold(block.text)[among.end():]):
                for k in range(*ranked_above):
                    if records.ranks[k].out_of is None:
                        records.ranks[k] = dataclasses.replace(records.ranks[k], out_of=int(among.group(1)))
                continue
        if block.kind == "table" and _maxima_row(block.text, ctx.get("table_roles")):
            continue                     # 'Điểm tối đa | 18 | 20 | … | 100 | - | -' under the groups: their maxima, set
        try:
            doc = analyse(block, ctx)
        except Exception:                # one unreadable block must not lose the document
            log.exception("vanban: bỏ qua một đoạn không phân tích được (block skipped) at page %s line %s",
                          *block.first)
            continue
        # 'Ví dụ minh họa (số liệu giả định, …): trong tháng, xã X tiếp nhận 1.250 hồ sơ …' (and its lines after a
        # page break): figures made up to show a calculation are no records
        # ('Ví dụ: tháng 10/2026, phường đã giải quyết 1.126 hồ sơ …' in a guide whose examples are the ward's own
        # figures: records)
        ctx["example"] = bool(EXAMPLE.match(fold(block.text)) and MADE_UP.search(fold(block.text)[:200])) or bool(
            ctx.get("example") and block.kind == "prose" and block.text[:1].islower())
        if ctx["example"]:
            doc._.scores, doc._.ranks, doc._.metrics = [], [], []
        # '2. Chia theo lĩnh vực (tiếp nhận; đã giải quyết; quá hạn)' then '- Đất đai (214; 198; 06)': each figure
        # named by the legend's word in its place
        legend = LEGEND.search(block.text) if block.kind != "bullet" else None
        labels = [p.strip() for p in legend.group(1).split(";")] if legend else []
        if legend and 2 <= len(labels) <= 4 and all(0 < len(p.split()) <= 4 and not re.search(r"\d", p) for p in labels):
            counted = next((m.unit for m in reversed(records.metrics) if m.unit != "%"), "hồ sơ")
            ctx["legend"] = (labels, counted, "lĩnh vực" in block.text.lower())
        elif block.kind != "bullet":
            ctx["legend"] = None
        if block.kind == "bullet" and ctx.get("legend"):
            parts = _legend_row(block.text, *ctx["legend"])
            if parts is not None:
                doc._.metrics = parts
        heading = doc._.heading
        named_in_table = TABLE_COMMUNES.match(fold(heading.title)) if heading is not None and (
            heading.unit is None or heading.unit.startswith("UBND các ") or TABLE_COMMUNES.match(fold(heading.unit))) else None
        # ('… có tên tại Bảng' in a letter with one table, its caption 'Bảng. …' unnumbered)
        table_key = named_in_table.group(1) if named_in_table and named_in_table.group(1) else \
            next(iter(ctx.get("table_places", {})), None) if named_in_table and len(ctx.get("table_places", {})) == 1 else None
        if named_in_table and table_key is not None and ctx.get("table_places", {}).get(table_key):
            # '1. Ủy ban nhân dân 10 xã, phường có tên tại Bảng 2:': the communes that table lists, each
            heading = dataclasses.replace(heading, unit="; ".join(ctx["table_places"][table_key]),
                                          rest=heading.title[named_in_table.end():].strip(" :"))
        as_of = PROVISIONAL_AS_OF.search(folded_text(doc))
        if as_of:
            ctx["provisional_day"] = iso_date(int(as_of.group(1)), int(as_of.group(2)), int(as_of.group(3)))
            said = folded_text(doc)[max((m.end() for m in re.finditer(r"\.(?!\d)", folded_text(doc)[:as_of.start()])), default=0):
                                    as_of.end()]
            # (a month's provisional figures, not a table's own 'tạm tính đến ngày 30/11/2026')
            month = re.search(r"tam\s*tinh\s*(?:cua\s*)?thang\s*(\d{1,2})\s*/\s*(\d{4})", said)
            if month and ctx["provisional_day"] and ctx["provisional_day"][:7] == f"{month.group(2)}-{int(month.group(1)):02d}":
                ctx["provisional_stated"] = ctx["provisional_day"]     # ('thông báo điểm tạm tính tháng 01/2027 … (số liệu … đến …)')
        # 'Điểm tạm tính từng nhóm chỉ tiêu (điểm đạt/điểm tối đa):' introduces the block below
        # (and the bullets after it: '- Tiến độ giải quyết: 17,94/20 điểm (tháng 12/2026: 19,71 điểm); - …')
        ctx["provisional_intro"] = ctx.get("provisional_colon", False) or (block.kind == "bullet" and ctx.get("provisional_intro", False))
        tail = folded_text(doc).rstrip()
        last = tail[tail.rfind(".", 0, len(tail) - 1) + 1:]
        # '… tạm xếp thứ 47/114 (…). Điểm từng nhóm chỉ tiêu:': a list introduced after the provisional figures
        ctx["provisional_colon"] = tail.endswith(":") and bool(
            PROVISIONAL.search(last) or (PROVISIONAL.search(tail) and not find_periods(last)))
        # ---------------------------------------------------------------- scores and ranks
        if block.kind in ("numbered", "roman", "lettered") and not (doc._.scores or doc._.ranks):
            ctx["criterion_heading"] = _criterion_heading(block.text)
            ctx["heading_max"] = bool(HEADING_MAX.search(heading_title(block).rstrip(" :.")))
            named = {entry.name for _, _, entry in find_all("indices", heading_title(block))}
            if len(named) == 1 and len(block.text) < 160:
                # '1. Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg': the section's index
                ctx["index"] = named.pop()
        # a plan's table under '2. Chỉ tiêu': its column of what was done is measured ('Kết quả tháng 5/2026')
        # (and a table whose targets are columns of their own: 'Thực hiện năm 2026 | Chỉ tiêu năm 2027' over quarters)
        roles_now = ctx.get("table_roles") or []
        measured = block.kind == "table" and (is_plan(roles_now) or (
            {"aim", "unit"} <= set(roles_now) and any((r or "").startswith("value@") for r in roles_now)))
        label = _criterion_label(block) if block.kind in ("numbered", "lettered") else None
        respective = _ranks_beside_scores(folded_text(doc), doc._.scores or [], doc._.ranks or [])
        regrouped: dict[int, str] = {}      # a score's end -> the group given here to a value read as the total's
        # a row going on under a commune's in a table of communes (its second group, its 'Hạng' row under its 'Điểm'
        # row): what it gives is that commune's
        communes_down = block.kind == "table" and bool({"place", "unitrow"} & set(ctx.get("table_roles") or []))
        row_above = ctx.get("row_entity") if communes_down else None
        for hit in doc._.scores or []:
            if block.kind not in ("roman", "numbered") and not measured and (
                    targets == "all" or (targets and _aimed_at(folded_text(doc), hit.start))):
                continue            # '- Tổng điểm … đạt từ 95/100 điểm trở lên' under 'Chỉ tiêu năm 2026'
            if re.search(r"(?<!\w)phan\s*dau(?!\w)", folded_text(doc)[_sentence_start(folded_text(doc), hit.start):hit.start]) \
                    or re.search(r"(?<!\w)cam\s*ket\s*:", folded_text(doc)[_full_stop_before(folded_text(doc), hit.start):hit.start]):
                continue            # 'Phấn đấu năm 2027 …, nhóm chỉ tiêu Thanh toán trực tuyến đạt 10/10 điểm', '… cam kết:
                #                     …; nhóm chỉ tiêu Mức độ hài lòng trở lại mức 18/18 điểm từ tháng 3/2027': an aim
            if re.search(r"(?<!\w)chua\s*(?:dat|duoc)\s*(?:duoc\s*)?(?:muc\s*)?\d{1,3}(?:,\d{1,2})?\s*/\s*\d{1,3}\s*(?:diem\s*)?$",
                         folded_text(doc)[max(0, hit.start - 60):hit.end]):
                continue            # '… khiến nhóm Thanh toán trực tuyến chưa đạt 10/10 điểm': the mark not reached
            if _of_contest(doc, hit):
                continue            # 'Điểm bình quân vòng chung khảo đạt 83,22 điểm': a contest's points, not the index's
            if hit.bound and hit.bound > MAX_SCALE:
                continue            # '31 | 1.602' (late files of the files handled, a row OCR ran together): no points
            if hit.criterion == TOTAL and hit.value == 0 and block.kind != "table":
                continue            # '… không có tài liệu kiểm chứng hợp lệ được chấm 0 điểm': a rule, no index's total
            if block.kind == "table" and hit.value > 100 and (hit.bound is None or hit.bound <= 100):
                continue            # 'Tổng cộng | 405' under 'Kinh phí (triệu đồng)': money, no index's points
            where = _provenance(block, hit.start, hit.end)
            criterion, top = hit.criterion, hit.bound
            if block.kind not in ("numbered", "roman", "lettered", "table") and \
                    _of_heading(folded_text(doc), hit, ctx.get("criterion_heading")):
                criterion = ctx["criterion_heading"].name
                stated = STATED_MAX.match(folded_text(doc), hit.end) if top is None else None
                top = parse_number(stated.group(1)) if stated else top   # '(tối đa 10 điểm)'
                most = ctx["criterion_heading"].extra
                if top is None and most and (ctx.get("heading_max") or re.search(
                        r"toi\s*da\s*:?\s*" + re.escape(most) + r"\s*diem", folded_text(doc))):
                    # '1. Nhóm … (điểm tối đa: 20)' above, or 'Nhóm chỉ tiêu … (điểm tối đa 18 điểm) … như sau:
                    # tháng 10/2026 đạt 17,62 điểm; …' in the paragraph
                    top = parse_number(most)
            if block.kind == "table" and top is None and criterion == TOTAL and ctx.get("table_top") \
                    and hit.value <= ctx["table_top"]:
                top = ctx["table_top"]
            group = ctx.get("table_group") if block.kind == "table" else None
            if group and criterion == TOTAL and hit.value <= parse_number(group.extra):
                criterion, top = group.name, top if top is not None else parse_number(group.extra)
            small = criterion == TOTAL and block.kind != "table" and hit.bound is None and hit.value < SMALLEST_TOTAL \
                and (hit.index or INDEX_766) == INDEX_766
            named = (_group_named_before(folded_text(doc), hit.start) or ctx.get("last_group")) if small else None
            if named and named.extra and hit.value <= parse_number(named.extra):
                # '… Đối với nhóm chỉ tiêu Mức độ hài lòng … (tối đa 18 điểm): … phường đạt bình quân 17,38 điểm', the
                # paragraph going on over a page break ('… tháng 12/2026 nhóm chỉ tiêu này đạt 17,64 điểm'): no total is
                # that small; the group named last is
                criterion = named.name
            if label and (criterion == label[0].name or _of_heading(folded_text(doc), hit, label[0])):
                # 'b) Nhóm Tiến độ giải quyết (tối đa 20 điểm): tháng 10 đạt 19,41 điểm …; tháng 11 cải thiện lên
                # 19,86 điểm': the item's criterion, with the maximum its label states
                criterion, top = label[0].name, top if top is not None else label[1]
            index = _index_for(block, hit.start, hit.index, ctx)
            so_far = folded_text(doc)[max(0, folded_text(doc).rfind(".", 0, hit.start)):hit.start]
            if block.kind != "table" and GRADING_SCALE.search(folded_text(doc)[max(0, hit.start - 200):hit.start]):
                continue            # 'chấm điểm … theo thang điểm 100 (kết quả giải quyết hồ sơ 40 điểm; mức độ hài lòng 30
                #                     điểm; …)': the weight of a part of someone's marks, not a score
            if block.kind != "table" and person_before_office(re.sub(r"^\s*[-–+•]\s*", "", block.text)) is None \
                    and PERSON_POINTS_LEAD.match(block.text) \
                    and not re.search(r"bo\s*chi\s*so|766|par\s*index|sipas|cua\s*(?:xa|phuong|dac\s*khu)(?!\w)",
                                      folded_text(doc)[:hit.start]):
                continue            # '- Đồng chí Đỗ Thị Thanh Hoa (Quầy số 1) đứng đầu Trung tâm với 96,5 điểm': an officer's
                #                     own marks, not the unit's index points
            if block.kind != "table" and _written_wrongly(folded_text(doc), hit.start):
                continue
            known = lookup("criteria", criterion) if criterion != TOTAL and block.kind != "table" else None
            ceiling = int(known.extra) if known and re.fullmatch(r"\d{1,2}", known.extra or "") \
                and (index or INDEX_766) == INDEX_766 else None
            if ceiling and ((hit.bound and hit.bound != 100 and hit.bound > ceiling and "/" in folded_text(doc)[hit.start:hit.end])
                            or (hit.bound is None and hit.value > ceiling)):
                continue            # '… tiêu chí hài lòng đạt 20,5/25 điểm' in an officer's marks, '(chấm theo thang 100
                #                     điểm, gồm 04 tiêu chí: tiến độ giải quyết 40 điểm, …)': out of more, or more, than the
                #                     index's group ever gives (18, 20), someone else's scale
            if block.kind != "table" and criterion == "Điểm tự đánh giá" and hit.bound and hit.bound < 10:
                continue            # '(xã tự đánh giá 1,5/1,5 điểm)': a sub-criterion's own marks, no index's
            if block.kind != "table" and re.match(r"\s*(?:[-–+•]\s*)?(?:truong\s*hop|neu)\s",
                                                  folded_text(doc)[_sentence_start(folded_text(doc), hit.start):]):
                continue            # 'Trường hợp đề nghị của xã được chấp thuận, điểm thẩm định của xã là 59,5/70 điểm': if
            if block.kind != "table" and SCORING_RULE.search(folded_text(doc)[max(0, hit.start - 80):hit.start]):
                continue            # '(đạt từ 80% trở lên được 1,0 điểm; từ 60% đến dưới 80% được 0,5 điểm)': what a
                #                     criterion's rule gives, not what anyone got
            if criterion == TOTAL and block.kind != "table" and re.search(r"(?<!\w)tu\s*tinh(?!\w)[^,;()]{0,60}$", so_far):
                continue            # 'Tại Báo cáo số 318/BC-UBND …, xã tự tính tổng điểm tháng 11/2026 là 94,05 điểm': the
                #                     commune's own sum, not the index's published points
            # (not a column headed by the index itself beside its parts: 'Điểm tự đánh giá | Điểm thẩm định | … | Chỉ số
            # CCHC năm 2026 (điểm)', the index's total)
            if criterion == TOTAL and ((block.kind == "table" and ctx.get("self_assessed") and not _total_beside_self(ctx)) or (
                    block.kind != "table" and re.search(r"cai\s*cach\s*hanh\s*chinh|par\s*index", fold(header.subject or ""))
                    and re.search(r"diem\s*tu\s*(?:danh\s*gia|cham)", so_far)
                    and not re.search(r"bo\s*chi\s*so\s*phuc\s*vu|766", so_far)
                    # ('… điểm tự đánh giá … bị trừ …; …, Chỉ số cải cách hành chính năm 2025 của xã đạt 81,47/100': the
                    # index's own total, named after the self-assessment)
                    and not re.search(r"chi\s*so\s*(?:cai\s*cach\s*hanh\s*chinh|cchc)|par\s*index",
                                      so_far[list(re.finditer(r"tu\s*(?:danh\s*gia|cham)", so_far))[-1].end():]))):
                # (not '… tiêu chí về kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp, Hội đồng thống nhất với điểm tự
                # đánh giá của xã (bình quân 11 tháng năm 2026 xã đạt 91,84 điểm, …)': the 766 index's own points)
                # 'Lĩnh vực | Điểm tối đa | Điểm tự đánh giá' (or 'Tổng điểm tự đánh giá … là 66,6/72 điểm') in a report on
                # the PAR Index: what the commune gave itself, not the 766 index's points
                criterion, index = "Điểm tự đánh giá", "PAR Index"
            period = _hit_period(doc, hit, ctx)
            if re.search(r"binh\s*quan\s*(?:ca\s*quy\s*)?(?:dat\s*)?$", folded_text(doc)[max(0, hit.start - 16):hit.start]) \
                    and SPAN_REPORT.search(_results_subject(header.subject)) and not hit.period \
                    and not re.search(r"(?:luy\s*ke|ca|toan)\s*nam\s*\d{4}", folded_text(doc)[max(0, hit.start - 80):hit.start]):
                # ('Lũy kế năm 2026, xã đạt bình quân 91,87 điểm' in a quarter's report: the year it names)
                period = None       # 'Nhóm Số hóa hồ sơ đạt bình quân 17,79/22 điểm' in a quarter's report: the quarter's
                #                     (not '(năm 2025 bình quân 16,38 điểm, …)': the year its aside names)
            if index == "PAR Index" and period and len(period) == 10:
                # a self-assessment 'tính đến ngày 30/11/2026' of the yearly PAR Index: 2026; one 'đến … ngày 12/01/2027' in
                # a letter on the 'Chỉ số cải cách hành chính năm 2026': the year its subject names
                year = ctx.get("doc_period") or ""
                period = year if re.fullmatch(r"\d{4}", year) and year < period[:4] else period[:4]
            if block.kind == "table" and criterion != TOTAL:
                ctx["table_index"] = index
            elif block.kind == "table" and ctx.get("table_index") == "PAR Index" and index != "PAR Index" \
                    and not find_all("indices", block.text):
                index = "PAR Index"         # 'Tổng cộng | 72 | 68,75 | 64,85' below the PAR Index's fields: its total
            stated = ctx.get("stated_max", {}).get(criterion)
            if top is None and stated is not None and hit.value <= stated and (index or INDEX_766) == INDEX_766:
                top = stated        # 'Điểm nhóm chỉ tiêu Thanh toán trực tuyến (tối đa 10 điểm) …: - Tháng 01/2026: … 6,47 điểm'
            if hit.criterion == TOTAL != criterion:
                regrouped[hit.end] = criterion
            own = criterion_of(criterion, 0.99) if top is not None and criterion != TOTAL else None
            if own and own.kind == INDEX_766 and own.extra and parse_number(own.extra) == top:
                # '… Mức độ hài lòng … đạt 17,38/18 điểm …' and, paragraphs below, 'tháng 9/2026 chỉ đạt 16,62 điểm': the
                # group's own maximum, written with one of its values, holds for those after it
                ctx.setdefault("stated_max", {}).setdefault(criterion, top)
            entity = hit.entity or row_above or _entity_for(block, hit.start, ctx)
            pair = PAIR_ALIKE.search(block.text[max(0, hit.start - 120):hit.start]) if not hit.entity else None
            twin = _place_named(pair.group(1)) if pair else None
            if twin and twin != entity and _place_named(pair.group(2)) == entity:
                # 'xã Tiên Minh và xã Vĩnh Lại cùng đạt 18,3/20 điểm': the same points of each
                records.scores.append(ScoreRecord(entity=twin, index=index, criterion=criterion, value=hit.value, max=top,
                                                  period=period, where=where))
            records.scores.append(ScoreRecord(
                entity=entity, index=index,
                criterion=criterion, value=hit.value, max=top, period=period, where=where))
        block_folded = folded_text(doc)
        for _, end, entry in find_all("criteria", block_folded):
            said = STATED_AFTER_NAME.match(block_folded, end)
            if said and entry.kind == INDEX_766 and entry.extra and parse_number(entry.extra) == parse_number(said.group(1)):
                # a group's maximum said once after its name holds for its values in the paragraphs below
                ctx.setdefault("stated_max", {})[entry.name] = parse_number(said.group(1))
        for hit in doc._.ranks or []:
            if _of_contest(doc, hit):
                continue            # '… xếp thứ 4 nhưng phần xử lý tình huống … nên xếp cuối vòng chung khảo': a contestant's
            if re.match(r"\s*(?:\(\s*)?(?:tinh\s*)?tu\s*duoi\s*len", folded_text(doc)[hit.end:]):
                continue            # 'đứng thứ 6 từ dưới lên': counted from the bottom, not the rank
            if block.kind != "table" and _written_wrongly(folded_text(doc), hit.start):
                continue
            where = _provenance(block, hit.start, hit.end)
            beside = next((c for end, c in regrouped.items() if hit.criterion == TOTAL
                           and re.fullmatch(r"\s*(?:diem\s*)?,\s*(?:thu\s*)?", folded_text(doc)[end:hit.start])), None)
            if beside:
                # '- Tháng 6/2026: …; đạt 8,5 điểm, xếp thứ 55/114' under a group's paragraph: the rank beside the value
                # given to the group is the group's
                hit = dataclasses.replace(hit, criterion=beside)
            records.ranks.append(RankRecord(
                entity=hit.entity or row_above or respective.get(hit.start) or _entity_for(block, hit.start, ctx),
                index=("PAR Index" if block.kind == "table" and ctx.get("table_index") == "PAR Index" and hit.criterion == TOTAL
                       and not find_all("indices", block.text) else _index_for(block, hit.start, hit.index, ctx)),
                # ('Lai Khê | 63,75 | 52' under 'Điểm tự đánh giá (/70) | Xếp hạng năm 2025 (/67 xã)': the PAR Index's rank)
                criterion=(ctx["table_group"].name if block.kind == "table" and ctx.get("table_group") and hit.criterion == TOTAL
                           and not _criteria_ranked(ctx.get("table_roles"))
                           else _rank_criterion(folded_text(doc), hit, ctx.get("criterion_heading"), block,
                                                ctx.get("subject_group"))), rank=int(hit.value),
                out_of=int(hit.bound) if hit.bound else ctx.get("rank_of") if block.kind == "table" else None,
                period=_hit_period(doc, hit, ctx), where=where))
        if block.kind == "table" and doc._.ranks:
            ranked_row = (len(records.ranks) - len(doc._.ranks), len(records.ranks))
        if communes_down:
            ctx["row_entity"] = next((h.entity for h in doc._.scores or [] if h.entity), ctx.get("row_entity"))
        if block.kind == "table" and ("unitrow" in (ctx.get("table_roles") or []) or ctx.get("ranked_among_rows")) \
                and (doc._.scores or doc._.ranks):
            rows = ctx.setdefault("unit_table", {"scores": [], "ranks": []})
            rows["scores"] += records.scores[len(records.scores) - len(doc._.scores or []):]
            rows["ranks"] += records.ranks[len(records.ranks) - len(doc._.ranks or []):]
        if block.kind == "roman" and not _own_periods(doc) and not doc._.scores and not doc._.ranks \
                and re.fullmatch(r"\d{4}", ctx.get("period") or "") and re.fullmatch(r"\d{4}", ctx.get("doc_period") or "") \
                and ctx["period"] < ctx["doc_period"]:
            # 'I. KẾT QUẢ TỰ ĐÁNH GIÁ …' after '… Năm 2025, Chỉ số … đạt 80,46/100 điểm': a new part of a letter on 2026
            # is about the document's year again, not the earlier year the paragraph before compared with
            ctx["period"] = None
        results_head = block.kind in ("numbered", "roman") and len(block.text) < 100 \
            and bool(re.match(r"(?:ket\s*qua|diem(?:\s*tam\s*tinh)?|dien\s*bien\s*diem)\b", fold(heading_title(block))))
        # ('1. Kết quả Bộ chỉ số tháng 6/2026', '2. Điểm tạm tính tháng 12/2026 qua 04 tuần')
        # ('Bảng 1. Điểm các chỉ tiêu thành phần tháng 12/2026 của phường …': the table's period, whatever the prose said)
        is_caption = block.kind == "prose" and bool(re.match(r"(?:bang|bieu)\s*(?:\d{1,2}\s*)?[.:]", fold(block.text)))
        if (doc._.scores or doc._.ranks or block.text.rstrip().endswith(":") or results_head or is_caption) and _own_periods(doc) \
                and not doc._.table_row:
            own = _own_periods(doc)
            outside = [p for p in own if not _in_aside(folded_text(doc), p[0])]
            # ('- Điểm đạt: 16,07 điểm; bị trừ 3,93 điểm (tháng 6/2026 chỉ bị trừ 0,48 điểm).': the month compared
            # with, in an aside, is not the period the paragraphs below speak of)
            hits_outside = [h for h in (doc._.scores or []) + (doc._.ranks or []) if not _in_aside(folded_text(doc), h.start)]
            if outside or not (block.kind == "bullet" and ctx.get("period") or hits_outside):
                # ('1. Tổng điểm: 96,12 (tháng 10/2026: 95,73).': the month before, in an aside after this one's value,
                # is not the period of the lines below)
                named = outside or own
                # ('… tháng 11/2026 … đạt 91,64 điểm … Tính bình quân 11 tháng năm 2026, xã đạt 92,71 điểm': the year of
                # a span of months is not the period the paragraphs below go on about)
                block_folded = folded_text(doc)
                named = [p for p in named if not _span_year(block_folded, p)] or named
                last_hit = max((h.end for h in (doc._.scores or []) + (doc._.ranks or [])), default=None)
                # ('… Số hóa hồ sơ đạt 16,40/22 điểm …; tính đến ngày 12/12/2026, phường còn 167 kết quả …': the day
                # a later count is as of is not the period of the points in the bullets below)
                named = [p for p in named if last_hit is None or len(p[2]) < 10 or p[0] < last_hit]
                # ('- Tiến độ giải quyết: bình quân 18,64/20 điểm. … Riêng tháng 8/2026, nhóm chỉ tiêu này chỉ đạt 16,9/20
                # điểm.' under 'Tính bình quân năm 2026': an exception, not the period of the items below)
                named = [p for p in named if not EXCEPTION_LEAD.search(block_folded, 0, p[0])]
                if is_caption:
                    # ('Bảng 1. Kết quả định danh điện tử so với cùng thời điểm năm 2025': what the table compares with
                    # is not the period of the paragraphs below it)
                    named = [p for p in named if not re.search(r"so\s*voi(?:\s*(?:cung\s*(?:ky|thoi\s*diem)))?\s*$",
                                                                block_folded[:p[0]])]
                if named:
                    ctx["period"] = named[-1][2]
        elif results_head and SPAN_REPORT.search(_results_subject(header.subject)):
            # '2. Kết quả theo nhóm chỉ tiêu' in a quarter's report: the quarter's results (no period in the record
            # contract), not the month named last
            ctx["period"] = NO_PERIOD
        if block.kind != "table":
            # (a paragraph going on over a page, or the items of a list below the paragraph that named it)
            ctx["last_group"] = _group_named_before(folded_text(doc), len(folded_text(doc))) or (
                ctx.get("last_group") if re.match(r"\s*[a-zđà-ỹ]", block.text) or block.kind == "bullet" else None)
        # ---------------------------------------------------------------- metrics
        instruction = LEAD_VERB.match(fold(heading_title(block) if block.kind in ("numbered", "lettered") else block.text))
        is_task = (block.kind in ("bullet", "lettered") and bool(assignee or issuer_tasks or directive or instruction)) \
            or (block.kind == "numbered" and bool(instruction or (directive and not reports)
                                                   or (issuer_tasks and issuer_level == "roman")))
        # '2. Yêu cầu Phòng Kinh tế giải quyết 23 hồ sơ …', '5. Hoàn thành số hóa … 318 hồ sơ còn tồn đọng'
        if block.kind in ("roman", "numbered"):
            aim = TARGETS.match(fold(heading_title(block)))
            if aim or block.kind == "roman" or targets_from != "roman":
                # ('Chỉ tiêu phấn đấu …': every figure under it is aimed at)
                # ('II. MỤC TIÊU NĂM 2027' in a plan issued in 2027: all of it ahead, '… đạt 18/18 điểm ở tất cả các tháng')
                ahead = re.search(r"(?<!\d)(20\d\d)(?!\d)", aim.group(0)) if aim else None
                ahead = bool(ahead and ctx.get("issued") and int(ahead.group(1)) >= int(str(ctx["issued"])[:4]))
                # ('II. MỤC TIÊU' over '- Nhóm chỉ tiêu Mức độ hài lòng đạt 18/18 điểm ở tất cả các tháng': a heading of
                # aims alone, every figure under it is one)
                bare_aims = bool(aim and re.fullmatch(r"muc\s*tieu(?:\s*(?:chung|cu\s*the))?\s*:?\s*", aim.group(0)))
                targets = ("all" if aim.group(1) or aim.group(2) or "phan dau" in aim.group(0) or ahead or bare_aims
                           else "aimed") if aim else None
                targets_from = block.kind if aim else None
            # ('Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2027' / '3. Tỷ lệ hồ sơ nộp trực tuyến đạt …': its items are aims)
        label = re.match(r"\s*(?:(?:\d{1,2}|[a-zđ])\s*[.)]\s*|[-–+•]\s*)?([^:]{3,60}):", fold(block.text)) \
            if block.kind in ("numbered", "lettered", "bullet") else None
        aim_label = bool(label and TARGETS.fullmatch(label.group(1).strip()))   # '3. Chỉ tiêu chung năm 2027: …': aims
        if block.kind in ("roman", "numbered", "lettered"):
            by_item = RATE_BY_ITEM.match(fold(heading_title(block)))
            # '2. Tỷ lệ hài lòng theo từng yếu tố' over '- Tiếp cận dịch vụ hành chính công: 92,62% (năm 2025: …)'
            ctx["rate_items"] = heading_title(block)[by_item.start(1):by_item.end(1)] if by_item else None
        rate_items = ctx.get("rate_items") if block.kind == "bullet" else None
        fields_of = ctx.get("fields_of") if block.kind == "bullet" else None
        field = FIELD_ITEM.match(block.text) if fields_of or rate_items else None
        metrics_before = len(records.metrics)
        by_code = _deductions_by_code(block, doc, codes)
        # '1. Chi nhánh Văn phòng đăng ký đất đai khu vực Kinh Môn nhận … 286 hồ sơ …' under 'I. TÌNH HÌNH …': the
        # figures a line agency reported are its own
        agency = _agency_led(block) if situation and block.kind == "numbered" else None
        for hit in doc._.metrics or []:
            if id(hit) in by_code:
                hit = dataclasses.replace(hit, name=by_code[id(hit)])
            if agency and fold(agency) not in fold(hit.name):
                hit = dataclasses.replace(hit, name=f"{hit.name} của {agency}")
            if field and rate_items and hit.start >= field.end(1) and hit.unit in ("%", "điểm phần trăm"):
                label = field.group(1).strip()
                hit = dataclasses.replace(hit, name=_rate_of_item(hit.name, rate_items, f"{label[:1].lower()}{label[1:]}"))
            elif rate_items and not field and hit.unit in ("%", "điểm phần trăm"):
                # '- Từ 90% trở lên: hộ tịch 94,8% (năm 2025: 93,5%); chứng thực 93,6% …' under '3. Tỷ lệ hài lòng theo
                # lĩnh vực': each field's rate, named by the words before it (the band it falls in is no rate)
                band = re.match(r"\s*(?:[-–+•]\s*)?((?:từ|dưới|trên)\s[^:;]{1,40}?):", block.text, flags=re.I)
                if band and hit.start < band.end(1):
                    continue
                label = _item_before(block.text, hit.start, band.end() if band else 0)
                if label:
                    ctx["rate_label"] = label
                label = label or ctx.get("rate_label")
                if label:
                    hit = dataclasses.replace(hit, name=_rate_of_item(hit.name, rate_items, label))
            elif field and fields_of and hit.unit == fields_of[1] and hit.start >= field.end(1):
                # '+ Đất đai ........ 09 hồ sơ (Phòng Kinh tế);' under '… để quá hạn 16 hồ sơ, tập trung ở 04 lĩnh vực:'
                label = field.group(1).strip()
                hit = dataclasses.replace(hit, name=f"{fields_of[0]} lĩnh vực {label[:1].lower()}{label[1:]}")
            if not measured and (targets == "all" or aim_label or (targets and (_aimed_at(folded_text(doc), hit.start)
                                                                  or (hit.value, hit.unit) == (100, "%")))
                                 or _aim_sentence(folded_text(doc), hit.start)):
                continue            # '1. Mục tiêu: phấn đấu …; tỷ lệ … đạt 100%', '- 100% phiếu … được tổng hợp': aimed at, not measured
            if hit.name == "Số điểm bị trừ" and ctx.get("criterion_heading") and block.kind in ("bullet", "prose"):
                # '- Điểm đạt: 16,07 điểm; bị trừ 3,93 điểm' under '1. Nhóm chỉ tiêu Tiến độ giải quyết': that criterion's
                hit = dataclasses.replace(hit, name=f"Số điểm bị trừ nhóm chỉ tiêu {ctx['criterion_heading'].name}")
            if hit.period and hit.period.startswith(BARE_MONTH_PERIOD):
                # 'tháng 5 và tháng 6 lần lượt là 26 hồ sơ và 19 hồ sơ': those months of the year in force
                year = _period_at(doc, hit.start, ctx)
                hit = dataclasses.replace(hit, period=month_of(int(hit.period[len(BARE_MONTH_PERIOD):]),
                                                               ctx.get("issued"), year and year[:4]))
            issued = records.document.issued_date
            if doc._.table_row and hit.period and issued and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", hit.period) \
                    and (hit.period + "-01-01")[:10] > issued[:10]:
                continue            # 'Lộ trình … | 2027 | 2028 | …' in a plan of 2026: a column not yet measured is a target
            if block.kind != "table" and _written_wrongly(folded_text(doc), hit.start):
                continue            # the figure a correction says was wrong
            key = (round(hit.value, 3), hit.unit)
            if is_task and hit.negated:
                continue            # 'không tiếp nhận hồ sơ giấy' in an instruction is not a count of zero
            if (is_task or hit.refers) and key in reported:
                continue            # an instruction about a count already reported ('giải quyết 14 hồ sơ quá hạn')
            # ('Đường dây nóng | 03 | 05 | 05 | 13' under 'Tháng 10 | Tháng 11 | Tháng 12 | Cả quý': one value, two months)
            # ('Chứng thực | 1.042 | 1.042 | 1.042 | 0' under 'Đã giải quyết | Đúng hạn': one row's cells are each a fact)
            if key in reported and any(_same_measure(hit.name, name) and (not said or not hit.period or said == hit.period)
                                       and not (doc._.table_row and row == id(block))
                                       for name, said, row in reported[key]):
                continue            # the same count given again ('… nên còn 05 hồ sơ trễ hạn')
            reported.setdefault(key, []).append((hit.name, hit.period, id(block)))
            index = _index_named(hit.name) if hit.unit == "%" else None
            if index and doc._.table_row and re.search(r"binh\s*quan|trung\s*binh|tang|giam", fold(hit.name)):
                index = None        # ('Chỉ số SIPAS | … | 86,91' under 'Bình quân chung thành phố': the city's mean)
            if index and AVERAGE_OF_UNITS.search(fold(hit.name)):
                # 'Ở cấp xã, Chỉ số SIPAS bình quân của 114 đơn vị đạt 84,12%': the units' mean, nobody's score
                index, hit = None, dataclasses.replace(hit, name=re.sub(r"^Tỷ lệ\s+(?:chỉ số\s+)?", "Chỉ số ", hit.name))
            if index and not doc._.table_row and re.search(r"(?:cao|thap)\s*hon\s*(?:muc\s*)?" + CITY_MEAN_PHRASE + r"$",
                                                           fold(hit.name)):
                # 'Chỉ số SIPAS năm 2026 của xã cao hơn bình quân chung của thành phố (86,91%)': the city's mean
                index = None
                hit = dataclasses.replace(hit, name=f"Chỉ số {index_name} bình quân chung của thành phố"
                                          if (index_name := _index_named(hit.name)) else hit.name)
            if index:
                # 'Chỉ số SIPAS năm 2025 của phường đạt 86,93%': an index's own result is its score
                records.scores.append(ScoreRecord(
                    entity=_entity_for(block, hit.start, ctx), index=index, criterion=TOTAL, value=hit.value,
                    max=None, period=(hit.period if doc._.table_row and hit.period and hit.period not in (NO_PERIOD, EARLIER)
                                      else _period_at(doc, hit.start, ctx)),    # (a table's column of its own year)
                    where=_provenance(block, hit.start, hit.end)))
                ctx["index_scored"] = (id(block), hit.end, records.scores[-1])
                continue
            placed = _placed_index_score(block, doc, hit, ctx) if hit.unit == "%" and not doc._.table_row else None
            if placed:
                records.scores.append(placed)
                continue
            period = None if hit.period == NO_PERIOD else _period_before(doc, hit.start, ctx) if hit.period == EARLIER \
                else hit.period or _period_at(
                doc, hit.start, ctx, change=hit.name.startswith(("Mức tăng", "Mức giảm")) or hit.unit == "bậc")
            records.metrics.append(MetricRecord(
                name=hit.name if period else _with_span(hit.name, block.text, folded_text(doc), hit.start),
                value=hit.value, unit=hit.unit, period=period, where=_provenance(block, hit.start, hit.end)))
        if block.kind != "bullet":
            # a count broken down by field in the bullets below ('… để quá hạn 16 hồ sơ, tập trung ở 04 lĩnh vực:')
            counted = records.metrics[metrics_before:]
            ctx["fields_of"] = (counted[-1].name, counted[-1].unit) if counted and block.text.rstrip().endswith(":") \
                and re.search(r"linh\s*vuc\s*:?\s*$", folded_text(doc).rstrip()) else None
        if doc._.table_row:
            continue
        # ---------------------------------------------------------------- sections and tasks
        time_line = CARD_LABEL.match(fold(block.text)) if block.kind == "prose" and at else None
        made = records.tasks[task_marks[at - 1]:task_marks[at]] if time_line and time_line.lastgroup == "when" else []
        if made:
            # '1.1. Lập danh sách …' / 'Thời hạn: trước 17 giờ 00 ngày 11/01/2027.': the time of the item above, on a
            # line of its own (the unit's items go on below it)
            when = _time_given(block.text[time_line.end():].strip(" ."), records.document.issued_date)
            for task in made:
                if task.deadline.kind == "none":
                    task.deadline = when
            continue
        if block.kind == "roman":
            attendance = bool(ATTENDANCE_HEAD.fullmatch(fold(heading_title(block)).strip(" :.")))
        if attendance:
            continue            # '2. Ủy ban nhân dân xã Hải Hưng' / '- Ông … - Chủ tịch UBND xã;': those present
        member = _member_role(block, ctx) if block.kind in ("lettered", "numbered", "roman") else None   # ('i) Thư ký:', before a meeting's roles)
        if member:
            # 'a) Tổ trưởng: chỉ đạo chung …' in a working group's decision: the office Điều 1 gives that member
            if member[1] and not past(member[1]) and not member[1].rstrip().endswith(":"):
                for unit in member[0]:
                    _task(records, unit, block, doc, None, heading_rest=member[1])
            else:
                assignee, bullets_seen, after_heading = member[0][0], False, True
            continue
        if MEETING_ROLE.match(fold(heading_title(block) if block.kind in ("roman", "numbered", "lettered")
                                   else BULLET.sub("", block.text))):
            # '1. Chủ trì: Ông … - Chủ tịch UBND phường', '2. Tham dự:': who attended a meeting, not who is given work
            assignee, after_heading = None, False
            roll = not MEETING_ROLE.sub("", fold(heading_title(block) if block.kind in ("roman", "numbered", "lettered")
                                                  else BULLET.sub("", block.text)), count=1).strip()
            roll_section = roll and block.kind == "roman"
            continue
        if roll and (block.kind in ("bullet", "lettered") or (roll_section and block.kind == "numbered")):
            # '1. Thành phần' / '- Đồng chí …, Chủ tịch UBND xã (chủ trì);': the people invited; under 'I. THÀNH
            # PHẦN' its parts too ('1. Đoàn kiểm tra' / '- Ông … - Phó Chủ tịch UBND xã, Trưởng đoàn;')
            continue
        roll = roll_section = False
        if block.kind in ("roman", "numbered") and PROPOSALS.match(fold(heading_title(block))):
            # 'IV. ĐỀ XUẤT, KIẾN NGHỊ': requests to the bodies above the issuer, not tasks it gives
            proposals, assignee, issuer_tasks, after_heading = block.kind, None, None, False
            if block.kind == "roman":
                directive = False       # (the instructions before it are over: its figures are no work's)
            continue
        if proposals:
            if block.kind == "roman" or (block.kind == "prose" and APPROVAL_BOX.match(fold(block.text))
                                         and block.text[:30].isupper()) \
                    or (block.kind == proposals == "numbered" and heading is not None
                                         and (heading.issuer_tasks or heading.unit is None)) \
                    or (proposals == "prose" and block.kind not in ("bullet", "lettered")) \
                    or (block.kind == "prose" and ASK_TO_GIVE.search(fold(block.text))):
                # ('… Sở Nội vụ kính đề nghị Ủy ban nhân dân thành phố giao:' / '1. Sở Tư pháp' / '- …': the work it
                # asks the body above to give, each unit's, as a Tờ trình's)
                proposals = None
            elif heading is not None and (_local_unit(heading.unit) or _commune_office(heading.unit)) and (
                    block.kind == "numbered" or (block.kind == "lettered" and _inspection(header))):
                # an inspection's 'III. KIẾN NGHỊ' / '1. Đối với Trung tâm … phường' (or '2. Kiến nghị' / 'a) Trung tâm …
                # phường'): what the inspected unit must do is its task (requests to the city's bodies stay proposals)
                proposals = None
            else:
                continue
        if block.kind in ("roman", "numbered"):
            heard = bool(REPORTED_HEAD.match(fold(heading_title(block))))
        if heard and block.kind in ("bullet", "lettered", "prose") and _unit_colon(block.text)[0]:
            continue
        if block.kind == "roman":
            # ('III. TỔ CHỨC THỰC HIỆN TẠI SỞ': the sender's own units' work)
            # ('IV. CHẾ ĐỘ THEO DÕI, BÁO CÁO': who reports what by when, the same)
            carry_out = bool(re.match(r"\s*(?:to\s*chuc\s*thuc\s*hien(?:\s*tai\s*[^\W\d]+(?:\s+[^\W\d]+){0,3})?|"
                                      r"che\s*do\s*(?:theo\s*doi\s*,?\s*)?(?:thong\s*tin\s*,?\s*)?bao\s*cao)\s*$",
                                      fold(heading_title(block)).strip(" :.")))
        own = _named_first(block.text) if carry_out and block.kind == "bullet" else None
        if own and _local_unit(own) and not re.search(r"chiu\s*trach\s*nhiem\s*truoc", fold(block.text)):
            # '- Văn phòng HĐND và UBND xã là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; …./.'
            _task(records, own, block, doc, None)
            continue
        led = [(unit, start, end) for unit, start, end in _unit_led_sentences(block.text)
               if not past(block.text[start:end])
               and find_deadline(block.text[start:end], records.document.issued_date).kind != "none"] \
            if carry_out and block.kind == "prose" and not proposals else []
        if led:
            # 'IV. TỔ CHỨC THỰC HIỆN' / 'Các phòng, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, …
            # trước ngày 20/01/2027. Thủ trưởng các phòng … chịu trách nhiệm trước …': each sentence a local unit
            # opens with a time of its own is its work (not the closing 'Các phòng, đơn vị triển khai thực hiện')
            _sentence_tasks(records, block, led)
            continue
        # (and the closing paragraph's '… Giao Sở Nội vụ tham mưu tổ chức sơ kết … vào ngày 15/4/2027./.')
        given = GIVEN_IN_ARTICLE.search(block.text) if re.match(r"dieu\s+\d", fold(block.text)) or (
            block.kind == "prose" and CLOSING_MARK.search(block.text)) else None
        if given and not proposals:
            # 'Điều 2. Quyết định này có hiệu lực kể từ … Giao Trung tâm … chủ trì theo dõi …, hoàn thành trước …':
            # the decision's own article gives a unit work (its heading, if any, is read below as ever)
            named, rest = lead_unit(block.text[given.start(1):])
            if named and rest and not past(rest):
                _task(records, named, block, doc, None, heading_rest=rest)
        if block.kind == "numbered" and asked_items and addressee:
            # '4. Đề nghị' / '… đề nghị Ủy ban nhân dân 10 xã, phường nêu trên …:' / 'a) …' 'đ) …', then '5. Tổ chức thực
            # hiện': the next numbered part ends the requests
            addressee, directive, asked_items = None, False, False
        if block.kind in ("roman", "numbered"):
            lettered_units = False
            commune_part = commune_heading(heading_title(block))    # '4. Xã Trần Phú': the part on that commune
            # ('2. Đối với phường Trần Liễu và xã Nam An Phụ (…)' over '-' items: requests to them)
            part_requests = bool(commune_part and re.match(r"(?i)\s*(?:đối\s+với|riêng)\s", heading_title(block)))
            # ('4. Đề nghị riêng đối với một số xã' over '- Xã Hồng Châu: gia hạn …': each bullet its commune's)
            several_communes = bool(SOME_COMMUNES_HEAD.match(fold(heading_title(block))))
            part_head = COMMUNE_HEADING.fullmatch(heading_title(block)) if commune_part else None
            if part_head and not part_head.group(0).rstrip().endswith(":"):
                addressee, directive = None, False     # (the requests to the commune before are over)
            causes = bool(CAUSES_HEAD.match(fold(heading_title(block))))
        elif causes and block.kind in ("lettered", "bullet", "prose"):
            # 'b) Cơ quan phối hợp liên thông trả lời chậm (…):' / '22 hồ sơ (25,29%);' under '3. Nguyên nhân hồ sơ quá
            # hạn': a cause and its count, no unit given work
            continue
        if heading is not None and block.kind in ("roman", "numbered"):
            if PREPARATION.match(fold(heading_title(block))) or block.marker.startswith("Bước") or (
                    block.kind == "numbered" and re.fullmatch(r"\s*to\s*chuc\s*thuc\s*hien\s*:?\s*", fold(heading_title(block)))
                    and header.doc_type in ("Giấy mời", "Thông báo")):
                # ('6. Tổ chức thực hiện' closing an invitation: who prepares what for the meeting)
                # a meeting's '5. Công tác chuẩn bị', a procedure's 'Bước 2. …': the units named below are given work
                directive = True
            if block.kind == "roman":
                assignee, issuer_tasks, issuer_level, directive = None, heading.issuer_tasks, "roman", False
                addressee = None
                section_unit = heading.unit
                if section_unit is None and re.match(r"dieu\s+\d", fold(block.text)):
                    # 'Điều 1. Phê duyệt … Tổ công nghệ số cộng đồng thực hiện các hoạt động sau:' / '1. Duy trì …': the
                    # article's items are that unit's
                    section_unit = _duty_lead_of(block)
                # 'I. TÌNH HÌNH PHỐI HỢP …', 'I. KẾT QUẢ ĐẠT ĐƯỢC': what each unit reported, no work given
                situation = bool(SITUATION_HEAD.match(fold(heading_title(block))))
                sent_to = _sent_to(blocks) if REQUESTS_HEAD.fullmatch(fold(heading_title(block))) else None
                if sent_to:
                    # 'III. MỘT SỐ YÊU CẦU' in a letter 'Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu': its items
                    # are the work of those it is sent to
                    directive, addressee = True, sent_to
            elif heading.issuer_tasks:
                assignee, issuer_tasks, issuer_level = None, heading.issuer_tasks, "numbered"
            elif issuer_level == "numbered" and not heading.unit:
                issuer_tasks, issuer_level = None, None      # '4. Kiến nghị' after '3. Nhiệm vụ …'

            if heading.unit:
                # (under 'I. BÁO CÁO CỦA CÁC THÀNH VIÊN' a unit's heading leads what it reported, not work; so does a
                # person's in minutes: '1. Ông Lương Văn Tiến, Giám đốc Trung tâm báo cáo kết quả chung')
                told = units_report or bool(PERSON_REPORTS.match(fold(heading_title(block)))) or (
                    fold(header.doc_type or "").startswith("bien ban") and bool(BODY_REPORTS.fullmatch(fold(heading_title(block)))))
                assignee, bullets_seen, after_heading = (heading.unit if not told else None), False, True
                if assignee and re.match(r"UBND\s+các\s+(?:xã|phường|đặc\s+khu)", assignee):
                    # '1. Ủy ban nhân dân các phường, xã thuộc Cụm thi đua số 4' in a letter 'Kính gửi: … các phường:
                    # Kinh Môn, …': each of them (or, sent to none by name, each the document's one table of them lists)
                    listed = list(ctx.get("table_places", {}).values())
                    assignee = ctx.get("sent_to") or ("; ".join(listed[0]) if len(listed) == 1 and len(listed[0]) >= 2
                                                      and re.search(r"\sthuộc\s+Cụm", assignee) else assignee)
                if heading.rest and not told and not past(heading.rest) and not situation \
                        and not re.fullmatch(r"\s*\([^()]*\)\s*", heading.rest) \
                        and not re.match(r"\s*chiu\s*trach\s*nhiem\s*(?:truoc|thi\s*hanh)", fold(heading.rest)) \
                        and not (block.text.rstrip().endswith(":") and (PARTNERS_ONLY.fullmatch(fold(heading.rest))
                                                                        or ROLE_THEN_DUTIES.fullmatch(fold(heading.rest))
                                                                        or DUTY_LEAD.match(re.sub(r"^cam\s*ket\s*", "", fold(heading.rest))))):
                    # ('2. Ủy ban nhân dân xã … cam kết thực hiện các nội dung sau:': the items below are the work; '1. Phòng
                    # Văn hóa - Xã hội (cơ quan thường trực của Tổ …) có trách nhiệm:': what it is, in parentheses)
                    _task(records, assignee, block, doc, None, heading_rest=heading.rest)
                    # (its work said on its own line, a paragraph after it is more of it only where it says so: 'Đồng
                    # thời, chủ trì …', not 'Kinh phí thực hiện Kế hoạch bố trí …')
                    after_heading = "more" if not block.text.rstrip().endswith(":") and len(heading.rest) >= 20 else True
            elif block.kind == "numbered":
                assignee, after_heading = None, False
                named = _item_unit(block.text) if (issuer_tasks or not reports) and not heading.issuer_tasks \
                    and not situation else None
                # ('4. Riêng xã Đường An: khẩn trương …' in a letter sent to it among others, after the requests to all)
                own_part = COMMUNE_HEADING.match(heading_title(block)) if commune_part and (
                    (addressee and directive) or (part_requests and commune_part in (ctx.get("sent_to") or "").split("; "))) else None
                if several_communes and block.text.rstrip().endswith(":"):
                    pass        # '4.2. Thời hạn gửi báo cáo … của từng xã (…):' over '- Xã Lai Khê: …': each bullet its own
                elif named:
                    _task(records, named, block, doc, None)     # '1. Rà soát … Trung tâm PVHCC chủ trì …'
                elif own_part and own_part.group(0).rstrip().endswith(":") and heading_title(block)[own_part.end():].strip():
                    # '5. Đối với xã Trần Phú (…): Ủy ban nhân dân xã chuẩn bị báo cáo …' among the requests to the
                    # communes a letter is sent to: that commune's alone
                    rest = re.sub(r"(?i)^(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+(?:xã|phường|đặc\s+khu)\s+(?=\S)", "",
                                  heading_title(block)[own_part.end():].strip())
                    _task(records, commune_part, block, doc, None, heading_rest=rest[:1].upper() + rest[1:])
                elif own_part and own_part.group(0).rstrip().endswith(":") and block.text.rstrip().endswith(":"):
                    # '4. Đối với phường Hồng An:' / 'a) …', 'b) …' among the requests to the wards a letter is sent
                    # to: the items below are that ward's alone
                    assignee, bullets_seen, after_heading = commune_part, False, False
                elif addressee and directive and not block.text.rstrip().endswith(":"):
                    _task(records, addressee, block, doc, None)   # '… đề nghị Chủ tịch UBND xã …:' / '1. Chỉ đạo …'
                elif addressee and directive:
                    # '3. Thực hiện tự đánh giá, chấm điểm theo đúng các mốc thời gian sau:' / 'a) Cập nhật …': the
                    # items below are the addressee's too
                    assignee, bullets_seen, after_heading = addressee, False, False
                elif section_unit and not block.text.rstrip().endswith(":") \
                        and not (OWN_TASKS.match(fold(heading_title(block))) and len(block.text) < 80) \
                        and not _topic(block):
                    _task(records, section_unit, block, doc, None)   # 'Điều 2. Nhiệm vụ của Tổ công tác' / '1. Theo dõi …'
                elif issuer_tasks and issuer_level == "roman" and header.issuer and len(block.text) >= 40 \
                        and not block.text.rstrip().endswith(":") and not heading.issuer_tasks and not _topic(block):
                    _task(records, _trailing_unit(block.text) or _issuer_unit(header), block, doc, issuer_tasks)   # 'III. NHIỆM VỤ NĂM 2026' / '1. Tổ chức …'
                topic_unit = section_unit if block.kind == "numbered" and section_unit and _topic(block) else None
            continue
        if block.kind == "prose" and topic_unit:
            # '3. Chế độ báo cáo' / 'Các phòng, đơn vị báo cáo … hằng tuần. Trung tâm PVHCC tổng hợp, …': under a
            # topic of the requests to units, each sentence that opens with a unit is its task
            led = _unit_sentences(block.text)
            if led:
                _sentence_tasks(records, block, led)
                continue
        topic_unit = None
        if block.kind == "lettered" and lettered_units and not (heading is not None and heading.unit):
            named, rest = lead_unit(heading_title(block))
            if named and rest and not past(rest):
                # 'e) Các phòng, đơn vị chuyên môn tự chấm điểm …' after 'd) Công an xã: …': that unit's task, as
                # its siblings' are theirs (not a bullet of the unit 'a)' headed)
                _task(records, named, block, doc, None)
                continue
        if block.kind == "lettered" and heading is not None and heading.unit and opinions:
            assignee, after_heading = None, True        # 'a) Bà …, Trưởng đoàn:' among members' opinions: what she found
        if block.kind == "lettered" and heading is not None and heading.unit and not opinions:
            # 'a) Phòng Kinh tế' heads the bullets under it; 'a) Phòng Kinh tế: rà soát …' is its task
            lettered_units = True
            if heading.rest:
                if not past(heading.rest):
                    # (the rest of the whole item, not of its first line: 'a) Trung tâm …: (1) …; (2) …' over lines)
                    full, said = re.sub(r"\s+", " ", block.text), re.sub(r"\s+", " ", heading.rest).strip()
                    rest = full[full.find(said):] if said and full.find(said) >= 0 else heading.rest
                    _task(records, heading.unit, block, doc, None, heading_rest=rest)
                bullets_seen = True     # (a paragraph after such items is not the heading's above them)
            else:
                assignee, bullets_seen, after_heading = heading.unit, False, True
            continue
        if block.kind == "prose" and heading is not None and heading.unit:
            # an unnumbered heading that is a unit's name on its own line
            assignee, bullets_seen, after_heading = heading.unit, False, False
            continue
        closing = bool(CLOSING_MARK.search(block.text)) or re.match(r"(?:dieu|chuong)\s+\d", fold(block.text)) \
            or (block.kind == "prose" and THIS_DOCUMENT_ENDS.match(fold(block.text)))
        if closing or past(block.text):
            # the closing formula, a new article of a decision, or a result a report gives: no task
            if closing or block.kind == "prose":
                assignee, after_heading = None, False
            continue
        if block.kind == "bullet" and plus_unit and block.marker == "+":
            _task(records, plus_unit, block, doc, None)      # '+ Chủ trì số hóa …' under '- Tổ phó … (Giám đốc Trung tâm …):'
            continue
        plus_unit = None
        if block.kind == "bullet" and block.marker != "+":
            plus_unit, _ = _unit_colon(block.text, alone=True)
            if plus_unit:
                continue
        step = _schedule_step(block.text, ctx.get("issued")) if block.kind in ("bullet", "lettered") else None
        if step:
            when, rest = step
            unit, _ = lead_unit(rest)
            office = re.match(r"Văn phòng\s+(?=[^\W\d_A-ZĐ])", rest)
            if not unit and office and fold(_issuer_unit(header)).startswith("van phong"):
                unit, rest = _issuer_unit(header), rest[office.end():]     # the issuing office, by its short name
            if unit and not past(rest):
                _task(records, unit, block, doc, None, heading_rest=rest, when=when)
                continue
        if block.kind in ("bullet", "lettered"):
            unit, rest = _unit_colon(block.text)
            if unit and not past(rest):
                _task(records, unit, block, doc, None, heading_rest=rest)   # '- Phòng Văn hóa - Xã hội: tuyên truyền …'
                continue
        if block.kind == "prose" and after_heading and assignee and block.text.rstrip().endswith(":"):
            continue        # 'Ngoài trách nhiệm quy định tại Điều 5 …, Phòng Kinh tế có trách nhiệm:': the items below
        if block.kind in ("lettered", "numbered", "roman", "bullet") and at + 1 < len(blocks) and blocks[at + 1].kind == "table" \
                and len(block.text) < 80 and re.match(r"(?:noi\s*dung|danh\s*sach|chi\s*tiet)\s",
                                                      fold(heading_title(block)).lstrip(" -–+•")):
            continue        # '4.2. Nội dung khắc phục riêng của từng xã' over its table: the table's title, no work
        if block.kind in ("lettered", "numbered", "roman"):
            title = fold(heading_title(block)).strip(" :.")
            done_part = bool(DONE_HEAD.match(title))
            if done_part or (WORK_GROUP_HEAD.fullmatch(title) and block.kind == "lettered"):
                continue        # 'a) Các việc đã thực hiện', 'b) Các việc triển khai trong thời gian tới': headings
        elif done_part and block.kind in ("bullet", "prose"):
            continue            # '- Đã ban hành Công văn số 381/UBND-VP …' under 'a) Các việc đã thực hiện'
        if block.kind == "prose" and assignee and re.match(r"rieng\s", fold(block.text)):
            # 'Riêng Ủy ban nhân dân phường Lê Ích Mộc giải quyết dứt điểm …' after the items its heading gives
            # several units (or a group of them): a task of the one it names
            named, rest = lead_unit(block.text)
            if named and (named in assignee.split("; ") or re.match(r"(?:ubnd\s*)?cac\s", fold(assignee))):
                _task(records, named, block, doc, None, heading_rest=rest)
                continue
        duty = _duty_lead_of(block) if block.kind == "prose" and (issuer_tasks or after_heading) and not assignee else None
        given_to = GIVES_TO.search(re.sub(r"\s+", " ", block.text)) if block.kind == "prose" and assignee and not duty else None
        duty = duty or (unit_of(given_to.group(1))[0] if given_to and not unit_of(given_to.group(1))[1] else None)
        # ('Đối với nhiệm vụ của Sở, Giám đốc Sở Nội vụ giao Phòng Cải cách hành chính:' after the units above: the
        # items below are that unit's)
        if duty:
            # 'Trong tháng 01/2027, Trung tâm … thực hiện các nhiệm vụ sau:' under '4. Nhiệm vụ trọng tâm …': the items
            # below are that unit's
            assignee, bullets_seen, after_heading = duty, False, False
            if at + 1 < len(blocks) and blocks[at + 1].kind == "numbered":
                directive, addressee = True, duty      # ('… giải pháp sau:' / '1. Ban hành …': numbered items, its too)
            continue
        # ('4.3. Riêng xã Vĩnh Am và xã Tân Kỳ' over an unbulleted paragraph: the request to both)
        part_prose = block.kind == "prose" and part_requests and at > 0 and blocks[at - 1].kind in ("numbered", "roman") \
            and bool(COMMUNE_PAIR.fullmatch(heading_title(blocks[at - 1])) or COMMUNE_HEADING.fullmatch(heading_title(blocks[at - 1])))
        # (not 'Sở Nội vụ giao Phòng Cải cách hành chính theo dõi …' after the last heading's work: the issuer's own giving)
        if block.kind in ("bullet", "lettered") or part_prose or (block.kind == "prose" and after_heading and not bullets_seen
                                                                   and not _issuer_gives(block.text, header.issuer)
                                                                   and (after_heading is True or MORE_OF_IT.match(fold(block.text)))):
            led = bool(LEAD_VERB.match(fold(block.text)))
            named, _ = lead_unit(block.text) if led or (directive and not assignee) or (issuer_tasks and not assignee) \
                else (None, "")       # '(2) Trung tâm PVHCC phường cử …' under the issuer's own measures
            if named and (assignee or issuer_tasks or directive or (led and not reports)):
                _task(records, named, block, doc, None)      # '- Giao Phòng Kinh tế rà soát …'
                # (items seen: a paragraph after them is not the heading's, 'Kết quả Chỉ số SIPAS là căn cứ …')
                bullets_seen = bullets_seen or block.kind in ("bullet", "lettered")
                continue
            if assignee and re.match(r"(?:thu\s*truong\s*)?cac\s", fold(assignee)):
                # '– Trưởng phòng Kinh tế, Hạ tầng và Đô thị làm rõ …' under '2. Đối với các phòng chuyên môn':
                # the one the bullet names, not the group
                own = _named_first(block.text)
                if own:
                    _task(records, own, block, doc, None)
                    bullets_seen = bullets_seen or block.kind in ("bullet", "lettered")
                    continue
            own = _named_first(block.text) if assignee and block.kind == "bullet" else None
            if own and own != assignee and own not in assignee.split("; ") and not _same_people(own, assignee):
                # '- Công an phường hỗ trợ người dân …' under '6. … - Trung tâm … chủ trì, phối hợp với Công an phường':
                # the unit the bullet opens with does it
                _task(records, own, block, doc, None)
                continue
            label, colon, rest = block.text.partition(":") if not assignee and several_communes and block.kind == "bullet" \
                else ("", "", "")
            committees = commune_heading(label.strip()) if colon and len(label) <= 80 else None
            rest = rest.strip()
            if committees and rest:
                # '- Xã Vĩnh Hòa và xã Ninh Giang: cử công chức …': the work of each commune the bullet names
                for committee in committees.split("; "):
                    _task(records, committee, block, doc, None, heading_rest=rest[:1].upper() + rest[1:])
                continue
            if not assignee and part_requests and block.kind in ("bullet", "lettered", "prose"):
                # '2. Đối với phường Trần Liễu và xã Nam An Phụ' / '- Báo cáo giải trình …' (each) / '- Riêng xã Nam An
                # Phụ: rà soát …' (that one)
                item = re.sub(r"^\s*(?:[-–+•]|[a-zđ]\))\s*", "", block.text)
                aside = COMMUNE_ASIDE.match(item)
                committee = committee_of(aside.group(1), aside.group(2)) if aside else None
                rest = item[aside.end():].strip() if committee else ""
                if committee and rest:
                    _task(records, committee, block, doc, None, heading_rest=rest[:1].upper() + rest[1:])
                else:
                    _task(records, commune_part, block, doc, None)
                continue
            if not assignee and addressee and directive and block.kind in ("bullet", "lettered"):
                # '… Sở Nội vụ đề nghị Ủy ban nhân dân xã Hợp Tiến:' / 'a) Nghiên cứu …', 'b) Thay thế …': the
                # addressee's work, as its numbered items are
                asked_items = True
                _task(records, addressee, block, doc, None)
                continue
            only = _some_communes(block.text, assignee) if assignee and block.kind in ("bullet", "lettered") else None
            if only:
                # 'd) Riêng phường Bắc An Phụ: kiểm điểm …' among the items of 'Đề nghị Ủy ban nhân dân các xã, phường
                # nêu trên': the work of the communes it names, not of all
                for committee in only[0].split("; "):
                    _task(records, committee, block, doc, None, heading_rest=only[1])
                bullets_seen = True
                after_heading = False
                continue
            if assignee:
                _task(records, assignee, block, doc, None)
                bullets_seen = bullets_seen or block.kind in ("bullet", "lettered")
                after_heading = False          # one paragraph under a heading; the next one closes it
                continue
            if issuer_tasks and header.issuer:
                _task(records, _trailing_unit(block.text) or _issuer_unit(header), block, doc, issuer_tasks)
                continue
        aside = COMMUNE_ASIDE.fullmatch(block.text) if block.kind == "prose" and addressee and directive else None
        committee = committee_of(aside.group(1), aside.group(2)) if aside else None
        if committee:
            # '… đề nghị Ủy ban nhân dân các xã:' / 'a) …' / 'Riêng Ủy ban nhân dân xã Cẩm Giàng:' / '- Cử lãnh đạo …':
            # the bullets below are that commune's alone
            addressee, assignee = committee, None
            continue
        given = _issuer_gives(block.text, header.issuer) if block.kind == "prose" and not past(block.text) else None
        if given and re.fullmatch(r"\s*(?:\([^()]*\))?\s*:?\s*", given[1]) and block.text.rstrip().endswith(":"):
            # 'Giao Phòng Cải cách hành chính (Sở Nội vụ):' over '-' items: that unit's work, item by item
            assignee = given[0]
            continue
        if given:
            cut = re.search(r"\.\s+(?=[A-ZĐÀ-Ỹ])", block.text)
            later = _unit_led_sentences(block.text[cut.end():]) if cut and block.text.find(given[1]) >= 0 else []
            if later and later[0][1] == 0 and block.text.find(given[1]) < cut.start():
                # 'Giao Văn phòng … hằng tháng. Phòng Văn hóa - Xã hội đăng tải … chậm nhất ngày 12/01/2027.': each
                # sentence its unit's work, with its own time
                first = block.text[block.text.find(given[1]):cut.start()]
                _task(records, given[0], block, doc, None, heading_rest=first,
                      when=find_deadline(first, records.document.issued_date))
                _sentence_tasks(records, block, [(u, a + cut.end(), b + cut.end()) for u, a, b in later])
                continue
            _task(records, given[0], block, doc, None, heading_rest=given[1])   # 'Sở Nội vụ giao Phòng … theo dõi …'
            continue
        if block.kind == "prose" and directive and TOPIC_LEAD.fullmatch(fold(block.text)):
            continue            # 'Đối với nhóm chỉ tiêu Tiến độ giải quyết:' among the measures a meeting gave: a topic
        if block.kind == "prose" and (block.text[:1].isupper() or re.fullmatch(r"\s*như\s+sau\s*:\s*", block.text)):
            # '… Chủ tịch Ủy ban nhân dân xã có ý kiến như sau:': the bullets below give work to units
            directive = block.text.rstrip().endswith(":") and bool(DIRECTIVE.search(fold(block.text))) \
                and not re.search(r"(?:phe\s*binh|phe\s*phan|neu\s*ten|chi\s*ra\s*(?:cac\s*)?(?:han\s*che|ton\s*tai))\s*(?:nhu\s*sau\s*)?:\s*$",
                                  fold(block.text)) \
                and not OPINIONS_LEAD.search(fold(block.text))    # '… phê bình:', 'Ý kiến cụ thể của các thành viên Đoàn …:': not work
            if directive and re.search(r"kinh\s*de\s*nghi\s*:\s*$", fold(block.text)):
                # '… Ủy ban nhân dân xã Phú Thái kính đề nghị:' / '- Sở Khoa học và Công nghệ …': requests to the
                # bodies above the issuer, not work it gives (as under 'ĐỀ XUẤT, KIẾN NGHỊ')
                directive, proposals = False, "prose"
                continue
            addressee = _addressee(block.text) if directive else None
            asked = ASKS_COMMITTEES.search(fold(block.text)) if directive and addressee is None else None
            if asked:
                # '… Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường:' in a letter 'Kính gửi: … các xã, phường: An
                # Thành, Trần Phú, …'; 'Đề nghị Ủy ban nhân dân xã:' under '4. Xã Trần Phú'
                addressee = ctx.get("sent_to") if asked.group(1) else commune_part
            before = blocks[at - 1] if at and blocks[at - 1].kind == "prose" else None
            # ('Giao Ủy ban nhân dân xã tổ chức thực hiện …, tập trung các nhiệm vụ, giải pháp sau:': a directive whose
            # lead-in names who does the items)
            duty = _duty_lead_of(block, before) if (not directive or addressee is None) and not reports else None
            if duty:
                # 'Ủy ban nhân dân các xã, phường, đặc khu (…) thực hiện chế độ báo cáo như sau:': the items below
                directive, addressee = True, duty
            phase = PHASE.match(fold(block.text))
            if phase:
                # 'Giai đoạn 1 (từ nay đến hết ngày 20/11/2026):': units named in the bullets below do the
                # work, by the phase's time unless a bullet gives its own
                directive = True
                when = find_deadline(block.text[phase.start(1):phase.end(1)], ctx.get("issued"))
                ctx["phase_deadline"] = when if when.kind != "none" else None
            assignee, after_heading = None, False
            if issuer_tasks and bullets_seen:
                issuer_tasks = None
    if card is not None:
        _card_tasks(records, card, ctx)


# a report on a span the record contract has no period for ('quý III/2026', '6 tháng đầu năm', '9 tháng')
AHEAD = re.compile(r"\s(?:va|;)\s*(?:(?:cac\s*)?nhiem\s*vu|phuong\s*huong|ke\s*hoach|giai\s*phap)(?!\w)")


def _results_subject(subject: Optional[str]) -> str:
    """The part of a report's subject its results are about ('Kết quả … năm 2026' of '… năm 2026 và nhiệm vụ
    trọng tâm quý I năm 2027': the quarter is the tasks' time), folded."""
    folded = fold(subject or "")
    ahead = AHEAD.search(folded)
    return folded[:ahead.start()] if ahead else folded


SPAN_REPORT = re.compile(r"(?<!\w)quy\s*(?:iv|i{1,3}|[1-4])(?!\w)|(?<!\w)(?:\d{1,2}|sau|chin)\s*thang(?!\s*\d)")


# a bullet that labels a count ('+ Đất đai ........ 09 hồ sơ', '- Hộ tịch: 12 hồ sơ'): the label
# a later sentence of a decision's article that gives a unit work ('… có hiệu lực kể từ … . Giao Trung tâm …')
# 'Chỉ thị này thay thế Chỉ thị số 11/CT-UBND …', 'Quyết định này có hiệu lực …': the closing paragraph, no unit's work
THIS_DOCUMENT_ENDS = re.compile(r"\s*(?:chi\s*thi|quyet\s*dinh|ke\s*hoach|thong\s*bao|cong\s*van|van\s*ban)\s*nay\s*"
                                r"(?:thay\s*the|co\s*hieu\s*luc)(?!\w)")
GIVEN_IN_ARTICLE = re.compile(r"\.\s+((?:Giao|Yêu cầu)\s+(?=[A-ZĐÂÊÔƠƯÁÀẢÃẠ]))")
def _rate_of_item(name: str, rate_items: str, label: str) -> str:
    """A rate (or its change) under '2. Tỷ lệ hài lòng theo từng yếu tố', named by the item it is of: 'Tỷ lệ hài lòng về
    hộ tịch', 'Mức giảm tỷ lệ hài lòng về đất đai'."""
    changed = re.match(r"Mức (tăng|giảm)", name)
    return f"Mức {changed.group(1)} {rate_items[:1].lower()}{rate_items[1:]} về {label}" if changed else f"{rate_items} về {label}"


def _item_before(text: str, at: int, start: int = 0) -> Optional[str]:
    """The item a rate in a list is of: the words between the last ';' or ':' and the figure ('hộ tịch 94,8%',
    'đất đai chỉ đạt 76,4%'), None where they are figures or a parenthesis ('(năm 2025: 93,5%)')."""
    said = re.split(r"[;:]", text[start:at])[-1]
    said = re.sub(r"(?:\s+(?:chỉ|mới|cũng))?(?:\s+(?:đạt|là|với|ở\s+mức))?\s*$", "", " ".join(said.split()), flags=re.I)
    said = said.strip(" ,-–")
    return _lower_first(said) if 2 <= len(said) <= 40 and not re.search(r"[\d()%]", said) else None


RATE_BY_ITEM = re.compile(r"\s*(ty\s*le\s+[^\d:;()]{2,50}?)\s+(?:theo|o|cua)\s+(?:(?:tung|cac|moi)\s+)?"
                          r"(?:yeu\s*to|tieu\s*chi|noi\s*dung|thanh\s*phan|linh\s*vuc|chi\s*so\s*thanh\s*phan)\s*:?\s*$")
FIELD_ITEM = re.compile(r"\s*([^\W\d][^:.…\d]{1,60}?)\s*(?:\.{2,}|…+|:)[\s.…\-–—_,]*(?=\d)")   # (OCR: '……-- 03')
# ('5. Công tác chuẩn bị', '6. Yêu cầu chuẩn bị trước và sau cuộc họp')
PREPARATION = re.compile(r"(?:phan\s*cong\s*|yeu\s*cau\s*)?(?:cong\s*tac\s*)?chuan\s*bi(?:\s*(?:cuoc\s*hop|hoi\s*nghi|noi\s*dung|tai\s*lieu))?"
                         r"(?:\s*(?:truoc|trong)(?:\s*(?:va|,)\s*(?:truoc|trong|sau))*\s*(?:cuoc\s*hop|hoi\s*nghi))?\s*:?\s*$")
PHASE = re.compile(r"^(?:giai\s*doan|buoc|dot)\s*(?:\d{1,2}|[ivx]{1,4})\s*\(([^()]{4,80})\)\s*:\s*(?:[^.;:()]{0,160})?[.:]?$")   # its aim may follow
TOPIC_LEAD = re.compile(r"\s*(?:doi\s*voi|ve)\s[^.;:]{3,120}:\s*")
DIRECTIVE = re.compile(r"(?<!\w)(?:de\s*nghi|yeu\s*cau|chi\s*dao|y\s*kien|giao\s*nhiem\s*vu|giao|cam\s*ket|"
                       r"chi\s*thi(?=\s*(?:cac|thuc\s*hien|nhu\s*sau|:)))(?!\w)")     # '… Chủ tịch … chỉ thị thực hiện …:'
TARGETS = re.compile(r"(?:muc\s*tieu|muc\s*dich|chi\s*tieu\s*phan\s*dau|(chi\s*tieu))(?:\s*(?:chung|cu\s*the|phan\s*dau|chu\s*yeu|de\s*xuat|du\s*kien))?"
                     r"(\s*(?:quy\s*(?:i{1,3}|iv|[1-4])|thang\s*\d{1,2}|6\s*thang\s*(?:dau|cuoi)))?"    # 'MỤC TIÊU QUÝ I NĂM 2026': all aimed at
                     r"(?:\s*(?:(?:nam|den\s*nam|giai\s*doan)\s*|/\s*)\d{4}(?:\s*-\s*\d{4})?)?"
                     r"(?:\s*\([^()]{0,80}\))?\s*:?\s*$")     # ('Chỉ tiêu phấn đấu (theo kết quả đánh giá tháng 01/2027)')
GIVES_TO = re.compile(r"(?:^|[,;.]\s)(?:[^,;.:]{0,80}\s)?giao\s+(?:cho\s+)?([^,;:]{4,80}?)\s*:\s*$")
ASK_TO_GIVE = re.compile(r"de\s*nghi\s.{0,80}?\sgiao(?:\s*nhiem\s*vu)?(?:\s*cho)?(?:\s*cac\s*[^:]{0,40})?\s*:\s*$")
# ('II. ĐỀ NGHỊ KHEN THƯỞNG' / '1. Tập thể (02 tập thể): Trung tâm …': the units and people put forward, no work)
PROPOSALS = re.compile(r"(?:cac\s*)?(?:de\s*xuat|kien\s*nghi|(?:danh\s*sach\s*)?de\s*nghi\s*(?:khen\s*thuong|tang|cong\s*nhan)(?!\s*(?:va|,)))"
                       r"(?:\s*(?:,|va)\s*(?:de\s*xuat|kien\s*nghi))?"
                       r"(?:\s+(?:voi|len|doi\s*voi)\s.{0,60})?\s*:?\s*$")


def _group_named_before(folded: str, pos: int):
    """The last 766 group the text names before `pos` (its criteria entry), else None."""
    named = [e for _, end, e in find_all("criteria", folded[:pos]) if e.name != TOTAL and e.kind == INDEX_766]
    return named[-1] if named else None


def _inspection(header: Header) -> bool:
    """An inspection team's minutes ('BIÊN BẢN KIỂM TRA', 'ĐOÀN KIỂM TRA'): its recommendations are the inspected
    commune's work, not requests to a body above."""
    return bool(re.search(r"doan\s*kiem\s*tra", fold(header.issuer or ""))) or (
        fold(header.doc_type or "").startswith("bien ban") and bool(re.search(r"kiem\s*tra", fold(header.subject or ""))))


CHAIRS = re.compile(r"\s*(?:(?:phuong|xa|dac\s*khu)\s*)?,?\s*(?:la\s*don\s*vi\s*)?chu\s*tri")


ADDRESSED = re.compile(r"(?<!\w)(?:de\s*nghi|yeu\s*cau)\s+(?=(?:pho\s*)?chu\s*tich\s|uy\s*ban\s*nhan\s*dan\s|ubnd\s)")
ASKS_UNIT = re.compile(r"(?<!\w)yeu\s*cau\s+(?=\S)")       # (not 'đề nghị', which may ask a body above)
ADDRESS_END = re.compile(r"(?:\s+(?:thực\s+hiện|quan\s+tâm|khẩn\s+trương)[^:]*)?:\s*$", re.IGNORECASE)


def _issuer_unit(header: Header) -> str:
    """Who does the issuer's own tasks: the issuer, or for a unit of the commune that issues ('Công an xã Vĩnh
    Am', 'Trung tâm Phục vụ hành chính công xã Đại Sơn') the unit as a task table names it ('Công an xã',
    'Trung tâm Phục vụ hành chính công'); a committee, council, Party, Front or Youth Union body stays as named."""
    issuer = header.issuer or ""
    # the place without its kind ('xã Vĩnh Am' -> 'Vĩnh Am'); a city's offices keep their whole name
    # ('Văn phòng UBND thành phố Hải Phòng', not 'Văn phòng UBND thành')
    kind = re.match(r"(?i)(?:xã|phường|đặc\s+khu|thị\s+trấn|thành\s+phố|tỉnh)\s+", header.locality or "")
    if kind and re.match(r"(?i)thành\s+phố|tỉnh", kind.group(0)) and issuer.endswith(" " + header.locality) \
            and re.match(r"(?i)văn\s+phòng\s", issuer):
        return issuer[:-len(header.locality)] + kind.group(0).strip()     # 'Văn phòng UBND thành phố'
    place = (header.locality or "")[kind.end():] if kind else ""
    if re.match(r"(?:UBND|HĐND|Đảng ủy|BCH Đoàn|Ủy ban Mặt trận Tổ quốc)\s", issuer) or not place \
            or not issuer.endswith(" " + place):
        return issuer
    unit, rest = unit_of(issuer[:-len(place)].strip())
    return unit if unit and not rest else issuer


LEGEND = re.compile(r"\(([^()\d]{5,80};[^()\d]{2,80})\)\s*:?\s*$")
LEGEND_ROW = re.compile(r"^\s*(?:[-–+•]\s*)?([^\W\d][^()\d:]{1,60}?)\s*\(\s*(\d[\d.]*(?:\s*;\s*\d[\d.]*)+)\s*\)"
                        r"(?:\s*[;.,]?\s*$|\s*,\s[^\d]*$)")      # ('…, tập trung ở thủ tục …' after it: words only)


def _legend_row(text: str, labels: list, unit: str, fields: bool) -> Optional[list]:
    """'- Đất đai (214; 198; 06)' under a legend '(tiếp nhận; đã giải quyết; quá hạn)': 'Số hồ sơ tiếp nhận lĩnh vực
    đất đai' … one a figure, in the legend's order; None when the row does not have one figure a label."""
    m = LEGEND_ROW.match(text)
    if not m:
        return None
    values = [parse_number(v) for v in m.group(2).split(";")]
    if len(values) != len(labels) or any(v is None for v in values):
        return None
    label = m.group(1).strip()
    field = label[:1].lower() + label[1:]
    if fields and not re.match(r"(?:các\s+)?lĩnh\s+vực", field):
        field = f"lĩnh vực {field}"
    out, pos = [], m.start(2)
    for name, value, piece in zip(labels, values, m.group(2).split(";")):
        at = text.index(piece.strip(), pos)
        out.append(MetricHit(at, at + len(piece.strip()), f"Số {unit} {name} {field}", value, unit))
        pos = at + len(piece.strip())
    return out


def _caps_heading(line: str) -> bool:
    """A short line mostly in capitals ('là. Ý KIẾN CHỈ Bảo': 'II. Ý KIẾN CHỈ ĐẠO' as old OCR and restoration
    left it)."""
    letters = [c for c in line if c.isalpha()]
    return 8 <= len(letters) and len(line) < 80 and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _agency_led(block: Block) -> Optional[str]:
    """The line agency (kind 'ngành dọc': Chi nhánh Văn phòng đăng ký đất đai, Thuế cơ sở, Bảo hiểm xã hội) a
    numbered item opens with, as written with its area ('… khu vực Kinh Môn'), else None."""
    text = NUMBERED.sub("", block.text, count=1)
    found = find_all("units", text[:80])
    if not found or found[0][0] > 1 or found[0][2].kind != "ngành dọc":
        return None
    named, _ = lead_unit(text)
    return named


def _deductions_by_code(block: Block, doc, codes: dict[str, str]) -> dict[int, str]:
    """'- Tiêu chí 1.2: … bị trừ 0,5 điểm' under a table coding 1.2 'Báo cáo CCHC định kỳ': the points lost
    are that criterion's ('Tiêu chí 7.2, 7.3 và 7.4: … lần lượt bị trừ 0,8 điểm, 0,9 điểm và 0,6 điểm': in turn)."""
    if block.kind not in ("bullet", "prose"):
        return {}
    reference = referenced(block.text, codes)
    if not reference:
        return {}
    label, names = reference
    lost = [hit for hit in doc._.metrics or [] if hit.unit == "điểm" and hit.name.startswith("Số điểm bị trừ")]
    if len(names) != 1 and len(names) != len(lost):
        return {}
    return {id(hit): f"Số điểm bị trừ {label} {names[min(i, len(names) - 1)]}" for i, hit in enumerate(lost)}


TIME_HEAD = re.compile(r"\s*(?:thuc\s*hien\s*)?(?:ngay\s*)?(?:trong\s*)?(?:thang\s*\d{1,2}(?:\s*/\s*\d{4})?|quy\s*(?:iv|i{1,3}|[1-4])(?:\s*/\s*\d{4})?|"
                       r"(?:6|sau)\s*thang\s*(?:dau|cuoi)\s*nam(?:\s*\d{4})?|nam\s*\d{4}|"
                       r"(?:" + ROUTINE + r")(?:\s*trong\s*(?:thang|quy|nam)\s*[\divx]{1,4}(?:\s*/\s*\d{4})?)?|"
                       # '1. Từ nay đến ngày 15/01/2027 (giai đoạn chuẩn bị)', '2. Từ ngày 16/01/2027 đến hết ngày 31/3/2027'
                       r"(?:tu\s*nay|tu\s*ngay\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*den\s*(?:het\s*)?(?:ngay\s*)?"
                       r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?:\s*\([^()\d]{2,40}\)?)?)"
                       r"\s*:?\s*")
# a week of a month's programme and its days: 'Tuần thứ nhất (từ ngày 04/01 đến ngày 08/01/2027)'
WEEK_HEAD = re.compile(r"\s*tuan\s*(?:thu\s*)?(?:nhat|hai|ba|tu|nam|\d{1,2})\s*\(([^()]{6,60})\)\s*")
# a phase of the work and its time: 'Trước kỳ nghỉ Tết (từ nay đến hết ngày 03/02/2027)', 'Sau kỳ nghỉ Tết (từ ngày
# 11/02/2027)', 'Đợt 2 (tháng 3/2027)'
PHASE_HEAD = re.compile(r"\s*(?:truoc|trong|sau|giai\s*doan|dot)\s[^()\d]{0,40}?[^()]{0,4}\(([^()]*\d[^()]{4,60})\)\s*")
WORKS_BY_TIME = re.compile(r"(?:cac|nhung)\s*(?:cong\s*viec|viec|nhiem\s*vu)\s*(?:can\s*|phai\s*)?(?:hoan\s*thanh|thuc\s*hien)\s*")
WORKS = r"viec|cong\s*viec|nhiem\s*vu|giai\s*phap|bien\s*phap"      # 'Các việc …', 'Những giải pháp …'
# '3. Nguyên nhân hồ sơ quá hạn', 'Nguyên nhân': the causes of a result (not 'Nguyên nhân và giải pháp khắc phục')
CAUSES_HEAD = re.compile(r"\s*nguyen\s*nhan(?!.*(?:giai\s*phap|khac\s*phuc|nhiem\s*vu|kien\s*nghi|de\s*xuat|trach\s*nhiem))")
DONE_HEAD = re.compile(r"(?:cac|nhung)\s+(?:" + WORKS + r"|noi\s*dung)\s+da\s+"
                       r"(?:thuc\s*hien|trien\s*khai|lam|hoan\s*thanh|ap\s*dung)(?!\w)")
WORK_GROUP_HEAD = re.compile(r"(?:cac|nhung)\s+(?:" + WORKS + r")\s+[^.;:,]{0,50}")
ATTENDANCE_HEAD = re.compile(r"\s*thanh\s*phan(?:\s*(?:tham\s*du|tham\s*gia|lam\s*viec|cuoc\s*hop|du\s*hop))?\s*")
# a meeting's part where the units spoke: '2. Báo cáo của các đơn vị', 'Ý kiến của các phòng, đơn vị'
REPORTED_HEAD = re.compile(r"\s*(?:bao\s*cao|y\s*kien(?:\s*phat\s*bieu)?|phat\s*bieu)\s*(?:cua\s*)?(?:cac\s*)?(?:phong|don\s*vi|thanh\s*vien|co\s*quan)")
# a part of the remedies in a report ('c) Giải pháp khắc phục:', 'b) Biện pháp thực hiện:')
REMEDY_HEAD = re.compile(r"\s*(?:cac\s*|nhung\s*)?(?:giai\s*phap|bien\s*phap)(?:\s*(?:khac\s*phuc|thuc\s*hien|trong\s*thoi\s*gian\s*toi))?\s*:?\s*")
# praise of units, not work given: '… ghi nhận, biểu dương …', '… đánh giá cao …'
PRAISES = re.compile(r"\s*(?:ban\s*thuong\s*vu|thuong\s*truc|ban\s*chap\s*hanh|dang\s*uy|(?:pho\s*)?chu\s*tich|hoi\s*dong|hdnd|"
                     r"uy\s*ban\s*nhan\s*dan|ubnd|doan\s*(?:cong\s*tac|kiem\s*tra|giam\s*sat))[^.;:()]{0,50}?\s"
                     r"(?:ghi\s*nhan\s*,?\s*)?(?:bieu\s*duong|khen\s*ngoi|danh\s*gia\s*cao|tuyen\s*duong)(?!\w)")
# a decision's article and what it does: 'Điều 1. Tặng Giấy khen …', 'Điều 1. Khen thưởng …': the items below are
# achievements
ARTICLE = re.compile(r"\s*dieu\s*\d{1,2}\s*[.:]\s*")
# ('Điều 1. Nhắc nhở bằng văn bản đối với các công chức … có tên sau đây': who is reminded and why, no work either)
COMMENDS = re.compile(r"(?:trao\s*)?(?:tang|khen\s*thuong|tuyen\s*duong|cong\s*nhan|nhac\s*nho|phe\s*binh|khien\s*trach)(?!\w)")
SITUATION_HEAD = re.compile(r"\s*(?:tinh\s*hinh|ket\s*qua\s*(?:thuc\s*hien|dat\s*duoc|trien\s*khai)?|thuc\s*trang|"
                            # 'II. TỒN TẠI CỦA TỪNG ĐƠN VỊ': what each unit failed at (not with its remedies)
                            r"(?:ton\s*tai|han\s*che)(?!.*(?:giai\s*phap|nhiem\s*vu|kien\s*nghi|de\s*xuat|khac\s*phuc|phuong\s*huong)))(?!\w)")
# ('… ý kiến của các thành viên, đồng chí Tổ trưởng kết luận:' leads the work: not this)
OPINIONS_LEAD = re.compile(r"y\s*kien\s*(?:cu\s*the\s*)?(?:cua\s*)?(?:cac\s*)?(?:thanh\s*vien|dai\s*bieu)(?:\s+[^\s:,;]+){0,4}\s*:\s*$")
UNITS_REPORT_HEAD = re.compile(r"\s*(?:bao\s*cao\s*(?:cua\s*)?(?:cac\s*)?(?:thanh\s*vien|don\s*vi|phong|bo\s*phan)|"
                               # ('II. NỘI DUNG PHIÊN HỌP' / '2. Ông …, Giám đốc Trung tâm …': what each member reported)
                               r"(?:y\s*kien\s*)?thao\s*luan|noi\s*dung\s*(?:phien|cuoc|buoi)\s*hop)(?!\w)")
CONTEST = re.compile(r"(?<!\w)(?:vong\s*(?:so|chung)\s*khao|thi\s*sinh|hoi\s*thi|phan\s*thi|"
                     # 'Điểm bình quân của công chức, viên chức tại Trung tâm …': the staff's own scoring, not the index
                     r"diem\s*(?:binh\s*quan\s*|trung\s*binh\s*)?(?:cua\s*)?(?:cac\s*)?(?:cong\s*chuc|vien\s*chuc|can\s*bo))(?!\w)")


def _of_contest(doc, hit) -> bool:
    """A total's points or place in a sentence about a contest ('vòng chung khảo', 'thí sinh'): the contest's, not
    the index's (a group named there stays the index's)."""
    folded = folded_text(doc)
    return hit.criterion == TOTAL and bool(CONTEST.search(folded[_sentence_start(folded, hit.start):hit.start]))
# two places given the same value together ('xã Tiên Minh và xã Vĩnh Lại cùng đạt 18,3/20 điểm')
PAIR_ALIKE = re.compile(r"((?:xã|phường|đặc khu)\s+[A-ZĐÂĂÊÔƠƯ][^\s,;.()]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\s,;.()]*){0,3})\s+và\s+"
                        r"((?:xã|phường|đặc khu)\s+[A-ZĐÂĂÊÔƠƯ][^\s,;.()]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\s,;.()]*){0,3})\s+"
                        r"(?:cùng|đều)\s+(?:đạt|được|có)\s*$", flags=re.I)
# ('2. Đoàn thẩm định thông báo kết quả thẩm định' in minutes: what the team told, its findings below, no work)
BODY_REPORTS = re.compile(r"\s*[^\W\d][^:]{2,60}?\s(?:thong\s*bao|bao\s*cao|trinh\s*bay)\s*(?:ket\s*qua|tinh\s*hinh|y\s*kien)[^:]{0,60}")
PERSON_REPORTS = re.compile(r"\s*(?:ong|ba|dong\s*chi|d/c)\s+[^,:]{2,40},[^:]{0,80}?(?<!\w)(?:bao\s*cao|phat\s*bieu|trinh\s*bay)(?!\w)")
PROGRESS_HEAD = re.compile(r"\s*(?:ket\s*qua|tien\s*do|tinh\s*hinh)\s*thuc\s*hien(?:\s*(?:den|tinh\s*den)\s.{0,30})?\s*")
EXAMPLE = re.compile(r"^\s*(?:[-–+•]\s*)?vi\s*du(?:\s*minh\s*hoa)?\s*(?:\d{1,2}\s*)?[(:.]")
# what says an example's figures are made up: 'minh họa', 'số liệu giả định', 'giả sử', 'xã X', 'đơn vị A'
MADE_UP = re.compile(r"minh\s*hoa|gia\s*dinh|gia\s*su|(?:xa|phuong|dac\s*khu|don\s*vi)\s+[a-z](?!\w)")
# ('Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết, tập trung các nhiệm vụ, giải pháp sau:')
DUTY_LEAD = re.compile(r"(?:(?:da\s*va\s*)?se\s*)?(?:to\s*chuc\s*)?(?:thuc\s*hien|trien\s*khai|co\s*trach\s*nhiem|chiu\s*trach\s*nhiem)\b.{0,60}?"
                       r"(?:nhu\s*sau|cac\s*(?:viec|noi\s*dung|nhiem\s*vu|hoat\s*dong)(?:\s*,\s*giai\s*phap)?(?:\s*chu\s*yeu)?\s*sau)\s*$")


def _duty_lead(text: str) -> Optional[str]:
    """The unit a lead-in names as doing the numbered items below: 'Ủy ban nhân dân các xã, phường, đặc khu
    (sau đây gọi là cấp xã) thực hiện chế độ báo cáo như sau:' -> 'UBND các xã, phường, đặc khu'."""
    if not text.rstrip().endswith(":"):
        return None
    text = re.sub(r"\s+", " ", text).strip()                       # (a lead-in wrapped over lines)
    text = re.sub(r"^(?:Về phía mình|Thời gian tới|Trong thời gian tới|Để khắc phục|Từ nay|"
                  r"(?:Trong|Năm|Quý|Tháng)\s+(?:(?:tháng|quý|năm)\s+)?[\dIVX]{1,4}(?:/\d{4})?),\s*", "", text)   # ('Trong tháng 01/2027, …')
    text = re.sub(r"^Giao(?:\s+cho)?\s+", "", text)          # ('Giao Ủy ban nhân dân xã tổ chức thực hiện …:')
    own = re.match(r"(?:Ủy ban nhân dân|UBND)\s+(xã|phường|đặc khu)\s+(?=[a-zđà-ỹ])", text)
    if own and DUTY_LEAD.match(fold(text[own.end():].rstrip(" :"))):
        return f"Ủy ban nhân dân {own.group(1)}"     # the commune's own committee, named without its place (a resolution's)
    unit, rest = unit_of(text)
    if unit and not DUTY_LEAD.match(fold(rest)) and re.search(r"(?:co|chiu)\s*trach\s*nhiem\s*:\s*$", fold(text)):
        # 'Thủ trưởng các phòng, đơn vị chuyên môn thuộc Ủy ban nhân dân phường có trách nhiệm:' (unit_of keeps
        # the trách nhiệm for its heading reading; what is left is whose units they are)
        return unit if re.fullmatch(r"(?:thuoc\s[^,;:]{3,60})?", fold(rest).strip()) else None
    return unit if unit and DUTY_LEAD.match(fold(rest)) else None


def _duty_lead_of(block: Block, before: Optional[Block] = None) -> Optional[str]:
    """_duty_lead of a block's last lines (old OCR runs a heading and the lead-in into one block), with the
    block before when this one is only 'như sau:'."""
    lines = [block.text[s:e] for s, e, *_ in block.spans] or [block.text]
    if before is not None and re.fullmatch(r"\s*như\s+sau\s*:\s*", block.text):
        lines = [before.text[s:e] for s, e, *_ in before.spans] + lines
    for k in range(1, min(4, len(lines)) + 1):
        unit = _duty_lead(" ".join(lines[-k:]))
        if unit:
            return unit
    # '… (chi tiết tại Phụ lục kèm theo Quyết định này). Tổ công nghệ số cộng đồng thực hiện các hoạt động sau:': the
    # block's last sentence
    last = re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", re.sub(r"\s+", " ", block.text).strip())[-1]
    return _duty_lead(last) if last != block.text else None


SEVERAL_COMMUNES = re.compile(r"\s*(?:uy\s*ban\s*nhan\s*dan|ubnd)\s+cac\s+(xa|phuong|dac\s*khu)\s+(.+?)\s*")


def _addressee(text: str) -> Optional[str]:
    """Whom an introduction ending in a colon asks to do the items below: '… Sở Nội vụ đề nghị Chủ tịch Ủy ban
    nhân dân xã Nghi Dương:' -> 'Chủ tịch UBND xã Nghi Dương' (a commune or ward another body writes to, named
    as unit_of names it)."""
    m = ADDRESSED.search(fold(text))
    end = ADDRESS_END.search(text, m.end()) if m else None
    if end is None:
        # '… Chủ tịch Ủy ban nhân dân phường yêu cầu Trung tâm Phục vụ hành chính công phường:': one of the commune's
        # own offices, asked to do the items below
        asked = list(ASKS_UNIT.finditer(fold(text)))
        end = ADDRESS_END.search(text, asked[-1].end()) if asked else None
        unit, rest = unit_of(text[asked[-1].end():end.start()]) if end else (None, "")
        entry = lookup("units", unit) if unit and not rest else None
        return unit if entry is not None and entry.kind in ("phòng", "trung tâm", "văn phòng", "công an", "quân sự") \
            and not re.search(r"thanh\s*pho|tinh(?!\w)", fold(unit)) else None
    several = SEVERAL_COMMUNES.fullmatch(fold(text[m.end():end.start()]))
    listed = communes_listed(text[m.end():end.start()][several.start(2):several.end(2)], several.group(1)) \
        if several else None
    if listed:
        return listed   # '… Sở Nội vụ đề nghị Ủy ban nhân dân các xã Gia Lộc, Tứ Kỳ, Đại Sơn, Hải Hưng quan tâm …:'
    unit, rest = unit_of(text[m.end():end.start()])
    return unit if unit and not rest and _commune_office(unit) else None


ISSUER_GIVES = re.compile(r"^([^\W\d][^.,;:()]{2,60}?)\s+giao(?:\s*cho)?\s+(?=\S)")


def _issuer_gives(text: str, issuer: Optional[str]) -> Optional[tuple[str, str]]:
    """'Sở Nội vụ giao Phòng Cải cách hành chính theo dõi, …': the issuer, named at the sentence's start, gives a
    unit work in running text: (the unit, the work)."""
    m = ISSUER_GIVES.match(fold(text))
    bare = re.match(r"\s*Giao\s+(?=\S)", text)
    if bare and m is None:
        # 'Giao Phòng Cải cách hành chính hướng dẫn …' opening a paragraph: the issuer, unnamed, gives the work
        unit, rest = lead_unit(text[bare.start():].lstrip())
        if unit and not rest.strip(" :") and text.rstrip().endswith(":"):
            return unit, ":"        # 'Giao Trung tâm Thông tin và Chuyển đổi số:' over its '+' items
        return (unit, rest) if unit and rest and not rest.endswith(":") else None
    if m is None or not issuer or not fold(issuer).startswith(m.group(1).strip()):
        return None
    unit, rest = lead_unit("Giao " + text[m.end():])
    return (unit, rest) if unit and rest and not rest.endswith(":") else None


ROSTER = re.compile(r"(?i:ông|bà|đồng\s+chí|đ/c|thiếu\s+tá|trung\s+tá|đại\s+úy|thượng\s+úy)\s+(?P<name>[^,;]{3,40}),\s*(?P<office>[^;]{3,120}?)"
                    r"\s*[-–]\s*(?P<role>(?i:tổ\s+trưởng|tổ\s+phó(?:\s+thường\s+trực)?|thư\s+ký|trưởng\s+đoàn|"
                    r"phó\s+trưởng\s+đoàn|thành\s+viên))\s*[;.]?\s*$")
MEMBER_ROLE = re.compile(r"(?i)(tổ\s+trưởng|tổ\s+phó(?:\s+thường\s+trực)?|thư\s+ký|trưởng\s+đoàn|phó\s+trưởng\s+đoàn)\s*:\s*")
# 'Ông Trần Quốc Bảo:', 'Bà Lê Thị Minh Nguyệt (Tổ phó thường trực):' in Điều 3 of the decision that listed them
MEMBER_NAMED = re.compile(r"(?i:ông|bà|đồng\s+chí|đ/c|thiếu\s+tá|trung\s+tá|đại\s+úy|thượng\s+úy)\s+([^\W\d][^,;:()]{2,40}?)"
                          r"\s*(?:\([^()]{2,40}\))?\s*:\s*")


def _member_role(block: Block, ctx: dict) -> Optional[tuple[list[str], str]]:
    """'a) Tổ trưởng: chỉ đạo chung …' under a decision whose Điều 1 lists who holds each role ('Ông …, Chủ tịch
    UBND xã - Tổ trưởng;'), or whose table of members does ('3. Thành viên số 2 và thành viên số 8: …',
    extractors/roster.py): (the offices holding it, as units where they name one; the work)."""
    by_table = member_work(heading_title(block), ctx.get("member_table") or []) \
        if not re.match(r"(?i)\s*điều\s+\d", block.text) else None    # ('Điều 3. Tổ trưởng … phân công …': the article)
    if by_table:
        return by_table
    roster = ctx.get("roster")
    m = MEMBER_ROLE.match(heading_title(block)) if roster else None
    office = roster.get(re.sub(r"\s+", " ", m.group(1).lower())) if m else None
    if not office and ctx.get("members"):
        # '4. Ông Trần Quốc Bảo: chỉ đạo …' after '4. Ông Trần Quốc Bảo, Trưởng phòng Kinh tế - Thành viên;': the
        # office the member holds
        m = MEMBER_NAMED.match(heading_title(block))
        office = ctx["members"].get(re.sub(r"\s+", " ", m.group(1).strip().lower())) if m else None
    unit = office_unit(office) if office else None
    if not unit:
        return None
    return [unit], heading_title(block)[m.end():].strip()


def _item_unit(text: str) -> Optional[str]:
    """The unit a numbered item of instructions gives its work to when no heading does: the one that
    'chủ trì' ('… Trung tâm Phục vụ hành chính công chủ trì, phối hợp …'), or the one that opens what
    follows a topic and its colon ('4. Tăng cường tuyên truyền: Phòng Văn hóa - Xã hội xây dựng …')."""
    if len(text) < 40:
        return None                   # a title, not an instruction
    for s, e, entry in find_all("units", text):
        if entry.kind != "ubnd" and CHAIRS.match(fold(text[e:e + 30])):
            name, _ = lead_unit(text[s:])
            return name or entry.name
    colon = text.find(":")
    if 0 < colon <= 100:
        name, rest = lead_unit(text[colon + 1:].strip())
        if name and rest:
            return name
    if TIME_FIRST.match(fold(text)) or COMRADE.match(fold(NUMBERED.sub("", text, count=1))):
        # 'Trước ngày 20/4/2026, Văn phòng … tham mưu …', '6. Đồng chí Trưởng Công an phường chỉ đạo …'
        name, rest = lead_unit(NUMBERED.sub("", text, count=1))
        if name and rest:
            return name
    closing = TRAILING_PAREN.search(text)
    first = find_all("units", closing.group(1)) if closing else []
    if first and first[0][0] == 0 and first[0][2].kind != "ubnd" and UNIT_DOES.fullmatch(fold(closing.group(1)[first[0][1]:])):
        # '… 12 hồ sơ quá hạn (Phòng Kinh tế thực hiện; hoàn thành trước ngày 11/12/2026).', '… (Trung tâm PVHCC).'
        return _trailing_unit(text)
    return None


# what follows the unit a closing parenthesis names: nothing, its locality, 'thực hiện', then maybe the time
UNIT_DOES = re.compile(r"\s*(?:(?:xa|phuong|dac\s*khu)(?!\w)[^;,]{0,25})?\s*(?:chu\s*tri|thuc\s*hien|phu\s*trach)?\s*(?:[;,].*)?")


def _schedule_step(text: str, issued: Optional[str]) -> Optional[tuple[Deadline, str]]:
    """A step of a schedule, its time before a colon and who does what after it ('- Trước 17 giờ 00 ngày
    16/12/2026: Trung tâm …, Công an xã và Phòng … hoàn thiện …', '- Sáng ngày 08/01/2027 (dự kiến, tại Hội nghị
    …): Phòng … chủ trì …; Trung tâm … chia sẻ …'): (the time, what follows the colon); None for other items."""
    body = BULLET.sub("", LETTERED.sub("", text, count=1), count=1)
    colon = re.search(r"(?<!\d):|:(?!\d)", body)
    if not colon or colon.start() > 120:
        return None
    head, rest = body[:colon.start()], body[colon.end():].strip()
    when = find_deadline(head, issued)
    if when.kind in ("none", "relative") or not when.text or not rest[:1].isupper():
        return None
    left = re.sub(r"\([^()]*\)", " ", head.replace(when.text, " "))
    if len(re.findall(r"[^\W\d_]+", left)) > 2:
        return None                   # '- Kết quả kiểm tra ngày 14/9/2026: …' labels a finding, not a time
    return when, rest


def _topic(block: Block) -> bool:
    """A numbered item that only names a topic ('2. Về thanh toán trực tuyến', '3. Chế độ báo cáo', '1. Nâng cao
    chất lượng tiếp nhận, xử lý …' alone on its line): a heading over the work below, no work itself."""
    aside = re.search(r"\s*\(([^()]*)\)\s*$", block.text)
    if aside and len(block.spans) == 1 and not re.search(r"[.;,]\s*$", block.text[:aside.start()]) \
            and not find_all("units", aside.group(1)) and not lead_unit(block.text[:aside.start()])[0]:
        return True         # '2. Chỉ tiêu 2.1 và 2.2 (bị trừ 0,49 điểm)': a topic with its figures aside, no unit's
    return bool(re.match(r"ve\s", fold(heading_title(block)))) \
        or (len(block.spans) == 1 and not re.search(r"[.;,)]\s*$", block.text))


def _unit_sentences(text: str) -> list[tuple[str, int, int]]:
    """The sentences of a paragraph that open with the unit doing them ('Các phòng, đơn vị báo cáo … . Trung
    tâm PVHCC tổng hợp …'): [(the unit, start, end)]; [] unless every sentence does."""
    out = []
    for m in re.finditer(r"\S[^.]*?(?:\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)|$)", text, flags=re.S):
        named, rest = lead_unit(m.group(0))
        if not named or not rest[:1].islower():
            return []
        out.append((named, m.start(), m.end()))
    return out


def _sentence_tasks(records: DocumentRecords, block: Block, led: list[tuple[str, int, int]]) -> None:
    """A task for each (unit, start, end) sentence of `block`: the sentence is the work, its time the deadline."""
    for unit, start, end in led:
        sentence = block.text[start:end]
        records.tasks.append(Assignment(assignee=unit, task=sentence[:1].upper() + sentence[1:].rstrip(" ."),
                                        deadline=find_deadline(sentence, records.document.issued_date),
                                        where=_provenance(block, start, end)))


def _unit_led_sentences(text: str) -> list[tuple[str, int, int]]:
    """The sentences of a paragraph that open with one of the commune's own units and give it work (not what it
    answers for: 'chịu trách nhiệm trước …'): [(the unit, start, end)]."""
    def led(part: str) -> Optional[str]:
        named, rest = lead_unit(part)
        if named and rest[:1].islower() and (_local_unit(named) or getattr(lookup("units", named), "kind", None) == "nhóm") \
                and not re.search(r"chiu\s*trach\s*nhiem\s*(?:truoc|thi\s*hanh)|(?<!\w)la\s*(?:co\s*quan|don\s*vi|dau\s*moi\s*)?$", fold(rest[:60])):
            return named
        return None

    out = []
    for m in re.finditer(r"\S[^.]*?(?:\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)|$)", text, flags=re.S):
        # ('Trường hợp được … chấp thuận: Phòng Văn hóa - Xã hội hoàn thiện …, trình ký trước ngày 15/01/2027; Bộ phận
        # Tài chính - Kế toán chi trả …; …': each clause after a colon or a semicolon that opens with a unit of its own)
        cuts = [(m.start(), led(m.group(0)))] + [(m.start() + c.end(), named) for c in re.finditer(r"[;:]\s+", m.group(0))
                                                 for named in [led(m.group(0)[c.end():])] if named]
        # (a clause before the first unit, 'Trường hợp …:', is its condition: no work)
        out += [(named, a, b) for (a, named), (b, _) in zip(cuts, cuts[1:] + [(m.end(), None)]) if named]
    return out


def _unit_colon(text: str, alone: bool = False) -> tuple[Optional[str], str]:
    """'Trung tâm Phục vụ hành chính công: rà soát …' -> (the unit, 'rà soát …'): a bullet that names
    its unit before a colon, wherever it stands; with `alone`, a bullet that is only the unit and its colon
    ('- Tổ phó thường trực (Giám đốc Trung tâm …):', heading the '+' items below it): (the unit, '')."""
    text = LETTERED.sub("", text, count=1)
    colon = text.find(":")
    if alone:
        head = BULLET.sub("", text, count=1).strip()
        if not head.endswith(":") or ":" in head[:-1] or len(head) > 100:
            return None, ""
        unit, rest = _unit_colon(head + " x", False)
        return (unit, "") if unit else (None, "")
    if not 0 < colon <= 80 or not text[colon + 1:].strip():
        return None, ""
    head, rest = text[:colon].strip(), text[colon + 1:].strip()
    if re.search(r"\d", head) or not rest[:1].isalpha():
        return None, ""               # '- Bảo hiểm xã hội tiếp nhận và xử lý: 15 hồ sơ' is a result
    if re.fullmatch(r"(?:(?:cac\s*)?don\s*vi|co\s*quan)\s*(?:giup\s*viec|phoi\s*hop|chu\s*tri|thuc\s*hien|dau\s*moi)", fold(head)):
        return None, ""               # 'b) Đơn vị giúp việc: Văn phòng …': a label over the units it names
    unit, _ = unit_of(head)
    # ('Trung tâm PVHCC phường:', 'Văn phòng HĐND-UBND phường:': the unit, then its locality's word)
    bare = re.sub(r"\s+(?:phường|xã|đặc khu)(?:\s+[A-ZĐ]\w*)*$", "", head)
    whole = [e for s, end, e in find_all("units", bare) if s <= 1 and end >= len(bare) - 2 and e.kind != "ubnd"]
    if not unit or not (find_unit(head, 0.85) or whole or GROUP_ROLE.match(head)):
        return None, ""
    return unit, rest


def _task(records: DocumentRecords, assignee: str, block: Block, doc, section_deadline: Optional[str],
          heading_rest: str = "", when: Optional[Deadline] = None) -> None:
    """The work of `block` given to `assignee` (and to the units it names beside it); `when`: the time the item
    gives before its units (a schedule's step), for every part that names none of its own."""
    if re.fullmatch(r"(?:cac\s*)?(?:cong\s*chuc|can\s*bo)(?:\s*,?\s*(?:vien\s*chuc|nhan\s*vien))*", fold(assignee).strip()):
        return                  # 'Công chức tại các quầy báo cáo …': staff named by no office is no unit given work
    deadline: Deadline = when or doc._.deadline or Deadline(None, None, "none")
    if deadline.kind == "none" and section_deadline and section_deadline != NO_TIME \
            and not re.search(r"\d", section_deadline):
        # 'NHIỆM VỤ THÁNG TIẾP THEO': the section's relative time frame ('tháng 01 năm 2026' is not relative)
        deadline = Deadline(None, section_deadline, "relative")
    text = heading_rest or block.text
    if block.kind in ("lettered", "numbered") and not heading_rest:
        text = (LETTERED if block.kind == "lettered" else NUMBERED).sub("", text, count=1)
    text = re.sub(r"\s+", " ", text).strip(" ;.")
    text = HOLDER.sub("", text).strip()      # '(bà Đỗ Thị Kim Oanh) tham mưu …': who holds the office, named in passing
    if POINTER.match(fold(text)):
        return                  # 'Nhiệm vụ, giải pháp cụ thể … được phân công tại Phụ lục kèm theo': the table is
    if DUTY_LABEL.match(fold(text)) or DUTY_LABEL.match(ITEM_NUMBER.sub("", fold(block.text), count=1)):
        return                  # a leader's card: 'b) Đơn vị giúp việc: …', 'c) Nhiệm vụ:' (its items are the work)
    if re.match(r"(?:do\s+[^;]{3,90}?\s)?lam\s*(?:pho\s*)?(?:truong\s*(?:doan|ban|nhom)|to\s*(?:truong|pho))(?!\w)", fold(text)):
        return                  # 'Đoàn kiểm tra do đồng chí …, Phó Chủ tịch UBND xã làm Trưởng đoàn; Chánh Văn phòng … làm Phó
        #                         Trưởng đoàn; thành viên gồm …': who the team is, not work given
    if re.match(r"(?:luu\s*y|ghi\s*chu)\s*:", fold(text)):
        return                  # 'Lưu ý: tiêu chí về kết quả … được chấm căn cứ …': a note on how things stand
    as_of = re.search(r"(?:^|[.;]\s)(?:tinh\s*)?den\s*(?:het\s*)?ngay\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*,", fold(text))
    issued = records.document.issued_date
    if as_of and deadline.date and issued and deadline.date < issued and fold(deadline.text or "") in fold(text[as_of.start():]):
        return                  # '… Đến ngày 08/01/2027, các đơn vị mới gửi 11/16 thư xin lỗi …' in a notice of 12/01: how
        #                         things stood then, no work given
    if re.fullmatch(r"(?:(?:(?!chi\s*dao|truc\s*tiep)[^;:]){0,80}?\s)?chiu\s*trach\s*nhiem\s*truoc\s[^;]{5,160}?\sve\s*(?:ket\s*qua|viec)\s[^;]{0,120}",
                    fold(text).strip(" ./")):
        return                  # '… chịu trách nhiệm trước Chủ tịch UBND phường về kết quả thực hiện nhiệm vụ được giao':
        #                         who answers for the work, no work of its own
    if re.match(r"(?:lam\s*viec|hoat\s*dong)\s*theo\s*che\s*do\s*kiem\s*nhiem", fold(text)):
        return                  # 'Tổ công tác làm việc theo chế độ kiêm nhiệm; …': how the group works, not work given
    if re.search(r"co\s*ten\s*(?:tai|o|trong)\s*bang\s*\d", fold(text)) and \
            re.search(r"(?:da\s*giao|ghi)\s*(?:tai|o|trong)\s*bang\s*\d", fold(text)):
        return                  # 'Các đơn vị có tên tại Bảng 1 giải quyết hồ sơ theo đúng chỉ tiêu, thời hạn đã giao tại
        #                         Bảng 1': it points to the table's rows, which are the work
    if re.match(r"(?:xa\s*|phuong\s*|dac\s*khu\s*)?nghi\s*(?:tet|le)\s", fold(text)):
        return                  # 'Cán bộ, công chức xã nghỉ Tết từ thứ Năm, ngày 04/02/2027 …': the holiday, no work
    if re.match(r"phan\s*dau\s", fold(text)):
        return                  # 'đ) Phấn đấu từ tháng 9/2026 tổng điểm … đạt từ 93 điểm trở lên', '6. Phấn đấu đến hết
        #                         quý I/2027 thời gian chờ … dưới 15 phút': an aim by a time, not a work
    closing = _closing_time(text, records.document.issued_date) if when is None else None
    if closing is not None:
        deadline = closing      # '…, hoàn thiện hồ sơ trình … cuối năm 2026; xong trước ngày 21/12/2026': its time
    parts = _inline_items(text) or _two_works(text, records.document.issued_date)
    if parts:
        # 'TTPVHCC xã: (1) rà soát …, thực hiện hằng ngày; (2) … xong trước … ngày 18/12/2026; (3) …': a task
        # each, with its own time
        for part in parts:
            records.tasks.append(Assignment(assignee=assignee, task=part[:1].upper() + part[1:],
                                            deadline=_part_time(part, records.document.issued_date, when),
                                            where=_provenance(block, 0, len(block.text), whole=True)))
        return
    joint = assignee.split("; ")          # 'A; B': units named together in parentheses, one work each
    named, rest = lead_unit(text) if not JOINT.match(fold(text)) else (None, "")
    if named and fold(named) == fold(assignee) and rest and JOINT.match(fold(rest)):
        text = rest                 # 'Đề nghị Công an xã và Đoàn Thanh niên xã hỗ trợ …'
    elif named and fold(named) == fold(assignee) and rest and text.endswith(rest) \
            and re.search(r"(?:,|\svà)\s*$", text[:len(text) - len(rest)]):
        text = ", " + rest          # 'Đề nghị Ban công tác Mặt trận, Chi hội Phụ nữ và Chi đoàn … vận động …'
    elif heading_rest and any(s == 0 and e.kind != "ubnd" for s, _, e in find_all("units", text[:120])) \
            and not (named and fold(named) == fold(assignee)):
        text = ", " + text          # the heading's unit, then another: '…, Chi hội Phụ nữ và … vận động …'
    while JOINT.match(fold(text)):
        # '2. Trưởng phòng Kinh tế và Chánh Văn phòng HĐND và UBND xã giải quyết …': one work, two units
        named, rest = lead_unit(text[JOINT.match(fold(text)).end():])
        if not named or not rest[:1].islower():
            break
        if fold(text).startswith(",") and re.match(r"so\s", fold(named)) and re.match(r"phong\s", fold(joint[-1])):
            text = rest         # '4. Phòng Cải cách hành chính, Sở Nội vụ theo dõi …': the Sở's own Phòng
            continue
        joint.append(named)
        text = rest
    if len(joint) > 1:
        shared = re.search(r"\s(các (?:thôn|tổ dân phố|khu phố|xóm|xã, phường|xã|phường))$", joint[-1])
        if shared:          # '…, Chi hội Phụ nữ và Chi đoàn Thanh niên các thôn': each of them, of every village
            # ('Phòng Kinh tế và Trưởng thôn các thôn': a commune's own office is no village's)
            village = shared.group(1) in ("các thôn", "các tổ dân phố", "các khu phố", "các xóm")
            joint = [u if u.endswith(shared.group(1)) or (village and (entry := find_unit(u, 0.9)) and entry.kind != "khác")
                     else f"{u} {shared.group(1)}" for u in joint]
        for unit in joint:
            records.tasks.append(Assignment(assignee=unit, task=text[:1].upper() + text[1:], deadline=deadline,
                                            where=_provenance(block, 0, len(block.text), whole=True)))
        return
    parts = _other_units(text, assignee)
    if parts:
        # '3. Phòng VH-XH xây dựng …; VP HĐND&UBND phường rà soát …, xong trước ngày 02/12/2026': one item,
        # two units, each its own work and time
        for unit, part in parts:
            records.tasks.append(Assignment(assignee=unit, task=part[:1].upper() + part[1:],
                                            deadline=_part_time(part, records.document.issued_date, when),
                                            where=_provenance(block, 0, len(block.text), whole=True)))
        return
    records.tasks.append(Assignment(assignee=assignee, task=text, deadline=deadline,
                                    where=_provenance(block, 0, len(block.text), whole=True)))


def _part_time(part: str, issued: Optional[str], when: Optional[Deadline]) -> Deadline:
    """The time of one part of an item: its own, else the one its item gives all its parts before them."""
    own = find_deadline(part, issued)
    return when if when is not None and own.kind == "none" else own


def _other_units(text: str, assignee: str) -> list[tuple[str, str]]:
    """[(unit, its part)] when a clause after a semicolon gives work to another unit ('…; Trưởng Công an
    xã bố trí …'): the item's own unit keeps what comes before; [] when no clause does."""
    cuts, depth = [], 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            cuts.append(i)
    out, start, unit = [], 0, assignee
    for cut in cuts:
        clause = text[cut + 1:].strip()
        if ASKS.match(fold(clause)):
            continue            # '…; đề nghị Văn phòng UBND thành phố cấu hình …': a request to a body above
        if STAFF.match(fold(clause)):
            continue            # '…; công chức tiếp nhận có trách nhiệm …': the unit's own staff, not another unit
        named, rest = lead_unit(clause)
        if not named or not rest[:1].islower() or fold(named) == fold(unit):
            continue
        out.append((unit, text[start:cut].strip(" ;."), bool(out)))
        start, unit = cut + 1, named
    if not out:
        return []
    out.append((unit, text[start:].strip(" ;."), True))
    return [(u, _without_lead(part) if led else part) for u, part, led in out if part]


def _without_lead(clause: str) -> str:
    """The clause's work without the unit that leads it ('Trưởng Công an xã bố trí …' -> 'bố trí …')."""
    _, rest = lead_unit(clause)
    return rest or clause


ASKS = re.compile(r"(?:de\s*nghi|kien\s*nghi|yeu\s*cau|xin)\b")
JOINT = re.compile(r"^\s*(?:,|va\s)\s*")      # what follows a unit's name that names another unit

INLINE_ITEM = re.compile(r"(?:^|(?<=[:;]))\s*\((\d{1,2})\)\s+")


SAME_TIME = re.compile(r"[;.]\s+(?:đồng thời|Đồng thời)\s*,?\s+")


def _two_works(text: str, issued: Optional[str]) -> list[str]:
    """'… giải quyết xong … ngay trong ngày 09/12/2025; đồng thời phối hợp … vào sáng thứ Bảy hằng tuần':
    two works with a time each, two tasks; '… thống nhất danh sách … trước ngày 24/12/2025; hoàn thành việc
    … trước ngày 05 tháng 01 năm 2026': a first step and the last, each by its own day, two tasks too;
    [] otherwise."""
    m = SAME_TIME.search(text)
    if m:
        parts = [text[:m.start()].strip(" ;."), text[m.end():].strip(" ;.")]
        if all(parts) and all(find_deadline(p, issued).kind != "none" for p in parts):
            return parts
    halves = text.split("; ")
    if len(halves) == 2 and all(halves):
        first, last = (find_deadline(h, issued) for h in halves)
        # each half its own day: a first step and the last ('…; hoàn thành …'), or two works ('giải quyết xong
        # … trước ngày 16/01/2026; chủ trì đợt cao điểm … từ ngày 15/01/2026 đến ngày 14/02/2026')
        # ('… giao dịch phát sinh từ ngày 01/01/2026; hoàn thành trong quý I/2027': a day before the document is what
        # the work covers, and a bare 'hoàn thành' with its time is the one work's time)
        bare = _closing_time(text, issued) is not None
        if first.date and last.date and first.date != last.date and first.kind in ("by", "exact") \
                and not (issued and first.date < issued) and not bare \
                and last.kind in ("by", "exact") and halves[1][:1].islower() \
                and (re.match(r"hoan\s*thanh\s", fold(halves[1])) or _own_time(halves[0], first)):
            return [h.strip(" ;.") for h in halves]
        if first.date and last.kind in ("month", "recurring") and first.kind in ("by", "exact") and halves[1][:1].islower() \
                and _own_time(halves[0], first) and not re.match(r"hoan\s*thanh\s", fold(halves[1])):
            # '… tại buổi sinh hoạt chuyên môn ngày 15/5/2026; kèm cặp … trong tháng 5/2026', '… ngay trong ngày
            # 09/12/2026; từ tháng 12, kiểm tra … vào chiều thứ Sáu hằng tuần': two works
            return [h.strip(" ;.") for h in halves]
    return []


def _closing_time(text: str, issued: Optional[str]) -> Optional[Deadline]:
    """The time a work's last clause gives alone ('…; xong trước ngày 21/12/2026', '…; hoàn thành trong quý I/2027'),
    else None."""
    halves = text.split("; ")
    if len(halves) != 2 or not halves[0]:
        return None
    last = find_deadline(halves[1], issued)
    bare = fold(halves[1].replace(last.text or "", "")).strip(" ;.,") in ("hoan thanh", "xong", "")
    first = find_deadline(halves[0], issued)
    if first.kind in ("by", "exact") and first.date and not (issued and first.date < issued) \
            and re.search(r"\d{1,2}\s*/\s*\d{1,2}", first.text or ""):
        return None         # ('… trước ngày 14/11/2025. Rà soát …; hoàn thành trong tháng 11/2025': the first has its own
        #                     day; '… tại Kỳ họp thường lệ cuối năm 2026; xong trước ngày 21/12/2026' has none)
    return last if last.date and bare else None


def _own_time(part: str, deadline: Deadline) -> bool:
    """The time closes the part ('… bảo trợ xã hội trước ngày 16/01/2026'): the part is a work with its day."""
    return bool(deadline.text) and fold(part).rstrip(" .;,").endswith(fold(deadline.text).rstrip(" .;,"))


def _inline_items(text: str) -> list[str]:
    """The parts of an item that numbers its tasks inline ('(1) …; (2) …; (3) …', after its start, a colon
    or a semicolon), numbered 1, 2, … in order; [] when it does not."""
    marks = list(INLINE_ITEM.finditer(text))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [part for part in (text[m.end():end].strip(" ;.") for m, end in zip(marks, ends)) if part]


# an item that points to where the tasks are given, not a task itself
POINTER = re.compile(r"^(?:cac\s*)?nhiem\s*vu\b[^.;]{0,160}?(?:duoc\s*)?(?:phan\s*cong|giao|neu|quy\s*dinh)\s*"
                     r"(?:cu\s*the\s*)?(?:tai|theo|o)\s*(?:cac\s*)?phu\s*luc\b[^.;]*$")


# a task written as a card: its heading, then labelled lines for who and when
CARD_HEAD = re.compile(r"^nhiem\s*vu\s*(?:so\s*)?\d{1,2}\s*[.:)\-–]\s*")
CARD_LABEL = re.compile(r"^(?:[-–+•]\s*)?(?:(?P<unit>(?:don\s*vi|co\s*quan)\s*(?:thuc\s*hien|chu\s*tri|phu\s*trach)(?:\s*chinh)?|"
                        r"trach\s*nhiem(?:\s*(?:thuc\s*hien|chu\s*tri))?|chu\s*tri(?:\s*thuc\s*hien)?)|"
                        r"(?P<when>thoi\s*gian(?:\s*(?:thuc\s*hien|hoan\s*thanh))?|thoi\s*han(?:\s*hoan\s*thanh)?|tien\s*do)|"
                        r"(?P<what>noi\s*dung(?:\s*(?:thuc\s*hien|cong\s*viec|cu\s*the))?(?=\s*:\s*\S))|"
                        r"(?P<other>san\s*pham|ket\s*qua(?:\s*dau\s*ra)?|(?:(?:don\s*vi|co\s*quan)\s*)?phoi\s*hop|kinh\s*phi|yeu\s*cau))"
                        r"\s*:")
PARTNERS = re.compile(r"\(\s*(?:cung\s*)?phoi\s*hop(?:\s+[^\W\d]+){0,3}\s*\)")     # '(phối hợp)', '(phối hợp tuyên truyền)'
# an item's own labels after its work: '… thành phố. Đơn vị chủ trì: Trung tâm …; thời gian: thường xuyên.'
INLINE_CARD = re.compile(r"[.;]\s+(?=(?:(?:don\s*vi|co\s*quan)\s*(?:thuc\s*hien|chu\s*tri|phu\s*trach)|chu\s*tri)\s*:)")
# ('… công chức thụ lý. Chủ trì: Trung tâm; phối hợp: Phòng Kinh tế, …. Xong trước ngày 05/12/2026.' too)


DUE_WORD = re.compile(r"\s*(?:hoan\s*thanh|xong|thuc\s*hien|truoc|cham\s*nhat|trong|hang|dinh\s*ky|thuong\s*xuyen)(?!\w)")


def _labelled(text: str) -> dict:
    """'Đơn vị chủ trì: Phòng Kinh tế; phối hợp: Trung tâm …; thời gian: quý I/2026.' -> {'unit': …, 'other': …,
    'when': …}; a piece without a label goes on the one before ('Trung tâm … (chủ trì); Phòng … (phối hợp)')."""
    fields: dict = {}
    current = None
    parts = re.split(r"(;\s*|\.\s+(?=[A-ZĐÀ-Ỹ]))", text.strip())
    for k in range(0, len(parts), 2):
        piece = parts[k]
        label = CARD_LABEL.match(fold(piece))
        if label:
            current = label.lastgroup
            fields.setdefault(current, piece[label.end():].strip(" .;"))
        elif current and k and "when" not in fields and find_deadline(piece).kind != "none" \
                and (parts[k - 1].startswith(".") or DUE_WORD.match(fold(piece))):
            # ('Chủ trì: Văn phòng …; hoàn thành trước ngày 10/4/2027.')
            fields["when"] = piece.strip(" .;")     # '… phối hợp: Trung tâm. Xong trước ngày 05/12/2026.': its time
        elif current and piece.strip(" .;"):
            fields[current] = f"{fields[current]}{'; ' if k == 0 or parts[k - 1].startswith(';') else '. '}{piece.strip(' .;')}"
    return fields


SUB_ITEM = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")      # a bullet's marker '1.1', '2.3.'
ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s*")


DUTY_LABEL = re.compile(FIELD_LABEL.pattern + r"|(?:(?:don\s*vi|co\s*quan)\s*tham\s*muu|(?:nhom\s*chi\s*tieu|linh\s*vuc|dia\s*ban)\s*"
                        r"(?:duoc\s*)?phu\s*trach)\s*:|(?:cac\s*)?(?:nhiem\s*vu|cong\s*viec)(?:\s*(?:cu\s*the|duoc\s*giao|trong\s*tam))?\s*:?\s*$")
CONTENT_HEAD = re.compile(r"^(?:cac\s*)?(?:noi\s*dung|cong\s*viec)(?:\s*(?:thuc\s*hien|cong\s*viec|cu\s*the))?\s*:\s*$")


def _card_follows(blocks: list[Block], at: int, items: bool = False) -> bool:
    """A numbered item followed by labelled lines, one naming who is in charge ('- Trách nhiệm: …',
    '- Đơn vị chủ trì: …'), the others when ('- Thời hạn: …') or what ('- Sản phẩm: …'): a task card. With
    `items`, '+' items come first ('- Nội dung:' / '+ …' / '+ …' / '- Đơn vị chủ trì: …')."""
    rest = blocks[at + 1:]
    if items:
        plus = next((k for k, b in enumerate(rest) if not (b.kind == "bullet" and b.marker == "+")), len(rest))
        if plus == 0:
            return False
        rest = rest[plus:]
    for block in rest[:4]:
        label = CARD_LABEL.match(fold(block.text)) if block.kind in ("bullet", "prose", "lettered") else None
        if label is None:
            return False
        if label.lastgroup == "unit":
            return True
    return False
IN_CHARGE = re.compile(r"\(\s*chu\s*tri\s*\)")


class _TaskCard(NamedTuple):
    block: Block
    task: str
    fields: dict               # 'unit' / 'when' / 'other' -> the text after the label
    items: Optional[list] = None   # under '- Nội dung:': the '+' items, a task each


def _card_tasks(records: DocumentRecords, card: _TaskCard, ctx: dict) -> None:
    """One Assignment a unit in charge of a card ('Trung tâm … (chủ trì); Phòng … (phối hợp)': the
    first only; 'Phòng Kinh tế; Phòng Văn hóa - Xã hội': both)."""
    written = card.fields.get("unit")
    if not written or not (card.task or card.items):
        return
    groups = [g for g in re.split(r";", written) if g.strip()]
    charged = [g for g in groups if IN_CHARGE.search(fold(g))] or [g for g in groups if not PARTNERS.search(fold(g))]
    units: list[str] = []
    for group in charged:
        text = re.sub(r"\([^()]*\)", "", group).strip(" .,")
        # ('Trung tâm PVHCC chủ trì, phối hợp với bộ phận kế toán …': the one in charge, not its partners)
        text = re.split(r"(?i)\s+chủ\s+trì\b|,?\s*phối\s+hợp\s+(?:với\s+)?", text)[0].strip(" .,") or text
        found = [(a, b) for a, b, entry in find_all("units", text) if entry.kind != "ubnd"]
        names = [unit_in_cell(text[a:], True) for a, _ in found] if found else [unit_in_cell(text, True)]
        units += [n for n in names if n and n not in units]
    when = card.fields.get("when", "")
    if card.fields.get("what") and not card.items:
        # '1. Rà soát, phân loại …' / 'Nội dung: đối chiếu danh sách …': the item's heading and what it is
        card = card._replace(task=f"{card.task.rstrip(' .:')}: {card.fields['what']}" if card.task else card.fields["what"])
    said = _time_given(re.sub(r"\s+", " ", when), ctx.get("issued"))
    works = [(b, BULLET.sub("", b.text, count=1)) for b in card.items] if card.items else [(card.block, card.task)]
    for block, task in works:
        deadline = said if said.kind != "none" or card.items else find_deadline(task, ctx.get("issued"))
        if deadline.kind == "none" and not card.items and ctx.get("phase_deadline"):
            deadline = ctx["phase_deadline"]     # a phase's item with no time of its own: by the phase's end
        if card.items:
            # an item's own time, else the card's, else the phase's ('Giai đoạn 1 (… đến ngày 21/6/2026):')
            own = find_deadline(task, ctx.get("issued"))
            deadline = own if own.kind != "none" else said if said.kind != "none" else \
                ctx.get("phase_deadline") or said
        for unit in units:
            records.tasks.append(Assignment(assignee=unit, task=re.sub(r"\s+", " ", task).strip(" ;."),
                                            deadline=deadline, where=_provenance(block, 0, len(block.text), whole=True)))


UNITS_COUNTED = re.compile(r"\s*(\d{1,3})\s*(?:xa|phuong|dac\s*khu|don\s*vi)(?!\w)")   # '… trong' / '114 xã, phường'


class _TaskRow(NamedTuple):
    """The last row of a task table: a row wrapped onto a tab-led line joins it; a row with no unit
    takes its unit."""
    cells: str                  # the row's text, tab-separated
    index: int                  # its Assignment in records.tasks
    block: Block                # where it starts (provenance)
    unit_above: Optional[str]   # the unit of the row before it (for a row of its own left empty)
    unit: str
    count: int = 1              # its Assignments (one a unit: 'Trung tâm …; Phòng …' gives two)


def _merge_cells(row: str, more: str) -> str:
    """Two lines of one table row, tab-split, joined column by column."""
    from itertools import zip_longest
    return "\t".join(" ".join(p for p in (x.strip(), y.strip()) if p)
                     for x, y in zip_longest(row.split("\t"), more.split("\t"), fillvalue=""))


def _time_given(when: str, issued: Optional[str]) -> Deadline:
    """A time said on its own, as a table's deadline column or a task card's 'Thời gian:' gives it ('Tháng
    12/2025', 'quý I/2026', 'năm 2027', 'Trước 15/11/2025', a bare date, 'Thường xuyên', 'hằng năm')."""
    written = when.strip()
    folded = fold(written)
    if re.match(r"(?:thang|quy|nam)(?:\s|(?=[\divx]))", folded):      # OCR: "QuýII/2026", "Tháng6/2026"
        written = "trong " + written
    elif re.fullmatch(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}", folded):
        written = "trước ngày " + written      # a bare date in the column of completion times: done by then
    elif re.match(r"\d{1,3}\s*(?:ngay|gio|tuan)(?!\w)", folded):
        written = "trong " + written           # '02 ngày làm việc kể từ ngày nhận được …': within that time
    deadline = find_deadline(written, issued) if written else Deadline(None, None, "none")
    if re.match(r"(?:thuc\s*hien\s*)?(?:" + ROUTINE + r"|dinh\s*ky)", folded):
        deadline = Deadline(None, when.strip(), "recurring")     # 'Thường xuyên trong quý IV/2026', 'Hằng tháng, trước ngày 25'
    elif deadline.text and written != when.strip():
        deadline = Deadline(deadline.date, when.strip(), deadline.kind)
    return deadline


REQUESTS_HEAD = re.compile(r"\s*(?:mot\s*so\s*|cac\s*)?(?:yeu\s*cau|de\s*nghi)(?:\s*(?:cu\s*the|chung))?\s*:?\s*")
SENT_TO = re.compile(r"\s*Kính\s+gửi\s*:\s*(.+?)\s*[.;]?\s*$", re.S)


# 'Ủy ban nhân dân 10 xã, phường có tên tại Bảng 2:', '… các xã nêu tại Bảng 1'
TABLE_COMMUNES = re.compile(r"\s*(?:uy\s*ban\s*nhan\s*dan|ubnd|cong\s*an)\s*(?:\d{1,3}\s*|cac\s*)?(?:xa|phuong|dac\s*khu|don\s*vi)"
                            r"(?:\s*,\s*(?:xa|phuong|dac\s*khu))*\s*(?:co\s*ten|neu)\s*(?:tai|o)\s*bang(?:\s*(\d{1,2}))?(?![\w\d])")


def _tables_places(blocks: list[Block]) -> dict[str, list[str]]:
    """The communes each numbered table lists down its rows ('Bảng 2. …' over '1 | Xã An Trường | 85,64 | …'):
    table number -> their committees, in the table's order (or their police: '1 | Công an xã Hợp Tiến | …')."""
    out: dict[str, list[str]] = {}
    for number, _, committee, _ in _commune_rows(blocks, police=True):
        if number is not None and committee not in out.setdefault(number, []):
            out[number].append(committee)
    return out


# a request whose time is each commune's in a table above: '… hoàn thành khắc phục trong thời hạn ghi tại cột (7) Bảng 1'
TIME_IN_TABLE = re.compile(r"(?:thoi\s*han|thoi\s*gian)\s*(?:ghi|neu|quy\s*dinh)?\s*(?:tai|o)\s*(?:cot|bang|phu\s*luc)")
KIND_HEAD = re.compile(r"\s*(Xã|Phường|Đặc\s+khu)\s*", flags=re.I)      # a column of bare names ('Phường' over 'Trần Liễu')
ROW_POLICE = re.compile(r"\s*Công\s+an\s+(xã|phường|đặc\s+khu)\s+([^\W\d][^\t;,.()]{1,30}?)\s*", flags=re.I)
ROW_COMMUNE = re.compile(r"\s*(Xã|Phường|Đặc\s+khu)\s+([^\W\d][^\t;,.()]{1,30}?)\s*(?:\(\s*\*{1,3}\s*\))?\s*$", flags=re.I)


def _commune_rows(blocks: list[Block], police: bool = False):
    """The rows of the document's tables that name a commune in their first cells: (the number of the table's caption
    'Bảng N.' above, or None; the row's cells; the commune's committee; the row's header cells so far). `police`:
    also rows naming a commune's police ('Công an xã Hợp Tiến'), as that police."""
    number, header = None, []
    for at, block in enumerate(blocks):
        caption = re.match(r"\s*bang\s*(\d{1,2})?\s*[.:]", fold(block.text)) if block.kind != "table" else None
        if block.kind != "table":
            number, header = ((caption.group(1) or "") if caption else number), []     # ('Bảng. …': the one table)
            continue
        for row in block.text.split("\n"):
            cells = row.split("\t")
            named = next((m for c in cells[:3] for m in [ROW_COMMUNE.fullmatch(c)] if m), None)
            kind_at = next((i for h in header[:1] for i, c in enumerate(h[:3]) if KIND_HEAD.fullmatch(c)), None)
            kind, name = (named.group(1), named.group(2)) if named else (None, None)
            if not named and kind_at is not None and kind_at < len(cells) and re.search(r"[^\W\d]{2,}", cells[kind_at]) \
                    and re.fullmatch(r"\s*\d{1,3}\s*", cells[0]):
                # 'STT | Phường | …' over '1 | Trần Liễu | …': the kind the column names
                kind, name = KIND_HEAD.fullmatch(header[0][kind_at]).group(1), cells[kind_at].strip()
            bloc_at = next((i for h in header[:1] for i, c in enumerate(h[:4]) if re.fullmatch(r"\s*khoi\s*", fold(c))), None)
            if not name and bloc_at is not None and 2 <= bloc_at < len(cells) and KIND_HEAD.fullmatch(cells[bloc_at]) \
                    and re.fullmatch(r"\s*\d{1,3}\s*", cells[0]) and re.search(r"[^\W\d]{2,}", cells[1]):
                # 'STT | Đơn vị | Khối' over '1 | Kinh Môn (Cụm trưởng) | Phường': the kind its own cell gives
                kind, name = KIND_HEAD.fullmatch(cells[bloc_at]).group(1), re.sub(r"\s*\([^()]*\)\s*$", "", cells[1]).strip()
            committee = committee_of(kind, name) if name else None
            police_row = next((m for c in cells[:3] for m in [ROW_POLICE.fullmatch(c)] if m), None) if police and not name else None
            its_committee = committee_of(police_row.group(1), police_row.group(2)) if police_row else None
            if its_committee:
                # ('1 | Công an xã Hợp Tiến | 3.214 | …' in a table of the city police's letter: 'UBND xã Hợp Tiến' -> its police)
                kind, name = police_row.group(1), police_row.group(2)
                committee = "Công an " + its_committee[len("UBND "):]
            if name and committee is None:
                # '5 | Xã Nguyễn Lương | 80,93 | …' over '| Bằng' (or '2 | Nguyễn Đại' over '| Năng'): the name wrapped
                # onto the next line
                below = blocks[at + 1] if at + 1 < len(blocks) else None
                more = below.text.split("\t") if below is not None and below.kind == "table" else []
                rest = next((c.strip() for c in more[:3] if c.strip()), "")
                if rest and not re.search(r"\d", below.text) and len(rest.split()) <= 3:
                    committee = committee_of(kind, f"{name} {rest}")
            if committee:
                yield number, cells, committee, header
            elif not header or not re.search(r"\d", row):
                header = header + [cells]


def _table_deadlines(records: DocumentRecords, blocks: list[Block]) -> None:
    """'1. Ủy ban nhân dân các phường, xã nêu tại Bảng 1 … trong thời hạn ghi tại cột (7) Bảng 1': each commune's
    task is due when its row of the table says ('Phường Hưng Đạo | … | Trước 25/01/2027' under '… | Thời hạn')."""
    asked = [t for t in records.tasks if t.deadline.kind == "none" and TIME_IN_TABLE.search(fold(t.task + " " + t.where.source_text))]
    if not asked:
        return
    due: dict[str, Deadline] = {}
    for _, cells, committee, header in _commune_rows(blocks):
        column = next((i for row in header for i, c in enumerate(row) if re.match(r"\s*thoi\s*han", fold(c))), None)
        when = find_deadline(cells[column], records.document.issued_date) if column is not None and column < len(cells) else None
        if when and when.kind != "none":
            due[committee] = when
    for task in asked:
        if task.assignee in due:
            task.deadline = due[task.assignee]
    if any(t.assignee in due for t in asked):
        # (the rows read as work named by the time column, 'Thời hạn khắc phục': the request is that work)
        named = {f"{w[:1].upper()}{w[1:]}" for _, _, _, header in _commune_rows(blocks) for row in header for c in row
                 for w in [re.sub(r"(?i)^\s*thời\s+hạn\s+", "", c).strip()] if re.match(r"\s*thoi\s*han\s+\S", fold(c))}
        records.tasks[:] = [t for t in records.tasks if not (t.task in named and t.assignee in due and t not in asked)]


def _addressees_joined(blocks: list[Block]) -> list[Block]:
    """'Kính gửi:' over the units it lists as dashes ('- Ủy ban nhân dân các phường: Hưng Đạo, An Hải;' / '- Ủy ban
    nhân dân các xã: …'): one block 'Kính gửi: …; …' as a letter writes it on one line; the units are whom the letter
    goes to, no work given them."""
    for at, block in enumerate(blocks[:12]):
        if block.kind != "prose" or not re.fullmatch(r"\s*Kính\s+gửi\s*:\s*", block.text):
            continue
        end = at + 1
        # (communes' committees only: a list of the issuer's own departments stays as it is)
        while end < len(blocks) and blocks[end].kind == "bullet" and blocks[end].marker in ("-", "+", "–") and \
                re.match(r"(?i)\s*[-+–]?\s*(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+(?:các\s+)?(?:xã|phường|đặc\s+khu)",
                         blocks[end].text) and "\n" not in blocks[end].text:
            end += 1
        if end > at + 1:
            said = " ".join(b.text.lstrip("-+– ").strip() for b in blocks[at + 1:end])
            joined = Block("prose", f"{block.text.strip()} {said}", [], block.marker)
            joined.spans = [(0, len(joined.text)) + tuple(block.spans[0][2:])] if block.spans else []
            return blocks[:at] + [joined] + blocks[end:]
        return blocks
    return blocks


def _sent_to(blocks: list[Block]) -> Optional[str]:
    """The one unit a letter is addressed to ('Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu.'), else None."""
    for block in blocks[:12]:
        said = SENT_TO.match(block.text) if block.kind == "prose" else None
        if said and "\n" not in said.group(1):
            unit, rest = unit_of(said.group(1))
            return unit if unit and not rest.strip(" .;") else None
    return None


# '… thuộc Tổ Quản lý hành chính về trật tự xã hội (sau đây gọi là Tổ QLHC)', 'Cảnh sát khu vực phụ trách các tổ dân phố
# (sau đây gọi là CSKV)': a team the document then calls by its short name
TEAM_ALIAS = re.compile(r"((?:Tổ|Đội|Nhóm|Ban|Bộ\s+phận|Cảnh\s+sát)\s[^()]{2,80}?)\s*\(\s*sau\s+đây\s+(?:gọi\s+)?(?:tắt\s+)?"
                        r"(?:gọi\s+)?là\s+([^()]{2,20}?)\s*\)")


def _teams_by_short_name(records: DocumentRecords, blocks: list[Block]) -> None:
    """Work led by a team's short name ('- Tổ QLHC: giải quyết …', 'CSKV: …') where the document gave it ('Tổ Quản
    lý hành chính về trật tự xã hội (sau đây gọi là Tổ QLHC)'): that team's, the short name off the work."""
    named = {}
    for block in blocks:
        for m in TEAM_ALIAS.finditer(re.sub(r"\s+", " ", block.text)):
            if re.search(r"[A-ZĐ]{2,}", m.group(2)) and not re.search(r"\s(?:do|của|tại|thuộc)\s", m.group(1)):
                # (an abbreviation only: 'Tổ công tác' for 'Tổ công tác triển khai Bộ chỉ số …', 'Trung tâm' for the
                # centre, are names the work keeps)
                named[fold(m.group(2)).strip()] = m.group(1).strip()
    if not named:
        return
    # ('CSKV' is the dictionary's 'Cảnh sát khu vực phụ trách các thôn'; a ward's document names its own)
    known = {unit_of(short)[0]: full for short, full in named.items() if unit_of(short)[0]}
    for task in records.tasks:
        if task.assignee in known:
            task.assignee = known[task.assignee]
            continue
        lead = re.match(r"\s*([^:;,.]{2,20}?)\s*:\s*(\S.*)$", task.task, flags=re.S)
        if lead and fold(lead.group(1)).strip() in named:
            task.assignee, task.task = named[fold(lead.group(1)).strip()], lead.group(2)[:1].upper() + lead.group(2)[1:]


# ('(sau đây gọi là UBND cấp xã)', '(sau đây gọi tắt là …)', '(sau đây gọi chung là UBND cấp xã)')
ALIAS = re.compile(r"((?:Ủy\s+ban\s+nhân\s+dân|UBND)\s[^()]{3,60}?)\s*\(\s*sau\s+đây\s+(?:gọi\s+)?(?:tắt\s+|chung\s+)?(?:gọi\s+)?là\s+"
                   r"([^()]{2,40}?)\s*\)", re.IGNORECASE)


def _aliases(blocks: list[Block]) -> dict[str, str]:
    """Short names a document gives units ('Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi là UBND cấp xã)'):
    folded short name -> the unit as unit_of names it."""
    out = {}
    for block in blocks:
        for m in ALIAS.finditer(re.sub(r"\s+", " ", block.text)):
            full = m.group(1)
            tail = re.search(r"(?i)(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+(?!.*(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s)", full)
            unit, rest = unit_of(full[tail.start():] if tail else full)
            if unit and not rest.strip(" ,."):
                out[fold(m.group(2)).strip()] = unit
    return out


COUNTED_COMMUNES = re.compile(r"(?i)(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+(\d{1,3})\s+(xã|phường)(?:\s*,\s*(?:xã|phường|đặc\s+khu))*\s*$")
LISTED_AFTER_COUNT = re.compile(r"(?i)(?<!\w)(\d{1,3})\s+(xã|phường)(?:\s*,\s*(?:xã|phường|đặc\s+khu))*\s*:\s*([^.:;()]{5,300})")
NAMED_FIRST = re.compile(r"(?i)\s*((?:(?:xã|phường|đặc\s+khu)\s+[^\W\d][^,:;]{1,30}?)(?:\s*(?:,|và)\s*(?:xã|phường|đặc\s+khu)\s+[^\W\d][^,:;]{1,30}?)*)\s*:\s*")


def _counted_communes_tasks(records: DocumentRecords, blocks: list[Block]) -> None:
    """'1. Ủy ban nhân dân 08 xã, phường' over the work, after '… của 08 xã, phường: Hải Hưng, Trần Liễu, …' named the
    eight: each commune's work ('- Xã Kiến Minh, xã An Trường và xã Hải Hưng: …' under it: those three's)."""
    counted = [t for t in records.tasks if COUNTED_COMMUNES.match(t.assignee.strip())]
    if not counted:
        return
    listed = None
    for block in blocks:
        said = LISTED_AFTER_COUNT.search(re.sub(r"\s+", " ", block.text)) if block.kind != "table" else None
        names = communes_listed(said.group(3), said.group(2)) if said else None
        if names and len(names.split("; ")) == int(said.group(1)):
            listed = names.split("; ")
            break
    if not listed:
        return
    out = []
    for task in records.tasks:
        m = COUNTED_COMMUNES.match(task.assignee.strip())
        if not m or int(m.group(1)) != len(listed):
            out.append(task)
            continue
        if re.match(r"(?i)\s*riêng\s+từng\s+(?:đơn\s+vị|xã|phường)\s*:?\s*$", task.task):
            continue            # 'c) Riêng từng đơn vị:' over the bullets: a heading, no work
        named = NAMED_FIRST.match(task.task)
        own = [committee_of(k, n) for k, n in re.findall(r"(?i)(xã|phường|đặc\s+khu)\s+([^\W\d][^,:;]*?)(?=\s*(?:,|và|:|$))",
                                                          named.group(1))] if named else []
        if own and all(own):
            # '- Xã Kiến Minh, xã An Trường và xã Hải Hưng: phân công …': those communes only
            rest = task.task[named.end():].strip()
            out += [dataclasses.replace(task, assignee=c, task=rest[:1].upper() + rest[1:]) for c in own]
        else:
            out += [dataclasses.replace(task, assignee=c) for c in listed]
    records.tasks[:] = out


def _communes_sent_to(blocks: list[Block]) -> Optional[str]:
    """The communes a letter is addressed to by name ('Kính gửi: Ủy ban nhân dân các xã, phường: An Thành, Trần
    Phú, Bạch Đằng.'), as communes_listed gives them ('UBND xã An Thành; UBND xã Trần Phú; …'), else None."""
    for block in blocks[:12]:
        said = SENT_TO.match(block.text) if block.kind == "prose" else None
        if said:
            # ('… các phường: Kinh Môn, Nhị Chiểu và Ủy ban nhân dân xã Nam An Phụ.': a list, then one more named apart)
            parts = re.split(r"(?i)\s*(?:;|,|\s)\s*(?:và\s+)?(?=(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s)", re.sub(r"\s+", " ", said.group(1)))
            # ('… các xã: Thượng Hồng, …, Hồng Châu và các phường: Tứ Minh, Kinh Môn.': each list under its own level)
            parts = [q if re.match(r"(?i)\s*(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s", q) else "UBND " + q.strip()
                     for p in parts for q in re.split(r"(?i)\s+và\s+(?=các\s+(?:xã|phường|đặc\s+khu)\s*:)", p) if q.strip()]
            out = []
            for part in (p for p in parts if p.strip()):
                named = re.match(r"(?i)\s*(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+các\s+(xã|phường|đặc\s+khu)(?:\s*,\s*(?:xã|phường|đặc\s+khu))*"
                                 r"\s*:?\s*(.+)", part)
                one = re.fullmatch(r"(?i)\s*(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+(xã|phường|đặc\s+khu)\s+([^,;.]{2,30}?)\s*[.;,]?\s*", part)
                listed = communes_listed(named.group(2).strip(" .;"), named.group(1)) if named else \
                    (committee_of(one.group(1), one.group(2)) if one else None)
                if listed is None:
                    return None
                out.append(listed)
            return "; ".join(out) if out and (len(out) > 1 or ";" in out[0]) else None
    return None


# '… Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường:' / '1. …': the committees the letter is sent to, unnamed here;
# 'Đề nghị Ủy ban nhân dân xã:' under '4. Xã Trần Phú': that commune's
ASKS_COMMITTEES = re.compile(r"(?:de\s*nghi|yeu\s*cau)\s+(?:uy\s*ban\s*nhan\s*dan|ubnd)\s+((?:cac|tung|\d{1,3})\s+)?(?:xa|phuong|dac\s*khu)"
                             r"(?:\s*,\s*(?:xa|phuong|dac\s*khu))*\s*(?:neu\s*tren\s*)?(?:thuc\s*hien[^:]{0,40})?:\s*$")
# a commune heading its part: '4. Xã Trần Phú', '1. Xã Tuệ Tĩnh (96,18 điểm)', '5. Đối với xã Trần Phú (…):'
COMMUNE_HEADING = re.compile(r"\s*(?:(?:Đối\s+với|Riêng)\s+)?(xã|phường|đặc\s+khu)\s+([^\W\d][^:;,.()]{1,30}?)\s*(?:\([^()]*\))?\s*(?::|$)",
                             flags=re.I)


# '4. Đề nghị riêng đối với một số xã' over '- Xã Hồng Châu: …' bullets (each named as commune_heading reads it)
# (or what is asked of each: 'Thời hạn gửi báo cáo giải pháp khắc phục của từng xã (gửi Văn phòng …):')
SOME_COMMUNES_HEAD = re.compile(r"\s*(?:(?:de\s*nghi|yeu\s*cau)\s*)?(?:rieng\s*)?(?:doi\s*voi\s*)?(?:mot\s*so|tung|cac)\s*"
                                r"(?:xa|phuong|dac\s*khu|dia\s*phuong)(?:\s*,\s*(?:xa|phuong|dac\s*khu))*\s*:?\s*$"
                                r"|\s*rieng\s*mot\s*so\s*don\s*vi\s*:?\s*$"      # ('2. Riêng một số đơn vị' over '- Xã Tân Minh, …: …')
                                r"|[^:;]{4,120}\scua\s*tung\s*(?:xa|phuong|dac\s*khu|dia\s*phuong)\s*(?:\([^()]*\)\s*)?:?\s*$")
# 'Riêng Ủy ban nhân dân xã Cẩm Giàng:' among the requests to several communes
COMMUNE_ASIDE = re.compile(r"\s*(?:Riêng|Đối\s+với)\s+(?:(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+)?(xã|phường|đặc\s+khu)\s+"
                           r"([^\W\d][^:;,.()]{1,30}?)\s*:\s*", flags=re.I)


def commune_heading(title: str) -> Optional[str]:
    """'Xã Trần Phú' heading a part of a letter about several communes -> 'UBND xã Trần Phú'; 'Đối với phường Trần
    Liễu và xã Nam An Phụ (…)' -> 'UBND phường Trần Liễu; UBND xã Nam An Phụ'; else None."""
    m = COMMUNE_HEADING.match(title)
    one = committee_of(m.group(1), m.group(2)) if m else None
    if one:
        return one
    pair = COMMUNE_PAIR.fullmatch(title)
    both = [committee_of(pair.group(1), pair.group(2)), committee_of(pair.group(3), pair.group(4))] if pair else []
    return "; ".join(both) if both and all(both) else None


# a paragraph going on with the work of the item before it: 'Đồng thời, chủ trì số hóa …', 'Ngoài ra, …'
MORE_OF_IT = re.compile(r"\s*(?:dong\s*thoi|ngoai\s*ra|ben\s*canh\s*do|cung\s*voi\s*do|sau\s*do|tiep\s*theo)\s*,?\s")


def _total_beside_self(ctx: dict) -> bool:
    """A table with a column of the index's total beside its column of self-assessed points ('crit:Tổng điểm',
    'crit:Điểm tự đánh giá' among its roles)."""
    roles = [r or "" for r in ctx.get("table_roles") or []]
    return any(r.startswith(f"crit:{TOTAL}") for r in roles) and any(r.startswith("crit:Điểm tự đánh giá") for r in roles)


def _some_communes(item: str, assignee: str) -> Optional[tuple[str, str]]:
    """'e) Riêng xã Hà Tây và xã Vĩnh Lại: cập nhật …' under work given to several communes (or to 'các xã'):
    (the committees it names, 'Cập nhật …'); None for any other item."""
    item = re.sub(r"^\s*(?:[-–+•]|[a-zđ]\))\s*", "", item)
    label, colon, rest = item.partition(":")
    rest = rest.strip()
    lead = RIENG_LEAD.match(item) if not colon or len(label) > 80 else None
    if lead:
        # 'b) Riêng Chủ tịch Ủy ban nhân dân xã Tiên Lãng và xã Tân Minh có văn bản giải trình …' (no colon): theirs alone
        named = [committee_of(lead.group(2), lead.group(3))] + (
            [committee_of(lead.group(4) or lead.group(2), lead.group(5))] if lead.group(5) else [])
        given = assignee.split("; ")
        if all(named) and (set(named) <= set(given) or re.match(r"(?:ubnd\s*)?cac\s", fold(assignee))):
            body = item[lead.end():].strip()
            chair = "Chủ tịch " if lead.group(1) else ""
            return "; ".join(chair + n for n in named), body[:1].upper() + body[1:]
    if not colon or not rest or len(label) > 80 or not re.match(r"(?i)riêng\s", label):
        return None
    only = commune_heading(label.strip())
    if not only:
        return None
    given = assignee.split("; ")
    if not (set(only.split("; ")) <= set(given) or re.match(r"(?:ubnd\s*)?cac\s", fold(assignee))):
        return None
    return only, rest[:1].upper() + rest[1:]


# 'Riêng Chủ tịch Ủy ban nhân dân xã Tiên Lãng và xã Tân Minh có văn bản …': one or two communes (or their chairmen),
# then what they do
RIENG_LEAD = re.compile(r"(?i)\s*Riêng\s+(Chủ\s+tịch\s+)?(?:(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+)?(xã|phường|đặc\s+khu)\s+"
                        r"([^\W\d][^:;,.()]{1,30}?)(?:(?:\s+và|\s*,)\s+(?:(xã|phường|đặc\s+khu)\s+)?([^\W\d][^:;,.()]{1,30}?))?"
                        r"\s+(?=(?:có|chủ\s+động|khẩn\s+trương|gửi|tổ\s+chức|chịu|thực\s+hiện|rà\s+soát|báo\s+cáo|hoàn\s+thành|"
                        r"bổ\s+sung|kiểm\s+điểm|giải\s+trình|trực\s+tiếp)(?!\w))")
COMMUNE_PAIR = re.compile(r"(?i)\s*(?:(?:Đối\s+với|Riêng)\s+)?(xã|phường|đặc\s+khu)\s+([^\W\d][^:;,.()]{1,30}?)(?:\s+và|\s*,)\s+"
                          r"(xã|phường|đặc\s+khu)\s+([^\W\d][^:;,.()]{1,30}?)\s*(?:\([^()]*\))?\s*:?\s*")


def _table_group(row: str, ctx: dict) -> Optional[str]:
    """A group row of a table of tasks its lead units do ('II | Xã Kiến Minh', 'V | Xã Kiến Thụy (đơn vị Cụm
    trưởng)', 'I | Chung cho cả 05 xã'): the unit the rows below are for; None for any other row."""
    cells = [c.strip() for c in row.split("\t")]
    filled = [c for c in cells[1:] if c]
    if not re.fullmatch(r"[IVX]{1,4}\.?", cells[0]) or len(filled) != 1:
        return None
    if re.match(r"(?:chung|tat\s*ca|ca)\s", fold(filled[0])):
        return ctx.get("task_lead_all")
    one = commune_heading(filled[0])
    leads = (ctx.get("task_lead_all") or "").split("; ")
    return one if one and all(u in leads for u in one.split("; ")) else None


def _lead_to_table(text: str, number: str, sent_to: Optional[str]) -> Optional[str]:
    """'… Văn phòng … đề nghị Ủy ban nhân dân các xã thực hiện các nhiệm vụ tại Bảng 2.': the unit that does the rows
    of that table (the communes the letter is sent to, for 'các xã'); else None."""
    said = re.search(r"(?i)((?:Ủy\s+ban\s+nhân\s+dân|UBND)\s[^.;:]{2,60}?|[^.;:,]{4,80}?)\s+(?:thực\s+hiện|tổ\s+chức\s+khắc\s+phục)\s+"
                     r"(?:các\s+)?(?:theo\s+)?(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)(?:,\s*thời\s+hạn)?\s+(?:tại|theo|nêu\s+tại|ghi\s+tại)\s+Bảng\s+"
                     + number + r"(?!\d)", re.sub(r"\s+", " ", text))      # ('… tổ chức khắc phục theo nội dung, thời hạn tại Bảng 2')
    if not said:
        return None
    lead = re.sub(r"(?i)^.*?\s(?:đề\s+nghị|yêu\s+cầu|giao)\s+", "", said.group(1)).strip()
    if re.match(r"(?:uy\s*ban\s*nhan\s*dan|ubnd)\s+cac\s+(?:xa|phuong|dac\s*khu)", fold(lead)) and sent_to:
        return sent_to
    unit, rest = unit_of(lead)
    return unit if unit and not rest.strip() else None


def _lead_in_unit(text: str) -> Optional[str]:
    """'Để bảo đảm tiến độ chung …, Ủy ban nhân dân các xã, phường, đặc khu thực hiện các nội dung theo lộ trình
    sau:': the unit that does the rows of the table below, named in the sentence leading to it; else None."""
    if not text.rstrip().endswith(":"):
        return None
    for at in [0] + [m.end() for m in re.finditer(r",\s+", text)]:
        unit, rest = unit_of(text[at:])
        # ('Ủy ban nhân dân các xã tổ chức tự đánh giá, chấm điểm theo các bước và thời hạn sau:')
        if unit and re.match(r"(?:thực hiện|triển khai|hoàn thành|có trách nhiệm|chủ động|tổ chức|tiến hành)\b", rest):
            return unit
    return None


# 'Thời hạn xử lý xong', 'Thời hạn hoàn thành', 'Thời gian giải quyết dứt điểm': when, and the work it names
WORK_DUE = re.compile(r"\s*(?:thoi\s*han|thoi\s*gian|han)\s+((?:xu\s*ly|giai\s*quyet|hoan\s*thanh|khac\s*phuc)(?:\s*(?:xong|dut\s*diem))?"
                      r"|dat\s*chi\s*tieu)\s*")       # ('Thời hạn đạt chỉ tiêu' beside each field's quota)
RESPONSIBLE = re.compile(r"\s*(?:nguoi\s*,?\s*)?(?:don\s*vi|co\s*quan)(?:\s*\(?\s*nguoi\s*\)?)?\s*(?:chiu\s*trach\s*nhiem|phu\s*trach|thuc\s*hien"
                         r"|chu\s*tri)\s*")


def _field_work_columns(rows: list[str]) -> Optional[tuple[list, int, int, str, str]]:
    """'STT | Lĩnh vực | Số hồ sơ quá hạn | … | Người, đơn vị chịu trách nhiệm | Thời hạn xử lý xong': each field's
    count is work for the unit beside it, due by the row's time: (task roles with the field's column as the task,
    the field's column, the count's column, the count's name, the work: 'xử lý xong'); None for any other table."""
    heads = merged_header(rows)
    field = next((i for i, c in enumerate(heads) if FIELD_COLUMN.fullmatch(fold(c))), None)
    unit = next((i for i, c in enumerate(heads) if RESPONSIBLE.fullmatch(fold(c))), None)
    due = next(((i, m) for i, c in enumerate(heads) for m in [WORK_DUE.fullmatch(fold(c))] if m), None)
    count = next((i for i, c in enumerate(heads) if re.fullmatch(r"\s*so\s+ho\s*so(?:\s+[^\W\d]+){0,4}\s*", fold(c))), None)
    quota = due is not None and due[1].group(1).startswith("dat")
    if None in (field, unit, due) or (count is None and not quota):
        return None
    roles: list = [None] * len(heads)
    roles[field], roles[unit], roles[due[0]] = "task", "assignee", "deadline"
    cell = heads[due[0]]
    work = cell[due[1].start(1):due[1].end(1)]
    # ('Lĩnh vực | Đơn vị chủ trì | … | Chỉ tiêu năm 2027 | Thời hạn đạt chỉ tiêu': each field's quota is its lead unit's
    # work, due by the row's time; no count named in it)
    counted = _lower_first(re.sub(r"^Số\s+", "", heads[count].strip())) if count is not None else None
    return roles, field, count, counted, work[:1].upper() + work[1:]


def _field_work(row: Optional[tuple[str, str, str]], text: str, work: Optional[tuple]) -> Optional[tuple[str, str, str]]:
    """A row of such a table as work: 'Xử lý xong 11 hồ sơ quá hạn lĩnh vực đất đai' for its unit, by its time."""
    if row is None or not work:
        return row
    _, field_at, count_at, counted, verb = work
    if count_at is None:
        return f"{verb} lĩnh vực {' '.join(row[0].split()).lower()}", row[1], row[2]
    cells = [[c.strip() for c in line.split("\t")] for line in text.split("\n")]
    count = next((line[count_at] for line in cells if count_at < len(line) and re.fullmatch(r"\d{1,5}", line[count_at])), None)
    if count is None:
        return None
    field = re.sub(r"\s+", " ", row[0]).strip()
    return f"{verb} {count} {counted} lĩnh vực {field.lower()}", row[1], row[2]      # ('Giáo dục và Đào tạo')


def _table_task(records: DocumentRecords, block: Block, row: tuple[str, str, str], ctx: dict) -> int:
    """A row of a table of tasks: the deadline column ('Tháng 12/2025', 'Trước 15/11/2025',
    'Thường xuyên') read as the contract says; one Assignment a unit in charge ('A; B' in the cell).
    Returns how many."""
    task, assignee, when = row
    given = _time_given(when, ctx.get("issued"))
    # a cell of several '- ' items ('- Rà soát …; thực hiện hằng tuần. - Công khai …, cập nhật hằng ngày.'): a task each
    parts = [p for p in re.split(r"(?:^|(?<=[.;]))\s*-\s+(?=[^\W\d_a-zđ\u00e0-\u1ef9])", re.sub(r"\s+", " ", task)) if p.strip()]
    parts = parts if len(parts) > 1 and re.match(r"\s*-\s", task) else [task]
    units = [u.strip() for u in assignee.split(";") if u.strip()]
    for part in parts:
        deadline = given if given.kind != "none" else find_deadline(part, ctx.get("issued"))
        for unit in units:
            records.tasks.append(Assignment(assignee=unit, task=re.sub(r"\s+", " ", part).strip(" ;.-"),
                                            deadline=deadline, where=_provenance(block, 0, len(block.text), whole=True)))
    return len(units) * len(parts)


def _same_people(one: str, other: str) -> bool:
    """'Các tổ dân phố' and 'Trưởng các tổ dân phố', 'Trưởng thôn' and 'Trưởng các thôn': one names the other's people
    or their head (the words of one, without 'các', inside the other's)."""
    a, b = (re.sub(r"(?<!\w)cac\s+", "", fold(x)).strip() for x in (one, other))
    return a in b or b in a


def _named_first(text: str) -> Optional[str]:
    """The unit a bullet opens with, by its name or its head's title ('Trưởng phòng Kinh tế …', 'Công an
    phường …'), else None."""
    special = re.match(r"Riêng\s+", text)        # '- Riêng Phòng Kinh tế: giải quyết dứt điểm …'
    text = text[special.end():] if special else text
    folded = fold(text)
    if not (HEAD_TITLE.match(folded) or any(s == 0 and e.kind != "ubnd" for s, _, e in find_all("units", text, folded))):
        return None
    return lead_unit(text)[0]


HEADING_MARK = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])\s*[.)/]\s*")
HEADING_LEAD = re.compile(r"(?i)^(?:về\s+|đối\s+với\s+)?(?:(?:(?:kết\s+quả\s+)?điểm\s+(?:của\s+)?|kết\s+quả\s+(?:thực\s+hiện\s+)?)(?=nhóm|chỉ\s+tiêu))?(?:nhóm\s+)?(?:chỉ\s+tiêu|tiêu\s+chí)?\s*")
# ('3. Điểm nhóm chỉ tiêu Mức độ hài lòng trong Bộ chỉ số': what the criterion is part of, after its name)
HEADING_TAIL = re.compile(r"(?i)\s+(?:trong|của)\s+(?:Bộ\s+chỉ\s+số|xã|phường|đặc\s+khu)\b.*$")
THIS_GROUP = re.compile(r"(?:nhom|chi\s*tieu|tieu\s*chi)(?:\s*chi\s*tieu)?\s*nay")
TOTAL_SAID = re.compile(r"tong\s*(?:so\s*)?diem|diem\s*tong|chi\s*so\s*(?:chung|tong\s*hop)|bo\s*chi\s*so|xep\s*(?:hang|thu)|tong\s*cong")


HEADING_MAX = re.compile(r"\s*\(\s*(?:điểm\s+)?tối\s+đa\s*:?\s*\d{1,3}(?:,\d+)?(?:\s*điểm)?\s*\)\s*$", re.IGNORECASE)


def _criterion_heading(text: str):
    """'1. Nhóm chỉ tiêu Tiến độ giải quyết', 'b) Về chỉ tiêu Số hóa hồ sơ:': the criterion a heading
    names (its paragraphs then speak of it: 'Điểm của nhóm này tháng 9 đạt 19,88 điểm'), else None."""
    body = HEADING_TAIL.sub("", HEADING_LEAD.sub("", HEADING_MARK.sub("", text)).strip(" :."))
    body = HEADING_MAX.sub("", body)              # '1. Nhóm chỉ tiêu Tiến độ giải quyết (điểm tối đa: 20)'
    if not body or len(body) > 70 or re.search(r"\d", body):
        return None
    entry = criterion_of(body, 0.9)
    return entry if entry and entry.name != TOTAL else None


# an item labelled with a criterion and its maximum: 'b) Nhóm Tiến độ giải quyết (tối đa 20 điểm): …'
CRITERION_LABEL = re.compile(r"\s*(?:nhom\s*(?:chi\s*tieu\s*)?)?([^():;,.\d][^():;]{3,80}?)\s*"
                             r"\(\s*(?:diem\s*)?toi\s*da\s*:?\s*(\d{1,2}(?:,\d+)?)\s*(?:diem)?\s*\)\s*:")


def _criterion_label(block: Block):
    """(criterion entry, its stated maximum) for an item whose label names a criterion and its maximum, else None."""
    title = heading_title(block)
    m = CRITERION_LABEL.match(fold(title))
    entry = criterion_of(title[m.start(1):m.end(1)], 0.9) if m else None
    top = parse_number(m.group(2)) if m else None
    return (entry, top) if entry and top is not None and (not entry.extra or parse_number(entry.extra) == top) else None


def _criteria_ranked(roles: Optional[list]) -> bool:
    """The table's header names each rank's criterion ('rank/114|Tiến độ giải quyết' beside the total's 'rank/114'):
    a rank of the total there is the total's, whatever group the table is about."""
    return any((r or "").startswith("rank/") and "|" in r for r in roles or [])


def _ranks_beside_scores(folded: str, scores: list, ranks: list) -> dict:
    """A rank in parentheses right after a place's score ('… lần lượt đạt 95,64 điểm (thứ 21/114) và 92,17 điểm (thứ
    71/114)', the scores' places read by scores._places_in_turn): that place's. {rank start: place}"""
    out: dict = {}
    for rank in ranks:
        before = [h for h in scores if h.entity and h.end <= rank.start
                  and re.fullmatch(r"\s*\(\s*(?:xep\s*)?(?:thu|hang)?\s*", folded[h.end:rank.start])]
        if before:
            out[rank.start] = before[-1].entity
    return out


# '… xếp thứ 112/114 ở nhóm chỉ tiêu này': the rank is the group's the text speaks of, said after it
IN_THIS_GROUP = re.compile(r"\s*(?:o|trong|cua)\s*nhom\s*(?:chi\s*tieu\s*)?(?:nay|tren|do)(?!\w)")


def _rank_criterion(folded: str, hit, heading, block: Block, subject_group=None) -> str:
    """A rank's criterion; 'nhóm chỉ tiêu này đạt 18,66 điểm, xếp thứ 71/114' under a paragraph or heading naming a
    group: that group's rank, not the total's; '1. Phường Hưng Đạo: xếp thứ 112/114 ở nhóm chỉ tiêu này' in a letter
    about one group (its subject names it): that group's."""
    if hit.criterion == TOTAL and IN_THIS_GROUP.match(folded, hit.end):
        group = heading.name if heading is not None and heading.name != TOTAL else subject_group.name if subject_group else None
        if group:
            return group
    start = max(folded.rfind(". ", 0, hit.start), folded.rfind(";", 0, hit.start), 0)
    clause = folded[start:hit.start]
    bare = re.search(r"(?<!\w)nhom\s*chi\s*tieu\s*(?:(?:xep|dung)\s*(?:thu|hang)\s*)?$", clause)
    if hit.criterion == TOTAL and block.kind == "numbered" and bare and start > 0 and not TOTAL_SAID.search(clause):
        # '4. Nhóm Thanh toán trực tuyến (tối đa 10 điểm)' / '… Tháng 2 nhóm chỉ tiêu xếp thứ 109/114': the item's group
        named = find_all("criteria", folded[:start])
        if named and named[0][2].name != TOTAL and named[0][0] <= 20:
            return named[0][2].name
    if hit.criterion != TOTAL or heading is None or heading.name == TOTAL or block.kind in ("table", "numbered", "roman"):
        return hit.criterion
    said = THIS_GROUP.search(clause) or bare      # ('Tháng 2 nhóm chỉ tiêu xếp thứ 109/114' under the group's heading)
    return heading.name if said and not TOTAL_SAID.search(clause) else hit.criterion


def _of_heading(folded: str, hit, heading) -> bool:
    """A score under a heading naming a criterion that names none itself ('Tháng 9 đạt 21,35 điểm', 'Nhóm này
    đạt 17,1/18 điểm'): the heading's, unless the sentence speaks of the total or the value cannot be one."""
    if heading is None:
        return False
    if THIS_GROUP.fullmatch(fold(hit.criterion).strip()):
        return True
    if hit.criterion != TOTAL or hit.bound == 100:
        return False
    start = max(folded.rfind(". ", 0, hit.start), folded.rfind(";", 0, hit.start), 0)
    if TOTAL_SAID.search(folded[start:hit.end]):
        return False
    top = parse_number(heading.extra) if heading.extra else None
    return top is not None and hit.value <= top and (hit.bound is None or hit.bound == top)


FILLER = re.compile(r"(?<!\w)(?:con|van\s*con|da|dang|van|chi|co|(?:de\s*)?(?:xay\s*ra|phat\s*sinh)|"
                    r"trong\s*(?:quy|thang|nam|ky|tuan)(?:\s*(?:nay|qua|bao\s*cao))?)(?!\w)")


def _same_measure(a: str, b: str) -> bool:
    """'Số hồ sơ còn trễ hạn' and 'Số hồ sơ trễ hạn' name one measure; so do 'Số hồ sơ quá hạn' and,
    with the same value, 'Số hồ sơ quá hạn thuộc lĩnh vực đất đai' (the count told again with where)."""
    # ('Tỷ lệ hồ sơ đúng hạn' of a table's total row is the 'tỷ lệ đúng hạn' the prose gave)
    a, b = (FILLER.sub(" ", re.sub(r"^\s*ty\s*le\s*ho\s*so\s", "ty le ", fold(x))).split() for x in (a, b))
    short, long_ = sorted((a, b), key=len)
    if a == b or (len(short) >= 3 and long_[:len(short)] == short):
        return True
    # 'Số hồ sơ quá hạn của Phòng Kinh tế' told again as '… quá hạn của toàn xã thuộc Phòng Kinh tế': the same
    # stem, and the shorter's qualifier words all in the longer's, in order
    stem = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    rest = iter(long_[stem:])
    return stem >= 4 and all(word in rest for word in short[stem:])


def _same_entity(a: Optional[str], b: Optional[str], own: Optional[str]) -> bool:
    """Two records about the same unit: the same one named, or one of them the document's own commune (a
    figure of a unit's row restated in prose, where the commune is who speaks)."""
    return a == b or not a or not b or (own is not None and own in (a, b))


def _dedupe(records: DocumentRecords, own: Optional[str] = None) -> None:
    """One record per fact: a rank given in prose and again in a table becomes one (keeping out_of); units
    tied in a table of units (`own`: the document's commune) keep one each."""
    kept: list[RankRecord] = []
    for rank in records.ranks:
        twin = next((k for k in kept if k.criterion == rank.criterion and k.rank == rank.rank
                     and _same_entity(k.entity, rank.entity, own)     # (a tie in a table of units: each unit's own)
                     and (k.period == rank.period or not k.period or not rank.period)
                     and (k.out_of is None or rank.out_of is None or k.out_of == rank.out_of)), None)
        if twin:
            twin.out_of = twin.out_of or rank.out_of
            continue
        kept.append(rank)
    records.ranks = kept
    scores: list[ScoreRecord] = []
    for score in records.scores:
        twin = next((k for k in scores if k.criterion == score.criterion and round(k.value, 3) == round(score.value, 3)
                     and k.period == score.period and _same_entity(k.entity, score.entity, own) and (k.index == score.index or not k.index or not score.index)), None)
        if twin:                       # the total in prose, then in the table: one record, with its maximum
            twin.max = twin.max if twin.max is not None else score.max
            twin.index = twin.index or score.index
            continue
        scores.append(score)
    records.scores = scores
    seen = set()
    metrics = []
    for metric in records.metrics:
        key = (fold(metric.name), metric.value, metric.unit, metric.where.line, metric.period)
        if key in seen:
            continue
        seen.add(key)
        metrics.append(metric)
    records.metrics = metrics
