// Classes of spoken, dictated and chat text named in stop 25's accuracy round (issue 13, branch deidacc25s): notes
// dictated through speech recognition, call transcripts, chats. Each with invented examples: what a rule must find and
// what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

describe('names in a dictated note, all in lower case', () => {
  const dictated = (sentence: string) => `gesprek op kantoor punt ${sentence} punt einde verslag`;
  it('takes the surname after a title that no dictionary holds, and one of the lists before a said mark', () => {
    has(dictated('aanwezig waren meneer terpelinck komma zijn dochter en ik'), 'PERSON', 'terpelinck');
    has(dictated('daarna sprak ik mevrouw kramer komma die alles regelt'), 'PERSON', 'kramer');
  });
  it('takes a first name after "naam" or "ondergetekende" with its tussenvoegsel and surname, and a double surname', () => {
    has(dictated('naam jorien van wezel geboren in mei'), 'PERSON', 'jorien van wezel');
    has(dictated('verslag door ondergetekende marjolein de groot'), 'PERSON', 'marjolein de groot');
    has(dictated('samen met mevrouw verhoeff-van der kolk komma zijn vrouw'), 'PERSON', 'verhoeff-van der kolk');
  });
  it('takes a first name of the lists after a kinship word', () => {
    has(dictated('zoon joep woont in almere'), 'PERSON', 'joep');
    has(dictated('zijn broer kees belt elke zondag'), 'PERSON', 'kees');
  });
  it('leaves verbs and words after a title or kinship word alone', () => {
    expect(ofLabel(dictated('meneer geeft aan dat zijn zoon wil verhuizen komma mevrouw is moe'), 'PERSON')).toEqual([]);
    expect(ofLabel(dictated('de dochter kan niet komen komma de broer door ziekte ook niet'), 'PERSON')).toEqual([]);
  });
  it('reads a title in lower case as a title only in a dictated note', () => {
    lacks('mevrouw kramer de groenteboer kwam langs.', 'PERSON', 'kramer');
  });
  it('leaves a verb after a title alone, also one that no dictionary holds, and before a said mark', () => {
    for (const clause of [
      'mevrouw ervaart veel stress',
      'meneer benoemt zijn zorgen',
      'mevrouw beaamt dat',
      'meneer verwoordt het goed',
      'mevrouw piekert komma ze slaapt slecht',
      'meneer signaleert problemen met de buren',
      'het echtpaar ruziet vaak',
      'mevrouw zuchtte en keek weg',
    ])
      expect(ofLabel(dictated(clause), 'PERSON')).toEqual([]);
  });
  it('counts as dictated only said marks between lower-case words in a text mostly in lower case', () => {
    const minutes = 'Agenda\nPunt 1: opening.\nPunt 2: mevrouw signaleerde en meneer zweeg.\nPunt 3: rondvraag.';
    lacks(minutes, 'PERSON', 'signaleerde');
    lacks('Het is geen punt, zei meneer. Punt uit. Toen keek mevrouw op, en mevrouw signaleerde en knikte.', 'PERSON', 'signaleerde');
    lacks('Ze gaf punt 4 aan, komma 2 ook. Daarna kwam mevrouw thuiszorgteam en meneer.', 'PERSON', 'thuiszorgteam');
  });
});

describe("children's ages said as a list of number words", () => {
  it('takes each member of the list where its digits would be a list of ages', () => {
    has('Ze heeft drie kinderen van vier, zeven en elf. Ze werkt', 'AGE', 'zeven');
    has('Ze heeft drie kinderen van vier, zeven en elf. Ze werkt', 'AGE', 'elf');
    has('hij past op zijn zusjes van twee en vijf punt', 'AGE', 'twee');
    has('drie kinderen van twee, vijf en acht jaar oud', 'AGE', 'vijf');
    has('verslag punt de kinderen zijn vier komma zeven en tien punt einde', 'AGE', 'zeven');
  });
  it('leaves counts and ranges said in words alone', () => {
    expect(ofLabel('Ze komt twee, drie keer per week langs.', 'AGE')).toEqual([]);
    expect(ofLabel('Er staan vier en vijf stoelen klaar.', 'AGE')).toEqual([]);
    expect(ofLabel('verslag punt de huur is zes komma vijf procent hoger punt', 'AGE')).toEqual([]);
  });
});

describe('a short name spelled right after it is said', () => {
  it('takes two or three spelled capitals that spell a name just before them', () => {
    has('Ze stelt zich voor als Kai, "K-A-I", en woont in Zeist.', 'PERSON', 'K-A-I');
    has('Hij heet Mohamed Ali. Ali is A-L-I. Hij belt terug.', 'PERSON', 'A-L-I');
  });
  it('leaves short letter runs that spell no name said before alone', () => {
    expect(ofLabel('Het gaat om de A-B-C van de zorg.', 'PERSON')).toEqual([]);
    expect(ofLabel('Kai haalde B-B-C op alle vakken.', 'PERSON')).toEqual([['PERSON', 'Kai']]);
  });
});

describe("the dictating worker's initials after the closing words", () => {
  it('takes two or three lower-case letters after "einde (dictaat)" at the end of a dictated note', () => {
    has('gesprek punt ze komt morgen punt bellen komma mailen punt einde dictaat jb', 'PERSON', 'jb');
  });
  it('takes them after "einde" alone too, where they are no word', () => {
    has('gesprek punt ze belt terug punt einde rb', 'PERSON', 'rb');
  });
  it('leaves "einde" before ordinary words, and an undictated note, alone', () => {
    expect(ofLabel('gesprek punt ze komt morgen punt einde van het verhaal punt', 'PERSON')).toEqual([]);
    expect(ofLabel('Gesprek gevoerd. Einde gesprek ok', 'PERSON')).toEqual([]);
  });
  it('leaves a month, a day or a time word after "einde" alone', () => {
    expect(ofLabel('gesprek punt hij is er komma hij werkt door tot einde dag', 'PERSON')).toEqual([]);
    expect(ofLabel('gesprek punt de regeling loopt door punt tot einde jan', 'PERSON')).toEqual([]);
    expect(ofLabel('gesprek punt de huur is betaald punt tot einde dec', 'PERSON')).toEqual([]);
    expect(ofLabel('gesprek punt we spreken af komma bellen voor einde wk', 'PERSON')).toEqual([]);
  });
});

describe('a place that is also a word, in lower case after "in" or "naar"', () => {
  it('takes it where the clause ends or goes on as after a place', () => {
    has('ze woont sinds kort in leiden punt haar zoon helpt', 'CITY', 'leiden');
    has('hij werkt nu in ede via een uitzendbureau', 'CITY', 'ede');
  });
  it('leaves the same words as words, and after an article, alone', () => {
    expect(ofLabel('het schuurtje staat in brand en de buren bellen', 'CITY')).toEqual([]);
    expect(ofLabel('ze wachten in rijen bij de kassa', 'CITY')).toEqual([]);
    expect(ofLabel('hij blies in de hoorn op het feest', 'CITY')).toEqual([]);
  });
});
