"""Engine, schema migration and the Store facade.

    store = open_store("sqlite:///vanban.db")     # or postgresql+psycopg://user@host/db
    store.load(processed)                         # "loaded" | "duplicate" | "reprocessed"

SQLite: WAL journal, foreign keys on, a 30 s busy timeout, and write
transactions opened with BEGIN IMMEDIATE so two writers queue instead of
failing. PostgreSQL: schema upgrades are serialised with an advisory lock.
"""
from __future__ import annotations

import contextlib
import os
import time
import unicodedata
from pathlib import Path
from typing import Any, Iterator, Optional

from sqlalchemy import create_engine, event, func, inspect, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import aliased, Session

from store.models import (RECORD_KINDS, Audit, Document, Failure, LearnedWord, Page, Record, utcnow)
from vanban.errors import VanbanError

STORE_DIR = Path(__file__).resolve().parent
MIGRATION_LOCK = 7_416_001          # pg_advisory lock key for schema upgrades
DEFAULT_URL = "sqlite:///vanban.db"


class StoreError(VanbanError):
    """The store cannot be opened or used (bad URL, server down...)."""


# --------------------------------------------------------------------------- engine
def normalise_url(url: Optional[str]) -> str:
    url = url or os.environ.get("VANBAN_DB") or DEFAULT_URL
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:                       # a bare path: an SQLite file
        url = "sqlite:///" + url
    return url


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as error:
        raise StoreError(f"{url}: URL kho dữ liệu không hợp lệ (invalid store URL: {error})")
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection, _record):
            dbapi_connection.isolation_level = None          # we emit BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.execute("PRAGMA foreign_keys = ON")
            if database and database != ":memory:":
                try:       # persistent in the file; if another process holds a lock, it sets it
                    cursor.execute("PRAGMA journal_mode = WAL")
                except dbapi_connection.OperationalError:
                    pass
                cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):
            immediate = connection.get_execution_options().get("vanban_write")
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    raise StoreError(f"{url}: chỉ hỗ trợ SQLite và PostgreSQL (only SQLite and PostgreSQL are supported)")


def retry_when_busy(action, attempts: int = 5):
    """Run action(); retry when the database is momentarily locked or a deadlock was broken."""
    for attempt in range(attempts):
        try:
            return action()
        except OperationalError as error:
            message = str(error.orig or error).lower()
            transient = any(word in message for word in ("locked", "busy", "deadlock", "could not serialize"))
            if not transient or attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


# --------------------------------------------------------------------------- migrations
def alembic_config(connection=None):
    from alembic.config import Config
    config = Config(str(STORE_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(STORE_DIR / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> Optional[str]:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """alembic upgrade head, once even when several processes start together."""
    from alembic import command
    head = head_revision()
    if current_revision(engine) == head:
        return
    with engine.connect().execution_options(vanban_write=True) as connection:
        with connection.begin():
            # SQLite: BEGIN IMMEDIATE (vanban_write) already holds the write lock; a second process waits.
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            command.upgrade(alembic_config(connection), "head")


# --------------------------------------------------------------------------- the store
def fold(text_value: Optional[str]) -> str:
    """Lower case without diacritics, for approximate matching of unit names."""
    if not text_value:
        return ""
    text_value = unicodedata.normalize("NFD", text_value.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text_value if not unicodedata.combining(c)).casefold().split())


class Store:
    """Documents and their records in SQLite or PostgreSQL. See store/__init__.py."""

    def __init__(self, url: Optional[str] = None, migrate_schema: bool = True):
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        try:
            if migrate_schema:
                retry_when_busy(lambda: migrate(self.engine))
        except OperationalError as error:
            self.engine.dispose()
            raise StoreError(f"{self.safe_url}: không mở được kho dữ liệu (cannot open the store: "
                             f"{str(error.orig).strip().splitlines()[0] if error.orig else error})")

    @property
    def safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ---------------------------------------------------------------- sessions
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (and small writes: call session.commit() yourself)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction: commits on success, rolls back on any exception.

        On SQLite it starts with BEGIN IMMEDIATE so concurrent writers wait instead of failing.
        """
        with self.engine.connect().execution_options(vanban_write=True) as connection:
            with Session(bind=connection, expire_on_commit=False) as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise

    # ---------------------------------------------------------------- documents
    def has_document(self, doc_id: str) -> bool:
        with self.session() as session:
            return session.get(Document, doc_id) is not None

    def load(self, processed, reprocess: bool = False) -> str:
        """Load one ProcessedDocument in one transaction: "loaded" | "duplicate" | "reprocessed"."""
        from store.load import load_document

        def attempt() -> str:
            if not reprocess and self.has_document(processed.source.doc_id):
                return "duplicate"
            with self.transaction() as session:
                return load_document(session, processed, reprocess=reprocess)
        try:
            return retry_when_busy(attempt)
        except IntegrityError:
            # another process loaded the same document between our check and our insert
            if self.has_document(processed.source.doc_id):
                return "duplicate"
            raise

    def record_failure(self, path: str, reason: str, doc_id: Optional[str] = None) -> None:
        """Quarantine log: one row per (doc_id or path, reason); a repeat bumps `attempts`."""
        subject = doc_id or str(path)
        reason = unicodedata.normalize("NFC", str(reason))[:1000]
        for _ in range(3):
            try:
                with self.transaction() as session:
                    row = session.scalar(select(Failure).where(Failure.subject == subject,
                                                               Failure.reason == reason))
                    if row is None:
                        session.add(Failure(subject=subject, doc_id=doc_id, path=str(path), reason=reason))
                    else:
                        row.attempts += 1
                        row.last_at = utcnow()
                        row.path = str(path)
                return
            except IntegrityError:
                continue       # inserted concurrently: the next round updates it

    # ---------------------------------------------------------------- reading
    def export(self, since: Optional[str] = None, unit: Optional[str] = None,
               period: Optional[str] = None) -> list[dict]:
        from store.export import export_documents
        with self.session() as session:
            return export_documents(session, since=since, unit=unit, period=period)

    def summary(self) -> dict:
        with self.session() as session:
            out: dict[str, Any] = {
                "documents": session.scalar(select(func.count()).select_from(Document)) or 0,
                "copies": session.scalar(select(func.count()).select_from(Document)
                                         .where(Document.copy_of.is_not(None))) or 0,
                "pages": session.scalar(select(func.count()).select_from(Page)) or 0,
            }
            canonical = (select(Record.kind, func.count()).join(Document, Document.doc_id == Record.doc_id)
                         .where(Document.copy_of.is_(None)))      # a copy's records are counted once, by its original
            counts = dict(session.execute(canonical.group_by(Record.kind)).all())
            for kind in RECORD_KINDS:
                out[kind] = counts.get(kind, 0)
            out["needs_review"] = session.scalar(
                select(func.count()).select_from(Record).join(Document, Document.doc_id == Record.doc_id)
                .where(Record.status == "needs_review", Document.copy_of.is_(None))) or 0
            out["failures"] = session.scalar(select(func.count()).select_from(Failure)) or 0
            return out

    def copies(self) -> dict[str, str]:
        """doc_id of each copy -> the source name of the canonical document it copies."""
        with self.session() as session:
            original = aliased(Document)
            rows = session.execute(select(Document.doc_id, original.source_name)
                                   .join(original, original.doc_id == Document.copy_of))
            return {doc_id: name for doc_id, name in rows}

    # ---------------------------------------------------------------- review helpers
    def set_record_fields(self, record_id: int, changes: dict, user: str) -> Record:
        """A clerk's correction: changes contract fields, status -> corrected, one audit row per field."""
        with self.transaction() as session:
            record = session.get(Record, record_id, with_for_update=True)
            if record is None:
                raise StoreError(f"bản ghi {record_id} không tồn tại (no such record)")
            fields = dict(record.fields)
            for name, new in changes.items():
                old = fields.get(name)
                if old == new:
                    continue
                fields[name] = new
                session.add(Audit(record_id=record.id, doc_id=record.doc_id, user=user, field=name,
                                  old=old, new=new, action="correct"))
            record.fields = fields
            if record.status != "corrected":
                session.add(Audit(record_id=record.id, doc_id=record.doc_id, user=user, field="status",
                                  old=record.status, new="corrected", action="correct"))
            record.status = "corrected"
            record.updated_by = user
            record.updated_at = utcnow()
            return record

    def set_record_status(self, record_id: int, status: str, user: str) -> Record:
        """Approve (or otherwise re-status) a record, with an audit row."""
        with self.transaction() as session:
            record = session.get(Record, record_id, with_for_update=True)
            if record is None:
                raise StoreError(f"bản ghi {record_id} không tồn tại (no such record)")
            if record.status != status:
                session.add(Audit(record_id=record.id, doc_id=record.doc_id, user=user, field="status",
                                  old=record.status, new=status,
                                  action="approve" if status == "approved" else "status"))
                record.status = status
                record.updated_by = user
                record.updated_at = utcnow()
            return record

    def export_learned_words(self, path: str | Path) -> int:
        """Write approved learned words as TSV (wrong<TAB>right) for the restorer; returns the count."""
        from store.export import export_learned_words
        with self.session() as session:
            return export_learned_words(session, path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(url: Optional[str] = None) -> Store:
    """Open (and create or upgrade) the store at `url` (default: VANBAN_DB, else sqlite:///vanban.db)."""
    return Store(url)
