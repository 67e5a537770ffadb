"""Extraction end to end on real inputs: the seeds' gold text and OCR text, the samples' truth text,
scored by ../shared/eval/score_records.py; the output must be valid in the record contract.

Floors sit a little under what `python -m bench.extract` shows (see the report)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, pooled_record_scores
from vanban import pipeline
from vanban.settings import Settings



@pytest.fixture(scope="session")
def scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("score_records", shared_dir / "eval" / "score_records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extract(path: Path) -> dict:
    return pipeline.process_file(path, Settings.from_env()).records.to_contract()


@pytest.fixture(scope="session")
def seeds_gold(seeds):
    return [(json.loads(g.read_text(encoding="utf-8")), _extract(seeds / g.name.replace(".records.json", ".gold.txt")))
            for g in sorted(seeds.glob("*.records.json"))]


@pytest.fixture(scope="session")
def seeds_ocr(seeds):
    return [(json.loads(g.read_text(encoding="utf-8")), _extract(seeds / g.name.replace(".records.json", ".ocr.txt")))
            for g in sorted(seeds.glob("*.records.json"))]


@pytest.fixture(scope="session")
def samples_truth():
    golds = sorted(SAMPLES.glob("*.records.json"))
    if not golds:
        pytest.skip("samples/ has no gold records yet")
    return [(json.loads(g.read_text(encoding="utf-8")), _extract(SAMPLES / g.name.replace(".records.json", ".truth.txt")))
            for g in golds if (SAMPLES / g.name.replace(".records.json", ".truth.txt")).exists()]


def test_seeds_gold_text(scorer, seeds_gold):
    r = pooled_record_scores(scorer, seeds_gold)
    assert r["overall"]["f1"] >= 0.97, r
    assert r["deadlines"]["f1"] == 1.0, r
    assert r["fields"] >= 0.95, r


def test_seeds_ocr_text(scorer, seeds_ocr):
    r = pooled_record_scores(scorer, seeds_ocr)
    assert r["overall"]["f1"] >= 0.93, r
    assert r["deadlines"]["f1"] == 1.0, r
    assert r["fields"] >= 0.9, r


def test_samples_truth_text(scorer, samples_truth):
    r = pooled_record_scores(scorer, samples_truth)
    assert r["overall"]["f1"] >= 0.95, r
    assert r["deadlines"]["f1"] >= 0.95, r
    assert r["fields"] >= 0.9, r


REQUIRED_DOCUMENT = ("doc_id", "source", "pages", "issuer", "doc_number", "doc_type", "issued_date", "place",
                     "subject", "signer_name", "signer_title", "references", "signatures")
REQUIRED = {"scores": ("entity", "index", "criterion", "value", "max", "period"),
            "ranks": ("entity", "index", "criterion", "rank", "out_of", "period"),
            "tasks": ("assignee", "task", "deadline", "deadline_text", "deadline_kind"),
            "metrics": ("name", "value", "unit", "period")}


def test_output_is_valid_in_the_contract(seeds, seeds_gold):
    import re
    import unicodedata
    for (gold, pred), path in zip(seeds_gold, sorted(seeds.glob("*.gold.txt"))):
        lines = path.read_text(encoding="utf-8").split("\n")
        doc = pred["document"]
        for key in REQUIRED_DOCUMENT:
            assert key in doc, key
        assert doc["doc_id"] and len(doc["doc_id"]) == 64 and doc["source"] == path.name
        if doc["issued_date"]:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["issued_date"])
        for sig in doc["signatures"]:
            assert sig["source"] in ("text", "pdf-signature") and sig["signed_at"].startswith("20")
        for kind, keys in REQUIRED.items():
            for record in pred[kind]:
                for key in keys + ("page", "line", "source_text", "confidence", "status"):
                    assert key in record, (kind, key)
                assert 0 <= record["confidence"] <= 1
                assert record["status"] in ("auto", "needs_review")
                assert record["page"] == 1 and 1 <= record["line"] <= len(lines)
                # the record points at the line its source text starts with
                assert lines[record["line"] - 1].strip() and lines[record["line"] - 1].strip() in record["source_text"]
                for value in record.values():
                    if isinstance(value, str):
                        assert unicodedata.normalize("NFC", value) == value
                if record.get("period"):
                    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", record["period"])
        for task in pred["tasks"]:
            assert task["deadline_kind"] in ("by", "exact", "month", "recurring", "relative", "none")
            assert (task["deadline"] is None) == (task["deadline_kind"] in ("recurring", "relative", "none"))


def test_text_signatures_join_the_document_and_leave_the_body(seeds_gold):
    gold, pred = seeds_gold[0]
    signatures = pred["document"]["signatures"]
    assert signatures and all(s["source"] == "text" for s in signatures)
    assert any("@haiphong.gov.vn" in (s["email"] or "") for s in signatures)
    for kind in ("scores", "ranks", "tasks", "metrics"):
        assert all("đã ký lên văn bản" not in r["source_text"] for r in pred[kind])


def test_samples_born_digital_pdfs(scorer):
    golds = sorted(SAMPLES.glob("*.records.json"))
    pairs = [(json.loads(g.read_text(encoding="utf-8")), _extract(SAMPLES / g.name.replace(".records.json", ".digital.pdf")))
             for g in golds if (SAMPLES / g.name.replace(".records.json", ".digital.pdf")).exists()]
    if not pairs:
        pytest.skip("samples/ has no born-digital PDFs yet")
    r = pooled_record_scores(scorer, pairs)
    assert r["overall"]["f1"] >= 0.95, r
    assert r["fields"] >= 0.95, r


@pytest.mark.slow
def test_a_scanned_sample_end_to_end(scorer):
    scan = SAMPLES / "cong-van-ngo-quyen.scan.pdf"
    if not scan.exists():
        pytest.skip("samples/cong-van-ngo-quyen.scan.pdf is not there")
    gold = json.loads((SAMPLES / "cong-van-ngo-quyen.records.json").read_text(encoding="utf-8"))
    r = pooled_record_scores(scorer, [(gold, _extract(scan))])
    assert r["overall"]["f1"] >= 0.9, r
    assert r["scores"]["f1"] >= 0.9 and r["ranks"]["f1"] >= 0.9, r
