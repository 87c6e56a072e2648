#!/usr/bin/env python3
"""Sanity check: apply every case in headless Chromium and compare Selection.toString() with `expected`.

Differences are not failures: Chromium's toString keeps hidden text (opacity 0, aria-hidden, sr-only),
zero-width spaces and soft hyphens, ignores visual order and cannot cross shadow boundaries, which
`expected` deliberately does not. See README "Doubts". Needs /usr/bin/chromium; downloads nothing.
Usage: python3 sanity_chromium.py
"""
import html, json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = '<!doctype html><html><body><pre id="out"></pre><div id="host"></div><script>\nvar CASES = __CASES__; var PAGES_URL = __PAGES__;\nfunction sleep(ms){return new Promise(r=>setTimeout(r,ms));}\nfunction flatten(node, out){\n  if (node.nodeType===3){ out.push(node); return; }\n  if (node.nodeType!==1 && node.nodeType!==11 && node.nodeType!==9) return;\n  if (node.localName===\'style\'||node.localName===\'script\'||node.localName===\'template\') return;\n  var kids;\n  if (node.shadowRoot) kids = node.shadowRoot.childNodes;\n  else if (node.localName===\'slot\') { var a=node.assignedNodes({flatten:true}); kids = a.length? a : node.childNodes; }\n  else kids = node.childNodes;\n  for (var i=0;i<kids.length;i++) flatten(kids[i], out);\n}\nasync function run(c){\n  var f=document.createElement(\'iframe\'); f.style.width=\'1200px\'; f.style.height=\'800px\';\n  var loaded=new Promise(r=>f.onload=r);\n  f.src=PAGES_URL+c.page; document.getElementById(\'host\').appendChild(f);\n  await loaded; await sleep(500);\n  var win=f.contentWindow, doc=f.contentDocument;\n  for (var fs of c.frames){ var fr=doc.querySelector(fs); win=fr.contentWindow; doc=fr.contentDocument; }\n  var root=doc; for (var hs of c.shadowHosts){ root=root.querySelector(hs).shadowRoot; }\n  for (var b of c.before){ root.querySelector(b.click).click(); await sleep(200); }\n  var s=c.select, sel=win.getSelection(), res=\'\';\n  var el=root.querySelector(s.selector);\n  if (!el) return \'NO ELEMENT\';\n  if (s.kind===\'element\'){ var r=doc.createRange(); r.selectNodeContents(el); sel.removeAllRanges(); sel.addRange(r); res=sel.toString(); }\n  else if (s.kind===\'text\'){\n    var nodes=[]; flatten(el,nodes); var txt=\'\', starts=[];\n    nodes.forEach(n=>{starts.push(txt.length); txt+=n.data;});\n    var a=txt.indexOf(s.from), z=txt.lastIndexOf(s.to); if(a<0||z<0) return \'NOT FOUND \'+a+\' \'+z;\n    z+=s.to.length;\n    function pos(k,end){ for (var i=nodes.length-1;i>=0;i--){ if (starts[i]<k || (!end && starts[i]<=k)) return [nodes[i], k-starts[i]]; } }\n    var p=pos(a,false), q=pos(z,true);\n    sel.setBaseAndExtent(p[0],p[1],q[0],q[1]); res=sel.toString();\n    if (sel.getComposedRanges) { try { var cr=sel.getComposedRanges({shadowRoots: []}); res += \'\\n[composedRanges=\'+cr.length+\']\'; } catch(e){} }\n  } else if (s.kind===\'field\'){ el.focus(); el.setSelectionRange(s.start,s.end); res=sel.toString(); }\n  f.remove();\n  return res;\n}\n(async function(){ var out={}; for (var c of CASES){ try{ out[c.id]=await run(c);}catch(e){ out[c.id]=\'ERR \'+e; } }\n document.getElementById(\'out\').textContent=JSON.stringify(out); document.title=\'done\'; })();\n</script></body></html>'
def main():
    cases = json.load(open(os.path.join(HERE, 'cases.json'), encoding='utf-8'))
    page = TEMPLATE.replace('__CASES__', json.dumps(cases)).replace('__PAGES__', json.dumps('file://' + os.path.join(HERE, 'pages') + '/'))
    with tempfile.TemporaryDirectory() as d:
        h = os.path.join(d, 'harness.html')
        open(h, 'w', encoding='utf-8').write(page)
        dom = subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files',
                              '--virtual-time-budget=30000', '--dump-dom', 'file://' + h],
                             capture_output=True, text=True, timeout=180).stdout
    out = json.loads(html.unescape(re.search(r'<pre id="out">(.*?)</pre>', dom, re.S).group(1)))
    norm = lambda s: ' '.join(s.split())
    same = 0
    for c in cases:
        got = re.sub(r'\n\[composedRanges=\d+\]$', '', out.get(c['id'], ''))
        if norm(got) == norm(c['expected']):
            same += 1
            print(c['id'], 'same')
        else:
            print(c['id'], 'DIFF')
            print('   expected:', norm(c['expected']))
            print('   chromium:', norm(got).encode('unicode_escape').decode('ascii') if re.search('[\u200b\u00ad]', got) else norm(got))
    print(f'{same}/{len(cases)} equal to Chromium Selection.toString()')
if __name__ == '__main__':
    sys.exit(main())
