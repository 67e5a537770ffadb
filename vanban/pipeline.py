"""The stages of vanban, called in order, as plain functions.

flows/ wraps these same functions into Prefect tasks; the CLI's `extract`,
`text` and `restore` call them directly. Nothing here knows Prefect or a
database.

Throughput (issue 8): a batch keeps one Tesseract process per core busy across
documents and pages. `PagePool` is one process pool for a whole batch (one
worker per core, `OMP_THREAD_LIMIT=1`, started once, the reading code imported
once per worker); `read_pages(..., pool=)` triages a document's pages in the
calling thread (born-digital pages are finished there and never OCR'd) and
streams its scanned pages to the pool, at most `2 × workers` in flight per
document, so several documents share the workers and no batch is held in memory.
Without a pool the reading module reads the document with its own pool.

Every document has a time budget (`Budget`, `Settings.document_time_budget`
seconds, `VANBAN_DOCUMENT_TIME_BUDGET`, 0 = none): past it the document stops
with `BudgetExceeded`, an `InputError` (quarantined with its reason, not
retried, the batch goes on).
"""
from __future__ import annotations

import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Iterator, Optional

from vanban import __version__
from vanban.errors import InputError, TransientError
from vanban.model import DocumentRecords, PageText, ProcessedDocument, Signature, SourceFile
from vanban.settings import Settings

PIPELINE_VERSION = __version__


# --------------------------------------------------------------------------- time budget
class BudgetExceeded(InputError):
    """A document that took longer than its time budget (permanent: quarantined, not retried)."""


class Budget:
    """The time one document may take (`Settings.document_time_budget` seconds, 0 = no limit).

    What counts is the work done for this document: its stages in the calling
    thread and its pages' time in the pool workers, not the time its pages wait
    behind other documents' pages in the shared pool (a long document in a busy
    batch is not over budget for sharing the cores). One Tesseract call is bounded
    on its own by `tesseract_timeout`.
    """

    def __init__(self, settings: Settings, path: str | Path):
        self.limit = float(getattr(settings, "document_time_budget", 0) or 0)
        self.path = str(path)
        self.spent = 0.0

    def add(self, seconds: float) -> None:
        self.spent += max(0.0, float(seconds))

    def check(self, where: str = "") -> None:
        if self.limit > 0 and self.spent > self.limit:
            raise BudgetExceeded(self.path, f"quá thời gian cho phép xử lý một văn bản ({self.spent:.1f} giây > "
                                            f"{self.limit:g} giây, VANBAN_DOCUMENT_TIME_BUDGET)"
                                            f"{' ' + where if where else ''} (document over its time budget)")

    def run(self, where: str, fn, *args, **kwargs):
        """fn(*args, **kwargs) with its wall time charged to the document (`run_checked`: then checked)."""
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.add(time.perf_counter() - started)

    def run_checked(self, where: str, fn, *args, **kwargs):
        result = self.run(where, fn, *args, **kwargs)
        self.check(where)
        return result


# --------------------------------------------------------------------------- the shared page pool
def _worker_init(language: str = "vie") -> None:
    """Each pool worker: one Tesseract thread and one OpenCV thread, the reading code imported and
    the language model loaded once (not per page)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        import extractors.reading
        extractors.reading.one_thread()
        extractors.reading.keep_heap()
        from extractors import layout, ocr, preprocess, raster  # noqa: F401
        ocr.warm_up(language)
    except Exception:  # noqa: BLE001 - the first page reports the real problem
        pass


def _ocr_job(job):
    """One page in a pool worker: ("page", seconds, PageText) or ("input-error", seconds, path, problem)."""
    from extractors import reading
    started = time.perf_counter()
    try:
        page = reading.ocr_page(job)
    except InputError as error:          # sent back as data: the worker's traceback is noise
        return ("input-error", time.perf_counter() - started, error.path, error.problem)
    return ("page", time.perf_counter() - started, page)


def _unpack(value) -> tuple[float, PageText]:
    if isinstance(value, tuple) and value and value[0] == "input-error":
        raise InputError(value[2], value[3])
    if isinstance(value, tuple) and value and value[0] == "page":
        return float(value[1]), value[2]
    return 0.0, value


class PagePool:
    """One process pool for a whole batch: `workers` processes, each running one Tesseract (1 thread).

    Thread-safe: several documents (flow threads) submit pages to it at once.
    """

    def __init__(self, workers: int, language: str = "vie"):
        import multiprocessing
        self.workers = max(1, int(workers))
        self._executor = ProcessPoolExecutor(max_workers=self.workers,
                                             mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_worker_init, initargs=(language,))
        for _ in range(self.workers):              # start the workers now, while intake runs
            self._executor.submit(os.getpid)

    def submit(self, job) -> Future:
        return self._executor.submit(_ocr_job, job)

    def close(self, cancel: bool = False) -> None:
        self._executor.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> "PagePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close(cancel=exc[0] is not None)


_pool: dict[str, PagePool] = {}
_pool_lock = threading.Lock()


def shared_pool(workers: int) -> PagePool:
    """This process's page pool: made on first use, reused by every document after."""
    with _pool_lock:
        pool = _pool.get("pool")
        if pool is None or pool.workers != max(1, int(workers)):
            if pool is not None:
                pool.close()
            pool = _pool["pool"] = PagePool(workers)
        return pool


def _discard_pool(pool: PagePool) -> None:
    with _pool_lock:
        if _pool.get("pool") is pool:
            _pool.pop("pool")
    try:
        pool.close(cancel=True)
    except Exception:  # noqa: BLE001 - already broken
        pass


def close_shared_pool() -> None:
    """Stop this process's page pool (end of a batch)."""
    with _pool_lock:
        pool = _pool.pop("pool", None)
    if pool is not None:
        pool.close(cancel=True)


# --------------------------------------------------------------------------- stages
def intake(path: str | Path, settings: Settings | None = None) -> SourceFile:
    from extractors.intake import inspect_file
    return inspect_file(Path(path), settings or Settings.from_env())


def _page_plan(source: SourceFile, settings: Settings) -> Optional[Iterator]:
    """The reading module's per-page triage (a finished PageText or an OCR job per page); None for text."""
    from extractors import reading
    return None if source.kind == "text" else reading.page_plan(source, settings)


def read_pages(source: SourceFile, settings: Settings | None = None, pool: Optional[PagePool] = None,
               budget: Optional[Budget] = None) -> list[PageText]:
    """Text of every page: the text layer where it reads as Vietnamese, else OCR.

    `pool`: scanned pages go to that shared pool. Without one, one job
    (`ocr_jobs` 1) reads page after page in this thread; more jobs use the reading
    module's own pool for this document. `budget`: checked after every page.
    """
    settings = settings or Settings.from_env()
    budget = budget or Budget(settings, source.path)
    from extractors import reading
    alone = pool is None and int(settings.ocr_jobs) <= 1
    plan = _page_plan(source, settings) if (pool is not None or alone) else None
    if plan is None:
        return budget.run_checked("khi đọc trang", reading.read_pages, source, settings)
    if pool is None:
        return _read_here(source, plan, budget)
    return _read_in_pool(source, plan, pool, budget)


def _next(plan, budget: Budget):
    """The plan's next item (triage, and born-digital pages, happen here), its time charged."""
    started = time.perf_counter()
    try:
        return next(plan)
    finally:
        budget.add(time.perf_counter() - started)


def _read_here(source: SourceFile, plan, budget: Budget) -> list[PageText]:
    """One page after the other in this thread (one core, or a Dask worker thread)."""
    from extractors import reading
    pages: list[PageText] = []
    try:
        while True:
            try:
                item = _next(plan, budget)
            except StopIteration:
                break
            if not isinstance(item, PageText):
                item = budget.run("", reading.ocr_page, item)
            pages.append(item)
            budget.check(f"(đã đọc {len(pages)}/{source.pages} trang)")
    finally:
        plan.close()
    return pages


def _read_in_pool(source: SourceFile, plan, pool: PagePool, budget: Budget) -> list[PageText]:
    """Stream the document's OCR pages to the shared pool, at most 2 × workers in flight."""
    slots: list = []                   # PageText, or the Future of its OCR
    pending: set[Future] = set()
    window = 2 * pool.workers
    done_pages = 0

    def settle(until: int) -> None:
        nonlocal pending, done_pages
        while len(pending) > until:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                seconds, _ = _unpack(future.result())     # an unreadable page stops the document now
                budget.add(seconds)
                done_pages += 1
            budget.check(f"(đã đọc {done_pages}/{source.pages} trang)")

    try:
        while True:
            try:
                item = _next(plan, budget)
            except StopIteration:
                break
            if isinstance(item, PageText):
                slots.append(item)
                continue
            future = pool.submit(item)
            pending.add(future)
            slots.append(future)
            settle(window - 1)
        settle(0)
        return [_unpack(s.result())[1] if isinstance(s, Future) else s for s in slots]
    except BrokenProcessPool as error:        # a worker died (killed, out of memory): fresh pool, retry
        _discard_pool(pool)
        raise TransientError(f"tiến trình OCR bị dừng đột ngột, sẽ thử lại (OCR worker died: {error})") from error
    finally:
        for future in pending:
            future.cancel()                   # over budget or failed: its queued pages free the workers
        plan.close()


def read_signatures(source: SourceFile) -> list[Signature]:
    from extractors.signatures import read_signatures as _read
    return _read(source)


def restore(pages: list[PageText]) -> list[PageText]:
    from extractors.diacritics import restore_pages
    return restore_pages(pages)


def extract(pages: list[PageText], source: SourceFile | None = None,
            signatures: list[Signature] | None = None) -> DocumentRecords:
    from extractors.records import extract_records
    return extract_records(pages, source=source, signatures=signatures or [])


# An invented page touching every part of extraction (header, dates, tasks, figures, signature),
# so that the models and word lists each part loads on first use are loaded by warm_up().
WARM_UP_LINES = ("ỦY BAN NHÂN DÂN", "PHƯỜNG AN BÌNH", "Số: 12/KH-UBND",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "An Bình, ngày 5 tháng 3 năm 2025", "KẾ HOẠCH",
                 "Thực hiện nhiệm vụ cải cách hành chính năm 2025",
                 "1. Giao Văn phòng UBND phường chủ trì, hoàn thành trước ngày 15/12/2025.",
                 "2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; thu ngân sách 1.250 triệu đồng.",
                 "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An")
_warm = {"done": False}
_warm_lock = threading.Lock()


def warm_up() -> None:
    """Load the restoration and extraction models once (a tiny made-up page through both stages).

    Thread-safe and cheap after the first call: a batch calls it in a thread while
    Prefect and the OCR workers start, and every document calls it before restoring,
    so documents finishing their pages at once wait for one load instead of each
    loading the models again.
    """
    if _warm["done"]:
        return
    with _warm_lock:
        if _warm["done"]:
            return
        from vanban.model import Line
        page = PageText(number=1, method="ocr", reason="warm-up",
                        lines=[Line(text=t, ocr_text=t) for t in WARM_UP_LINES])
        try:
            extract(restore([page]))
        finally:
            _warm["done"] = True          # a failure here is the first document's to report


def process_file(path: str | Path, settings: Settings | None = None,
                 pool: Optional[PagePool] = None) -> ProcessedDocument:
    """Run every stage on one file. Raises InputError for a bad file (BudgetExceeded over budget)."""
    settings = settings or Settings.from_env()
    budget = Budget(settings, path)
    timings: dict[str, float] = {}

    def timed(name, fn, *args, **kwargs):
        started = time.perf_counter()
        result = fn(*args, **kwargs)
        timings[name] = round(time.perf_counter() - started, 4)
        return result

    source = timed("intake", budget.run_checked, "", intake, path, settings)
    pages = timed("read", read_pages, source, settings, pool, budget)
    signatures = timed("signatures", budget.run_checked, "", read_signatures, source)
    pages = timed("restore", budget.run_checked, "", restore, pages)
    records = timed("extract", budget.run_checked, "", extract, pages, source, signatures)
    return ProcessedDocument(source=source, pages=pages, signatures=signatures, records=records,
                             pipeline_version=PIPELINE_VERSION, timings=timings)
