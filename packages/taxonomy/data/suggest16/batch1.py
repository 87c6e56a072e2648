# Batch 1 (s-001..s-015): registration notes typed on a busy day (abbreviations), phone contacts, team-app messages.
# genre codes: reg = registratie/casusnotitie, hb = huisbezoek, tel = contactmoment, app = team-app
NOTES = [
    dict(
        genre="hb",
        trap_only=True,
        text="HB bij clt [PERSOON 1] (54) ivm huurachterstand van drie mnd. Clt heeft sinds [DATUM] bw via [ORGANISATIE 1], "
        "maar de huurtoeslag is stopgezet na een wijziging in zijn inkomen en dat had niemand gezien. Clt: 'ik doe het allemaal "
        "alleen, niemand snapt die brieven.' Samen de brieven van de Belastingdienst doorgenomen en bw gebeld: toeslag opnieuw "
        "aanvragen, bw pakt dit op. Clt wil zelf de verhuurder bellen over een betalingsregeling; ik zit ernaast en vul alleen "
        "aan als hij vastloopt. Gesprek verliep rustig, clt had alle papieren klaarliggen. Vervolg over 2 wkn, zelfde tijd.",
        terms=["ks5-missie-1a", "opgave-bureaucratie"],
        wrong=["opgave-eenzaamheid", "kernwaarde-samen"],
        why="Housing and income kept with the client doing it himself (1a), and a toeslag lost in letters nobody understands "
        "(bureaucratised society); 'alleen' means 'by myself/only' and 'samen' is everyday 'together', not loneliness or the core value.",
    ),
    dict(
        genre="tel",
        trap_only=False,
        text="Tel. contact moeder [PERSOON 2] ivm zoon [PERSOON 3] (15), sinds 3 wkn niet naar school. Zoon slaapt slecht, "
        "buikpijnklachten, huisarts vindt niks. Volgens moeder zegt hij dat hij 'toch nooit het havo-advies haalt' en dat "
        "iedereen in zijn klas bijles heeft behalve hij. Moeder werkt in ploegendienst en voelt zich schuldig. Afgesproken: "
        "eerst gespr met zoon zelf, hij mag kiezen waar (thuis of bij ons), daarna pas mentor erbij. Geen doorverwijzing nu, "
        "eerst horen wat hij zelf denkt dat helpt. Moeder akkoord, stuurt zoon appje met mijn naam.",
        terms=["opgave-prestatiedruk", "ks5-missie-4"],
        wrong=["opgave-rechtsbescherming", "ks5-missie-1b"],
        why="School stress about advice and tutoring is pressure to perform, and the plan follows the boy's own wishes (tailored); "
        "'buikpijnklachten' is a symptom, not a complaint procedure, and the mother's shift work is not participation.",
    ),
    dict(
        genre="hb",
        trap_only=False,
        text="Melding via buurvrouw: dhr [PERSOON 4] (83) komt sinds overlijden echtgenote [DATUM] nauwelijks buiten, gordijnen "
        "vaak dicht, post blijft liggen. HB gedaan. Dhr vriendelijk maar stil, zegt 'ik red me wel, ik heb de tv'. Koffie "
        "gedronken, foto's van zijn duivenhok bekeken; hij was veertig jaar lid van de duivenvereniging en daar vertelt hij "
        "ineens honderduit over. Wil niet 'naar zo'n clubje voor ouderen'. Gevraagd of een oud-clubmaat een keer langs mag "
        "komen: ja, als de buurvrouw het regelt. Buurvrouw gebeld, zij kent iemand. Vervolg-HB over 3 wkn.",
        terms=["opgave-eenzaamheid", "ks5-missie-1c"],
        wrong=["beweging-individu-naar-collectief"],
        why="A widower withdrawing after his wife's death (loneliness), helped back to one old friendship on his own terms (social "
        "network); he refuses a group, so 'clubje' does not make this a shift to the collective.",
    ),
    dict(
        genre="reg",
        trap_only=False,
        text="Overleg met SD ([ORGANISATIE 1]), bw en ggz-behandelaar over gezin [PERSOON 5]. Vier hulpverleners, iedereen dacht "
        "dat de ander de regie had, moeder kreeg van drie kanten dezelfde vragen. Afgesproken: ik ben aanspreekpunt voor het "
        "gezin en houd het overzicht; SD doet de schulden, bw het budget, ggz alleen de behandeling van moeder. Moeder krijgt "
        "één A4 wie wat doet en wie ze moet bellen. Eens per 6 wkn één gezamenlijk gesprek met moeder erbij i.p.v. losse "
        "afspraken. Ggz bouwt af als behandeling klaar is, geen extra traject erbij.",
        terms=["rol-spelverdeler", "ks5-missie-7"],
        wrong=["opgave-eenzaamheid"],
        why="Dividing the play between four helpers so the mother has one overview, and specialist care joined up and scaled down "
        "(additional help in coherence); 'alleen de behandeling' means 'only', not loneliness.",
    ),
    dict(
        genre="app",
        trap_only=False,
        text="Collega's, wie heeft vrijdag 20 min? Mw [PERSOON 6] uit [WIJK] staat bij de inloop. Haar laptop is kapot, thuis "
        "geen wifi-netwerk en geen smartphone met app, en ze moet voor maandag haar huurtoeslag via DigiD wijzigen. Ze heeft een "
        "brief met 'laatste herinnering' en is erg gespannen, snapt niet waarom het niet op papier kan. Ik zit tot 17u vol. "
        "Iemand die even naast haar kan zitten achter de pc in de spreekkamer? Ik heb haar koffie gegeven en gezegd dat ze "
        "altijd zonder afspraak terug mag komen. Graag even duimpje als je kan.",
        terms=["opgave-digitalisering", "ks5-missie-3", "opgave-bureaucratie"],
        wrong=["rol-netwerker"],
        why="A resident stuck on a digital-only procedure (digitalisation, bureaucratised society) who can walk in without an "
        "appointment (low threshold); the home wifi network has nothing to do with the networker role.",
    ),
    dict(
        genre="reg",
        trap_only=False,
        text="Gespr [PERSOON 7] (19), net 18+ en uit jeugdhulp. Slaapt sinds ruzie met pleegouders bij een vriend op de bank. "
        "Bijbaan 8 u/wk, verder geen inkomen. Niet ingeschreven -> geen uitkering, geen urgentie. Samen ingeschreven bij "
        "woningcorporatie (wachttijd in [STAD] ca. 9 jr), briefadres aangevraagd bij gemeente. Jeugdconsulent van vorig jaar "
        "gebeld: zij blijft nog 3 mnd betrokken tot er hier iets staat, zodat hij niet tussen wal en schip valt op zijn "
        "verjaardag. Volgende wk samen naar het Jongerenloket voor inkomen.",
        terms=["opgave-woningnood", "beweging-jeugd-naar-0-100"],
        wrong=["rol-kritische-vriend", "kernwaarde-samen"],
        why="A care leaver sleeping on a couch with a nine-year waiting list (housing shortage), kept from falling between youth "
        "and adult help (youth to 0-100); the 'vriend' is his friend and 'samen' is everyday.",
    ),
    dict(
        genre="tel",
        trap_only=True,
        text="Tel. huisarts [PERSOON 8] over mw [PERSOON 9] (45): veel klachten (hoofdpijn, moe, maag), lab goed. HA vermoedt "
        "dat er meer speelt. Met toestemming van mw haar gebeld. Mw vertelt na een tijdje dat ze sinds haar ontslag niet meer "
        "rondkomt; de kinderen eten 's middags bij vriendinnen, zij slaat maaltijden over. Schaamt zich enorm. Afgesproken: "
        "samen naar intake voedselbank, aanvraag bijzondere bijstand, en ik vraag bij [ORGANISATIE 1] naar het kindpakket. "
        "HA blijft betrokken voor de lichamelijke klachten. Terugkoppeling aan HA gedaan.",
        terms=["opgave-armoede", "rol-brononderzoeker"],
        wrong=["opgave-rechtsbescherming"],
        why="Physical symptoms that turn out to come from not making ends meet (poverty), found by looking for the source behind "
        "the question; 'klachten' are symptoms here, not a legal complaint.",
    ),
    dict(
        genre="reg",
        trap_only=False,
        text="Veilig Thuis verzoekt om info over gezin [PERSOON 10]. Niet zonder meer doorgegeven. Eerst met ouders besproken "
        "wat VT vraagt en waarom. Vader boos ('jullie zitten erachter'), na uitleg akkoord met een gesprek waar zij zelf bij "
        "zijn. In dossier vastgelegd welke info met toestemming gedeeld wordt en welke niet, en dat ouders het verslag mogen "
        "lezen en aanvullen. Ouders gewezen op mogelijkheid van een vertrouwenspersoon. Gesprek met VT gepland op [DATUM], "
        "bij ons op kantoor, ouders aanwezig.",
        terms=["ks5-missie-5", "opgave-rechtsbescherming"],
        wrong=["opgave-veiligheid"],
        why="Information is shared only with the parents' consent and in their presence (deciding together, always with "
        "consent) and they are told of their rights (legal protection); the name 'Veilig Thuis' alone does not make this a note "
        "about working on safety.",
    ),
    dict(
        genre="reg",
        trap_only=False,
        text="Inloop [WIJK]: jongen [PERSOON 11] (16) vraagt of wij 'iets met werk' hebben. Wil geld verdienen voor een scooter, "
        "school lukt slecht (dyslexie, veel onvoldoendes). Geen hulpvraag volgens hem. Doorgepraat: hij sleutelt elk weekend "
        "aan brommers met zijn oom en weet er veel van. Fietsenmaker op de hoek gebeld die jongeren wel eens een middag laat "
        "meedraaien, die wil hem zien. Hij gaat wo na school langs. Geen dossier geopend, geen intake, alleen deze korte "
        "notitie. Hij mag altijd weer binnenlopen.",
        terms=["beweging-problemen-naar-krachten", "ks5-missie-1b", "kernwaarde-pragmatisch"],
        wrong=["opgave-eenzaamheid"],
        why="Starting from what the boy is good at instead of his school problems (problems to strengths), a real way of taking "
        "part (meaningful participation) and just starting without a file (pragmatic); 'alleen' means 'only'.",
    ),
    dict(
        genre="reg",
        trap_only=True,
        text="Mail ICT: het netwerk van de gemeente ligt vanaf [DATUM] twee dagen plat ivm migratie, geen toegang tot het "
        "registratiesysteem. Kort teamoverleg wat we doen met de afspraken. Besloten: niemand afbellen, huisbezoeken gaan "
        "gewoon door, aantekeningen op papier en daarna invoeren. Spoedtelefoon blijft bereikbaar via de mobiel van de "
        "dienstdoende collega. Lijstje met telefoonnummers van partners uitgeprint en in de la van de balie gelegd. Na de "
        "migratie alles binnen twee dagen invoeren, wie hulp nodig heeft meldt zich bij [PERSOON 12].",
        terms=["kernwaarde-pragmatisch"],
        wrong=["rol-netwerker", "beweging-ketens-naar-netwerken"],
        why="A sober, just-start answer to an outage so residents are not sent away (pragmatic); the computer network triggers "
        "networker and chains-to-networks, which do not apply.",
    ),
    dict(
        genre="reg",
        trap_only=False,
        text="Gespr mw [PERSOON 13] (38) en kind [PERSOON 14] (12). Kind wil voortaan Sam genoemd worden en heeft de haren kort "
        "laten knippen; wordt op school uitgelachen. Moeder werkt fulltime, gespr daarom om 19u. Moeder bang dat het 'een fase' "
        "is en schaamt zich tegenover familie, maar zegt ook: 'ik wil gewoon dat Sam gelukkig is.' Vooral laten praten, "
        "allebei apart en samen. Afgesproken: contact met mentor over het uitlachen in de klas; moeder wil andere ouders "
        "spreken die dit kennen, ik zoek een oudergroep in de regio. Sam wil zelf bij het gesprek met mentor zijn.",
        terms=["ks5-missie-1d"],
        wrong=["ks5-missie-1b", "kernwaarde-samen"],
        why="A child who wants to be accepted as who they are, at school and in the family (being yourself and so different); "
        "the mother's full-time job and talking 'samen' are everyday words.",
    ),
    dict(
        genre="reg",
        trap_only=True,
        text="Nazorg dreigende ontruiming clt [PERSOON 15]: corporatie heeft ontruiming van [DATUM] ingetrokken na "
        "betalingsregeling. Clt opgelucht. Bij uitzoeken bleek dat clt twee jaar geen huurtoeslag kreeg omdat de beschikking "
        "naar zijn oude adres ging. Met sociaal raadsman bezwaar ingediend; termijn was ruim verlopen, maar bezwaar toch "
        "ontvankelijk verklaard vanwege bijzondere omstandigheden. Nabetaling verwacht, gaat naar de huurachterstand. Clt houdt "
        "zelf de betaling bij in een schriftje, wil geen bw. Afgesproken: over een maand samen kijken of het loopt.",
        terms=["opgave-rechtsbescherming", "ks5-missie-1a"],
        wrong=["opgave-woningnood"],
        why="An objection that gets the resident his rights despite a missed deadline (legal protection) and keeps him housed with "
        "his own income (1a); he has a home, so this is not about housing shortage.",
    ),
    dict(
        genre="app",
        trap_only=False,
        text="Wie kent iemand bij de moskee aan het plein in [WIJK]? Vader [PERSOON 16] spreekt weinig Nederlands, zijn zoon "
        "van 11 vertaalt nu steeds bij gesprekken op school en bij ons, dat wil ik niet meer. Tolkentelefoon geregeld voor do. "
        "Maar het gaat om meer dan taal: vader denkt dat 'speciaal onderwijs' betekent dat zijn zoon 'naar de gekkenschool' "
        "moet en weigert daarom alles. Iemand die hem in zijn eigen woorden kan uitleggen wat school bedoelt, en school kan "
        "uitleggen waar vader bang voor is? Alvast dank!",
        terms=["rol-tolk-vertaler", "rol-netwerker"],
        wrong=["rol-bemiddelaar"],
        why="Translating what school means into the father's world and his fears back to school, beyond the language interpreter "
        "(interpreter-translator), by looking for a contact at the mosque (networker); there is no conflict to mediate yet.",
    ),
    dict(
        genre="tel",
        trap_only=False,
        text="Clt [PERSOON 17] belt boos: bw heeft het leefgeld te laat overgemaakt, voor de 3e keer deze mnd, kon geen "
        "boodschappen doen. Clt wil een klacht indienen tegen de bw. Uitgelegd hoe dat gaat (klachtenregeling van de bw, daarna "
        "kantonrechter). Samen de brief opgesteld, clt ondertekent zelf. Ook bw gebeld: bw erkent de fout, nieuwe medewerker op "
        "het dossier. Clt wil de klacht toch doorzetten, dat is zijn recht en dat respecteer ik. Noodgeld geregeld via "
        "[ORGANISATIE 1] voor dit weekend.",
        terms=["opgave-rechtsbescherming", "ks5-missie-5"],
        wrong=["kernwaarde-samen"],
        why="A resident using his right to complain about his administrator (legal protection) and the worker respecting his "
        "decision (deciding together, his consent); here 'klacht' is a real complaint, but 'samen' is still everyday.",
    ),
    dict(
        genre="hb",
        trap_only=False,
        text="HB fam. [PERSOON 18], 5 kinderen in een 3-kamerwoning. Oudste (17) slaapt in de woonkamer en maakt huiswerk aan "
        "de keukentafel waar ook gekookt wordt; het is er altijd druk en lawaaiig. Al 6 jr ingeschreven, geen urgentie. Ouders "
        "vragen of wij 'een brief kunnen schrijven'. Eerlijk gezegd dat een brief weinig verandert aan de wachttijd. Wel "
        "gekeken wat kan: oudste mag huiswerk maken in het buurthuis (sleutel via beheerder), corporatie gevraagd naar "
        "woningruil. Ouders teleurgesteld, maar zeiden dat ze de eerlijkheid waarderen.",
        terms=["opgave-woningnood", "ks5-missie-6"],
        wrong=["opgave-prestatiedruk"],
        why="Seven people in three rooms with no prospect (housing shortage), and an honest 'not everything is possible' with a "
        "search for what can be done (mission 6); 'druk' means crowded and noisy, not pressure to perform.",
    ),
]
