"""Build labelled15.jsonl from batch1-3.py. Run: python3 build.py
Checks the brief's own limits (60-150 words, 1-3 terms, 1-2 wrong, no term in more than 8 notes,
only active ids of koers-v5-2024-09) before writing, and prints counts for the README."""
import collections, json, re, sys
from pathlib import Path
import batch1, batch2, batch3

HERE = Path(__file__).parent
VOCAB = HERE / '..' / '..' / '..' / '..' / 'taxonomy' / 'koers-v5-2024-09.yaml'

def active_terms():
    kind, facet, out, cur, section = {}, {}, {}, None, None
    for line in VOCAB.read_text(encoding='utf8').splitlines():
        m = re.match(r'^([a-z_]+):', line)
        if m:
            section = m.group(1); cur = None; continue
        m = re.match(r'^- id:\s*(\S+)', line)
        if m:
            cur = m.group(1) if section == 'terms' else None
            if cur: out[cur] = {}
            continue
        m = re.match(r'^  (kind|facet|status):\s*(\S+)', line)
        if cur and m:
            out[cur][m.group(1)] = m.group(2)
    return {k: v for k, v in out.items() if v.get('status') == 'active'}

notes = batch1.NOTES + batch2.NOTES + batch3.NOTES
terms = active_terms()
errors = []
assert [n['n'] for n in notes] == list(range(1, 61)), 'notes must be numbered 1..60'
for n in notes:
    w = len(n['text'].split())
    if not 60 <= w <= 150: errors.append(f"s-{n['n']:03d}: {w} words")
    if not 1 <= len(n['terms']) <= 3: errors.append(f"s-{n['n']:03d}: {len(n['terms'])} terms")
    if not 1 <= len(n['wrong']) <= 2: errors.append(f"s-{n['n']:03d}: {len(n['wrong'])} wrong")
    for t in n['terms'] + n['wrong']:
        if t not in terms: errors.append(f"s-{n['n']:03d}: {t} not active")
    if set(n['terms']) & set(n['wrong']): errors.append(f"s-{n['n']:03d}: overlap")
count = collections.Counter(t for n in notes for t in n['terms'])
for t, c in count.items():
    if c > 8: errors.append(f'{t} in {c} notes')
if errors:
    print('\n'.join(errors)); sys.exit(1)

with open(HERE / 'labelled15.jsonl', 'w', encoding='utf8') as f:
    for n in notes:
        f.write(json.dumps({'id': f"s-{n['n']:03d}", 'text': n['text'], 'terms': n['terms'],
                            'wrong': n['wrong'], 'why': n['why']}, ensure_ascii=False) + '\n')

# ---- statistics for the README
words = [len(n['text'].split()) for n in notes]
print(f'notes {len(notes)}; words min {min(words)} max {max(words)} mean {sum(words)/len(words):.0f}')
print('terms per note:', dict(sorted(collections.Counter(len(n["terms"]) for n in notes).items())))
print('wrong per note:', dict(sorted(collections.Counter(len(n["wrong"]) for n in notes).items())))
print('chosen labels per kind:', dict(collections.Counter(terms[t]['kind'] for n in notes for t in n['terms'])))
print('chosen labels per facet:', dict(collections.Counter(terms[t]['facet'] for n in notes for t in n['terms'])))
print('uncovered:', [t for t in terms if t not in count])
print('max per term:', max(count.values()), [t for t, c in count.items() if c == max(count.values())])
print('term counts:', dict(sorted(count.items())))
print('wrong counts:', dict(sorted(collections.Counter(t for n in notes for t in n['wrong']).items(), key=lambda x: -x[1])))
g = collections.defaultdict(list)
for n in notes: g[n['genre']].append(n['n'])
print('genres:', {k: v for k, v in g.items()})
l = collections.defaultdict(list)
for n in notes: l[n['life']].append(n['n'])
print('life:', dict(l))
print('length bands:', collections.Counter('60-79' if w < 80 else '80-99' if w < 100 else '100-119' if w < 120 else '120-150' for w in words))
