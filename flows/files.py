"""Small file operations the flows share: free names, reason files, atomic moves."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path


def free_name(folder: Path, name: str) -> Path:
    """folder/name, or folder/stem-1.suffix, -2... : never an existing file."""
    candidate = folder / name
    if not os.path.lexists(candidate) and not os.path.lexists(str(candidate) + ".reason.txt"):
        return candidate
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(1, 100_000):
        candidate = folder / f"{stem}-{n}{suffix}"
        if not os.path.lexists(candidate) and not os.path.lexists(str(candidate) + ".reason.txt"):
            return candidate
    raise FileExistsError(f"{folder}: no free name for {name}")


def move_exclusive(source: Path, folder: Path, name: str | None = None) -> Path:
    """Rename `source` into `folder` under a free name; never overwrites.

    os.link + unlink makes "create only if absent" atomic on POSIX; where hard
    links are refused (some network shares) it falls back to a checked rename.
    Symlinks are moved as links (their target is untouched).
    """
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        target = free_name(folder, name or source.name)
        if source.is_symlink():
            os.rename(source, target)
            return target
        try:
            os.link(source, target, follow_symlinks=False)
        except FileExistsError:
            continue            # taken meanwhile: next free name
        except OSError:
            if os.path.lexists(target):
                continue
            os.rename(source, target)
            return target
        os.unlink(source)
        return target


def reason_slot(folder: Path, name: str, original: str) -> Path:
    """Where `vanban ingest --quarantine` notes why `original` was set aside: the note already written
    for that same file on an earlier run (rewritten), else a free name."""
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(0, 100_000):
        candidate = folder / (name if n == 0 else f"{stem}-{n}{suffix}")
        note = Path(str(candidate) + ".reason.txt")
        if not os.path.lexists(candidate) and not os.path.lexists(note):
            return candidate
        try:
            if note.read_text(encoding="utf-8").splitlines()[0] == f"tệp (file): {original}":
                return candidate
        except (OSError, IndexError, UnicodeDecodeError):
            continue
    raise FileExistsError(f"{folder}: no free name for {name}")


def write_reason(path: Path, original: str, reason: str, doc_id: str | None = None) -> Path:
    """`<path>.reason.txt`: why the file was set aside (Vietnamese first), for the clerk."""
    lines = [f"tệp (file): {original}",
             f"lý do (reason): {reason}",
             f"thời gian (time): {datetime.now().astimezone().isoformat(timespec='seconds')}"]
    if doc_id:
        lines.append(f"sha256: {doc_id}")
    reason_path = Path(str(path) + ".reason.txt")
    reason_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return reason_path
