#!/usr/bin/env python3
"""Write labelled13.jsonl from batch1..batch4 (ids s-001..s-060 in order) and print counts.

Usage: python3 build.py
"""
import collections
import json
import os
import re

import batch1
import batch2
import batch3
import batch4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "labelled13.jsonl")
VOCAB = "/work/writer-kit/koers-v5-2024-09-no-keywords.yaml"


def active_terms(path):
    """id -> (kind, facet) for terms with status active (line-based, like the validator)."""
    terms, cur, section = {}, None, None
    for line in open(path, encoding="utf8"):
        top = re.match(r"^([a-z_]+):", line)
        if top:
            section, cur = top.group(1), None
            continue
        m = re.match(r"^- id:\s*(\S+)", line)
        if m:
            cur = {"id": m.group(1)} if section == "terms" else None
            if cur:
                terms[cur["id"]] = cur
            continue
        if cur:
            f = re.match(r"^  (kind|facet|status):\s*(\S+)", line)
            if f:
                cur[f.group(1)] = f.group(2)
    return {k: v for k, v in terms.items() if v.get("status") == "active"}


def main():
    notes = batch1.NOTES + batch2.NOTES + batch3.NOTES + batch4.NOTES
    assert len(notes) == 60, len(notes)
    vocab = active_terms(VOCAB)
    rows = []
    for i, n in enumerate(notes, 1):
        for t in n["terms"] + n["wrong"]:
            assert t in vocab, (i, t)
        assert 1 <= len(n["terms"]) <= 3 and 1 <= len(n["wrong"]) <= 2, i
        assert not set(n["terms"]) & set(n["wrong"]), i
        rows.append({"id": f"s-{i:03d}", "text": n["text"], "terms": n["terms"], "wrong": n["wrong"], "why": n["why"]})
    with open(OUT, "w", encoding="utf8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- counts for the README ----
    words = [len(r["text"].split()) for r in rows]
    print(f"wrote {OUT}: {len(rows)} notes")
    bins = collections.Counter("60-80" if w <= 80 else "81-130" if w <= 130 else "131-180" if w <= 180 else ">180" for w in words)
    print("words: min", min(words), "max", max(words), "mean", round(sum(words) / len(words), 1), dict(bins))
    print("terms per note:", dict(sorted(collections.Counter(len(r["terms"]) for r in rows).items())))
    print("wrong per note:", dict(sorted(collections.Counter(len(r["wrong"]) for r in rows).items())))
    tc = collections.Counter(t for r in rows for t in r["terms"])
    wc = collections.Counter(t for r in rows for t in r["wrong"])
    kinds = collections.Counter(vocab[t]["kind"] for r in rows for t in r["terms"])
    facets = collections.Counter(vocab[t]["facet"] for r in rows for t in r["terms"])
    print("labels per kind:", dict(kinds))
    print("labels per facet:", dict(facets))
    missing = [t for t in vocab if t not in tc]
    print("uncovered terms:", missing)
    print("max per term:", max(tc.values()), [t for t, c in tc.items() if c == max(tc.values())])
    for t in vocab:
        print(f"  {t:40s} terms {tc.get(t, 0):2d}  wrong {wc.get(t, 0):2d}")
    print("genres:")
    g = collections.defaultdict(list)
    for i, n in enumerate(notes, 1):
        g[n["genre"]].append(i)
    for k, v in g.items():
        print(f"  {k}: {', '.join(f's-{i:03d}' for i in v)}")
    for r, w in zip(rows, words):
        print(r["id"], w, len(r["terms"]), r["terms"])


if __name__ == "__main__":
    main()
