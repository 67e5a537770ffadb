"""A throwaway PostgreSQL cluster for the tests.

`pg_url` (session): initdb into a temporary directory, start the server on a
unix socket in that directory (no TCP port), yield a postgresql+psycopg URL of
an empty database, and stop and delete the cluster at the end. As root the
server runs as the `postgres` system user (initdb and postgres refuse root).
Without PostgreSQL binaries the tests skip, unless VANBAN_REQUIRE_POSTGRES=1
(CI) where they fail.

`pg_database` (function): a fresh, empty database in that cluster for one test.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

PORT = 5432            # only names the socket file: the cluster listens on no TCP port
SUPERUSER = "vanban"


def _bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _missing(message: str):
    if os.environ.get("VANBAN_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required here (VANBAN_REQUIRE_POSTGRES=1): {message}")
    pytest.skip(f"PostgreSQL tests skipped: {message} (apt-get install postgresql)")


def _runner() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--"]
    return ["su", "postgres", "-s", "/bin/sh", "-c"]   # pragma: no cover - joined below


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    prefix = _runner()
    if prefix and prefix[0] == "su":
        import shlex
        command = prefix + [" ".join(shlex.quote(c) for c in command)]
    else:
        command = prefix + command
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)


def url_for(socket_dir: str, database: str) -> str:
    return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={socket_dir}&port={PORT}"


def create_database(admin_url: str, name: str) -> str:
    """CREATE DATABASE name in the cluster of admin_url; returns the new database's URL."""
    import psycopg
    from sqlalchemy.engine import make_url
    url = make_url(admin_url)
    with psycopg.connect(host=url.query["host"], port=int(url.query["port"]), user=url.username,
                         dbname=url.database, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url():
    bindir = _bindir()
    if bindir is None:
        _missing("no initdb found (looked in /usr/lib/postgresql/*/bin and PATH)")
    if os.geteuid() == 0:
        try:
            import pwd
            postgres = pwd.getpwnam("postgres")
        except KeyError:
            _missing("running as root and there is no 'postgres' system user to run the server")
    base = tempfile.mkdtemp(prefix="vanban-pg-")
    data, log = os.path.join(base, "data"), os.path.join(base, "server.log")
    if os.geteuid() == 0:
        os.chown(base, postgres.pw_uid, postgres.pw_gid)
    os.chmod(base, 0o755)
    started = False
    try:
        done = _run([str(bindir / "initdb"), "-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                     "--locale=C.UTF-8", "--no-sync"])
        if done.returncode != 0:
            done = _run([str(bindir / "initdb"), "-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                         "--no-locale", "--no-sync"])
        if done.returncode != 0:
            _missing(f"initdb failed: {done.stderr.strip()[-400:]}")
        options = (f"-k {base} -p {PORT} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   f"-c full_page_writes=off -c max_connections=50")
        done = _run([str(bindir / "pg_ctl"), "-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"])
        if done.returncode != 0:
            text = Path(log).read_text(errors="replace")[-600:] if os.path.exists(log) else ""
            _missing(f"pg_ctl start failed: {done.stderr.strip()[-300:]} {text}")
        started = True
        yield create_database(url_for(base, "postgres"), "vanban")
    finally:
        if started:
            _run([str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_database(pg_url) -> str:
    """A new empty database for one test (same cluster)."""
    return create_database(pg_url, "t_" + uuid.uuid4().hex[:12])
