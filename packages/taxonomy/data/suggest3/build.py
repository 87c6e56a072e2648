# Builds labelled3.jsonl from batches/b1.py..b4.py (notes 1-15, 16-30, 31-45, 46-60)
# plus batches/patches.py (extra `wrong` ids and appended text, by note number).
import json, glob, importlib.util
def load(f):
    spec = importlib.util.spec_from_file_location(f, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
notes = []
for f in sorted(glob.glob('/work/suggest-eval3/batches/b*.py')):
    notes.extend(load(f).N)
P = load('/work/suggest-eval3/batches/patches.py')
for i, n in enumerate(notes, 1):
    n['wrong'] = n['wrong'] + [w for w in P.WRONG.get(i, []) if w not in n['wrong']]
    if i in P.EXTRA: n['text'] = n['text'] + ' ' + P.EXTRA[i]
with open('/work/suggest-eval3/labelled3.jsonl', 'w') as out:
    for i, n in enumerate(notes, 1):
        o = {'id': f's-{i:03d}', 'text': ' '.join(n['text'].split()), 'terms': n['terms'], 'wrong': n['wrong'], 'why': n['why']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
from collections import Counter
c = Counter(t for n in notes for t in n['terms'])
print(len(notes), 'notes; words:', [len(n['text'].split()) for n in notes])
print(sorted(c.items(), key=lambda x: x[0]))
