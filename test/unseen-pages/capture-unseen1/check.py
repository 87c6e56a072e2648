#!/usr/bin/env python3
"""Validate cases.json against the pages in ./pages.

Usage:  python3 check.py
Serve:  python3 -m http.server 8000   (from this folder), then open
        http://localhost:8000/pages/NAME.html  - nothing else is needed.
"""
import html, json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(ROOT, "pages")
REQUIRED = {"id", "page", "frames", "shadowHosts", "select", "expected", "notes"}
OPTIONAL = {"before"}
errors = []

def err(msg):
    errors.append(msg)

def page_sources(page):
    """Text of the page plus every document under pages/NAME/ (its frames)."""
    texts = [open(os.path.join(PAGES, page), encoding="utf-8").read()]
    sub = os.path.join(PAGES, page[:-5])
    if os.path.isdir(sub):
        for dp, _, fs in os.walk(sub):
            for f in fs:
                texts.append(open(os.path.join(dp, f), encoding="utf-8").read())
    return html.unescape("\n".join(texts))

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

try:
    cases = json.load(open(os.path.join(ROOT, "cases.json"), encoding="utf-8"))
except Exception as e:  # noqa
    print("cases.json unreadable:", e)
    sys.exit(1)

if not isinstance(cases, list):
    err("cases.json must be an array")
    cases = []

ids = Counter(c.get("id") for c in cases)
for i, n in ids.items():
    if n > 1:
        err(f"duplicate id {i}")

for c in cases:
    cid = c.get("id", "?")
    keys = set(c)
    if REQUIRED - keys:
        err(f"{cid}: missing keys {sorted(REQUIRED - keys)}")
    if keys - REQUIRED - OPTIONAL:
        err(f"{cid}: unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
    page = c.get("page", "")
    if not page.endswith(".html") or not os.path.isfile(os.path.join(PAGES, page)):
        err(f"{cid}: page file pages/{page} not found")
        continue
    for k in ("frames", "shadowHosts"):
        if not isinstance(c.get(k), list) or not all(isinstance(x, str) and x for x in c.get(k, [])):
            err(f"{cid}: {k} must be a list of css selectors")
    for b in c.get("before", []):
        if set(b) != {"click"} or not isinstance(b["click"], str):
            err(f"{cid}: before steps must be {{'click': selector}}")
    exp = c.get("expected", "")
    if not isinstance(exp, str) or not exp or exp != exp.strip():
        err(f"{cid}: expected must be non-empty without leading/trailing whitespace")
    src = page_sources(page)
    s = c.get("select", {})
    kind = s.get("kind")
    if not isinstance(s.get("selector"), str) or not s.get("selector"):
        err(f"{cid}: select.selector missing")
    if kind == "element":
        if set(s) != {"kind", "selector"}:
            err(f"{cid}: element select takes kind, selector")
    elif kind == "text":
        if set(s) != {"kind", "selector", "from", "to"}:
            err(f"{cid}: text select takes kind, selector, from, to")
        for k in ("from", "to"):
            if s.get(k) and s[k] not in src:
                err(f"{cid}: select.{k} {s[k]!r} not found in the page sources")
        if not norm(exp).startswith(norm(s.get("from", ""))) or not norm(exp).endswith(norm(s.get("to", ""))):
            err(f"{cid}: expected should start with 'from' and end with 'to'")
    elif kind == "field":
        if set(s) != {"kind", "selector", "start", "end"}:
            err(f"{cid}: field select takes kind, selector, start, end")
        if not (isinstance(s.get("start"), int) and isinstance(s.get("end"), int) and 0 <= s["start"] < s["end"]):
            err(f"{cid}: field start/end must be ints with 0 <= start < end")
    else:
        err(f"{cid}: unknown select.kind {kind!r}")
    # every expected line must occur in the sources (whitespace collapsed), except pure structure
    flat = norm(re.sub(r"<[^>]+>", " ", src))
    flat_nospace = re.sub(r"<[^>]+>", "", src)
    raw = norm(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), src))
    for line in exp.split("\n"):
        for cell in line.split("\t"):
            t = norm(cell)
            if t and t not in flat and t not in norm(flat_nospace) and t not in raw:
                err(f"{cid}: expected fragment {t[:60]!r}… not found in the page sources")

# pages: no external resources, two cases each
for f in sorted(os.listdir(PAGES)):
    if f.endswith(".html"):
        n = sum(1 for c in cases if c.get("page") == f)
        if n != 2:
            err(f"pages/{f}: {n} cases (expected 2)")
for dp, _, fs in os.walk(PAGES):
    for f in fs:
        t = open(os.path.join(dp, f), encoding="utf-8").read()
        for m in re.finditer(r"""(?:src|href)\s*=\s*["']?\s*(https?:)?//""", t):
            err(f"{os.path.relpath(os.path.join(dp, f), ROOT)}: external resource at offset {m.start()}")
        if re.search(r"@import|url\(\s*['\"]?https?:", t):
            err(f"{os.path.relpath(os.path.join(dp, f), ROOT)}: external CSS resource")

print(f"{len(cases)} cases, {len(ids)} ids, "
      f"{len([f for f in os.listdir(PAGES) if f.endswith('.html')])} pages")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
