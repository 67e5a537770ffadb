"""Precompute the restorer's candidate lists for frequent observed tokens:
dictionaries/ocr_candidates.tsv.gz.

    .venv/bin/python dictionaries/build_candidates.py     # after build_lm.py and build_confusion.py

The channel search of extractors/confusion.py costs milliseconds per distinct token; this
table holds its result for the tokens old scans and Tesseract produce most: every token
observed in the training OCR (the cache of build_confusion.py), and the likeliest
renderings of the most frequent syllables under the learned channel. Tokens not in the
table are searched at run time as before (same result, slower).
"""
from __future__ import annotations

import gzip
import heapq
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

TOP_SYLLABLES = {"legacy": 5000, "vie": 6000}
RENDERINGS = {"legacy": 8, "vie": 3}
KEEP = 16


def renderings(syl: str, ch, n: int) -> list[str]:
    """The n likeliest observed forms of `syl` under channel `ch` (beam over letters)."""
    beam = [(0.0, "")]
    for t in syl:
        row = ch.cost_table.get(t) or {t: 0.0}
        options = sorted(row.items(), key=lambda kv: kv[1])[:3]
        beam = heapq.nsmallest(n * 2, ((c + oc, s + seg) for c, s in beam for seg, oc in options))
    out = []
    for _, s in sorted(beam):
        if s and s not in out:
            out.append(s)
    return out[:n]


def observed_tokens(channel: str) -> set[str]:
    import unicodedata
    import build_confusion as bc
    os.environ["VANBAN_OCR_CACHED_ONLY"] = "1"
    pages = bc.training_pages()
    out = set()
    for v in bc.CHANNELS[channel]:
        for obs, _ in bc.ocr_pages(bc.variant_pages(pages, v), v, "candidates"):
            for tok in bc._tokens(obs, channel == "legacy"):
                out.add(unicodedata.normalize("NFKC", tok).lower() if channel == "legacy" else tok.lower())
    return out


def build() -> None:
    from extractors import confusion
    from extractors.langmodel import model
    lm = model()
    syllables = sorted((w for w in lm.uni if not w.startswith("<")), key=lm.unigram_cost)
    lines = ["# ocr_candidates.tsv.gz: precomputed candidate syllables of extractors/confusion.py for",
             "# frequent observed tokens. Built by dictionaries/build_candidates.py from the learned",
             "# channel (ocr_confusions.tsv) and the LM's unigram costs (restore_lm.tsv.gz).",
             "# Columns: channel, observed token (lower case), candidates 'syllable:cost' (space-separated).",
             "# Rebuild after build_lm.py and build_confusion.py."]
    for channel in ("legacy", "vie"):
        ch = confusion.channel(channel)
        forms = observed_tokens(channel)
        for syl in syllables[:TOP_SYLLABLES[channel]]:
            forms.update(renderings(syl, ch, RENDERINGS[channel]))
            if channel == "vie":
                forms.add(syl)
        forms = sorted(f for f in forms if 0 < len(f) <= 9)
        print(f"{channel}: {len(forms)} forms", file=sys.stderr, flush=True)
        for i, form in enumerate(forms):
            cands = confusion.search_candidates(form, channel)
            if not cands:
                continue
            cands = sorted(cands, key=lambda sc: sc[1] + lm.unigram_cost(sc[0]))[:KEEP]
            lines.append(f"{channel}\t{form}\t" + " ".join(f"{s}:{c:.2f}" for s, c in cands))
            if i % 5000 == 0:
                print(f"  {channel} {i}/{len(forms)}", file=sys.stderr, flush=True)
    out = HERE / "ocr_candidates.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {out.name}: {len(lines)} lines, {out.stat().st_size // 1024} KiB", file=sys.stderr)


if __name__ == "__main__":
    build()
