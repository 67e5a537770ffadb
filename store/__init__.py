"""vanban's store: documents and records in SQLite (default) or PostgreSQL.

    from store import open_store
    store = open_store(url)        # sqlite:///path or postgresql+psycopg://...; creates/migrates the schema
    store.has_document(doc_id) -> bool
    store.load(processed, reprocess=False) -> "loaded" | "duplicate" | "reprocessed"   (one transaction)
    store.record_failure(path, reason, doc_id=None)       quarantine log, idempotent per (doc_id or path, reason)
    store.export(since=None, unit=None, period=None) -> list[dict]   documents in the record contract
    store.summary() -> dict        documents, pages, scores, ranks, tasks, metrics, needs_review, failures
    store.session() / store.transaction()   SQLAlchemy sessions (read / write, commit on exit)
    store.set_record_fields(id, changes, user) / store.set_record_status(id, status, user)   with audit rows
    store.export_learned_words(path) -> int
    store.close()

Tables: store/models.py. Reports: store/reports.py. CLI: store/cli.py.
"""
from store.db import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
