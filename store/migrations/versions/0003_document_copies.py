"""document copies: one issued document that arrives as several files

The same công văn often reaches the archive as a scan, a born-digital PDF and a
digitally signed PDF. Each file is its own row (its sha256 is its id), but the
first one loaded with a given (issuer, number and symbol, date) is the
canonical document and later files point at it with `copy_of`. Report views
and the review queue read canonical documents only, so a ward's score is not
counted once per file.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 15:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CANONICAL = "d.copy_of IS NULL"


# Documents loaded before this revision: each points at the earliest file of its group.
BACKFILL = """
    UPDATE documents SET copy_of = (
        SELECT d2.doc_id FROM documents d2
        WHERE d2.doc_number = documents.doc_number AND d2.issued_date = documents.issued_date
          AND (d2.issuer = documents.issuer OR (d2.issuer IS NULL AND documents.issuer IS NULL))
          AND (d2.ingested_at < documents.ingested_at
               OR (d2.ingested_at = documents.ingested_at AND d2.doc_id < documents.doc_id))
        ORDER BY d2.ingested_at, d2.doc_id LIMIT 1)
    WHERE doc_number IS NOT NULL AND issued_date IS NOT NULL"""


def _views_0002() -> dict[str, str]:
    from pathlib import Path
    import runpy
    path = Path(__file__).with_name("0002_report_views.py")
    return runpy.run_path(str(path))["VIEWS"]


def views() -> dict[str, str]:
    """0002's views, reading canonical documents only; v_documents shows copy_of."""
    out = {}
    for name, body in _views_0002().items():
        if name == "v_documents":
            body = body.replace("d.status,", "d.status, d.copy_of,")
        elif name != "v_failures":
            body = body.rstrip() + f" AND {CANONICAL}"
        out[name] = body
    return out


def upgrade() -> None:
    for name in reversed(list(views())):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("copy_of", sa.String(64), nullable=True))
        batch.create_index("ix_documents_copy_of", ["copy_of"])
    op.execute(BACKFILL)
    for name, body in views().items():
        op.execute(f"CREATE VIEW {name} AS {body}")


def downgrade() -> None:
    for name in reversed(list(views())):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_copy_of")
        batch.drop_column("copy_of")
    for name, body in _views_0002().items():
        op.execute(f"CREATE VIEW {name} AS {body}")
