# Builds labelled10.jsonl from batches/b1.py..b4.py (notes 1-15, 16-30, 31-45, 46-60).
# Whitespace in texts is collapsed; ids are numbered s-001..s-060 in batch order.
import json, glob, importlib.util
from collections import Counter
def load(f):
    spec = importlib.util.spec_from_file_location(f, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
notes = []
for f in sorted(glob.glob('/work/suggest-eval10/batches/b*.py')):
    notes.extend(load(f).N)
with open('/work/suggest-eval10/labelled10.jsonl', 'w') as out:
    for i, n in enumerate(notes, 1):
        o = {'id': f's-{i:03d}', 'text': ' '.join(n['text'].split()), 'terms': n['terms'], 'wrong': n['wrong'], 'why': n['why']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
words = [len(n['text'].split()) for n in notes]
print(len(notes), 'notes; words min/max/mean:', min(words), max(words), round(sum(words)/len(words), 1))
print('short/long:', [(i+1, w) for i, w in enumerate(words) if w < 60 or w > 160])
c = Counter(t for n in notes for t in n['terms']); w = Counter(t for n in notes for t in n['wrong'])
print('terms per note:', Counter(len(n['terms']) for n in notes), 'total', sum(c.values()))
print('wrong per note:', Counter(len(n['wrong']) for n in notes), 'total', sum(w.values()))
print('terms:', sorted(c.items(), key=lambda x: -x[1]))
print('wrong:', sorted(w.items(), key=lambda x: -x[1]))
