// What kind of answer a question asks for, where its words say it unambiguously, and whether a passage states one.
//
// "jam brp meetup 5 mulai" asks for a time and "htm brp" for an amount, but no passage says "brp": its question
// words are dropped, and the write-up's passages that match only its title ("meetup 5") tie, the opening that
// merely names the event first. A write-up states a time or a price in a form of its own ("pukul 19.00", "19:00
// WIB", "7 pm"; "Rp50.000", "gratis", "free"), which a word cannot match. So among the passages of one write-up
// that match the question alike, the one that states what is asked comes first (see askedTypeFirst in answer.ts).
// Only that: expected-answer-type bonuses in the score were measured on the dev sets and dropped
// (docs/retrieval.md), and "berapa" alone ("berapa peserta") asks for a count, which any number states.

import { WRITTEN_MONTHS } from './dates.ts';
import { groupBy } from './group-by.ts';

export type AskedType = 'time' | 'date or time' | 'amount';

/** The question words that ask "how much" or "what time" beside a word of price or clock ("bayar brp", "jam berapa"). */
const HOW_MUCH: ReadonlySet<string> = new Set(['berapa', 'brp', 'brapa', 'berapaan']);
/** Words of price: beside HOW_MUCH they ask for an amount of money, not a count. */
const PRICE: ReadonlySet<string> = new Set([
  'harga', 'hrg', 'htm', 'biaya', 'biayanya', 'bayar', 'byr', 'tiket', 'tiketnya', 'iuran', 'ongkos', 'tarif', 'harganya', 'bayarnya',
  'cost', 'costs', 'price', 'prices', 'fee', 'fees', 'ticket', 'tickets', 'pay',
]);
/** The words after English "how much" that ask a price with no word of price: "how much was the workshop". */
const HOW_MUCH_OF: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', "it's", 'does', 'did', 'do']);
/** Words that say there is no price, asked as yes or no: "gratis ga". */
const FREE: ReadonlySet<string> = new Set(['gratis', 'free']);
/** The particles a chat question ends a yes-or-no question with: "bayar ga?", "gratis nggak?". */
const YES_NO: ReadonlySet<string> = new Set(['ga', 'gak', 'nggak', 'ngga', 'enggak', 'engga', 'tidak', 'ndak', 'nda', 'kah', 'ngak']);
/** Words of the clock: beside HOW_MUCH ("jam berapa", "pukul brp") they ask for a time of day. */
const CLOCK: ReadonlySet<string> = new Set(['jam', 'pukul', 'pkl', 'jm']);
/** Words that ask when, a day or a time of it. */
const WHEN: ReadonlySet<string> = new Set(['kapan', 'kpn', 'when']);

/**
 * A question's words, lower case, as a member types them: question words included (the analyzer's wordsOf drops
 * them), and split at a hyphen or a dot (its tokenize keeps "jam-berapa", "19.00" whole).
 */
function typedWords(question: string): string[] {
  return question.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/**
 * What the question asks for, or null: an amount where a word of "how much" and one of price are both in it ("htm
 * brp", "berapa biaya meetup 7", "how much are the tickets"); a time where a word of the clock stands beside one
 * of "how much" ("jam brp", "mulai pukul berapa") or it says "what time"; a day or a time where it asks "kapan" or
 * "when" (the question's first word in English, where inside a question "when" joins clauses).
 */
export function askedType(question: string): AskedType | null {
  const words = typedWords(question);
  const how = words.some((w) => HOW_MUCH.has(w)) || words.some((w, i) => w === 'how' && words[i + 1] === 'much');
  if (how && words.some((w) => PRICE.has(w))) return 'amount';
  // ("meetup 1 bayar ga?", "gratis nggak": whether there is a price asks for it, answered by "free" or an amount.)
  if (words.some((w, i) => (PRICE.has(w) || FREE.has(w)) && YES_NO.has(words[i + 1] ?? ''))) return 'amount';
  // ("how much was the rust workshop", "how much is membership": of a thing, not of a stuff, "how much data",
  // English asks its price with a verb of being or doing right after.)
  if (words.some((w, i) => w === 'how' && words[i + 1] === 'much' && HOW_MUCH_OF.has(words[i + 2] ?? ''))) return 'amount';
  const besideHow = (i: number) => HOW_MUCH.has(words[i - 1] ?? '') || HOW_MUCH.has(words[i + 1] ?? '');
  if (words.some((w, i) => CLOCK.has(w) && besideHow(i))) return 'time';
  if (words.some((w, i) => w === 'what' && words[i + 1] === 'time')) return 'time';
  if (words.some((w) => WHEN.has(w) && w !== 'when') || words[0] === 'when' || words[0] === "when's") return 'date or time';
  return null;
}

// A time of day: "pukul 19.00", "jam 7", "19:00", "19.00 WIB", "7 pm", "9:30 a.m.". Two digits after the
// separator, not followed by more: "12.500" and "1.500.000" are numbers, not times. Not "jam" after a number of
// one or two digits: "1 jam 30 menit" is a length of time ("6 Juni 2026 jam 9", "2026 pukul 9" give the time).
const CLOCK_TIME = /(?<![\p{L}\p{N}.,:])(?:(?:pukul|pkl|(?<!(?<!\p{N})\p{N}{1,2}\s*)jam)\s+\d{1,2}(?:[.:][0-5]\d)?|\d{1,2}[.:][0-5]\d(?!\d|[.,]\d)|\d{1,2}(?:[.:][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?![\p{L}\p{N}])/iu;
// A day: a month's name with a day beside it ("22 November", "November 22"), a date in numbers ("12/7",
// "12-07-2025"; a hyphen only with the year: "menang 3-1" is a score, "sesi 1-2" a range), or a day of the week
// (not "minggu", as often a week: "dua minggu sebelum acara").
const MONTH = `(?:${[...WRITTEN_MONTHS.keys()].join('|')})`;
const DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4}|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}\p{N}])`,
  'iu',
);
// An amount of money: "Rp50.000", "Rp 25 ribu", "IDR 30,000", "50rb", "50k", "$10", or none at all: "gratis",
// "free" (a word of its own: "freelance", "freedom" say nothing of a price).
const AMOUNT = /(?<![\p{L}\p{N}])(?:rp\.?\s?\d|idr\s?\d|\d+(?:[.,]\d+)*\s?(?:rb|ribu|jt|juta|k)(?![\p{L}\p{N}])|gratis|free(?![\p{L}\p{N}])|cuma-cuma)|[$€£]\s?\d/iu;

/** Whether a passage's text states what `type` asks for. */
export function statesAskedType(type: AskedType, text: string): boolean {
  if (type === 'amount') return AMOUNT.test(text);
  if (type === 'time') return CLOCK_TIME.test(text);
  return CLOCK_TIME.test(text) || DAY.test(text);
}

type Ranked = { passage: { docId: string; text: string }; coverage: number; paired?: true };

/**
 * `hits` with, in the places each write-up's passages hold, a passage that states what `type` asks for moved ahead
 * of the passages of the same write-up that match no more of the question than it does (`coverage`: the share of
 * the question a passage matches, leaving out the words that only name what is asked, "jam" of "jam berapa",
 * "bayar" of "bayar brp": the talk's "layanan pembayaran" says "bayar" and no price). Never ahead of a passage
 * that numbers what the question numbers (Hit.paired) when it does not. Other write-ups' places, and the order of
 * the rest, are unchanged: a tie-breaker within the write-up, not a score.
 */
export function askedTypeFirst<H extends Ranked>(hits: readonly H[], type: AskedType, coverage: (hit: H) => number): H[] {
  const places = groupBy(hits.keys(), (i) => hits[i]!.passage.docId);
  // (Read only where a write-up holds two places or more: a question ranks thousands of passages of reference
  // text, one a document.)
  const states = new Map<H, boolean>();
  const out = [...hits];
  for (const own of places.values()) {
    if (own.length < 2) continue;
    for (const i of own) states.set(hits[i]!, statesAskedType(type, hits[i]!.passage.text));
    if (!own.some((i) => states.get(hits[i]!))) continue;
    const ordered: H[] = [];
    for (const i of own) {
      const h = hits[i]!;
      let at = ordered.length;
      if (states.get(h)) {
        const mine = coverage(h);
        while (at > 0) {
          const before = ordered[at - 1]!;
          if (states.get(before) || (before.paired === true && h.paired !== true) || coverage(before) > mine + 1e-9) break;
          at -= 1;
        }
      }
      ordered.splice(at, 0, h);
    }
    own.forEach((place, k) => (out[place] = ordered[k]!));
  }
  return out;
}

/** Whether a question word only names what the question asks for (see askedTypeFirst): "jam" of "jam brp". */
export function isAskedTypeLabel(word: string, type: AskedType): boolean {
  return type === 'amount' ? PRICE.has(word) || FREE.has(word) : type === 'time' ? CLOCK.has(word) : false;
}
