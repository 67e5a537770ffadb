"""The whole hostile corpus plus the good samples through the real batch, as users run it.

`vanban ingest` over one folder tree holding every broken and hostile input
(tests/hostile_corpus.py) beside the good samples: the batch completes, every
good document is loaded exactly once, every bad file is quarantined with one
line in Vietnamese naming it, nothing is modified. Then the same corpus through
`vanban watch INBOX --once`, and the limits (settings, VANBAN_* overrides).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.hostile_corpus import (ROOT, SAMPLES, SYMLINK_REASON, cli_env, good_pdf, make, make_symlink_out,
                                  our_tracebacks, sha256, store_state)


def _fingerprints(folder: Path) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def _vanban(env: dict, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vanban.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-ingest")
    archive = root / "kho lưu trữ"
    corpus = archive / "hỏng và lạ"
    cases = make(corpus)
    good_samples = sorted([*SAMPLES.glob("*.digital.pdf"), *sorted(SAMPLES.glob("*.signed.pdf"))[:2]])
    (archive / "mẫu").mkdir(parents=True)
    for sample in good_samples:
        shutil.copy2(sample, archive / "mẫu" / sample.name)
    outside = root / "ngoài kho" / "ngoai-kho.pdf"
    outside.parent.mkdir()
    outside.write_bytes(good_pdf(lines=["ỦY BAN NHÂN DÂN", "Số: 99/TB-UBND", "THÔNG BÁO", "Tệp ngoài kho"]))
    link = make_symlink_out(corpus, outside)
    before = _fingerprints(archive)
    db = f"sqlite:///{root / 'kho.db'}"
    quarantine = root / "cách ly"
    started = time.monotonic()
    done = _vanban(cli_env(root / "prefect"), "ingest", str(archive), "--db", db, "--quarantine", str(quarantine),
                   "--no-progress")
    return dict(root=root, archive=archive, corpus=corpus, cases=cases, samples=good_samples, outside=outside,
                link=link, before=before, db=db, quarantine=quarantine, done=done,
                seconds=time.monotonic() - started)


def test_batch_completes_and_loads_every_good_document_once(batch):
    done = batch["done"]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stdout
    assert not our_tracebacks(done.stderr), done.stderr[-5000:]
    good = {sha256(batch["corpus"] / c.name) for c in batch["cases"] if c.expect == "ok"}
    good |= {sha256(p) for p in batch["samples"]}
    loaded = store_state(batch["db"])                 # also: no partial document, no orphan rows
    assert good <= set(loaded), "good documents missing from the store"
    assert set(loaded) == good                        # the outside symlink's target is not read
    assert f"đã nạp: {len(loaded)}" in done.stdout
    print(f"\nhostile batch: {len(batch['cases']) + len(batch['samples']) + 1} files in {batch['seconds']:.1f} s")


def test_every_bad_file_is_quarantined_with_one_line_naming_it(batch):
    from sqlalchemy import select

    from store import open_store
    from store.models import Failure
    lines = batch["done"].stdout.splitlines()
    store = open_store(batch["db"])
    try:
        with store.session() as session:
            failures = {row.path: row.reason for row in session.scalars(select(Failure))}
    finally:
        store.close()
    refused = [c for c in batch["cases"] if c.expect == "refused"]
    assert f"cách ly: {len(refused)}" in batch["done"].stdout or f"cách ly: {len(refused) + 1}" in batch["done"].stdout
    for case in refused:
        path = str(batch["corpus"] / case.name)
        mine = [line for line in lines if line.strip().startswith(f"- {path}: ")]
        assert len(mine) == 1, (case.name, lines)
        reason = mine[0].split(": ", 1)[1]
        assert case.reason in reason, (case.name, reason)
        assert any(ch in reason for ch in "ảạàáãăâđêôơưệộớờểịổ"), f"{case.name}: reason not in Vietnamese: {reason}"
        assert failures.get(path, "").startswith(reason), (case.name, failures.get(path))
        note = (batch["quarantine"] / f"{case.name}.reason.txt").read_text(encoding="utf-8").splitlines()
        assert note[0] == f"tệp (file): {path}" and case.reason in note[1], note


def test_altered_signature_is_reported_invalid_and_intact_ones_valid(batch):
    from sqlalchemy import select

    from store import open_store
    from store.models import SignatureRow
    if not any(c.name == "signed-altered.pdf" for c in batch["cases"]):
        pytest.skip("no samples/*.signed.pdf here")
    altered = sha256(batch["corpus"] / "signed-altered.pdf")
    intact = {sha256(p) for p in batch["samples"] if p.name.endswith(".signed.pdf")}
    store = open_store(batch["db"])
    try:
        with store.session() as session:
            rows = [(r.doc_id, r.valid) for r in session.scalars(
                select(SignatureRow).where(SignatureRow.source == "pdf-signature"))]
    finally:
        store.close()
    assert [valid for doc, valid in rows if doc == altered] == [False]
    assert {doc for doc, valid in rows if valid is True} == intact


def test_no_input_file_is_moved_or_modified(batch):
    assert _fingerprints(batch["archive"]) == batch["before"]
    assert batch["link"].is_symlink() and batch["outside"].exists()


def test_symlink_out_of_the_batch_folder_is_refused(batch):
    assert sha256(batch["outside"]) not in store_state(batch["db"])
    lines = [line for line in batch["done"].stdout.splitlines() if str(batch["link"]) in line]
    assert len(lines) == 1 and SYMLINK_REASON in lines[0]


def _age(*paths: Path, seconds: float = 3600) -> None:
    past = time.time() - seconds
    for path in paths:
        os.utime(path, (past, past), follow_symlinks=False)


def test_watch_once_files_every_input_where_it_says(batch, tmp_path):
    inbox = tmp_path / "hộp thư"
    shutil.copytree(batch["corpus"], inbox, symlinks=True)
    _age(*[p for p in inbox.iterdir()])
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    # the batch's Prefect home: pages it read are taken from its cache (keyed by sha256), not read again
    done = _vanban(cli_env(batch["root"] / "prefect"), "watch", str(inbox), "--once", "--stable-seconds", "0.2",
                   "--db", db)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not our_tracebacks(done.stderr), done.stderr[-5000:]
    processed = inbox / "processed" / date.today().isoformat()
    quarantine = inbox / "quarantine"
    for case in batch["cases"]:
        if case.name == "zero.pdf":
            # an empty file may be a copy about to start: watch leaves it in the inbox (logged as "still being
            # written or empty") and never loses it; it is not quarantined however long it stays empty
            assert (inbox / "zero.pdf").is_file() or (quarantine / "zero.pdf").is_file()
            continue
        if case.expect == "ok":
            assert (processed / case.name).is_file(), case.name
        else:
            assert (quarantine / case.name).is_file(), case.name
            note = (quarantine / f"{case.name}.reason.txt").read_text(encoding="utf-8").splitlines()
            assert note[0] == f"tệp (file): {inbox / case.name}" and case.reason in note[1], note
    # the link is set aside (as a link), its target untouched and never loaded
    assert (quarantine / "link-out.pdf").is_symlink()
    assert SYMLINK_REASON in (quarantine / "link-out.pdf.reason.txt").read_text(encoding="utf-8")
    assert batch["outside"].exists()
    assert sorted(p.name for p in inbox.iterdir() if p.name not in (".work", "zero.pdf")) == ["processed", "quarantine"]
    loaded = store_state(db)
    assert set(loaded) == {sha256(processed / c.name) for c in batch["cases"] if c.expect == "ok"}


# --------------------------------------------------------------------------- limits
def _extract(path: Path, timeout: float = 120, **env: str) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "vanban.cli", "extract", str(path)], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout, env={**os.environ, "OMP_THREAD_LIMIT": "1", **env})
    return done, time.monotonic() - started


def _one_line(done: subprocess.CompletedProcess, name: str) -> str:
    assert done.returncode == 2 and done.stdout == "", (done.returncode, done.stderr[-2000:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_safe_default_limits():
    from vanban.settings import Settings
    settings = Settings()
    assert 1 <= settings.max_pages <= 2000
    assert 1_000_000 <= settings.max_pixels <= 100_000_000      # an A4 page at 300 dpi is 8.7 million
    assert 10 <= settings.tesseract_timeout <= 600
    assert 60 <= settings.document_time_budget <= 4 * 3600
    assert settings.max_file_bytes <= 1 << 30


def test_page_and_pixel_limits_from_the_environment(batch, tmp_path):
    three = tmp_path / "ba trang.pdf"
    three.write_bytes(good_pdf(3))
    line = _one_line(_extract(three, VANBAN_MAX_PAGES="2")[0], "ba trang.pdf")
    assert "quá nhiều trang (3 > giới hạn 2)" in line
    line = _one_line(_extract(batch["corpus"] / "scan.png", VANBAN_MAX_PIXELS="1000000")[0], "scan.png")
    assert "ảnh quá lớn" in line


def _slow_tesseract(folder: Path, seconds: int) -> Path:
    """A `tesseract` command that takes `seconds` before each page (its version and languages answer at
    once); callers set VANBAN_TESSERACT_API=0 so pages go to the command, not to libtesseract (whose own
    deadline tests/test_ocr.py checks)."""
    real = shutil.which("tesseract")
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "tesseract"
    # one process from start to end (sleep, then exec Tesseract): a timeout that kills it leaves nothing behind
    script.write_text(f'#!/bin/sh\ncase "$*" in *--version*|*--list-langs*) exec {real} "$@";; esac\n'
                      f'exec {sys.executable} -c "import os, sys, time; time.sleep({seconds}); '
                      f'os.execv(sys.argv[1], sys.argv[1:])" {real} "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder


def test_tesseract_timeout_per_page_is_honoured(batch, tmp_path):
    slow = _slow_tesseract(tmp_path / "bin", 60)
    done, seconds = _extract(batch["corpus"] / "scan.png", VANBAN_TESSERACT_TIMEOUT="2", VANBAN_OCR_JOBS="1",
                             VANBAN_TESSERACT_API="0", PATH=f"{slow}{os.pathsep}{os.environ['PATH']}")
    assert done.returncode == 2 and seconds < 45, (seconds, done.stderr[-1500:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "quá thời gian" in lines[0] and "Traceback" not in done.stderr, done.stderr[-1500:]
    assert "scan.png" in lines[0], lines[0]


def test_document_time_budget_is_honoured(tmp_path):
    """A 3-page scan whose pages take 2 s each, with a 3-s budget: refused after its second page."""
    import io

    from PIL import Image
    from tests.hostile_corpus import image_bytes
    frames = [Image.open(io.BytesIO(image_bytes("PNG", size=(620, 877)))) for _ in range(3)]
    scan = tmp_path / "ba trang quét.tif"
    frames[0].save(scan, format="TIFF", save_all=True, append_images=frames[1:], dpi=(75, 75))
    slow = _slow_tesseract(tmp_path / "bin", 2)
    done, seconds = _extract(scan, VANBAN_DOCUMENT_TIME_BUDGET="3", VANBAN_OCR_JOBS="1",
                             VANBAN_TESSERACT_API="0", PATH=f"{slow}{os.pathsep}{os.environ['PATH']}")
    line = _one_line(done, scan.name)
    assert "quá thời gian cho phép xử lý một văn bản" in line, line
