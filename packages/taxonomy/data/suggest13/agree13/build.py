#!/usr/bin/env python3
"""Build agree13.jsonl from the given notes and four batch files of 15 labels each."""
import json, pathlib
here = pathlib.Path(__file__).parent
texts = [json.loads(l) for l in open(here.parent / 'labelled13.jsonl', encoding='utf-8') if l.strip()]
labels = {}
for i in range(1, 5):
    batch = json.load(open(here / f'batch{i}.json', encoding='utf-8'))
    assert len(batch) == 15, (i, len(batch))
    for b in batch:
        assert b['id'] not in labels, b['id']
        labels[b['id']] = b
assert len(texts) == 60 and set(labels) == {t['id'] for t in texts}
with open(here / 'agree13.jsonl', 'w', encoding='utf-8') as f:
    for t in texts:
        b = labels[t['id']]
        assert 1 <= len(b['terms']) <= 3 and len(b['wrong']) <= 2 and not set(b['terms']) & set(b['wrong'])
        f.write(json.dumps({'id': t['id'], 'text': t['text'], 'terms': b['terms'], 'wrong': b['wrong'], 'why': b['why']}, ensure_ascii=False) + '\n')
print('wrote', len(texts))
