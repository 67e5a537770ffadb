"""The review page's application factory.

    app = create_app("sqlite:///vanban.db")          # then uvicorn.run(app) (what `vanban review` does)

Everything except /login and /static needs a logged-in user; /admin needs an
admin; every POST needs the session's CSRF token (review.auth.csrf_protect).
"""
from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from review.auth import CsrfFailed, Forbidden, LoginRequired, csrf_protect
from review.db import connect
from review.security import LoginLimiter, SecurityMiddleware, SessionStore
from review.web import HERE, is_htmx, redirect, render


def create_app(db_url: str, secret: str | None = None, *, learned_path: str | Path | None = None,
               secure_cookie: bool = False, login_attempts: int = 5, login_window: float = 300.0) -> FastAPI:
    """The FastAPI app over the store at `db_url`.

    `secret` is kept for callers that pass one (sessions are server-side random ids, so
    nothing is signed with it); `learned_path` is where approved words are exported
    (default dictionaries/learned.tsv).
    """
    from review import routes_admin, routes_auth, routes_pages

    app = FastAPI(title="vanban — rà soát", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.db = connect(db_url)
    app.state.secret = secret or secrets.token_urlsafe(32)
    app.state.sessions = SessionStore()
    app.state.limiter = LoginLimiter(attempts=login_attempts, window=login_window)
    app.state.learned_path = Path(learned_path) if learned_path else None
    app.add_middleware(SecurityMiddleware, sessions=app.state.sessions, secure_cookie=secure_cookie)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    guard = [Depends(csrf_protect)]
    app.include_router(routes_auth.router, dependencies=guard)
    app.include_router(routes_pages.router, dependencies=guard)
    app.include_router(routes_admin.router, dependencies=guard)

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc):
        if request.method == "GET" and not is_htmx(request):
            target = request.url.path + (("?" + request.url.query) if request.url.query else "")
            from urllib.parse import urlencode
            return redirect("/login?" + urlencode({"next": target}))
        response = PlainTextResponse("Cần đăng nhập (login required)", status_code=401)
        if is_htmx(request):
            response.headers["HX-Redirect"] = "/login"
        return response

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, _exc):
        return render(request, "error.html", status_code=403, title="Không có quyền",
                      message="Trang này chỉ dành cho quản trị viên.")

    @app.exception_handler(CsrfFailed)
    async def _csrf(request: Request, _exc):
        return render(request, "error.html", status_code=403, title="Yêu cầu không hợp lệ",
                      message="Mã bảo vệ biểu mẫu (CSRF) không đúng hoặc phiên đã hết hạn. "
                              "Hãy tải lại trang rồi thử lại.")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return render(request, "error.html", status_code=404, title="Không tìm thấy",
                          message="Không có trang hay bản ghi này.")
        if exc.status_code == 405:
            return PlainTextResponse("Phương thức không được phép", status_code=405)
        return PlainTextResponse(str(exc.detail), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, _exc):
        return render(request, "error.html", status_code=404, title="Không tìm thấy",
                      message="Địa chỉ không hợp lệ.")

    return app
