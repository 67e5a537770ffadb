"""`vanban export` and `vanban report` (called by vanban.cli with parsed args).

export: args.db, args.format (json | jsonl | csv), args.since, args.unit, args.period, args.out
report: args.db, args.format (xlsx | csv | html), args.out
A one-line Vietnamese summary goes to stderr; data goes to stdout or --out.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from datetime import date
from pathlib import Path

from vanban.errors import InputError

from store import open_store
from store.models import RECORD_KINDS

CSV_DOCUMENT_COLUMNS = ("doc_id", "source", "doc_number", "doc_type", "issued_date", "issuer")
CSV_RECORD_COLUMNS = ("kind", "record_id", "entity", "assignee", "index", "criterion", "name", "value", "max",
                      "rank", "out_of", "unit", "period", "task", "deadline", "deadline_text", "deadline_kind",
                      "page", "line", "source_text", "confidence", "status", "review_reasons", "origin")
DEFAULT_REPORT = {"xlsx": "bao-cao.xlsx", "html": "bao-cao.html", "csv": "bao-cao"}


def _check_filters(args) -> None:
    since = getattr(args, "since", None)
    if since:
        try:
            date.fromisoformat(since)
        except ValueError:
            raise InputError("--since", f"ngày không hợp lệ {since!r}: dùng dạng YYYY-MM-DD")
    period = getattr(args, "period", None)
    if period and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", period):
        raise InputError("--period", f"kỳ không hợp lệ {period!r}: dùng yyyy, yyyy-mm hoặc yyyy-mm-dd")


def _csv_text(documents: list[dict]) -> str:
    """One row per record, with its document's main facts (a document without records: one row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_DOCUMENT_COLUMNS + CSV_RECORD_COLUMNS)
    for item in documents:
        facts = item["document"]
        head = [facts.get(c) for c in CSV_DOCUMENT_COLUMNS]
        rows = [(kind, r) for kind in RECORD_KINDS for r in item.get(kind) or []]
        if not rows:
            writer.writerow(head + [""] * len(CSV_RECORD_COLUMNS))
        for kind, record in rows:
            values = []
            for column in CSV_RECORD_COLUMNS:
                value = kind if column == "kind" else record.get(column)
                if isinstance(value, list):
                    value = "; ".join(str(v) for v in value)
                values.append("" if value is None else value)
            writer.writerow(head + values)
    return buffer.getvalue()


def export(args) -> int:
    _check_filters(args)
    store = open_store(args.db)
    try:
        documents = store.export(since=args.since, unit=args.unit, period=args.period)
    finally:
        store.close()
    fmt = getattr(args, "format", "json") or "json"
    if fmt == "json":
        data = json.dumps(documents, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "jsonl":
        data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)
    else:
        data = _csv_text(documents)
    out = getattr(args, "out", None)
    if out:
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    else:
        sys.stdout.write(data)
    records = sum(len(d.get(kind) or []) for d in documents for kind in RECORD_KINDS)
    print(f"vanban: đã xuất {len(documents)} văn bản, {records} bản ghi"
          + (f" ra {out}" if out else ""), file=sys.stderr)
    return 0


def report(args) -> int:
    from store.reports import write_report
    fmt = getattr(args, "format", "xlsx") or "xlsx"
    out = getattr(args, "out", None) or DEFAULT_REPORT[fmt]
    store = open_store(args.db)
    try:
        written = write_report(store, fmt, out)
        summary = store.summary()
    finally:
        store.close()
    target = out if fmt != "csv" else f"{out}/ ({len(written)} tệp)"
    print(f"vanban: đã lập báo cáo {fmt} tại {target}: {summary['documents'] - summary['copies']} văn bản "
          f"(+{summary['copies']} bản sao không tính lại), "
          f"{summary['scores']} điểm, {summary['ranks']} xếp hạng, {summary['tasks']} nhiệm vụ, "
          f"{summary['metrics']} chỉ tiêu, {summary['needs_review']} cần rà soát", file=sys.stderr)
    return 0
