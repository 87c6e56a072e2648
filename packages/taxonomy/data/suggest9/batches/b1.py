# Notes 1-15 (first pass). Genres noted in a comment per note.
N = [
# 1 huisbezoek, oudere
dict(text="""Huisbezoek bij [PERSOON 1], weduwnaar, woont sinds het overlijden van zijn vrouw alleen in de benedenwoning aan [ADRES]. Hij zegt zelf dat hij zich niet eenzaam voelt: de hele ochtend zit hij in de schuur te timmeren en de buurjongens komen geregeld kijken. Wat hem wél dwarszit is de brief van de zorgverzekeraar over zijn hoortoestel, die hij drie keer heeft gelezen en niet begrijpt. We hebben hem samen doorgelopen en het formulier ingevuld. Hij wil geen hulp bij het huishouden, 'dat doe ik zelf, ook al is het niet zoals zij het deed'. Afgesproken dat ik over een maand even bel.""",
 terms=["opgave-bureaucratie", "rol-tolk-vertaler", "beweging-problemen-naar-krachten"],
 wrong=["opgave-eenzaamheid", "kernwaarde-samen"],
 why="Hij woont alleen maar is uitdrukkelijk niet eenzaam; de kern is een onbegrijpelijke brief die de professional vertaalt, en zijn eigen kunnen (timmeren, huishouden) staat voorop."),
# 2 team-app
dict(text="""Teamapp: Jongens, druk druk vandaag, maar even dit. Moeder van de tweeling uit de [WIJK] belde net huilend: de kinderopvangtoeslag is stopgezet omdat ze een inkomenswijziging te laat heeft doorgegeven, en nu moet ze een paar duizend euro terugbetalen. Ze kan haar huur deze maand niet betalen. Ik heb met haar een betalingsregeling bij de verhuurder geregeld en vanmiddag kijken we samen naar bezwaar. Weet iemand wie bij [ORGANISATIE 1] over terugvorderingen gaat? Graag een naam, dan bel ik vandaag nog.""",
 terms=["ks5-missie-1a", "opgave-rechtsbescherming", "opgave-armoede"],
 wrong=["opgave-prestatiedruk", "opgave-woningnood"],
 why="'Druk' gaat over de werkdag, niet over prestatiedruk, en de huur gaat over geld, niet over een tekort aan woningen; het gaat om bestaanszekerheid en om bezwaar tegen een terugvordering."),
# 3 casusnotitie, jeugd
dict(text="""Casusnotitie. [PERSOON 2], veertien, gaat sinds de kerstvakantie niet meer naar school. Moeder vertelt dat hij 's nachts gamet en overdag slaapt. In het gesprek met hem alleen kwam iets anders naar boven: hij is blijven zitten op het vwo, waar zijn vader hem per se wilde hebben, en hij hoort thuis elke dag dat hij 'zijn best niet doet'. 'Ik word daar toch niks.' Hij is goed met computers, repareert laptops voor de halve straat. Afspraak: gesprek met mentor en ouders over een ander profiel, en hij mag zelf zeggen wat hij wil. Geen verwijzing naar jeugdhulp op dit moment.""",
 terms=["opgave-prestatiedruk", "rol-brononderzoeker", "beweging-problemen-naar-krachten"],
 wrong=["opgave-digitalisering", "ks5-missie-7"],
 why="Het verzuim blijkt bij doorvragen te gaan over druk om te presteren op een door de vader gekozen traject; gamen en laptops maken het nog geen digitaliseringsvraagstuk."),
# 4 reflectie
dict(text="""Reflectie na een lastige week. Ik merk dat ik bij [PERSOON 3] steeds de hulpverlener ben gaan spelen die alles regelt: de afspraak bij de huisarts, de taxi, de gesprekken met de woningcorporatie. Vandaag zei ze: 'Jij weet het altijd beter.' Dat was raak. Ik heb haar gevraagd wat zij eigenlijk zelf wil en ze bleek heel andere prioriteiten te hebben: eerst haar dochter weer zien, dan pas de verhuizing. Ik heb mijn excuses gemaakt en we beginnen opnieuw, in haar volgorde.""",
 terms=["ks5-missie-4", "waarde-compassie", "ks5-missie-5"],
 wrong=["opgave-woningnood", "opdracht-hulp-inwoners"],
 why="De professional erkent dat zij het mis had en laat de inwoner als expert de volgorde bepalen; de corporatie en verhuizing zijn bijzaak, geen woningnood."),
# 5 intervisie
dict(text="""Intervisie, casus ingebracht door een collega. Bij een gezin zitten inmiddels zeven hulpverleners aan tafel: jeugdzorg, een ambulant begeleider, schuldhulp, de school, de GGZ voor moeder, de huisarts en wij. Iedereen wacht op iedereen. De vraag van de inbrenger: moet ik nu de regie pakken? In de groep kwam naar voren dat niemand het hele plaatje heeft en dat dat ook niet hoeft. Het helpt meer om per onderwerp af te spreken wie wat oppakt en wie met de ouders het gesprek voert. De inbrenger gaat een kort overleg organiseren waar ieder zegt wat hij wel en niet kan.""",
 terms=["les-niemand-de-baas", "rol-spelverdeler", "ks5-missie-7"],
 wrong=["opdracht-hulp-inwoners", "rol-netwerker"],
 why="Geen centrale regie maar het spel verdelen tussen zeven partijen waarvan niemand de baas is; 'regie' is hier de vraag die juist wordt losgelaten."),
# 6 teamoverleg
dict(text="""Uit het teamoverleg. De inloop op dinsdagochtend in de bibliotheek trekt nauwelijks nog mensen. Volgens de cijfers kwamen er afgelopen maand vier inwoners. Collega's die er zitten merken dat mensen de weg niet meer vinden sinds de verbouwing en dat de bieb nu alleen nog met een pasje open is. Besloten: we gaan twee weken op de markt staan met koffie en een bord 'vraag het ons', en kijken wat er gebeurt. Geen groot plan, eerst proberen. Na twee weken bespreken we het opnieuw.""",
 terms=["ks5-missie-3", "kernwaarde-pragmatisch"],
 wrong=["opgave-bureaucratie", "kernwaarde-samen"],
 why="Het gaat om de bereikbaarheid van het wijkteam en om gewoon beginnen met een proef; het pasje is een drempel, geen gebureaucratiseerde samenleving."),
# 7 wijkalliantie
dict(text="""Verslag wijkalliantie [WIJK]. Aanwezig: woningcorporatie, basisschool, huisartsenpraktijk, welzijn, politie en het wijkteam. Iedereen herkent dat in de flats rond het winkelcentrum veel jonge moeders met kleine kinderen wonen die elkaar niet kennen. De school ziet kinderen die zonder ontbijt komen, de huisarts ziet moeders met klachten van uitputting. Afgesproken om niet ieder apart aan de slag te gaan, maar samen met een paar moeders een ochtend in de maand in de ontmoetingsruimte van de corporatie te organiseren. De corporatie stelt de ruimte beschikbaar, welzijn neemt de eerste ochtenden voor zijn rekening.""",
 terms=["opdracht-samenwerkingspartner", "beweging-individu-naar-collectief", "ks5-missie-2"],
 wrong=["opgave-veiligheid", "les-ontmoeting"],
 why="Partners bepalen samen een wijkopgave en kiezen een collectieve aanpak; de politie aan tafel en de 'ontmoetingsruimte' maken het geen veiligheids- of ontmoetingsles."),
# 8 e-mail partner
dict(text="""Beste [PERSOON 4], dank voor je mail over meneer [PERSOON 5]. Ik begrijp dat jullie de begeleiding willen afsluiten omdat hij twee afspraken heeft gemist. Mag ik iets toelichten? Meneer kan slecht lezen en schaamt zich daarvoor; de brieven met de afspraken heeft hij wel ontvangen maar niet begrepen. Als jullie hem voortaan een dag van tevoren even bellen, komt hij. Ik heb dat met hem besproken en hij vindt dat prima. Zullen we het nog een maand zo proberen? Groet, [PERSOON 6], wijkteam.""",
 terms=["rol-bemiddelaar", "rol-tolk-vertaler", "waarde-fatsoen"],
 wrong=["opdracht-samenwerkingspartner", "opgave-bureaucratie"],
 why="De professional bemiddelt tussen inwoner en partner en vertaalt wat er achter gemiste afspraken zit, zodat hij gezien wordt in plaats van afgesloten."),
# 9 memo gemeente
dict(text="""Memo aan de beleidsadviseur Wmo. In de afgelopen maanden zien we dat inwoners met een lopende indicatie voor huishoudelijke hulp opnieuw een volledig onderzoek moeten doorlopen als ze verhuizen binnen de gemeente. Voor mensen met een chronische ziekte betekent dat weken zonder hulp. Wij vragen de gemeente om deze regel te heroverwegen en bieden aan om met twee casussen te laten zien wat het in de praktijk doet. We denken graag mee over een eenvoudiger route.""",
 terms=["rol-kritische-vriend", "opdracht-strategische-partner", "opgave-bureaucratie"],
 wrong=["opgave-woningnood", "ks5-missie-7"],
 why="Het team wijst de gemeente op een regel die de ondergrens raakt en biedt aan mee te denken; verhuizen is aanleiding, geen woningnood."),
# 10 duidingssessie
dict(text="""Verhaal voor de duidingssessie. Een vrouw van achter in de zeventig kwam bij de inloop met een vraag over haar energierekening. Tijdens het gesprek bleek dat ze sinds de dood van haar zus met niemand meer praat, behalve de caissière van de supermarkt. Ze gaat elke dag boodschappen doen, 'anders zie ik niemand'. De energierekening was snel opgelost. Wat we nog niet hebben: een plek waar ze zonder reden binnen kan lopen. De cijfers laten vooral energievragen zien; dit verhaal laat zien wat erachter zit.""",
 terms=["opgave-eenzaamheid", "rol-brononderzoeker", "ks5-missie-3"],
 wrong=["ks5-missie-1a", "opgave-armoede"],
 why="De rekening was de aanleiding; waar het om gaat is het isolement achter de vraag, zichtbaar doordat de professional doorvroeg."),
# 11 contactmoment telefonisch, jongvolwassene
dict(text="""Telefonisch contact met [PERSOON 7], negentien, net uit een jeugdzorginstelling. Hij heeft een kamer via een begeleid-wonenproject maar die loopt over drie maanden af en hij staat nergens ingeschreven als woningzoekende. Zijn uitkering is nog niet rond omdat hij geen DigiD heeft. We hebben afgesproken dat hij morgen langskomt op kantoor, dan vragen we samen een DigiD aan en schrijven hem in. Hij klonk opgelucht: 'Ik dacht dat ik het allemaal alleen moest uitzoeken.'""",
 terms=["opgave-woningnood", "opgave-digitalisering", "ks5-missie-1a"],
 wrong=["opgave-eenzaamheid", "beweging-jeugd-naar-0-100"],
 why="Een jongvolwassene dreigt zonder woning en inkomen te komen omdat de digitale toegang ontbreekt; 'alleen uitzoeken' is geen eenzaamheid."),
# 12 verhaal voor Vertelpunt
dict(text="""Verhaal voor het Vertelpunt. In de straat achter de kerk wonen veel mensen die elkaar alleen van gezicht kennen. Een bewoner, zelf net met pensioen, vroeg of het wijkteam 'iets kon organiseren'. Ik zei: wat zou jij willen? Hij wilde een buurtmaaltijd, eens in de maand, in zijn eigen garage. Ik heb geholpen met een flyer en de vergunning voor de straat. Inmiddels koken er vijf buren om de beurt en ik kom alleen nog af en toe een bord eten. Twee bewoners die al jaren ruzie hadden over een schutting zaten laatst naast elkaar.""",
 terms=["opdracht-buurten-wijken", "ks5-missie-1c", "kernwaarde-lef"],
 wrong=["opgave-eenzaamheid", "rol-bemiddelaar"],
 why="Het initiatief van een bewoner wordt gevolgd en versterkt de sociale verbanden in de straat; 'alleen van gezicht kennen' en een oude ruzie maken het geen eenzaamheids- of bemiddelingsverhaal."),
# 13 MT-overleg
dict(text="""Uit het MT-overleg. De gemeente wil het budget voor het wijkteam volgend jaar verlagen en vraagt ons om 'efficiënter' te werken door meer door te verwijzen naar aanbieders. Het MT vindt dat een stap terug: juist doordat wij zelf hulp bieden, blijven veel gezinnen uit de specialistische zorg. We gaan de wethouder een notitie sturen met onze cijfers en drie verhalen van gezinnen, en vragen om een gesprek voor de begroting vastligt. Werkgroep: teamleider en twee professionals.""",
 terms=["rol-hoeder-transformatie", "ks5-missie-7", "opdracht-strategische-partner"],
 wrong=["opgave-prestatiedruk", "kernwaarde-pragmatisch"],
 why="Het MT praat terug tegen een terugtrekkende beweging (meer doorverwijzen) en verdedigt dat eigen hulp afhankelijkheid van specialistische zorg voorkomt; 'efficiënter werken' is geen prestatiedruk."),
# 14 huisbezoek, gezin met baby
dict(text="""Huisbezoek bij een jong stel met een baby van vier maanden. Vader werkt in ploegendienst, moeder is alleen thuis met de baby en zegt dat ze het 'wel redt'. De kraamzorg heeft ons gevraagd langs te gaan omdat moeder weinig eet. Ik heb vooral geluisterd en gevraagd hoe haar dagen eruit zien. Ze vertelde over haar eigen moeder, die in het buitenland woont en die ze mist. Ze wil graag andere moeders leren kennen maar durft niet naar het consultatiebureau-ochtendje. Volgende week ga ik met haar mee.""",
 terms=["les-ontmoeting", "ks5-missie-1c", "opgave-eenzaamheid"],
 wrong=["ks5-missie-1b", "opgave-prestatiedruk"],
 why="Eerst kennismaken en luisteren bouwt vertrouwen; een jonge moeder die haar eigen moeder mist en niemand kent is eenzaam zonder dat woord te gebruiken; 'werkt' gaat over vaders rooster, niet over meedoen."),
# 15 e-mail aan school
dict(text="""Beste mevrouw [PERSOON 8], zoals besproken stuur ik u een korte samenvatting. [PERSOON 9] heeft een diagnose autisme en raakt overprikkeld in de drukke aula tijdens de pauze. Hij wil graag in de klas blijven eten met een koptelefoon op. Dat is geen weigering om mee te doen, het is zijn manier om de middag door te komen. Ouders en [PERSOON 9] zelf vinden het belangrijk dat hij niet 'anders behandeld' wordt, maar wel op zijn eigen manier mag zijn. Kunnen we dit bespreken met de zorgcoördinator?""",
 terms=["ks5-missie-1d", "rol-tolk-vertaler"],
 wrong=["opgave-prestatiedruk", "ks5-missie-1b"],
 why="De drukke aula gaat over prikkels, niet over prestatiedruk; de professional vraagt ruimte om op de eigen wijze mee te doen en vertaalt zijn gedrag naar school."),
]
