"""Models built from dictionaries/ at start-up, kept ready-built on disk between runs.

Every vanban process builds the restorer's language model and OCR candidate table
from their data files (dictionaries/restore_lm.tsv.gz, ocr_candidates.tsv.gz):
about 1–2 CPU-s a process, measured, paid again by every `vanban extract`, every
ingest and every OCR-less test run. `cached(name, build, inputs)` keeps what
`build()` returns as a pickle, keyed by the sha256 of the input files and of the
building module's source, so a changed data file or changed code builds again.

    table = cached("ocr-candidates", build_table, [path_of_data], __file__)

Where: `VANBAN_CACHE_DIR`, else `$XDG_CACHE_HOME/vanban`, else `~/.cache/vanban`;
`VANBAN_CACHE_DIR=off` builds every time. A missing, torn or unreadable cache file
is rebuilt; a cache that cannot be written is skipped silently (the build result is
used as is). Files are written atomically (temporary name, then rename). Only
vanban writes there: the files are read back with pickle, so the folder must not be
writable by other users (it is created 0700).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, Iterable, Optional, TypeVar

T = TypeVar("T")
FORMAT = 1


def cache_dir() -> Optional[Path]:
    wanted = os.environ.get("VANBAN_CACHE_DIR", "").strip()
    if wanted.lower() in ("off", "0", "none", "false"):
        return None
    if wanted:
        return Path(wanted).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "vanban"


def _key(name: str, inputs: Iterable[Path], code: Iterable[str]) -> str:
    digest = hashlib.sha256(f"{name}\0{FORMAT}\0{sys.version_info[:2]}\0".encode())
    for path in [*inputs, *map(Path, code)]:
        digest.update(str(Path(path).name).encode() + b"\0")
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:24]


def cached(name: str, build: Callable[[], T], inputs: Iterable[Path], *code: str) -> T:
    """build(), or the copy kept from an earlier run with the same inputs and code."""
    folder = cache_dir()
    inputs = [Path(p) for p in inputs]
    if folder is None or not all(p.exists() for p in inputs):
        return build()
    try:
        slot = folder / f"{name}-{_key(name, inputs, code)}.pickle"
    except OSError:
        return build()
    try:
        with open(slot, "rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except OSError:                       # no cache to be had there (not a folder, no permission)
        return build()
    except Exception:  # noqa: BLE001 - torn or foreign: build again and replace it
        try:
            slot.unlink(missing_ok=True)
        except OSError:
            pass
    value = build()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for old in folder.glob(f"{name}-*.pickle"):     # an earlier version's copy is dead weight
            if old != slot:
                old.unlink(missing_ok=True)
        temporary = slot.with_name(f".{slot.name}.{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, slot)
    except OSError:
        pass
    return value
