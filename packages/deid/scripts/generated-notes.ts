// Generated Dutch case notes, the texts of the speed goals (bench.ts, speed-vs-reference.ts): a
// name, age, address, postcode, place, date and phone number in every note of 370 characters.
const FIRST = ['Linda', 'Mohamed', 'Sanne', 'Pieter', 'Fatima', 'Daan', 'Elif', 'Kevin', 'Anouk', 'Youssef'];
const LAST = ['de Vries', 'Yilmaz', 'van den Berg', 'Jansen', 'El Amrani', 'Kowalski', 'Bakker', 'Nguyen'];
const PLACES = ['Dordrecht', 'Zwolle', 'Almere', 'Leeuwarden', 'Tilburg'];
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

function note(i: number): string {
  return (
    `Huisbezoek bij mw. ${pick(LAST, i)} (${20 + (i % 60)} jaar) aan de Kerkstraat ${1 + (i % 200)}, 3311 AB ${pick(PLACES, i)}. ` +
    `Zij vertelt dat haar zoon ${pick(FIRST, i)} sinds ${1 + (i % 28)} maart niet naar school gaat. Contact met juf ${pick(FIRST, i + 3)}. ` +
    `Bereikbaar op 06-4187${String(1000 + (i % 9000))}. Huurachterstand van € 1.234,56; betalingsregeling besproken. Keukentafelgesprek om 14:30. `
  );
}

/** Generated notes, joined and cut to `bytes` characters. */
export function textOfSize(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += note(i);
  return text.slice(0, bytes);
}
