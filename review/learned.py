"""Word corrections clerks teach the restorer, and their export to dictionaries/learned.tsv.

A clerk's correction of a text field proposes word pairs (wrong -> right) in the
store's `learned_words` table; a clerk may also propose one by hand. Only an
admin's approval makes a pair part of the dictionary: approved pairs are written
to learned.tsv, which the restorer reads on its next run.

Rebuild the file from a store:
    python -m review.learned --db sqlite:///vanban.db [--out dictionaries/learned.tsv]
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
import unicodedata
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.export import LEARNED_HEADER as HEADER  # noqa: F401  (learned.tsv has one writer: store.export)
from store.models import LearnedWord, utcnow

_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
_EDGE = "\"'“”‘’()[]{}.,;:!?…«»"
MAX_WORD = 64


def default_path() -> Path:
    """Where the restorer reads learned words: VANBAN_LEARNED, else dictionaries/learned.tsv
    (the same rule as extractors.diacritics.learned_pairs)."""
    if os.environ.get("VANBAN_LEARNED"):
        return Path(os.environ["VANBAN_LEARNED"])
    import dictionaries
    return dictionaries.path("learned.tsv")


def _clean(word: str) -> str:
    return unicodedata.normalize("NFC", word).strip().strip(_EDGE)


def word_pairs(old: str, new: str) -> list[tuple[str, str]]:
    """Word-for-word replacements between two versions of a text ("Phuong Le Chan" -> "Phường Lê Chân")."""
    a, b = old.split(), new.split()
    pairs = []
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or (i2 - i1) != (j2 - j1):
            continue
        for wrong, right in zip(a[i1:i2], b[j1:j2]):
            wrong, right = _clean(wrong), _clean(right)
            if wrong and right and wrong != right and _WORD.match(wrong) and _WORD.match(right):
                pairs.append((wrong, right))
    # only look-alike words (marks or a letter or two differ) are restorer mistakes worth learning;
    # a case change alone is not
    return [(w, r) for w, r in pairs if w.lower() != r.lower() and _look_alike(w, r)]


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in word if not unicodedata.combining(c)).casefold()


def _look_alike(a: str, b: str) -> bool:
    if _fold(a) == _fold(b):
        return True
    return difflib.SequenceMatcher(a=a.casefold(), b=b.casefold()).ratio() >= 0.6


def suggest(s: Session, wrong: str, right: str, user: str) -> LearnedWord | None:
    """Propose one pair (idempotent). Returns the row, or None when the pair is not a word pair."""
    wrong, right = _clean(wrong), _clean(right)
    if not wrong or not right or wrong == right or len(wrong) > MAX_WORD or len(right) > MAX_WORD:
        return None
    if not (_WORD.match(wrong) and _WORD.match(right)):
        return None
    existing = s.scalar(select(LearnedWord).where(LearnedWord.wrong == wrong, LearnedWord.right == right))
    if existing is not None:
        return existing
    row = LearnedWord(wrong=wrong, right=right, added_by=user, at=utcnow())
    s.add(row)
    s.flush()
    return row


def suggest_from_edit(s: Session, old: str, new: str, user: str) -> list[LearnedWord]:
    return [row for w, r in word_pairs(old, new) if (row := suggest(s, w, r, user)) is not None]


def all_words(s: Session) -> list[LearnedWord]:
    return list(s.scalars(select(LearnedWord).order_by(LearnedWord.approved_by.is_not(None), LearnedWord.at.desc(),
                                                       LearnedWord.id.desc())))


def approve(s: Session, word_id: int, admin: str) -> LearnedWord | None:
    row = s.get(LearnedWord, word_id)
    if row is not None and row.approved_by is None:
        row.approved_by = admin
        row.approved_at = utcnow()
    return row


def reject(s: Session, word_id: int) -> bool:
    row = s.get(LearnedWord, word_id)
    if row is None:
        return False
    s.delete(row)
    return True


def approved_pairs(s: Session) -> list[tuple[str, str]]:
    from store.export import approved_learned_words
    return approved_learned_words(s)


def export(s: Session, path: str | Path | None = None) -> Path:
    """Write the approved pairs to `path` (default: default_path()) through the store's one
    writer, store.export.export_learned_words (atomic)."""
    from store.export import export_learned_words
    target = Path(path) if path else default_path()
    export_learned_words(s, target)
    return target


def read(path: str | Path | None = None) -> list[tuple[str, str]]:
    """The pairs of a learned.tsv (for the restorer and tests)."""
    target = Path(path) if path else default_path()
    if not target.is_file():
        return []
    out = []
    for line in target.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        wrong, _, right = line.partition("\t")
        if wrong and right:
            out.append((wrong, right.split("\t")[0]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m review.learned",
                                     description="Xuất các từ đã duyệt ra learned.tsv (rebuild learned.tsv)")
    parser.add_argument("--db", default=os.environ.get("VANBAN_DB", "sqlite:///vanban.db"))
    parser.add_argument("--out", default=None, help="mặc định dictionaries/learned.tsv")
    args = parser.parse_args(argv)
    from review.db import connect
    db = connect(args.db)
    try:
        with db.session() as s:
            path = export(s, args.out)
            n = len(approved_pairs(s))
    finally:
        db.close()
    print(f"Đã ghi {n} cặp từ vào {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
