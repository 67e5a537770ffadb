"""The store on SQLite and on a real PostgreSQL server (throwaway cluster, tests/pg.py).

Idempotent loads, --reprocess keeping clerks' work, no partial documents after
a failure or a SIGKILL mid-load, concurrent loads of one document, export filters.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from store import open_store
from store.load import HOOK_ENV, InjectedFailure
from store.models import Audit, Base, Document, Failure, Page, Record, SignatureRow
from store.testing import make_processed

ROOT = Path(__file__).resolve().parent.parent
TABLES = (Document, Page, Record, SignatureRow)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'vanban.db'}"
    return request.getfixturevalue("pg_database")


@pytest.fixture
def store(store_url):
    opened = open_store(store_url)
    yield opened
    opened.close()


def counts(store) -> dict[str, int]:
    with store.session() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in TABLES}


def contract_count(processed) -> int:
    return sum(1 for _ in processed.records.all_records())


def test_load_twice_adds_nothing(store):
    processed = make_processed(1)
    assert store.load(processed) == "loaded"
    first = counts(store)
    assert first == {"documents": 1, "pages": 2, "records": contract_count(processed), "signatures": 1}
    assert store.load(processed) == "duplicate"
    assert store.load(make_processed(1)) == "duplicate"
    assert counts(store) == first
    assert store.has_document(processed.source.doc_id)
    assert not store.has_document("0" * 64)


def test_export_is_the_record_contract(store):
    processed = make_processed(2, low_confidence=True)
    store.load(processed)
    [exported] = store.export()
    expected = processed.records.to_contract()
    for key, value in expected["document"].items():
        assert exported["document"][key] == value, key
    for kind in ("scores", "ranks", "tasks", "metrics"):
        assert len(exported[kind]) == len(expected[kind])
        for got, want in zip(exported[kind], expected[kind]):
            assert {k: got[k] for k in want} == want
            assert isinstance(got["record_id"], int)
    with store.session() as session:
        document = session.get(Document, processed.source.doc_id)
        assert document.pipeline_version == "0.1.0" and document.status == "needs_review"
        page = session.scalar(select(Page).where(Page.doc_id == document.doc_id, Page.number == 1))
        line = page.lines[3]
        assert line["box"] == [100, 220, 1500, 250] and line["tokens"][0]["alternatives"][0][1] == 0.8
        assert page.text.splitlines()[3] == exported["scores"][0]["source_text"]
    summary = store.summary()
    assert summary == {"documents": 1, "copies": 0, "pages": 2, "scores": 7, "ranks": 1, "tasks": 2, "metrics": 1,
                       "needs_review": 1, "failures": 0}


def test_reprocess_replaces_machine_records_and_keeps_clerk_work(store):
    processed = make_processed(3)
    store.load(processed)
    [doc] = store.export()
    corrected_id = doc["scores"][0]["record_id"]
    approved_id = doc["tasks"][0]["record_id"]
    machine_id = doc["scores"][1]["record_id"]
    store.set_record_fields(corrected_id, {"value": 17.5}, user="lan")
    store.set_record_status(approved_id, "approved", user="lan")

    again = make_processed(3, pipeline_version="0.2.0")
    again.records.scores[0].value = 1.0          # the machine still misreads the corrected line
    again.records.scores[1].value = 19.0         # and now reads another differently
    assert store.load(again, reprocess=True) == "reprocessed"

    assert counts(store)["records"] == contract_count(again)        # no record twice
    [doc] = store.export()
    scores = {r["criterion"]: r for r in doc["scores"]}
    kept = scores["Công khai, minh bạch"]
    assert (kept["record_id"], kept["value"], kept["status"]) == (corrected_id, 17.5, "corrected")
    assert doc["tasks"][0]["record_id"] == approved_id and doc["tasks"][0]["status"] == "approved"
    replaced = scores["Tiến độ giải quyết"]
    assert replaced["value"] == 19 and replaced["record_id"] != machine_id
    with store.session() as session:
        assert session.get(Document, processed.source.doc_id).pipeline_version == "0.2.0"
        audit = session.scalars(select(Audit).order_by(Audit.id)).all()
        assert {a.record_id for a in audit} == {corrected_id, approved_id}
        assert any(a.field == "value" and a.old == processed.records.scores[0].value and a.new == 17.5
                   for a in audit)
    assert store.load(again, reprocess=True) == "reprocessed"
    assert counts(store)["records"] == contract_count(again)


def test_failure_mid_load_leaves_no_partial_rows(store, monkeypatch):
    processed = make_processed(4)
    monkeypatch.setenv(HOOK_ENV, "fail")
    with pytest.raises(InjectedFailure):
        store.load(processed)
    assert counts(store) == {"documents": 0, "pages": 0, "records": 0, "signatures": 0}
    monkeypatch.delenv(HOOK_ENV)
    assert store.load(processed) == "loaded"
    before = counts(store)
    # a failed reprocess leaves the previous version whole
    monkeypatch.setenv(HOOK_ENV, "fail")
    with pytest.raises(InjectedFailure):
        store.load(make_processed(4, pipeline_version="9.9"), reprocess=True)
    assert counts(store) == before
    with store.session() as session:
        assert session.get(Document, processed.source.doc_id).pipeline_version == "0.1.0"


LOAD_SCRIPT = textwrap.dedent("""
    import os, sys, time
    from store import open_store
    from store.testing import make_processed
    url, seed, go = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    reprocess = len(sys.argv) > 4 and sys.argv[4] == "reprocess"
    while go != "-" and not os.path.exists(go):
        time.sleep(0.01)
    store = open_store(url)
    print(store.load(make_processed(seed), reprocess=reprocess), flush=True)
    store.close()
""")


def _spawn(url: str, seed: int, go: str = "-", env: dict | None = None, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", LOAD_SCRIPT, url, str(seed), go, *extra], cwd=ROOT,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_killed_mid_load_leaves_store_consistent_and_rerun_completes(store_url, tmp_path):
    open_store(store_url).close()                 # schema first: the kill must hit the load itself
    marker = tmp_path / "paused"
    process = _spawn(store_url, 5, env={HOOK_ENV: f"pause:{marker}"})
    deadline = time.monotonic() + 30
    while not marker.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the load never reached its pause point"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    store = open_store(store_url)
    try:
        assert counts(store) == {"documents": 0, "pages": 0, "records": 0, "signatures": 0}
        if store.dialect == "sqlite":
            with store.engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        rerun = _spawn(store_url, 5)
        out, err = rerun.communicate(timeout=60)
        assert rerun.returncode == 0, err
        assert out.strip() == "loaded"
        processed = make_processed(5)
        assert counts(store) == {"documents": 1, "pages": 2, "records": contract_count(processed),
                                 "signatures": 1}
    finally:
        store.close()


def test_concurrent_loads_of_one_document_store_it_once(store_url, tmp_path):
    """Two processes open a fresh store (both migrate) and load the same file at the same moment."""
    go = tmp_path / "go"
    processes = [_spawn(store_url, 6, str(go)) for _ in range(2)]
    time.sleep(0.5)
    go.write_text("go")
    results = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        results.append(out.strip())
    assert sorted(results) == ["duplicate", "loaded"]
    expected = {"documents": 1, "pages": 2, "records": contract_count(make_processed(6)), "signatures": 1}
    store = open_store(store_url)
    try:
        assert counts(store) == expected
        # two reprocesses of it at once: they queue, nothing doubles
        go2 = tmp_path / "go2"
        processes = [_spawn(store_url, 6, str(go2), None, "reprocess") for _ in range(2)]
        time.sleep(0.5)
        go2.write_text("go")
        for process in processes:
            out, err = process.communicate(timeout=60)
            assert process.returncode == 0 and out.strip() == "reprocessed", err
        assert counts(store) == expected
    finally:
        store.close()


def test_record_failure_is_idempotent(store):
    store.record_failure("/in/hong.pdf", "PDF bị mã hóa (encrypted)")
    store.record_failure("/in/hong.pdf", "PDF bị mã hóa (encrypted)")
    store.record_failure("/in/hong.pdf", "không đọc được trang 2")
    store.record_failure("/in/khac.pdf", "PDF bị mã hóa (encrypted)", doc_id="a" * 64)
    store.record_failure("/in/ten-moi.pdf", "PDF bị mã hóa (encrypted)", doc_id="a" * 64)
    with store.session() as session:
        rows = session.scalars(select(Failure).order_by(Failure.id)).all()
    assert [(r.subject, r.attempts) for r in rows] == [("/in/hong.pdf", 2), ("/in/hong.pdf", 1), ("a" * 64, 2)]
    assert rows[2].path == "/in/ten-moi.pdf"
    assert store.summary()["failures"] == 3


def test_export_filters(store):
    store.load(make_processed(10, unit="phường An Bình", period="2025-10", issued_date="2025-10-20"))
    store.load(make_processed(11, unit="phường Hòa Lạc", period="2025-11", issued_date="2025-11-20",
                              assignee="Phòng Văn hóa - Xã hội", deadline="2026-01-15"))
    store.load(make_processed(12, unit="xã Tân Phú", period="2025", issued_date="2026-01-05"))
    names = lambda docs: sorted(d["document"]["source"] for d in docs)
    assert names(store.export()) == ["bao-cao-10.pdf", "bao-cao-11.pdf", "bao-cao-12.pdf"]
    assert names(store.export(since="2025-11-01")) == ["bao-cao-11.pdf", "bao-cao-12.pdf"]
    [hoa_lac] = store.export(unit="hoa lac")               # no diacritics, any case
    assert {r["entity"] for r in hoa_lac["scores"]} == {"phường Hòa Lạc"}
    assert hoa_lac["tasks"] == [] and len(hoa_lac["metrics"]) == 1   # a metric belongs to the issuer
    [culture] = store.export(unit="Văn hóa - Xã hội")
    assert len(culture["tasks"]) == 2 and culture["scores"] == []
    assert names(store.export(period="2025-11")) == ["bao-cao-11.pdf"]
    assert names(store.export(period="2025")) == ["bao-cao-10.pdf", "bao-cao-11.pdf", "bao-cao-12.pdf"]
    [october] = store.export(period="2025-10")
    assert all(r["period"] == "2025-10" for r in october["scores"]) and october["tasks"] == []
    assert names(store.export(period="2026-01")) == ["bao-cao-11.pdf"]   # a task due in January
    assert store.export(unit="không có đơn vị này") == []
    assert names(store.export(since="2025-11-01", unit="tan phu")) == ["bao-cao-12.pdf"]


def test_schema_matches_models_and_views_exist(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from store.db import current_revision, head_revision
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == [], "models and migrations disagree: write a migration"
        for view in ("v_documents", "v_scores", "v_ranks", "v_tasks", "v_metrics", "v_review_queue", "v_failures"):
            connection.execute(text(f"SELECT * FROM {view}")).all()
    open_store(store.url).close()          # opening again is a no-op


def test_bad_url_is_a_clear_error(tmp_path):
    from store import StoreError
    with pytest.raises(StoreError, match="SQLite và PostgreSQL"):
        open_store("mysql://x@localhost/db")
    with pytest.raises(StoreError, match="không mở được"):
        open_store(f"sqlite:///{tmp_path}")          # a directory, not a database file


class PdfText(str):
    """Like pyhanko's TextStringObject: a str subclass that cannot be deep-copied."""
    def __deepcopy__(self, memo):
        raise TypeError("cannot pickle '_io.BufferedReader' object")


def test_odd_values_from_libraries_load(store):
    import numpy as np
    processed = make_processed(20)
    processed.signatures[0].field_name = PdfText("Signature1")
    processed.records.document.signatures = processed.signatures
    processed.pages[0].width = np.int64(2480)
    processed.pages[0].lines[0].box = tuple(np.int32(v) for v in (1, 2, 3, 4))
    processed.pages[0].lines[1].text = "Số:\x00 01"                     # NUL: PostgreSQL refuses it in text
    from vanban.model import Word
    processed.pages[0].lines[1].words = [Word(text=unicodedata.normalize("NFD", "Quyết"), conf=float("nan"),
                                              box=(np.int64(5), 6, 7, 8))]
    processed.records.scores[0].value = np.float64(12.5)
    processed.records.scores[1].where.confidence = float("nan")
    processed.records.scores[2].criterion = PdfText("Dịch vụ công trực tuyến")
    assert store.load(processed) == "loaded"
    [doc] = store.export()
    assert doc["scores"][0]["value"] == 12.5 and doc["scores"][2]["criterion"] == "Dịch vụ công trực tuyến"
    assert doc["scores"][1]["confidence"] == 0.0
    with store.session() as session:
        page = session.scalar(select(Page).where(Page.doc_id == processed.source.doc_id, Page.number == 1))
        assert page.width == 2480 and page.lines[0]["box"] == [1, 2, 3, 4] and "\x00" not in page.text
        assert "\x00" not in page.lines[1]["text"]
        assert page.lines[1]["words"] == [{"text": "Quyết", "conf": None, "box": [5, 6, 7, 8]}]
        assert session.scalar(select(SignatureRow.field_name)) == "Signature1"


def test_learned_words_export(store, tmp_path):
    from store.models import LearnedWord
    with store.transaction() as session:
        session.add_all([LearnedWord(wrong="Quyét dinh", right="Quyết định", added_by="lan", approved_by="admin"),
                         LearnedWord(wrong="s6", right="số", added_by="lan")])           # not approved yet
    target = tmp_path / "learned.tsv"
    assert store.export_learned_words(target) == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and lines[-1] == "Quyét dinh\tQuyết định"


def test_another_file_of_the_same_document_is_a_copy_counted_once(store):
    """A scan and a signed PDF of one công văn: two files, one document in the reports."""
    first = make_processed(3)
    second = make_processed(3)
    second.source.doc_id = "f" * 64                       # other bytes, same issued document
    second.source.name = "ban-ky-so.pdf"
    other = make_processed(4)                              # another document altogether
    assert first.records.document.doc_number and first.records.document.issued_date
    for processed in (first, second, other):
        assert store.load(processed) == "loaded"
    assert store.copies() == {"f" * 64: first.source.name}
    assert store.summary()["copies"] == 1
    scores = sum(1 for kind, _ in first.records.all_records() if kind == "scores")
    with store.session() as session:
        in_view = session.execute(text("SELECT COUNT(*) FROM v_scores WHERE doc_id IN (:a, :b)"),
                                  {"a": first.source.doc_id, "b": "f" * 64}).scalar()
    assert in_view == scores
    assert len(store.export()) == 3                        # export still gives every file


def test_the_signed_file_becomes_the_original_unless_clerks_worked_on_the_first(store):
    scan = make_processed(5)
    for page in scan.pages:
        page.method = "ocr"
    for signature in scan.records.document.signatures + scan.signatures:
        signature.valid = None
    signed = make_processed(5)
    signed.source.doc_id, signed.source.name = "e" * 64, "ban-ky-so.pdf"
    for signature in signed.records.document.signatures + signed.signatures:
        signature.valid = True
    assert store.load(scan) == "loaded" and store.load(signed) == "loaded"
    assert store.copies() == {scan.source.doc_id: "ban-ky-so.pdf"}

    # a clerk corrected the scan of another document first: it stays the original
    scan2, signed2 = make_processed(6), make_processed(6)
    for page in scan2.pages:
        page.method = "ocr"
    for signature in scan2.records.document.signatures + scan2.signatures:
        signature.valid = None
    signed2.source.doc_id = "d" * 64
    for signature in signed2.records.document.signatures + signed2.signatures:
        signature.valid = True
    store.load(scan2)
    [record_id] = [r["record_id"] for r in store.export()[-1]["scores"][:1]]
    store.set_record_fields(record_id, {"value": 1.5}, user="lan")
    store.load(signed2)
    assert store.copies()["d" * 64] == scan2.source.name
