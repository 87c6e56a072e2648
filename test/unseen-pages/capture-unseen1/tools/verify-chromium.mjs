// Optional sanity check, not part of the test set: loads every case in headless
// Chromium over the DevTools protocol, performs the 'before' clicks, makes the
// selection and prints what Selection.toString() / innerText give next to
// 'expected'. Needs Node >= 20.10 (run with --experimental-websocket) and a
// Chromium started with --remote-debugging-port=9333, pages served on BASE.
import fs from "node:fs";
const BASE = process.env.BASE || "http://localhost:8765/pages/";
const cases = JSON.parse(fs.readFileSync(new URL("../cases.json", import.meta.url)));
const ver = await (await fetch("http://127.0.0.1:9333/json/version")).json();
const ws = new WebSocket(ver.webSocketDebuggerUrl);
await new Promise(r => ws.onopen = r);
let seq = 0; const pending = new Map();
ws.onmessage = e => { const m = JSON.parse(e.data); if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); } };
const send = (method, params = {}, sessionId) => new Promise(r => { const id = ++seq; pending.set(id, r); ws.send(JSON.stringify({ id, method, params, sessionId })); });
const sleep = ms => new Promise(r => setTimeout(r, ms));
const norm = s => (s || "").replace(/\s+/g, " ").trim();

function inFrame(c) {
  // runs inside the target frame
  return `(() => {
    const c = ${JSON.stringify(c)};
    let root = document;
    for (const h of c.shadowHosts) { const e = root.querySelector(h); if (!e || !e.shadowRoot) return null; root = e.shadowRoot; }
    const el = root.querySelector(c.select.selector);
    if (!el) return null;
    const sel = (root.getSelection ? root.getSelection() : null) || document.getSelection();
    const s = c.select;
    if (s.kind === "field") { el.focus(); el.setSelectionRange(s.start, s.end); return { sel: el.value.substring(el.selectionStart, el.selectionEnd), inner: "" }; }
    const r = document.createRange();
    if (s.kind === "element") r.selectNodeContents(el);
    else {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); const nodes = []; let n;
      while ((n = w.nextNode())) nodes.push(n);
      const a = nodes.find(t => t.data.includes(s.from)); const b = [...nodes].reverse().find(t => t.data.includes(s.to));
      if (!a || !b) return { sel: "FROM/TO NOT FOUND", inner: "" };
      r.setStart(a, a.data.indexOf(s.from)); r.setEnd(b, b.data.lastIndexOf(s.to) + s.to.length);
    }
    document.getSelection().removeAllRanges(); document.getSelection().addRange(r);
    return { sel: document.getSelection().toString(), range: r.toString(), inner: s.kind === "element" ? el.innerText : "" };
  })()`;
}

let ok = 0;
for (const c of cases) {
  const { result: { targetId } } = await send("Target.createTarget", { url: "about:blank" });
  const { result: { sessionId } } = await send("Target.attachToTarget", { targetId, flatten: true });
  await send("Page.enable", {}, sessionId);
  await send("Page.navigate", { url: BASE + c.page }, sessionId);
  await sleep(700);
  for (const b of c.before || []) {
    for (let i = 0; i < 30; i++) {
      const r = await send("Runtime.evaluate", { expression: `(() => { const e = document.querySelector(${JSON.stringify(b.click)}); if (!e) return false; e.click(); return true; })()`, returnByValue: true }, sessionId);
      if (r.result.result.value) break; await sleep(100);
    }
    await sleep(500);
  }
  let out = null;
  for (let tries = 0; tries < 20 && !out; tries++) {
    const tree = (await send("Page.getFrameTree", {}, sessionId)).result.frameTree;
    const frames = []; (function walk(t, d) { frames.push({ id: t.frame.id, d }); (t.childFrames || []).forEach(ch => walk(ch, d + 1)); })(tree, 0);
    for (const f of frames.filter(f => f.d === c.frames.length)) {
      const w = await send("Page.createIsolatedWorld", { frameId: f.id, worldName: "v" + seq }, sessionId);
      if (!w.result) continue;
      const r = await send("Runtime.evaluate", { expression: inFrame(c), contextId: w.result.executionContextId, returnByValue: true }, sessionId);
      const v = r.result && r.result.result && r.result.result.value;
      if (v) { out = v; break; }
    }
    if (!out) await sleep(150);
  }
  if (!out) {
    // out-of-process frames (e.g. a sandboxed srcdoc frame with an opaque origin) are separate targets
    const infos = (await send("Target.getTargets", {})).result.targetInfos.filter(t => t.type === "iframe" && t.parentId === targetId);
    for (const t of infos) {
      const a = await send("Target.attachToTarget", { targetId: t.targetId, flatten: true });
      const r = await send("Runtime.evaluate", { expression: inFrame(c), returnByValue: true }, a.result.sessionId);
      const v = r.result && r.result.result && r.result.result.value;
      if (v) { out = v; out.sel += ""; console.log("  (read in out-of-process frame " + t.url + ")"); break; }
    }
  }
  const good = out && norm(out.sel) === norm(c.expected);
  if (good) ok++;
  console.log(`${c.id} ${good ? "OK  " : "DIFF"} ${c.page}`);
  if (!good) { console.log("  expected:", JSON.stringify(c.expected)); console.log("  toString:", JSON.stringify(out && out.sel)); if (out && out.inner) console.log("  innerText:", JSON.stringify(out.inner)); }
  await send("Target.closeTarget", { targetId });
}
console.log(`${ok}/${cases.length} equal to Selection.toString() (whitespace collapsed)`);
ws.close();
