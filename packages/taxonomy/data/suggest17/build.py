#!/usr/bin/env python3
"""Write labelled17.jsonl from the three batch files and print counts for the README."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import batch1, batch2, batch3  # noqa: E402

VOCAB = HERE / '..' / '..' / '..' / '..' / 'taxonomy' / 'koers-v5-2024-09.yaml'


def read_terms():
    terms, cur = {}, None
    section = None
    for line in VOCAB.read_text(encoding='utf8').splitlines():
        m = re.match(r'^([a-z_]+):', line)
        if m:
            section = m.group(1)
            continue
        m = re.match(r'^- id:\s*(\S+)', line)
        if m and section == 'terms':
            cur = terms.setdefault(m.group(1), {})
            continue
        m = re.match(r'^  (kind|facet|status):\s*(\S+)', line)
        if m and cur is not None and section == 'terms':
            cur[m.group(1)] = m.group(2)
    return {k: v for k, v in terms.items() if v.get('status') == 'active'}


def main():
    notes = batch1.NOTES + batch2.NOTES + batch3.NOTES
    terms = read_terms()
    assert len(notes) == 60, len(notes)
    ids = [n[0] for n in notes]
    assert ids == [f's-{i:03d}' for i in range(1, 61)], ids
    out = []
    for nid, genre, phase, trap_only, text, chosen, wrong, why in notes:
        assert 1 <= len(chosen) <= 3, nid
        assert 1 <= len(wrong) <= 2, nid
        assert not set(chosen) & set(wrong), nid
        for t in chosen + wrong:
            assert t in terms, (nid, t)
        out.append(json.dumps({'id': nid, 'text': text, 'terms': chosen, 'wrong': wrong, 'why': why}, ensure_ascii=False))
    (HERE / 'labelled17.jsonl').write_text('\n'.join(out) + '\n', encoding='utf8')

    # counts for the README
    tc = Counter(t for n in notes for t in n[5])
    wc = Counter(t for n in notes for t in n[6])
    words = [len(n[4].split()) for n in notes]
    print('notes', len(notes), 'words min/max/mean', min(words), max(words), round(sum(words) / len(words), 1))
    print('terms per note', Counter(len(n[5]) for n in notes), 'total', sum(tc.values()))
    print('wrong per note', Counter(len(n[6]) for n in notes), 'total', sum(wc.values()))
    print('by kind', Counter(terms[t]['kind'] for n in notes for t in n[5]))
    print('by facet', Counter(terms[t]['facet'] for n in notes for t in n[5]))
    print('uncovered', sorted(set(terms) - set(tc)))
    print('max per term', tc.most_common(5))
    print('wrong ids', wc.most_common())
    print('trap-only notes', [n[0] for n in notes if n[3]])
    print('genres', Counter(n[1] for n in notes))
    for n in notes:
        print(n[0], n[1], '|', n[2], '|', len(n[4].split()))


if __name__ == '__main__':
    main()
