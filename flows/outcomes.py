"""What happened to each file of a batch, and the closing summary (printed in Vietnamese)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# DocumentOutcome.status
LOADED = "loaded"              # new document in the store
REPROCESSED = "reprocessed"    # known document, records rebuilt (--reprocess)
DUPLICATE = "duplicate"        # same bytes as a document already in the store or earlier in the batch
QUARANTINED = "quarantined"    # permanent problem with the file (reason says which)
FAILED = "failed"              # transient problem still there after the retries: try again later

DONE = {LOADED, REPROCESSED, DUPLICATE}


@dataclass
class DocumentOutcome:
    path: str
    status: str
    reason: Optional[str] = None
    doc_id: Optional[str] = None
    pages: int = 0
    seconds: float = 0.0
    ocr: bool = False            # pages were read in this run (not taken from the cache or skipped)
    worker: Optional[str] = None     # host:pid that processed it (Dask: which worker)
    moved_to: Optional[str] = None   # watch: where the file was filed (processed/..., quarantine/..., inbox)
    timings: Optional[dict] = None   # seconds per stage (read, signatures, restore, extract, store)


@dataclass
class IngestSummary:
    outcomes: list[DocumentOutcome] = field(default_factory=list)
    seconds: float = 0.0         # wall time of the whole batch

    def _with(self, *statuses: str) -> list[DocumentOutcome]:
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def ingested(self) -> int:
        return len(self._with(LOADED, REPROCESSED))

    @property
    def duplicates(self) -> list[DocumentOutcome]:
        return self._with(DUPLICATE)

    @property
    def quarantined(self) -> list[DocumentOutcome]:
        return self._with(QUARANTINED)

    @property
    def failed(self) -> list[DocumentOutcome]:
        return self._with(FAILED)

    @property
    def pages(self) -> int:
        """Pages of the documents processed in this run (duplicates skipped are not counted)."""
        return sum(o.pages for o in self._with(LOADED, REPROCESSED))

    @property
    def pages_per_minute(self) -> float:
        return round(self.pages / (self.seconds / 60.0), 1) if self.seconds > 0 else 0.0

    @property
    def complete(self) -> bool:
        """Every file was dealt with for good (nothing waits for a retry)."""
        return not self.failed

    def outcome(self, path: str) -> Optional[DocumentOutcome]:
        for o in self.outcomes:
            if o.path == path:
                return o
        return None

    def format(self) -> str:
        lines = [f"vanban: {len(self.outcomes)} tệp trong {self.seconds:.1f} giây",
                 f"  đã nạp: {self.ingested}",
                 f"  trùng, bỏ qua: {len(self.duplicates)}",
                 f"  cách ly: {len(self.quarantined)}"]
        for o in self.quarantined:
            lines.append(f"    - {o.path}: {o.reason}")
        if self.failed:
            lines.append(f"  lỗi tạm thời, sẽ thử lại lần sau: {len(self.failed)}")
            for o in self.failed:
                lines.append(f"    - {o.path}: {o.reason}")
        lines.append(f"  trang mỗi phút: {self.pages_per_minute:g} ({self.pages} trang)")
        return "\n".join(lines)
