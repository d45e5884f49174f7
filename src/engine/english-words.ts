// Indonesian words an English write-up's own words stand for, by the rules that spell them forwards: a loan's
// Indonesian spelling (cognates.ts: session → sesi, registration → registrasi, participants → partisipan) and an
// agent noun's peN- noun (agent-nouns.ts through the lexicon: speaker → pembicara, winner → pemenang), and, apart,
// the peN- noun of whoever did what a verb form says (spoke → pembicara, won → pemenang). FreeDict, read
// backwards, knows few of them (it has no English for "pembicara" or "sesi"), so an Indonesian question over
// English write-ups reaches such words by running those rules over the words the write-ups have, not by guessing
// English from Indonesian: every English word found is one the corpus has. A general table built from the corpus,
// never a list of words.

import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { cognates } from './cognates.ts';

export interface DerivedEnglish {
  /** Indonesian spelling → the English words of the corpus that give it, in the order the words were given. */
  spelled: ReadonlyMap<string, readonly string[]>;
  /** The corpus's English words that end as nouns made from verbs do (see nominalsOf). */
  nominals: readonly string[];
  /**
   * An Indonesian doer → the English verb forms of the corpus that say what the doer did ("pembicara" → spoke,
   * talked; "pemenang" → won), in the order the words were given: a write-up names a speaker by what they did as
   * often as by the noun. Kept apart from `spelled`, as weaker evidence than the noun (see search.ts).
   */
  doneBy: ReadonlyMap<string, readonly string[]>;
  /**
   * The same verb forms by the corpus's English agent noun of the doer ("speaker" → talked, through pembicara): a
   * question that asks for "the speaker" of a write-up that says only "Yusuf Hakim talked about …". Weaker
   * evidence than the noun, as `doneBy` is.
   */
  doneByNoun: ReadonlyMap<string, readonly string[]>;
}

/**
 * The endings English makes nouns of verbs with (register → registration, pay → payment, open → opening), what
 * Indonesian does with pe-…-an and ke-…-an (daftar → pendaftaran, bayar → pembayaran, buka → pembukaan).
 */
const NOMINAL = /(?:ation|ition|tion|sion|ment|ance|ence|ing|al)s?$/u;

/**
 * The table for `words` (an English write-up's distinct lowercase words): each word's cognates, and its agent
 * noun's Indonesian nouns when `agentNouns` is given (see Lexicon.agentNouns), mapped back to the word; in
 * `doneBy`, the doers' nouns of a verb form when `doerNouns` is given (see Lexicon.doerNouns), and in `doneByNoun`
 * the same verb forms by those nouns' English words. A word is never mapped to itself ("logo" is the same in both
 * languages and matches as written).
 */
export function derivedEnglish(
  words: Iterable<string>,
  agentNouns?: (english: string) => readonly string[],
  doerNouns?: (english: string) => readonly string[],
): DerivedEnglish {
  const out = new Map<string, string[]>();
  const doneBy = new Map<string, string[]>();
  const nominals: string[] = [];
  const add = (indonesian: string, english: string, to = out) => {
    if (indonesian === english) return;
    const list = to.get(indonesian);
    if (list === undefined) to.set(indonesian, [english]);
    else if (!list.includes(english)) list.push(english);
  };
  for (const word of words) {
    for (const c of cognates(word)) add(c, word);
    for (const n of agentNouns?.(word) ?? []) add(n, word);
    for (const n of doerNouns?.(word) ?? []) add(n, word, doneBy);
    if (NOMINAL.test(word)) nominals.push(word);
  }
  const doneByNoun = new Map<string, string[]>();
  for (const [doer, verbs] of doneBy) for (const noun of out.get(doer) ?? []) for (const verb of verbs) add(noun, verb, doneByNoun);
  return { spelled: out, nominals, doneBy, doneByNoun };
}

/**
 * The corpus's nouns made from an English verb: those that begin with its Porter stem and go on with a noun's
 * ending only ("register" → registration, whose own stem "registr" Porter does not connect to "regist"; "pay" →
 * payment). How an Indonesian pe-…-an noun, whose root the lexicon translates as a verb, reaches the English noun.
 */
export function nominalsOf(verb: string, derived: DerivedEnglish): string[] {
  if (!/^\p{L}{3,}$/u.test(verb)) return [];
  const stem = PorterStemmer.stem(verb);
  return derived.nominals.filter((w) => w.startsWith(stem) && NOMINAL.test(w) && w.replace(NOMINAL, '').length >= stem.length);
}

/**
 * The spellings an English verb's agent noun may have (speak → speaker, organize → organizer, win → winner): an
 * English write-up says "The speaker was …" where a question asks "who spoke", and Porter's stems do not connect
 * the two (speaker stays speaker). The caller keeps those the corpus has.
 */
export function agentNounSpellings(verb: string): string[] {
  if (!/^\p{Ll}{3,}$/u.test(verb) || verb.endsWith('er')) return [];
  const out = [verb.endsWith('e') ? `${verb}r` : `${verb}er`];
  // (A short verb ending consonant-vowel-consonant doubles its last letter: win → winner, run → runner.)
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(verb)) out.push(`${verb}${verb.at(-1)}er`);
  return out;
}

/**
 * The superlative spellings of an English adjective (fast → fastest, large → largest, early → earliest, big →
 * biggest): guesses, matched only where a write-up has them. None of a phrase.
 */
export function superlatives(adjective: string): string[] {
  if (!/^\p{Ll}{2,}$/u.test(adjective)) return [];
  if (adjective.endsWith('e')) return [`${adjective}st`];
  if (/[^aeiou]y$/u.test(adjective)) return [`${adjective.slice(0, -1)}iest`];
  const out = [`${adjective}est`];
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/u.test(adjective)) out.push(`${adjective}${adjective.at(-1)}est`);
  return out;
}

/** A noun made from a verb, with the verb's spelling before its ending (see familySpellings). */
const NOMINAL_ENDING = /^(\p{Ll}{3,}?)(ication|ation|ition|ment|ance|ence)s?$/u;
const LOWER_WORD = /^\p{Ll}{3,}$/u;

/**
 * Spellings of the same English word family that Porter's stems do not connect: a verb's nouns and a noun's verb
 * (application ↔ apply, registration ↔ register, invitation ↔ invite, payment ↔ pay, attendance ↔ attend). An
 * English write-up says "Apply by email before 31 May" where a question asks for "the application deadline", and
 * "Registration closes on 5 June" where one asks "until when can I register". Guesses by spelling rule, many of
 * them no word: the caller keeps those the corpus has.
 */
export function familySpellings(word: string): string[] {
  if (!LOWER_WORD.test(word)) return [];
  const out: string[] = [];
  const m = NOMINAL_ENDING.exec(word);
  if (m !== null) {
    const [, base, ending] = m as unknown as [string, string, string];
    if (ending === 'ication') out.push(`${base}y`, `${base}icate`);
    // (registration → register: the verb's -er drops its e before -ation.)
    else if (ending === 'ation' && base.endsWith('r')) out.push(base, `${base}e`, `${base.slice(0, -1)}er`);
    else out.push(base, `${base}e`);
  } else {
    // A verb's nouns: apply → application, register → registration, invite → invitation, pay → payment.
    const stem = word.endsWith('e') ? word.slice(0, -1) : word;
    if (word.endsWith('y')) out.push(`${word.slice(0, -1)}ication`);
    if (word.endsWith('er')) out.push(`${word.slice(0, -2)}ration`);
    out.push(`${stem}ation`, `${stem}ition`, `${word}ment`, `${stem}ance`, `${stem}ence`);
  }
  return out.filter((w) => w !== word && w.length >= 3);
}
