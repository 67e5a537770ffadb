"""OCR channel model: P(observed token | syllable) and candidate syllables for a token.

The model is learned (dictionaries/build_confusion.py -> dictionaries/ocr_confusions.tsv):
each true letter emits an observed segment of 0-3 characters ('ư' -> 'w', 'ii', 'tr';
'ệ' -> '¢'; 'ô' -> '6'; 'l' -> '1'). A token's cost for a syllable is the cheapest
segmentation, sum of -ln P(segment | letter). Candidates are found by a search over the
trie of syllable skeletons (mark-free spellings), so damage that changes base letters
('ctr' -> 'cứ', 's6' -> 'số', 'dugc' -> 'được') is reached, then every marked syllable
of a reached skeleton is scored exactly.

Channels: 'legacy' (Latin-only OCR), 'vie' (Tesseract vie on poor scans), 'unmarked'
(text typed without marks: the observation is the skeleton itself).
"""
from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache

import dictionaries
from extractors.vietnamese import inventory, skeleton

MAX_SEG = 3
CONSONANT_DELETION = 2.5
GENERIC_PAIR = 7.0
_SEG_ORDER = (1, 2, 3, 0)
SEARCH_MARGIN = 7.0
SKELETON_MARGIN = 6.0
CAND_MARGIN = 9.0
MAX_CANDS = 60
# legacy OCR writes a marked vowel as some junk character ('s&' sẽ, 'phu@ng' phường, 'B¢' Bệ):
# any marked vowel may be read as one of these at this cost when training never showed the pair
JUNK_SEGS = "@&¢€£¥§°"
JUNK_VOWEL = 5.5


def _fallback(t: str, seg: str) -> float:
    if seg == t:
        return 0.7
    if len(seg) == 1:
        if skeleton(seg) == skeleton(t):
            return 4.0
        return 8.0
    if not seg:
        return 7.0
    if skeleton(t) in skeleton(seg):
        return 6.5 + len(seg)
    return 9.0 + len(seg)


# A small hand-written prior added to what was learned: confusions of old scans that our
# renders produce rarely (the examples). Probabilities; letter sets share them.
_O_FAMILY = "ôốồổỗộơớờởỡợ"
_U_HORN = "ưứừửữự"
PRIOR = {
    "legacy": [
        (_U_HORN, ("w", 0.05), ("ii", 0.03), ("ti", 0.02), ("tt", 0.02), ("tr", 0.02), ("ir", 0.02), ("it", 0.01)),
        ("ủũ", ("ii", 0.03), ("ti", 0.01), ("fi", 0.01)),
        ("ầẩẫ", ("fi", 0.01), ("a", 0.1)),
        ("ệ", ("¢", 0.05), ("¢é", 0.03), ("é¢", 0.02), ("g", 0.01), ("8", 0.02), ("6", 0.02)),
        ("ềểễế", ("€", 0.05), ("¢", 0.02)),
        (_O_FAMILY, ("6", 0.05), ("0", 0.02)),
        ("ợ", ("g", 0.05)),
        ("đ", ("p", 0.05), ("b", 0.02)),
        ("l", ("1", 0.05), ("i", 0.01)),
        ("s", ("$", 0.05), ("5", 0.01)),
    ],
}


class Channel:
    def __init__(self, name: str, counts: dict[str, dict[str, float]]):
        self.name = name
        self.cost_table: dict[str, dict[str, float]] = {}
        counts = {t: dict(row) for t, row in counts.items()}
        for letters, *pairs in PRIOR.get(name, []):
            for t in letters:
                row = counts.setdefault(t, {t: 100.0})
                total = sum(row.values())
                for seg, p in pairs:
                    row[seg] = max(row.get(seg, 0.0), p * total)
        for t, row in counts.items():
            total = sum(row.values()) + 1.0
            self.cost_table[t] = {seg: -math.log(c / total) for seg, c in row.items()}
            if "" in self.cost_table[t] and skeleton(t) not in "aeiouy":
                self.cost_table[t][""] += CONSONANT_DELETION   # OCR rarely loses a whole consonant
        if name == "legacy":
            for t in {c for s in inventory() for c in s}:
                b = skeleton(t)
                if b in "aeiouy" and t != b:
                    row = self.cost_table.setdefault(t, {})
                    for j in JUNK_SEGS:
                        row.setdefault(j, JUNK_VOWEL)
        # letters never seen in training: borrow the identity/mark behaviour of letters that were
        # seg -> {base letter -> cheapest cost}
        self.seg_base: dict[str, dict[str, float]] = defaultdict(dict)
        letters = {c for s in inventory() for c in s}
        for t in letters:
            b = skeleton(t)
            row = self.cost_table.get(t, {})
            segs = dict(row)
            segs.setdefault(t, _fallback(t, t))
            segs.setdefault(b, _fallback(t, b))
            for seg, c in segs.items():
                if len(seg) > MAX_SEG:
                    continue
                cur = self.seg_base[seg].get(b)
                if cur is None or c < cur:
                    self.seg_base[seg][b] = c
        self.seg_base = dict(self.seg_base)
        self.seg_sorted = {seg: sorted(d.items(), key=lambda kv: kv[1]) for seg, d in self.seg_base.items()}
        self._memo: dict[tuple[str, str], float] = {}

    def cost(self, t: str, seg: str) -> float:
        row = self.cost_table.get(t)
        if row is not None:
            c = row.get(seg)
            if c is not None:
                return c
        return _fallback(t, seg)

    def syllable_cost(self, syl: str, segs: tuple[str, ...]) -> float:
        total = 0.0
        memo = self._memo
        for t, s in zip(syl, segs):
            c = memo.get((t, s))
            if c is None:
                c = memo[(t, s)] = self.cost(t, s)
            total += c
        return total


@lru_cache(maxsize=1)
def _index():
    """skeleton -> syllables, and the skeleton trie."""
    by_skel: dict[str, list[str]] = defaultdict(list)
    for s in inventory():
        by_skel[skeleton(s)].append(s)
    trie: dict = {}
    for sk in by_skel:
        node = trie
        for ch in sk:
            node = node.setdefault(ch, {})
        node["$"] = True
    return dict(by_skel), trie


def syllables_with_skeleton(skel: str) -> list[str]:
    return _index()[0].get(skel, [])


@lru_cache(maxsize=4)
def channel(name: str) -> Channel:
    counts: dict[str, dict[str, float]] = defaultdict(dict)
    path = dictionaries.path("ocr_confusions.tsv")
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 4 or parts[0] != name:
                continue
            counts[parts[1]][parts[2]] = float(parts[3])
    return Channel(name, counts)


@lru_cache(maxsize=4096)
def _generic_pair(seg: str) -> tuple:
    """An unseen two-character segment may stand for a letter with the base of either character
    ('og' for 'ợ'): expensive, but reachable."""
    out = {}
    for c in seg:
        b = skeleton(c)
        if len(b) == 1 and b.isalpha():
            out[b] = GENERIC_PAIR
    return tuple(out.items())


def _search(obs: str, ch: Channel) -> dict[str, list[tuple[float, tuple[str, ...]]]]:
    """Skeletons reachable from `obs` with their cheapest segmentations."""
    _, trie = _index()
    n = len(obs)
    found: dict[str, list[tuple[float, tuple[str, ...]]]] = {}
    best = [math.inf]
    seg_sorted = ch.seg_sorted

    def walk(i: int, node: dict, cost: float, path: str, segs: tuple, deletions: int) -> None:
        if cost > best[0] + SEARCH_MARGIN:
            return
        if i == n and "$" in node:
            found.setdefault(path, []).append((cost, segs))
            if cost < best[0]:
                best[0] = cost
        for k in _SEG_ORDER:
            if k == 0 and deletions:
                continue
            if i + k > n:
                continue
            seg = obs[i:i + k]
            opts = seg_sorted.get(seg)
            if not opts:
                if k != 2:
                    continue
                opts = _generic_pair(seg)
                if not opts:
                    continue
            for b, c in opts:
                child = node.get(b)
                if child is None:
                    continue
                walk(i + k, child, cost + c, path + b, segs + (seg,), deletions + (k == 0))

    walk(0, trie, 0.0, "", (), 0)
    return found


@lru_cache(maxsize=1)
def _precomputed() -> dict[tuple[str, str], tuple[tuple[str, float], ...]]:
    """(channel, observed) -> candidate list (cheapest first), from dictionaries/ocr_candidates.tsv.gz;
    parsed once, then read ready-built (extractors/modelcache.py)."""
    from extractors.modelcache import cached
    path = dictionaries.path("ocr_candidates.tsv.gz")
    if not path.exists():
        return {}
    return cached("ocr-candidates", lambda: _parse_precomputed(path), [path], __file__)


def _parse_precomputed(path) -> dict[tuple[str, str], tuple[tuple[str, float], ...]]:
    import gzip
    table: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            name, obs, raw = line.rstrip("\n").split("\t")
            out = []
            for item in raw.split(" "):
                syl, _, cost = item.rpartition(":")
                out.append((syl, float(cost)))
            out.sort(key=_cost_of)
            table[(name, obs)] = tuple(out)
    return table


def _cost_of(sc):
    return sc[1]


@lru_cache(maxsize=200000)
def candidates(obs: str, name: str) -> tuple[tuple[str, float], ...]:
    """Candidate syllables for a lower-case observed token, cheapest first: ((syllable, cost), ...).
    Frequent tokens come from the precomputed table, others from the channel search."""
    if name == "unmarked":
        return tuple((s, 0.0) for s in syllables_with_skeleton(obs))
    found = _precomputed().get((name, obs))
    if found is not None:
        return found
    return search_candidates(obs, name)


def search_candidates(obs: str, name: str) -> tuple[tuple[str, float], ...]:
    """Candidates by searching the skeleton trie under the channel `name`."""
    ch = channel(name)
    found = _search(obs, ch)
    if not found:
        return ()
    scored: dict[str, float] = {}
    by_skel = _index()[0]
    best_found = min(c for lst in found.values() for c, _ in lst)
    for sk, segs_list in found.items():
        segs_list.sort()
        if segs_list[0][0] > best_found + SKELETON_MARGIN:
            continue
        for syl in by_skel.get(sk, ()):
            c = min(ch.syllable_cost(syl, segs) for _, segs in segs_list[:2])
            if c < scored.get(syl, math.inf):
                scored[syl] = c
    if not scored:
        return ()
    best = min(scored.values())
    out = sorted((c, s) for s, c in scored.items() if c <= best + CAND_MARGIN)
    return tuple((s, c) for c, s in out[:MAX_CANDS])
