# Turns data/heldout.src.txt ([[LABEL|text]] markup) into data/heldout.jsonl in the dev set's format.
import json, re, pathlib
here = pathlib.Path(__file__).resolve().parent.parent / 'data'
out = []
for n, line in enumerate(l for l in (here / 'heldout.src.txt').read_text().splitlines() if l.strip() and not l.startswith('#')):
    text, spans, pos = '', [], 0
    for m in re.finditer(r'\[\[([A-Z_]+)\|(.+?)\]\]', line):
        text += line[pos:m.start()]
        spans.append({'start': len(text), 'end': len(text) + len(m.group(2)), 'label': m.group(1), 'text': m.group(2)})
        text += m.group(2)
        pos = m.end()
    text += line[pos:]
    out.append({'id': f'heldout-{n + 1:03}', 'text': text, 'spans': spans})
(here / 'heldout.jsonl').write_text(''.join(json.dumps(o, ensure_ascii=False) + '\n' for o in out))
print(f'{len(out)} items')
