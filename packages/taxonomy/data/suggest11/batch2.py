# Batch 2: s-021 .. s-040.
NOTES = [
dict(id="s-021", genre="teamoverleg", phase="kinderen/ouders",
text="""Teamoverleg. Al een jaar praten we over een spreekuur op de basisschool; de gemeente wil eerst een plan van
aanpak met doelen en indicatoren. [PERSOON 1] stelde voor het gewoon te proberen: elke donderdagochtend een uur op het
schoolplein, met koffie, zonder formulier. Na zes weken kijken we wat het oplevert en passen we het aan. Geen grote
beloftes aan de school: misschien komt er niemand. Iedereen akkoord. Ik schrijf na elke ochtend drie regels op, dan
hebben we straks toch iets om te laten zien. Ouders kunnen zo zonder afspraak een vraag stellen.""",
terms=["kernwaarde-pragmatisch", "ks5-missie-3"],
wrong=["les-niemand-de-baas"],
why="Just starting, modestly, and adjusting after six weeks instead of waiting for a plan (pragmatic), so parents can ask without an appointment (low threshold); 'misschien komt er niemand' is not the network lesson."),

dict(id="s-022", genre="contactmoment", phase="jongvolwassene (18-/18+)",
text="""Contactmoment met [PERSOON 1], net 18. Zijn jeugdhulp stopt volgende maand omdat hij meerderjarig is; een
Wmo-indicatie duurt minstens acht weken. Hij woont in een kamertrainingscentrum, moet daar weg en heeft geen idee waar
naartoe. Hij zei: 'Ik ben ineens volwassen op papier.' Met zijn mentor van de jeugdhulp afgesproken dat we de
overgang samen doen, dat zij betrokken blijft tot de Wmo loopt en dat ik vast contactpersoon word. We schrijven hem nu
al in voor jongerenhuisvesting en kijken of zijn oom tijdelijk ruimte heeft.""",
terms=["beweging-jeugd-naar-0-100", "ks5-missie-7", "opgave-woningnood"],
wrong=["kernwaarde-samen"],
why="The cliff at 18 between youth care and Wmo (youth to 0-100), bridged by keeping specialist help joined up with the local team, while he has nowhere to live (housing shortage)."),

dict(id="s-023", genre="MT-overleg", phase="alle leeftijden",
text="""MT-overleg [DATUM]. Door de tekorten wil de gemeente dat het team vooral weer indicaties afgeeft en het
preventieve werk in de buurt afbouwt. 'Terug naar de kerntaak,' heet het. We maken ons zorgen: dan komen we weer pas in
beeld als het misgaat. Besloten: we gaan niet alleen nee zeggen. We laten zien wat het buurtwerk voorkomt, met drie
verhalen uit het Vertelpunt en de cijfers van herhaalaanvragen, en stellen voor samen met de beleidsambtenaar een jaar
te monitoren. De teamleider neemt contact op met de wethouder.""",
terms=["rol-hoeder-transformatie", "opdracht-strategische-partner"],
wrong=["opgave-eenzaamheid", "kernwaarde-samen"],
why="Money worries push back to old habits of only issuing referrals, and the team talks back (guardian of the transformation) with evidence and a joint proposal (strategic partner); 'niet alleen nee zeggen' is not loneliness."),

dict(id="s-024", genre="huisbezoek", phase="volwassene",
text="""Huisbezoek bij [PERSOON 1] (61) na klachten van buren over zijn balkon vol planten en oude fietsen. Hij
repareert fietsen voor kinderen in de straat, gratis. De buren vinden het rommelig, de corporatie wil dat het balkon
leeg is. Hij wordt er onrustig van: 'Zo ben ik nu eenmaal.' We hebben samen gekeken wat wel kan: de fietsen naar de
lege berging beneden, de planten blijven staan. Ik heb twee buren gevraagd of ze hem willen leren kennen bij een kop
koffie; allebei zeiden ja. Volgende week praat ik met de corporatie over de berging.""",
terms=["ks5-missie-1d", "rol-bemiddelaar", "ks5-missie-6"],
wrong=["opgave-rechtsbescherming", "kernwaarde-samen"],
why="A man who may be different in his street (being yourself), a go-between with neighbours and landlord (mediator), and looking for what can be done rather than all or nothing; 'klachten van buren' are not legal protection."),

dict(id="s-025", genre="contactmoment", phase="oudere",
text="""Contactmoment met [PERSOON 1] (70). De gemeente wees haar aanvraag voor een scootmobiel af, zonder
keukentafelgesprek, per brief met een wetsartikel. Ze wist niet dat ze bezwaar kon maken, en de termijn van zes weken
loopt over vijf dagen af. Met haar toestemming hebben we vandaag samen een kort bezwaarschrift gestuurd en een
onafhankelijke cliëntondersteuner van [ORGANISATIE 1] gevraagd mee te gaan naar de hoorzitting. Ze vroeg of ze hiermee
'lastig' was. Nee: dit is haar recht. Signaal aan de teamleider: dit is deze maand de derde keer.""",
terms=["opgave-rechtsbescherming", "waarde-rechtvaardigheid"],
wrong=["kernwaarde-samen"],
why="A refusal without a conversation and an objection deadline she did not know (legal protection for the resident), and insisting she gets what is hers (justice)."),

dict(id="s-026", genre="verhaal Vertelpunt", phase="jongere",
text="""Verhaal voor het Vertelpunt. [PERSOON 1] (14) kwam via de schoolmaatschappelijk werker. Ze vergeleek zich
de hele dag met meisjes op haar telefoon en at steeds minder. Haar cijfers waren goed, maar 'niet goed genoeg'. We
hebben niet over eten gepraat, maar over waar ze zelf goed in is: ze tekent prachtig. Met haar mentor afgesproken dat
ze voor aardrijkskunde een stripverhaal mag maken in plaats van een werkstuk. Haar moeder merkte dat ze thuis weer lacht.
Een klein ding, maar ze zegt nu: 'Ik hoef niet de beste te zijn.'""",
terms=["opgave-prestatiedruk", "beweging-problemen-naar-krachten", "ks5-missie-1d"],
wrong=["opgave-digitalisering"],
why="A girl who is never good enough (pressure to perform), helped by starting from her drawing talent (problems to strengths) and permission not to be perfect; her phone is not a digitalisation story."),

dict(id="s-027", genre="duidingssessie", phase="jongvolwassenen",
text="""Duidingssessie met de gemeente en twee jongerenwerkers, [DATUM]. In de registratie zien we eenzaamheid
vooral bij ouderen, maar in de verhalen van het afgelopen halfjaar gaat het vaak over studenten en jonge twintigers
die alleen op een kamer zitten. De koude data missen hen, omdat ze zelden iets aanvragen. Afspraak: de jongerenwerkers
starten een wekelijkse kookavond in het buurthuis, wij verwijzen actief, en de gemeente kijkt of de vragenlijst van de
gezondheidsmonitor jongeren goed meet. Terugkoppeling in de volgende sessie.""",
terms=["opgave-eenzaamheid", "beweging-individu-naar-collectief"],
wrong=["beweging-jeugd-naar-0-100"],
why="Loneliness among young adults that the figures miss, met with a weekly group evening rather than one-to-one help (individual to collective); mentioning young people does not make it the 0-100 shift."),

dict(id="s-028", genre="huisbezoek", phase="peuter/ouders met LVB",
text="""Huisbezoek bij [PERSOON 1] en [PERSOON 2], beiden met een licht verstandelijke beperking, en hun zoontje
van drie. De vorige hulpverlener had een weekschema met twintig taken gemaakt. Dat hing onaangeroerd op de koelkast.
Ik vroeg wat zij zelf het lastigst vinden. Antwoord: 's ochtends op tijd de deur uit naar de peuteropvang. We hebben
samen één ding gekozen: de tas de avond ervoor klaarzetten, met foto's in plaats van tekst. Vader maakte de foto's zelf.
Over twee weken kijken we of het lukt, dan pas het volgende.""",
terms=["ks5-missie-4", "kernwaarde-pragmatisch"],
wrong=["kernwaarde-samen"],
why="The parents say what matters and the plan is cut to their measure (tailored, the resident is the expert), one small step at a time (pragmatic)."),

dict(id="s-029", genre="team-app", phase="oudere",
text="""App aan het team: wie kent iemand bij de moskee in [WIJK]? Ik heb een weduwnaar, [PERSOON 1], die graag
weer naar het vrijdaggebed wil, maar de trap niet meer op kan. Misschien is er iemand die hem wil brengen, of weet
iemand hoe het met de lift zit. En: de fysiotherapeut op de hoek doet op woensdag gratis loopgroepen, wist iemand dat?
Handig voor meer van onze mensen. Ik zet het op de sociale kaart van de wijk. Het is druk vandaag, reageer maar als je
tijd hebt.""",
terms=["rol-netwerker", "ks5-missie-1c", "opgave-sociale-basis"],
wrong=["opgave-prestatiedruk"],
why="Finding people at the mosque and a free walking group (networker, community support) so a widower keeps his ties; 'druk' just means busy."),

dict(id="s-030", genre="reflectie", phase="levenseinde",
text="""Reflectie. Vorige week is [PERSOON 1] overleden, 58 jaar, die ik twee jaar begeleidde na zijn tijd op
straat. Er kwam geen familie meer langs. Ik twijfelde of ik naar de uitvaart mocht; het staat nergens in onze
taakomschrijving. Mijn teamleider zei: ga. Er waren vier mensen: ik, de beheerder van zijn flat, een buurman en iemand
van de voedselbank. De buurman vertelde dat hij elke ochtend de vogels voerde. Ik ben blij dat ik er was, als mens.
Niet alles wat telt, staat in een dossier. Ik heb zijn vogelhuisje aan de buurman gegeven.""",
terms=["waarde-medemenselijkheid", "waarde-fatsoen"],
wrong=["opgave-woningnood"],
why="Going to the funeral of a man nobody came for, as a human being (humaneness, decency); his past homelessness is background, not a housing story."),

dict(id="s-031", genre="MT-overleg", phase="organisatie",
text="""MT-overleg. Het nieuwe registratiesysteem gaat live op [DATUM]. Collega's zeggen dat een huisbezoek nu
twintig minuten invoeren kost, met verplichte velden die niets zeggen over wat er gebeurde. Afspraak: de functioneel
beheerder zit een dag mee met twee teams en schrapt wat niemand gebruikt. We vragen de leverancier om een notitieveld in
gewone taal bovenaan. En niemand gaat 's avonds thuis zitten invoeren. De regie over ons eigen systeem willen we wel
houden. Na drie maanden bekijken we versie twee.""",
terms=["opgave-digitalisering", "kernwaarde-pragmatisch"],
wrong=["opdracht-hulp-inwoners", "les-niemand-de-baas"],
why="A new digital case system that costs more than it helps (digitalisation), fixed by cutting what is useless and working in versions (pragmatic, not bureaucratic); 'regie' over a system is not coordinating help."),

dict(id="s-032", genre="huisbezoek", phase="volwassene/mantelzorger",
text="""Huisbezoek bij [PERSOON 1] (47), mantelzorger voor haar moeder met dementie én moeder van een zoon met
ADHD. Ze werkt parttime in de thuiszorg, 'dus ik zorg de hele dag voor iedereen'. Ze was uitgeput en voelde zich
schuldig dat ze het zei. We hebben gekeken wie er om haar heen staan: haar zus wil wel, maar durft niet te vragen wat.
Afspraak: een familiegesprek met haar zus en broer, waarin zij zegt wat ze nodig heeft. En ze neemt de dag respijtzorg
die haar al een jaar wordt aangeboden.""",
terms=["waarde-zorgzaamheid", "ks5-missie-1c"],
wrong=["ks5-missie-1b"],
why="Care for the one who cares for everyone, by letting her family carry some of it (caring, a network of lasting relations); her part-time job is background."),

dict(id="s-033", genre="e-mail aan partner (school)", phase="jongere",
text="""Beste [PERSOON 1], mentor van [PERSOON 2]. Zoals besproken is [PERSOON 2] sinds de herfstvakantie
nauwelijks op school geweest. Thuis vertelde hij dat hij zich in de klas 'een alien' voelt, maar dat techniek het
leukste vak van de week is. Zou het kunnen dat hij de komende weken alleen de ochtenden komt, met techniek als vast
anker? Ik ben bij het eerste gesprek met de leerplichtambtenaar, zodat het geen strafgesprek wordt. We willen samen
met hem kijken wat hem helpt om er weer bij te horen.""",
terms=["ks5-missie-1b", "opdracht-samenwerkingspartner"],
wrong=["opgave-eenzaamheid", "kernwaarde-samen"],
why="Getting a boy back to taking part in school on a route that suits him (meaningful participation), together with mentor and truancy officer (partner in cooperation); 'alleen de ochtenden' means only."),

dict(id="s-034", genre="verhaal Vertelpunt", phase="buurt, alle leeftijden",
text="""Na de brand in de flat aan [ADRES] kwamen bij ons binnen een week negen aanvragen binnen: voor kleding,
huisraad, slaapproblemen. In plaats van negen dossiers organiseerden we met de bewonerscommissie een avond in de hal.
De brandweer vertelde iets over brandveiligheid, daarna vertelden bewoners elkaar wat ze die nacht hadden meegemaakt.
Er ontstond een lijst: wie heeft een extra bank, wie kan koken, wie wil op de kinderen passen. Drie maanden later is er
elke vrijdag soep in de hal. Een bewoner zei: 'Ik woon hier twaalf jaar en ken nu pas mijn buren.'""",
terms=["beweging-individu-naar-collectief", "opdracht-buurten-wijken", "ks5-missie-2"],
wrong=["opgave-veiligheid"],
why="Nine requests answered as one building (individual to collective, aimed at the context), leaving stronger neighbour ties; the fire-safety talk does not make it the safety theme."),

dict(id="s-035", genre="intervisie", phase="team",
text="""Intervisie met de ggz-verpleegkundige die sinds januari bij ons team aanschuift. Zij vertelde dat ze in het
begin dacht dat wij 'te veel praten en te weinig diagnosticeren'. Wij dachten dat zij alles in een zorgplan wilde
vangen. Nu doet zij huisbezoeken zonder lijst en vraagt ze eerst naar de buren; wij kijken sneller naar medicatie en
slaap. Ze zei: 'Ik werk hier anders dan ik heb geleerd, en dat is goed.' We willen de afspraken vastleggen zonder dat
het een protocol wordt. Volgende maand doen we het met de schuldhulp.""",
terms=["les-laten-veranderen", "kernwaarde-samen"],
wrong=["ks5-missie-1b"],
why="Both sides let the other change how they work (letting yourself change) and accept their differences (Together); 'ik werk' is the nurse's job, not participation."),

dict(id="s-036", genre="casusnotitie", phase="gezin",
text="""Casusnotitie. Al vier jaar kom ik af en toe bij [PERSOON 1] (44), moeder van drie, met een verleden van
huiselijk geweld. Er waren jaren dat ik maar twee keer langskwam. Vorige week belde ze om elf uur 's avonds: haar ex
stond voor de deur. Ze wist dat ze mij mocht bellen en dat ze de politie moest bellen. Ze deed allebei. Vandaag ben ik
langs geweest, met koffie. Ze zei: 'Jullie zijn de enigen die nooit weggingen.' De kinderen zijn veilig, het
contactverbod wordt aangevraagd. Ze werkt inmiddels weer bij de bakker.""",
terms=["rol-steunpilaar", "opgave-veiligheid"],
wrong=["ks5-missie-1b"],
why="Four years of steady presence a mother can call at night (pillar of support) in a situation of domestic violence (safety); her job at the bakery is a side remark."),

dict(id="s-037", genre="signaal aan gemeente", phase="volwassenen",
text="""Signaal aan de gemeente [STAD], via de accountmanager. Sinds de nieuwe aanbesteding zijn er voor begeleiding
thuis wachttijden van vier tot zes maanden. Wij vangen dat op met eigen uren, maar dat gaat ten koste van het werk in de
buurt en van de inloop. Twee inwoners zijn in die wachttijd in een crisis beland. We zien dit als een structureel risico
voor wat iedere inwoner minimaal hoort te krijgen. We vragen de gemeente dit samen met de aanbieders op te lossen en de
afspraken uit de aanbesteding te herzien. We denken graag mee.""",
terms=["rol-kritische-vriend", "opdracht-strategische-partner"],
wrong=["opdracht-buurten-wijken", "kernwaarde-samen"],
why="Warning the municipality that the minimum is structurally at risk (critical friend) while offering to think along (strategic partner); 'werk in de buurt' is named only as what suffers."),

dict(id="s-038", genre="huisbezoek", phase="gezin, drie generaties",
text="""Huisbezoek bij gezin [PERSOON 1], met moeder, oma, de begeleider van [ORGANISATIE 1] en de
jeugdverpleegkundige. Tot nu toe kwamen er zes mensen los van elkaar langs. We hebben op een groot vel gezet wie wat
doet: oma haalt de kinderen op dinsdag en donderdag (ze werkt de andere dagen), de begeleider helpt met de
administratie, de jeugdverpleegkundige kijkt naar de slaap van de jongste, en ik houd het overzicht en spreek iedereen
over twee weken weer. Moeder koos zelf de volgorde. 'Eindelijk weet ik wie ik moet bellen,' zei ze.""",
terms=["rol-spelverdeler", "ks5-missie-7"],
wrong=["ks5-missie-1b"],
why="Sharing out who does what among family and six helpers (playmaker) so the extra help comes joined up; grandmother's working days are a detail."),

dict(id="s-039", genre="afsluitend gesprek / Vertelpunt", phase="jongvolwassene",
text="""Afsluitend gesprek met [PERSOON 1] (31) na een jaar. Toen hij kwam had hij schulden, geen werk en sprak hij
zijn familie niet meer. Nu heeft hij een regeling via de schuldhulp, werkt hij drie dagen bij een fietsenmaker en eet
hij zondags weer bij zijn zus. 'Jullie hebben niks voor me gedaan,' zei hij lachend, 'ik heb het zelf gedaan.' Dat
klopt, en dat was ook de bedoeling. We sluiten af; hij weet dat hij altijd kan binnenlopen. Ik vroeg of zijn verhaal
geanonimiseerd in het Vertelpunt mag. Hij vond het goed.""",
terms=["ks5-missie-1"],
wrong=["opgave-armoede"],
why="Income, work and family all regained by himself with support in the background: the whole of mission point 1 rather than one sub-point; the debts are the past, not the story."),

dict(id="s-040", genre="duidingssessie", phase="ouderen/volwassenen",
text="""Duidingssessie met de beleidsadviseur over de verhalen rond huishoudelijke hulp. Het budget is op; de
gemeente wil de uren per huishouden verlagen. In de verhalen zien we dat sommige inwoners met veel uren een sterk netwerk
hebben, terwijl anderen zonder iemand het met twee uur moeten doen. Eerlijk verdelen betekent dus niet: iedereen evenveel
minder. Voorstel: we herbekijken met de inwoners wie wat echt nodig heeft, en zeggen het eerlijk als iets niet meer kan.
Tegelijk zoeken we met buurtvrijwilligers naar wat er wél kan.""",
terms=["ks5-missie-6", "waarde-rechtvaardigheid"],
wrong=["rol-netwerker"],
why="Scarce hours shared fairly rather than equally, while looking with residents for what can still be done (exploring what can be done, justice); a person's 'netwerk' is family, not the networker role."),
]
