"""Batch import: every document of a folder tree into the store, each one isolated.

    run_ingest(["archive/"], "sqlite:///vanban.db")            # threads on this machine
    run_ingest([...], "postgresql+psycopg://...", task_runner="dask", dask_address="tcp://host:8786")

One bad file never stops the batch: a permanent problem (corrupt, encrypted, not
a document) is quarantined with its reason (recorded in the store, and as
`<name>.reason.txt` in `quarantine_dir` if given); the file itself is never moved
or modified here. The flow reads each file's sha256 itself: a document already in
the store is skipped before any task run starts, unless `reprocess`; a second copy
in the batch shares its first copy's outcome (duplicate, or the same quarantine
reason). Every other file is one task run (flows/tasks.py process_document).
Transient failures are retried by the tasks.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Optional

from flows.runtime import prepare_environment

prepare_environment()

from prefect import flow, get_run_logger  # noqa: E402
from prefect.futures import as_completed  # noqa: E402

from flows.discover import discover, discover_with_refusals  # noqa: E402
from flows.files import reason_slot, write_reason  # noqa: E402
from flows.outcomes import DUPLICATE, FAILED, QUARANTINED, DocumentOutcome, IngestSummary  # noqa: E402
from flows.runtime import (Concurrency, make_task_runner, plan_concurrency, quiet_bad_file_tracebacks,  # noqa: E402
                           tune_collector)
from extractors.intake import sha256_file  # noqa: E402
from flows.tasks import describe, process_document, read_ahead, with_store  # noqa: E402
from vanban.errors import VanbanError  # noqa: E402
from vanban.settings import Settings  # noqa: E402

quiet_bad_file_tracebacks()


def _progress(total: int, enabled: bool):
    import shutil

    from tqdm import tqdm
    size = shutil.get_terminal_size((100, 20))        # some ptys report 0×0: tqdm would then draw nothing
    return tqdm(total=total, disable=not enabled, file=sys.stderr, unit=" tệp", desc="vanban nạp",
                ncols=size.columns if size.columns >= 40 else 100, nrows=max(size.lines, 20), leave=True)


def _done(future) -> bool:
    """Finished, without asking the Prefect API (thread futures and Dask futures both wrap one)."""
    wrapped = getattr(future, "wrapped_future", None)
    return bool(wrapped is not None and wrapped.done())


def _note_failure(db_url: str, outcome: DocumentOutcome, quarantine_dir: Optional[str], record: bool) -> None:
    logger = get_run_logger()
    if record:
        reason = outcome.reason if outcome.status == QUARANTINED else f"lỗi tạm thời (transient): {outcome.reason}"
        try:
            with_store(db_url, lambda store: store.record_failure(outcome.path, reason, doc_id=outcome.doc_id))
        except Exception as error:  # noqa: BLE001 - the summary still lists it
            logger.warning("%s: không ghi được lỗi vào kho: %s", outcome.path, describe(error))
    if quarantine_dir and outcome.status == QUARANTINED:
        folder = Path(quarantine_dir)
        folder.mkdir(parents=True, exist_ok=True)
        write_reason(reason_slot(folder, Path(outcome.path).name, outcome.path), outcome.path, outcome.reason or "",
                     outcome.doc_id)


@flow(name="vanban-ingest", validate_parameters=False, log_prints=False)
def ingest_flow(paths: list[str], db_url: str, reprocess: bool = False, quarantine_dir: Optional[str] = None,
                progress: bool = False, record_failures: bool = True, ocr_jobs: Optional[int] = None,
                documents: Optional[int] = None) -> IngestSummary:
    """Ingest every document under `paths`; returns what happened to each file.

    `ocr_jobs`: Tesseract processes of the shared page pool; `documents`: documents in
    flight (the task runner's workers; default sized to the machine by plan_concurrency).
    """
    started = time.monotonic()
    logger = get_run_logger()
    files, refused = discover_with_refusals(paths)
    settings = Settings.from_env(db_url=db_url)
    if ocr_jobs:
        settings.ocr_jobs = ocr_jobs
    logger.info("%d tệp; %d tiến trình Tesseract dùng chung cho cả lô", len(files), settings.ocr_jobs)
    summary = IngestSummary()
    bar = _progress(len(files), progress)

    def finish(outcome: DocumentOutcome) -> None:
        summary.outcomes.append(outcome)
        if outcome.status in (QUARANTINED, FAILED):
            _note_failure(db_url, outcome, quarantine_dir, record_failures)
        bar.update(1)

    for path, reason in refused:
        finish(DocumentOutcome(path=path, status=QUARANTINED, reason=reason))
    first_path: dict[str, str] = {}          # doc_id -> the file of this batch that carries it
    copies: dict[str, list[str]] = {}        # doc_id -> later files of this batch with the same bytes
    settled: dict[str, DocumentOutcome] = {}  # doc_id -> the outcome of its first file, once known
    processing: dict = {}                    # future -> (path, doc_id), while it runs
    in_flight = documents or plan_concurrency(len(files), ocr_jobs=settings.ocr_jobs).documents
    window = 2 * max(1, in_flight)

    def settle(doc_id: Optional[str], outcome: DocumentOutcome) -> None:
        """A document's outcome, and its copies': duplicates of it, or set aside for the same reason."""
        finish(outcome)
        if doc_id:
            settled[doc_id] = outcome
            for copy in copies.pop(doc_id, []):
                finish(copy_outcome(copy, outcome))

    def copy_outcome(copy: str, first: DocumentOutcome) -> DocumentOutcome:
        if first.status in (QUARANTINED, FAILED):      # same bytes, same problem
            return DocumentOutcome(path=copy, status=first.status, doc_id=first.doc_id, reason=first.reason)
        return DocumentOutcome(path=copy, status=DUPLICATE, doc_id=first.doc_id,
                               reason=f"trùng nội dung với {first.path} (same bytes)")

    def take(future) -> None:
        path, doc_id = processing.pop(future)
        result = future.result(raise_on_failure=False)
        if not isinstance(result, DocumentOutcome):
            result = DocumentOutcome(path=path, status=FAILED, doc_id=doc_id, reason=describe(result))
        settle(doc_id, result)

    def sha256(path: str) -> Optional[str]:
        """The file's id, read here (cheap) so duplicates and known documents never start a task run;
        None if it cannot be read now (its task meets the problem and reports or retries it)."""
        try:
            return sha256_file(Path(path))
        except OSError:
            return None

    try:
        # One task run per new document (intake, read, process, load); the flow keeps at most
        # `window` of them queued: the OCR workers get pages within seconds, nothing piles up in memory.
        for path in files:
            doc_id = sha256(path)
            if doc_id is not None:
                if doc_id in first_path:        # in file order: the first copy of a duplicate wins
                    if doc_id in settled:
                        finish(copy_outcome(path, settled[doc_id]))
                    else:
                        copies.setdefault(doc_id, []).append(path)
                    continue
                first_path[doc_id] = path
                try:
                    known = with_store(db_url, lambda store: store.has_document(doc_id))
                except Exception as error:  # noqa: BLE001 - the load will meet the same problem and retry
                    logger.warning("%s: không kiểm tra được kho: %s", path, describe(error))
                    known = False
                if known and not reprocess:
                    logger.info("%s: đã có trong kho, bỏ qua", path)
                    settle(doc_id, DocumentOutcome(path=path, status=DUPLICATE, doc_id=doc_id,
                                                 reason="đã có trong kho (already in the store)"))
                    continue
            processing[process_document.submit(path, settings, db_url, reprocess)] = (path, doc_id)
            for future in [f for f in processing if _done(f)]:
                take(future)
            while len(processing) > window:            # keep the queue short: stream, do not pile up
                take(next(as_completed(list(processing))))
        for future in as_completed(list(processing)):
            take(future)
    finally:
        if int(settings.ocr_jobs) > 1:
            from vanban.pipeline import close_shared_pool
            close_shared_pool()
    bar.close()
    order = {path: i for i, path in enumerate(files)}
    summary.outcomes.sort(key=lambda o: order.get(o.path, len(order)))
    summary.seconds = round(time.monotonic() - started, 2)
    logger.info("đã nạp %d, trùng %d, cách ly %d, lỗi tạm thời %d, %.1f trang/phút", summary.ingested,
                len(summary.duplicates), len(summary.quarantined), len(summary.failed), summary.pages_per_minute)
    return summary


def check_store(db_url: str) -> None:
    """Open the store once before any flow starts: a wrong URL is a one-line user error."""
    try:
        with_store(db_url, lambda store: None)
    except VanbanError:
        raise
    except Exception as error:  # noqa: BLE001
        raise VanbanError(f"không mở được kho dữ liệu {db_url}: {describe(error)}") from error


def run_ingest(paths: list[str], db_url: str, reprocess: bool = False, quarantine_dir: Optional[str] = None,
               progress: bool = False, task_runner: str = "thread", dask_address: Optional[str] = None,
               record_failures: bool = True) -> IngestSummary:
    """Size the run to the machine (or use the Dask cluster) and run the ingest flow."""
    files = discover(paths)          # raises InputError for a missing path before Prefect starts
    check_store(db_url)
    tune_collector()
    if task_runner == "dask":
        if db_url.startswith("sqlite"):
            print("vanban: cảnh báo: SQLite chỉ an toàn khi mọi worker Dask ở trên máy này; "
                  "nhiều máy cần PostgreSQL (see docs/SCALE_OUT.md)", file=sys.stderr)
        # one Tesseract per Dask worker thread: size the cluster (nthreads) to its cores
        jobs = int(os.environ.get("VANBAN_OCR_JOBS", "1"))
        from flows.runtime import check_dask
        concurrency = Concurrency(documents=max(1, check_dask(dask_address)) if dask_address else 1, ocr_jobs=jobs)
    else:
        concurrency = plan_concurrency(len(files), ocr_jobs=Settings.from_env().ocr_jobs)
    runner = make_task_runner(task_runner, concurrency, dask_address)
    flow_ = ingest_flow.with_options(task_runner=runner)
    if task_runner != "dask":
        _start_early(concurrency)
        if concurrency.ocr_jobs > 1:
            # the OCR workers read the first documents while Prefect's API starts (flows/api.py)
            settings = Settings.from_env(db_url=db_url)
            settings.ocr_jobs = concurrency.ocr_jobs
            read_ahead(files[:concurrency.documents], settings, db_url, reprocess)
    from flows import api
    api.wait()                        # the temporary Prefect API started by the CLI (flows/api.py), if any
    try:
        with api.flow_settings():
            return flow_(paths=paths, db_url=db_url, reprocess=reprocess, quarantine_dir=quarantine_dir,
                         progress=progress, record_failures=record_failures, ocr_jobs=concurrency.ocr_jobs,
                         documents=concurrency.documents)
    finally:
        from vanban.pipeline import close_shared_pool
        close_shared_pool()


def _start_early(concurrency: Concurrency) -> None:
    """While Prefect starts its API (seconds): start the OCR workers and load the models here."""
    import threading

    from vanban import pipeline
    if concurrency.ocr_jobs > 1:
        pipeline.shared_pool(concurrency.ocr_jobs)

    def warm() -> None:
        try:
            pipeline.warm_up()
        except Exception:  # noqa: BLE001 - the first document meets the same problem and reports it
            pass
    threading.Thread(target=warm, name="vanban-warm-up", daemon=True).start()
