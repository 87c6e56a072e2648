import html, json, random
random.seed(7)
namen = ["M. Kuipers","S. Aydın","L. de Boer","T. Nijland","H. Verbeek"]
bewoner = "Ricardo Fernandes"
onderdelen = [
 "Telefonisch contact met {b}. Hij klinkt rustiger dan vorige week en heeft de afspraak bij de schuldhulp zelf gemaakt. Hij vroeg of ik mee wil naar het eerste gesprek; afgesproken dat ik in de wachtkamer blijf en hij zelf het woord doet.",
 "Huisbezoek. De woonkamer was opgeruimd en er stond koffie klaar. {b} vertelde over zijn dochter Mila, die hij sinds de scheiding om het weekend ziet. Hij wil graag dat zij een eigen kamer heeft als ze blijft slapen, maar het matras ligt nog op de grond.",
 "Overleg met de klantmanager van het Werkplein over de sanctie op de uitkering. De sanctie is gebaseerd op een gemiste afspraak waarvan de brief naar het oude adres was gestuurd. Klantmanager heeft toegezegd de sanctie te heroverwegen.",
 "{b} belde zelf op. Hij had een brief van de deurwaarder gekregen en wist niet wat hij ermee moest. Samen de brief doorgenomen: het gaat om een oude boete van het CJIB die al in de regeling zit. Hij was opgelucht.",
 "Gesprek op het kantoor van het wijkteam. {b} gaf aan dat hij slecht slaapt en veel piekert over geld. Ik heb gevraagd wat hem vroeger hielp; hij noemde het voetballen met collega's. We hebben gekeken naar het walking football bij SV Noorderkwartier.",
 "Afstemming met de wijkverpleegkundige Ineke over de voetwond van {b}. Zij komt twee keer per week verbinden. Zij merkt dat hij meer praat dan eerst en vaker de deur openzet voor de buurjongen die boodschappen doet.",
 "Samen met {b} naar het Juridisch Loket geweest voor advies over de omgangsregeling. Hij was nerveus maar had zijn vragen zelf opgeschreven op een briefje. Advies: eerst via mediation, de kosten vallen onder de toevoeging.",
 "Kort contact via WhatsApp. {b} stuurde een foto van het bed dat hij via de kringloop heeft gekregen, met de tekst: 'Mila's kamer is klaar.' Afgesproken dat we volgende week de evaluatie plannen.",
 "Intervisie in het team over deze casus. Vraag was of we niet te veel overnemen. Conclusie: {b} neemt steeds meer zelf het initiatief, we bouwen de frequentie van contact af naar eens per twee weken.",
 "Buurtbemiddeling heeft gebeld. De buren van {b} hadden geklaagd over geluid 's nachts; het bleek om de wasmachine te gaan die hij 's nachts aanzette vanwege het daltarief. Met een simpele afspraak opgelost.",
]
entries = []
import datetime
d = datetime.date(2026,1,6)
i = 0
total = 0
while total < 19800:
    auteur = namen[i % len(namen)]
    tekst = onderdelen[(i*3) % len(onderdelen)].format(b=bewoner.split()[0] if i%2 else bewoner)
    if i % 4 == 1:
        tekst += " Volgende afspraak: " + (d + datetime.timedelta(days=9)).strftime("%d-%m-%Y") + "."
    kop = d.strftime("%d-%m-%Y") + " · " + auteur
    entries.append((kop, tekst))
    total += len(kop) + len(tekst) + 2
    d += datetime.timedelta(days=4 + (i % 5))
    i += 1
slot = "Afsluitend gesprek. Ricardo zegt dat hij het wijkteam nu niet meer nodig heeft, maar dat hij weet waar hij ons kan vinden. Dossier gesloten in overleg."
kop = d.strftime("%d-%m-%Y") + " · " + namen[0]
entries.append((kop, slot))
arts = "\n".join('<article class="entry" id="j-%d"><h4>%s</h4><p>%s</p></article>' % (n+1, html.escape(k), html.escape(t, quote=False)) for n,(k,t) in enumerate(entries))
expected = "\n".join(k + "\n" + t for k,t in entries)
json.dump({"from": entries[0][0], "to": slot, "expected": expected, "n": len(entries)}, open("/work/capture-unseen2/gen/journal.json","w"), ensure_ascii=False)
page = """<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Wijkmonitor · Casusoverzicht en journaal</title>
<style>
body{font-family:Arial,sans-serif;margin:0;background:#f4f4f0;color:#222;font-size:13px}
.kop{background:#4a4a1f;color:#fff;padding:10px 16px}
.inhoud{max-width:1000px;margin:12px auto;background:#fff;padding:12px 18px;border:1px solid #ccc}
table.kerncijfers{border-collapse:collapse;margin:8px 0 16px}
table.kerncijfers th,table.kerncijfers td{border:1px solid #ccc;padding:4px 10px;text-align:right}
table.kerncijfers th:first-child,table.kerncijfers td:first-child{text-align:left}
#grid{border:1px solid #bbb}
#grid .koprij,#grid .rij{display:grid;grid-template-columns:110px 110px 90px 130px 1fr;height:28px;align-items:center}
#grid .koprij{background:#e8e8dc;font-weight:bold;border-bottom:1px solid #bbb}
#grid .venster{height:280px;overflow-y:auto;position:relative}
#grid .ruimte{position:relative}
#grid .rij{position:absolute;left:0;right:0;border-bottom:1px solid #eee}
#grid .rij > div,#grid .koprij > div{padding:0 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#journaal article{border-bottom:1px dotted #ccc;padding:4px 0}
#journaal h4{margin:6px 0 2px;font-size:12px;color:#4a4a1f}
#journaal p{margin:0;line-height:1.4}
</style>
</head>
<body>
<div class="kop">Wijkmonitor — Sociaal Wijkteam Alkmaar-Noord · Rapportage Q4 2026</div>
<div class="inhoud">
<h2>Kerncijfers</h2>
<table class="kerncijfers" id="kerncijfers">
<thead><tr><th>Thema</th><th>Nieuwe casussen</th><th>Afgesloten</th><th>Gem. duur (wkn)</th></tr></thead>
<tbody>
<tr><td>Financiën</td><td>48</td><td>39</td><td>14</td></tr>
<tr><td>Eenzaamheid</td><td>21</td><td>12</td><td>19</td></tr>
<tr><td>Opvoeding</td><td>33</td><td>30</td><td>11</td></tr>
<tr><td>Wonen</td><td>17</td><td>9</td><td>23</td></tr>
</tbody></table>
<h2>Casussen (400)</h2>
<div id="grid" role="grid" aria-rowcount="401">
  <div class="koprij" role="row"><div role="columnheader">Casusnr.</div><div role="columnheader">Wijk</div><div role="columnheader">Start</div><div role="columnheader">Thema</div><div role="columnheader">Laatste notitie</div></div>
  <div class="venster"><div class="ruimte"></div></div>
</div>
<h2>Journaal casus AN-2026-0117</h2>
<div id="journaal">
ARTS
</div>
</div>
<script>
(function(){
  var vast = [
    ["AN-2026-0101","Oudorp","06-01-2026","Financiën","Betalingsregeling Eneco loopt, eerste termijn betaald."],
    ["AN-2026-0104","Daalmeer","09-01-2026","Eenzaamheid","Meneer gaat nu elke woensdag naar het repair café en repareert er zelf fietsen."],
    ["AN-2026-0109","Huiswaard","14-01-2026","Opvoeding","Moeder belde zelf: het gaat beter sinds de vaste bedtijden."],
    ["AN-2026-0112","Oudorp","20-01-2026","Wonen","Urgentieaanvraag afgewezen; bezwaar samen opgesteld."]
  ];
  var wijken = ["Oudorp","Daalmeer","Huiswaard","De Mare","Koedijk"], themas = ["Financiën","Eenzaamheid","Opvoeding","Wonen","Gezondheid"];
  function rij(i){
    if (i < vast.length) return vast[i];
    var dag = 1 + (i * 7) % 28, maand = 1 + (i % 11);
    return ["AN-2026-0" + (100 + i * 3), wijken[i % 5], (dag<10?"0":"")+dag+"-"+(maand<10?"0":"")+maand+"-2026", themas[(i*3) % 5], "Contact gehad; vervolgafspraak gepland (" + (i % 4 + 1) + ")."];
  }
  var N = 400, H = 28, venster = document.querySelector('#grid .venster'), ruimte = venster.querySelector('.ruimte');
  ruimte.style.height = (N * H) + 'px';
  var klassen = ["cel-nr","cel-wijk","cel-start","cel-thema","cel-notitie"];
  function teken(){
    var eerste = Math.max(0, Math.floor(venster.scrollTop / H) - 3), laatste = Math.min(N, Math.ceil((venster.scrollTop + venster.clientHeight) / H) + 3);
    ruimte.innerHTML = '';
    for (var i = eerste; i < laatste; i++){
      var r = document.createElement('div'); r.className = 'rij'; r.setAttribute('role','row'); r.dataset.rij = i + 1; r.style.top = (i * H) + 'px';
      rij(i).forEach(function(t, k){ var c = document.createElement('div'); c.setAttribute('role','gridcell'); c.className = klassen[k]; c.textContent = t; r.appendChild(c); });
      ruimte.appendChild(r);
    }
  }
  venster.addEventListener('scroll', function(){ requestAnimationFrame(teken); });
  teken();
})();
</script>
</body>
</html>
""".replace("ARTS", arts)
open('/work/capture-unseen2/pages/rapportage-grid.html','w').write(page)
print(len(expected), len(entries))
