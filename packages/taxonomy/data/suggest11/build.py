#!/usr/bin/env python3
"""Write labelled11.jsonl from batch1-3 and print statistics for the README.
Keys in the output: exactly id, text, terms, wrong, why (genre and phase stay in the batch files)."""
import json, re, sys, collections, pathlib
import batch1, batch2, batch3

here = pathlib.Path(__file__).parent
notes = batch1.NOTES + batch2.NOTES + batch3.NOTES

# vocabulary: active ids, kinds and facets from the no-keywords file (read line by line, like the validator)
vocab = {}
cur = None
section = None
for line in open('/work/writer-kit/koers-v5-2024-09-no-keywords.yaml', encoding='utf8'):
    m = re.match(r'^([a-z_]+):', line)
    if m:
        section = m.group(1); cur = None; continue
    m = re.match(r'^- id:\s*(\S+)', line)
    if m and section == 'terms':
        cur = m.group(1); vocab[cur] = {}; continue
    m = re.match(r'^  (kind|facet|status):\s*(\S+)', line)
    if m and cur and section == 'terms':
        vocab[cur][m.group(1)] = m.group(2)
active = {k: v for k, v in vocab.items() if v.get('status') == 'active'}

errors = []
out = []
terms_n = collections.Counter(); wrong_n = collections.Counter()
for i, n in enumerate(notes, 1):
    text = ' '.join(n['text'].split())
    words = len(text.split())
    if n['id'] != f's-{i:03d}': errors.append(f"{n['id']}: expected s-{i:03d}")
    if not 70 <= words <= 130: errors.append(f"{n['id']}: {words} words")
    if not 1 <= len(n['terms']) <= 3: errors.append(f"{n['id']}: {len(n['terms'])} terms")
    if not 1 <= len(n['wrong']) <= 2: errors.append(f"{n['id']}: {len(n['wrong'])} wrong")
    for t in n['terms'] + n['wrong']:
        if t not in active: errors.append(f"{n['id']}: {t} not active")
    if set(n['terms']) & set(n['wrong']): errors.append(f"{n['id']}: overlap")
    terms_n.update(n['terms']); wrong_n.update(n['wrong'])
    out.append({'id': n['id'], 'text': text, 'terms': n['terms'], 'wrong': n['wrong'], 'why': n['why']})
for t, c in terms_n.items():
    if c > 8: errors.append(f"{t} in {c} notes (max 8)")
missing = [t for t in active if t not in terms_n]

with open(here / 'labelled11.jsonl', 'w', encoding='utf8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

if '--stats' in sys.argv:
    wc = [len(o['text'].split()) for o in out]
    print(f"notes {len(out)}; words min {min(wc)} max {max(wc)} mean {sum(wc)/len(wc):.0f}")
    print('terms per note:', dict(sorted(collections.Counter(len(n['terms']) for n in notes).items())))
    print('wrong per note:', dict(sorted(collections.Counter(len(n['wrong']) for n in notes).items())))
    kinds = collections.Counter(active[t]['kind'] for n in notes for t in n['terms'])
    print('chosen labels per kind:', dict(kinds))
    facets = collections.Counter(active[t]['facet'] for n in notes for t in n['terms'])
    print('chosen labels per facet:', dict(facets))
    print('terms (count):', ', '.join(f'{t} {c}' for t, c in terms_n.most_common()))
    print('wrong (count):', ', '.join(f'{t} {c}' for t, c in wrong_n.most_common()))
    print('not covered:', missing)
    g = collections.defaultdict(list)
    for n in notes: g[n['genre']].append(n['id'][2:])
    for k, v in g.items(): print(f'genre {k}: {", ".join(v)}')
    for n in notes: print(n['id'], n['phase'])
if errors:
    print('ERRORS:'); [print(' ', e) for e in errors]; sys.exit(1)
print(f'wrote {len(out)} notes to labelled11.jsonl')
