"""What a clerk does to a record: correct fields or approve it. Every change writes audit rows."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from review import fields as F
from review.learned import suggest_from_edit, word_pairs
from store.models import Audit, Document, Record, utcnow


def correct_record(s: Session, record: Record, form: dict[str, str], user: str) -> list[Audit]:
    """Apply the edited fields in `form`; raises fields.FieldError. Returns the audit rows written."""
    old = dict(record.fields or {})
    new = dict(old)
    for name in F.editable_fields(record.kind):
        if name in form:
            new[name] = F.parse_field(name, form[name])
    F.check_record(record.kind, new)
    now = utcnow()
    rows = []
    for name in F.editable_fields(record.kind):
        if _same(old.get(name), new.get(name)):
            continue
        rows.append(Audit(record_id=record.id, doc_id=record.doc_id, user=user, at=now, field=name,
                          old=old.get(name), new=new.get(name), action="correct"))
        if isinstance(old.get(name), str) and isinstance(new.get(name), str):
            suggest_from_edit(s, old[name], new[name], user)
    if not rows:
        return []
    record.fields = new   # a new dict: the typed columns follow
    rows.append(_set_status(record, "corrected", user, now))
    s.add_all([r for r in rows if r is not None])
    refresh_document_status(s, record.doc_id)
    return [r for r in rows if r is not None]


def suggested_pairs(rows: list[Audit]) -> list[tuple[str, str]]:
    """The word pairs a correction proposed to the learned dictionary (what correct_record suggested)."""
    out: list[tuple[str, str]] = []
    for row in rows:
        if row.field != "status" and isinstance(row.old, str) and isinstance(row.new, str):
            out += [p for p in word_pairs(row.old, row.new) if p not in out]
    return out


def saved_message(suggested: list[tuple[str, str]]) -> str:
    if not suggested:
        return "Đã lưu bản ghi."
    words = ", ".join(f"«{w} → {r}»" for w, r in suggested[:5])
    return f"Đã lưu bản ghi. Đã đề xuất sửa từ {words} cho quản trị viên duyệt vào từ điển."


def approve_record(s: Session, record: Record, user: str) -> list[Audit]:
    """needs_review/auto -> approved; a corrected record stays corrected (the approval is still audited)."""
    now = utcnow()
    target = "corrected" if record.status == "corrected" else "approved"
    row = _set_status(record, target, user, now, force_row=True)
    row.action = "approve"
    s.add(row)
    refresh_document_status(s, record.doc_id)
    return [row]


def _set_status(record: Record, status: str, user: str, now, force_row: bool = False) -> Audit | None:
    old = record.status
    record.updated_by = user
    record.updated_at = now
    if old == status and not force_row:
        return None
    record.status = status
    action = "approve" if status == "approved" else "correct"
    return Audit(record_id=record.id, doc_id=record.doc_id, user=user, at=now, field="status", old=old,
                 new=status, action=action)


def refresh_document_status(s: Session, doc_id: str) -> None:
    s.flush()
    waiting = s.scalar(select(func.count()).select_from(Record)
                       .where(Record.doc_id == doc_id, Record.status == "needs_review")) or 0
    doc = s.get(Document, doc_id)
    if doc is None:
        return
    if waiting:
        doc.status = "needs_review"
    elif doc.status == "needs_review":
        doc.status = "reviewed"


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b
