"""Extraction benchmark: precision, recall and F1 per kind against gold records.

    python -m bench.extract                     # seeds (gold text, OCR text) and samples (truth text, digital PDF)
    python -m bench.extract --scans             # also: samples' scanned PDFs and scans rendered from the seeds' gold text
    python -m bench.extract --only chi-thi      # documents whose name contains this
    python -m bench.extract --misses            # list what each document missed or added

Sets (each row of the table micro-averages the documents of one set):
    seeds/gold      ../shared/seeds/*.gold.txt   clean text: extraction alone
    seeds/ocr       ../shared/seeds/*.ocr.txt    real OCR text through restoration (vanban extract)
    seeds/ocr-raw   the same OCR text without restoration: how much extraction survives OCR damage alone
    seeds/scan      the gold text rendered to a 300 dpi page image (DejaVu Serif) and read back by the
                    whole pipeline (Tesseract, layout, restoration)                       [--scans]
    samples/truth   samples/<slug>.truth.txt     clean text of the invented documents
    samples/digital samples/<slug>.digital.pdf   born-digital PDF (text layer)
    samples/scan    samples/<slug>.scan.pdf      image-only PDF (OCR)                                [--scans]
    unseen/dev      bench/unseen/dev/<slug>.txt  documents written after the extractor, used to fix it (vanban extract)
    unseen/dev-nomarks  the same text with every Vietnamese mark removed ('Ủy ban' -> 'Uy ban'), through restoration
    unseen/dev-scan the dev text rendered to a page image and read back by the whole pipeline          [--scans]
    unseen/heldout  bench/unseen/heldout/<slug>.txt  written and measured once before any fix (see bench/unseen/README.md)
    unseen/heldout-nomarks, unseen/heldout-scan   as for dev
    unseen/*-legacy the text rendered like an old archive's scan and read by `tesseract -l eng` (the
                    seeds' kind of damage: 's6', 'ctia', 'thyc hién'), then vanban extract on that text:
                    what the unseen-document check of the seeds' OCR path meets          [--legacy]
Scores come from ../shared/eval/score_records.py (the bench stops if ../shared is absent);
'doc' is the share of gold document fields matched, 'refs' the references F1.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from extractors.vietnamese import strip_marks

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
UNSEEN = ROOT / "bench" / "unseen"
KINDS = ("scores", "ranks", "tasks", "deadlines", "metrics", "overall")


def load_scorer():
    path = SHARED / "eval" / "score_records.py"
    if not path.is_file():
        sys.exit(f"bench.extract: thiếu {path} (../shared is needed for the gold and the scorer)")
    spec = importlib.util.spec_from_file_location("score_records", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _continues_row(line: str) -> bool:
    """A tab line that carries on the cells of the row above ('\tvà Đô thị\t\t', '\t\t\t(/114)\ttuyến (tối đa
    10)', '\tBằng'): it opens with an empty cell, holds no number and each of its cells goes on in lower case or
    with '(', or it holds one or two words alone."""
    cells = [c.strip() for c in line.split("\t")]
    filled = [c for c in cells if c]
    if not line.startswith("\t") or not filled or any(re.fullmatch(r"[\d.,%()\s+-]+", c) for c in filled):
        return False
    # 'Xã Nguyễn Lương' / '\tBằng': a name's last word alone on the next line
    alone = len(filled) == 1 and ":" not in filled[0] and len(filled[0].split()) <= 2
    return alone or all(c[:1].islower() or c[:1] == "(" for c in filled)


def _table_rows(lines: list[str]) -> list[list[str]]:
    """A table's tab lines as rows of cells, a row's wrapped lines joined into its cells."""
    rows: list[list[str]] = []
    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if rows and _continues_row(line):
            last = rows[-1]
            last += [""] * (len(cells) - len(last))
            for i, cell in enumerate(cells):
                if cell:
                    last[i] = f"{last[i]} {cell}".strip()
        else:
            rows.append(cells)
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def render_scan(text: str, out_dir: Path, stem: str) -> Path:
    """The text drawn as a page image (A4, 300 dpi): a clean 'scan'. A table (consecutive lines with tabs) is
    drawn as printed tables are, ruled, its columns aligned and each cell's text wrapped inside its column."""
    from PIL import Image, ImageDraw, ImageFont
    font_path = next((p for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                                  "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                                  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") if Path(p).exists()), None)
    font = ImageFont.truetype(font_path, 38) if font_path else ImageFont.load_default()
    small = ImageFont.truetype(font_path, 32) if font_path else font
    width, height, margin, step, pad = 2480, 3508, 180, 62, 14
    usable = width - 2 * margin

    def wrap(words: str, fnt, room: float) -> list[str]:
        out, current = [], ""
        for word in words.split(" "):
            trial = (current + " " + word) if current else word
            if current and fnt.getlength(trial) > room:
                out.append(current)
                current = word
            else:
                current = trial
        return out + [current]

    # items: ("text", line) one step high, ("row", cells, xs, lines, first) a table row, ("break",) a page break
    items: list[tuple] = []
    raw_lines = text.split("\n")
    i = 0
    while i < len(raw_lines):
        raw = raw_lines[i]
        if raw.startswith("\f"):
            items.append(("break",))
            raw = raw[1:]
        if "\t" not in raw:
            items += [("text", line) for line in wrap(raw, font, usable)]
            i += 1
            continue
        block = []
        while i < len(raw_lines) and "\t" in raw_lines[i] and not (block and raw_lines[i].startswith("\f")):
            block.append(raw_lines[i])
            i += 1
        rows = _table_rows(block)
        natural = [max(small.getlength(r[c]) for r in rows) + 2 * pad for c in range(len(rows[0]))]
        natural = [max(n, 70) for n in natural]
        scale = min(1.0, usable / sum(natural))
        widths = [n * scale for n in natural]
        if scale < 1.0:
            # wide columns give room to narrow ones: every column at least its longest word
            floor = [max(max((small.getlength(w) for r in rows for w in r[c].split(" ")), default=0) + 2 * pad, 70)
                     for c in range(len(rows[0]))]
            widths = [max(w, f) for w, f in zip(widths, floor)]
            over = sum(widths) - usable
            wide = [c for c in range(len(widths)) if widths[c] > floor[c]]
            room = sum(widths[c] - floor[c] for c in wide) or 1
            widths = [w - (over * (w - floor[c]) / room if c in wide and over > 0 else 0) for c, w in enumerate(widths)]
        xs = [margin]
        for w in widths:
            xs.append(xs[-1] + w)
        for k, row in enumerate(rows):
            lines = [wrap(cell, small, max(widths[c] - 2 * pad, 40)) if cell else [""] for c, cell in enumerate(row)]
            items.append(("row", row, xs, lines, k == 0))
    frames, img, draw, y = [], None, None, 0

    def new_page():
        nonlocal img, draw, y
        if img is not None:
            frames.append(img)
        img = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(img)
        y = margin

    new_page()
    previous_row = False
    for item in items:
        if item[0] == "break":
            if y > margin:
                new_page()
            previous_row = False
            continue
        if item[0] == "text":
            if y + step > height - margin:
                new_page()
            draw.text((margin, y), item[1], font=font, fill=0)
            y += step
            previous_row = False
            continue
        _, row, xs, lines, first = item
        h = max(len(ls) for ls in lines) * 52 + 2 * pad
        if y + h > height - margin:
            new_page()
            previous_row = False
        if first or not previous_row:
            draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        for c, ls in enumerate(lines):
            for n, line in enumerate(ls):
                draw.text((xs[c] + pad, y + pad + n * 52), line, font=small, fill=0)
        for x in xs:
            draw.line([(x, y), (x, y + h)], fill=0, width=3)
        draw.line([(xs[0], y + h), (xs[-1], y + h)], fill=0, width=3)
        y += h
        previous_row = True
    frames.append(img)
    path = out_dir / f"{stem}.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_lzw", dpi=(300, 300))
    return path


LEGACY_PAGE_LINES = 30


def legacy_ocr(text: str, variant: str = "eng_scan") -> str:
    """`text` as legacy Latin-only OCR: each page (form feeds kept, at most LEGACY_PAGE_LINES
    lines a render, long lines wrapped at 90 characters, tabs as spaces) rendered like an
    archive scan by dictionaries/build_confusion.py and read back with `tesseract -l eng`
    (cached in ~/.cache/vanban-restore/bench); blank lines stay blank."""
    sys.path.insert(0, str(ROOT / "dictionaries"))
    import build_confusion as bc
    bc.CACHE = Path(os.environ.get("VANBAN_RESTORE_CACHE", Path.home() / ".cache" / "vanban-restore")) / "bench"
    pages_out = []
    for page in text.split("\f"):
        lines: list[str] = []
        for raw in page.split("\n"):
            raw = " ".join(raw.replace("\t", "   ").split())
            lines += bc.wrap([raw], 90) if raw else [""]
        shown = [l for l in lines if l]
        chunks = [shown[i:i + LEGACY_PAGE_LINES] for i in range(0, len(shown), LEGACY_PAGE_LINES)]
        read = iter([obs for obs, _ in bc.ocr_pages(chunks, variant, "legacy")])
        pages_out.append("\n".join(next(read, "") if l else "" for l in lines))
    return "\f".join(pages_out)


def cases(scans: bool, only: str | None, tmp: Path, legacy: bool = False) -> list[tuple[str, str, Path, Path]]:
    out = []
    seeds = SHARED / "seeds"
    for gold in sorted(seeds.glob("*.records.json")):
        stem = gold.name[:-len(".records.json")]
        out.append(("seeds/gold", stem, seeds / f"{stem}.gold.txt", gold))
        out.append(("seeds/ocr", stem, seeds / f"{stem}.ocr.txt", gold))
        out.append(("seeds/ocr-raw", stem, seeds / f"{stem}.ocr.txt", gold))
        if scans:
            text = (seeds / f"{stem}.gold.txt").read_text(encoding="utf-8")
            out.append(("seeds/scan", stem, render_scan(text, tmp, stem), gold))
    for gold in sorted(SAMPLES.glob("*.records.json")):
        slug = gold.name[:-len(".records.json")]
        for kind, name in (("samples/truth", f"{slug}.truth.txt"), ("samples/digital", f"{slug}.digital.pdf"),
                           ("samples/scan", f"{slug}.scan.pdf")):
            if kind == "samples/scan" and not scans:
                continue
            if (SAMPLES / name).exists():
                out.append((kind, slug, SAMPLES / name, gold))
    for name in ("dev", "heldout"):
        for gold in sorted((UNSEEN / name).glob("*.records.json")):
            slug = gold.name[:-len(".records.json")]
            text_path = UNSEEN / name / f"{slug}.txt"
            out.append((f"unseen/{name}", slug, text_path, gold))
            plain = tmp / f"{slug}.nomarks.txt"
            plain.write_text(strip_marks(text_path.read_text(encoding="utf-8")), encoding="utf-8")
            out.append((f"unseen/{name}-nomarks", slug, plain, gold))
            if scans:
                out.append((f"unseen/{name}-scan", slug,
                            render_scan(text_path.read_text(encoding="utf-8"), tmp, slug), gold))
            if legacy and (not only or any(w and w in slug for w in only.split(","))):
                old = tmp / f"{slug}.legacy.txt"
                old.write_text(legacy_ocr(text_path.read_text(encoding="utf-8")), encoding="utf-8")
                out.append((f"unseen/{name}-legacy", slug, old, gold))
    wanted = [w for w in (only or "").split(",") if w]
    return [c for c in out if not wanted or any(w in c[1] for w in wanted)]


def predict(path: Path, raw: bool = False) -> tuple[dict, float]:
    """The records `vanban extract` prints for one file (`raw`: without restoration) and the seconds it took."""
    from vanban import pipeline
    from vanban.settings import Settings
    started = time.perf_counter()
    settings = Settings.from_env()
    if raw:
        source = pipeline.intake(path, settings)
        pred = pipeline.extract(pipeline.read_pages(source, settings), source).to_contract()
    else:
        pred = pipeline.process_file(path, settings).records.to_contract()
    return pred, time.perf_counter() - started


def predict_all(jobs: list[tuple[Path, bool]], workers: int | None = None) -> list[tuple[dict, float]]:
    """`predict` over many files, in order, one process per core: extraction is pure Python, so
    threads would share one core. Each document is read on its own, so the records do not depend on
    which process read them or in what order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(jobs) < 2 * workers:
        return [predict(path, raw) for path, raw in jobs]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(predict, *zip(*jobs), chunksize=max(1, min(16, len(jobs) // (8 * workers)))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", action="store_true", help="also OCR scans (slow: Tesseract)")
    parser.add_argument("--legacy", action="store_true",
                        help="also the unseen documents as legacy Latin-only OCR (slow the first time: Tesseract)")
    parser.add_argument("--only", help="documents whose name contains this (several: comma-separated)")
    parser.add_argument("--misses", action="store_true", help="print missed and extra records")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="documents read at once, one process each (default: one per core)")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    totals: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        todo = cases(args.scans, args.only, Path(tmp), args.legacy)
        predicted = predict_all([(path, set_name.endswith("-raw")) for set_name, _, path, _ in todo], args.jobs)
        for (set_name, name, path, gold_path), (pred, seconds) in zip(todo, predicted):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            scored = scorer.score(gold, pred)
            result = scored["result"]
            row = totals.setdefault(set_name, {"docs": 0, "seconds": 0.0, "fields": 0, "fields_right": 0,
                                               "ref_hits": 0, "ref_gold": 0, "ref_pred": 0,
                                               **{k: [0, 0, 0] for k in KINDS}})
            row["docs"] += 1
            row["seconds"] += seconds
            for k in KINDS:
                row[k][0] += result[k]["hits"]
                row[k][1] += result[k]["gold"]
                row[k][2] += result[k]["pred"]
            d = result["document"]
            row["fields"] += d["fields"]
            row["fields_right"] += d["fields_right"]
            row["ref_hits"] += d["references"]["hits"]
            row["ref_gold"] += d["references"]["gold"]
            row["ref_pred"] += d["references"]["pred"]
            if args.misses:
                print(f"# {set_name} {name}: overall F1 {result['overall']['f1']:.3f}", file=sys.stderr)
                for item in d["wrong"]:
                    print(f"   document.{item['field']}: gold {item['gold']!r} pred {item['pred']!r}", file=sys.stderr)
                for kind, m in scored["misses"].items():
                    for g in m["missed"]:
                        print(f"   missed {kind}: {json.dumps(g, ensure_ascii=False)[:200]}", file=sys.stderr)
                    for p in m["extra"]:
                        print(f"   extra  {kind}: {json.dumps(p, ensure_ascii=False)[:200]}", file=sys.stderr)
    table = {}
    for set_name, row in totals.items():
        entry = {"docs": row["docs"], "seconds_per_doc": round(row["seconds"] / row["docs"], 2)}
        for k in KINDS:
            entry[k] = scorer.prf(*row[k])
        entry["document_fields"] = round(row["fields_right"] / row["fields"], 4) if row["fields"] else 1.0
        entry["references"] = scorer.prf(row["ref_hits"], row["ref_gold"], row["ref_pred"])
        table[set_name] = entry
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=2))
        return 0
    header = f"{'set':22} {'docs':>4} " + " ".join(f"{k:>17}" for k in KINDS) + f" {'doc':>6} {'refs':>5} {'s/doc':>6}"
    print(header)
    print(f"{'':22} {'':>4} " + " ".join(f"{'P / R / F1':>17}" for _ in KINDS))
    for set_name, e in table.items():
        cells = " ".join(f"{e[k]['precision']:.2f}/{e[k]['recall']:.2f}/{e[k]['f1']:.3f}".rjust(17) for k in KINDS)
        print(f"{set_name:22} {e['docs']:>4} {cells} {e['document_fields']:>6.3f} {e['references']['f1']:>5.2f} "
              f"{e['seconds_per_doc']:>6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
