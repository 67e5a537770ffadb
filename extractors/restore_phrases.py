"""Domain phrases for the restorer: names of units, criteria, indices, document types and
places (dictionaries/*.tsv, owned by the extraction work) indexed by their mark-free
skeletons, so 'Tien Lang' can become 'Tiên Lãng' and 'Cam Giang' is one of 'Cẩm Giang' /
'Cẩm Giàng' (both proposed; the channel and the language model choose).

    phrases_from(first_skeleton) -> list of phrases (tuples of lower-case syllables)
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import dictionaries
from extractors.vietnamese import is_vietnamese_syllable, nfc, normalize_tone, skeleton

FILES = ("places.tsv", "units.tsv", "criteria.tsv", "indices.tsv", "measures.tsv", "doc_types.tsv")


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, set] = defaultdict(set)
    for name in FILES:
        path = dictionaries.path(name)
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for cell in re.split(r"[\t|]", line):
                for part in re.split(r"\s*[,;()/&-]\s*", nfc(cell)):
                    syls = part.lower().split()
                    if len(syls) < 2 or len(syls) > 8:
                        continue
                    if not all(is_vietnamese_syllable(s) for s in syls):
                        continue
                    syls = tuple(normalize_tone(s) for s in syls)
                    index[skeleton(syls[0])].add(syls)
    return {k: sorted(v) for k, v in index.items()}


def phrases_from(first_skeleton: str) -> list[tuple[str, ...]]:
    return _index().get(first_skeleton, [])


@lru_cache(maxsize=1)
def phrase_starts() -> frozenset[str]:
    """Skeletons that start at least one phrase."""
    return frozenset(_index())


@lru_cache(maxsize=1)
def place_phrases() -> frozenset[tuple[str, ...]]:
    """The place names of places.tsv (first column) as phrases: after 'phường', 'xã', 'đặc khu'…
    a place is far likelier than the same syllables as common words ('An Phong', not 'An Phòng')."""
    path = dictionaries.path("places.tsv")
    out = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            syls = nfc(line.split("\t")[0]).lower().split()
            if 2 <= len(syls) <= 8 and all(is_vietnamese_syllable(s) for s in syls):
                out.add(tuple(normalize_tone(s) for s in syls))
    return frozenset(out)


# the syllable before a place's name: its level ('phường An Phong', 'đặc khu Cát Hải', 'thành phố …')
PLACE_LEVELS = frozenset({"phường", "xã", "khu", "trấn", "huyện", "quận", "tỉnh", "phố"})
