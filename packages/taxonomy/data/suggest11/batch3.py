# Batch 3: s-041 .. s-060.
NOTES = [
dict(id="s-041", genre="contactmoment (meegaan naar loket)", phase="volwassene",
text="""Contactmoment aan de balie van het stadskantoor, waar ik met [PERSOON 1] (58) was voor een nieuwe
identiteitskaart. De medewerker sprak hem toe alsof hij een kind was, omdat hij zijn pasfoto 'alweer' vergeten was.
[PERSOON 1] werd stil en wilde weg. Ik heb rustig gezegd dat meneer prima kan meedenken als je hem gewoon aankijkt.
Daarna ging het goed. Buiten zei hij: 'Zo praten ze altijd tegen mij.' Hij regelt zijn zaken het liefst alleen, maar
hier lukt dat niet. Ik heb een signaal gestuurd naar de klantmanager, zonder naam van de medewerker.""",
terms=["waarde-fatsoen", "opgave-bureaucratie", "waarde-medemenselijkheid"],
wrong=["opgave-eenzaamheid"],
why="Standing up for a man spoken to like a child at the counter (decency, humaneness) in a system he cannot get through on his own (bureaucratised society); 'alleen' is about doing his own affairs."),

dict(id="s-042", genre="verhaal Vertelpunt", phase="peuters en jonge ouders",
text="""Verhaal voor het Vertelpunt. Op het consultatiebureau in [WIJK] hoorden we steeds dezelfde vragen van jonge
ouders: slapen, huilen, en 'doe ik het wel goed'. In plaats van elk gezin apart te adviseren, zijn we een ouderochtend
gestart in de bibliotheek. Ouders wisselen tips uit, de peuters spelen op een kleed. Een vader uit Polen bracht zijn
moeder mee, die veel over slapen wist. Inmiddels organiseren twee moeders de ochtend zelf; wij komen nog eens per
maand. De huisbezoeken voor slaapproblemen zijn flink afgenomen.""",
terms=["ks5-missie-2", "opgave-sociale-basis", "beweging-individu-naar-collectief"],
wrong=["beweging-jeugd-naar-0-100"],
why="The same question answered by a parents' group that now runs itself (aimed at the context, community support, individual to collective); toddlers and a grandmother do not make it the 0-100 shift."),

dict(id="s-043", genre="huisbezoek (eerste kennismaking)", phase="gezin",
text="""Eerste huisbezoek bij de familie [PERSOON 1]. Vader liet me eerst niet binnen: 'Jullie nemen kinderen af.'
Ik heb op de stoep verteld wie ik ben, dat ik zelf ook vader ben en waarom ik dit werk doe. Daarna mocht ik binnen. We
hebben het niet over de melding gehad, maar over zijn duiven op het dak en zijn werk in de haven. Aan het eind vroeg hij
zelf: 'En nu, wat wilt u van ons?' Volgende week praten we verder, dan komt ook moeder erbij. Het dossier kan even
wachten.""",
terms=["les-ontmoeting"],
wrong=["ks5-missie-1b"],
why="Trust starts on the doorstep by meeting as persons (it always starts with the encounter); 'werk' is the father's job and the worker's motive, not participation."),

dict(id="s-044", genre="teamoverleg", phase="gezin",
text="""Teamoverleg. Bespreking van een gezin waar de Raad voor de Kinderbescherming een onderzoek start. Collega
[PERSOON 1] vroeg zich af of zij nu 'de controleur' moet worden. We hebben scherp gemaakt wat ons werk is en wat niet:
wij blijven naast het gezin staan en zeggen eerlijk wat we zien, maar doen geen onderzoek namens de Raad. Dat hebben we
ook zo aan de ouders uitgelegd. Moeder zei opgelucht dat ze nu tenminste weet bij wie ze wat kan zeggen. Afspraak: de
rolverdeling gaat op papier, met het gezin erbij.""",
terms=["les-rolvastheid", "ks5-missie-7"],
wrong=["rol-spelverdeler"],
why="Being clear what the local team's task is and is not next to the child protection board (role clarity), so that added help stays a distinct addition; 'rolverdeling' does not make her the playmaker."),

dict(id="s-045", genre="e-mail aan gemeente", phase="volwassenen en gezinnen",
text="""Beste [PERSOON 1], beleidsadviseur. Voor het nieuwe wijkoverleg met politie en corporatie wordt voorgesteld
om vooraf namen van 'zorgwekkende huishoudens' te delen. Wij doen daar niet aan mee zonder toestemming van de inwoners
zelf, tenzij er acuut gevaar is, en dan volgens de meldcode. Inwoners moeten kunnen weten wat er over hen wordt
besproken en waar ze terechtkunnen als ze het er niet mee eens zijn. We stellen voor casussen anoniem te bespreken en de
inwoner zelf uit te nodigen als er iets wordt besloten. Graag overleg hierover.""",
terms=["opgave-rechtsbescherming", "ks5-missie-5", "rol-kritische-vriend"],
wrong=["opdracht-buurten-wijken"],
why="Refusing to share names without consent and asking that residents know and can contest what is decided (legal protection, consent), said openly to the municipality (critical friend); 'wijkoverleg' is just a meeting's name."),

dict(id="s-046", genre="verhaal Vertelpunt", phase="jongeren",
text="""Verhaal voor het Vertelpunt. In [WIJK] hingen 's avonds jongens rond bij de snackbar; buurtbewoners belden
de politie, de jongens voelden zich weggejaagd. Collega [PERSOON 1] ging er op een vrijdagavond gewoon bij staan, zonder
plan, en vroeg wat ze wilden. Antwoord: een plek om muziek te maken. Ze belde de eigenaar van een leegstaande winkel,
die ja zei voor drie maanden. Nu staan er twee tweedehands speakers en een laptop. De buren komen soms kijken. Niemand
had verwacht dat het zou lukken; zij ook niet, zegt ze.""",
terms=["kernwaarde-lef", "beweging-problemen-naar-krachten"],
wrong=["les-niemand-de-baas", "opgave-veiligheid"],
why="Walking up to the boys without judgement and following their energy (courage), turning 'nuisance' into a music studio (problems to strengths); the police call and 'niemand had verwacht' are everyday words."),

dict(id="s-047", genre="team-app", phase="gezin",
text="""App aan het hele team: dank aan iedereen die gisteren is ingesprongen bij de ontruiming aan [ADRES]. De een
regelde opvang voor de kat, de ander zat bij de kinderen, [PERSOON 1] belde met de corporatie en [PERSOON 2] bleef tot
tien uur bij moeder. Niemand vroeg van wie de casus eigenlijk was. We deden het met elkaar, ieder op zijn eigen manier.
Morgen even kort evalueren: wat ging goed, wat kan beter, en hoe gaat het met jullie? Neem vandaag rustig aan, jullie
hebben het verdiend.""",
terms=["kernwaarde-samen"],
wrong=["les-niemand-de-baas", "opgave-woningnood"],
why="Shared responsibility inside the team, each in their own way (Together); 'niemand vroeg' is about ownership of a case, not a network, and an eviction is not in itself the housing shortage."),

dict(id="s-048", genre="notitie voor wijkalliantie", phase="gezinnen in één straat",
text="""Notitie voor de wijkalliantie. In de afgelopen maanden kregen we uit dezelfde straat in [WIJK] zes
aanmeldingen: kinderen vaak ziek, ouders gespannen, een moeder met depressieve klachten. Pas bij het derde huisbezoek
viel het me op: in alle woningen schimmel op de slaapkamers, dezelfde bouw uit de jaren zestig. De huisarts had ook al
vaker luchtwegklachten gezien in die straat. We stellen voor om met de corporatie en de GGD de woningen te laten
onderzoeken, in plaats van zes losse trajecten te starten.""",
terms=["rol-brononderzoeker", "ks5-missie-2"],
wrong=["opgave-rechtsbescherming"],
why="Tracing six separate requests back to one source, mould in the houses (investigator of sources), and acting on the context instead of six individual cases; 'klachten' are symptoms."),

dict(id="s-049", genre="regionaal overleg", phase="jeugd",
text="""Verslag regionale tafel jeugd, [DATUM]. Zes gemeenten, de gecertificeerde instelling, twee aanbieders en
drie lokale teams. Het ging weer over wie bepaalt wanneer een kind naar specialistische hulp gaat. Uitkomst: niemand kan
dat alleen bepalen, en dat hoeft ook niet. We spraken af dat er bij vastlopende casussen binnen een week een overleg komt
met het gezin en wie er nodig is, zonder verwijsbrief vooraf. Wie als eerste aan zet is, bepalen we daar samen. Het
voelde rommelig, maar er was meer vertrouwen dan vorig jaar.""",
terms=["les-niemand-de-baas", "beweging-ketens-naar-netwerken"],
wrong=["opgave-eenzaamheid", "kernwaarde-samen"],
why="No single party decides; partners meet around the family without referral steps (no one is the boss in a network, chains to networks); 'alleen bepalen' is not loneliness."),

dict(id="s-050", genre="intervisie", phase="team",
text="""Intervisie. [PERSOON 1] vertelde dat ze na het overlijden van een jonge cliënt maanden doorwerkte alsof er
niets gebeurd was. Nu slaapt ze slecht. We herkenden het allemaal. We spraken over hoe hard we voor onszelf zijn: voor
inwoners hebben we alle begrip, voor elkaar en voor onszelf veel minder. Afgesproken dat we na een ingrijpende
gebeurtenis altijd binnen een week met z'n tweeën napraten, en dat het werk dan even mag wachten. [PERSOON 1] neemt een
paar dagen vrij; haar collega's nemen haar huisbezoeken over.""",
terms=["waarde-compassie"],
wrong=["ks5-missie-1b"],
why="Compassion for each other and for ourselves after a client's death; 'doorwerkte' and 'het werk' are the worker's job."),

dict(id="s-051", genre="huisbezoek", phase="hoogbejaard",
text="""Huisbezoek bij [PERSOON 1] (91), die zelfstandig woont op [ADRES]. Haar dochter wil dat ze naar een
verpleeghuis gaat, na twee valpartijen. Zij zelf wil thuis blijven, 'tot de laatste dag'. 'Helemaal veilig is het
nergens,' zei ze. Ik heb met beiden apart en daarna samen gesproken. Mevrouw weet heel goed wat de risico's zijn. We
kwamen uit op een personenalarm, een traplift via de Wmo en een buurman die 's ochtends even aanbelt. Haar dochter
blijft ongerust, maar accepteert de keuze. Over een maand kijken we opnieuw, met z'n drieën.""",
terms=["ks5-missie-4", "ks5-missie-5", "rol-bemiddelaar"],
wrong=["opgave-veiligheid", "kernwaarde-samen"],
why="Support shaped to her own wish to stay home, she being the expert on her life, decided together, with the worker between mother and daughter (tailored, deciding together, mediator); falling risk is not the safety theme."),

dict(id="s-052", genre="bewonersavond", phase="buurt",
text="""Verslag bewonersavond [WIJK]. De gemeente presenteerde het plan 'Gebiedsgerichte Aanpak Leefbaarheid' met
veel dia's. Bewoners haakten af bij de tweede. In de pauze heb ik met een paar bewoners opgeschreven wat zij eruit
haalden: 'Er komt geld voor de speeltuin, maar wij mogen kiezen waar.' Dat legden we na de pauze voor aan de ambtenaar,
die het bevestigde. Andersom heb ik de ambtenaar uitgelegd waarom bewoners wantrouwig zijn na de vorige renovatie. De
volgende avond bereiden we samen met bewoners voor.""",
terms=["rol-tolk-vertaler", "opdracht-buurten-wijken"],
wrong=["kernwaarde-samen"],
why="Turning policy slides into residents' words and residents' distrust into something the official understands (interpreter-translator), so the neighbours decide on their own playground (strengthening neighbourhoods)."),

dict(id="s-053", genre="overleg met wethouder", phase="gezinnen",
text="""Verslag overleg met de wethouder en het beleidsteam armoede, [DATUM]. Wij brachten vijf verhalen in van
werkende ouders die net boven de bijstandsgrens verdienen en nergens recht op hebben. Eén moeder slaat maaltijden over
zodat haar kinderen kunnen sporten. De wethouder vroeg ons mee te schrijven aan de nieuwe minimaregeling, in plaats van
alleen achteraf te reageren. Afspraak: twee collega's sluiten aan bij de werkgroep, en we toetsen de conceptregeling bij
tien inwoners. Het is een druk traject, maar hier zit echte invloed.""",
terms=["opgave-armoede", "opdracht-strategische-partner"],
wrong=["opgave-prestatiedruk", "ks5-missie-1b"],
why="Working poor just above the threshold (poverty), and the team co-writes the municipal scheme (strategic partner); 'druk traject' and 'werkende ouders' are everyday words."),

dict(id="s-054", genre="reflectie", phase="kinderen",
text="""Reflectie na het gemeentelijk overleg over jeugdhulp. De wethouder wil een strengere toegang: 'Niet elk druk
kind heeft hulp nodig.' Daar zijn we het eigenlijk mee eens. Maar het voorstel is om dan ook de preventieve groepjes op
school te schrappen, en juist die helpen om drukke kinderen gewoon in de klas te houden. Ik heb gezegd dat we moeten
voorkomen dat we terugvallen in 'pas helpen als het misgaat'. Het vroeg moed om dat in die zaal te zeggen, maar we
hebben dit tien jaar samen opgebouwd.""",
terms=["rol-hoeder-transformatie", "kernwaarde-lef"],
wrong=["opgave-prestatiedruk", "kernwaarde-samen"],
why="Talking back when savings threaten the preventive groups (guardian of the transformation), which took nerve in that room (courage); a 'druk kind' is a lively child, not pressure to perform."),

dict(id="s-055", genre="contactmoment inloop", phase="oudere",
text="""Contactmoment. [PERSOON 1] (67) komt al drie jaar elke dinsdag naar de inloop. Meestal heeft hij geen vraag;
hij drinkt koffie en vertelt over zijn volkstuin. Vandaag was het anders: hij had een brief van het ziekenhuis, een
slechte uitslag. Hij wist niet aan wie hij het anders moest vertellen. We hebben samen de brief gelezen, vragen
opgeschreven voor de arts en zijn zus gebeld, met wie hij al jaren weinig contact had. Ze komt morgen. Bij de deur zei
hij: 'Goed dat jullie er altijd zijn.'""",
terms=["rol-steunpilaar", "ks5-missie-3", "ks5-missie-1c"],
wrong=["kernwaarde-samen"],
why="Years of weekly coffee make the team the place he turns to with bad news (pillar of support, low threshold), and his sister is back in his life (lasting relations)."),

dict(id="s-056", genre="contactmoment", phase="gezin met kinderen",
text="""Contactmoment. [PERSOON 1] (35) vroeg om een grotere woning via urgentie: vier kinderen op drie kamers. Ze
staat er alleen voor sinds haar scheiding. Ik heb eerlijk gezegd dat urgentie er niet in zit: de regels zijn streng en de
wachtlijst is jaren. Ze was teleurgesteld. Daarna hebben we gekeken wat wél kan: woningruil via de site van de
corporatie, een stapelbed via de kringloop, en de zolder, die met hulp van haar broer een slaapkamer kan worden. Het
lost niet alles op. Dit weekend meet ze met haar broer de zolder op.""",
terms=["ks5-missie-6", "opgave-woningnood"],
wrong=["opgave-eenzaamheid"],
why="Honest that urgency is not possible, then exploring what can be done (mission point 6) in a housing shortage; 'alleen' means a single parent, not loneliness."),

dict(id="s-057", genre="huisbezoek", phase="oudere",
text="""Huisbezoek bij [PERSOON 1] (82). Zijn bank sluit het kantoor in [STAD] en alles moet nu via een app. Hij
heeft een telefoon van zijn kleinzoon, maar de code vergeet hij steeds. Twee keer was zijn rekening geblokkeerd, één keer
kon hij de huur niet betalen. Samen met hem uitgezocht wat de bank nog op papier aanbiedt: een machtiging voor zijn
dochter en een papieren overzicht per maand. De seniorenvereniging geeft elke week uitleg over bankieren op de
telefoon; hij wil het proberen, als zijn buurman meegaat.""",
terms=["opgave-digitalisering", "opgave-sociale-basis"],
wrong=["kernwaarde-samen"],
why="Banking moved to an app he cannot use (digitalisation), with the seniors' club and a neighbour as the way forward (community support)."),

dict(id="s-058", genre="verhaal Vertelpunt", phase="oudere en kinderen",
text="""Verhaal voor het Vertelpunt. Bij een huisbezoek vertelde [PERSOON 1] (70), gepensioneerd onderwijzeres, dat ze
zich nutteloos voelde sinds haar man naar het verpleeghuis ging, en dat ze hele dagen alleen thuis zat. Twee straten
verder zocht het buurthuis al maanden iemand voor de huiswerkklas. Ik heb haar meegenomen naar de coördinator. Nu helpt
ze drie middagen per week kinderen met rekenen. Een van hen haalde vorige week zijn eerste voldoende. Zij zegt: 'Ik heb
er vijftien kleinkinderen bij.'""",
terms=["rol-netwerker", "ks5-missie-1b", "opgave-eenzaamheid"],
wrong=["opgave-prestatiedruk"],
why="Connecting a lonely retired teacher to a homework club that needed her (networker, meaningful participation, loneliness); school grades do not make it pressure to perform."),

dict(id="s-059", genre="verhaal Vertelpunt", phase="gezin met kinderen",
text="""Verhaal voor het Vertelpunt. Toen [PERSOON 1] (39) chemotherapie kreeg, was ze bang dat haar twee kinderen de
dupe zouden worden. Ze durfde niets te vragen. Via de school hoorden wij het. Met haar toestemming hebben we een moeder
uit de klas gevraagd of ze iets wilde betekenen. Die maakte een rooster in de ouder-app: elke dag kookt een ander gezin,
op woensdag gaan de kinderen mee naar zwemles. Wij hoefden verder weinig te doen. [PERSOON 1] zei: 'Ik wist niet dat
de buurt zo voor je kan zorgen.'""",
terms=["waarde-zorgzaamheid", "ks5-missie-2"],
wrong=["opgave-digitalisering"],
why="A class and street that care for a sick mother (caring), reached through the context rather than professional care; the parents' app is just the tool."),

dict(id="s-060", genre="contactmoment", phase="jongvolwassene na detentie",
text="""Contactmoment met [PERSOON 1] (29), vorige week vrijgekomen na twee jaar detentie. Hij heeft een kamer bij
zijn moeder, geen inkomen en geen identiteitskaart. De reclassering houdt toezicht; wij helpen met de rest. Vandaag
hebben we de uitkering aangevraagd en een afspraak gemaakt voor de identiteitskaart. Hij wil werken; zijn oude
werkgever in de bouw wil hem misschien terug. Wat hij vooral wil: zijn dochter weer zien. Daar gaan we langzaam aan
werken, met de moeder van het kind erbij als zij dat wil. Het is veel tegelijk.""",
terms=["ks5-missie-1", "opdracht-hulp-inwoners"],
wrong=["opgave-veiligheid", "ks5-missie-1b"],
why="Income, work and his daughter all at once after prison: support toward the whole of mission point 1, as direct help to a resident; probation supervision is not the safety theme."),
]
