"""Two `vanban ingest` runs of overlapping folders at the same moment against one PostgreSQL store.

Both folders hold the shared documents in the same walking order, so both
processes reach the same document at about the same time. Both must exit 0
within the time limit (no deadlock, no transient failure left), each shared
document must be loaded by exactly one of them (the other sees a duplicate),
and the store must hold every document once, whole.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile_corpus import ROOT, SAMPLES, cli_env, image_bytes, our_tracebacks, sha256, store_state


@pytest.mark.postgres
def test_two_overlapping_ingests_at_once_store_each_document_once(tmp_path, pg_database):
    digital = sorted(SAMPLES.glob("*.digital.pdf"))
    if len(digital) < 4:
        pytest.skip("samples/*.digital.pdf missing")
    a, b = tmp_path / "phòng A", tmp_path / "phòng B"
    a.mkdir()
    b.mkdir()
    shared = [*digital[:3]]
    for sample in shared:                                    # the overlap: same bytes, same names, same order
        shutil.copy2(sample, a / sample.name)
        shutil.copy2(sample, b / sample.name)
    (a / "quét.png").write_bytes(image_bytes("PNG"))
    shutil.copy2(a / "quét.png", b / "quét.png")
    shutil.copy2(digital[3], b / digital[3].name)           # only in B
    shutil.copy2(digital[0], b / "bản sao của A.pdf")       # the same bytes under another name
    data = digital[1].read_bytes()
    (a / "cụt.pdf").write_bytes(data[: len(data) // 2])     # a bad file in A
    (b / "cụt.pdf").write_bytes(data[: len(data) // 2])     # ... and the same one in B
    good = {sha256(p) for p in [*shared, digital[3], a / "quét.png"]}

    processes = []
    for folder in (a, b):
        env = cli_env(tmp_path / f"prefect-{folder.name[-1]}")
        processes.append(subprocess.Popen([sys.executable, "-m", "vanban.cli", "ingest", str(folder), "--db",
                                           pg_database, "--no-progress"], cwd=ROOT, env=env, text=True,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    outputs = []
    for process in processes:
        try:
            out, err = process.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            for p in processes:
                p.kill()
            pytest.fail("the two ingests did not finish in 240 s (deadlock?)")
        assert process.returncode == 0, err[-3000:]
        assert not our_tracebacks(err) and "lỗi tạm thời, sẽ thử lại" not in out, (out, err[-5000:])
        outputs.append(out)

    loaded = [int(re.search(r"đã nạp: (\d+)", out).group(1)) for out in outputs]
    assert sum(loaded) == len(good), (loaded, outputs)        # each document loaded by exactly one of them
    assert all("cụt.pdf" in out and "cách ly: 1" in out for out in outputs), outputs
    assert set(store_state(pg_database)) == good               # once each, whole

    from sqlalchemy import func, select

    from store import open_store
    from store.models import Failure
    store = open_store(pg_database)
    try:
        with store.session() as session:
            failures = session.execute(select(Failure.path, func.count()).group_by(Failure.path)).all()
    finally:
        store.close()
    assert sorted(Path(path).name for path, _ in failures) == ["cụt.pdf", "cụt.pdf"]   # one row per file
    assert all(count == 1 for _, count in failures)
