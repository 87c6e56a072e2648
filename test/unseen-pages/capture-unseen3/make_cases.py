import json
t=open('pages/formulier-aanmelding.html',encoding='utf-8').read()
s=t.index('rows="6">')+len('rows="6">'); v=t[s:t.index('</textarea>')]
fs=v.index('Na een heupoperatie'); fe=v.index('De buren doen de boodschappen.')+len('De buren doen de boodschappen.')
def E(sel): return {"kind":"element","selector":sel}
def T(sel,a,b): return {"kind":"text","selector":sel,"from":a,"to":b}
C=[]
def add(page,select,expected,notes,frames=(),hosts=(),before=()):
    C.append({"id":"c%02d"%(len(C)+1),"page":page,"frames":list(frames),"shadowHosts":list(hosts),"select":select,
              "before":[{"click":c} for c in before],"expected":expected.strip(),"notes":notes})
add("grid-dossier.html",E(".kenmerken"),
"""Casusnummer 2026-0417 Regisseur Marloes de Wit
Startdatum 3 februari 2026 Team Wijkteam Oost-Zuid
Hulpvraag Schulden en opvoeding Status Lopend""",
"CSS grid of label/value cells wrapped in display:contents pairs, no whitespace between the divs in the source: every cell must stay a separate word.")
add("grid-dossier.html",T("#doelen-kaart","Doelen en afspraken","besproken op 12 maart."),
"""DOELEN EN AFSPRAKEN ELİF
Financiële rust
Alle schuldeisers in beeld en een aanvraag bij de Kredietbank.
Loopt
Naar school
Kerem gaat na de meivakantie weer vier ochtenden naar school.
Gepland
Eigen netwerk
Buurvrouw en tante helpen mee met de post, besproken op 12 maart.""",
"text-transform: uppercase heading (user sees capitals) including a lang=\"tr\" name (Turkish i -> dotted capital İ); three-column grid of flex cards whose spans have no whitespace between them; selection ends inside the last card before its status.")
add("rapport-kolommen.html",E(".rapport-tekst"),
"""1. Aanleiding
Het gezin Bakker werd in oktober aangemeld door de huisarts. Moeder gaf aan dat zij de zorg voor drie kinderen naast haar nachtdiensten niet meer volhield. Er was sprake van een betalingsachterstand bij de woningcorporatie en van oplopende spanningen thuis.
Ecogram, versie 2
In het eerste gesprek aan de keukentafel brachten we samen het netwerk in kaart. Oma woont op tien minuten fietsen en wil vaker oppassen. De voetbaltrainer van de oudste zoon bleek een belangrijke steunfiguur.
2. Wat is er bereikt
De achterstand is via een betalingsregeling afgelost. Moeder werkt sinds januari in dagdiensten. Het team nam contact op met de jeugdgezondheidszorg over de jongste, en de schoolmaatschappelijk werker sluit aan bij het volgende gesprek.
Wat het verschil maakte, zegt moeder zelf: dat er iemand was die eerst luisterde en pas daarna met formulieren kwam.
3. Vervolg
We bouwen de inzet af. Contactpersoon blijft Sanne Hoekstra; de casus wordt in juni geëvalueerd met het gezin.""",
"Two-column (column-count) report with a floated figure and caption between paragraphs; soft hyphens (&shy;) in long words must not appear in the clip; <wbr> must not split 'Contactpersoon'; <q> quotation marks are ::before/::after content and are left out; float caption in DOM order.")
add("rapport-kolommen.html",T(".rapport-tekst","In het eerste gesprek","sluit aan bij het volgende gesprek."),
"""In het eerste gesprek aan de keukentafel brachten we samen het netwerk in kaart. Oma woont op tien minuten fietsen en wil vaker oppassen. De voetbaltrainer van de oudste zoon bleek een belangrijke steunfiguur.
2. Wat is er bereikt
De achterstand is via een betalingsregeling afgelost. Moeder werkt sinds januari in dagdiensten. Het team nam contact op met de jeugdgezondheidszorg over de jongste, en de schoolmaatschappelijk werker sluit aan bij het volgende gesprek.""",
"Partial selection that crosses the column break of a multi-column layout and a heading; soft hyphens inside selected words.")
add("agenda-tabel.html",E("#week"),
"""Agenda Wijkteam Centrum, week 12
Tijd Maandag 16 maart Dinsdag 17 maart Woensdag 18 maart
Hele dag Scholing meldcode huiselijk geweld (hele team)
09:00 Huisbezoek fam. Wójcik Piet Zwart, Łucja Wójcik Keukentafelgesprek Wmo mw. Brouwer Overleg school De Regenboog
10:00 Vrij Intervisie ruimte 2.14
11:00 Telefonisch spreekuur Casusoverleg jeugd
Totaal: 7 afspraken""",
"Whole table with <caption>, <thead>/<tfoot>, row headers, colspan and rowspan; block <small> inside a cell written without whitespace after the cell text; Polish names.")
add("agenda-tabel.html",T("#week","Keukentafelgesprek","Casusoverleg jeugd"),
"""Keukentafelgesprek Wmo mw. Brouwer
Overleg school De Regenboog
10:00 Vrij Intervisie ruimte 2.14
11:00 Telefonisch spreekuur Casusoverleg jeugd""",
"Selection starting in a middle cell and ending in the last body cell, crossing rows that contain rowspan cells; the rowspanned Monday cell lies before the start and is not included.")
add("chat-meertalig.html",E("#gesprek"),
"""Małgorzata Nowicka 09:12
Goedemorgen! Zullen we donderdag om 10 uur afspreken bij jullie thuis? 🏠
يوسف الحداد 09:20
نعم، يوم الخميس الساعة العاشرة مناسب. شكرا!
Ayşe Demirtaş 09:22
Vertaling: ja, donderdag om tien uur past goed. Bedankt! 🙏
Małgorzata Nowicka 09:25
Top 👍 Ik neem de formulieren voor de energietoeslag mee.""",
"Flexbox chat bubbles; name and <time> are flex items without whitespace between them; <bdi> Arabic name, a dir=rtl Arabic message (expected in logical order), Turkish and Polish names, emoji.")
add("chat-meertalig.html",T(".contactkaart","Inwoner","06 4821 9935"),
"""Inwoner يوسف الحداد (Youssef al-Haddad)
Tolk Ayşe Demirtaş
Buurvrouw 陈静 Chén Jìng
Telefoon 06 4821 9935""",
"Flex label/value rows; <bdi> Arabic name followed by Latin text; <ruby> Chinese name with pinyin <rt> annotation (shown above the name; expected as base then annotation, separated).")
add("journaal-prewrap.html",E('.notitie[data-id="n2"] .inhoud'),
"""Samen met mevrouw de post doorgenomen.    Aanmelding voor een schuldhulpverleningstraject gedaan, kenmerk WMO-2026-0000417-SHV.

Afspraken:
  1. mevrouw belt zelf de leerplichtambtenaar
  2. ik vraag de bijzondere bijstand aan""",
"white-space: pre-wrap note in a narrow column: typed line breaks and spaces kept; soft hyphens in long words must be dropped; <wbr> inside a case reference must not split it.")
add("journaal-prewrap.html",T("#journaal","telefoongesprek","krokusvakantie."),
"""TELEFOONGESPREK 9 maart 2026, Jeroen Pauwels
Gesprek met mevrouw Jansen.
	- huur van maart nog niet betaald
	- afspraak bij de Kredietbank op 24 maart

Zoon Daan (14) zit thuis sinds de krokusvakantie.""",
"Note header with text-transform: uppercase type label and a flex date/author item without whitespace between; pre-wrap body with tab-indented lines and a blank line.")
add("formulier-aanmelding.html",{"kind":"field","selector":"#toelichting","start":fs,"end":fe},
v[fs:fe],
"Selection inside a <textarea> value across a line break (field selection, not a DOM range).")
add("formulier-aanmelding.html",T("#aanvrager","Gegevens aanvrager","normenkader 2026."),
"""Gegevens aanvrager
Naam aanvrager Joke van Dalen
Geboortedatum 17-06-1948
Soort ondersteuning Huishoudelijke hulp
Uren per week 3 Indicatie volgens het normenkader 2026.""",
"Selection over a fieldset with <legend>, <label>s, readonly <input> values, a <select> (only the shown option Huishoudelijke hulp, not the other options) and a number input; label and input adjacent without whitespace.")
add("client-overzicht.html",E("#overzicht"),
"""Overzicht Karin Jansen
Adres Lindelaan 41, Zuiderveen
Geboortedatum 2 mei 1983
Gezin Daan (14), Femke (9)
⚠ Mevrouw wil niet gebeld worden tussen 12 en 14 uur.
Eerdere meldingen (2)
Hoofdbehandelaar: Jeroen Pauwels bericht""",
"Hidden content left out: sr-only spans, <noscript> (scripting on), display:none BSN row, <template> row, closed <details> body (summary kept), visibility:hidden paragraph, hidden attribute, ::before 'Let op: '. The visible aria-hidden warning icon is kept.")
add("client-overzicht.html",T("body","Cliënten","2 mei 1983"),
"""Cliënten › Jansen, K. › Overzicht
Overzicht Karin Jansen
Adres Lindelaan 41, Zuiderveen
Geboortedatum 2 mei 1983""",
"Breadcrumb with visible aria-hidden separators written without whitespace between links; sr-only text in the heading and <noscript> between heading and list are left out.")
add("tijdlijn-lazy.html",E("#item-6"),
"""19 feb 2026 Voedselbank Intake geregeld, pakket vanaf 26 februari.""",
"Item appended by script after clicking 'Meer laden' (also appended when the list scrolls); grid of date and content, created by DOM calls without whitespace text nodes.",before=["#meer-laden"])
add("tijdlijn-lazy.html",T("#items","Plan van aanpak","Ela krijgt extra begeleiding bij rekenen."),
"""Plan van aanpak Drie doelen afgesproken en ondertekend.
5 feb 2026 Taalcafé Moeder gaat op woensdag naar het taalcafé in de bibliotheek.
19 feb 2026 Voedselbank Intake geregeld, pakket vanaf 26 februari.
4 mrt 2026 Schoolgesprek Ela krijgt extra begeleiding bij rekenen.""",
"Selection from the initially loaded items into lazily appended ones; starts in the content column of item 4, so its date is excluded.",before=["#meer-laden"])
add("brieven-frame.html",E(".brief"),
"""Verslag netwerkberaad
20 februari 2026, buurthuis De Horst
Aanwezig: mevrouw Kılıç, haar broer Emre, buurman Henk, Tom Verbeek.
Emre brengt de kinderen op maandag en donderdag naar school.
Henk helpt met de aanvraag van de huurtoeslag.
Volgende afspraak: 6 maart 2026.""",
"Same-origin about:blank frame whose document is replaced with document.open/write after load and again on the click; the selection is in the replaced document. No list markers.",frames=["#viewer"],before=["#brief-2"])
add("brieven-frame.html",T("body","Overzicht huurachterstand","afdeling Huurincasso"),
"""Overzicht huurachterstand
Januari 2026 € 712,40
Februari 2026 € 712,40
Incassokosten € 40,00
Totaal € 1.464,80
Woonstichting Horstwaarde, afdeling Huurincasso""",
"Two-level frame chain: relative-URL frame containing a srcdoc frame; flex rows with amounts (space-between, no whitespace in source).",frames=["#bijlage","#pdf"])
add("verslag-editor.html",E("#editor"),
"""Situatie
Meneer Rachid Benali (58) woont alleen boven een snackbar. Sinds zijn ontslag komt hij de deur weinig uit.
Hij vertelt dat hij vroeger elke zaterdag ging vissen met zijn broer.
Die broer is vorig jaar overleden.

Wat we hebben afgesproken
Kennismaken met de vrijwilliger van de hengelsportvereniging
Samen een aanvraag doen voor de individuele inkomenstoeslag
Eerst: post sorteren (do 19 maart)
Daarna: bellen met de huisarts over zijn slaap
Meneer zegt: ik wil weer iets te doen hebben.""",
"contenteditable rich-text editor mixing <p>, <div>, <br>, an empty <p><br></p>, <ul> and <ol> (no markers), inline b/i/u; empty paragraph with ::before placeholder left out; toolbar outside the selection.")
add("verslag-editor.html",T("#editor","ging vissen","Eerst: post sorteren"),
"""ging vissen met zijn broer.
Die broer is vorig jaar overleden.

Wat we hebben afgesproken
Kennismaken met de vrijwilliger van de hengelsportvereniging
Samen een aanvraag doen voor de individuele inkomenstoeslag
Eerst: post sorteren""",
"Partial selection from the middle of a <div> with <br> through paragraphs into the first item of an ordered list.")
add("kwartaal-export.html",E("#teams"),
"""Team	Aanmeldingen	Afgerond	Wachttijd (dagen)
Oost	48	41	12
Centrum	63	50	9
Noordwest	35	33	17
Totaal	146	124	12,7""",
"Table exported as div role=table/rowgroup(display:contents)/row/columnheader/rowheader/cell in CSS grid, no whitespace between cells in the source: numbers must stay separate.")
add("kwartaal-export.html",E("#grafiek"),
"""Verhalen per grondoorzaak
Armoede 38
Eenzaamheid 27
Woningnood 19
Prestatiedruk 8
Bron: Vertelpunt, n = 92""",
"Inline <svg> bar chart: <text> labels and values without whitespace between elements; <title> (tooltip only) left out; a <tspan> inside a word must not split it.")
add("zorgmail-shadow.html",E(".body"),
"""Hoi allemaal,
Vanaf 1 april neemt Bas de Groot de begeleiding van het gezin Nowak over. Agnieszka en Paweł weten dit en hebben hem al ontmoet bij de warme overdracht.
Let op: de aanvraag voor de kinderopvangtoeslag loopt nog.
Groet,
Fleur Jacobs
Jeugdteam Zuid · 06 3307 1284
Op 12 mrt 2026 schreef Bas de Groot:
Prima, ik plan het overdrachtsgesprek in voor week 13.""",
"Mail body inside a nested open shadow root (custom element inside a custom element's shadow root); signature with <br>s; quoted reply in <blockquote>.",hosts=["#app","#bericht"])
add("zorgmail-shadow.html",T(".mail","Re: Overdracht","Hoi allemaal,"),
"""Re: Overdracht gezin Nowak 🤝
Van Fleur Jacobs <f.jacobs@wijkteam-zuiderveen.example>
Aan Team Jeugd Zuid
Datum vr 13 mrt 2026 16:48
Hoi allemaal,""",
"Mail header in nested shadow root: subject with emoji, <dl> whose dt/dd pairs are in display:contents divs inside a grid, no whitespace in the source.",hosts=["#app","#bericht"])
json.dump(C,open('cases.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(C))
