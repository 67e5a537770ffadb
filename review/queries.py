"""What the pages show: dashboard figures, the review queue, a document with its pages and records."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from review.fields import reason_code
from store.models import Audit, Document, Page, Record

QUEUE_LIMIT = 300


# --------------------------------------------------------------------------- dashboard
CANONICAL = Document.copy_of.is_(None)   # a copy is another file of a document already counted


def _canonical_records(stmt):
    return stmt.join(Document, Document.doc_id == Record.doc_id).where(CANONICAL)


def document_status_counts(s: Session) -> list[tuple[str, int]]:
    """Documents by status; files that are copies of another document are counted apart ("copy")."""
    rows = s.execute(select(Document.status, Document.copy_of.is_not(None), func.count())
                     .group_by(Document.status, Document.copy_of.is_not(None))).all()
    counts: Counter[str] = Counter()
    for status, is_copy, n in rows:
        counts["copy" if is_copy else (status or "loaded")] += n
    return sorted(counts.items(), key=lambda r: (r[0] == "copy", -r[1]))


def record_status_counts(s: Session) -> dict[str, int]:
    return {status: n for status, n in
            s.execute(_canonical_records(select(Record.status, func.count())).group_by(Record.status))}


def ingested_per_day(s: Session, days: int = 30, at_least: int = 14) -> list[tuple[str, int]]:
    """Documents ingested per UTC day over the last `days` days, zero days included (from the first
    ingest day, and at least the last `at_least` days)."""
    today = datetime.now(timezone.utc)
    since = today - timedelta(days=days)
    counts: Counter[str] = Counter()
    for (at,) in s.execute(select(Document.ingested_at)):
        if at is None:
            continue
        if at.tzinfo is None:
            at = at.replace(tzinfo=timezone.utc)
        if at >= since:
            counts[at.date().isoformat()] += 1
    first = min([today.date() - timedelta(days=at_least - 1)]
                + [datetime.fromisoformat(day).date() for day in counts])
    out = []
    day = first
    while day <= today.date():
        out.append((day.isoformat(), counts.get(day.isoformat(), 0)))
        day += timedelta(days=1)
    return out


def review_reason_counts(s: Session) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for (reasons,) in s.execute(_canonical_records(select(Record.review_reasons))
                                .where(Record.status == "needs_review")):
        for code in {reason_code(r) for r in reasons or []} or {"(không rõ)"}:
            counts[code] += 1
    return counts.most_common()


def scores_by_unit(s: Session, limit: int = 12) -> list[tuple[str, float]]:
    """Per unit: the mean of its scores as a percentage of their maximum (highest first)."""
    shares: dict[str, list[float]] = defaultdict(list)
    rows = s.execute(_canonical_records(select(Record.unit, Record.value, Record.max_value))
                     .where(Record.kind == "scores", Record.unit.is_not(None), Record.value.is_not(None),
                            Record.max_value.is_not(None), Record.max_value > 0))
    for unit, value, top in rows:
        shares[unit].append(100.0 * value / top)
    means = [(unit, round(sum(v) / len(v), 1)) for unit, v in shares.items()]
    return sorted(means, key=lambda r: -r[1])[:limit]


def recent_audit(s: Session, limit: int = 8) -> list[Audit]:
    return list(s.scalars(select(Audit).order_by(Audit.at.desc(), Audit.id.desc()).limit(limit)))


# --------------------------------------------------------------------------- queue
QUEUE_STATUSES = ("needs_review", "auto")   # the queue proper, and a spot-check of machine-accepted records


@dataclass
class QueueFilter:
    unit: Optional[str] = None
    kind: Optional[str] = None
    reason: Optional[str] = None
    status: str = "needs_review"

    @property
    def spot_check(self) -> bool:
        return self.status == "auto"

    def query(self) -> dict[str, str]:
        pairs = (("unit", self.unit), ("kind", self.kind), ("reason", self.reason),
                 ("status", self.status if self.status != "needs_review" else None))
        return {k: v for k, v in pairs if v}


@dataclass
class QueueChoices:
    units: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def _queue_select(flt: QueueFilter):
    """needs_review: oldest document first, then reading order. auto (spot-check): least confident first."""
    stmt = (select(Record).join(Document, Document.doc_id == Record.doc_id)
            .where(Record.status == flt.status, CANONICAL))
    if flt.spot_check:
        stmt = stmt.order_by(Record.confidence, Document.ingested_at, Record.doc_id, Record.page, Record.line,
                             Record.id)
    else:
        stmt = stmt.order_by(Document.ingested_at, Record.doc_id, Record.page, Record.line, Record.id)
    if flt.unit:
        stmt = stmt.where(Record.unit == flt.unit)
    if flt.kind:
        stmt = stmt.where(Record.kind == flt.kind)
    return stmt


def queue(s: Session, flt: QueueFilter, limit: int = QUEUE_LIMIT) -> list[Record]:
    """Records needing review, oldest document first, then in reading order."""
    out = []
    for record in s.scalars(_queue_select(flt)):
        if flt.reason and flt.reason not in {reason_code(r) for r in record.review_reasons or []}:
            continue
        out.append(record)
        if len(out) >= limit:
            break
    return out


def queue_count(s: Session, status: str = "needs_review") -> int:
    return s.scalar(_canonical_records(select(func.count()).select_from(Record))
                    .where(Record.status == status)) or 0


def queue_choices(s: Session, status: str = "needs_review") -> QueueChoices:
    choices = QueueChoices()
    units, kinds, reasons = set(), set(), set()
    for unit, kind, rr in s.execute(_canonical_records(select(Record.unit, Record.kind, Record.review_reasons))
                                    .where(Record.status == status)):
        if unit:
            units.add(unit)
        kinds.add(kind)
        reasons.update(reason_code(r) for r in rr or [])
    choices.units, choices.kinds, choices.reasons = sorted(units), sorted(kinds), sorted(reasons)
    return choices


def next_in_queue(s: Session, flt: QueueFilter, after: Record | None) -> Record | None:
    """The queued record after `after` in queue order (or the first one); never `after` itself."""
    records = queue(s, flt, limit=100_000)
    if after is None:
        return records[0] if records else None
    after_key = _order_key(after, flt)
    for record in records:
        if record.id != after.id and _order_key(record, flt) > after_key:
            return record
    return next((r for r in records if r.id != after.id), None)


def _order_key(record: Record, flt: QueueFilter | None = None):
    doc = record.document
    at = doc.ingested_at if doc is not None else None
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    key = (at or datetime.min.replace(tzinfo=timezone.utc), record.doc_id, record.page or 0, record.line or 0,
           record.id)
    return ((record.confidence if record.confidence is not None else 0.0,) + key) if flt and flt.spot_check \
        else key


# --------------------------------------------------------------------------- documents
def documents(s: Session, limit: int = 500) -> list[tuple[Document, dict[str, int]]]:
    docs = list(s.scalars(select(Document).order_by(Document.ingested_at.desc()).limit(limit)))
    counts: dict[str, Counter] = defaultdict(Counter)
    for doc_id, status, n in s.execute(select(Record.doc_id, Record.status, func.count())
                                       .group_by(Record.doc_id, Record.status)):
        counts[doc_id][status] += n
    return [(doc, dict(counts[doc.doc_id])) for doc in docs]


def document(s: Session, doc_id: str) -> Document | None:
    return s.get(Document, doc_id)


def reading_order(records) -> list[Record]:
    """A document's records as the page reads (a correction kept over a re-ingest keeps its old id)."""
    return sorted(records, key=lambda r: (r.page or 0, r.line or 0, r.id))


def copies(s: Session, doc: Document) -> list[Document]:
    """The other files of the same issued document: its original, or its copies."""
    if doc.copy_of:
        original = s.get(Document, doc.copy_of)
        return [original] if original is not None else []
    return list(s.scalars(select(Document).where(Document.copy_of == doc.doc_id).order_by(Document.ingested_at)))


def page(s: Session, page_id: int) -> Page | None:
    return s.get(Page, page_id)


def record(s: Session, record_id: int) -> Record | None:
    return s.get(Record, record_id)


def audit_rows(s: Session, record_id: int | None = None, doc_id: str | None = None,
               limit: int = 200) -> list[Audit]:
    stmt = select(Audit).order_by(Audit.at.desc(), Audit.id.desc()).limit(limit)
    if record_id is not None:
        stmt = stmt.where(Audit.record_id == record_id)
    if doc_id is not None:
        stmt = stmt.where(Audit.doc_id == doc_id)
    return list(s.scalars(stmt))
