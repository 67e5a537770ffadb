"""Documents out of the store in the record contract (shared/contract/RECORDS.md).

Filters:
    since   documents issued on or after this date (documents without an issued
            date: ingested on or after it)
    unit    only records whose unit (entity / assignee) contains this name,
            ignoring case and diacritics; documents without such a record are left out
    period  only records within this period: "2025" matches 2025, 2025-11 and 2025-11-15,
            "2025-11" matches 2025-11 and its days (not the year-long 2025); a task
            matches on its deadline
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timezone
from typing import Optional

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from store.models import RECORD_KINDS, Document, Record, SignatureRow

DOCUMENT_KEYS = ("doc_id", "source", "pages", "issuer", "doc_number", "doc_type", "issued_date", "place",
                 "subject", "signer_name", "signer_title", "references", "recipients", "signatures")


def document_contract(document: Document, signatures: list[SignatureRow]) -> dict:
    return {"doc_id": document.doc_id, "source": document.source_name, "pages": document.pages,
            "issuer": document.issuer, "doc_number": document.doc_number, "doc_type": document.doc_type,
            "issued_date": document.issued_date, "place": document.place, "subject": document.subject,
            "signer_name": document.signer_name, "signer_title": document.signer_title,
            "references": list(document.references or []), "recipients": list(document.recipients or []),
            "signatures": [s.to_contract() for s in signatures],
            "pipeline_version": document.pipeline_version,
            "ingested_at": document.ingested_at.isoformat() if document.ingested_at else None,
            "status": document.status}


def _period_matches(record: Record, period: str) -> bool:
    value = record.deadline if record.kind == "tasks" else record.period
    if not value:
        return False
    return value.startswith(period)


def export_documents(session: Session, since: Optional[str] = None, unit: Optional[str] = None,
                     period: Optional[str] = None) -> list[dict]:
    from store.db import fold
    query = select(Document)
    if since:
        since_day = since[:10]
        since_at = datetime.combine(date.fromisoformat(since_day), time.min, tzinfo=timezone.utc)
        query = query.where(or_(Document.issued_date >= since_day,
                                and_(Document.issued_date.is_(None), Document.ingested_at >= since_at)))
    query = query.order_by(Document.issued_date.is_(None), Document.issued_date, Document.source_name,
                           Document.doc_id)
    documents = session.scalars(query).all()
    if not documents:
        return []
    ids = [d.doc_id for d in documents]
    records: dict[str, list[Record]] = defaultdict(list)
    signatures: dict[str, list[SignatureRow]] = defaultdict(list)
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        record_query = select(Record).where(Record.doc_id.in_(chunk)).order_by(Record.page, Record.line, Record.id)
        if period:
            record_query = record_query.where(or_(Record.period.like(period + "%"),
                                                  Record.deadline.like(period + "%")))
        for record in session.scalars(record_query):
            records[record.doc_id].append(record)
        for signature in session.scalars(select(SignatureRow).where(SignatureRow.doc_id.in_(chunk))
                                         .order_by(SignatureRow.id)):
            signatures[signature.doc_id].append(signature)
    wanted_unit = fold(unit) if unit else None
    out = []
    for document in documents:
        kept = records[document.doc_id]
        if period:
            kept = [r for r in kept if _period_matches(r, period)]
        if wanted_unit:   # a record without a unit (a metric) belongs to the document's issuer
            issuer = fold(document.issuer)
            kept = [r for r in kept if wanted_unit in (fold(r.unit) if r.unit else issuer)]
        if (period or wanted_unit) and not kept:
            continue
        item = {"document": document_contract(document, signatures[document.doc_id])}
        for kind in RECORD_KINDS:
            item[kind] = [r.to_contract() for r in kept if r.kind == kind]
        out.append(item)
    return out



# --------------------------------------------------------------------------- learned words
LEARNED_HEADER = """# learned.tsv — word corrections taught by clerks on the review page (vanban review) and
# approved by an admin. The restorer (extractors/diacritics.py) applies them on its next run:
# where it outputs `wrong` as a whole word, it writes `right` instead.
# Format: UTF-8 (NFC), one pair a line: wrong<TAB>right; lines starting with '#' are comments.
# Source of truth: the store's learned_words table (approved rows only). Do not edit by hand;
# rebuild with: python -m review.learned --db <store URL> [--out dictionaries/learned.tsv]
"""


def approved_learned_words(session: Session) -> list[tuple[str, str]]:
    """The approved (wrong, right) pairs, NFC, sorted case-insensitively."""
    import unicodedata

    from store.models import LearnedWord
    rows = session.execute(select(LearnedWord.wrong, LearnedWord.right)
                           .where(LearnedWord.approved_by.is_not(None)))
    pairs = {(unicodedata.normalize("NFC", w), unicodedata.normalize("NFC", r)) for w, r in rows}
    return sorted(pairs, key=lambda p: (p[0].lower(), p[0], p[1]))


def export_learned_words(session: Session, path) -> int:
    """The one writer of learned.tsv: the approved pairs of the store's learned_words table,
    written atomically (a reader never sees half a file). Returns the number of pairs."""
    import os
    import tempfile
    from pathlib import Path

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    pairs = approved_learned_words(session)
    body = LEARNED_HEADER + "".join(f"{w}\t{r}\n" for w, r in pairs)
    fd, tmp = tempfile.mkstemp(prefix=".learned-", suffix=".tsv", dir=str(target.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(body)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return len(pairs)
