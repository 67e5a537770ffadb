"""Invented ProcessedDocuments for tests of the store, the reports and the review page.

    from store.testing import make_processed
    processed = make_processed(seed=1, unit="phường An Bình", period="2025-11")

Everything here is made up (units, numbers, tasks); no OCR is run. Different
`seed`s give different doc_ids (the sha256 of an invented byte string).
"""
from __future__ import annotations

import hashlib

from vanban.model import (Assignment, Deadline, DocumentFacts, DocumentRecords, Line, MetricRecord, PageText,
                          ProcessedDocument, Provenance, RankRecord, ScoreRecord, Signature, SourceFile,
                          TokenChoice, Word)

CRITERIA = (("Công khai, minh bạch", 18.0), ("Tiến độ giải quyết", 20.0), ("Dịch vụ công trực tuyến", 12.0),
            ("Thanh toán trực tuyến", 10.0), ("Mức độ hài lòng", 18.0), ("Số hóa hồ sơ", 22.0))
INDEX = "Bộ chỉ số 766"


def make_processed(seed: int = 1, unit: str = "phường An Bình", period: str = "2025-11",
                   issued_date: str | None = None, assignee: str = "Trung tâm Phục vụ hành chính công",
                   deadline: str = "2025-12-31", low_confidence: bool = False,
                   pipeline_version: str = "0.1.0") -> ProcessedDocument:
    doc_id = hashlib.sha256(f"vanban-test-document-{seed}".encode()).hexdigest()
    issued_date = issued_date or f"{period[:7]}-20" if len(period) >= 7 else f"{period}-12-20"
    lines_1 = [f"UBND {unit.upper()}", f"Số: {seed:02d}/BC-UBND", f"Kết quả Bộ chỉ số 766 tháng {period}"]
    scores, ranks = [], []
    total = 0.0
    for i, (criterion, maximum) in enumerate(CRITERIA):
        value = round(maximum * (0.55 + ((seed * 7 + i * 3) % 40) / 100), 2)
        total += value
        lines_1.append(f"{criterion}: {value} / {maximum:g} điểm")
        where = Provenance(page=1, line=len(lines_1), source_text=lines_1[-1],
                           confidence=0.62 if (low_confidence and i == 0) else 0.95)
        if low_confidence and i == 0:
            where.flag("low_confidence")
        scores.append(ScoreRecord(entity=unit, index=INDEX, criterion=criterion, value=value, max=maximum,
                                  period=period, where=where))
    lines_1.append(f"Tổng điểm: {round(total, 2)} / 100 điểm, xếp hạng {10 + seed % 50}/114")
    scores.append(ScoreRecord(entity=unit, index=INDEX, criterion="Tổng điểm", value=round(total, 2), max=100.0,
                              period=period, where=Provenance(1, len(lines_1), lines_1[-1], 0.93)))
    ranks.append(RankRecord(entity=unit, index=INDEX, criterion="Tổng điểm", rank=10 + seed % 50, out_of=114,
                            period=period, where=Provenance(1, len(lines_1), lines_1[-1], 0.93)))
    lines_2 = ["1. " + assignee, "- Rà soát hồ sơ trễ hạn, báo cáo kết quả.", "- Cập nhật hồ sơ trực tuyến hằng tuần.",
               "Tỷ lệ hồ sơ trực tuyến: 96,5%"]
    tasks = [Assignment(assignee=assignee, task="Rà soát hồ sơ trễ hạn, báo cáo kết quả",
                        deadline=Deadline(deadline, f"trước ngày {deadline}", "by"),
                        where=Provenance(2, 2, lines_2[1], 0.9)),
             Assignment(assignee=assignee, task="Cập nhật hồ sơ trực tuyến hằng tuần",
                        deadline=Deadline(None, "hằng tuần", "recurring"),
                        where=Provenance(2, 3, lines_2[2], 0.9))]
    metrics = [MetricRecord(name="Tỷ lệ hồ sơ trực tuyến", value=96.5, unit="%", period=period,
                            where=Provenance(2, 4, lines_2[3], 0.9))]

    def page(number: int, texts: list[str]) -> PageText:
        lines = []
        for row, text in enumerate(texts):
            box = (100, 100 + 40 * row, 1500, 130 + 40 * row)
            words = [Word(w, 0.9, None) for w in text.split()]
            tokens = [TokenChoice(original=text.split()[0].lower(), chosen=text.split()[0], start=0,
                                  end=len(text.split()[0]), confidence=0.8,
                                  alternatives=[(text.split()[0], 0.8), (text.split()[0].upper(), 0.1)])]
            lines.append(Line(text=text, ocr_text=text, words=words, box=box, conf=0.92, tokens=tokens))
        return PageText(number=number, method="ocr", reason="no text layer", lines=lines, width=2480,
                        height=3508, dpi=300)

    signature = Signature(signer="Nguyễn Văn Thử", email="thu@example.gov.vn",
                          signed_at=f"{issued_date}T09:00:00+07:00", source="text", valid=None)
    facts = DocumentFacts(doc_id=doc_id, source=f"bao-cao-{seed:02d}.pdf", pages=2, issuer=f"UBND {unit}",
                          doc_number=f"{seed:02d}/BC-UBND", doc_type="Báo cáo", issued_date=issued_date,
                          place=unit.split(" ", 1)[-1], subject=f"kết quả Bộ chỉ số 766 kỳ {period}",
                          signer_name="Nguyễn Văn Thử", signer_title="Chủ tịch", references=["766/QĐ-TTg"],
                          recipients=["UBND thành phố"], signatures=[signature])
    records = DocumentRecords(document=facts, scores=scores, ranks=ranks, tasks=tasks, metrics=metrics)
    source = SourceFile(path=f"/tmp/samples/bao-cao-{seed:02d}.pdf", name=f"bao-cao-{seed:02d}.pdf",
                        doc_id=doc_id, kind="pdf", pages=2, size=1000 + seed)
    return ProcessedDocument(source=source, pages=[page(1, lines_1), page(2, lines_2)], signatures=[signature],
                             records=records, pipeline_version=pipeline_version, timings={"read": 1.0})


def processed_from_contract(contract: dict, path: str, page_texts: list[str] | None = None,
                            pipeline_version: str = "gold") -> ProcessedDocument:
    """A ProcessedDocument for the file at `path` (its real sha256) carrying the records of a
    contract dict (e.g. samples/*.records.json), pages from `page_texts` — no OCR run."""
    import pathlib
    file = pathlib.Path(path)
    data = file.read_bytes()
    facts_in = dict(contract.get("document") or {})
    signatures = [Signature(signer=s.get("signer"), email=s.get("email"), signed_at=s.get("signed_at"),
                            source=s.get("source") or "text", valid=s.get("valid"))
                  for s in facts_in.get("signatures") or []]
    doc_id = hashlib.sha256(data).hexdigest()
    names = ("issuer", "doc_number", "doc_type", "issued_date", "place", "subject", "signer_name", "signer_title")
    facts = DocumentFacts(doc_id=doc_id, source=file.name, pages=facts_in.get("pages"),
                          references=list(facts_in.get("references") or []),
                          recipients=list(facts_in.get("recipients") or []), signatures=signatures,
                          **{n: facts_in.get(n) for n in names})

    def where(r: dict) -> Provenance:
        return Provenance(page=r.get("page") or 1, line=r.get("line") or 1, source_text=r.get("source_text") or "",
                          confidence=float(r.get("confidence", 1.0)), status=r.get("status") or "auto",
                          review_reasons=list(r.get("review_reasons") or []))

    records = DocumentRecords(
        document=facts,
        scores=[ScoreRecord(r.get("entity"), r.get("index"), r["criterion"], r["value"], r.get("max"),
                            r.get("period"), where(r)) for r in contract.get("scores") or []],
        ranks=[RankRecord(r.get("entity"), r.get("index"), r["criterion"], r["rank"], r.get("out_of"),
                          r.get("period"), where(r)) for r in contract.get("ranks") or []],
        tasks=[Assignment(r.get("assignee"), r["task"],
                          Deadline(r.get("deadline"), r.get("deadline_text"), r.get("deadline_kind") or "none"),
                          where(r)) for r in contract.get("tasks") or []],
        metrics=[MetricRecord(r["name"], r["value"], r.get("unit"), r.get("period"), where(r))
                 for r in contract.get("metrics") or []])
    page_texts = page_texts or [""] * (facts_in.get("pages") or 1)
    pages = [PageText(number=i + 1, method="text", reason="gold text", lines=[Line(text=t) for t in text.split("\n")])
             for i, text in enumerate(page_texts)]
    source = SourceFile(path=str(file), name=file.name, doc_id=doc_id,
                        kind="pdf" if file.suffix.lower() == ".pdf" else "text", pages=len(pages), size=len(data))
    return ProcessedDocument(source=source, pages=pages, signatures=signatures, records=records,
                             pipeline_version=pipeline_version)
