"""Build labelled12.jsonl from batch1..batch4 and print counts used in README.md."""
import json, re, sys
from collections import Counter
from pathlib import Path
import batch1, batch2, batch3, batch4

HERE = Path(__file__).parent
VOCAB = Path('/work/writer-kit/koers-v5-2024-09-no-keywords.yaml')

def vocabulary():
    terms, cur, section = {}, None, None
    for line in VOCAB.read_text(encoding='utf8').splitlines():
        m = re.match(r'^([a-z_]+):', line)
        if m:
            section = m.group(1); cur = None; continue
        m = re.match(r'^- id:\s*(\S+)', line)
        if m:
            cur = m.group(1) if section == 'terms' else None
            if cur: terms[cur] = {}
            continue
        m = re.match(r'^  (kind|facet|status):\s*(\S+)', line)
        if m and cur: terms[cur][m.group(1)] = m.group(2)
    return terms

def main():
    terms = vocabulary()
    active = {k for k, v in terms.items() if v.get('status') == 'active'}
    notes = batch1.NOTES + batch2.NOTES + batch3.NOTES + batch4.NOTES
    errors, rows = [], []
    tc, wc = Counter(), Counter()
    for i, n in enumerate(notes, 1):
        nid = f's-{i:03d}'
        words = len(n['text'].split())
        if not 70 <= words <= 130: errors.append(f'{nid}: {words} words')
        if not 1 <= len(n['terms']) <= 3: errors.append(f'{nid}: {len(n["terms"])} terms')
        if not 1 <= len(n['wrong']) <= 2: errors.append(f'{nid}: {len(n["wrong"])} wrong')
        for t in n['terms'] + n['wrong']:
            if t not in active: errors.append(f'{nid}: {t} not active')
        if set(n['terms']) & set(n['wrong']): errors.append(f'{nid}: overlap')
        tc.update(n['terms']); wc.update(n['wrong'])
        rows.append({'id': nid, 'text': n['text'], 'terms': n['terms'], 'wrong': n['wrong'], 'why': n['why']})
    for t, c in tc.items():
        if c > 8: errors.append(f'{t} in {c} notes (max 8)')
    missing = sorted(active - set(tc))
    (HERE / 'labelled12.jsonl').write_text(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows), encoding='utf8')
    if '--stats' in sys.argv:
        print('notes', len(rows))
        print('terms per note', Counter(len(r['terms']) for r in rows))
        print('wrong per note', Counter(len(r['wrong']) for r in rows))
        kinds = Counter(); facets = Counter()
        for r in rows:
            for t in r['terms']:
                kinds[terms[t]['kind']] += 1; facets[terms[t]['facet']] += 1
        print('labels per kind', dict(kinds)); print('labels per facet', dict(facets))
        print('words min/max', min(len(r['text'].split()) for r in rows), max(len(r['text'].split()) for r in rows))
        print('term counts', sorted(tc.items(), key=lambda x: -x[1]))
        print('wrong counts', sorted(wc.items(), key=lambda x: -x[1]))
        print('genres', [(f's-{i:03d}', n['genre']) for i, n in enumerate(notes, 1)])
    print('uncovered:', missing)
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print(f'wrote {len(rows)} notes')

if __name__ == '__main__':
    main()
