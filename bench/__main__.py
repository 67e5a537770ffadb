"""Run every bench module present (bench/*.py), each printing its table: python -m bench"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main() -> int:
    status = 0
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        if path.stem.startswith("_"):
            continue
        module = importlib.import_module(f"bench.{path.stem}")
        if hasattr(module, "main"):
            print(f"== bench.{path.stem}")
            status |= int(module.main([]) or 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
