"""Restoration benchmark: syllable accuracy, error reduction and speed, vanban beside pyvi.

    python -m bench.restore            # the table
    python -m bench.restore --json     # one JSON object

Data sets (scores from ../shared/eval/score_text.py; the bench stops politely without ../shared):
  seed NNN legacy   ../shared/seeds/NNN_*.ocr.txt against *.gold.txt (000, 004: legacy OCR;
                    001: born-digital, clean)
  seed NNN strip    the gold text with every mark removed
  clean identity    seed 001's gold and samples/*.truth.txt must come back byte-identical
  held-out legacy   documents never used for training (the held-out split of dictionaries/corpus,
                    files 005, 015, ..., 095, bench/data/heldout.txt, and the extraction bench's
                    bench/unseen/*/*.txt written by another team member) rendered like scans
                    (300 dpi render, skew, noise, blur, stored at 200/150 dpi as JPEG) and read
                    back with `tesseract -l eng`; OCR cached in ~/.cache/vanban-restore/bench
  held-out legacy poor  the same, poorer scans (about 100 dpi, blurred or binarised)
  held-out vie      the same documents, degraded renders read with `-l vie`, restored as OCR
                    output (restore_line(line, "ocr"), what restore_pages does for OCR'd pages)
  held-out strip    the same documents with every mark removed
  `--detail` prints a row per rendering variant, per source of documents and per document.

Speed is syllables (of the input) per CPU second (time.process_time: the restorer is single-
threaded, so this is one core, and it is not distorted by other jobs on a shared machine) of
vanban's restore_lines (what restore_text and restore_pages run), models loaded, per-token caches emptied, best of 3 runs; pyvi's ViUtils.add_accents (given the input
without marks) is timed once and guarded (it raises KeyError on some lines).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score_text.py"
HELDOUT = ROOT / "bench" / "data" / "heldout.txt"
_SYL = re.compile(r"\w+")


def score(gold: str, pred: str, ocr: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        g, p, o = Path(tmp, "gold.txt"), Path(tmp, "pred.txt"), Path(tmp, "ocr.txt")
        g.write_text(gold, encoding="utf-8")
        p.write_text(pred, encoding="utf-8")
        args = [sys.executable, str(SCORER), str(g), str(p), "--json"]
        if ocr is not None:
            o.write_text(ocr, encoding="utf-8")
            args += ["--ocr", str(o)]
        out = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def syllables(text: str) -> int:
    return sum(1 for t in _SYL.findall(text) if any(c.isalpha() for c in t))


def run_vanban(text: str, source: str | None = None, repeat: int = 3) -> tuple[str, float]:
    """Restore every line; the time is the best of `repeat` runs, each starting with empty
    per-token caches (the machine is shared: the best run is the least disturbed one)."""
    from extractors import confusion, diacritics
    diacritics.load()                               # models load once per process, not timed
    lines = text.split("\n")
    best = None
    for _ in range(repeat):
        diacritics._token_candidates.cache_clear()
        confusion.candidates.cache_clear()
        t = time.process_time()
        out = [r.text for r in diacritics.restore_lines(lines, source)]
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    return "\n".join(out), best


def run_pyvi(text: str) -> tuple[str, float]:
    from pyvi import ViUtils
    from extractors.vietnamese import strip_marks
    out = []
    t = time.process_time()
    for line in text.split("\n"):
        try:
            # pyvi expects unmarked input: give it the OCR line without its (wrong) marks
            out.append(ViUtils.add_accents(strip_marks(line)) if line.strip() else line)
        except (KeyError, IndexError, ValueError):
            out.append(line)
    return "\n".join(out), time.process_time() - t


HELDOUT_VARIANTS = (("legacy", ("eng_scan", "eng_scan_low", "eng_scan_soft")),
                    ("legacy poor", ("eng_low", "eng_bin")),
                    ("vie", ("vie_noise", "vie_thresh", "vie_jpeg")))
PAGE_LINES = 30


UNSEEN = ROOT / "bench" / "unseen"


def heldout_docs() -> list[tuple[str, list[str]]]:
    """(name, lines) of the documents kept out of every training set, from two writers: the
    held-out split of the team corpus (dictionaries/build_lm.py heldout_files: files 005, 015,
    ..., 095) and bench/data/heldout.txt ('corpus/...'), and the extraction bench's unseen
    documents, bench/unseen/{dev,heldout}/*.txt ('unseen/...'). Lines as written (wrapped at
    90 characters like a page), blanks dropped."""
    sys.path.insert(0, str(ROOT / "dictionaries"))
    import build_confusion as bc
    import build_lm
    files = [("corpus", f) for f in build_lm.heldout_files() + [HELDOUT]]
    files += [("unseen", f) for f in sorted(UNSEEN.glob("*/*.txt"))]
    docs = []
    for source, f in files:
        lines: list[str] = []
        for raw in f.read_text(encoding="utf-8").splitlines():
            if raw.startswith("#"):
                continue
            if not raw.strip():
                if lines and lines[-1]:
                    lines.append("")            # a paragraph break, as OCR output keeps it
                continue
            lines += bc.wrap([raw.strip()], 90 if source == "unseen" else 84)
        while lines and not lines[-1]:
            lines.pop()
        docs.append((f"{source}/{f.stem}", lines))
    return docs


def heldout_ocr(variant: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per held-out document, its (ocr line, truth line) pairs under one rendering variant of
    build_confusion.py: pages of PAGE_LINES lines rendered like scans, read back by Tesseract
    (cached in ~/.cache/vanban-restore/bench)."""
    sys.path.insert(0, str(ROOT / "dictionaries"))
    import build_confusion as bc
    bc.CACHE = Path(os.environ.get("VANBAN_RESTORE_CACHE", Path.home() / ".cache" / "vanban-restore")) / "bench"
    out = []
    for name, lines in heldout_docs():
        text = [l for l in lines if l]          # blank lines are not rendered; they come back blank
        pages = [text[i:i + PAGE_LINES] for i in range(0, len(text), PAGE_LINES)]
        pairs = iter(bc.ocr_pages(pages, variant, "bench"))
        if sum(len(p) for p in pages) != sum(1 for _ in bc.ocr_pages(pages, variant, "bench")):
            continue                            # a page Tesseract could not pair line by line
        out.append((name, [("", "") if not l else next(pairs) for l in lines]))
    return out


def heldout_sets() -> list[tuple[str, str, str]]:
    """(name, gold, input) for the held-out documents: legacy OCR (-l eng on scan-like renders at
    200/150 dpi), Tesseract vie on degraded renders, and the gold with its marks stripped."""
    from extractors.vietnamese import strip_marks
    out = []
    gold_all = []
    for kind, variants in HELDOUT_VARIANTS:
        pairs = [p for v in variants for _, doc in heldout_ocr(v) for p in doc]
        out.append((f"held-out {kind}", "\n".join(t for _, t in pairs), "\n".join(o for o, _ in pairs)))
    for _, lines in heldout_docs():
        gold_all += lines
    out.append(("held-out strip", "\n".join(gold_all), "\n".join(strip_marks(l) for l in gold_all)))
    return out


def datasets() -> list[tuple[str, str, str]]:
    from extractors.vietnamese import strip_marks
    seeds = SHARED / "seeds"
    sets = []
    for n in ("000", "004", "001"):
        gold_path = next(seeds.glob(f"{n}_*.gold.txt"))
        gold = gold_path.read_text(encoding="utf-8")
        ocr = gold_path.with_name(gold_path.name.replace(".gold.", ".ocr.")).read_text(encoding="utf-8")
        sets.append((f"seed {n} {'clean' if n == '001' else 'legacy'}", gold, ocr))
    for n in ("000", "001", "004"):
        gold = next(seeds.glob(f"{n}_*.gold.txt")).read_text(encoding="utf-8")
        sets.append((f"seed {n} strip", gold, "\n".join(strip_marks(l) for l in gold.split("\n"))))
    sets += heldout_sets()
    return sets


def clean_identity() -> tuple[int, int]:
    from extractors.diacritics import restore_line, restore_text
    files = sorted((SHARED / "seeds").glob("001_*.gold.txt")) + sorted((ROOT / "samples").glob("*.truth.txt"))
    same = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        same += (restore_text(text) == text and
                 "\n".join(restore_line(l).text for l in text.split("\n")) == text)
    return same, len(files)


def run() -> dict:
    rows = []
    for name, gold, ocr in datasets():
        row = {"set": name, "syllables": syllables(gold)}
        source = "ocr" if name.endswith(" vie") else None     # Tesseract vie output: a scan read by vanban
        for system, fn in (("vanban", lambda t: run_vanban(t, source)), ("pyvi", run_pyvi)):
            pred, dt = fn(ocr)
            r = score(gold, pred, ocr)
            row[system] = {"acc": r["pred"]["syllable_acc"], "acc_ci": r["pred"]["syllable_acc_ci"],
                           "reduction": r["error_reduction"],
                           "syl_per_s": round(syllables(ocr) / dt) if dt > 0 else None}
            row["input_acc"] = r["ocr"]["syllable_acc"]
        rows.append(row)
    same, total = clean_identity()
    return {"rows": rows, "clean_identity": {"identical": same, "files": total}}


def detail() -> list[tuple[str, int, float, float]]:
    """(name, syllables, input acc, vanban acc) per held-out rendering variant and, for the
    scan-like legacy OCR, per held-out document."""
    from extractors import diacritics
    rows = []

    def one(name, pairs, source=None):
        gold = "\n".join(t for _, t in pairs)
        ocr = "\n".join(o for o, _ in pairs)
        pred = "\n".join(r.text for r in diacritics.restore_lines(ocr.split("\n"), source))
        r = score(gold, pred, ocr)
        rows.append((name, r["pred"]["syllables"], r["ocr"]["syllable_acc"], r["pred"]["syllable_acc"]))

    for kind, variants in HELDOUT_VARIANTS:
        for v in variants:
            one(f"{kind}: {v}", [p for _, doc in heldout_ocr(v) for p in doc], "ocr" if kind == "vie" else None)
    by_doc: dict[str, list] = {}
    by_source: dict[str, list] = {}
    for kind, variants in HELDOUT_VARIANTS[:2]:
        for v in variants:
            for name, doc in heldout_ocr(v):
                by_source.setdefault(f"{kind}: {name.split('/')[0]} documents", []).extend(doc)
                if kind == "legacy":
                    by_doc.setdefault(name, []).extend(doc)
    for name, pairs in by_source.items():
        one(name, pairs)
    for name, pairs in by_doc.items():
        one(f"legacy: {name[:32]}", pairs)
    return rows


def _fmt(v) -> str:
    return "-" if v is None else (f"{v:.4f}" if isinstance(v, float) else str(v))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--detail", action="store_true", help="a row per rendering variant and per held-out document")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print("bench.restore: ../shared/eval/score_text.py is absent; nothing to score", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    if args.detail:
        print(f"{'held-out set':40} {'syl':>5} {'input':>7} {'vanban':>7}")
        for name, n, before, after in detail():
            print(f"{name:40} {n:>5} {before:>7.4f} {after:>7.4f}")
        return 0
    result = run()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    head = (f"{'data set':20} {'syl':>5} {'input':>7} | {'vanban':>7} {'reduct':>7} {'syl/s':>7} | "
            f"{'pyvi':>7} {'reduct':>7} {'syl/s':>7}")
    print("Restoration (syllable accuracy from ../shared/eval/score_text.py)")
    print(head)
    print("-" * len(head))
    for r in result["rows"]:
        v, p = r["vanban"], r["pyvi"]
        print(f"{r['set']:20} {r['syllables']:>5} {_fmt(r['input_acc']):>7} | {_fmt(v['acc']):>7} "
              f"{_fmt(v['reduction']):>7} {_fmt(v['syl_per_s']):>7} | {_fmt(p['acc']):>7} "
              f"{_fmt(p['reduction']):>7} {_fmt(p['syl_per_s']):>7}")
    ci = result["clean_identity"]
    print(f"clean text byte-identical: {ci['identical']}/{ci['files']} files (seed 001 gold + samples truth)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
