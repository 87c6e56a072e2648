# Notes 31-45 (first pass).
N = [
# 31 casusnotitie, langdurig contact
dict(text="""Casusnotitie. Ik ken [PERSOON 16] nu vier jaar. Ze heeft drie keer een terugval gehad in haar drankgebruik, en elke keer belt ze mij, niet de verslavingszorg. Vandaag weer. Ik ben langsgegaan, heb koffie gezet en gewacht tot ze kon praten. Ze heeft zelf de verslavingsarts gebeld terwijl ik ernaast zat. Ze zei: 'Jij bent de enige die nooit weggaat.' Het dossier is formeel al twee keer gesloten, maar de deur gaat nooit echt dicht.""",
 terms=["rol-steunpilaar", "waarde-medemenselijkheid", "ks5-missie-7"],
 wrong=["opgave-veiligheid", "ks5-missie-3"],
 why="Het team is een standvastige steun en toeverlaat naast de verslavingszorg; zij belt zelf de arts, en aanvullende zorg komt in samenhang."),
# 32 team-app
dict(text="""Teamapp: Wie kan vanmiddag mee naar mevrouw in de [WIJK]? Ze voelt zich niet veilig in huis sinds haar ex vrij is, maar ze wil geen aangifte doen en geen opvang. De buurvrouw heeft haar sleutel. Ik wil met haar een veiligheidsplan maken en afspreken wie ze kan bellen, en met haar toestemming Veilig Thuis om advies vragen. Ze wil het niet buiten haar om. Graag iemand erbij die ervaring heeft met dit soort plannen.""",
 terms=["opgave-veiligheid", "ks5-missie-5", "ks5-missie-7"],
 wrong=["ks5-missie-1c", "kernwaarde-samen"],
 why="Een veiligheidsplan met de vrouw zelf, veiligheidspartners alleen met haar toestemming; de buurvrouw met een sleutel maakt het nog geen netwerkverhaal."),
# 33 reflectie, MT/professional over systeem
dict(text="""Reflectie na de dag van de wijkteams. Ik was boos op de inkoopafdeling die weer een contract met vaste producten wilde. Een collega uit een ander team zei: ga eens een dag bij ze zitten. Dat heb ik gedaan. Ze bleken net zo vast te zitten in de regels als wij, en hadden veel ideeën over flexibeler inkopen, als wij ze maar zouden laten zien wat gezinnen echt nodig hebben. Ik had hun werk nooit gezien. Mijn beeld is veranderd, en mijn manier van praten met ze ook.""",
 terms=["les-laten-veranderen", "waarde-compassie", "opdracht-strategische-partner"],
 wrong=["opgave-bureaucratie", "les-ontmoeting"],
 why="De professional laat haar beeld en werkwijze veranderen door de ander en erkent dat zij het mis had; 'regels' zijn hier de achtergrond, niet de bureaucratie die inwoners ervaren."),
# 34 wijkalliantie, netwerk
dict(text="""Verslag wijkalliantie. Tot nu toe werkten huisarts, wijkverpleging en wijkteam met een verwijsroute: huisarts signaleert, wijkteam doet intake, wijkverpleging krijgt een overdracht. Dat duurt weken. Voorstel om dat los te laten: we komen eens per twee weken een uur samen bij de huisarts en bespreken daar wie wat doet, zonder formulieren. Wie het eerst bij de inwoner is, pakt het op. De zorgverzekeraar wil meekijken of dit werkt.""",
 terms=["beweging-ketens-naar-netwerken", "opdracht-samenwerkingspartner", "kernwaarde-pragmatisch"],
 wrong=["opgave-bureaucratie", "les-niemand-de-baas"],
 why="Een lineaire verwijsroute wordt vervangen door onderling afstemmen in een netwerk; 'zonder formulieren' gaat over de eigen werkwijze, niet over de bureaucratie die inwoners treft."),
# 35 e-mail aan woningcorporatie
dict(text="""Beste [PERSOON 17], ik schrijf u over de familie [PERSOON 18] op [ADRES]. Zoals u weet dreigt een huisuitzetting vanwege een huurachterstand. Sinds vorige maand is er een budgetbeheerder en wordt de huur rechtstreeks betaald. Het gezin heeft vier kinderen, waarvan twee op de basisschool om de hoek. Ik vraag u de zaak niet door te zetten naar de deurwaarder en met ons en het gezin een gesprek te voeren over de achterstand. Uiteraard met toestemming van de ouders.""",
 terms=["ks5-missie-1a", "rol-bemiddelaar", "opgave-woningnood"],
 wrong=["ks5-missie-5", "opdracht-samenwerkingspartner"],
 why="De professional bemiddelt tussen gezin en corporatie om bestaanszekerheid en huisvesting te redden; 'met toestemming' is een formule, geen kern van de mail."),
# 36 contactmoment, oudere Wmo
dict(text="""Contactmoment met meneer [PERSOON 19], tachtig. Hij belt omdat de Wmo-consulent een traplift heeft afgewezen. Volgens hem 'zit hij nu gevangen boven'. Ik ben langsgegaan. Het blijkt dat hij zelf al had bedacht om de slaapkamer naar beneden te halen, maar zijn kinderen vinden dat raar. Met hem en zijn zoon hebben we de woonkamer bekeken. Het bed komt in de serre. Zoon helpt zaterdag. Hij is tevreden: 'dan zie ik de tuin ook.'""",
 terms=["ks5-missie-6", "ks5-missie-4", "beweging-problemen-naar-krachten"],
 wrong=["opgave-rechtsbescherming", "opgave-woningnood"],
 why="Na een afwijzing samen onderzoeken wat wel kan, met zijn eigen idee als uitgangspunt; de afgewezen voorziening maakt het geen rechtsbeschermingsvraag."),
# 37 duidingssessie, jeugd naar 0-100
dict(text="""Duidingssessie. Ons team was tot vorig jaar een jeugdteam. Sinds we ook volwassenen helpen, zien we dat veel 'jeugdvragen' eigenlijk vragen van ouders zijn: een vader met een depressie, een moeder zonder werk, een oma die zorgt en uitvalt. In de verhalen van dit kwartaal komt dat telkens terug. Een collega zei: 'Vroeger stuurden we de moeder door, nu zitten we met het hele gezin aan tafel.' De cijfers laten minder verwijzingen naar jeugdhulp zien.""",
 terms=["beweging-jeugd-naar-0-100", "opdracht-hulp-inwoners", "ks5-missie-7"],
 wrong=["ks5-missie-1b", "opgave-prestatiedruk"],
 why="Het team verschuift van jeugd naar alle leeftijden en helpt het hele gezin zelf; 'zonder werk' is een voorbeeld, geen participatieverhaal."),
# 38 verhaal voor Vertelpunt, jongvolwassene, LVB
dict(text="""Vertelpunt. [PERSOON 20] is drieëntwintig, heeft een licht verstandelijke beperking en woont zelfstandig. Ze wilde graag werken in de dierenwinkel. Het UWV vond haar 'niet bemiddelbaar'. Ik ben met haar gaan praten met de eigenaar van de winkel, die haar een proefdag gaf. Ze komt nu drie ochtenden per week, voert de vissen, maakt de hokken schoon en kent alle klanten. Ze is trots. De eigenaar zegt: 'Ze is de enige die nooit te laat komt.'""",
 terms=["ks5-missie-1b", "ks5-missie-1d", "beweging-problemen-naar-krachten"],
 wrong=["rol-bemiddelaar", "opgave-bureaucratie"],
 why="Meedoen op haar eigen manier, vanuit wat zij kan; 'niet bemiddelbaar' is UWV-taal en de professional bemiddelt niet in een conflict."),
# 39 teamoverleg, sociale basis
dict(text="""Teamoverleg. We verwijzen veel inwoners naar het taalcafé, het repaircafé en de wandelgroep, maar horen nu dat vrijwilligers overbelast raken. Twee vrijwilligers zijn gestopt. Besproken dat we niet alleen verwijzen, maar ook zorgen dat de vrijwilligers ondersteuning krijgen: een aanspreekpunt, af en toe een kop koffie, en een goed gesprek als iemand zwaar is. Eén collega gaat dat oppakken met welzijn.""",
 terms=["opgave-sociale-basis", "waarde-zorgzaamheid", "opdracht-samenwerkingspartner"],
 wrong=["opgave-prestatiedruk", "ks5-missie-1b"],
 why="Zorg dragen voor de vrijwilligers die de sociale basis vormen, samen met welzijn; overbelaste vrijwilligers zijn geen prestatiedruk, vrijwilligerswerk hier geen meedoen van een inwoner."),
# 40 mail aan collega-organisatie, kwetsbare ouderen
dict(text="""Beste collega's van de thuiszorg, in onze wijk wonen enkele ouderen die geen familie meer hebben en van wie we weten dat ze vaak dagen niemand zien. Jullie komen daar dagelijks. Zouden jullie ons willen laten weten als jullie merken dat iemand achteruitgaat, met toestemming van de cliënt natuurlijk? Wij kunnen dan iemand langs sturen die tijd heeft om een kop koffie te drinken. We willen graag samen bekijken hoe we dit regelen. Met vriendelijke groet, het wijkteam.""",
 terms=["opgave-eenzaamheid", "opdracht-samenwerkingspartner", "rol-netwerker"],
 wrong=["ks5-missie-5", "ks5-missie-1c"],
 why="Een signaleringsnetwerk rond geïsoleerde ouderen met de thuiszorg als partner; 'met toestemming' staat er terloops en familie ontbreekt juist."),
# 41 intervisie, niet alles kan
dict(text="""Intervisie. Een collega bracht in dat een moeder met drie kinderen boos werd omdat het wijkteam geen extra uren kinderopvang kan betalen. Moeder zei dat haar buurvrouw het 'wel kreeg'. De collega voelde zich schuldig en twijfelde of ze een uitzondering moest maken. In de groep bespraken we dat we uitleg verschuldigd zijn over waarom de een iets krijgt en de ander niet, en dat we niet alles kunnen geven. Besluit: een eerlijk gesprek met moeder over wat er wel kan, en haar wijzen op de bezwaarmogelijkheid.""",
 terms=["ks5-missie-6", "waarde-rechtvaardigheid", "opgave-rechtsbescherming"],
 wrong=["ks5-missie-1c", "rol-bemiddelaar"],
 why="Niet alles is mogelijk; eerlijk verdelen van middelen, uitleg geven en de weg van bezwaar open houden; de buurvrouw is een vergelijking, geen netwerk."),
# 42 contactmoment, school / kind 8
dict(text="""Contactmoment op het schoolplein. De juf van groep vijf sprak me aan over een jongetje van acht dat steeds buikpijn heeft voor een toets. Moeder staat erbij en vertelt dat hij thuis hele avonden zit te oefenen omdat zijn grote zus naar het gymnasium gaat en hij 'niet dom wil zijn'. Ik heb met moeder afgesproken dat ik volgende week even langskom. De juf gaat kijken of de toetsen anders kunnen.""",
 terms=["opgave-prestatiedruk", "les-ontmoeting"],
 wrong=["ks5-missie-7", "opgave-veiligheid"],
 why="Buikpijn voor toetsen bij een achtjarige is prestatiedruk; het contact ontstaat doordat de professional op het schoolplein ontmoetbaar is."),
# 43 MT, fatsoen en transformatie
dict(text="""MT-overleg. De gemeente vraagt om alle inwoners met een uitkering die ook bij het wijkteam komen, te melden bij handhaving. Het MT weigert: onze hulp is vrijwillig en gebaseerd op vertrouwen, en we delen niets zonder toestemming. We leggen dat uit aan de wethouder en bieden aan om samen na te denken over hoe we fraude kunnen voorkomen zonder dat mensen ons gaan mijden. Het MT vindt het belangrijk dat inwoners zich hier met respect behandeld voelen.""",
 terms=["rol-hoeder-transformatie", "waarde-fatsoen", "ks5-missie-5"],
 wrong=["opgave-veiligheid", "opgave-armoede"],
 why="Het MT praat terug tegen een terugtrekkende beweging en bewaakt toestemming en een fatsoenlijke behandeling; handhaving en uitkering maken het geen veiligheids- of armoedevraag."),
# 44 huisbezoek, gezin, spelverdeler
dict(text="""Huisbezoek met de gezinscoach van de jeugdhulpaanbieder erbij. Het gezin heeft een zoon met ADHD, een moeder met schulden en een vader die net zijn baan kwijt is. Iedereen wil iets: de school wil een onderzoek, de schuldhulp wil een budgetplan, de werkcoach wil vader op een traject. Ik heb met ouders op een groot vel gezet wat er speelt en welke partij wat doet, en ouders kozen zelf wat eerst moest: rust voor de zoon.""",
 terms=["rol-spelverdeler", "ks5-missie-4", "ks5-missie-5"],
 wrong=["ks5-missie-1a", "ks5-missie-1b"],
 why="De professional verdeelt het spel tussen vier partijen en laat ouders zelf de volgorde kiezen; schulden en baanverlies worden genoemd maar zijn hier niet de kern."),
# 45 reflectie, gebureaucratiseerde samenleving
dict(text="""Reflectie. Vandaag heb ik twee uur besteed aan het helpen van een vrouw met haar aanvraag voor een parkeervergunning voor gehandicapten. Ze moest een medische keuring aanvragen, een foto uploaden, een formulier van de huisarts laten invullen en een uittreksel. Ze heeft zelf een hersenbeschadiging. 'Ik word er zo moe van,' zei ze. Ik ook. We moeten dit soort routes vaker laten zien aan de gemeente, niet alleen oplossen.""",
 terms=["opgave-bureaucratie", "rol-kritische-vriend"],
 wrong=["opgave-digitalisering", "ks5-missie-7"],
 why="Een inwoner loopt vast in een gebureaucratiseerde route en de professional wil dit terugleggen bij de gemeente; één foto uploaden maakt het geen digitaliseringsvraag."),
]
