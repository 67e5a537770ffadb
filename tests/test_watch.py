"""`vanban watch INBOX --once` end to end on a temporary inbox, with a file still being written."""
from __future__ import annotations

import os
import shutil
import threading
import time
from datetime import date
from pathlib import Path

from tests.test_flows_support import (_make_digital, encrypted_copy, good_documents, harness,  # noqa: F401
                                      random_pdf, truncated_copy)


def _age(*paths: Path, seconds: float = 3600) -> None:
    past = time.time() - seconds
    for path in paths:
        os.utime(path, (past, past), follow_symlinks=False)


def _slow_writer(data: bytes, target: Path, seconds: float) -> threading.Thread:
    """Write `data` to `target` in pieces over `seconds`, as a slow network copy does."""
    def run():
        pieces = 20
        step = len(data) // pieces + 1
        with open(target, "wb") as handle:
            for i in range(pieces):
                handle.write(data[i * step:(i + 1) * step])
                handle.flush()
                time.sleep(seconds / pieces)
    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_watch_once_claims_stable_files_and_files_them_away(tmp_path, harness):
    from flows.outcomes import DUPLICATE, LOADED, QUARANTINED
    from flows.watch import run_watch_once
    from store import open_store

    docs = good_documents(tmp_path / "src")
    inbox = tmp_path / "inbox"
    (inbox / "phong-a").mkdir(parents=True)
    shutil.copy2(docs["digital1"], inbox / "chi-thi.pdf")
    shutil.copy2(docs["digital2"], inbox / "phong-a" / "bao-cao.pdf")
    shutil.copy2(docs["digital1"], inbox / "phong-a" / "chi-thi.pdf")        # same bytes, same name
    truncated_copy(docs["digital1"], inbox / "cat-do.pdf")
    encrypted_copy(docs["digital2"], inbox / "ma-hoa.pdf")
    random_pdf(inbox / "rac.pdf")
    (inbox / ".an.pdf").write_bytes(docs["digital2"].read_bytes())        # hidden: never taken
    (inbox / "dang-tai.pdf.part").write_bytes(b"%PDF-1.4 partial")         # partial download: never taken
    outside = tmp_path / "ngoai.pdf"
    shutil.copy2(docs["digital2"], outside)
    (inbox / "lien-ket.pdf").symlink_to(outside)                            # points outside the inbox
    (inbox / "quarantine").mkdir()
    (inbox / "quarantine" / "cat-do.pdf").write_bytes(b"an older quarantined file")   # name taken
    _age(*[p for p in inbox.rglob("*") if p.is_file() and not p.is_symlink()])
    growing = inbox / "dang-chep.pdf"
    late = _make_digital(tmp_path / "src" / "late.pdf", 7).read_bytes()
    writer = _slow_writer(late, growing, seconds=4.0)
    db = f"sqlite:///{tmp_path / 'kho.db'}"

    try:
        first = run_watch_once(str(inbox), db, stable_seconds=1.5)
    finally:
        writer.join()

    today = inbox / "processed" / date.today().isoformat()
    quarantine = inbox / "quarantine"
    by_name = {Path(o.path).relative_to(inbox).as_posix(): o for o in first.outcomes}
    assert set(by_name) == {"chi-thi.pdf", "phong-a/bao-cao.pdf", "phong-a/chi-thi.pdf", "cat-do.pdf",
                            "ma-hoa.pdf", "rac.pdf", "lien-ket.pdf"}
    assert by_name["phong-a/bao-cao.pdf"].status == LOADED
    assert sorted(by_name[n].status for n in ("chi-thi.pdf", "phong-a/chi-thi.pdf")) == [DUPLICATE, LOADED]
    assert sorted(p.name for p in today.iterdir()) == ["bao-cao.pdf", "chi-thi-1.pdf", "chi-thi.pdf"]
    assert {n: by_name[n].status for n in ("cat-do.pdf", "ma-hoa.pdf", "rac.pdf", "lien-ket.pdf")} == \
        dict.fromkeys(("cat-do.pdf", "ma-hoa.pdf", "rac.pdf", "lien-ket.pdf"), QUARANTINED)
    assert sorted(p.name for p in quarantine.iterdir()) == [
        "cat-do-1.pdf", "cat-do-1.pdf.reason.txt", "cat-do.pdf", "lien-ket.pdf", "lien-ket.pdf.reason.txt",
        "ma-hoa.pdf", "ma-hoa.pdf.reason.txt", "rac.pdf", "rac.pdf.reason.txt"]
    assert (quarantine / "cat-do.pdf").read_bytes() == b"an older quarantined file"        # never overwritten
    assert "PDF hỏng" in (quarantine / "cat-do-1.pdf.reason.txt").read_text(encoding="utf-8")
    assert "mã hóa" in (quarantine / "ma-hoa.pdf.reason.txt").read_text(encoding="utf-8")
    assert "ngoài thư mục nhận" in (quarantine / "lien-ket.pdf.reason.txt").read_text(encoding="utf-8")
    assert (quarantine / "lien-ket.pdf").is_symlink() and outside.exists()                # target untouched
    # left for later: the file still being written, the hidden file, the partial download
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [".an.pdf", "dang-chep.pdf",
                                                                       "dang-tai.pdf.part"]
    assert growing.read_bytes() == late
    assert not [p for p in (inbox / ".work").rglob("*") if p.is_file() and p.name != ".lock"]
    summary_text = first.format()
    assert "đã nạp: 2" in summary_text and "cách ly: 4" in summary_text

    # the next pass takes the file now that it has stopped changing; nothing else moves
    _age(growing)
    second = run_watch_once(str(inbox), db, stable_seconds=0.5)
    assert [(Path(o.path).name, o.status) for o in second.outcomes] == [("dang-chep.pdf", LOADED)]
    assert (today / "dang-chep.pdf").read_bytes() == late
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [".an.pdf", "dang-tai.pdf.part"]

    store = open_store(db)
    try:
        summary = store.summary()
        assert summary["documents"] == 3
        assert summary["failures"] == 4
    finally:
        store.close()


def test_watch_takes_back_what_a_crashed_pass_left_in_work(tmp_path, harness):
    from flows.outcomes import LOADED
    from flows.watch import run_watch_once
    inbox = tmp_path / "inbox"
    stranded = inbox / ".work" / "20250101T020000-999"
    stranded.mkdir(parents=True)
    (stranded / "bi-bo-do.txt").write_text("ỦY BAN NHÂN DÂN\nBÁO CÁO SỐ 9\n", encoding="utf-8")
    result = run_watch_once(str(inbox), f"sqlite:///{tmp_path / 'kho.db'}", stable_seconds=0)
    assert [(Path(o.path).name, o.status) for o in result.outcomes] == [("bi-bo-do.txt", LOADED)]
    assert (inbox / "processed" / date.today().isoformat() / "bi-bo-do.txt").exists()


def test_schedule_options_are_checked_before_anything_runs():
    from zoneinfo import ZoneInfo

    import pytest

    from flows.watch import check_cron, local_timezone
    from vanban.errors import VanbanError
    check_cron("0 2 * * *")
    with pytest.raises(VanbanError, match="cron"):
        check_cron("hai giờ sáng")
    ZoneInfo(local_timezone())          # an IANA name Prefect's Cron schedule accepts


def test_cli_watch_once(tmp_path):
    """`vanban watch INBOX --once` as a user runs it (ephemeral Prefect, summary in Vietnamese)."""
    import subprocess
    import sys

    from tests.test_flows_support import ROOT
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "to-trinh.txt").write_text("ỦY BAN NHÂN DÂN\nTỜ TRÌNH SỐ 5\n", encoding="utf-8")
    random_pdf(inbox / "hong.pdf")
    _age(*inbox.iterdir())
    env = dict(os.environ, PREFECT_HOME=str(ROOT / "tests" / "out" / "prefect-home"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-m", "vanban.cli", "watch", str(inbox), "--once", "--stable-seconds",
                           "0.2", "--db", f"sqlite:///{tmp_path / 'kho.db'}"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=170)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "đã nạp: 1" in done.stdout and "cách ly: 1" in done.stdout
    assert (inbox / "processed" / date.today().isoformat() / "to-trinh.txt").exists()
    assert (inbox / "quarantine" / "hong.pdf").exists()
    assert "không phải PDF" in (inbox / "quarantine" / "hong.pdf.reason.txt").read_text(encoding="utf-8")
    assert "Traceback" not in done.stderr
