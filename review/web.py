"""Rendering helpers shared by the routes: templates, the page context, safe redirects."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from review import fields as F
from review.auth import ROLE_NAMES, session_of

HERE = Path(__file__).resolve().parent
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

templates = Jinja2Templates(directory=str(HERE / "templates"))


def local_time(value: datetime | None, fmt: str = "%d/%m/%Y %H:%M") -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(LOCAL_TZ).strftime(fmt)


def iso_vn(value: str | None) -> str:
    """'2025-11-17' -> '17/11/2025'; '2025-11' -> '11/2025'."""
    if not value:
        return ""
    parts = value.split("-")
    return "/".join(reversed(parts))


templates.env.filters.update(
    local_time=local_time, vn_date=iso_vn, show=F.show, reason=F.reason_name, reason_short=lambda r: F.reason_name(F.reason_code(r)),
    kind_name=lambda k: F.KIND_NAMES.get(k, k), status_name=lambda s: F.STATUS_NAMES.get(s, s),
    doc_status_name=lambda s: F.DOCUMENT_STATUS_NAMES.get(s, s), field_name=lambda f: F.FIELD_NAMES.get(f, f),
    role_name=lambda r: ROLE_NAMES.get(r, r), pct=lambda v: f"{round(100 * (v or 0))}%",
)
templates.env.globals.update(KIND_NAMES=F.KIND_NAMES, FIELD_NAMES=F.FIELD_NAMES, DEADLINE_KINDS=F.DEADLINE_KINDS,
                             LONG_FIELDS=F.LONG_FIELDS, urlencode=urlencode,
                             FIELD_ORDER=F.KIND_FIELDS, DISPLAY_FIELDS=F.DISPLAY_FIELDS,
                             NUMBER_FIELDS=F.NUMBER_FIELDS | F.INTEGER_FIELDS)


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    session = session_of(request)
    flash = None
    if session is not None and session.flash:
        flash, session.flash = session.flash, None
    context.update(request=request, user=(session.user if session else None),
                   role=(session.role if session else None), csrf=(session.csrf if session else ""),
                   flash=flash, is_htmx=is_htmx(request))
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def redirect(url: str, request: Request | None = None) -> RedirectResponse | HTMLResponse:
    if request is not None and is_htmx(request):
        response = HTMLResponse("", status_code=200)
        response.headers["HX-Redirect"] = url
        return response
    return RedirectResponse(url, status_code=303)


def flash(request: Request, message: str) -> None:
    session = session_of(request)
    if session is not None:
        session.flash = message
