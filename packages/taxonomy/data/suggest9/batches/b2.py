# Notes 16-30 (first pass).
N = [
# 16 casusnotitie, Wmo / volwassene
dict(text="""Casusnotitie. Mevrouw [PERSOON 10], zevenenveertig, vraagt een scootmobiel aan. Ze heeft MS en kan sinds kort niet meer naar haar werk als schoolschoonmaakster. Bij doorvragen blijkt dat ze het contact met haar collega's het meest mist: 'ik was daar iemand'. Ze wil graag weer iets doen waar ze nodig is. We hebben gesproken over de buurtwinkel van [ORGANISATIE 2], waar ze achter de kassa kan zitten. Scootmobiel aangevraagd, tegelijk een kennismaking bij de buurtwinkel gepland.""",
 terms=["ks5-missie-1b", "rol-brononderzoeker", "ks5-missie-4"],
 wrong=["opgave-prestatiedruk", "ks5-missie-7"],
 why="Achter de vraag om een voorziening zit de wens om weer van betekenis te zijn; het verlies van haar werk gaat over meedoen, niet over werkdruk."),
# 17 teamapp
dict(text="""Teamapp: Even een compliment voor [PERSOON 11]. Die is gisteren zonder afspraak bij de voedselbank langsgegaan omdat ze hoorde dat daar steeds meer studenten komen. Ze heeft een uur met de vrijwilligers koffie gedronken en nu staat er volgende week een informatieochtend over studiefinanciering en toeslagen, samen met de studentendecaan van het mbo. Niemand had het gevraagd, ze deed het gewoon. Zo mooi.""",
 terms=["kernwaarde-lef", "opgave-armoede", "rol-netwerker"],
 wrong=["kernwaarde-samen", "opgave-bureaucratie"],
 why="Proactief en zonder opdracht verbinding leggen met de voedselbank en het mbo rond armoede onder studenten; 'samen met' is hier gewoon een voegwoord."),
# 18 wijkalliantie
dict(text="""Wijkalliantie [WIJK], kort verslag. De wijkagent meldt overlast van jongeren bij het speeltuintje, bewoners hebben gebeld. In plaats van meteen te handhaven stelde de jongerenwerker voor om eerst met de jongens zelf te praten. Dat is gebeurd: ze hebben nergens anders om te zitten sinds het jongerencentrum dicht is. Ze willen best een bankje verderop, als ze daar ook een stopcontact hebben voor muziek. De gemeente bekijkt het. De wijkagent en de jongerenwerker gaan samen terug om het te vertellen.""",
 terms=["opgave-veiligheid", "opdracht-samenwerkingspartner", "beweging-problemen-naar-krachten"],
 wrong=["beweging-jeugd-naar-0-100", "les-niemand-de-baas"],
 why="Overlast wordt samen met partners aangepakt door de jongeren zelf te laten meedenken; dat het om jongeren gaat maakt het niet de beweging naar 0-100."),
# 19 duidingssessie
dict(text="""Duidingssessie met de gemeente en drie teams. De cijfers laten zien dat het aantal meldingen over huiselijk geweld in onze wijk stijgt. De beleidsmedewerker vroeg of dat betekent dat het slechter gaat. Collega's vertelden verhalen: sinds we op het schoolplein staan, durven moeders eerder iets te zeggen. Een stijging kan ook betekenen dat mensen ons vertrouwen. We spraken af om bij de volgende rapportage naast de cijfers steeds twee verhalen op te nemen, en om de wijkagent uit te nodigen.""",
 terms=["opgave-veiligheid", "opdracht-strategische-partner", "les-ontmoeting"],
 wrong=["ks5-missie-3", "rol-kritische-vriend"],
 why="Samen met de gemeente duiden wat stijgende cijfers over geweld betekenen; het vertrouwen ontstaat doordat professionals op het schoolplein ontmoetbaar zijn."),
# 20 intervisie
dict(text="""Intervisie. Ik bracht een casus in over een moeder die ik al een jaar begeleid. Ik merk dat ik haar ben gaan beschermen tegen de jeugdbeschermer, die volgens mij te hard optreedt. Een collega vroeg: wat is jouw taak hier eigenlijk? Dat bleef hangen. Mijn taak is niet de jeugdbeschermer corrigeren, wel moeder helpen te begrijpen wat er van haar verwacht wordt en haar bijstaan in dat gesprek. Ik ga de jeugdbeschermer bellen om onze rollen voor moeder duidelijk te maken.""",
 terms=["les-rolvastheid", "ks5-missie-7"],
 wrong=["opgave-veiligheid", "opgave-rechtsbescherming"],
 why="De kern is helder krijgen wat je eigen taak is naast de jeugdbeschermer; een jeugdbeschermer in de casus maakt het nog geen veiligheids- of rechtsbeschermingsvraag."),
# 21 contactmoment walk-in
dict(text="""Binnenloop, donderdagmiddag. Een man van een jaar of zestig komt vragen of wij 'iets met computers' doen. De gemeente heeft hem een mail gestuurd dat zijn aanvraag bijzondere bijstand alleen nog via de website kan. Hij heeft geen computer en zijn telefoon is oud. Samen met hem de aanvraag gedaan op onze laptop. Hij vroeg of hij vaker mocht komen. Ik heb hem gewezen op het digicafé van de bibliotheek op maandag, waar vrijwilligers helpen, en hij kan altijd weer hier binnenlopen.""",
 terms=["opgave-digitalisering", "ks5-missie-3", "opgave-sociale-basis"],
 wrong=["opgave-armoede", "kernwaarde-samen"],
 why="De drempel is de digitale aanvraag; het team helpt laagdrempelig en verwijst naar een voorziening in de sociale basis; bijzondere bijstand is aanleiding, geen armoedeverhaal."),
# 22 reflectie, professional
dict(text="""Reflectie. Toen ik bij het team begon dacht ik dat ik vooral gesprekken zou voeren. Nu sta ik vaak op straat, in de supermarkt, bij het hek van de school. Laatst hielp ik een oudere buurvrouw met haar boodschappen en raakte ik aan de praat met haar kleinzoon, die schulden bleek te hebben. Via haar kwam hij een week later op het spreekuur. Ik had dat nooit bereikt met een brief. Ik leer dat mijn werk niet op kantoor begint maar waar mensen gewoon zijn.""",
 terms=["les-ontmoeting", "kernwaarde-samen", "ks5-missie-3"],
 wrong=["opgave-armoede", "ks5-missie-1c"],
 why="Werken 'te midden van' de wijk maakt ontmoeting en laagdrempelige toegang mogelijk; de schulden van de kleinzoon zijn een voorbeeld, geen armoedeverhaal."),
# 23 mail aan gemeente (kritisch)
dict(text="""Aan de afdeling Inkomen. Geachte heer [PERSOON 12], we maken ons zorgen over de nieuwe werkwijze waarbij inwoners die een termijn missen direct een korting op hun bijstand krijgen. In twee gezinnen die wij begeleiden heeft dat geleid tot een huurachterstand en een afsluiting van het gas. Het zijn mensen die de brief niet konden lezen, niet mensen die niet wilden. Wij vragen u om bij een gemiste termijn eerst contact te zoeken, en zijn graag bereid die rol met u te verdelen.""",
 terms=["rol-kritische-vriend", "waarde-rechtvaardigheid", "opgave-rechtsbescherming"],
 wrong=["opgave-woningnood", "rol-spelverdeler"],
 why="Het team spreekt de gemeente aan op een regel die de ondergrens van kwetsbare gezinnen raakt en vraagt om rechtvaardige behandeling; huurachterstand is gevolg, geen woningnood."),
# 24 verhaal voor Vertelpunt, ouderen
dict(text="""Vertelpunt. Een groep oudere vrouwen in de [WIJK] speelt al jaren samen bingo in het buurthuis. Toen het buurthuis werd verbouwd, viel de groep uit elkaar. Een van hen belde ons omdat haar vriendin 'niet meer de deur uitkwam'. In plaats van een individueel traject hebben we de vrouwen zelf gevraagd wat ze nodig hadden. Nu spelen ze om de beurt bij iemand thuis, met een taxibusje dat de kerk regelt. De vriendin is er elke week bij.""",
 terms=["beweging-individu-naar-collectief", "opgave-eenzaamheid", "ks5-missie-1c"],
 wrong=["opdracht-buurten-wijken", "opgave-sociale-basis"],
 why="Een individuele zorg wordt via de groep zelf opgelost; het buurthuis is alleen de plek die wegviel, het team versterkt niet de wijk als geheel."),
# 25 casusnotitie, mantelzorg
dict(text="""Casusnotitie. [PERSOON 13], dochter van een vader met beginnende dementie, zorgt naast haar baan en twee kinderen voor hem. Ze slaapt slecht en zegt 'ik moet het gewoon volhouden'. Ze wil geen thuiszorg, want dat vindt vader vreselijk. We hebben samen gekeken wat wél kan: haar broer neemt de zondag over, de buurman gaat met vader wandelen, en er komt een keer per week iemand van de dagbesteding bij vader thuis kennismaken. Over een maand evalueren we.""",
 terms=["ks5-missie-6", "ks5-missie-1c", "waarde-zorgzaamheid"],
 wrong=["opgave-prestatiedruk", "ks5-missie-1b"],
 why="Met de mantelzorger samen onderzocht wat er wél kan binnen haar netwerk; 'volhouden' en een baan maken het geen prestatiedruk, de dagbesteding geen meedoen."),
# 26 teamoverleg
dict(text="""Teamoverleg. We zien veel aanvragen voor individuele begeleiding bij jongvolwassenen met angstklachten. Voorstel van twee collega's: een groep starten waar ze elkaar ontmoeten en samen oefenen met dingen die ze eng vinden, zoals bellen of naar een winkel gaan. Niet elke jongere hoeft dan een eigen traject. Het team is enthousiast maar wil dat jongeren zelf mee bepalen hoe de groep eruit ziet. Volgende stap: vijf jongeren uitnodigen voor een gesprek over hun wensen.""",
 terms=["beweging-individu-naar-collectief", "kernwaarde-lef", "ks5-missie-5"],
 wrong=["les-ontmoeting", "opgave-veiligheid"],
 why="Van individuele trajecten naar een groep, met jongeren die meebeslissen; 'elkaar ontmoeten' en 'eng vinden' gaan niet over de les van de ontmoeting of veiligheid."),
# 27 e-mail aan huisarts
dict(text="""Beste dokter [PERSOON 14], naar aanleiding van uw verzoek ben ik bij meneer [PERSOON 15] geweest. U schreef dat hij vaak op het spreekuur komt met vage klachten. Thuis bleek hij te leven te midden van stapels post die hij niet durft te openen. Er zijn schulden, en hij schaamt zich. We zijn begonnen met het sorteren van de post en hebben een afspraak bij de schuldhulp. Misschien helpt het als u hem, als hij weer komt, vraagt hoe het met de papieren gaat.""",
 terms=["opdracht-samenwerkingspartner", "ks5-missie-1a", "rol-brononderzoeker"],
 wrong=["opgave-rechtsbescherming", "kernwaarde-samen"],
 why="Achter vage klachten op het spreekuur zitten schulden; samen met de huisarts wordt de hulp afgestemd. 'Klachten' en 'te midden van' zijn hier alledaags gebruikt."),
# 28 intervisie, tolk
dict(text="""Intervisie. Casus: een Eritrees gezin waar de school zich zorgen maakt over de dochter van elf, die niet mee mag op schoolkamp. De school wil een melding doen. In de groep bespraken we hoe we vaak vanuit onze eigen normen kijken. Een collega die zelf gevlucht is, vertelde dat schoolkamp voor ouders onbekend en daardoor angstig kan zijn. Besluit: eerst met ouders praten, met een tolk, en uitleggen wat een kamp is, voordat er wat dan ook gemeld wordt.""",
 terms=["rol-tolk-vertaler", "kernwaarde-lef", "les-laten-veranderen"],
 wrong=["opgave-veiligheid", "beweging-jeugd-naar-0-100"],
 why="Kijken zonder oordeel, de eigen normen laten bijsturen door een collega, en vertalen tussen school en ouders; de dreigende melding maakt het nog geen veiligheidsvraag."),
# 29 huisbezoek, tiener en ouders
dict(text="""Huisbezoek. Ouders bellen ons omdat hun dochter van zestien zich opsluit op haar kamer en alleen nog in het zwart loopt. Ze zijn bang dat er 'iets mis' is. Ik heb eerst met haar gesproken. Ze vertelde dat ze zich sinds een jaar non-binair voelt en niet weet hoe ze het thuis moet zeggen. Met haar toestemming heb ik daarna met ouders gepraat, zonder het voor haar te vertellen. We hebben afgesproken dat zij zelf het gesprek aangaat, met mij erbij.""",
 terms=["ks5-missie-1d", "ks5-missie-5", "rol-bemiddelaar"],
 wrong=["opgave-eenzaamheid", "opgave-veiligheid"],
 why="Het gaat erom dat ze zichzelf mag zijn, met toestemming wordt gehandeld en de professional bemiddelt tussen dochter en ouders; opgesloten op haar kamer is geen eenzaamheidsvraag."),
# 30 memo gemeente, wonen
dict(text="""Memo aan de wethouder Wonen. Het aantal gezinnen dat zich bij ons meldt omdat ze na een scheiding geen woning vinden, is dit jaar verdubbeld. Moeders met kinderen verblijven bij familie op de bank, vaders slapen in hun auto. Urgentie wordt alleen verleend bij een acute dakloosheid. Wij vragen u om met ons en de corporaties te onderzoeken of tijdelijke woonruimte mogelijk is. Wij kunnen vijf gezinnen voordragen die bereid zijn hun verhaal te doen.""",
 terms=["opgave-woningnood", "opdracht-strategische-partner", "rol-kritische-vriend"],
 wrong=["opdracht-buurten-wijken", "ks5-missie-1c"],
 why="Het team signaleert een structurele woningnood en vraagt de wethouder als strategisch partner om samen te zoeken; familie op de bank is geen netwerkverhaal."),
]
