#!/usr/bin/env python3
"""Validate cases.json for capture-unseen7. Exit 0 when all checks pass."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, 'pages')
KEYS = {"id", "page", "frames", "shadowHosts", "select", "before", "expected", "notes"}
errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def sources_for(page):
    """Raw page source, plus every frame file it (transitively) loads, plus unescaped srcdoc."""
    seen, out, todo = set(), [], [os.path.join(PAGES, page)]
    while todo:
        p = os.path.normpath(todo.pop())
        if p in seen or not os.path.exists(p):
            continue
        seen.add(p)
        s = read(p)
        out.append(s)
        out.append(html.unescape(s))
        for src in re.findall(r'<iframe[^>]*\ssrc="([^"]+)"', s):
            if not re.match(r'^(about:|data:|[a-z]+://)', src):
                todo.append(os.path.join(os.path.dirname(p), src))
    return "\n".join(out)


def field_text(page_sources, selector):
    m = re.fullmatch(r'#([\w-]+)', selector)
    if not m:
        return None
    ident = m.group(1)
    t = re.search(r'<textarea[^>]*\sid="%s"[^>]*>(.*?)</textarea>' % re.escape(ident), page_sources, re.S)
    if t:
        v = t.group(1)
        if v.startswith('\r\n'):
            v = v[2:]
        elif v.startswith('\n'):
            v = v[1:]
        return html.unescape(v)
    i = re.search(r'<input[^>]*\sid="%s"[^>]*>' % re.escape(ident), page_sources)
    if i:
        v = re.search(r'\svalue="([^"]*)"', i.group(0))
        return html.unescape(v.group(1)) if v else ""
    return None


def main():
    try:
        cases = json.loads(read(os.path.join(HERE, 'cases.json')))
    except Exception as e:  # noqa: BLE001
        print(f"cases.json does not parse: {e}")
        return 1
    if not isinstance(cases, list):
        print("cases.json is not an array")
        return 1
    ids = set()
    per_page = {}
    for i, c in enumerate(cases):
        cid = c.get('id', f'#{i}') if isinstance(c, dict) else f'#{i}'
        if not isinstance(c, dict):
            err(cid, "not an object")
            continue
        if set(c) != KEYS:
            err(cid, f"keys {sorted(c)} != {sorted(KEYS)}")
            continue
        if not isinstance(c['id'], str) or not re.fullmatch(r'c\d\d', c['id']):
            err(cid, "id must look like c01")
        if c['id'] in ids:
            err(cid, "duplicate id")
        ids.add(c['id'])
        page = c['page']
        if not isinstance(page, str) or not os.path.exists(os.path.join(PAGES, page)):
            err(cid, f"page {page!r} missing")
            continue
        per_page[page] = per_page.get(page, 0) + 1
        src = sources_for(page)
        raw = read(os.path.join(PAGES, page))
        for key in ('frames', 'shadowHosts'):
            if not isinstance(c[key], list) or not all(isinstance(x, str) and x for x in c[key]):
                err(cid, f"{key} must be a list of non-empty strings")
        # frames: each selector must name an iframe by id in the page or a frame file
        for f in c['frames']:
            m = re.fullmatch(r'#([\w-]+)', f)
            if not m or not re.search(r'<iframe[^>]*\sid="%s"' % re.escape(m.group(1)), src):
                err(cid, f"frame {f!r} not found as <iframe id> in the page or its frames")
            else:
                tag = re.search(r'<iframe[^>]*\sid="%s"[^>]*>' % re.escape(m.group(1)), src).group(0)
                s = re.search(r'\ssrc="([^"]+)"', tag)
                if s and not re.match(r'^(about:|data:)', s.group(1)):
                    # resolve against the page or any frame folder
                    cands = [os.path.join(PAGES, s.group(1))]
                    if not any(os.path.exists(p) for p in cands):
                        err(cid, f"frame file {s.group(1)!r} missing")
                elif not s and 'srcdoc=' not in tag:
                    err(cid, f"frame {f!r} has neither src nor srcdoc")
        for h in c['shadowHosts']:
            m = re.fullmatch(r'#([\w-]+)', h)
            if not m or f'id="{m.group(1)}"' not in src:
                err(cid, f"shadow host {h!r} not found")
        b = c['before']
        if not isinstance(b, list):
            err(cid, "before must be a list")
        else:
            for step in b:
                if not (isinstance(step, dict) and set(step) == {"click"} and isinstance(step['click'], str)):
                    err(cid, f"bad before step {step!r}")
                else:
                    m = re.fullmatch(r'#([\w-]+)', step['click'])
                    # ids made by JS (e.g. 'rij-' + i) are accepted when their prefix is in the source
                    pref = re.sub(r'\d+$', '', m.group(1)) if m else ''
                    if m and f'id="{m.group(1)}"' not in src and f'id="{pref}' not in src:
                        err(cid, f"click target {step['click']!r} not found")
        s = c['select']
        kind = s.get('kind') if isinstance(s, dict) else None
        if kind == 'element':
            if set(s) != {'kind', 'selector'} or not isinstance(s['selector'], str):
                err(cid, "element select needs kind, selector")
        elif kind == 'text':
            if set(s) != {'kind', 'selector', 'from', 'to'} or not all(isinstance(s[k], str) and s[k] for k in ('selector', 'from', 'to')):
                err(cid, "text select needs kind, selector, from, to")
            else:
                for k in ('from', 'to'):
                    if s[k] not in src:
                        err(cid, f"{k} {s[k]!r} not in page sources")
                if s['from'] != s['from'].strip() or s['to'] != s['to'].strip():
                    err(cid, "from/to have outer whitespace")
        elif kind == 'field':
            if set(s) != {'kind', 'selector', 'start', 'end'} or not all(isinstance(s[k], int) for k in ('start', 'end')):
                err(cid, "field select needs kind, selector, start, end (ints)")
            else:
                t = field_text(src, s['selector'])
                if t is None:
                    err(cid, f"field {s['selector']!r} not found")
                elif not (0 <= s['start'] < s['end'] <= len(t)):
                    err(cid, f"field range {s['start']}..{s['end']} outside 0..{len(t)}")
                else:
                    got = " ".join(t[s['start']:s['end']].split())
                    if got != " ".join(c['expected'].split()):
                        err(cid, f"field text {got!r} != expected")
        else:
            err(cid, f"unknown select kind {kind!r}")
        e = c['expected']
        if not isinstance(e, str) or not e or e != e.strip():
            err(cid, "expected must be a non-empty trimmed string")
        elif re.search('[\u200b\u00ad\u2060]', e):
            err(cid, "expected contains invisible characters")
        if not isinstance(c['notes'], str) or not c['notes'].strip():
            err(cid, "notes must be a non-empty string")
        # pages must not load anything external
        if re.search(r'(src|href)="(https?:)?//', raw):
            err(cid, f"{page} references an external resource")
    if len(cases) != 24:
        errors.append(f"expected 24 cases, found {len(cases)}")
    pages = [f for f in os.listdir(PAGES) if f.endswith('.html')]
    if len(pages) != 12:
        errors.append(f"expected 12 pages, found {len(pages)}")
    for p in pages:
        if per_page.get(p, 0) != 2:
            errors.append(f"{p}: {per_page.get(p, 0)} cases, expected 2")
    for e in errors:
        print("FAIL", e)
    print(f"{len(cases)} cases, {len(pages)} pages, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
