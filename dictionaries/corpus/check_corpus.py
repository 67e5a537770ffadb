"""Check the hand-written Vietnamese corpus in dictionaries/corpus/*.txt.

Verifies that every file is UTF-8 and Unicode NFC, counts syllables (letter tokens
outside '#' header lines), and reports tokens that are not plausible Vietnamese
syllables and old-style tone placements ("hoá", "thuỷ", "khoẻ" instead of
"hóa", "thủy", "khỏe"). The syllable check is rough: onset + vowel group + coda,
at most one tone mark, letters of the Vietnamese alphabet only; tokens with two
or more capitals (UBND, TTHC, QĐ, TTg) and single letters ("V/v", list markers
"b)") are counted as abbreviations, not errors.

Usage: .venv/bin/python dictionaries/corpus/check_corpus.py [DIR]
Exit status 1 if any problem was found.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}  # grave acute hook tilde dot
ONSETS = ("ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
VOWELS = "aăâeêioôơuưy"
NUCLEUS = re.compile(f"^[{VOWELS}]{{1,3}}$")
OLD_TONE = re.compile(r"(?<![qQ])(o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])$", re.IGNORECASE)
# Foreign words and units that real documents of this genre use ("PAR Index", "10 km").
ALLOWED_FOREIGN = {"Index", "km", "kg"}
TOKEN = re.compile(r"[^\W\d_]+")


def strip_tones(word: str) -> tuple[str, int]:
    """Return (word without tone marks, NFC) and the number of tone marks removed."""
    decomposed = unicodedata.normalize("NFD", word)
    kept = [ch for ch in decomposed if ch not in TONES]
    return unicodedata.normalize("NFC", "".join(kept)), len(decomposed) - len(kept)


def is_syllable(token: str) -> bool:
    word = token.lower()
    if len(word) > 7:
        return False
    base, tones = strip_tones(word)
    if tones > 1 or any(ch not in "abcdđeghiklmnopqrstuvxy" + "ăâêôơư" for ch in base):
        return False
    for onset in ONSETS:
        if not base.startswith(onset):
            continue
        rest = base[len(onset):]
        if onset == "gi" and (rest == "" or rest[0] not in VOWELS):
            rest = "i" + rest  # "gì", "gìn": gi + i
        for coda in CODAS:
            if rest.endswith(coda):
                nucleus = rest[: len(rest) - len(coda)] if coda else rest
                if NUCLEUS.match(nucleus):
                    return True
    return False


def is_acronym(token: str) -> bool:
    return sum(ch.isupper() for ch in token) >= 2


def check_file(path: Path) -> tuple[int, int, list[str]]:
    problems: list[str] = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return 0, 0, [f"{path.name}: không phải UTF-8 ({exc})"]
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{path.name}: không ở dạng Unicode NFC")
    syllables = acronyms = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            continue
        for token in TOKEN.findall(line):
            if OLD_TONE.search(token):
                problems.append(f"{path.name}:{lineno}: bỏ dấu kiểu cũ: {token}")
            if is_syllable(token):
                syllables += 1
            elif is_acronym(token) or len(token) == 1 or token in ALLOWED_FOREIGN:  # UBND, QĐ; "V/v", "b)"
                acronyms += 1
            else:
                problems.append(f"{path.name}:{lineno}: không phải âm tiết tiếng Việt: {token}")
    return syllables, acronyms, problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    files = sorted(folder.glob("*.txt"))
    total_syl = total_acr = 0
    all_problems: list[str] = []
    for path in files:
        syl, acr, problems = check_file(path)
        total_syl += syl
        total_acr += acr
        all_problems += problems
        print(f"{path.name}\t{syl} âm tiết\t{acr} viết tắt\t{len(problems)} lỗi")
    for problem in all_problems:
        print(problem)
    print(f"TỔNG: {len(files)} tệp, {total_syl} âm tiết, {total_acr} viết tắt, "
          f"{len(all_problems)} lỗi")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
