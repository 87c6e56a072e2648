// Generated Dutch case notes, the texts of the speed goals (bench.ts, speed-vs-reference.ts): a
// name, age, address, postcode, place, date and phone number in every note of 370 characters.
import { seededRandom } from '@vertelpunt/taxonomy/seeded-random';
import * as lexicon from '../src/lexicon-data.js';

const FIRST = ['Linda', 'Mohamed', 'Sanne', 'Pieter', 'Fatima', 'Daan', 'Elif', 'Kevin', 'Anouk', 'Youssef'];
const LAST = ['de Vries', 'Yilmaz', 'van den Berg', 'Jansen', 'El Amrani', 'Kowalski', 'Bakker', 'Nguyen'];
const PLACES = ['Dordrecht', 'Zwolle', 'Almere', 'Leeuwarden', 'Tilburg'];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

interface NoteFacts {
  surname: string;
  age: number;
  street: string;
  houseNumber: number;
  postcode: string;
  place: string;
  child: string;
  day: number;
  teacher: string;
  phoneEnd: string;
}

function note(facts: NoteFacts): string {
  const { surname, age, street, houseNumber, postcode, place, child, day, teacher, phoneEnd } = facts;
  return (
    `Huisbezoek bij mw. ${surname} (${age} jaar) aan de ${street} ${houseNumber}, ${postcode} ${place}. ` +
    `Zij vertelt dat haar zoon ${child} sinds ${day} maart niet naar school gaat. Contact met juf ${teacher}. ` +
    `Bereikbaar op 06-4187${phoneEnd}. Huurachterstand van € 1.234,56; betalingsregeling besproken. Keukentafelgesprek om 14:30. `
  );
}

/** Generated notes, joined and cut to `bytes` characters. */
export function textOfSize(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    text += note({
      surname: pick(LAST, i),
      age: 20 + (i % 60),
      street: 'Kerkstraat',
      houseNumber: 1 + (i % 200),
      postcode: '3311 AB',
      place: pick(PLACES, i),
      child: pick(FIRST, i),
      day: 1 + (i % 28),
      teacher: pick(FIRST, i + 3),
      phoneEnd: String(1000 + (i % 9000)),
    });
  }
  return text.slice(0, bytes);
}

// The package's own name and place lists (13,566 first names, 34,899 surnames, 2,280 places and
// neighbourhoods), so that a selection's people, streets and places are new to the de-identifier's
// memo of words as written (src/memo-by-written.ts), as a user's next clip is.
const list = (joined: string) => joined.split('|').filter((w) => w.length > 0);
const FRESH_FIRST = list(lexicon.FIRST_NAMES);
const FRESH_LAST = list(lexicon.SURNAMES);
const FRESH_PLACES = list(lexicon.PLACES);
const STREET_STEMS = FRESH_LAST.filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w));
const STREET_ENDS = ['straat', 'laan', 'weg', 'plein', 'gracht', 'singel', 'kade', 'dijk', 'hof', 'pad'];
const LETTERS = [...'ABCDEGHJKLMNPRSTVXZ'];

/**
 * Generated notes as `textOfSize` writes them, but every note with people, a street, a postcode and
 * a place drawn from the package's lists by a seeded generator: the same text for the same seed.
 */
export function freshTextOfSize(bytes: number, seed: number): string {
  const random = seededRandom(seed);
  const draw = <T>(from: readonly T[]) => from[Math.floor(random() * from.length)]!;
  const below = (n: number) => Math.floor(random() * n);
  let text = '';
  while (text.length < bytes) {
    text += note({
      surname: draw(FRESH_LAST),
      age: 18 + below(80),
      street: draw(STREET_STEMS) + draw(STREET_ENDS),
      houseNumber: 1 + below(300),
      postcode: `${1000 + below(9000)} ${draw(LETTERS)}${draw(LETTERS)}`,
      place: draw(FRESH_PLACES),
      child: draw(FRESH_FIRST),
      day: 1 + below(28),
      teacher: draw(FRESH_FIRST),
      phoneEnd: String(1000 + below(9000)),
    });
  }
  return text.slice(0, bytes);
}
