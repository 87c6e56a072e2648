#!/usr/bin/env python3
"""Build unseen2.jsonl from unseen2.src.txt (inline markup [[LABEL:text]]) and check it.

Source format: items start with a header line '### <id> <genre>'; the text follows until the
next header (leading/trailing blank lines stripped). Spans are written inline as [[LABEL:text]].
Run: python3 build.py   (exit code 1 on any error)
"""
import json, re, sys, collections

import os
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data')
SRC = os.path.join(HERE, 'unseen2.src.txt')
OUT = os.path.join(HERE, 'unseen2.jsonl')
LABELS = {'PERSON', 'BSN', 'DATE', 'AGE', 'ADDRESS', 'POSTCODE', 'CITY', 'PHONE', 'EMAIL',
          'URL', 'IBAN', 'CASE_ID', 'INSTITUTION', 'LICENSE_PLATE'}
GENRES = {'chat', 'email', 'minutes', 'intake', 'phone', 'letter', 'report'}
MARK = re.compile(r'\[\[([A-Z_]+):(.*?)\]\]', re.S)
errors, warnings = [], []

def err(i, m): errors.append(f'{i}: {m}')
def warn(i, m): warnings.append(f'{i}: {m}')

def bsn_ok(d):
    return len(d) == 9 and (sum(int(d[k]) * (9 - k) for k in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_bank_11(s):
    s = s.replace(' ', '').upper()
    acct = s[8:]
    return sum(int(c) * (10 - k) for k, c in enumerate(acct)) % 11 == 0

def be_check(s):
    s = s.replace(' ', '')
    b = s[4:]
    c = int(b[:10]) % 97 or 97
    return len(b) == 12 and c == int(b[10:])

L, D = '[A-Z]', r'\d'
SIDECODES = [f'{L}{{2}}-{D}{{2}}-{D}{{2}}', f'{D}{{2}}-{D}{{2}}-{L}{{2}}', f'{D}{{2}}-{L}{{2}}-{D}{{2}}',
             f'{L}{{2}}-{D}{{2}}-{L}{{2}}', f'{L}{{2}}-{L}{{2}}-{D}{{2}}', f'{D}{{2}}-{L}{{2}}-{L}{{2}}',
             f'{D}{{2}}-{L}{{3}}-{D}', f'{D}-{L}{{3}}-{D}{{2}}', f'{L}{{2}}-{D}{{3}}-{L}', f'{L}-{D}{{3}}-{L}{{2}}',
             f'{L}{{3}}-{D}{{2}}-{L}', f'{L}-{D}{{2}}-{L}{{3}}', f'{D}-{L}{{2}}-{D}{{3}}', f'{D}{{3}}-{L}{{2}}-{D}']

def parse(src):
    items, cur = [], None
    for line in src.split('\n'):
        m = re.fullmatch(r'### (u2-\d{3}) (\w+)', line)
        if m:
            cur = {'id': m.group(1), 'genre': m.group(2), 'lines': []}
            items.append(cur)
        elif cur is not None:
            cur['lines'].append(line)
        elif line.strip():
            sys.exit('text before first header: ' + line)
    return items

def convert(item):
    raw = '\n'.join(item['lines']).strip('\n')
    text, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        text.append(raw[pos:m.start()]); n += len(raw[pos:m.start()])
        label, val = m.group(1), m.group(2)
        spans.append({'start': n, 'end': n + len(val), 'label': label, 'text': val})
        text.append(val); n += len(val)
        pos = m.end()
    text.append(raw[pos:])
    return ''.join(text), spans

def main():
    items = parse(open(SRC, encoding='utf-8').read())
    out, ids = [], set()
    for it in items:
        i = it['id']
        if i in ids: err(i, 'duplicate id')
        ids.add(i)
        if it['genre'] not in GENRES: err(i, 'bad genre ' + it['genre'])
        text, spans = convert(it)
        if '[[' in text or ']]' in text: err(i, 'leftover markup')
        for ch in text:
            if ord(ch) > 0xFFFF or 0xD800 <= ord(ch) <= 0xDFFF:
                err(i, f'non-BMP character U+{ord(ch):04X}')
        prev_end = -1
        for s in spans:
            lab, v = s['label'], s['text']
            if lab not in LABELS: err(i, 'bad label ' + lab)
            if text[s['start']:s['end']] != v: err(i, 'offset mismatch ' + v)
            if s['start'] < prev_end: err(i, 'overlap/unsorted at ' + v)
            prev_end = s['end']
            if v != v.strip() or not v: err(i, f'span with outer whitespace/empty: {v!r}')
            if lab == 'BSN':
                d = re.sub(r'\D', '', v)
                if not bsn_ok(d): err(i, 'BSN fails 11-proef: ' + v)
                if not re.fullmatch(r'\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}', v): err(i, 'BSN format ' + v)
            if lab == 'IBAN':
                if not iban_ok(v): err(i, 'IBAN fails mod-97: ' + v)
                c = v.replace(' ', '').upper()
                if c.startswith('NL'):
                    if len(c) != 18: err(i, 'NL IBAN length ' + v)
                    if c[4:8] != 'INGB' and not nl_bank_11(c): err(i, 'NL non-ING account fails 11-proef: ' + v)
                elif c.startswith('BE'):
                    if len(c) != 16 or not be_check(c): err(i, 'BE IBAN national check fails: ' + v)
                else: err(i, 'unexpected IBAN country ' + v)
            if lab == 'LICENSE_PLATE' and not any(re.fullmatch(p, v.upper()) for p in SIDECODES):
                err(i, 'plate matches no sidecode: ' + v)
            if lab == 'POSTCODE' and not re.fullmatch(r'[1-9]\d{3} ?[A-Za-z]{2}', v): err(i, 'postcode format ' + v)
            if lab == 'EMAIL' and not re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', v): err(i, 'email format ' + v)
            if lab == 'CASE_ID':
                d = re.sub(r'\D', '', v)
                if len(d) == 9 and bsn_ok(d): err(i, 'CASE_ID passes 11-proef (would look like BSN): ' + v)
        # any 9-digit number outside BSN spans must fail the 11-proef
        covered = [(s['start'], s['end']) for s in spans if s['label'] == 'BSN']
        for m in re.finditer(r'(?<![\d.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\d])', text):
            if any(a <= m.start() < b for a, b in covered): continue
            if bsn_ok(re.sub(r'\D', '', m.group())): err(i, 'unlabelled 9-digit number passes 11-proef: ' + m.group())
        # consistency: other unannotated occurrences of a span text in the same item
        cov = [(s['start'], s['end']) for s in spans]
        for s in spans:
            if s['label'] in ('PERSON', 'CITY', 'INSTITUTION') and len(s['text']) >= 3:
                for m in re.finditer(r'(?<!\w)' + re.escape(s['text']) + r'(?!\w)', text):
                    if not any(a <= m.start() < b for a, b in cov):
                        warn(i, f'unannotated repeat of {s["label"]} {s["text"]!r} at {m.start()}')
        out.append({'id': i, 'genre': it['genre'], 'text': text,
                    'spans': [{k: s[k] for k in ('start', 'end', 'label', 'text')} for s in spans]})
    with open(OUT, 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    lab = collections.Counter(s['label'] for o in out for s in o['spans'])
    gen = collections.Counter(o['genre'] for o in out)
    empty = [o['id'] for o in out if not o['spans']]
    print('items', len(out), 'spans', sum(lab.values()))
    print('labels', dict(sorted(lab.items())))
    print('genres', dict(gen))
    print('no-PII items', len(empty), empty)
    for l in LABELS:
        need = 3 if l in ('URL', 'LICENSE_PLATE') else 5
        if lab[l] < need: err('ALL', f'label {l} only {lab[l]} (< {need})')
    if len(out) != 60: err('ALL', 'expected 60 items')
    if len(empty) != 9: err('ALL', f'expected 9 no-PII items, got {len(empty)}')
    for w in warnings: print('WARN', w)
    for e in errors: print('ERROR', e)
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
