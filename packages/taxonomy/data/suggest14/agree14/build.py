#!/usr/bin/env python3
"""Build agree14.jsonl from the given notes and four batch files of 15 labels each."""
import json, pathlib
here = pathlib.Path(__file__).parent
texts = [json.loads(l) for l in open(here.parent / 'labelled14.jsonl', encoding='utf-8') if l.strip()]
labels = {}
for b in sorted(here.glob('batch_*.json')):
    batch = json.load(open(b, encoding='utf-8'))
    assert len(batch) == 15, (b, len(batch))
    for r in batch:
        assert r['id'] not in labels, r['id']
        labels[r['id']] = r
assert len(texts) == 60 and set(labels) == {t['id'] for t in texts}
with open(here / 'agree14.jsonl', 'w', encoding='utf-8') as f:
    for t in texts:
        r = labels[t['id']]
        f.write(json.dumps({'id': t['id'], 'text': t['text'], 'terms': r['terms'], 'wrong': r['wrong'], 'why': r['why']}, ensure_ascii=False) + '\n')
print('wrote', len(texts))
