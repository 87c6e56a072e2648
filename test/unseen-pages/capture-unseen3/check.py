#!/usr/bin/env python3
"""Validate cases.json of capture-unseen3. Exit 1 on any problem."""
import json, os, re, sys, html
from html.parser import HTMLParser

BASE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(BASE, "pages")
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

class Finder(HTMLParser):
    """Collect elements with an id: tag, attributes and (for textarea) text."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.by_id = {}
        self._ta = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.by_id[a["id"]] = {"tag": tag, "attrs": a, "text": ""}
            if tag == "textarea":
                self._ta = a["id"]
    def handle_data(self, data):
        if self._ta:
            self.by_id[self._ta]["text"] += data
    def handle_endtag(self, tag):
        if tag == "textarea":
            self._ta = None

def parse(src):
    f = Finder(); f.feed(src); f.close(); return f.by_id

def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()

try:
    cases = json.load(open(os.path.join(BASE, "cases.json"), encoding="utf-8"))
except Exception as e:
    print("cases.json unreadable:", e); sys.exit(1)
if not isinstance(cases, list):
    print("cases.json is not an array"); sys.exit(1)

KEYS = {"id", "page", "frames", "shadowHosts", "select", "before", "expected", "notes"}
seen = set()
pages_used = {}
for i, c in enumerate(cases):
    cid = c.get("id", f"#{i}") if isinstance(c, dict) else f"#{i}"
    if not isinstance(c, dict):
        err(cid, "not an object"); continue
    if set(c) != KEYS:
        err(cid, f"keys {sorted(set(c) ^ KEYS)} missing/extra")
        continue
    if not isinstance(c["id"], str) or not re.fullmatch(r"c\d\d", c["id"]):
        err(cid, "bad id")
    if c["id"] in seen:
        err(cid, "duplicate id")
    seen.add(c["id"])
    for k in ("page", "expected", "notes"):
        if not isinstance(c[k], str) or not c[k]:
            err(cid, f"{k} must be a non-empty string")
    for k in ("frames", "shadowHosts"):
        if not isinstance(c[k], list) or not all(isinstance(x, str) and x for x in c[k]):
            err(cid, f"{k} must be a list of strings")
    if not isinstance(c["before"], list) or not all(
            isinstance(b, dict) and set(b) == {"click"} and isinstance(b["click"], str) for b in c["before"]):
        err(cid, "before must be a list of {click: CSS}")
    if isinstance(c["expected"], str) and c["expected"] != c["expected"].strip():
        err(cid, "expected not trimmed")
    page = os.path.join(PAGES, c["page"])
    if not os.path.isfile(page):
        err(cid, f"page {c['page']} missing"); continue
    pages_used[c["page"]] = pages_used.get(c["page"], 0) + 1
    top = read(page)
    sources = [top]
    # walk the frame chain
    doc, doc_dir = top, PAGES
    for fsel in c["frames"]:
        m = re.fullmatch(r"#([\w-]+)", fsel)
        if not m:
            err(cid, f"frame selector {fsel} not of form #id (checker limitation)"); break
        el = parse(doc).get(m.group(1))
        if not el or el["tag"] != "iframe":
            err(cid, f"frame {fsel} not found as iframe"); break
        a = el["attrs"]
        if "srcdoc" in a:
            doc = a["srcdoc"]
        else:
            src = a.get("src", "about:blank")
            if src.startswith("about:"):
                doc = ""  # written by script; the page source holds its text
            elif re.match(r"^[a-z]+:", src) or src.startswith("//"):
                err(cid, f"frame {fsel} is not a relative URL"); break
            else:
                fp = os.path.normpath(os.path.join(doc_dir, src))
                if not os.path.isfile(fp):
                    err(cid, f"frame file {src} missing"); break
                doc = read(fp); doc_dir = os.path.dirname(fp)
        sources.append(doc)
    alltext = "\n".join(sources)
    alltext_u = html.unescape(alltext)
    s = c["select"]
    if not isinstance(s, dict) or s.get("kind") not in ("element", "text", "field"):
        err(cid, "bad select kind"); continue
    if not isinstance(s.get("selector"), str) or not s["selector"]:
        err(cid, "select.selector missing")
    if s["kind"] == "element":
        if set(s) != {"kind", "selector"}:
            err(cid, "element select has extra keys")
    elif s["kind"] == "text":
        if set(s) != {"kind", "selector", "from", "to"}:
            err(cid, "text select keys")
        for k in ("from", "to"):
            v = s.get(k)
            if not isinstance(v, str) or not v:
                err(cid, f"{k} empty")
            elif v not in alltext and v not in alltext_u:
                err(cid, f"{k} {v!r} not found in page sources")
        if isinstance(c["expected"], str):
            ws = lambda x: " ".join(x.split()).lower()  # case-insensitive: text-transform
            if not ws(c["expected"]).startswith(ws(s["from"])):
                err(cid, "expected does not start with from")
            if not ws(c["expected"]).endswith(ws(s["to"])):
                err(cid, "expected does not end with to")
    else:
        if set(s) != {"kind", "selector", "start", "end"}:
            err(cid, "field select keys")
        m = re.fullmatch(r"#([\w-]+)", s.get("selector", ""))
        el = parse(doc).get(m.group(1)) if m else None
        if not el or el["tag"] not in ("input", "textarea"):
            err(cid, "field selector does not name an input/textarea by id")
        else:
            val = el["text"] if el["tag"] == "textarea" else el["attrs"].get("value", "")
            if el["tag"] == "textarea" and val.startswith("\n"):
                val = val[1:]
            st, en = s.get("start"), s.get("end")
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(val)):
                err(cid, f"field range {st}-{en} outside value of length {len(val)}")
            elif val[st:en].strip() != c["expected"]:
                err(cid, "expected differs from the field text in range")
    for b in c["before"] if isinstance(c["before"], list) else []:
        m = re.fullmatch(r"#([\w-]+)", b.get("click", "")) if isinstance(b, dict) else None
        if m and m.group(1) not in parse(top) and ('id="%s"' % m.group(1)) not in top:
            err(cid, f"click target {b['click']} not in page")

allpages = sorted(f for f in os.listdir(PAGES) if f.endswith(".html") and not f.startswith("_"))
for p in allpages:
    if pages_used.get(p, 0) != 2:
        err(p, f"used by {pages_used.get(p, 0)} cases, want 2")
if len(allpages) != 12:
    errors.append(f"{len(allpages)} pages, want 12")
if len(cases) != 24:
    errors.append(f"{len(cases)} cases, want 24")
for p in os.listdir(PAGES):
    src = read(os.path.join(PAGES, p))
    if re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", src):
        errors.append(f"{p}: external resource")

if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"OK: {len(cases)} cases, {len(allpages)} pages")
