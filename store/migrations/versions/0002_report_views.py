"""report views: v_documents, v_scores, v_ranks, v_tasks, v_metrics, v_review_queue, v_failures

Plain SQL that SQLite and PostgreSQL both run; store/reports.py reads them with pandas.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 22:40:00
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_DOC = "d.doc_id, d.source_name, d.doc_number, d.doc_type, d.issued_date, d.issuer"

VIEWS = {
    "v_documents": """
        SELECT d.doc_id, d.source_name, d.kind, d.pages, d.doc_number, d.doc_type, d.issued_date,
               d.issuer, d.subject, d.signer_name, d.pipeline_version, d.ingested_at, d.status,
               (SELECT COUNT(*) FROM records r WHERE r.doc_id = d.doc_id) AS records,
               (SELECT COUNT(*) FROM records r WHERE r.doc_id = d.doc_id
                                              AND r.status = 'needs_review') AS needs_review
        FROM documents d""",
    "v_scores": f"""
        SELECT r.id AS record_id, {_DOC}, r.unit, r.index_name, r.criterion, r.period,
               r.value, r.max_value, r.status, r.confidence, r.page, r.line
        FROM records r JOIN documents d ON d.doc_id = r.doc_id
        WHERE r.kind = 'scores'""",
    "v_ranks": f"""
        SELECT r.id AS record_id, {_DOC}, r.unit, r.index_name, r.criterion, r.period,
               r.rank, r.out_of, r.status, r.confidence, r.page, r.line
        FROM records r JOIN documents d ON d.doc_id = r.doc_id
        WHERE r.kind = 'ranks'""",
    "v_tasks": f"""
        SELECT r.id AS record_id, {_DOC}, r.unit, r.task, r.deadline, r.deadline_kind,
               r.deadline_text, r.status, r.confidence, r.page, r.line
        FROM records r JOIN documents d ON d.doc_id = r.doc_id
        WHERE r.kind = 'tasks'""",
    "v_metrics": f"""
        SELECT r.id AS record_id, {_DOC}, r.name, r.value, r.measure_unit, r.period,
               r.status, r.confidence, r.page, r.line
        FROM records r JOIN documents d ON d.doc_id = r.doc_id
        WHERE r.kind = 'metrics'""",
    "v_review_queue": f"""
        SELECT r.id AS record_id, {_DOC}, r.kind, r.page, r.line, r.source_text, r.confidence,
               r.review_reasons
        FROM records r JOIN documents d ON d.doc_id = r.doc_id
        WHERE r.status = 'needs_review'""",
    "v_failures": """
        SELECT f.id, f.doc_id, f.path, f.reason, f.attempts, f.first_at, f.last_at
        FROM failures f""",
}


def upgrade() -> None:
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
