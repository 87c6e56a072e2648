import html
lines = [
 ("kop", "Gemeente Meerzicht"),
 ("kop", "Afdeling Werk en Inkomen"),
 ("", "Aan: mevrouw J.A. Rietveld"),
 ("", "Vlierstraat 3"),
 ("", "1431 CK Meerzicht"),
 ("", "Datum: 12 november 2026"),
 ("", "Kenmerk: WI/2026/118734"),
 ("kop", "Besluit op uw aanvraag bijzondere bijstand"),
 ("", "Beste mevrouw Rietveld,"),
 ("", "Op 3 november 2026 heeft u samen met uw wijkteammedewerker"),
 ("", "een aanvraag gedaan voor bijzondere bijstand voor de kosten van"),
 ("", "een wasmachine en een koelkast. Wij kennen u een bedrag toe van"),
 ("", "€ 640,00 als gift. U hoeft dit bedrag niet terug te betalen."),
 ("kop", "Waarom krijgt u deze bijstand?"),
 ("", "Uw oude wasmachine is kapot en u heeft drie kinderen onder de tien"),
 ("", "jaar. Zonder wasmachine moet u elke dag naar de wasserette, wat u"),
 ("", "meer kost dan u kunt betalen. Wij vinden dit noodzakelijke kosten."),
]
spans = []
top = 60
for i,(cls,t) in enumerate(lines):
    if cls == "kop": top += 10
    style = "left:72px;top:%dpx;font-size:%dpx" % (top, 15 if cls else 13)
    spans.append('<span id="r%02d" class="%s" style="%s">%s</span>' % (i+1, ("regel "+cls).strip(), style, html.escape(t, quote=False)))
    top += 22 if cls else 19
    if i in (1,6,8,12): top += 14
pre = """Berekening draagkracht (bijlage 1)
-----------------------------------------------
Netto inkomen per maand          € 1.612,40
Vaste lasten per maand           € 1.288,15
Ruimte boven bijstandsnorm       €     0,00
Draagkracht over 12 maanden      €     0,00
-----------------------------------------------
Toegekend bedrag (gift)          €   640,00"""
page = """<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>DocuView · WI-2026-118734.pdf</title>
<style>
body{margin:0;background:#525659;font-family:Arial,sans-serif}
.balk{background:#323639;color:#eee;padding:8px 14px;font-size:13px;display:flex;justify-content:space-between}
.pagina{position:relative;width:620px;height:560px;margin:16px auto;background:#fff;box-shadow:0 1px 4px #000}
.pagina span.regel{position:absolute;white-space:pre;font-family:"Times New Roman",serif;color:#111;line-height:1}
.pagina span.kop{font-weight:bold}
.pagina .paginanr{position:absolute;bottom:20px;right:40px;font-size:11px;color:#666;user-select:none}
#pagina-2 pre{position:absolute;left:72px;top:70px;margin:0;font-size:13px}
</style>
</head>
<body>
<div class="balk"><span>WI-2026-118734.pdf</span><span>Pagina 1 van 2 · 100%</span></div>
<div class="pagina" id="pagina-1">SPANS<div class="paginanr">1</div></div>
<div class="pagina" id="pagina-2" style="height:300px"><pre id="berekening">PRE</pre><div class="paginanr">2</div></div>
</body>
</html>
""".replace("SPANS", "".join(spans)).replace("PRE", html.escape(pre, quote=False))
open('/work/capture-unseen2/pages/pdf-viewer.html','w').write(page)
