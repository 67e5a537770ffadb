"""Check the hand-written dictionaries: NFC, column counts, no duplicate names or aliases.

    .venv/bin/python dictionaries/check_dictionaries.py

units.tsv, criteria.tsv, indices.tsv, doc_types.tsv and measures.tsv are written by hand
(their sources are named in their '#' headers); places.tsv is rebuilt by build_places.py.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = {"units.tsv": 3, "criteria.tsv": 4, "indices.tsv": 2, "doc_types.tsv": 3, "measures.tsv": 3,
           "places.tsv": 5}


def rows(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def check(name: str) -> list[str]:
    problems = []
    text = (HERE / name).read_text(encoding="utf-8")
    if not text.startswith("#"):
        problems.append(f"{name}: no '#' header")
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{name}: not NFC")
    seen: dict[str, int] = {}
    for number, row in enumerate(rows(name), 1):
        if len(row) != COLUMNS[name]:
            problems.append(f"{name}: row {number} has {len(row)} columns, expected {COLUMNS[name]}")
        alias_col = {"measures.tsv": 1}.get(name, -1)
        keys = [row[0]] + ([a for a in row[alias_col].split("|") if a] if name != "doc_types.tsv" else [])
        for key in keys:
            k = key.casefold()
            if k in seen and name not in ("doc_types.tsv",):
                problems.append(f"{name}: {key!r} repeated (rows {seen[k]} and {number})")
            seen[k] = number
    return problems


def main() -> int:
    problems = [p for name in COLUMNS for p in check(name)]
    for p in problems:
        print(p)
    print(f"{len(COLUMNS)} dictionaries, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
