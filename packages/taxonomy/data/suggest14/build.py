"""Write labelled14.jsonl from batch1-4.py and print counts (terms per note, per kind, per term, wrong)."""
import json, re, collections, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
notes = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    notes += __import__(b).NOTES
kinds = {}
for line in open(os.path.join(here, "..", "..", "..", "..", "taxonomy", "koers-v5-2024-09.yaml"), encoding="utf8"):
    m = re.match(r"^- id:\s*(\S+)", line)
    if m: cur = m.group(1)
    m = re.match(r"^  facet:\s*(\S+)", line)
    if m and cur: kinds[cur] = m.group(1)
with open(os.path.join(here, "labelled14.jsonl"), "w", encoding="utf8") as f:
    for n in notes:
        o = {"id": n["id"], "text": n["text"], "terms": n["terms"], "wrong": n["wrong"], "why": n["why"]}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
ids = [n["id"] for n in notes]
assert ids == [f"s-{i:03d}" for i in range(1, 61)], ids
words = [len(n["text"].split()) for n in notes]
print("notes", len(notes), "words min/median/max", min(words), sorted(words)[30], max(words))
print("60-90 words:", sum(60 <= w <= 90 for w in words), "91-130:", sum(91 <= w <= 130 for w in words), ">130:", sum(w > 130 for w in words))
print("short (<62):", [(n["id"], w) for n, w in zip(notes, words) if w < 62])
print("terms per note:", collections.Counter(len(n["terms"]) for n in notes))
print("wrong per note:", collections.Counter(len(n["wrong"]) for n in notes))
tc = collections.Counter(t for n in notes for t in n["terms"])
wc = collections.Counter(t for n in notes for t in n["wrong"])
print("labels per facet:", collections.Counter(kinds[t] for n in notes for t in n["terms"]))
print("max per term:", tc.most_common(3))
print("unused terms:", [t for t in kinds if t not in tc and t not in ("missie",)])
print("wrong ids:", wc.most_common())
