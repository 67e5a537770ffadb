"""Invented scanned reports for trying the review page (and for its tests).

    python -m review.demo --db sqlite:///demo.db --dir /tmp/vanban-demo [--users]

Each document is a one-page PDF holding a 300 dpi page image with the text
drawn in DejaVu Sans, plus the ProcessedDocument the pipeline would make of it:
OCR text without some diacritics, the restored text with the restorer's choices
and alternatives, line boxes in the 300 dpi pixel space, and records of which
some need review (a misread value, a misrestored unit name). Everything is
made up; no OCR runs.
"""
from __future__ import annotations

import argparse
import hashlib
import time
import os
import sys
from pathlib import Path

from vanban.model import (Assignment, Deadline, DocumentFacts, DocumentRecords, Line, MetricRecord, PageText,
                          ProcessedDocument, Provenance, RankRecord, ScoreRecord, SourceFile, TokenChoice, Word)

DPI = 300
WIDTH, HEIGHT = 2480, 3508          # A4 at 300 dpi
FONT_PATHS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")

UNITS = (("phường An Bình", "PHƯỜNG AN BÌNH"), ("phường Đông Hải", "PHƯỜNG ĐÔNG HẢI"),
         ("xã Tân Tiến", "XÃ TÂN TIẾN"))
CRITERIA = (("Công khai, minh bạch", 18), ("Tiến độ giải quyết", 20), ("Dịch vụ công trực tuyến", 12),
            ("Mức độ hài lòng", 18))
# (true word on the scan, what OCR read) for the words the restorer repaired
REPAIRS = {"Tiến": "Tien", "độ": "do", "giải": "giai", "quyết": "quyet", "điểm": "diem"}
ALTERNATIVES = {"Tiến": [("Tiến", 0.91), ("Tiền", 0.06), ("Tiện", 0.02)],
                "độ": [("độ", 0.88), ("đỗ", 0.07), ("đồ", 0.04)],
                "giải": [("giải", 0.95), ("giãi", 0.03)],
                "quyết": [("quyết", 0.97), ("quyệt", 0.02)],
                "điểm": [("điểm", 0.93), ("điềm", 0.05)]}


def _font(size: int):
    from PIL import ImageFont
    for path in FONT_PATHS:
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def _scores(seed: int) -> list[float]:
    return [round(m * (0.7 + ((seed * 5 + i * 7) % 28) / 100), 2) for i, (_, m) in enumerate(CRITERIA)]


def _num(value: float) -> str:
    return (f"{value:.2f}".rstrip("0").rstrip(".")).replace(".", ",")


def page_lines(seed: int) -> list[str]:
    unit, upper = UNITS[seed % len(UNITS)]
    values = _scores(seed)
    total = round(sum(values) + 20.0, 2)
    lines = ["ỦY BAN NHÂN DÂN", upper, f"Số: {10 + seed}/BC-UBND", "BÁO CÁO",
             "Kết quả thực hiện Bộ chỉ số 766 tháng 11/2025", "1. Kết quả chấm điểm"]
    lines += [f"- {c}: {_num(v)}/{m} điểm" for (c, m), v in zip(CRITERIA, values)]
    lines += [f"Tổng điểm của {unit}: {_num(total)}/100 điểm, xếp hạng {8 + seed * 3}/114.",
              "2. Nhiệm vụ",
              "Trung tâm Phục vụ hành chính công rà soát hồ sơ trễ hạn,",
              "hoàn thành trước ngày 30/11/2025.",
              "Tỷ lệ hồ sơ trực tuyến đạt 96,5%."]
    return lines


def draw_pdf(lines: list[str], path: Path) -> list[tuple[int, int, int, int]]:
    """Draw the lines on an A4 page at 300 dpi, save it as a PDF; returns each line's box."""
    from PIL import Image, ImageDraw
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    boxes = []
    y = 260
    for i, text in enumerate(lines):
        bold = i in (0, 1, 3)
        font = _font(50 if bold else 44)
        x = 260 if not bold else (WIDTH - draw.textlength(text, font=font)) // 2 if i == 3 else 260
        draw.text((x, y), text, fill=0, font=font)
        left, top, right, bottom = draw.textbbox((x, y), text, font=font)
        boxes.append((int(left), int(top), int(right), int(bottom)))
        y += 92 if i != 3 else 120
    stamp = time.gmtime(1_763_625_600)   # fixed, so the same document always has the same doc_id
    image.save(path, "PDF", resolution=DPI, creationDate=stamp, modDate=stamp)
    return boxes


def _line(text: str, box, conf: float, damage: dict[str, str]) -> Line:
    """A Line as read (OCR without some marks) and restored (with the restorer's token choices)."""
    tokens, ocr_words = [], []
    pos = 0
    for word in text.split(" "):
        start = text.index(word, pos)
        pos = start + len(word)
        core = word.strip(":,.-")
        read = damage.get(core)
        if read and core:
            offset = word.index(core)
            tokens.append(TokenChoice(original=read, chosen=core, start=start + offset,
                                      end=start + offset + len(core), confidence=ALTERNATIVES.get(core, [(core, 0.8)])[0][1],
                                      alternatives=list(ALTERNATIVES.get(core, [(core, 0.8)]))))
            ocr_words.append(word.replace(core, read))
        else:
            ocr_words.append(word)
    ocr = " ".join(ocr_words)
    return Line(text=text, ocr_text=ocr, words=[Word(w, conf) for w in ocr_words], box=box, conf=conf,
                restoration_conf=min([t.confidence for t in tokens] or [1.0]), tokens=tokens)


def make_document(seed: int, folder: str | Path) -> ProcessedDocument:
    """One invented scanned report: a PDF in `folder` and what the pipeline would make of it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    unit, _ = UNITS[seed % len(UNITS)]
    truth = page_lines(seed)
    path = folder / f"bao-cao-766-{seed:02d}.pdf"
    boxes = draw_pdf(truth, path)
    values = _scores(seed)
    misread = round(values[2] - 0.6, 2)       # OCR misread the third score
    wrong_unit = unit.replace("Bình", "Bỉnh").replace("Hải", "Hài").replace("Tiến", "Tiền")

    lines = []
    for i, text in enumerate(truth):
        damage = dict(REPAIRS) if i in (7, 10) else {}
        restored = text
        if i == 8:  # the misread value, as read and restored
            restored = text.replace(_num(values[2]), _num(misread))
        if i == 10:  # the restorer picked the wrong marks in the unit's name
            restored = text.replace(unit, wrong_unit)
        line = _line(restored, boxes[i], 0.58 if i == 8 else 0.93, damage)
        lines.append(line)
    page = PageText(number=1, method="ocr", reason="không có lớp văn bản (no text layer)", lines=lines,
                    width=WIDTH, height=HEIGHT, dpi=DPI)

    scores = []
    for i, ((criterion, maximum), value) in enumerate(zip(CRITERIA, values)):
        number = 7 + i
        where = Provenance(page=1, line=number, source_text=lines[number - 1].text,
                           confidence=0.55 if i == 2 else 0.95)
        if i == 2:
            where.flag("low_confidence")
        scores.append(ScoreRecord(entity=unit, index="Bộ chỉ số 766", criterion=criterion,
                                  value=misread if i == 2 else value, max=float(maximum), period="2025-11",
                                  where=where))
    total = round(sum(values) + 20.0, 2)
    total_where = Provenance(page=1, line=11, source_text=lines[10].text, confidence=0.7)
    total_where.flag("unit_name")
    scores.append(ScoreRecord(entity=wrong_unit, index="Bộ chỉ số 766", criterion="Tổng điểm", value=total,
                              max=100.0, period="2025-11", where=total_where))
    ranks = [RankRecord(entity=unit, index="Bộ chỉ số 766", criterion="Tổng điểm", rank=8 + seed * 3, out_of=114,
                        period="2025-11", where=Provenance(1, 11, lines[10].text, 0.9))]
    tasks = [Assignment(assignee="Trung tâm Phục vụ hành chính công", task="rà soát hồ sơ trễ hạn",
                        deadline=Deadline("2025-11-30", "trước ngày 30/11/2025", "by"),
                        where=Provenance(1, 13, lines[12].text, 0.9))]
    metrics = [MetricRecord(name="Tỷ lệ hồ sơ trực tuyến", value=96.5, unit="%", period="2025-11",
                            where=Provenance(1, 15, lines[14].text, 0.9))]
    data = path.read_bytes()
    doc_id = hashlib.sha256(data).hexdigest()
    facts = DocumentFacts(doc_id=doc_id, source=path.name, pages=1, issuer=f"UBND {unit}",
                          doc_number=f"{10 + seed}/BC-UBND", doc_type="Báo cáo", issued_date="2025-11-20",
                          place=unit.split(" ", 1)[1], subject="kết quả thực hiện Bộ chỉ số 766 tháng 11/2025")
    source = SourceFile(path=str(path), name=path.name, doc_id=doc_id, kind="pdf", pages=1, size=len(data))
    return ProcessedDocument(source=source, pages=[page], signatures=[],
                             records=DocumentRecords(document=facts, scores=scores, ranks=ranks, tasks=tasks,
                                                     metrics=metrics),
                             pipeline_version="demo", timings={})


def load_demo(url: str, folder: str | Path, count: int = 3) -> list[str]:
    from store import open_store
    store = open_store(url)
    try:
        return [store.load(make_document(seed, folder)) for seed in range(1, count + 1)]
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m review.demo",
                                     description="Nạp văn bản mẫu (bịa) để thử trang rà soát")
    parser.add_argument("--db", default=os.environ.get("VANBAN_DB", "sqlite:///demo.db"))
    parser.add_argument("--dir", default="demo-scans", help="thư mục ghi các PDF mẫu")
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--users", action="store_true",
                        help="thêm người dùng thử: lan/lan-matkhau (clerk), quantri/quantri-matkhau (admin)")
    args = parser.parse_args(argv)
    print("Nạp:", ", ".join(load_demo(args.db, Path(args.dir).resolve(), args.count)))
    if args.users:
        from review import users as U
        from review.db import connect
        db = connect(args.db)
        try:
            for name, role in (("lan", "clerk"), ("quantri", "admin")):
                with db.write() as s:
                    if U.get(s, name) is None:
                        U.add(s, name, role, f"{name}-matkhau")
        finally:
            db.close()
        print("Người dùng: lan / lan-matkhau (clerk), quantri / quantri-matkhau (admin)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
