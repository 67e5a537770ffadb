"""Sessions, CSRF tokens, the login rate limit and security headers.

Sessions live on the server (a random id in an HttpOnly, SameSite=Lax cookie);
every session, even an anonymous one, carries its own CSRF token. Logging in
throws the old session away and issues a new id (no session fixation).
"""
from __future__ import annotations

import hmac
import secrets
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

COOKIE = "vanban_sid"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass
class Session:
    sid: str
    csrf: str
    user: Optional[str] = None
    role: Optional[str] = None
    created: float = field(default_factory=time.time)
    seen: float = field(default_factory=time.time)
    flash: Optional[str] = None


class SessionStore:
    """In-process sessions (the review page runs as one process)."""

    def __init__(self, idle_seconds: int = 8 * 3600):
        self.idle_seconds = idle_seconds
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def new(self, user: str | None = None, role: str | None = None) -> Session:
        session = Session(sid=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32), user=user, role=role)
        with self._lock:
            self._sessions[session.sid] = session
            self._expire()
        return session

    def get(self, sid: str | None) -> Session | None:
        if not sid:
            return None
        with self._lock:
            session = self._sessions.get(sid)
            if session is None:
                return None
            if time.time() - session.seen > self.idle_seconds:
                del self._sessions[sid]
                return None
            session.seen = time.time()
            return session

    def drop(self, sid: str | None) -> None:
        with self._lock:
            self._sessions.pop(sid or "", None)

    def drop_user(self, user: str) -> None:
        """Log a user out everywhere (role changed, password reset, user disabled)."""
        with self._lock:
            for sid in [s.sid for s in self._sessions.values() if s.user == user]:
                del self._sessions[sid]

    def _expire(self) -> None:
        now = time.time()
        for sid in [s.sid for s in self._sessions.values() if now - s.seen > self.idle_seconds]:
            del self._sessions[sid]


class LoginLimiter:
    """At most `attempts` failed logins per `window` seconds per client address and per user name."""

    def __init__(self, attempts: int = 5, window: float = 300.0):
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        times = [t for t in self._failures.get(key, []) if now - t < self.window]
        self._failures[key] = times
        return times

    def retry_after(self, *keys: str) -> int:
        """Seconds to wait before another attempt (0: go ahead)."""
        now = time.time()
        wait = 0.0
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                if len(times) >= self.attempts:
                    wait = max(wait, self.window - (now - times[-self.attempts]))
        return int(wait) + (1 if wait else 0)

    def failed(self, *keys: str) -> None:
        now = time.time()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


def local_path(target: str | None, default: str = "/") -> str:
    """`target` if it is a path on this site, else `default` (no open redirect).

    Refuses absolute and scheme-relative URLs, backslashes, and any white space or
    control character: browsers drop tabs and newlines from a URL, so "/\t/evil.example"
    would become "//evil.example" once put in HX-Redirect or location.href.
    """
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in target):
        return default
    return target


def csrf_ok(session: Session | None, token: str | None) -> bool:
    return bool(session and token) and hmac.compare_digest(session.csrf, str(token))


class SecurityMiddleware(BaseHTTPMiddleware):
    """Attach the session to the request; set the cookie and the security headers on the way out."""

    def __init__(self, app, sessions: SessionStore, secure_cookie: bool = False):
        super().__init__(app)
        self.sessions = sessions
        self.secure_cookie = secure_cookie

    async def dispatch(self, request: Request, call_next):
        request.state.session = self.sessions.get(request.cookies.get(COOKIE))
        request.state.set_session = None
        request.state.clear_session = False
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        new: Session | None = request.state.set_session
        if new is not None:
            response.set_cookie(COOKIE, new.sid, httponly=True, samesite="lax", secure=self.secure_cookie,
                                path="/")
        elif request.state.clear_session:
            response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=self.secure_cookie)
        return response
