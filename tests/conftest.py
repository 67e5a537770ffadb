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


# --------------------------------------------------------------------------- record scoring
RECORD_KINDS = ("scores", "ranks", "tasks", "deadlines", "metrics", "overall")


def pooled_record_scores(scorer, pairs) -> dict:
    """score_records.py over several (gold, pred) documents, pooled: P/R/F1 per kind, share of fields right."""
    totals = {k: [0, 0, 0] for k in RECORD_KINDS}
    fields = [0, 0]
    for gold, pred in pairs:
        result = scorer.score(gold, pred)["result"]
        for k in RECORD_KINDS:
            totals[k] = [a + b for a, b in zip(totals[k], (result[k]["hits"], result[k]["gold"], result[k]["pred"]))]
        fields[0] += result["document"]["fields_right"]
        fields[1] += result["document"]["fields"]
    out = {k: scorer.prf(*v) for k, v in totals.items()}
    out["fields"] = fields[0] / fields[1] if fields[1] else 1.0
    return out


# --------------------------------------------------------------------------- PostgreSQL (store tests)
from tests.pg import pg_database, pg_url  # noqa: E402,F401  throwaway cluster fixtures
