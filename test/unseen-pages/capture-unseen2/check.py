#!/usr/bin/env python3
"""Validate cases.json against the pages in ./pages.

Checks: required keys and types, unique ids, page files exist, frame documents
referenced by relative src exist, 'text' selections have from/to strings that
occur in the page (or its frame documents / script), 'field' selections have
0 <= start < end, expected is non-empty and trimmed.
Serve with:  python3 -m http.server 8000  (from this folder), then open
http://localhost:8000/pages/NAME.html
"""
import json, os, re, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
REQ = {"id": str, "page": str, "frames": list, "shadowHosts": list, "select": dict, "expected": str, "notes": str}

def page_sources(page):
    """Text of the page plus every frame document it references (recursively), unescaped."""
    out, todo, seen = [], [os.path.join(PAGES, page)], set()
    while todo:
        p = todo.pop()
        if p in seen or not os.path.exists(p):
            continue
        seen.add(p)
        s = open(p, encoding="utf-8").read()
        out.append(s)
        for src in re.findall(r'<iframe[^>]*\ssrc="([^"]+)"', s):
            if src.startswith(("about:", "http:", "https:", "data:")):
                continue
            todo.append(os.path.normpath(os.path.join(os.path.dirname(p), src)))
    text = "\n".join(out)
    return text + "\n" + html.unescape(text) + "\n" + html.unescape(html.unescape(text))

def main():
    errors = []
    cases = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
    if not isinstance(cases, list):
        sys.exit("cases.json must be an array")
    ids = set()
    for c in cases:
        cid = c.get("id", "?")
        for k, t in REQ.items():
            if not isinstance(c.get(k), t):
                errors.append(f"{cid}: key {k!r} missing or not {t.__name__}")
        extra = set(c) - set(REQ) - {"before"}
        if extra:
            errors.append(f"{cid}: unknown keys {sorted(extra)}")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        page = c.get("page", "")
        if not os.path.exists(os.path.join(PAGES, page)):
            errors.append(f"{cid}: page {page} not found")
            continue
        src = page_sources(page)
        # frame documents referenced anywhere in pages/NAME/ must exist
        for s in re.findall(r'<iframe[^>]*\ssrc="([^"]+)"', open(os.path.join(PAGES, page), encoding="utf-8").read()):
            if not s.startswith(("about:", "http:", "https:", "data:")) and not os.path.exists(os.path.join(PAGES, s)):
                errors.append(f"{cid}: frame document {s} not found")
        for f in c.get("frames", []) + c.get("shadowHosts", []):
            if not isinstance(f, str) or not f:
                errors.append(f"{cid}: frames/shadowHosts entries must be non-empty strings")
        for b in c.get("before", []):
            if not (isinstance(b, dict) and isinstance(b.get("click"), str)):
                errors.append(f"{cid}: before steps must be {{'click': selector}}")
        sel = c.get("select", {})
        kind = sel.get("kind")
        if kind not in ("element", "text", "field") or not isinstance(sel.get("selector"), str):
            errors.append(f"{cid}: select needs kind element|text|field and a selector")
        if kind == "text":
            for k in ("from", "to"):
                v = sel.get(k)
                if not isinstance(v, str) or not v:
                    errors.append(f"{cid}: text selection needs {k!r}")
                elif v not in src and v.replace("'", "\\'") not in src:
                    errors.append(f"{cid}: {k} text {v!r} not found in page sources")
        if kind == "field":
            s, e = sel.get("start"), sel.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
                errors.append(f"{cid}: field selection needs integers 0 <= start < end")
        exp = c.get("expected", "")
        if not exp or exp != exp.strip():
            errors.append(f"{cid}: expected must be non-empty without leading/trailing whitespace")
    for e in errors:
        print("ERROR", e)
    print(f"{len(cases)} cases, {len(set(c.get('page') for c in cases))} pages, {len(errors)} errors")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
