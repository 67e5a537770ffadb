"""People of the review page: add, list, change role, reset password, disable."""
from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from review.auth import ROLES, check_new_password, hash_password
from store.models import User, utcnow

_NAME = re.compile(r"^[\w.@-]{2,64}$")


class UserError(ValueError):
    """A Vietnamese message about a user operation."""


def normalise_name(name: str) -> str:
    return unicodedata.normalize("NFC", (name or "").strip())


def get(s: Session, name: str) -> User | None:
    return s.scalar(select(User).where(User.name == normalise_name(name)))


def all_users(s: Session) -> list[User]:
    return list(s.scalars(select(User).order_by(User.name)))


def add(s: Session, name: str, role: str, password: str) -> User:
    name = normalise_name(name)
    if not _NAME.match(name):
        raise UserError("Tên đăng nhập gồm 2–64 chữ, số hoặc . _ - @, không có dấu cách.")
    if role not in ROLES:
        raise UserError(f"Vai trò phải là một trong: {', '.join(ROLES)}.")
    problem = check_new_password(password)
    if problem:
        raise UserError(problem)
    if get(s, name) is not None:
        raise UserError(f"Người dùng «{name}» đã có.")
    user = User(name=name, role=role, password_hash=hash_password(password), created_at=utcnow(), active=True)
    s.add(user)
    s.flush()
    return user


def set_role(s: Session, user: User, role: str) -> None:
    if role not in ROLES:
        raise UserError(f"Vai trò phải là một trong: {', '.join(ROLES)}.")
    user.role = role


def set_password(s: Session, user: User, password: str) -> None:
    problem = check_new_password(password)
    if problem:
        raise UserError(problem)
    user.password_hash = hash_password(password)


def set_active(s: Session, user: User, active: bool) -> None:
    user.active = active
