"""Unseen scans: documents the OCR code was never tuned on, rendered at bench time.

    python -m bench.scans                 # render (cached) and measure: plain vs vanban, CER and CPU s/page
    python -m bench.scans --only b-       # variants whose name contains this
    python -m bench.scans --keep DIR      # also copy the rendered PDFs and truths to DIR

Text: the body of each real gold text in ../shared/seeds/*.gold.txt (read-only; its sentences are
never stored in the project: documents are rendered into a cache directory, $VANBAN_BENCH_CACHE or
<tmp>/vanban-bench-scans). The header, recipients and signature block are invented here, and each
document is laid out by samples/make_samples.py's Layout (imported, not edited) under layout
variations the samples never use, then scanned by `scan()` below:

    header column centres and left margin moved, stored resolution 200 / 250 / 300 dpi,
    skew up to 2°, stronger noise, blur and JPEG, gray scans, seal moved around the signature,
    page numbers at the top or at the bottom, the table drawn with other column widths.

Columns: `plain` = `tesseract -l vie --psm 3` on the page rendered at 300 dpi (as bench.ocr);
`raw` / `restored` = vanban before / after restoration. Speed is CPU seconds per page (process +
Tesseract children), robust to a busy machine: `floor` is `tesseract -l vie --psm 4` on the page's
stored image (`pdfimages -j`), vanban is read_pages with one job (everything it does for a page).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CACHE = Path(os.environ.get("VANBAN_BENCH_CACHE", Path(tempfile.gettempdir()) / "vanban-bench-scans"))
BODY_CHARS = 2600             # body text taken from each gold (keeps a document at about 2 pages)
GENERATOR_VERSION = "3"


@dataclass
class Variant:
    name: str
    left_cx: float = 150          # header / recipients column centre (pt)
    right_cx: float = 405         # header / signature column centre (pt)
    left_mm: float = 30           # left margin
    dpi: int = 200                # stored resolution
    skew: float = 1.0             # degrees (sign kept)
    noise: float = 4.0
    blur: float = 0.9
    quality: int = 60
    gray: bool = False
    seal_dx: float = 0.0          # seal moved by this (pt) from the generator's place
    seal_dy: float = 0.0
    page_numbers: str = "top"     # top | bottom
    table_widths: tuple = (0.09, 0.43, 0.16, 0.15, 0.17)
    issuer: tuple = ("ỦY BAN NHÂN DÂN", "XÃ TÂN PHONG")
    number: str = "Số: 45/BC-UBND"
    date_line: str = "Tân Phong, ngày 09 tháng 3 năm 2026"
    sign: tuple = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    signer: str = "Phạm Quang Huy"
    extra: dict = field(default_factory=dict)


VARIANTS = [
    Variant("a-wide-300dpi", left_cx=132, right_cx=425, dpi=300, skew=1.8, noise=6, quality=45,
            seal_dx=25, seal_dy=-12, table_widths=(0.07, 0.38, 0.18, 0.2, 0.17),
            issuer=("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"), number="Số: 318/SNV-CCHC",
            date_line="Hải Phòng, ngày 21 tháng 01 năm 2026", sign=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
            signer="Vũ Thị Mai Anh"),
    Variant("b-narrow-250dpi-gray", left_cx=172, right_cx=392, left_mm=25, dpi=250, skew=-2.0, noise=5,
            quality=55, gray=True, seal_dx=-30, seal_dy=10, page_numbers="bottom",
            table_widths=(0.12, 0.34, 0.14, 0.22, 0.18)),
    Variant("c-noisy-200dpi", left_cx=160, right_cx=415, dpi=200, skew=0.7, noise=8, blur=1.2, quality=40,
            seal_dx=40, seal_dy=20, table_widths=(0.08, 0.5, 0.13, 0.14, 0.15),
            issuer=("HUYỆN ỦY KIẾN THỤY", "BAN TUYÊN GIÁO"), number="Số: 07-KH/BTG",
            date_line="Kiến Thụy, ngày 02 tháng 02 năm 2026", sign=("T/M BAN TUYÊN GIÁO", "TRƯỞNG BAN"),
            signer="Lê Văn Thành"),
]
PAIRS = [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2), (2, 0)]     # (seed index, variant index)


# --------------------------------------------------------------------------- gold text -> document spec
HEADER_MARK = re.compile(r"CỘNG HÒA|Độc lập|^Số\s*:|ngày .*tháng .*năm|^ỦY BAN NHÂN DÂN|^\s*\*\*")
HEADING = re.compile(r"^(?:[IVX]+|\d+(?:\.\d+)*)\.\s")


def _paragraphs(lines: list[str]) -> list[str]:
    out, current = [], []
    for line in lines + [""]:
        if not line.strip():
            if current:
                out.append(" ".join(current))
                current = []
            continue
        if "\t" in line:
            if current:
                out.append(" ".join(current))
                current = []
            out.append(line)
            continue
        if current and (line.startswith("- ") or HEADING.match(line)):
            out.append(" ".join(current))
            current = []
        current.append(line.strip())
    return out


def document_spec(gold: str, variant: Variant) -> dict:
    """A make_samples document from one gold text: its body (up to BODY_CHARS), invented frame."""
    lines = unicodedata.normalize("NFC", gold).replace("\r", "").split("\n")
    end = next((i for i, line in enumerate(lines) if line.lstrip().startswith("Nơi nhận")), len(lines))
    lines = [line for i, line in enumerate(lines[:end]) if not (i < 8 and HEADER_MARK.search(line))]
    doc: dict = {"issuer_lines": list(variant.issuer), "number": variant.number, "date_line": variant.date_line,
                 "body": [], "recipients": ["Nơi nhận:", "- Như trên;", "- Thường trực HĐND;", "- Lưu: VT."],
                 "sign": {"lines": list(variant.sign), "name": variant.signer},
                 "seal": [" ".join(variant.issuer), "HẢI PHÒNG"]}
    paragraphs = _paragraphs(lines)
    i, used = 0, 0
    if paragraphs and paragraphs[0].isupper() and len(paragraphs[0].split()) <= 4:
        doc["title"] = paragraphs[0]
        i = 1
    table_rows: list[list[str]] = []
    while i < len(paragraphs) and used < BODY_CHARS:
        text = paragraphs[i]
        i += 1
        if text.startswith("V/v "):
            doc["vv"] = text
            continue
        if text.startswith("Kính gửi"):
            doc["to"] = ["Kính gửi:"]
            while i < len(paragraphs) and paragraphs[i].startswith("- "):
                doc["to"].append(paragraphs[i])
                i += 1
            continue
        if "\t" in text:
            table_rows.append([c.strip() for c in text.split("\t")])
            if i < len(paragraphs) and "\t" in paragraphs[i]:
                continue
            doc["body"].append({"table": _table(table_rows, variant)})
            table_rows = []
            continue
        used += len(text)
        if text.startswith("- "):
            doc["body"].append({"b": text[2:]})
        elif HEADING.match(text) and len(text.split()) <= 16:
            doc["body"].append({"h": text})
        elif doc.get("title") and not doc.get("subject") and not doc["body"] and text[:1].islower():
            doc["subject"] = _subject_lines(text)
        else:
            doc["body"].append({"p": text})
    return doc


def _subject_lines(text: str) -> list[str]:
    words, out, current = text.split(), [], []
    for word in words:
        if len(" ".join(current + [word])) > 62 and current:
            out.append(" ".join(current))
            current = []
        current.append(word)
    return out + [" ".join(current)] if current else out


def _table(rows: list[list[str]], variant: Variant) -> dict:
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    widths = list(variant.table_widths[:n]) + [0.1] * max(0, n - len(variant.table_widths))
    total = sum(widths)
    align = ["C"] * n
    if n > 1:
        align[1] = "L"
    return {"columns": rows[0], "rows": rows[1:], "widths": [w / total for w in widths], "align": align}


# --------------------------------------------------------------------------- render
def _samples_module():
    sys.path.insert(0, str(ROOT / "samples"))
    import make_samples
    return make_samples


def layout_pages(doc: dict, variant: Variant):
    ms = _samples_module()
    saved = {k: getattr(ms, k) for k in ("HEAD_LEFT_CX", "HEAD_RIGHT_CX", "LEFT", "TEXT_W")}
    try:
        ms.HEAD_LEFT_CX, ms.HEAD_RIGHT_CX = variant.left_cx, variant.right_cx
        ms.LEFT = variant.left_mm * ms.PT_PER_MM
        ms.TEXT_W = ms.PAGE_W - ms.LEFT - ms.RIGHT
        pages = ms.layout_document(doc)
    finally:
        for k, v in saved.items():
            setattr(ms, k, v)
    if variant.page_numbers == "bottom":
        for page in pages:
            numbered = [line for line in page.lines if line.region == "page_number"]
            for line in numbered:
                page.lines.remove(line)
                line.y = ms.PAGE_H - 10 * ms.PT_PER_MM
                page.lines.append(line)
    for page in pages:
        if page.seal_centre:
            page.seal_centre = (page.seal_centre[0] + variant.seal_dx, page.seal_centre[1] + variant.seal_dy)
    return pages


def scan(digital: Path, pages, doc: dict, variant: Variant, rng: random.Random) -> list[bytes]:
    """make_samples.scan_pages with the variant's scanner: resolution, skew, noise, JPEG, gray."""
    import io

    import cv2
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image
    ms = _samples_module()
    scale = 300 / 72
    out = []
    pdf = pdfium.PdfDocument(str(digital))
    try:
        for index, page in enumerate(pages):
            img = pdf[index].render(scale=scale).to_pil().convert("RGBA")
            if page.signature_box:
                bx0, by0, bx1, by1 = (int(v * scale) for v in page.signature_box)
                sig_w = int((bx1 - bx0) * 0.62)
                sx0 = bx0 + int((bx1 - bx0) * 0.22) + rng.randint(-20, 20)
                ms.draw_signature(img, (sx0, by0 + 10, sx0 + sig_w, by1 + 10), rng)
            img = img.convert("RGB")
            if page.seal_centre:
                px = int(38 * ms.PT_PER_MM * scale)
                seal = ms.make_seal(doc["seal"][0], doc["seal"][1], px, rng)
                cx, cy = (int(v * scale) for v in page.seal_centre)
                ms.multiply(img, seal, (cx - px // 2, cy - px // 2))
            arr = np.asarray(img, dtype=np.float32)
            h, w = arr.shape[:2]
            tone = np.array([rng.uniform(232, 248), rng.uniform(230, 246), rng.uniform(220, 240)]) / 255
            grad = np.linspace(rng.uniform(0.88, 0.97), 1.0, h)[:, None, None]      # top-to-bottom shading
            arr = cv2.GaussianBlur(arr * tone * grad, (0, 0), variant.blur)
            angle = variant.skew * (1 if index % 2 == 0 else 0.8)
            matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
            paper = tuple(float(v) for v in arr[5:40, 5:40].reshape(-1, 3).mean(axis=0))
            arr = cv2.warpAffine(arr, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=paper)
            np_rng = np.random.default_rng(rng.randrange(1 << 30))
            arr = arr + np_rng.normal(0, variant.noise, arr.shape[:2])[..., None]
            specks = np_rng.random(arr.shape[:2]) < 0.0006
            arr[specks] *= 0.25
            size = (int(w * variant.dpi / 300), int(h * variant.dpi / 300))
            small = cv2.resize(arr.clip(0, 255).astype(np.uint8), size, interpolation=cv2.INTER_AREA)
            picture = Image.fromarray(small, "RGB")
            if variant.gray:
                picture = picture.convert("L")
            buf = io.BytesIO()
            picture.save(buf, "JPEG", quality=variant.quality, optimize=True, dpi=(variant.dpi, variant.dpi))
            out.append(buf.getvalue())
    finally:
        pdf.close()
    return out


def render(seed: Path, variant: Variant) -> tuple[Path, Path]:
    """(scan.pdf, truth.txt) for one seed under one variant, cached by content."""
    ms = _samples_module()
    gold = seed.read_text(encoding="utf-8")
    key = hashlib.sha256((GENERATOR_VERSION + gold + repr(variant)).encode()).hexdigest()[:12]
    name = f"{seed.name.split('_')[0]}-{variant.name}"
    folder = CACHE / f"{name}-{key}"
    pdf, truth = folder / "scan.pdf", folder / "truth.txt"
    if pdf.exists() and truth.exists():
        return pdf, truth
    folder.mkdir(parents=True, exist_ok=True)
    ms.register_fonts()
    doc = document_spec(gold, variant)
    pages = layout_pages(doc, variant)
    digital = folder / "digital.pdf"
    ms.draw_pdf(pages, digital, title=name, author="bench")
    rng = random.Random(key)
    ms.write_image_pdf(scan(digital, pages, doc, variant, rng), pdf)
    truth.write_text(ms.truth_text(pages), encoding="utf-8")
    return pdf, truth


def unseen_documents(only: str | None = None) -> list[tuple[str, Path, Path]]:
    seeds = sorted(SEEDS.glob("*.gold.txt"))
    out = []
    for s, v in PAIRS:
        if s >= len(seeds):
            continue
        variant = VARIANTS[v]
        name = f"{seeds[s].name.split('_')[0]}-{variant.name}"
        if only and only not in name:
            continue
        pdf, truth = render(seeds[s], variant)
        out.append((name, pdf, truth))
    return out


# --------------------------------------------------------------------------- measure
def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def floor_seconds(pdf: Path) -> tuple[float, int]:
    """CPU seconds of `tesseract -l vie --psm 4` on each stored page image, and the page count."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-j", str(pdf), f"{tmp}/p"], check=True)
        images = sorted(Path(tmp).glob("p-*"))
        started = cpu_seconds()
        for image in images:
            subprocess.run(["tesseract", str(image), "-", "-l", "vie", "--psm", "4"], capture_output=True,
                           check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
        return cpu_seconds() - started, len(images)


def vanban_read(pdf: Path):
    from vanban import pipeline
    from vanban.settings import Settings
    settings = Settings.from_env(ocr_jobs=1)
    source = pipeline.intake(pdf, settings)
    started, wall = cpu_seconds(), time.perf_counter()
    pages = pipeline.read_pages(source, settings)
    return pages, cpu_seconds() - started, time.perf_counter() - wall


def measure(name: str, pdf: Path, truth_path: Path, plain: bool = True) -> dict:
    from bench.ocr import _fmt, plain_tesseract, score
    from vanban import pipeline
    truth = truth_path.read_text(encoding="utf-8")
    row: dict = {"doc": name}
    if plain:
        class Inline:                      # bench.ocr.plain_tesseract wants an executor
            map = staticmethod(lambda f, items: [f(i) for i in items])
        row["plain"] = score(truth, "\f".join(plain_tesseract(Inline, pdf)))
    floor, count = floor_seconds(pdf)
    pages, cpu, wall = vanban_read(pdf)
    row.update(pages=len(pages), floor_cpu=round(floor / count, 3), cpu=round(cpu / count, 3),
               wall=round(wall / count, 3))
    row["raw"] = score(truth, "\f".join(p.text for p in pages))
    row["restored"] = score(truth, "\f".join(p.text for p in pipeline.restore(pages)))
    print(f"{name[:34]:34} {len(pages):2}p  plain {_fmt(row.get('plain', {}).get('cer'))}   "
          f"raw {_fmt(row['raw']['cer'])}   restored {_fmt(row['restored']['cer'])} "
          f"(WER {_fmt(row['restored']['wer'])})   CPU s/page floor {row['floor_cpu']:.2f} "
          f"vanban {row['cpu']:.2f}", flush=True)
    return row


def summary(rows: list[dict], label: str) -> dict:
    from bench.ocr import _fmt
    if not rows:
        return {}
    chars = sum(r["raw"]["chars"] for r in rows)
    pages = sum(r["pages"] for r in rows)
    out = {"docs": len(rows), "pages": pages}
    for col in ("plain", "raw", "restored"):
        if all(col in r for r in rows):
            out[col + "_cer"] = round(sum(r[col]["cer"] * r[col]["chars"] for r in rows) / chars, 4)
    out["floor_cpu"] = round(sum(r["floor_cpu"] * r["pages"] for r in rows) / pages, 3)
    out["cpu"] = round(sum(r["cpu"] * r["pages"] for r in rows) / pages, 3)
    out["speed_vs_floor"] = round(out["floor_cpu"] / out["cpu"], 3)
    print(f"{label:34} {pages:2}p  plain {_fmt(out.get('plain_cer'))}   raw {_fmt(out['raw_cer'])}   "
          f"restored {_fmt(out['restored_cer'])}   CPU s/page floor {out['floor_cpu']:.2f} vanban "
          f"{out['cpu']:.2f} → {100 * out['speed_vs_floor']:.0f}% of the floor's pages/min")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scans", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="only documents whose name contains this")
    parser.add_argument("--samples", action="store_true", help="also the samples' scans (samples/*.scan.pdf)")
    parser.add_argument("--no-plain", action="store_true", help="skip plain Tesseract's CER")
    parser.add_argument("--keep", help="copy the rendered PDFs and truths here")
    parser.add_argument("--json", help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    from bench.ocr import SCORER
    if not SCORER.exists() or not SEEDS.is_dir():
        print(f"bench.scans: cần ../shared (seeds and scorer; {SEEDS} not found)")
        return 0
    print("Unseen scans: CER plain Tesseract (psm 3) | vanban raw | restored; CPU s/page floor vs vanban")
    rows = [measure(name, pdf, truth, not args.no_plain) for name, pdf, truth in unseen_documents(args.only)]
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)
        for row, (name, pdf, truth) in zip(rows, unseen_documents(args.only)):
            shutil.copy(pdf, Path(args.keep) / f"{name}.scan.pdf")
            shutil.copy(truth, Path(args.keep) / f"{name}.truth.txt")
    out = {"unseen": rows}
    sample_rows = []
    if args.samples:
        samples = ROOT / "samples"
        for pdf in sorted(samples.glob("*.scan.pdf")):
            if args.only and args.only not in pdf.name:
                continue
            truth = samples / pdf.name.replace(".scan.pdf", ".truth.txt")
            sample_rows.append(measure(pdf.name[: -len(".scan.pdf")], pdf, truth, not args.no_plain))
        out["samples"] = sample_rows
    print()
    out["summary"] = {"unseen": summary(rows, "unseen (char-weighted)")}
    if sample_rows:
        out["summary"]["samples"] = summary(sample_rows, "samples' scans (char-weighted)")
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
