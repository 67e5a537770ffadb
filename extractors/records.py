"""Extraction facade (STUB: replaced by the extraction work)."""
from __future__ import annotations

from vanban.model import DocumentFacts, DocumentRecords, PageText, Signature, SourceFile


def extract_records(pages: list[PageText], source: SourceFile | None = None,
                    signatures: list[Signature] | None = None) -> DocumentRecords:
    facts = DocumentFacts(doc_id=source.doc_id if source else None, source=source.name if source else None,
                          pages=len(pages), signatures=list(signatures or []))
    return DocumentRecords(document=facts)
