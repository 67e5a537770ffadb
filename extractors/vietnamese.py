"""Vietnamese syllables: structure, tone marks, mark stripping, skeletons, validity.

A syllable is onset + rhyme + tone. The inventory is generated from spelling
rules (onsets x rhymes x the six tones, stop codas only with sắc/nặng) and
united with the system's hunspell-vi syllable list (/usr/share/hunspell/vi_VN.dic),
whose old tone placement ('hoá', 'uỷ') is normalised to the modern placement the
documents use ('hóa', 'ủy').

Reusable helpers (the OCR triage and the restorer use them):
    nfc(text)                      Unicode NFC
    strip_marks(text)              'Đổi mới' -> 'Doi moi'
    skeleton(token)                lower-case base letters: 'Quyết' -> 'quyet'
    split_tone(syllable)           'quyết' -> ('quyêt', 1)
    place_tone(base, tone)         ('hoa', 2) -> 'hỏa'  (modern placement)
    normalize_tone(token)          'hoá' -> 'hóa', 'Uỷ' -> 'Ủy' (valid syllables only)
    is_vietnamese_syllable(token)  valid syllable (any case, marked or not)
    vietnamese_share(text)         share of word tokens that are valid syllables
    has_vietnamese_marks(text)     contains letters only Vietnamese uses (ư ơ ă đ ạ ...)
    inventory()                    frozenset of all valid syllables (lower case, modern placement)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

HUNSPELL_VI = Path("/usr/share/hunspell/vi_VN.dic")

# tones: 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng
TONE_MARKS = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
TONE_COMBINING = {v: k for k, v in TONE_MARKS.items()}
VOWELS = set("aăâeêioôơuưy")
MODIFIED_VOWELS = set("ăâêôơư")
STOP_CODAS = ("c", "ch", "p", "t")

ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
          "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]

# Rhymes without tone (glide included), the standard inventory.
RHYMES = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
yêm yên yêng yêt yêu
o oc oi om on ong op ot ooc oong
oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt
oe oen oeo oet
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut
ua uân uâng uât uây
uê uêch uênh
uy uych uynh uyp uyt uyu uya uyên uyêt
uôc uôi uôm uôn uông uôt
uơ
ư ưa ưc ưi ưm ưn ưng ưt ưu
ươc ươi ươm ươn ương ươp ươt ươu
y
""".split()

_TOKEN = re.compile(r"\w+", re.UNICODE)
_VN_ONLY = set("ăâđơưĂÂĐƠƯ")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=65536)
def strip_marks(text: str) -> str:
    """Remove every diacritic (tone and vowel marks) and map đ/Đ to d/D; keeps case."""
    decomposed = unicodedata.normalize("NFD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("đ", "d").replace("Đ", "D")


@lru_cache(maxsize=131072)
def skeleton(token: str) -> str:
    return strip_marks(token).lower()


@lru_cache(maxsize=65536)
def split_tone(syllable: str) -> tuple[str, int]:
    """'quyết' -> ('quyêt', 1). Vowel marks (ă â ê ô ơ ư) stay in the base."""
    tone = 0
    out = []
    for c in unicodedata.normalize("NFD", syllable):
        t = TONE_MARKS.get(c)
        if t is not None:
            tone = t
        else:
            out.append(c)
    return unicodedata.normalize("NFC", "".join(out)), tone


def _tone_index(base: str, old_style: bool = False) -> int:
    """Index of the letter that carries the tone in a lower-case toneless syllable."""
    n = len(base)
    start = 0
    if base.startswith("qu") and n > 2:
        start = 2
    elif base.startswith("gi") and n > 2 and base[2] in VOWELS:
        start = 2
    vidx = [i for i in range(start, n) if base[i] in VOWELS]
    if not vidx:
        vidx = [i for i in range(n) if base[i] in VOWELS]
        if not vidx:
            return -1
    mods = [i for i in vidx if base[i] in MODIFIED_VOWELS]
    if mods:
        return mods[-1]
    if len(vidx) == 1:
        return vidx[0]
    if vidx[-1] < n - 1:          # a coda follows: hoàn, khoét, huýt
        return vidx[-1]
    if len(vidx) >= 3:            # oai, oay, uya, uyu, oeo
        return vidx[1]
    if old_style and base[vidx[0]:vidx[0] + 2] in ("oa", "oe", "uy"):
        return vidx[1]            # hoá, khoẻ, uỷ
    return vidx[0]                # hóa, khỏe, ủy, mía, của, hai


def place_tone(base: str, tone: int, old_style: bool = False) -> str:
    """Put `tone` on the right letter of the lower-case toneless `base` (modern placement)."""
    if tone == 0:
        return base
    i = _tone_index(base, old_style)
    if i < 0:
        return base
    return unicodedata.normalize("NFC", base[:i] + base[i] + TONE_COMBINING[tone] + base[i + 1:])


def _split_onset(base: str) -> tuple[str, str]:
    for k in (3, 2, 1):
        if len(base) > k and base[:k] in _ONSET_SET:
            onset, rhyme = base[:k], base[k:]
            if onset == "gi" and rhyme[0] not in VOWELS:
                return "g", base[1:]          # gìn = g + in
            if onset == "qu" and rhyme[0] in ("u",):
                continue
            return onset, rhyme
    return "", base


_ONSET_SET = set(o for o in ONSETS if o)
_RHYME_SET = set(RHYMES)


def _onset_rhyme_ok(onset: str, rhyme: str) -> bool:
    first = rhyme[0]
    if onset == "k" and first not in "eêiy":
        return False
    if onset == "c" and first in "eêiy":
        return False
    if onset in ("gh", "ngh") and first not in "eêi":
        return False
    if onset in ("g", "ng") and first in "eê":
        return False
    if onset == "g" and first == "i" and not rhyme.startswith("i"):
        return False
    if onset == "qu" and (first in "uo"):
        return False
    if onset and onset != "qu" and rhyme.startswith("yê"):
        return False                       # tiên, not tyên (but uyên is its own rhyme)
    if not onset and rhyme.startswith("iê"):
        return False                       # yên, not iên
    return True


@lru_cache(maxsize=1)
def _rule_bases() -> frozenset[str]:
    """Toneless bases allowed by the onset x rhyme rules."""
    out = set()
    for onset in ONSETS:
        for rhyme in RHYMES:
            if onset and not _onset_rhyme_ok(onset, rhyme):
                continue
            if not onset and not _onset_rhyme_ok("", rhyme):
                continue
            if onset == "qu":
                # qu + a / ă / â / e / ê / y / yê / ơ : the u is the glide
                if rhyme[0] not in "aăâeêyơiô":
                    continue
            out.add(onset + rhyme)
    # gi + rhyme starting with a vowel other than i: gia, giữ, giêng; gi alone
    out.add("gi")
    for rhyme in RHYMES:
        if rhyme[0] in "aăâeêoôơuư" and not rhyme.startswith(("oa", "oe", "oă", "ua", "uâ", "uê", "uy", "uô", "uơ")):
            out.add("gi" + rhyme)
        if rhyme.startswith("iê"):
            out.add("g" + rhyme)          # giêng = gi + iêng
    return frozenset(out)


def _tone_ok(base: str, tone: int) -> bool:
    if base.endswith(STOP_CODAS) and tone not in (1, 5):
        return False
    return True


@lru_cache(maxsize=1)
def _hunspell_syllables() -> frozenset[str]:
    try:
        lines = HUNSPELL_VI.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return frozenset()
    out = set()
    for line in lines:
        word = nfc(line.split("/")[0].strip())
        if word and " " not in word and word.isalpha():
            out.add(word)
    return frozenset(out)


@lru_cache(maxsize=1)
def rule_inventory() -> frozenset[str]:
    """Syllables from onset x rhyme x tone rules (lower case, modern tone placement)."""
    out = set()
    for base in _rule_bases():
        for tone in range(6):
            if _tone_ok(base, tone):
                out.add(place_tone(base, tone))
    return frozenset(out)


@lru_cache(maxsize=1)
def inventory() -> frozenset[str]:
    """All valid syllables: the rule inventory plus hunspell-vi's lower-case syllables,
    normalised to modern tone placement."""
    out = set(rule_inventory())
    for word in _hunspell_syllables():
        if word != word.lower():
            continue
        base, tone = split_tone(word)
        if base and all(c.isalpha() for c in base) and any(c in VOWELS for c in base):
            out.add(place_tone(base, tone))
    return frozenset(out)


@lru_cache(maxsize=1)
def _valid_lower() -> frozenset[str]:
    """Valid syllables in either tone placement (lower case)."""
    out = set(inventory())
    for syl in inventory():
        base, tone = split_tone(syl)
        if tone:
            out.add(place_tone(base, tone, old_style=True))
    return frozenset(out)


@lru_cache(maxsize=65536)
def normalize_tone(token: str) -> str:
    """Old placement to modern ('hoá' -> 'hóa', 'Uỷ' -> 'Ủy'); other tokens unchanged."""
    lower = token.lower()
    if lower not in _valid_lower():
        return token
    base, tone = split_tone(lower)
    modern = place_tone(base, tone)
    if modern == lower:
        return token
    return apply_case(token, modern)


@lru_cache(maxsize=65536)
def apply_case(pattern: str, word: str, upper_line: bool = False) -> str:
    """Give `word` the case of `pattern`: lower, UPPER, or Title (OCR junk and digits in the
    pattern are ignored; a lower-case first letter means lower case: 'cAu' -> 'cầu')."""
    letters = [c for c in pattern if c.isalpha()]
    if not letters or letters[0].islower():
        return word
    if upper_line:
        return word.upper()
    rest = letters[1:]
    upper = sum(c.isupper() for c in rest)
    if rest and upper * 2 >= len(rest):
        return word.upper()
    return word[:1].upper() + word[1:]


def is_vietnamese_syllable(token: str) -> bool:
    """Valid Vietnamese syllable, in any case and either tone placement ('hoá' and 'hóa')."""
    return nfc(token).lower() in _valid_lower()


def has_vietnamese_marks(text: str) -> bool:
    """True when the text has a letter that only Vietnamese writes (ă â đ ơ ư, or a vowel
    with a dot below / hook above / tilde, or a marked ê ô), i.e. it was typed or OCR'd
    by something that knows Vietnamese."""
    for c in text:
        if c in _VN_ONLY:
            return True
        if ord(c) > 0x1E00 and ord(c) < 0x1F00:
            return True
    return False


def vietnamese_share(text: str) -> float:
    """Share of word tokens that are valid Vietnamese syllables (marked or not).

    Numbers, codes with digits and acronyms (upper-case tokens that are not syllables) are
    skipped. 0.0 when nothing counts."""
    total = valid = 0
    for token in _TOKEN.findall(nfc(text)):
        if any(c.isdigit() for c in token) or "_" in token:
            continue
        lower = token.lower()
        base = skeleton(lower)
        if not any(c in "aeiouy" for c in base):
            continue
        ok = lower in _valid_lower()
        if token.isupper() and not ok:
            continue                     # acronyms: UBND, TTHC, HĐND
        total += 1
        valid += ok
    return valid / total if total else 0.0
