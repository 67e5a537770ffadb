"""Restoration of Vietnamese diacritics and OCR damage, line by line.

Noisy channel: for each word token the OCR channel (extractors/confusion.py) proposes
syllables with a cost -ln P(observed | syllable); a syllable trigram language model
(extractors/langmodel.py) scores sequences; Viterbi picks the line, forward/backward
max-marginals give each token's alternatives and confidence.

`restore_lines` (used by restore_text and restore_pages) decodes the lines of a paragraph as one
sequence, so the words at a line's ends are read in context; `restore_line` takes one line alone.

Each line is told apart first (`line_kind`):
  clean     every word is a valid Vietnamese syllable and the line has Vietnamese-only
            letters: returned untouched (byte-identical)
  vie       Tesseract vie output with some invalid tokens: invalid tokens are restored,
            valid ones change only on strong evidence
  legacy    Latin-only OCR ('Quyét dinh s6'): every word is restored; junk written for marks
            stays in the word ('phu@ng', 'ci?', 'x&'), 'Ill' is III, a merged 'DU'LIEU' is split,
            'Uy BAN NHAN DAN' is a capitals heading, a lone 'SO' among lower-case words is 'Sở'
  unmarked  plain ASCII text typed without marks: every word gets its marks

Numbers, dates, document codes ('766/QP-TTg' -> '766/QĐ-TTg'), e-mails, URLs and
acronyms are kept. Case follows the input token. Separators (spaces, tabs, punctuation,
'**') are copied as they are (in legacy OCR, junk inside or right after a word may be read
as part of it, and a merged word gets its space back), so line i of the output is line i of
the input restored.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from extractors import confusion
from extractors.langmodel import model as lm_model
from extractors.linetokens import JUNK, LEGACY_JUNK, inside_number, repair_code, spans
from extractors.restore_phrases import PLACE_LEVELS, phrase_starts, phrases_from, place_phrases
from extractors.vietnamese import (apply_case, has_vietnamese_marks, is_vietnamese_syllable, nfc,
                                   normalize_tone, place_tone, skeleton, split_tone, strip_marks)
from vanban.model import PageText, TokenChoice

LM_WEIGHT = 1.0
CHANNEL_WEIGHT = {"legacy": 1.0, "vie": 1.0, "unmarked": 1.0}
UNMARKED_DAMAGE = 6.0           # extra cost of a letter change in text typed without marks
VIE_CHANGE_PENALTY = 1.0        # changing a valid syllable in an OCR line with damage elsewhere
VIE_VALID_LINE_PENALTY = 1.5    # ... in an OCR line where every word is a valid syllable
VIE_KEEP_INVALID = 4.0          # keeping an invalid token as it is, in a 'vie' line
MARK_MOVED = 1.0                # an invalid token read with its tone mark on the right vowel
MAX_PER_TOKEN = 10
CAPITAL_WEIGHT = 0.7
PHRASE_BONUS = 1.5
PLACE_BONUS = 1.5          # more for a place's name after its level ('phường', 'xã', 'đặc khu')
BEAM = 6
BEAM_MARGIN = 8.0              # hypotheses this many nats behind the best are dropped
PRUNE_MARGIN = 6.0              # ... and only those within this many nats of the best
PRUNE_UNIGRAM = 1.0             # candidates kept by channel cost + this x unigram cost

ACRONYMS = {"UBND", "HĐND", "TTHC", "PVHCC", "TTPVHCC", "CCHC", "DVCTT", "PAKN", "MTTQ", "BHXH", "BHYT",
            "CNTT", "KT", "XH", "VT", "TM", "PCT", "CT", "CP", "TTg", "QĐ", "NĐ", "NQ", "KH", "BC", "TB",
            "TTr", "VP", "VPCP", "STT", "ĐVT", "HCC", "PCVP", "TP", "TX", "GD", "ĐT", "BTC", "BNV", "BCĐ",
            "UBMTTQ", "THCS", "THPT", "ATTP", "PCCC", "GPMB", "NTM", "HTX", "CCCD", "CMND", "VNeID", "QR",
            "PDF", "IOC", "UBKT", "ĐU", "BCH", "BTV", "BHTN"}
UNITS = {"km", "kg", "cm", "mm", "kw", "kwh", "m2", "m3", "đ", "vnđ", "VNĐ", "VND", "USD", "km2"}
FOREIGN = {"Index", "INDEX", "SIPAS", "PAPI"}      # the indices' English names ('PAR Index'), never damaged syllables
ACRONYM_FOLD = {"HDND": "HĐND", "DVT": "ĐVT", "BCD": "BCĐ", "DU": "ĐU"}
# legacy OCR reads Đ as D, P or B: 'HPND', 'HBND' are HĐND (acronyms of three letters or more)
ACRONYM_FOLD.update({a.replace("Đ", r): a for a in ACRONYMS if "Đ" in a and len(a) >= 3 for r in "DPB"
                     if a.replace("Đ", r) not in ACRONYMS})
_LATIN1_MARKED = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
_DAMAGE = re.compile(rf"[\d{re.escape(JUNK)}{_LATIN1_MARKED}]")
_LEGACY_JUNK_RE = re.compile(f"[{re.escape(LEGACY_JUNK)}]")
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
    if tok in UNITS or tok in ACRONYMS or tok in ACRONYM_FOLD or tok in FOREIGN or _ROMAN.match(tok):
        return True
    if re.fullmatch(r"[A-ZĐ]{1,6}(?:[&\-][A-ZĐ]{1,6})+", tok):
        return True             # a unit's short name ('KTHT&DT', 'KT-HT&DT'): its '&' is no damage
    if re.fullmatch(r"[B-DF-HJ-NP-TV-XZĐ]{2,5}\d{1,2}", tok):
        return True             # a row's code ('CT1', 'TC4'): consonants and a number, no syllable OCR damaged
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
    damaged = _DAMAGE.search(" ".join(words)) is not None
    # 'P'/'B' for 'Đ' at a word's start: Vietnamese has almost no p- syllables but 'ph'
    damaged = damaged or any(w[:1] in "Pp" and w[1:2] not in ("h", "H", "") for w in words)
    if damaged:
        return "legacy"
    if len(words) == 1 and words[0][:1].isupper() and len(words[0]) >= 5 and words[0][1:].isalpha() \
            and words[0] in invalid and not confusion.syllables_with_skeleton(words[0].lower()):
        return "clean"      # a table row naming a bank or a brand alone ('4 | Agribank | 231 | 52'): no syllable in it
    if any(not confusion.syllables_with_skeleton(w.lower()) for w in invalid):
        return "legacy"
    return "unmarked"


_ROMAN_OCR = re.compile(r"^(?=.*I)[Il]{2,4}$")

# Fixed forms of the document header that legacy OCR damages beyond a syllable's reach: 'Viv' /
# 'V/y' for the 'V/v' (về việc) that opens a subject, the motto 'Bé6c [ap - Ty do - Hanh phic'.
_VV_OCR = re.compile(r"^(\s*)(?:Viv|V/y|Vlv|VIv|V/V|V\\v|V\|v|Vív|V/ v|V /v)(?=\s+\w)")
_MOTTO = "Độc lập - Tự do - Hạnh phúc"
_MOTTO_SKELETON = "doc lap - tu do - hanh phuc"
_MOTTO_OCR = re.compile(r"(?<!\S)\S{2,5}\s+\S{2,4}\s*-\s*t\S{0,2}\s*do\s*-\s*h\S{2,5}\s*ph\S{1,4}")


# 'quý 11/2026', 'Quy Ill' = quý II, III: a quarter's Roman numeral read as digits or l's
_QUARTER_OCR = re.compile(r"(?i)(?<!\w)(qu[yýỳ]\s+)(11|111|1V|lV|[1Il]{2,3})(?=\s*/|\s+n[aă]m|\s*[,.;)]|\s*$)")


# 'D/e', 'Bic', 'Dic' opening a line or an item before a capitalised name or title: the 'Đ/c' (đồng chí) that
# names the person given a task ('1. Đ/c Trần Văn Hòa - Giám đốc …', a table's cell '\tĐ/c Trưởng Công an xã');
# read as words it becomes 'Bức', 'Đức', 'D/các'
_COMRADE_OCR = re.compile(r"(^\s*(?:\d{1,2}[.)]\s*|[-–—+*•]\s*)?|\t\s*)(?:[DĐÐPB]\s?[/|lI1]\s?[ceoéè]|[DĐÐPB][iíìl1][ce])"
                          r"(?=\s+[A-ZĐ]\S*\s+[A-ZĐ])")

# 'Văn phòng HĐNDvàUBND phường': OCR lost the spaces around 'và' between two acronyms
_JOINED_AND = re.compile(r"(?<!\w)([A-ZĐ]{2,})(và)([A-ZĐ]{2,})(?!\w)")


# 'Thang 6/2026', 'thang 12/2025': a month before its month/year (a table cell run into the text before
# it reads 'định danh Thắng 6/2026' to the language model otherwise)
_MONTH_OCR = re.compile(r"(?<![^\W\d_])([Tt])hang(?=\s+\d{1,2}\s*/\s*\d{4}(?!\d))")


# 'Bang 1. Tổng điểm …' opening a line: a table's caption ('Bảng 1.'), never 'Bằng 1.'
_CAPTION_OCR = re.compile(r"^(\s*)B(?:ang|ảng|ằng|ẳng|ăng)(?=\s+\d{1,2}\s*[.:])")
# '… nêu tại Bang 1', 'theo Bang 2': a table the text points to ('Bảng 1')
_TABLE_REF_OCR = re.compile(r"(?<!\w)((?:t[aạ]i|theo|ở|c[oộ]t\s*\(?\d{1,2}\)?)\s+)B(?:ang|ằng|ẳng|ăng)(?=\s+\d{1,2}(?![\d/,.]\d))")


# '\tCong linh vuc dat dai\t2.494', 'Cong\t…', 'Cong II': a table's total row ('Cộng'), never 'Công' (a cell's
# 'Công an xã', 'Công chức …' go on with other words)
_TOTAL_CELL_OCR = re.compile(r"(?<![^\t])C[oôộ]ng(?=\s*(?:\t|$)|\s+(?:[IVX]{1,4}|l[iĩ]nh\s+v[uự]c|qu[yý]|c[aả]\s+n[aă]m|6\s+th[aá]ng)(?:\s|\t|$))")


# '(ty 16 %)', 'ty 1é': 'tỷ lệ' whose 'lệ' OCR read as digits ('tỷ' is never followed by a number here)
_RATE_OCR = re.compile(r"(?<![^\W\d_])([Tt])[yỳýỷ]\s+(?:16|1[eéèẻ]|l6)(?=\s*(?:%|\(|\)|,|$))")


# '(tỷ |ệ)', 'phí, |ệ phí': legacy OCR's bar for the 'l' of a word (a table's border stands alone)
_BAR_FOR_L = re.compile(r"(?<![^\s(])\|(?=[^\W\d_])")


def _fixed_forms(line: str) -> str:
    line = _VV_OCR.sub(lambda m: m.group(1) + "V/v", line)
    line = _MONTH_OCR.sub(lambda m: m.group(1) + "háng", line)
    line = _CAPTION_OCR.sub(lambda m: m.group(1) + "Bảng", line)
    line = _TABLE_REF_OCR.sub(lambda m: m.group(1) + "Bảng", line)
    line = _TOTAL_CELL_OCR.sub("Cộng", line)
    line = _RATE_OCR.sub(lambda m: m.group(1) + "ỷ lệ", line)
    line = _BAR_FOR_L.sub("l", line)
    line = _COMRADE_OCR.sub(lambda m: m.group(1) + "Đ/c", line)
    line = _QUARTER_OCR.sub(lambda m: m.group(1) + m.group(2).upper().replace("1", "I").replace("L", "I"), line)
    if " do" not in line.lower() and "-do" not in line.lower():
        return line
    low = strip_marks(line).lower()
    if len(low) != len(line):
        return line
    m = _MOTTO_OCR.search(low)
    if m and _MOTTO_SKELETON != m.group(0):
        from rapidfuzz.fuzz import ratio
        if ratio(m.group(0), _MOTTO_SKELETON) >= 75:
            found = line[m.start():m.end()]
            motto = _MOTTO.upper() if sum(c.isupper() for c in found) > sum(c.islower() for c in found) else _MOTTO
            line = line[:m.start()] + motto + line[m.end():]
    return line


def _legacy_fix(text: str, caps: bool) -> str:
    """Letters legacy OCR reads for others, fixed before the search: 'Ill' = 'III' (a Roman
    numeral), 'Iy', 'I6', 'Ié' = 'ly', 'l6', 'lé' (capital i for l in a lower-case word)."""
    if _ROMAN_OCR.match(text):
        return "I" * len(text)
    if text in FOREIGN:
        return text             # ('PAR Index': its capital i is a letter of its own)
    if not caps and len(text) > 1 and text[0] == "I" and not any(c.isupper() for c in text[1:]) \
            and any(c.isalpha() for c in text[1:]) or (not caps and text[:1] == "I" and text[1:].isdigit()):
        return "l" + text[1:]
    return text


def _mostly_caps(words: list[str]) -> bool:
    """A heading read by legacy OCR with its first word in title case ('Uy BAN NHAN DAN'), or one short
    word inside it ('DANG Uy XA NGUYEN GIAP': the capital Ỷ read as 'y')."""
    letters = [w for w in words if not w.isdigit() and any(map(str.isalpha, w))]
    if len(letters) >= 3 and letters[0][:1].isupper() and not letters[0].isupper() \
            and all(w.isupper() and not _is_acronym(w, False) for w in letters[1:]):   # not 'Phong KTHT&DT'
        return True
    odd = [w for w in letters if not w.isupper()]
    return (len(letters) >= 4 and len(odd) == 1 and odd[0][:1].isupper() and len(odd[0]) <= 3
            and sum(not _is_acronym(w, False) for w in letters if w.isupper()) >= 3)


def _all_caps(words: list[str]) -> bool:
    letters = [w for w in words if not w.isdigit() and any(map(str.isalpha, w))]
    return len(letters) >= 2 and all(w.isupper() for w in letters)


# --------------------------------------------------------------------------- candidates
@lru_cache(maxsize=200000)
def _token_candidates(tok: str, kind: str, all_caps: bool) -> tuple[tuple[str, float], ...]:
    """((form, channel cost), ...) for one word token; forms are lower-case syllables, or
    the token itself (kept) when nothing fits."""
    low = unicodedata.normalize("NFKC", tok).lower() if kind == "legacy" else tok.lower()
    if kind == "legacy" and len(tok) == 1 and tok.isalpha():
        # a lone letter in legacy OCR is often a syllable that lost its marks ('y kién' = 'ý kiến')
        # or the rest of its letters ('S hoa' = 'Số hóa')
        own = [("<x>", 0.0)] if not is_vietnamese_syllable(low) else []
        cost = SINGLE_LETTER if tok.islower() else SINGLE_CAPITAL
        best = dict(confusion.candidates(low, "legacy"))
        for s in _syllables_starting(low):
            best[s] = min(best.get(s, cost), cost)
        cands = own + list(best.items())
        uni = lm_model().unigram_cost
        keyed = sorted((c + PRUNE_UNIGRAM * uni(s), s, c) for s, c in cands)
        limit = keyed[0][0] + PRUNE_MARGIN
        return tuple((s, c) for k, s, c in keyed[:MAX_PER_TOKEN + 4] if k <= limit or s == "<x>")
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
            # the tone mark put on the wrong vowel ('gía', 'tìên'): the same mark where it belongs
            base, tone = split_tone(low)
            if tone:
                moved = place_tone(base, tone)
                if moved != low and is_vietnamese_syllable(moved):
                    moved = normalize_tone(moved)
                    cands = [(moved, MARK_MOVED)] + [sc for sc in cands if sc[0] != moved]
            # a foreign word or a name ('Zalo') may be right as it is
            cands = [("<x>", VIE_KEEP_INVALID)] + cands
    else:
        cands = list(confusion.candidates(low, "legacy"))
    w = CHANNEL_WEIGHT.get(kind.split("-")[0], 1.0)
    return _pruned([(s, c * w) for s, c in cands])


def _pruned(cands) -> tuple[tuple[str, float], ...]:
    """Pruned once per distinct token: the MAX_PER_TOKEN best (channel cost plus a unigram prior) within
    PRUNE_MARGIN of the best."""
    uni = lm_model().unigram_cost
    keyed = sorted((c + PRUNE_UNIGRAM * uni(s), s, c) for s, c in cands)
    if not keyed:
        return ()
    limit = keyed[0][0] + PRUNE_MARGIN
    return tuple((s, c) for k, s, c in keyed[:MAX_PER_TOKEN] if k <= limit)


@lru_cache(maxsize=256)
def _number_as_word(text: str) -> tuple[tuple[str, float], ...]:
    """The syllables a short number in a legacy line may be ('6' for 'ở', '86' for 'đó'): the channel's
    best, pruned like a word's (a lone digit is no acronym, so _token_candidates has none for it)."""
    return _pruned([(s, c) for s, c in confusion.candidates(text, "legacy") if not s.startswith("<")])


@lru_cache(maxsize=64)
def _syllables_starting(letter: str) -> tuple[str, ...]:
    """The most frequent syllables whose skeleton starts with `letter` ('đ' for 'p'/'b' too)."""
    lm = lm_model()
    firsts = {"p": ("p", "đ"), "b": ("b", "đ")}.get(letter, (letter,))
    pool = [w for w in lm.uni if not w.startswith("<") and any(w.startswith(f) for f in firsts)]
    pool.sort(key=lm.unigram_cost)
    return tuple(pool[:SINGLE_LETTER_POOL])


SURNAME_BONUS = 3.0


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Family names (lower case): the head of dictionaries/restore_names.txt."""
    import dictionaries
    out = set()
    for line in dictionaries.path("restore_names.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# middle and given names"):
            break
        if line.strip() and not line.startswith("#"):
            out.add(normalize_tone(nfc(line.strip()).lower()))
    return frozenset(out)


def _surname_prior(cands) -> tuple:
    """The first word of a name line: a family name ('Đào', not 'Đạo')."""
    family = surnames()
    if not any(s in family for s, _ in cands):
        return cands
    return tuple((s, c - SURNAME_BONUS if s in family else c) for s, c in cands)


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
    index: list = [None] * n            # per position, lazily: form -> candidate index
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
                    p = i + j
                    if slot_of[p] is None:
                        break
                    at = index[p]
                    if at is None:
                        at = index[p] = {f: k for k, (f, _) in reversed(list(enumerate(items[p])))}
                    k = at.get(syl)
                    if k is None:
                        break
                    hit.append((p, k))
                else:
                    bonus = PHRASE_BONUS
                    if i > 0 and phrase in place_phrases() and any(f in PLACE_LEVELS for f, _ in items[i - 1][:3]):
                        bonus += PLACE_BONUS        # 'PHƯỜNG AN PHONG', not 'AN PHÒNG'
                    for pos, k in hit:
                        f, c = items[pos][k]
                        items[pos][k] = (f, c - bonus)


# The capitalised-name prior (_capital_prior) is for a capital inside running text. A capital
# at a line's start, a table cell's start (after a tab) or a sentence's start ('. ', ': ')
# says nothing about names ('Toi thieu' in a cell is 'Tối thiểu', not the frequent 'Tôi').
CELL_START = True
_SENTENCE_END = re.compile(r"[.:;!?]\s")


# --------------------------------------------------------------------------- decoding
_ZERO = [0.0]


def _score_of(kv):
    return kv[1][0]


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
    inf = math.inf
    for i, cands in enumerate(items):
        if cands is _C_ITEM:
            # a table cell ends: every hypothesis closes its segment, the next cell starts afresh
            best, back = inf, None
            for (u, v), (score, _) in beam.items():
                s = score + weight * tri(u, v, "</s>")
                if s < best:
                    best, back = s, (u, v, 0)
            beam = {("<s>", "<s>"): (best, back)}
            history.append(beam)
            continue
        # states grouped by their last item v: the bigram part is shared by every u
        groups: dict = {}
        for (u, v), (score, _) in beam.items():
            g = groups.get(v)
            entry = (u, score, tlam_get((u, v)))
            if g is None:
                groups[v] = [entry]
            else:
                g.append(entry)
        nxt: dict = {}
        for v, g in groups.items():
            lv = lam_get(v, 0.0)
            single = g[0] if len(g) == 1 else None
            for k, (w, c) in enumerate(cands):
                b = bi_get((v, w))
                if b is None:
                    b = lv + uni_get(w, floor)
                if single is not None:
                    u, score, tl = single
                    if tl is not None:
                        x = tri_get((u, v, w))
                        if x is not None:
                            b = x
                        else:
                            b += tl
                    nxt[(v, w)] = (score + weight * b + c, (u, v, k))
                    continue
                best, bu = inf, None
                for u, score, tl in g:
                    if tl is None:
                        s = score + weight * b
                    else:
                        x = tri_get((u, v, w))
                        s = score + weight * (b + tl if x is None else x)
                    if s < best:
                        best, bu = s, u
                nxt[(v, w)] = (best + c, (bu, v, k))
        if len(nxt) > BEAM:
            ranked = sorted(nxt.items(), key=_score_of)
            limit = ranked[0][1][0] + BEAM_MARGIN
            nxt = dict(kv for kv in ranked[:BEAM] if kv[1][0] <= limit)
        elif len(nxt) > 1:
            limit = min(sv[0] for sv in nxt.values()) + BEAM_MARGIN
            nxt = {k: sv for k, sv in nxt.items() if sv[0] <= limit}
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

    def cost3(u, v, w):
        x = tri_get((u, v, w))
        if x is not None:
            return x
        b = bi_get((v, w))
        if b is None:
            b = lam_get(v, 0.0) + uni_get(w, floor)
        return tlam_get((u, v), 0.0) + b

    for i, cands in enumerate(items):
        if len(cands) == 1:
            local.append(_ZERO)
            continue
        j = i + 2
        a, b, d, e = words[j - 2], words[j - 1], words[j + 1], words[j + 2]
        if b == "<c>":
            a = b = "<s>"
        elif a == "<c>":
            a = "<s>"
        if d == "<c>":
            d = e = "</s>"
        elif e == "<c>":
            e = "</s>"
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
            x += cost3(b, w, d)
            if last:
                x += cost3(w, d, e)
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
    # the models are a few hundred thousand long-lived objects: keep the garbage collector from
    # walking them again at every full collection (restoration allocates many small tuples)
    import gc
    gc.collect()
    gc.freeze()
    _LOADED = True


@dataclass
class _Prepared:
    """A line made ready for decoding: its pieces and, per LM position, the candidates."""
    line: str
    sp: list
    kind: str
    caps: bool
    pieces: list
    items: list
    slot_of: list
    fixed: bool = False             # a clean line: context for its neighbours, returned untouched
    suffix: dict = field(default_factory=dict)  # piece -> (word, punctuation, forms read so)
    raw: str = ""                   # the line as OCR wrote it, when fixed forms were repaired first


def _prepare(line: str, source: str | None, marked_text: bool = False) -> _Prepared | RestoredLine:
    if not _LOADED:
        load()
    line = nfc(line)
    if "và" in line:
        line = _JOINED_AND.sub(r"\1 \2 \3", line)
    sp = spans(line)
    words = [s.text for s in sp if s.kind == "word"]
    kind = line_kind(line, words)
    if kind == "legacy" and marked_text and all(is_vietnamese_syllable(w.lower()) for w in words) and (
            len(words) >= 4 or ("\t" in line and len(words) >= 2 and all(w[:1].isupper() for w in words))):
        # 'hoàn thành ngay trong tháng 01/2027.' in a text typed with Vietnamese marks: its marks are only those Latin
        # OCR writes too, but every word is a syllable as written (not 'ngày'): typed, clean (not a fragment of a few
        # words, which a scan's OCR may have left so: 'dùi 80%;' is 'dưới 80%;'; but a table row's name of capitalised
        # words is one: '9 | Thanh Xá | 94 | …' is a village, not 'Thành Xã')
        return _context_only(line, sp)
    all_valid = False
    if kind == "clean" and source == "ocr" and words and has_vietnamese_marks(line):
        kind, all_valid = "vie", True
    if kind == "clean":
        if not words:
            return _unchanged(line, sp, kind)
        return _context_only(line, sp)
    raw = line
    settled: set[int] = set()       # words a fixed form wrote ('Bang 1.' -> 'Bảng 1.'): not decoded again
    if kind in ("legacy", "unmarked"):
        fixed_line = _fixed_forms(line)
        if fixed_line != line:
            line = fixed_line
            sp = spans(line)
            before, words = words, [s.text for s in sp if s.kind == "word"]
            if len(before) == len(words):
                # (decoded with the line above, 'theo thang' / 'Bảng 1.' would read 'theo thăng bằng')
                settled = {k for k, (a, b) in enumerate(zip(before, words)) if a != b}
    caps = _all_caps(words) or (kind in ("legacy", "unmarked") and _mostly_caps(words))
    lm = lm_model()
    if kind == "legacy" and _LEGACY_JUNK_RE.search(line):
        sp = spans(line, legacy=True)       # words keep the junk OCR wrote for marks ('phu@ng')
    # split '17thdang' -> '17' + ' ' + 'thdang', 'DU'LIEU' -> 'DU'' + ' ' + 'LIEU'
    pieces: list[tuple[str, str]] = []          # (text, kind) in order
    for s in sp:
        if s.kind == "word" and kind == "legacy":
            m = _SPLIT_NUM.match(s.text)
            if m:
                pieces += [(m.group(1), "number"), (" ", "sep"), (m.group(2), "word")]
                continue
            pieces += _split_merged(s.text, caps)
            continue
        pieces.append((s.text, s.kind))
    suffix: dict = {}
    items: list = []                # per LM position: candidate list [(item, cost)]
    slot_of: list = []              # per LM position: piece index or None
    line_start = True
    # a line of 2-5 capitalised words and nothing else is a person's name (a signature: 'Dao Van
    # Hung'): its first word is a surname, so the capitalised-name prior applies there too
    name_line = 2 <= len(words) <= 5 and len(words) == len(sp) - sum(1 for x in sp if x.kind == "sep") \
        and all(w[:1].isupper() and w[1:].islower() for w in words)
    word_at = -1                    # the piece's index among the line's words (settled)
    for pi, (text, pk) in enumerate(pieces):
        if pk == "word":
            word_at += 1
        if pk == "word" and word_at in settled and kind == "unmarked" and is_vietnamese_syllable(text.lower()):
            items.append([(normalize_tone(text.lower()), 0.0)])
            slot_of.append(pi)
            line_start = False
            continue
        if pk == "word" and marked_text and re.fullmatch(r"[A-ZĐ]\d{1,2}", text):
            # '94,73 (T1)' in a text typed with Vietnamese marks: a month's code, kept (Latin OCR's 'T6' is 'Tổ', but
            # a typed text has no such damage)
            items.append([("<x>", 0.0)])
            slot_of.append(pi)
            line_start = False
            continue
        if pk in ("sep", "number") and inside_number(pieces, pi):
            continue                    # '94,72' is one <n> to the language model
        if pk == "sep":
            if "\t" in text and items:
                if items[-1] is _P_ITEM:
                    items[-1] = _C_ITEM
                elif items[-1] is not _C_ITEM:
                    items.append(_C_ITEM)
                    slot_of.append(None)
            elif text.strip() and items and items[-1] is not _P_ITEM and items[-1] is not _C_ITEM:
                items.append(_P_ITEM)
                slot_of.append(None)
            if CELL_START and text != " " and ("\t" in text or _SENTENCE_END.search(text)):
                line_start = True       # a table cell or a sentence starts: a capital says nothing
            continue
        if pk == "word" and len(text) == 1 and text.islower() and pi + 1 < len(pieces) \
                and pieces[pi + 1][0].startswith(")") and all(not t.strip() for t, _ in pieces[:pi]):
            # 'a) Tổ chức …' opening a line: an item's letter, whatever the line above ends with
            items.append([(normalize_tone(text) if is_vietnamese_syllable(text) else "<x>", 0.0)])
            slot_of.append(pi)
            line_start = False
            continue
        if pk == "word" and len(text) <= 3 and pi + 2 < len(pieces) and pieces[pi + 1][0] == "." \
                and pieces[pi + 2][1] == "number":
            # 'Th.01', 'Q.1': an abbreviation run into the number it names, kept as written (not 'Thị.01')
            items.append([("<x>", 0.0)])
            slot_of.append(pi)
            line_start = False
            continue
        if pk == "word":
            if kind == "legacy":
                fixed = _legacy_fix(text, caps)
                if fixed != text:
                    text = fixed
                    pieces[pi] = (text, pk)
            decode_kind = kind
            if kind == "vie" and source == "ocr":
                decode_kind = "vie-ocrvalid" if all_valid else "vie-ocr"
            cands = _token_candidates(text, decode_kind, caps)
            if kind == "legacy" and len(text) > 1 and text[-1] in LEGACY_JUNK:
                # 'ci?' is 'cứ' or 'ci' + '?': both readings compete
                cands, strip_forms = _with_trailing_punct(text, cands, caps)
                if strip_forms:
                    suffix[pi] = strip_forms
            if cands:
                if (not line_start or name_line) and text[:1].isupper() and not caps and not _before_number(pieces, pi):
                    cands = _capital_prior(cands, lm)
                if name_line and not items:
                    cands = _surname_prior(cands)
                items.append(list(cands))
            else:
                low = text.lower()
                items.append([(normalize_tone(low) if is_vietnamese_syllable(low) else "<x>", 0.0)])
            slot_of.append(pi)
        elif pk == "number" and kind == "legacy" and _NUM_WORD.match(text):
            cands = [("<n>", 0.0)] + [(f, c + NUMBER_AS_WORD) for f, c in _number_as_word(text)]
            items.append(cands)
            slot_of.append(pi)
        else:
            items.append(_N_ITEM)
            slot_of.append(None)
        line_start = False
    if not items:
        return _unchanged(line, sp, kind)
    return _Prepared(line, sp, kind, caps, pieces, items, slot_of, suffix=suffix, raw=raw if raw != line else "")


SPLIT_MIN = 9.0             # a merged word ('DU'LIEU') is split when reading it whole costs this
TRAILING_PUNCT = {"!": 1.5, "?": 2.5}   # cost of reading a trailing junk character as punctuation ("?" ends few sentences of an administrative text)
TRAILING_OTHER = 3.5


def _split_merged(text: str, caps: bool) -> list[tuple[str, str]]:
    """Legacy OCR writes a horn or a tilde as an apostrophe and loses the space after it
    ('DU'LIEU' = 'DỮ LIỆU', 'so'con' = 'sơ còn'): split there when the whole reads badly."""
    if "'" not in text and "’" not in text and "‘" not in text:
        return [(text, "word")]
    inner = [k for k in range(1, len(text) - 1) if text[k] in "’'‘" and text[k + 1] not in LEGACY_JUNK]
    if not inner:
        return [(text, "word")]
    whole = _token_candidates(text, "legacy", caps)
    if whole and min(c for _, c in whole) < SPLIT_MIN:
        return [(text, "word")]
    k = inner[-1] + 1
    left, right = text[:k], text[k:]
    if not _token_candidates(left, "legacy", caps) or not _token_candidates(right, "legacy", caps):
        return [(text, "word")]
    return _split_merged(left, caps) + [(" ", "sep"), (right, "word")]


def _with_trailing_punct(text: str, cands: tuple, caps: bool):
    """Candidates of a legacy word ending in junk ('ci?', 'THO!', 'NHU’'): the junk read as part
    of the word, or as punctuation after the word (forms of the second reading are returned)."""
    stripped = text.rstrip(LEGACY_JUNK)
    if not stripped:
        return cands, None
    extra = TRAILING_PUNCT.get(text[-1], TRAILING_OTHER)
    best = {s: c for s, c in cands}
    strip_forms = set()
    for s, c in _token_candidates(stripped, "legacy", caps):
        if s.startswith("<"):
            continue
        c += extra
        if c < best.get(s, math.inf):
            best[s] = c
            strip_forms.add(s)
    if not strip_forms:
        return cands, None
    merged = sorted(best.items(), key=lambda sc: sc[1])[:MAX_PER_TOKEN + 2]
    return tuple(merged), (stripped, text[len(stripped):], frozenset(strip_forms))


def _before_number(pieces: list, pi: int) -> bool:
    """A word right before a number ('Tuan 2 thang 7', 'Quy III'): a name is not followed by one, so the
    capitalised-name prior ('Tuấn') says nothing there."""
    return pi + 2 < len(pieces) and pieces[pi + 1] == (" ", "sep") and pieces[pi + 2][1] == "number"


_P_ITEM = [("<p>", 0.0)]
_N_ITEM = [("<n>", 0.0)]
# A tab separates table cells: each cell is its own segment to the language model ('<s> tối thiểu
# </s>'), as the cells of a row are not one sentence (_decode ends the segment and starts afresh).
_C_ITEM = [("<c>", 0.0)]


def _context_only(line: str, sp) -> _Prepared:
    """A clean line: its words are fixed items, context for the lines around it."""
    items, slot_of = [], []
    pairs = [(s.text, s.kind) for s in sp]
    for k, s in enumerate(sp):
        if s.kind in ("sep", "number") and inside_number(pairs, k):
            continue
        if s.kind == "sep":
            if "\t" in s.text and items:
                if items[-1] is _P_ITEM:
                    items[-1] = _C_ITEM
                elif items[-1] is not _C_ITEM:
                    items.append(_C_ITEM)
                    slot_of.append(None)
            elif s.text.strip() and items and items[-1] is not _P_ITEM and items[-1] is not _C_ITEM:
                items.append(_P_ITEM)
                slot_of.append(None)
        elif s.kind == "word":
            low = s.text.lower()
            items.append([(normalize_tone(low) if is_vietnamese_syllable(low) else "<x>", 0.0)])
            slot_of.append(None)
        else:
            items.append(_N_ITEM)
            slot_of.append(None)
    return _Prepared(line, sp, "clean", False, [], items, slot_of, fixed=True)


def restore_line(line: str, source: str | None = None, _depth: int = 0) -> RestoredLine:
    """Restore one line on its own. `source="ocr"` says the line is Tesseract output (a scan read
    by vanban): then even an all-valid marked line is checked for wrong marks ('vie'); by default
    (text files, text layers) such a line is clean and returned untouched. `restore_lines` is
    better for running text: it decodes a paragraph's lines together."""
    prep = _prepare(line, source)
    if isinstance(prep, RestoredLine):
        return prep
    if prep.fixed:
        return _unchanged(prep.line, prep.sp, prep.kind)
    _phrase_boost(prep.items, prep.slot_of)
    path, marg = _decode(prep.items, lm_model())
    out = _finish(prep, path, marg)
    if (source is None and _depth < SETTLE_PASSES and out.text != prep.line
            and not has_vietnamese_marks(out.text) and line_kind(out.text) != "clean"):
        again = restore_line(out.text, None, _depth + 1)       # idempotent on its own output
        if again.text != out.text:
            out = replace(again, original=out.original, kind=out.kind)
    return out


def restore_lines(lines: list[str], source: str | None = None) -> list[RestoredLine]:
    """Restore consecutive lines, one RestoredLine per input line. Lines of a paragraph (between
    blank lines) are decoded as one sequence, so a word at a line's end or start is read in
    its real context ('... trước ngày' / '15/11'); clean lines stay untouched and serve as
    context."""
    import gc
    paused = gc.isenabled()
    if paused:
        gc.disable()        # the decoder's tuples hold no cycles: reference counting frees them
    try:
        result = _restore_lines(lines, source)
        if source is None:
            result = _settle(lines, result)
        return result
    finally:
        if paused:
            gc.enable()


SETTLE_PASSES = 2


def _settle(lines: list[str], result: list[RestoredLine]) -> list[RestoredLine]:
    """Restoration is idempotent: a restored line that would not read as clean Vietnamese
    ('BÁNH GIA': only Latin-1 marks, so it still looks like legacy OCR) is restored again, with
    its paragraph's restored text as context, until nothing changes (at most SETTLE_PASSES).
    Only the paragraphs (runs of lines between lines without words) holding such a line are
    decoded again, exactly as a second restore_lines over the whole text would decode them."""
    for _ in range(SETTLE_PASSES):
        texts = [r.text for r in result]
        # a line with a Vietnamese-only letter reads as clean unless a word was kept invalid;
        # such kept words stay kept ('vie' lines change invalid words only when a reading fits)
        unstable = [k for k, (t, l) in enumerate(zip(texts, lines))
                    if t != l and not has_vietnamese_marks(t) and line_kind(t) != "clean"]
        if not unstable:
            break
        # most such lines are stable: check each alone, its neighbours as fixed context, and
        # decode a paragraph again only when one of its lines would change
        unstable = [k for k in unstable if _changes_in_context(texts, k)]
        changed = False
        done_until = -1
        for k in unstable:
            if k <= done_until:
                continue
            a = k
            while a > 0 and _HAS_WORD.search(texts[a - 1]):
                a -= 1
            b = k
            while b + 1 < len(texts) and _HAS_WORD.search(texts[b + 1]):
                b += 1
            done_until = b
            again = _restore_lines(texts[a:b + 1], None)
            for j, r in enumerate(again, start=a):
                if r.text != texts[j]:
                    changed = True
                    result[j] = replace(r, original=result[j].original, kind=result[j].kind)
        if not changed:
            break
    return result


def _changes_in_context(texts: list[str], k: int) -> bool:
    prep = _prepare(texts[k], None)
    if isinstance(prep, RestoredLine) or prep.fixed:
        return False
    items, slot_of, at = [], [], 0
    for j in (k - 1, k, k + 1):
        if 0 <= j < len(texts) and _HAS_WORD.search(texts[j]):
            if j == k:
                at = len(items)
                items += prep.items
                slot_of += prep.slot_of
            else:
                ctx = _context_only(texts[j], spans(texts[j]))
                items += ctx.items
                slot_of += ctx.slot_of
    _phrase_boost(items, slot_of)
    path, marg = _decode(items, lm_model())
    n = len(prep.items)
    prep.items = items[at:at + n]
    return _finish(prep, path[at:at + n], marg[at:at + n]).text != texts[k]


_HAS_WORD = re.compile(rf"[^\W_]|[{re.escape(JUNK)}]")


def _marked_text(lines: list[str]) -> bool:
    """Whether the lines were typed (or OCR'd) by something that writes Vietnamese: most lines with words carry a
    letter only Vietnamese writes."""
    worded = [line for line in lines if _HAS_WORD.search(line)]
    return len(worded) >= 5 and sum(1 for line in worded if has_vietnamese_marks(line)) >= 0.8 * len(worded)


def _restore_lines(lines: list[str], source: str | None) -> list[RestoredLine]:
    marked = _marked_text(lines)
    preps = [_prepare(line, source, marked) for line in lines]
    out: list[RestoredLine | None] = [None] * len(preps)
    block: list[int] = []

    def flush() -> None:
        todo = [k for k in block if not preps[k].fixed]
        if todo:
            items, slot_of, bounds = [], [], []
            for k in block:
                bounds.append((k, len(items)))
                items += preps[k].items
                # another line's pieces: positions of fixed lines never map to a piece
                slot_of += preps[k].slot_of if not preps[k].fixed else [None] * len(preps[k].items)
            _phrase_boost(items, slot_of)
            path, marg = _decode(items, lm_model())
            for k, at in bounds:
                p = preps[k]
                if p.fixed:
                    continue
                n = len(p.items)
                p.items = items[at:at + n]
                out[k] = _finish(p, path[at:at + n], marg[at:at + n])
        for k in block:
            if out[k] is None:
                out[k] = _unchanged(preps[k].line, preps[k].sp, preps[k].kind)
        block.clear()

    for k, p in enumerate(preps):
        if isinstance(p, RestoredLine):
            flush()
            out[k] = p
            continue
        block.append(k)
        if len(block) >= MAX_BLOCK_LINES:
            flush()
    flush()
    return out


MAX_BLOCK_LINES = 40


def _finish(prep: _Prepared, path: list[int], marg: list[list[float]]) -> RestoredLine:
    line, kind, caps, pieces, items, slot_of = (prep.line, prep.kind, prep.caps, prep.pieces,
                                                 prep.items, prep.slot_of)
    learned = learned_pairs()
    out_parts: list[str] = []
    tokens: list[TokenChoice] = []
    chosen_at = {slot_of[i]: i for i in range(len(items)) if slot_of[i] is not None}
    titled = _isolated_capitals(pieces) if kind == "legacy" and not caps else ()
    pos = 0
    confs = []
    for pi, (text, pk) in enumerate(pieces):
        if pk == "word" or pi in chosen_at:
            i = chosen_at[pi]
            cands = items[i]
            form, _ = cands[path[i]]
            tail = ""
            if form.startswith("<"):
                new = ACRONYM_FOLD.get(text, text) if kind != "vie" else text
                if pk == "number":
                    out_parts.append(new)
                    pos += len(new)
                    continue
                alts, conf = [], 1.0
            else:
                pattern = text[:1] + text[1:].lower() if pi in titled else text
                sf = prep.suffix.get(pi)
                if sf is not None and form in sf[2]:
                    pattern, tail = sf[0], sf[1]
                new = apply_case(pattern, form, caps)
                taught = learned.get(new.lower()) if learned else None
                if taught is not None:          # a clerk's approved correction wins
                    new = apply_case(new, taught.lower(), caps) if taught.islower() else taught
                m = marg[i]
                lo = min(m)
                weights = [math.exp(lo - x) for x in m]
                z = sum(weights)
                order = sorted(range(len(cands)), key=m.__getitem__)
                alts = [(text if cands[k][0].startswith("<") else apply_case(text, cands[k][0], caps),
                         round(weights[k] / z, 4)) for k in order[:5]]
                conf = weights[path[i]] / z
            confs.append(conf)
            tokens.append(TokenChoice(original=text, chosen=new, start=pos, end=pos + len(new),
                                      confidence=round(conf, 4), alternatives=alts))
            out_parts.append(new)
            pos += len(new)
            if tail:
                out_parts.append(tail)
                pos += len(tail)
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
    return RestoredLine(original=prep.raw or line, text=text_out, kind=kind, confidence=round(conf, 4), tokens=tokens)


def _isolated_capitals(pieces: list) -> set[int]:
    """Legacy OCR reads a lower-case letter under a mark as a capital ('SO Khoa hoc', 'KY nang',
    'Van hoa - XA hoi'): a short all-capital word between lower-case words is a title-case word."""
    words = [(pi, t) for pi, (t, k) in enumerate(pieces) if k == "word"]
    out = set()
    for n, (pi, t) in enumerate(words):
        letters = [c for c in t if c.isalpha()]
        if not 2 <= len(letters) <= 3 or not all(c.isupper() for c in letters):
            continue
        near = [words[m][1] for m in (n - 1, n + 1) if 0 <= m < len(words)]
        if near and all(any(c.islower() for c in w) for w in near):
            out.add(pi)
    return out


def _unchanged(line: str, sp, kind: str) -> RestoredLine:
    tokens = [TokenChoice(original=s.text, chosen=s.text, start=s.start, end=s.end, confidence=1.0)
              for s in sp if s.kind == "word"]
    return RestoredLine(original=line, text=line, kind=kind, confidence=1.0, tokens=tokens)


def restore_text(text: str) -> str:
    """Restore a text: as many lines out as in, paragraphs decoded together."""
    return "\n".join(r.text for r in restore_lines(text.split("\n")))


def restore_pages(pages: list[PageText]) -> list[PageText]:
    out = []
    for page in pages:
        sources = [line.ocr_text if line.ocr_text is not None else line.text for line in page.lines]
        restored = restore_lines(sources, "ocr" if page.method == "ocr" else None)
        lines = [replace(line, text=r.text, ocr_text=src, restoration_conf=r.confidence, tokens=r.tokens)
                 for line, src, r in zip(page.lines, sources, restored)]
        out.append(replace(page, lines=lines))
    return out
