// What a stated amount is the amount of: the words beside it in its clause.
//
// "harga tiket riuh fest 2026" was answered by the 2026 call for bands, "a performance fee of USD 500 per band":
// an amount, the type asked, but a fee paid to bands, not a ticket's price. A write-up that states some amount
// told the confidence test (answer.ts's whichOnly) that it states the one asked. A sum is written beside what it
// prices, in its own clause: "HTM Rp 50.000", "tiket presale Rp 75rb", "Rp 25.000 per orang untuk pendaftaran",
// "Kaos hitam: Rp120.000". So an amount is of the thing asked where one of the words naming that thing (the
// question's, in any form the search reads it: a stem, a translation) stands within OWNER_REACH words of it, on the
// same side of a clause's end.

import { isStopword, stemsOf, tokenize, type RootReading } from './analyzer.ts';
import { amountsOtherThan } from './asked-type.ts';
import type { QueryGroup } from './search.ts';

/** How many words before or after an amount, in its clause, may name what it is the amount of. */
export const OWNER_REACH = 4;

/**
 * Where a clause ends: a sentence's end, a semicolon, a line's end, a table's cell. (Not a comma: "HTM presale
 * Rp35.000, OTS Rp50.000" prices one ticket twice; nor a bracket: "on the spot (OTS) Rp50.000".)
 */
const CLAUSE_END = /[;!?\n|]|\.\s/u;
const NO_NUMBERS: ReadonlySet<string> = new Set();

/**
 * Whether `text` states an amount of money within OWNER_REACH words of a word `names` accepts (a word as tokenize
 * normalises it, or one of its stems under `reading`), in the amount's clause; or one whose OWNER_REACH words before
 * it in its clause are nothing but a label of price or words `own` accepts (the write-up's title: "Biaya kelas
 * Rp150.000" of the writing class's write-up), the write-up's own price.
 */
export function statesAmountOf(names: (term: string) => boolean, text: string, reading?: RootReading, own: (word: string) => boolean = NONE): boolean {
  for (const [start, end] of amountsOtherThan(NO_NUMBERS, text)) {
    // (Not a number of the title, which names the event: "10K" of "Time Trial 10K" is a distance, no price. A
    // title's word, "Gratis" of "Workshop Gratis", is no number: a passage's "gratis" still says the price.)
    const said = tokenize(text.slice(start, end));
    if (said.length === 1 && DIGIT.test(said[0]!.norm) && own(said[0]!.norm)) continue;
    const before = clauseBefore(text, start);
    if (ownless(before, own) || namedBeside(names, before, true, reading) || namedBeside(names, clauseAfter(text, end), false, reading)) return true;
  }
  return false;
}

/**
 * Whether the OWNER_REACH words before an amount in its clause name nothing it is of: none, or only a label of price
 * ("Biaya: Rp 350rb/orang", "Costs: IDR 1,850,000", "Biaya acara sebesar Rp7.500.000"). Such a sum is the write-up's
 * own event's, whatever the question calls it: stated. (Not "a performance fee of USD 500": a fee of the
 * performance. Words further back are not read: "Sewa sound system untuk acara ini sebesar Rp 1.500.000" reads as
 * the event's own sum.)
 */
function ownless(clause: string, own: (word: string) => boolean): boolean {
  return tokenize(clause)
    .slice(-OWNER_REACH)
    .every((t) => isStopword(t.norm) || NOT_OWNERS.has(t.norm) || THE_EVENT.has(t.norm) || !LETTER.test(t.norm) || own(t.norm));
}
const NONE = (): boolean => false;
const LETTER = /\p{L}/u;
const DIGIT = /\d/u;
/**
 * Words that name the event a write-up is about and nothing else, or its own entry's price ("HTM", harga tiket
 * masuk: "HTM Rp35.000" for "berapa harga tiket meetup 8"): its sum is the write-up's own.
 */
const THE_EVENT: ReadonlySet<string> = new Set(['acara', 'acaranya', 'kegiatan', 'event', 'sebesar', 'senilai', 'yaitu', 'adalah', 'htm']);

/** The text of `text` before `at`, back to its clause's start. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(before.slice(i, i + 2))) {
      from = i + 1;
      break;
    }
  }
  return before.slice(from);
}

/** The text of `text` after `at`, up to its clause's end. */
function clauseAfter(text: string, at: number): string {
  const after = text.slice(at, at + 200);
  const end = after.search(CLAUSE_END);
  return end < 0 ? after : after.slice(0, end);
}

/** Whether one of the OWNER_REACH words of `clause` nearest the amount (its last ones if `before`) is named. */
function namedBeside(names: (term: string) => boolean, clause: string, before: boolean, reading?: RootReading): boolean {
  const tokens = tokenize(clause);
  const near = before ? tokens.slice(-OWNER_REACH) : tokens.slice(0, OWNER_REACH);
  return near.some((t) => names(t.norm) || stemsOf(t.norm, reading).some(names));
}

/**
 * Words that say only that a sum is asked, or per what, not what it is the sum of: "harga", "biaya", "fee", "per
 * bulan". (Not "tiket", "htm", "iuran", which say which payment: "tiket presale Rp 75rb".)
 */
const NOT_OWNERS: ReadonlySet<string> = new Set([
  'harga', 'hrg', 'harganya', 'biaya', 'biayanya', 'bayar', 'byr', 'bayarnya', 'ongkos', 'ongkosnya', 'tarif', 'tarifnya',
  'cost', 'costs', 'price', 'prices', 'fee', 'fees', 'pay', 'paid', 'much', 'dana', 'dananya', 'uang', 'uangnya', 'duit',
  'duitnya', 'money', 'funds', 'per', 'tiap', 'setiap', 'each', 'jam', 'hari', 'malam', 'minggu', 'bulan', 'tahun',
  'sesi', 'orang', 'hour', 'day', 'night', 'week', 'month', 'year', 'person',
]);
/** A number and nothing else, a year's or a count's: not "10K", "s2", which name a race, a season, as words do. */
const NUMBER_ONLY = /^\d+(?:[.,]\d+)*$/u;

/**
 * The question's words that may name what its amount is of, in every form the search reads them (surface forms,
 * stems, alternatives' forms): not the words NOT_OWNERS lists, nor a bare number. Null where none is left ("berapa
 * biayanya"): nothing to tie an amount to.
 */
export function ownerNames(groups: readonly Pick<QueryGroup, 'surface' | 'stems' | 'alternatives'>[]): ((term: string) => boolean) | null {
  const names = new Set<string>();
  for (const g of groups) {
    if (g.surface.some((w) => NOT_OWNERS.has(w) || NUMBER_ONLY.test(w))) continue;
    for (const w of [...g.surface, ...g.stems, ...g.alternatives.flatMap((a) => [...a.surface, ...a.stems])]) if (!NOT_OWNERS.has(w)) names.add(w);
  }
  return names.size === 0 ? null : (term) => names.has(term);
}
