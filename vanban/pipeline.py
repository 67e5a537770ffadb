"""The stages of vanban, called in order, as plain functions.

flows/ wraps these same functions into Prefect tasks; the CLI's `extract`,
`text` and `restore` call them directly. Nothing here knows Prefect or a
database.
"""
from __future__ import annotations

import time
from pathlib import Path

from vanban import __version__
from vanban.model import DocumentRecords, PageText, ProcessedDocument, Signature, SourceFile
from vanban.settings import Settings

PIPELINE_VERSION = __version__


def intake(path: str | Path, settings: Settings | None = None) -> SourceFile:
    from extractors.intake import inspect_file
    return inspect_file(Path(path), settings or Settings.from_env())


def read_pages(source: SourceFile, settings: Settings | None = None) -> list[PageText]:
    """Text of every page: the text layer where it reads as Vietnamese, else OCR."""
    from extractors.reading import read_pages as _read
    return _read(source, settings or Settings.from_env())


def read_signatures(source: SourceFile) -> list[Signature]:
    from extractors.signatures import read_signatures as _read
    return _read(source)


def restore(pages: list[PageText]) -> list[PageText]:
    from extractors.diacritics import restore_pages
    return restore_pages(pages)


def extract(pages: list[PageText], source: SourceFile | None = None,
            signatures: list[Signature] | None = None) -> DocumentRecords:
    from extractors.records import extract_records
    return extract_records(pages, source=source, signatures=signatures or [])


def process_file(path: str | Path, settings: Settings | None = None) -> ProcessedDocument:
    """Run every stage on one file. Raises InputError for a bad file."""
    settings = settings or Settings.from_env()
    timings: dict[str, float] = {}

    def timed(name, fn, *args, **kwargs):
        started = time.perf_counter()
        result = fn(*args, **kwargs)
        timings[name] = round(time.perf_counter() - started, 4)
        return result

    source = timed("intake", intake, path, settings)
    pages = timed("read", read_pages, source, settings)
    signatures = timed("signatures", read_signatures, source)
    pages = timed("restore", restore, pages)
    records = timed("extract", extract, pages, source, signatures)
    return ProcessedDocument(source=source, pages=pages, signatures=signatures, records=records,
                             pipeline_version=PIPELINE_VERSION, timings=timings)
