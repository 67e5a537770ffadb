#!/usr/bin/env python3
"""Render vanban's sample documents: scans, born-digital PDFs, signed PDFs and gold.

Usage (from the project root):

    .venv/bin/python samples/make_samples.py            # every document in samples/src/
    .venv/bin/python samples/make_samples.py SLUG ...   # only these
    .venv/bin/python samples/make_samples.py --no-legacy  # skip the ocrmypdf step

Input: samples/src/<slug>.json, one invented document each, written in the
genre of ../shared/seeds (Decree 30/2020 layout) with its gold records. Each
record names an `anchor`, a piece of the document's text that occurs exactly
once; after layout the script finds the page and the line holding the record's
number inside the anchor (a task: the first line of its bullet), so gold line
numbers always match what was rendered.

Output, flat in samples/ for each slug:

    <slug>.digital.pdf   born-digital PDF with a real text layer (reportlab, Liberation Serif)
    <slug>.scan.pdf      image-only PDF: the page rendered at 300 dpi, red round seal and blue
                         signature stroke added, skewed, blurred, noisy, JPEG quality 60, stored
                         at 200 dpi (one colour JPEG per page)
    <slug>.signed.pdf    the digital PDF signed with pyhanko by a throwaway self-signed
                         certificate made here (signer's name, …@haiphong.gov.vn), with a
                         visible appearance in the genre's style (time / Việt Nam / "… đã ký
                         lên văn bản này!")
    <slug>.truth.txt     the true text in reading order: left header block, right header block,
                         title and body, table rows (cells separated by one tab), recipients,
                         signature block; one visual line per line, no blank lines, pages
                         separated by form feeds; the page number line ("2") opens pages 2+.
                         The signed PDF's appearance lines are NOT part of it.
    <slug>.records.json  gold records in the contract (../shared/contract/RECORDS.md), with
                         page and line (1-based line within that page of truth.txt)
    legacy/<slug>.legacy.pdf  for the slugs with "legacy": true, the scan with an old
                         Latin-only OCR text layer (ocrmypdf -l eng), to test that a bad
                         text layer is never trusted.

Deterministic: fixed random seeds per slug, reportlab's invariant mode,
a fixed signing time and an RSA key derived from the slug. Needs: reportlab, pypdfium2,
Pillow, numpy, OpenCV, pyhanko, fonts-liberation2 and fonts-dejavu-core (the seal), and for
the legacy files ocrmypdf with tesseract-ocr-eng and ghostscript. The signed PDFs are the one
exception to byte-for-byte rebuilds (pyhanko's random document ID); ocrmypdf's output may
vary too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
LEGACY = HERE / "legacy"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
FONTS = {
    "R": FONT_DIR / "LiberationSerif-Regular.ttf",
    "B": FONT_DIR / "LiberationSerif-Bold.ttf",
    "I": FONT_DIR / "LiberationSerif-Italic.ttf",
    "BI": FONT_DIR / "LiberationSerif-BoldItalic.ttf",
}
SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

PT_PER_MM = 72 / 25.4
PAGE_W, PAGE_H = 595.28, 841.89           # A4
LEFT, RIGHT = 30 * PT_PER_MM, 20 * PT_PER_MM
TOP, BOTTOM = 20 * PT_PER_MM, 20 * PT_PER_MM
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_SIZE = 13
LEADING = 17.5
PARA_GAP = 3.5
INDENT = 10 * PT_PER_MM
HEAD_LEFT_CX = 150                         # centre of the left header / recipients column
HEAD_RIGHT_CX = 405                        # centre of the right header / signature column
RENDER_DPI = 300                           # the scan is made at this resolution ...
SCAN_DPI = 200                             # ... and stored at this one (file size)
JPEG_QUALITY = 60
NOISE_SIGMA = 4.0                          # grey-level noise added at 300 dpi


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- layout model
@dataclass
class Run:
    x: float
    text: str
    font: str
    size: float
    dy: float = 0.0               # baseline offset from the line's (wrapped table cells)


@dataclass
class VLine:
    """One visual line: what is drawn and what truth.txt says."""
    y: float                      # baseline, from the page top (pt)
    runs: list[Run]
    truth: str
    region: str = "body"
    underline: Optional[tuple[float, float]] = None   # x0, x1 of a rule under the line


@dataclass
class Page:
    number: int
    lines: list[VLine] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # table lines
    signature_box: Optional[tuple[float, float, float, float]] = None              # x0, top, x1, bottom
    seal_centre: Optional[tuple[float, float]] = None


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, first_width: float, other_width: float) -> list[str]:
    words = text.split()
    lines: list[str] = []
    current = ""
    limit = first_width
    for word in words:
        trial = word if not current else current + " " + word
        if width(trial, font, size) <= limit or not current:
            current = trial
        else:
            lines.append(current)
            current = word
            limit = other_width
    if current:
        lines.append(current)
    return lines


def justified_runs(words: list[str], x0: float, avail: float, font: str, size: float) -> list[Run]:
    if len(words) == 1:
        return [Run(x0, words[0], font, size)]
    total = sum(width(w, font, size) for w in words)
    gap = (avail - total) / (len(words) - 1)
    space = width(" ", font, size)
    gap = max(space, min(gap, space * 3.2))
    runs, x = [], x0
    for w in words:
        runs.append(Run(x, w, font, size))
        x += width(w, font, size) + gap
    return runs


class Layout:
    """Greedy page layout in the Decree 30/2020 style."""

    def __init__(self) -> None:
        self.pages: list[Page] = [Page(1)]
        self.y = TOP

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        number = len(self.pages) + 1
        self.pages.append(Page(number))
        self.y = TOP
        label = str(number)
        self.add(VLine(TOP - 12, [Run(PAGE_W / 2 - width(label, "R", 12) / 2, label, "R", 12)], label,
                       region="page_number"))
        self.y = TOP + 8

    def need(self, height: float) -> None:
        if self.y + height > PAGE_H - BOTTOM:
            self.new_page()

    def add(self, line: VLine) -> None:
        self.page.lines.append(line)

    def centred(self, text: str, cx: float, y: float, font: str, size: float, region: str) -> VLine:
        w = width(text, font, size)
        return VLine(y, [Run(cx - w / 2, text, font, size)], text, region)

    # ---- blocks
    def paragraph(self, text: str, font: str = "R", size: float = BODY_SIZE, indent: float = INDENT,
                  justify: bool = True, gap: float = PARA_GAP) -> None:
        text = nfc(text)
        lines = wrap(text, font, size, TEXT_W - indent, TEXT_W)
        for i, line in enumerate(lines):
            self.need(LEADING)
            self.y += LEADING
            x0 = LEFT + (indent if i == 0 else 0)
            avail = TEXT_W - (indent if i == 0 else 0)
            last = i == len(lines) - 1
            runs = justified_runs(line.split(), x0, avail, font, size) if justify and not last \
                else [Run(x0, line, font, size)]
            self.add(VLine(self.y, runs, line))
        self.y += gap

    def centred_block(self, lines: list[str], font: str, size: float, gap: float = 2,
                      leading: float = LEADING) -> None:
        for text in lines:
            self.need(leading)
            self.y += leading
            self.add(self.centred(nfc(text), PAGE_W / 2 + (LEFT - RIGHT) / 2, self.y, font, size, "body"))
        self.y += gap

    def table(self, spec: dict) -> None:
        cols = spec["columns"]
        widths = [w * TEXT_W for w in spec["widths"]]
        aligns = spec.get("align", ["C"] * len(cols))
        size = spec.get("size", 12)
        lead = size * 1.25
        pad = 3
        rows = [(cols, "B")] + [(r, "R") for r in spec["rows"]]
        self.y += 4
        top_of_block = None
        for cells, font in rows:
            cells = [nfc(str(c)) for c in cells]
            wrapped = [wrap(c, font, size, w - 2 * pad, w - 2 * pad) if c else [""] for c, w in zip(cells, widths)]
            height = max(len(w) for w in wrapped) * lead + 2 * pad + 2
            if self.y + height > PAGE_H - BOTTOM:
                self.new_page()
                self.y += 4
                top_of_block = None
            if top_of_block is None:
                top_of_block = self.y
                self.page.rules.append((LEFT, self.y, LEFT + TEXT_W, self.y))
            row_top = self.y
            x = LEFT
            runs: list[Run] = []
            for k, (lines_in_cell, w) in enumerate(zip(wrapped, widths)):
                for j, text in enumerate(lines_in_cell):
                    baseline = row_top + pad + (j + 1) * lead - 3
                    tw = width(text, font, size)
                    if aligns[k] == "L" and font != "B":
                        tx = x + pad
                    else:
                        tx = x + (w - tw) / 2
                    runs.append(Run(tx, text, font, size, dy=j * lead))
                x += w
            # one VLine per row: truth is the row's cells joined by tabs
            truth = "\t".join(" ".join(c) for c in wrapped)
            self.add(VLine(row_top + pad + lead - 3, runs, truth, "table"))
            self.y = row_top + height
            self.page.rules.append((LEFT, self.y, LEFT + TEXT_W, self.y))
            x = LEFT
            for w in widths + [0]:
                self.page.rules.append((x, row_top, x, self.y))
                x += w
        self.y += 8

    def header(self, doc: dict) -> None:
        y0 = TOP + 4
        issuer = doc["issuer_lines"]
        left: list[VLine] = []
        right: list[VLine] = []
        left.append(self.centred(issuer[0], HEAD_LEFT_CX, y0 + 12, "R", 12.5, "header_left"))
        second = self.centred(issuer[1], HEAD_LEFT_CX, y0 + 27, "B", 13, "header_left")
        w2 = width(issuer[1], "B", 13)
        second.underline = (HEAD_LEFT_CX - w2 * 0.3, HEAD_LEFT_CX + w2 * 0.3)
        left.append(second)
        left.append(self.centred(doc["number"], HEAD_LEFT_CX, y0 + 52, "R", 13, "header_left"))
        y = y0 + 52
        if doc.get("vv"):
            for text in wrap(nfc(doc["vv"]), "R", 12, 205, 205):
                y += 15
                left.append(self.centred(text, HEAD_LEFT_CX, y, "R", 12, "header_left"))
        right.append(self.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", HEAD_RIGHT_CX, y0 + 12, "B", 12,
                                  "header_right"))
        motto = self.centred("Độc lập - Tự do - Hạnh phúc", HEAD_RIGHT_CX, y0 + 27, "B", 13, "header_right")
        wm = width("Độc lập - Tự do - Hạnh phúc", "B", 13)
        motto.underline = (HEAD_RIGHT_CX - wm / 2, HEAD_RIGHT_CX + wm / 2)
        right.append(motto)
        right.append(self.centred(doc["date_line"], HEAD_RIGHT_CX, y0 + 52, "I", 13, "header_right"))
        for line in left + right:
            line.truth = nfc(line.truth)
            self.add(line)
        self.y = max(y, y0 + 52) + 14

    def closing(self, doc: dict) -> None:
        recipients = [nfc(r) for r in doc["recipients"]]
        sign = doc["sign"]
        sign_lines = [nfc(x) for x in sign["lines"]]
        rec_height = 16 + 13 * (len(recipients) - 1)
        sign_height = 16 * len(sign_lines) + 78 + 16
        self.need(max(rec_height, sign_height) + 10)
        top = self.y + 8
        y = top + 14
        lines = [VLine(y, [Run(LEFT - 10, recipients[0], "BI", 12)], recipients[0], "recipients")]
        for text in recipients[1:]:
            y += 13
            lines.append(VLine(y, [Run(LEFT - 10, text, "R", 11)], text, "recipients"))
        y = top + 14
        for text in sign_lines:
            lines.append(self.centred(text, HEAD_RIGHT_CX, y, "B", 13, "signature"))
            y += 16
        box_top = y - 8
        y += 70
        name = nfc(sign["name"])
        lines.append(self.centred(name, HEAD_RIGHT_CX, y, "B", 13, "signature"))
        for line in lines:
            self.add(line)
        self.page.signature_box = (HEAD_RIGHT_CX - 125, box_top, HEAD_RIGHT_CX + 125, y - 16)
        self.page.seal_centre = (HEAD_RIGHT_CX - 62, (box_top + y - 16) / 2 - 6)
        self.y = max(y, top + rec_height) + 10


def layout_document(doc: dict) -> list[Page]:
    lay = Layout()
    lay.header(doc)
    if doc.get("title"):
        lay.y += 8
        lay.centred_block([doc["title"]], "B", 14, gap=0, leading=18)
    if doc.get("subject"):
        lay.centred_block(doc["subject"], "B", 13, gap=2, leading=16.5)
        if doc.get("title"):
            # the short rule under the subject
            cx = PAGE_W / 2 + (LEFT - RIGHT) / 2
            lay.page.rules.append((cx - 45, lay.y + 5, cx + 45, lay.y + 5))
            lay.y += 6
    if doc.get("to"):
        lay.y += 6
        for i, text in enumerate(doc["to"]):
            lay.need(LEADING)
            lay.y += LEADING
            x = LEFT + 90 if i else LEFT + 90 - width("Kính gửi: ", "R", 13)
            lay.add(VLine(lay.y, [Run(x, nfc(text), "I" if i == 0 else "R", 13)], nfc(text)))
        lay.y += 6
    lay.y += 4
    for block in doc["body"]:
        if "p" in block:
            lay.paragraph(block["p"])
        elif "h" in block:
            lay.paragraph(block["h"], font="B", justify=False)
        elif "hi" in block:
            lay.paragraph(block["hi"], font="BI", justify=False)
        elif "b" in block:
            lay.paragraph("- " + block["b"])
        elif "table" in block:
            lay.table(block["table"])
        elif "center" in block:
            lay.centred_block(block["center"], "B", 13)
    lay.closing(doc)
    return lay.pages


# --------------------------------------------------------------------------- drawing
def register_fonts() -> None:
    rl_config.useA85 = 0          # binary streams: ASCII85 would add a quarter to every file
    for name, path in FONTS.items():
        if not path.exists():
            sys.exit(f"thiếu phông chữ {path} (cài fonts-liberation2)")
        pdfmetrics.registerFont(TTFont(name, str(path)))


def draw_pdf(pages: list[Page], path: Path, title: str, author: str) -> None:
    c = rl_canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("vanban samples/make_samples.py")
    for page in pages:
        for line in page.lines:
            for run in line.runs:
                c.setFont(run.font, run.size)
                c.drawString(run.x, PAGE_H - line.y - run.dy, run.text)
            if line.underline:
                c.setLineWidth(0.7)
                c.line(line.underline[0], PAGE_H - line.y - 3.5, line.underline[1], PAGE_H - line.y - 3.5)
        c.setLineWidth(0.6)
        for x0, y0, x1, y1 in page.rules:
            c.line(x0, PAGE_H - y0, x1, PAGE_H - y1)
        c.showPage()
    c.save()


def truth_text(pages: list[Page]) -> str:
    return "\f".join("\n".join(nfc(line.truth) for line in page.lines) for page in pages) + "\n"


# --------------------------------------------------------------------------- seal and signature
def _arc_text(img: Image.Image, text: str, cx: float, cy: float, radius: float, font: ImageFont.FreeTypeFont,
              colour: tuple, start_deg: float, end_deg: float) -> None:
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.radians(start_deg + (end_deg - start_deg) * (i + 0.5) / n)
        x = cx + radius * math.sin(ang)
        y = cy - radius * math.cos(ang)
        box = font.getbbox(ch)
        w, h = max(1, box[2] - box[0] + 6), max(1, box[3] + 6)
        glyph = Image.new("L", (w, h), 0)
        ImageDraw.Draw(glyph).text((3 - box[0], 3), ch, font=font, fill=255)
        glyph = glyph.rotate(-math.degrees(ang), resample=Image.BICUBIC, expand=True)
        layer = Image.new("RGBA", glyph.size, colour + (0,))
        layer.putalpha(glyph)
        img.alpha_composite(layer, (int(x - glyph.size[0] / 2), int(y - glyph.size[1] / 2)))


def make_seal(text_top: str, text_bottom: str, px: int, rng: random.Random) -> Image.Image:
    """A red round seal (RGBA), px wide: two rings, text around, a star in the middle."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 32, 45)
    c = px / 2
    r = px / 2 - 4
    d.ellipse((c - r, c - r, c + r, c + r), outline=red + (255,), width=max(4, px // 70))
    r2 = r * 0.70
    d.ellipse((c - r2, c - r2, c + r2, c + r2), outline=red + (255,), width=max(2, px // 140))
    font = ImageFont.truetype(str(SANS), int(px * 0.075))
    _arc_text(img, nfc(text_top), c, c, r * 0.85, font, red, -120, 120)
    small = ImageFont.truetype(str(SANS), int(px * 0.065))
    # bottom text reads left to right along the lower arc
    n = len(text_bottom)
    for i, ch in enumerate(nfc(text_bottom)):
        ang = math.radians(215 - 70 * (i + 0.5) / max(n, 1))
        x = c + r * 0.84 * math.sin(ang)
        y = c - r * 0.84 * math.cos(ang)
        box = small.getbbox(ch)
        w, h = max(1, box[2] - box[0] + 6), max(1, box[3] + 6)
        glyph = Image.new("L", (w, h), 0)
        ImageDraw.Draw(glyph).text((3 - box[0], 3), ch, font=small, fill=255)
        glyph = glyph.rotate(180 - math.degrees(ang), resample=Image.BICUBIC, expand=True)
        layer = Image.new("RGBA", glyph.size, red + (0,))
        layer.putalpha(glyph)
        img.alpha_composite(layer, (int(x - glyph.size[0] / 2), int(y - glyph.size[1] / 2)))
    # star
    star = []
    for k in range(10):
        rad = (r2 * 0.42) if k % 2 == 0 else (r2 * 0.17)
        a = math.radians(-90 + 36 * k)
        star.append((c + rad * math.cos(a), c + rad * math.sin(a)))
    d.polygon(star, fill=red + (255,))
    # uneven ink: random speckle holes and a slightly faded side
    arr = np.array(img)
    np_rng = np.random.default_rng(rng.randrange(1 << 30))
    holes = np_rng.random(arr.shape[:2]) < 0.10
    arr[..., 3] = np.where(holes, arr[..., 3] * 0.35, arr[..., 3]).astype(np.uint8)
    xs = np.linspace(0.72, 1.0, px)[None, :]
    arr[..., 3] = (arr[..., 3] * (xs if rng.random() < 0.5 else xs[:, ::-1])).astype(np.uint8)
    seal = Image.fromarray(arr, "RGBA").filter(ImageFilter.GaussianBlur(0.8))
    return seal.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def draw_signature(img: Image.Image, box: tuple[int, int, int, int], rng: random.Random) -> None:
    """A blue handwritten-looking stroke inside box (x0, y0, x1, y1 in pixels)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    blue = (25, 45, 165, 235)
    loops = rng.randint(3, 5)
    a1, a2 = rng.uniform(0.18, 0.32), rng.uniform(0.08, 0.16)
    phase = rng.uniform(0, math.pi)
    pts = []
    steps = 420
    for i in range(steps):
        t = i / (steps - 1)
        x = x0 + w * (0.12 + 0.62 * t) + w * 0.05 * math.sin(2 * math.pi * loops * t + phase)
        y = y0 + h * (0.5 - a1 * math.sin(2 * math.pi * loops * t) * (1 - 0.5 * t) - 0.15 * t) \
            + h * a2 * math.cos(2 * math.pi * 2.3 * t)
        pts.append((x, y))
    line_w = max(3, int(w / 95))
    for k in range(len(pts) - 1):
        d.line([pts[k], pts[k + 1]], fill=blue, width=line_w + (1 if k % 37 < 18 else 0))
    # the underline flourish
    fx0, fy = x0 + w * 0.08, y0 + h * rng.uniform(0.72, 0.82)
    flourish = [(fx0 + w * 0.85 * t, fy - h * 0.10 * math.sin(math.pi * t) + h * 0.06 * t) for t in
                np.linspace(0, 1, 60)]
    d.line(flourish, fill=blue, width=line_w, joint="curve")
    layer = layer.filter(ImageFilter.GaussianBlur(0.7))
    img.alpha_composite(layer)


def multiply(base: Image.Image, overlay: Image.Image, at: tuple[int, int]) -> None:
    """Ink over paper: multiply blend of an RGBA overlay onto an RGB image, in place."""
    region = base.crop((at[0], at[1], at[0] + overlay.size[0], at[1] + overlay.size[1]))
    b = np.asarray(region, dtype=np.float32) / 255
    o = np.asarray(overlay, dtype=np.float32) / 255
    alpha = o[..., 3:4]
    mixed = b * (1 - alpha) + b * o[..., :3] * alpha
    base.paste(Image.fromarray((mixed * 255).clip(0, 255).astype(np.uint8), "RGB"), at)


# --------------------------------------------------------------------------- scan
def scan_pages(digital: Path, pages: list[Page], doc: dict, rng: random.Random) -> list[bytes]:
    import cv2
    import pypdfium2 as pdfium

    scale = RENDER_DPI / 72
    look = doc.get("scan", {})     # per-document scanner: blur, noise, quality, gray
    out: list[bytes] = []
    pdf = pdfium.PdfDocument(str(digital))
    try:
        for index, page in enumerate(pages):
            bitmap = pdf[index].render(scale=scale)
            img = bitmap.to_pil().convert("RGBA")
            if page.signature_box:
                bx0, by0, bx1, by1 = (int(v * scale) for v in page.signature_box)
                sig_w = int((bx1 - bx0) * 0.62)
                sx0 = bx0 + int((bx1 - bx0) * 0.22) + rng.randint(-20, 20)
                draw_signature(img, (sx0, by0 + 10, sx0 + sig_w, by1 + 10), rng)
            img = img.convert("RGB")
            if page.seal_centre:
                px = int(38 * PT_PER_MM * scale)
                seal = make_seal(doc["seal"][0], doc["seal"][1], px, rng)
                cx, cy = (int(v * scale) for v in page.seal_centre)
                cx += rng.randint(-15, 15)
                cy += rng.randint(-15, 15)
                multiply(img, seal, (cx - px // 2, cy - px // 2))
            arr = np.asarray(img, dtype=np.float32)
            # paper tone and uneven illumination
            h, w = arr.shape[:2]
            tone = np.array([rng.uniform(238, 248), rng.uniform(236, 246), rng.uniform(228, 240)]) / 255
            grad = np.linspace(rng.uniform(0.93, 0.98), 1.0, w)[None, :, None]
            arr = arr * tone * grad
            # scanner blur, skew, noise
            arr = cv2.GaussianBlur(arr, (0, 0), look.get("blur", 0.9))
            angle = rng.choice([-1, 1]) * rng.uniform(0.3, 1.5)
            matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
            paper = tuple(float(v) for v in arr[5:40, 5:40].reshape(-1, 3).mean(axis=0))
            arr = cv2.warpAffine(arr, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=paper)
            np_rng = np.random.default_rng(rng.randrange(1 << 30))
            arr = arr + np_rng.normal(0, look.get("noise", NOISE_SIGMA), arr.shape[:2])[..., None]
            specks = np_rng.random(arr.shape[:2]) < 0.0004
            arr[specks] *= 0.25
            small = cv2.resize(arr.clip(0, 255).astype(np.uint8),
                               (int(w * SCAN_DPI / RENDER_DPI), int(h * SCAN_DPI / RENDER_DPI)),
                               interpolation=cv2.INTER_AREA)
            buf = io.BytesIO()
            picture = Image.fromarray(small, "RGB")
            if look.get("gray"):
                picture = picture.convert("L")
            picture.save(buf, "JPEG", quality=look.get("quality", JPEG_QUALITY), optimize=True,
                                                dpi=(SCAN_DPI, SCAN_DPI))
            out.append(buf.getvalue())
            page.scan_angle = angle  # type: ignore[attr-defined]
    finally:
        pdf.close()
    return out


def write_image_pdf(jpegs: list[bytes], path: Path) -> None:
    """One JPEG per page, embedded as is (DCTDecode): reportlab passes a .jpg file through."""
    c = rl_canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setCreator("vanban samples/make_samples.py (scan)")
    # a fixed file name: reportlab's document ID hashes it, and the output must not vary
    tmp = Path(tempfile.gettempdir()) / "vanban-samples"
    tmp.mkdir(exist_ok=True)
    written = []
    for number, data in enumerate(jpegs, start=1):
        jpg = tmp / f"{path.stem}-{number}.jpg"
        jpg.write_bytes(data)
        written.append(jpg)
        c.drawImage(str(jpg), 0, 0, width=PAGE_W, height=PAGE_H)
        c.showPage()
    c.save()
    for jpg in written:
        jpg.unlink()


# --------------------------------------------------------------------------- signing
def _prime(rng: random.Random, bits: int) -> int:
    small = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p ** 0.5) + 1, 2))]
    while True:
        cand = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if any(cand % p == 0 for p in small):
            continue
        if all(pow(a, cand - 1, cand) == 1 for a in (2, 3, 5, 7, 11)) and _miller_rabin(cand, rng):
            return cand


def _miller_rabin(n: int, rng: random.Random, rounds: int = 20) -> bool:
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def throwaway_key(seed: str):
    """A 2048-bit RSA key derived from the seed (so the samples rebuild identically)."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    e = 65537
    while True:
        p, q = _prime(rng, 1024), _prime(rng, 1024)
        phi = (p - 1) * (q - 1)
        if p != q and math.gcd(e, phi) == 1:
            break
    n = p * q
    d = pow(e, -1, phi)
    numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                    rsa.RSAPublicNumbers(e, n))
    return numbers.private_key()


def throwaway_certificate(doc: dict, key=None):
    """Self-signed certificate for the signer: CN = name, emailAddress + SAN = e-mail.

    The key is derived from the slug unless one is given (tests pass a fresh one: faster).
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    key = key or throwaway_key(doc["slug"] + doc["signer_email"])
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.LOCALITY_NAME, "Hải Phòng"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, nfc(doc["records"]["document"]["issuer"])),
        x509.NameAttribute(NameOID.COMMON_NAME, nfc(doc["sign"]["name"])),
        x509.NameAttribute(NameOID.EMAIL_ADDRESS, doc["signer_email"]),
    ])
    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    serial = int.from_bytes(hashlib.sha256(doc["slug"].encode()).digest()[:16], "big") >> 1
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(serial).not_valid_before(start).not_valid_after(start.replace(year=2030))
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(doc["signer_email"])]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def draw_appearance(path: Path, w: float, h: float, when: dt.datetime, doc: dict) -> None:
    """The visible signature, as Vietnamese signing tools print it: time / place / who signed.

    Drawn with reportlab (a one-page PDF the size of the field) and imported by pyhanko as a
    static stamp: pyhanko's own text stamp mis-spaces glyphs with the uharfbuzz installed here.
    """
    stamp_time = when.strftime("%Y-%m-%dT%H:%M:%S%z")
    lines = [(12, stamp_time), (4, "Việt Nam"),
             (4, f"{nfc(doc['sign']['name'])} <{doc['signer_email']}> đã ký lên văn bản này!")]
    size = 7.5
    widest = max(width(text, "R", size) + indent for indent, text in lines)
    if widest > w - 4:
        size = size * (w - 4) / widest
    c = rl_canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
    c.setFillColorRGB(0.05, 0.1, 0.45)
    y = h / 2 + size * 1.3
    for indent, text in lines:
        c.setFont("R", size)
        c.drawString(indent, y, text)
        y -= size * 1.35
    c.showPage()
    c.save()


def sign_pdf(digital: Path, out: Path, doc: dict, pages: list[Page]) -> None:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert = throwaway_certificate(doc)
    asn_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    asn_key = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=asn_cert, signing_key=asn_key,
                                  cert_registry=SimpleCertificateStore.from_certs([asn_cert]))
    when = dt.datetime.fromisoformat(doc["signed_at"])
    last = pages[-1]
    x0, top, x1, bottom = last.signature_box
    appearance = Path(tempfile.gettempdir()) / "vanban-samples" / f"{doc['slug']}.appearance.pdf"
    appearance.parent.mkdir(exist_ok=True)
    draw_appearance(appearance, x1 - x0, bottom - top, when, doc)
    style = StaticStampStyle.from_pdf_file(str(appearance), border_width=0)
    box = (int(x0), int(PAGE_H - bottom), int(x1), int(PAGE_H - top))
    meta = signers.PdfSignatureMetadata(field_name="Signature1", reason="Ký số văn bản",
                                        location="Việt Nam", md_algorithm="sha256")

    class FixedTimeSigner(signers.PdfSigner):
        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = when
            return session

    with open(digital, "rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        fields.append_signature_field(writer, fields.SigFieldSpec("Signature1", on_page=len(pages) - 1,
                                                                  box=box))
        pdf_signer = FixedTimeSigner(meta, signer=signer, stamp_style=style)
        with open(out, "wb") as target:
            pdf_signer.sign_pdf(writer, output=target)


# --------------------------------------------------------------------------- gold records
def vi_number(value: float) -> list[str]:
    """How a number can be written in the documents: 1.246 / 1246, 92,35, 19."""
    if float(value).is_integer():
        n = int(value)
        grouped = f"{n:,}".replace(",", ".")
        return [grouped, str(n)] if grouped != str(n) else [str(n)]
    return [repr(float(value)).replace(".", ",")]


def locate(pages_text: list[list[str]], anchor: str, value_text: Optional[list[str]] = None
           ) -> tuple[int, int, str]:
    """(page, line, source_text) of the one place the anchor occurs; the anchor may wrap.

    The line is the one holding the value (the first of `value_text` found inside the
    anchor), else the line the anchor starts on (a task's bullet).
    """
    anchor = nfc(anchor)
    hits = []
    for p, lines in enumerate(pages_text, start=1):
        joined = "\n".join(lines)
        flat = joined.replace("\n", " ")
        start = flat.find(anchor)
        while start >= 0:
            at = start
            for text in value_text or []:
                inside = anchor.find(text)
                if inside >= 0:
                    at = start + inside
                    break
            first = joined.count("\n", 0, start)
            last = joined.count("\n", 0, start + len(anchor) - 1)
            hits.append((p, joined.count("\n", 0, at) + 1, " ".join(lines[first:last + 1])))
            start = flat.find(anchor, start + 1)
    if len(hits) != 1:
        raise SystemExit(f"neo '{anchor}' xuất hiện {len(hits)} lần (anchor must occur exactly once)")
    return hits[0]


RECORD_KEYS = {
    "scores": ["entity", "index", "criterion", "value", "max", "period"],
    "ranks": ["entity", "index", "criterion", "rank", "out_of", "period"],
    "tasks": ["assignee", "task", "deadline", "deadline_text", "deadline_kind"],
    "metrics": ["name", "value", "unit", "period"],
}


def gold_records(doc: dict, pages: list[Page]) -> dict:
    pages_text = [[nfc(line.truth) for line in page.lines] for page in pages]
    src = doc["records"]
    document = {"doc_id": None, "source": None, "pages": len(pages)}
    document.update({k: (nfc(v) if isinstance(v, str) else v) for k, v in src["document"].items()})
    document["signatures"] = []
    out: dict = {"document": document}
    for kind, keys in RECORD_KEYS.items():
        records = []
        for rec in src.get(kind, []):
            number = rec.get("rank") if kind == "ranks" else rec.get("value")
            value_text = vi_number(number) if kind != "tasks" and number is not None else None
            page, line, source_text = locate(pages_text, rec["anchor"], value_text)
            item = {k: (nfc(rec.get(k)) if isinstance(rec.get(k), str) else rec.get(k)) for k in keys}
            if kind == "ranks" and "index" not in rec:
                item["index"] = rec.get("index")
            item.update({"page": page, "line": line, "source_text": source_text, "confidence": 1.0,
                         "status": "auto", "review_reasons": []})
            records.append(item)
        out[kind] = records
    out["signed_variant"] = {"file": f"{doc['slug']}.signed.pdf", "signatures": [{
        "signer": nfc(doc["sign"]["name"]), "email": doc["signer_email"],
        "signed_at": dt.datetime.fromisoformat(doc["signed_at"]).isoformat(timespec="seconds"),
        "source": "pdf-signature", "valid": True}]}
    return out


def write_records(path: Path, records: dict) -> None:
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- legacy OCR layer
def make_legacy(scan: Path, out: Path) -> None:
    ocrmypdf = shutil.which("ocrmypdf") or str(Path(sys.executable).with_name("ocrmypdf"))
    out.parent.mkdir(exist_ok=True)
    env = {"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin:" + str(Path(sys.executable).parent)}
    subprocess.run([ocrmypdf, "-q", "-l", "eng", "--output-type", "pdf", "--optimize", "0", "--jobs", "1",
                    str(scan), str(out)], check=True, env=env)


# --------------------------------------------------------------------------- main
def build(slug: str, legacy: bool) -> dict:
    doc = json.loads((SRC / f"{slug}.json").read_text(encoding="utf-8"))
    doc["slug"] = slug
    rng = random.Random(doc.get("seed", 0) * 7919 + sum(map(ord, slug)))
    pages = layout_document(doc)
    records = gold_records(doc, pages)
    digital = HERE / f"{slug}.digital.pdf"
    issuer = records["document"]["issuer"] or ""
    draw_pdf(pages, digital, title=nfc(doc.get("pdf_title", slug)), author=issuer)
    (HERE / f"{slug}.truth.txt").write_text(truth_text(pages), encoding="utf-8")
    write_records(HERE / f"{slug}.records.json", records)
    jpegs = scan_pages(digital, pages, doc, rng)
    scan = HERE / f"{slug}.scan.pdf"
    write_image_pdf(jpegs, scan)
    sign_pdf(digital, HERE / f"{slug}.signed.pdf", doc, pages)
    if legacy and doc.get("legacy"):
        make_legacy(scan, LEGACY / f"{slug}.legacy.pdf")
    return {"slug": slug, "pages": len(pages), "jpeg_kb": [round(len(j) / 1024) for j in jpegs],
            "angles": [round(getattr(p, "scan_angle", 0), 2) for p in pages]}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Dựng lại các văn bản mẫu (rebuild the sample documents)")
    parser.add_argument("slugs", nargs="*", help="chỉ dựng các văn bản này (default: all in samples/src)")
    parser.add_argument("--no-legacy", action="store_true", help="bỏ qua bước ocrmypdf (skip legacy files)")
    args = parser.parse_args(argv)
    register_fonts()
    slugs = args.slugs or sorted(p.stem for p in SRC.glob("*.json"))
    for slug in slugs:
        info = build(slug, legacy=not args.no_legacy)
        print(json.dumps(info, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
