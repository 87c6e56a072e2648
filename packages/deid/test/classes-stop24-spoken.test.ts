// Classes of spoken and dictated text named in stop 24's accuracy round (issue 13, branch deidacc24s): call transcripts,
// voicemails and notes dictated through speech recognition. Each with invented examples: what a rule must find and
// what it must leave alone. No text of the evaluation sets.
import { describe, expect, it } from 'vitest';
import { has, lacks, ofLabel } from './detected.js';

describe('a BSN said aloud after the word that asks for it', () => {
  it('takes nine digits in any grouping, digit by digit or with pauses, that pass the 11-proef', () => {
    has('W: Mag ik uw BSN?\nK: Ehm, 628 19 48 21.\nW: Dank u.', 'BSN', '628 19 48 21');
    has('naam onbekend bsn 2 5 2 7 6 0 1 8 9 adres volgt', 'BSN', '2 5 2 7 6 0 1 8 9');
    has('Het burgerservicenummer is 507... 529... 170, zegt ze.', 'BSN', '507... 529... 170');
  });
  it('leaves digits that fail the 11-proef, or go on after the ninth, alone', () => {
    expect(ofLabel('Mag ik uw BSN? Eh, 628 19 48 22.', 'BSN')).toEqual([]);
    expect(ofLabel('bsn weet ze niet, 6 2 8 1 9 4 8 2 1 7 staat op de brief', 'BSN')).toEqual([]);
  });
});

describe('a postcode said in number words and spelled letters', () => {
  it('takes the digits after "postcode" and the letters that follow closely, a slip corrected included', () => {
    has('W: En de postcode?\nK: Vier vier twee een, en dan de letters... R D.', 'POSTCODE', 'Vier vier twee een, en dan de letters... R D');
    has('W: Postcode?\nK: 7312... PX, nee PZ. Klopt.', 'POSTCODE', '7312... PX, nee PZ');
    has('adres kerkpad 3 postcode 8251 t r telefoon volgt', 'POSTCODE', '8251 t r');
    has('De postcode begint met 4815, meer weet ze niet.', 'POSTCODE', '4815');
  });
  it('takes a postcode in words right after an address, only with its letters', () => {
    has('Hij woont op de Berkenhof 12, dat is negen drie een twee, K M. Dat klopt.', 'POSTCODE', 'negen drie een twee, K M');
    expect(ofLabel('Ze woont op de Berkenhof 12, twee kinderen wonen bij haar.', 'POSTCODE')).toEqual([]);
  });
  it('leaves a range of postcode areas, a longer number and counts after the word alone', () => {
    expect(ofLabel('Postcodegebied: postcode 4811/4813 – Breda.', 'POSTCODE')).toEqual([]);
    expect(ofLabel('Postcode weet ik niet, twee kinderen wonen er.', 'POSTCODE')).toEqual([]);
    expect(ofLabel('Postcode 3500 tot 3599 hoort bij Utrecht.', 'POSTCODE')).toEqual([]);
  });
  it('leaves a year after the word and a lower-case word after the digits alone', () => {
    expect(ofLabel('Postcode veranderd in 2019 na de herindeling.', 'POSTCODE')).toEqual([]);
    lacks('De postcode is 5611 op de brief gezet.', 'POSTCODE', '5611 op');
  });
});

describe('a code spelled letter by letter and in number words after its cue', () => {
  it('takes a licence plate of six characters after "kenteken"', () => {
    has('een blauwe fiat met kenteken acht x z r vier twee komma', 'LICENSE_PLATE', 'acht x z r vier twee');
  });
  it('takes a case number after a case word', () => {
    has('het dossiernummer k t drie nul nul negen staat op de brief', 'CASE_ID', 'k t drie nul nul negen');
  });
  it('leaves ordinary words after the cue alone', () => {
    expect(ofLabel('Het kenteken is niet bekend, zegt ze.', 'LICENSE_PLATE')).toEqual([]);
    expect(ofLabel('het dossiernummer is er nog niet', 'CASE_ID')).toEqual([]);
  });
});

describe('an IBAN with its country spelled', () => {
  it('takes the groups that pass mod-97, not the words after them', () => {
    has('K: Mijn rekeningnummer is N L 91 ABNA 0417 1643 00.', 'IBAN', 'N L 91 ABNA 0417 1643 00');
    expect(ofLabel('K: Mijn rekening is N L 91 ABNA 0417 1643 01.', 'IBAN')).toEqual([]);
  });
});

describe('an e-mail address said aloud or dictated', () => {
  it('takes the name before "apenstaartje" or "at" and the domain up to its top-level domain', () => {
    has('Haar mail is noor punt b apenstaartje ziggo punt nl, zegt ze.', 'EMAIL', 'noor punt b apenstaartje ziggo punt nl');
    has('komma e-mail h de graaf at hotmail punt com punt', 'EMAIL', 'h de graaf at hotmail punt com');
    has('K: sem twaalf apenstaartje live punt nl', 'EMAIL', 'sem twaalf apenstaartje live punt nl');
  });
  it('takes the whole name before it, a tussenvoegsel and a double name included, so none of it stays in clear', () => {
    has('Het mailadres is Kees van Velzen apenstaartje gmail punt com.', 'EMAIL', 'Kees van Velzen apenstaartje gmail punt com');
    has('Haar e-mail is loes van der berg apenstaartje kpn punt nl.', 'EMAIL', 'loes van der berg apenstaartje kpn punt nl');
    has('Stuur het naar Ria ter Horst-Bakker at hotmail punt nl graag.', 'EMAIL', 'Ria ter Horst-Bakker at hotmail punt nl');
  });
  it('starts after "van" where a word, not a name, stands before it', () => {
    has('Het adres van piet apenstaartje ziggo punt nl klopt.', 'EMAIL', 'piet apenstaartje ziggo punt nl');
  });
  it('leaves "at" without a domain said after it alone', () => {
    expect(ofLabel('We spraken at random een paar ouders.', 'EMAIL')).toEqual([]);
  });
});

describe('a name spelled in capitals between hyphens', () => {
  it('takes four or more letters with a vowel', () => {
    has('K: Mijn achternaam is Verhoef, V-E-R-H-O-E-F.', 'PERSON', 'V-E-R-H-O-E-F');
    has('"Wijnia, met ij, W-IJ-N-I-A."', 'PERSON', 'W-IJ-N-I-A');
  });
  it("leaves abbreviations, runs without a vowel and letters in the alphabet's order alone", () => {
    expect(ofLabel('Zie de B-S-N regels en het K-V-K-N register.', 'PERSON')).toEqual([]);
    expect(ofLabel('Fase E-F-G-H van het plan is klaar.', 'PERSON')).toEqual([]);
  });
});

describe("a transcript's speaker roles", () => {
  it('are no names', () => {
    const call = 'Mdw: Goedemorgen, wijkteam.\nCl: Ja, met mevrouw Hoekstra.\nMdw: Waarmee kan ik helpen?\nCl: Mijn buurman.';
    lacks(call, 'PERSON', 'Mdw');
    lacks(call, 'PERSON', 'Cl');
    has(call, 'PERSON', 'Hoekstra');
  });
});

describe('a phone number said in pieces', () => {
  it('takes ten digits from "nul" with pauses written as ellipses', () => {
    has(
      'K: Nul zes... eenenveertig... achttien... drieënnegentig... zeven twee.',
      'PHONE',
      'Nul zes... eenenveertig... achttien... drieënnegentig... zeven twee',
    );
  });
  it('takes nine digits said before "met (een) nul ervoor"', () => {
    has(
      'bel zijn mobiel, zes-drie-één, vier-acht-twee, nul-vijf-negen, met een nul ervoor.',
      'PHONE',
      'zes-drie-één, vier-acht-twee, nul-vijf-negen',
    );
    has(
      'nummer dochter zes twee acht vijf vijf één nul drie zeven met een nul ervoor punt',
      'PHONE',
      'zes twee acht vijf vijf één nul drie zeven',
    );
  });
  it('leaves counts and too few digits alone', () => {
    expect(ofLabel('Ze belde zes, zeven keer, met nul ervoor bedoelt ze niets.', 'PHONE')).toEqual([]);
    expect(ofLabel('Nul... twee... drie kinderen thuis, zegt ze.', 'PHONE')).toEqual([]);
  });
});

describe('a dictated address: a lower-case street and its number in words', () => {
  it('takes the number as one word or in pieces, with a letter, before where the clause goes on', () => {
    has('huisbezoek op de meidoornlaan zesenveertig in veenendaal punt', 'ADDRESS', 'meidoornlaan zesenveertig');
    has('zij woont aan de vogelstraat drie honderd twaalf b komma tweede etage', 'ADDRESS', 'vogelstraat drie honderd twaalf b');
    has('de buurman van de molenkade honderdnegen, die belt vaak', 'ADDRESS', 'molenkade honderdnegen');
  });
  it('leaves common words with a street ending and counts after a street alone', () => {
    expect(ofLabel('hij was onderweg twee uur kwijt en op de snelweg drie, zegt hij', 'ADDRESS')).toEqual([]);
    expect(ofLabel('ze loopt de meidoornlaan twee keer per dag af', 'ADDRESS')).toEqual([]);
  });
  it('leaves the article "een" after a square or a road alone', () => {
    expect(ofLabel('Bij het kerkplein een en ander opgeruimd.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Ze oefenden op het dorpsplein een op een.', 'ADDRESS')).toEqual([]);
    expect(ofLabel('Hij fietste over de rondweg een, twee rondjes.', 'ADDRESS')).toEqual([]);
  });
});

describe('an age in words before punctuation said as a word in dictation', () => {
  it('reads "komma" and "punt" after the number as the clause end they stand for', () => {
    has('nieuwe regel meneer is zevenenzeventig komma woont alleen punt', 'AGE', 'zevenenzeventig');
    has('ze zorgt voor haar vader van drieëntachtig komma die slecht ziet', 'AGE', 'drieëntachtig');
  });
  it('leaves a decimal said aloud alone', () => {
    expect(ofLabel('ze is twee komma vijf uur bezig geweest met de formulieren', 'AGE')).toEqual([]);
  });
});

describe('an age told by its decade after a person', () => {
  it('takes the decade after "in de" or with "-plus" where the clause ends', () => {
    has('Buurvrouw mevrouw Kuipers (in de 70) belde over de trap.', 'AGE', '70');
    has('Dhr. Hamers – in de zeventig, zegt hij zelf – woont alleen.', 'AGE', 'zeventig');
    has('Mevrouw Wagenaar, die is nu negentig-plus, kookt nog zelf.', 'AGE', 'negentig-plus');
  });
  it('leaves decades that count time or stand without a person alone', () => {
    expect(ofLabel('Mevrouw Kuipers was in de twintig minuten klaar.', 'AGE')).toEqual([]);
    expect(ofLabel('De wijk is gebouwd in de 70, zegt de folder.', 'AGE')).toEqual([]);
  });
});

describe('a decade with "-plus" in a bracket of remarks', () => {
  it('is no age without a verb of being before it', () => {
    expect(ofLabel('Overbuurman Jan Pols (ook alleen, 70-plus) maakt zich zorgen.', 'AGE')).toEqual([]);
  });
});
