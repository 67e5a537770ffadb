"""Shared pieces of the flow tests (no tests here): documents, bad inputs, a Prefect harness.

Good documents are the project's samples (born-digital PDFs, one scan) when
samples/ has them; otherwise real PDFs are made here with reportlab (a
born-digital one with a Vietnamese text layer, and a scan: the same page
rendered to pixels and wrapped in a PDF) so the flow tests never depend on
another teammate's files being present.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@contextlib.contextmanager
def prefect_harness(storage: Path):
    """prefect_test_harness (throwaway Prefect API + database) with task results kept in `storage`."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=90):
        with temporary_settings({PREFECT_LOCAL_STORAGE_PATH: str(storage)}):
            yield


def _make_digital(path: Path, number: int) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    page = canvas.Canvas(str(path))
    page.setFont("DejaVu", 13)
    lines = ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN BÌNH", f"Số: {number}/BC-UBND", "BÁO CÁO",
             f"Kết quả thực hiện nhiệm vụ tháng {number} năm 2025",
             f"Chỉ số cải cách hành chính của phường đạt {80 + number},5 điểm.",
             "Giao Văn phòng hoàn thành báo cáo trước ngày 15/12/2025."]
    for i, text in enumerate(lines):
        page.drawString(72, 780 - 24 * i, text)
    page.showPage()
    page.save()
    return path


def _make_scan(digital: Path, path: Path) -> Path:
    from PIL import Image
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(digital),
                    str(path.with_suffix(""))], check=True)
    png = path.with_suffix(".png")
    with Image.open(png) as image:
        image.convert("L").save(path, "PDF", resolution=200)
    png.unlink()
    return path


def good_documents(folder: Path) -> dict[str, Path]:
    """{'digital1', 'digital2', 'scan'} -> readable PDFs (copies: tests may move them)."""
    folder.mkdir(parents=True, exist_ok=True)
    digital = sorted(SAMPLES.glob("*.digital.pdf"), key=lambda p: p.stat().st_size)
    scans = sorted(SAMPLES.glob("*.scan.pdf"), key=lambda p: p.stat().st_size)
    out = {}
    for number, key in enumerate(("digital1", "digital2"), 1):
        if len(digital) >= number:
            sample = digital[number - 1]
            out[key] = Path(shutil.copy2(sample, folder / sample.name))
        else:
            out[key] = _make_digital(folder / f"bao-cao-{number}.digital.pdf", number)
    if scans:
        out["scan"] = Path(shutil.copy2(scans[0], folder / scans[0].name))
    else:
        out["scan"] = _make_scan(_make_digital(folder / "tmp-3.pdf", 3), folder / "bao-cao-3.scan.pdf")
        (folder / "tmp-3.pdf").unlink()
    return out


def truncated_copy(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def random_pdf(target: Path) -> Path:
    target.write_bytes(os.urandom(4096))
    return target


def encrypted_copy(source: Path, target: Path) -> Path:
    subprocess.run(["qpdf", "--encrypt", "mat-khau", "chu-so-huu", "256", "--", str(source), str(target)],
                   check=True)
    return target


def fingerprint(path: Path) -> tuple[str, int]:
    """sha256 and mtime: to show a file was left untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def tesseract_trap(folder: Path) -> tuple[Path, Path]:
    """A `tesseract` that only records it was called: put its folder first in PATH. (folder, marker)"""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / "tesseract-was-called"
    script = folder / "tesseract"
    script.write_text(f"#!/bin/sh\necho \"$@\" >> {marker}\nexit 1\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder, marker


_SHARED: dict = {}


@pytest.fixture(scope="session")
def harness(tmp_path_factory):
    """One Prefect test harness for all the flow test modules (its start-up costs 10-30 s here)."""
    if "stack" in _SHARED:          # imported into several modules: started once, by the first
        yield
        return
    stack = contextlib.ExitStack()
    stack.enter_context(prefect_harness(tmp_path_factory.mktemp("prefect-results")))
    _SHARED["stack"] = stack
    try:
        yield
    finally:
        _SHARED.pop("stack").close()
