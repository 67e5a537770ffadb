"""The store's tables (SQLAlchemy 2 declarative models), shared by load, export,
reports and the review page.

Tables
    documents      one row a source file, keyed by its sha256 (`doc_id`)
    pages          one row a page: method, texts, lines (boxes, confidences, restorer alternatives)
    records        one row a record of any kind (`kind` = scores | ranks | tasks | metrics);
                   `fields` (JSON) holds the contract fields, mirrored into typed columns
                   (unit, criterion, value, period, deadline...) that the report views read
    signatures     digital or printed signatures of a document
    failures       quarantine log: files that could not be processed, and why
    users          people of the review page (clerk | admin)
    audit          who changed which record field, when, from what to what
    learned_words  restorer corrections clerks taught (wrong -> right), exported to learned.tsv

Rules
- A record's `record_key` is its machine identity (kind, page, line, criterion/name,
  ordinal), fixed when the record is first made; (doc_id, record_key) is unique, so a
  document never holds a record twice and `--reprocess` can tell which fresh machine
  record a clerk's correction already covers.
- Assign `Record.fields` a new dict to change it (the typed columns follow through a
  validator); mutating the dict in place is not tracked.
- Times are UTC.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

JSONType = JSON().with_variant(JSONB(), "postgresql")

RECORD_KINDS = ("scores", "ranks", "tasks", "metrics")
RECORD_STATUSES = ("auto", "needs_review", "approved", "corrected")
CLERK_STATUSES = ("approved", "corrected")   # kept by --reprocess
ORIGINS = ("machine", "clerk")
ROLES = ("clerk", "admin")
DOCUMENT_STATUSES = ("loaded", "needs_review", "reviewed")

# contract fields of each kind (without provenance: page, line, source_text, ...)
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "scores": ("entity", "index", "criterion", "value", "max", "period"),
    "ranks": ("entity", "index", "criterion", "rank", "out_of", "period"),
    "tasks": ("assignee", "task", "deadline", "deadline_text", "deadline_kind"),
    "metrics": ("name", "value", "unit", "period"),
}
# contract field -> typed column of `records`
FIELD_COLUMNS: dict[str, str] = {
    "entity": "unit", "assignee": "unit", "index": "index_name", "criterion": "criterion",
    "value": "value", "max": "max_value", "rank": "rank", "out_of": "out_of", "period": "period",
    "task": "task", "deadline": "deadline", "deadline_text": "deadline_text",
    "deadline_kind": "deadline_kind", "name": "name", "unit": "measure_unit",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    doc_id: Mapped[str] = mapped_column(String(64), primary_key=True)     # sha256 hex of the bytes
    source_name: Mapped[str] = mapped_column(String(512))                 # file name as ingested
    source_path: Mapped[Optional[str]] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))                         # pdf | image | text
    size: Mapped[Optional[int]] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    # issued facts
    issuer: Mapped[Optional[str]] = mapped_column(Text)
    doc_number: Mapped[Optional[str]] = mapped_column(String(128), index=True)
    doc_type: Mapped[Optional[str]] = mapped_column(String(128))
    issued_date: Mapped[Optional[str]] = mapped_column(String(10), index=True)   # ISO yyyy-mm-dd
    place: Mapped[Optional[str]] = mapped_column(Text)
    subject: Mapped[Optional[str]] = mapped_column(Text)
    signer_name: Mapped[Optional[str]] = mapped_column(Text)
    signer_title: Mapped[Optional[str]] = mapped_column(Text)
    references: Mapped[list] = mapped_column("doc_references", JSONType, default=list)   # column name: not a SQL keyword
    recipients: Mapped[list] = mapped_column(JSONType, default=list)
    # processing
    pipeline_version: Mapped[str] = mapped_column(String(32))
    timings: Mapped[dict] = mapped_column(JSONType, default=dict)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    reprocessed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), default="loaded")    # DOCUMENT_STATUSES
    # another file of the same issued document (issuer, number, date) loaded earlier: reports skip copies
    copy_of: Mapped[Optional[str]] = mapped_column(String(64), index=True)

    page_rows: Mapped[list["Page"]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                   passive_deletes=True, order_by="Page.number")
    records: Mapped[list["Record"]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                   passive_deletes=True, order_by="Record.id")
    signatures: Mapped[list["SignatureRow"]] = relationship(back_populates="document",
                                                            cascade="all, delete-orphan",
                                                            passive_deletes=True, order_by="SignatureRow.id")


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("doc_id", "number", name="uq_pages_doc_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)                 # 1-based
    method: Mapped[str] = mapped_column(String(16))              # text-layer | ocr | text
    reason: Mapped[Optional[str]] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")          # stored text (restored); `line` counts here
    ocr_text: Mapped[str] = mapped_column(Text, default="")      # as read, before restoration
    # [{"text", "ocr_text", "box", "region", "conf", "restoration_conf",
    #   "words": [{"text", "conf", "box"}], "cells": [[text, box]],
    #   "tokens": [{"original", "chosen", "start", "end", "confidence", "alternatives": [[w, p]]}]}]
    lines: Mapped[list] = mapped_column(JSONType, default=list)
    width: Mapped[Optional[int]] = mapped_column(Integer)
    height: Mapped[Optional[int]] = mapped_column(Integer)
    dpi: Mapped[Optional[int]] = mapped_column(Integer)
    vietnamese_share: Mapped[Optional[float]] = mapped_column(Float)

    document: Mapped[Document] = relationship(back_populates="page_rows")


class Record(Base):
    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("doc_id", "record_key", name="uq_records_doc_key"),
                      Index("ix_records_kind_status", "kind", "status"),
                      {"sqlite_autoincrement": True})   # ids never reused: review links stay valid

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))                # scores | ranks | tasks | metrics
    record_key: Mapped[str] = mapped_column(String(255))         # machine identity, see module doc
    fields: Mapped[dict] = mapped_column(JSONType, default=dict)  # contract fields of the kind
    # typed mirror of `fields` (for SQL views and filters)
    unit: Mapped[Optional[str]] = mapped_column(Text)             # entity (scores/ranks) or assignee (tasks)
    index_name: Mapped[Optional[str]] = mapped_column(Text)
    criterion: Mapped[Optional[str]] = mapped_column(Text)
    name: Mapped[Optional[str]] = mapped_column(Text)             # metric name
    value: Mapped[Optional[float]] = mapped_column(Float)
    max_value: Mapped[Optional[float]] = mapped_column(Float)
    rank: Mapped[Optional[int]] = mapped_column(Integer)
    out_of: Mapped[Optional[int]] = mapped_column(Integer)
    period: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    measure_unit: Mapped[Optional[str]] = mapped_column(String(64))
    task: Mapped[Optional[str]] = mapped_column(Text)
    deadline: Mapped[Optional[str]] = mapped_column(String(10))
    deadline_text: Mapped[Optional[str]] = mapped_column(Text)
    deadline_kind: Mapped[Optional[str]] = mapped_column(String(16))
    # provenance
    page: Mapped[Optional[int]] = mapped_column(Integer)
    line: Mapped[Optional[int]] = mapped_column(Integer)
    source_text: Mapped[Optional[str]] = mapped_column(Text)
    box: Mapped[Optional[list]] = mapped_column(JSONType)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    status: Mapped[str] = mapped_column(String(16), default="auto")          # RECORD_STATUSES
    review_reasons: Mapped[list] = mapped_column(JSONType, default=list)
    origin: Mapped[str] = mapped_column(String(16), default="machine")       # machine | clerk
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    updated_by: Mapped[Optional[str]] = mapped_column(String(128))

    document: Mapped[Document] = relationship(back_populates="records")

    @validates("fields")
    def _mirror_fields(self, _key: str, fields: dict) -> dict:
        fields = dict(fields or {})
        columns = {column: None for column in set(FIELD_COLUMNS.values())}
        for name, value in fields.items():
            column = FIELD_COLUMNS.get(name)
            if column is not None:
                columns[column] = value
        for column, value in columns.items():
            if column in ("value", "max_value") and value is not None:
                value = float(value)
            if column in ("rank", "out_of") and value is not None:
                value = int(value)
            setattr(self, column, value)
        return fields

    def to_contract(self) -> dict[str, Any]:
        """This record as the contract shows it, plus its id, origin and key."""
        out: dict[str, Any] = {name: _number(self.fields.get(name)) for name in KIND_FIELDS.get(self.kind, ())}
        for name, value in self.fields.items():
            out.setdefault(name, _number(value))
        out.update({"page": self.page, "line": self.line, "source_text": self.source_text,
                    "confidence": round(self.confidence, 4) if self.confidence is not None else None,
                    "status": self.status, "review_reasons": list(self.review_reasons or [])})
        if self.box is not None:
            out["box"] = list(self.box)
        out.update({"record_id": self.id, "origin": self.origin})
        return out


class SignatureRow(Base):
    __tablename__ = "signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    signer: Mapped[Optional[str]] = mapped_column(Text)
    email: Mapped[Optional[str]] = mapped_column(String(255))
    signed_at: Mapped[Optional[str]] = mapped_column(String(40))          # ISO 8601 with offset
    source: Mapped[str] = mapped_column(String(32))                      # pdf-signature | text
    valid: Mapped[Optional[bool]] = mapped_column(Boolean)
    issuer: Mapped[Optional[str]] = mapped_column(Text)
    field_name: Mapped[Optional[str]] = mapped_column(String(255))
    note: Mapped[Optional[str]] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="signatures")

    def to_contract(self) -> dict[str, Any]:
        return {"signer": self.signer, "email": self.email, "signed_at": self.signed_at,
                "source": self.source, "valid": self.valid}


class Failure(Base):
    """Quarantine log: one row per (subject, reason); `subject` is the doc_id, else the path."""
    __tablename__ = "failures"
    __table_args__ = (UniqueConstraint("subject", "reason", name="uq_failures_subject_reason"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(String(512))
    doc_id: Mapped[Optional[str]] = mapped_column(String(64), index=True)
    path: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(1000))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    first_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="clerk")       # clerk | admin
    password_hash: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Audit(Base):
    """One row per change a person made; kept when a record is replaced (record_id set to NULL)."""
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[Optional[int]] = mapped_column(ForeignKey("records.id", ondelete="SET NULL"), index=True)
    doc_id: Mapped[Optional[str]] = mapped_column(String(64), index=True)
    user: Mapped[str] = mapped_column("user_name", String(128))   # column name: not a SQL keyword
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    field: Mapped[Optional[str]] = mapped_column(String(64))      # contract field, or "status"
    old: Mapped[Optional[Any]] = mapped_column(JSONType)
    new: Mapped[Optional[Any]] = mapped_column(JSONType)
    action: Mapped[str] = mapped_column(String(32))               # approve | correct | reject | create | ...


class LearnedWord(Base):
    """A restorer correction taught by a clerk; used once an admin approved it."""
    __tablename__ = "learned_words"
    __table_args__ = (UniqueConstraint("wrong", "right", name="uq_learned_words_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    wrong: Mapped[str] = mapped_column(String(255))
    right: Mapped[str] = mapped_column(String(255))
    added_by: Mapped[str] = mapped_column(String(128))
    approved_by: Mapped[Optional[str]] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    approved_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
