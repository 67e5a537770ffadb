"""The `vanban` command line. Help and messages in Vietnamese first (clerks use it).

Each sub-command is a thin shell over a stage or a package:
    extract / restore / text  -> vanban.pipeline (no store)
    ingest / watch            -> flows.cli
    export / report           -> store.cli
    review / users            -> review.cli
A user error (bad file, bad option) prints one line naming the file and the
problem and exits with status 2; it never prints a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from pathlib import Path

from vanban import __version__
from vanban.errors import InputError, VanbanError

EXIT_USER_ERROR = 2


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _read_text_file(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "không tìm thấy tệp (file not found)")
    except IsADirectoryError:
        raise InputError(str(path), "là một thư mục, không phải tệp (is a directory)")
    except OSError as error:
        raise InputError(str(path), f"không đọc được tệp ({error.strerror})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "không phải văn bản UTF-8 (not UTF-8 text; convert TCVN3/VNI first)")
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- commands
def cmd_extract(args) -> int:
    from vanban import pipeline
    from vanban.settings import Settings
    settings = Settings.from_env()
    out_dir = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    documents, failed = [], 0
    for name in args.files:
        try:
            contract = pipeline.process_file(name, settings).records.to_contract()
        except InputError as error:
            print(f"vanban: lỗi: {error.path}: {error.problem}", file=sys.stderr)
            failed += 1
            continue
        except VanbanError as error:          # transient (an OCR timeout): name the file all the same
            print(f"vanban: lỗi: {name}: {error}", file=sys.stderr)
            failed += 1
            continue
        if out_dir:
            target = out_dir / (Path(name).name.rsplit(".", 1)[0] + ".json")
            target.write_text(json.dumps(contract, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"vanban: {name} -> {target}", file=sys.stderr)
        else:
            documents.append(contract)
    if not out_dir and documents:
        _print_json(documents[0] if len(args.files) == 1 else documents)
    return EXIT_USER_ERROR if failed else 0


def cmd_restore(args) -> int:
    from extractors.diacritics import restore_lines
    path = Path(args.file)
    text = _read_text_file(path)
    lines = text.split("\n")
    out = []
    for line, restored in zip(lines, restore_lines(lines)):      # a paragraph is decoded as one sequence
        if args.details:
            out.append(json.dumps({"in": line, "out": restored.text, "confidence": restored.confidence,
                                   "changes": [[t.original, t.chosen, round(t.confidence, 3),
                                                [[a, round(s, 3)] for a, s in t.alternatives[:3]]]
                                               for t in restored.tokens if t.changed]},
                                  ensure_ascii=False))
        else:
            out.append(restored.text)
    sys.stdout.write("\n".join(out))
    return 0


def cmd_text(args) -> int:
    from vanban import pipeline
    from vanban.settings import Settings
    settings = Settings.from_env()
    source = pipeline.intake(args.file, settings)
    pages = pipeline.read_pages(source, settings)
    if not args.raw:
        pages = pipeline.restore(pages)
    if args.explain:
        for page in pages:
            share = "" if page.vietnamese_share is None else f", share {page.vietnamese_share:.2f}"
            print(f"# trang {page.number}: {page.method} ({page.reason}{share})", file=sys.stderr)
    sys.stdout.write("\f".join(page.text for page in pages) + "\n")
    return 0


def cmd_show(args) -> int:
    """A table of what the store holds: one row a document."""
    from store import open_store
    store = open_store(args.db)
    try:
        documents = store.export()
        summary = store.summary()
        copies = store.copies()
    finally:
        store.close()
    header = ("Tệp", "Loại", "Số, ký hiệu", "Ngày", "Điểm", "Hạng", "Nhiệm vụ", "Chỉ tiêu", "Cần rà soát",
              "Bản sao của")
    rows = []
    for doc in documents:
        facts = doc["document"]
        records = [r for kind in ("scores", "ranks", "tasks", "metrics") for r in doc.get(kind) or []]
        rows.append((facts.get("source") or "", facts.get("doc_type") or "", facts.get("doc_number") or "",
                     facts.get("issued_date") or "", len(doc.get("scores") or []), len(doc.get("ranks") or []),
                     len(doc.get("tasks") or []), len(doc.get("metrics") or []),
                     sum(1 for r in records if r.get("status") == "needs_review"),
                     copies.get(facts.get("doc_id"), "")))
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)] if rows else [len(h) for h in header]
    line = "  ".join(f"{{:{w}}}" for w in widths)
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*(str(x) for x in row)))
    names = {"pages": "trang", "scores": "điểm", "ranks": "hạng", "tasks": "nhiệm vụ", "metrics": "chỉ tiêu",
             "needs_review": "cần rà soát", "failures": "tệp cách ly"}
    files, copied = summary.get("documents", len(rows)), summary.get("copies", 0)
    print(f"\n{files} tệp: {files - copied} văn bản, {copied} bản sao (cùng cơ quan, số, ngày; "
          "báo cáo chỉ tính một lần); "
          + ", ".join(f"{names.get(k, k)}: {v}" for k, v in summary.items() if k not in ("documents", "copies")))
    return 0


def _delegate(module: str, function: str):
    def run(args) -> int:
        import importlib
        return importlib.import_module(module).__getattribute__(function)(args) or 0
    return run


# --------------------------------------------------------------------------- parser
def _db_option(parser, default=None) -> None:
    if default is None:
        default = os.environ.get("VANBAN_DB", "sqlite:///vanban.db")
    parser.add_argument("--db", default=default,
                        help="kho dữ liệu: URL SQLAlchemy (mặc định sqlite:///vanban.db, hoặc biến VANBAN_DB); "
                             "store URL, e.g. postgresql+psycopg://user@host/db")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vanban",
        description="vanban — số hóa văn bản hành chính đã quét và ký số: OCR, khôi phục dấu tiếng Việt, "
                    "trích xuất điểm số, xếp hạng, chỉ tiêu, nhiệm vụ và thời hạn.\n"
                    "(Scanned, signed Vietnamese administrative documents in; reviewable records out.)",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"vanban {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")

    p = sub.add_parser("ingest", help="nạp tệp/thư mục PDF vào kho (Prefect flow) — ingest files and folders")
    p.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN", help="tệp PDF/ảnh quét hoặc thư mục")
    _db_option(p)
    p.add_argument("--reprocess", action="store_true",
                   help="xử lý lại văn bản đã có (giữ các bản ghi cán bộ đã sửa/duyệt) — reprocess known documents")
    p.add_argument("--task-runner", choices=["thread", "dask"], default="thread",
                   help="bộ chạy tác vụ: thread (máy này) hoặc dask (cụm Dask có sẵn)")
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="địa chỉ scheduler của cụm Dask")
    p.add_argument("--quarantine", metavar="THƯ_MỤC",
                   help="nơi ghi lý do các tệp lỗi (mặc định: không chép tệp, chỉ ghi vào kho)")
    p.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến độ")
    p.set_defaults(run=_delegate("flows.cli", "ingest"))

    p = sub.add_parser("extract", help="trích xuất bản ghi của một văn bản (.pdf/.txt/ảnh), in JSON — no store")
    p.add_argument("files", nargs="+", metavar="TỆP",
                   help="một hoặc nhiều tệp; nhiều tệp thì in một mảng JSON (several files: a JSON array)")
    p.add_argument("--out", metavar="THƯ_MỤC",
                   help="ghi mỗi văn bản ra THƯ_MỤC/<tên>.json thay vì in ra (one JSON file per document)")
    p.set_defaults(run=cmd_extract)

    p = sub.add_parser("restore", help="khôi phục dấu tiếng Việt cho tệp văn bản UTF-8, giữ nguyên số dòng")
    p.add_argument("file", metavar="TỆP")
    p.add_argument("--details", action="store_true",
                   help="mỗi dòng một đối tượng JSON: các từ đã sửa, phương án khác, độ tin cậy")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("text", help="văn bản đã khôi phục của từng trang PDF (trang cách nhau bởi form feed)")
    p.add_argument("file", metavar="TỆP")
    p.add_argument("--raw", action="store_true", help="văn bản như OCR đọc được, chưa khôi phục")
    p.add_argument("--explain", action="store_true",
                   help="ghi ra stderr mỗi trang đọc bằng lớp văn bản hay OCR, và vì sao")
    p.set_defaults(run=cmd_text)

    p = sub.add_parser("export", help="xuất mọi văn bản trong kho theo hợp đồng bản ghi")
    _db_option(p)
    p.add_argument("--format", choices=["json", "jsonl", "csv"], default="json")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="chỉ văn bản ban hành (hoặc nạp) từ ngày này")
    p.add_argument("--unit", metavar="ĐƠN_VỊ", help="chỉ bản ghi của đơn vị này (tên gần đúng)")
    p.add_argument("--period", metavar="KỲ", help="chỉ bản ghi của kỳ này: yyyy, yyyy-mm hoặc yyyy-mm-dd")
    p.add_argument("--out", metavar="TỆP", help="ghi ra tệp thay vì màn hình")
    p.set_defaults(run=_delegate("store.cli", "export"))

    p = sub.add_parser("show", help="bảng tóm tắt các văn bản trong kho — what the store holds")
    _db_option(p)
    p.set_defaults(run=cmd_show)

    p = sub.add_parser("report", help="báo cáo tổng hợp (xlsx, csv, html có biểu đồ)")
    _db_option(p)
    p.add_argument("--format", choices=["xlsx", "csv", "html"], default="xlsx")
    p.add_argument("--out", metavar="ĐƯỜNG_DẪN", help="tệp (xlsx/html) hoặc thư mục (csv)")
    p.set_defaults(run=_delegate("store.cli", "report"))

    p = sub.add_parser("watch", help="theo dõi thư mục nhận văn bản (chạy theo lịch hằng đêm)")
    p.add_argument("inbox", metavar="THƯ_MỤC")
    _db_option(p)
    p.add_argument("--cron", default="0 2 * * *", help='lịch chạy (cron), mặc định "0 2 * * *"')
    p.add_argument("--once", action="store_true", help="chạy một lượt ngay rồi thoát")
    p.add_argument("--stable-seconds", type=float, default=10.0,
                   help="chỉ nhận tệp không đổi kích thước/thời gian sửa trong bấy nhiêu giây")
    p.set_defaults(run=_delegate("flows.cli", "watch"))

    p = sub.add_parser("review", help="mở trang rà soát cho cán bộ (web)")
    _db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(run=_delegate("review.cli", "serve"))

    p = sub.add_parser("users", help="quản lý người dùng trang rà soát")
    _db_option(p)
    users = p.add_subparsers(dest="users_command", metavar="VIỆC")
    u = users.add_parser("add", help="thêm người dùng")
    u.add_argument("name", metavar="TÊN")
    u.add_argument("--role", choices=["clerk", "admin"], default="clerk")
    u.add_argument("--password", help="mật khẩu (mặc định: hỏi, hoặc biến VANBAN_PASSWORD)")
    _db_option(u, default=argparse.SUPPRESS)      # `users add NAME --db URL` works too
    ul = users.add_parser("list", help="liệt kê người dùng")
    _db_option(ul, default=argparse.SUPPRESS)
    p.set_defaults(run=_delegate("review.cli", "users"))
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USER_ERROR
    try:
        return args.run(args)
    except InputError as error:
        print(f"vanban: lỗi: {error.path}: {error.problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    except VanbanError as error:
        print(f"vanban: lỗi: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("vanban: đã dừng (interrupted)", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
