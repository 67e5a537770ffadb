"""Intake on broken and hostile files: each is accepted or refused with one clear line."""
from __future__ import annotations

import subprocess
import sys

import pytest

from extractors.intake import inspect_file
from tests.hostile_corpus import make
from vanban.errors import InputError
from vanban.settings import Settings

# what intake itself must refuse (the rest is accepted here and handled by later stages)
REFUSED_AT_INTAKE = {"zero.pdf", "truncated.pdf", "not-a-pdf.pdf", "no-pages.pdf", "many-pages.pdf",
                     "huge-page.pdf", "bomb.png", "encrypted-user.pdf", "tcvn3.txt", "vni.txt"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    return out, make(out)


def test_every_case_is_accepted_or_refused_with_a_reason(hostile):
    out, cases = hostile
    settings = Settings()
    for case in cases:
        path = out / case.name
        if case.name in REFUSED_AT_INTAKE:
            with pytest.raises(InputError) as error:
                inspect_file(path, settings)
            assert error.value.path == str(path)
            assert error.value.problem and "\n" not in error.value.problem
        else:
            source = inspect_file(path, settings)
            assert source.pages >= 1 and len(source.doc_id) == 64


def test_intake_never_modifies_the_file(hostile):
    out, _ = hostile
    path = out / "good.pdf"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    inspect_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_same_bytes_same_id_whatever_the_name(hostile):
    out, _ = hostile
    a = inspect_file(out / "good.pdf")
    b = inspect_file(out / "Báo cáo tháng 10 (bản quét).pdf")
    assert a.doc_id == b.doc_id and a.name != b.name


@pytest.mark.parametrize("name", ["truncated.pdf", "not-a-pdf.pdf", "zero.pdf", "tcvn3.txt"])
def test_cli_extract_reports_one_line_and_exit_2(hostile, name):
    out, _ = hostile
    result = subprocess.run([sys.executable, "-m", "vanban.cli", "extract", str(out / name)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and "Traceback" not in result.stderr
