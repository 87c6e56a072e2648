# Notes 46-60 (first pass).
N = [
# 46 casusnotitie, eigen regie (everyday 'regie')
dict(text="""Casusnotitie. [PERSOON 21], eenendertig, moeder van een peuter, is vorig jaar gescheiden en wil haar leven weer zelf op de rit krijgen. Ze zegt: 'Ik wil de regie over mijn eigen geld terug.' Ze volgt een cursus boekhouden bij het buurthuis, heeft een parttimebaan gevonden en haar moeder past twee dagen op. Mijn rol is vooral meedenken en af en toe een duwtje. Vandaag hebben we haar eerste eigen begroting gemaakt. Ze wil over een half jaar zonder ons verder.""",
 terms=["ks5-missie-1", "beweging-problemen-naar-krachten"],
 wrong=["opdracht-hulp-inwoners", "opdracht-buurten-wijken"],
 why="Ze wordt gesteund in het zelf realiseren van inkomen, werk en netwerk, vanuit wat ze al doet; 'regie' is haar eigen woord, geen regiehulp, en het buurthuis is alleen de cursusplek."),
# 47 wijkalliantie, niemand de baas
dict(text="""Wijkalliantie, evaluatie na een jaar. Het plan was dat de gemeente de alliantie zou voorzitten, maar die rol werd nooit echt ingevuld. Toch is er veel gebeurd: de corporatie en de school hebben samen een huiswerkplek ingericht, de sportvereniging biedt gratis lidmaatschap aan kinderen van minima, het wijkteam en de huisarts werken in één pand. Niemand had dit bedacht. We concluderen dat het niet helpt om te wachten op iemand die de leiding neemt. Volgend jaar draait het voorzitterschap rond.""",
 terms=["les-niemand-de-baas", "beweging-ketens-naar-netwerken", "opdracht-samenwerkingspartner"],
 wrong=["opgave-armoede", "opdracht-strategische-partner"],
 why="Zonder centrale leiding maakt ieder in het netwerk het verschil; de minima en de gemeente worden genoemd maar zijn niet het onderwerp."),
# 48 team-app, steunpilaar, 'alleen'
dict(text="""Teamapp: Vannacht brand bij de flat aan de [ADRES]. Niemand gewond, maar vijf gezinnen kunnen niet terug naar hun woning. Ik ben er vanochtend om zeven uur heen gegaan. De mensen zaten in de sporthal, sommigen alleen in hun pyjama. Ik heb koffie gehaald, telefoons laten opladen, met de corporatie gebeld over opvang en bij elk gezin even gezeten. Een vader zei: 'Goed dat jullie er gewoon zijn.' Wie kan me om twaalf uur aflossen?""",
 terms=["rol-steunpilaar", "waarde-medemenselijkheid", "opgave-woningnood"],
 wrong=["opgave-eenzaamheid", "opgave-veiligheid"],
 why="Het team is er in een crisis als betrouwbare steun, met menselijke aandacht en zorg om onderdak; 'alleen in hun pyjama' en de brand maken het geen eenzaamheids- of veiligheidsvraag."),
# 49 e-mail gemeente, strategisch, sociale basis
dict(text="""Beste [PERSOON 22], zoals afgesproken in ons kwartaaloverleg een voorstel voor de inzet van het budget voor de sociale basis. Wij zien dat de ontmoetingsplekken in de [WIJK] na drie uur dichtgaan, terwijl juist werkende ouders en jongeren 's avonds een plek zoeken. Ons voorstel: een van de buurthuizen twee avonden openhouden, met vrijwilligers uit de buurt en een jongerenwerker. Wij willen dit samen met u uitwerken en na een half jaar evalueren.""",
 terms=["opgave-sociale-basis", "opdracht-strategische-partner", "opdracht-buurten-wijken"],
 wrong=["les-ontmoeting", "ks5-missie-1b"],
 why="Samen met de gemeente de sociale basis in de wijk versterken; 'ontmoetingsplekken' en 'werkende ouders' zijn alledaagse woorden, niet de les van de ontmoeting of participatie."),
# 50 intervisie, rolvastheid, 'werk'
dict(text="""Intervisie. Een collega vertelde dat ze steeds meer 's avonds werkt omdat een cliënt haar appt als hij in paniek is. Ze wil hem niet laten vallen. De groep vroeg: wat is jouw taak, en wat is die van de crisisdienst? Ze zag dat ze het werk van de GGZ aan het overnemen was en daarmee ook haar eigen grenzen kwijtraakte. Afspraak: ze bespreekt met de cliënt wie hij 's nachts kan bellen en zet dat op papier, met het nummer van de crisisdienst bovenaan.""",
 terms=["les-rolvastheid", "ks5-missie-7"],
 wrong=["opgave-prestatiedruk", "ks5-missie-1b"],
 why="Helder krijgen wat de eigen taak is naast de crisisdienst, zodat aanvullende zorg op zijn plek komt; avondwerk is geen prestatiedruk of participatie."),
# 51 casus, digitalisering, oudere migrant
dict(text="""Casusnotitie. Meneer [PERSOON 23], achtenzestig, kwam twintig jaar geleden uit Turkije en spreekt redelijk Nederlands maar leest het slecht. Zijn AOW-brieven komen sinds dit jaar alleen nog in de berichtenbox. Zijn kleindochter hielp hem altijd, maar zij studeert nu in een andere stad. Met hem de berichtenbox ingesteld op zijn tablet, met grote letters, en afgesproken dat de kleindochter een machtiging krijgt zodat ze op afstand kan meekijken. Hij wil het zelf leren.""",
 terms=["opgave-digitalisering", "ks5-missie-1", "ks5-missie-1c"],
 wrong=["opgave-eenzaamheid", "beweging-jeugd-naar-0-100"],
 why="De overgang naar digitale post sluit hem uit; hij wordt gesteund om het zelf te leren met zijn kleindochter op afstand. 'Alleen nog' is alledaags, geen eenzaamheid."),
# 52 verhaal voor Vertelpunt, netwerker, 'netwerk'
dict(text="""Vertelpunt. Een vader van drie kinderen, net gevlucht uit Syrië, zat maandenlang thuis. Via de moskee hoorde ik dat hij timmerman was. Ik belde de voorzitter van de volkstuinvereniging, die al jaren een nieuwe schuur wilde. De vader bouwde de schuur samen met twee gepensioneerde leden. Nu is hij daar elke zaterdag, zijn kinderen spelen tussen de bonen. Via zijn nieuwe netwerk kreeg hij een baan bij een aannemer.""",
 terms=["rol-netwerker", "ks5-missie-1b", "ks5-missie-1c"],
 wrong=["opgave-eenzaamheid", "beweging-ketens-naar-netwerken"],
 why="De professional legt verbindingen tussen moskee, volkstuin en vader, waardoor hij meedoet en een netwerk krijgt; 'netwerk' is hier zijn kennissenkring, geen verschuiving van ketens naar netwerken."),
# 53 teamoverleg, kernwaarde samen, 'samen'
dict(text="""Teamoverleg. Discussie over de vraag of we bij een gezin met een vader die alcohol drinkt een melding moeten doen. De ene helft van het team vindt van wel, de andere helft denkt dat we daarmee het contact verliezen terwijl de kinderen nu veilig zijn. We kwamen er niet uit en dat is oké. Afgesproken: we dragen de verantwoordelijkheid samen, de casushouder staat er niet alleen voor, en over twee weken kijken we opnieuw met alle informatie die we dan hebben.""",
 terms=["kernwaarde-samen", "opgave-veiligheid"],
 wrong=["opgave-eenzaamheid", "ks5-missie-5"],
 why="Verschil van inzicht mag blijven bestaan en de verantwoordelijkheid wordt gedeeld, rond een vraag over de veiligheid van kinderen; 'niet alleen' gaat over de collega."),
# 54 contactmoment, armoede, 'klacht'
dict(text="""Contactmoment. Mevrouw [PERSOON 24] komt binnen met een klacht over de energieleverancier, die haar voorschot heeft verdubbeld. Ze is alleenstaand met twee tieners en werkt in de thuiszorg. Het geld is op voor het einde van de maand; ze slaat zelf de warme maaltijd over zodat de kinderen kunnen eten. Ze wil niet naar de voedselbank, 'dat is voor mensen die niet werken'. We hebben gekeken naar toeslagen die ze niet aanvraagt en naar het noodfonds. Ze gaat er thuis over nadenken.""",
 terms=["opgave-armoede", "ks5-missie-1a", "waarde-compassie"],
 wrong=["opgave-rechtsbescherming", "ks5-missie-1b"],
 why="Werkende armoede met schaamte, benaderd zonder oordeel; de 'klacht' over de energieleverancier is geen rechtsbeschermingsvraag, haar werk geen participatievraag."),
# 55 e-mail partner (jeugd), ketens
dict(text="""Beste collega's van de jeugdhulpaanbieder, we willen voorstellen om voor de drie gezinnen die we samen begeleiden niet meer per gezin een overdrachtsformulier te sturen, maar eens per maand samen met de ouders aan tafel te gaan. Dan horen we allemaal hetzelfde, en de ouders hoeven hun verhaal niet steeds opnieuw te vertellen. Wie wat doet, spreken we dan ter plekke af. Zijn jullie bereid om het drie maanden te proberen?""",
 terms=["beweging-ketens-naar-netwerken", "kernwaarde-pragmatisch", "ks5-missie-4"],
 wrong=["opgave-bureaucratie", "beweging-jeugd-naar-0-100"],
 why="Van overdrachten in een keten naar samen aan tafel met ouders, als proef; een jeugdhulpaanbieder als partner zegt niets over de beweging naar 0-100."),
# 56 huisbezoek, jonge vrouw, hulp-inwoners
dict(text="""Huisbezoek. [PERSOON 25], vijfentwintig, zwanger van haar eerste kind, woont met haar vriend op een kamer boven een snackbar. Ze heeft geen verloskundige omdat ze niet verzekerd blijkt. In het gesprek hebben we eerst de zorgverzekering geregeld en een verloskundige gebeld. Daarna bespraken we wat ze nodig heeft voor de baby: een wieg, kleertjes, een plek. Ze wil zelf naar de woningcorporatie; ik ga mee. Afgesproken dat ik elke week kom tot de bevalling.""",
 terms=["opdracht-hulp-inwoners", "ks5-missie-1a"],
 wrong=["opgave-veiligheid", "opgave-woningnood"],
 why="Het team biedt zelf praktische ondersteuning aan een aanstaande moeder en regelt de basis; de kamer is krap maar de woning is niet de kern van dit bezoek."),
# 57 MT, medemenselijkheid / rechtvaardigheid, ontmoeting everyday
dict(text="""MT-overleg. Bespreking van het klachtenrapport van dit jaar. De meeste klachten gaan niet over de hulp zelf, maar over hoe mensen zich behandeld voelen: niet teruggebeld, een brief in moeilijke taal, een afspraak die zonder uitleg werd verzet. Het MT wil daar niet alleen procedures voor maken. Voorstel: elke professional belt binnen twee dagen terug, brieven worden samen met een ervaringsdeskundige herschreven, en klagers worden uitgenodigd voor een gesprek.""",
 terms=["waarde-fatsoen", "opgave-rechtsbescherming", "waarde-medemenselijkheid"],
 wrong=["kernwaarde-pragmatisch", "les-ontmoeting"],
 why="Klachten over bejegening en de klachtprocedure raken rechtsbescherming en een fatsoenlijke, menselijke behandeling; 'een gesprek' is nog niet de les van de ontmoeting."),
# 58 reflectie, lef / laten veranderen
dict(text="""Reflectie. Bij de buurtbewoners van de [WIJK] stond het wijkteam lang bekend als 'die mensen van de gemeente die je kinderen afpakken'. We hebben besloten om een zomer lang op het pleintje te staan met een kraam en limonade, zonder folders. Eerst kwamen alleen kinderen, daarna ouders. Een moeder zei: 'Jullie zijn gewoon mensen.' Pas in september kwamen de eerste vragen. Ik heb geleerd om mijn agenda niet te laten leiden door afspraken, maar door wanneer mensen tijd hebben.""",
 terms=["les-ontmoeting", "kernwaarde-lef", "opdracht-buurten-wijken"],
 wrong=["opgave-veiligheid", "beweging-jeugd-naar-0-100"],
 why="Vertrouwen ontstaat pas door een zomer lang ontmoetbaar te zijn in de wijk; een creatieve, proactieve keuze. Kinderen op het plein zijn geen jeugd-naar-0-100."),
# 59 casus, oudere man, eenzaamheid zonder woord, 'druk'
dict(text="""Casusnotitie. Meneer [PERSOON 26], eenentachtig, belt de laatste weken bijna elke dag naar ons algemene nummer met een kleine vraag: hoe laat de bus gaat, of het afval morgen wordt opgehaald. De collega's aan de telefoon hebben het druk en vinden het lastig. Ik ben langsgegaan. Hij vertelde dat zijn vrouw in het verpleeghuis zit en dat hij 's avonds tegen de muren praat. Hij wil graag iets met zijn handen doen. We zoeken samen naar een plek waar hij kan klussen met anderen.""",
 terms=["opgave-eenzaamheid", "rol-brononderzoeker", "ks5-missie-1b"],
 wrong=["opgave-prestatiedruk", "ks5-missie-7"],
 why="Achter de dagelijkse kleine telefoontjes zit eenzaamheid, ontdekt door langs te gaan; 'druk' is de werkdruk van collega's, het verpleeghuis van zijn vrouw is geen aanvullende hulp voor hem."),
# 60 duidingssessie, samen/collectief, kritische vriend
dict(text="""Duidingssessie met gemeente, welzijn en twee lokale teams over het thema jongeren en geld. De cijfers tonen een stijging van schulden bij jongeren tussen achttien en vierentwintig. In de verhalen zie je telefoonabonnementen, kopen op afbetaling en gokken. Een jongere die mee was, zei: 'Niemand leert je dit, en op school moest je vooral goede cijfers halen.' Besloten om met jongeren zelf een aanpak te bedenken, niet voor hen, en de gemeente te vragen het budget voor individuele schuldhulp deels te gebruiken voor groepsbijeenkomsten.""",
 terms=["opgave-armoede", "beweging-individu-naar-collectief", "ks5-missie-2"],
 wrong=["opgave-prestatiedruk", "opgave-digitalisering"],
 why="Schulden bij jongeren worden als collectief vraagstuk in de context aangepakt, met jongeren zelf; één opmerking over cijfers op school maakt het geen prestatiedruk."),
]
