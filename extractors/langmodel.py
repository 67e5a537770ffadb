"""Syllable n-gram language model of the restorer (Witten-Bell interpolation).

Counts come from dictionaries/restore_lm.tsv.gz (built by dictionaries/build_lm.py;
VANBAN_RESTORE_LM names another file, for held-out development runs). Costs are negative
natural logs. Loaded once per process: `model()`; `cost3` reads precomputed tables.

    lm = model()
    lm.unigram_cost(w)          -ln P(w)
    lm.bigram_cost(v, w)        -ln P(w | v)
    lm.trigram_cost(u, v, w)    -ln P(w | u v)
"""
from __future__ import annotations

import gzip
import math
import os
from functools import lru_cache

import dictionaries

BETA = float(os.environ.get("VANBAN_LM_BETA", "0"))   # extra back-off mass (Witten-Bell prior)


class LanguageModel:
    def __init__(self, path=None):
        path = path or os.environ.get("VANBAN_RESTORE_LM") or dictionaries.path("restore_lm.tsv.gz")
        uni: dict[str, float] = {}
        bi: dict[tuple[str, str], float] = {}
        tri: dict[tuple[str, str, str], float] = {}
        caps: dict[str, float] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                order, gram, count = line.rstrip("\n").split("\t")
                c = float(count)
                if order == "1":
                    uni[gram] = c
                elif order == "C":
                    caps[gram] = c
                elif order == "2":
                    bi[tuple(gram.split(" "))] = c
                else:
                    tri[tuple(gram.split(" "))] = c
        total = sum(uni.values())
        # unseen syllables of the inventory get a small floor (a fraction of one count)
        self.floor_cost = -math.log(0.05 / total)
        self.uni = {w: -math.log(c / total) for w, c in uni.items()}
        self.uni_p = {w: c / total for w, c in uni.items()}
        # Witten-Bell interpolation: P(w|v) = (c(v,w) + T(v) P(w)) / (c(v) + T(v)),
        # T(v) = (weighted) number of distinct followers of v; works with fractional counts.
        ctx: dict[str, float] = {}
        types: dict[str, float] = {}
        for (v, w), c in bi.items():
            ctx[v] = ctx.get(v, 0.0) + c
            types[v] = types.get(v, 0.0) + min(c, 1.0)
        self.bi = bi
        self.ctx_inv = {v: 1.0 / (c + types[v] + BETA) for v, c in ctx.items()}
        self.ctx_lam = {v: (types[v] + BETA) / (c + types[v] + BETA) for v, c in ctx.items()}
        tctx: dict[tuple[str, str], float] = {}
        ttypes: dict[tuple[str, str], float] = {}
        for (u, v, w), c in tri.items():
            tctx[(u, v)] = tctx.get((u, v), 0.0) + c
            ttypes[(u, v)] = ttypes.get((u, v), 0.0) + min(c, 1.0)
        self.tri = tri
        self.tctx_inv = {k: 1.0 / (c + ttypes[k] + BETA) for k, c in tctx.items()}
        self.tctx_lam = {k: (ttypes[k] + BETA) / (c + ttypes[k] + BETA) for k, c in tctx.items()}
        self.floor_p = 0.05 / total
        self.caps = caps
        # precomputed costs: seen n-grams get their interpolated cost, unseen ones back off
        # additively in log space (exact for Witten-Bell: P = lambda * P_lower)
        log = math.log
        self.lam_cost = {v: -log(l) for v, l in self.ctx_lam.items()}
        self.bi_cost = {(v, w): -log(self.bigram_p(v, w)) for (v, w) in bi}
        self.tlam_cost = {k: -log(l) for k, l in self.tctx_lam.items()}
        self.tri_cost = {(u, v, w): self.trigram_cost(u, v, w) for (u, v, w) in tri}

    def unigram_cost(self, w: str) -> float:
        return self.uni.get(w, self.floor_cost)

    def bigram_p(self, v: str, w: str) -> float:
        pu = self.uni_p.get(w, self.floor_p)
        inv = self.ctx_inv.get(v)
        if inv is None:
            return pu
        c = self.bi.get((v, w), 0.0)
        return c * inv + self.ctx_lam[v] * pu

    def bigram_cost(self, v: str, w: str) -> float:
        return -math.log(self.bigram_p(v, w))

    def trigram_cost(self, u: str, v: str, w: str) -> float:
        pb = self.bigram_p(v, w)
        inv = self.tctx_inv.get((u, v))
        if inv is None:
            return -math.log(pb)
        c = self.tri.get((u, v, w), 0.0)
        return -math.log(c * inv + self.tctx_lam[(u, v)] * pb)

    def cost3(self, u: str, v: str, w: str) -> float:
        """Fast -ln P(w | u v) from the precomputed tables (same value as trigram_cost)."""
        c = self.tri_cost.get((u, v, w))
        if c is not None:
            return c
        b = self.bi_cost.get((v, w))
        if b is None:
            b = self.lam_cost.get(v, 0.0) + self.uni.get(w, self.floor_cost)
        return self.tlam_cost.get((u, v), 0.0) + b

    def known(self, w: str) -> bool:
        return w in self.uni


@lru_cache(maxsize=1)
def model() -> LanguageModel:
    """The model, built from its counts once, then read ready-built (extractors/modelcache.py)."""
    from pathlib import Path

    from extractors.modelcache import cached
    path = Path(os.environ.get("VANBAN_RESTORE_LM") or dictionaries.path("restore_lm.tsv.gz"))
    return cached(f"restore-lm-beta{BETA:g}", lambda: LanguageModel(path), [path], __file__)
