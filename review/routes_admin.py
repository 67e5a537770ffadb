"""Admin pages: users, and the learned dictionary (promote clerks' word corrections)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Request

from review import learned as L
from review import users as U
from review.auth import CurrentUser, require_admin
from review.web import flash, redirect, render

router = APIRouter(prefix="/admin")
def Id():  # a fresh Path per route: FastAPI binds a Path to its parameter name
    return Path(ge=1, le=2**31 - 1)


@router.get("/users")
def users_page(request: Request, admin: CurrentUser = Depends(require_admin)):
    with request.app.state.db.session() as s:
        rows = U.all_users(s)
    return render(request, "admin_users.html", rows=rows)


@router.post("/users")
async def users_add(request: Request, admin: CurrentUser = Depends(require_admin)):
    form = await request.form()
    try:
        with request.app.state.db.write() as s:
            U.add(s, str(form.get("name", "")), str(form.get("role", "clerk")), str(form.get("password", "")))
    except U.UserError as error:
        flash(request, f"Không thêm được: {error}")
    else:
        flash(request, f"Đã thêm người dùng «{U.normalise_name(str(form.get('name')))}».")
    return redirect("/admin/users")


@router.post("/users/{user_id}")
async def users_change(request: Request, user_id: int = Id(), admin: CurrentUser = Depends(require_admin)):
    from store.models import User
    form = await request.form()
    action = form.get("action")
    try:
        with request.app.state.db.write() as s:
            user = s.get(User, user_id)
            if user is None:
                flash(request, "Không có người dùng này.")
                return redirect("/admin/users")
            if user.name == admin.name and action in ("disable", "role"):
                raise U.UserError("Không thể tự khóa hay tự đổi vai trò của chính mình.")
            if action == "role":
                U.set_role(s, user, str(form.get("role", "")))
            elif action == "password":
                U.set_password(s, user, str(form.get("password", "")))
            elif action in ("disable", "enable"):
                U.set_active(s, user, action == "enable")
            else:
                raise U.UserError("Thao tác không hợp lệ.")
            name = user.name
    except U.UserError as error:
        flash(request, f"Không thực hiện được: {error}")
        return redirect("/admin/users")
    request.app.state.sessions.drop_user(name)   # the change takes effect at once
    flash(request, f"Đã cập nhật «{name}».")
    return redirect("/admin/users")


@router.get("/words")
def words_page(request: Request, admin: CurrentUser = Depends(require_admin)):
    with request.app.state.db.session() as s:
        rows = L.all_words(s)
    path = request.app.state.learned_path or L.default_path()
    return render(request, "admin_words.html", rows=rows, learned_file=path, exported=L.read(path))


def _export(request: Request, s) -> None:
    L.export(s, request.app.state.learned_path)


@router.post("/words/{word_id}/approve")
def words_approve(request: Request, word_id: int = Id(), admin: CurrentUser = Depends(require_admin)):
    with request.app.state.db.write() as s:
        row = L.approve(s, word_id, admin.name)
        if row is not None:
            s.flush()
            _export(request, s)
            flash(request, f"Đã đưa «{row.wrong} → {row.right}» vào từ điển (learned.tsv).")
    return redirect("/admin/words")


@router.post("/words/{word_id}/reject")
def words_reject(request: Request, word_id: int = Id(), admin: CurrentUser = Depends(require_admin)):
    with request.app.state.db.write() as s:
        if L.reject(s, word_id):
            s.flush()
            _export(request, s)
            flash(request, "Đã bỏ đề xuất.")
    return redirect("/admin/words")


@router.post("/words/export")
def words_export(request: Request, admin: CurrentUser = Depends(require_admin)):
    with request.app.state.db.session() as s:
        _export(request, s)
    flash(request, "Đã xuất lại learned.tsv.")
    return redirect("/admin/words")
