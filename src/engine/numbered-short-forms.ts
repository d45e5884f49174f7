// A question's number joined to the opening letter(s) of the word write-ups number an event with, as gamers and
// fans write a season, an episode or a week: "s2" of "Garuda Cup Season 2", "ep3" of "Podcast Episode 3". Read as
// one word, which the corpus lacks or has only in another sense, "prize pool garuda cup s1" said nothing of the
// season, and the other season's write-up answered. Spelled out ("season 1"), the number is the event's number,
// read as "season 1" of the question is (see #numberedForms in search.ts). Pure: the index says which word the
// letters open.

/**
 * A word of one or two letters with a number of one or two digits joined to it ("s2", "S12", "ep3"), standing
 * alone: not a decimal, a range or a date ("s1.5", "s2-3"), not part of a longer word ("rp5jt", "ibu2an").
 */
const LETTERS_NUMBER = /(?<![\p{L}\p{N}\p{M}])(\p{L}{1,2})(\d{1,2})(?![\p{L}\p{N}\p{M}]|[.,:/-]\p{N})/gu;

/**
 * `text` with each number joined to letters spelled out as the word `opens` says those letters open (lower case),
 * a space, and the number: "who won S2?" → "who won season 2?" where titles number seasons. `opens` answers
 * undefined where no word, or more than one, is meant (then the word stays as typed: "s1" of a degree, "ibu2"); it is
 * given the joined word as typed too, in lower case ("s2"), for a corpus that writes it in another sense.
 */
export function readNumberedShortForms(text: string, opens: (letters: string, joined: string) => string | undefined): string {
  // (A loop, not a replacer function: read for every question, where a closure made per call is a cost under tsx.
  // Most texts have no digit at all.)
  if (!HAS_DIGIT.test(text)) return text;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(LETTERS_NUMBER)) {
    const word = opens(m[1]!.toLowerCase(), m[0].toLowerCase());
    if (word === undefined) continue;
    out += `${text.slice(at, m.index)}${word} ${m[2]!}`;
    at = m.index + m[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}

const HAS_DIGIT = /\d/u;

// The same letters and number typed apart ("ep 3", "S 2", "BO 5") where the write-ups join them: read joined, so
// that the number joined to letters is read as above, or the corpus's own joined word is found ("ep3"). Which
// letters join is the index's to say (see SearchIndex.#joinsNumber): the corpus writes them joined, never alone.

/**
 * One to three letters, a space, and a number of one or two digits, standing alone: not part of a longer word, a
 * decimal, a range, a date or a compound ("bab 2.1", "s 2-3", "a 2-day").
 */
const LETTERS_SPACE_NUMBER = /(?<![\p{L}\p{N}\p{M}])(\p{L}{1,3}) (\d{1,2})(?![\p{L}\p{N}\p{M}]|[.,:/]\p{N}|-)/gu;

/**
 * `text` with each number typed after letters joined to them where `joins` says so; `joins` is given the letters
 * in lower case and as typed, and the number.
 */
export function joinSpacedNumbers(text: string, joins: (letters: string, typed: string, number: string) => boolean): string {
  if (!HAS_DIGIT.test(text)) return text;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(LETTERS_SPACE_NUMBER)) {
    if (!joins(m[1]!.toLowerCase(), m[1]!, m[2]!)) continue;
    out += `${text.slice(at, m.index)}${m[1]!}${m[2]!}`;
    at = m.index + m[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}
