"""Learn the OCR confusion model of the restorer from text we render and OCR ourselves.

    .venv/bin/python dictionaries/build_confusion.py [ocr] [learn]

1. `ocr`: the training text (dictionaries/corpus/*.txt, dictionaries/restore_corpus.txt,
   samples/*.truth.txt, and lines of random words from pyvi's and underthesea's lexicons
   for syllable coverage) is rendered to page images with the Liberation/DejaVu fonts and
   read back with Tesseract: `-l eng` on clean and slightly degraded renders (this
   reproduces legacy OCR: 's6', 'ctia', 'ngw¢i') and `-l vie` on degraded renders (wrong
   tone marks, ư/u, ơ/o). Pages already read are cached in ~/.cache/vanban-restore/, so
   re-running after the corpus grew only OCRs the new text. bench/ text is never used.
2. `learn`: OCR lines are aligned with their truth (tokens, then characters) and counted:
   dictionaries/ocr_confusions.tsv  P(observed segment | true letter) per channel
   dictionaries/ocr_tokens.tsv      observed token -> true syllable counts per channel
Run with OMP_THREAD_LIMIT=1 (set here); one Tesseract at a time.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
CACHE = Path(os.environ.get("VANBAN_RESTORE_CACHE", Path.home() / ".cache" / "vanban-restore"))
FONTS = ["/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"]
LINES_PER_PAGE = 18
PAGES_PER_FILE = 2

# variant name -> (tesseract language, render options). The 'eng_scan*' variants are made like
# the scans of old archives (and like samples/*.scan.pdf): a 13 pt page rendered at 300 dpi
# (size 54 px), slightly skewed, grey noise, blur, stored at 200 or 150 dpi as JPEG; read with
# `-l eng` this gives the seeds' kind of damage ('B6 chi s6', 'ngudi', 'thyc hién', 'ctia').
VARIANTS = {
    "eng_clean": ("eng", dict(scale=1.0, blur=0.0)),
    "eng_scan": ("eng", dict(size=54, skew=0.3, pre_noise=4, pre_blur=0.5, scale=2 / 3, jpeg=60)),
    "eng_scan_low": ("eng", dict(size=54, skew=-0.2, pre_noise=4, pre_blur=0.6, scale=0.5, jpeg=60)),
    "eng_scan_soft": ("eng", dict(size=46, skew=0.4, pre_noise=6, pre_blur=0.8, scale=0.5, jpeg=50)),
    # poorer scans (about 100 dpi, blurred or binarised): the heavy damage of old archives
    # ('nhin' for 'nhận', 'mic' for 'mắc', 'tbi' for 'tối')
    "eng_low": ("eng", dict(scale=0.5, blur=1.0)),
    "eng_bin": ("eng", dict(scale=0.45, blur=0.6, thresh=True)),
    "vie_noise": ("vie", dict(scale=0.33, blur=0.8, noise=20)),
    "vie_thresh": ("vie", dict(scale=0.4, blur=0.7, thresh=True)),
    "vie_jpeg": ("vie", dict(scale=0.3, jpeg=30)),
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------- training text
def training_files() -> list[Path]:
    """The LM's training files (build_lm.corpus_files): the held-out corpus split is left out."""
    sys.path.insert(0, str(HERE))
    import build_lm
    return build_lm.corpus_files()


def corpus_paragraphs() -> list[str]:
    files = training_files()
    out = []
    for f in files:
        if not f.exists():
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            line = nfc(line.strip())
            if line and not line.startswith("#"):
                out.append(line)
    return out


def lexicon_lines(n: int, seed: int = 7) -> list[str]:
    from extractors.vietnamese import is_vietnamese_syllable
    import pyvi
    words = []
    path = Path(pyvi.__file__).parent / "models" / "words.txt"
    for w in path.read_text(encoding="utf-8").splitlines():
        w = nfc(w.strip())
        if w and w == w.lower() and all(is_vietnamese_syllable(s) for s in w.split()):
            words.append(w)
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(6, 11)))
        if i % 5 == 0:
            line = line.upper()
        elif i % 3 == 0:
            line = line[:1].upper() + line[1:]
        lines.append(line)
    return lines


def wrap(paragraphs: list[str], width: int = 78) -> list[str]:
    out = []
    for p in paragraphs:
        cur = ""
        for w in p.split():
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        if cur:
            out.append(cur)
    return out


# --------------------------------------------------------------------------- render + OCR
LINE_STEP = 1.7          # line pitch in font sizes
MARGIN = 60


def render(lines, font, size=40, scale=1.0, blur=0.0, noise=0, thresh=False, jpeg=0, skew=0.0,
           pre_noise=0, pre_blur=0.0, seed=0):
    """The page image and the y centre of each line in it (pixels of the final image)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    f = ImageFont.truetype(font, size)
    width = int(max(f.getlength(l) for l in lines)) + 2 * MARGIN
    height = int(size * LINE_STEP * len(lines)) + 2 * MARGIN
    im = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(im)
    for i, l in enumerate(lines):
        d.text((MARGIN, MARGIN + i * size * LINE_STEP), l, font=f, fill=0)
    if skew:
        im = im.rotate(skew, resample=Image.BILINEAR, fillcolor=255)
    if pre_noise:
        import numpy as np          # scanner noise and blur at the 300 dpi of the render
        a = np.asarray(im).astype(float)
        a += np.random.default_rng(seed).normal(0, pre_noise, a.shape)
        im = Image.fromarray(a.clip(0, 255).astype("uint8"))
    if pre_blur:
        im = im.filter(ImageFilter.GaussianBlur(pre_blur))
    if scale != 1.0:
        im = im.resize((int(width * scale), int(height * scale)), Image.BILINEAR)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        import numpy as np
        a = np.asarray(im).astype(float)
        a += np.random.default_rng(seed).normal(0, noise, a.shape)
        im = Image.fromarray(a.clip(0, 255).astype("uint8"))
    if thresh:
        im = im.point(lambda p: 255 if p > 150 else 0)
    if jpeg:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=jpeg)
        b.seek(0)
        im = Image.open(b)
        im.load()
    centres = [(MARGIN + (i * LINE_STEP + 0.55) * size) * scale for i in range(len(lines))]
    return im, centres


def ocr_image(im, lang: str) -> str:
    b = io.BytesIO()
    im.save(b, "PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", "stdin", "stdout", "-l", lang, "--psm", "6"], input=b.getvalue(),
                         capture_output=True, env=env, check=True)
    return nfc(out.stdout.decode("utf-8", "replace"))


def ocr_lines(im, lang: str, centres: list[float]) -> list[str]:
    """OCR a page and give each rendered line the words whose boxes centre nearest to it
    (Tesseract's TSV output), so a line Tesseract splits or merges still pairs with its truth."""
    b = io.BytesIO()
    im.save(b, "PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", "stdin", "stdout", "-l", lang, "--psm", "6", "tsv"], input=b.getvalue(),
                         capture_output=True, env=env, check=True)
    words: list[list[tuple[float, str]]] = [[] for _ in centres]
    for row in out.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, w, h = (int(c) for c in cols[6:10])
        y = top + h / 2
        i = min(range(len(centres)), key=lambda k: abs(centres[k] - y))
        words[i].append((left, nfc(cols[11].strip())))
    return [" ".join(t for _, t in sorted(ws)) for ws in words]


def ocr_pages(pages: list[list[str]], variant: str, tag: str) -> list[tuple[str, str]]:
    """OCR each page (a list of lines) under `variant`; returns (observed, truth) line pairs (cached)."""
    lang, opts = VARIANTS[variant]
    cache_dir = CACHE / variant
    cache_dir.mkdir(parents=True, exist_ok=True)
    pairs = []
    for n, page in enumerate(pages):
        font = FONTS[int(hashlib.md5("".join(page).encode()).hexdigest(), 16) % len(FONTS)]
        key = hashlib.sha1(json.dumps([variant, opts, font, page]).encode()).hexdigest()[:20]
        cached = cache_dir / f"{key}.json"
        if cached.exists():
            obs = json.loads(cached.read_text(encoding="utf-8"))
        elif os.environ.get("VANBAN_OCR_CACHED_ONLY"):
            continue                      # learn from what was read so far
        else:
            im, centres = render(page, font, seed=n, **opts)
            obs = ocr_lines(im, lang, centres)
            cached.write_text(json.dumps(obs, ensure_ascii=False), encoding="utf-8")
        if len(obs) == len(page):
            pairs.extend(zip(obs, page))
        if n % 20 == 0:
            print(f"  {tag} {variant}: page {n + 1}/{len(pages)}", file=sys.stderr, flush=True)
    return pairs


def _paginate(lines: list[str]) -> list[list[str]]:
    return [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]


def training_pages() -> list[list[str]]:
    """Pages are cut per source file (adding a corpus file does not change the other pages, so
    the OCR cache stays valid); at most PAGES_PER_FILE pages of each file."""
    files = training_files()
    pages = []
    for f in files:
        if not f.exists():
            continue
        paras = [nfc(l.strip()) for l in f.read_text(encoding="utf-8").splitlines()
                 if l.strip() and not l.startswith("#")]
        lines = wrap(paras, 90)          # the corpus is already wrapped like a page
        file_pages = _paginate(lines)[:PAGES_PER_FILE]
        pages += file_pages
        # upper-case headings appear in documents: one page of each file upper-cased too
        if file_pages and len(pages) % 3 == 0:
            pages.append([l.upper() for l in file_pages[0]])
    pages += _paginate(lexicon_lines(int(os.environ.get("VANBAN_LEXICON_LINES", "360"))))
    return pages


# variant -> (start, step): which training pages it reads (the slow scan-like renders and the vie
# renders share the pages out, so together they still cover every page once or more)
PAGE_SHARE = {"eng_scan_low": (1, 3), "eng_scan_soft": (2, 3), "eng_low": (0, 2), "eng_bin": (1, 2),
              "vie_noise": (0, 3), "vie_thresh": (1, 3), "vie_jpeg": (2, 3)}


def variant_pages(pages: list[list[str]], variant: str) -> list[list[str]]:
    start, step = PAGE_SHARE.get(variant, (0, 1))
    return pages[start::step]


def cmd_ocr() -> dict[str, list[tuple[str, str]]]:
    pages = training_pages()
    print(f"training pages: {len(pages)}", file=sys.stderr)
    out = {}
    for variant in VARIANTS:
        out[variant] = ocr_pages(variant_pages(pages, variant), variant, "train")
    return out


# --------------------------------------------------------------------------- learning
CHANNELS = {"legacy": ("eng_clean", "eng_scan", "eng_scan_low", "eng_scan_soft", "eng_low", "eng_bin"), "vie": ("vie_noise", "vie_thresh", "vie_jpeg")}
MAX_SEG = 3


def _tokens(line: str, legacy: bool = False) -> list[str]:
    """Word tokens as the restorer sees them (legacy OCR words keep their junk: 'phu@ng', 'ci?')."""
    from extractors.linetokens import word_tokens
    return word_tokens(line, legacy)


def align_tokens(obs: list[str], truth: list[str]) -> list[tuple[str, str]]:
    """Levenshtein alignment of two token lists; returns substituted/equal pairs that look alike."""
    from rapidfuzz.distance import Levenshtein
    from extractors.vietnamese import skeleton
    n, m = len(obs), len(truth)
    so = [skeleton(o) for o in obs]
    st = [skeleton(t) for t in truth]
    INF = 1e9
    d = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if i and d[i - 1][j] + 1 < d[i][j]:
                d[i][j], back[i][j] = d[i - 1][j] + 1, (i - 1, j)
            if j and d[i][j - 1] + 1 < d[i][j]:
                d[i][j], back[i][j] = d[i][j - 1] + 1, (i, j - 1)
            if i and j:
                c = Levenshtein.normalized_distance(so[i - 1], st[j - 1]) * 1.6
                if d[i - 1][j - 1] + c < d[i][j]:
                    d[i][j], back[i][j] = d[i - 1][j - 1] + c, (i - 1, j - 1)
    out = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        if pi == i - 1 and pj == j - 1:
            if Levenshtein.normalized_distance(so[i - 1], st[j - 1]) <= 0.67:
                out.append((obs[i - 1], truth[j - 1]))
        i, j = pi, pj
    return out[::-1]


_VOWEL_BASES = set("aeiouy")


def _initial_cost(t: str, seg: str) -> float:
    """Starting costs of the alignment: OCR junk is blamed on marked vowels rather than on the
    consonants next to them ('tir' for 'từ' is t + 'ir', not 'ti' + 'r')."""
    from extractors.vietnamese import skeleton
    vowel = skeleton(t) in _VOWEL_BASES
    if len(seg) == 0:
        return 3.0 if vowel else 5.0
    if len(seg) == 1:
        if seg == t:
            return 0.0
        if skeleton(seg) == skeleton(t):
            return 0.7
        return 2.0 if vowel else 3.5
    if vowel:
        return 2.0 + len(seg)
    if seg[0] == t:
        return 4.5 + len(seg)
    return 6.0 + len(seg)


def align_chars(obs: str, truth: str, cost) -> list[tuple[str, str]] | None:
    """Each truth letter emits 0..3 observed characters; cheapest segmentation."""
    n, m = len(obs), len(truth)
    INF = 1e18
    d = [[INF] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    d[0][0] = 0.0
    for i in range(1, m + 1):
        t = truth[i - 1]
        for j in range(n + 1):
            best, arg = INF, -1
            for k in range(0, min(MAX_SEG, j) + 1):
                prev = d[i - 1][j - k]
                if prev >= INF:
                    continue
                c = prev + cost(t, obs[j - k:j])
                if c < best:
                    best, arg = c, k
            d[i][j], back[i][j] = best, arg
    if d[m][n] >= INF:
        return None
    out = []
    j = n
    for i in range(m, 0, -1):
        k = back[i][j]
        out.append((truth[i - 1], obs[j - k:j]))
        j -= k
    return out[::-1]


def learn(pairs: list[tuple[str, str]], iterations: int = 3, legacy: bool = False):
    import math
    token_pairs = []
    for obs_line, truth_line in pairs:
        for o, t in align_tokens(_tokens(obs_line, legacy), _tokens(truth_line)):
            token_pairs.append((o.lower(), t.lower()))
    tokens = Counter(token_pairs)
    cost = _initial_cost
    seg_counts: dict[str, Counter] = {}
    for it in range(iterations):
        seg_counts = defaultdict(Counter)
        for (o, t), c in tokens.items():
            if len(o) > 3 * len(t) or len(t) > 12 or len(o) > 14:
                continue
            al = align_chars(o, t, cost)
            if al is None:
                continue
            for tc, seg in al:
                seg_counts[tc][seg] += c
        table = {}
        for tc, cnt in seg_counts.items():
            total = sum(cnt.values()) + 1.0
            table[tc] = {seg: -math.log(c / total) for seg, c in cnt.items()}

        def cost(t, seg, table=table):
            row = table.get(t)
            if row is not None and seg in row:
                return row[seg]
            return _initial_cost(t, seg) + 4.0
    return tokens, seg_counts


def learn_and_write(pairs_by_variant: dict[str, list[tuple[str, str]]]) -> None:
    conf_lines = ["# ocr_confusions.tsv: P(observed segment | true letter) learned by build_confusion.py",
                  "# from Vietnamese training text (the held-out corpus split left out) rendered and read back",
                  "# by Tesseract (legacy: -l eng on scan-like 200/150 dpi renders, poorer ~100 dpi renders and",
                  "# a clean render; vie: -l vie on degraded renders). Columns: channel, true letter (lower",
                  "# case, NFC), observed segment (0-3 characters, may be empty), count.",
                  "# Rebuild: .venv/bin/python dictionaries/build_confusion.py"]
    tok_lines = ["# ocr_tokens.tsv: observed token -> true syllable counts (lower case) learned by",
                 "# build_confusion.py from rendered + OCR'd text. Columns: channel, observed, truth, count.",
                 "# Only pairs seen at least twice. Rebuild: .venv/bin/python dictionaries/build_confusion.py"]
    for channel, variants in CHANNELS.items():
        pairs = [p for v in variants for p in pairs_by_variant.get(v, [])]
        print(f"learn {channel}: {len(pairs)} line pairs", file=sys.stderr)
        tokens, seg_counts = learn(pairs, legacy=channel == "legacy")
        for tc in sorted(seg_counts):
            for seg, c in seg_counts[tc].most_common():
                if c >= 2 or seg == tc:
                    conf_lines.append(f"{channel}\t{tc}\t{seg}\t{c}")
        for (o, t), c in sorted(tokens.items(), key=lambda kv: -kv[1]):
            if c >= 2 and o != t:
                tok_lines.append(f"{channel}\t{o}\t{t}\t{c}")
    (HERE / "ocr_confusions.tsv").write_text("\n".join(conf_lines) + "\n", encoding="utf-8")
    (HERE / "ocr_tokens.tsv").write_text("\n".join(tok_lines) + "\n", encoding="utf-8")
    print(f"wrote ocr_confusions.tsv ({len(conf_lines)} lines), ocr_tokens.tsv ({len(tok_lines)} lines)",
          file=sys.stderr)


if __name__ == "__main__":
    steps = sys.argv[1:] or ["ocr", "learn"]
    if "ocr" not in steps:
        os.environ["VANBAN_OCR_CACHED_ONLY"] = "1"
    pairs = cmd_ocr()
    if "learn" in steps:
        learn_and_write(pairs)
