"""Prefect flows over vanban's stages (see docs/ARCHITECTURE.md and docs/SCALE_OUT.md).

    flows/ingest.py    batch import of files and folder trees (`vanban ingest`)
    flows/watch.py     one pass over an inbox, or served on a cron schedule (`vanban watch`)
    flows/tasks.py     one Prefect task run per document (intake, read, restore, extract, load);
                       read pages cached on disk by sha256 (PREFECT_LOCAL_STORAGE_PATH/vanban-pages)
    flows/runtime.py   offline Prefect defaults, concurrency sized to the cores, task runners
    flows/discover.py  which files a batch takes;  flows/files.py  moves that never overwrite
    flows/outcomes.py  DocumentOutcome, IngestSummary (the closing summary, in Vietnamese)
    flows/cli.py       `vanban ingest` / `vanban watch` argument handling

Import `flows.cli` (or call `flows.runtime.prepare_environment()`) before Prefect is
first imported: Prefect reads its logging settings at import time.
"""
