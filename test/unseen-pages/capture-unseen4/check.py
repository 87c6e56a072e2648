#!/usr/bin/env python3
"""Validate cases.json for capture-unseen4 (stdlib only). Exit 1 on any error."""
import html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

class Frames(HTMLParser):
    """Collect iframes (id, src, srcdoc) and textarea/input values by id."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.iframes, self.fields, self._ta = [], {}, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "iframe":
            self.iframes.append(a)
        elif tag == "input" and a.get("id"):
            self.fields[a["id"]] = a.get("value", "")
        elif tag == "textarea" and a.get("id"):
            self._ta = a["id"]; self.fields[self._ta] = ""
    def handle_endtag(self, tag):
        if tag == "textarea":
            self._ta = None
    def handle_data(self, data):
        if self._ta:
            self.fields[self._ta] += data

def parse(src):
    p = Frames(); p.feed(src); p.close()
    return p

def find_iframe(parser, selector):
    m = re.search(r"#([\w-]+)", selector)
    cands = [f for f in parser.iframes if not m or f.get("id") == m.group(1)]
    return cands[0] if cands else None

cases = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
if not isinstance(cases, list) or len(cases) != 24:
    errors.append(f"cases.json must be a list of 24 cases, got {len(cases) if isinstance(cases, list) else type(cases)}")
KEYS = {"id", "page", "frames", "shadowHosts", "select", "before", "expected", "notes"}
seen, per_page = set(), {}
for c in cases:
    cid = c.get("id", "?")
    if set(c) != KEYS:
        err(cid, f"keys {sorted(set(c) ^ KEYS)} missing or extra")
        continue
    if not re.fullmatch(r"c\d\d", cid) or cid in seen:
        err(cid, "bad or duplicate id")
    seen.add(cid)
    for k in ("page", "expected", "notes"):
        if not isinstance(c[k], str) or not c[k].strip():
            err(cid, f"{k} must be a non-empty string")
    if c["expected"] != c["expected"].strip():
        err(cid, "expected is not trimmed")
    for k in ("frames", "shadowHosts"):
        if not isinstance(c[k], list) or not all(isinstance(x, str) and x for x in c[k]):
            err(cid, f"{k} must be a list of non-empty strings")
    if not isinstance(c["before"], list) or not all(isinstance(b, dict) and set(b) == {"click"} and isinstance(b["click"], str) for b in c["before"]):
        err(cid, "before must be a list of {click: CSS}")
    path = os.path.join(PAGES, c["page"])
    if not os.path.isfile(path):
        err(cid, f"page {c['page']} missing"); continue
    per_page[c["page"]] = per_page.get(c["page"], 0) + 1
    src = open(path, encoding="utf-8").read()
    doc_dir = os.path.dirname(path)
    # walk the frame chain; the text to search ends up being the innermost document
    # (about:blank frames filled by script: their content lives in the parent's source)
    for fsel in c["frames"]:
        fr = find_iframe(parse(src), fsel)
        if fr is None:
            err(cid, f"frame {fsel} not found"); src = ""; break
        if "srcdoc" in fr:
            src = fr["srcdoc"]
        elif fr.get("src", "about:blank") in ("", "about:blank"):
            pass  # content written by the parent document's script
        else:
            fpath = os.path.normpath(os.path.join(doc_dir, fr["src"]))
            if not os.path.isfile(fpath):
                err(cid, f"frame file {fr['src']} missing"); src = ""; break
            src = open(fpath, encoding="utf-8").read(); doc_dir = os.path.dirname(fpath)
    text_src = src + "\n" + html.unescape(src)
    s = c["select"]
    kind = s.get("kind") if isinstance(s, dict) else None
    if kind == "element":
        if set(s) != {"kind", "selector"}: err(cid, "element select keys")
    elif kind == "text":
        if set(s) != {"kind", "selector", "from", "to"}: err(cid, "text select keys")
        else:
            for k in ("from", "to"):
                if not s[k] or s[k] not in text_src:
                    err(cid, f"{k} {s[k]!r} not in page source")
            def norm(x): return re.sub(r"\s+", " ", x).strip()
            if not norm(c["expected"]).startswith(norm(s["from"])) and not norm(c["expected"]).endswith(norm(s["to"])):
                err(cid, "expected neither starts with from nor ends with to")
    elif kind == "field":
        if set(s) != {"kind", "selector", "start", "end"}: err(cid, "field select keys")
        else:
            m = re.search(r"#([\w-]+)", s["selector"])
            val = parse(src).fields.get(m.group(1) if m else "")
            if val is None:
                err(cid, f"field {s['selector']} not found")
            else:
                if val.startswith("\n"): val = val[1:]
                if not (isinstance(s["start"], int) and isinstance(s["end"], int) and 0 <= s["start"] < s["end"] <= len(val)):
                    err(cid, f"range {s['start']}-{s['end']} outside field of length {len(val)}")
                elif val[s["start"]:s["end"]] != c["expected"]:
                    err(cid, "expected differs from the field slice")
    else:
        err(cid, f"unknown select kind {kind!r}")
for page, n in per_page.items():
    if n != 2:
        errors.append(f"{page}: {n} cases (want 2)")
pages = sorted(f for f in os.listdir(PAGES) if f.endswith(".html"))
if len(pages) != 12:
    errors.append(f"{len(pages)} pages in pages/ (want 12)")
for p in pages:
    if p not in per_page:
        errors.append(f"{p}: no cases")
    s = open(os.path.join(PAGES, p), encoding="utf-8").read()
    if re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", s):
        errors.append(f"{p}: external resource")
if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"OK: {len(cases)} cases, {len(pages)} pages")
