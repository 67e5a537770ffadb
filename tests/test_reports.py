"""Reports from the SQL views (SQLite and PostgreSQL), the xlsx/csv/html writers,
and the `vanban report` / `vanban export` commands."""
from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime

import pytest

from store import open_store
from store.reports import build_reports
from store.testing import make_processed
from vanban.cli import main

UNITS = ("phường An Bình", "phường Hòa Lạc", "xã Tân Phú")
PERIODS = ("2025-09", "2025-10", "2025-11")
DEADLINES = ("2026-11-20", "2026-11-26", "2026-12-31")      # overdue, due soon, later (today 2026-11-22)
TODAY = date(2026, 11, 22)


def fill(store) -> dict:
    loaded = {}
    seed = 0
    for period in PERIODS:
        for unit in UNITS:
            seed += 1
            processed = make_processed(seed, unit=unit, period=period, low_confidence=seed % 4 == 0,
                                       assignee="Phòng Văn hóa - Xã hội" if seed % 3 == 0
                                       else "Trung tâm Phục vụ hành chính công",
                                       deadline=DEADLINES[seed % 3])
            store.load(processed)
            loaded[(unit, period)] = processed
    store.record_failure("/hop-thu/hong.pdf", "PDF bị mã hóa (encrypted)")
    return loaded


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def filled(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'vanban.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_database")
    store = open_store(url)
    loaded = fill(store)
    yield store, loaded
    store.close()


def test_report_tables(filled):
    store, loaded = filled
    tables = build_reports(store, today=TODAY)
    assert list(tables) == ["scores_pivot", "rank_history", "tasks_by_unit", "tasks", "metrics",
                            "review_by_reason", "review_queue", "failures", "documents"]
    pivot = tables["scores_pivot"].frame
    assert list(pivot.columns[4:]) == list(PERIODS)
    assert len(pivot) == len(UNITS) * 7
    for (unit, period), processed in loaded.items():
        total = next(s for s in processed.records.scores if s.criterion == "Tổng điểm")
        row = pivot[(pivot["unit"] == unit) & (pivot["criterion"] == "Tổng điểm")].iloc[0]
        assert row[period] == pytest.approx(total.value) and row["max_value"] == 100
    first_rows = pivot[pivot["unit"] == UNITS[0]]["criterion"].tolist()
    assert first_rows[0] == "Công khai, minh bạch" and first_rows[-1] == "Tổng điểm"

    ranks = tables["rank_history"].frame
    an_binh = ranks[ranks["unit"] == UNITS[0]]
    assert an_binh["period"].tolist() == list(PERIODS)
    assert an_binh["change"].isna().tolist() == [True, False, False]
    assert int(an_binh["change"].iloc[1]) == int(an_binh["rank"].iloc[0] - an_binh["rank"].iloc[1])

    by_unit = tables["tasks_by_unit"].frame.set_index("unit")
    tasks = tables["tasks"].frame
    assert by_unit["total"].sum() == len(tasks) == 18
    assert by_unit["no_deadline"].sum() == 9                         # the weekly task of each document
    expected_overdue = sum(1 for seed in range(1, 10) if DEADLINES[seed % 3] == "2026-11-20")
    assert by_unit["overdue"].sum() == expected_overdue
    assert by_unit["due_soon"].sum() == sum(1 for seed in range(1, 10) if DEADLINES[seed % 3] == "2026-11-26")
    assert set(tasks.loc[tasks["deadline"] == "2026-11-20", "situation"]) == {"Quá hạn"}
    assert set(tasks.loc[tasks["deadline"] == "2026-11-26", "days_left"]) == {4}

    assert len(tables["metrics"].frame) == 9
    quality = tables["review_by_reason"].frame
    assert quality.to_dict("records") == [{"reason": "độ tin cậy thấp", "kind": "Điểm", "count": 2}]
    assert len(tables["review_queue"].frame) == 2
    from store.reports import _reason_label                        # the checks' codes, in Vietnamese
    assert _reason_label("sum_mismatch: tổng các nhóm 91 khác tổng điểm 92", detail=True) == \
        "tổng các nhóm không khớp tổng điểm (tổng các nhóm 91 khác tổng điểm 92)"
    assert tables["failures"].frame["reason"].tolist() == ["PDF bị mã hóa (encrypted)"]
    assert len(tables["documents"].frame) == 9


def test_report_command_writes_xlsx_csv_html(filled, tmp_path, capsys):
    from openpyxl import load_workbook
    store, _ = filled
    xlsx, html, folder = tmp_path / "bao-cao.xlsx", tmp_path / "bao-cao.html", tmp_path / "csv"
    for fmt, out in (("xlsx", xlsx), ("html", html), ("csv", folder)):
        assert main(["report", "--db", store.url, "--format", fmt, "--out", str(out)]) == 0
        assert "đã lập báo cáo" in capsys.readouterr().err

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Điểm theo đơn vị", "Lịch sử xếp hạng", "Nhiệm vụ theo đơn vị", "Danh sách nhiệm vụ",
                               "Chỉ tiêu", "Chất lượng dữ liệu", "Cần rà soát", "Tệp lỗi", "Văn bản"]
    sheet = book["Điểm theo đơn vị"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Đơn vị", "Bộ chỉ số", "Tiêu chí", "Điểm tối đa"] and header[4:] == list(PERIODS)
    assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("1F4E79")
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["C"].width >= len("Dịch vụ công trực tuyến")
    assert isinstance(sheet["E2"].value, float)                       # numbers stay numbers
    assert sheet["E2"].number_format == "#,##0.00" and sheet["D2"].number_format == "#,##0"   # maxima are whole
    assert book["Nhiệm vụ theo đơn vị"]["C1"].value == "Quá hạn"
    for name in book.sheetnames:                                      # sized to their content, within reason
        widths = [d.width for d in book[name].column_dimensions.values()]
        assert widths and all(8 <= w <= 66 for w in widths), (name, widths)

    def column(sheet, header):
        names = [c.value for c in sheet[1]]
        return [row[names.index(header)] for row in sheet.iter_rows(min_row=2, max_row=sheet.max_row)
                if row[0].value is not None and row[1].value is not None]

    tasks_sheet = book["Danh sách nhiệm vụ"]
    deadlines = [c for c in column(tasks_sheet, "Thời hạn") if c.value is not None]
    assert deadlines and all(isinstance(c.value, datetime) and c.number_format == "dd/mm/yyyy" for c in deadlines)
    assert {c.value.date() for c in deadlines} == {date.fromisoformat(d) for d in DEADLINES}   # dates are dates
    overdue = [c for c in column(tasks_sheet, "Tình trạng") if c.value == "Quá hạn"]
    assert overdue and all(c.fill.fgColor.rgb.endswith("F8D7DA") for c in overdue)             # flagged in red
    assert tasks_sheet.column_dimensions["B"].width >= 40 and column(tasks_sheet, "Nhiệm vụ")[0].alignment.wrap_text
    ranks = column(book["Lịch sử xếp hạng"], "Hạng")
    assert all(isinstance(c.value, int) and c.number_format == "#,##0" for c in ranks)
    ingested = column(book["Văn bản"], "Thời điểm nạp (giờ VN)")
    assert all(isinstance(c.value, datetime) and c.number_format == "dd/mm/yyyy hh:mm" for c in ingested)
    from datetime import timedelta, timezone
    vietnam_now = datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(hours=7)   # stored UTC, shown local
    assert all(abs(c.value - vietnam_now) < timedelta(minutes=30) for c in ingested)
    assert all(isinstance(c.value, str) for c in column(book["Lịch sử xếp hạng"], "Kỳ"))      # periods stay text
    assert [c.value for c in book["Chỉ tiêu"][1]][:2] == ["Cơ quan ban hành", "Chỉ tiêu"]     # whose metric it is

    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") == 3 and "<polyline" in page and "phường Hòa Lạc" in page
    assert page.count('<div class="tile ') == 6 and 'class="heatmap"' in page      # key figures; criteria by unit
    assert re.search(r'<td class="num">\d+,\d{1,2}</td>', page)              # decimal comma for a Vietnamese reader
    assert '<td class="date">20/11/2026</td>' in page and '<td class="date">2026' not in page   # dd/mm/yyyy
    assert ">09/2025<" in page                                               # months on the chart axis
    assert "Tiêu chí so với điểm tối đa" in page and 'lang="vi"' in page
    assert not re.search(r"(src|href)=\"https?:", page)               # self-contained: nothing to download

    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted(["scores_pivot.csv", "rank_history.csv", "tasks_by_unit.csv", "tasks.csv", "metrics.csv",
                            "review_by_reason.csv", "review_queue.csv", "failures.csv", "documents.csv"])
    raw = (folder / "tasks.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["Đơn vị", "Nhiệm vụ", "Thời hạn", "Tình trạng"] and len(rows) == 19


def test_report_on_an_empty_store(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    for fmt, out in (("xlsx", tmp_path / "r.xlsx"), ("html", tmp_path / "r.html"), ("csv", tmp_path / "csv")):
        assert main(["report", "--db", url, "--format", fmt, "--out", str(out)]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Chưa có dữ liệu" in page and "Không có bản ghi nào cần rà soát." in page
    from openpyxl import load_workbook
    book = load_workbook(tmp_path / "r.xlsx")
    assert book["Cần rà soát"]["A2"].value == "Không có bản ghi nào cần rà soát."
    assert book["Điểm theo đơn vị"]["A2"].value == "Chưa có dữ liệu."
    assert "0 văn bản" in capsys.readouterr().err


def test_export_command_filters_and_formats(filled, tmp_path, capsys):
    store, _ = filled
    assert main(["export", "--db", store.url, "--unit", "hoa lac", "--period", "2025-11"]) == 0
    out = capsys.readouterr()
    [document] = json.loads(out.out)
    assert {r["entity"] for r in document["scores"]} == {"phường Hòa Lạc"}
    assert {r["period"] for r in document["scores"]} == {"2025-11"}
    assert out.err.startswith("vanban: đã xuất 1 văn bản")

    target = tmp_path / "out.jsonl"
    assert main(["export", "--db", store.url, "--format", "jsonl", "--since", "2025-10-01",
                 "--out", str(target)]) == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and all(json.loads(l)["document"]["issued_date"] >= "2025-10-01" for l in lines)

    assert main(["export", "--db", store.url, "--format", "csv", "--unit", "Văn hóa - Xã hội"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows and {r["kind"] for r in rows} == {"tasks"} and {r["assignee"] for r in rows} == {"Phòng Văn hóa - Xã hội"}

    assert main(["export", "--db", store.url, "--period", "11/2025"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--period" in err and "Traceback" not in err


@pytest.mark.browser
def test_html_report_reads_well_in_a_browser(tmp_path):
    """The html report in Debian's chromium at 1366×768: charts drawn, nothing wider than the window,
    nothing fetched from anywhere. Screenshots go to tests/out/reports/."""
    import os
    from pathlib import Path
    chromium = "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("VANBAN_REQUIRE_BROWSER") == "1":
            raise
        pytest.skip("the playwright Python package is not installed")
    if not os.path.exists(chromium):
        if os.environ.get("VANBAN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{chromium} is missing and VANBAN_REQUIRE_BROWSER=1")
        pytest.skip(f"{chromium} is missing")
    store = open_store(f"sqlite:///{tmp_path / 'vanban.db'}")
    fill(store)
    store.close()
    report = tmp_path / "bao-cao.html"
    assert main(["report", "--db", f"sqlite:///{tmp_path / 'vanban.db'}", "--format", "html",
                 "--out", str(report)]) == 0
    out = Path(__file__).resolve().parent / "out" / "reports"
    out.mkdir(parents=True, exist_ok=True)
    fetched: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN").new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                   else (fetched.append(route.request.url), route.abort()))
        page.goto(report.as_uri())
        page.screenshot(path=str(out / "report-top.png"))
        page.screenshot(path=str(out / "report-full.png"), full_page=True)
        sizes = page.evaluate("""() => [document.documentElement.scrollWidth,
            [...document.querySelectorAll('svg')].map(s => s.getBoundingClientRect().width)]""")
        browser.close()
    width, charts = sizes
    assert width <= 1366, "the report is wider than the window"
    assert len(charts) == 3 and all(w > 300 for w in charts)
    assert not fetched
