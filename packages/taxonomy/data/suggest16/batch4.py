# Batch 4 (s-046..s-060): mixed busy-day notes, several with trap words only, plus stories and team notes.
NOTES = [
    dict(
        genre="reg",
        trap_only=True,
        text="Gespr mw [PERSOON 43] (29), sinds [DATUM] gescheiden, 2 kinderen (3 en 6). Wil zelf rondkomen en niet in de "
        "bijstand. Samen op papier gezet wat ze zelf al heeft bedacht: ochtenden werken bij de bakker, kinderopvangtoeslag "
        "aanvragen, haar moeder past twee middagen op, een vriendin van de school ruilt oppasmiddagen. Zij maakt het plan, ik "
        "vul alleen aan waar ze vastloopt (toeslag, rooster). Haar woorden: 'ik wil niet weer afhankelijk zijn.' Vervolg "
        "over 3 wkn, tel.",
        terms=["ks5-missie-1"],
        wrong=["opgave-eenzaamheid", "kernwaarde-samen"],
        why="Income, work and a network of family and friends all arranged by herself with light support (mission point 1 as a "
        "whole); 'alleen' means 'only' and 'samen' is everyday.",
    ),
    dict(
        genre="reg",
        trap_only=True,
        text="Bw van dhr [PERSOON 44] (79) vraagt of het wijkteam de regie wil nemen bij de verhuizing naar een "
        "aanleunwoning. Dhr gebeld: hij heeft alles al geregeld met zijn dochter en de verhuizer, hij wilde alleen hulp bij "
        "het opzeggen van internet en tv en het overzetten van zijn abonnementen. Samen gebeld en opgezegd, nieuwe aansluiting "
        "aangevraagd voor [DATUM]. Dhr: 'meer hoeft niet, dank je.' Niets meer nodig, bw geïnformeerd. Dossier gesloten.",
        terms=["ks5-missie-4"],
        wrong=["rol-spelverdeler", "opgave-eenzaamheid"],
        why="Support limited to exactly what the man himself asks, since he is the expert of his own move (tailored, agreed "
        "together); 'regie' is the administrator's word and 'alleen' means 'only'.",
    ),
    dict(
        genre="tel",
        trap_only=True,
        text="Tel. met werkgever van clt [PERSOON 45], met toestemming van clt. Clt werkt 24 u/wk in een magazijn en is sinds "
        "zijn rugklachten vaak ziek. De baas wil hem graag houden maar weet niet hoe. Bedrijfsarts ingeschakeld; afgesproken "
        "dat clt tijdelijk lichter werk doet in de expeditie, met vaste pauzes. Clt blij: 'ik wil niet thuis zitten, daar word "
        "ik gek.' Over 4 wkn evaluatie met clt en leidinggevende, clt wil zelf het gesprek voeren.",
        terms=["ks5-missie-1b"],
        wrong=["les-niemand-de-baas", "opgave-rechtsbescherming"],
        why="Keeping a man meaningfully at work in his own way (meaningful participation); 'baas' is his employer and "
        "'rugklachten' is a symptom.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Mijn verhaal. Bij de intake vertelde mw [PERSOON 46] dat ze bij een vorige instantie aan de balie moest zeggen "
        "waarom ze kwam, met vijf mensen in de rij achter zich. Ze voelde zich er niet veilig om iets te vertellen en is "
        "toen weggegaan. Wij hebben die week onze eigen balie veranderd: iedereen kan nu in een kamertje met de deur dicht "
        "zijn vraag stellen, zonder afspraak. Het kostte niks. Toen ze wegging keek ze me voor het eerst aan.",
        terms=["waarde-fatsoen", "ks5-missie-3"],
        wrong=["opgave-veiligheid"],
        why="Treating people decently at the desk so no one has to tell their story in a queue (decency) and keeping walk-in "
        "help easy to reach (low threshold); 'niet veilig' is an everyday feeling, not safety work.",
    ),
    dict(
        genre="app",
        trap_only=True,
        text="Let op: printer op de 2e werkt niet, het netwerk ligt eruit. Mw [PERSOON 47] komt om 14u voor haar aanvraag "
        "bijzondere bijstand voor een nieuwe koelkast. Ze heeft zelf al haar bankafschriften meegenomen, alles geordend in "
        "een mapje. Kan iemand die vanmiddag balie heeft even kopiëren bij de bibliotheek beneden? Ze heeft er alles aan "
        "gedaan om het compleet te hebben, het zou zonde zijn als ze daarvoor terug moet komen. Thx!",
        terms=["kernwaarde-pragmatisch", "ks5-missie-1a"],
        wrong=["rol-netwerker", "ks5-missie-1b"],
        why="A practical workaround so a prepared resident does not have to come back (pragmatic) for her own income support "
        "(livelihood security); the broken network and the printer that 'werkt niet' are trap words.",
    ),
    dict(
        genre="refl",
        trap_only=False,
        text="Reflectie na casusoverleg over [PERSOON 48]. Zes partijen aan tafel, en iedereen wachtte op de ander om 'het "
        "besluit' te nemen over de opvang. Ik merkte dat ik zelf ook zat te wachten, op de gemeente. Toen zei de moeder, die "
        "er ook bij zat, wat zij wilde: eerst een maand bij haar zus. Daarna kon ieder zijn stukje doen. Geen van ons stuurt "
        "dit alleen; het lukte pas toen we ophielden dat van één partij te verwachten.",
        terms=["les-niemand-de-baas", "ks5-missie-5"],
        wrong=["opgave-eenzaamheid"],
        why="Six partners waiting for a boss until each did their part (no one is the boss in a network) and the mother's own "
        "choice decided (deciding together); 'alleen' means 'on one's own'.",
    ),
    dict(
        genre="hb",
        trap_only=True,
        text="HB bij oma [PERSOON 49] (67), zorgt sinds [DATUM] voor twee kleinkinderen (7 en 10) omdat haar dochter is "
        "opgenomen. Aangemeld voor de kinderen ivm schoolverzuim, maar oma is op: slaapt slecht, eigen hartklachten, AOW te "
        "laag voor drie monden. Het gaat niet alleen om de kinderen maar om het hele huishouden. Aangemeld voor huishoudelijke "
        "hulp Wmo, pleegzorgvergoeding en kinderbijslag uitgezocht, afspraak gemaakt bij de huisarts voor oma zelf. Kinderen mogen blijven, dat wil oma heel graag.",
        terms=["beweging-jeugd-naar-0-100", "ks5-missie-1a"],
        wrong=["opgave-rechtsbescherming", "opgave-eenzaamheid"],
        why="A youth referral that becomes help for grandmother and the whole household (youth to 0-100) and her income for "
        "three (livelihood security); 'hartklachten' is a symptom and 'niet alleen' means 'not only'.",
    ),
    dict(
        genre="wa",
        trap_only=False,
        text="Verslag bewonersavond [WIJK]. Bewoners willen de buurtkamer in de oude school, dicht sinds de bezuinigingen, "
        "weer open. Wijkteam heeft contact gelegd met de corporatie (ruimte), welzijn (sleutelbeheer, verzekering) en twee "
        "bewoners die koffie willen schenken. Afspraak: bewoners bepalen de openingstijden, wijkteam trekt zich terug zodra het "
        "loopt. Eerste open ochtend [DATUM], met soep van de Turkse vrouwengroep. Zeventien mensen tekenden de lijst, onder wie vier die nooit eerder iets in de buurt deden.",
        terms=["opgave-sociale-basis", "opdracht-buurten-wijken"],
        wrong=["ks5-missie-3"],
        why="Residents reopening their own meeting room with help that steps back (strengthening the sociale basis, "
        "neighbourhoods and social ties); a residents' room is not walk-in individual support.",
    ),
    dict(
        genre="reg",
        trap_only=False,
        text="Casusoverleg gezin [PERSOON 50]: jeugdbescherming (GI), reclassering (vader), school, ggz (moeder), wijkteam. "
        "Iedereen had een eigen plan met eigen doelen, gezin kon het niet meer volgen. Voorgesteld en aangenomen: één "
        "gezinsplan, per doel wie aan zet is, en het gezin bepaalt de volgorde. GI houdt de bevoegdheid en de maatregel, "
        "wijkteam houdt het overzicht en belt rond. Volgende overleg bij het gezin thuis, ouders zitten voor. Moeder vroeg of het plan op één A4 kan, zodat ze het op de koelkast kan hangen.",
        terms=["rol-spelverdeler", "ks5-missie-7"],
        wrong=["opgave-rechtsbescherming"],
        why="Giving each partner their part in one plan (playmaker) so the child protection and probation services come joined "
        "up (additional help in coherence); child protection is not the theme of legal protection here.",
    ),
    dict(
        genre="vp",
        trap_only=False,
        text="Ik wil vertellen over [PERSOON 51] (34). Hij kwam elke maand rond de 20e bij ons voor een voedselbon. Op een "
        "dag vroeg ik door: waarom altijd rond de 20e? Hij bleek zijn broer te onderhouden, die verslaafd is en bij hem op de "
        "bank slaapt. Niemand wist dat, ook zijn moeder niet. We hebben het niet opgelost. Maar hij heeft nu een plek in een "
        "groep voor familieleden van verslaafden, en hij zegt dat hij zich voor het eerst minder alleen voelt met zijn "
        "geheim.",
        terms=["rol-brononderzoeker", "ks5-missie-1c", "opgave-eenzaamheid"],
        wrong=["les-niemand-de-baas"],
        why="Asking why always on the 20th uncovers the real story (investigator of sources), and a peer group eases his "
        "loneliness and gives him lasting ties (social network); here 'alleen' really is loneliness, 'niemand' is just 'nobody'.",
    ),
    dict(
        genre="reg",
        trap_only=False,
        text="Gespr student [PERSOON 52] (21), verwezen door studentendecaan. Studeert geneeskunde, derde poging voor een "
        "tentamen, ouders verwachten veel ('in onze familie stopt niemand'). Slikt 'iets om te focussen' van een huisgenoot. "
        "Weet naar eigen zeggen niet wat ze zelf wil. Geen diagnose, geen verwijzing; samen de vraag gesteld wat 'goed "
        "genoeg' voor haar zou zijn. Volgende keer wil ze nadenken over een tussenjaar en wat ze haar ouders dan zegt.",
        terms=["opgave-prestatiedruk", "ks5-missie-1d"],
        wrong=["kernwaarde-samen"],
        why="A student under pressure to perform, pills included, who is helped to find what she wants herself and that it need "
        "not be perfect (being yourself); 'samen' is everyday.",
    ),
    dict(
        genre="tel",
        trap_only=True,
        text="Clt [PERSOON 53] belt om afspraak van do te verzetten: druk op zijn werk, krijgt geen vrij. Nieuwe afspraak bij "
        "hem thuis om 19u, dinsdag. Hij vroeg of ik kon wachten tot zijn vrouw thuis is van haar dienst, zodat ze samen "
        "kunnen praten over de schulden; zij houdt de post bij, hij niet. Uiteraard. Ik neem de brieven van de deurwaarder mee "
        "zodat we ze met z'n drieën kunnen doornemen.",
        terms=["ks5-missie-4"],
        wrong=["opgave-prestatiedruk", "kernwaarde-samen"],
        why="The appointment is moved to fit the couple's working hours and their wish to talk together (support tailored to "
        "their situation); 'druk' means busy and 'samen' is everyday.",
    ),
    dict(
        genre="reg",
        trap_only=True,
        text="Gespr via tolk (Arabisch, tolkentelefoon) met mw [PERSOON 54]; lijn viel twee keer weg. Mw vraagt hulp bij de "
        "aanvraag kinderbijslag voor haar jongste, geboren [DATUM]; formulier samen ingevuld, kopie paspoort erbij, verstuurd. "
        "Ook gevraagd naar een taalcursus: zij wil zelf met de juf van haar kinderen kunnen praten. Aangemeld bij [ORGANISATIE "
        "1], start na de zomer. Volgende afspraak weer met tolk, dan ook de brief van de Belastingdienst over de toeslag doornemen.",
        terms=["opdracht-hulp-inwoners", "ks5-missie-1b"],
        wrong=["rol-tolk-vertaler"],
        why="Straightforward advice and practical support with a benefit claim (broad mandate task 2) and a language course so "
        "she can take part at her children's school (participation); the phone interpreter is no interpreter-translator role.",
    ),
    dict(
        genre="team",
        trap_only=False,
        text="Teamoverleg over verdeling. Er is budget voor vier extra trajecten woonbegeleiding, er staan tien mensen op de "
        "lijst. We gaan niet op volgorde van aanmelding. Samen per persoon gekeken wie het zonder echt niet redt, en wat de "
        "anderen in de tussentijd wel kunnen krijgen: een maatje, de inloop, een vaste belafspraak. Iedereen op de lijst wordt "
        "deze week gebeld met uitleg waarom wel of nog niet, en wat er wel kan.",
        terms=["ks5-missie-6", "waarde-rechtvaardigheid"],
        wrong=["kernwaarde-samen"],
        why="Scarce support divided by need, with an explanation for everyone (sharing means fairly: justice) and a search for "
        "what can be done for the others (mission 6); 'samen' is everyday.",
    ),
    dict(
        genre="team",
        trap_only=False,
        text="Evaluatie samenwerking met de wijkagent in [WIJK], na een half jaar. Wijkagent: 'ik dacht dat jullie alleen "
        "koffie drinken.' Wij: 'wij dachten dat jullie alleen bonnen schrijven.' Na een half jaar gezamenlijke huisbezoeken "
        "doet de wijkagent eerst een kennismakingsgesprek voor hij een waarschuwing geeft, en wij durven sneller over huiselijk "
        "geweld te beginnen. Afspraak: dit zo houden, elk kwartaal samen evalueren en de ervaringen in het team en bij de politie delen.",
        terms=["les-laten-veranderen", "opdracht-samenwerkingspartner", "opgave-veiligheid"],
        wrong=["opgave-eenzaamheid"],
        why="Both the police officer and the team changed their own way of working through the cooperation (letting yourself "
        "change, partner in cooperation), with domestic violence addressed sooner (safety); 'alleen' means 'only'.",
    ),
]
