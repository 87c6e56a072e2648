// The word source of unlisted-places.ts: how Dutch and Frisian place names end (toponymic endings), from general
// knowledge of the country's place names, never from an evaluation set. Kept apart from the word lists, which the
// statistical layer learnt from. Endings that many common surnames share alone (-man, -ink, -sma) are left out; a
// listed surname is never tried (unlisted-places.ts).

/** Dutch endings: -dam, -dijk, -drecht, -hoven, -huizen, -kerk, -loo, -veen, -wolde, -zijl, -horst, -broek, -beek … */
const DUTCH =
  'dam|dijk|dijke|drecht|hoven|huizen|kerk|kerke|loo|meer|recht|richt|veen|wolde|woude|wouden|zijl|horst|rade|rode|broek|hout|voort|beek|veld|velde|donk|geest|zand|zande|weer|werd|mond|schot|inge|ingen|sluis|haven|hoek|heuvel|stein|gein|erwaard|waard|wijk|burg|berg|bergen';
/** Frisian and Groningen endings: -um, -ga, -wâld, -buorren, -sterhuis, -sum, -wier, -terp, -ea, -ens, -wert … */
const FRISIAN = 'um|ga|wâld|wald|buorren|sterhuis|sum|wier|wierum|terp|ea|ens|wert|zeel|dyk|mar|mer|tsjerke|hiem';

const PLACE_SHAPE = new RegExp(`(?:${DUTCH}|${FRISIAN})$`, 'u');

/** Whether a lower-case word of five letters or more ends like a Dutch or Frisian place. */
export const hasPlaceShape = (word: string) => word.length >= 5 && PLACE_SHAPE.test(word);

/**
 * The endings that ordinary compounds in lower case hardly have ("in garmerwolde", "in jirnsum"; not -huizen, -veld or
 * -dijk: "in verzorgingshuizen", "op het speelveld"), for a place written in lower case after a cue.
 */
const LOWER_CASE_SHAPE = /(?:wolde|woude|veen|zijl|drecht|inge|wâld|buorren|sterhuis|wier|wierum|terp|sum|ga)$/u;
export const hasLowerCasePlaceShape = (word: string) => word.length >= 6 && LOWER_CASE_SHAPE.test(word);
