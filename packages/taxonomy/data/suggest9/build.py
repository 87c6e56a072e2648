# Builds labelled9.jsonl from batches/b1.py..b4.py (notes 1-15, 16-30, 31-45, 46-60).
import json, glob, importlib.util
from collections import Counter
def load(f):
    spec = importlib.util.spec_from_file_location(f, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
notes = []
for f in sorted(glob.glob('/work/suggest-eval9/batches/b*.py')):
    notes.extend(load(f).N)
assert len(notes) == 60, len(notes)
with open('/work/suggest-eval9/labelled9.jsonl', 'w') as out:
    for i, n in enumerate(notes, 1):
        o = {'id': f's-{i:03d}', 'text': ' '.join(n['text'].split()), 'terms': n['terms'], 'wrong': n['wrong'], 'why': n['why']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
w = [len(n['text'].split()) for n in notes]
print(len(notes), 'notes; words min/max/mean:', min(w), max(w), round(sum(w)/len(w), 1))
print('terms per note:', Counter(len(n['terms']) for n in notes), 'wrong per note:', Counter(len(n['wrong']) for n in notes))
print('terms:', sorted(Counter(t for n in notes for t in n['terms']).items()))
print('wrong:', Counter(t for n in notes for t in n['wrong']).most_common())
