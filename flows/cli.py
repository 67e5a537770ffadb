"""`vanban ingest` and `vanban watch`: argument handling around flows/ingest.py and flows/watch.py."""
from __future__ import annotations

import os
import sys

from flows import api
from flows.runtime import prepare_environment


def _wants_bar(args) -> bool:
    return not getattr(args, "no_progress", False) and sys.stderr.isatty()


def ingest(args) -> int:
    """Exit 0 when every file was dealt with (loaded, skipped or quarantined); 1 when some
    failed transiently (run again later: finished work is skipped)."""
    bar = _wants_bar(args)
    prepare_environment(progress_bar=bar)
    if all(os.path.exists(path) for path in args.paths):     # (a missing path is reported without it)
        api.start()                   # Prefect's temporary API starts while the rest gets ready
    try:
        from flows.ingest import run_ingest
        summary = run_ingest(list(args.paths), args.db, reprocess=args.reprocess, quarantine_dir=args.quarantine,
                             progress=bar, task_runner=args.task_runner, dask_address=args.dask_address)
    finally:
        api.stop()
    print(summary.format())
    return 0 if summary.complete else 1


def watch(args) -> int:
    """`--once`: one pass now. Otherwise serve the watch flow on its cron schedule (Ctrl-C stops)."""
    once = getattr(args, "once", False)
    prepare_environment(progress_bar=False)
    if once:
        api.start()                   # (served on a schedule: no temporary API kept running for days)
    from flows.watch import run_watch_once, serve_watch
    if once:
        try:
            summary = run_watch_once(args.inbox, args.db, stable_seconds=args.stable_seconds)
        finally:
            api.stop()
        print(summary.format())
        return 0 if summary.complete else 1
    serve_watch(args.inbox, args.db, cron=args.cron, stable_seconds=args.stable_seconds)
    return 0
