"""The editable fields of each record kind: Vietnamese labels and parsing of what a clerk typed."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from store.models import KIND_FIELDS

KIND_NAMES = {"scores": "Điểm số", "ranks": "Xếp hạng", "tasks": "Nhiệm vụ", "metrics": "Chỉ tiêu"}
STATUS_NAMES = {"auto": "Tự động", "needs_review": "Cần rà soát", "approved": "Đã duyệt",
                "corrected": "Đã sửa"}
DOCUMENT_STATUS_NAMES = {"loaded": "Đã nạp", "needs_review": "Cần rà soát", "reviewed": "Đã rà soát",
                         "copy": "Bản sao (tệp khác của văn bản đã có)"}
FIELD_NAMES = {
    "entity": "Đơn vị", "assignee": "Đơn vị thực hiện", "index": "Bộ chỉ số", "criterion": "Tiêu chí",
    "value": "Giá trị", "max": "Tối đa", "rank": "Hạng", "out_of": "Trên tổng số", "period": "Kỳ",
    "task": "Nhiệm vụ", "deadline": "Thời hạn", "deadline_text": "Lời văn thời hạn",
    "deadline_kind": "Loại thời hạn", "name": "Tên chỉ tiêu", "unit": "Đơn vị tính", "status": "Trạng thái",
}
DEADLINE_KINDS = {"by": "trước/chậm nhất", "exact": "đúng ngày", "month": "trong tháng",
                  "recurring": "định kỳ", "relative": "tương đối", "none": "không có"}
REASON_NAMES = {
    "low_confidence": "Độ tin cậy thấp", "low-confidence": "Độ tin cậy thấp",
    "value_exceeds_max": "Giá trị vượt tối đa", "rank_exceeds_out_of": "Hạng vượt tổng số",
    "no_entity": "Thiếu đơn vị", "no_assignee": "Thiếu đơn vị thực hiện", "no_period": "Thiếu kỳ",
    "no_deadline": "Thiếu thời hạn", "restored": "Từ đã khôi phục dấu", "ocr": "Lỗi OCR nghi ngờ",
    "unit_name": "Tên đơn vị nghi sai", "unknown_unit": "Đơn vị lạ", "check_failed": "Kiểm tra không đạt",
    "sum_mismatch": "Tổng không khớp", "out_of_range": "Giá trị ngoài khoảng",
    "unknown_assignee": "Đơn vị thực hiện lạ", "unknown_entity": "Đơn vị lạ", "unknown_criterion": "Tiêu chí lạ",
    "no_value": "Thiếu giá trị", "ambiguous": "Nhiều cách hiểu", "low_ocr_confidence": "OCR kém tin cậy",
    "low_restoration_confidence": "Khôi phục dấu kém tin cậy", "bad_date": "Ngày không hợp lệ",
    # the codes extractors/checks.py writes
    "value_above_max": "Giá trị vượt tối đa", "rank_above_out_of": "Hạng vượt tổng số",
    "rank_not_positive": "Hạng không hợp lệ", "deadline_before_issue": "Thời hạn trước ngày ban hành",
}
# the columns of the records table (the edit form shows every field of KIND_FIELDS)
DISPLAY_FIELDS = {"scores": ("entity", "criterion", "value", "max", "period"),
                  "ranks": ("entity", "criterion", "rank", "out_of", "period"),
                  "tasks": ("assignee", "task", "deadline"),
                  "metrics": ("name", "value", "unit", "period")}
NUMBER_FIELDS = {"value", "max"}
INTEGER_FIELDS = {"rank", "out_of"}
REQUIRED = {"criterion", "value", "rank", "task", "name"}
LONG_FIELDS = {"task", "deadline_text"}

_PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$")


class FieldError(ValueError):
    """A Vietnamese message for the clerk about one field."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def editable_fields(kind: str) -> tuple[str, ...]:
    return KIND_FIELDS.get(kind, ())


def reason_code(reason: str) -> str:
    """'unknown_assignee: đơn vị … không có trong danh mục' -> 'unknown_assignee'."""
    return reason.split(":", 1)[0].strip()


def reason_name(reason: str) -> str:
    """A reason in Vietnamese: its code translated, its detail (after ':') kept."""
    code, _, detail = reason.partition(":")
    code = code.strip()
    name = REASON_NAMES.get(code, code.replace("_", " "))
    return f"{name}: {detail.strip()}" if detail.strip() else name


def parse_number(text: str) -> float:
    """'19,93' or '19.93' -> 19.93; '1.234,5' -> 1234.5."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if "," in raw and "." in raw:
        raw = raw.replace(".", "").replace(",", ".")
    else:
        raw = raw.replace(",", ".")
    return float(raw)


def parse_field(field: str, text: str | None) -> Any:
    """The value to store for what the clerk typed; raises FieldError with a Vietnamese message."""
    text = unicodedata.normalize("NFC", (text or "")).strip()
    text = re.sub(r"\s+", " ", text)
    label = FIELD_NAMES.get(field, field)
    if not text:
        if field in REQUIRED:
            raise FieldError(field, f"«{label}» không được để trống.")
        return None
    if field in NUMBER_FIELDS:
        try:
            value = parse_number(text)
        except ValueError:
            raise FieldError(field, f"«{label}» phải là một số (ví dụ 19,93).")
        if value != value or value in (float("inf"), float("-inf")):
            raise FieldError(field, f"«{label}» phải là một số (ví dụ 19,93).")
        return value
    if field in INTEGER_FIELDS:
        if not re.fullmatch(r"\d{1,7}", text):
            raise FieldError(field, f"«{label}» phải là số nguyên dương.")
        value = int(text)
        if value < 1:
            raise FieldError(field, f"«{label}» phải lớn hơn 0.")
        return value
    if field == "period":
        if not _PERIOD.match(text) or (len(text) == 10 and not _valid_date(text)):
            raise FieldError(field, f"«{label}» có dạng yyyy, yyyy-mm hoặc yyyy-mm-dd.")
        return text
    if field == "deadline":
        if not _valid_date(text):
            raise FieldError(field, f"«{label}» là ngày dạng yyyy-mm-dd (ví dụ 2025-12-31).")
        return text
    if field == "deadline_kind":
        if text not in DEADLINE_KINDS:
            raise FieldError(field, f"«{label}» không hợp lệ.")
        return text
    if len(text) > 2000:
        raise FieldError(field, f"«{label}» quá dài.")
    return text


def _valid_date(text: str) -> bool:
    try:
        return len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def show(value: Any) -> str:
    """A stored value as a clerk reads it (decimal comma)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.4f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def check_record(kind: str, values: dict) -> None:
    """Cross-field checks after parsing."""
    if kind == "scores" and values.get("max") is not None and values.get("value") is not None:
        if values["value"] > values["max"]:
            raise FieldError("value", "«Giá trị» lớn hơn «Tối đa».")
    if kind == "ranks" and values.get("out_of") is not None and values.get("rank") is not None:
        if values["rank"] > values["out_of"]:
            raise FieldError("rank", "«Hạng» lớn hơn «Trên tổng số».")
