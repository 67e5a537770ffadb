"""The system's libtesseract in this process: the engine the `tesseract` command runs, loaded once.

The `tesseract` command spends about 0.07 CPU-s of every page loading its language
model (measured on two cores with `vie`: 0.93 CPU-s a page, of which 0.07 is start-up on a
blank image). A page pool worker keeps one `Engine` for all its pages instead: the same
library (libtesseract.so.5, the same build as the command), the same model, the same
page segmentation and resolution, the same TSV (`TessBaseAPIGetTsvText` is what the
command's `tsv` renderer writes), but loaded once. The C API is used through ctypes,
so nothing is compiled and the engine stays the one Debian's tesseract-ocr installs.

A page past its time limit is stopped by Tesseract itself (a monitor with a deadline)
and reported as `PageTimeout`. `Engine.available()` is False when the library or the
language cannot be loaded; extractors/ocr.py then runs the command as before.
`VANBAN_TESSERACT_API=0` forces the command.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
import time
from typing import Optional

import numpy as np

_LIBRARY_NAMES = ("libtesseract.so.5", "libtesseract.so.4", "libtesseract.so")
_lib: Optional[ctypes.CDLL] = None
_lib_error: Optional[str] = None
_lock = threading.Lock()


class PageTimeout(Exception):
    """Tesseract stopped a page at its deadline."""


class EngineError(Exception):
    """The library or a language could not be loaded."""


def _load() -> ctypes.CDLL:
    global _lib, _lib_error
    with _lock:
        if _lib is not None:
            return _lib
        if _lib_error is not None:
            raise EngineError(_lib_error)
        names = list(_LIBRARY_NAMES)
        found = ctypes.util.find_library("tesseract")
        if found:
            names.append(found)
        for name in names:
            try:
                lib = ctypes.CDLL(name)
                break
            except OSError:
                continue
        else:
            _lib_error = "libtesseract not found"
            raise EngineError(_lib_error)
        p, c, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        signatures = {
            "TessVersion": (c, []),
            "TessBaseAPICreate": (p, []),
            "TessBaseAPIDelete": (None, [p]),
            "TessBaseAPIInit3": (i, [p, c, c]),
            "TessBaseAPISetVariable": (i, [p, c, c]),
            "TessBaseAPISetPageSegMode": (None, [p, i]),
            "TessBaseAPISetImage": (None, [p, ctypes.c_void_p, i, i, i, i]),
            "TessBaseAPISetSourceResolution": (None, [p, i]),
            "TessBaseAPIRecognize": (i, [p, p]),
            "TessBaseAPIGetTsvText": (ctypes.c_void_p, [p, i]),
            "TessBaseAPIClear": (None, [p]),
            "TessDeleteText": (None, [ctypes.c_void_p]),
            "TessMonitorCreate": (p, []),
            "TessMonitorDelete": (None, [p]),
            "TessMonitorSetDeadlineMSecs": (None, [p, i]),
        }
        try:
            for name, (restype, argtypes) in signatures.items():
                function = getattr(lib, name)
                function.restype, function.argtypes = restype, argtypes
        except AttributeError as error:
            _lib_error = f"libtesseract lacks {error}"
            raise EngineError(_lib_error)
        _lib = lib
        return lib


def version() -> str:
    return _load().TessVersion().decode()


class Engine:
    """One loaded language model; `tsv(gray, psm, dpi, timeout)` reads a page. Not shared between threads."""

    def __init__(self, language: str = "vie", datapath: Optional[str] = None):
        self.lib = _load()
        self.language = language
        self.handle = self.lib.TessBaseAPICreate()
        path = (datapath or os.environ.get("TESSDATA_PREFIX") or "").encode() or None
        if self.lib.TessBaseAPIInit3(self.handle, path, language.encode()) != 0:
            self.lib.TessBaseAPIDelete(self.handle)
            self.handle = None
            raise EngineError(f"Tesseract cannot load language {language!r}")
        # what `tesseract IMAGE stdout -c preserve_interword_spaces=0 tsv` sets
        self.lib.TessBaseAPISetVariable(self.handle, b"preserve_interword_spaces", b"0")
        self.lib.TessBaseAPISetVariable(self.handle, b"tessedit_create_tsv", b"1")

    def tsv(self, gray: np.ndarray, psm: int = 4, dpi: int = 300, timeout: float = 120) -> str:
        """Tesseract's TSV for an 8-bit gray page (the same text `tesseract … tsv` prints)."""
        if self.handle is None:
            raise EngineError("engine closed")
        pixels = np.ascontiguousarray(gray, dtype=np.uint8)
        height, width = pixels.shape[:2]
        lib, handle = self.lib, self.handle
        lib.TessBaseAPISetPageSegMode(handle, int(psm))
        lib.TessBaseAPISetImage(handle, pixels.ctypes.data, width, height, 1, int(pixels.strides[0]))
        lib.TessBaseAPISetSourceResolution(handle, int(dpi))
        monitor = lib.TessMonitorCreate()
        try:
            lib.TessMonitorSetDeadlineMSecs(monitor, max(1, int(float(timeout) * 1000)))
            started = time.monotonic()
            if lib.TessBaseAPIRecognize(handle, monitor) != 0:
                if time.monotonic() - started >= 0.9 * float(timeout):
                    raise PageTimeout(f"Tesseract stopped the page after {timeout:g} s")
                raise EngineError("Tesseract could not read the page")
            raw = lib.TessBaseAPIGetTsvText(handle, 0)
            if not raw:
                return ""
            try:
                return ctypes.string_at(raw).decode("utf-8", "replace")
            finally:
                lib.TessDeleteText(raw)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(handle)

    def close(self) -> None:
        if self.handle is not None:
            self.lib.TessBaseAPIDelete(self.handle)
            self.handle = None

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


_local = threading.local()


_failed: dict[str, str] = {}      # language -> why it could not be loaded (tried once per process)


def engine(language: str) -> Engine:
    """This thread's engine for `language`, loaded on first use (raises EngineError if it cannot be;
    a language that failed once is not tried again on every page)."""
    if language in _failed:
        raise EngineError(_failed[language])
    engines = getattr(_local, "engines", None)
    if engines is None:
        engines = _local.engines = {}
    found = engines.get(language)
    if found is None:
        try:
            found = engines[language] = Engine(language)
        except EngineError as error:
            _failed[language] = str(error)
            raise
    return found
