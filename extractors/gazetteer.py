"""The domain dictionaries (dictionaries/*.tsv) loaded once, with folded look-ups.

Matching is done on a *folded* copy of the text: lower case, Vietnamese marks
dropped, đ -> d, one character for one character, so offsets found in the
folded text are offsets in the original. That makes the look-ups robust to
text whose marks were lost or mangled by OCR ("Tien do giai quyet").

    fold(text)                      'Tiến độ' -> 'tien do' (same length as text)
    units() / criteria() / indices() / doc_types() / places() / measures()
    find_unit(text)                 the dictionary unit a phrase names, or None
    criterion_of(text)              canonical criterion for a phrase (exact or fuzzy), or None
    place_named(text)               (name, kind) of a known place, or None
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from dictionaries import path as dictionary_path


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    out = base.lower()
    return out if len(out) == 1 else ch.lower()[:1] or ch


class _FoldTable(dict):
    """str.translate table filled on first sight of each character (code point -> folded character)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case skeleton without marks, exactly one character per input character."""
    return text.translate(_FOLD_TABLE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _rows(name: str) -> list[list[str]]:
    text = dictionary_path(name).read_text(encoding="utf-8")
    return [nfc(line).split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def phrase_regex(phrases: list[str]) -> re.Pattern:
    """A regex over folded text for any of the phrases (longest first, flexible spaces/punctuation)."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = re.findall(r"\w+", fold(phrase))
        if words:
            parts.append(r"[\s,\-–&.]*".join(re.escape(w) for w in words))
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str = ""
    extra: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@lru_cache(maxsize=1)
def units() -> tuple[Entry, ...]:
    return tuple(Entry(r[0], r[1], "", tuple(_aliases(r[2]))) for r in _rows("units.tsv"))


@lru_cache(maxsize=1)
def criteria() -> tuple[Entry, ...]:
    return tuple(Entry(r[0], r[1], r[2], tuple(_aliases(r[3]))) for r in _rows("criteria.tsv"))


@lru_cache(maxsize=1)
def indices() -> tuple[Entry, ...]:
    return tuple(Entry(r[0], "", "", tuple(_aliases(r[1]))) for r in _rows("indices.tsv"))


@lru_cache(maxsize=1)
def doc_types() -> tuple[Entry, ...]:
    return tuple(Entry(r[0], r[1], "", tuple(_aliases(r[2]))) for r in _rows("doc_types.tsv"))


@lru_cache(maxsize=1)
def places() -> tuple[Entry, ...]:
    return tuple(Entry(r[0], r[1], r[3], tuple(_aliases(r[4]))) for r in _rows("places.tsv"))


@lru_cache(maxsize=1)
def measures() -> tuple[Entry, ...]:
    return tuple(Entry(r[0], "", r[2] if len(r) > 2 else "", tuple(_aliases(r[1]))) for r in _rows("measures.tsv"))


@lru_cache(maxsize=None)          # one map per kind (maxsize=1 rebuilt it whenever the kind changed)
def _spelling_map(kind: str) -> dict[str, Entry]:
    table = {"units": units, "criteria": criteria, "indices": indices, "doc_types": doc_types,
             "places": places, "measures": measures}[kind]()
    out: dict[str, Entry] = {}
    for entry in table:
        for spelling in entry.spellings:
            out.setdefault(_key(spelling), entry)
    return out


def _key(text: str) -> str:
    return re.sub(r"[\s,\-–&.:;()]+", " ", fold(text)).strip()


@lru_cache(maxsize=16)
def regex_for(kind: str) -> re.Pattern:
    return phrase_regex(list(_spelling_map(kind).keys()) if kind != "places" else
                        [s for e in places() for s in e.spellings])


@lru_cache(maxsize=16)
def _joined_map(kind: str) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for key, entry in _spelling_map(kind).items():
        out.setdefault(key.replace(" ", ""), entry)
    return out


def lookup(kind: str, text: str) -> Optional[Entry]:
    """Exact (folded) look-up of a spelling; words OCR ran together ('Phòng Kinhtế') still match."""
    key = _key(text)
    return _spelling_map(kind).get(key) or _joined_map(kind).get(key.replace(" ", ""))


def fuzzy(kind: str, text: str, threshold: float = 0.85) -> Optional[Entry]:
    """Exact look-up, else the closest spelling by character ratio (rapidfuzz) above threshold."""
    found = lookup(kind, text)
    if found or not text.strip():
        return found
    from rapidfuzz import fuzz, process
    key = _key(text)
    best = process.extractOne(key, list(_spelling_map(kind).keys()), scorer=fuzz.ratio)
    if best and best[1] >= threshold * 100:
        return _spelling_map(kind)[best[0]]
    return None


def find_all(kind: str, text: str, folded: Optional[str] = None) -> list[tuple[int, int, Entry]]:
    """Every dictionary spelling in text: (start, end, entry), longest first, no overlaps."""
    folded = folded if folded is not None else fold(text)
    out = []
    for m in regex_for(kind).finditer(folded):
        entry = lookup(kind, m.group(0)) if kind != "places" else \
            _place_by_fold(text[m.start():m.end()] if len(text) == len(folded) else m.group(0))
        if entry:
            out.append((m.start(), m.end(), entry))
    return out


@lru_cache(maxsize=1)
def _places_by_fold() -> dict[str, Entry]:
    return {_key(s): e for e in places() for s in e.spellings}


@lru_cache(maxsize=1)
def _places_by_spelling() -> dict[str, Entry]:
    return {re.sub(r"\s+", " ", s).strip().lower(): e for e in places() for s in e.spellings}


def _place_by_fold(text: str) -> Optional[Entry]:
    """The place a name spells; two places one without marks ('Cẩm Giang', 'Cẩm Giàng') each by its own marks."""
    return _places_by_spelling().get(re.sub(r"\s+", " ", text).strip().lower()) or _places_by_fold().get(_key(text))


def place_named(text: str) -> Optional[Entry]:
    return _place_by_fold(text)


def begun(kind: str, text: str, shortest: int = 4) -> Optional[Entry]:
    """The one entry some spelling of which `text` begins and goes on past ('Xã Nguyễn Lương' / 'Bằng',
    'Phòng Kinh tế, Hạ tầng' / 'và Đô thị': a name a table row wraps before its end), else None."""
    key = fold(text).strip().rstrip(" ,")
    if len(key) < shortest:
        return None
    entries = {id(e): e for e in {"units": units, "places": places, "criteria": criteria, "indices": indices}[kind]()
               for s in e.spellings if re.match(re.escape(key) + r"[ ,]", fold(s))}
    return next(iter(entries.values())) if len(entries) == 1 else None


def find_unit(text: str, threshold: float = 0.88) -> Optional[Entry]:
    return fuzzy("units", text, threshold)


def criterion_of(text: str, threshold: float = 0.85) -> Optional[Entry]:
    entry = fuzzy("criteria", text, threshold)
    if entry is not None and lookup("criteria", text) is None and _place_by_fold(text):
        return None     # a commune's name is no criterion a few letters away ('Thượng Hồng', 'Tổng cộng')
    spelled = CRITERION_SHORT.sub(lambda m: CRITERION_WORDS[m.group(0)], text)
    if entry is None and spelled != text:
        # 'Cải cách TTHC', 'Tác động của CCHC … phát triển KT-XH' in a narrow column: the abbreviations spelled out (not
        # near 'Cải cách thể chế' by letters)
        entry = fuzzy("criteria", spelled, threshold)
    return entry


# abbreviations clerks write in a criterion's name
CRITERION_WORDS = {"TTHC": "thủ tục hành chính", "CCHC": "cải cách hành chính", "KT-XH": "kinh tế - xã hội",
                   "QPPL": "quy phạm pháp luật"}
CRITERION_SHORT = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(k) for k in CRITERION_WORDS) + r")(?![^\W\d_])")


def type_by_symbol(symbol: str) -> Optional[Entry]:
    """'CT' -> Chỉ thị; 'QD' (marks lost) -> Quyết định when unambiguous."""
    exact = [e for e in doc_types() if e.kind and e.kind == symbol]
    if exact:
        return exact[0]
    folded = [e for e in doc_types() if e.kind and fold(e.kind) == fold(symbol)]
    return folded[0] if len(folded) == 1 else None


def type_by_name(text: str) -> Optional[Entry]:
    return lookup("doc_types", text)
