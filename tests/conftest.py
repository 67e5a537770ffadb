"""Shared test setup: offline Prefect, paths to ../shared and samples/."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present here: the shared scorers and seeds are needed for this test")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared_dir) -> Path:
    return shared_dir / "seeds"


def run_scorer(shared: Path, name: str, *args: str) -> dict:
    """Run one of ../shared/eval's scorers with --json and return its result."""
    import json
    import subprocess
    out = subprocess.run([sys.executable, str(shared / "eval" / name), *args, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


# --------------------------------------------------------------------------- PostgreSQL (store tests)
from tests.pg import pg_database, pg_url  # noqa: E402,F401  throwaway cluster fixtures
