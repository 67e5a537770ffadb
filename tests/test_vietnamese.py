"""Syllable inventory, tone placement, mark stripping and the triage share (extractors/vietnamese.py)."""
from __future__ import annotations

from extractors.vietnamese import (apply_case, has_vietnamese_marks, inventory, is_vietnamese_syllable,
                                   normalize_tone, place_tone, rule_inventory, skeleton, split_tone,
                                   strip_marks, vietnamese_share)


def test_inventory_is_rule_built_and_covers_hunspell():
    rules = rule_inventory()
    assert 15000 < len(rules) < 20000
    for syl in ("người", "quyết", "định", "nghiêng", "khuỷu", "ngoài", "giữ", "thuở", "xoáy", "uyên"):
        assert syl in rules, syl
    # stop codas only with sắc / nặng
    assert "bàt" not in rules and "bát" in rules and "bạt" in rules
    assert len(inventory()) >= len(rules)


def test_tone_placement_is_modern_and_old_forms_are_valid():
    assert normalize_tone("hoá") == "hóa"
    assert normalize_tone("Uỷ") == "Ủy"
    assert normalize_tone("khoẻ") == "khỏe"
    assert normalize_tone("HOÁ") == "HÓA"
    assert normalize_tone("hoàn") == "hoàn"
    assert place_tone("quy", 1) == "quý" and place_tone("gia", 2) == "già" and place_tone("hoan", 2) == "hoàn"
    assert split_tone("quyết") == ("quyêt", 1)
    assert is_vietnamese_syllable("hoá") and is_vietnamese_syllable("hóa")
    assert not is_vietnamese_syllable("quyét") and not is_vietnamese_syllable("ctia")


def test_strip_marks_and_skeleton():
    assert strip_marks("Đổi mới, Ủy ban") == "Doi moi, Uy ban"
    assert skeleton("Quyết") == "quyet"


def test_case_follows_the_input():
    assert apply_case("Quyét", "quyết") == "Quyết"
    assert apply_case("QUYET", "quyết") == "QUYẾT"
    assert apply_case("cAu", "cầu") == "cầu"
    assert apply_case("B6", "bộ") == "Bộ"


def test_vietnamese_share_tells_legacy_ocr_from_real_text():
    real = "Căn cứ kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp của UBND phường"
    legacy = "Can ctr két qua danh gia Bo chi s6 phuc vu nguoi dan, doanh nghiép ciia UBND phuong"
    assert vietnamese_share(real) == 1.0
    assert vietnamese_share(legacy) < 0.8
    assert has_vietnamese_marks(real) and not has_vietnamese_marks(legacy)
    assert vietnamese_share("") == 0.0
