"""Crash safety: `vanban ingest` killed with SIGKILL at random points, then run again.

Each kill (seeded) starts the real batch as a subprocess (its own process group:
the Prefect server it starts dies with it, as on a power cut), waits until a random
number of new documents is in the store, then for the next load to begin (the
store's test hook holds each load 0.5 s with its rows flushed but not committed:
the most dangerous moment) plus a random delay, and kills the whole group. The store must then hold only whole documents (no partial rows, SQLite
integrity intact). Kills follow one another (each run resumes what the last one
left); then a re-run, with the same Prefect home (its page cache possibly cut in
the middle of a write), must exit 0 with every good document loaded exactly once
and every bad file quarantined. Two kills on SQLite, one on PostgreSQL (each
Prefect start costs ~7 s: the trials are chained to keep the file near a minute).
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.load import HOOK_ENV
from tests.hostile_corpus import ROOT, SAMPLES, cli_env, image_bytes, our_tracebacks, sha256, store_state

SEED = 20251202


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> tuple[Path, set[str], list[str]]:
    """Good documents (born-digital samples and a PNG scan), a duplicate and two bad files."""
    folder = tmp_path_factory.mktemp("crash") / "lô"
    folder.mkdir()
    digital = sorted(SAMPLES.glob("*.digital.pdf"))[:3]
    if len(digital) < 2:
        pytest.skip("samples/*.digital.pdf missing")
    for sample in digital:
        shutil.copy2(sample, folder / sample.name)
    (folder / "quét.png").write_bytes(image_bytes("PNG"))
    shutil.copy2(digital[0], folder / "bản sao.pdf")
    data = digital[1].read_bytes()
    (folder / "cụt.pdf").write_bytes(data[: len(data) // 2])
    (folder / "rác.pdf").write_bytes(os.urandom(2048))
    good = {sha256(p) for p in [*digital, folder / "quét.png"]}
    return folder, good, ["cụt.pdf", "rác.pdf"]


def _start(folder: Path, db: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "vanban.cli", "ingest", str(folder), "--db", db,
                             "--no-progress"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _loaded(db: str) -> int:
    try:
        return len(store_state(db))
    except AssertionError:
        raise
    except Exception:  # noqa: BLE001 - schema not there yet, or the database busy for a moment
        return -1


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)        # our own process group: the batch and its children
    except ProcessLookupError:
        pass
    process.communicate(timeout=30)


def _kill_at_random(folder: Path, db: str, env: dict, good: set[str], rng: random.Random, marker: Path) -> str:
    """Start the batch; once a random number of new documents is in the store, wait for the next load to
    start (the store's test hook pauses each load for 0.5 s with its rows flushed, not committed), let a
    random part of that pause pass, and SIGKILL the whole process group."""
    before = max(0, _loaded(db))
    target = before + rng.randint(0, max(0, len(good) - before - 1))
    delay = rng.uniform(0.0, 0.6)
    marker.unlink(missing_ok=True)
    process = _start(folder, db, {**env, HOOK_ENV: f"pause:{marker}", "VANBAN_STORE_TEST_PAUSE_SECONDS": "0.5"})
    deadline = time.monotonic() + 150
    try:
        while _loaded(db) < target and process.poll() is None:
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.05)
        marker.unlink(missing_ok=True)
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)                              # the next load has begun (or nothing is left to load)
        time.sleep(delay)
        finished_first = process.poll() is not None
    finally:
        _kill_group(process)
    where = (f"killed {delay:.2f} s into a load, {target} documents stored" if marker.exists() else
             f"killed {delay:.2f} s after {target} documents were stored") + (
                 " (it had already finished)" if finished_first else "")
    state = store_state(db)                            # whole documents only, no orphan rows
    assert set(state) <= good, where
    if db.startswith("sqlite"):
        import sqlite3
        connection = sqlite3.connect(db.removeprefix("sqlite:///"))
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
        finally:
            connection.close()
    return where


def _crash_and_rerun(folder: Path, good: set[str], bad: list[str], db: str, home: Path, rng: random.Random,
                     kills: int) -> list[str]:
    """`kills` runs killed at random points one after the other (each resuming the last), then one to the end."""
    env = cli_env(home)
    points = [_kill_at_random(folder, db, env, good, rng, home.parent / f"{home.name}-paused")
              for _ in range(kills)]
    rerun = subprocess.run([sys.executable, "-m", "vanban.cli", "ingest", str(folder), "--db", db, "--no-progress"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, start_new_session=True)
    assert rerun.returncode == 0, (points, rerun.stdout[-2000:], rerun.stderr[-3000:])
    assert not our_tracebacks(rerun.stderr), (points, rerun.stderr[-5000:])
    assert set(store_state(db)) == good, points          # every good document, once (doc_id is the key)
    for name in bad:
        assert sum(1 for line in rerun.stdout.splitlines() if f"/{name}: " in line) == 1, (points, rerun.stdout)
    assert "cách ly: 2" in rerun.stdout and "lỗi tạm thời" not in rerun.stdout, (points, rerun.stdout)
    return points


def test_sigkill_at_random_points_then_rerun_loads_everything_once(folder, tmp_path):
    folder, good, bad = folder
    rng = random.Random(SEED)
    points = _crash_and_rerun(folder, good, bad, f"sqlite:///{tmp_path / 'kho.db'}", tmp_path / "prefect", rng,
                              kills=2)
    print("\n" + "; ".join(points))


@pytest.mark.postgres
def test_sigkill_then_rerun_on_postgresql(folder, tmp_path, pg_database):
    folder, good, bad = folder
    points = _crash_and_rerun(folder, good, bad, pg_database, tmp_path / "prefect", random.Random(SEED + 1),
                              kills=1)
    print("\n" + "; ".join(points))
