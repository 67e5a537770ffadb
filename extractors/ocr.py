"""Tesseract, and only Tesseract: one grayscale page image in, words with boxes out.

`-l vie --psm 4` (measured better than `vie+eng` and than `--psm 6` on scans),
one OpenMP thread per process (OpenMP doubles wall time on two cores: pages are
run in parallel by processes instead). Words keep Tesseract's block/paragraph/
line numbers, boxes and confidences (0..1).

`page_lines` is the page pass. The page is read by the system's libtesseract loaded once
per process (extractors/libtesseract.py: the engine the `tesseract` command runs, the
same TSV, without loading the model again for every page: 0.07 CPU-s a page). Where
the library cannot be loaded (or VANBAN_TESSERACT_API=0) the `tesseract` command runs
instead: the gray page is written as an uncompressed TIFF to an unlinked RAM-backed
temporary file passed as /dev/fd/N (no PNG compressed and decoded again; measured:
Tesseract reads stdin byte by byte, 0.15 s a page more than a file) and its TSV comes
back on stdout. The per-page limit is settings.tesseract_timeout (environment:
VANBAN_TESSERACT_TIMEOUT, seconds, default 120): past it Tesseract stops the page (a
deadline) or the process is killed, and TransientError says so.
"""
from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from extractors import pixels
from vanban.errors import TransientError
from vanban.model import Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
SHM = "/dev/shm"                 # the page image Tesseract reads is written here (RAM) when possible


@dataclass
class OcrLine:
    key: tuple[int, int, int]                   # Tesseract (block, paragraph, line)
    words: list[Word] = field(default_factory=list)

    @property
    def box(self):
        xs0, ys0, xs1, ys1 = zip(*(w.box for w in self.words))
        return (min(xs0), min(ys0), max(xs1), max(ys1))

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def tesseract_tsv(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300,
                  timeout: int = 120) -> dict:
    """Tesseract's TSV for one gray image, as columns (image_to_data's dict); see the module's doc."""
    engine = _engine(language)
    if engine is not None:
        from extractors.libtesseract import EngineError, PageTimeout
        started, cpu = time.time(), time.thread_time()
        try:
            tsv = engine.tsv(gray, psm, dpi, timeout)
        except PageTimeout:
            raise TransientError(f"Tesseract quá thời gian ({timeout} giây) cho một trang "
                                 f"(OCR timeout; VANBAN_TESSERACT_TIMEOUT)")
        except EngineError as error:
            raise TransientError(f"Tesseract lỗi: {error}")
        _log_call(started, time.time(), time.thread_time() - cpu)
        return _parse_tsv(tsv)
    return _parse_tsv(_tesseract_command(gray, language, psm, dpi, timeout))


def warm_up(language: str = "vie") -> None:
    """Load this thread's engine now (a pool worker, before its first page); nothing if it cannot be."""
    _engine(language)


def _engine(language: str):
    """This thread's libtesseract engine (extractors/libtesseract.py), or None to run the command."""
    if os.environ.get("VANBAN_TESSERACT_API", "1").strip().lower() in ("0", "false", "no"):
        return None
    from extractors import libtesseract
    try:
        return libtesseract.engine(language)
    except libtesseract.EngineError:
        return None


def _log_call(started: float, ended: float, cpu: float) -> None:
    """`VANBAN_TESSERACT_LOG`: one 'start end cpu-seconds' line per page read in this process (bench/speed.py)."""
    log = os.environ.get("VANBAN_TESSERACT_LOG")
    if log:
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, f"{started:.6f} {ended:.6f} {cpu:.6f}\n".encode())
        finally:
            os.close(fd)


def _tesseract_command(gray: np.ndarray, language: str, psm: int, dpi: int, timeout: int) -> str:
    """The `tesseract` command on one page (no libtesseract here, or VANBAN_TESSERACT_API=0): its TSV text."""
    import subprocess
    import tempfile
    from PIL import Image
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    picture = Image.fromarray(np.ascontiguousarray(gray, dtype=np.uint8))
    for folder in (SHM, None):                       # RAM first; the ordinary temp dir if it is full
        if folder is not None and not (os.path.isdir(folder) and os.access(folder, os.W_OK)):
            continue
        # unlinked at once and handed over as /dev/fd/N: nothing is left behind, even if killed
        fd, name = tempfile.mkstemp(prefix="vanban-", suffix=".tif", dir=folder)
        os.unlink(name)
        with os.fdopen(fd, "w+b") as image:
            try:
                picture.save(image, format="TIFF", dpi=(int(dpi), int(dpi)))
                image.flush()
            except OSError:
                if folder is None:
                    raise
                continue
            command = ["tesseract", f"/dev/fd/{fd}", "stdout", "-l", language, "--psm", str(psm),
                       "--dpi", str(int(dpi)), "-c", "preserve_interword_spaces=0", "tsv"]
            try:
                done = subprocess.run(command, capture_output=True, timeout=timeout, env=env, pass_fds=(fd,))
            except subprocess.TimeoutExpired:
                raise TransientError(f"Tesseract quá thời gian ({timeout} giây) cho một trang "
                                     f"(OCR timeout; VANBAN_TESSERACT_TIMEOUT)")
            except FileNotFoundError:
                raise TransientError("không tìm thấy chương trình tesseract (tesseract not installed)")
            break
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise TransientError(f"Tesseract lỗi (exit {done.returncode}): {message[-1] if message else ''}")
    return done.stdout.decode("utf-8", "replace")


TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width",
               "height", "conf", "text")


def _parse_tsv(tsv: str) -> dict:
    """Tesseract's TSV as image_to_data's columns; only word rows (level 5) with text are kept."""
    data: dict[str, list] = {name: [] for name in TSV_COLUMNS}
    columns = [data[name] for name in TSV_COLUMNS]
    for row in tsv.split("\n"):
        if not row.startswith("5\t"):
            continue
        cells = row.split("\t", 11)
        if len(cells) != 12 or not cells[11].strip():
            continue
        for column, value in zip(columns, cells):
            column.append(value)
    return data


def page_lines(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300,
               timeout: int = 120) -> list[OcrLine]:
    """The one full-page pass: Tesseract's lines with their words (see the module's doc). Tesseract
    reads the inked part of the page (inked_box); the words' boxes are the page's."""
    x0, y0, x1, y1 = inked_box(gray, dpi)
    inked = gray if (x0, y0, x1, y1) == (0, 0, gray.shape[1], gray.shape[0]) \
        else np.ascontiguousarray(gray[y0:y1, x0:x1])
    return _lines(tesseract_tsv(inked, language, psm, dpi, timeout), (x0, y0))


INK_SHARE_OF_PAPER = 0.6       # darker than this share of the paper's gray is ink (print, stamp, speck)
MARGIN_INCH = 0.1              # blank paper kept around the ink


def inked_box(gray: np.ndarray, dpi: int) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1): the page's ink and a tenth of an inch of paper around it, found on every 4th
    pixel. The blank margins cost Tesseract time and hold nothing: measured on the samples' scans,
    0.45 of the page's area and 2-3% of Tesseract's CPU time."""
    h, w = gray.shape[:2]
    step = 4
    sample = gray[::step, ::step]
    paper = float(pixels.percentile(sample, 90)) if sample.size else 255.0
    ys, xs = np.nonzero(sample < INK_SHARE_OF_PAPER * paper)
    if ys.size == 0:
        return 0, 0, w, h
    pad = max(step * 2, int(MARGIN_INCH * dpi))
    return (max(0, int(xs.min()) * step - pad), max(0, int(ys.min()) * step - pad),
            min(w, int(xs.max()) * step + step + pad), min(h, int(ys.max()) * step + step + pad))


def tesseract_data(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300,
                   timeout: int = 120, extra: str = "") -> dict:
    import pytesseract
    from PIL import Image
    config = f"--psm {psm} --dpi {dpi} -c preserve_interword_spaces=0 {extra}".strip()
    image = Image.fromarray(gray)
    try:
        return pytesseract.image_to_data(image, lang=language, config=config, timeout=timeout,
                                         output_type=pytesseract.Output.DICT)
    except RuntimeError as error:
        if "timeout" in str(error).lower():
            raise TransientError(f"Tesseract quá thời gian ({timeout} giây) cho một trang (OCR timeout)")
        raise


def ocr_lines(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300,
              timeout: int = 120, offset: tuple[int, int] = (0, 0), extra: str = "") -> list[OcrLine]:
    """Tesseract's lines (in its order) with their words; empty words dropped, NFC text."""
    return _lines(tesseract_data(gray, language, psm, dpi, timeout, extra), offset)


def _lines(data: dict, offset: tuple[int, int]) -> list[OcrLine]:
    lines: dict[tuple[int, int, int], OcrLine] = {}
    dx, dy = offset
    for i, text in enumerate(data["text"]):
        text = unicodedata.normalize("NFC", (text or "").strip())
        if not text:
            continue
        conf = float(data["conf"][i])
        if conf < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        word = Word(text=text, conf=round(conf / 100.0, 4), box=(x + dx, y + dy, x + w + dx, y + h + dy))
        lines.setdefault(key, OcrLine(key=key)).words.append(word)
    return list(lines.values())


def plain_text(gray: np.ndarray, language: str = "vie", psm: int = 4, dpi: int = 300, timeout: int = 120) -> str:
    """Tesseract's own text output (the bench's plain-Tesseract baseline)."""
    import pytesseract
    from PIL import Image
    return unicodedata.normalize("NFC", pytesseract.image_to_string(
        Image.fromarray(gray), lang=language, config=f"--psm {psm} --dpi {dpi}", timeout=timeout))
