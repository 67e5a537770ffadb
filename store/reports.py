"""Report tables (pandas DataFrames read from the SQL views of migration 0002)
and their writers: xlsx (a sheet per table), csv (a file per table), html
(tables and inline SVG charts, no network needed).

    frames = build_reports(store, today=date.today())     # {key: Table}
    write_xlsx(frames, "bao-cao.xlsx"); write_csv(frames, "bao-cao/"); write_html(frames, "bao-cao.html")

Tables: scores_pivot (unit x criterion x period), rank_history, tasks_by_unit,
tasks (with overdue / due within 7 days), metrics, review_by_reason,
review_queue, failures, documents. Column names shown to people are Vietnamese;
the DataFrames keep English names (`Table.frame`) and `Table.shown()` renames.
"""
from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

import pandas as pd
from sqlalchemy import text

CRITERIA_ORDER = ("Công khai, minh bạch", "Tiến độ giải quyết", "Dịch vụ công trực tuyến",
                  "Thanh toán trực tuyến", "Mức độ hài lòng", "Số hóa hồ sơ", "Tổng điểm")
TOTAL = "Tổng điểm"
UNKNOWN = "(không rõ)"
DUE_SOON_DAYS = 7

LABELS = {
    "unit": "Đơn vị", "index_name": "Bộ chỉ số", "criterion": "Tiêu chí", "period": "Kỳ", "value": "Giá trị",
    "max_value": "Điểm tối đa", "rank": "Hạng", "out_of": "Trên tổng số", "task": "Nhiệm vụ",
    "deadline": "Thời hạn", "deadline_kind": "Loại thời hạn", "deadline_text": "Thời hạn (nguyên văn)",
    "situation": "Tình trạng", "days_left": "Số ngày còn lại", "doc_number": "Số, ký hiệu",
    "doc_type": "Loại văn bản", "issued_date": "Ngày ban hành", "source_name": "Tệp", "status": "Trạng thái",
    "confidence": "Độ tin cậy", "page": "Trang", "line": "Dòng", "name": "Chỉ tiêu", "measure_unit": "Đơn vị tính",
    "reason": "Lý do", "kind": "Loại bản ghi", "count": "Số bản ghi", "source_text": "Dòng gốc",
    "record_id": "Mã bản ghi", "total": "Tổng số nhiệm vụ", "overdue": "Quá hạn",
    "due_soon": f"Đến hạn trong {DUE_SOON_DAYS} ngày", "open_later": "Còn hạn", "no_deadline": "Không có hạn cụ thể",
    "next_deadline": "Hạn gần nhất", "path": "Đường dẫn", "attempts": "Số lần thử", "last_at": "Lần cuối (giờ VN)",
    "first_at": "Lần đầu (giờ VN)", "pages": "Số trang", "issuer": "Cơ quan ban hành", "subject": "Trích yếu",
    "pipeline_version": "Phiên bản xử lý", "ingested_at": "Thời điểm nạp (giờ VN)", "records": "Số bản ghi",
    "needs_review": "Cần rà soát", "doc_id": "Mã văn bản (sha256)", "change": "Thay đổi hạng",
    "copy_of": "Bản sao của (tệp gốc)",
}
KIND_LABELS = {"scores": "Điểm", "ranks": "Xếp hạng", "tasks": "Nhiệm vụ", "metrics": "Chỉ tiêu"}
STATUS_LABELS = {"auto": "Tự động", "needs_review": "Cần rà soát", "approved": "Đã duyệt", "corrected": "Đã sửa",
                 "loaded": "Đã nạp", "reviewed": "Đã rà soát", "copy": "Bản sao (không tính)"}
DEADLINE_KIND_LABELS = {"by": "trước ngày", "exact": "đúng ngày", "month": "trong tháng", "recurring": "định kỳ",
                        "relative": "tương đối", "none": "không có"}
# why a record needs review (the codes extractors/checks.py writes before ':'), as people read them
REASON_LABELS = {"low_confidence": "độ tin cậy thấp", "value_above_max": "giá trị vượt điểm tối đa",
                 "rank_above_out_of": "hạng vượt tổng số", "rank_not_positive": "hạng không hợp lệ",
                 "sum_mismatch": "tổng các nhóm không khớp tổng điểm",
                 "deadline_before_issue": "thời hạn trước ngày ban hành",
                 "unknown_assignee": "đơn vị thực hiện không có trong danh mục"}


def _reason_code(reason: str) -> str:
    return reason.split(":", 1)[0].strip()


def _reason_label(reason: str, detail: bool = False) -> str:
    """'sum_mismatch: tổng các nhóm 91 khác …' -> 'tổng các nhóm không khớp tổng điểm' (and the detail)."""
    code, _, rest = reason.partition(":")
    label = REASON_LABELS.get(code.strip(), code.strip().replace("_", " "))
    return f"{label} ({rest.strip()})" if detail and rest.strip() else label


@dataclass
class Table:
    key: str                      # file name (csv) and anchor (html)
    title: str                    # sheet name / heading, Vietnamese (<= 31 characters)
    frame: pd.DataFrame
    note: str = ""
    labels: dict[str, str] = field(default_factory=dict)   # extra column labels (e.g. periods stay as is)
    empty: str = "Chưa có dữ liệu."                          # what an empty table says

    def shown(self) -> pd.DataFrame:
        names = {c: self.labels.get(c, LABELS.get(c, c)) for c in self.frame.columns}
        return self.frame.rename(columns=names)


# --------------------------------------------------------------------------- reading
def _read(connection, view: str) -> pd.DataFrame:
    return pd.read_sql_query(text(f"SELECT * FROM {view}"), connection)


def _iso(value: Any) -> Any:
    if isinstance(value, (datetime, pd.Timestamp)):
        if pd.isna(value):
            return None
        return value.strftime("%Y-%m-%d %H:%M")
    return value


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    """Stored instants (UTC) as Vietnam local time, ISO text to the minute ("2026-12-02 22:27": one form
    from SQLite and PostgreSQL, and Excel refuses time zones); other datetimes as ISO text."""
    frame = frame.copy()
    for column in frame.columns:
        if column in DATETIME_COLUMNS:
            frame[column] = frame[column].map(
                lambda v: local.strftime("%Y-%m-%d %H:%M") if (local := _local(v)) else None).astype(object)
        elif pd.api.types.is_datetime64_any_dtype(frame[column]) or frame[column].map(
                lambda v: isinstance(v, datetime)).any():
            frame[column] = frame[column].map(_iso).astype(object)
    return frame


def _criterion_order(name: Any) -> tuple:
    return (CRITERIA_ORDER.index(name) if name in CRITERIA_ORDER else len(CRITERIA_ORDER), str(name))


def _reasons(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return [str(v) for v in value] or []


def build_reports(store, today: Optional[date] = None) -> dict[str, Table]:
    """Every report table from the store's views (works on SQLite and PostgreSQL)."""
    today = today or date.today()
    with store.engine.connect() as connection:
        views = {name: _clean(_read(connection, name)) for name in
                 ("v_scores", "v_ranks", "v_tasks", "v_metrics", "v_review_queue", "v_failures", "v_documents")}
    for name in ("v_scores", "v_ranks", "v_tasks"):
        views[name]["unit"] = views[name]["unit"].fillna(UNKNOWN)
    tables = [scores_pivot(views["v_scores"]), rank_history(views["v_ranks"])]
    tasks = task_list(views["v_tasks"], today)
    tables += [tasks_by_unit(tasks, today), tasks, metrics(views["v_metrics"]),
               review_by_reason(views["v_review_queue"]), review_queue(views["v_review_queue"]),
               failures(views["v_failures"]), documents(views["v_documents"])]
    return {table.key: table for table in tables}


NO_PERIOD = "(không rõ kỳ)"


def _latest_first(frame: pd.DataFrame) -> pd.DataFrame:
    """Oldest first, so `last` picks the latest document (then the latest day of a month)."""
    columns = [c for c in ("issued_date", "period", "record_id") if c in frame.columns]
    return frame.sort_values(columns, na_position="first")


def _month(period: Any) -> str:
    """The pivot's column: a month ("2025-11-30" -> "2025-11"), a year stays a year."""
    if not isinstance(period, str) or not period:
        return NO_PERIOD
    return period[:7]


def _period_key(period: str) -> tuple:
    return (period == NO_PERIOD, period)


def scores_pivot(scores: pd.DataFrame) -> Table:
    note = ("Điểm theo đơn vị × tiêu chí × tháng (kỳ tính đến một ngày xếp vào tháng của ngày đó); "
            "nhiều văn bản cùng tháng: lấy văn bản ban hành sau cùng.")
    if scores.empty:
        frame = pd.DataFrame(columns=["unit", "index_name", "criterion", "max_value"])
        return Table("scores_pivot", "Điểm theo đơn vị", frame, note)
    scores = _latest_first(scores).copy()
    scores["index_name"] = scores["index_name"].fillna("")
    scores["month"] = scores["period"].map(_month)
    keys = ["unit", "index_name", "criterion"]
    pivot = scores.pivot_table(index=keys, columns="month", values="value", aggfunc="last")
    pivot = pivot.reindex(sorted(pivot.columns, key=_period_key), axis=1)
    maxima = scores.groupby(keys)["max_value"].last()
    frame = pivot.reset_index()
    frame.columns.name = None
    frame.insert(3, "max_value", [maxima.get(tuple(row), None) for row in frame[keys].itertuples(index=False)])
    frame = frame.sort_values(keys, key=lambda col: col.map(_criterion_order) if col.name == "criterion" else col)
    frame = frame.reset_index(drop=True)
    return Table("scores_pivot", "Điểm theo đơn vị", frame, note)


def rank_history(ranks: pd.DataFrame) -> Table:
    columns = ["unit", "index_name", "criterion", "period", "rank", "out_of", "change", "doc_number", "issued_date"]
    note = "Thay đổi hạng: so với kỳ trước của cùng đơn vị và tiêu chí (số dương là tăng hạng)."
    if ranks.empty:
        return Table("rank_history", "Lịch sử xếp hạng", pd.DataFrame(columns=columns), note)
    ranks = _latest_first(ranks).drop_duplicates(["unit", "index_name", "criterion", "period"], keep="last")
    ranks = ranks.sort_values(["unit", "index_name", "criterion", "period"], na_position="first").copy()
    previous = ranks.groupby(["unit", "index_name", "criterion"], dropna=False)["rank"].shift(1)
    ranks["change"] = (previous - ranks["rank"]).astype("Int64")
    return Table("rank_history", "Lịch sử xếp hạng", ranks[columns].reset_index(drop=True), note)


def _situation(deadline: Any, today: date) -> tuple[str, Optional[int]]:
    if not deadline or (isinstance(deadline, float) and math.isnan(deadline)):
        return "Không có hạn cụ thể", None
    try:
        day = date.fromisoformat(str(deadline)[:10])
    except ValueError:
        return "Không có hạn cụ thể", None
    left = (day - today).days
    if left < 0:
        return "Quá hạn", left
    if left <= DUE_SOON_DAYS:
        return f"Đến hạn trong {DUE_SOON_DAYS} ngày", left
    return "Còn hạn", left


def task_list(tasks: pd.DataFrame, today: date) -> Table:
    columns = ["unit", "task", "deadline", "situation", "days_left", "deadline_kind", "deadline_text",
               "doc_number", "issued_date", "status"]
    note = (f"Tình trạng tính đến ngày {today.strftime('%d/%m/%Y')} (chỉ theo thời hạn, không biết việc đã xong "
            "hay chưa).")
    if tasks.empty:
        return Table("tasks", "Danh sách nhiệm vụ", pd.DataFrame(columns=columns), note)
    tasks = tasks.copy()
    situations = [_situation(d, today) for d in tasks["deadline"]]
    tasks["situation"] = [s for s, _ in situations]
    tasks["days_left"] = pd.array([d for _, d in situations], dtype="Int64")
    tasks["deadline_kind"] = tasks["deadline_kind"].map(lambda k: DEADLINE_KIND_LABELS.get(k, k))
    tasks["status"] = tasks["status"].map(lambda s: STATUS_LABELS.get(s, s))
    tasks = tasks.sort_values(["unit", "deadline", "record_id"], na_position="last")
    return Table("tasks", "Danh sách nhiệm vụ", tasks[columns].reset_index(drop=True), note)


def tasks_by_unit(tasks: Table, today: date) -> Table:
    columns = ["unit", "total", "overdue", "due_soon", "open_later", "no_deadline", "next_deadline"]
    note = (f"Tính đến ngày {today.strftime('%d/%m/%Y')}; «{LABELS['due_soon']}» gồm cả hôm nay; "
            "«Hạn gần nhất»: hạn sớm nhất chưa qua.")
    frame = tasks.frame
    if frame.empty:
        return Table("tasks_by_unit", "Nhiệm vụ theo đơn vị", pd.DataFrame(columns=columns), note)
    rows = []
    for unit, group in frame.groupby("unit", sort=True):
        upcoming = group.loc[group["days_left"].fillna(-1) >= 0, "deadline"].dropna()
        rows.append({"unit": unit, "total": len(group),
                     "overdue": int((group["situation"] == "Quá hạn").sum()),
                     "due_soon": int((group["situation"] == f"Đến hạn trong {DUE_SOON_DAYS} ngày").sum()),
                     "open_later": int((group["situation"] == "Còn hạn").sum()),
                     "no_deadline": int((group["situation"] == "Không có hạn cụ thể").sum()),
                     "next_deadline": min(upcoming) if len(upcoming) else None})
    return Table("tasks_by_unit", "Nhiệm vụ theo đơn vị", pd.DataFrame(rows, columns=columns), note)


def metrics(frame: pd.DataFrame) -> Table:
    """Metrics by the issuing office (a metric is about the office that reports it)."""
    columns = ["issuer", "name", "value", "measure_unit", "period", "doc_number", "issued_date", "source_name",
               "status"]
    frame = frame.copy()
    if not frame.empty:
        frame["status"] = frame["status"].map(lambda s: STATUS_LABELS.get(s, s))
        frame = frame.sort_values(["issuer", "name", "period", "record_id"], na_position="first")
    return Table("metrics", "Chỉ tiêu", frame.reindex(columns=columns).reset_index(drop=True))


def review_by_reason(queue: pd.DataFrame) -> Table:
    columns = ["reason", "kind", "count"]
    rows: dict[tuple[str, str], int] = {}
    for _, row in queue.iterrows():
        for reason in _reasons(row["review_reasons"]) or ["(không ghi lý do)"]:
            key = (_reason_label(reason), KIND_LABELS.get(row["kind"], row["kind"]))
            rows[key] = rows.get(key, 0) + 1
    frame = pd.DataFrame([(r, k, n) for (r, k), n in rows.items()], columns=columns)
    frame = frame.sort_values(["count", "reason"], ascending=[False, True]).reset_index(drop=True)
    return Table("review_by_reason", "Chất lượng dữ liệu", frame,
                 "Bản ghi cần rà soát, theo lý do (một bản ghi có thể có nhiều lý do).",
                 empty="Không có bản ghi nào cần rà soát.")


def review_queue(queue: pd.DataFrame) -> Table:
    columns = ["record_id", "kind", "reason", "confidence", "source_name", "doc_number", "page", "line", "source_text"]
    frame = queue.copy()
    if not frame.empty:
        frame["reason"] = frame["review_reasons"].map(
            lambda v: "; ".join(_reason_label(r, detail=True) for r in _reasons(v)))
        frame["kind"] = frame["kind"].map(lambda k: KIND_LABELS.get(k, k))
        frame["confidence"] = frame["confidence"].round(3)
        frame = frame.sort_values(["source_name", "page", "line", "record_id"])
    return Table("review_queue", "Cần rà soát", frame.reindex(columns=columns).reset_index(drop=True),
                 empty="Không có bản ghi nào cần rà soát.")


def failures(frame: pd.DataFrame) -> Table:
    columns = ["path", "reason", "attempts", "first_at", "last_at", "doc_id"]
    return Table("failures", "Tệp lỗi", frame.reindex(columns=columns).sort_values("path").reset_index(drop=True),
                 empty="Không có tệp nào bị lỗi.")


def documents(frame: pd.DataFrame) -> Table:
    """Every file in the store; a file that is another copy of a document already loaded (same issuer,
    number and date) names its original and is not counted in the other tables."""
    columns = ["source_name", "doc_number", "doc_type", "issued_date", "issuer", "subject", "pages", "records",
               "needs_review", "status", "copy_of", "pipeline_version", "ingested_at", "doc_id"]
    frame = frame.copy()
    if not frame.empty:
        names = dict(zip(frame["doc_id"], frame["source_name"]))
        copies = frame["copy_of"].notna() if "copy_of" in frame.columns else pd.Series(False, index=frame.index)
        frame["status"] = [STATUS_LABELS["copy"] if copy else STATUS_LABELS.get(s, s)
                           for s, copy in zip(frame["status"], copies)]
        if "copy_of" in frame.columns:
            frame["copy_of"] = frame["copy_of"].map(lambda d: names.get(d, d) if isinstance(d, str) else None)
        frame = frame.sort_values(["issued_date", "source_name"], na_position="last")
    note = "Một văn bản có thể đến dưới nhiều tệp (bản quét, bản ký số): các bảng khác chỉ tính tệp gốc."
    return Table("documents", "Văn bản", frame.reindex(columns=columns).reset_index(drop=True), note)


# --------------------------------------------------------------------------- writers
DATE_COLUMNS = {"issued_date", "deadline", "next_deadline"}          # ISO days -> real dates
DATETIME_COLUMNS = {"ingested_at", "first_at", "last_at"}             # UTC instants -> Vietnam local time
TEXT_COLUMNS = {"period", "doc_number", "doc_id", "pipeline_version"}  # look like numbers/dates, stay text
WRAP_COLUMNS = {"task", "subject", "deadline_text", "source_text", "name", "reason", "path", "issuer"}
MIXED_NUMBERS = {("metrics", "value")}    # a count next to a rate: each cell its own format
LOCAL_TZ = "Asia/Ho_Chi_Minh"
DATE_FORMAT, DATETIME_FORMAT = "dd/mm/yyyy", "dd/mm/yyyy hh:mm"
INTEGER_FORMAT, DECIMAL_FORMAT = "#,##0", "#,##0.00"
SITUATION_FILLS = {"Quá hạn": "F8D7DA", f"Đến hạn trong {DUE_SOON_DAYS} ngày": "FFE8CC"}
EMPTY = "Chưa có dữ liệu."


def _day(value: Any) -> Optional[date]:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if len(str(value)) >= 10 else None
    except ValueError:
        return None


def _local(value: Any) -> Optional[datetime]:
    """A stored instant (UTC, naive or aware, or its ISO text) as naive Vietnam local time."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value == "":
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    if pd.isna(stamp):
        return None
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp
    return stamp.tz_convert(LOCAL_TZ).tz_localize(None).floor("min").to_pydatetime()


def _minute(value: Any) -> Optional[datetime]:
    """'2026-12-02 22:27' (local time, as _clean leaves it) -> datetime."""
    try:
        return datetime.strptime(str(value)[:16], "%Y-%m-%d %H:%M") if value else None
    except ValueError:
        return None


def _number_format(values: list) -> Optional[str]:
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)
               and not (isinstance(v, float) and math.isnan(v))]
    if not numbers:
        return None
    return INTEGER_FORMAT if all(float(v).is_integer() for v in numbers) else DECIMAL_FORMAT


def _plain(value: Any) -> Any:
    """A DataFrame cell as openpyxl takes it: numpy scalars to Python, NaN/NA to None."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return value
    return value


def _width(column: str, cells: list[str]) -> float:
    """Column width in characters: the longest value (capped), and the header's longest word
    (the header row wraps over two lines)."""
    longest = max((len(c) for c in cells), default=0)
    words = str(column).split()
    header = max(max((len(w) for w in words), default=0), (len(str(column)) + 1) // 2)
    return float(min(60, max(8, longest + 2, header + 3)))


def xlsx_rows(table: Table) -> tuple[list[str], list[list[Any]], dict[int, str]]:
    """(headers, rows, number formats by 0-based column) for one sheet: dates as dates, local times,
    numbers as numbers."""
    frame = table.frame
    headers = list(table.shown().columns)
    columns = list(frame.columns)
    rows = [[_plain(v) for v in values] for values in frame.itertuples(index=False, name=None)]
    formats: dict[int, str] = {}
    for index, column in enumerate(columns):
        name = str(column)
        if name in TEXT_COLUMNS:
            for row in rows:
                row[index] = None if row[index] is None else str(row[index])
            continue
        if name in DATE_COLUMNS:
            for row in rows:
                row[index] = _day(row[index])
            formats[index] = DATE_FORMAT
        elif name in DATETIME_COLUMNS:
            for row in rows:
                row[index] = _minute(row[index])
            formats[index] = DATETIME_FORMAT
        elif (table.key, name) in MIXED_NUMBERS:
            formats[index] = "mixed"
        else:
            number_format = _number_format([row[index] for row in rows])
            if number_format:
                formats[index] = number_format
    return headers, rows, formats


def _shown_text(value: Any, number_format: Optional[str]) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and number_format in (DECIMAL_FORMAT, "mixed"):
        return f"{value:,.2f}"
    return str(value)


def write_xlsx(tables: dict[str, Table], path: str | Path) -> Path:
    """One sheet per table: bold white header on dark blue, frozen and filtered; dates as dates
    (dd/mm/yyyy), times in Vietnam local time, numbers as numbers; columns sized to their content,
    long text wrapped; the table's note under it; printable landscape, one page wide."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    header_border = Border(bottom=Side(style="thin", color="1F4E79"))
    book = Workbook()
    book.remove(book.active)
    for table in tables.values():
        headers, rows, formats = xlsx_rows(table)
        sheet = book.create_sheet(table.title[:31])
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = header_font
            cell.fill = header_fill
            cell.border = header_border
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.row_dimensions[1].height = 32
        sheet.freeze_panes = "A2"
        columns = list(table.frame.columns)
        if headers:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
        for index, header in enumerate(headers):
            letter = get_column_letter(index + 1)
            number_format = formats.get(index)
            width = _width(header, [_shown_text(row[index], number_format) for row in rows])
            sheet.column_dimensions[letter].width = width
            wrap = width >= 40 and str(columns[index]) in WRAP_COLUMNS
            if str(columns[index]) == "doc_id":
                sheet.column_dimensions[letter].width = 66
            for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=index + 1, max_col=index + 1):
                if number_format == "mixed" and isinstance(cell.value, (int, float)):
                    cell.number_format = _number_format([cell.value])
                elif number_format and cell.value is not None:
                    cell.number_format = number_format
                if wrap:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                elif isinstance(cell.value, str):
                    cell.alignment = Alignment(vertical="top")
            if str(columns[index]) == "situation":
                for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=index + 1,
                                               max_col=index + 1):
                    colour = SITUATION_FILLS.get(cell.value)
                    if colour:
                        cell.fill = PatternFill("solid", fgColor=colour)
        after = len(rows) + 3
        if not rows:
            sheet.cell(row=2, column=1, value=table.empty).font = Font(italic=True, color="555555")
            after = 4
        if table.note:
            sheet.cell(row=after, column=1, value=table.note).font = Font(italic=True, color="555555")
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
    book.save(path)
    return path


def write_csv(tables: dict[str, Table], folder: str | Path) -> list[Path]:
    """One UTF-8 (with BOM, so Excel reads the diacritics) CSV per table, Vietnamese headers."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables.values():
        target = folder / f"{table.key}.csv"
        table.shown().to_csv(target, index=False, encoding="utf-8-sig")
        written.append(target)
    return written


# --------------------------------------------------------------------------- html and charts
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#7f7f7f", "#bcbd22")
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
SITUATION_COLOURS = (("overdue", "#d62728"), ("due_soon", "#ff7f0e"), ("open_later", "#2ca02c"),
                     ("no_deadline", "#9e9e9e"))


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _fmt(value: float) -> str:
    """A number as a Vietnamese reader writes it: decimal comma, at most two decimals (19,93)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _int(value: int) -> str:
    """1538 -> '1.538' (Vietnamese thousands separator)."""
    return f"{int(value):,}".replace(",", ".")


def _period_label(period: Any) -> str:
    """'2025-09' -> '09/2025', '2025-09-30' -> '30/09/2025', '2025' stays."""
    if not isinstance(period, str) or not period or period == NO_PERIOD:
        return NO_PERIOD
    return "/".join(reversed(period.split("-")))


def _nice_range(low: float, high: float, ticks: int = 5) -> tuple[float, float, float]:
    """Axis bounds and step on round numbers (1, 2, 2.5, 5 x 10^n) covering [low, high]."""
    if high <= low:
        low, high = low - 1, high + 1
    raw = (high - low) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _svg_open(width: int, height: int, title: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="12" aria-label="{_e(title)}">',
            f"<title>{_e(title)}</title>"]


def score_trend_svg(scores: pd.DataFrame) -> str:
    """Line chart: total score per unit over months (the total, else the sum of criteria)."""
    if scores.empty:
        return ""
    data = _latest_first(scores.dropna(subset=["period", "value"])).copy()
    data["period"] = data["period"].map(_month)
    data = data[data["period"] != NO_PERIOD]
    totals = data[data["criterion"] == TOTAL]
    if totals.empty:
        totals = data.groupby(["unit", "period", "doc_id"], as_index=False)["value"].sum()
    series = totals.groupby(["unit", "period"])["value"].last().reset_index()
    if series.empty:
        return ""
    periods = sorted(series["period"].unique())
    units = sorted(series["unit"].unique())
    width, left, right, top, bottom = 640, 52, 190, 16, 46
    height = max(300, top + bottom + 22 * len(units))
    plot_w, plot_h = width - left - right, height - top - bottom
    low, high, step = _nice_range(float(series["value"].min()), float(series["value"].max()))
    def x(i: int) -> float:
        return left + (plot_w * (i + 0.5) / len(periods))
    def y(v: float) -> float:
        return top + plot_h * (1 - (v - low) / (high - low or 1))
    parts = _svg_open(width, height, "Xu hướng tổng điểm theo đơn vị")
    parts.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fafafa" stroke="#ccc"/>')
    for tick in range(int(round((high - low) / step)) + 1):
        v = low + step * tick
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e3e3e3"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{_fmt(v)}</text>')
    for i, period in enumerate(periods):
        parts.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                     f'{_e(_period_label(period))}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 8}" text-anchor="middle" fill="#555">Tháng</text>')
    parts.append(f'<text transform="translate(14 {top + plot_h / 2}) rotate(-90)" text-anchor="middle" '
                 f'fill="#555">Tổng điểm</text>')
    for n, unit in enumerate(units):
        color = PALETTE[n % len(PALETTE)]
        points = sorted((periods.index(p), float(v)) for p, v in
                        series[series["unit"] == unit][["period", "value"]].itertuples(index=False))
        if len(points) > 1:
            path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2.5"/>')
        for i, v in points:
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4.5" fill="{color}">'
                         f'<title>{_e(unit)} — {_e(_period_label(periods[i]))}: {_fmt(v)}</title></circle>')
        last_i, last_v = points[-1]
        ly = top + 12 + 22 * n
        parts.append(f'<rect x="{width - right + 14}" y="{ly - 10}" width="12" height="12" fill="{color}"/>')
        parts.append(f'<text x="{width - right + 32}" y="{ly}">{_e(str(unit)[:20])} '
                     f'<tspan fill="#555">{_fmt(last_v)}</tspan></text>')
    parts.append("</svg>")
    return "".join(parts)


def criteria_svg(scores: pd.DataFrame) -> str:
    """Bars: each criterion's average score in the latest month against its maximum."""
    data = scores.dropna(subset=["value"])
    data = data[data["criterion"] != TOTAL].copy()
    if data.empty:
        return ""
    data["period"] = data["period"].map(lambda p: None if _month(p) == NO_PERIOD else _month(p))
    latest = sorted(data["period"].dropna().unique())
    if latest:
        data = data[data["period"] == latest[-1]]
    grouped = data.groupby("criterion").agg(value=("value", "mean"), maximum=("max_value", "max"),
                                            units=("unit", "nunique")).reset_index()
    grouped = grouped.sort_values("criterion", key=lambda c: c.map(_criterion_order))
    width, row_h, left, top = 640, 32, 200, 34
    height = top + row_h * len(grouped) + 10
    scale_max = float(max(grouped["maximum"].fillna(0).max(), grouped["value"].max(), 1))
    plot_w = width - left - 150
    title = (f"Kỳ {_period_label(latest[-1])}: trung bình {int(grouped['units'].max())} đơn vị"
             if latest else "Trung bình các đơn vị")
    parts = _svg_open(width, height, "Tiêu chí so với điểm tối đa")
    parts.append(f'<text x="{left}" y="16" fill="#555">{_e(title)}; nền xám: điểm tối đa</text>')
    for n, row in enumerate(grouped.itertuples(index=False)):
        y0 = top + n * row_h
        maximum = None if row.maximum is None or pd.isna(row.maximum) else float(row.maximum)
        if maximum:
            parts.append(f'<rect x="{left}" y="{y0}" width="{plot_w * maximum / scale_max:.1f}" height="22" '
                         f'fill="#e6e6e6" stroke="#bbb"><title>Tối đa: {_fmt(maximum)}</title></rect>')
        share = row.value / maximum if maximum else None
        color = "#1f77b4" if share is None or share >= 0.9 else ("#ff7f0e" if share >= 0.75 else "#d62728")
        parts.append(f'<rect x="{left}" y="{y0 + 4}" width="{plot_w * row.value / scale_max:.1f}" height="14" '
                     f'fill="{color}"><title>{_e(row.criterion)}: {_fmt(row.value)}</title></rect>')
        parts.append(f'<text x="{left - 8}" y="{y0 + 15}" text-anchor="end">{_e(row.criterion)}</text>')
        end = plot_w * max(row.value, maximum or 0) / scale_max
        label = (f"{_fmt(row.value)} / {_fmt(maximum)} ({round(100 * share)}%)" if maximum
                 else _fmt(row.value))
        parts.append(f'<text x="{left + end + 6:.1f}" y="{y0 + 15}">{_e(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def tasks_svg(by_unit: pd.DataFrame) -> str:
    """Stacked bars: tasks per unit by deadline situation, counts written on the bars."""
    if by_unit.empty:
        return ""
    width, row_h, left, top = 1000, 28, 280, 34
    height = top + row_h * len(by_unit) + 8
    most = max(1, int(by_unit["total"].max()))
    plot_w = width - left - 50
    parts = _svg_open(width, height, "Nhiệm vụ theo đơn vị và thời hạn")
    lx = left
    for key, color in SITUATION_COLOURS:
        parts.append(f'<rect x="{lx}" y="6" width="12" height="12" fill="{color}"/>'
                     f'<text x="{lx + 16}" y="16">{_e(LABELS[key])}</text>')
        lx += 34 + 7 * len(LABELS[key])
    for n, row in enumerate(by_unit.itertuples(index=False)):
        y0, x0 = top + n * row_h, float(left)
        parts.append(f'<text x="{left - 8}" y="{y0 + 14}" text-anchor="end">{_e(str(row.unit)[:40])}</text>')
        for key, color in SITUATION_COLOURS:
            count = int(getattr(row, key))
            if count:
                w = plot_w * count / most
                parts.append(f'<rect x="{x0:.1f}" y="{y0}" width="{w:.1f}" height="20" fill="{color}">'
                             f'<title>{_e(row.unit)} — {_e(LABELS[key])}: {count}</title></rect>')
                if w >= 16:
                    parts.append(f'<text x="{x0 + w / 2:.1f}" y="{y0 + 14}" text-anchor="middle" fill="#fff" '
                                 f'font-weight="bold">{count}</text>')
                x0 += w
        parts.append(f'<text x="{x0 + 6:.1f}" y="{y0 + 14}" fill="#555">{int(row.total)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def criteria_by_unit(scores: pd.DataFrame) -> tuple[list[str], list[tuple[str, str, list]]]:
    """Each unit's latest month: every criterion as (value, maximum) -> (criteria, [(unit, month, cells)])."""
    data = _latest_first(scores.dropna(subset=["value"])).copy()
    if data.empty:
        return [], []
    data["month"] = data["period"].map(_month)
    criteria = sorted(data["criterion"].dropna().unique(), key=_criterion_order)
    rows = []
    for unit, group in data.groupby("unit", sort=True):
        months = sorted(m for m in group["month"].unique() if m != NO_PERIOD) or [NO_PERIOD]
        latest = group[group["month"] == months[-1]]
        cells = []
        for criterion in criteria:
            found = latest[latest["criterion"] == criterion]
            if found.empty:
                cells.append(None)
            else:
                last = found.iloc[-1]
                maximum = last["max_value"]
                cells.append((float(last["value"]), None if pd.isna(maximum) else float(maximum)))
        rows.append((unit, months[-1], cells))
    return criteria, rows


def _share_colour(share: float) -> str:
    """Red (low) to green (full marks) for a share of the maximum."""
    if share >= 0.95:
        return "#c7e9c0"
    if share >= 0.85:
        return "#e5f5b0"
    if share >= 0.75:
        return "#fee8a0"
    return "#f8c4c0"


def criteria_table_html(scores: pd.DataFrame) -> str:
    criteria, rows = criteria_by_unit(scores)
    if not rows:
        return ""
    head = "".join(f"<th>{_e(c)}</th>" for c in criteria)
    body = []
    for unit, month, cells in rows:
        tds = []
        for cell in cells:
            if cell is None:
                tds.append("<td></td>")
                continue
            value, maximum = cell
            if maximum:
                share = value / maximum
                tds.append(f'<td class="num heat" style="background:{_share_colour(share)}" '
                           f'title="{_fmt(value)} / {_fmt(maximum)}">{_fmt(value)}<small>/{_fmt(maximum)}</small>'
                           f"</td>")
            else:
                tds.append(f'<td class="num">{_fmt(value)}</td>')
        body.append(f"<tr><td>{_e(unit)}</td><td>{_e(_period_label(month))}</td>{''.join(tds)}</tr>")
    return (f'<div class="scroll"><table class="heatmap"><thead><tr><th>Đơn vị</th><th>Kỳ</th>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>"
            '<p class="note">Màu theo tỷ lệ so với điểm tối đa: xanh ≥ 95%, vàng nhạt ≥ 85%, vàng ≥ 75%, đỏ dưới 75%.</p>')


HTML_STYLE = f"""
* {{ box-sizing: border-box; }}
body {{ font-family: {FONT}; margin: 0; color: #222; background: #f4f6f9; font-size: 14px; }}
header {{ background: #1f4e79; color: #fff; padding: 14px 24px 10px; }}
header h1 {{ font-size: 21px; margin: 0 0 4px; }} header p {{ margin: 0; opacity: .85; font-size: 13px; }}
nav {{ position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid #d8dde5; padding: 6px 24px;
      display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }}
nav a {{ color: #1f4e79; text-decoration: none; }} nav a:hover {{ text-decoration: underline; }}
main {{ padding: 12px 24px 40px; max-width: 1400px; }}
section {{ background: #fff; border: 1px solid #d8dde5; border-radius: 6px; padding: 10px 16px 12px; margin: 14px 0; }}
h2 {{ font-size: 17px; margin: 2px 0 6px; color: #1f4e79; }}
.tiles {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin-top: 12px; }}
.tile {{ background: #fff; border: 1px solid #d8dde5; border-radius: 6px; padding: 8px 12px; }}
.tile b {{ display: block; font-size: 24px; }} .tile span {{ color: #555; font-size: 13px; }}
.tile.bad b {{ color: #c0392b; }} .tile.warn b {{ color: #d35400; }}
.charts {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(600px, 1fr)); gap: 0 14px; }}
figure {{ margin: 0; }} figcaption {{ font-weight: bold; margin-bottom: 4px; }}
svg {{ max-width: 100%; height: auto; }}
.scroll {{ overflow-x: auto; max-width: 100%; }}
table {{ border-collapse: collapse; font-size: 13px; margin: 6px 0; }}
th {{ background: #1f4e79; color: #fff; padding: 6px 8px; text-align: left; vertical-align: bottom; }}
td {{ border: 1px solid #e0e4ea; padding: 4px 8px; vertical-align: top; }}
tr:nth-child(even) td {{ background: #f6f8fb; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
td.date, td.nowrap {{ white-space: nowrap; }} td.unit {{ min-width: 150px; }} td.long {{ min-width: 280px; max-width: 520px; }}
td.id {{ font-family: DejaVu Sans Mono, monospace; font-size: 11px; color: #666; }}
table.heatmap td.heat {{ text-align: center; }} table.heatmap small {{ color: #666; }}
td.sit-overdue {{ background: #f8d7da !important; }} td.sit-soon {{ background: #ffe8cc !important; }}
p.note {{ color: #555; font-style: italic; margin: 4px 0; }}
@media print {{ nav {{ display: none; }} section {{ break-inside: avoid; }} body {{ background: #fff; }} }}
"""
LONG_COLUMNS = {"task", "subject", "deadline_text", "source_text"}
ID_COLUMNS = {"record_id", "page", "line", "attempts"}
NOWRAP_COLUMNS = {"situation", "doc_number", "deadline_kind", "status", "period", "kind", "source_name"}
_PERIOD_HEADER = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def _html_cell(column: str, value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "<td></td>"
    if column in DATE_COLUMNS:
        day = _day(value)
        return f'<td class="date">{_e(day.strftime("%d/%m/%Y") if day else value)}</td>'
    if column in DATETIME_COLUMNS:
        local = _minute(value)
        return f'<td class="date">{_e(local.strftime("%d/%m/%Y %H:%M") if local else value)}</td>'
    if column == "doc_id":
        return f'<td class="id" title="{_e(value)}">{_e(str(value)[:12])}…</td>'
    if column == "situation":
        css = {"Quá hạn": " sit-overdue", f"Đến hạn trong {DUE_SOON_DAYS} ngày": " sit-soon"}.get(value, "")
        return f'<td class="nowrap{css}">{_e(value)}</td>'
    if isinstance(value, (int, float)) and not isinstance(value, bool) and column not in TEXT_COLUMNS:
        if column in ID_COLUMNS:
            return f'<td class="num">{int(value)}</td>'
        shown = _int(value) if float(value).is_integer() else _fmt(float(value))
        if column == "confidence":
            shown = f"{round(100 * float(value))}%"
        return f'<td class="num">{_e(shown)}</td>'
    css = ' class="long"' if column in LONG_COLUMNS else (' class="nowrap"' if column in NOWRAP_COLUMNS else
                                                            (' class="unit"' if column in ("unit", "issuer") else ""))
    return f"<td{css}>{_e(value)}</td>"


def _html_table(table: Table) -> str:
    shown = table.shown()
    if shown.empty:
        return f'<p class="note">{_e(table.empty)}</p>'
    head = "".join(f"<th>{_e(_period_label(c) if _PERIOD_HEADER.match(str(c)) else c)}</th>"
                   for c in shown.columns)
    columns = [str(c) for c in table.frame.columns]
    rows = []
    for values in table.frame.itertuples(index=False, name=None):
        rows.append("<tr>" + "".join(_html_cell(c, _plain(v)) for c, v in zip(columns, values)) + "</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def _tiles(tables: dict[str, Table], scores: pd.DataFrame) -> str:
    docs = tables["documents"].frame
    copies = int((docs["status"] == STATUS_LABELS["copy"]).sum()) if not docs.empty else 0
    by_unit = tables["tasks_by_unit"].frame
    overdue = int(by_unit["overdue"].sum()) if not by_unit.empty else 0
    soon = int(by_unit["due_soon"].sum()) if not by_unit.empty else 0
    waiting = len(tables["review_queue"].frame)
    units = scores["unit"].nunique() if not scores.empty else 0
    tiles = [("", len(docs) - copies, "văn bản" + (f" (+{copies} tệp bản sao)" if copies else "")),
             ("", units, "đơn vị có điểm"),
             ("", len(tables["tasks"].frame), "nhiệm vụ"),
             ("bad" if overdue else "", overdue, "nhiệm vụ quá hạn"),
             ("warn" if soon else "", soon, f"đến hạn trong {DUE_SOON_DAYS} ngày"),
             ("warn" if waiting else "", waiting, "bản ghi cần rà soát")]
    return '<div class="tiles">' + "".join(
        f'<div class="tile {css}"><b>{_int(n)}</b><span>{_e(label)}</span></div>' for css, n, label in tiles) + "</div>"


def render_html(tables: dict[str, Table], scores: pd.DataFrame, generated: Optional[str] = None) -> str:
    if generated is None:
        from zoneinfo import ZoneInfo
        generated = datetime.now(ZoneInfo(LOCAL_TZ)).strftime("%d/%m/%Y %H:%M")
    charts = [("Xu hướng tổng điểm theo đơn vị", score_trend_svg(scores)),
              ("Tiêu chí so với điểm tối đa", criteria_svg(scores))]
    nav = " ".join([f'<a href="#bieu-do">Biểu đồ</a>', '<a href="#tieu-chi-don-vi">Tiêu chí theo đơn vị</a>']
                   + [f'<a href="#{t.key}">{_e(t.title)}</a>' for t in tables.values()])
    body = [f'<header><h1>Báo cáo tổng hợp văn bản hành chính</h1><p>Lập lúc {_e(generated)} bởi vanban. '
            f'Mỗi văn bản chỉ tính một lần (bản quét và bản ký số của cùng văn bản là một).</p></header>',
            f"<nav>{nav}</nav>", "<main>", _tiles(tables, scores),
            '<section id="bieu-do"><h2>Biểu đồ</h2><div class="charts">']
    for title, svg in charts:
        body.append(f"<figure><figcaption>{_e(title)}</figcaption>"
                    f"{svg or f'<p class=note>{EMPTY}</p>'}</figure>")
    body.append("</div><figure><figcaption>Nhiệm vụ theo đơn vị và thời hạn</figcaption>"
                f"{tasks_svg(tables['tasks_by_unit'].frame) or f'<p class=note>{EMPTY}</p>'}</figure></section>")
    body.append('<section id="tieu-chi-don-vi"><h2>Tiêu chí theo đơn vị <small>(kỳ gần nhất của mỗi đơn vị)</small>'
                f"</h2>{criteria_table_html(scores) or f'<p class=note>{EMPTY}</p>'}</section>")
    for table in tables.values():
        body.append(f'<section id="{table.key}"><h2>{_e(table.title)}</h2>')
        if table.note:
            body.append(f'<p class="note">{_e(table.note)}</p>')
        body.append(_html_table(table) + "</section>")
    body.append("</main>")
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Báo cáo vanban — {_e(generated)}</title><style>{HTML_STYLE}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")


def score_frame(store) -> pd.DataFrame:
    with store.engine.connect() as connection:
        frame = _clean(_read(connection, "v_scores"))
    frame["unit"] = frame["unit"].fillna(UNKNOWN)
    return frame


def write_html(tables: dict[str, Table], path: str | Path, scores: pd.DataFrame) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(tables, scores), encoding="utf-8")
    return path


def write_report(store, fmt: str, out: str | Path, today: Optional[date] = None) -> list[Path]:
    """Build every table and write them as xlsx, csv (a folder) or html; returns the files written."""
    tables = build_reports(store, today=today)
    if fmt == "xlsx":
        return [write_xlsx(tables, out)]
    if fmt == "csv":
        return write_csv(tables, out)
    if fmt == "html":
        return [write_html(tables, out, score_frame(store))]
    raise ValueError(f"unknown report format: {fmt}")
