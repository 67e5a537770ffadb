"""The store and the reports on the project's samples/.

Fast: every sample PDF with its gold records (samples/*.records.json, no OCR)
is loaded twice -> one row per document and per record; `vanban report` writes
an xlsx and an html page from them. Slow: the real pipeline on the sample
PDFs, loaded twice, in-process (the Prefect flow has its own tests).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from store import open_store
from store.models import Document, Page, Record
from store.testing import processed_from_contract
from vanban.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def gold_documents() -> list:
    found = []
    for gold in sorted(SAMPLES.glob("*.records.json")):
        stem = gold.name[: -len(".records.json")]
        truth = SAMPLES / f"{stem}.truth.txt"
        pages = truth.read_text(encoding="utf-8").split("\f") if truth.exists() else None
        contract = json.loads(gold.read_text(encoding="utf-8"))
        for pdf in sorted(SAMPLES.glob(f"{stem}.*.pdf")):
            found.append(processed_from_contract(contract, str(pdf), pages))
    if not found:
        pytest.skip("samples/ has no *.records.json with PDFs yet (run samples/make_samples.py)")
    return found


def row_counts(store) -> tuple[int, int, int]:
    with store.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) for t in (Document, Page, Record))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'vanban.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_database")


def test_samples_twice_one_row_each_and_report(url, tmp_path):
    from openpyxl import load_workbook
    documents = gold_documents()
    store = open_store(url)
    try:
        assert [store.load(p) for p in documents] == ["loaded"] * len(documents)
        first = row_counts(store)
        expected_records = sum(sum(1 for _ in p.records.all_records()) for p in documents)
        assert first == (len({p.source.doc_id for p in documents}), sum(len(p.pages) for p in documents),
                         expected_records)
        assert [store.load(p) for p in documents] == ["duplicate"] * len(documents)
        assert row_counts(store) == first
    finally:
        store.close()
    xlsx, html = tmp_path / "bao-cao.xlsx", tmp_path / "bao-cao.html"
    assert main(["report", "--db", url, "--format", "xlsx", "--out", str(xlsx)]) == 0
    assert main(["report", "--db", url, "--format", "html", "--out", str(html)]) == 0
    book = load_workbook(xlsx)
    assert "Điểm theo đơn vị" in book.sheetnames and book["Điểm theo đơn vị"].max_row > 1
    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") >= 2 and "Tổng điểm" in page


@pytest.mark.slow
def test_pipeline_on_samples_twice_leaves_one_row_each(tmp_path):
    from vanban import pipeline
    files = sorted(SAMPLES.glob("*.digital.pdf")) + sorted(SAMPLES.glob("*.signed.pdf"))
    if not files:
        pytest.skip("samples/ has no PDFs yet")
    store = open_store(f"sqlite:///{tmp_path / 'vanban.db'}")
    try:
        processed = [pipeline.process_file(f) for f in files]
        assert {store.load(p) for p in processed} == {"loaded"}
        first = row_counts(store)
        assert first[0] == len(files) and first[2] == sum(sum(1 for _ in p.records.all_records()) for p in processed)
        assert {store.load(pipeline.process_file(f)) for f in files} == {"duplicate"}
        assert row_counts(store) == first
        assert {store.load(p, reprocess=True) for p in processed} == {"reprocessed"}
        assert row_counts(store) == first
    finally:
        store.close()


def test_export_round_trips_the_gold_records(shared_dir, tmp_path):
    """What goes into the store comes out of `vanban export` unchanged (shared scorer: F1 1.0)."""
    from tests.conftest import run_scorer
    documents = [p for p in gold_documents() if p.source.name.endswith(".digital.pdf")]
    url = f"sqlite:///{tmp_path / 'vanban.db'}"
    store = open_store(url)
    try:
        for processed in documents:
            store.load(processed)
        exported = {d["document"]["source"]: d for d in store.export()}
    finally:
        store.close()
    for processed in documents:
        stem = processed.source.name[: -len(".digital.pdf")]
        predicted = tmp_path / f"{stem}.json"
        predicted.write_text(json.dumps(exported[processed.source.name], ensure_ascii=False), encoding="utf-8")
        result = run_scorer(shared_dir, "score_records.py", str(SAMPLES / f"{stem}.records.json"), str(predicted))
        assert result["overall"]["f1"] == 1.0, (stem, result["overall"])
