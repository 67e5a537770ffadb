"""Restoration of Vietnamese diacritics (STUB: replaced by the restoration work)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from vanban.model import PageText, TokenChoice


@dataclass
class RestoredLine:
    original: str
    text: str
    kind: str = "clean"
    confidence: float = 1.0
    tokens: list[TokenChoice] = field(default_factory=list)


def restore_line(line: str) -> RestoredLine:
    return RestoredLine(original=line, text=line)


def restore_text(text: str) -> str:
    return "\n".join(restore_line(line).text for line in text.split("\n"))


def restore_pages(pages: list[PageText]) -> list[PageText]:
    out = []
    for page in pages:
        lines = []
        for line in page.lines:
            restored = restore_line(line.text)
            lines.append(replace(line, text=restored.text, ocr_text=line.ocr_text or line.text,
                                 restoration_conf=restored.confidence, tokens=restored.tokens))
        out.append(replace(page, lines=lines))
    return out
