"""Reading benchmark: CER/WER per document, plain Tesseract beside vanban.

    python -m bench.ocr                      # the table (scans, legacy-layer scans, born-digital)
    python -m bench.ocr --steps              # also: each clean-up step on / off, on the scans
    python -m bench.ocr --only 01_chi_thi    # documents whose name contains this

Inputs are the samples (samples/<slug>.scan.pdf, samples/legacy/<slug>.legacy.pdf,
samples/<slug>.digital.pdf with samples/<slug>.truth.txt). Scores come from
../shared/eval/score_cer.py (whitespace-folded CER and WER); the bench says so
and stops if ../shared is absent.

    plain     `tesseract -l vie` (its default layout, psm 3) on the page rendered at 300 dpi, gray
    raw       vanban's reading (triage, clean-up, one psm 4 pass, layout order), before restoration

Unseen documents (the seeds' text under other layouts and scanners) and CPU seconds per page
against raw Tesseract: bench/scans.py.
    restored  the same after extractors.diacritics (vanban.pipeline.restore)
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(os.environ.get("VANBAN_SAMPLES", ROOT / "samples"))
SCORER = ROOT.parent / "shared" / "eval" / "score_cer.py"


def score(truth: str, pred: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        t, p = Path(tmp, "truth.txt"), Path(tmp, "pred.txt")
        t.write_text(truth, encoding="utf-8")
        p.write_text(pred, encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), str(t), str(p), "--json"],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def documents(only: str | None = None) -> list[tuple[str, str, Path, Path]]:
    """(set, slug, pdf, truth) for every sample with a truth text."""
    out = []
    for truth in sorted(SAMPLES.glob("*.truth.txt")):
        slug = truth.name[: -len(".truth.txt")]
        if only and only not in slug:
            continue
        for kind, pdf in (("scan", SAMPLES / f"{slug}.scan.pdf"),
                          ("legacy", SAMPLES / "legacy" / f"{slug}.legacy.pdf"),
                          ("digital", SAMPLES / f"{slug}.digital.pdf")):
            if pdf.exists():
                out.append((kind, slug, pdf, truth))
    return out


def _plain_page(args) -> str:
    path, index = args
    os.environ["OMP_THREAD_LIMIT"] = "1"
    import numpy as np
    import pypdfium2 as pdfium
    from extractors.ocr import plain_text
    pdf = pdfium.PdfDocument(str(path))
    try:
        gray = np.asarray(pdf[index].render(scale=300 / 72, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()
    return plain_text(gray, "vie", psm=3, dpi=300)


def plain_tesseract(pool, path: Path) -> list[str]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    count = len(pdf)
    pdf.close()
    return list(pool.map(_plain_page, [(path, i) for i in range(count)]))


def vanban_pages(path: Path, steps=None):
    from extractors import reading
    from vanban import pipeline
    from vanban.settings import Settings
    settings = Settings.from_env()
    source = pipeline.intake(path, settings)
    if steps is None:
        pages = pipeline.read_pages(source, settings)
    else:
        pages = _read_with_steps(source, settings, steps)
    return source, pages


def _read_with_steps(source, settings, steps):
    """read_pages with a chosen list of clean-up steps (OCR pages only)."""
    from extractors import reading
    plan = []
    for item in reading._pdf_plan(source, settings):
        if isinstance(item, reading.OcrJob):
            item.steps = tuple(steps)
        plan.append(item)
    return reading._run(iter(plan), settings, source.pages)


def _fmt(value) -> str:
    return "   -  " if value is None else f"{100 * value:5.2f}%"


def run_table(only: str | None) -> dict:
    from vanban import pipeline
    docs = documents(only)
    if not docs:
        print("Không có mẫu: chưa có samples/*.truth.txt (no samples yet: run samples/make_samples.py)")
        return {}
    rows = []
    with ProcessPoolExecutor(max_workers=int(os.environ.get("VANBAN_OCR_JOBS", os.cpu_count() or 1))) as pool:
        for kind, slug, pdf, truth_path in docs:
            try:
                truth = truth_path.read_text(encoding="utf-8")
                started = time.perf_counter()
                plain = "\f".join(plain_tesseract(pool, pdf))
                plain_seconds = time.perf_counter() - started
                started = time.perf_counter()
                source, pages = vanban_pages(pdf)
                seconds = time.perf_counter() - started
            except Exception as error:          # a sample being regenerated, a broken file
                print(f"{kind:8} {slug[:34]:34} skipped: {error}", flush=True)
                continue
            raw = "\f".join(p.text for p in pages)
            restored = "\f".join(p.text for p in pipeline.restore(pages))
            methods = ",".join(sorted({p.method for p in pages}))
            row = {"set": kind, "doc": slug, "pages": len(pages), "method": methods,
                   "plain": score(truth, plain), "raw": score(truth, raw), "restored": score(truth, restored),
                   "plain_s_per_page": round(plain_seconds / max(1, len(pages)), 2),
                   "s_per_page": round(seconds / max(1, len(pages)), 2)}
            rows.append(row)
            print(f"{kind:8} {slug[:34]:34} {len(pages):2}p {methods:10}  "
                  f"plain {_fmt(row['plain']['cer'])} {_fmt(row['plain']['wer'])}   "
                  f"raw {_fmt(row['raw']['cer'])} {_fmt(row['raw']['wer'])}   "
                  f"restored {_fmt(row['restored']['cer'])} {_fmt(row['restored']['wer'])}   "
                  f"{row['plain_s_per_page']:5.1f} / {row['s_per_page']:5.1f} s/p", flush=True)
    print()
    summary = {}
    for kind in ("scan", "legacy", "digital"):
        chosen = [r for r in rows if r["set"] == kind]
        if not chosen:
            continue
        chars = sum(r["raw"]["chars"] for r in chosen)
        line = {"docs": len(chosen)}
        for col in ("plain", "raw", "restored"):
            line[col + "_cer"] = round(sum(r[col]["cer"] * r[col]["chars"] for r in chosen) / chars, 4)
            line[col + "_wer"] = round(sum(r[col]["wer"] * r[col]["chars"] for r in chosen) / chars, 4)
        pages = sum(r["pages"] for r in chosen)
        line["s_per_page"] = round(sum(r["s_per_page"] * r["pages"] for r in chosen) / pages, 2)
        line["plain_s_per_page"] = round(sum(r["plain_s_per_page"] * r["pages"] for r in chosen) / pages, 2)
        summary[kind] = line
        print(f"{kind:8} {len(chosen)} docs (char-weighted)  CER plain {_fmt(line['plain_cer'])}  "
              f"raw {_fmt(line['raw_cer'])}  restored {_fmt(line['restored_cer'])}   "
              f"WER plain {_fmt(line['plain_wer'])}  raw {_fmt(line['raw_wer'])}  "
              f"restored {_fmt(line['restored_wer'])}   {line['s_per_page']} s/page "
              f"(plain {line['plain_s_per_page']})")
    return {"rows": rows, "summary": summary}


def run_steps(only: str | None) -> dict:
    """CER on the scans with each clean-up step added to / removed from the default set."""
    from extractors import preprocess
    docs = [d for d in documents(only) if d[0] == "scan"]
    if not docs:
        return {}
    base = tuple(preprocess.FAST_STEPS)          # what reading.ocr_page runs (preprocess.prepare)
    variants = {"default " + "+".join(base): base, "none": ()}
    for step in preprocess.ALL_STEPS:
        if step in base:
            variants[f"- {step}"] = tuple(s for s in base if s != step)
        else:
            variants[f"+ {step}"] = base + (step,)
    results = {}
    print("\nClean-up steps on the scans (raw CER, char-weighted):")
    for name, steps in variants.items():
        errors = chars = 0.0
        started = time.perf_counter()
        pages_done = 0
        for kind, slug, pdf, truth_path in docs:
            truth = truth_path.read_text(encoding="utf-8")
            _, pages = vanban_pages(pdf, steps)
            pages_done += len(pages)
            result = score(truth, "\f".join(p.text for p in pages))
            errors += result["cer"] * result["chars"]
            chars += result["chars"]
        cer = errors / chars
        results[name] = {"cer": round(cer, 4), "s_per_page": round((time.perf_counter() - started) / pages_done, 2)}
        print(f"  {name:32} CER {_fmt(cer)}   {results[name]['s_per_page']} s/page", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="only documents whose name contains this")
    parser.add_argument("--steps", action="store_true", help="measure each clean-up step on the scans")
    parser.add_argument("--no-table", action="store_true", help="skip the main table")
    parser.add_argument("--json", help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"bench.ocr: cần ../shared/eval/score_cer.py ({SCORER} not found)")
        return 0
    out = {}
    if not args.no_table:
        print("CER / WER per document: plain Tesseract (vie, psm 3) | vanban raw | vanban after restoration")
        out["table"] = run_table(args.only)
    if args.steps:
        out["steps"] = run_steps(args.only)
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
