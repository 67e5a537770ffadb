"""Which files a batch takes from the paths it is given."""
from __future__ import annotations

import os
from pathlib import Path

from flows.runtime import DOCUMENT_SUFFIXES, PARTIAL_SUFFIXES
from vanban.errors import InputError


def is_candidate_name(name: str) -> bool:
    """A document's name: not hidden, not a partial download, a suffix vanban reads."""
    if name.startswith(".") or name.startswith("~$"):
        return False
    suffix = Path(name).suffix.lower()
    return suffix in DOCUMENT_SUFFIXES and suffix not in PARTIAL_SUFFIXES


def discover(paths: list[str]) -> list[str]:
    """Files named explicitly (whatever their name), and documents found under folders.

    Folders are walked recursively in name order; hidden folders and symlinked
    folders are not entered. The same file reached twice is listed once. Paths
    are made absolute: Dask workers elsewhere resolve them on the same mount.
    """
    found: list[str] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(os.path.abspath(path))

    for raw in paths:
        path = Path(os.path.abspath(raw))
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not os.path.islink(os.path.join(folder, d)))
                for name in sorted(files):
                    if is_candidate_name(name):
                        add(Path(folder) / name)
        elif path.exists():
            add(path)
        else:
            raise InputError(raw, "không tìm thấy tệp hay thư mục (no such file or folder)")
    return found
