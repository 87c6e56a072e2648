# Second pass: check.mjs asks for 1-3 `wrong` ids on every note, and some notes were too short
# or the set too uniform in length. WRONG adds wrong ids (by note number); EXTRA appends text.
WRONG = {
 1: ["kernwaarde-samen"], 3: ["ks5-missie-7"], 4: ["opdracht-buurten-wijken"], 5: ["opgave-prestatiedruk"],
 7: ["beweging-jeugd-naar-0-100"], 9: ["ks5-missie-3"], 11: ["opgave-rechtsbescherming"], 13: ["beweging-jeugd-naar-0-100"],
 17: ["beweging-jeugd-naar-0-100"], 19: ["beweging-jeugd-naar-0-100"], 20: ["opgave-rechtsbescherming"], 21: ["opgave-bureaucratie"],
 26: ["ks5-missie-3"], 28: ["ks5-missie-1b"], 29: ["opgave-bureaucratie"], 31: ["opgave-digitalisering"],
 33: ["ks5-missie-7"], 35: ["beweging-jeugd-naar-0-100"], 40: ["kernwaarde-samen"], 41: ["beweging-jeugd-naar-0-100"],
 42: ["opgave-eenzaamheid"], 44: ["opgave-veiligheid"], 45: ["opgave-armoede"], 46: ["opgave-veiligheid"],
 48: ["opgave-prestatiedruk"], 49: ["beweging-jeugd-naar-0-100"], 51: ["kernwaarde-samen"], 52: ["ks5-missie-3"],
 53: ["opgave-bureaucratie"], 54: ["opgave-eenzaamheid"], 55: ["ks5-missie-7","kernwaarde-samen"], 56: ["opgave-woningnood"],
 57: ["ks5-missie-7"], 58: ["opdracht-buurten-wijken"], 59: ["opgave-eenzaamheid"], 60: ["ks5-missie-3"],
}
EXTRA = {
 11: """Hij heeft ook klachten aan zijn knie, maar dat is voor hem geen reden om thuis te blijven, zegt hij.""",
 20: """De huisarts noemt het in zijn eigen woorden 'klachten van het alleen-zijn': slecht slapen, niet eten, vaker bellen naar de praktijk. Wij zien dat ook bij de mensen die wij bezoeken. De oorzaak ligt niet bij één persoon maar in hoe de wijk is veranderd: minder plekken om elkaar tegen te komen, meer mensen die achter de voordeur blijven. Graag bespreken we dit in het eerstvolgende bestuurlijk overleg.""",
 24: """Ze wil dat ik haar volgende keer help met de huisarts bellen.""",
 34: """Een medewerker merkte op dat juist de gezinnen die lang nodig hebben dan 'slecht' scoren, terwijl daar het meeste gebeurt.""",
 37: """Vorig jaar zetten wij nog elke week de tafels klaar en zetten we zelf koffie. Nu vragen de vrijwilligers alleen nog of wij de flyers willen ophangen in de portieken. Bewoners die eerst nooit buitenkwamen schuiven nu aan, en de buurvrouw van de hoek neemt zelf koekjes mee.""",
 49: """Thuis zei hij steeds dat hij 'ziek' was, school en moeder dachten dat hij geen zin had. Pas toen ik vroeg wat er precies op de dag gebeurde dat hij thuisbleef, kwam het verhaal: elke maandag dezelfde collega, elke maandag thuis. Moeder was er stil van.""",
 57: """Ze vertelde dat ze na haar achttiende verjaardag in een kamer werd gezet en dat er daarna niemand meer belde. "Ik wist niet eens dat hier een buurthuis was." Ik bel haar over twee weken om te horen of het bevalt.""",
 7: """Een bewoonster die aanschoof vertelde dat ze haar kleinkinderen niet meer laat buitenspelen. De wijkagent heeft toegezegd vaker langs te lopen en gewoon aan te bellen bij bewoners. Het jongerenwerk vraagt of het wijkteam ook de ouders van de jongens die betrokken waren wil opzoeken; dat doen we, zonder oordeel. Afspraak om de namen van betrokkenen niet in het verslag te zetten.""",
 13: """Ik heb haar ook verteld wat ik moet doen als ik zie dat de kinderen niet veilig zijn, zodat ze daar later niet van schrikt. Ze vroeg of ze iemand mag meenemen naar het volgende gesprek; haar zus komt mee. De oudste dochter wil zelf ook iets zeggen over wat er thuis gebeurt; dat gesprek plannen we met haar, bij haar op school, als ze dat wil.""",
 19: """Mocht u vragen hebben over het budgetplan, dan kan de schuldhulpverlener van [ORGANISATIE 2] die toelichten. Wij begrijpen dat ook de corporatie belang heeft bij betaling van de huur en stellen voor dat we over een maand gezamenlijk met het gezin om tafel gaan. Zo hoeft het gezin het verhaal maar één keer te vertellen en weet iedereen wat de ander doet. Ik hoor graag uiterlijk vrijdag of dit mogelijk is.""",
 28: """Het team heeft ervaren dat dit ook tijd kost: gesprekken worden langer en er zitten meer mensen aan tafel. Tegelijk sluiten we minder vaak een traject af om het een half jaar later bij een ander gezinslid weer te openen. Ouders zeggen dat ze eindelijk niet meer drie verschillende hulpverleners hoeven uit te leggen wat er speelt. Een oma vertelde dat zij voor het eerst zelf gevraagd werd hoe het met haar ging.""",
 41: """Een voorbeeld: een moeder met drie kinderen liep één maand achter met de huur door een late uitbetaling van haar toeslag. Zij kreeg daardoor geen bijdrage voor de schoolreis. Wij zien dat de regel bedoeld is om misbruik te voorkomen, maar hij raakt vooral mensen die al weinig ruimte hebben. Wij bieden aan om samen met de afdeling te kijken naar een uitzondering voor wie een regeling met de verhuurder heeft.""",
 45: """De broer vond het eerst moeilijk om toe te zeggen, omdat hij zelf kleine kinderen heeft. We hebben met hem afgesproken dat hij mag stoppen als het te zwaar wordt, zonder dat iemand boos wordt. Mevrouw gaat zelf de vrijwilliger bellen; ik bel de instelling voor het logeren. Over drie maanden kijken we samen of dit genoeg is, en wat er dan nog nodig is.""",
 52: """Achteraf bleek dat de gemeente de aanvraag had afgewezen zonder het gezin te horen. In de bezwaarprocedure kreeg vader de kans om zijn situatie uit te leggen, met een tolk erbij. De aanvraag werd alsnog toegekend. Wat mij bijblijft is hoe klein de fout was en hoe groot de gevolgen: maanden zonder toeslag, een kind dat niet mee kon op kamp. Ik heb het voorbeeld ook gedeeld met de afdeling, zodat ze afwijzingen voortaan uitleggen.""",
 58: """Opvallend is dat de deelnemers elkaar ook buiten het project zijn gaan opzoeken. Eén deelnemer zegt: "Ik hoefde niet eerst beter te worden voordat ik mocht meedoen." Wel kostte het project meer tijd dan gepland, omdat niet iedereen in hetzelfde tempo ging. Het team adviseert de gemeente het project voort te zetten, met ruimte voor verschillende tempo's en zonder vaste uitstroomdoelen.""",
}
