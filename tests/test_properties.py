"""Property tests (Hypothesis) on the text stages: restoration and extraction.

Restoration (extractors/diacritics.py) never raises, keeps the line count, is
idempotent on its own output, never changes a digit nor a well-formed document
code (766/QĐ-TTg); the extractor never raises on arbitrary Unicode. Examples are
derandomised (the same in CI every run) and few, to keep this file fast.
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractors.diacritics import restore_line, restore_text
from vanban.model import Line, PageText

FAST = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])

LOWER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
MARKED = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
OCR_DAMAGE = "01345@#|!~^`'\"*"
vn_letters = LOWER + LOWER.upper() + MARKED + MARKED.upper() + "fjwz"
vn_char = st.sampled_from(list(vn_letters + "0123456789" + " " * 6 + ".,:;/-()%" + OCR_DAMAGE))
vn_line = st.text(alphabet=vn_char, max_size=60)
vn_text = st.lists(vn_line, max_size=6).map("\n".join)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)

TYPES = ["QĐ", "CT", "TB", "BC", "KH", "TTr", "NQ", "CV", "HD", "KL", "TT", "NĐ"]
ISSUERS = ["TTg", "UBND", "BNV", "VPCP", "SNV", "BTC", "HĐND", "CP", "BCĐ", "UBND-VX"]
codes = st.builds(lambda n, t, i: f"{n}/{t}-{i}", st.integers(1, 9999), st.sampled_from(TYPES),
                  st.sampled_from(ISSUERS))
words = st.lists(st.sampled_from(["quyết định", "số", "ngày", "của", "Thủ tướng", "Chinh phu", "ve viec",
                                  "ban hành", "bao cao", "kết quả", "theo", "căn cứ", "tại", "văn bản"]),
                 max_size=5).map(" ".join)

DIGITS = re.compile(r"[0-9]")
NUMBERS = re.compile(r"(?<![^\W\d_])[0-9]+(?![^\W\d_])")     # digit runs with no letter on either side


def _lines(text: str) -> int:
    return text.count("\n") + 1


@FAST
@given(any_text)
@example("\u2028\r\x0b\x1c\x85")            # other line breaks: restoration splits on "\n" only
@example("0" * 200)
def test_restoration_never_raises_and_keeps_lines_on_any_unicode(text):
    out = restore_text(text)
    assert isinstance(out, str)
    assert _lines(out) == _lines(text)


@FAST
@given(vn_text)
def test_restoration_keeps_the_line_count(text):
    assert _lines(restore_text(text)) == _lines(text)


@FAST
@given(vn_text)
def test_restoration_is_idempotent_on_its_own_output(text):
    once = restore_text(text)
    assert restore_text(once) == once


@FAST
@given(vn_text)
@example("Ngay 15 thang 10 nam 2025, dat 98,6% ke hoach")
def test_restoration_never_changes_a_number(text):
    """Numbers (digit runs not touching a letter) come out as they went in, in the same order."""
    out = restore_text(text)
    assert NUMBERS.findall(out) == NUMBERS.findall(unicodedata.normalize("NFC", text))


# A digit *inside a word* is not protected, by design: legacy OCR writes letters as digits
# ("s6" for "số", "d0n" for "đơn", "ctia" / "1l"), and restoring them is the restorer's job.
# Numbers (digits not touching a letter) and document codes are protected: the tests around this.


@FAST
@given(words, codes, words)
@example("Quyet dinh so", "766/QĐ-TTg", "cua Thu tuong")
def test_restoration_never_changes_a_document_code(before, code, after):
    line = f"{before} {code} {after}".strip()
    assert code in restore_line(line).text
    assert code in restore_line(line, "ocr").text


# --------------------------------------------------------------------------- the extractor
@pytest.fixture(scope="module")
def extract():
    from extractors.records import extract_records
    return extract_records


def _pages(text: str, method: str = "text") -> list[PageText]:
    return [PageText(number=n, method=method, reason="test",
                     lines=[Line(text=line, ocr_text=line) for line in page.split("\n")])
            for n, page in enumerate(text.split("\f"), 1)]


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(any_text, vn_text, st.lists(st.one_of(vn_line, codes, words), max_size=12).map("\n".join)))
@example("")
@example("\f\f\n\n")
@example("Số: 766/QĐ-TTg\nHà Nội, ngày 31 tháng 2 năm 99999\nĐiểm: 100,5/-0\n\u0000\ufeff\u202e")
def test_extractor_never_raises_on_arbitrary_unicode(extract, text):
    from extractors.diacritics import restore_pages
    records = extract(_pages(text))
    assert records.to_contract() is not None
    records = extract(restore_pages(_pages(text, "ocr")))
    assert records.to_contract() is not None
