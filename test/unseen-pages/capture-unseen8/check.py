#!/usr/bin/env python3
"""Validate cases.json for capture-unseen8. Exit 1 on any problem."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

def sources(page):
    """Page source plus its relative-URL frame files, each also HTML-unescaped up to three times
    (srcdoc in srcdoc is escaped twice)."""
    out = []
    path = os.path.join(PAGES, page)
    txt = open(path, encoding="utf-8").read()
    todo = [txt]
    for src in re.findall(r'<iframe[^>]*\ssrc="([^"]+)"', txt):
        p = os.path.join(PAGES, src)
        if os.path.exists(p):
            todo.append(open(p, encoding="utf-8").read())
    for t in todo:
        cur = t
        for _ in range(4):
            out.append(cur)
            cur = html.unescape(cur)
    return out

def frame_ok(cid, page, frames):
    """Each frame selector must name an iframe by id; the outer one in the page, inner ones in the
    previous frame's (unescaped) document. Relative src files must exist."""
    path = os.path.join(PAGES, page)
    doc = open(path, encoding="utf-8").read()
    base = os.path.dirname(path)
    for sel in frames:
        m = re.fullmatch(r"#([\w-]+)", sel)
        if not m:
            err(cid, f"frame selector {sel!r} is not an #id (check.py only understands ids)")
            return
        tag = re.search(r'<iframe\b[^>]*\bid="%s"[^>]*>' % re.escape(m.group(1)), doc)
        if not tag:
            err(cid, f"frame {sel} not found")
            return
        t = tag.group(0)
        sd = re.search(r'\bsrcdoc="([^"]*)"', t)
        sr = re.search(r'\bsrc="([^"]*)"', t)
        if sd:
            doc = html.unescape(sd.group(1))
        elif sr and sr.group(1) != "about:blank":
            if re.match(r"^[a-z]+:", sr.group(1)) or sr.group(1).startswith("/"):
                err(cid, f"frame {sel} src is not relative: {sr.group(1)}")
                return
            fp = os.path.normpath(os.path.join(base, sr.group(1)))
            if not os.path.exists(fp):
                err(cid, f"frame file missing: {fp}")
                return
            doc = open(fp, encoding="utf-8").read()
            base = os.path.dirname(fp)
        else:
            doc = ""

def main():
    cases = json.load(open(os.path.join(HERE, "cases.json"), encoding="utf-8"))
    if not isinstance(cases, list):
        print("cases.json is not an array"); sys.exit(1)
    if len(cases) != 24:
        errors.append(f"expected 24 cases, found {len(cases)}")
    keys = {"id", "page", "frames", "shadowHosts", "select", "before", "expected", "notes"}
    ids = set()
    per_page = {}
    for c in cases:
        cid = c.get("id", "?")
        if set(c) != keys:
            err(cid, f"keys {sorted(c)} != {sorted(keys)}")
        if not re.fullmatch(r"c\d\d", str(cid)):
            err(cid, "id not of the form cNN")
        if cid in ids:
            err(cid, "duplicate id")
        ids.add(cid)
        page = c.get("page")
        if not isinstance(page, str) or not os.path.exists(os.path.join(PAGES, page)):
            err(cid, f"page missing: {page}"); continue
        per_page[page] = per_page.get(page, 0) + 1
        for k in ("frames", "shadowHosts", "before"):
            if not isinstance(c.get(k), list):
                err(cid, f"{k} not a list")
        if not all(isinstance(s, str) and s for s in c["frames"] + c["shadowHosts"]):
            err(cid, "frames/shadowHosts must be non-empty strings")
        for b in c["before"]:
            if set(b) != {"click"} or not isinstance(b["click"], str):
                err(cid, f"bad before step {b}")
        for k in ("expected", "notes"):
            if not isinstance(c.get(k), str) or not c[k]:
                err(cid, f"{k} missing or empty")
        if c["expected"] != c["expected"].strip():
            err(cid, "expected not trimmed")
        frame_ok(cid, page, c["frames"])
        srcs = sources(page)
        def occurs(s):
            return any(s in t for t in srcs)
        sel = c.get("select", {})
        kind = sel.get("kind")
        if not isinstance(sel.get("selector"), str) or not sel["selector"]:
            err(cid, "select.selector missing")
        if kind == "element":
            if set(sel) != {"kind", "selector"}:
                err(cid, f"element select keys {sorted(sel)}")
        elif kind == "text":
            if set(sel) != {"kind", "selector", "from", "to"}:
                err(cid, f"text select keys {sorted(sel)}")
            for k in ("from", "to"):
                if not isinstance(sel.get(k), str) or not sel[k]:
                    err(cid, f"select.{k} empty")
                elif not occurs(sel[k]):
                    err(cid, f"select.{k} {sel[k]!r} not in page sources")
        elif kind == "field":
            if set(sel) != {"kind", "selector", "start", "end"}:
                err(cid, f"field select keys {sorted(sel)}")
            st, en = sel.get("start"), sel.get("end")
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en):
                err(cid, "field start/end not ints with 0 <= start < end")
            else:
                m = re.fullmatch(r"#([\w-]+)", sel["selector"])
                src = open(os.path.join(PAGES, page), encoding="utf-8").read()
                val = None
                if m:
                    ta = re.search(r'<textarea\b[^>]*\bid="%s"[^>]*>(.*?)</textarea>' % m.group(1), src, re.S)
                    inp = re.search(r'<input\b[^>]*\bid="%s"[^>]*\bvalue="([^"]*)"' % m.group(1), src)
                    if ta:
                        val = html.unescape(ta.group(1))
                        if val.startswith("\n"):
                            val = val[1:]  # parser drops one leading newline in <textarea>
                    elif inp:
                        val = html.unescape(inp.group(1))
                if val is None:
                    err(cid, f"field {sel['selector']} not found")
                else:
                    # JS offsets count UTF-16 code units
                    n = len(val.encode("utf-16-le")) // 2
                    if en > n:
                        err(cid, f"field range {st}-{en} beyond length {n}")
                    else:
                        u = val.encode("utf-16-le")[2 * st:2 * en].decode("utf-16-le")
                        if " ".join(u.split()) != " ".join(c["expected"].split()):
                            err(cid, f"field slice {u!r} != expected")
        else:
            err(cid, f"unknown select kind {kind!r}")
    for p, n in per_page.items():
        if n != 2:
            errors.append(f"page {p} has {n} cases (want 2)")
    if len(per_page) != 12:
        errors.append(f"{len(per_page)} pages used (want 12)")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print(f"OK: {len(cases)} cases on {len(per_page)} pages")

main()
