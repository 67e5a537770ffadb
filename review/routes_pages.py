"""The clerk's pages: dashboard, queue, documents, the document view, record edits, audit, export."""
from __future__ import annotations

import csv
import io
import json
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response

from review import changes, charts
from review import fields as F
from review import learned as L
from review import queries as Q
from review.auth import CurrentUser, current_user
from review.images import NoImage, render_page
from review.security import local_path
from review.view import page_view
from review.web import flash, is_htmx, redirect, render

router = APIRouter()
def DocId():
    return Path(pattern=r"^[0-9a-f]{16,64}$", max_length=64)
def Id():  # a fresh Path per route: FastAPI binds a Path to its parameter name
    return Path(ge=1, le=2**31 - 1)


def _filter(unit: Optional[str], kind: Optional[str], reason: Optional[str],
            status: Optional[str] = None) -> Q.QueueFilter:
    return Q.QueueFilter(unit=unit or None, kind=kind if kind in F.KIND_NAMES else None, reason=reason or None,
                         status=status if status in Q.QUEUE_STATUSES else "needs_review")


# --------------------------------------------------------------------------- dashboard
@router.get("/")
def dashboard(request: Request, user: CurrentUser = Depends(current_user)):
    with request.app.state.db.session() as s:
        doc_status = Q.document_status_counts(s)
        record_status = Q.record_status_counts(s)
        per_day = Q.ingested_per_day(s)
        reasons = Q.review_reason_counts(s)
        by_unit = Q.scores_by_unit(s)
        recent = Q.recent_audit(s)
    return render(request, "dashboard.html", doc_status=doc_status, record_status=record_status,
                  reasons=reasons, recent=recent, total_docs=sum(n for _, n in doc_status),
                  chart_days=charts.columns(per_day, width=600, title="Văn bản nạp theo ngày"),
                  chart_units=charts.hbars(by_unit, width=600, max_value=100, unit="%",
                                           title="Điểm theo đơn vị (% điểm tối đa)"),
                  chart_reasons=charts.hbars([(F.reason_name(r), n) for r, n in reasons], width=600,
                                             title="Bản ghi cần rà soát theo lý do"))


# --------------------------------------------------------------------------- queue
@router.get("/queue")
def queue(request: Request, unit: Optional[str] = None, kind: Optional[str] = None,
          reason: Optional[str] = None, status: Optional[str] = None, user: CurrentUser = Depends(current_user)):
    flt = _filter(unit, kind, reason, status)
    with request.app.state.db.session() as s:
        records = Q.queue(s, flt)
        choices = Q.queue_choices(s, flt.status)
        total = Q.queue_count(s, flt.status)
        waiting = total if not flt.spot_check else Q.queue_count(s)
        docs = {r.doc_id: r.document for r in records}
    return render(request, "queue.html", records=records, choices=choices, flt=flt, total=total, docs=docs,
                  waiting=waiting, query=urlencode(flt.query()))


@router.get("/queue/next")
def queue_next(request: Request, after: Optional[int] = None, unit: Optional[str] = None,
               kind: Optional[str] = None, reason: Optional[str] = None, status: Optional[str] = None,
               user: CurrentUser = Depends(current_user)):
    flt = _filter(unit, kind, reason, status)
    with request.app.state.db.session() as s:
        current = Q.record(s, after) if after else None
        nxt = Q.next_in_queue(s, flt, current)
        target = nxt.id if nxt else None
    query = urlencode(flt.query())
    if target is None:
        flash(request, "Đã hết bản ghi cần rà soát trong hàng đợi này.")
        return redirect("/queue" + ("?" + query if query else ""), request)
    return redirect(f"/records/{target}" + ("?" + query if query else ""), request)


# --------------------------------------------------------------------------- documents
@router.get("/documents")
def documents(request: Request, user: CurrentUser = Depends(current_user)):
    with request.app.state.db.session() as s:
        rows = Q.documents(s)
    return render(request, "documents.html", rows=rows)


def _document_page(request: Request, doc_id: str, page_number: Optional[int], record_id: Optional[int],
                   flt: Q.QueueFilter):
    with request.app.state.db.session() as s:
        focus = Q.record(s, record_id) if record_id else None
        if record_id and focus is None:
            return render(request, "error.html", status_code=404, title="Không tìm thấy",
                          message="Không có bản ghi này.")
        doc = Q.document(s, focus.doc_id if focus else doc_id)
        if doc is None:
            return render(request, "error.html", status_code=404, title="Không tìm thấy",
                          message="Không có văn bản này.")
        pages = list(doc.page_rows)
        number = page_number or (focus.page if focus and focus.page else 1)
        page = next((p for p in pages if p.number == number), pages[0] if pages else None)
        records = Q.reading_order(doc.records)
        view = page_view(doc, page, records, focus) if page is not None else None
        audit = Q.audit_rows(s, record_id=focus.id, limit=20) if focus else []
        kinds = [k for k in F.KIND_NAMES if any(r.kind == k for r in records)]
        others = Q.copies(s, doc)
    query = urlencode(flt.query())
    return render(request, "document.html", doc=doc, pages=pages, page=page, view=view, records=records,
                  focus=focus, audit=audit, kinds=kinds, flt=flt, query=query, others=others)


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str = DocId(), page: Optional[int] = None,
             user: CurrentUser = Depends(current_user)):
    return _document_page(request, doc_id, page, None, Q.QueueFilter())


@router.get("/records/{record_id}")
def record(request: Request, record_id: int = Id(), page: Optional[int] = None, unit: Optional[str] = None,
           kind: Optional[str] = None, reason: Optional[str] = None, status: Optional[str] = None,
           user: CurrentUser = Depends(current_user)):
    return _document_page(request, "", page, record_id, _filter(unit, kind, reason, status))


# --------------------------------------------------------------------------- record rows (htmx)
def _row(request: Request, record_id: int, template: str, **extra):
    with request.app.state.db.session() as s:
        rec = Q.record(s, record_id)
        if rec is None:
            return render(request, "error.html", status_code=404, title="Không tìm thấy",
                          message="Không có bản ghi này.")
        audit = Q.audit_rows(s, record_id=rec.id, limit=20)
    if extra.get("oob"):  # out-of-band updates exist only on the page focused on this record
        from urllib.parse import urlparse
        extra["oob"] = urlparse(request.headers.get("hx-current-url", "")).path == f"/records/{record_id}"
    return render(request, template, r=rec, audit=audit, **extra)


@router.get("/records/{record_id}/row")
def record_row(request: Request, record_id: int = Id(), user: CurrentUser = Depends(current_user)):
    return _row(request, record_id, "_record_row.html")


@router.get("/records/{record_id}/edit")
def record_edit(request: Request, record_id: int = Id(), user: CurrentUser = Depends(current_user)):
    return _row(request, record_id, "_record_edit.html", values=None, error=None)


@router.post("/records/{record_id}")
async def record_save(request: Request, record_id: int = Id(), user: CurrentUser = Depends(current_user)):
    form = {k: str(v) for k, v in (await request.form()).items()}
    with request.app.state.db.write() as s:
        rec = Q.record(s, record_id)
        if rec is None:
            return render(request, "error.html", status_code=404, title="Không tìm thấy",
                          message="Không có bản ghi này.")
        try:
            rows = changes.correct_record(s, rec, form, user.name)
        except F.FieldError as error:  # raised before anything changed
            return render(request, "_record_edit.html", status_code=200 if is_htmx(request) else 422,
                          r=rec, values=form, error=error.message, error_field=error.field)
        suggested = changes.suggested_pairs(rows)
    if not is_htmx(request):
        flash(request, (changes.saved_message(suggested)) if rows else "Không có gì thay đổi.")
        return redirect(f"/records/{record_id}")
    return _row(request, record_id, "_record_row.html", saved=bool(rows), oob=True, suggested=suggested)


@router.post("/records/{record_id}/approve")
async def record_approve(request: Request, record_id: int = Id(), user: CurrentUser = Depends(current_user)):
    form = await request.form()
    flt = _filter(form.get("unit"), form.get("kind"), form.get("reason"), form.get("status"))
    with request.app.state.db.write() as s:
        rec = Q.record(s, record_id)
        if rec is None:
            return render(request, "error.html", status_code=404, title="Không tìm thấy",
                          message="Không có bản ghi này.")
        changes.approve_record(s, rec, user.name)
        s.flush()
        nxt = Q.next_in_queue(s, flt, rec) if form.get("then") == "next" else None
        target = nxt.id if nxt else None
    if form.get("then") == "next":
        query = urlencode(flt.query())
        if target is None:
            flash(request, "Đã duyệt. Hàng đợi đã hết bản ghi cần rà soát.")
            return redirect("/queue" + ("?" + query if query else ""), request)
        flash(request, "Đã duyệt bản ghi trước. Đây là bản ghi tiếp theo.")
        return redirect(f"/records/{target}" + ("?" + query if query else ""), request)
    if is_htmx(request):
        return _row(request, record_id, "_record_row.html", saved=True, oob=True)
    flash(request, "Đã duyệt bản ghi.")
    return redirect(f"/records/{record_id}")


# --------------------------------------------------------------------------- audit, words
@router.get("/audit")
def audit(request: Request, record: Optional[int] = None, user: CurrentUser = Depends(current_user)):
    with request.app.state.db.session() as s:
        rows = Q.audit_rows(s, record_id=record, limit=500)
    return render(request, "audit.html", rows=rows, record_id=record)


@router.post("/words")
async def propose_word(request: Request, user: CurrentUser = Depends(current_user)):
    form = await request.form()
    back = form.get("back") or "/"
    with request.app.state.db.write() as s:
        row = L.suggest(s, str(form.get("wrong", "")), str(form.get("right", "")), user.name)
    flash(request, "Đã gửi đề xuất sửa từ cho quản trị viên duyệt." if row is not None
          else "Đề xuất không hợp lệ: cần một từ sai và một từ đúng, khác nhau, không có số.")
    return redirect(local_path(str(back)), request)     # local_path: no control characters either


# --------------------------------------------------------------------------- images, export
@router.get("/pages/{page_id}/image.png")
def page_image(request: Request, page_id: int = Id(), user: CurrentUser = Depends(current_user)):
    with request.app.state.db.session() as s:
        page = Q.page(s, page_id)
        if page is None:
            return Response("Không tìm thấy trang", status_code=404, media_type="text/plain; charset=utf-8")
        doc = page.document
        path, kind, number = doc.source_path, doc.kind, page.number
    try:
        png = render_page(path, kind, number)
    except NoImage as error:
        return Response(f"Không có ảnh trang: {error}", status_code=404, media_type="text/plain; charset=utf-8")
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=600"})


def _export_rows(request: Request) -> list[dict]:
    db = request.app.state.db
    if db.store is not None and hasattr(db.store, "export"):
        return db.store.export()
    from sqlalchemy import select

    from store.models import Document
    out = []
    with db.session() as s:
        for doc in s.scalars(select(Document).order_by(Document.ingested_at)):
            item = {"document": {"doc_id": doc.doc_id, "source": doc.source_name, "pages": doc.pages,
                                 "issuer": doc.issuer, "doc_number": doc.doc_number, "doc_type": doc.doc_type,
                                 "issued_date": doc.issued_date}}
            for kind in F.KIND_NAMES:
                item[kind] = [r.to_contract() for r in doc.records if r.kind == kind]
            out.append(item)
    return out


@router.get("/export")
def export(request: Request, format: str = "json", user: CurrentUser = Depends(current_user)):
    docs = _export_rows(request)
    if format == "csv":
        buffer = io.StringIO()
        columns = ["doc_id", "source", "kind", "record_id", "status", "page", "line", "entity", "index",
                   "criterion", "name", "task", "value", "max", "unit", "rank", "out_of", "period", "deadline",
                   "deadline_text", "confidence", "source_text"]
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for doc in docs:
            for kind in F.KIND_NAMES:
                for rec in doc.get(kind) or []:
                    row = dict(rec, kind=kind, doc_id=doc["document"].get("doc_id"),
                               source=doc["document"].get("source"),
                               entity=rec.get("entity") or rec.get("assignee"))
                    writer.writerow(row)
        return Response("\ufeff" + buffer.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="vanban-export.csv"'})
    body = json.dumps(docs, ensure_ascii=False, indent=1, default=str)
    return Response(body, media_type="application/json; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="vanban-export.json"'})
