"""`vanban users add|list` and `vanban review`, run as the real command."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

VANBAN = [sys.executable, "-m", "vanban.cli"]
ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*VANBAN, *args], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def test_users_add_and_list(tmp_path):
    db = f"sqlite:///{tmp_path / 'users.db'}"
    added = _run("users", "--db", db, "add", "lan", "--role", "clerk", "--password", "lan-matkhau")
    assert added.returncode == 0, added.stderr
    assert "Đã thêm người dùng «lan» (Cán bộ rà soát)" in added.stdout
    from_env = _run("users", "add", "quantri", "--role", "admin", env={"VANBAN_DB": db, "VANBAN_PASSWORD": "quantri-mk1"})
    assert from_env.returncode == 0, from_env.stderr
    listed = _run("users", "--db", db, "list")
    assert listed.returncode == 0
    assert listed.stdout.splitlines() == ["lan\tclerk\tđang dùng", "quantri\tadmin\tđang dùng"]
    again = _run("users", "--db", db, "add", "lan", "--password", "lan-matkhau")
    assert again.returncode == 2 and again.stderr.strip() == "vanban: lỗi: Người dùng «lan» đã có."
    short = _run("users", "--db", db, "add", "hoa", "--password", "ngan")
    assert short.returncode == 2 and "ít nhất 8 ký tự" in short.stderr and "Traceback" not in short.stderr
    no_password = _run("users", "--db", db, "add", "hoa", env={"VANBAN_PASSWORD": ""})
    assert no_password.returncode == 2 and "cần mật khẩu" in no_password.stderr


def test_review_serves_the_login_page(tmp_path):
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([*VANBAN, "review", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        body = None
        deadline = time.time() + 30
        while time.time() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as response:
                    body = response.read().decode("utf-8")
                    headers = response.headers
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.3)
        assert body is not None, server.stderr.read() if server.poll() is not None else "server did not answer"
        assert "Đăng nhập" in body and headers["X-Frame-Options"] == "DENY"
    finally:
        server.terminate()
        server.wait(timeout=10)
