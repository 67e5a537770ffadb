"""Plain data passed between vanban's stages.

Every stage is a function from these dataclasses to these dataclasses, so each
can be tested without Prefect, a database or a PDF:

    intake      path            -> SourceFile
    pages       SourceFile      -> list[PageText]        (text layer or OCR)
    signatures  SourceFile      -> list[Signature]
    restore     list[PageText]  -> list[PageText]        (Line.text restored, Line.ocr_text kept)
    extract     ExtractionInput -> DocumentRecords       (the record contract)

Text is Unicode NFC everywhere; dates are ISO strings; numbers are floats/ints.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in page pixels


# --------------------------------------------------------------------------- intake
@dataclass
class SourceFile:
    """A file as received: never modified by vanban."""
    path: str
    name: str                 # file name as ingested
    doc_id: str               # sha256 hex of the bytes
    kind: str                 # "pdf" | "image" | "text"
    pages: int
    size: int


# --------------------------------------------------------------------------- page text
@dataclass
class Word:
    text: str
    conf: float = 1.0         # 0..1 (Tesseract's 0..100 divided by 100)
    box: Optional[Box] = None


@dataclass
class TokenChoice:
    """What the restorer did with one token of a line."""
    original: str
    chosen: str
    start: int                # char offsets of `chosen` in the restored line
    end: int
    confidence: float
    alternatives: list[tuple[str, float]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.original != self.chosen


@dataclass
class Line:
    text: str                               # current text (restored once restoration ran)
    ocr_text: Optional[str] = None          # text as read (OCR / text layer), before restoration
    words: list[Word] = field(default_factory=list)
    box: Optional[Box] = None
    region: str = "body"                    # header_left | header_right | body | table | recipients
                                            # | signature | signature_stamp | page_number
    conf: float = 1.0                       # reading confidence, 0..1
    restoration_conf: float = 1.0           # restorer's confidence in its output, 0..1
    tokens: list[TokenChoice] = field(default_factory=list)
    cells: list[tuple[str, Optional[Box]]] = field(default_factory=list)  # table rows: cells in order

    @property
    def confidence(self) -> float:
        return min(self.conf, self.restoration_conf)


@dataclass
class PageText:
    number: int                 # 1-based
    method: str                 # "text-layer" | "ocr" | "text"
    reason: str                 # why that method was chosen (triage)
    lines: list[Line] = field(default_factory=list)
    width: Optional[int] = None
    height: Optional[int] = None
    dpi: Optional[int] = None
    vietnamese_share: Optional[float] = None   # triage score of the text layer, if any

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def ocr_text(self) -> str:
        return "\n".join(line.ocr_text if line.ocr_text is not None else line.text for line in self.lines)


# --------------------------------------------------------------------------- signatures
@dataclass
class Signature:
    signer: Optional[str]
    email: Optional[str]
    signed_at: Optional[str]     # ISO 8601 with offset
    source: str                  # "pdf-signature" | "text"
    valid: Optional[bool]        # signed bytes intact (None: not checkable, e.g. from text)
    issuer: Optional[str] = None
    field_name: Optional[str] = None
    note: Optional[str] = None

    def to_contract(self) -> dict:
        return {"signer": self.signer, "email": self.email, "signed_at": self.signed_at,
                "source": self.source, "valid": self.valid}


# --------------------------------------------------------------------------- records
@dataclass
class Deadline:
    date: Optional[str]          # ISO date, or None
    text: Optional[str]          # the words that gave it ("hoàn thành trong tháng 12/2025")
    kind: str = "none"           # by | exact | month | recurring | relative | none


@dataclass
class Provenance:
    page: int
    line: int                    # 1-based line in that page's stored text
    source_text: str
    confidence: float
    status: str = "auto"         # auto | needs_review | approved | corrected
    review_reasons: list[str] = field(default_factory=list)
    box: Optional[Box] = None

    def flag(self, reason: str) -> None:
        if reason not in self.review_reasons:
            self.review_reasons.append(reason)
        if self.status == "auto":
            self.status = "needs_review"


@dataclass
class ScoreRecord:
    entity: Optional[str]
    index: Optional[str]
    criterion: str
    value: float
    max: Optional[float]
    period: Optional[str]
    where: Provenance


@dataclass
class RankRecord:
    entity: Optional[str]
    index: Optional[str]
    criterion: str
    rank: int
    out_of: Optional[int]
    period: Optional[str]
    where: Provenance


@dataclass
class Assignment:
    assignee: Optional[str]
    task: str
    deadline: Deadline
    where: Provenance


@dataclass
class MetricRecord:
    name: str
    value: float
    unit: Optional[str]
    period: Optional[str]
    where: Provenance


@dataclass
class DocumentFacts:
    doc_id: Optional[str] = None
    source: Optional[str] = None
    pages: Optional[int] = None
    issuer: Optional[str] = None
    doc_number: Optional[str] = None
    doc_type: Optional[str] = None
    issued_date: Optional[str] = None
    place: Optional[str] = None
    subject: Optional[str] = None
    signer_name: Optional[str] = None
    signer_title: Optional[str] = None
    references: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)


def _number(value: Any) -> Any:
    """19.0 -> 19 so JSON shows what the document showed."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _flat(record: Any) -> dict:
    out: dict[str, Any] = {}
    for key, value in asdict(record).items():
        if key == "where":
            continue
        if key == "deadline" and isinstance(value, dict):
            out["deadline"] = value["date"]
            out["deadline_text"] = value["text"]
            out["deadline_kind"] = value["kind"]
            continue
        out[key] = _number(value)
    where = record.where
    out.update({"page": where.page, "line": where.line, "source_text": where.source_text,
                "confidence": round(where.confidence, 4), "status": where.status,
                "review_reasons": list(where.review_reasons)})
    if where.box is not None:
        out["box"] = list(where.box)
    return out


@dataclass
class DocumentRecords:
    """One document in the record contract (shared/contract/RECORDS.md)."""
    document: DocumentFacts
    scores: list[ScoreRecord] = field(default_factory=list)
    ranks: list[RankRecord] = field(default_factory=list)
    tasks: list[Assignment] = field(default_factory=list)
    metrics: list[MetricRecord] = field(default_factory=list)

    def all_records(self):
        for kind in ("scores", "ranks", "tasks", "metrics"):
            for record in getattr(self, kind):
                yield kind, record

    def to_contract(self) -> dict:
        doc = asdict(self.document)
        doc["signatures"] = [s.to_contract() for s in self.document.signatures]
        return {
            "document": doc,
            "scores": [_flat(r) for r in self.scores],
            "ranks": [_flat(r) for r in self.ranks],
            "tasks": [_flat(r) for r in self.tasks],
            "metrics": [_flat(r) for r in self.metrics],
        }


@dataclass
class ProcessedDocument:
    """Everything the pipeline learned about one file: what the store loads."""
    source: SourceFile
    pages: list[PageText]
    signatures: list[Signature]
    records: DocumentRecords
    pipeline_version: str
    timings: dict[str, float] = field(default_factory=dict)
