"""The review page through FastAPI's TestClient on a real SQLite store holding invented scanned reports:
every route needs a login, clerks cannot reach admin routes, CSRF is enforced, corrections are audited,
survive a re-ingest, and teach the restorer's dictionary."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from review import routes_admin, routes_auth, routes_pages
from review.testing import ADMIN, CLERK, csrf_of, login, make_site
from store.models import Audit, Document, LearnedWord, Page, Record, User


@pytest.fixture()
def site(tmp_path):
    site = make_site(tmp_path, count=2)
    yield site
    site.app.state.db.close()


@pytest.fixture()
def anon(site):
    return TestClient(site.app, follow_redirects=False)


def _client(site, who) -> TestClient:
    client = TestClient(site.app)
    response = login(client, *who)
    assert response.status_code == 200, response.text
    return client


@pytest.fixture()
def clerk(site):
    return _client(site, CLERK)


@pytest.fixture()
def admin(site):
    return _client(site, ADMIN)


def _db(site):
    return site.app.state.db


def _queued(site) -> list[Record]:
    with _db(site).session() as s:
        return list(s.scalars(select(Record).where(Record.status == "needs_review").order_by(Record.id)))


def _ids(site) -> dict[str, str]:
    with _db(site).session() as s:
        record = s.scalars(select(Record).where(Record.status == "needs_review").order_by(Record.id)).first()
        page = s.scalars(select(Page).order_by(Page.id)).first()
        user = s.scalar(select(User).where(User.name == CLERK[0]))
        return {"record_id": str(record.id), "doc_id": record.doc_id, "page_id": str(page.id),
                "user_id": str(user.id), "word_id": "1"}


def _routes() -> list[tuple[str, str]]:
    out = []
    for router in (routes_auth.router, routes_pages.router, routes_admin.router):
        for route in router.routes:
            for method in sorted(route.methods):
                out.append((method, route.path))
    return out


def _concrete(path: str, ids: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], path)


def _audit(site) -> list[Audit]:
    with _db(site).session() as s:
        return list(s.scalars(select(Audit).order_by(Audit.id)))


# --------------------------------------------------------------------------- access control
def test_every_route_needs_a_login(site, anon):
    ids = _ids(site)
    routes = _routes()
    assert len(routes) >= 20
    for method, path in routes:
        if path == "/login":
            continue
        url = _concrete(path, ids)
        response = anon.request(method, url, data={"csrf_token": "x"} if method == "POST" else None)
        if method == "GET":
            assert response.status_code == 303, (method, url)
            assert response.headers["location"].startswith("/login?next="), (method, url)
            htmx = anon.get(url, headers={"HX-Request": "true"})
            assert htmx.status_code == 401 and htmx.headers["HX-Redirect"] == "/login", url
        else:
            assert response.status_code == 401, (method, url, response.status_code)
    assert _audit(site) == []
    assert anon.get("/login").status_code == 200


def test_a_clerk_cannot_reach_admin_routes(site, clerk):
    ids = _ids(site)
    token = csrf_of(clerk.get("/").text)
    admin_routes = [(m, p) for m, p in _routes() if p.startswith("/admin")]
    assert len(admin_routes) >= 7
    for method, path in admin_routes:
        url = _concrete(path, ids)
        data = {"csrf_token": token, "name": "mallory", "role": "admin", "password": "x" * 12,
                "action": "role"} if method == "POST" else None
        response = clerk.request(method, url, data=data, follow_redirects=False)
        assert response.status_code == 403, (method, url)
        assert "chỉ dành cho quản trị viên" in response.text
    with _db(site).session() as s:
        assert s.scalar(select(User).where(User.name == "mallory")) is None
        assert s.scalar(select(User).where(User.name == CLERK[0])).role == "clerk"
    page = clerk.get("/")
    assert "/admin/users" not in page.text          # no admin links in a clerk's menu


def test_admin_manages_users(site, admin):
    page = admin.get("/admin/users")
    assert page.status_code == 200 and "Người dùng trang rà soát" in page.text
    token = csrf_of(page.text)
    response = admin.post("/admin/users", data={"csrf_token": token, "name": "hoa", "role": "clerk",
                                                "password": "hoa-matkhau"})
    assert "Đã thêm người dùng «hoa»" in response.text
    too_short = admin.post("/admin/users", data={"csrf_token": token, "name": "binh", "role": "clerk",
                                                 "password": "ngan"})
    assert "ít nhất 8 ký tự" in too_short.text
    with _db(site).session() as s:
        hoa = s.scalar(select(User).where(User.name == "hoa"))
        assert hoa.role == "clerk" and hoa.password_hash.startswith("$argon2")
        assert s.scalar(select(User).where(User.name == "binh")) is None
    hoa_client = _client(site, ("hoa", "hoa-matkhau"))
    admin.post(f"/admin/users/{hoa.id}", data={"csrf_token": token, "action": "role", "role": "admin"})
    # a role change logs the user out everywhere; logging in again gives the new role
    assert hoa_client.get("/", follow_redirects=False).status_code == 303
    hoa_client = _client(site, ("hoa", "hoa-matkhau"))
    assert hoa_client.get("/admin/words").status_code == 200
    admin.post(f"/admin/users/{hoa.id}", data={"csrf_token": token, "action": "disable"})
    again = TestClient(site.app)
    assert login(again, "hoa", "hoa-matkhau").status_code == 401


# --------------------------------------------------------------------------- CSRF
def test_csrf_is_enforced_on_every_form(site, clerk, admin):
    ids = _ids(site)
    record_id = ids["record_id"]
    before = _queued(site)
    for client, prefix in ((clerk, ""), (admin, "/admin")):
        for method, path in _routes():
            if method != "POST" or path in ("/login",) or (prefix and not path.startswith(prefix)) \
                    or (not prefix and path.startswith("/admin")):
                continue
            url = _concrete(path, ids)
            form = {"value": "1", "wrong": "Bỉnh", "right": "Bình", "name": "x1", "password": "x" * 10}
            missing = client.post(url, data=form, follow_redirects=False)
            assert missing.status_code == 403, (url, missing.status_code)
            wrong = client.post(url, data=dict(form, csrf_token="not-the-token"), follow_redirects=False)
            assert wrong.status_code == 403, url
            header = client.post(url, data=form, headers={"X-CSRF-Token": "forged"}, follow_redirects=False)
            assert header.status_code == 403, url
    assert _queued(site) == before or [r.id for r in _queued(site)] == [r.id for r in before]
    assert _audit(site) == []
    # another session's token does not work either
    other = _client(site, CLERK)
    other_token = csrf_of(other.get("/").text)
    assert clerk.post(f"/records/{record_id}/approve", data={"csrf_token": other_token},
                      follow_redirects=False).status_code == 403
    # the login form itself needs the token of the anonymous session
    fresh = TestClient(site.app, follow_redirects=False)
    assert fresh.post("/login", data={"name": CLERK[0], "password": CLERK[1]}).status_code == 403
    # and the page's own token (form field or htmx header) works
    token = csrf_of(clerk.get("/").text)
    ok = clerk.post(f"/records/{record_id}/approve", headers={"X-CSRF-Token": token, "HX-Request": "true"})
    assert ok.status_code == 200 and "Đã duyệt" in ok.text


# --------------------------------------------------------------------------- pages
def test_pages_render_in_vietnamese(site, clerk):
    dashboard = clerk.get("/")
    assert dashboard.status_code == 200
    for text in ("Văn bản theo trạng thái", "Văn bản nạp theo ngày", "Bản ghi cần rà soát theo lý do",
                 "Điểm theo đơn vị", "Độ tin cậy thấp"):
        assert text in dashboard.text
    assert dashboard.text.count("<svg class=\"chart\"") >= 3
    assert 'lang="vi"' in dashboard.text
    documents = clerk.get("/documents")
    assert documents.status_code == 200 and "bao-cao-766-01.pdf" in documents.text
    assert clerk.get("/audit").status_code == 200


def test_queue_is_oldest_first_and_filtered(site, clerk):
    queued = _queued(site)
    page = clerk.get("/queue")
    shown = [int(x) for x in re.findall(r'data-href="/records/(\d+)"', page.text)]
    with _db(site).session() as s:
        ingested = {d.doc_id: d.ingested_at for d in s.scalars(select(Document))}
        by_id = {r.id: r for r in queued}
        order = sorted(queued, key=lambda r: (ingested[r.doc_id], r.doc_id, r.page, r.line, r.id))
    assert shown == [r.id for r in order] and len(shown) == 4
    unit = order[0].unit
    by_unit = clerk.get("/queue", params={"unit": unit})
    assert [int(x) for x in re.findall(r'data-href="/records/(\d+)', by_unit.text)] == \
        [r.id for r in order if r.unit == unit]
    by_reason = clerk.get("/queue", params={"reason": "low_confidence"})
    ids = [int(x) for x in re.findall(r'data-href="/records/(\d+)', by_reason.text)]
    assert ids and all("low_confidence" in by_id[i].review_reasons for i in ids)
    assert clerk.get("/queue", params={"kind": "tasks"}).text.count('class="qrow"') == 0
    assert clerk.get("/queue", params={"kind": "scores"}).text.count('class="qrow"') == 4


def test_document_view_shows_the_scan_the_box_and_the_changes(site, clerk):
    record = _queued(site)[0]
    page = clerk.get(f"/records/{record.id}")
    assert page.status_code == 200
    html = page.text
    image = re.search(r'<image href="(/pages/(\d+)/image\.png)"', html)
    assert image, "no page image"
    assert re.search(r'viewBox="0 0 2480(\.0)? 3508(\.0)?"', html)   # boxes in the 300 dpi pixel space
    box = re.search(r'<rect class="box st-needs_review focus" id="focus-box" x="([\d.]+)" y="([\d.]+)"', html)
    assert box, "the record's source line is not boxed"
    with _db(site).session() as s:
        stored = s.get(Page, int(image.group(2)))
        line_box = stored.lines[record.line - 1]["box"]
    assert abs(float(box.group(1)) - (line_box[0] - 6)) < 1 and abs(float(box.group(2)) - (line_box[1] - 4)) < 1
    assert f'<tr id="line-{record.line}" class="focus' in html
    # the restored word, what OCR read, and the other readings the restorer weighed (as percentages)
    assert re.search(r'<mark class="chg" tabindex="0" data-alt="OCR đọc «Tien» → chọn «Tiến» \(\d+%\)'
                     r' · phương án khác: Tiền 6% · Tiện 2%"', html)
    assert '<mark class="was"' in html and ">Tien</mark>" in html     # the OCR's reading marked too
    assert "có ở dòng" in html                                         # where to look on this page
    png = clerk.get(image.group(1))
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    from io import BytesIO

    from PIL import Image
    with Image.open(BytesIO(png.content)) as picture:
        assert abs(picture.width - 2480 * 120 / 300) <= 2 and abs(picture.height - 3508 * 120 / 300) <= 2
    # the document itself, by its id
    assert clerk.get(f"/documents/{record.doc_id}").status_code == 200
    assert clerk.get("/documents/" + "f" * 64).status_code == 404
    assert clerk.get("/records/999999").status_code == 404


# --------------------------------------------------------------------------- corrections
def test_a_correction_writes_audit_rows_and_sets_corrected(site, clerk):
    record = _queued(site)[0]
    token = csrf_of(clerk.get(f"/records/{record.id}").text)
    edit = clerk.get(f"/records/{record.id}/edit", headers={"HX-Request": "true"})
    assert 'name="value"' in edit.text and f'id="f-{record.id}"' in edit.text
    old_value = record.fields["value"]
    response = clerk.post(f"/records/{record.id}",
                          headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver/records/{record.id}"},
                          data={"csrf_token": token, "value": "10,5", "period": "2025-11"})
    assert response.status_code == 200 and "Đã sửa" in response.text and 'hx-swap-oob="true"' in response.text
    with _db(site).session() as s:
        stored = s.get(Record, record.id)
        assert stored.status == "corrected" and stored.value == 10.5 and stored.fields["value"] == 10.5
        assert stored.updated_by == CLERK[0]
        rows = list(s.scalars(select(Audit).where(Audit.record_id == record.id).order_by(Audit.id)))
    assert [(a.user, a.field, a.old, a.new, a.action) for a in rows] == [
        (CLERK[0], "value", old_value, 10.5, "correct"),
        (CLERK[0], "status", "needs_review", "corrected", "correct")]
    assert all(a.at is not None for a in rows)
    # nothing changed: no audit row
    clerk.post(f"/records/{record.id}", headers={"HX-Request": "true"}, data={"csrf_token": token, "value": "10.5"})
    assert len(_audit(site)) == 2
    # a bad value is refused with a Vietnamese message and changes nothing
    bad = clerk.post(f"/records/{record.id}", headers={"HX-Request": "true"},
                     data={"csrf_token": token, "value": "mười"})
    assert "phải là một số" in bad.text
    over = clerk.post(f"/records/{record.id}", data={"csrf_token": token, "value": "13", "max": "12"})
    assert over.status_code == 422 and "lớn hơn «Tối đa»" in over.text
    assert len(_audit(site)) == 2
    # the audit page and the record's trail show it
    trail = clerk.get(f"/audit?record={record.id}").text
    assert "10,5" in trail and CLERK[0] in trail


def test_approve_goes_to_the_next_queued_record(site, clerk):
    queued = _queued(site)
    first = clerk.get("/queue")
    order = [int(x) for x in re.findall(r'data-href="/records/(\d+)"', first.text)]
    token = csrf_of(first.text)
    response = clerk.post(f"/records/{order[0]}/approve", data={"csrf_token": token, "then": "next"},
                          follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/records/{order[1]}"
    with _db(site).session() as s:
        assert s.get(Record, order[0]).status == "approved"
    assert [(a.field, a.old, a.new, a.action) for a in _audit(site)] == [
        ("status", "needs_review", "approved", "approve")]
    nxt = clerk.get(f"/queue/next?after={order[1]}", follow_redirects=False)
    assert nxt.headers["location"] == f"/records/{order[2]}"
    for record_id in order[1:]:
        clerk.post(f"/records/{record_id}/approve", data={"csrf_token": token})
    done = clerk.get(f"/queue/next?after={order[-1]}")
    assert "Đã hết bản ghi cần rà soát" in done.text
    with _db(site).session() as s:
        assert all(d.status == "reviewed" for d in s.scalars(select(Document)))
    assert len(queued) == len(order)


def test_reingesting_a_document_keeps_the_correction(site, clerk, tmp_path):
    from review.demo import make_document
    from store import open_store
    record = _queued(site)[0]
    token = csrf_of(clerk.get("/").text)
    clerk.post(f"/records/{record.id}", data={"csrf_token": token, "value": "10,5"})
    seed = 1 if record.doc_id == make_document(1, tmp_path / "again").source.doc_id else 2
    store = open_store(site.url)
    try:
        assert store.load(make_document(seed, site.folder / "scans"), reprocess=True) == "reprocessed"
        exported = store.export()
    finally:
        store.close()
    with _db(site).session() as s:
        same = list(s.scalars(select(Record).where(Record.doc_id == record.doc_id,
                                                   Record.record_key == record.record_key)))
        assert len(same) == 1 and same[0].value == 10.5 and same[0].status == "corrected"
        assert s.scalar(select(Audit).where(Audit.field == "value")).record_id == same[0].id
    scores = [r for doc in exported if doc["document"]["doc_id"] == record.doc_id for r in doc["scores"]]
    assert [r["value"] for r in scores if r["criterion"] == record.criterion] == [10.5]


def test_export_carries_the_corrections(site, clerk):
    record = _queued(site)[0]
    token = csrf_of(clerk.get("/").text)
    clerk.post(f"/records/{record.id}", data={"csrf_token": token, "value": "10,5"})
    data = json.loads(clerk.get("/export").text)
    flat = {r["record_id"]: r for doc in data for r in doc["scores"]}
    assert flat[record.id]["value"] == 10.5 and flat[record.id]["status"] == "corrected"
    csv_text = clerk.get("/export?format=csv").text
    assert csv_text.startswith("\ufeffdoc_id,") and ",corrected," in csv_text


def test_spot_check_lists_machine_accepted_records_least_confident_first(site, clerk):
    with _db(site).session() as s:
        auto = list(s.scalars(select(Record).where(Record.status == "auto")))
    page = clerk.get("/queue", params={"status": "auto"})
    assert page.status_code == 200 and "Kiểm tra xác suất" in page.text
    order = [int(x) for x in re.findall(r'data-href="/records/(\d+)\?status=auto"', page.text)]
    assert sorted(order) == sorted(r.id for r in auto)
    confidence = {r.id: r.confidence for r in auto}
    assert [confidence[i] for i in order] == sorted(confidence[i] for i in order)
    # approve-and-next stays in the spot-check, in its order
    token = csrf_of(page.text)
    response = clerk.post(f"/records/{order[0]}/approve", data={"csrf_token": token, "then": "next",
                                                                "status": "auto"}, follow_redirects=False)
    assert response.headers["location"] == f"/records/{order[1]}?status=auto"
    record_page = clerk.get(f"/records/{order[1]}?status=auto")
    assert f'data-next="/queue/next?after={order[1]}&amp;status=auto"' in record_page.text
    # the queue proper, when emptied, points the clerk at the spot-check
    for record in _queued(site):
        clerk.post(f"/records/{record.id}/approve", data={"csrf_token": token})
    empty = clerk.get("/queue").text
    assert "Không còn bản ghi nào cần rà soát" in empty and 'href="/queue?status=auto"' in empty
    assert "🎉" not in empty                      # no glyph the page's fonts lack


def test_a_copy_of_a_document_is_shown_but_not_queued_twice(site, clerk):
    import hashlib

    from review.demo import make_document
    from store import open_store
    first = _queued(site)[0]
    with _db(site).session() as s:
        original = s.get(Document, first.doc_id)
        seed = int(re.search(r"(\d+)\.pdf$", original.source_name).group(1))
    copy = make_document(seed, site.folder / "copies")           # the same report, another file
    copy.source.doc_id = copy.records.document.doc_id = hashlib.sha256(b"a signed copy").hexdigest()
    store = open_store(site.url)
    try:
        assert store.load(copy) == "loaded"
    finally:
        store.close()
    queued = clerk.get("/queue").text
    assert queued.count('class="qrow"') == len(_queued(site)) - 2          # the copy's records are not queued
    dashboard = clerk.get("/").text
    assert "Bản sao (tệp khác của văn bản đã có)" in dashboard and "(+1 tệp bản sao)" in dashboard
    page = clerk.get(f"/documents/{copy.source.doc_id}").text
    assert "bản sao của" in page and f'href="/documents/{first.doc_id}"' in page
    assert 'class="copybar"' in page and "hãy sửa bản ghi trên bản gốc" in page
    assert "có bản sao" in clerk.get(f"/documents/{first.doc_id}").text


def test_a_wrapped_record_boxes_all_its_lines():
    from types import SimpleNamespace

    from review.view import TextLine, ocr_segments, record_box, record_lines, segments
    lines = [TextLine(number=n, ocr=t, segments=[], changed=False, conf=1.0, box=[100, 40 * n, 900, 40 * n + 30],
                      text=t) for n, t in enumerate(["1. Trung tâm Phục vụ hành chính công",
                                                     "- Phối hợp với Bưu điện phường bố trí điểm hỗ trợ",
                                                     "người cao tuổi vào thứ Bảy hằng tuần.",
                                                     "- Khi phát hiện hồ sơ có nguy cơ quá hạn"], 1)]
    task = SimpleNamespace(line=2, box=None, source_text="- Phối hợp với Bưu điện phường bố trí điểm hỗ trợ "
                                                         "người cao tuổi vào thứ Bảy hằng tuần.")
    assert record_lines(task, lines) == [2, 3]
    assert record_box(task, lines) == [100, 80, 900, 150]
    # OCR words the restorer replaced are marked in the OCR column too
    marked = [(x.text, x.original) for x in ocr_segments("Tien do giai quyet", "Tiến độ giải quyết") if x.changed]
    assert marked == [("Tien", "Tiến"), ("do", "độ"), ("giai", "giải"), ("quyet", "quyết")]
    assert not any(x.changed for x in ocr_segments("Số hóa hồ sơ", "Số hóa hồ sơ"))
    # alternatives as percentages, without the chosen word or the OCR's own reading
    [changed] = [x for x in segments({"text": "thẩm quyền", "tokens": [
        {"original": "thấm", "chosen": "thẩm", "start": 0, "end": 4, "confidence": 0.97,
         "alternatives": [["thẩm", 0.97], ["thấm", 0.02], ["thăm", 0.0001]]}]}) if x.changed]
    assert (changed.original, changed.original_share, changed.alternatives) == ("thấm", "2%", "thăm <1%")


# --------------------------------------------------------------------------- teaching the restorer
def test_an_admin_promotes_a_clerks_word_into_learned_tsv(site, clerk, admin):
    total = next(r for r in _queued(site) if r.criterion == "Tổng điểm")
    wrong_unit = total.unit
    right_unit = wrong_unit.replace("Hài", "Hải").replace("Bỉnh", "Bình").replace("Tiền", "Tiến")
    token = csrf_of(clerk.get("/").text)
    saved = clerk.post(f"/records/{total.id}", data={"csrf_token": token, "entity": right_unit},
                       headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver/records/{total.id}"})
    assert 'class="small muted suggested"' in saved.text and "Đề xuất từ:" in saved.text
    proposed = clerk.post("/words", data={"csrf_token": token, "wrong": "hòan", "right": "hoàn",
                                          "back": "https://evil.example/"}, follow_redirects=False)
    assert proposed.headers["location"] == "/"                # never redirected off-site
    assert clerk.post("/words", data={"csrf_token": token, "wrong": "12", "right": "13"}).status_code == 200
    with _db(site).session() as s:
        words = {(w.wrong, w.right): w for w in s.scalars(select(LearnedWord))}
    wrong_word = next(w for w in wrong_unit.split() if w not in right_unit.split())
    right_word = next(w for w in right_unit.split() if w not in wrong_unit.split())
    assert set(words) == {(wrong_word, right_word), ("hòan", "hoàn")}
    assert all(w.approved_by is None and w.added_by == CLERK[0] for w in words.values())
    assert clerk.post(f"/admin/words/{words[(wrong_word, right_word)].id}/approve",
                      data={"csrf_token": token}).status_code == 403
    assert not site.learned.exists()
    page = admin.get("/admin/words")
    assert wrong_word in page.text and "chờ duyệt" in page.text
    admin_token = csrf_of(page.text)
    admin.post(f"/admin/words/{words[(wrong_word, right_word)].id}/approve", data={"csrf_token": admin_token})
    text = site.learned.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("#") and "review.learned" in text
    assert [line for line in lines if not line.startswith("#")] == [f"{wrong_word}\t{right_word}"]
    # rejecting the other proposal leaves the file as it is; the CLI rebuilds it from the store
    admin.post(f"/admin/words/{words[('hòan', 'hoàn')].id}/reject", data={"csrf_token": admin_token})
    site.learned.unlink()
    out = subprocess.run([sys.executable, "-m", "review.learned", "--db", site.url, "--out", str(site.learned)],
                         capture_output=True, text=True, check=True)
    assert "1 cặp từ" in out.stdout
    assert site.learned.read_text(encoding="utf-8") == text



def test_learned_tsv_has_one_writer_and_follows_vanban_learned(site, tmp_path, monkeypatch):
    """review.learned writes through store.export.export_learned_words (the one writer), to the file the
    restorer reads: VANBAN_LEARNED when set."""
    from review import learned as L
    from review.app import create_app
    from store.export import LEARNED_HEADER, export_learned_words
    with _db(site).write() as s:
        s.add_all([LearnedWord(wrong="Tièn", right="Tiền", added_by="lan", approved_by="quantri"),
                   LearnedWord(wrong="hòan", right="hoàn", added_by="lan")])                # not approved
    target = tmp_path / "elsewhere" / "learned.tsv"
    monkeypatch.setenv("VANBAN_LEARNED", str(target))
    assert L.default_path() == target
    with _db(site).session() as s:
        assert L.export(s) == target
        assert export_learned_words(s, tmp_path / "direct.tsv") == 1
    assert target.read_text(encoding="utf-8") == (tmp_path / "direct.tsv").read_text(encoding="utf-8")
    assert target.read_text(encoding="utf-8") == LEARNED_HEADER + "Tièn\tTiền\n"
    from extractors import diacritics
    diacritics.learned_pairs.cache_clear()
    try:
        assert diacritics.learned_pairs() == {"tièn": "Tiền"}                       # what the restorer reads
    finally:
        diacritics.learned_pairs.cache_clear()
    app = create_app(site.url)                                                    # no learned_path given
    try:
        client = TestClient(app)
        login(client, *ADMIN)
        assert str(target) in client.get("/admin/words").text
    finally:
        app.state.db.close()


# --------------------------------------------------------------------------- PostgreSQL
@pytest.mark.postgres
def test_the_page_works_on_postgresql(pg_database, tmp_path):
    site = make_site(tmp_path, count=2, url=pg_database)
    try:
        clerk = _client(site, CLERK)
        dashboard = clerk.get("/")
        assert dashboard.status_code == 200 and "Độ tin cậy thấp" in dashboard.text
        queue = clerk.get("/queue", params={"reason": "low_confidence"})
        order = [int(x) for x in re.findall(r'data-href="/records/(\d+)', queue.text)]
        assert len(order) == 2
        token = csrf_of(queue.text)
        assert clerk.get(f"/records/{order[0]}").status_code == 200
        clerk.post(f"/records/{order[0]}", data={"csrf_token": token, "value": "10,5"})
        moved = clerk.post(f"/records/{order[1]}/approve", data={"csrf_token": token, "then": "next"},
                           follow_redirects=False)
        assert moved.status_code == 303
        flat = {r["record_id"]: r for doc in json.loads(clerk.get("/export").text) for r in doc["scores"]}
        assert flat[order[0]]["value"] == 10.5 and flat[order[0]]["status"] == "corrected"
        assert flat[order[1]]["status"] == "approved"
        assert [(a.field, a.user) for a in _audit(site)] == [("value", CLERK[0]), ("status", CLERK[0]),
                                                             ("status", CLERK[0])]
    finally:
        site.app.state.db.close()


def test_a_text_document_has_no_page_image_but_its_text(site, clerk, tmp_path):
    from store import open_store
    from vanban.pipeline import process_file
    text = tmp_path / "cong-van.txt"
    text.write_text("ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH\nSố: 7/CV-UBND\nVề việc rà soát hồ sơ trễ hạn\n",
                    encoding="utf-8")
    processed = process_file(text)
    store = open_store(site.url)
    try:
        assert store.load(processed) == "loaded"
    finally:
        store.close()
    page = clerk.get(f"/documents/{processed.source.doc_id}")
    assert page.status_code == 200
    assert "không có ảnh trang" in page.text and "Về việc rà soát hồ sơ trễ hạn" in page.text
    with _db(site).session() as s:
        page_id = s.scalar(select(Page.id).where(Page.doc_id == processed.source.doc_id))
    image = clerk.get(f"/pages/{page_id}/image.png")
    assert image.status_code == 404 and "Không có ảnh trang" in image.text
