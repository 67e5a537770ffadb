"""Make a corpus of broken and hostile inputs, with what vanban must do with each.

    python -m tests.hostile_corpus OUTDIR

Every case is (file name, expectation): "ok" (processed), or "refused" (a clear
one-line reason, the batch goes on). Files are generated, never committed;
`good_pdf` is a small born-digital Vietnamese page made here with reportlab.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
]

TEXT = [
    "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN",
    "Số: 21/BC-UBND",
    "BÁO CÁO",
    "Kết quả giải quyết thủ tục hành chính tháng 10/2025",
    "Tổng số 512 hồ sơ, đạt tỷ lệ 98,6% đúng hạn.",
]


@dataclass
class Case:
    name: str
    expect: str          # "ok" | "refused"
    why: str


def _font() -> str:
    for candidate in FONT_CANDIDATES:
        if os.path.exists(candidate):
            return candidate
    raise RuntimeError("no font with Vietnamese glyphs (install fonts-liberation2 or fonts-dejavu-core)")


def good_pdf(pages: int = 1, lines: list[str] | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "VNSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("VNSerif", _font()))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    for _ in range(pages):
        pdf.setFont("VNSerif", 13)
        y = 800
        for line in lines or TEXT:
            pdf.drawString(72, y, line)
            y -= 22
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_bytes(fmt: str, size=(1240, 1754)) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(_font(), 36)
    y = 150
    for line in TEXT:
        draw.text((120, y), line, font=font, fill=0)
        y += 60
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **({"dpi": (150, 150)}))
    return buffer.getvalue()


def png_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A valid PNG header and a tiny compressed body claiming width x height pixels."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw_row = b"\x00" + b"\xff" * width            # filter byte + white 8-bit gray row
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(raw_row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def pdf_with_huge_page() -> bytes:
    """A one-page PDF whose page is 20,000 x 20,000 points (a rasterisation bomb at 300 dpi)."""
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(20_000, 20_000))
    pdf.drawString(100, 100, "x")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def qpdf(args: list[str]) -> None:
    subprocess.run(["qpdf", *args], check=True, capture_output=True)


def make(outdir: Path, *, big_pages: int = 2000) -> list[Case]:
    outdir.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, data: bytes, expect: str, why: str) -> Path:
        path = outdir / name
        path.write_bytes(data)
        cases.append(Case(name, expect, why))
        return path

    pdf = good_pdf()
    good = write("good.pdf", pdf, "ok", "a born-digital page")
    write("zero.pdf", b"", "refused", "zero bytes")
    write("truncated.pdf", pdf[: len(pdf) // 3], "refused", "cut off in the middle")
    write("not-a-pdf.pdf", b"PK\x03\x04 this is a zip, not a pdf" * 20, "refused", "wrong magic bytes")
    write("no-pages.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
          "refused", "a PDF with no pages")
    write("many-pages.pdf", good_pdf(big_pages, ["Trang"]), "refused", f"{big_pages} pages (over the limit)")
    write("huge-page.pdf", pdf_with_huge_page(), "refused", "a 20,000 x 20,000 pt page")
    write("bomb.png", png_bomb(), "refused", "a 20,000 x 20,000 px image (decompression bomb)")
    # encrypted: with a user password (cannot open) and owner-only (opens without a password)
    qpdf(["--encrypt", "user", "owner", "256", "--", str(good), str(outdir / "encrypted-user.pdf")])
    cases.append(Case("encrypted-user.pdf", "refused", "encrypted with a user password"))
    qpdf(["--encrypt", "", "owner", "256", "--", str(good), str(outdir / "encrypted-owner.pdf")])
    cases.append(Case("encrypted-owner.pdf", "ok", "encrypted with an owner password only"))
    # malformed xref: point every xref offset somewhere wrong; pdfium rebuilds it
    broken = pdf.replace(b"startxref", b"startxref\n999999999\n%", 1)
    write("bad-xref.pdf", broken, "ok", "malformed xref (repairable)")
    # JavaScript and an embedded file: processed as text, never executed or extracted
    js = pdf.replace(b"/Type /Catalog", b"/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", 1)
    write("javascript.pdf", js, "ok", "a PDF with JavaScript")
    attach = outdir / "attachment.txt"
    attach.write_text("tệp đính kèm", encoding="utf-8")
    qpdf([str(good), "--add-attachment", str(attach), "--", str(outdir / "embedded-file.pdf")])
    attach.unlink()
    cases.append(Case("embedded-file.pdf", "ok", "a PDF with an embedded file"))
    # scans as images
    write("scan.png", image_bytes("PNG"), "ok", "PNG scan")
    write("scan.jpg", image_bytes("JPEG"), "ok", "JPEG scan")
    write("scan.tif", image_bytes("TIFF"), "ok", "TIFF scan")
    # awkward names
    write("Báo cáo tháng 10 (bản quét).pdf", pdf, "ok", "Vietnamese letters and spaces in the name")
    write("..hai-cham..pdf", pdf, "ok", "dots in the name")
    # text in legacy encodings
    write("tcvn3.txt", "Uû ban nh©n d©n ph­êng".encode("latin-1", "replace"), "refused", "TCVN3 bytes, not UTF-8")
    write("vni.txt", "UÛy ban nhaân daân".encode("cp1252"), "refused", "VNI bytes, not UTF-8")
    return cases


def make_symlink_out(inbox: Path, target: Path) -> Path:
    link = inbox / "link-out.pdf"
    link.symlink_to(target)
    return link


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/out/hostile")
    if out.exists():
        shutil.rmtree(out)
    for case in make(out):
        print(f"{case.expect:8} {case.name:40} {case.why}")
