"""vanban's spaCy pipeline: spacy.blank('vi') (syllables as tokens, offline) plus components
registered by factory name, each declaring what it assigns.

    get_nlp() -> Language        built once per process
    analyse(block, context) -> Doc

Components, in order (one block of text, i.e. a paragraph, bullet or table row, is one Doc; the
facade sets `doc._.block` and `doc._.context` before running the pipeline):

    vanban_gazetteer   doc.ents: UNIT, CRITERION, INDEX, DOCTYPE, PLACE, MEASURE from dictionaries/*.tsv
                       (matched on folded text, so marks lost in OCR do not matter)
    vanban_numbers     doc._.dates, doc._.references: dates and cited document symbols (not metrics)
    vanban_periods     doc._.periods: 'tháng 11/2025' -> '2025-11', 'lũy kế năm 2025' -> '2025', …
    vanban_scores      doc._.scores, doc._.ranks: prose ('19,93/20 điểm', 'xếp hạng 80/114') and table rows
    vanban_metrics     doc._.metrics: counts and rates named by what they count
    vanban_deadlines   doc._.deadline: the block's deadline (by/exact/month/recurring/relative/none)
    vanban_sections    doc._.heading: a numbered heading naming the unit that owns the bullets below it
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from extractors import deadlines, metrics, scores, sections
from extractors.gazetteer import criterion_of, find_all, fold
from extractors.numbers import AS_OF_DAY_NO_YEAR, BARE_MONTH_IN_TEXT, find_dates, find_periods, iso_date, month_of

EXTENSIONS = ("block", "context", "dates", "references", "periods", "compared", "scores", "ranks", "metrics", "deadline",
              "heading", "folded", "table_row")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

ENTITY_KINDS = (("units", "UNIT"), ("criteria", "CRITERION"), ("indices", "INDEX"), ("doc_types", "DOCTYPE"),
                ("places", "PLACE"), ("measures", "MEASURE"))
REFERENCE = re.compile(r"(?<![\w/])\d{0,5}(?:/\d{4})?/[a-z]{1,6}(?:-[a-z0-9]+)+")


def _text(doc: Doc) -> str:
    """doc.text, built once (spaCy joins every token's text on each access)."""
    text = doc.user_data.get("vanban_text")
    if text is None:
        text = doc.user_data["vanban_text"] = doc.text
    return text


def folded_text(doc: Doc) -> str:
    """The doc's text folded (gazetteer.fold: no marks, lower case, one character per character), once."""
    if doc._.folded is None:
        doc._.folded = fold(_text(doc))
    return doc._.folded


_folded = folded_text


def _context(doc: Doc) -> dict:
    return doc._.context or {}


@Language.factory("vanban_gazetteer", assigns=["doc.ents"])
def make_gazetteer(nlp: Language, name: str):
    def gazetteer(doc: Doc) -> Doc:
        folded = _folded(doc)
        spans = []
        for kind, label in ENTITY_KINDS:
            if kind == "doc_types":
                continue          # type names are ordinary words in prose; the header reads them
            for start, end, _ in find_all(kind, _text(doc), folded):
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.ents = filter_spans(spans)
        return doc
    return gazetteer


@Language.factory("vanban_numbers", assigns=["doc._.dates", "doc._.references"])
def make_numbers(nlp: Language, name: str):
    def numbers(doc: Doc) -> Doc:
        folded = _folded(doc)
        doc._.dates = find_dates(folded)
        doc._.references = [(m.start(), m.end()) for m in REFERENCE.finditer(folded)]
        return doc
    return numbers


# ('so với bình quân cùng kỳ năm 2025 (87,94 điểm) tăng 4,18 điểm': what of that period is compared may come between)
# ('Đây là kết quả thấp nhất của xã kể từ tháng 3/2026.': the month measured from, not the one the next sentence is of)
COMPARED = re.compile(r"(?:so\s*voi|so\s*cung\s*ky|hon|bang|(?<!\w)ke\s*tu)\s*(?:(?:binh\s*quan|trung\s*binh|ket\s*qua|tong\s*diem)\s*)?"
                      r"(?:(?:chinh\s*thuc|tam\s*tinh)\s*)?(?:cung\s*ky\s*)?(?:cua\s*)?$")   # ('so với kết quả chính thức tháng 12/2026')


SAME_WINDOW_ASIDE = re.compile(r"\(\s*cung\s*ky\s*$")
# ('từ thứ 97/114 năm 2025 vươn lên thứ 38/114': the year of the value a change started from)
FROM_VALUE = re.compile(r"(?<!\w)tu\s*(?:thu|vi\s*tri|hang|muc)?\s*(?:thu\s*)?\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?\s*(?:diem\s*)?"
                        r"(?:(?:nam|thang|quy)\s*)?$")


@Language.factory("vanban_periods", assigns=["doc._.periods", "doc._.compared"])
def make_periods(nlp: Language, name: str):
    def periods(doc: Doc) -> Doc:
        folded = _folded(doc)
        refs = doc._.references or []
        found = []
        for start, end, value in find_periods(folded):
            # the date of a cited document ('766/QĐ-TTg ngày 23/6/2022') is not a period
            if any(0 <= start - e <= 8 and not re.search(r"[,;.]", folded[e:start]) for _, e in refs) and len(value) != 7:
                continue        # ('… 766/QĐ-TTg, tháng 10/2025 xã … đạt …': after a comma, the results' month; '…
                #                 theo Quyết định số 766/QĐ-TTg tháng 11/2026, nhóm …': a document is dated by a day)
            found.append((start, end, value))
        # 'tháng 01 đạt 90,37 điểm, tháng 02 …', 'Trong tháng 3, …': a month without its year takes the year
        # of the period the document reports on (its subject's quarter), else of its date
        ctx = doc._.context or {}
        if ctx.get("issued") or ctx.get("month_ref"):
            for m in BARE_MONTH_IN_TEXT.finditer(folded):
                if any(s < m.end() and m.start() < e for s, e, _ in found):
                    continue
                month = month_of(int(m.group(1)), ctx.get("issued"), ctx.get("month_ref"))
                if month:
                    found.append((m.start(), m.end(), month))
            for m in AS_OF_DAY_NO_YEAR.finditer(folded):
                # 'T5 tạm tính đến 16h ngày 15/5: 93,46 điểm': as of a day whose year is the document's
                month = month_of(int(m.group(2)), ctx.get("issued"), None)
                if month and 1 <= int(m.group(1)) <= 31 and not any(s < m.end() and m.start() < e for s, e, _ in found):
                    day = iso_date(int(m.group(1)), int(m.group(2)), int(month[:4]))
                    found += [(m.start(), m.end(), day)] if day else []
            found.sort()
        doc._.periods = found
        # 'tăng 9 bậc so với năm 2024': a period compared with, not the period of what follows
        # ('… so với tháng 12/2025: đặc khu đạt 89,72 điểm, xếp thứ 85/114': that month's figures follow the colon)
        # ('Tiếp nhận mới: 684 hồ sơ (cùng kỳ năm 2026: 612 hồ sơ)': last year's same window, an aside about the count
        # before it, not the period of what follows)
        doc._.compared = [p for p in found if ((COMPARED.search(folded[max(0, p[0] - 32):p[0]])
                                                or FROM_VALUE.search(folded[max(0, p[0] - 32):p[0]]))
                                               and not re.match(r"\s*:", folded[p[1]:]))
                          or SAME_WINDOW_ASIDE.search(folded[max(0, p[0] - 16):p[0]])]
        return doc
    return periods


@Language.factory("vanban_scores", assigns=["doc._.scores", "doc._.ranks", "doc._.table_row"])
def make_scores(nlp: Language, name: str):
    def score_component(doc: Doc) -> Doc:
        block = doc._.block
        kind = block.kind if block is not None else "prose"
        ctx = _context(doc)
        hits: list[scores.Hit] = []
        table_row = False
        form = any(r and r.startswith(("report", "cumulative:", "round:")) for r in ctx.get("table_roles") or [])
        # a row of a points table ('3.1 | Công khai thủ tục hành chính | 4 | 4') names its criterion or none
        points = {"max", "value"} <= set(ctx.get("table_roles") or [])
        if kind == "table" and (ctx.get("unit_columns") or ctx.get("units_across") or form):
            table_row = True                    # a table of counts by unit, a statistics form: no scores in it
            if ctx.get("unit_columns") and ctx.get("table_group") is not None:
                # (but a column of one group's points, 'Điểm nhóm (tối đa 18)', beside the counts by commune)
                hits = scores.group_column_hits(_text(doc), ctx.get("table_roles") or [], ctx["table_group"])
        elif kind == "table":
            hits = scores.table_hits(_text(doc), ctx.get("table_roles"))
            valued = [u for r, u in zip(ctx.get("table_roles") or [], ctx.get("table_units") or [])
                      if r and r.startswith("value")]
            if valued and all(u == "%" for u in valued) and not any((r or "").startswith("crit:") for r in ctx.get("table_roles") or []):
                # columns in '%' ('Quý I/2026' over '(%)'): a criterion's points are never a rate ('Thủ tục hành
                # chính | 80,14 | 82,6' is a satisfaction rate, not the PAR Index area); an index's total may be (and the
                # PAR Index's areas in columns of their own: 'Văn bản QPPL | … | Chỉ số CCHC năm 2025 (%)')
                hits = [h for h in hits if h.kind != "score" or h.criterion == scores.TOTAL]
            if ctx.get("table_said") not in (None, "%", "điểm"):
                # ('Đơn vị tính: PAKN' over 'Kênh tiếp nhận | Tháng 10 | …': a 'Tổng cộng' row counts petitions, no points)
                hits = [h for h in hits if h.kind != "score" or h.criterion != scores.TOTAL]
            table_row = True
        elif kind in ("numbered", "prose") and "\n" not in _text(doc) and len(_text(doc)) < 120:
            hits = scores.table_hits(_text(doc), None)
            table_row = bool(hits)
        plan = scores.is_plan(ctx.get("table_roles"))      # a plan's targets and results: its rows, no prose
        if not hits and not (kind == "table" and (ctx.get("unit_columns") or ctx.get("units_across") or form or points
                                                  or plan)):
            hits = scores.prose_hits(_text(doc), _folded(doc),
                                     _topic(ctx) if kind not in ("numbered", "roman", "lettered") else None)
        doc._.table_row = table_row
        doc._.scores = [h for h in hits if h.kind == "score"]
        doc._.ranks = [h for h in hits if h.kind == "rank"]
        return doc
    return score_component


def _topic(ctx: dict):
    """The group a value with no name belongs to: the heading's, else the one group whose maximum a paragraph above
    stated after its name ('Điểm nhóm chỉ tiêu Thanh toán trực tuyến (tối đa 10 điểm) …: … - Tháng 10/2026: …; đạt
    10/10 điểm')."""
    stated = ctx.get("stated_max") or {}
    if ctx.get("criterion_heading") is None and len(stated) == 1:
        return criterion_of(next(iter(stated)), 0.99)
    return ctx.get("criterion_heading")


@Language.factory("vanban_metrics", assigns=["doc._.metrics"])
def make_metrics(nlp: Language, name: str):
    def metric_component(doc: Doc) -> Doc:
        block = doc._.block
        columns = _context(doc).get("unit_columns")
        if block is not None and block.kind == "table" and columns:
            ctx = _context(doc)
            ctx["unit_group"] = metrics.unit_group(_text(doc), columns, ctx.get("unit_group"))
            doc._.metrics = metrics.unit_table_metrics(_text(doc), columns, ctx["unit_group"], ctx.get("unit_row_name"))
            ctx["unit_row_name"] = metrics.unit_row_name(_text(doc), columns) or ctx.get("unit_row_name")
            metrics.name_subtotals(_text(doc), doc._.metrics, ctx.setdefault("table_groups", {}))
            return doc
        across = _context(doc).get("units_across")
        if block is not None and block.kind == "table" and across:
            doc._.metrics, _context(doc)["across_row"] = metrics.across_metrics(
                _text(doc), across, _context(doc).get("across_row"))
            return doc
        if block is not None and block.kind == "table" and _context(doc).get("catalogue"):
            return doc      # a list of procedures with their fees and times ('Phí, lệ phí (đồng) | Thời hạn giải quyết'): no counts
        if block is not None and block.kind == "table" and not (doc._.scores or doc._.ranks):
            # a row of a table of results ('Số hồ sơ trễ hạn | 12 hồ sơ')
            ctx = _context(doc)
            peers = metrics.score_row_metrics(_text(doc), ctx.get("table_roles"), None)
            if peers:
                doc._.metrics = peers       # a criterion's row of the blocs' means ('Khối phường | Khối xã | …')
                return doc
            doc._.metrics = metrics.table_metrics(_text(doc), _folded(doc), ctx.get("table_roles"),
                                                  ctx.get("table_units"), ctx.get("row_parent"), ctx.get("table_measure"),
                                                  subparts=bool(ctx.get("table_subparts")), declared=ctx.get("table_said"),
                                                  declared_rest=ctx.get("table_said_rest") or "",
                                                  spans=ctx.get("table_spans"))
            # '1 | Đăng ký thường trú' over '1.1 | Hồ sơ tiếp nhận | 46 | …': the numbered section the sub-rows count in
            # 'I | HỘ TỊCH' over 'Cộng I | 762 | …': the group's subtotal
            metrics.name_subtotals(_text(doc), doc._.metrics, ctx.setdefault("table_groups", {}))
            # 'Hồ sơ có tái sử dụng dữ liệu, … (hồ sơ)' over 'Tỷ lệ tái sử dụng (%)': the rate of what the row above counts
            metrics.rate_of_count_above(doc._.metrics, ctx.setdefault("table_counted", []))
            ctx["row_section"] = metrics.row_section(_text(doc), doc._.metrics, ctx.get("row_section"))
            if ctx["row_section"] and doc._.metrics:
                doc._.metrics = metrics.in_row_section(doc._.metrics, ctx["row_section"][1], ctx.get("table_measure"))
            ctx["row_parent"] = metrics.row_parent(_text(doc), doc._.metrics, ctx.get("row_parent"))
            # what the table's rows count, from its first row of a count ('Hồ sơ tiếp nhận mới | 214 | …')
            ctx["table_measure"] = ctx.get("table_measure") or next((m.unit for m in doc._.metrics if m.unit != "%"), None)
            return doc
        article = block is not None and block.kind == "roman" and re.match(r"\s*dieu\s*\d", _folded(doc)) \
            and len(_text(doc)) > 120       # 'Điều 1. Tặng Giấy khen … đạt 98,46/100 điểm, …, tăng 5,82 điểm …': prose
        if doc._.table_row or (block is not None and block.kind in ("table", "roman") and not article):
            doc._.metrics = metrics.score_row_metrics(_text(doc), _context(doc).get("table_roles"),
                                                      doc._.scores or doc._.ranks) \
                if block is not None and block.kind == "table" else []
            return doc
        skip = [(h.start, h.end) for h in (doc._.scores or []) + (doc._.ranks or [])]
        skip += [(s, e) for s, e, _ in doc._.dates or []] + list(doc._.references or [])
        skip += [(s, e) for s, e, _ in doc._.periods or []]
        scored = [(h.start, h.criterion) for h in doc._.scores or []]
        doc._.metrics = metrics.find_metrics(_text(doc), _folded(doc), skip, scored,
                                             bullet=block is not None and block.kind == "bullet")
        return doc
    return metric_component


@Language.factory("vanban_deadlines", assigns=["doc._.deadline"])
def make_deadlines(nlp: Language, name: str):
    def deadline_component(doc: Doc) -> Doc:
        doc._.deadline = deadlines.find_deadline(_text(doc), _context(doc).get("issued"))
        phase = _context(doc).get("phase_deadline")
        issued = _context(doc).get("issued")
        past = doc._.deadline.date is not None and issued is not None and doc._.deadline.date < issued[:10]
        if (doc._.deadline.kind == "none" or past) and phase is not None:
            # a bullet under 'Giai đoạn 1 (từ nay đến hết ngày 20/11/2026):' (or under '1. Trong tháng 01/2027' naming
            # only what happened before: '… 19 kết quả chưa được số hóa trong quý IV/2026')
            doc._.deadline = phase
        return doc
    return deadline_component


@Language.factory("vanban_sections", assigns=["doc._.heading"])
def make_sections(nlp: Language, name: str):
    def section_component(doc: Doc) -> Doc:
        block = doc._.block
        doc._.heading = sections.heading_of(block) if block is not None and not doc._.table_row else None
        return doc
    return section_component


PIPES = ("vanban_gazetteer", "vanban_numbers", "vanban_periods", "vanban_scores", "vanban_metrics",
         "vanban_deadlines", "vanban_sections")


def _import_pyvi_without_sklearn() -> None:
    """pyvi (metrics tag a clause's parts of speech with it) unpickles a sklearn_crfsuite.CRF;
    sklearn_crfsuite imports scikit-learn only for BaseEstimator and falls back to a plain class
    without it (sklearn_crfsuite/compat.py).
    Segmenting needs nothing of scikit-learn, whose import costs ~2 CPU-s per process (measured):
    pyvi is imported with scikit-learn hidden, then scikit-learn is importable again as usual."""
    import sys
    if "sklearn_crfsuite" in sys.modules or "sklearn.base" in sys.modules:
        return
    sys.modules["sklearn.base"] = None          # `from sklearn.base import …` -> ImportError -> the fallback
    try:
        import pyvi.ViPosTagger
        import pyvi.ViTokenizer
        _models_in_memory(pyvi.ViTokenizer.ViTokenizer.model, pyvi.ViPosTagger.ViPosTagger.model)
    except Exception:  # noqa: BLE001 - without pyvi, metrics name a clause by its last words
        pass
    finally:
        if sys.modules.get("sklearn.base", 0) is None:
            del sys.modules["sklearn.base"]


def _models_in_memory(*models) -> None:
    """Unpickling a sklearn_crfsuite.CRF writes its model to a temporary file (/tmp/model*.crfsuite,
    637 KB each) that is removed only when the object is collected: a process killed or ended by
    os._exit (a stopped ingest, a Dask worker) left both files behind (reproduced with SIGTERM).
    CRFsuite reads the whole model into memory when its tagger opens, so the tagger is opened now
    and the files removed at once."""
    for model in models:
        model.tagger_                                   # noqa: B018 - opens (reads) the model
        model.modelfile.cleanup()


def _syllable_tokenizer(nlp: Language):
    """spaCy's rule-based tokenizer (its default punctuation rules: 'Chân.' is 'Chân' '.') over
    syllables. No component reads pyvi's word segmentation, a CRF over every block that cost a
    third of extraction's time (measured on the samples' OCR'd pages: 0.078 -> 0.048 CPU-s a page
    for restoration and extraction together); the entities are character spans."""
    from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    return Tokenizer(nlp.vocab, prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
                     suffix_search=compile_suffix_regex(TOKENIZER_SUFFIXES).search,
                     infix_finditer=compile_infix_regex(TOKENIZER_INFIXES).finditer)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    _import_pyvi_without_sklearn()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = _syllable_tokenizer(nlp)
    for pipe in PIPES:
        nlp.add_pipe(pipe)
    return nlp


def analyse(block: Any, context: Optional[dict] = None) -> Doc:
    nlp = get_nlp()
    doc = nlp.make_doc(block.text)
    doc._.block = block
    doc._.context = context or {}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
