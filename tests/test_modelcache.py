"""extractors/modelcache.py: models built once, read ready-built after; never stale, never fatal."""
from __future__ import annotations

import os

import pytest

from extractors import modelcache


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("VANBAN_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "counts.tsv"
    source.write_text("a\t1\n", encoding="utf-8")
    return source


def _builder(source, calls):
    def build():
        calls.append(1)
        return {"counts": source.read_text(encoding="utf-8")}
    return build


def test_built_once_then_read_back(data):
    calls = []
    first = modelcache.cached("model", _builder(data, calls), [data], modelcache.__file__)
    second = modelcache.cached("model", _builder(data, calls), [data], modelcache.__file__)
    assert first == second == {"counts": "a\t1\n"} and len(calls) == 1
    assert oct(os.stat(modelcache.cache_dir()).st_mode & 0o777) == "0o700"


def test_a_changed_data_file_builds_again_and_the_old_copy_goes(data):
    calls = []
    modelcache.cached("model", _builder(data, calls), [data])
    data.write_text("a\t2\n", encoding="utf-8")
    assert modelcache.cached("model", _builder(data, calls), [data]) == {"counts": "a\t2\n"}
    assert len(calls) == 2 and len(list(modelcache.cache_dir().glob("model-*.pickle"))) == 1


def test_a_torn_copy_is_rebuilt_and_an_unwritable_cache_is_skipped(data, tmp_path, monkeypatch):
    calls = []
    modelcache.cached("model", _builder(data, calls), [data])
    slot = next(modelcache.cache_dir().glob("model-*.pickle"))
    slot.write_bytes(slot.read_bytes()[:10])
    assert modelcache.cached("model", _builder(data, calls), [data]) == {"counts": "a\t1\n"} and len(calls) == 2
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("VANBAN_CACHE_DIR", str(blocker / "cache"))
    assert modelcache.cached("model", _builder(data, calls), [data]) == {"counts": "a\t1\n"} and len(calls) == 3
    monkeypatch.setenv("VANBAN_CACHE_DIR", "off")
    assert modelcache.cache_dir() is None
    modelcache.cached("model", _builder(data, calls), [data])
    assert len(calls) == 4


def test_the_restorer_gives_the_same_text_from_a_cached_model(tmp_path):
    """The language model read back from the cache is the model built from the counts."""
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    script = ("from extractors.diacritics import restore_text\n"
              "print(restore_text('Can cu ket qua danh gia Bo chi so, phuong dat 94,72 diem'))\n")
    env = dict(os.environ, VANBAN_CACHE_DIR=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=root,
                           timeout=120) for _ in range(2)]
    off = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=120,
                         env=dict(os.environ, VANBAN_CACHE_DIR="off"))
    assert all(r.returncode == 0 for r in runs + [off]), runs[0].stderr[-1000:]
    assert runs[0].stdout == runs[1].stdout == off.stdout
    assert "Căn cứ kết quả đánh giá" in off.stdout
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 2
