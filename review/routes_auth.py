"""Login and logout. A new session id at login (no fixation); failed logins are rate-limited."""
from __future__ import annotations

from fastapi import APIRouter, Request

from review import users as U
from review.auth import session_of, verify_password
from review.security import local_path as safe_next
from review.web import redirect, render

router = APIRouter()


def _client(request: Request) -> str:
    return "ip:" + (request.client.host if request.client else "?")


@router.get("/login")
def login_page(request: Request, next: str = "/"):
    session = session_of(request)
    if session is not None and session.user:
        return redirect(safe_next(next))
    if session is None:  # an anonymous session carries the login form's CSRF token
        session = request.app.state.sessions.new()
        request.state.session = session
        request.state.set_session = session
    return render(request, "login.html", next=safe_next(next), name="")


@router.post("/login")
async def login(request: Request):
    form = await request.form()
    name = U.normalise_name(str(form.get("name", "")))
    password = str(form.get("password", ""))
    target = safe_next(str(form.get("next", "/")))
    limiter = request.app.state.limiter
    keys = (_client(request), "user:" + name.lower())
    wait = limiter.retry_after(*keys)
    if wait:
        return render(request, "login.html", status_code=429, next=target, name=name,
                      error=f"Đăng nhập sai quá nhiều lần. Hãy thử lại sau {wait} giây.")
    with request.app.state.db.session() as s:
        user = U.get(s, name) if name else None
        ok = verify_password(user.password_hash if user else None, password) and bool(user and user.active)
        role = user.role if user else None
    if not ok:
        limiter.failed(*keys)
        return render(request, "login.html", status_code=401, next=target, name=name,
                      error="Tên đăng nhập hoặc mật khẩu không đúng.")
    limiter.succeeded(*keys)
    sessions = request.app.state.sessions
    old = session_of(request)
    if old is not None:
        sessions.drop(old.sid)
    fresh = sessions.new(user=name, role=role)
    request.state.session = fresh
    request.state.set_session = fresh
    return redirect(target)


@router.post("/logout")
def logout(request: Request):
    session = session_of(request)
    if session is not None:
        request.app.state.sessions.drop(session.sid)
    request.state.session = None
    request.state.clear_session = True
    return redirect("/login")
