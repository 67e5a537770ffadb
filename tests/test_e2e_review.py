"""End to end: a clerk logs in, opens a queued record, corrects it in place, approves the next one with
the keyboard; the audit trail and the export show it; an admin promotes the clerk's word correction into
learned.tsv. Real uvicorn, real headless chromium (Debian's), real SQLite store.

Screenshots (1366×768) go to tests/out/review/.
"""
from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
OUT = Path(__file__).resolve().parent / "out" / "review"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


def _need_browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("VANBAN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and VANBAN_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium to run the browser test")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if os.environ.get("VANBAN_REQUIRE_BROWSER") == "1":
            raise
        pytest.skip("the playwright Python package is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    _need_browser()
    import uvicorn

    from review import users as U
    from review.app import create_app
    from review.db import connect
    from review.demo import load_demo

    url = f"sqlite:///{tmp_path / 'review.db'}"
    assert load_demo(url, tmp_path / "scans", count=3) == ["loaded"] * 3
    db = connect(url)
    with db.write() as s:
        U.add(s, "lan", "clerk", "lan-matkhau")
        U.add(s, "quantri", "admin", "quantri-matkhau")
    db.close()
    learned = tmp_path / "learned.tsv"
    app = create_app(url, learned_path=learned)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield {"base": f"http://127.0.0.1:{port}", "url": url, "learned": learned}
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.db.close()


def _shot(page, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"{name}.png"))


def _login(page, base: str, name: str, password: str) -> None:
    page.goto(base + "/")
    assert "/login" in page.url
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")


def test_clerk_corrects_a_queued_record(server):
    from playwright.sync_api import sync_playwright
    base = server["base"]
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN")
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        # nothing but our own server is ever asked for anything
        page.route(re.compile(r"^(?!http://127\.0\.0\.1:%d/).*" % int(base.rsplit(":", 1)[1])),
                   lambda route: (problems.append("external request: " + route.request.url), route.abort()))

        page.goto(base + "/queue")
        assert "/login" in page.url
        _shot(page, "01-login")
        page.fill("input[name=name]", "lan")
        page.fill("input[name=password]", "lan-matkhau")
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/queue$"))
        page.wait_for_load_state("networkidle")
        _shot(page, "03-queue")
        rows = page.locator("tr.qrow")
        assert rows.count() == 6            # two records per invented document need review
        assert "Độ tin cậy thấp" in page.inner_text("#queue-table")

        page.goto(base + "/")
        page.wait_for_load_state("networkidle")
        assert page.locator("svg.chart").count() >= 2
        _shot(page, "02-dashboard")

        # open the oldest queued record from the queue with the keyboard
        page.goto(base + "/queue")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/records/\d+$"))
        page.wait_for_load_state("networkidle")
        record_id = int(page.url.rsplit("/", 1)[1])
        assert page.locator("#focus-box").count() == 1             # the source line's box on the page image
        loaded = page.evaluate("""async () => {
            const r = await fetch(document.querySelector('svg.page-svg image').getAttribute('href'));
            return [r.status, r.headers.get('content-type')];
        }""")
        assert loaded == [200, "image/png"]
        assert page.locator("table.lines tr.focus").count() == 1    # the same line in the text panes
        assert page.locator("mark.chg").count() >= 1                # restorer's changes highlighted
        assert page.locator("mark.chg").first.get_attribute("data-alt")
        source_text = page.inner_text(".focusbar .source")
        assert "Dịch vụ công trực tuyến" in source_text
        _shot(page, "04-record")

        # hover a restored word: its alternatives show
        page.locator("mark.chg").first.hover()
        _shot(page, "05-alternatives")

        # e = edit in place; correct the misread value
        page.keyboard.press("e")
        value_input = page.locator(f"#row-{record_id} input[name=value]")
        value_input.wait_for()
        old_value = value_input.input_value()
        correct = re.search(r"(\d+,\d+)/12", source_text)
        assert correct, source_text
        new_value = str(round(float(old_value.replace(",", ".")) + 0.6, 2)).replace(".", ",")
        value_input.fill(new_value)
        _shot(page, "06-editing")
        value_input.press("Enter")
        page.locator(f"#row-{record_id}.saved").wait_for()
        assert "Đã sửa" in page.inner_text(f"#row-{record_id}")
        assert "Đã sửa" in page.inner_text(f"#status-{record_id}")     # focus panel updated out of band
        _shot(page, "07-corrected")

        # approve another record of the document from its row in the table (htmx, in place)
        other = page.locator("table.recs tr.rec.st-auto").first
        other_id = int(other.get_attribute("id").split("-")[1])
        other.locator("button", has_text="Duyệt").click()
        page.locator(f"#row-{other_id}.st-approved").wait_for()
        assert "Đã duyệt" in page.inner_text(f"#row-{other_id}")

        # n = next record; a = approve it (and move on)
        with page.expect_navigation():
            page.keyboard.press("n")
        second_id = int(page.url.rsplit("/", 1)[1])
        assert second_id != record_id
        page.wait_for_load_state("networkidle")
        # the second record of that document: the total whose unit name was misrestored; fix the name
        page.keyboard.press("e")
        unit_input = page.locator(f"#row-{second_id} textarea[name=entity]")
        unit_input.wait_for()
        wrong_unit = unit_input.input_value()
        right_unit = wrong_unit.replace("Hài", "Hải").replace("Bỉnh", "Bình").replace("Tiền", "Tiến")
        assert right_unit != wrong_unit
        unit_input.fill(right_unit)
        unit_input.press("Enter")
        page.locator(f"#row-{second_id}.saved").wait_for()
        assert "Đề xuất từ:" in page.inner_text(f"#row-{second_id} .suggested")   # the clerk sees what was taught
        with page.expect_navigation():
            page.keyboard.press("a")
        third_id = int(page.url.rsplit("/", 1)[1])
        assert third_id not in (record_id, second_id)
        with page.expect_navigation():
            page.keyboard.press("a")        # approve the third as it is
        page.wait_for_load_state("networkidle")

        # the audit trail shows who changed what
        page.goto(base + "/audit")
        audit = page.inner_text("table.audit")
        _shot(page, "08-audit")
        assert f"#{record_id}" in audit and f"#{third_id}" in audit
        assert old_value in audit and new_value in audit
        assert wrong_unit in audit and right_unit in audit
        assert "lan" in audit and "duyệt" in audit

        # the export carries the corrections
        response = page.request.get(base + "/export?format=json")
        assert response.status == 200
        records = {r["record_id"]: r for doc in json.loads(response.text()) for kind in ("scores", "ranks")
                   for r in doc[kind]}
        assert records[record_id]["status"] == "corrected"
        assert records[record_id]["value"] == pytest.approx(float(new_value.replace(",", ".")))
        assert records[second_id]["status"] == "corrected" and records[second_id]["entity"] == right_unit
        assert records[third_id]["status"] == "approved"
        assert records[other_id]["status"] == "approved"

        # the spot-check of machine-accepted records, least confident first; the keyboard help
        page.goto(base + "/queue?status=auto")
        page.wait_for_load_state("networkidle")
        assert "Kiểm tra xác suất" in page.inner_text("h1")
        shown = [float(t.strip().rstrip("%")) for t in page.locator("#queue-table td.num").all_inner_texts()]
        assert shown and shown == sorted(shown)
        _shot(page, "10-spot-check")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/records/\d+\?status=auto$"))
        page.wait_for_load_state("networkidle")
        page.keyboard.press("?")
        assert page.locator("#keys-help").is_visible()
        _shot(page, "11-keys-help")
        page.keyboard.press("Escape")
        assert not page.locator("#keys-help").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 1366      # fits the screen

        # a clerk cannot reach admin pages
        assert page.request.get(base + "/admin/words").status == 403

        # the admin promotes the clerk's word correction into learned.tsv
        page.click("header .who button")
        page.wait_for_url(re.compile(r"/login$"))
        page.fill("input[name=name]", "quantri")
        page.fill("input[name=password]", "quantri-matkhau")
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        page.goto(base + "/admin/words")
        wrong_word = next(w for w in wrong_unit.split() if w not in right_unit.split())
        right_word = next(w for w in right_unit.split() if w not in wrong_unit.split())
        row = page.locator("tr", has_text=wrong_word)
        assert row.count() == 1
        row.locator("button", has_text="Đưa vào từ điển").click()
        page.wait_for_load_state("networkidle")
        _shot(page, "09-learned-words")
        assert "Đã đưa" in page.inner_text(".flash")
        text = server["learned"].read_text(encoding="utf-8")
        assert text.startswith("#")
        assert f"{wrong_word}\t{right_word}" in text.splitlines()

        browser.close()
    assert not problems, problems
