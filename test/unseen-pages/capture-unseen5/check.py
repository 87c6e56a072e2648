#!/usr/bin/env python3
"""Validate cases.json of capture-unseen5 against the pages in ./pages.

Checks: keys and types, unique ids, pages and relative frame files exist, frame/shadow
selector lists are lists of strings, `from`/`to` occur in the page sources (the page plus the
files its frames load, also after un-escaping srcdoc), field ranges lie within the field's
text (and give `expected`), `expected` is trimmed and non-empty. Exit status 0 = pass.
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
errors = []

def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))

def frame_files(path, seen=None):
    """The page and every file it loads through <iframe src="relative">, recursively."""
    seen = seen if seen is not None else []
    if path in seen:
        return seen
    seen.append(path)
    src = open(path, encoding="utf-8").read()
    for m in re.finditer(r'<iframe\b[^>]*\bsrc="([^"]+)"', src):
        url = m.group(1)
        if url.startswith(("about:", "data:", "javascript:")):
            continue
        if re.match(r"^[a-z]+://", url) or url.startswith("//"):
            errors.append("%s: external frame URL %s" % (os.path.relpath(path, HERE), url))
            continue
        target = os.path.normpath(os.path.join(os.path.dirname(path), url.split("#")[0].split("?")[0]))
        if not os.path.isfile(target):
            errors.append("%s: frame file missing: %s" % (os.path.relpath(path, HERE), url))
            continue
        frame_files(target, seen)
    return seen

def texts(files):
    out = []
    for f in files:
        s = open(f, encoding="utf-8").read()
        u1 = html.unescape(s)
        out += [s, u1, html.unescape(u1)]  # raw, once (text), twice (srcdoc content)
    return "\n".join(out)

def field_text(files, selector):
    m = re.fullmatch(r"(?:textarea|input)?#([\w-]+)", selector.strip())
    if not m:
        return None
    fid = re.escape(m.group(1))
    for f in files:
        s = open(f, encoding="utf-8").read()
        t = re.search(r'<textarea\b[^>]*\bid="%s"[^>]*>(.*?)</textarea>' % fid, s, re.S)
        if t:
            v = html.unescape(t.group(1))
            return v[1:] if v.startswith("\n") else v
        i = re.search(r'<input\b[^>]*\bid="%s"[^>]*>' % fid, s)
        if i:
            v = re.search(r'\bvalue="([^"]*)"', i.group(0))
            return html.unescape(v.group(1)) if v else ""
    return None

def main():
    try:
        cases = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
    except Exception as e:
        print("cases.json unreadable: %s" % e)
        return 1
    if not isinstance(cases, list):
        print("cases.json must be a JSON array")
        return 1
    keys = {"id", "page", "frames", "shadowHosts", "select", "before", "expected", "notes"}
    ids = set()
    per_page = {}
    for c in cases:
        cid = c.get("id", "?") if isinstance(c, dict) else "?"
        if not isinstance(c, dict):
            err(cid, "case is not an object"); continue
        if set(c) != keys:
            err(cid, "keys %s, expected %s" % (sorted(c), sorted(keys)))
        for k in ("id", "page", "expected", "notes"):
            if not isinstance(c.get(k), str) or not c.get(k):
                err(cid, "%s must be a non-empty string" % k)
        if cid in ids:
            err(cid, "duplicate id")
        ids.add(cid)
        for k in ("frames", "shadowHosts"):
            v = c.get(k)
            if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                err(cid, "%s must be a list of non-empty strings" % k)
        b = c.get("before")
        if not isinstance(b, list) or not all(isinstance(x, dict) and set(x) == {"click"} and isinstance(x["click"], str) for x in b):
            err(cid, "before must be a list of {click: CSS}")
        exp = c.get("expected", "")
        if isinstance(exp, str) and exp != exp.strip():
            err(cid, "expected is not trimmed")
        page = os.path.join(PAGES, str(c.get("page")))
        if not os.path.isfile(page):
            err(cid, "page missing: %s" % c.get("page")); continue
        per_page[c["page"]] = per_page.get(c["page"], 0) + 1
        files = frame_files(page)
        src = texts(files)
        for fsel in c.get("frames") or []:
            m = re.search(r"#([\w-]+)", fsel)
            if m and not re.search(r'<iframe\b[^>]*\bid="%s"' % re.escape(m.group(1)), src):
                err(cid, "frame %s not found in page sources" % fsel)
        for h in c.get("shadowHosts") or []:
            m = re.search(r"#([\w-]+)", h)
            if m and ('id="%s"' % m.group(1)) not in src:
                err(cid, "shadow host %s not found in page sources" % h)
        for clk in b or []:
            m = re.search(r"#([\w-]+)", clk.get("click", ""))
            if m and ('id="%s"' % m.group(1)) not in src:
                err(cid, "click target %s not found" % clk["click"])
        s = c.get("select")
        if not isinstance(s, dict) or s.get("kind") not in ("element", "text", "field"):
            err(cid, "select.kind must be element|text|field"); continue
        if not isinstance(s.get("selector"), str) or not s["selector"]:
            err(cid, "select.selector must be a non-empty string")
        kind = s["kind"]
        want = {"element": {"kind", "selector"}, "text": {"kind", "selector", "from", "to"},
                "field": {"kind", "selector", "start", "end"}}[kind]
        if set(s) != want:
            err(cid, "select keys %s, expected %s" % (sorted(s), sorted(want)))
        m = re.search(r"#([\w-]+)", s.get("selector", ""))
        if m and ('id="%s"' % m.group(1)) not in src:
            err(cid, "selector id %s not found in page sources" % m.group(1))
        if kind == "text":
            for k in ("from", "to"):
                v = s.get(k)
                if not isinstance(v, str) or not v:
                    err(cid, "select.%s must be a non-empty string" % k)
                elif v not in src:
                    err(cid, "select.%s %r does not occur in the page sources" % (k, v))
            norm = lambda t: re.sub(r"\s+", " ", t)
            if isinstance(s.get("from"), str) and not norm(exp).startswith(norm(s["from"])):
                err(cid, "expected does not start with `from`")
            if isinstance(s.get("to"), str) and not norm(exp).endswith(norm(s["to"])):
                err(cid, "expected does not end with `to`")
        if kind == "field":
            a, z = s.get("start"), s.get("end")
            if not (isinstance(a, int) and isinstance(z, int) and 0 <= a < z):
                err(cid, "field start/end must be integers with 0 <= start < end")
            else:
                t = field_text(files, s["selector"])
                if t is None:
                    err(cid, "field %s not found in sources" % s["selector"])
                elif z > len(t):
                    err(cid, "field range %d-%d beyond text length %d" % (a, z, len(t)))
                elif t[a:z].strip() != exp:
                    err(cid, "field range gives %r, not expected" % t[a:z][:60])
    for p, n in per_page.items():
        if n != 2:
            errors.append("%s: %d cases (want 2)" % (p, n))
    if len(cases) != 24:
        errors.append("%d cases (want 24)" % len(cases))
    pages = [f for f in os.listdir(PAGES) if f.endswith(".html")]
    if len(pages) != 12:
        errors.append("%d pages in pages/ (want 12)" % len(pages))
    for f in pages:
        s = open(os.path.join(PAGES, f), encoding="utf-8").read()
        if re.search(r'\b(?:src|href)="(?:https?:)?//', s) or "@import url(http" in s:
            errors.append("%s: external resource" % f)
    if errors:
        print("FAIL")
        for e in errors:
            print(" - " + e)
        return 1
    print("OK: %d cases, %d pages, all checks passed" % (len(cases), len(pages)))
    return 0

if __name__ == "__main__":
    sys.exit(main())
