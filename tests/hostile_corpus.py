"""Make a corpus of broken and hostile inputs, with what vanban must do with each.

    python -m tests.hostile_corpus OUTDIR

Every case is (file name, expectation): "ok" (processed), or "refused" (a clear
one-line reason, the batch goes on). Files are generated, never committed;
`good_pdf` is a small born-digital Vietnamese page made here with reportlab.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
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
    expect: str          # "ok" (processed) | "refused" (quarantined with a one-line reason)
    why: str
    reason: str = ""     # for "refused": words the reason users see must contain
    at: str = "intake"   # the stage that refuses it: "intake" (before any page is read) or "reading"
    signature_valid: bool | None = None   # "ok" signed PDFs: what the embedded signature must report


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


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (1-based), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def pdf_without_pages() -> bytes:
    """Well-formed, but its page tree is empty."""
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def pdf_with_image_bomb(side: int = 20_000) -> bytes:
    """An A4 page showing one side x side px image (1-bit, Flate: 50 MB of pixels in ~60 kB)."""
    compressor = zlib.compressobj(9)
    row = b"\xff" * ((side + 7) // 8)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (side, side, len(body)) + body + b"\nendstream",
    ])


def altered_signed_pdf(signed: bytes) -> bytes:
    """One bit flipped inside the first page content stream (covered by the signature)."""
    match = re.search(rb"stream\r?\n", signed)
    assert match, "no stream in the signed PDF"
    data = bytearray(signed)
    data[match.end() + 40] ^= 0x01
    return bytes(data)


def signed_sample() -> Path | None:
    found = sorted(SAMPLES.glob("*.signed.pdf"), key=lambda p: p.stat().st_size)
    return found[0] if found else None


def qpdf(args: list[str]) -> None:
    subprocess.run(["qpdf", *args], check=True, capture_output=True)


# legacy Vietnamese encodings, as the old fonts stored them (".VnTime" TCVN3, "VNI-Times")
TCVN3 = "Uû ban nh©n d©n ph\u00adêng Lª Ch©n\nB¸o c¸o kÕt qu¶ th¸ng 10\n".encode("latin-1")
VNI = "UÛy ban nhaân daân phöôøng Leâ Chaân\nBaùo caùo keát quaû thaùng 10\n".encode("cp1252")


def make(outdir: Path, *, big_pages: int = 2000) -> list[Case]:
    """Write the corpus into `outdir`; returns what must happen to each file."""
    outdir.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, data: bytes, expect: str, why: str, **more) -> Path:
        path = outdir / name
        path.write_bytes(data)
        cases.append(Case(name, expect, why, **more))
        return path

    def variant(number: int) -> bytes:          # a good page with its own bytes (no duplicates in a batch)
        return good_pdf(lines=[TEXT[0], f"Số: {number}/BC-UBND", *TEXT[2:]])

    pdf = good_pdf()
    good = write("good.pdf", pdf, "ok", "a born-digital page")
    write("zero.pdf", b"", "refused", "zero bytes", reason="tệp rỗng")
    write("truncated.pdf", pdf[: len(pdf) // 3], "refused", "cut off in the middle", reason="PDF hỏng")
    write("not-a-pdf.pdf", b"PK\x03\x04 this is a zip, not a pdf" * 20, "refused", "wrong magic bytes",
          reason="không phải PDF")
    write("no-pages.pdf", pdf_without_pages(), "refused", "a PDF with no pages", reason="không có trang nào")
    write("many-pages.pdf", good_pdf(big_pages, ["Trang"]), "refused", f"{big_pages} pages (over the limit)",
          reason="quá nhiều trang")
    write("huge-page.pdf", pdf_with_huge_page(), "refused", "a 20,000 x 20,000 pt page", reason="quá lớn")
    write("bomb.png", png_bomb(), "refused", "a 20,000 x 20,000 px image (decompression bomb)", reason="quá lớn")
    write("image-bomb.pdf", pdf_with_image_bomb(), "refused",
          "an A4 page showing a 20,000 x 20,000 px image (decompression bomb inside a PDF)",
          reason="quá lớn", at="reading")
    # encrypted: with a user password (cannot open) and owner-only (opens without a password)
    qpdf(["--encrypt", "user", "owner", "256", "--", str(good), str(outdir / "encrypted-user.pdf")])
    cases.append(Case("encrypted-user.pdf", "refused", "encrypted with a user password", reason="mã hóa"))
    owner_src = outdir / "owner-src.pdf"
    owner_src.write_bytes(variant(31))
    qpdf(["--encrypt", "", "owner", "256", "--", str(owner_src), str(outdir / "encrypted-owner.pdf")])
    owner_src.unlink()
    cases.append(Case("encrypted-owner.pdf", "ok", "encrypted with an owner password only"))
    # malformed xref: point the xref offset somewhere wrong; pdfium rebuilds it
    broken = variant(32).replace(b"startxref", b"startxref\n999999999\n%", 1)
    write("bad-xref.pdf", broken, "ok", "malformed xref (repairable)")
    # JavaScript and an embedded file: processed as text, never executed or extracted
    js = variant(33).replace(b"/Type /Catalog", b"/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", 1)
    assert b"/JavaScript" in js
    write("javascript.pdf", js, "ok", "a PDF with JavaScript")
    attach = outdir / "attachment.txt"
    attach.write_text("tệp đính kèm", encoding="utf-8")
    attach_src = outdir / "attach-src.pdf"
    attach_src.write_bytes(variant(34))
    qpdf([str(attach_src), "--add-attachment", str(attach), "--", str(outdir / "embedded-file.pdf")])
    attach.unlink()
    attach_src.unlink()
    cases.append(Case("embedded-file.pdf", "ok", "a PDF with an embedded file"))
    # a signed PDF whose bytes were altered after signing: loaded, its signature reported invalid
    signed = signed_sample()
    if signed is not None:
        write("signed-altered.pdf", altered_signed_pdf(signed.read_bytes()), "ok",
              "a signed PDF altered after signing", signature_valid=False)
    # scans as images
    write("scan.png", image_bytes("PNG"), "ok", "PNG scan")
    write("scan.jpg", image_bytes("JPEG"), "ok", "JPEG scan")
    write("scan.tif", image_bytes("TIFF"), "ok", "TIFF scan")
    # awkward names
    write("Báo cáo tháng 10 (bản quét).pdf", variant(35), "ok", "Vietnamese letters and spaces in the name")
    write("Tờ trình .. bản 2...pdf", variant(36), "ok", "'..' in the name")
    # text: UTF-8 is read; legacy encodings and UTF-16 are refused with what to do
    write("van-ban.txt", "\n".join(TEXT).encode("utf-8"), "ok", "UTF-8 text")
    write("tcvn3.txt", TCVN3, "refused", "TCVN3 bytes, not UTF-8", reason="TCVN3")
    write("vni.txt", VNI, "refused", "VNI bytes, not UTF-8", reason="VNI")
    write("utf16.txt", "\n".join(TEXT).encode("utf-16"), "refused", "UTF-16 text", reason="UTF-16")
    return cases


def make_symlink_out(inbox: Path, target: Path) -> Path:
    """A link in the inbox to a file outside it (refused: the link is set aside, its target untouched)."""
    link = inbox / "link-out.pdf"
    link.symlink_to(target)
    return link


SYMLINK_REASON = "trỏ ra ngoài"


def cli_env(home: Path, **extra: str) -> dict:
    """Environment for a `vanban ingest|watch` subprocess: offline Prefect with its own PREFECT_HOME.

    The Prefect database of tests/out/prefect-home (migrated once, reused by the flow tests) is
    copied into `home`, so each process starts fast and processes running at once never share
    one SQLite file or one result cache. A `home` used before is kept as it is (with its cache).
    """
    import sqlite3
    template = ROOT / "tests" / "out" / "prefect-home"
    if not (template / "prefect.db").exists():
        empty = home.parent / (home.name + "-empty")
        empty.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "vanban.cli", "ingest", str(empty), "--db",
                        f"sqlite:///{empty / 'kho.db'}", "--no-progress"], cwd=ROOT, capture_output=True,
                       timeout=300, env={**os.environ, "PREFECT_HOME": str(template),
                                         "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    home.mkdir(parents=True, exist_ok=True)
    if (template / "prefect.db").exists() and not (home / "prefect.db").exists():
        source = sqlite3.connect(template / "prefect.db")
        target = sqlite3.connect(home / "prefect.db")
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               OMP_THREAD_LIMIT="1", PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")   # busy CI machines
    for name in ("PREFECT_API_URL", "PREFECT_LOCAL_STORAGE_PATH"):
        env.pop(name, None)
    env.update(extra)
    return env


def store_state(url: str) -> dict[str, int]:
    """{doc_id: page rows} of a store, after checking it holds no partial document:
    every document has all its pages, and no page, record or signature belongs to a missing document."""
    from sqlalchemy import func, select

    from store import open_store
    from store.models import Document, Page, Record, SignatureRow
    store = open_store(url)
    try:
        with store.session() as session:
            declared = dict(session.execute(select(Document.doc_id, Document.pages)).all())
            rows = dict(session.execute(select(Page.doc_id, func.count()).group_by(Page.doc_id)).all())
            for table in (Page, Record, SignatureRow):
                orphans = session.scalar(select(func.count()).select_from(table)
                                         .where(table.doc_id.not_in(select(Document.doc_id))))
                assert orphans == 0, f"{orphans} {table.__tablename__} rows without their document"
    finally:
        store.close()
    for doc_id, pages in declared.items():
        assert rows.get(doc_id, 0) == pages, f"document {doc_id[:12]} has {rows.get(doc_id, 0)} of {pages} pages"
    return {doc_id: rows.get(doc_id, 0) for doc_id in declared}


def sha256(path: Path) -> str:
    import hashlib
    return hashlib.sha256(path.read_bytes()).hexdigest()



def our_tracebacks(stderr: str) -> list[str]:
    """Frames of vanban's own code in the tracebacks of `stderr`.

    Under heavy load Prefect's temporary API server sometimes logs a traceback of its own while it shuts
    down (its SQLite database busy); that is Prefect's noise, not a file's problem, and the batch is
    complete. A traceback through vanban's code is a bug.
    """
    return [line for line in stderr.splitlines() if line.strip().startswith('File "')
            and str(ROOT) in line and "/.venv/" not in line]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/out/hostile")
    if out.exists():
        shutil.rmtree(out)
    for case in make(out):
        print(f"{case.expect:8} {case.name:40} {case.why}")

