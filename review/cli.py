"""`vanban review` (serve the page) and `vanban users add|list` (people who may use it)."""
from __future__ import annotations

import getpass
import os
import sys

from vanban.errors import VanbanError


def serve(args) -> int:
    import uvicorn

    from review.app import create_app
    app = create_app(args.db, secret=os.environ.get("VANBAN_SECRET"),
                     secure_cookie=os.environ.get("VANBAN_SECURE_COOKIE") == "1")
    print(f"vanban: trang rà soát tại http://{args.host}:{args.port}/ (kho: {args.db}); Ctrl+C để dừng",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", proxy_headers=False)
    return 0


def _password(args) -> str:
    if getattr(args, "password", None):
        return args.password
    if os.environ.get("VANBAN_PASSWORD"):
        return os.environ["VANBAN_PASSWORD"]
    if not sys.stdin.isatty():
        raise VanbanError("cần mật khẩu: dùng --password hoặc biến VANBAN_PASSWORD (password required)")
    first = getpass.getpass("Mật khẩu: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise VanbanError("hai lần nhập mật khẩu không khớp (passwords differ)")
    return first


def users(args) -> int:
    from review import users as U
    from review.auth import ROLE_NAMES
    from review.db import connect
    command = getattr(args, "users_command", None)
    if command not in ("add", "list"):
        print("vanban users: chọn việc: add TÊN --role clerk|admin, hoặc list", file=sys.stderr)
        return 2
    db = connect(args.db)
    try:
        if command == "add":
            password = _password(args)
            try:
                with db.write() as s:
                    user = U.add(s, args.name, args.role, password)
                    name, role = user.name, user.role
            except U.UserError as error:
                raise VanbanError(str(error))
            print(f"Đã thêm người dùng «{name}» ({ROLE_NAMES.get(role, role)}).")
        else:
            with db.session() as s:
                rows = [(u.name, u.role, u.active) for u in U.all_users(s)]
            if not rows:
                print("Chưa có người dùng nào. Thêm bằng: vanban users add TÊN --role admin")
            for name, role, active in rows:
                print(f"{name}\t{role}\t{'đang dùng' if active else 'đã khóa'}")
    finally:
        db.close()
    return 0
