# Builds labelled7.jsonl from batches/b1.py..b4.py (notes 1-15, 16-30, 31-45, 46-60).
import json, glob, importlib.util
from collections import Counter
def load(f):
    spec = importlib.util.spec_from_file_location(f, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
notes = []
for f in sorted(glob.glob('/work/suggest-eval7/batches/b*.py')):
    notes.extend(load(f).N)
with open('/work/suggest-eval7/labelled7.jsonl', 'w') as out:
    for i, n in enumerate(notes, 1):
        o = {'id': f's-{i:03d}', 'text': ' '.join(n['text'].split()), 'terms': n['terms'], 'wrong': n['wrong'], 'why': n['why']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
w = [len(n['text'].split()) for n in notes]
print(len(notes), 'notes; words min/max/mean:', min(w), max(w), round(sum(w)/len(w)), [i+1 for i, x in enumerate(w) if x < 70 or x > 160])
c = Counter(t for n in notes for t in n['terms']); cw = Counter(t for n in notes for t in n['wrong'])
print('terms', sorted(c.items(), key=lambda x: -x[1]))
print('wrong', sorted(cw.items(), key=lambda x: -x[1]))
print('genres', Counter(n['genre'] for n in notes))
print('terms per note', Counter(len(n['terms']) for n in notes), 'wrong per note', Counter(len(n['wrong']) for n in notes))
