"""Who may do what: password hashing (argon2id), the current user, role checks, CSRF checks.

Roles: `clerk` corrects and approves records; `admin` also manages users and
the learned dictionary. Every page needs a logged-in user; every form and
every htmx request that changes data carries the session's CSRF token.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from fastapi import Request

from review.security import CSRF_FIELD, CSRF_HEADER, UNSAFE_METHODS, Session, csrf_ok

ROLES = ("clerk", "admin")
ROLE_NAMES = {"clerk": "Cán bộ rà soát", "admin": "Quản trị"}
MIN_PASSWORD = 8

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("vanban-dummy-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant-ish time whether or not the user exists (a dummy hash is checked otherwise)."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_new_password(password: str) -> str | None:
    """A Vietnamese message if the password is not acceptable, else None."""
    if len(password) < MIN_PASSWORD:
        return f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự."
    return None


@dataclass
class CurrentUser:
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class LoginRequired(Exception):
    """No logged-in user: pages redirect to /login, htmx and POST requests get 401."""


class Forbidden(Exception):
    """Logged in but not allowed (a clerk on an admin route)."""


class CsrfFailed(Exception):
    """An unsafe request without the session's CSRF token."""


def session_of(request: Request) -> Session | None:
    return getattr(request.state, "session", None)


async def csrf_protect(request: Request) -> None:
    """Router dependency: POST/PUT/PATCH/DELETE need the session's token (form field or header)."""
    if request.method not in UNSAFE_METHODS:
        return
    session = session_of(request)
    if request.url.path != "/login" and not (session and session.user):
        raise LoginRequired()       # anonymous changes are refused as "log in first"
    token = request.headers.get(CSRF_HEADER)
    if not token:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            token = form.get(CSRF_FIELD)
    if not csrf_ok(session, token):
        raise CsrfFailed()


def current_user(request: Request) -> CurrentUser:
    session = session_of(request)
    if session is None or not session.user:
        raise LoginRequired()
    return CurrentUser(session.user, session.role or "clerk")


def require_admin(request: Request) -> CurrentUser:
    user = current_user(request)
    if not user.is_admin:
        raise Forbidden()
    return user
