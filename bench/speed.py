"""Speed benchmark (issue 8): vanban beside OCRmyPDF and raw Tesseract, measured side by side in one run.

    python -m bench speed              # the table (~6 minutes on two cores)
    python -m bench speed --quick      # a 30-page batch instead of 200 (~4 minutes)
    python -m bench speed --full-baselines   # also run OCRmyPDF on the whole batch
    make bench

Inputs: the unsigned scans samples/*.scan.pdf (10 pages, 6 files; OCRmyPDF refuses signed
PDFs) and a batch made by repeating them (20 rounds: 200 pages, 120 files). vanban skips a
file whose sha256 it has already seen (in the batch or the store), so every copy gets a
different tail: a PDF comment `%vanban-bench copy N` appended after %%EOF (readers ignore
bytes after the last %%EOF; the pages are byte-for-byte the same). Born-digital:
samples/*.digital.pdf repeated the same way.

Rows:
  vanban ingest      the `vanban ingest` code path (flows.runtime.prepare_environment + flows.ingest.
                     run_ingest, in a fresh child process: Python start, imports, Prefect's temporary
                     API server and the flow all counted), a fresh store and an empty Prefect result
                     store (no page comes from an earlier run's cache). `pages/min` is over that whole
                     wall time; `flow` is the flow run alone. `outside Tess.` = 1 − Σ Tesseract
                     seconds ÷ (wall × 2 cores): the share of the two cores' time not spent inside
                     Tesseract. The OCR workers read pages with libtesseract loaded once per worker
                     (extractors/libtesseract.py) and log each page's start, end and thread CPU
                     (VANBAN_TESSERACT_LOG); where the `tesseract` command runs instead, a wrapper
                     first in PATH times it (bash $EPOCHREALTIME, no fork). Peak RSS: the child's
                     whole process tree (flow, Prefect server, OCR workers), psutil every 0.1 s.
  ocrmypdf           `ocrmypdf -l vie --jobs 2 --output-type pdf --optimize 0 IN OUT`, one file after
                     the other (OCRmyPDF has no batch mode). On the batch this is the 10-page time × rounds
                     (the copies are the same pages; no state carries over between OCRmyPDF runs)
                     unless --full-baselines.
  floor              `tesseract IMG stdout -l vie --psm 4` once per page, on each page's own image
                     (pdftoppm -gray at the scan's resolution, made before timing), two at a time;
                     pages/min over that wall time; the 10 pages read FLOOR_PASSES times before and as
                     many times after vanban's runs, the mean (a shared machine's speed drifts within
                     seconds: one 5-second pass is a noisy clock). On the batch: every page of the
                     batch's rounds, read right after vanban's batch (measured, not 10 pages × rounds:
                     the time per page summed over the batch, next in time to vanban's own run).
  restore / extract  vanban.pipeline.restore and .extract on the born-digital samples' pages (restored
                     as OCR output, method "ocr", so every line goes through the restorer), CPU
                     seconds (time.process_time: one thread, not distorted by other jobs); pyvi's
                     ViUtils.add_accents on the same lines stripped of marks (KeyError guarded, counted).
  … server running   the 10 pages again with a Prefect API started beforehand (PREFECT_API_URL, as an
                     office running `prefect server start` for the nightly watch has): no temporary
                     server in the run; the server's CPU during the run is added to the run's. Shown,
                     not judged: the targets are judged on `vanban ingest` as a clerk runs it.
  … next batch       the 10 pages as the second batch of one running process (a `vanban watch` between
                     passes: Python, imports, models and Prefect's temporary API already up; the OCR workers
                     are started again, as every batch does): wall and the CPU of the process, its workers
                     and the API during that batch. Shown, not judged.
  born-digital       pipeline.read_pages (triage + text layer, never OCR'd) pages/s, and the ingest
                     of the repeated digital batch (every stage, store, Prefect) pages/s.

CPU s per page: every process of the run, from the kernel's accounting of waited-for children
(getrusage RUSAGE_CHILDREN before/after): what a run costs whatever else the machine is doing.
The targets are judged twice: on wall time (pages/min as measured) and on CPU s per page (pages/min
two idle cores would give), because on a shared machine wall time follows the other jobs' load.

Targets (issue 8): vanban ≥ 1.2 × OCRmyPDF pages/min; ≥ 90% of the floor; RSS(200) ≤ 1.2 × RSS(10);
born-digital ≥ 20 pages/s (judged on reading; the ingest figure is shown beside it); restoration,
extraction and loading under 5% of the time: the CPU the document threads spend in those three stages
(time.thread_time, recorded by flows.tasks.process_document as '<stage> cpu') ÷ (wall × 2 cores). The
whole flow process's CPU (those stages, triage, Prefect's client, imports, models) is shown beside it.
Timings are noisy on a shared machine: the load average is printed with the table.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from extractors.vietnamese import strip_marks

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PY = sys.executable
BIN = Path(PY).parent
CORES = 2
ROUNDS, QUICK_ROUNDS = 20, 3
FLOOR_PASSES = 3                # the floor's 10 pages read 3 times before and 3 times after vanban's runs
DIGITAL_ROUNDS, QUICK_DIGITAL_ROUNDS = 10, 3

WRAPPER = """#!/bin/bash
# timing wrapper (bench/speed.py): run the real tesseract, note start/end
s=$EPOCHREALTIME
{real} "$@"
rc=$?
echo "$s $EPOCHREALTIME" >> {log}
exit $rc
"""


# --------------------------------------------------------------------------- inputs
def scans() -> list[Path]:
    return sorted(SAMPLES.glob("*.scan.pdf"))


def digital() -> list[Path]:
    return sorted(SAMPLES.glob("*.digital.pdf"))


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def make_copies(files: list[Path], rounds: int, folder: Path) -> list[Path]:
    """`rounds` copies of every file, each with a different PDF comment appended after %%EOF."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(rounds):
        for path in files:
            target = folder / f"r{n:03d}-{path.name}"
            data = path.read_bytes()
            tail = b"" if data.endswith(b"\n") else b"\n"
            target.write_bytes(data + tail + f"%vanban-bench copy {n}\n".encode())
            out.append(target)
    return out


def page_images(files: list[Path], folder: Path) -> list[Path]:
    """Each page's own image, gray, at the scan's resolution (what the floor's Tesseract reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    images = []
    for path in files:
        listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
        ppi = {}
        for row in listing.splitlines()[2:]:
            cols = row.split()
            if len(cols) > 13 and cols[2] == "image":
                ppi.setdefault(int(cols[0]), int(float(cols[12])))
        for number in range(1, pdf_pages(path) + 1):
            stem = folder / f"{path.name.split('.')[0]}-{number}"
            subprocess.run(["pdftoppm", "-gray", "-r", str(ppi.get(number, 300)), "-f", str(number), "-l",
                            str(number), "-singlefile", str(path), str(stem)], check=True)
            images.append(Path(f"{stem}.pgm"))
    return images


def tesseract_wrapper(folder: Path) -> tuple[Path, Path]:
    """(folder to put first in PATH, log of 'start end' lines)."""
    real = shutil.which("tesseract")
    if not real:
        raise SystemExit("bench.speed: tesseract not found")
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "tesseract.log"
    script = folder / "tesseract"
    script.write_text(WRAPPER.format(real=real, log=log))
    script.chmod(0o755)
    return folder, log


def tesseract_calls(log: Path) -> list[tuple[float, float]]:
    if not log.exists():
        return []
    calls = []
    for row in log.read_text().splitlines():
        parts = row.split()
        if len(parts) == 2:
            calls.append((float(parts[0]), float(parts[1])))
    return calls


# --------------------------------------------------------------------------- measuring a process tree
class TreeMonitor:
    """Peak RSS of a process and all its descendants (sum), and CPU seconds by role, sampled in a thread.

    Roles: "flow" (the process started: Prefect client, triage, restore, extract, store),
    "prefect-server" (Prefect's temporary API), "ocr-workers" (the page pool: rasterise,
    clean, layout), "tesseract", "other". CPU is each process's own user+system time at
    its last sample (a process ending between samples loses at most `every` seconds).

    The monitor runs beside the run it measures, on the same two cores: the tree is walked again
    (psutil's children(), a scan of every /proc entry: 1 ms) only every `discover` seconds, the
    processes known meanwhile sampled every `every` seconds (0.03 ms each). Walking it every 0.1 s
    cost 0.024 CPU-s a second (1.2% of the 200-page run's pages/min), now 0.008 (four processes).
    """

    def __init__(self, pid: int, every: float = 0.1, discover: float = 1.0):
        import psutil
        self.root = psutil.Process(pid)
        self.every = every
        self.discover = discover
        self._procs = [self.root]
        self._walked = 0.0
        self.peak = 0
        self._cpu: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _role(self, proc) -> str:
        if proc.pid == self.root.pid:
            return "flow"
        name = proc.name()
        if name == "tesseract":
            return "tesseract"
        cmd = " ".join(proc.cmdline())
        if "multiprocessing" in cmd and "spawn" in cmd:
            return "ocr-workers"
        if "uvicorn" in cmd or "prefect" in cmd:
            return "prefect-server"
        return "other"

    def _sample(self) -> int:
        import psutil
        total = 0
        now = time.monotonic()
        if now - self._walked >= self.discover:
            try:
                self._procs = [self.root] + self.root.children(recursive=True)
            except psutil.Error:
                return 0
            self._walked = now
        for proc in self._procs:
            try:
                with proc.oneshot():
                    total += proc.memory_info().rss
                    times = proc.cpu_times()
                    role = self._cpu[proc.pid][0] if proc.pid in self._cpu else self._role(proc)
                    self._cpu[proc.pid] = (role, times.user + times.system)
            except psutil.Error:
                pass
        return total

    def cpu(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for role, seconds in self._cpu.values():
            out[role] = out.get(role, 0.0) + seconds
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.every)

    def __enter__(self) -> "TreeMonitor":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run_tree(cmd: list[str], env: dict, cwd: Path = ROOT, timeout: float = 3600) -> dict:
    """Run a command, measure its wall time and its process tree's peak RSS."""
    before = children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeMonitor(proc.pid) as monitor:
        out, err = proc.communicate(timeout=timeout)
    wall = time.perf_counter() - started
    tree_cpu = children_cpu() - before
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}... exit {proc.returncode}: {err[-1500:]}")
    return {"wall": wall, "rss": monitor.peak, "cpu": monitor.cpu(), "tree_cpu": tree_cpu, "stdout": out,
            "stderr": err}


def children_cpu() -> float:
    """CPU seconds of every finished, waited-for descendant of this process (rusage, exact)."""
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --------------------------------------------------------------------------- vanban ingest
def _child_ingest(out: str, db: str, files: list[str]) -> int:
    """In the child: exactly what `vanban ingest FILES --db DB --no-progress` does, plus a JSON dump."""
    from flows import api
    from flows.runtime import prepare_environment
    prepare_environment(progress_bar=False)
    api.start()
    from flows.ingest import run_ingest
    try:
        summary = run_ingest(files, db)
    finally:
        api.stop()
    print(summary.format())
    Path(out).write_text(json.dumps({
        "seconds": summary.seconds, "pages": summary.pages, "ingested": summary.ingested,
        "bad": [o.reason for o in summary.outcomes if o.status not in ("loaded", "reprocessed")],
        "docs": [{"pages": o.pages, "seconds": o.seconds, "timings": o.timings or {}, "ocr": o.ocr}
                 for o in summary.outcomes if o.status in ("loaded", "reprocessed")]}))
    return 0 if summary.complete and summary.ingested == len(files) else 1


def _child_warm(out: str, db: str, first: list[str], files: list[str]) -> int:
    """In the child: one process ingests `first`, then `files` (a watcher's next pass: Python, imports,
    models and Prefect's temporary API already up). The second batch is timed alone: wall, and the CPU of
    this process, its OCR workers (waited for when the batch ends) and the API server meanwhile."""
    import resource

    import psutil

    from flows import api
    from flows.runtime import prepare_environment
    prepare_environment(progress_bar=False)
    server = api.start()
    from flows.ingest import run_ingest
    try:
        run_ingest(first, db)
        server_proc = psutil.Process(server.process.pid) if server else None
        server_before = sum(server_proc.cpu_times()[:2]) if server_proc else 0.0

        def cpu() -> float:
            own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
        cpu_before, started = cpu(), time.perf_counter()
        summary = run_ingest(files, db)
        wall, used = time.perf_counter() - started, cpu() - cpu_before
        if server_proc:
            used += sum(server_proc.cpu_times()[:2]) - server_before
    finally:
        api.stop()
    Path(out).write_text(json.dumps({"wall": wall, "cpu": used, "pages": summary.pages,
                                     "ingested": summary.ingested}))
    return 0 if summary.complete and summary.ingested == len(files) else 1


def warm_ingest(first: list[Path], files: list[Path], work: Path) -> dict:
    """The 10 pages as a running vanban process's next batch (`vanban watch` between passes)."""
    run_dir = work / "ingest-warm"
    run_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1", PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOCAL_STORAGE_PATH=str(run_dir / "prefect-results"))
    env.pop("PREFECT_API_URL", None)
    out = run_dir / "warm.json"
    run_tree([PY, "-m", "bench.speed", "--child-warm", str(out), f"sqlite:///{run_dir / 'kho.db'}",
              str(len(first)), *map(str, first), *map(str, files)], env)
    result = json.loads(out.read_text())
    result["ppm"] = result["pages"] / result["wall"] * 60 if result["wall"] else 0.0
    return result


def vanban_ingest(files: list[Path], work: Path, name: str, wrapper: tuple[Path, Path],
                  api_url: str | None = None) -> dict:
    """`api_url`: a Prefect API already running (no temporary server started by the run)."""
    folder, log = wrapper
    if log.exists():
        log.unlink()
    run_dir = work / f"ingest-{name}"
    run_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PATH=f"{folder}{os.pathsep}{os.environ['PATH']}", OMP_THREAD_LIMIT="1",
               PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOCAL_STORAGE_PATH=str(run_dir / "prefect-results"))   # no cache from earlier runs
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    api_log = run_dir / "tesseract-api.log"           # pages read by libtesseract in the OCR workers
    env["VANBAN_TESSERACT_LOG"] = str(api_log)
    out = run_dir / "summary.json"
    result = run_tree([PY, "-m", "bench.speed", "--child-ingest", str(out), f"sqlite:///{run_dir / 'kho.db'}",
                       *map(str, files)], env)
    summary = json.loads(out.read_text())
    calls = tesseract_calls(log)
    library = [row.split() for row in api_log.read_text().splitlines()] if api_log.exists() else []
    calls += [(float(row[0]), float(row[1])) for row in library if len(row) == 3]
    tess_cpu = sum(float(row[2]) for row in library if len(row) == 3)
    tess = sum(end - start for start, end in calls)
    docs = summary["docs"]
    stage = {}
    for doc in docs:
        for key, value in doc["timings"].items():
            stage[key] = stage.get(key, 0.0) + value
    in_task = sum(d["seconds"] for d in docs)
    prefect_in_task = max(0.0, in_task - sum(stage.values()))
    pages = summary["pages"]
    return {"files": len(files), "pages": pages, "wall": result["wall"], "flow": summary["seconds"],
            "rss": result["rss"], "tesseract_s": tess, "tesseract_calls": len(calls),
            "tesseract_cpu": tess_cpu + result["cpu"].get("tesseract", 0.0),
            "outside": 1 - tess / (result["wall"] * CORES), "outside_flow": 1 - tess / (summary["seconds"] * CORES),
            "ppm": pages / result["wall"] * 60, "ppm_flow": pages / summary["seconds"] * 60 if summary["seconds"] else 0,
            "stages": stage, "prefect_in_task": prefect_in_task, "bad": summary["bad"], "cpu": result["cpu"],
            "tree_cpu": result["tree_cpu"]}


def with_running_server(run) -> dict:
    """`run(api_url)` against a Prefect API started beforehand (as an office's `prefect server start`
    would be); the server's CPU during the run is measured and added to the run's."""
    import psutil

    from flows import api
    server = api.start()
    if server is None:
        return {"error": "no Prefect API could be started here"}
    try:
        server.wait()
        process = psutil.Process(server.process.pid)
        before = sum(process.cpu_times()[:2])
        result = run(server.url)
        result["server_cpu"] = sum(process.cpu_times()[:2]) - before
        result["tree_cpu"] += result["server_cpu"]
        return result
    finally:
        api.stop()


# --------------------------------------------------------------------------- baselines
def ocrmypdf_run(files: list[Path], work: Path) -> dict:
    exe = BIN / "ocrmypdf"
    if not exe.exists():
        return {"error": "ocrmypdf is not installed in the venv"}
    out_dir = work / "ocrmypdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    peak, started, cpu = 0, time.perf_counter(), 0.0
    pages = 0
    for path in files:
        result = run_tree([str(exe), "-l", "vie", "--jobs", "2", "--output-type", "pdf", "--optimize", "0",
                           str(path), str(out_dir / path.name)], env)
        peak = max(peak, result["rss"])
        cpu += result["tree_cpu"]
        pages += pdf_pages(path)
    wall = time.perf_counter() - started
    return {"files": len(files), "pages": pages, "wall": wall, "ppm": pages / wall * 60, "rss": peak,
            "tree_cpu": cpu}


def floor_run(images: list[Path]) -> dict:
    """Raw Tesseract once per page, two at a time: the time no pipeline can beat."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    real = shutil.which("tesseract")

    def one(image: Path) -> float:
        started = time.perf_counter()
        subprocess.run([real, str(image), "stdout", "-l", "vie", "--psm", "4"], env=env, check=True,
                       capture_output=True)
        return time.perf_counter() - started

    before = children_cpu()
    started = time.perf_counter()
    with ThreadPoolExecutor(CORES) as pool:
        each = list(pool.map(one, images))
    wall = time.perf_counter() - started
    return {"pages": len(images), "wall": wall, "sum": sum(each), "ppm": len(images) / wall * 60,
            "tree_cpu": children_cpu() - before}


def mean_run(a: dict, b: dict) -> dict:
    """Two runs of the same baseline as one: times averaged, pages/min from the mean wall time."""
    out = dict(a)
    for key in ("wall", "sum", "tree_cpu"):
        out[key] = (a[key] + b[key]) / 2
    out["ppm"] = out["pages"] / out["wall"] * 60
    out["runs_ppm"] = (a["ppm"], b["ppm"])
    return out


def one_pass(result: dict, passes: int) -> dict:
    """A baseline run `passes` times over the same pages, as one pass (times and pages divided)."""
    out = dict(result)
    for key in ("wall", "sum", "tree_cpu"):
        out[key] = out[key] / passes
    out["pages"] = out["pages"] // passes
    out["passes"] = passes
    return out


def scaled(result: dict, rounds: int) -> dict:
    out = dict(result)
    for key in ("wall", "sum", "tree_cpu"):
        if key in out:
            out[key] = out[key] * rounds
    for key in ("pages", "files"):
        if key in out:
            out[key] = out[key] * rounds
    out["estimated"] = True
    return out


# --------------------------------------------------------------------------- stages after reading
def stage_speeds() -> dict:
    """Reading of born-digital pages (wall, pages/s), restoration and extraction (CPU seconds), pyvi."""
    from vanban import pipeline
    from vanban.settings import Settings
    settings = Settings.from_env(ocr_jobs=1)
    sources = [pipeline.intake(p, settings) for p in digital()]
    pipeline.read_pages(sources[0], settings)                      # imports, first-call set-up
    started = time.perf_counter()
    docs = [(s, pipeline.read_pages(s, settings)) for s in sources]
    read_wall = time.perf_counter() - started
    pages = sum(len(p) for _, p in docs)
    assert all(page.method != "ocr" for _, ps in docs for page in ps), "a born-digital page was OCR'd"

    # as OCR output: the restorer reads every line as Tesseract's (text-layer lines are cheaper)
    from dataclasses import replace
    as_ocr = [(s, [replace(page, method="ocr") for page in ps]) for s, ps in docs]
    pipeline.restore(as_ocr[0][1])                                 # models loaded before timing
    started = time.process_time()
    restored = [(s, pipeline.restore(p)) for s, p in as_ocr]
    restore_cpu = time.process_time() - started
    pipeline.extract(restored[0][1], restored[0][0])
    started = time.process_time()
    for s, p in restored:
        pipeline.extract(p, s)
    extract_cpu = time.process_time() - started

    lines = [strip_marks(line.text) for _, ps in docs for page in ps for line in page.lines if line.text.strip()]
    from extractors.diacritics import restore_text
    restore_text(lines[0])
    started = time.process_time()
    for line in lines:
        restore_text(line)
    ours_cpu = time.process_time() - started
    pyvi = {"error": None}
    try:
        from pyvi import ViUtils
        ViUtils.add_accents("uy ban nhan dan")
        failed = 0
        started = time.process_time()
        for line in lines:
            try:
                ViUtils.add_accents(line)
            except KeyError:
                failed += 1
        pyvi = {"cpu": time.process_time() - started, "failed": failed}
    except ImportError as error:
        pyvi = {"error": f"pyvi not installed ({error})"}
    return {"pages": pages, "read_wall": read_wall, "restore_cpu": restore_cpu, "extract_cpu": extract_cpu,
            "lines": len(lines), "ours_stripped_cpu": ours_cpu, "pyvi": pyvi}


# --------------------------------------------------------------------------- the table
def mib(n: float) -> str:
    return f"{n / 2**20:.0f} MiB"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


STAGES_AFTER_READING = ("restore", "extract", "store")


def stage_share(d: dict) -> float:
    """Restoration, extraction and loading (the document threads' own CPU in those stages, thread
    time) / the cores' time (wall × cores): issue 8's 'under 5% of wall time'."""
    cpu = sum(d["stages"].get(key + " cpu", 0.0) for key in STAGES_AFTER_READING)
    return cpu / (d["wall"] * CORES) if d["wall"] else 0.0


def after_share(d: dict) -> float:
    """The whole flow process's CPU (those stages, triage, Prefect's client and engine, imports,
    model loading) / the cores' time: stricter than the issue's target, shown beside it."""
    return d["cpu"].get("flow", 0) / (d["wall"] * CORES) if d["wall"] else 0.0


def table(r: dict) -> str:
    v10, vb, o10, ob, f10, fb = r["vanban10"], r["vanban_batch"], r["ocrmypdf10"], r["ocrmypdf_batch"], \
        r["floor10"], r["floor_batch"]
    n, v10_files, vb_files = vb["pages"], v10["files"], vb["files"]
    rows = [f"bench.speed  load average {r['load_before'][0]:.2f} {r['load_before'][1]:.2f} "
            f"{r['load_before'][2]:.2f} (before)  {r['load_after'][0]:.2f} {r['load_after'][1]:.2f} "
            f"{r['load_after'][2]:.2f} (after), {os.cpu_count()} cores, run {r['seconds']:.0f} s",
            "",
            f"{'':34}{f'10 pages ({v10_files} files)':>26}{f'{n} pages ({vb_files} files)':>28}"]

    def row(label, a, b):
        rows.append(f"{label:34}{a:>26}{b:>28}")

    def est(d):
        return " (est.)" if d.get("estimated") else ""
    row("vanban ingest pages/min", f"{v10['ppm']:.1f}", f"{vb['ppm']:.1f}")
    row("  flow run alone pages/min", f"{v10['ppm_flow']:.1f}", f"{vb['ppm_flow']:.1f}")
    row("  wall s (flow s)", f"{v10['wall']:.1f} ({v10['flow']:.1f})", f"{vb['wall']:.1f} ({vb['flow']:.1f})")
    row("  Tesseract calls, s", f"{v10['tesseract_calls']}, {v10['tesseract_s']:.1f}",
        f"{vb['tesseract_calls']}, {vb['tesseract_s']:.1f}")
    row("  outside Tesseract (wall; flow)", f"{v10['outside']:.0%}; {v10['outside_flow']:.0%}",
        f"{vb['outside']:.0%}; {vb['outside_flow']:.0%}")
    for key in ("read", "signatures", "restore", "extract", "store"):
        row(f"  stage {key} s (in doc threads)", f"{v10['stages'].get(key, 0):.1f}", f"{vb['stages'].get(key, 0):.1f}")
    for key in STAGES_AFTER_READING:
        row(f"  stage {key} CPU s", f"{v10['stages'].get(key + ' cpu', 0):.1f}",
            f"{vb['stages'].get(key + ' cpu', 0):.1f}")
    row("  restore+extract+store CPU / cores' time", f"{stage_share(v10):.1%}", f"{stage_share(vb):.1%}")
    for role in ("flow", "prefect-server", "ocr-workers", "tesseract"):
        label = "ocr-workers (with libtesseract)" if role == "ocr-workers" else role
        row(f"  CPU s: {label}", f"{v10['cpu'].get(role, 0):.1f}", f"{vb['cpu'].get(role, 0):.1f}")

    row("  flow-process CPU / cores' time", f"{after_share(v10):.1%}", f"{after_share(vb):.1%}")
    rows.append("  (stage s: wall time summed over the document threads, which overlap; CPU s: per process)")
    vs = r.get("vanban10_server") or {}
    if vs.get("ppm"):
        row("vanban ingest, Prefect server running", f"{vs['ppm']:.1f} ({vs['ppm'] / f10['ppm']:.0%} of floor)", "")
        row("  wall s; server CPU s during the run", f"{vs['wall']:.1f}; {vs['server_cpu']:.1f}", "")
    vw = r.get("vanban10_warm") or {}
    if vw.get("ppm"):
        row("vanban, next batch of a running process", f"{vw['ppm']:.1f} ({vw['ppm'] / f10['ppm']:.0%} of floor)", "")
        row("  wall s; CPU s (process, workers, API)", f"{vw['wall']:.1f}; {vw['cpu']:.1f}", "")
    row("ocrmypdf pages/min", f"{o10.get('ppm', 0):.1f}", f"{ob.get('ppm', 0):.1f}{est(ob)}")
    row("floor: raw tesseract pages/min", f"{f10['ppm']:.1f}", f"{fb['ppm']:.1f}{est(fb)}")
    row("  per page s (sum / pages)", f"{f10['sum'] / f10['pages']:.2f}", f"{fb['sum'] / fb['pages']:.2f}{est(fb)}")
    if f10.get("runs_ppm"):
        row("  before / after vanban pages/min", "{:.1f} / {:.1f}".format(*f10["runs_ppm"]), "")
    row("Tesseract in vanban, CPU s per page", f"{v10['tesseract_cpu'] / v10['pages']:.2f}",
        f"{vb['tesseract_cpu'] / vb['pages']:.2f}")
    def cpp(d):
        return d["tree_cpu"] / d["pages"] if d.get("pages") else 0.0
    row("CPU s per page: vanban (whole tree)", f"{cpp(v10):.2f}", f"{cpp(vb):.2f}")
    row("CPU s per page: ocrmypdf", f"{cpp(o10):.2f}", f"{cpp(ob):.2f}{est(ob)}")
    row("CPU s per page: floor", f"{cpp(f10):.2f}", f"{cpp(fb):.2f}{est(fb)}")
    row("vanban / ocrmypdf", f"{v10['ppm'] / o10['ppm']:.2f}", f"{vb['ppm'] / ob['ppm']:.2f}")
    row("vanban / floor", f"{v10['ppm'] / f10['ppm']:.0%}", f"{vb['ppm'] / fb['ppm']:.0%}")
    row("peak RSS, vanban process tree", mib(v10["rss"]), mib(vb["rss"]))
    row("peak RSS, ocrmypdf (per file)", mib(o10.get("rss", 0)), mib(ob.get("rss", 0)) + est(ob))
    s, d = r["stages"], r["digital"]
    rows.append("")
    rows.append(f"born-digital reading (triage + text layer): {s['pages'] / s['read_wall']:.1f} pages/s "
                f"({s['pages']} pages, never OCR'd); ingest of {d['pages']} born-digital pages "
                f"({d['files']} files): {d['pages'] / d['wall']:.1f} pages/s wall, "
                f"{d['pages'] / d['flow']:.1f} pages/s flow, Tesseract calls {d['tesseract_calls']}; stages s "
                + ", ".join(f"{k} {v:.1f}" for k, v in d["stages"].items())
                + "; CPU s " + ", ".join(f"{k} {v:.1f}" for k, v in d["cpu"].items()))
    rows.append(f"restoration: {s['pages'] / s['restore_cpu']:.1f} pages/CPU-s; extraction: "
                f"{s['pages'] / s['extract_cpu']:.1f} pages/CPU-s (born-digital sample pages)")
    p = s["pyvi"]
    pyvi = (f"pyvi add_accents {s['lines'] / p['cpu']:.0f} lines/CPU-s ({p['failed']} KeyError)"
            if not p.get("error") else p["error"])
    rows.append(f"marks stripped, {s['lines']} lines: vanban restore_text {s['lines'] / s['ours_stripped_cpu']:.0f} "
                f"lines/CPU-s; {pyvi}")
    if v10["bad"] or vb["bad"]:
        rows.append(f"NOT LOADED: {v10['bad'] + vb['bad']}")
    rows.append("")
    rows.append("issue 8 targets")
    checks = [
        (f"vanban ≥ 1.2 × ocrmypdf ({n} pages)", vb["ppm"] >= 1.2 * ob["ppm"], f"{vb['ppm'] / ob['ppm']:.2f} ×"),
        ("vanban ≥ 1.2 × ocrmypdf (10 pages)", v10["ppm"] >= 1.2 * o10["ppm"], f"{v10['ppm'] / o10['ppm']:.2f} ×"),
        (f"vanban ≥ 90% of the floor ({n} pages)", vb["ppm"] >= 0.9 * fb["ppm"], f"{vb['ppm'] / fb['ppm']:.0%}"),
        ("vanban ≥ 90% of the floor (10 pages)", v10["ppm"] >= 0.9 * f10["ppm"], f"{v10['ppm'] / f10['ppm']:.0%}"),
        (f"RSS({n} pages) ≤ 1.2 × RSS(10)", vb["rss"] <= 1.2 * v10["rss"], f"{vb['rss'] / v10['rss']:.2f} ×"),
        ("born-digital ≥ 20 pages/s (reading)", s["pages"] / s["read_wall"] >= 20,
         f"{s['pages'] / s['read_wall']:.1f} pages/s"),
        (f"restore+extract+store < 5% of time ({n} pages)", stage_share(vb) < 0.05,
         f"{stage_share(vb):.1%}"),
    ]
    # The same targets on CPU seconds per page (what two idle cores would turn into pages/min):
    # load-independent, shown because the wall-clock figures above move with other jobs on the machine.
    checks += [
        (f"CPU: vanban ≥ 1.2 × ocrmypdf ({n} pages)", cpp(ob) >= 1.2 * cpp(vb), f"{cpp(ob) / cpp(vb):.2f} ×"),
        ("CPU: vanban ≥ 1.2 × ocrmypdf (10 pages)", cpp(o10) >= 1.2 * cpp(v10), f"{cpp(o10) / cpp(v10):.2f} ×"),
        (f"CPU: vanban ≥ 90% of the floor ({n} pages)", cpp(fb) >= 0.9 * cpp(vb), f"{cpp(fb) / cpp(vb):.0%}"),
        ("CPU: vanban ≥ 90% of the floor (10 pages)", cpp(f10) >= 0.9 * cpp(v10), f"{cpp(f10) / cpp(v10):.0%}"),
    ]
    for label, ok, figure in checks:
        rows.append(f"  {verdict(ok)}  {label:44} {figure}")
    rows.append(f"  (shown, not a target: the whole flow process, with Prefect's client and the imports, "
                f"{after_share(vb):.1%} of the cores' time at {n} pages)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench speed", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROUNDS} rounds instead of {ROUNDS}")
    parser.add_argument("--full-baselines", action="store_true",
                        help="run OCRmyPDF on the whole batch too (slow)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--child-ingest", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--child-warm", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_ingest:
        out, db, *files = args.child_ingest
        return _child_ingest(out, db, files)
    if args.child_warm:
        out, db, count, *paths = args.child_warm
        return _child_warm(out, db, paths[:int(count)], paths[int(count):])

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    files = scans()
    if not files:
        print("bench.speed: samples/*.scan.pdf missing (python samples/make_samples.py)", file=sys.stderr)
        return 1
    rounds = QUICK_ROUNDS if args.quick else ROUNDS
    digital_rounds = QUICK_DIGITAL_ROUNDS if args.quick else DIGITAL_ROUNDS
    work = Path(tempfile.mkdtemp(prefix="vanban-speed-"))
    started = time.perf_counter()
    r: dict = {"load_before": os.getloadavg(), "rounds": rounds}
    try:
        wrapper = tesseract_wrapper(work / "bin")
        batch = make_copies(files, rounds, work / "batch")
        digital_batch = make_copies(digital(), digital_rounds, work / "digital")
        images = page_images(files, work / "images")
        say = lambda text: print(f"  [{time.perf_counter() - started:5.0f} s] {text}", file=sys.stderr, flush=True)
        say(f"floor, 10 pages × {FLOOR_PASSES}")
        floor_before = floor_run(images * FLOOR_PASSES)
        say("ocrmypdf, 10 pages")
        r["ocrmypdf10"] = ocrmypdf_run(files, work)
        say("vanban ingest, 10 pages")
        r["vanban10"] = vanban_ingest(files, work, "10", wrapper)
        say(f"vanban ingest, {len(batch)} files")
        r["vanban_batch"] = vanban_ingest(batch, work, "batch", wrapper)
        # the batch's floor right after it: summed over the batch's own pages, as issue 8 defines it, and
        # next in time to vanban's batch (a shared host's speed drifts within minutes)
        say(f"floor, {rounds} × 10 pages")
        r["floor_batch"] = floor_run(images * rounds)
        say(f"floor, 10 pages × {FLOOR_PASSES} again (the machine's speed drifts: the mean of before and after)")
        r["floor10"] = one_pass(mean_run(floor_before, floor_run(images * FLOOR_PASSES)), FLOOR_PASSES)
        if args.full_baselines:
            say(f"ocrmypdf, {len(batch)} files")
            r["ocrmypdf_batch"] = ocrmypdf_run(batch, work)
        else:
            r["ocrmypdf_batch"] = scaled(r["ocrmypdf10"], rounds)
        say("vanban ingest, 10 pages, a Prefect server already running")
        r["vanban10_server"] = with_running_server(lambda url: vanban_ingest(files, work, "10-server", wrapper, url))
        say("vanban ingest, 10 pages as a running process's next batch")
        r["vanban10_warm"] = warm_ingest(batch[len(files):len(files) + 1], batch[-len(files):], work)
        say(f"vanban ingest, {len(digital_batch)} born-digital files")
        r["digital"] = vanban_ingest(digital_batch, work, "digital", wrapper)
        say("reading, restoration, extraction")
        r["stages"] = stage_speeds()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    r["load_after"] = os.getloadavg()
    r["seconds"] = time.perf_counter() - started
    print(table(r))
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
