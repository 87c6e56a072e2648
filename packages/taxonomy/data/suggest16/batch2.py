# Batch 2 (s-016..s-030): first-person stories for the Vertelpunt and reflections.
# genre codes: vp = verhaal voor het Vertelpunt (ik-vorm), refl = reflectie, intv = intervisie
NOTES = [
    dict(
        genre="vp",
        trap_only=False,
        text="Ik wil iets vertellen over [PERSOON 19], 71. Ze kwam bij ons met een vraag om een scootmobiel. Volgens de regels "
        "kon dat. Maar in het gesprek bleek dat ze de scootmobiel vooral wilde om op donderdag naar de markt te kunnen, waar ze "
        "vroeger met haar man heen ging. Ik vroeg of ze het leuk zou vinden om met haar buurvrouw te gaan, die ook elke "
        "donderdag gaat. Inmiddels lopen ze er samen heen met de rollator en drinken ze daarna koffie. De aanvraag is nooit "
        "ingediend. Ze zegt dat ze nu een vriendin heeft.",
        terms=["rol-brononderzoeker", "ks5-missie-1c"],
        wrong=["kernwaarde-samen", "rol-kritische-vriend"],
        why="Asking what lies behind a request for a mobility scooter (investigator of sources) leads to a new friendship "
        "(social network); 'samen' and 'vriendin' are everyday words, not the core value or the critical friend.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Mijn verhaal: ik dacht dat ik wist hoe je met een gezin met schulden werkt. Schuldhulp aanvragen, budgetplan, "
        "klaar. Tot de budgetcoach van [ORGANISATIE 1] me vroeg waarom ik altijd eerst de papieren wilde zien. Zij begint met "
        "wat het gezin deze maand graag wil, en pas daarna de cijfers. Eerst irriteerde me dat, eerlijk gezegd. Toen zag ik "
        "dat haar gezinnen veel minder afhaakten dan de mijne. Ik moest toegeven dat ik het mis had. Nu begin ik zelf ook met "
        "een kop koffie en die vraag. Ik werk anders door haar.",
        terms=["les-laten-veranderen", "waarde-compassie"],
        wrong=["ks5-missie-1b"],
        why="The worker lets a partner change her way of working (letting yourself change) and dares to admit she was wrong "
        "(compassion in lesson 3); 'werk' is her own job, not the resident's participation.",
    ),
    dict(
        genre="refl",
        trap_only=False,
        text="Reflectie. Vandaag voor het eerst 'nee' gezegd tegen de school van [PERSOON 20]. Ze wilden dat ik de ouders zou "
        "'aanspreken' op het verzuim, eigenlijk als een soort leerplichtambtenaar. Dat is niet mijn taak. Ik heb uitgelegd dat "
        "ik er ben voor het gezin, met hun toestemming, en dat leerplicht een andere taak en andere bevoegdheden heeft. Daarna "
        "samen met de leerplichtambtenaar afgesproken wie wat doet en dat we dat ook zo aan de ouders vertellen. Het gesprek "
        "met de ouders voelde daarna veel eerlijker. Moeder zei: 'nu weet ik tenminste wie jij bent.'",
        terms=["les-rolvastheid", "ks5-missie-5"],
        wrong=["kernwaarde-samen"],
        why="Knowing what is and is not your task next to the attendance officer (role clarity) and working only with the "
        "family's consent (mission 5); 'samen' is everyday.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Voor het Vertelpunt. In [WIJK] kregen we steeds aanmeldingen van moeders met jonge kinderen die 'het niet meer "
        "trokken'. Allemaal apart, allemaal een intake, allemaal op de wachtlijst van het opvoedbureau. Op een dag zagen we: "
        "ze wonen bijna allemaal in dezelfde twee flats. We hebben een ochtend in de speeltuin ertussen georganiseerd, met "
        "koffie en een kleedje. Nu is er elke dinsdag een groepje moeders dat om beurten op elkaars kinderen past en tips "
        "uitwisselt. Ik kom er nog af en toe langs, maar eigenlijk hebben ze mij niet meer nodig.",
        terms=["beweging-individu-naar-collectief", "opdracht-buurten-wijken", "ks5-missie-2"],
        wrong=["beweging-jeugd-naar-0-100"],
        why="Separate intakes turned into a group of mothers who support each other (individual to collective), strengthening "
        "ties in the flats (neighbourhoods) and aiming at the context (mission 2); young children do not make this about 0-100.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Ik heb een keer iets gedaan waarvan mijn baas schrok. Een vader die al jaren elke hulpverlener buiten de deur "
        "hield, stond elke zaterdag langs het voetbalveld bij zijn zoon. Ik ben daar gewoon gaan staan, zonder map of "
        "formulier, en heb met hem over het elftal gepraat. Over de keeper, de scheids, het weer. Vier zaterdagen later vroeg "
        "hij zelf of ik 'ook iets met schulden' deed. Het was een gok en het had ook mis kunnen gaan. Maar zonder die "
        "zaterdagen was ik nooit binnengekomen.",
        terms=["kernwaarde-lef", "les-ontmoeting"],
        wrong=["les-niemand-de-baas"],
        why="A proactive, creative gamble outside the usual route (courage) and trust built by first meeting him as a person "
        "(it starts with the encounter); 'baas' is the team leader, not the network lesson.",
    ),
    dict(
        genre="intv",
        trap_only=False,
        text="Intervisie [DATUM]. Casus van collega [PERSOON 21]: zij had een melding bij Veilig Thuis te laat gedaan, het "
        "kind is inmiddels uit huis geplaatst, en ze voelt zich schuldig. We hebben eerst gevraagd hoe het met háár ging, en "
        "pas daarna de casus. Nuchter nagelopen wat er anders kon: wanneer consult bij de aandachtsfunctionaris, wie belt wie, "
        "hoe gebruik je de meldcode als je twijfelt. Zij zei achteraf dat ze pas durfde te vertellen wat er echt gebeurde "
        "toen ze merkte dat niemand een schuldige zocht.",
        terms=["waarde-compassie", "opgave-veiligheid"],
        wrong=["les-niemand-de-baas"],
        why="Compassion for a colleague who made a mistake, and a real learning conversation about reporting child abuse (safety); "
        "'niemand' is just 'nobody'.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Ik vertel over [PERSOON 22], vader van drie en zzp'er. Door een fout bij de gemeente kreeg hij een terugvordering "
        "van bijna 4000 euro. Hij had alles netjes doorgegeven. Niemand nam de telefoon op en het bezwaarformulier kon alleen "
        "online. Ik heb samen met hem alle stukken verzameld, we zijn naar het loket gegaan, en daarna ben ik met zijn verhaal "
        "en twee vergelijkbare verhalen naar de wethouder gestapt. De vordering is ingetrokken, en het formulier komt er nu "
        "ook op papier. Dat laatste vond hij het mooiste.",
        terms=["waarde-rechtvaardigheid", "rol-kritische-vriend", "opgave-bureaucratie"],
        wrong=["opgave-eenzaamheid"],
        why="An unjust claim put right (justice), a worker who takes the pattern to the alderman (critical friend to the "
        "municipality) and a system that only works online and by phone (bureaucratised society); 'alleen' means 'only'.",
    ),
    dict(
        genre="refl",
        trap_only=False,
        text="Eerlijke reflectie. Ik wilde voor mw [PERSOON 23] het perfecte plan maken, met bw, SD, corporatie en huisarts "
        "samen rond de tafel. Het plannen van dat overleg duurde weken. Intussen zat zij zonder stroom, met een koelkast vol "
        "bedorven eten. Een collega zei: 'bel nou gewoon het energiebedrijf en regel die noodvoorziening, de rest komt later.' "
        "Dat heb ik gedaan, binnen een uur was het geregeld. Het overleg is er later ook gekomen. Ik leer dat een plan in "
        "versies mag groeien en dat ik niet eerst alles rond hoef te hebben.",
        terms=["kernwaarde-pragmatisch", "opgave-armoede"],
        wrong=["kernwaarde-samen"],
        why="Just starting and working in versions instead of waiting for the perfect plan (pragmatic), for a woman cut off from "
        "energy (poverty); the everyday 'samen rond de tafel' is what the worker lets go of.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Ik begeleid [PERSOON 24] (14), hij heeft autisme. Op school moest hij in de pauze steeds 'normaal doen' op het "
        "schoolplein en kreeg hij dan een meltdown, en daarna een schorsing. Wij hebben niet gevraagd hoe hij moest veranderen, "
        "maar hoe de pauze anders kon. Nu zit hij met twee andere kinderen in de bibliotheek, met een mentor die het prima "
        "vindt. Sinds [DATUM] geen schorsing meer. Zijn moeder zei laatst: 'voor het eerst mag hij gewoon hem zijn.' Dat "
        "zinnetje neem ik mee.",
        terms=["ks5-missie-1d", "ks5-missie-2"],
        wrong=["beweging-jeugd-naar-0-100"],
        why="A boy with autism who may be himself (being yourself and so different) because the school break changed rather "
        "than him (support aimed at the context); a youth case is not the shift to 0-100.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Wat me bijblijft van deze week. Dhr [PERSOON 25] overleed in het ziekenhuis, geen familie in beeld. Ik had hem "
        "anderhalf jaar begeleid bij zijn schulden, hij vertelde me elke keer over zijn kat. Samen met de buurman en de "
        "huismeester van de flat hebben we gezorgd dat er mensen bij zijn uitvaart waren, dat er een bloemetje lag, en dat "
        "zijn kat een nieuw huis kreeg bij de buurman. Dat staat in geen enkel plan en niemand vroeg erom. Het was het "
        "belangrijkste wat ik dit jaar gedaan heb.",
        terms=["waarde-medemenselijkheid", "opgave-eenzaamheid"],
        wrong=["kernwaarde-samen", "opgave-woningnood"],
        why="Making sure a man without family is not buried alone is humaneness beyond any plan, in a story of loneliness; "
        "'samen' is everyday and the cat's 'nieuw huis' is no housing shortage.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Verhaal voor het Vertelpunt. In de straat van mw [PERSOON 26] (88) hangt nu een lijstje in de groepsapp wie "
        "wanneer langsgaat, boodschappen doet of op dinsdag de container buiten zet. Het begon met één buurjongen die ik vroeg "
        "of hij haar container mee kon nemen. Ik heb alleen de eerste afspraak gemaakt; de buren deden de rest. De thuiszorg "
        "komt nu twee keer per week in plaats van elke dag, en mw zegt dat ze liever de buren ziet dan steeds een ander gezicht "
        "in uniform.",
        terms=["waarde-zorgzaamheid", "opgave-sociale-basis", "ks5-missie-7"],
        wrong=["opgave-eenzaamheid"],
        why="Neighbours caring for an old woman (caring), a street that carries support (strengthening the sociale basis) and "
        "professional home care reduced to what is needed (avoiding needless dependence); 'alleen' means 'only'.",
    ),
    dict(
        genre="vp",
        trap_only=True,
        text="Ik ken [PERSOON 27] nu vijf jaar. Ze heeft in die tijd drie keer een terugval gehad, twee keer moeten verhuizen, "
        "en haar jongste is uit huis geplaatst en later weer teruggekomen. Collega's van andere instanties kwamen en gingen, "
        "ik bleef. Ze belt niet vaak, maar als het misgaat weet ze dat ze ons kan bellen en dat iemand van het wijkteam "
        "terugbelt dezelfde dag. Vorige week belde ze alleen om te vertellen dat haar zoon zijn diploma had gehaald. Daar "
        "doe ik het voor.",
        terms=["rol-steunpilaar"],
        wrong=["opgave-eenzaamheid", "opdracht-buurten-wijken"],
        why="Five years of steady presence through relapses and moves (pillar of support); 'alleen' means she called 'only' to "
        "share good news, and 'wijkteam' is just the team's name.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Twee buren in [WIJK], al een jaar ruzie over een schutting en een blaffende hond. De politie was al drie keer "
        "geweest, de corporatie had brieven gestuurd. Ik heb ze eerst apart gesproken, daarna met z'n drieën in de tuin van "
        "de een. Niet over de schutting, maar over hoe het zo gekomen was. Bleek dat de ene buurman vorig jaar zijn vrouw "
        "verloor en dat de hond zijn enige gezelschap is. Er ligt nu een afspraak over uitlaattijden, en ze groeten elkaar "
        "weer. De schutting blijft staan.",
        terms=["rol-bemiddelaar", "opdracht-buurten-wijken"],
        wrong=["opgave-veiligheid"],
        why="Mediating between two neighbours (mediator) and so repairing a tie in the street (neighbourhoods and social ties); "
        "the police visits are background, not work on safety.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Jarenlang waren we in ons dorp 'het jeugdteam'. Sinds [DATUM] doen we ook volwassenen. De eerste keer merkte ik "
        "het echt bij een gezin waar ik kwam voor de dochter van 9: ik hielp daarna opa met zijn Wmo-aanvraag en vader met "
        "zijn werkloosheid. Het gezin was blij met één persoon die het hele huis kent in plaats van drie loketten. Ik moest "
        "wel leren dat een volwassene soms een heel ander tempo heeft dan een kind, en dat opa niet op een app reageert.",
        terms=["beweging-jeugd-naar-0-100", "opdracht-hulp-inwoners"],
        wrong=["ks5-missie-1b"],
        why="A youth team now helping the whole household from child to grandfather (youth to 0-100) as one point of advice and "
        "support for the family (broad mandate task 2); 'werkloosheid' alone is no participation story.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Vroeger ging het zo: school meldt bij ons, wij verwijzen naar de jeugd-ggz, die heeft een wachtlijst van een "
        "half jaar, en intussen zit het kind thuis. Nu zitten school, de POH van de huisarts, jeugd-ggz en wij iedere maand "
        "aan één tafel, zonder vaste voorzitter. Wie het kind het best kent, neemt het voortouw, en de rest past zich aan. "
        "Vorige maand was dat de conciërge, die elke ochtend met het meisje praat bij het hek. Dat had ik vroeger nooit "
        "bedacht.",
        terms=["beweging-ketens-naar-netwerken", "les-niemand-de-baas"],
        wrong=["ks5-missie-3"],
        why="From a referral chain with waiting lists to partners around one table (chains to networks) where whoever knows the "
        "child best leads (no one is the boss); the school's report is not about walk-in access.",
    ),
]
