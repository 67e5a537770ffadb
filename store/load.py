"""Turning a ProcessedDocument into rows, in one transaction.

`load_document(session, processed, reprocess)` is called inside a write
transaction (see store.db.Store.load): it either adds a whole document or
nothing. With `reprocess`, it replaces the machine-made records, pages and
signatures of a known document and keeps what clerks approved or corrected
(and their audit rows).

Test hook: VANBAN_STORE_TEST_HOOK="pause:<file>" makes the load write <file>
and sleep halfway through a document (rows flushed, not committed), so a test
can kill the process there; "fail" raises instead.
"""
from __future__ import annotations

import math
import numbers
import os
import time
import unicodedata
from dataclasses import fields as dataclass_fields, is_dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from store.models import (CLERK_STATUSES, KIND_FIELDS, Document, Page, Record, SignatureRow, utcnow)
from vanban.model import Line, PageText, ProcessedDocument

HOOK_ENV = "VANBAN_STORE_TEST_HOOK"


class InjectedFailure(RuntimeError):
    """Raised by the test hook to simulate a crash in the middle of a load."""


def _checkpoint() -> None:
    hook = os.environ.get(HOOK_ENV, "")
    if not hook:
        return
    if hook == "fail":
        raise InjectedFailure("lỗi giả lập giữa lúc nạp (injected failure mid-load)")
    if hook.startswith("pause:"):
        marker = hook[len("pause:"):]
        with open(marker, "w") as handle:
            handle.write(str(os.getpid()))
        time.sleep(float(os.environ.get("VANBAN_STORE_TEST_PAUSE_SECONDS", "60")))


def shallow(obj: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict, nested dataclasses too, without deep-copying the values
    (dataclasses.asdict deep-copies, which fails on some PDF-library objects)."""
    out = {}
    for item in dataclass_fields(obj):
        value = getattr(obj, item.name)
        out[item.name] = shallow(value) if is_dataclass(value) else value
    return out


def _nfc(value: Any) -> Any:
    """NFC text without NUL, plain builtins (a str subclass from a PDF library becomes a str,
    a numpy number a Python number, NaN None)."""
    kind = type(value)                 # the builtins first: a page's lines are thousands of values
    if kind is str:
        text = unicodedata.normalize("NFC", value)
        return text.replace("\x00", "") if "\x00" in text else text
    if kind is int or value is None or kind is bool:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is list or kind is tuple:
        return [_nfc(v) for v in value]
    if kind is dict:
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, str):       # PostgreSQL refuses NUL in text
        return unicodedata.normalize("NFC", str(value)).replace("\x00", "")
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, numbers.Integral):       # numpy integers too
        return int(value)
    if isinstance(value, numbers.Real):            # JSON (and jsonb) has no NaN or infinity
        return float(value) if math.isfinite(value) else None
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, tuple):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------- documents
def document_values(processed: ProcessedDocument) -> dict[str, Any]:
    source, facts = processed.source, processed.records.document
    return _nfc({
        "source_name": source.name, "source_path": source.path, "kind": source.kind, "size": source.size,
        "pages": source.pages or len(processed.pages),
        "issuer": facts.issuer, "doc_number": facts.doc_number, "doc_type": facts.doc_type,
        "issued_date": facts.issued_date, "place": facts.place, "subject": facts.subject,
        "signer_name": facts.signer_name, "signer_title": facts.signer_title,
        "references": list(facts.references or []), "recipients": list(facts.recipients or []),
        "pipeline_version": processed.pipeline_version, "timings": dict(processed.timings or {}),
    })


def _box(box: Any) -> Any:
    """_nfc(list(box)): a box is four ints (numpy ones become ints by _nfc)."""
    if not box:
        return None
    if type(box) in (tuple, list) and all(type(v) is int for v in box):
        return list(box)
    return _nfc(list(box))


def line_json(line: Line) -> dict[str, Any]:
    """A line as the pages table keeps it (JSON): its text, boxes, words, restoration choices and cells,
    all NFC plain builtins, as _nfc makes them (spelled out: a page holds thousands of these values)."""
    return {
        "text": _nfc(line.text), "ocr_text": _nfc(line.ocr_text), "box": _box(line.box), "region": _nfc(line.region),
        "conf": _nfc(round(line.conf, 4)), "restoration_conf": _nfc(round(line.restoration_conf, 4)),
        "words": [{"text": _nfc(w.text), "conf": _nfc(round(w.conf, 4)), "box": _box(w.box)} for w in line.words],
        "tokens": [{"original": _nfc(t.original), "chosen": _nfc(t.chosen), "start": _nfc(t.start), "end": _nfc(t.end),
                    "confidence": _nfc(round(t.confidence, 4)),
                    "alternatives": [[_nfc(a), _nfc(round(p, 4))] for a, p in t.alternatives]}
                   for t in line.tokens],
        "cells": [[_nfc(text), _box(box)] for text, box in line.cells],
    }


def page_row(doc_id: str, page: PageText) -> Page:
    return Page(doc_id=doc_id, number=int(page.number), method=str(page.method), reason=_nfc(page.reason),
                text=_nfc(page.text), ocr_text=_nfc(page.ocr_text), lines=[line_json(l) for l in page.lines],
                width=_nfc(page.width), height=_nfc(page.height), dpi=_nfc(page.dpi),
                vietnamese_share=_nfc(page.vietnamese_share))


def signature_rows(doc_id: str, processed: ProcessedDocument) -> list[SignatureRow]:
    signatures = processed.records.document.signatures or processed.signatures or []
    return [SignatureRow(doc_id=doc_id, **_nfc(shallow(s))) for s in signatures]


# --------------------------------------------------------------------------- records
def _key_part(value: Any) -> str:
    text = "" if value is None else unicodedata.normalize("NFC", str(value)).strip().casefold()
    return text.replace("|", "/")[:60]


def base_key(kind: str, fields: dict, page: Any, line: Any) -> str:
    """A record's machine identity: kind, where it was read, and what it is about."""
    what = {"scores": (fields.get("entity"), fields.get("criterion"), fields.get("period")),
            "ranks": (fields.get("entity"), fields.get("criterion"), fields.get("period")),
            "tasks": (fields.get("assignee"),),
            "metrics": (fields.get("name"), fields.get("period"))}.get(kind, ())
    return "|".join([kind, str(page or 0), str(line or 0), *(_key_part(v) for v in what)])[:240]


def record_rows(doc_id: str, processed: ProcessedDocument) -> list[Record]:
    rows: list[Record] = []
    seen: dict[str, int] = {}
    for kind, record in processed.records.all_records():
        data = shallow(record)
        where = record.where
        data.pop("where", None)
        if isinstance(data.get("deadline"), dict):
            deadline = data.pop("deadline")
            data.update({"deadline": deadline["date"], "deadline_text": deadline["text"],
                         "deadline_kind": deadline["kind"]})
        fields = _nfc({name: data.get(name) for name in KIND_FIELDS[kind]} | data)
        key = base_key(kind, fields, where.page, where.line)
        seen[key] = seen.get(key, 0) + 1
        key = f"{key}#{seen[key]}"
        rows.append(Record(doc_id=doc_id, kind=kind, record_key=key, fields=fields, page=_nfc(where.page),
                           line=_nfc(where.line), source_text=_nfc(where.source_text),
                           box=_nfc(list(where.box)) if where.box else None,
                           confidence=_nfc(float(where.confidence)) or 0.0, status=str(where.status),
                           review_reasons=_nfc(list(where.review_reasons)), origin="machine"))
    return rows


# --------------------------------------------------------------------------- copies
def canonical_of(session: Session, document: Document) -> str | None:
    """The doc_id of the canonical file of the same issued document as `document`, if another is stored.

    One issued document is known by its number and symbol, its date and its issuer;
    without a number or a date nothing is called a copy (two reports of one ward
    can share an issuer and a date).
    """
    number, date, issuer = document.doc_number, document.issued_date, document.issuer
    if not number or not date:
        return None
    query = (select(Document.doc_id).where(Document.doc_number == number, Document.issued_date == date,
                                            Document.copy_of.is_(None), Document.doc_id != document.doc_id)
             .order_by(Document.ingested_at, Document.doc_id).limit(1))
    query = query.where(Document.issuer == issuer) if issuer else query.where(Document.issuer.is_(None))
    return session.scalar(query)


def authority(kind: str, methods: list[str], signed_valid: bool) -> int:
    """How far a file of a document can be trusted: a valid digital signature (the legal original)
    over a born-digital text layer, over an OCR'd scan, over text typed or OCR'd elsewhere."""
    if signed_valid:
        return 3
    if kind == "text":
        return 0
    return 2 if methods and all(m == "text-layer" for m in methods) else 1


def stored_authority(session: Session, doc_id: str) -> int:
    kind = session.scalar(select(Document.kind).where(Document.doc_id == doc_id))
    methods = list(session.scalars(select(Page.method).where(Page.doc_id == doc_id)))
    signed = session.scalar(select(SignatureRow.id).where(SignatureRow.doc_id == doc_id,
                                                          SignatureRow.valid.is_(True)).limit(1))
    return authority(kind or "", methods, signed is not None)


def has_clerk_work(session: Session, doc_id: str) -> bool:
    return session.scalar(select(Record.id).where(Record.doc_id == doc_id, Record.status.in_(CLERK_STATUSES))
                          .limit(1)) is not None


def place_among_copies(session: Session, document: Document, processed: ProcessedDocument) -> None:
    """Make `document` a copy of the canonical file of its issued document, or make it the canonical
    file when it is more authoritative and the present one carries no clerk's work (corrections are
    never hidden behind a copy)."""
    canonical = canonical_of(session, document)
    if canonical is None:
        return
    signatures = processed.records.document.signatures or processed.signatures or []
    mine = authority(processed.source.kind, [p.method for p in processed.pages],
                     any(s.valid is True for s in signatures))
    if mine > stored_authority(session, canonical) and not has_clerk_work(session, canonical):
        session.execute(update(Document).where((Document.doc_id == canonical) | (Document.copy_of == canonical))
                        .values(copy_of=document.doc_id))
        document.copy_of = None
    else:
        document.copy_of = canonical


# --------------------------------------------------------------------------- the load
def load_document(session: Session, processed: ProcessedDocument, reprocess: bool = False) -> str:
    """Add (or, with reprocess, replace) one document. Returns loaded | duplicate | reprocessed.

    Runs inside the caller's transaction; raises on any failure so the caller rolls back.
    """
    doc_id = processed.source.doc_id
    existing = session.get(Document, doc_id, with_for_update=reprocess)
    if existing is not None and not reprocess:
        return "duplicate"
    values = document_values(processed)
    records = record_rows(doc_id, processed)
    if existing is None:
        document = Document(doc_id=doc_id, ingested_at=utcnow(), **values)
        session.add(document)
        session.flush()        # the unique doc_id: a concurrent load of the same file fails here
        result = "loaded"
    else:
        document = existing
        for name, value in values.items():
            setattr(document, name, value)
        document.reprocessed_at = utcnow()
        session.execute(delete(Page).where(Page.doc_id == doc_id))
        session.execute(delete(SignatureRow).where(SignatureRow.doc_id == doc_id))
        session.execute(delete(Record).where(Record.doc_id == doc_id, Record.origin == "machine",
                                             Record.status.not_in(CLERK_STATUSES)))
        session.expire(document, ["page_rows", "signatures", "records"])
        kept = set(session.scalars(select(Record.record_key).where(Record.doc_id == doc_id)))
        records = [r for r in records if r.record_key not in kept]
        result = "reprocessed"
    session.add_all(page_row(doc_id, page) for page in processed.pages)
    session.flush()
    _checkpoint()              # test hook: half a document is in the transaction here
    session.add_all(signature_rows(doc_id, processed))
    session.add_all(records)
    session.flush()
    if result == "loaded":
        place_among_copies(session, document, processed)
    all_statuses = session.scalars(select(Record.status).where(Record.doc_id == doc_id)).all()
    document.status = "needs_review" if "needs_review" in all_statuses else "loaded"
    return result
