"""Digital signatures (STUB: replaced by the signature work)."""
from __future__ import annotations

from vanban.model import Signature, SourceFile


def read_signatures(source: SourceFile) -> list[Signature]:
    return []
