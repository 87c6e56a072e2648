# Builds labelled6.jsonl from batches/b1.py..b4.py (notes 1-15, 16-30, 31-45, 46-60).
# Each note is a dict with g (genre, kept out of the jsonl), text, terms, wrong, why.
import json, glob, importlib.util
from collections import Counter
def load(f):
    spec = importlib.util.spec_from_file_location(f, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
notes = []
for f in sorted(glob.glob('/work/suggest-eval6/batches/b*.py')):
    notes.extend(load(f).N)
with open('/work/suggest-eval6/labelled6.jsonl', 'w') as out:
    for i, n in enumerate(notes, 1):
        o = {'id': f's-{i:03d}', 'text': ' '.join(n['text'].split()), 'terms': n['terms'], 'wrong': n['wrong'], 'why': n['why']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
w = [len(n['text'].split()) for n in notes]
print(len(notes), 'notes; words min/max/mean:', min(w), max(w), round(sum(w)/len(w), 1))
print('short/long:', [(i+1, x) for i, x in enumerate(w) if x < 70 or x > 160])
g = {}
for i, n in enumerate(notes, 1): g.setdefault(n['g'], []).append(i)
for k, v in g.items(): print(k, v)
c = Counter(t for n in notes for t in n['terms']); print(sorted(c.items(), key=lambda x: -x[1]))
print('terms per note', Counter(len(n['terms']) for n in notes), 'wrong per note', Counter(len(n['wrong']) for n in notes))
print('wrong', sorted(Counter(t for n in notes for t in n['wrong']).items(), key=lambda x: -x[1]))
