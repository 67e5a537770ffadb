"""Split a line into the tokens the restorer may change and the text it must keep.

    spans(line) -> list[Span]   every character of the line belongs to exactly one span
    word_tokens(line) -> list[str]

Span kinds: 'word' (a syllable, maybe OCR-damaged: 's6', 'B¢', 'ctia'), 'number'
(digits, '19', '2025'), 'code' (document codes '766/QĐ-TTg', '02/CT-UBND', 'KT-XH'),
'email', 'url', 'sep' (spaces, tabs, punctuation, markdown). Only 'word' spans are
restored; codes get a small repair of their OCR'd parts ('QP-TTg' -> 'QĐ-TTg').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

JUNK = "¢€£¥$§"
# what legacy OCR writes for marks inside a word ('phu@ng' phường, 'NHU’' NHƯ, 'ci?' cứ, 'x&' xã,
# 'THO!' THỜI, 'NO|' NỘI): part of the word in a legacy line, punctuation anywhere else
LEGACY_JUNK = "’'‘°@&|!?"
_WORD = rf"(?:[^\W_]|[{JUNK}])+(?:'(?:[^\W_]|[{JUNK}])+)*"
_WORD_LEGACY = rf"(?:[^\W_]|[{JUNK}])+(?:[{LEGACY_JUNK}]{{1,2}}(?:[^\W_]|[{JUNK}])+)*[{LEGACY_JUNK}]?"
_HEAD = (r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
         r"|(?P<url>(?:https?://|www\.)[^\s,;)]+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|com|org|net|edu)(?:\.vn)?\b)"
         r"|(?P<code>(?:\b\d+[a-z]?/)*(?:\d{4}/)?\b[A-ZĐ][A-Za-zĐđ§]*(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]*)+"
         r"|\b\d{1,5}-[A-ZĐ]{1,5}/[A-ZĐ][A-Za-zĐđ]*(?![\w/])"       # a Party body's '08-NQ/ĐU', '57-NQ/TW'
         r"|" + r"\b[A-ZĐ][A-Za-z]{0,3}\d+(?:[.\-]\d+){2,}\b"    # a file's code: 'H26.57-261215-0042'
         r"|(?<!\w)[Đđ]/c(?![\w/]))")          # ABBREVIATIONS: 'Đ/c' (đồng chí) before a name, not a word
_PATTERN = re.compile(_HEAD + r"|(?P<word>" + _WORD + ")", re.UNICODE)
_PATTERN_LEGACY = re.compile(_HEAD + r"|(?P<word>" + _WORD_LEGACY + ")", re.UNICODE)
_UPPER_RUN = re.compile(r"[A-ZĐ]")

# OCR'd parts of document codes -> their real form (codes only: never applied to words)
CODE_PARTS = {"QD": "QĐ", "QP": "QĐ", "QÐ": "QĐ", "ND": "NĐ", "NP": "NĐ", "HDND": "HĐND", "HPND": "HĐND",
              "BCD": "BCĐ", "BCP": "BCĐ", "DU": "ĐU", "TWD": "TWĐ", "DT": "ĐT"}


@dataclass
class Span:
    start: int
    end: int
    text: str
    kind: str


ABBREVIATIONS = frozenset({"Đ/c", "đ/c"})


FILE_CODE = re.compile(r"[A-ZĐ][A-Za-z]{0,3}\d+(?:[.\-]\d+){2,}")


def _is_code(text: str) -> bool:
    if text in ABBREVIATIONS or FILE_CODE.fullmatch(text):
        return True
    parts = re.split(r"[/-]", text)
    letters = [p for p in parts if p and not p.isdigit()]
    if not letters:
        return False
    upper = len(_UPPER_RUN.findall(text))
    return upper >= 2 and all(p[:1].isupper() or p[:1].isdigit() for p in letters)


NUMBER_JOINS = frozenset({",", ".", "/"})


def inside_number(kinds_texts: list, k: int) -> bool:
    """Whether item k of [(text, kind)] is a separator inside one number ('94,72', '80/114',
    '1.246', '12/2025') or the number after it: the language model reads such a run as one <n>."""
    text, kind = kinds_texts[k]
    if kind == "sep":
        return (text in NUMBER_JOINS and 0 < k < len(kinds_texts) - 1
                and kinds_texts[k - 1][1] == "number" and kinds_texts[k + 1][1] == "number")
    return kind == "number" and k >= 2 and inside_number(kinds_texts, k - 1)


def spans(line: str, legacy: bool = False) -> list[Span]:
    """`legacy=True`: the line is Latin-only OCR, whose words keep the junk OCR wrote for marks."""
    out: list[Span] = []
    pos = 0
    for m in (_PATTERN_LEGACY if legacy else _PATTERN).finditer(line):
        kind = m.lastgroup
        text = m.group()
        if kind == "code" and not _is_code(text):
            # not a code after all ('Hà-Nội' style): split it back into words
            for sub in re.finditer(_WORD, text):
                s, e = m.start() + sub.start(), m.start() + sub.end()
                if s > pos:
                    out.append(Span(pos, s, line[pos:s], "sep"))
                out.append(Span(s, e, line[s:e], _word_kind(line[s:e])))
                pos = e
            continue
        if m.start() > pos:
            out.append(Span(pos, m.start(), line[pos:m.start()], "sep"))
        if kind == "word":
            kind = _word_kind(text)
        out.append(Span(m.start(), m.end(), text, kind))
        pos = m.end()
    if pos < len(line):
        out.append(Span(pos, len(line), line[pos:], "sep"))
    return out


def _word_kind(text: str) -> str:
    if text.isdigit():
        return "number"
    return "word"


def repair_code(code: str) -> str:
    """'766/QP-TTg' -> '766/QĐ-TTg' (known OCR'd code parts only)."""
    return re.sub(r"[A-Za-zĐđ§]+", lambda m: CODE_PARTS.get(m.group(), m.group()), code)


def word_tokens(line: str, legacy: bool = False) -> list[str]:
    return [s.text for s in spans(line, legacy) if s.kind == "word"]
