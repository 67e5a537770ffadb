"""Where and how the flows run: offline Prefect defaults, machine sizing, task runners.

`prepare_environment()` must run before `prefect` is first imported: Prefect reads
its logging configuration at import time. It only sets defaults (`setdefault`),
so anything the user exported wins.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from vanban.settings import _cores

# Files the flows take from a folder tree (any explicitly named file is tried whatever its name).
DOCUMENT_SUFFIXES = {".pdf", ".tif", ".tiff", ".jpg", ".jpeg", ".png", ".txt"}
# Names of files still being downloaded or written by another program.
PARTIAL_SUFFIXES = {".part", ".crdownload", ".tmp", ".partial", ".download", ".filepart"}


def prepare_environment(progress_bar: bool = False) -> None:
    """Offline, quiet Prefect: ephemeral API (no server to run), no analytics, terse console.

    With a progress bar on screen Prefect's console handler shows errors only (the
    per-document logs still reach the Prefect API / UI, and the closing summary lists
    every quarantined file with its reason); without a bar the console shows them all.
    """
    env = os.environ
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("PREFECT_SERVER_EPHEMERAL_ENABLED", "true")
    env.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")       # the temporary API server's uvicorn
    env.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    env.setdefault("PREFECT_UI_ENABLED", "false")
    env.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "ERROR" if progress_bar else "INFO")
    # Prefect's own chatter ("Starting temporary server ...") off; flow and task run logs kept.
    env.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_LEVEL", "WARNING")
    env.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL", "INFO")
    env.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "INFO")
    env.setdefault("OMP_THREAD_LIMIT", "1")                         # one thread per Tesseract process


def tune_collector() -> None:
    """Collect cyclic garbage every 10,000 new objects instead of Python's 700: a batch makes many
    short-lived objects a document (spaCy docs, restoration candidates, rows), and the collector ran
    1,006 times over the 120 documents of the speed benchmark's batch, 0.50 CPU-s; 30 times, 0.19 CPU-s
    now. The long-lived models are frozen out of its walks when loaded (extractors/diacritics.py)."""
    import gc
    first, second, third = gc.get_threshold()
    if 0 < first < 10_000:
        gc.set_threshold(10_000, second, third)


@dataclass(frozen=True)
class Concurrency:
    documents: int     # documents in flight at once (task-runner threads)
    ocr_jobs: int      # Tesseract processes, one thread each: the batch's shared page pool (1: no pool)

    @property
    def tesseract_processes(self) -> int:
        return self.ocr_jobs


def plan_concurrency(files: int, cores: int | None = None, ocr_jobs: int | None = None) -> Concurrency:
    """One Tesseract process per core (each one thread), shared by every document of the batch.

    The pages of all documents in flight go to one pool of `ocr_jobs` worker
    processes (vanban.pipeline.PagePool), so the cores stay busy across documents
    and pages, a one-document batch too. Documents in flight (threads that triage
    pages, restore, extract and load while the pool reads): twice the workers and
    one more, enough to keep the pool fed while some documents are between pages;
    never more than the files. `VANBAN_FLOW_WORKERS` fixes the documents in flight.
    """
    cores = max(1, cores or _cores())
    jobs = max(1, min(cores, ocr_jobs or cores))
    wanted = os.environ.get("VANBAN_FLOW_WORKERS")
    documents = int(wanted) if wanted else (2 * jobs + 1 if jobs > 1 else 1)
    documents = max(1, min(documents, max(1, files)))
    return Concurrency(documents=documents, ocr_jobs=jobs)


def check_dask(address: str, timeout: float = 15) -> int:
    """Connect once before the flow starts: an unreachable scheduler is a one-line error. Returns its workers."""
    from distributed import Client

    from vanban.errors import VanbanError
    try:
        with Client(address, timeout=timeout) as client:
            return len(client.scheduler_info().get("workers", {}))
    except (OSError, TimeoutError) as error:
        raise VanbanError(f"không kết nối được scheduler Dask {address} (cannot reach the Dask scheduler: "
                          f"{str(error).splitlines()[0] if str(error) else type(error).__name__})") from error


def make_task_runner(kind: str, concurrency: Concurrency, dask_address: str | None = None):
    """Prefect task runner: threads on this machine, or an existing Dask cluster."""
    if kind == "dask":
        from prefect_dask import DaskTaskRunner
        if not dask_address:
            from vanban.errors import VanbanError
            raise VanbanError("--task-runner dask cần --dask-address tcp://HOST:PORT (scheduler address needed)")
        check_dask(dask_address)
        return DaskTaskRunner(address=dask_address)
    from prefect.task_runners import ThreadPoolTaskRunner
    return ThreadPoolTaskRunner(max_workers=concurrency.documents)


class _BadFileWithoutTraceback:
    """Console filter: a task failing on a bad file logs one line, not a traceback.

    Prefect logs every failed task run at ERROR with its traceback; for a bad input
    (InputError) or a file that vanished that is noise to a clerk. The traceback
    still reaches the Prefect API (its handler runs before the console's).
    """

    def __init__(self, handler):
        self.handler = handler

    def filter(self, record) -> bool:
        import logging

        from vanban.errors import InputError
        error = record.exc_info[1] if record.exc_info else None
        message = record.getMessage() if record.levelno >= logging.ERROR else ""
        if isinstance(error, (InputError, FileNotFoundError)) or (
                message.startswith("Finished in state Failed") and
                any(f"exception {name}" in message
                    for name in ("InputError", "BudgetExceeded", "FileNotFoundError"))):
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            return record.levelno >= self.handler.level
        return True


class _NoCompletedChatter:
    """Logger filter: Prefect's 'Finished in state Completed()' after every task run says nothing the
    task's own line ('x.pdf: đã nạp (2 trang, …)') does not; failed and crashed runs still say so.
    Dropped before any handler: measured 0.015 CPU-s of the temporary API's time a log line."""

    def filter(self, record) -> bool:
        import logging
        return not (record.levelno == logging.INFO and record.getMessage().startswith("Finished in state Completed"))


def quiet_bad_file_tracebacks() -> None:
    """Install the filters on the console handlers Prefect configured and on the task runs' logger
    (call after importing prefect)."""
    import logging
    task_runs = logging.getLogger("prefect.task_runs")
    if not any(isinstance(f, _NoCompletedChatter) for f in task_runs.filters):
        task_runs.addFilter(_NoCompletedChatter())
    for logger in (logging.getLogger(), logging.getLogger("prefect")):
        for handler in logger.handlers:
            if type(handler).__name__ == "PrefectConsoleHandler" and not any(
                    isinstance(f, _BadFileWithoutTraceback) for f in handler.filters):
                handler.addFilter(_BadFileWithoutTraceback(handler))
