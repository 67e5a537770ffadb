"""Batch import: every document of a folder tree into the store, each one isolated.

    run_ingest(["archive/"], "sqlite:///vanban.db")            # threads on this machine
    run_ingest([...], "postgresql+psycopg://...", task_runner="dask", dask_address="tcp://host:8786")

One bad file never stops the batch: a permanent problem (corrupt, encrypted, not
a document) is quarantined with its reason (recorded in the store, and as
`<name>.reason.txt` in `quarantine_dir` if given); the file itself is never moved
or modified here. A document already in the store (same sha256) is skipped before
any page is read, unless `reprocess`. Transient failures are retried by the tasks.
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

from flows.discover import discover  # noqa: E402
from flows.files import reason_slot, write_reason  # noqa: E402
from flows.outcomes import DUPLICATE, FAILED, QUARANTINED, DocumentOutcome, IngestSummary  # noqa: E402
from flows.runtime import Concurrency, make_task_runner, plan_concurrency, quiet_bad_file_tracebacks  # noqa: E402
from flows.tasks import describe, intake_document, process_document, with_store  # noqa: E402
from vanban.errors import VanbanError  # noqa: E402
from vanban.model import SourceFile  # noqa: E402
from vanban.settings import Settings  # noqa: E402

quiet_bad_file_tracebacks()


def _progress(total: int, enabled: bool):
    import shutil

    from tqdm import tqdm
    size = shutil.get_terminal_size((100, 20))        # some ptys report 0×0: tqdm would then draw nothing
    return tqdm(total=total, disable=not enabled, file=sys.stderr, unit=" tệp", desc="vanban nạp",
                ncols=size.columns if size.columns >= 40 else 100, nrows=max(size.lines, 20), leave=True)


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
                progress: bool = False, record_failures: bool = True, ocr_jobs: Optional[int] = None) -> IngestSummary:
    """Ingest every document under `paths`; returns what happened to each file."""
    started = time.monotonic()
    logger = get_run_logger()
    files = discover(paths)
    settings = Settings.from_env(db_url=db_url)
    if ocr_jobs:
        settings.ocr_jobs = ocr_jobs
    logger.info("%d tệp; %d tiến trình Tesseract mỗi văn bản", len(files), settings.ocr_jobs)
    summary = IngestSummary()
    bar = _progress(len(files), progress)

    def finish(outcome: DocumentOutcome) -> None:
        summary.outcomes.append(outcome)
        if outcome.status in (QUARANTINED, FAILED):
            _note_failure(db_url, outcome, quarantine_dir, record_failures)
        bar.update(1)

    intakes = {intake_document.submit(path, settings): path for path in files}
    first_path: dict[str, str] = {}          # doc_id -> the file of this batch that carries it
    processing = {}
    for future, path in intakes.items():       # in file order: the first copy of a duplicate wins
        result = future.result(raise_on_failure=False)
        if isinstance(result, DocumentOutcome):
            finish(result)
            continue
        if not isinstance(result, SourceFile):
            finish(DocumentOutcome(path=path, status=FAILED, reason=describe(result)))
            continue
        source = result
        if source.doc_id in first_path:
            finish(DocumentOutcome(path=path, status=DUPLICATE, doc_id=source.doc_id,
                                   reason=f"trùng nội dung với {first_path[source.doc_id]} (same bytes)"))
            continue
        first_path[source.doc_id] = path
        try:
            known = with_store(db_url, lambda store: store.has_document(source.doc_id))
        except Exception as error:  # noqa: BLE001 - the load will meet the same problem and retry
            logger.warning("%s: không kiểm tra được kho: %s", path, describe(error))
            known = False
        if known and not reprocess:
            logger.info("%s: đã có trong kho, bỏ qua", path)
            finish(DocumentOutcome(path=path, status=DUPLICATE, doc_id=source.doc_id,
                                   reason="đã có trong kho (already in the store)"))
            continue
        processing[process_document.submit(source, settings, db_url, reprocess)] = source

    for future in as_completed(list(processing)):
        source = processing[future]
        result = future.result(raise_on_failure=False)
        if isinstance(result, DocumentOutcome):
            finish(result)
        else:
            finish(DocumentOutcome(path=source.path, status=FAILED, doc_id=source.doc_id,
                                   reason=describe(result)))
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
    if task_runner == "dask":
        if db_url.startswith("sqlite"):
            print("vanban: cảnh báo: SQLite chỉ an toàn khi mọi worker Dask ở trên máy này; "
                  "nhiều máy cần PostgreSQL (see docs/SCALE_OUT.md)", file=sys.stderr)
        # one Tesseract per Dask worker thread: size the cluster (nthreads) to its cores
        jobs = int(os.environ.get("VANBAN_OCR_JOBS", "1"))
        concurrency = Concurrency(documents=1, ocr_jobs=jobs)
    else:
        concurrency = plan_concurrency(len(files), ocr_jobs=Settings.from_env().ocr_jobs)
    runner = make_task_runner(task_runner, concurrency, dask_address)
    flow_ = ingest_flow.with_options(task_runner=runner)
    return flow_(paths=paths, db_url=db_url, reprocess=reprocess, quarantine_dir=quarantine_dir,
                 progress=progress, record_failures=record_failures, ocr_jobs=concurrency.ocr_jobs)
