"""Page image clean-up before Tesseract, one small function per step.

Each step is measured in bench/ocr.py (`--steps`: CER with and without it). The OCR
path runs `prepare` (bottom of this module) with `FAST_STEPS`: the same steps paid for
only where needed, on the scan's own resolution. `clean` (whole page, DEFAULT_STEPS,
always 300 dpi) is the reference implementation the steps were first measured with.

    ink        red seal and blue signature ink separated by colour: kept as a mask
               for the review page, painted white in what Tesseract reads
    resample   normalise to 300 dpi (prepare instead brings every page to READ_DPI = 200 dpi:
               see the figures there)
    deskew     rotate the text lines level (projection profile search)
    flatten    background / illumination flattening (divide by a blurred background)
    binarize   Sauvola-like adaptive threshold (Tesseract's own Otsu otherwise)
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from extractors.pixels import percentile as _percentile

ALL_STEPS = ("ink", "resample", "deskew", "flatten", "binarize")
DEFAULT_STEPS = ("ink", "resample", "deskew")
TARGET_DPI = 300
INK_RED, INK_BLUE = 20, 15           # red (blue) channel above both others by this much: coloured ink
INK_TEXT_MAX = 70                    # coloured pixels darker than this (every channel) are text under ink
GRAY_CHROMA = 12                     # 99.5th percentile chroma at most: a grayscale scan
GRAY_TEXT, GRAY_PAPER = 0.30, 0.80   # gray / paper: below = black text core, above = paper
GRAY_MIN_DARK = 0.3                  # black-core pixels per mid-gray pixel, at least (else: faded print)
GRAY_SEAL_INCH = 0.8                 # a seal's mid-gray structure spans at least this much both ways
INK_TEXT, INK_PAPER = 0.25, 0.50     # lightest channel / paper's: below = text, above = paper (ramp between)


@dataclass
class Cleaned:
    gray: np.ndarray                     # what Tesseract reads
    dpi: int
    scale: float = 1.0                   # cleaned pixels per source pixel
    angle: float = 0.0                   # degrees rotated (deskew)
    ink_mask: np.ndarray | None = None   # coloured ink (seal, signature) at the cleaned size
    ink_share: float = 0.0
    steps: list[str] = field(default_factory=list)


def to_gray(pixels: np.ndarray) -> np.ndarray:
    import cv2
    if pixels.ndim == 2:
        return pixels
    return cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)


def coloured(rgb: np.ndarray) -> np.ndarray:
    """Red-dominant or blue-dominant pixels (yellowed paper is neither: its green is high)."""
    px = rgb.astype(np.int16)
    r, g, b = px[..., 0], px[..., 1], px[..., 2]
    return ((r - np.maximum(g, b)) > INK_RED) | ((b - np.maximum(r, g)) > INK_BLUE)


def ink_mask(rgb: np.ndarray, dpi: int = TARGET_DPI) -> np.ndarray:
    """Coloured ink (red seal, blue signature) and its blurred fringe.

    Ink is a pixel whose red or blue channel clearly dominates; JPEG and blur leave a pale, grayish
    fringe around every stroke, so the mask is grown by about 0.6 mm.
    """
    import cv2
    core = (coloured(rgb) * 255).astype(np.uint8)
    core = cv2.medianBlur(core, 3)            # single noisy pixels are not ink
    size = max(3, int(round(dpi / 40))) | 1
    return cv2.dilate(core, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))


def background(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness at every pixel (text and ink filtered out): a coarse median."""
    import cv2
    h, w = gray.shape[:2]
    small = cv2.resize(gray, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    small = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    small = cv2.medianBlur(small, 21)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def remove_ink(rgb: np.ndarray, dpi: int = TARGET_DPI, gray: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Grayscale page without the coloured ink, and the ink mask.

    Inside the mask: clearly coloured pixels that are not near-black are ink
    (→ paper); the rest is read from its lightest channel against the paper's,
    so black text running under a seal (dark in every channel, even with some
    colour bled in by JPEG) stays dark and the pale fringe of the ink goes.
    """
    mask = ink_mask(rgb, dpi)
    gray = to_gray(rgb).copy() if gray is None else gray.copy()     # outside the mask: kept as it is
    if mask.any():
        high = rgb.max(axis=2).astype(np.int16)
        saturated = coloured(rgb)
        inside = mask > 0
        paper = background(gray).astype(np.float32)
        paper_high = np.maximum(background(high.astype(np.uint8)).astype(np.float32), 1.0)
        ratio = high / paper_high
        value = paper * np.clip((ratio - INK_TEXT) / (INK_PAPER - INK_TEXT), 0.0, 1.0)
        value[saturated & (high >= INK_TEXT_MAX)] = paper[saturated & (high >= INK_TEXT_MAX)]
        gray[inside] = np.clip(value[inside], 0, 255).astype(np.uint8)
    return gray, mask


def is_gray(pixels: np.ndarray) -> bool:
    """A page with no colour at all (a grayscale scan, even if stored as RGB)."""
    if pixels.ndim == 2:
        return True
    step = max(1, min(pixels.shape[:2]) // 200)       # ~60k pixels of an A4 page are plenty for a percentile
    sample = pixels[::step, ::step]
    r, g, b = sample[..., 0], sample[..., 1], sample[..., 2]
    chroma = np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)     # uint8: max ≥ min
    return _percentile(chroma, 99.5) <= GRAY_CHROMA


def remove_gray_seal(gray: np.ndarray, dpi: int = TARGET_DPI, check_faded: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """On a grayscale scan, a seal prints mid-gray while text is near black: inside large
    mid-gray structures (the seal's ring and star, bigger than ~0.8 inch both ways),
    mid-gray pixels not touching a black stroke become paper. Returns (page, mask)."""
    import cv2
    paper = np.maximum(background(gray).astype(np.float32), 1.0)
    ratio = gray.astype(np.float32) / paper
    dark = (ratio < GRAY_TEXT).astype(np.uint8)
    near = max(3, int(round(dpi / 60))) | 1
    dark_near = cv2.dilate(dark, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (near, near))) > 0
    mid = (ratio >= GRAY_TEXT) & (ratio < GRAY_PAPER) & ~dark_near
    if check_faded and dark.sum() < GRAY_MIN_DARK * ((ratio >= GRAY_TEXT) & (ratio < GRAY_PAPER)).sum():
        return gray, np.zeros(gray.shape, dtype=np.uint8)   # faded print: text is mid-gray too, leave it
    closed = cv2.morphologyEx(mid.astype(np.uint8) * 255, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (dpi // 20 | 1, dpi // 20 | 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    mask = np.zeros(gray.shape, dtype=np.uint8)
    out = gray.copy()
    for i in range(1, count):
        x, y, w, h, area = stats[i]
        if w >= GRAY_SEAL_INCH * dpi and h >= GRAY_SEAL_INCH * dpi and area >= 0.05 * w * h:
            pad = dpi // 30
            y0, y1, x0, x1 = max(0, y - pad), y + h + pad, max(0, x - pad), x + w + pad
            region = mid[y0:y1, x0:x1] | ((ratio[y0:y1, x0:x1] >= GRAY_PAPER) & ~dark_near[y0:y1, x0:x1])
            mask[y0:y1, x0:x1][region] = 255
            out[y0:y1, x0:x1][region] = paper[y0:y1, x0:x1][region].astype(np.uint8)
    return out, mask


def resample(gray: np.ndarray, dpi: int, target: int = TARGET_DPI) -> tuple[np.ndarray, float]:
    import cv2
    if not dpi or abs(dpi - target) <= 10:
        return gray, 1.0
    scale = target / dpi
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=interpolation), scale


def skew_angle(gray: np.ndarray, limit: float = 5.0, step: float = 0.1) -> float:
    """Angle (degrees) that makes text lines level, by maximising the row-profile variance."""
    import cv2
    small_scale = 1000 / max(gray.shape)
    small = cv2.resize(gray, None, fx=small_scale * 2, fy=small_scale * 2, interpolation=cv2.INTER_AREA) \
        if small_scale < 0.5 else gray
    binary = (small < 160).astype(np.float32)
    if binary.sum() < 50:
        return 0.0
    h, w = binary.shape
    center = (w / 2, h / 2)

    def score(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(center, angle, 1.0)
        rotated = cv2.warpAffine(binary, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        profile = rotated.sum(axis=1)
        return float(np.var(profile))

    coarse = max(np.arange(-limit, limit + 1e-9, 0.5), key=score)
    fine = max(np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, step), key=score)
    return float(round(fine, 2))


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    import cv2
    if abs(angle) < 0.05:
        return gray
    h, w = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=255)


def flatten(gray: np.ndarray, dpi: int = TARGET_DPI) -> np.ndarray:
    """Divide by a blurred background so uneven lighting and yellowed paper become white."""
    import cv2
    k = max(15, int(dpi / 10)) | 1
    background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    background = cv2.GaussianBlur(background, (k, k), 0)
    out = cv2.divide(gray, background, scale=255)
    return out


def binarize(gray: np.ndarray, dpi: int = TARGET_DPI) -> np.ndarray:
    import cv2
    block = max(25, int(dpi / 6)) | 1
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15)


def clean(pixels: np.ndarray, dpi: int, steps=DEFAULT_STEPS) -> Cleaned:
    """Run the chosen steps in a fixed order on an RGB or gray page."""
    done = []
    mask = None
    if "ink" in steps and not is_gray(pixels):
        gray, mask = remove_ink(pixels, dpi or TARGET_DPI)
        done.append("ink")
    elif "ink" in steps:
        gray, mask = remove_gray_seal(to_gray(pixels), dpi or TARGET_DPI)
        done.append("gray seal" if mask.any() else "gray")
    else:
        gray = to_gray(pixels)
    scale = 1.0
    out_dpi = dpi
    if "resample" in steps:
        gray, scale = resample(gray, dpi)
        if scale != 1.0:
            out_dpi = TARGET_DPI
            done.append("resample")
            if mask is not None:
                import cv2
                mask = cv2.resize(mask, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_NEAREST)
    angle = 0.0
    if "deskew" in steps:
        angle = skew_angle(gray)
        if abs(angle) >= 0.05:
            gray = rotate(gray, angle)
            if mask is not None:
                mask = rotate(255 - mask, angle)
                mask = 255 - mask
            done.append(f"deskew {angle:+.2f}°")
    if "flatten" in steps:
        gray = flatten(gray, out_dpi)
        done.append("flatten")
    if "binarize" in steps:
        gray = binarize(gray, out_dpi)
        done.append("binarize")
    share = float((mask > 0).mean()) if mask is not None else 0.0
    return Cleaned(gray=gray, dpi=out_dpi, scale=scale, angle=angle, ink_mask=mask, ink_share=share, steps=done)


# --------------------------------------------------------------------------- the OCR path's clean-up
# `prepare` is what reading.ocr_page runs: the same steps as `clean`, paid for only where needed.
# Ink and seals are looked for on the page's 1/4-size preview and cleaned only inside the boxes
# found; the skew is measured on a 1/4-size copy. Tesseract reads the page at READ_DPI: it
# scales every text line to a fixed height itself, so more pixels only cost time. Measured
# (bench/scans.py, CPU s/page and raw CER): 300 dpi scans read at 300 → 1.51 s, 0.07-0.17%;
# brought to 200 → 1.09 s, 0.00-0.07%; 200 dpi scans brought up to 300 (`resample`, bench.ocr
# --steps): CER 0.06% → 0.12% and +35% time.
FAST_STEPS = ("ink", "deskew")
READ_DPI = 200
NATIVE_DPI = (190, 215)              # resolutions read as they are; others are brought to READ_DPI
MIN_INK_PIXELS = 40                  # coloured preview pixels (1/16 of the page's) that make ink worth removing
MIN_SKEW = 0.15                      # degrees: below this the page is read as it is


def _boxes(mask: np.ndarray, factor: float, pad: int, shape: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x0, y0, x1, y1) of the mask's blobs, scaled by `factor`, padded, merged."""
    import cv2
    count, _, stats, _ = cv2.connectedComponentsWithStats((mask > 0).astype(np.uint8), connectivity=8)
    h, w = shape
    boxes = []
    for i in range(1, count):
        x, y, bw, bh, _ = stats[i]
        boxes.append([max(0, int(x * factor) - pad), max(0, int(y * factor) - pad),
                      min(w, int((x + bw) * factor) + pad), min(h, int((y + bh) * factor) + pad)])
    merged = True
    while merged:                       # overlapping boxes become one
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    boxes[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return [tuple(b) for b in boxes]


def _remove_ink_fast(gray: np.ndarray, preview: np.ndarray, rgb_loader, dpi: int) -> tuple[np.ndarray, list]:
    """remove_ink, only inside the boxes where the preview shows coloured ink."""
    import cv2
    core = coloured(preview).astype(np.uint8)
    if int(core.sum()) < MIN_INK_PIXELS:
        return gray, []
    core = cv2.morphologyEx(core, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    core = cv2.dilate(core, np.ones((5, 5), np.uint8))
    factor = gray.shape[1] / preview.shape[1]
    boxes = _boxes(core, factor, max(8, dpi // 20), gray.shape[:2])
    if not boxes:
        return gray, []
    rgb = rgb_loader()                  # a JPEG's colour comes at half size (its chroma is stored so)
    f = gray.shape[1] / rgb.shape[1]
    out = gray.copy()
    for x0, y0, x1, y1 in boxes:
        crop = rgb[int(y0 / f):int(np.ceil(y1 / f)), int(x0 / f):int(np.ceil(x1 / f))]
        if f != 1:
            crop = cv2.resize(crop, (x1 - x0, y1 - y0), interpolation=cv2.INTER_LINEAR)
        cleaned, _ = remove_ink(crop, dpi, gray=gray[y0:y1, x0:x1])
        out[y0:y1, x0:x1] = cleaned
    return out, boxes


def _remove_gray_seal_fast(gray: np.ndarray, dpi: int) -> tuple[np.ndarray, list]:
    """remove_gray_seal, only where a seal-sized mid-gray structure shows on a half-size copy
    (at 1/4 size the print's own anti-aliased edges look like a seal's mid-gray)."""
    import cv2
    f = 2
    small = cv2.resize(gray, (max(1, gray.shape[1] // f), max(1, gray.shape[0] // f)), interpolation=cv2.INTER_AREA)
    _, mask = remove_gray_seal(small, max(1, dpi // f))
    if not mask.any():
        return gray, []
    boxes = _boxes(mask, gray.shape[1] / small.shape[1], dpi // 6, gray.shape[:2])
    out = gray.copy()
    found = []
    for x0, y0, x1, y1 in boxes:
        cleaned, m = remove_gray_seal(gray[y0:y1, x0:x1], dpi, check_faded=False)   # checked on the page
        if m.any():
            out[y0:y1, x0:x1] = cleaned
            found.append((x0, y0, x1, y1))
    return out, found


def skew_angle_fast(gray: np.ndarray, limit: float = 3.0) -> float:
    """The angle (degrees, as `skew_angle`) that levels the text lines, from a 1/4-size copy:
    dark pixels projected along each candidate angle (no image rotated), sharpest profile wins."""
    import cv2
    f = 4
    small = cv2.resize(gray, (max(1, gray.shape[1] // f), max(1, gray.shape[0] // f)), interpolation=cv2.INTER_AREA)
    threshold, _ = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ys, xs = np.nonzero(small < min(threshold, 200))
    if len(ys) < 200:
        return 0.0
    xs = xs.astype(np.float32) - small.shape[1] / 2
    ys = ys.astype(np.float32)
    offset = small.shape[1] * np.tan(np.radians(limit)) + 4
    bins = int(small.shape[0] + 2 * offset + 8)

    def score(angle: float) -> float:
        # one-pixel bins: finer bins favour 0° by aliasing (every row lands on a bin edge there)
        shifted = ys - xs * np.float32(np.tan(np.radians(angle))) + offset
        counts = np.bincount(shifted.astype(np.int32).clip(0, bins - 1), minlength=bins).astype(np.float64)
        return float((counts * counts).sum())

    coarse = max(np.arange(-limit, limit + 1e-9, 0.25), key=score)
    fine = max(np.arange(coarse - 0.25, coarse + 0.25 + 1e-9, 0.05), key=score)
    return float(round(fine, 2))       # as `skew_angle`: the angle `rotate` turns the page by


def prepare(image, steps=FAST_STEPS) -> Cleaned:
    """The page as Tesseract should read it, from a raster.PageImage (gray pixels, colour preview)."""
    import cv2
    gray = image.pixels if image.pixels.ndim == 2 else to_gray(image.pixels)
    dpi = image.dpi or TARGET_DPI
    done: list[str] = []
    if "ink" in steps:
        if image.preview is not None and not is_gray(image.preview):
            gray, boxes = _remove_ink_fast(gray, image.preview, image.rgb, dpi)
            if boxes:
                done.append("ink")
        else:
            gray, boxes = _remove_gray_seal_fast(gray, dpi)
            done.append("gray seal" if boxes else "gray")
    scale = 1.0
    target = TARGET_DPI if "resample" in steps else READ_DPI      # "resample": the old 300 dpi
    if "resample" in steps or not NATIVE_DPI[0] <= dpi <= NATIVE_DPI[1]:
        gray, scale = resample(gray, dpi, target)
        if scale != 1.0:
            dpi = target
            done.append(f"{target} dpi")
    angle = 0.0
    if "deskew" in steps:
        angle = skew_angle_fast(gray)
        if abs(angle) >= MIN_SKEW:
            h, w = gray.shape[:2]
            paper = int(_percentile(gray[::8, ::8], 90))
            matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
            gray = cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                  borderValue=paper)
            done.append(f"deskew {angle:+.2f}°")
        else:
            angle = 0.0
    if "flatten" in steps:
        gray = flatten(gray, dpi)
        done.append("flatten")
    if "binarize" in steps:
        gray = binarize(gray, dpi)
        done.append("binarize")
    return Cleaned(gray=gray, dpi=dpi, scale=scale, angle=angle, steps=done)
