import html
mail = """<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:Calibri,Arial,sans-serif;font-size:14px;margin:14px;color:#222}blockquote{border-left:3px solid #99a;margin:12px 0;padding-left:10px;color:#555}.handtekening{color:#777;font-size:12px}</style></head><body>
<div class="mail">
<p>Hoi Wendy,</p>
<p>Dank voor je bericht over Gerrit Mulder. Ik ben gisteren samen met de wijkagent bij hem langs geweest. Hij had de deur al dagen niet opengedaan, maar toen hij mijn stem herkende van de buurtkamer liet hij ons binnen. De woning is erg vervuild en er staan meer dan twintig vuilniszakken in de gang.</p>
<p>Gerrit wil geen opruimbedrijf, maar hij wil wel dat "die jongen van de buurtkamer" een middag komt helpen. Ik stel voor dat we klein beginnen met de gang, zodat de brandweer niet hoeft in te grijpen.</p>
<p>Groet,<br>Sander</p>
<div class="handtekening">Sander Pieters | Wijkteam Zwolle-Holtenbroek | 038-4981123</div>
<blockquote>
<b>Van:</b> Wendy Timmer &lt;w.timmer@dewoonbond-zwolle.example&gt;<br>
<b>Verzonden:</b> maandag 23 november 2026 14:20<br>
<b>Onderwerp:</b> Zorgen over huurder Bachlaan 12<br>
<br>
Beste Sander,<br>
Buren maken zich zorgen over meneer Mulder op Bachlaan 12. Er komt een vieze lucht uit de brievenbus<br>
en hij is al twee weken niet gezien bij de supermarkt. Kunnen jullie gaan kijken?<br>
Met vriendelijke groet,<br>
Wendy Timmer, woonconsulent
</blockquote>
</div></body></html>"""
page = """<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Postvak IN - s.pieters@wijkteam-zwolle.example - TeamMail</title>
<style>
body{font-family:Arial,sans-serif;margin:0;display:grid;grid-template-columns:200px 340px 1fr;height:100vh;font-size:13px}
.mappen{background:#2c3e50;color:#cfd8e0;padding:10px}
.mappen div{padding:4px}.mappen .actief{color:#fff;font-weight:bold}
.lijst{border-right:1px solid #ddd;overflow:auto}
.lijst .m{padding:8px 10px;border-bottom:1px solid #eee}.lijst .m.sel{background:#e3ecf7}
.lijst .afz{font-weight:bold}.lijst .ond{color:#333}.lijst .vv{color:#888;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lezen{display:flex;flex-direction:column}
.kop{padding:12px 16px;border-bottom:1px solid #ddd}
.kop h1{font-size:18px;margin:0 0 6px}
#mail-body{flex:1;border:0;width:100%}
</style>
</head>
<body>
<div class="mappen"><div class="actief">Postvak IN (12)</div><div>Concepten</div><div>Verzonden</div><div>Archief</div></div>
<div class="lijst">
  <div class="m"><div class="afz">Gemeente Zwolle - Wmo</div><div class="ond">Beschikking hulpmiddelen</div><div class="vv">In de bijlage vindt u de beschikking voor...</div></div>
  <div class="m sel"><div class="afz">Sander Pieters</div><div class="ond">RE: Zorgen over huurder Bachlaan 12</div><div class="vv">Dank voor je bericht over Gerrit Mulder...</div></div>
  <div class="m"><div class="afz">Planning wijkteam</div><div class="ond">Rooster december</div><div class="vv">Het rooster voor december staat klaar...</div></div>
</div>
<div class="lezen">
  <div class="kop"><h1>RE: Zorgen over huurder Bachlaan 12</h1><div>Sander Pieters &lt;s.pieters@wijkteam-zwolle.example&gt; aan Wendy Timmer · di 24-11-2026 10:03</div></div>
  <iframe id="mail-body" sandbox="allow-popups" title="Berichtinhoud" srcdoc="SRCDOC"></iframe>
</div>
</body>
</html>
""".replace("SRCDOC", html.escape(mail, quote=True))
open('/work/capture-unseen2/pages/webmail.html','w').write(page)
