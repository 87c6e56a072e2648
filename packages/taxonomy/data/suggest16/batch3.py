# Batch 3 (s-031..s-045): meetings, wijkalliantie minutes, e-mails to partners, signals to the municipality,
# duidingssessies, MT and team meetings, intervisie.
# genre codes: wa = wijkalliantie, sig = signaal aan gemeente, mt = MT-overleg, mail = e-mail aan partner,
# duid = duidingssessie, team = teamoverleg, intv = intervisie, best = bestuurlijk overleg
NOTES = [
    dict(
        genre="wa",
        trap_only=False,
        text="Verslag wijkalliantie [WIJK], [DATUM]. Aanwezig: corporatie, wijkagent, huisartsenpraktijk, basisschool, "
        "welzijn, jongerenwerk, wijkteam. Opgave van dit jaar: jongeren die 's avonds op het plein hangen, bewoners voelen "
        "zich onveilig en bellen steeds vaker 112. Afgesproken: jongerenwerk en wijkteam gaan met de jongeren zelf in gesprek "
        "over wat zij willen; corporatie stelt de lege ruimte onder de flat beschikbaar; wijkagent houdt zich voorlopig op "
        "afstand; iedereen brengt een uur per week in. Volgende keer evalueren met twee jongeren aan tafel.",
        terms=["opdracht-samenwerkingspartner", "kernwaarde-samen", "opgave-veiligheid"],
        wrong=["beweging-jeugd-naar-0-100"],
        why="Partners sharing responsibility for one neighbourhood challenge (partner in cooperation; Samen: shared "
        "responsibility, aimed at challenges) about residents feeling unsafe (safety); 'jongeren' does not make it 0-100.",
    ),
    dict(
        genre="sig",
        trap_only=False,
        text="Signaal aan gemeente [STAD], afdeling Werk & Inkomen. In de afgelopen drie maanden zagen wij elf huishoudens "
        "die hun bijstand kwijtraakten doordat een inlichtingenformulier niet op tijd terug was, meestal omdat de brief niet "
        "begrepen werd of naar een oud adres ging. Twee gezinnen kregen daardoor een huurachterstand. Wij vragen u een "
        "stopzetting pas te doen na persoonlijk contact en het formulier in eenvoudige taal te maken. Wij denken graag mee en "
        "kunnen met twee inwoners aanschuiven. Bijgevoegd: drie geanonimiseerde verhalen.",
        terms=["rol-kritische-vriend", "opgave-bureaucratie", "opdracht-strategische-partner"],
        wrong=["ks5-missie-1b"],
        why="The team tells the municipality where the floor is at risk and offers to help (critical friend, strategic partner) "
        "about forms nobody understands (bureaucratised society); 'Werk & Inkomen' is a department name.",
    ),
    dict(
        genre="mt",
        trap_only=False,
        text="MT-verslag. Gemeente wil bezuinigen op de vrije inloop in de buurthuizen en terug naar hulp 'alleen op "
        "indicatie'. MT-standpunt: we gaan niet stilzwijgend mee. We gaan in gesprek met de wethouder met cijfers én verhalen "
        "uit het Vertelpunt: de inloop vangt veel op vóórdat het zwaar wordt. We stellen een proef voor: inloop op twee "
        "locaties, een half jaar, samen met de gemeente monitoren en daarna besluiten. [PERSOON 28] schrijft de notitie, "
        "concept volgende week in het MT.",
        terms=["rol-hoeder-transformatie", "ks5-missie-3"],
        wrong=["opgave-eenzaamheid"],
        why="Talking back when money worries push towards the old indication-only model (guardian of the transformation) to "
        "keep walk-in support (low threshold); 'alleen' means 'only'.",
    ),
    dict(
        genre="mail",
        trap_only=False,
        text="Beste [PERSOON 29], dank voor je telefoontje over mw [PERSOON 30]. Ik begrijp dat jullie de klachten over "
        "geluidsoverlast serieus moeten nemen. Mag ik voorstellen dat we eerst samen met mw in gesprek gaan, voordat er een "
        "brief over ontbinding van het huurcontract uitgaat? Mw heeft een verstandelijke beperking en leest zulke brieven "
        "niet of begrijpt ze verkeerd. Als zij in gewone woorden hoort wat er van haar verwacht wordt, kan ze veel. Kun je "
        "do of vr? Met vriendelijke groet, [PERSOON 31], wijkteam [WIJK].",
        terms=["rol-tolk-vertaler", "opdracht-samenwerkingspartner"],
        wrong=["rol-kritische-vriend", "opdracht-buurten-wijken"],
        why="Translating the housing corporation's legal letter into plain words for a woman with an intellectual disability "
        "(interpreter-translator), as a partner of the corporation; 'vriendelijke groet' and 'wijkteam [WIJK]' are trap words.",
    ),
    dict(
        genre="duid",
        trap_only=False,
        text="Duidingssessie [DATUM] met gemeente, welzijn en twee inwoners. Cijfers: aanmeldingen van jongeren van 16-23 met "
        "angst- en somberklachten zijn in een jaar met 30% gestegen. Verhalen uit het Vertelpunt: bijna allemaal over cijfers, "
        "toetsen, 'het goed moeten doen' en vergelijken op social media. Duiding: dit is niet in de eerste plaats een "
        "individueel probleem, maar iets in hun omgeving. Acties: gesprek met drie scholen over het aantal toetsen; welzijn "
        "start een groep 'goed genoeg is ook goed'.",
        terms=["opgave-prestatiedruk", "ks5-missie-2"],
        wrong=["opgave-rechtsbescherming"],
        why="Rising anxiety among young people traced to tests and having to do well (pressure to perform), answered in the "
        "schools and the community (support aimed at the context); 'klachten' are symptoms.",
    ),
    dict(
        genre="team",
        trap_only=False,
        text="Teamoverleg. De nieuwe app van de gemeente voor Wmo-aanvragen: collega's merken dat ouderen en laaggeletterde "
        "inwoners afhaken of een kleinkind laten invullen dat niet weet wat er staat. Voorstel [PERSOON 32]: wekelijks een "
        "digicafé in de bibliotheek, met vrijwilligers van de ouderenbond en de taalvrijwilligers. Het wifi-netwerk in de bieb "
        "is stabiel. Wij leveren geen ICT, wel iemand die uitlegt wat een vraag betekent. Gemeente wordt gevraagd de papieren "
        "route te behouden.",
        terms=["opgave-digitalisering", "opgave-sociale-basis"],
        wrong=["rol-netwerker"],
        why="Residents dropping out of a digital application (digitalisation), met by volunteers in the library "
        "(strengthening the sociale basis); the library's wifi network has nothing to do with the networker role.",
    ),
    dict(
        genre="mail",
        trap_only=False,
        text="Beste collega's van [ORGANISATIE 1], naar aanleiding van ons gesprek: dhr [PERSOON 33] staat nu 14 weken op "
        "jullie wachtlijst. Wij blijven tot die tijd betrokken met wekelijks contact, en hij gaat twee ochtenden naar de "
        "dagbesteding in het buurtcentrum. Zodra jullie starten willen we graag één gesprek met z'n drieën, om af te spreken "
        "wat jullie doen en wat wij blijven doen, zodat dhr niet van twee kanten hetzelfde hoort. Als het bij jullie goed "
        "loopt, bouwen wij af. Groet, [PERSOON 34].",
        terms=["ks5-missie-7", "opdracht-samenwerkingspartner"],
        wrong=["ks5-missie-1b"],
        why="Specialist mental health care joined up with what the local team keeps doing (additional help in coherence) through "
        "agreements with the partner; day activities are mentioned, but participation is not the point.",
    ),
    dict(
        genre="best",
        trap_only=False,
        text="Bestuurlijk overleg met wethouder en beleidsadviseurs over de nieuwe opdracht voor het wijkteam vanaf [DATUM]. "
        "Wij stelden voor de opdracht niet in producten en uren te formuleren, maar in opgaven, met ruimte om per gebied "
        "andere keuzes te maken. Gemeente wil wel, maar zoekt naar verantwoording richting raad. Afgesproken: samen een set "
        "van vijf indicatoren opstellen plus een jaarlijkse duidingssessie met raadsleden. Beleid maken we voortaan met "
        "iemand uit de praktijk erbij.",
        terms=["opdracht-strategische-partner", "kernwaarde-samen"],
        wrong=["opdracht-buurten-wijken"],
        why="Municipality and team shaping the assignment and its accountability together (strategic partner) around challenges "
        "with shared responsibility (Samen); 'wijkteam' and 'per gebied' are no neighbourhood work.",
    ),
    dict(
        genre="intv",
        trap_only=False,
        text="Intervisie. Casus: gezin [PERSOON 35] met zeven kinderen, alle instanties zeggen 'uitbehandeld'. [PERSOON 36] "
        "bracht in dat ze iets wil proberen wat in geen protocol staat: de oma uit [STAD] een week laten logeren en met haar "
        "erbij een familiegesprek houden, met ooms en tantes. De groep stelde nieuwsgierige vragen, zonder oordeel. "
        "Conclusie: doen, met een afspraak wie wat doet als het misloopt. Teamleider akkoord. Evaluatie in de volgende "
        "intervisie.",
        terms=["kernwaarde-lef", "ks5-missie-1c"],
        wrong=["rol-spelverdeler"],
        why="A creative, curious try outside protocol, looked at without judgement (courage) to mobilise the family around the "
        "children (social network); agreeing who does what if it fails is not the playmaker role.",
    ),
    dict(
        genre="team",
        trap_only=False,
        text="Inwerken nieuwe collega [PERSOON 37] in [WIJK]: rondje langs de huisarts, de imam, de voorzitter van de "
        "volkstuinvereniging, de kapper op het plein en de conciërge van de basisschool. Overal koffie, overal even voorstellen "
        "en vragen wat zij zien. De kapper had het druk maar nam toch tien minuten: zij blijkt de beste signaleerder van de "
        "buurt. Afgesproken dat zij ons belt als een vaste klant 'anders' is. Volgende week: de moskee en het "
        "buurtcentrum.",
        terms=["rol-netwerker", "les-ontmoeting", "opgave-sociale-basis"],
        wrong=["opgave-prestatiedruk"],
        why="Getting to know the people who matter in the neighbourhood (networker), face to face (it starts with the encounter), "
        "and linking to the informal sociale basis; the hairdresser being 'druk' means busy.",
    ),
    dict(
        genre="sig",
        trap_only=False,
        text="Signaal aan gemeente [STAD]. In het eerste halfjaar meldden zich 23 ouders bij ons die na een scheiding dakloos "
        "dreigden te worden; negen van hen slapen nu met hun kinderen bij familie op de bank of in de auto. De urgentieregeling "
        "sluit gescheiden ouders uit. Wij vragen om een tijdelijke uitzondering en willen samen met de corporaties een proef "
        "met tussenwoningen opzetten. Hierbij drie geanonimiseerde verhalen. Wij horen graag voor [DATUM] of u hierover in "
        "gesprek wilt.",
        terms=["opgave-woningnood", "rol-kritische-vriend"],
        wrong=["kernwaarde-samen"],
        why="Parents and children without a home after divorce (housing shortage), a pattern signalled to the municipality with "
        "a proposal (critical friend); 'samen met de corporaties' is everyday.",
    ),
    dict(
        genre="team",
        trap_only=False,
        text="Teamoverleg. Zes gezinnen uit dezelfde straat in [WIJK] hebben schulden bij dezelfde webwinkels met 'achteraf "
        "betalen'. In plaats van zes aparte schuldhulptrajecten organiseren we een avond in het buurthuis, met SD en een "
        "ervaringsdeskundige uit de buurt die het zelf heeft meegemaakt. Geen presentatie maar koffie en vragen. Wie daarna "
        "hulp wil, kan dezelfde avond een afspraak maken. [PERSOON 38] regelt flyers in drie talen en vraagt de basisschool om ze mee te geven in de tas.",
        terms=["beweging-individu-naar-collectief", "opgave-armoede"],
        wrong=["opdracht-buurten-wijken"],
        why="Six separate debt cases turned into one shared evening (individual to collective) about families sliding into "
        "debt (poverty); the 'buurthuis' venue does not make this neighbourhood-strengthening work.",
    ),
    dict(
        genre="mail",
        trap_only=False,
        text="Beste [PERSOON 39], in mijn gesprek met [PERSOON 40] ging het steeds over wat niet goed gaat: verzuim, te laat, "
        "ruzie in de klas. Ik heb hem gevraagd waar hij trots op is. Hij zorgt elke ochtend voor zijn twee zusjes, brengt ze "
        "naar school, omdat zijn moeder om zes uur begint met werken. Misschien kunnen we van daaruit verder? Mijn voorstel: "
        "een gesprek met hem over wat hij nodig heeft om op tijd te zijn, in plaats van nog een waarschuwing. Hij wil zelf "
        "graag. Groet, [PERSOON 41], wijkteam.",
        terms=["beweging-problemen-naar-krachten", "ks5-missie-4"],
        wrong=["ks5-missie-1b"],
        why="Moving from truancy to the boy's care for his sisters (problems to strengths) and fitting the plan to his own "
        "situation (tailored); his mother's early job is not participation.",
    ),
    dict(
        genre="mt",
        trap_only=False,
        text="MT. [ORGANISATIE 1] wil dat het wijkteam bij elke aanmelding eerst een risicotaxatie-instrument van 40 vragen "
        "invult. Bezwaar: dit kost per gezin een uur, en het zet het eerste gesprek op slot voordat je iemand kent. Voorstel "
        "aan [ORGANISATIE 1]: het instrument alleen gebruiken bij concrete zorgen over veiligheid, in de andere gevallen het "
        "gewone kennismakingsgesprek. We zetten dit ook op de agenda van het regio-overleg, want andere teams krijgen dezelfde "
        "vraag.",
        terms=["rol-hoeder-transformatie", "kernwaarde-pragmatisch"],
        wrong=["opgave-veiligheid", "opgave-eenzaamheid"],
        why="Pushing back on an old checklist reflex (guardian of the transformation) with a sober, non-bureaucratic alternative "
        "(pragmatic); safety is only the exception clause and 'alleen' means 'only'.",
    ),
    dict(
        genre="team",
        trap_only=False,
        text="Teamoverleg. Discussie of wij bij dhr [PERSOON 42] de medicijnen in de weekdoos moeten klaarzetten, omdat de "
        "thuiszorg het de laatste weken laat afweten. Conclusie: nee, dat is niet ons vak en niet onze bevoegdheid, en als "
        "het misgaat is niemand gedekt. Wel: vandaag nog huisarts en wijkverpleging bellen en zorgen dat het geregeld wordt. "
        "Tot het geregeld is gaat een collega elke middag even langs om te kijken of hij gegeten heeft en hoe het gaat.",
        terms=["les-rolvastheid", "waarde-zorgzaamheid"],
        wrong=["opdracht-buurten-wijken"],
        why="Knowing what is not your task (role clarity) while still looking after the man every day (caring); "
        "'wijkverpleging' is district nursing, not neighbourhood strengthening.",
    ),
]
