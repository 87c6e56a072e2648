// Wijken and buurten of the big Dutch cities that case notes name as places (in headings, signatures,
// "woont in …"). No package in the registry holds the CBS wijk- en buurtnamen, so this is a small
// list kept by hand from the municipalities' own district maps: the neighbourhoods social teams work
// in, not every buurt. Names that are also ordinary words (Noord, Centrum, Haven, Buiten) are left
// out: a word is no evidence. build-lexicon.ts adds these to PLACES.
export const NEIGHBOURHOODS = [
  // Amsterdam
  'Bijlmer', 'Bijlmermeer', 'Bijlmer-Oost', 'Bijlmer-Centrum', 'Bijlmer-West', 'Gaasperdam', 'Holendrecht', 'Reigersbos', 'Venserpolder', 'Ganzenhoef', 'Kraaiennest', 'Osdorp', 'Slotervaart', 'Geuzenveld', 'Slotermeer', 'Bos en Lommer', 'De Baarsjes', 'Oud-West', 'Oud-Zuid', 'De Pijp', 'Jordaan', 'Indische Buurt', 'Transvaalbuurt', 'Dapperbuurt', 'Watergraafsmeer', 'Nieuwendam', 'Buikslotermeer', 'Banne Buiksloot', 'Kolenkit', 'Kolenkitbuurt', 'Overtoomse Veld', 'IJburg', 'Zeeburgereiland', 'Spaarndammerbuurt', 'Volewijck', 'Tuindorp Oostzaan', 'Van der Pekbuurt', 'Rivierenbuurt', 'Buitenveldert', 'Slotervaart-Noord', 'Oostelijk Havengebied', 'Amsterdam-Noord', 'Nieuw-West',
  // Rotterdam
  'Tarwewijk', 'Carnisse', 'Charlois', 'Feijenoord', 'Afrikaanderwijk', 'Bloemhof', 'Hillesluis', 'Katendrecht', 'Delfshaven', 'Spangen', 'Bospolder', 'Tussendijken', 'Oude Westen', 'Crooswijk', 'Ommoord', 'Zevenkamp', 'Lombardijen', 'Pendrecht', 'Zuidwijk', 'Hoogvliet', 'IJsselmonde', 'Vreewijk', 'Beverwaard', 'Overschie', 'Kralingen', 'Prins Alexander', 'Het Lage Land', 'Oosterflank', 'Nesselande', 'Schiebroek', 'Hillegersberg', 'Blijdorp', 'Bergpolder', 'Agniesebuurt', 'Provenierswijk', 'Liskwartier', 'Middelland', 'Nieuwe Westen', 'Stadsdriehoek', 'Kop van Zuid', 'Noordereiland', 'Heijplaat', 'Pernis', 'Groot-IJsselmonde', 'Rotterdam-Zuid', 'Oud-Charlois', 'Wielewaal', 'Zuidplein',
  // Den Haag
  'Schilderswijk', 'Transvaal', 'Moerwijk', 'Spoorwijk', 'Escamp', 'Bouwlust', 'Vrederust', 'Morgenstond', 'Wateringse Veld', 'Ypenburg', 'Leidschenveen', 'Mariahoeve', 'Bezuidenhout', 'Duindorp', 'Scheveningen', 'Segbroek', 'Regentessekwartier', 'Zeeheldenkwartier', 'Stationsbuurt', 'Rustenburg', 'Oostbroek', 'Loosduinen', 'Waldeck', 'Kijkduin', 'Valkenboskwartier', 'Schildersbuurt', 'Laakkwartier', 'Den Haag Zuidwest',
  // Utrecht
  'Overvecht', 'Kanaleneiland', 'Lombok', 'Zuilen', 'Ondiep', 'Hoograven', 'Lunetten', 'Leidsche Rijn', 'Vleuten', 'De Meern', 'Wittevrouwen', 'Transwijk', 'Rivierenwijk', 'Dichterswijk', 'Oog in Al', 'Tolsteeg', 'Pijlsweerd', 'Votulast', 'Terwijde', 'Vechtzoom', 'Tuindorp',
  // Arnhem, Nijmegen
  'Presikhaaf', 'Malburgen', 'Klarendal', 'Geitenkamp', 'Spijkerkwartier', 'Schuytgraaf', 'Rijkerswoerd', 'Elderveld', 'Vredenburg', 'Kronenburg', 'Immerloo', 'Arnhem-Oost', 'Arnhem-Zuid', 'Dukenburg', 'Lindenholt', 'Hatert', 'Neerbosch-Oost', 'Heseveld', 'Wolfskuil', 'Bottendaal', 'Nijmegen-Oost', 'Nijmegen-West',
  // Gouda, Leiden, Haarlem, Zaanstad, Dordrecht
  'Korte Akkeren', 'Goverwelle', 'Kort Haarlem', 'Plaswijck', 'Oosterwei', 'Stevenshof', 'Merenwijk', 'Slaaghwijk', 'Schalkwijk', 'Delftwijk', 'Meerwijk', 'Parkwijk', 'Poelenburg', 'Kogerveld', 'Peldersveld', 'Crabbehof', 'Wielwijk', 'Sterrenburg', 'Krispijn', 'Oud-Krispijn',
  // Eindhoven, Tilburg, Den Bosch, Breda
  'Woensel', 'Woensel-Noord', 'Woensel-Zuid', 'Strijp', 'Tongelre', 'Stratum', 'Gestel', 'Doornakkers', 'Achtse Barrier', 'Lakerlopen', 'Groenewoud', 'Korvel', 'Tilburg-Noord', 'Stokhasselt', 'Reeshof', 'Jeruzalem', 'Kruiskamp', 'Graafsewijk', 'De Muntel', 'Hintham', 'Maaspoort', 'Hoogte Kadijk', 'Hoge Vucht', 'Doornbos-Linie', 'Heuvelkwartier', 'Tuinzigt', 'Haagse Beemden',
  // Groningen, Zwolle, Enschede, Amersfoort, Almere, Lelystad
  'Vinkhuizen', 'Selwerd', 'Paddepoel', 'Beijum', 'Lewenborg', 'De Wijert', 'Oosterpark', 'Korrewegwijk', 'De Hoogte', 'Holtenbroek', 'Aa-landen', 'Stadshagen', 'Velve-Lindenhof', 'Pathmos', 'Deppenbroek', 'Twekkelerveld', 'Wesselerbrink', 'Stroinkslanden', 'Liendert', 'Schothorst', 'Soesterkwartier', 'Almere Haven', 'Almere Buiten', 'Almere Poort', 'Kruidenwijk', 'Stedenwijk', 'Waterwijk', 'Atolwijk',
];
