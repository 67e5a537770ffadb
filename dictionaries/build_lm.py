"""Build the restorer's syllable language model: dictionaries/restore_lm.tsv.gz.

    .venv/bin/python dictionaries/build_lm.py

Counts of syllable 1-, 2- and 3-grams (lower case, NFC, modern tone placement) from:
  - administrative prose written for vanban: dictionaries/corpus/*.txt (team corpus),
    dictionaries/restore_corpus.txt, samples/*.truth.txt (invented documents)
  - the domain dictionaries when present (units.tsv, criteria.tsv, places.tsv, doc_types.tsv):
    their names as phrases
  - word lexicons shipped in the installed wheels: pyvi's models/words.txt (MIT) and
    underthesea's Viet74K.txt (Apache-2.0): in-word syllable bigrams, at a lower weight
  - wordfreq's small_vi list: unigram frequencies
  - general written Vietnamese: the sentences of the POS-tagged VLSP 2013 test output that
    ships inside underthesea's wheel (pipeline/pos_tag/models/.../test_output.txt), at a
    lower weight (GENERAL_WEIGHT)
Tokens that are not syllables are classes: <n> number/code/e-mail (a number written with ',', '.' or
'/' inside, '94,72', '80/114', '12/2025', is one <n>), <x> other word (acronym,
foreign), <p> punctuation between tokens, <s> / </s> line ends.
bench/ text and ../shared seeds are never read, nor the held-out corpus documents
(`heldout_files()`: every corpus file whose number ends in 5, about a tenth of the corpus),
which bench/restore.py renders and OCRs as documents the models have never seen.
Re-run whenever the corpus grows.
"""
from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

LEXICON_WEIGHT = 1.0      # one in-word bigram from a lexicon counts as this many corpus bigrams
GENERAL_WEIGHT = float(__import__("os").environ.get("VANBAN_LM_GENERAL", "0.5"))  # general text
DOMAIN_WEIGHT = 2.0       # one domain dictionary name counts as this many corpus occurrences
WORDFREQ_SCALE = 1.5e4    # wordfreq frequency -> pseudo-count


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def is_heldout(path: Path) -> bool:
    """The held-out split of the team corpus: files 005, 015, ..., 095 (one document in ten,
    every document type represented). Never used to train the LM or the OCR channel."""
    name = Path(path).name
    return Path(path).parent.name == "corpus" and name[:3].isdigit() and name[2] == "5"


def heldout_files() -> list[Path]:
    return [f for f in sorted((HERE / "corpus").glob("*.txt")) if is_heldout(f)]


def corpus_files() -> list[Path]:
    """Training text (the held-out split left out). VANBAN_LM_EXCLUDE (comma-separated name
    fragments) leaves more files out, for development runs (with VANBAN_LM_OUT naming the output)."""
    import os
    files = [f for f in sorted((HERE / "corpus").glob("*.txt")) if not is_heldout(f)]
    files += [HERE / "restore_corpus.txt"]
    files += sorted((ROOT / "samples").glob("*.truth.txt"))
    exclude = [e for e in os.environ.get("VANBAN_LM_EXCLUDE", "").split(",") if e]
    return [f for f in files if f.exists() and not any(e in f.name for e in exclude)]


def line_items(line: str) -> list[str]:
    """A line as LM items (shared with the decoder's view of a line)."""
    from extractors.linetokens import inside_number, spans
    from extractors.vietnamese import is_vietnamese_syllable, normalize_tone
    items = ["<s>"]
    line_spans = spans(nfc(line))
    pairs = [(sp.text, sp.kind) for sp in line_spans]
    for k, sp in enumerate(line_spans):
        if sp.kind in ("sep", "number") and inside_number(pairs, k):
            continue                    # '94,72', '80/114', '12/2025': one <n>
        if sp.kind == "sep":
            if sp.text.strip():
                if items[-1] != "<p>":
                    items.append("<p>")
        elif sp.kind == "word":
            low = sp.text.lower()
            items.append(normalize_tone(low) if is_vietnamese_syllable(low) else "<x>")
        else:
            items.append("<n>")
    items.append("</s>")
    return items


def paragraphs(path: Path) -> list[list[str]]:
    """The non-comment lines of a training file, grouped between blank lines."""
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        out.append(cur)
    return out


def vlsp_sentences() -> list[str]:
    """Sentences of the POS-tagged test output shipped in underthesea's wheel (Apache-2.0 package):
    general written Vietnamese (news, law), a second source of syllable n-grams."""
    import underthesea
    path = (Path(underthesea.__file__).parent / "pipeline" / "pos_tag" / "models" /
            "pos_crf_vlsp2013_20230303" / "test_output.txt")
    if not path.exists():
        return []
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(" ".join(cur))
                cur = []
            continue
        cur.append(line.split("\t")[0])
    if cur:
        out.append(" ".join(cur))
    return out


def domain_phrases() -> list[str]:
    out = []
    for name in ("units.tsv", "criteria.tsv", "places.tsv", "doc_types.tsv", "indices.tsv", "measures.tsv"):
        f = HERE / name
        if not f.exists():
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for cell in re.split(r"[\t|]", line):
                cell = nfc(cell.strip())
                if cell and any(c.isalpha() for c in cell) and len(cell.split()) <= 20:
                    out.append(cell)
    return out


def capitalised_counts() -> Counter:
    """Syllables written with a capital inside a line (names, places, units): their marked forms."""
    from extractors.linetokens import spans
    from extractors.vietnamese import is_vietnamese_syllable, normalize_tone
    caps = Counter()

    def add(text: str, weight: float, skip_first: bool) -> None:
        words = [s.text for s in spans(nfc(text)) if s.kind == "word"]
        for i, w in enumerate(words):
            if (i == 0 and skip_first) or not w[:1].isupper() or w.isupper() and len(w) > 1:
                continue
            low = w.lower()
            if is_vietnamese_syllable(low):
                caps[normalize_tone(low)] += weight
    for f in corpus_files():
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                add(line, 1.0, True)
    for phrase in domain_phrases():
        add(phrase, DOMAIN_WEIGHT, False)
    names = HERE / "restore_names.txt"
    for line in names.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            add(line.strip(), 3.0, False)
    return caps


def lexicon_words() -> set[str]:
    import pyvi
    import underthesea
    words: set[str] = set()
    paths = [Path(pyvi.__file__).parent / "models" / "words.txt",
             Path(underthesea.__file__).parent / "corpus" / "data" / "Viet74K.txt"]
    for p in paths:
        if p.exists():
            for w in p.read_text(encoding="utf-8").splitlines():
                w = nfc(w.strip()).lower()
                if " " in w:
                    words.add(w)
    return words


def build() -> None:
    from extractors.vietnamese import is_vietnamese_syllable, normalize_tone
    uni, bi, tri = Counter(), Counter(), Counter()
    n_lines = 0

    def count(items: list[str], weight: float = 1.0) -> None:
        for i, w in enumerate(items):
            if i:
                uni[w] += weight
                bi[(items[i - 1], w)] += weight
            if i >= 2:
                tri[(items[i - 2], items[i - 1], w)] += weight

    for f in corpus_files():
        # a paragraph (lines between blank lines) is one sequence, as the restorer decodes it
        # (restore_lines); each line's own start and end are counted too, for lines restored alone
        for para in paragraphs(f):
            n_lines += len(para)
            seqs = [line_items(line) for line in para]
            joined = ["<s>"] + [w for items in seqs for w in items[1:-1]] + ["</s>"]
            count(joined)
            for k, items in enumerate(seqs):
                if k:
                    bi[tuple(items[:2])] += 1
                    if len(items) >= 3:
                        tri[tuple(items[:3])] += 1
                if k < len(seqs) - 1:
                    tail = items[-3:]
                    uni[tail[-1]] += 1
                    bi[(tail[-2], tail[-1])] += 1
                    if len(tail) == 3:
                        tri[tuple(tail)] += 1
    for line in vlsp_sentences():
        items = line_items(line)
        for i, w in enumerate(items):
            if i:
                uni[w] += GENERAL_WEIGHT
                bi[(items[i - 1], w)] += GENERAL_WEIGHT
            if i >= 2:
                tri[(items[i - 2], items[i - 1], w)] += GENERAL_WEIGHT
    corpus_tokens = sum(uni.values())
    caps = capitalised_counts()
    for phrase in domain_phrases():
        items = [i for i in line_items(phrase)[1:-1]]
        for i, w in enumerate(items):
            uni[w] += DOMAIN_WEIGHT
            if i:
                bi[(items[i - 1], w)] += DOMAIN_WEIGHT
            if i >= 2:
                tri[(items[i - 2], items[i - 1], w)] += DOMAIN_WEIGHT
    lex_uni = Counter()
    for word in lexicon_words():
        syls = word.split()
        if not all(is_vietnamese_syllable(s) for s in syls):
            continue
        syls = [normalize_tone(s) for s in syls]
        for i, s in enumerate(syls):
            lex_uni[s] += 1
            if i:
                bi[(syls[i - 1], s)] += LEXICON_WEIGHT
    from wordfreq import get_frequency_dict
    freqs = get_frequency_dict("vi", wordlist="small")
    wf = Counter()
    for w, f in freqs.items():
        w = nfc(w).lower()
        if is_vietnamese_syllable(w):
            wf[normalize_tone(w)] += f * WORDFREQ_SCALE
    for w, c in lex_uni.items():
        uni[w] += 0.05 * c
    for w, c in wf.items():
        uni[w] += c
    import os
    out = Path(os.environ.get("VANBAN_LM_OUT", HERE / "restore_lm.tsv.gz"))
    header = [
        "# restore_lm.tsv.gz: syllable n-gram counts for the diacritics restorer (extractors/langmodel.py).",
        f"# Built by dictionaries/build_lm.py from {n_lines} corpus lines ({corpus_tokens} items) of",
        "# vanban's own administrative prose (dictionaries/corpus less its held-out split 005, 015, ...,",
        "# 095; restore_corpus.txt; samples truth), a paragraph counted as one sequence plus each line's",
        "# own start and end,",
        "# the domain dictionaries, pyvi words.txt (MIT) + underthesea Viet74K (Apache-2.0) in-word",
        f"# bigrams (weight {LEXICON_WEIGHT}), wordfreq small_vi unigrams (x{WORDFREQ_SCALE:g}) and the",
        f"# VLSP 2013 POS test sentences shipped in underthesea's wheel (weight {GENERAL_WEIGHT}).",
        "# Columns: order, n-gram (space-separated items), count. Classes: <s> </s> <p> <n> <x>.",
        "# Order 'C': counts of syllables written capitalised inside a line (names, places: corpus,",
        "# domain dictionaries, restore_names.txt), lower-cased.",
    ]
    def ranked(counter: Counter) -> list:
        return sorted(counter.items(), key=lambda kc: (-kc[1], kc[0]))     # ties in a fixed order: same bytes each build

    # mtime=0: the same counts give the same file
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as raw, \
            __import__("io").TextIOWrapper(raw, encoding="utf-8") as fh:
        fh.write("\n".join(header) + "\n")
        for w, c in ranked(uni):
            fh.write(f"1\t{w}\t{c:.3g}\n")
        for k, c in ranked(bi):
            fh.write(f"2\t{' '.join(k)}\t{c:.3g}\n")
        for w, c in ranked(caps):
            fh.write(f"C\t{w}\t{c:.3g}\n")
        for k, c in ranked(tri):
            if c >= 1:
                fh.write(f"3\t{' '.join(k)}\t{c:.3g}\n")
    print(f"wrote {out.name}: {len(uni)} unigrams, {len(bi)} bigrams, {len(tri)} trigrams, "
          f"{n_lines} corpus lines, {out.stat().st_size // 1024} KiB", file=sys.stderr)


if __name__ == "__main__":
    build()
