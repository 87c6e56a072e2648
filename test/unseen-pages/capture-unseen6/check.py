#!/usr/bin/env python3
"""Validate cases.json of capture-unseen6. Usage: python3 check.py  (exit 0 = ok)."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
KEYS = ["id", "page", "frames", "shadowHosts", "select", "before", "expected", "notes"]
errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


class ById(HTMLParser):
    """Collects start tags with an id, and the raw text content of <textarea id=...>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.textareas = {}
        self._ta = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.tags.setdefault(a["id"], (tag, a))
        if tag == "textarea" and "id" in a:
            self._ta = a["id"]
            self.textareas[self._ta] = ""

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._ta = None

    def handle_data(self, data):
        if self._ta is not None:
            self.textareas[self._ta] += data


def parse(source):
    p = ById()
    p.feed(source)
    return p


def id_of(selector):
    m = re.fullmatch(r"(?:[a-z]+)?#([A-Za-z][\w-]*)", selector.strip())
    return m.group(1) if m else None


def field_text(p, fid):
    if fid in p.textareas:
        t = p.textareas[fid]
        return t[1:] if t.startswith("\n") else t
    tag, a = p.tags.get(fid, (None, {}))
    if tag == "input":
        return a.get("value", "")
    return None


def main():
    path = os.path.join(HERE, "cases.json")
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    if not isinstance(cases, list):
        print("cases.json is not a JSON array")
        return 1
    seen = set()
    pages_used = {}
    for i, c in enumerate(cases):
        cid = c.get("id", "#%d" % i) if isinstance(c, dict) else "#%d" % i
        if not isinstance(c, dict):
            err(cid, "case is not an object")
            continue
        if sorted(c.keys()) != sorted(KEYS):
            err(cid, "keys %s, want %s" % (sorted(c.keys()), sorted(KEYS)))
            continue
        if not isinstance(c["id"], str) or not re.fullmatch(r"c\d\d", c["id"]):
            err(cid, "bad id")
        if c["id"] in seen:
            err(cid, "duplicate id")
        seen.add(c["id"])
        for k in ("page", "expected", "notes"):
            if not isinstance(c[k], str) or not c[k]:
                err(cid, "%s must be a non-empty string" % k)
        for k in ("frames", "shadowHosts"):
            if not isinstance(c[k], list) or not all(isinstance(s, str) and s for s in c[k]):
                err(cid, "%s must be a list of non-empty strings" % k)
        if not isinstance(c["before"], list) or not all(
                isinstance(b, dict) and list(b.keys()) == ["click"] and isinstance(b["click"], str) and b["click"]
                for b in c["before"]):
            err(cid, "before must be a list of {click: CSS}")
        if c["expected"] != c["expected"].strip():
            err(cid, "expected is not trimmed")
        if errors and errors[-1].startswith(cid + ":"):
            continue
        page = os.path.join(PAGES, c["page"])
        if not os.path.isfile(page):
            err(cid, "page %s missing" % c["page"])
            continue
        pages_used[c["page"]] = pages_used.get(c["page"], 0) + 1
        with open(page, encoding="utf-8") as f:
            source = f.read()
        base = PAGES
        ok = True
        for fsel in c["frames"]:
            fid = id_of(fsel)
            if fid is None:
                err(cid, "frame selector %r: only #id selectors can be checked" % fsel)
                ok = False
                break
            tag, a = parse(source).tags.get(fid, (None, {}))
            if tag not in ("iframe", "frame"):
                err(cid, "frame %s not found as <iframe> in its document" % fsel)
                ok = False
                break
            if "srcdoc" in a:
                source = a["srcdoc"]
            elif a.get("src") and not re.match(r"^[a-z]+:", a["src"]):
                fpath = os.path.normpath(os.path.join(base, a["src"]))
                if not os.path.isfile(fpath):
                    err(cid, "frame file %s missing" % a["src"])
                    ok = False
                    break
                base = os.path.dirname(fpath)
                with open(fpath, encoding="utf-8") as f:
                    source = f.read()
            elif a.get("src") == "about:blank":
                pass  # filled by script; texts checked against the top page source
            else:
                err(cid, "frame %s has no relative src, srcdoc or about:blank" % fsel)
                ok = False
                break
        if not ok:
            continue
        plain = html.unescape(source)
        sel = c["select"]
        kind = sel.get("kind") if isinstance(sel, dict) else None
        if kind == "element":
            if sorted(sel.keys()) != ["kind", "selector"] or not isinstance(sel["selector"], str):
                err(cid, "element selection needs kind, selector")
        elif kind == "text":
            if sorted(sel.keys()) != ["from", "kind", "selector", "to"] or not all(
                    isinstance(sel[k], str) and sel[k] for k in ("selector", "from", "to")):
                err(cid, "text selection needs kind, selector, from, to")
                continue
            for k in ("from", "to"):
                if sel[k] not in source and sel[k] not in plain:
                    err(cid, "%s text %r not in the page source" % (k, sel[k]))
            if sel["from"] in plain and sel["to"] in plain and plain.find(sel["from"]) > plain.rfind(sel["to"]):
                err(cid, "from occurs after the last to in the source")
        elif kind == "field":
            if sorted(sel.keys()) != ["end", "kind", "selector", "start"] or not all(
                    isinstance(sel[k], int) and not isinstance(sel[k], bool) for k in ("start", "end")):
                err(cid, "field selection needs kind, selector, start, end (integers)")
                continue
            fid = id_of(sel["selector"])
            text = field_text(parse(source), fid) if fid else None
            if text is None:
                err(cid, "field %s not found (checker supports #id of textarea/input)" % sel["selector"])
                continue
            if not (0 <= sel["start"] < sel["end"] <= len(text)):
                err(cid, "range %d..%d outside field text of length %d" % (sel["start"], sel["end"], len(text)))
            elif " ".join(text[sel["start"]:sel["end"]].split()) != " ".join(c["expected"].split()):
                err(cid, "expected differs from the field text in range: %r" % text[sel["start"]:sel["end"]])
        else:
            err(cid, "select.kind must be element, text or field")
    for p in sorted(os.listdir(PAGES)):
        if p.endswith(".html") and p in pages_used and pages_used[p] != 2:
            print("note: %s has %d cases" % (p, pages_used[p]))
    for e in errors:
        print("ERROR", e)
    print("%d cases, %d pages used, %d errors" % (len(cases), len(pages_used), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
