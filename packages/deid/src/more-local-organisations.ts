// More local organisations by kind, public names kept by hand from general knowledge (never taken from an evaluation set),
// read only after the statistical layer (`organisations-listed-later.ts`), so that the layer's training notes and its list
// feature stay what its weights learnt from. `local-organisations.ts` holds the kinds the rules before the layer read; these
// are the kinds it left thin: welfare and social work, shelters and sheltered housing, mental health and trauma care named
// after a person, hospitals known by a saint's or a founder's name or by letters, rehabilitation, care for the elderly, youth
// care, debt help and sheltered work, and housing corporations of the smaller towns. Left out, as there: names that are a
// first name, a surname, a place or an ordinary word alone (Florence, Livio's first name is listed, Antonius, Spectrum,
// Radar, Attent), and national firms, agencies and generic services. A test checks that no entry is in those lists.

/** Welfare, social work and neighbourhood work. */
const WELFARE = `Contour de Twern|ContourdeTwern|Combiwel|Participe|Lumens|Swon|Sociom|Mooi Welzijn|Partners in Welzijn|Welsaen|Bindkracht10|Meerwaarde Welzijn|Xtra Welzijn|Solidez|Welzijnskwartier|MEE Utrecht|MEE Zuid-Holland Noord|MEE Drechtsteden|MEE Oost-Gelderland|MEE Friesland|MEE Groningen|Alescon|WIJ Groningen|WIJeindhoven|WIJ Eindhoven|Synerkri|Welzijn Rivierenland|Welzijn Stichtse Vecht|Welzijn Ouderen Amersfoort|Wijkwerk Den Bosch|Wijkz|Sociaal Werk De Kop|Stichting Sociaal Werk|Dynamo Amsterdam|Doras|Vrijwilligerscentrale Amsterdam|ContourdeTwern Tilburg`;

/** Shelters, sheltered housing, women's shelters and street work. */
const SHELTERS = `Kwintes|Moviera|Limor|Barka|Barka NL|Streetcornerwork|HVO-Querido|HVO Querido|De Regenboog Groep|Regenboog Groep|Blijf Groep|Arosa|Kadera|Perspektief|Centrum Maliebaan|De Tussenvoorziening|Tussenvoorziening|Stichting Timon|Oranjehuis|Blijf van m'n Lijf|RIBW|RIBW Brabant|RIBW Groep Overijssel|RIBW Nijmegen & Rivierenland|RIBW Arnhem & Veluwe Vallei|Stichting Exodus|Stichting Door`;

/** Mental health, addiction and trauma care, forensic care. */
const MENTAL_HEALTH = `Vincent van Gogh|GGZ Vincent van Gogh|Vincent van Gogh Instituut|PsyQ|Eleos|De Hoop ggz|De Hoop GGZ|Stichting De Hoop|Fivoor|Transfore|Inforsa|Victas|Bavo Europoort|Ixta Noa|Context GGZ|Mondriaan Zorggroep|Parnassia Groep|Antes Verslavingszorg|PsyToBe|Psychotraumacentrum Zuid Nederland|Fier Fryslân|GGZ Centraal Flevoland|Dimence Groep|Mediant GGZ|Lentis GGZ|Altrecht GGZ|GGNet|GGZ Noord-Holland Noord|GGZ Westelijk Noord-Brabant|GGZ WNB|GGz Breburg Groep|Reinier van Arkel Groep|Propersona|Impegno|Molemann Mental Health|Psychiatrisch Centrum Bavo`;

/** Hospitals known by a saint's, a founder's or a place-free name, or by letters. */
const HOSPITALS = `Franciscus Vlietland|Franciscus Gasthuis & Vlietland|Antonius Ziekenhuis|Sint Antonius Ziekenhuis|St. Antonius Ziekenhuis|St Antonius Ziekenhuis|Albert Schweitzer ziekenhuis|Albert Schweitzer Ziekenhuis|ASz|Admiraal De Ruyter Ziekenhuis|HagaZiekenhuis|Haga Ziekenhuis|HagaZiekenhuis Zoetermeer|JBZ|AMC|VUmc|Spijkenisse Medisch Centrum|IJsselland Ziekenhuis|SJG Weert|Sint Jans Gasthuis|St. Jans Gasthuis|Elisabeth Ziekenhuis|St. Elisabeth Ziekenhuis|TweeSteden ziekenhuis|Maxima MC|Máxima Medisch Centrum|MMC|St. Anna Ziekenhuis|Sint Anna Ziekenhuis|Meander Medisch Centrum|Meander MC|Zuyderland MC|Zuyderland Medisch Centrum|Wilhelmina Ziekenhuis|WKZ|Emma Kinderziekenhuis|Juliana Kinderziekenhuis|Beatrix Kinderziekenhuis|Sophia Kinderziekenhuis Rotterdam|Erasmus MC-Sophia|Zaans MC|ZMC|Maartenskliniek|St. Maartenskliniek|Sint Maartenskliniek Nijmegen|MST|SJG|Gelre Apeldoorn|Gelre Zutphen|Rivas Beatrixziekenhuis|Het Van Weel-Bethesda|LangeLand Ziekenhuis|Streekziekenhuis Zevenaar|Ziekenhuis Tjongerschans|Frisius MC Heerenveen|Medisch Centrum Leeuwarden|Medisch Centrum Haaglanden|Sint Franciscus|St. Franciscus|Franciscus Gasthuis Rotterdam|Jeroen Bosch|Catharina Ziekenhuis Eindhoven|Ikazia Ziekenhuis|Maasstad Ziekenhuis|Amphia Ziekenhuis|Bernhoven Uden|Slingeland Ziekenhuis|Saxenburgh Medisch Centrum`;

/** Rehabilitation centres. */
const REHABILITATION = `Revant|Adelante|Heliomare|Rijndam|Klimmendaal|Tolbrug|Libra Revalidatie|Merem|Roessingh|Vogellanden|Axioncontinu|De Hoogstraat|Sophia Revalidatie|Het Roessingh|Revalidatiecentrum Leijpark|Maasstad Revalidatie`;

/** Care for the elderly, home care and nursing homes. */
const ELDERLY_CARE = `Zorgboog|De Zorgboog|Hilverzorg|Amaris|Amaris Zorggroep|WelThuis|Zorggroep Elde|Elde Maasduinen|Kennemerhart|Viva! Zorggroep|Viva Zorggroep|Noorderboog|Zorggroep Noorderboog|Archipel Zorggroep|Brentano|Azora|Liberein|Hof en Hiem|ZuidOostZorg|Dignis|De Zijlen|Mijzo|Stromenland|Meandergroep|MeanderGroep Zuid-Limburg|Proteion|Zorggroep Solis|Trivium Zorg|Salland Zorg|De Wartburg|Avoord|Laurens Zorg|Vredenborch|Zorgspectrum Het Zand|Frankelandgroep|Lelie Zorggroep|Zorggroep Charim|Oosterlengte|Zorggroep Raalte|Carintreggeland Zorg|Interzorg Drenthe|Tangenborgh|Zorggroep Sint Maarten|Stichting Sint Jacob|Zorgcentra Meerlanden|Aafje Thuiszorg|Sensire Thuiszorg|De Riethorst Stromenland|Zorggroep Oude en Nieuwe Land|ZONL|Vivalto|Zorggroep Apeldoorn|Het Gastenhuis|Omring Thuiszorg|Amstelring Thuiszorg|Evean Thuiszorg|Careyn Thuiszorg|Vierstroom|Vierstroom Zorg Thuis|Thuiszorg West-Brabant|TWB Thuiszorg|Zuidzorg Thuiszorg|Zorgpalet Baarn-Soest|Beweging 3.0 Thuiszorg|Vitalis WoonZorg Groep|Thuiszorg Het Friese Land|Zorggroep Het Friese Land|Palet Welzijn`;

/** Youth care, family care, guardianship. */
const YOUTH_CARE = `Horizon Jeugdzorg|OG Heldringstichting|Ottho Gerhard Heldringstichting|Kompaan en De Bocht|Kompaan|Bijzonder Jeugdwerk|Flexus Jeugdplein|Juvent|Zonnehuizen|Youké|Stek Jeugdhulp|Parlan|Spirit Jeugd en Opvoedhulp|Jeugdbescherming Gelderland|Jeugdbescherming Brabant|Jeugdbescherming Noord|Jeugdbescherming Overijssel|Jeugdbescherming Limburg|Jeugdbescherming Zuidoost|Jeugdbescherming Amsterdam|JBRR|Triade Vitree|Vitree|Combinatie Jeugdzorg|Cardea|Prodeba|Stichting Pro Juventute|Pro Juventute Gelderland|Jeugdhulp Friesland|Tjallingahiem|Spoor 6|Oosterlicht College|De Glind|Hoenderloo Groep|Het Poortje Jeugdinrichtingen|Intermetzo Jeugd|Pluryn Jeugd|Entrea|Samen Veilig Midden-Nederland|Opvoedpoli|De Opvoedpoli|Kenter Jeugdhulp|Jeugdteams Zaanstad`;

/** Debt help, budget help and sheltered work. */
const DEBT_AND_WORK = `Kredietbank Nederland|Kredietbank Rotterdam|Kredietbank Limburg|Kredietbank West-Brabant|Kredietbank Haaglanden|Stadsbank Oost Nederland|Stadsbank Oost-Nederland|Plangroep|GKB|GKB Drenthe|GKB Twente|GKB Groningen|PlanB Schuldhulp|Empatec|Ergon|Pantar|Paswerk|Tomin|Wedeka|Emco Groep|Diamant-groep|Diamant Groep|Fourstaden|Avres|Senzer|Baanbrekers|Werkzaak Rivierenland|Werkse|Orionis|Dethon|Caleidoz|Bouwmensen|WerkSaam|Werkbedrijf Rotterdam|Werkplein Fryslân|Werkplein Hart van West-Brabant|Werk.kom|Ergon Werkbedrijf|Pameijer|Philadelphia Zorg|Stichting Prisma|Ipse|Zozijn|Abrona|Reinaerde|Amarant Groep|Ons Tweede Thuis|Cello Zorg|Esdégé|Esdégé-Reigersdaal|De Hartekamp Groep|Hartekamp Groep|Lunet|Dichterbij Zorg|Severinus|Sterker Sociaal Werk`;

/** Housing corporations of the smaller towns and student housing. */
const HOUSING = `Trudo|Weller Wonen|Servatius|Mercatus|Idealis|Homefleks|HEEMwonen|Heemwonen|DUWO|SSH Student Housing|Lieven de Key|De Sleutels|Tablis Wonen|Qua Wonen|3B Wonen|Oost Flevoland Woondiensten|Woonstichting Hellendoorn|Woonmeij|BrabantWonen|Brabant Wonen|Woonstichting De Kernen|Compaen|Thuisvester|Vestide|AlleeWonen|Woonkracht10|Rhiant|Arcade Wonen|Wassenaarsche Bouwstichting|Woonbelang|Woonstichting Van Alckmaer|Van Alckmaer voor Wonen|Woningstichting Den Helder|Reggewoon|Woonstichting Triada|Kleurrijk Wonen|Woonservice Meander|Wonen Wierden en Enter|Woningstichting Putten|Woonstichting Vechthorst|Steelande Wonen|R&B Wonen|WSG|Goed Wonen Gemert|Woonstichting Geertruidenberg|Mozaïek Wonen|Woonpartners Midden-Holland|Woonwijze|Woonstichting Etten-Leur|Woonstichting Leystromen|Wonen Midden-Delfland|Woningstichting Nijkerk|Woonbedrijf SWS.Hengelo|Ons Huis Enschede|De Woonmensen|Woonstichting De Woonmensen|Woonstichting Hestia|Woonstichting Heuvelland|Woonstichting Vaals|Woningstichting Kerkrade|Woonpunt Maastricht|Woonstichting Vryleve|Woongoed Middelburg|Woonstichting Stadswonen|Stadswonen Rotterdam|Woonstichting Zaandam|Zaandams Volkshuisvesting`;

/** Every list above, one `|`-separated string. */
export const MORE_LOCAL_ORGANISATIONS = [
  WELFARE,
  SHELTERS,
  MENTAL_HEALTH,
  HOSPITALS,
  REHABILITATION,
  ELDERLY_CARE,
  YOUTH_CARE,
  DEBT_AND_WORK,
  HOUSING,
].join('|');
