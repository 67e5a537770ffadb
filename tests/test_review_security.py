"""Hardening of the review page: security headers, cookies, no session fixation, a login rate limit,
no path traversal in file and image routes, no open redirect, hashed passwords, nothing from the internet,
no inline scripts or styles (CSP 'self')."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from review.security import COOKIE
from review.testing import ADMIN, CLERK, csrf_of, login, make_site
from store.models import Document, Page, User

REVIEW = Path(__file__).resolve().parent.parent / "review"


@pytest.fixture()
def site(tmp_path):
    site = make_site(tmp_path, count=1, login_attempts=3, login_window=2.0)
    yield site
    site.app.state.db.close()


def _page_id(site) -> int:
    with site.app.state.db.session() as s:
        return s.scalars(select(Page.id).order_by(Page.id)).first()


def test_security_headers_on_every_kind_of_response(site):
    client = TestClient(site.app, follow_redirects=False)
    responses = [client.get("/login"), client.get("/"), client.get("/static/app.css"), client.get("/nope")]
    login(client, *CLERK)
    responses += [client.get("/"), client.get(f"/pages/{_page_id(site)}/image.png"), client.get("/export"),
                  client.get("/records/abc"), client.post("/records/1", data={})]
    for response in responses:
        headers = response.headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "http" not in csp
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
    assert responses[4].headers["cache-control"] == "no-store"      # private pages are not cached


def test_session_cookie_is_httponly_samesite_and_renewed_at_login(site):
    client = TestClient(site.app, follow_redirects=False)
    first = client.get("/login")
    cookie = first.headers["set-cookie"]
    assert cookie.startswith(COOKIE + "=") and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    before = client.cookies[COOKIE]
    response = client.post("/login", data={"name": CLERK[0], "password": CLERK[1], "csrf_token": csrf_of(first.text),
                                           "next": "/queue"})
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    after = client.cookies[COOKIE]
    assert after != before                          # no session fixation: a new id at login
    assert "HttpOnly" in response.headers["set-cookie"]
    # the pre-login id (e.g. planted by an attacker) is not logged in, and is gone
    planted = TestClient(site.app, follow_redirects=False, cookies={COOKIE: before})
    assert planted.get("/").status_code == 303
    assert client.get("/").status_code == 200
    # logout ends the session on the server, not just in the browser
    token = csrf_of(client.get("/").text)
    client.post("/logout", data={"csrf_token": token})
    replay = TestClient(site.app, follow_redirects=False, cookies={COOKIE: after})
    assert replay.get("/").status_code == 303


def test_login_is_rate_limited(site):
    client = TestClient(site.app)
    for _ in range(3):
        assert login(client, CLERK[0], "sai-mat-khau").status_code == 401
    blocked = login(client, CLERK[0], CLERK[1])        # even the right password waits
    assert blocked.status_code == 429 and "Đăng nhập sai quá nhiều lần" in blocked.text
    other = login(TestClient(site.app), ADMIN[0], ADMIN[1])   # same address: blocked too
    assert other.status_code == 429
    time.sleep(2.1)
    assert login(client, CLERK[0], CLERK[1]).status_code == 200


def test_wrong_password_and_unknown_user_look_the_same(site):
    a = login(TestClient(site.app), CLERK[0], "sai-mat-khau")
    b = login(TestClient(site.app), "khong-co-ai", "sai-mat-khau")
    assert a.status_code == b.status_code == 401
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in a.text and "Tên đăng nhập hoặc mật khẩu không đúng" in b.text


def test_passwords_are_hashed_with_argon2(site):
    with site.app.state.db.session() as s:
        for user in s.scalars(select(User)):
            assert user.password_hash.startswith("$argon2id$")
            assert CLERK[1] not in user.password_hash and ADMIN[1] not in user.password_hash


def test_no_path_traversal_in_file_and_image_routes(site, tmp_path):
    client = TestClient(site.app, follow_redirects=False)
    login(client, *CLERK)
    for url in ("/pages/..%2F..%2Fetc%2Fpasswd/image.png", "/pages/../../etc/passwd", "/pages/1%2F..%2F2/image.png",
                "/pages/-1/image.png", "/pages/0/image.png", "/pages/99999/image.png",
                "/static/../review/app.py", "/static/%2e%2e/app.py", "/static/..%2Fapp.py", "/static/%2e%2e%2fdb.py",
                "/documents/..%2F..%2Fetc%2Fpasswd", "/records/1%20or%201=1"):
        response = client.get(url)
        assert response.status_code in (404, 405, 422), (url, response.status_code)
        assert "root:" not in response.text and "def create_app" not in response.text and "import" not in response.text
    # images are served by page id from the store's own path only: a page whose stored source is not an
    # image gives 404, never the file's bytes
    with site.app.state.db.write() as s:
        doc = s.scalars(select(Document)).first()
        doc.source_path = "/etc/passwd"
    response = client.get(f"/pages/{_page_id(site)}/image.png")
    assert response.status_code == 404 and "root:" not in response.text
    # there is no route that takes a file name or path from the request
    from review import routes_admin, routes_pages
    for router in (routes_pages.router, routes_admin.router):
        for route in router.routes:
            for name in re.findall(r"\{(\w+)", route.path):
                assert name.endswith("_id"), route.path


def test_login_never_redirects_off_site(site):
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"):
        client = TestClient(site.app, follow_redirects=False)
        page = client.get("/login", params={"next": target})
        assert "evil" not in page.text and "javascript:" not in page.text
        response = client.post("/login", data={"name": CLERK[0], "password": CLERK[1],
                                               "csrf_token": csrf_of(page.text), "next": target})
        assert response.headers["location"] == "/", target


def test_nothing_is_loaded_from_the_internet_and_no_inline_code():
    htmx = (REVIEW / "static" / "htmx.min.js").read_text(encoding="utf-8")
    assert htmx.startswith("/*! htmx.org") and "0BSD" in htmx.splitlines()[1]
    assert (REVIEW / "static" / "htmx.LICENSE").exists()
    for template in sorted((REVIEW / "templates").glob("*.html")):
        html = template.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href|action)=["']?(https?:)?//""", html), template.name
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"inline script in {template.name}"
        assert not re.search(r"\son[a-z]+=", html), f"inline event handler in {template.name}"
        assert not re.search(r"\sstyle=", html), f"inline style in {template.name}"
        assert "<style" not in html, template.name
        assert "hx-on" not in html and "js:" not in html, template.name
    css = (REVIEW / "static" / "app.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(http" not in css
    assert "DejaVu Sans" in css        # a system font with Vietnamese glyphs, no web fonts


def test_static_files_are_served_with_the_right_types(site):
    client = TestClient(site.app)
    js = client.get("/static/htmx.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/keys.js").status_code == 200
    assert "text/css" in client.get("/static/app.css").headers["content-type"]


# --------------------------------------------------------------------------- authorisation, CSRF, fixation
def _ids(site) -> dict[str, str]:
    from store.models import Record
    with site.app.state.db.session() as s:
        record = s.scalars(select(Record).order_by(Record.id)).first()
        user = s.scalars(select(User).order_by(User.id)).first()
        return {"record_id": str(record.id), "doc_id": record.doc_id, "page_id": str(_page_id(site)),
                "user_id": str(user.id), "word_id": "1"}


def _app_routes(app) -> list[tuple[str, str]]:
    """Every route of the whole app (whatever router or decorator added it), but static files."""
    from fastapi.routing import APIRoute
    found: list[tuple[str, str]] = []

    def walk(routes, prefix: str) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                found.extend((method, prefix + route.path) for method in route.methods)
            elif hasattr(route, "original_router"):          # FastAPI >= 0.150 keeps included routers whole
                walk(route.original_router.routes, prefix + getattr(route.include_context, "prefix", ""))
            elif hasattr(route, "routes") and not getattr(route, "path", "").startswith("/static"):
                walk(route.routes, prefix + getattr(route, "path", ""))
    walk(app.routes, "")
    return sorted(set(found))


def test_every_route_of_the_app_needs_a_login_and_admin_routes_an_admin(site):
    ids = _ids(site)
    routes = _app_routes(site.app)
    assert len(routes) >= 20 and any(p.startswith("/admin") for _, p in routes)
    anon = TestClient(site.app, follow_redirects=False)
    clerk = TestClient(site.app, follow_redirects=False)
    login(clerk, *CLERK)
    token = csrf_of(clerk.get("/").text)
    for method, path in routes:
        if path == "/login":
            continue
        url = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], path)
        response = anon.request(method, url, data={"csrf_token": "x"} if method == "POST" else None)
        expected = 303 if method == "GET" else 401
        assert response.status_code == expected, (method, url, response.status_code)
        if path.startswith("/admin"):
            response = clerk.request(method, url, data={"csrf_token": token} if method == "POST" else None)
            assert response.status_code == 403, (method, url, response.status_code)
    with site.app.state.db.session() as s:
        assert s.scalar(select(User).where(User.name == CLERK[0])).role == "clerk"


def test_csrf_token_belongs_to_one_session_and_is_renewed_at_login(site):
    client = TestClient(site.app, follow_redirects=False)
    page = client.get("/login")
    anonymous_token = csrf_of(page.text)
    client.post("/login", data={"name": CLERK[0], "password": CLERK[1], "csrf_token": anonymous_token})
    fresh_token = csrf_of(client.get("/").text)
    assert fresh_token != anonymous_token
    record = _ids(site)["record_id"]
    # the token of the login page (the old, anonymous session) no longer works, in a form or a header
    assert client.post(f"/records/{record}/approve", data={"csrf_token": anonymous_token}).status_code == 403
    assert client.post(f"/records/{record}/approve", headers={"X-CSRF-Token": anonymous_token}).status_code == 403
    # a cross-site form cannot send a token; nor can a JSON body carry one
    assert client.post(f"/records/{record}/approve", json={"csrf_token": fresh_token}).status_code == 403
    assert client.post(f"/records/{record}/approve", data={"csrf_token": fresh_token}).status_code == 303
    # the token is never put in a URL (it would leak through Referer and logs)
    for url in ("/", "/queue", "/documents", f"/records/{record}"):
        assert not re.search(r"""(href|src|action|hx-get)=["'][^"']*csrf""", client.get(url).text), url


def test_a_planted_session_id_is_never_adopted(site):
    planted = "chosen-by-the-attacker"
    client = TestClient(site.app, follow_redirects=False, cookies={COOKIE: planted})
    page = client.get("/login")
    issued = page.cookies[COOKIE]
    assert issued != planted                           # an unknown id is replaced, never taken up
    response = client.post("/login", data={"name": CLERK[0], "password": CLERK[1], "csrf_token": csrf_of(page.text)})
    assert response.status_code == 303 and response.cookies[COOKIE] not in (planted, issued)
    for sid in (planted, issued):
        assert TestClient(site.app, follow_redirects=False, cookies={COOKIE: sid}).get("/").status_code == 303


def test_login_limit_is_not_reset_by_forwarded_headers_or_other_names(site):
    client = TestClient(site.app)
    for n in range(3):
        spoof = {"X-Forwarded-For": f"10.0.0.{n}", "X-Real-IP": f"10.0.1.{n}", "Forwarded": f"for=10.0.2.{n}"}
        page = client.get("/login")
        response = client.post("/login", headers=spoof, data={"name": f"khach{n}", "password": "sai-mat-khau",
                                                              "csrf_token": csrf_of(page.text)})
        assert response.status_code == 401
    page = client.get("/login")
    blocked = client.post("/login", headers={"X-Forwarded-For": "10.9.9.9"},
                          data={"name": CLERK[0], "password": CLERK[1], "csrf_token": csrf_of(page.text)})
    assert blocked.status_code == 429


def test_no_open_redirect_through_characters_browsers_drop(site):
    """Browsers remove tabs and newlines from URLs: "/\\t/evil.example" would be "//evil.example"."""
    for target in ("/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "/\x00/x"):
        client = TestClient(site.app, follow_redirects=False)
        page = client.get("/login", params={"next": target})
        response = client.post("/login", data={"name": CLERK[0], "password": CLERK[1],
                                               "csrf_token": csrf_of(page.text), "next": target})
        assert response.headers["location"] == "/", repr(target)
    token = csrf_of(client.get("/").text)
    response = client.post("/words", headers={"HX-Request": "true"},
                           data={"csrf_token": token, "wrong": "Bỉnh", "right": "Bình", "back": "/\t/evil.example"})
    assert response.headers["HX-Redirect"] == "/"


def test_security_headers_on_refusals_too(site):
    anon = TestClient(site.app, follow_redirects=False)
    responses = {"401": anon.post("/logout", data={"csrf_token": "x"}),
                 "403 csrf": anon.post("/login", data={"name": "a", "password": "b"}),
                 "405": anon.get("/logout")}
    clerk = TestClient(site.app, follow_redirects=False)
    login(clerk, *CLERK)
    responses["403 admin"] = clerk.get("/admin/users")
    responses["404 record"] = clerk.get("/records/99999")
    limited = TestClient(site.app)
    for _ in range(4):
        responses["429"] = login(limited, CLERK[0], "sai-mat-khau")
    assert responses["429"].status_code == 429
    for name, response in responses.items():
        assert name.split()[0] == str(response.status_code), (name, response.status_code)
        assert response.headers["x-frame-options"] == "DENY", name
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], name
        assert response.headers["x-content-type-options"] == "nosniff", name
        assert response.headers["cache-control"] == "no-store", name
