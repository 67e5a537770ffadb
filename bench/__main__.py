"""Run every bench module present (bench/*.py), each printing its table: python -m bench

    python -m bench speed [--quick]     one module, with its own options
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main() -> int:
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):          # python -m bench NAME [options]
        module = importlib.import_module(f"bench.{sys.argv[1]}")
        return int(module.main(sys.argv[2:]) or 0)
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
