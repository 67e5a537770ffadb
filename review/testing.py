"""Helpers for tests of the review page: a store with invented scans, users, a logged-in TestClient."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CLERK = ("lan", "lan-matkhau")
ADMIN = ("quantri", "quantri-matkhau")
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class ReviewSite:
    app: object
    url: str
    learned: Path
    folder: Path


def make_site(folder: str | Path, count: int = 2, url: str | None = None, **app_options) -> ReviewSite:
    """A store (SQLite under `folder`, or `url`) holding `count` invented scanned reports, a clerk
    and an admin."""
    from review import users as U
    from review.app import create_app
    from review.db import connect
    from review.demo import load_demo
    folder = Path(folder)
    url = url or f"sqlite:///{folder / 'review.db'}"
    load_demo(url, folder / "scans", count=count)
    db = connect(url)
    try:
        with db.write() as s:
            U.add(s, CLERK[0], "clerk", CLERK[1])
            U.add(s, ADMIN[0], "admin", ADMIN[1])
    finally:
        db.close()
    learned = folder / "learned.tsv"
    return ReviewSite(app=create_app(url, learned_path=learned, **app_options), url=url, learned=learned,
                      folder=folder)


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def login(client, name: str, password: str, next_url: str = "/"):
    """Log in through the form; returns the final response (the page after the redirect)."""
    page = client.get("/login")
    return client.post("/login", data={"name": name, "password": password, "csrf_token": csrf_of(page.text),
                                       "next": next_url})
