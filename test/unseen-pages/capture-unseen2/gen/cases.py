import json, re, html
J = json.load(open("gen/journal.json"))
def textarea(page, id_):
    s = open("pages/" + page).read()
    m = re.search(r'<textarea id="%s">(.*?)</textarea>' % id_, s, re.S)
    return html.unescape(m.group(1))
def field(page, id_, sub):
    v = textarea(page, id_)
    i = v.index(sub); assert v.count(sub) == 1
    return i, i + len(sub)
sit = "Hij vertelt dat hij zijn post al maanden niet meer openmaakte omdat hij er niet van kon slapen. Samen met wijkteammedewerker Priya Ramdin hebben we twee schoenendozen met enveloppen op tafel uitgezocht. Dennis zei daarna: \"Het is minder erg dan in mijn hoofd.\""
toe = "De jeugdarts merkte op dat eerdere overleggen vooral over Noah gingen en niet met hem. Volgende keer wordt Noah het laatste kwartier uitgenodigd."
s5 = field("schuldhulp.html", "situatie", sit)
s21 = field("mdo-verslag.html", "toelichting", toe)
C = []
def add(page, select, expected, notes, frames=(), hosts=(), before=None):
    c = {"id": "c%02d" % (len(C)+1), "page": page, "frames": list(frames), "shadowHosts": list(hosts), "select": select}
    if before: c["before"] = before
    c["expected"] = expected; c["notes"] = notes
    C.append(c)
E = lambda sel: {"kind": "element", "selector": sel}
T = lambda sel, a, b: {"kind": "text", "selector": sel, "from": a, "to": b}

add("wmo-portaal.html", E("#n2 p.tekst"),
 "Ergotherapeut adviseert geen traplift: de trap is te steil en draait. Beter is de badkamer beneden aan te passen; offerte volgt binnen twee weken. Mevrouw was opgelucht dat ze niet hoeft te verhuizen.",
 "A journal note whose paragraph has a ::before label ('Notitie —'), a display:none span ('[intern advies]') and a visually-hidden screen-reader span ('Einde notitie.') inline. Only the visible note text is expected; selection.toString() in Chrome would include the sr-only text.")
add("wmo-portaal.html", T("#verslag", "Mevrouw kan sinds", "buurthuis De Linde."),
 "Mevrouw kan sinds haar heupoperatie in juli de trap niet meer op en slaapt nu beneden in de woonkamer. Zij wil graag weer zelfstandig douchen zonder dat haar dochter elke ochtend hoeft te komen.\nAfspraken\nErgotherapeut van Zorgpunt West komt op 21-10 kijken naar een traplift of een aangepaste badkamer beneden.\nEllen vraagt bij de buurvrouw of zij op dinsdag en donderdag boodschappen wil meenemen.\nConsulent meldt mevrouw aan voor de koffieochtend in buurthuis De Linde.",
 "Range over paragraph, heading and list of a keukentafelgesprek. The paragraph holds a sr-only sentence ('Let op: bevat medische gegevens.') and the h3 holds a display:none prefix ('Onderdeel: '); both must be absent. Line breaks at block and list-item boundaries.")
add("huurdersdossier.html", E("#tl-3 .omschrijving"),
 "Huisbezoek samen met Jolanda Kramer van het buurtteam. Meneer Ouali is in juni zijn baan bij het distributiecentrum kwijtgeraakt; de WW-uitkering is pas half augustus op gang gekomen. Het gezin schaamde zich en durfde niet te bellen. We hebben een betalingsregeling van € 150 per maand besproken en Jolanda helpt met de aanvraag bijzondere bijstand.",
 "Timeline entry in a same-origin iframe (src=huurdersdossier/dossier.html) of the housing corporation's tenant file. Contains a euro sign and non-breaking-free plain text.",
 frames=["#dossierframe"])
add("huurdersdossier.html", T("#m-2", "M-5987", "beide partijen willen meedoen."),
 "M-5987\t27-08-2026\tGeluidsoverlast\tBuren 17-III\tBuren klagen over harde ruzies 's avonds. Bij navraag bleek het om spanningen door geldzorgen te gaan; geen sprake van huiselijk geweld volgens het buurtteam. Buurtbemiddeling aangeboden, beide partijen willen meedoen.",
 "A whole table row in a frame inside a frame (top > #dossierframe > #meldingen-frame). Cells are expected separated by a tab, as Chrome's selection text separates table cells with tabs and a spreadsheet paste would keep the columns; a single space is equally acceptable since the comparison collapses whitespace. The apostrophe in ''s avonds' is a plain ASCII quote.",
 frames=["#dossierframe", "#meldingen-frame"])
add("schuldhulp.html", {"kind": "field", "selector": "#situatie", "start": s5[0], "end": s5[1]},
 sit,
 "Second paragraph of a <textarea> (intake situatieschets) selected via setSelectionRange; window.getSelection() is empty for form fields, so the capture must read the field's selectionStart/End. The other fields (input values) must not leak in.")
add("schuldhulp.html", E("#dlg-vorige .dlg-tekst"),
 "Dennis kwam zelf binnenlopen bij het spreekuur in de bibliotheek, nadat hij een flyer had gezien. Hij vroeg eerst alleen of iemand hem kon helpen met een brief van de energieleverancier. Pas na een kop koffie vertelde hij dat er meer lag.",
 "Paragraph in a modal <dialog> opened with showModal() after clicking a button; the dialog is in the top layer and the page behind is inert.",
 before=[{"click": "#btn-vorige"}])
add("verzuim.html", E("#detail .verslag p:nth-of-type(2)"),
 "Thuisbezoek op 01-10 met leerplichtambtenaar Marieke de Graaf. Youssef zorgt 's ochtends voor zijn broertjes van 4 en 6 omdat moeder vroege diensten draait in de thuiszorg. Hij schaamt zich er niet voor, hij is er trots op. We hebben met moeder en het buurtteam gekeken naar de voorschoolse opvang; de buurvrouw kan twee ochtenden overnemen.",
 "Single-page app: clicking a search result replaces the content with innerHTML and changes the URL with history.pushState (?melding=2) without a page load. The capture must read the new DOM; the recorded source should be the origin, not the URL with the query.",
 before=[{"click": "#resultaten a[data-id=\"2\"]"}])
add("verzuim.html", E("#resultaten li:nth-child(3) .fragment"),
 "Vanaf de nieuwe woning is de school in de ochtend met de bus in twintig minuten bereikbaar; het verzuim is gestopt.",
 "Search-result snippet rendered by script, with the search term wrapped in <mark> mid-word-boundary; the text must read continuously without extra spaces around the highlighted word.")
add("jeugdplan.html", T("#samenvatting", "Ouders willen vooral", "op elkaar uitgekeken\" raken."),
 "Ouders willen vooral handvatten voor de avonden; zij zeggen zelf dat zij \"op elkaar uitgekeken\" raken.",
 "One sentence inside a plain contenteditable div on the top page (the plan's summary). Contains straight double quotes.")
add("jeugdplan.html", T("body", "Doel 2: Sem voelt", "duim omhoog of omlaag."),
 "Doel 2: Sem voelt zich gezien op school\nSem heeft één vertrouwde volwassene op school bij wie hij terecht kan als het hem te veel wordt. Juf Anouk heeft aangeboden elke ochtend even met hem in te checken. Sem koos zelf een kaartje met een duim omhoog of omlaag.",
 "Heading plus paragraph inside an editor iframe src=about:blank whose document is written by the parent script (document.write + innerHTML) and whose body is contenteditable, like classic iframe-based rich text editors. The frame has no URL of its own; content scripts need match_about_blank / origin fallback.",
 frames=["#editor-frame"])
add("huisarts-berichten.html", E("bericht-weergave#huidig p.alinea-2"),
 "Mevrouw Ayşe Kaya is gisteren op het spreekuur geweest voor haar controle van de bloeddruk. Lichamelijk gaat het redelijk, maar ze vertelde dat ze sinds haar zoon naar Rotterdam is verhuisd bijna niemand meer spreekt. Ze zou graag naar de vrouwengroep in de moskee aan de Amsterdamsestraatweg gaan, maar durft niet alleen met de bus.",
 "Message body paragraph that lives in the light DOM but is rendered through a <slot> of the open shadow root of <bericht-weergave>. Contains a non-ASCII letter (ş).",
 )
add("huisarts-berichten.html", E(".voorvertoning"),
 "Meneer De Vries gaf aan dat hij sinds het overlijden van zijn vrouw nauwelijks de deur uit komt. Zou het wijkteam eens langs kunnen gaan?",
 "Preview text of the second message, rendered inside the open shadow root of <bericht-item id=item-2>, which is itself a slotted child of the shadow host <berichten-lijst>. The selection lies entirely inside a shadow root, so document.getSelection() alone may not expose it (Chrome reports the host).",
 hosts=["#item-2"])
add("teamchat.html", E("#msg-5 .inhoud"),
 "Update Pranoto:\n- DigiD aangevraagd, activatiecode komt per post\n- energietoeslag samen ingevuld, wacht op de code\n- dochter Dewi (15) hielp met vertalen en wil zelf ook leren hoe het werkt\nMooi om te zien hoe trots mevrouw was.",
 "Chat message appended by script 600 ms after load (wait for the selector), lines separated by <br>; each <br> should become a line break.")
add("teamchat.html", E(".kaart-tekst"),
 "Mevrouw Pranoto heeft de energietoeslag nog niet aangevraagd omdat het formulier alleen via DigiD kan en zij geen DigiD heeft. Samen aanvragen bij het Informatiepunt Digitale Overheid in de bibliotheek.",
 "Task-card text inside an iframe built with srcdoc (embedded card inside a chat message); the frame's URL is about:srcdoc.",
 frames=["#kaart-frame"])
add("webmail.html", E(".mail p:nth-of-type(2)"),
 "Dank voor je bericht over Gerrit Mulder. Ik ben gisteren samen met de wijkagent bij hem langs geweest. Hij had de deur al dagen niet opengedaan, maar toen hij mijn stem herkende van de buurtkamer liet hij ons binnen. De woning is erg vervuild en er staan meer dan twintig vuilniszakken in de gang.",
 "E-mail body paragraph inside a sandboxed srcdoc iframe (sandbox=\"allow-popups\", no allow-same-origin, no scripts): the frame has an opaque origin, so the parent page cannot read it and the extension must run in the frame itself.",
 frames=["#mail-body"])
add("webmail.html", T("blockquote", "Beste Sander,", "Wendy Timmer, woonconsulent"),
 "Beste Sander,\nBuren maken zich zorgen over meneer Mulder op Bachlaan 12. Er komt een vieze lucht uit de brievenbus\nen hij is al twee weken niet gezien bij de supermarkt. Kunnen jullie gaan kijken?\nMet vriendelijke groet,\nWendy Timmer, woonconsulent",
 "Quoted original message in a <blockquote> of the same sandboxed frame, lines broken by <br> (hard-wrapped mail), source newlines after each <br> must not produce double breaks or extra spaces.",
 frames=["#mail-body"])
add("pdf-viewer.html", T("#pagina-1", "Op 3 november 2026", "niet terug te betalen."),
 "Op 3 november 2026 heeft u samen met uw wijkteammedewerker\neen aanvraag gedaan voor bijzondere bijstand voor de kosten van\neen wasmachine en een koelkast. Wij kennen u een bedrag toe van\n€ 640,00 als gift. U hoeft dit bedrag niet terug te betalen.",
 "PDF-like print view: each line is an absolutely positioned <span> with no whitespace between the spans in the DOM. A naive text join glues lines ('wijkteammedewerkereen'); the user sees separate lines, so a line break (or at least a space) is expected between spans.")
add("pdf-viewer.html", E("pre#berekening"),
 "Berekening draagkracht (bijlage 1)\n-----------------------------------------------\nNetto inkomen per maand          € 1.612,40\nVaste lasten per maand           € 1.288,15\nRuimte boven bijstandsnorm       €     0,00\nDraagkracht over 12 maanden      €     0,00\n-----------------------------------------------\nToegekend bedrag (gift)          €   640,00",
 "A <pre> block (calculation appendix) on page 2 of the viewer; line breaks and column spacing come from the source text. The comparison collapses whitespace, but a good capture keeps the lines.")
add("kanban.html", E("#kaart-7 ul.checklist"),
 "Storing gemeld bij Volkshuisvesting (ticket 44120)\nElektrisch kacheltje geleend van buurthuis De Klomp\nMonteur komt 01-12 tussen 8 en 12 uur; buurman Henk doet open\nNa reparatie: bed weer boven, samen met zoon",
 "Checklist of a kanban card: list items on separate lines, bullets are markers (not text); struck-through items are still visible text and are included.")
add("kanban.html", T("#kaart-4", "Mantelzorger meneer Peeters", "wekelijkse wandeling."),
 "Mantelzorger meneer Peeters ontlasten\nDochter is overbelast. Vrijwilliger van de Zonnebloem vragen voor wekelijkse wandeling.",
 "Card title to end of description; between them sits a label chip 'Netwerk' with user-select:none, which the browser does not highlight and does not put in the selection text, so it is not expected.")
add("mdo-verslag.html", {"kind": "field", "selector": "#toelichting", "start": s21[0], "end": s21[1]},
 toe,
 "Second line of a <textarea> that is slotted into the open shadow root of a form-builder web component <fb-veld> (the field itself is light DOM). Selected with setSelectionRange.")
add("mdo-verslag.html", T("#punt-2", "2. Schoolgang Noah", "VV Noordkop."),
 "2. Schoolgang Noah\nNoah (11) mist vooral de gymlessen omdat hij zich schaamt voor zijn kleding. Moeder wist dit niet; zij schrok ervan en was ook opgelucht dat het \"maar\" dat was.\nRuud regelt via het kledingfonds van school een sportoutfit.\nSanne bespreekt met moeder de aanvraag bij het Jeugdfonds Sport voor voetbalclub VV Noordkop.",
 "Minutes item in an open <details>: from the <summary> text through the paragraph and an ordered list of actions. The '2.' is literal summary text; the ordered-list numbers (1., 2.) and the disclosure triangle are generated markers and are not expected.")
add("rapportage-grid.html", E("#grid .rij[data-rij=\"2\"] .cel-notitie"),
 "Meneer gaat nu elke woensdag naar het repair café en repareert er zelf fietsen.",
 "A note cell of a virtualised grid (div role=grid, rows absolutely positioned and re-rendered on scroll; only ~17 of 400 rows exist in the DOM). The cell is visually truncated with text-overflow:ellipsis if the window is narrow, but the full text is what the DOM holds and what the professional means.")
add("rapportage-grid.html", T("#journaal", J["from"], J["to"]),
 J["expected"],
 "The whole journal of a case (%d entries, about 20,000 characters) directly after the virtual grid: tests long selections and truncation limits. Each entry is a header line (date · author) and a paragraph." % J["n"])
json.dump(C, open("cases.json", "w"), ensure_ascii=False, indent=2)
print(len(C), s5, s21)
