"""vanban's data files: domain dictionaries, lexicons and trained models.

Each file documents itself in its first lines (`#` comments). `path(name)`
finds one; the scripts that rebuild them live beside them (build_*.py).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    return HERE / name
