# Turns data/<name>.src.txt ([[LABEL|text]] markup) into data/<name>.jsonl in the dev set's format.
# Usage: python3 scripts/build-heldout.py [heldout|unseen]   (default: heldout)
# Offsets are JavaScript string indexes (UTF-16 code units), as the detector reports them.
import json, re, pathlib, sys
name = sys.argv[1] if len(sys.argv) > 1 else 'heldout'
here = pathlib.Path(__file__).resolve().parent.parent / 'data'
utf16 = lambda s: len(s.encode('utf-16-le')) // 2
out = []
for n, line in enumerate(l for l in (here / f'{name}.src.txt').read_text().splitlines() if l.strip() and not l.startswith('#')):
    text, spans, pos = '', [], 0
    for m in re.finditer(r'\[\[([A-Z_]+)\|(.+?)\]\]', line):
        text += line[pos:m.start()]
        spans.append({'start': utf16(text), 'end': utf16(text) + utf16(m.group(2)), 'label': m.group(1), 'text': m.group(2)})
        text += m.group(2)
        pos = m.end()
    text += line[pos:]
    out.append({'id': f'{name}-{n + 1:03}', 'text': text, 'spans': spans})
(here / f'{name}.jsonl').write_text(''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in out))
print(f'{len(out)} items')
