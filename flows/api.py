"""Prefect's temporary API server, started by vanban as the first thing a command does.

Without `PREFECT_API_URL`, Prefect starts a temporary API server (uvicorn running
`prefect.server.api.server:create_app`, database `PREFECT_HOME/prefect.db`) the first
time a flow needs a client: it first imports its whole server package into the
calling process (seconds of CPU, only to start a subprocess that imports it again)
and then waits for that subprocess, before the first task runs and while the cores
are idle. Measured here (2 cores): 18 s from `flow()` to the first task, of a 42-s
run over 10 scanned pages.

`start()` launches the same server with the same command, the same environment and
the same database, before Prefect is imported, and points `PREFECT_API_URL` at it, so
its start overlaps vanban's own imports, discovery, the OCR workers' start and the
models' loading; `wait()` is called just before the flow runs; `stop()` (also at
exit) ends it, as Prefect ends its own. Flow runs and their logs stay in Prefect's
database for `prefect server start` to show later.

The server runs only what one command's flow runs need (ONE_COMMAND_SERVER).

Nothing happens when `PREFECT_API_URL` is set (a real Prefect server, or the tests'
harness), when `PREFECT_SERVER_EPHEMERAL_ENABLED` is false, or when
`VANBAN_EARLY_PREFECT_API=0` (Prefect then starts its temporary server itself).
"""
from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional

from vanban.errors import VanbanError

START_TIMEOUT = 120.0          # seconds; Prefect's own default is 20, too short on a busy two-core machine

_running: Optional["TemporaryApi"] = None


class TemporaryApi:
    """One uvicorn process serving Prefect's API on 127.0.0.1:port."""

    def __init__(self, process: subprocess.Popen, port: int):
        self.process = process
        self.port = port
        self.url = f"http://127.0.0.1:{port}/api"
        self.ready = False
        self.set_ui_url = False

    def wait(self, timeout: Optional[float] = None) -> None:
        """Until the API answers /health; a clear error if it dies or never answers."""
        if self.ready:
            return
        limit = float(timeout or os.environ.get("VANBAN_PREFECT_START_TIMEOUT", START_TIMEOUT))
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                raise VanbanError(f"máy chủ Prefect tạm thời dừng khi khởi động (mã thoát {code}) — "
                                  f"the temporary Prefect API server exited while starting (exit code {code})")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        self.ready = True
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        self.stop()
        raise VanbanError(f"máy chủ Prefect tạm thời không trả lời sau {limit:g} giây "
                          f"(VANBAN_PREFECT_START_TIMEOUT) — the temporary Prefect API server did not answer")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# A server living for one command runs what a flow run needs (the API, its logs and events) and
# nothing that belongs to a real `prefect server start`: block types registered, automations, deployment
# schedules, late or paused runs, workers' heartbeats, cancellation clean-up, vacuum. Measured here:
# 1 CPU-s of 7.5 (blocks, automations), 0.35 CPU-s more (the loop services). Nor does it record each
# task run's states in its database (the task-run recorder: 0.02 CPU-s a document, 60% of what the
# server spends on a task run; the flow, its task runs' retries and results are the client's, and
# every document's outcome is in vanban's store). Any of these can be set back in the environment,
# e.g. PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED=true; a real server (PREFECT_API_URL) records
# everything.
ONE_COMMAND_SERVER = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_PAUSE_EXPIRATIONS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_FOREMAN_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_REPOSSESSOR_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_CANCELLATION_CLEANUP_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "[]",
}


# `python -m uvicorn …`, with Prefect's server package imported first without the cyclic garbage
# collector walking every object the import makes (the import is most of the server's start: measured
# 2.4 CPU-s with the collector, 1.7 without); the objects it leaves are then frozen, out of later walks.
SERVE = ("import gc, sys; gc.disable(); import prefect.server.api.server; gc.enable(); gc.freeze(); "
         "from uvicorn.main import main; sys.argv[0] = 'uvicorn'; sys.exit(main())")


def _launch(app_dir: Path, port: int) -> Optional[subprocess.Popen]:
    env = dict(os.environ, PREFECT_UI_ENABLED="0", PREFECT__SERVER_EPHEMERAL="1", PREFECT__SERVER_FINAL="1")
    for name, value in ONE_COMMAND_SERVER.items():
        env.setdefault(name, value)
    try:
        return subprocess.Popen(
            [sys.executable, "-c", SERVE, "--app-dir", str(app_dir), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL)
    except OSError:
        return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wanted() -> bool:
    env = os.environ
    if env.get("PREFECT_API_URL") or env.get("VANBAN_EARLY_PREFECT_API", "1").strip() in ("0", "false", "no"):
        return False
    allowed = env.get("PREFECT_SERVER_EPHEMERAL_ENABLED", env.get("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true"))
    return allowed.strip().lower() not in ("0", "false", "no") and "prefect" not in sys.modules


def start() -> Optional[TemporaryApi]:
    """Start the temporary API now (call before importing Prefect); None when not wanted or not possible."""
    global _running
    if _running is not None:
        return _running
    if not _wanted():
        return None
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.origin:
        return None
    app_dir = Path(spec.origin).resolve().parent.parent
    port = _free_port()
    process = _launch(app_dir, port)
    if process is None:
        return None                              # Prefect will try its own way and report
    _running = TemporaryApi(process, port)
    os.environ["PREFECT_API_URL"] = _running.url
    if "PREFECT_UI_URL" not in os.environ:
        # no "View at http://127.0.0.1:…" line: that address is gone when the command ends
        os.environ["PREFECT_UI_URL"] = ""
        _running.set_ui_url = True
    atexit.register(stop)
    return _running


def wait() -> None:
    """Before the first flow: the early API is up (nothing to do when none was started)."""
    if _running is not None:
        _running.wait()


@contextlib.contextmanager
def flow_settings():
    """Prefect settings for a flow run served by this command's temporary API: no flow-run heartbeats.

    Heartbeats are events for a lasting server's automations to notice a crashed run; the temporary
    server runs no automations and ends with the command. Prefect's heartbeat thread sleeps in whole
    seconds and the run's end waits for it: measured 1.0 s at the end of every command, with both
    cores idle. Against a real server (PREFECT_API_URL) the settings are left as they are."""
    if _running is None:
        yield
        return
    from prefect.settings import temporary_settings
    with temporary_settings(updates={"flows.heartbeat_frequency": None}):
        yield


def _drain_prefect_workers(timeout: float = 10.0) -> None:
    """Send the logs and events Prefect still holds to the API before it goes (Prefect's own
    temporary server stops after these workers drain at exit; an early stop must drain them first)."""
    if "prefect" not in sys.modules:
        return
    try:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker
        for worker in (APILogWorker, EventsWorker):
            worker.drain_all(timeout=timeout)
    except Exception:  # noqa: BLE001 - a log line lost is not worth a failed command
        pass


def stop() -> None:
    global _running
    if _running is not None:
        running, _running = _running, None
        if running.ready:
            _drain_prefect_workers()
        running.stop()
        if os.environ.get("PREFECT_API_URL") == running.url:
            del os.environ["PREFECT_API_URL"]
        if running.set_ui_url and os.environ.get("PREFECT_UI_URL") == "":
            del os.environ["PREFECT_UI_URL"]
