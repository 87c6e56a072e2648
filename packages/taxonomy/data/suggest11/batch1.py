# Batch 1: s-001 .. s-020. Invented, de-identified notes. Fields: id, genre, phase, text, terms, wrong, why.
NOTES = [
dict(id="s-001", genre="huisbezoek", phase="oudere",
text="""Huisbezoek bij [PERSOON 1] (84), [ADRES]. Sinds het overlijden van haar man zit ze de hele dag alleen,
de gordijnen gaan pas 's middags open. Ze zei eerst dat ze 'niets nodig had'. We hebben samen koffie gedronken en
vooral over vroeger gepraat: ze werkte dertig jaar op de markt en kent nog half [WIJK]. Pas aan het eind vertelde ze
dat ze soms dagen niemand spreekt. Ze wil geen dagbesteding, wel iemand om mee te wandelen. Ik ga na of de buurvrouw
wil aansluiten en kom volgende week terug, zelfde tijd, zoals ze vroeg. Eerst vertrouwen, dan pas plannen.""",
terms=["opgave-eenzaamheid", "les-ontmoeting", "ks5-missie-1c"],
wrong=["kernwaarde-samen", "ks5-missie-1b"],
why="A widow who speaks to no one for days (loneliness); trust is built by first meeting her as a person, and the aim is a walking companion (social ties); 'samen koffie' and 'werkte' are everyday words."),

dict(id="s-002", genre="team-app", phase="jongere",
text="""Bericht in de team-app: heeft iemand ervaring met [ORGANISATIE 1]? [PERSOON 1] (16) slaapt nauwelijks,
haalt alleen nog negens en tienen en noemt een zeven 'falen'. Moeder vindt het vooral knap. De mentor ziet een meisje
dat steeds stiller wordt in de klas. Ik wil haar niet meteen op een wachtlijst voor de ggz zetten, maar eerst met
haar en de mentor kijken wat er op school anders kan: minder toetsen in dezelfde week, een plek waar ze even weg kan.
Wie wil morgen bij de koffie meedenken? Het is hier druk vandaag, maar bel gerust.""",
terms=["opgave-prestatiedruk", "ks5-missie-2"],
wrong=["opgave-eenzaamheid"],
why="A girl crushed by her own grade standards (pressure to perform), and the worker looks first at what can change at school, the context, rather than individual care; 'alleen' means only."),

dict(id="s-003", genre="contactmoment inloop", phase="volwassene/ouder",
text="""Contactmoment inloop. [PERSOON 1] (38), vader van twee, kwam binnen met een tas vol ongeopende post.
Energierekening achterstallig, toeslag teruggevorderd, deurwaarder aangekondigd voor [DATUM]. Hij werkt in de
schoonmaak, maar de uren wisselen en het inkomen dus ook. Ik heb samen met hem de brieven op stapels gelegd: wat moet
deze week, wat kan wachten. Hij wil vooral dat de kinderen er niets van merken. Afspraak: morgen bellen we samen met de
energieleverancier voor een regeling, en ik meld hem aan voor vroegsignalering. Hij liep rechter de deur uit dan hij
binnenkwam.""",
terms=["opgave-armoede", "ks5-missie-1a", "ks5-missie-3"],
wrong=["kernwaarde-samen", "ks5-missie-1b"],
why="Arrears and an unstable income (poverty, livelihood security), and he could simply walk in with his bag of post (low-threshold access); 'werkt' and 'samen' are everyday words."),

dict(id="s-004", genre="MT-overleg", phase="alle leeftijden",
text="""Verslag MT-overleg [DATUM]. De gemeente overweegt de vrije inloop in [WIJK] te sluiten en alle aanmeldingen
via een online formulier te laten lopen. Op papier een besparing. Wij zien dat juist de inwoners die het minst kunnen
met formulieren via de inloop binnenkomen. Besluit: de teamleider schrijft een notitie met vijf geanonimiseerde
voorbeelden en de cijfers van het afgelopen jaar, en vraagt een gesprek met de wethouder voordat het besluit valt.
Toon: meedenkend, niet boos. We bieden aan het anders te organiseren, met minder uren maar op vaste tijden. Het was
een druk agendapunt; we liepen uit tot half zes.""",
terms=["rol-kritische-vriend", "ks5-missie-3", "opdracht-strategische-partner"],
wrong=["opgave-prestatiedruk"],
why="The team talks back to the municipality to protect the walk-in (low-threshold access) while offering an alternative, as critical friend and strategic partner; 'druk agendapunt' is not pressure to perform."),

dict(id="s-005", genre="huisbezoek", phase="baby/jonge ouder",
text="""Huisbezoek bij jonge moeder [PERSOON 1] (19) met een baby van zes weken. Ze woont in bij haar oma op
[ADRES], sliep eerst op de bank en nu met de baby op een matras in de woonkamer. Eigen woning: wachttijd acht jaar in
[STAD], urgentie afgewezen omdat ze 'niet dakloos' is. Ze is moe maar trots, de baby groeit goed. Oma is zelf net
geopereerd en heeft ook hulp nodig. Ik heb met beiden besproken wat er nu kan: tijdelijk een kamer via [ORGANISATIE 1],
en ik vraag de Wmo-consulent mee voor oma. Niet alleen de baby telt hier, het hele huishouden.""",
terms=["opgave-woningnood", "beweging-jeugd-naar-0-100", "ks5-missie-1a"],
wrong=["opgave-eenzaamheid"],
why="No home for a young mother after eight years of waiting (housing shortage, livelihood security), and the worker looks at the whole household from baby to great-grandmother (0-100); 'alleen' means only."),

dict(id="s-006", genre="wijkalliantie", phase="jongeren en buurt",
text="""Wijkalliantie [WIJK], [DATUM]. Aanwezig: woningcorporatie, wijkagent, basisschool, buurthuis en wijkteam.
Drie meldingen over overlast van jongeren bij het speelveld. Tot nu toe kreeg elk gezin een eigen gesprek; dat hielp
weinig. Voorstel van de buurthuiswerker: met de jongeren en de bewoners van de flat een avond organiseren over de vraag
voor wie het veld is. De corporatie betaalt verlichting en een bankje, de school doet mee met een project. Het wijkteam
zorgt dat ook de ouders die nooit komen een uitnodiging krijgen. Niemand had een kant-en-klaar plan; we proberen het uit
en kijken over twee maanden.""",
terms=["beweging-individu-naar-collectief", "opdracht-buurten-wijken", "opdracht-samenwerkingspartner"],
wrong=["opgave-veiligheid", "les-niemand-de-baas"],
why="From separate family talks to one evening for the whole block (individual to collective), strengthening the neighbourhood with alliance partners; nuisance and the wijkagent do not make it a safety story, and 'niemand' here just means nobody had a plan."),

dict(id="s-007", genre="intervisie", phase="gezin",
text="""Intervisie, casus ingebracht door [PERSOON 1]. Zij merkte dat ze in een gezin met vijf betrokken
hulpverleners steeds meer zelf ging doen: afspraken maken, de school bellen, zelfs boodschappen. 'Ik ben de regie
kwijt,' zei ze, maar eigenlijk had ze te veel naar zich toe getrokken. In de vragenronde kwam naar voren dat niemand
wist wie waarvoor was. Ze begint het volgende overleg met een rondje: wat is jouw taak hier, wat niet, en wat vraagt het
gezin zelf van ons. Ze wil haar eigen taak kleiner en duidelijker maken, en de rest eerlijk verdelen.""",
terms=["les-rolvastheid", "rol-spelverdeler"],
wrong=["opdracht-hulp-inwoners", "les-niemand-de-baas"],
why="Knowing what your task is and is not (role clarity) and sharing out who does what among five helpers (playmaker); 'regie' is not the point and 'niemand wist' is confusion, not the network lesson."),

dict(id="s-008", genre="signaal aan gemeente", phase="volwassenen",
text="""Signaal aan de gemeente [STAD], team [WIJK]. In de afgelopen drie maanden hielpen we elf huishoudens met een
aanvraag bijzondere bijstand voor een wasmachine of een bed. Het formulier telt veertien pagina's, vraagt drie maanden
bankafschriften en wordt bij één ontbrekend papier zonder toelichting afgewezen. Gemiddeld kost het ons vier uur per
aanvraag; inwoners zonder ons haken af. Mensen die er recht op hebben, krijgen het niet. Ons voorstel: een kort
formulier voor kleine bedragen en een vaste contactpersoon bij de afdeling die we kunnen bellen. We denken graag mee
over een proef in onze wijk.""",
terms=["opgave-bureaucratie", "waarde-rechtvaardigheid", "opdracht-strategische-partner"],
wrong=["opdracht-buurten-wijken"],
why="A fourteen-page form that keeps entitled people from help (bureaucratised society, justice), raised with a concrete proposal to the municipality (strategic partner); 'wijk' is only where the team sits."),

dict(id="s-009", genre="verhaal Vertelpunt", phase="jongvolwassene",
text="""Verhaal voor het Vertelpunt. [PERSOON 1] is 23 en autistisch. Hij werd van drie werkplekken weggestuurd
omdat hij 'niet meedeed met de rest'. Thuis zat hij alleen op zijn kamer. Hij houdt van statistiek en van voetbal,
maar niet van mensen dicht om zich heen. Bij de amateurclub in [WIJK] zochten ze iemand die de wedstrijdgegevens
bijhoudt. Hij doet dat nu elke zaterdag vanuit het kleine kantoortje, met koptelefoon op. De trainer vond het eerst
vreemd; nu vraagt hij hem om advies over de opstelling. Niemand verwacht dat hij blijft voor de derde helft, en dat is
prima.""",
terms=["ks5-missie-1d", "ks5-missie-1b", "beweging-problemen-naar-krachten"],
wrong=["opgave-eenzaamheid"],
why="He takes part in his own way without having to be like the rest (being yourself, meaningful participation), starting from what he loves rather than what went wrong; sitting 'alleen' in his room is not the story."),

dict(id="s-010", genre="duidingssessie", phase="ouderen/laaggeletterden",
text="""Duidingssessie [DATUM], twaalf verhalen uit het Vertelpunt over het afgelopen kwartaal. Opvallend: in zeven
verhalen loopt een oudere of laaggeletterde inwoner vast op DigiD, een bankapp of een online afsprakensysteem.
Collega's lossen het nu ieder apart op, vaak door zelf in te loggen, wat eigenlijk niet mag. De bibliotheek blijkt al
een digicafé te hebben dat weinig bekend is. Afspraak: we verwijzen actief, en de bibliotheek komt eens per maand in de
inloop zitten. Ook eerst het wifi-netwerk in de inloopruimte laten verbeteren. Signaal naar de gemeente over de online
aanvraag voor de stadspas.""",
terms=["opgave-digitalisering", "opgave-sociale-basis"],
wrong=["rol-netwerker"],
why="Residents stuck on DigiD and apps (digitalisation), answered by connecting to the library's digicafé (community support); the wifi 'netwerk' is computers, not the networker role."),

dict(id="s-011", genre="e-mail aan partner (huisarts)", phase="volwassene",
text="""Beste [PERSOON 1], dank voor je doorverwijzing van [PERSOON 2] (52). Je schreef dat hij steeds terugkomt
met klachten over zijn rug, maag en slaap, zonder duidelijke medische oorzaak. Bij twee huisbezoeken bleek dat hij sinds
zijn ontslag een jaar geleden bijna niet meer buiten komt en dat er een brief van de Belastingdienst ligt waar hij van
wakker ligt. Die brief hebben we samen uitgezocht; het viel mee. Hij wil weer iets met zijn handen doen: het
repaircafé in [WIJK] zoekt vrijwilligers. Zullen we over een maand afstemmen of zijn bezoeken aan jou minder worden?""",
terms=["rol-brononderzoeker", "ks5-missie-1b", "opdracht-samenwerkingspartner"],
wrong=["opgave-rechtsbescherming", "kernwaarde-samen"],
why="Looking behind the bodily complaints for their source (investigator of sources), working with the GP, toward something meaningful to do; 'klachten' are symptoms, not a complaints procedure."),

dict(id="s-012", genre="teamoverleg", phase="alle leeftijden",
text="""Teamoverleg [DATUM]. Vanaf volgend kwartaal werken het jeugdteam en het Wmo-team in [WIJK] als één team.
Veel vragen: moet iedere collega alles kunnen? Nee, besloten we: we houden specialisme, maar een gezin heeft één
aanspreekpunt, ook als de vraag van opa komt of van de volwassen zoon met schulden. [PERSOON 1] vertelde over een gezin
waar zij als jeugdconsulent al maanden kwam, terwijl de vader met een depressie nooit in beeld was. We gaan in koppels
werken, jeugd en volwassenen, en evalueren na drie maanden. Het wordt druk, maar er is energie.""",
terms=["beweging-jeugd-naar-0-100", "opdracht-hulp-inwoners"],
wrong=["opgave-prestatiedruk"],
why="Youth and adult teams merge so a household has one contact from child to grandparent (youth to 0-100) for help to families; 'druk' just means busy."),

dict(id="s-013", genre="huisbezoek", phase="gezin met jonge kinderen",
text="""Huisbezoek na een zorgmelding van de politie. [PERSOON 1] (34) en haar partner hadden vorige week een ruzie
die uit de hand liep; de kinderen (4 en 7) waren thuis. Met beiden apart gesproken. Ze willen samen verder en willen
allebei dat de kinderen niet meer bang zijn. Afspraak, met hun instemming: Veilig Thuis blijft betrokken, wij zijn het
vaste aanspreekpunt, hij start bij [ORGANISATIE 1] een training over boosheid. Over twee weken evalueren we met z'n
vieren. Ik heb ook duidelijk gezegd wat ik moet doen als het opnieuw gebeurt.""",
terms=["opgave-veiligheid", "ks5-missie-5", "ks5-missie-7"],
wrong=["kernwaarde-samen"],
why="Domestic violence with children present (safety), handled with the parents' consent and openness about duties, with Veilig Thuis and a training joined up around the local team; 'samen verder' is the couple staying together."),

dict(id="s-014", genre="verhaal Vertelpunt", phase="oudere",
text="""Verhaal voor het Vertelpunt. [PERSOON 1] (79) kreeg vorig jaar huishoudelijke hulp, maar wat ze het meest
miste was een praatje. In haar portiek wonen zes gezinnen die elkaar nauwelijks kenden. Samen met de buurtconciërge
organiseerde ze een kofferbakmarkt op het pleintje. Nu zet een buurjongen haar vuilnis buiten en leert een buurvrouw
uit Eritrea haar een paar woorden Tigrinya, in ruil voor Nederlandse les. 'Ik ben hier niet meer de oude vrouw van drie
hoog,' zegt ze. De huishoudelijke hulp loopt nog, maar de aanvraag voor meer uren is ingetrokken.""",
terms=["opdracht-buurten-wijken", "ks5-missie-1c", "ks5-missie-7"],
wrong=["kernwaarde-samen", "rol-tolk-vertaler"],
why="A stairwell of strangers becomes neighbours (strengthening social ties, a network of relationships), and the extra hours of care are no longer needed (no needless dependence); the language lessons are not the interpreter role."),

dict(id="s-015", genre="contactmoment", phase="kind/ouders",
text="""Contactmoment met de ouders van [PERSOON 1] (9) na het gesprek op school. De intern begeleider sprak over
'handelingsgericht arrangeren' en 'een OPP'; vader knikte, maar begreep er niets van, vertelde hij later. Ik heb thuis
aan de keukentafel uitgelegd wat er bedoeld werd: extra hulp in de klas, en een plan waar zij zelf iets over te zeggen
hebben. Andersom heb ik de school gemaild wat de ouders eigenlijk zorgen baart: dat hun zoon als 'probleemkind' wordt
gezien. Volgende week zitten we met z'n allen aan tafel, in gewone taal.""",
terms=["rol-tolk-vertaler", "rol-bemiddelaar"],
wrong=["opgave-prestatiedruk", "beweging-problemen-naar-krachten"],
why="Translating school jargon for the parents and their worry back to the school (interpreter-translator), then bringing both to one table (mediator); school and the word 'probleemkind' do not make it about performance pressure or strengths."),

dict(id="s-016", genre="huisbezoek", phase="gezin statushouders",
text="""Huisbezoek bij gezin [PERSOON 1], statushouders uit Syrië, sinds vier maanden in [STAD]. Gesprek met een
telefonische tolk Arabisch. Ze hebben zeven verschillende instanties gesproken over hun uitkering, de zorgverzekering en
de huur; niemand kon zeggen waarom de huurtoeslag nog niet loopt. Moeder heeft een map met alle brieven, keurig op
datum, maar leest nog geen Nederlands. We hebben samen een overzicht gemaakt: welke instantie, welke vraag, wie belt
wie. De tolk was goed; het gesprek duurde wel twee uur. Volgende week bellen we samen de toeslagenlijn.""",
terms=["opgave-bureaucratie", "ks5-missie-1a"],
wrong=["rol-tolk-vertaler", "les-niemand-de-baas"],
why="Seven agencies and no rent benefit yet (bureaucratised society, income and housing); the telephone 'tolk' is a literal interpreter, and 'niemand kon zeggen' is not the network lesson."),

dict(id="s-017", genre="reflectie", phase="gezin",
text="""Reflectie voor mijn portfolio. Bij [PERSOON 1] heb ik te snel een melding gedaan, terwijl de moeder juist
zelf om hulp vroeg. Achteraf las ik mijn eigen verslag terug en zag ik vooral mijn angst. Ik heb haar opgebeld en gezegd
dat ik het anders had moeten doen. Ze was boos, terecht, maar we praten nog. Het voelde niet veilig om dit in het team
te vertellen, maar ik deed het toch. Mijn collega zei: fouten maken hoort erbij, als je het durft te benoemen. Ik ben
mild voor mezelf, en neem mee: eerst naast iemand staan, dan pas beslissen.""",
terms=["waarde-compassie", "ks5-missie-5"],
wrong=["opgave-veiligheid"],
why="Daring to admit a mistake and being mild to oneself (compassion), and learning to decide with the mother rather than about her (deciding together); 'niet veilig voelen' in the team is not the safety theme."),

dict(id="s-018", genre="team-app", phase="volwassene",
text="""Team-app: vanmiddag stond er in de supermarkt een vrouw te huilen bij de kassa, met een volle kar en een
lege pinpas. Ik liep toevallig langs op weg naar een huisbezoek. Even gepraat, samen de boodschappen teruggebracht tot
wat ze echt nodig had, en de kassière vroeg de bedrijfsleider om de rest te laten staan. Ze wist niet dat er een
wijkteam bestond. Morgen komt ze naar de inloop. Weet niet of dit 'ons werk' is, maar het voelde goed. Wie kent de
regels van de voedselbank bij [ORGANISATIE 1]?""",
terms=["kernwaarde-lef", "opgave-armoede", "ks5-missie-3"],
wrong=["ks5-missie-1b", "kernwaarde-samen"],
why="Stepping in uninvited at the till (courage, proactive), a woman who cannot pay for food (poverty), and an easy way in to the team tomorrow (low threshold); 'ons werk' is the worker's job."),

dict(id="s-019", genre="wijkalliantie", phase="gezin",
text="""Verslag wijkalliantie [WIJK]. Casusbespreking, geanonimiseerd: een gezin met schulden, een zoon die
spijbelt en een vader met een verslaving. Vijf organisaties, vijf plannen, en iedereen wachtte op de ander: eerst de
schulden, dan de verslaving, dan school. Afgesproken: we stoppen met doorschuiven. Eén plan, opgesteld met het gezin,
en wie het eerst iets kan doen, doet het. De leerplichtambtenaar zei: 'Dan moet ik mijn procedure loslaten.' Er is hier
niemand eindverantwoordelijk; dat vonden we spannend. Over zes weken bespreken we wat het heeft opgeleverd.""",
terms=["beweging-ketens-naar-netwerken", "les-niemand-de-baas", "les-laten-veranderen"],
wrong=["opgave-armoede"],
why="Organisations stop waiting in sequence and act as one network with the family (chains to networks) where nobody is in charge, and a partner lets his own procedure change; the debts are context, not the point."),

dict(id="s-020", genre="e-mail aan partner (corporatie)", phase="ouder met tiener",
text="""Beste [PERSOON 1] van [ORGANISATIE 1], ik mail je over de huurachterstand van [PERSOON 2] op [ADRES]. Ik
begrijp dat de zaak bij de deurwaarder ligt. Mevrouw heeft sinds vorige week een budgetbeheerder en de huur wordt vanaf
de eerste van de maand automatisch betaald. Een ontruiming betekent voor haar en haar dochter (14) waarschijnlijk
maanden in de opvang; in [STAD] is geen betaalbare woning te krijgen. Kunnen we samen aan tafel over een regeling voor
de achterstand? Ik kan dinsdag of donderdag. Hartelijke groet, [PERSOON 3], wijkteam [WIJK].""",
terms=["rol-bemiddelaar", "opgave-woningnood", "ks5-missie-1a"],
wrong=["opdracht-buurten-wijken", "kernwaarde-samen"],
why="Mediating between tenant and landlord to prevent an eviction where no affordable home exists (housing shortage, livelihood security); 'wijkteam [WIJK]' is a signature."),
]
