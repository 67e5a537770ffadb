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
    "next_deadline": "Hạn gần nhất", "path": "Đường dẫn", "attempts": "Số lần thử", "last_at": "Lần cuối",
    "first_at": "Lần đầu", "pages": "Số trang", "issuer": "Cơ quan ban hành", "subject": "Trích yếu",
    "pipeline_version": "Phiên bản xử lý", "ingested_at": "Thời điểm nạp", "records": "Số bản ghi",
    "needs_review": "Cần rà soát", "doc_id": "Mã văn bản (sha256)", "change": "Thay đổi hạng",
}
KIND_LABELS = {"scores": "Điểm", "ranks": "Xếp hạng", "tasks": "Nhiệm vụ", "metrics": "Chỉ tiêu"}
STATUS_LABELS = {"auto": "Tự động", "needs_review": "Cần rà soát", "approved": "Đã duyệt", "corrected": "Đã sửa",
                 "loaded": "Đã nạp", "reviewed": "Đã rà soát"}
DEADLINE_KIND_LABELS = {"by": "trước ngày", "exact": "đúng ngày", "month": "trong tháng", "recurring": "định kỳ",
                        "relative": "tương đối", "none": "không có"}
REASON_LABELS = {"low_confidence": "độ tin cậy thấp"}


@dataclass
class Table:
    key: str                      # file name (csv) and anchor (html)
    title: str                    # sheet name / heading, Vietnamese (<= 31 characters)
    frame: pd.DataFrame
    note: str = ""
    labels: dict[str, str] = field(default_factory=dict)   # extra column labels (e.g. periods stay as is)

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
    """Datetimes as ISO text (Excel refuses time zones), None instead of NaN in text columns."""
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]) or frame[column].map(
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
    note = f"Tình trạng tính đến ngày {today.isoformat()} (chỉ theo thời hạn, không biết việc đã xong hay chưa)."
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
    note = f"Tính đến ngày {today.isoformat()}."
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
    columns = ["name", "value", "measure_unit", "period", "doc_number", "issued_date", "source_name", "status"]
    frame = frame.copy()
    if not frame.empty:
        frame["status"] = frame["status"].map(lambda s: STATUS_LABELS.get(s, s))
        frame = frame.sort_values(["name", "period", "record_id"], na_position="first")
    return Table("metrics", "Chỉ tiêu", frame.reindex(columns=columns).reset_index(drop=True))


def review_by_reason(queue: pd.DataFrame) -> Table:
    columns = ["reason", "kind", "count"]
    rows: dict[tuple[str, str], int] = {}
    for _, row in queue.iterrows():
        for reason in _reasons(row["review_reasons"]) or ["(không ghi lý do)"]:
            key = (REASON_LABELS.get(reason, reason), KIND_LABELS.get(row["kind"], row["kind"]))
            rows[key] = rows.get(key, 0) + 1
    frame = pd.DataFrame([(r, k, n) for (r, k), n in rows.items()], columns=columns)
    frame = frame.sort_values(["count", "reason"], ascending=[False, True]).reset_index(drop=True)
    return Table("review_by_reason", "Chất lượng dữ liệu", frame,
                 "Bản ghi cần rà soát, theo lý do (một bản ghi có thể có nhiều lý do).")


def review_queue(queue: pd.DataFrame) -> Table:
    columns = ["record_id", "kind", "reason", "confidence", "source_name", "doc_number", "page", "line", "source_text"]
    frame = queue.copy()
    if not frame.empty:
        frame["reason"] = frame["review_reasons"].map(
            lambda v: "; ".join(REASON_LABELS.get(r, r) for r in _reasons(v)))
        frame["kind"] = frame["kind"].map(lambda k: KIND_LABELS.get(k, k))
        frame["confidence"] = frame["confidence"].round(3)
        frame = frame.sort_values(["source_name", "page", "line", "record_id"])
    return Table("review_queue", "Cần rà soát", frame.reindex(columns=columns).reset_index(drop=True))


def failures(frame: pd.DataFrame) -> Table:
    columns = ["path", "reason", "attempts", "first_at", "last_at", "doc_id"]
    return Table("failures", "Tệp lỗi", frame.reindex(columns=columns).sort_values("path").reset_index(drop=True))


def documents(frame: pd.DataFrame) -> Table:
    columns = ["source_name", "doc_number", "doc_type", "issued_date", "issuer", "subject", "pages", "records",
               "needs_review", "status", "pipeline_version", "ingested_at", "doc_id"]
    frame = frame.copy()
    if not frame.empty:
        frame["status"] = frame["status"].map(lambda s: STATUS_LABELS.get(s, s))
        frame = frame.sort_values(["issued_date", "source_name"], na_position="last")
    return Table("documents", "Văn bản", frame.reindex(columns=columns).reset_index(drop=True))


# --------------------------------------------------------------------------- writers
def write_xlsx(tables: dict[str, Table], path: str | Path) -> Path:
    """One sheet per table: bold white header on blue, frozen, filtered, sized columns."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    header_font = Font(bold=True, color="FFFFFF", name="Arial")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for table in tables.values():
            shown = table.shown()
            shown.to_excel(writer, sheet_name=table.title[:31], index=False)
            sheet = writer.sheets[table.title[:31]]
            for cell in sheet[1]:
                cell.font = header_font
                cell.fill = header_fill
                cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            sheet.row_dimensions[1].height = 32
            sheet.freeze_panes = "A2"
            if len(shown.columns):
                sheet.auto_filter.ref = f"A1:{get_column_letter(len(shown.columns))}{max(1, len(shown) + 1)}"
            for index, column in enumerate(shown.columns, start=1):
                values = [str(column)] + ["" if v is None else str(v) for v in shown.iloc[:, index - 1].tolist()]
                width = min(60, max(8, max(len(v) for v in values) + 2))
                sheet.column_dimensions[get_column_letter(index)].width = width
                for row in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    for cell in row:
                        if isinstance(cell.value, float):
                            cell.number_format = "0.00"
                        elif width >= 60:
                            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if table.note:
                sheet.cell(row=len(shown) + 3, column=1, value=table.note).font = Font(italic=True, color="555555")
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


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _nice_range(low: float, high: float, ticks: int = 5) -> tuple[float, float, float]:
    """Axis bounds and step on round numbers (1, 2, 2.5, 5 x 10^n) covering [low, high]."""
    if high <= low:
        low, high = low - 1, high + 1
    raw = (high - low) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def score_trend_svg(scores: pd.DataFrame) -> str:
    """Line chart: total score per unit over periods (the total, else the sum of criteria)."""
    if scores.empty:
        return ""
    data = _latest_first(scores.dropna(subset=["period", "value"])).copy()
    data["period"] = data["period"].map(_month)
    totals = data[data["criterion"] == TOTAL]
    if totals.empty:
        totals = data.groupby(["unit", "period", "doc_id"], as_index=False)["value"].sum()
    series = totals.groupby(["unit", "period"])["value"].last().reset_index()
    if series.empty:
        return ""
    periods = sorted(series["period"].unique())
    units = sorted(series["unit"].unique())
    width, height, left, right, top, bottom = 760, 360, 60, 220, 30, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    low, high, step = _nice_range(float(series["value"].min()), float(series["value"].max()))
    def x(i: int) -> float:
        return left + (plot_w * (i + 0.5) / len(periods))
    def y(v: float) -> float:
        return top + plot_h * (1 - (v - low) / (high - low or 1))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="12">',
             f'<title>Xu hướng điểm theo đơn vị</title>',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fafafa" stroke="#ccc"/>']
    for tick in range(int(round((high - low) / step)) + 1):
        v = low + step * tick
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e3e3e3"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{_fmt(v)}</text>')
    for i, period in enumerate(periods):
        parts.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle">{_e(period)}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 12}" text-anchor="middle">Kỳ</text>')
    parts.append(f'<text transform="translate(16 {top + plot_h / 2}) rotate(-90)" text-anchor="middle">Điểm</text>')
    for n, unit in enumerate(units):
        color = PALETTE[n % len(PALETTE)]
        points = [(periods.index(p), v) for p, v in
                  series[series["unit"] == unit][["period", "value"]].itertuples(index=False)]
        points.sort()
        if len(points) > 1:
            path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2.5"/>')
        for i, v in points:
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="{color}">'
                         f'<title>{_e(unit)} — {_e(periods[i])}: {_fmt(v)}</title></circle>')
        ly = top + 14 + 20 * n
        parts.append(f'<rect x="{width - right + 16}" y="{ly - 10}" width="12" height="12" fill="{color}"/>')
        parts.append(f'<text x="{width - right + 34}" y="{ly}">{_e(unit)[:30]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def criteria_svg(scores: pd.DataFrame) -> str:
    """Bars: each criterion's average score in the latest period against its maximum."""
    data = scores.dropna(subset=["value"])
    data = data[data["criterion"] != TOTAL].copy()
    if data.empty:
        return ""
    data["period"] = data["period"].map(lambda p: None if _month(p) == NO_PERIOD else _month(p))
    latest = sorted(data["period"].dropna().unique())
    if latest:
        data = data[data["period"] == latest[-1]]
    grouped = data.groupby("criterion").agg(value=("value", "mean"), maximum=("max_value", "max")).reset_index()
    grouped = grouped.sort_values("criterion", key=lambda c: c.map(_criterion_order))
    width, row_h, left, top = 760, 34, 230, 40
    height = top + row_h * len(grouped) + 30
    scale_max = float(max(grouped["maximum"].fillna(0).max(), grouped["value"].max(), 1))
    plot_w = width - left - 160
    title = f"Tiêu chí so với điểm tối đa{(' — kỳ ' + latest[-1]) if latest else ''} (trung bình các đơn vị)"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="12">',
             f'<title>{_e(title)}</title>', f'<text x="{left}" y="20" font-weight="bold">{_e(title)}</text>']
    for n, row in enumerate(grouped.itertuples(index=False)):
        y0 = top + n * row_h
        maximum = None if row.maximum is None or pd.isna(row.maximum) else float(row.maximum)
        if maximum:
            parts.append(f'<rect x="{left}" y="{y0}" width="{plot_w * maximum / scale_max:.1f}" height="22" '
                         f'fill="#e6e6e6" stroke="#bbb"><title>Tối đa: {_fmt(maximum)}</title></rect>')
        share = f" ({row.value / maximum:.0%})" if maximum else ""
        parts.append(f'<rect x="{left}" y="{y0 + 4}" width="{plot_w * row.value / scale_max:.1f}" height="14" '
                     f'fill="#1f77b4"><title>{_e(row.criterion)}: {_fmt(row.value)}</title></rect>')
        parts.append(f'<text x="{left - 8}" y="{y0 + 15}" text-anchor="end">{_e(row.criterion)}</text>')
        end = plot_w * max(row.value, maximum or 0) / scale_max
        label = f"{_fmt(row.value)} / {_fmt(maximum)}{share}" if maximum else _fmt(row.value)
        parts.append(f'<text x="{left + end + 6:.1f}" y="{y0 + 15}">{_e(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def tasks_svg(by_unit: pd.DataFrame) -> str:
    """Stacked bars: tasks per unit by deadline situation."""
    if by_unit.empty:
        return ""
    parts_def = (("overdue", "#d62728"), ("due_soon", "#ff7f0e"), ("open_later", "#2ca02c"),
                 ("no_deadline", "#9e9e9e"))
    width, row_h, left, top = 760, 30, 260, 40
    height = top + row_h * len(by_unit) + 40
    most = max(1, int(by_unit["total"].max()))
    plot_w = width - left - 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="12">',
             '<title>Nhiệm vụ theo đơn vị</title>']
    lx = left
    for key, color in parts_def:
        parts.append(f'<rect x="{lx}" y="8" width="12" height="12" fill="{color}"/>'
                     f'<text x="{lx + 16}" y="18">{_e(LABELS[key])}</text>')
        lx += 30 + 7 * len(LABELS[key])
    for n, row in enumerate(by_unit.itertuples(index=False)):
        y0, x0 = top + n * row_h, float(left)
        parts.append(f'<text x="{left - 8}" y="{y0 + 15}" text-anchor="end">{_e(row.unit)[:38]}</text>')
        for key, color in parts_def:
            count = int(getattr(row, key))
            if count:
                w = plot_w * count / most
                parts.append(f'<rect x="{x0:.1f}" y="{y0}" width="{w:.1f}" height="20" fill="{color}">'
                             f'<title>{_e(LABELS[key])}: {count}</title></rect>')
                x0 += w
    parts.append("</svg>")
    return "".join(parts)


HTML_STYLE = f"""
body {{ font-family: {FONT}; margin: 24px; color: #222; }}
h1 {{ font-size: 22px; }} h2 {{ font-size: 18px; margin-top: 32px; border-bottom: 2px solid #1f4e79; }}
table {{ border-collapse: collapse; font-size: 13px; margin: 8px 0; }}
th {{ background: #1f4e79; color: #fff; padding: 6px 8px; position: sticky; top: 0; }}
td {{ border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; }}
tr:nth-child(even) td {{ background: #f6f8fb; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
p.note {{ color: #555; font-style: italic; }} figure {{ margin: 12px 0; }} nav a {{ margin-right: 12px; }}
"""


def _html_table(table: Table) -> str:
    shown = table.shown()
    if shown.empty:
        return '<p class="note">Chưa có dữ liệu.</p>'
    head = "".join(f"<th>{_e(c)}</th>" for c in shown.columns)
    rows = []
    for values in shown.itertuples(index=False):
        cells = []
        for v in values:
            if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
                cells.append("<td></td>")
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<td class="num">{_e(_fmt(v) if isinstance(v, float) else v)}</td>')
            else:
                cells.append(f"<td>{_e(v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_html(tables: dict[str, Table], scores: pd.DataFrame, generated: Optional[str] = None) -> str:
    generated = generated or datetime.now().strftime("%Y-%m-%d %H:%M")
    charts = [("Xu hướng tổng điểm theo đơn vị", score_trend_svg(scores)),
              ("Tiêu chí so với điểm tối đa", criteria_svg(scores)),
              ("Nhiệm vụ theo đơn vị và thời hạn", tasks_svg(tables["tasks_by_unit"].frame))]
    nav = " ".join(f'<a href="#{t.key}">{_e(t.title)}</a>' for t in tables.values())
    body = [f"<h1>Báo cáo tổng hợp văn bản — vanban</h1><p class=\"note\">Lập lúc {_e(generated)}.</p>",
            f"<nav>{nav}</nav>", "<h2>Biểu đồ</h2>"]
    for title, svg in charts:
        body.append(f"<figure><figcaption><b>{_e(title)}</b></figcaption>"
                    f"{svg or '<p class=note>Chưa có dữ liệu.</p>'}</figure>")
    for table in tables.values():
        body.append(f'<h2 id="{table.key}">{_e(table.title)}</h2>')
        if table.note:
            body.append(f'<p class="note">{_e(table.note)}</p>')
        body.append(_html_table(table))
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Báo cáo vanban</title><style>{HTML_STYLE}</style></head><body>"
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
