import json
P='pages/'
ta=open(P+'formulier-wmo.html').read()
t=ta.split('name="toelichting">')[1].split('</textarea>')[0]
s0=t.index('Mevrouw zegt:'); s1=t.index('last zijn."')+len('last zijn."')
def E(*lines): return "\n".join(lines)
C=[]
def add(page,frames,hosts,select,expected,notes,before=None):
    C.append({"id":f"c{len(C)+1:02d}","page":page,"frames":frames,"shadowHosts":hosts,"select":select,"before":before or [],"expected":expected.strip(),"notes":notes})
add("lightning-crm.html",[],[],{"kind":"element","selector":"#contact-sectie"},
 E("Contactpersonen","Joost van Dam Actief","Rol","Vader, hoofdbewoner","Telefoon","06-41 27 93 58","Lotte van Dam Actief","Rol","Dochter, 9 jaar","Telefoon","geen eigen nummer"),
 "Selection over whole Lightning-style components: shadow-tree own text (Rol, Telefoon) interleaved with named-slot content in shadow order (light DOM lists tel before naam); nested <lw-badge> component whose slotted text lives in the outer shadow tree; a light-DOM child with no matching slot (not rendered) must be left out.")
add("lightning-crm.html",[],["#dossier","#notities"],{"kind":"text","selector":"#notitie-body","from":"Huisbezoek 12 maart:","to":"budgetcoach."},
 "Huisbezoek 12 maart: vader vertelt dat de huur sinds januari niet meer volledig wordt betaald en dat hij zich schaamt om dat bij de corporatie te melden. Samen met Joost een overzicht van de vaste lasten gemaakt; vervolgafspraak gepland met de budgetcoach.",
 "Range inside the shadow root of a component nested in another component's shadow root; the range spans a <slot> whose assigned node lives in the outer shadow tree, so the slotted sentence must appear between the component's own text.")
add("gdocs-verslag.html",[],[],{"kind":"text","selector":"#pagina-1","from":"eder gaf aan","to":"prestatie"},
 E("eder gaf aan","dat Emre sinds de kerstvakantie vrijwel niet meer naar school gaat. Hij zit 's nachts","te gamen en slaapt overdag. Volgens de mentor is er geen sprake van pesten, wel van","prestatie"),
 "Google-Docs-like absolutely positioned line blocks with white-space: pre; starts mid-word (in 'moeder') and ends mid-word at a formatting-run boundary ('prestatie|druk').")
add("gdocs-verslag.html",[],[],{"kind":"element","selector":"#pagina-1"},
 E("Verslag multidisciplinair overleg","17 maart 2026, Wijkcentrum De Schakel",
   "Aanwezig waren mevrouw Fatma Yıldız, haar zoon Emre (15), de","mentor van het Lindecollege en Sander Koster namens het wijkteam. De moeder gaf aan",
   "dat Emre sinds de kerstvakantie vrijwel niet meer naar school gaat. Hij zit 's nachts","te gamen en slaapt overdag. Volgens de mentor is er geen sprake van pesten, wel van",
   "prestatiedruk: Emre heeft een herkansing voor wiskunde gemist.","Afspraken","Sander bezoekt Emre thuis, zonder dat school erbij is.",
   "De mentor regelt een nieuwe herkansing in april.","Mevrouw Yıldız belt de leerplichtambtenaar zelf, met Sander ernaast.","Volgend overleg: 7 april 2026."),
 "Whole Docs-like page: spans per formatting run must join without spaces (Yıldız, / prestatie+druk / her+kansing); screen-reader-only page label, ::before bullets, cursor and selection-overlay divs excluded.")
add("dossier-overzicht.html",[],[],{"kind":"element","selector":"#samenvatting"},
 E("Samenvatting casus","Casusnummer","BW-2026-00917","Hoofdbewoner","Marieke Hoogendoorn","Adres","Vlasakker 3, 7416 KP Lindewaard","Vraag",
   "Mevrouw wil weer zelfstandig boodschappen doen na haar heupoperatie","Eerdere meldingen (3)","Afspraken",
   "Buurtvrijwilliger Henk komt op dinsdag mee naar de supermarkt.","Ergotherapeut beoordeelt de drempels in de woning."),
 "display: contents rows in a label/value grid and nested display: contents spans; user-select: none badges (PRIO, Wmo, 2 open) inside the block left out; closed <details> shows only its summary, open <details> shows summary and content; no ::marker.")
add("dossier-overzicht.html",[],[],{"kind":"text","selector":"#partnertabel","from":"Schuldhulp Lindewaard","to":"Henk"},
 E("Schuldhulp Lindewaard\tAnouk Verbeek\tBudgetcoach\tWacht op aanmelding 3 april","Stichting Buurtkracht\tHenk"),
 "Table selection starting in the middle of a cell and ending in the middle of a cell on the next row.")
add("kolommen-rapportage.html",[],[],{"kind":"element","selector":"#rapport-tekst"},
 E("Wat we zagen in het eerste kwartaal",
   "Dit kwartaal meldden zich 214 inwoners bij het wijkteam, 38 meer dan vorig jaar. Opvallend is het aantal ouderen dat pas aanklopt als de schulden al zijn opgelopen.",
   "Armoede en schaamte","Veel bewoners wachten te lang. Een bewoner van de Maasstraat zei het zo:",
   "Ik dacht dat ik het zelf moest oplossen, ik heb altijd gewerkt.",
   "Het wijkteam zet daarom in op ontmoeting: de inloop in het buurthuis op woensdag trekt inmiddels veertig bezoekers per week.",
   "Taal als drempel",
   "Tijdens het gesprek met mevrouw 李秀英 Lǐ Xiùyīng bleek dat zij de brieven van de gemeente niet kon lezen; haar kleinzoon vertaalde tot nu toe alles. We regelden een tolk Mandarijn.",
   "Zonder tolk had niemand gezien dat er al drie aanmaningen lagen.","Samenwerking",
   "Met de woningcorporatie is afgesproken dat huurachterstanden vanaf één maand worden gemeld. Daardoor konden we in maart vijf huisuitzettingen voorkomen."),
 "CSS multi-column article (column-count: 3, column-span heading): column order = DOM order; ::first-letter drop cap stays part of 'Dit'; ::before/::after quote marks excluded; ruby base and annotation, <rp> parentheses hidden.")
add("kolommen-rapportage.html",[],[],{"kind":"text","selector":"#ruby-alinea","from":"Tijdens het gesprek","to":"tolk Mandarijn."},
 "Tijdens het gesprek met mevrouw 李秀英 Lǐ Xiùyīng bleek dat zij de brieven van de gemeente niet kon lezen; haar kleinzoon vertaalde tot nu toe alles. We regelden een tolk Mandarijn.",
 "<ruby> with <rt> annotation and <rp> fallback parentheses (not displayed in Chromium) inside a multi-column paragraph: base, then annotation, separated, no parentheses.")
add("mail-postvak.html",[],[],{"kind":"text","selector":"#origineel-body","from":"Beste Ingrid,","to":"Peter Schouten"},
 E("Beste Ingrid,","Daan is deze maand elf lesuren afwezig geweest zonder afmelding. Als hij er is, zit hij met zijn capuchon op achterin en praat hij met niemand. Zijn vader reageert niet op onze mails.",
   'Op 10 maart schreef Daan in een opdracht voor Nederlands: "thuis is het stil sinds mama weg is".',
   "Kunnen jullie contact opnemen met het wijkteam? Wij hebben toestemming van vader nodig voor een gesprek.","Met vriendelijke groet,","Peter Schouten"),
 "Selection inside a modal <dialog> opened with showModal() by a button click; includes a blockquote and a <br> line break.",
 before=[{"click":"#toon-origineel"}])
add("mail-postvak.html",["#leesvenster"],[],{"kind":"element","selector":"#bericht"},
 E("Hoi Mirjam,","Zie hieronder het bericht van de zorgcoördinator. Daan staat bij ons op de wachtlijst voor de jongerenpsycholoog, maar ik maak me zorgen over de thuissituatie sinds moeder vertrokken is. Kan iemand van jullie langsgaan?",
   "Vader (Ruud de Wit) is telefonisch het best bereikbaar na 18.00 uur.","Ingrid Mulder\tPraktijkondersteuner GGZ","Gezondheidscentrum De Linde\tma, di, do",
   "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder het dan."),
 "HTML e-mail body in an iframe loaded by relative URL: layout tables (nested signature table), display:none preheader inside the selection left out, 1px tracking image has no text.")
add("chat-teamkanaal.html",[],[],{"kind":"text","selector":"#berichten","from":"geweest","to":"ok dat ik"},
 E("geweest 🇹🇷🇳🇱 met de tolk. Moeder was heel open, de kinderen ook 👨‍👩‍👧‍👦","👍🏽 3 ❤️ 1","Tim Verhoeven 09:05",
   "Mooi 🙏🏻 Zijn ze al bij de huisarts ingeschreven? De wijkverpleegkundige 👩🏾‍⚕️ kan anders helpen.","Jij 09:07","Nog niet. Ik vind het ok dat ik"),
 "Chat selection starting mid-bubble and ending mid-bubble across three messages: flags, ZWJ family, skin tones, ❤️ with VS16; user-select:none avatar initials (TV, JK) and ::after '(bewerkt)' excluded; name/time and reaction chips are adjacent spans separated only by CSS margin.")
add("chat-teamkanaal.html",[],[],{"kind":"element","selector":"#m4"},
 E("Nadia Bakkali 09:11","Top. Oudste dochter (17) wil graag naar de regenboogjongerengroep 🏳️‍🌈 maar durft het thuis nog niet te zeggen. Dat houden we even bij haar.","💪🏿 2"),
 "Whole message: rainbow flag ZWJ sequence, dark skin tone emoji in reaction chip; avatar initials (user-select: none) excluded; name and time separated only by margin.")
add("tijdlijn-casus.html",[],[],{"kind":"element","selector":"#tijdlijn"},
 E("Signaal 14-02-2026 Lieke Jansen","Let op: ex-partner heeft een contactverbod. Geen informatie over de verblijfplaats delen.",
   "Overdracht 05-03-2026 Karim Bouzid","Warme overdracht naar de opvoedondersteuner van het CJG. Esther was erbij en koos zelf de eerste afspraak.",
   "Telefoon 23-02-2026 Karim Bouzid","Telefonisch contact met de leerkracht van Milan. In de klas gaat het beter sinds hij een vaste plek bij het raam heeft.",
   "Huisbezoek 09-02-2026 Karim Bouzid","Kennismakingsgesprek thuis. Esther werkt in ploegendienst en heeft geen oppas; oma woont in Groningen.",
   "Aanmelding 02-02-2026 Karim Bouzid","Aanmelding via de huisarts: moeder Esther Meijer is uitgeput, zoon Milan (6) heeft veel driftbuien."),
 "Timeline with flex-direction: column-reverse (DOM oldest first, shown newest first) and a pinned item moved to the top with CSS order; inside each item the meta row is reordered with order (type, date, author). Expected follows what is seen, top to bottom.")
add("tijdlijn-casus.html",[],[],{"kind":"text","selector":"#tijdlijn","from":"geen oppas","to":"Warme overdracht"},
 E("Signaal 14-02-2026 Lieke Jansen","Let op: ex-partner heeft een contactverbod. Geen informatie over de verblijfplaats delen.",
   "Overdracht 05-03-2026 Karim Bouzid","Warme overdracht",
   "Telefoon 23-02-2026 Karim Bouzid","Telefonisch contact met de leerkracht van Milan. In de klas gaat het beter sinds hij een vaste plek bij het raam heeft.",
   "geen oppas; oma woont in Groningen."),
 "Partial DOM range over reversed/reordered flex items: starts mid-item in 'Huisbezoek', ends mid-item in 'Overdracht' and covers the pinned item that is drawn at the top; the highlighted pieces in on-screen order.")
add("logboek-audit.html",[],[],{"kind":"element","selector":"#budget"},
 E("Post\tPer maand\tOpmerking","Huur\t€ 845,00\tna huurtoeslag € 512,00","Energie\t€ 162,00\tvoorschot verhoogd per 1 maart",
   "Zorgverzekering\t€ 146,50\tachterstand 3 maanden","Boodschappen\t€ 320,00\t2 volwassenen, 1 kind","Totaal\t€ 1.473,50\tinkomen € 1.398,00 (tekort € 75,50)"),
 "<pre> with tab-separated columns (tab-size) — tabs must keep words apart.")
add("logboek-audit.html",[],[],{"kind":"text","selector":"#dag-9","from":"09:14:22","to":"dossier gesloten"},
 E("09:14:22  r.sedney   TOESTEMMING  inwoner geeft toestemming voor overleg met Kredietbank","09:20:03  a.pauw     TAAK         taak aangemaakt: aanmelding schuldhulp vóór 20-03",
   "11:02:57  r.sedney   STATUS       status gewijzigd: intake -> plan van aanpak","16:45:10  r.sedney   AFSLUITING   werkdag afgesloten, dossier gesloten"),
 "white-space: pre audit log in a content-visibility: auto section far below the fold (section 9 of 10, likely skipped for rendering when the selection is made programmatically).")
add("formulier-wmo.html",[],[],{"kind":"element","selector":"#gegevens-fieldset"},
 E("Gevraagde ondersteuning","Soort voorziening","Begeleiding individueel","Urgentie","Normaal Hoog Spoed","Besproken leefgebieden","Sociaal netwerk Financiën Mobiliteit",
   "Geïndiceerde uren per maand","12 uur per maand","Zelfredzaamheid","score 2 van 5 (ZRM)"),
 "Form fieldset: legend, <label> for radios and checkboxes, <select> showing its chosen option only (not the other options), <output> text, <meter> fallback text not displayed, range input has no text.")
add("formulier-wmo.html",[],[],{"kind":"field","selector":"#toelichting","start":s0,"end":s1},
 t[s0:s1],
 "Selection inside a <textarea> (field range).")
add("agenda-week.html",[],[],{"kind":"element","selector":"#voorbereiding"},
 E("Voorbereiding huisbezoek fam. Van Dam","Doel: samen met Joost de netwerkkaart invullen en kijken wie kan helpen bij het ophalen van Lotte uit school.",
   "Oma Ria (Zutphen)","Buurvrouw Gerda","Joost (42)","Lotte (9)","Ex-partner","School De Regenboog","Stippellijn: contact verbroken sinds 2025."),
 "Inline SVG network map with <text> elements (SVG <title> tooltip not shown); a position: fixed quick-notes sidebar is drawn over the right edge of this section but lies outside the selection in the DOM and must not leak in.")
add("agenda-week.html",[],[],{"kind":"text","selector":"#overlay","from":"Huisbezoek fam. Van Dam","to":"Sport & Cultuur."},
 E("Huisbezoek fam. Van Dam","dinsdag 24 maart 2026, 10:30 – 12:00 · Meester Lenslaan 14",
   "Vorige keer: Joost vertelde dat hij zijn baan als heftruckchauffeur kwijt is. Lotte slaapt slecht.",
   "Meenemen: formulier bijzondere bijstand en de folder van het Jeugdfonds Sport & Cultuur."),
 "Custom (non-<dialog>) overlay opened by clicking an appointment; the whole page behind it is made inert. Selection inside the overlay.",
 before=[{"click":"#afspraak-vandam"}])
add("printvoorbeeld-verslag.html",[],[],{"kind":"text","selector":"#voorbeeld","from":"Ze vertelt dat","to":"twee jonge kinderen."},
 E("Ze vertelt dat ze 's nachts vaak opstaat omdat haar moeder belt, en dat de zorg voor haar","Pagina 1 van 3",
   "Wijkteam Oosterbeemd · Verslag keukentafelgesprek\tVertrouwelijk","moeder haar zwaar valt. Kevin wil meer doen, maar woont in Deventer en heeft zelf twee jonge kinderen."),
 "Print preview: a sentence continued across a page break; the page footer of page 1 and the repeated page header of page 2 lie between, visible and inside the range.")
add("printvoorbeeld-verslag.html",[],[],{"kind":"text","selector":"#voorbeeld","from":"Mantelzorgwaardering","to":"Gesprek steunpunt"},
 E("Mantelzorgwaardering aangevraagd\tmevrouw Post","Pagina 2 van 3","Wijkteam Oosterbeemd · Verslag keukentafelgesprek\tVertrouwelijk",
   "Datum\tActiviteit\tDoor","vervolg van vorige pagina","03-03-2026\tProefplaatsing dagbesteding (2 dagen per week)\tDe Hoeve","12-03-2026\tGesprek steunpunt"),
 "Table continued on the next printed page with a repeated header row and a 'vervolg' row; selection starts at a cell start and ends mid-cell on the next page.")
add("documentviewer-beschikking.html",["#viewer","#document"],[],{"kind":"element","selector":"#brief"},
 E("Gemeente Lindewaard · Postbus 120 · 7410 AC Lindewaard","Ons kenmerk\tWMO/2026/08813","Datum\t20 maart 2026",
   "Besluit op uw aanvraag maatwerkvoorziening","Geachte heer Okafor,",
   "Op 2 maart 2026 heeft u een aanvraag gedaan voor een scootmobiel. Wij kennen u een scootmobiel in bruikleen toe voor de duur van vijf jaar.",
   "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.",
   "Met vriendelijke groet,","namens het college van burgemeester en wethouders,","L. Vermeulen, teamleider Wmo"),
 "Letter in an iframe (srcdoc) inside an iframe (srcdoc); grid of adjacent spans without whitespace (kenmerk) must keep label and value apart.")
add("documentviewer-beschikking.html",["#viewer"],[],{"kind":"text","selector":"#opmerkingen","from":"alling voor de scootmobiel","to":"Bezwaar"},
 E("alling voor de scootmobiel; bespreken met de corporatie.","Sanne de Groot","Bezwaar"),
 "Comment panel in the outer srcdoc frame of the viewer; starts mid-word ('st|alling') and ends mid-word ('Bezwaar|termijn'); the author name is a display:block <b> directly followed by text.")
json.dump(C,open('cases.json','w'),ensure_ascii=False,indent=2)
print(len(C), s0, s1, t[s0:s1])
