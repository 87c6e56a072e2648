"""Build labelled16.jsonl from the four batch files and print counts for the README.

Usage: python3 build.py
"""
import collections
import json
import pathlib
import re

import batch1
import batch2
import batch3
import batch4

HERE = pathlib.Path(__file__).resolve().parent
VOCAB = HERE / '..' / '..' / '..' / '..' / 'taxonomy' / 'koers-v5-2024-09.yaml'


def read_vocab():
    """Return {id: (kind, facet)} for active terms, read line by line (no YAML library needed)."""
    terms, cur, section = {}, None, None
    for line in VOCAB.read_text(encoding="utf-8").splitlines():
        top = re.match(r"^([a-z_]+):", line)
        if top:
            section, cur = top.group(1), None
            continue
        item = re.match(r"^- id:\s*(\S+)", line)
        if item:
            cur = item.group(1) if section == "terms" else None
            if cur:
                terms[cur] = {}
            continue
        field = re.match(r"^  (kind|facet|status):\s*(\S+)", line)
        if field and cur:
            terms[cur][field.group(1)] = field.group(2)
    return {k: v for k, v in terms.items() if v.get("status") == "active"}


def main():
    vocab = read_vocab()
    notes = batch1.NOTES + batch2.NOTES + batch3.NOTES + batch4.NOTES
    assert len(notes) == 60, len(notes)
    out, chosen, wrong = [], collections.Counter(), collections.Counter()
    genres = collections.defaultdict(list)
    per_note = collections.Counter()
    kinds = collections.Counter()
    facets = collections.Counter()
    trap_only = []
    words = []
    for i, n in enumerate(notes, 1):
        nid = f"s-{i:03d}"
        assert 1 <= len(n["terms"]) <= 3, nid
        assert 1 <= len(n["wrong"]) <= 2, nid
        for t in n["terms"] + n["wrong"]:
            assert t in vocab, (nid, t)
        assert not set(n["terms"]) & set(n["wrong"]), nid
        text = " ".join(n["text"].split())
        words.append(len(text.split()))
        out.append({"id": nid, "text": text, "terms": n["terms"], "wrong": n["wrong"], "why": n["why"]})
        chosen.update(n["terms"])
        wrong.update(n["wrong"])
        genres[n["genre"]].append(i)
        per_note[len(n["terms"])] += 1
        for t in n["terms"]:
            kinds[vocab[t]["kind"]] += 1
            facets[vocab[t]["facet"]] += 1
        if n["trap_only"]:
            trap_only.append(i)
    (HERE / "labelled16.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8"
    )
    print("notes:", len(out), "words min/max/mean:", min(words), max(words), round(sum(words) / len(words), 1))
    print("outside 70-130 words:", [(f"s-{i:03d}", w) for i, w in enumerate(words, 1) if not 70 <= w <= 130])
    print("terms per note:", dict(sorted(per_note.items())), "total", sum(chosen.values()))
    print("per kind:", dict(kinds))
    print("per facet:", dict(facets))
    print("max per term:", max(chosen.values()), [t for t, c in chosen.items() if c > 8])
    print("uncovered:", [t for t in vocab if t not in chosen])
    print("term counts:", dict(sorted(chosen.items())))
    print("wrong counts:", dict(wrong.most_common()), "total", sum(wrong.values()))
    print("genres:", {g: v for g, v in genres.items()})
    print("trap-only notes:", trap_only, len(trap_only))


if __name__ == "__main__":
    main()
