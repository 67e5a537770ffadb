"""Which files a batch takes from the paths it is given."""
from __future__ import annotations

import os
from pathlib import Path

from flows.runtime import DOCUMENT_SUFFIXES, PARTIAL_SUFFIXES
from vanban.errors import InputError


OUTSIDE_LINK = "liên kết tượng trưng trỏ ra ngoài thư mục được nạp, không đọc (symlink pointing outside the folder)"
REASON_NOTE = ".reason.txt"      # vanban's own quarantine notes, never documents


def is_candidate_name(name: str) -> bool:
    """A document's name: not hidden, not a partial download, not a quarantine note, a suffix vanban reads."""
    if name.startswith(".") or name.startswith("~$") or name.lower().endswith(REASON_NOTE):
        return False
    suffix = Path(name).suffix.lower()
    return suffix in DOCUMENT_SUFFIXES and suffix not in PARTIAL_SUFFIXES


def discover(paths: list[str]) -> list[str]:
    """The files a batch takes from `paths` (see discover_with_refusals)."""
    return discover_with_refusals(paths)[0]


def discover_with_refusals(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """(files, refused): files named explicitly (whatever their name), and documents found under
    folders; refused are (path, reason) for what a folder holds but must not be read.

    Folders are walked recursively in name order; hidden folders and symlinked
    folders are not entered; a file symlink found in a folder whose target lies
    outside that folder is refused (a link named on the command line is followed:
    the user asked for it). The same file reached twice is listed once. Paths
    are made absolute: Dask workers elsewhere resolve them on the same mount.
    """
    refused: list[tuple[str, str]] = []
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
            root = os.path.realpath(path)
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not os.path.islink(os.path.join(folder, d)))
                for name in sorted(files):
                    if not is_candidate_name(name):
                        continue
                    candidate = Path(folder) / name
                    target = os.path.realpath(candidate)
                    if candidate.is_symlink() and os.path.commonpath([root, target]) != root:
                        refused.append((os.path.abspath(candidate), OUTSIDE_LINK))
                        continue
                    add(candidate)
        elif path.exists():
            add(path)
        else:
            raise InputError(raw, "không tìm thấy tệp hay thư mục (no such file or folder)")
    return found, refused
