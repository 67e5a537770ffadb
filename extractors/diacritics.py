"""Restoration of Vietnamese diacritics and OCR damage, line by line.

Noisy channel: for each word token the OCR channel (extractors/confusion.py) proposes
syllables with a cost -ln P(observed | syllable); a syllable bigram language model
(extractors/langmodel.py) scores sequences; Viterbi picks the line, forward/backward
max-marginals give each token's alternatives and confidence.

Each line is told apart first (`line_kind`):
  clean     every word is a valid Vietnamese syllable and the line has Vietnamese-only
            letters: returned untouched (byte-identical)
  vie       Tesseract vie output with some invalid tokens: invalid tokens are restored,
            valid ones change only on strong evidence
  legacy    Latin-only OCR ('Quyét dinh s6'): every word is restored
  unmarked  plain ASCII text typed without marks: every word gets its marks

Numbers, dates, document codes ('766/QP-TTg' -> '766/QĐ-TTg'), e-mails, URLs and
acronyms are kept. Case follows the input token. Separators (spaces, tabs, punctuation,
'**') are copied as they are, so line i of the output is line i of the input restored.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from extractors import confusion
from extractors.langmodel import model as lm_model
from extractors.linetokens import JUNK, repair_code, spans
from extractors.restore_phrases import phrase_starts, phrases_from
from extractors.vietnamese import (apply_case, has_vietnamese_marks, is_vietnamese_syllable, nfc,
                                   normalize_tone, skeleton)
from vanban.model import PageText, TokenChoice

LM_WEIGHT = 1.0
CHANNEL_WEIGHT = {"legacy": 1.0, "vie": 1.0, "unmarked": 1.0}
UNMARKED_DAMAGE = 6.0           # extra cost of a letter change in text typed without marks
VIE_CHANGE_PENALTY = 1.5        # changing a valid syllable in an OCR line with damage elsewhere
VIE_VALID_LINE_PENALTY = 3.0    # ... in an OCR line where every word is a valid syllable
VIE_KEEP_INVALID = 4.0          # keeping an invalid token as it is, in a 'vie' line       # changing a valid marked syllable in a 'vie' line
MAX_PER_TOKEN = 10
CAPITAL_WEIGHT = 0.7
PHRASE_BONUS = 1.5
BEAM = 10
BEAM_MARGIN = 8.0              # hypotheses this many nats behind the best are dropped
PRUNE_MARGIN = 6.0              # ... and only those within this many nats of the best
PRUNE_UNIGRAM = 1.0             # candidates kept by channel cost + this x unigram cost

ACRONYMS = {"UBND", "HĐND", "TTHC", "PVHCC", "TTPVHCC", "CCHC", "DVCTT", "PAKN", "MTTQ", "BHXH", "BHYT",
            "CNTT", "KT", "XH", "VT", "TM", "PCT", "CT", "CP", "TTg", "QĐ", "NĐ", "NQ", "KH", "BC", "TB",
            "TTr", "VP", "VPCP", "STT", "ĐVT", "HCC", "PCVP", "TP", "TX", "GD", "ĐT", "BTC", "BNV", "BCĐ",
            "UBMTTQ", "THCS", "THPT", "ATTP", "PCCC", "GPMB", "NTM", "HTX", "CCCD", "CMND", "VNeID", "QR",
            "PDF", "IOC", "UBKT", "ĐU", "BCH", "BTV", "BHTN"}
UNITS = {"km", "kg", "cm", "mm", "kw", "kwh", "m2", "m3", "đ", "vnđ", "VNĐ", "VND", "USD", "km2"}
ACRONYM_FOLD = {"HDND": "HĐND", "DVT": "ĐVT", "BCD": "BCĐ", "DU": "ĐU"}
_LATIN1_MARKED = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_NUM_WORD = re.compile(r"^[0134568]{1,2}$")
NUMBER_AS_WORD = 3.0
SINGLE_LETTER = 2.0             # cost to read a lone letter as a syllable starting with it
SINGLE_CAPITAL = 4.0            # the same for a capital ('C, PCVP' are initials)
SINGLE_LETTER_POOL = 40            # extra cost to read a 1-2 digit number as a damaged word
_SPLIT_NUM = re.compile(r"^(\d{2,})([^\d]{2,})$")


@dataclass
class RestoredLine:
    original: str
    text: str
    kind: str = "clean"
    confidence: float = 1.0
    tokens: list[TokenChoice] = field(default_factory=list)

    @property
    def changes(self) -> list[TokenChoice]:
        return [t for t in self.tokens if t.changed]


# --------------------------------------------------------------------------- line kind
_ROMAN = re.compile(r"^[IVXLC]+$")


def _is_acronym(tok: str, all_caps_line: bool) -> bool:
    """Acronyms, units, Roman numerals and foreign names ('Zalo'): kept as they are."""
    if tok in UNITS or tok in ACRONYMS or tok in ACRONYM_FOLD or _ROMAN.match(tok):
        return True
    if tok[:1] in "ZJF" and len(tok) > 1 and not is_vietnamese_syllable(tok):
        return True
    if len(tok) == 1:
        return tok.lower() not in "aeiouyoàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ" and not is_vietnamese_syllable(tok)
    if len(tok) >= 2 and tok.isupper() and tok.isalpha():
        sk = skeleton(tok)
        if not any(c in "aeiouy" for c in sk):
            return True
        if not all_caps_line and not confusion.syllables_with_skeleton(sk):
            return True
    return False


def line_kind(line: str, words: list[str] | None = None) -> str:
    if words is None:
        words = [s.text for s in spans(line) if s.kind == "word"]
    if not words:
        return "clean"
    caps = _all_caps(words)
    invalid = [w for w in words if not is_vietnamese_syllable(w) and not _is_acronym(w, caps)]
    if has_vietnamese_marks(line):
        return "vie" if invalid else "clean"
    damaged = any(c.isdigit() or c in JUNK or c in _LATIN1_MARKED for w in words for c in w)
    # 'P'/'B' for 'Đ' at a word's start: Vietnamese has almost no p- syllables but 'ph'
    damaged = damaged or any(w[:1] in "Pp" and w[1:2] not in ("h", "H", "") for w in words)
    if damaged:
        return "legacy"
    if any(not confusion.syllables_with_skeleton(w.lower()) for w in invalid):
        return "legacy"
    return "unmarked"


def _all_caps(words: list[str]) -> bool:
    letters = [w for w in words if any(c.isalpha() for c in w)]
    return len(letters) >= 2 and all(w.isupper() for w in letters)


# --------------------------------------------------------------------------- candidates
@lru_cache(maxsize=200000)
def _token_candidates(tok: str, kind: str, all_caps: bool) -> tuple[tuple[str, float], ...]:
    """((form, channel cost), ...) for one word token; forms are lower-case syllables, or
    the token itself (kept) when nothing fits."""
    low = unicodedata.normalize("NFKC", tok).lower() if kind == "legacy" else tok.lower()
    if kind == "legacy" and len(tok) == 1 and tok.isalpha():
        # a lone letter in legacy OCR is often a syllable that lost the rest ('S hoa' = 'Số hóa')
        own = [("<x>", 0.0)] if not is_vietnamese_syllable(low) else [(low, 0.0)]
        cost = SINGLE_LETTER if tok.islower() else SINGLE_CAPITAL
        return tuple(own + [(s, cost) for s in _syllables_starting(low) if s != low])
    if _is_acronym(tok, all_caps):
        return ()
    if kind == "unmarked":
        cands = list(confusion.candidates(low, "unmarked"))
        if UNMARKED_DAMAGE is not None:
            # an unmarked line of an old scan may still hide damaged letters ('tim' for 'tâm')
            own = {s for s, _ in cands}
            cands += [(s, c + UNMARKED_DAMAGE) for s, c in confusion.candidates(low, "legacy")
                      if s not in own and skeleton(s) != low]
    elif kind in ("vie", "vie-ocr", "vie-ocrvalid"):
        if is_vietnamese_syllable(low):
            own = normalize_tone(low)
            if kind == "vie":
                return ((own, 0.0),)        # text of unknown origin: valid syllables stay
            cands = [(own, 0.0)]
            penalty = VIE_CHANGE_PENALTY if kind == "vie-ocr" else VIE_VALID_LINE_PENALTY
            uni = lm_model().unigram_cost
            alts = sorted(confusion.candidates(low, "vie"), key=lambda sc: sc[1] + PRUNE_UNIGRAM * uni(sc[0]))
            for s, c in alts[:MAX_PER_TOKEN]:
                if s != own:
                    cands.append((s, c + penalty))
        else:
            cands = list(confusion.candidates(low, "vie"))
            if not cands:
                cands = list(confusion.candidates(low, "legacy"))
            # a foreign word or a name ('Zalo') may be right as it is
            cands = [("<x>", VIE_KEEP_INVALID)] + cands
    else:
        cands = list(confusion.candidates(low, "legacy"))
    w = CHANNEL_WEIGHT.get(kind.split("-")[0], 1.0)
    uni = lm_model().unigram_cost
    keyed = sorted((c * w + PRUNE_UNIGRAM * uni(s), s, c * w) for s, c in cands)
    if not keyed:
        return ()
    # pruned here once per distinct token: the MAX_PER_TOKEN best within PRUNE_MARGIN of the best
    limit = keyed[0][0] + PRUNE_MARGIN
    return tuple((s, c) for k, s, c in keyed[:MAX_PER_TOKEN] if k <= limit)


@lru_cache(maxsize=64)
def _syllables_starting(letter: str) -> tuple[str, ...]:
    """The most frequent syllables whose skeleton starts with `letter` ('đ' for 'p'/'b' too)."""
    lm = lm_model()
    firsts = {"p": ("p", "đ"), "b": ("b", "đ")}.get(letter, (letter,))
    pool = [w for w in lm.uni if not w.startswith("<") and any(w.startswith(f) for f in firsts)]
    pool.sort(key=lm.unigram_cost)
    return tuple(pool[:SINGLE_LETTER_POOL])


def _capital_prior(cands, lm) -> tuple:
    """Capitalised word inside a line: prefer the marked forms seen capitalised (names, places)."""
    caps = lm.caps
    counts = [caps.get(s, 0.0) for s, _ in cands]
    total = sum(counts)
    if total < 2.0:
        return cands
    k = len(cands)
    return tuple((s, c + CAPITAL_WEIGHT * -math.log((n + 0.1) / (total + 0.1 * k)))
                 for (s, c), n in zip(cands, counts))


def _phrase_boost(items: list, slot_of: list) -> None:
    """Domain phrases whose syllables are all among consecutive tokens' candidates get a bonus."""
    n = len(items)
    starts = phrase_starts()
    for i in range(n - 1):
        if slot_of[i] is None or slot_of[i + 1] is None:
            continue
        seen = set()
        for form, _ in items[i]:
            sk = skeleton(form)
            if sk not in starts or sk in seen:
                continue
            seen.add(sk)
            for phrase in phrases_from(sk):
                L = len(phrase)
                if i + L > n:
                    continue
                hit = []
                for j, syl in enumerate(phrase):
                    if slot_of[i + j] is None:
                        break
                    k = next((k for k, (f, _) in enumerate(items[i + j]) if f == syl), None)
                    if k is None:
                        break
                    hit.append((i + j, k))
                else:
                    for pos, k in hit:
                        f, c = items[pos][k]
                        items[pos][k] = (f, c - PHRASE_BONUS)


# --------------------------------------------------------------------------- decoding
def _decode(items: list, lm) -> tuple[list[int], list[list[float]]]:
    """Trigram beam search over the candidate lists `items` ([(lm_item, cost)] per position).

    Returns the best path (candidate index per position) and, per position, each candidate's
    cost when swapped into the best path (its local neighbourhood: two items either side)."""
    tri = lm.cost3
    n = len(items)
    # the trigram cost of lm.cost3, inlined for speed
    tri_get, bi_get, lam_get = lm.tri_cost.get, lm.bi_cost.get, lm.lam_cost.get
    uni_get, tlam_get, floor = lm.uni.get, lm.tlam_cost.get, lm.floor_cost
    weight = LM_WEIGHT
    # hypotheses keyed by their last two items: (score, backpointer)
    beam = {("<s>", "<s>"): (0.0, None)}
    history = []
    for i, cands in enumerate(items):
        nxt: dict = {}
        for (u, v), (score, _) in beam.items():
            tl = tlam_get((u, v), 0.0)
            lv = lam_get(v, 0.0)
            for k, (w, c) in enumerate(cands):
                x = tri_get((u, v, w))
                if x is None:
                    x = bi_get((v, w))
                    if x is None:
                        x = lv + uni_get(w, floor)
                    x += tl
                s = score + weight * x + c
                key = (v, w)
                cur = nxt.get(key)
                if cur is None or s < cur[0]:
                    nxt[key] = (s, (u, v, k))
        if len(nxt) > 1:
            ranked = sorted(nxt.items(), key=lambda kv: kv[1][0])
            limit = ranked[0][1][0] + BEAM_MARGIN
            nxt = dict(kv for kv in ranked[:BEAM] if kv[1][0] <= limit)
        history.append(nxt)
        beam = nxt
    best_key, best_score = None, math.inf
    for (v, w), (score, _) in beam.items():
        s = score + LM_WEIGHT * tri(v, w, "</s>")
        if s < best_score:
            best_key, best_score = (v, w), s
    path = [0] * n
    key = best_key
    for i in range(n - 1, -1, -1):
        _, (u, v, k) = history[i][key]
        path[i] = k
        key = (u, v)
    words = ["<s>", "<s>"] + [items[i][path[i]][0] for i in range(n)] + ["</s>", "</s>"]
    local: list[list[float]] = []
    for i, cands in enumerate(items):
        if len(cands) == 1:
            local.append([0.0])
            continue
        j = i + 2
        a, b, d, e = words[j - 2], words[j - 1], words[j + 1], words[j + 2]
        row = []
        tl_ab = tlam_get((a, b), 0.0)
        lam_b = lam_get(b, 0.0)
        last = d != "</s>"
        for w, c in cands:
            x = tri_get((a, b, w))
            if x is None:
                x = bi_get((b, w))
                if x is None:
                    x = lam_b + uni_get(w, floor)
                x += tl_ab
            x += tri(b, w, d)
            if last:
                x += tri(w, d, e)
            row.append(c + weight * x)
        local.append(row)
    return path, local


_LOADED = False


@lru_cache(maxsize=1)
def learned_pairs() -> dict[str, str]:
    """Corrections clerks taught on the review page (dictionaries/learned.tsv, written by
    review/learned.py; VANBAN_LEARNED overrides the path): lower-case wrong -> right."""
    import os
    import dictionaries
    path = os.environ.get("VANBAN_LEARNED") or dictionaries.path("learned.tsv")
    pairs: dict[str, str] = {}
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        return pairs
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        wrong, _, right = line.partition("\t")
        right = right.split("\t")[0].strip()
        if wrong.strip() and right:
            pairs[nfc(wrong.strip()).lower()] = nfc(right)
    return pairs


def load() -> None:
    """Load every model once per process (language model, channels, precomputed candidates,
    domain phrases); restore_line calls it on first use."""
    global _LOADED
    if _LOADED:
        return
    lm_model()
    learned_pairs()
    for name in ("legacy", "vie"):
        confusion.channel(name)
    confusion._precomputed()
    confusion._index()
    phrases_from("")
    for letter in "abcdeghiklmnopqrstuvxy":
        _syllables_starting(letter)
    _LOADED = True


def restore_line(line: str, source: str | None = None) -> RestoredLine:
    """Restore one line. `source="ocr"` says the line is Tesseract output (a scan read by
    vanban): then even an all-valid marked line is checked for wrong marks ('vie'); by default
    (text files, text layers) such a line is clean and returned untouched."""
    if not _LOADED:
        load()
    line = nfc(line)
    sp = spans(line)
    words = [s.text for s in sp if s.kind == "word"]
    kind = line_kind(line, words)
    all_valid = False
    if kind == "clean" and source == "ocr" and words and has_vietnamese_marks(line):
        kind, all_valid = "vie", True
    if kind == "clean":
        return _unchanged(line, sp, kind)
    caps = _all_caps(words)
    lm = lm_model()
    # split '17thdang' -> '17' + ' ' + 'thdang'
    pieces: list[tuple[str, str]] = []          # (text, kind) in order
    for s in sp:
        if s.kind == "word":
            m = _SPLIT_NUM.match(s.text)
            if m and kind == "legacy":
                pieces += [(m.group(1), "number"), (" ", "sep"), (m.group(2), "word")]
                continue
        pieces.append((s.text, s.kind))
    items: list = []                # per LM position: candidate list [(item, cost)]
    slot_of: list = []              # per LM position: piece index or None
    line_start = True
    for pi, (text, pk) in enumerate(pieces):
        if pk == "sep":
            if (text.strip() or "\t" in text) and items and items[-1] != [("<p>", 0.0)]:
                items.append([("<p>", 0.0)])
                slot_of.append(None)
            continue
        if pk == "word":
            if kind == "legacy" and not caps and len(text) > 1 and text[0] == "I" and text[1:].islower():
                text = "l" + text[1:]              # capital i read for l: 'xir Iy' = 'xử lý'
                pieces[pi] = (text, pk)
            decode_kind = kind
            if kind == "vie" and source == "ocr":
                decode_kind = "vie-ocrvalid" if all_valid else "vie-ocr"
            cands = _token_candidates(text, decode_kind, caps)
            if cands:
                if not line_start and text[:1].isupper() and not caps:
                    cands = _capital_prior(cands, lm)
                items.append(list(cands))
            else:
                low = text.lower()
                items.append([(normalize_tone(low) if is_vietnamese_syllable(low) else "<x>", 0.0)])
            slot_of.append(pi)
        elif pk == "number" and kind == "legacy" and _NUM_WORD.match(text):
            cands = [("<n>", 0.0)] + [(f, c + NUMBER_AS_WORD) for f, c in
                                      confusion.candidates(text, "legacy")[:MAX_PER_TOKEN]]
            items.append(cands)
            slot_of.append(pi)
        else:
            items.append([("<n>", 0.0)])
            slot_of.append(None)
        line_start = False
    if not items:
        return _unchanged(line, sp, kind)
    _phrase_boost(items, slot_of)
    path, marg = _decode(items, lm)
    learned = learned_pairs()
    out_parts: list[str] = []
    tokens: list[TokenChoice] = []
    chosen_at = {slot_of[i]: i for i in range(len(items)) if slot_of[i] is not None}
    pos = 0
    confs = []
    for pi, (text, pk) in enumerate(pieces):
        if pk == "word" or pi in chosen_at:
            i = chosen_at[pi]
            cands = items[i]
            form, _ = cands[path[i]]
            if form.startswith("<"):
                new = ACRONYM_FOLD.get(text, text) if kind != "vie" else text
                if pk == "number":
                    out_parts.append(new)
                    pos += len(new)
                    continue
                alts, conf = [], 1.0
            else:
                new = apply_case(text, form, caps)
                taught = learned.get(new.lower()) if learned else None
                if taught is not None:          # a clerk's approved correction wins
                    new = apply_case(new, taught.lower(), caps) if taught.islower() else taught
                m = marg[i]
                lo = min(m)
                weights = [math.exp(lo - x) for x in m]
                z = sum(weights)
                order = sorted(range(len(cands)), key=lambda k: m[k])
                alts = [(text if cands[k][0].startswith("<") else apply_case(text, cands[k][0], caps),
                         round(weights[k] / z, 4)) for k in order[:5]]
                conf = weights[path[i]] / z
            confs.append(conf)
            tokens.append(TokenChoice(original=text, chosen=new, start=pos, end=pos + len(new),
                                      confidence=round(conf, 4), alternatives=alts))
            out_parts.append(new)
            pos += len(new)
        elif pk == "code":
            new = repair_code(text)
            if new != text:
                tokens.append(TokenChoice(original=text, chosen=new, start=pos, end=pos + len(new),
                                          confidence=0.9, alternatives=[(new, 0.9), (text, 0.1)]))
            out_parts.append(new)
            pos += len(new)
        else:
            out_parts.append(text)
            pos += len(text)
    text_out = "".join(out_parts)
    conf = min(confs) if confs else 1.0
    return RestoredLine(original=line, text=text_out, kind=kind, confidence=round(conf, 4), tokens=tokens)


def _unchanged(line: str, sp, kind: str) -> RestoredLine:
    tokens = [TokenChoice(original=s.text, chosen=s.text, start=s.start, end=s.end, confidence=1.0)
              for s in sp if s.kind == "word"]
    return RestoredLine(original=line, text=line, kind=kind, confidence=1.0, tokens=tokens)


def restore_text(text: str) -> str:
    return "\n".join(restore_line(line).text for line in text.split("\n"))


def restore_pages(pages: list[PageText]) -> list[PageText]:
    out = []
    for page in pages:
        lines = []
        for line in page.lines:
            source = line.ocr_text if line.ocr_text is not None else line.text
            restored = restore_line(source, "ocr" if page.method == "ocr" else None)
            lines.append(replace(line, text=restored.text, ocr_text=source,
                                 restoration_conf=restored.confidence, tokens=restored.tokens))
        out.append(replace(page, lines=lines))
    return out
