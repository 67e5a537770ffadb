"""Settings with safe defaults, each overridable from the environment (VANBAN_*)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        return os.cpu_count() or 1


@dataclass
class Settings:
    db_url: str = "sqlite:///vanban.db"
    ocr_language: str = "vie"
    ocr_psm: int = 4
    ocr_dpi: int = 300
    ocr_jobs: int = field(default_factory=_cores)     # Tesseract processes at once (1 thread each)
    max_pages: int = 500                              # pages per document
    max_pixels: int = 60_000_000                      # pixels per rendered page
    max_file_bytes: int = 500 * 1024 * 1024
    tesseract_timeout: int = 120                      # seconds per page
    # Seconds of work one document may take (its stages and its pages' OCR, not time spent waiting
    # for a shared core); past it the document is quarantined and the batch goes on. 0 = no limit.
    # 3600: a 500-page scan (max_pages) at ~4 s a page on a loaded machine still fits.
    document_time_budget: float = 3600.0
    text_layer_min_share: float = 0.85                # share of valid syllables to trust a text layer
    review_confidence: float = 0.80                   # below this a record needs review

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for f in fields(cls):
            raw = os.environ.get("VANBAN_" + f.name.upper())
            if f.name == "db_url":
                raw = os.environ.get("VANBAN_DB", raw)
            if raw is None:
                continue
            kind = type(getattr(cls(), f.name))
            values[f.name] = kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
