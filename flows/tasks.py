"""The pipeline's stages as Prefect tasks, one document each.

- `process_document`, one Prefect task run per document: intake (kind, sha256
  id, page count), the pages' text, signatures, restore, extract, load into the
  store. A bad file becomes a quarantine outcome (returned, never raised: no
  retry, the batch goes on).
- The pages' text (text layer or OCR) is cached on disk by the file's sha256,
  the pipeline version and the reading code (`read_cached`, under Prefect's
  local result storage: `PREFECT_LOCAL_STORAGE_PATH/vanban-pages`), so a retry
  or a later run, whatever its --db, never reads the same bytes twice. It is
  kept by vanban itself, not as a Prefect task result: one task run per
  document instead of three, and no page list serialised through Prefect
  (measured: ~25% of the batch's CPU outside Tesseract went to that bookkeeping).

Only transient failures (`TransientError`, timeouts, a busy or unreachable
database, network-share hiccups) raise out of a task and are retried
(`retry_condition_fn`); anything else is a property of the file and is reported
as quarantined with its reason.
"""
from __future__ import annotations

import errno
import os
import pickle
import socket
import threading
import time
import traceback
from concurrent.futures import Future
from pathlib import Path
from typing import Optional, Union

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.outcomes import DUPLICATE, LOADED, QUARANTINED, REPROCESSED, DocumentOutcome
from vanban import pipeline
from vanban.errors import InputError, TransientError
from vanban.model import PageText, SourceFile
from vanban.settings import Settings

RETRIES = 2
RETRY_DELAYS = [2, 10]

TRANSIENT_ERRNOS = {errno.EAGAIN, errno.EBUSY, errno.ETIMEDOUT, errno.EINTR, errno.ESTALE, errno.EIO,
                    errno.ENETDOWN, errno.ENETUNREACH, errno.ENETRESET, errno.ECONNRESET,
                    errno.ECONNABORTED, errno.ECONNREFUSED, errno.EHOSTDOWN, errno.EHOSTUNREACH,
                    errno.ENOLCK, errno.ENOMEM}


def is_transient(error: BaseException) -> bool:
    """True when trying again later may succeed."""
    if isinstance(error, InputError):
        return False
    if isinstance(error, (TransientError, TimeoutError, ConnectionError)):
        return True
    if type(error).__name__ in {"TimeoutExpired", "OperationalError", "DisconnectionError",
                                "InterfaceError", "PoolTimeout", "TimeoutError"}:
        # subprocess / sqlalchemy / psycopg: checked by name so no import is needed here
        return True
    if isinstance(error, OSError) and error.errno in TRANSIENT_ERRNOS:
        return True
    return False


def retry_transient(task, task_run, state) -> bool:
    """Prefect `retry_condition_fn`: retry only transient failures."""
    try:
        state.result()
    except BaseException as error:  # noqa: BLE001 - classify whatever the task raised
        return is_transient(error)
    return False


def describe(error: BaseException) -> str:
    """One line for a person: the problem, not a traceback."""
    if isinstance(error, InputError):
        return error.problem
    if isinstance(error, FileNotFoundError):
        return "không tìm thấy tệp: đã bị chuyển hoặc xóa trong khi xử lý (file vanished during the run)"
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


# --------------------------------------------------------------------------- store, one per process
_stores: dict[str, object] = {}
_store_lock = threading.RLock()


def with_store(url: str, action):
    """Run `action(store)` on this process's store for `url`, one call at a time."""
    with _store_lock:
        store = _stores.get(url)
        if store is None:
            from store import open_store
            store = _stores[url] = open_store(url)
        return action(store)


def close_stores() -> None:
    with _store_lock:
        for store in _stores.values():
            try:
                store.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass
        _stores.clear()


# --------------------------------------------------------------------------- tasks
def _run_name_path() -> str:
    from prefect.runtime import task_run
    params = task_run.parameters
    path = params.get("path") or getattr(params.get("source"), "name", "?")
    return str(path).rsplit("/", 1)[-1]


AFTER_READING = ("records", "signatures", "diacritics", "__init__")
_reader: dict[str, str] = {}


def reader_fingerprint() -> str:
    """sha256 of the reading code (extractors/*.py but the stages after reading), once per process.

    The version number alone is not enough while the OCR is being improved: a change
    in the reading code must never be hidden by pages cached by the previous code.
    """
    if "sha" not in _reader:
        import hashlib
        from pathlib import Path

        import extractors
        digest = hashlib.sha256()
        for path in sorted(Path(extractors.__file__).parent.glob("*.py")):
            if not path.stem.startswith(AFTER_READING):
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _reader["sha"] = digest.hexdigest()[:16]
    return _reader["sha"]


def read_cache_key(source: SourceFile, settings: Settings) -> str:
    """sha256 of the bytes + pipeline version + reading code + the options that change what is read."""
    return "-".join(["vanban-read", source.doc_id, pipeline.PIPELINE_VERSION, reader_fingerprint(),
                     settings.ocr_language, str(settings.ocr_psm), str(settings.ocr_dpi)])


def page_cache_dir() -> Path:
    """Where read pages are kept: beside Prefect's own task results (PREFECT_LOCAL_STORAGE_PATH)."""
    from prefect.settings import get_current_settings
    return Path(get_current_settings().results.local_storage_path).expanduser() / "vanban-pages"


def _cached_pages(slot: Path) -> Optional[list[PageText]]:
    """The pages kept in `slot`, or None (missing, or cut short by a crash: then removed)."""
    try:
        with open(slot, "rb") as handle:
            pages = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a torn or foreign file is a miss, never an error
        slot.unlink(missing_ok=True)
        return None
    if isinstance(pages, list) and all(isinstance(p, PageText) for p in pages):
        return pages
    slot.unlink(missing_ok=True)
    return None


def _keep_pages(slot: Path, pages: list[PageText]) -> None:
    """Write atomically (a temporary file renamed over the slot): a crash never leaves half a file."""
    try:
        slot.parent.mkdir(parents=True, exist_ok=True)
        temporary = slot.with_name(f".{slot.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump(pages, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, slot)
    except OSError as error:            # a full or read-only disk costs a re-read later, not the document
        _logger().warning("không lưu được trang đã đọc vào bộ nhớ đệm %s: %s", slot.parent, describe(error))


def _logger():
    """The task run's logger inside a run; vanban's own outside one (reading ahead, before the flow)."""
    try:
        return get_run_logger()
    except Exception:  # noqa: BLE001 - MissingContextError: not in a flow or task run
        import logging
        return logging.getLogger("vanban.flows")


_reading: dict[Path, Future] = {}       # cache slot -> the read of it under way in this process
_reading_lock = threading.Lock()
_read_ahead: set[Path] = set()          # slots read ahead by this run, not yet taken by their task


def read_cached(source: SourceFile, settings: Settings, budget: Optional[pipeline.Budget] = None,
                ahead: bool = False) -> tuple[list[PageText], bool]:
    """(the pages' text, True if read in this run / False if taken from the cache).

    With more than one OCR job, pages go to this process's shared page pool (one
    Tesseract process per core, kept busy by every document of the batch). A read of
    the same bytes already under way in this process (read ahead while Prefect
    starts, or a copy in another thread) is joined, never started twice: its result
    or its error is this call's.
    """
    slot = page_cache_dir() / f"{read_cache_key(source, settings)}.pickle"
    pages = _cached_pages(slot)
    if pages is not None:
        with _reading_lock:
            read_ahead_now = slot in _read_ahead
            _read_ahead.discard(slot)
        return pages, read_ahead_now
    with _reading_lock:
        under_way = _reading.get(slot)
        if under_way is not None:
            under_way.joined = True
        else:
            mine = _reading[slot] = Future()
            mine.joined = False
    if under_way is not None:
        return under_way.result(), True
    try:
        pool = pipeline.shared_pool(settings.ocr_jobs) if int(settings.ocr_jobs) > 1 else None
        pages = pipeline.read_pages(source, settings, pool=pool, budget=budget)
        _keep_pages(slot, pages)
    except BaseException as error:
        mine.set_exception(error)
        raise
    else:
        mine.set_result(pages)
    finally:
        with _reading_lock:
            _reading.pop(slot, None)
            if ahead and not mine.joined and mine.done() and mine.exception() is None:
                _read_ahead.add(slot)           # its task will find the pages cached, and read in this run
    return pages, True


def read_ahead(paths: list[str], settings: Settings, db_url: str, reprocess: bool = False) -> None:
    """Start reading these documents now, one thread each, into the page cache.

    For the seconds Prefect's API takes to start, the OCR workers would otherwise be
    idle; the flow's task runs then join these reads (`read_cached`). A file already
    in the store (unless `reprocess`), a copy of an earlier one, or a file that cannot
    be read is left to the flow, which reports it as usual.
    """
    from concurrent.futures import ThreadPoolExecutor

    from extractors.intake import sha256_file
    seen: set[str] = set()
    seen_lock = threading.Lock()

    def one(path: str) -> None:
        try:
            doc_id = sha256_file(Path(path))
            with seen_lock:
                if doc_id in seen:
                    return
                seen.add(doc_id)
            if not reprocess and with_store(db_url, lambda store: store.has_document(doc_id)):
                return
            source = pipeline.intake(path, settings)
            read_cached(source, settings, pipeline.Budget(settings, path), ahead=True)
        except Exception:  # noqa: BLE001 - the document's task meets the same problem and reports it
            pass

    with _reading_lock:
        _read_ahead.clear()                     # an earlier batch's, never taken (its task failed first)
    if paths:
        import contextvars
        executor = ThreadPoolExecutor(max_workers=len(paths), thread_name_prefix="vanban-read-ahead")
        for path in paths:
            # the caller's context: Prefect settings set for this run (a temporary storage path)
            # must name the same cache slots the tasks will look in
            executor.submit(contextvars.copy_context().run, one, path)
        executor.shutdown(wait=False)


@task(name="process", task_run_name=lambda: f"process {_run_name_path()}", retries=RETRIES,
      retry_delay_seconds=RETRY_DELAYS, retry_condition_fn=retry_transient, cache_policy=NO_CACHE,
      persist_result=False, log_prints=False)
def process_document(path: str, settings: Settings, db_url: str, reprocess: bool = False) -> DocumentOutcome:
    """Every stage of one document, then the load. Returns the outcome; raises only transient errors."""
    logger = get_run_logger()
    started = time.perf_counter()
    timings: dict[str, float] = {}
    budget = pipeline.Budget(settings, path)       # VANBAN_DOCUMENT_TIME_BUDGET

    def timed(name, fn, *args):
        t0, c0 = time.perf_counter(), time.thread_time()
        result = budget.run_checked(f"(bước {name})", fn, *args)
        timings[name] = round(time.perf_counter() - t0, 4)
        timings[f"{name} cpu"] = round(time.thread_time() - c0, 4)     # this thread's CPU (bench/speed.py)
        return result

    try:
        source = timed("intake", pipeline.intake, path, settings)
    except Exception as error:  # noqa: BLE001
        if is_transient(error):
            logger.warning("%s: lỗi tạm thời, thử lại: %s", path, describe(error))
            raise
        reason = describe(error)
        logger.warning("%s: cách ly: %s", path, reason)
        return DocumentOutcome(path=path, status=QUARANTINED, reason=reason)    # not a document: no id

    try:
        t0 = time.perf_counter()
        pages, read_now = read_cached(source, settings, budget)
        timings["read"] = round(time.perf_counter() - t0, 4)
        t0 = time.perf_counter()
        pipeline.warm_up()              # models loaded once per process (not per thread), not charged to the budget
        timings["warm-up"] = round(time.perf_counter() - t0, 4)
        signatures = timed("signatures", pipeline.read_signatures, source)
        pages = timed("restore", pipeline.restore, pages)
        records = timed("extract", pipeline.extract, pages, source, signatures)
        from vanban.model import ProcessedDocument
        processed = ProcessedDocument(source=source, pages=pages, signatures=signatures, records=records,
                                      pipeline_version=pipeline.PIPELINE_VERSION, timings=timings)
        t0, c0 = time.perf_counter(), time.thread_time()
        result = with_store(db_url, lambda store: store.load(processed, reprocess=reprocess))
        timings["store"] = round(time.perf_counter() - t0, 4)
        timings["store cpu"] = round(time.thread_time() - c0, 4)
    except Exception as error:  # noqa: BLE001
        if is_transient(error):
            logger.warning("%s: lỗi tạm thời, thử lại: %s", source.path, describe(error))
            raise
        reason = describe(error)
        if not isinstance(error, (InputError, FileNotFoundError)):
            logger.error("%s: lỗi không mong đợi:\n%s", source.path, traceback.format_exc())
        logger.warning("%s: cách ly: %s", source.path, reason)
        return DocumentOutcome(path=source.path, status=QUARANTINED, reason=reason, doc_id=source.doc_id)
    status = {"loaded": LOADED, "reprocessed": REPROCESSED, "duplicate": DUPLICATE}.get(result, LOADED)
    seconds = round(time.perf_counter() - started, 3)
    logger.info("%s: %s (%d trang, %.1f giây; %s: %s)", source.name,
                {LOADED: "đã nạp", REPROCESSED: "đã xử lý lại", DUPLICATE: "trùng, bỏ qua"}[status],
                source.pages, seconds, "đọc" if read_now else "trang lấy từ bộ nhớ đệm",
                ", ".join(sorted({p.method for p in pages})) or "-")
    return DocumentOutcome(path=source.path, status=status, doc_id=source.doc_id, pages=source.pages,
                           seconds=seconds, ocr=read_now, worker=f"{socket.gethostname()}:{os.getpid()}",
                           timings=timings,
                           reason="đã có trong kho (already in the store)" if status == DUPLICATE else None)

