"""Fill the provenance of the hand-written gold records of bench/unseen/ from their anchors.

    .venv/bin/python bench/unseen/make_gold.py            # dev/ and heldout/, in place
    .venv/bin/python bench/unseen/make_gold.py --check    # exit 1 if an anchor is missing or not unique

Each record in <set>/<slug>.records.json is written by hand in the record contract
(../shared/contract/RECORDS.md) with an extra key `anchor`: text that occurs exactly once in
<slug>.txt where the record's source starts. This script sets `page`, `line` (1-based, pages split
on form feeds, as `vanban extract` numbers them) and `source_text` (that line) from the anchor, and
the defaults `confidence` 1.0, `status` 'auto', `review_reasons` []. Gold values are never touched.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("scores", "ranks", "tasks", "metrics")


def locate(text: str, anchor: str) -> tuple[int, int, str]:
    if text.count(anchor) != 1:
        raise ValueError(f"anchor found {text.count(anchor)} times: {anchor!r}")
    at = text.index(anchor)
    before = text[:at]
    page = before.count("\f") + 1
    page_start = before.rfind("\f") + 1
    line = before[page_start:].count("\n") + 1
    lines = text[page_start:].split("\f")[0].split("\n")
    return page, line, lines[line - 1].strip()


def fill(gold_path: Path, check: bool) -> list[str]:
    text = gold_path.with_name(gold_path.name.replace(".records.json", ".txt")).read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = []
    for kind in KINDS:
        for record in gold.get(kind, []):
            try:
                page, line, source = locate(text, record["anchor"])
            except (KeyError, ValueError) as error:
                problems.append(f"{gold_path.name} {kind}: {error}")
                continue
            record.update(page=page, line=line, source_text=source)
            record.setdefault("confidence", 1.0)
            record.setdefault("status", "auto")
            record.setdefault("review_reasons", [])
    gold["document"]["pages"] = text.count("\f") + 1
    if not check and not problems:
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    check = "--check" in argv
    problems = []
    for gold_path in sorted(HERE.glob("*/*.records.json")):
        problems += fill(gold_path, check)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
