"""Nightly inbox watching: take the files that stopped changing, claim, ingest, file away.

    INBOX/                      documents dropped here (subfolders too)
    INBOX/.work/<run>/          claimed by a pass (atomic rename, same filesystem)
    INBOX/processed/YYYY-MM-DD/ loaded, or already in the store
    INBOX/quarantine/           permanent problems, each beside <name>.reason.txt

A file is taken only when its size, mtime and ctime stayed the same for
`stable_seconds` (and its mtime is at least that old): a half-copied file waits
for the next pass. Hidden files and partial downloads (.part, .crdownload, .tmp)
are never taken; a symlink pointing outside the inbox is quarantined (the link,
not its target). One pass at a time per inbox (a lock in .work); files a crashed
pass left in .work are taken again by the next. A transient failure puts the file
back in the inbox for the next pass. Names never overwrite: `-1`, `-2`... suffixes.
"""
from __future__ import annotations

import fcntl
import os
import time
from datetime import date, datetime
from pathlib import Path
from typing import Optional

from flows.runtime import prepare_environment

prepare_environment()

from prefect import flow, get_run_logger  # noqa: E402

from flows.discover import is_candidate_name  # noqa: E402
from flows.files import free_name, move_exclusive, write_reason  # noqa: E402
from flows.ingest import check_store, ingest_flow  # noqa: E402
from flows.outcomes import DONE, FAILED, QUARANTINED, DocumentOutcome, IngestSummary  # noqa: E402
from flows.runtime import make_task_runner, plan_concurrency  # noqa: E402
from flows.tasks import describe, with_store  # noqa: E402

WORK, PROCESSED, QUARANTINE = ".work", "processed", "quarantine"
OUTSIDE_LINK = "liên kết tượng trưng trỏ ra ngoài thư mục nhận (symlink pointing outside the inbox)"


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def scan_inbox(inbox: Path) -> tuple[list[Path], list[Path]]:
    """(document files to consider, symlinks pointing outside the inbox)."""
    real_inbox = os.path.realpath(inbox)
    files: list[Path] = []
    outside: list[Path] = []
    for folder, dirs, names in os.walk(inbox):
        top = Path(folder) == inbox
        keep = []
        for d in sorted(dirs):
            full = os.path.join(folder, d)
            if d.startswith(".") or (top and d in (PROCESSED, QUARANTINE)):
                continue
            if os.path.islink(full):
                if not _inside(os.path.realpath(full), real_inbox):
                    outside.append(Path(full))
                continue
            keep.append(d)
        dirs[:] = keep
        for name in sorted(names):
            path = Path(folder) / name
            if not is_candidate_name(name):
                continue
            if path.is_symlink():
                if not _inside(os.path.realpath(path), real_inbox):
                    outside.append(path)
                continue            # a link to a file inside the inbox: the file itself is taken
            files.append(path)
    return files, outside


def _fingerprint(path: Path):
    try:
        st = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def stable_files(files: list[Path], stable_seconds: float) -> tuple[list[tuple[Path, tuple]], list[Path]]:
    """Files unchanged across a `stable_seconds` window and at least that old: (stable, still changing)."""
    if not files:
        return [], []
    first = {p: _fingerprint(p) for p in files}
    time.sleep(stable_seconds)
    now_ns = time.time_ns()
    stable, changing = [], []
    for p in files:
        second = _fingerprint(p)
        if second is None:
            continue                                   # gone meanwhile (someone else took it)
        if (second == first[p] and second[0] > 0
                and now_ns - second[1] >= stable_seconds * 1e9):
            stable.append((p, second))
        else:
            changing.append(p)
    return stable, changing


def _lock(inbox: Path):
    work = inbox / WORK
    work.mkdir(parents=True, exist_ok=True)
    handle = open(work / ".lock", "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


def _claim(files: list[tuple[Path, tuple]], run_dir: Path) -> dict[Path, Path]:
    """Rename each still-unchanged file into this pass's work folder: {claimed: original}."""
    claimed: dict[Path, Path] = {}
    for path, fingerprint in files:
        if _fingerprint(path) != fingerprint:
            continue
        run_dir.mkdir(parents=True, exist_ok=True)
        target = free_name(run_dir, path.name)
        try:
            os.rename(path, target)                 # atomic; fails if another pass took it first
        except FileNotFoundError:
            continue
        claimed[target] = path
    return claimed


def _leftovers(inbox: Path) -> dict[Path, Path]:
    """Files a crashed pass left in .work: taken again, filed as if they came from the inbox."""
    found: dict[Path, Path] = {}
    work = inbox / WORK
    for run_dir in sorted(p for p in work.iterdir() if p.is_dir()):
        for path in sorted(run_dir.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                found[path] = inbox / path.name
    return found


@flow(name="vanban-watch", validate_parameters=False, log_prints=False)
def watch_flow(inbox: str, db_url: str, stable_seconds: float = 10.0) -> IngestSummary:
    """One pass over the inbox."""
    logger = get_run_logger()
    started = time.monotonic()
    root = Path(os.path.abspath(inbox))        # the same spelling discover() gives the ingest flow
    summary = IngestSummary()
    if not root.is_dir():
        logger.error("%s: không phải thư mục (not a folder)", inbox)
        return summary
    lock = _lock(root)
    if lock is None:
        logger.warning("%s: một lượt khác đang chạy, bỏ qua lượt này (another pass is running)", inbox)
        return summary
    try:
        claimed = _leftovers(root)
        if claimed:
            logger.warning("lấy lại %d tệp lượt trước bỏ dở trong %s", len(claimed), WORK)
        files, outside = scan_inbox(root)
        for link in outside:
            dest = move_exclusive(link, root / QUARANTINE)
            write_reason(dest, str(link), OUTSIDE_LINK)
            _record_failure(db_url, str(dest), OUTSIDE_LINK, None)
            logger.warning("%s: cách ly: %s", link, OUTSIDE_LINK)
            summary.outcomes.append(DocumentOutcome(path=str(link), status=QUARANTINED, reason=OUTSIDE_LINK,
                                                    moved_to=str(dest)))
        stable, changing = stable_files(files, stable_seconds)
        for path in changing:
            logger.info("%s: đang được ghi hoặc còn rỗng, để lượt sau (still being written or empty)", path)
        run_dir = root / WORK / f"{datetime.now():%Y%m%dT%H%M%S}-{os.getpid()}"
        claimed.update(_claim(stable, run_dir))
        if claimed:
            concurrency = plan_concurrency(len(claimed))
            ingest = ingest_flow.with_options(task_runner=make_task_runner("thread", concurrency))
            result = ingest(paths=[str(p) for p in claimed], db_url=db_url, record_failures=False,
                            ocr_jobs=concurrency.ocr_jobs)
            _file_away(root, claimed, result, db_url, summary)
        for folder in (root / WORK).iterdir():          # this pass's and crashed passes' emptied folders
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    finally:
        lock.close()
    summary.seconds = round(time.monotonic() - started, 2)
    logger.info("đã nạp %d, trùng %d, cách ly %d, lỗi tạm thời %d", summary.ingested,
                len(summary.duplicates), len(summary.quarantined), len(summary.failed))
    return summary


def _record_failure(db_url: str, path: str, reason: str, doc_id: Optional[str]) -> None:
    try:
        with_store(db_url, lambda store: store.record_failure(path, reason, doc_id=doc_id))
    except Exception as error:  # noqa: BLE001 - the reason file is there anyway
        get_run_logger().warning("%s: không ghi được lỗi vào kho: %s", path, describe(error))


def _file_away(root: Path, claimed: dict[Path, Path], result: IngestSummary, db_url: str,
               summary: IngestSummary) -> None:
    logger = get_run_logger()
    names = {str(work): str(original) for work, original in claimed.items()}
    today = root / PROCESSED / date.today().isoformat()
    for work, original in claimed.items():
        outcome = result.outcome(str(work)) or DocumentOutcome(
            path=str(work), status=FAILED, reason="không có kết quả (no outcome)")
        reason = outcome.reason
        if reason and str(root / WORK) in reason:      # "same bytes as .work/…/x.pdf": name the inbox file
            for work_name, original_name in names.items():
                reason = reason.replace(work_name, original_name)
        if outcome.status in DONE:
            dest = move_exclusive(work, today, original.name)
        elif outcome.status == QUARANTINED:
            dest = move_exclusive(work, root / QUARANTINE, original.name)
            write_reason(dest, str(original), reason or "", outcome.doc_id)
            _record_failure(db_url, str(dest), reason or "", outcome.doc_id)
        else:                                       # transient: back to the inbox for the next pass
            original.parent.mkdir(parents=True, exist_ok=True)
            dest = move_exclusive(work, original.parent, original.name)
        logger.info("%s -> %s", original, dest)
        outcome.path, outcome.reason, outcome.moved_to = str(original), reason, str(dest)
        summary.outcomes.append(outcome)


def check_inbox(inbox: str) -> None:
    from vanban.errors import InputError
    if not Path(inbox).is_dir():
        raise InputError(inbox, "không phải thư mục hoặc không tồn tại (not an existing folder)")


def run_watch_once(inbox: str, db_url: str, stable_seconds: float = 10.0) -> IngestSummary:
    check_inbox(inbox)
    check_store(db_url)
    from flows.runtime import tune_collector
    tune_collector()
    from flows import api
    api.wait()                        # the temporary Prefect API started by the CLI (flows/api.py), if any
    with api.flow_settings():
        return watch_flow(inbox=os.path.abspath(inbox), db_url=db_url, stable_seconds=stable_seconds)


def local_timezone() -> str:
    """IANA name of this machine's time zone ("Asia/Ho_Chi_Minh"), so "0 2 * * *" means 2 a.m. here."""
    from zoneinfo import ZoneInfo
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    real = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in real:
        candidates.append(real.split("zoneinfo/", 1)[1])
    try:
        candidates.append(Path("/etc/timezone").read_text().strip())
    except OSError:
        pass
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
            return name
        except Exception:  # noqa: BLE001 - not a zone name
            continue
    return "UTC"


def check_cron(cron: str) -> None:
    from cronsim import CronSim, CronSimError
    from vanban.errors import VanbanError
    try:
        CronSim(cron, datetime.now())
    except CronSimError as error:
        raise VanbanError(f"lịch cron không hợp lệ {cron!r} (invalid cron expression: {error})")


def serve_watch(inbox: str, db_url: str, cron: str = "0 2 * * *", stable_seconds: float = 10.0) -> None:
    """Run the watch pass on `cron` (local time) until stopped (Ctrl-C).

    With a Prefect server (PREFECT_API_URL set) the flow is served as the
    `vanban-watch` deployment (`flow.serve`), scheduled by the server and visible in
    its UI. Without one (Prefect's temporary API cannot schedule) vanban keeps the
    schedule itself and runs the same flow at each cron time.
    """
    check_cron(cron)
    check_inbox(inbox)
    check_store(db_url)
    parameters = {"inbox": os.path.abspath(inbox), "db_url": db_url, "stable_seconds": stable_seconds}
    from prefect.settings import PREFECT_API_URL
    if PREFECT_API_URL.value():
        from prefect.schedules import Cron
        watch_flow.serve(name="vanban-watch", schedules=[Cron(cron, timezone=local_timezone())],
                         parameters=parameters)
        return
    run_on_schedule(cron, parameters)


def run_on_schedule(cron: str, parameters: dict, runs: Optional[int] = None) -> None:
    """The local scheduler: sleep until the next cron time, run one pass, repeat."""
    import logging
    import sys

    from cronsim import CronSim
    logger = logging.getLogger("vanban.watch")
    done = 0
    while runs is None or done < runs:
        now = datetime.now().astimezone()
        upcoming = next(CronSim(cron, now))
        print(f"vanban watch: lượt tiếp theo lúc {upcoming:%Y-%m-%d %H:%M %Z} ({cron})", file=sys.stderr)
        while (left := (upcoming - datetime.now().astimezone()).total_seconds()) > 0:
            time.sleep(min(left, 60))
        try:
            summary = watch_flow(**parameters)
            print(summary.format(), file=sys.stderr)
        except Exception as error:  # noqa: BLE001 - one failed pass never stops the schedule
            logger.error("vanban watch: lượt chạy lỗi: %s", describe(error), exc_info=True)
        done += 1
