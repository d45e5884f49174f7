// English → Indonesian translations for query expansion: members ask in English, the corpus is Indonesian.
// The data is generated from FreeDict's eng-ind dictionary and WordNet's exception lists by `npm run build-lexicon`
// (scripts/build-lexicon.ts) into data/lexicon-en-id.json; see data/LEXICON-LICENSE.md for their licences
// (CC-BY-SA-3.0; WordNet's) and attribution.
//
// The dictionary lists base forms only ("president", "announcement"), while questions use inflected ones
// ("presidents", "announced", "took"). Lookup therefore falls back, in this order, to:
//   1. the exact word, and when it is also an irregular form of another headword ("won" is Korea's currency and
//      the past of win; "judges" is the Book of Judges and the plural of judge) that headword's translations too;
//   2. the base of an irregular form ("took" → take), from WordNet's exception lists (see irregular.ts);
//   3. the base forms that English inflection rules give (plural -s/-es/-ies, -ed, -ing, -er/-est, possessive);
//   4. a headword with the same Porter stem, the one sharing the longest prefix with the word.
// No word-specific entries or rules exist anywhere in this file: every fallback is a general rule or table.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as englishStopwords } from 'natural/lib/natural/util/stopwords';
import { agentNounOf, isDoerNoun, isPerVerb } from './agent-nouns.ts';
import type { RootReading } from './analyzer.ts';
import { DataFileError } from './data-file-error.ts';
import { compareStrings, normalizeEnglish } from './freedict.ts';
import { lowerBound } from './lower-bound.ts';
import { loadThesaurus } from './thesaurus.ts';

/** English→Indonesian translations for query expansion. */
export interface Lexicon {
  /** Indonesian translations (lowercase single words or short phrases) of an English word; [] when unknown. */
  lookup(english: string): readonly string[];
  /**
   * The English headwords an Indonesian word translates back to, best first ("harga" → price): the same data read
   * the other way, for Indonesian questions over English write-ups. Optional: a lexicon without it leaves them
   * unexpanded.
   */
  english?(indonesian: string): readonly string[];
  /**
   * Which of `indonesian` (normalised words) some English headword that `accept` takes translates to: what asking
   * `english` of each and filtering its headwords by `accept` tells, in one pass over the dictionary, without
   * `english`'s backwards table (2 MB and ~45 ms for the shipped lexicon), which only a corpus with English
   * write-ups needs otherwise. Optional: without it, each word is asked of `english` (see content-stopwords.ts).
   */
  translatedFrom?(indonesian: ReadonlySet<string>, accept: (english: string) => boolean): Set<string>;
  /**
   * The English words an irregular form stands for, and the irregular forms of a base ("left" → leave, "leave" →
   * left, "won" → win): how an English question word reaches the other forms of itself in English write-ups, which
   * Porter's stems cannot connect. With `'forms'`, only the word's own forms ("leave" → left; "left" → none): for
   * a headword whose sense is known, as the English of an Indonesian word is ("kiri" is left, not the past of
   * leave). Optional: a lexicon without it leaves them unconnected.
   */
  irregularRelatives?(english: string, only?: 'forms'): readonly string[];
  /**
   * Indonesian agent nouns for an English one, derived rather than listed: "speaker" → pembicara (speak → bicara),
   * "trainer" → pelatih, "visitor" → pengunjung (see agent-nouns.ts), best first; [] for other words. Candidates:
   * the caller keeps those its corpus has. With `reading`, Indonesian roots are read as that corpus reads them
   * (see agentNounOf). Optional: a lexicon without it derives none.
   */
  agentNouns?(english: string, reading?: RootReading): readonly string[];
  /**
   * The Indonesian doers of an English verb form: "spoke" → pembicara (speak → bicara), "won" → pemenang, "taught"
   * → pengajar; [] for a word no verb headword gives. An English write-up names a speaker by what they did ("Budi
   * spoke about Rust") as often as by the noun, so an Indonesian question's "pembicara" reaches it (see
   * english-words.ts). Optional: a lexicon without it derives none.
   */
  doerNouns?(english: string, reading?: RootReading): readonly string[];
  /**
   * Indonesian for an English word the dictionary does not know in any form (lookup gives []), through the words
   * WordNet relates it to that the dictionary has ("hike" → walk → jalan; "fee" → cost → biaya; see
   * wordnet-related.ts): the first translations of each related word in turn, nearest first; [] for a word the
   * dictionary knows, or that WordNet relates to none of its words. Another word's senses, not this one's: weighed
   * below a translation (see RANKING.relatedWeight). Optional: a lexicon without it reads none.
   */
  related?(english: string): readonly string[];
  /**
   * Indonesian for an English word through other languages, that the dictionary does not give it: translations
   * that two bridge languages' WikDict dictionaries agree on ("start" → memulai, mulai, where FreeDict has only
   * menjalankan; "volunteer" → relawan; see pivot.ts), for the headword the word resolves to, else for the word or
   * the first of its forms that has some. Two dictionaries' guesses agreeing, not a translation: weighed below one
   * (see RANKING.relatedWeight). Optional: a lexicon without it reads none.
   */
  bridged?(english: string): readonly string[];
  /**
   * Whether the word is English that the lexicon knows: the dictionary reads it in some form, or WordNet lists it
   * (with readings or, as "volunteer", with none the dictionary has). A word it does not know may be a name typed
   * in lower case ("golang"). Optional: a lexicon without it knows only what lookup reads.
   */
  knows?(english: string): boolean;
  /**
   * Indonesian synonyms of an Indonesian word, from LibreOffice's Indonesian thesaurus ("juara" → pemenang; see
   * thesaurus.ts), first senses first, each sense's words in the file's order (alphabetical: no best first); [] for
   * a word it lacks. Another word, not a translation: weighed below the word itself (see RANKING.synonymWeight).
   * Optional: a lexicon without it reads none.
   */
  synonyms?(indonesian: string): readonly string[];
  /**
   * The one-word headwords longer than `prefix` that begin with it, in order ("regis" → register): what a word
   * clipped in chat may stand for (see SearchIndex.#clippedEnglish). Optional: a lexicon without it reads none.
   */
  beginning?(prefix: string): readonly string[];
  readonly size: number;
}

/**
 * How a word was found: as a headword, as an irregular form, through an inflection rule, through its Porter stem, or
 * as a phrasal verb's noun written joined ("cleanup" → clean).
 */
export type LexiconMatchKind = 'exact' | 'irregular' | 'inflection' | 'stem' | 'joined';

export interface LexiconMatch {
  /** The dictionary headword whose translations are returned. */
  headword: string;
  via: LexiconMatchKind;
  /**
   * Best first (see buildLexiconEntries), at most as many as the data file holds (6) per headword. A headword that
   * is also an irregular form has its own and its bases' translations taken in turn ("left": kiri, cuti, …), so
   * that the first few of either reading survive a cap on how many are tried.
   */
  translations: readonly string[];
}

/** The lexicon this module builds: a Lexicon that can also say how it matched (e.g. to weight stem matches lower). */
export interface DictionaryLexicon extends Lexicon {
  resolve(english: string): LexiconMatch | null;
  related(english: string): readonly string[];
  bridged(english: string): readonly string[];
  knows(english: string): boolean;
}

/**
 * The data file's shape. `entries` maps lowercase English headwords to their translations, best first, packed
 * into one string joined with `|` ("country": "negara|bangsa|desa"); `stems` maps a Porter stem to headwords,
 * and `irregular` an irregular form to its base headwords ("took": "take"; also a headword's, "won": "win", and a
 * plural the dictionary has only as a name, "judges": "judge"), packed the same way. Packed strings
 * parse about twice as fast as arrays, which keeps start-up short; they are split on first use.
 */
export interface LexiconFile {
  meta: Record<string, unknown>;
  entries: Record<string, string>;
  stems: Record<string, string>;
  irregular: Record<string, string>;
  /**
   * Single-word headwords with a verb entry → the translations of their verb entries only ("train": "gembleng|
   * latih"), packed the same way: what an English agent noun's verb means (see agentNouns).
   */
  verbs: Record<string, string>;
  /**
   * English words the dictionary does not know in any form, of the senses WordNet's tagged corpus saw → the
   * headwords WordNet relates them to, nearest first ("hike": "walk|lift"), packed the same way (see
   * wordnet-related.ts and Lexicon.related).
   */
  related: Record<string, string>;
  /**
   * English words → the Indonesian that bridge languages agree on and the dictionary does not give them
   * ("start": "memulai|awal|meluncurkan|mulai"), packed the same way (see pivot.ts and Lexicon.bridged).
   */
  bridged: Record<string, string>;
}

/** The sections of a data file that map words to packed lists. */
const SECTIONS = ['entries', 'stems', 'irregular', 'verbs', 'related', 'bridged'] as const;

/** Separates packed translations; the cleaner never leaves it inside a translation. */
export const PACK_SEPARATOR = '|';

/** A headword of letters alone: one word, no phrase or hyphen (see Lexicon.beginning). */
const ONE_WORD = /^\p{L}+$/u;

type Translations = readonly string[] | string;

const NOTHING: readonly string[] = Object.freeze([]);
const STOPWORDS = new Set(englishStopwords);
/** Translations taken from each related headword (see Lexicon.related). */
const RELATED_TRANSLATIONS = 2;
/**
 * Bridged translations (see Lexicon.bridged) are read only for a word the dictionary gives at most this many: one
 * translation is one sense, and the sense a question means is often another ("start" is only menjalankan,
 * "treasurer" only menteri keuangan); a word given several has its common senses already, and bridged ones add
 * rarer senses that other passages write. Measured with the bridged senses read for words given at most 0, 1, 2,
 * 3 and any number of translations: squad-en-id MRR@10 0.765, 0.775, 0.772, 0.772, 0.772 (0.765 without them);
 * the expat-club persona set 0.779, 0.792, 0.788, 0.788, 0.788 (0.763); facqa, tydiqa-id and the forum unmoved.
 */
const BRIDGED_MAX_OWN = 1;
/** Shorter base forms are too ambiguous to trust ("us" from "used", "bu" from "bus"). */
const MIN_BASE_LENGTH = 3;
// (Module-level: read for every English word of a question; see docs/retrieval.md on tsx.)
const LETTERS_ONLY = /^\p{L}+$/u;
const LETTERS_MAYBE_POSSESSIVE = /^\p{L}+(?:'s?)?$/u;

export interface LexiconTables {
  /**
   * The Porter index of the headwords (see buildStemIndex). The data file carries it precomputed, because
   * stemming ten thousand headwords takes about 50 ms, too slow for start-up or for a first question. Without it,
   * it is computed here, which is right for the small maps of tests.
   */
  stems?: Record<string, readonly string[]>;
  /** Irregular form → base headwords (see irregular.ts); none by default. */
  irregular?: Record<string, readonly string[]>;
  /** Verb headword → the translations of its verb senses (see LexiconFile.verbs); none by default. */
  verbs?: Record<string, readonly string[]>;
  /** English word the dictionary lacks → related headwords (see LexiconFile.related); none by default. */
  related?: Record<string, readonly string[]>;
  /** English word → bridged translations (see LexiconFile.bridged); none by default. */
  bridged?: Record<string, readonly string[]>;
}

/** Builds a lexicon from `english → translations` (keys are normalised; translations are used as given). */
export function createLexicon(entries: Record<string, readonly string[]>, tables: LexiconTables = {}): DictionaryLexicon {
  const map = new Map<string, Translations>();
  for (const [key, translations] of Object.entries(entries)) {
    const normalized = normalizeEnglish(key);
    if (normalized === '' || translations.length === 0) continue;
    const existing = map.get(normalized) as readonly string[] | undefined;
    map.set(normalized, Object.freeze(existing ? [...new Set([...existing, ...translations])] : [...translations]));
  }
  // Normalised like the headwords, so that a base matches its headword whatever the caller's case.
  const irregular = new Map(
    Object.entries(tables.irregular ?? {}).map(([form, bases]) => [normalizeEnglish(form), bases.map(normalizeEnglish)]),
  );
  const verbs = new Map(Object.entries(tables.verbs ?? {}).map(([verb, translations]) => [normalizeEnglish(verb), translations]));
  const related = new Map(Object.entries(tables.related ?? {}).map(([word, headwords]) => [normalizeEnglish(word), headwords.map(normalizeEnglish)]));
  const bridged = new Map(Object.entries(tables.bridged ?? {}).map(([word, translations]) => [normalizeEnglish(word), translations]));
  return lexiconOver(map, new Map(Object.entries(tables.stems ?? buildStemIndex(map.keys()))), irregular, verbs, related, bridged);
}

/**
 * The lookup logic over normalised maps (createLexicon normalises; the generated file already is).
 * Values may be packed strings (from the data file), unpacked once on first use: that memo is bounded by the
 * dictionary's size, so it cannot grow with traffic.
 */
function lexiconOver(
  map: Map<string, Translations>,
  byStem: ReadonlyMap<string, Translations>,
  irregular: ReadonlyMap<string, Translations>,
  verbs: ReadonlyMap<string, Translations>,
  relatedWords: ReadonlyMap<string, Translations>,
  bridgedWords: ReadonlyMap<string, Translations> = new Map(),
): DictionaryLexicon {
  const unpack = (value: Translations): readonly string[] =>
    typeof value === 'string' ? Object.freeze(value.split(PACK_SEPARATOR)) : value;

  /** Headwords whose Porter stem is `stem`: the index, plus the stem itself when it is its own stem. */
  const headwordsWithStem = (stem: string): string[] => {
    const indexed = byStem.get(stem);
    const sharing = (indexed === undefined ? [] : unpack(indexed)).filter((headword) => map.has(headword));
    if (map.has(stem) && PorterStemmer.stem(stem) === stem) sharing.push(stem);
    return sharing;
  };

  const match = (headword: string, via: LexiconMatchKind): LexiconMatch => {
    const stored = map.get(headword)!;
    const translations = unpack(stored);
    if (stored !== translations) map.set(headword, translations);
    return { headword, via, translations };
  };

  /** The headwords an irregular form (a single word) stands for, itself left out. */
  const basesOf = (word: string): readonly string[] => {
    const bases = irregular.get(word);
    return bases === undefined ? NOTHING : unpack(bases).filter((b) => b !== word && map.has(b));
  };

  // A headword that is also an irregular form: its translations and its bases' in turn, computed once per word
  // (bounded by the table's size, as the unpacking memo is).
  const merged = new Map<string, readonly string[]>();
  const exact = (word: string): LexiconMatch => {
    const own = match(word, 'exact');
    if (STOPWORDS.has(word)) return own; // a function word is never read as another word's form (see below)
    let translations = merged.get(word);
    if (translations === undefined) {
      // A form whose own translations already share one with a base is translated in that sense already ("born" is
      // lahir, as bear is): adding the base's others would only bring its other senses (bear, the animal:
      // beruang).
      const bases = basesOf(word)
        .map((b) => match(b, 'exact').translations)
        .filter((theirs) => !theirs.some((t) => own.translations.includes(t)));
      translations = bases.length === 0 ? own.translations : Object.freeze(interleave([own.translations, ...bases]));
      merged.set(word, translations);
    }
    return translations === own.translations ? own : { ...own, translations };
  };

  const resolve = (english: string): LexiconMatch | null => {
    const word = normalizeEnglish(english);
    if (word === '') return null;
    if (map.has(word)) return exact(word);
    // Function words ("does", "was") are not inflections of content words ("doe", "wa"): exact matches only.
    const lastSpace = word.lastIndexOf(' ');
    const last = word.slice(lastSpace + 1);
    if (STOPWORDS.has(last)) return null;
    const prefix = word.slice(0, lastSpace + 1);
    // Before the spelling rules, which would read "better" as bet + -er.
    const irregularBases = irregular.get(last);
    if (irregularBases !== undefined) {
      for (const base of unpack(irregularBases)) if (map.has(prefix + base)) return match(prefix + base, 'irregular');
    }
    for (const base of baseFormCandidates(last)) {
      if (map.has(prefix + base)) return match(prefix + base, 'inflection');
    }
    if (lastSpace >= 0 || !LETTERS_ONLY.test(word)) return null;
    const stem = PorterStemmer.stem(word);
    if (stem.length < MIN_BASE_LENGTH) return null;
    // Not a headword a letter away: Porter cuts "venue" (-e) and "venus" (-s, read as a plural) to the same stem,
    // but a word that differs from a headword in its last letter only, not as an ending of a form, is another word
    // a typo away, not a form of it (a form adds or swaps an ending: organizing → organization, produced →
    // producer). (Nor for the word's forms: "venues" is venue's.)
    const forms = [word, ...baseFormCandidates(word)];
    const sharing = headwordsWithStem(stem).filter((h) => !forms.some((w) => lastLetterApart(w, h)));
    if (sharing.length > 0) return match(closestHeadword(word, sharing), 'stem');
    // A phrasal verb's noun written joined, "cleanup", "workout", or its plural, "cleanups": the verb's sense, which
    // FreeDict has. Not where WordNet reads the word itself (a pickup is a truck, a kickoff a start: see related).
    for (const form of forms) {
      const particle = JOINED_PARTICLES.find((p) => form.endsWith(p) && form.length - p.length >= 3);
      if (particle === undefined) continue;
      if (relatedWords.has(form) && unpack(relatedWords.get(form)!).some((h) => map.has(h))) return null;
      const verb = form.slice(0, -particle.length);
      if (map.has(verb)) return match(verb, 'joined');
    }
    return null;
  };

  // Built on the first Indonesian question over English passages, not at start-up: most corpora never need it.
  let reverse: Map<string, readonly string[]> | null = null;
  const english = (indonesian: string): readonly string[] => {
    reverse ??= reverseEntries(map, unpack);
    return reverse.get(indonesian.normalize('NFKC').toLowerCase()) ?? NOTHING;
  };

  // The same headwords as the backwards table's (see reverseEntries), read for a few words without building it.
  const translatedFrom = (indonesian: ReadonlySet<string>, accept: (english: string) => boolean): Set<string> => {
    const out = new Set<string>();
    for (const [headword, stored] of map) {
      if (STOPWORDS.has(headword) || !accept(headword)) continue;
      for (const translation of unpack(stored)) if (indonesian.has(translation)) out.add(translation);
    }
    return out;
  };

  // Base → its irregular forms, built on first use from the same table.
  let forms: Map<string, string[]> | null = null;
  const irregularRelatives = (english: string, only?: 'forms'): readonly string[] => {
    const word = normalizeEnglish(english);
    if (forms === null) {
      forms = new Map();
      for (const form of irregular.keys()) {
        for (const base of basesOf(form)) {
          const list = forms.get(base);
          if (list) list.push(form);
          else forms.set(base, [form]);
        }
      }
    }
    const out = [...(only === 'forms' ? [] : [...basesOf(word), ...manSingular(word, map)]), ...(forms.get(word) ?? []), ...menPlural(word)];
    return out.length === 0 ? NOTHING : [...new Set(out)];
  };

  // From the verb senses of the base's own headword only: not an adjective's (larger is no doer of large), nor a
  // noun's (a trainer is no train: kereta), nor through an irregular form (a founder founds, never finds) or a
  // Porter stem, which would stack a guess on a guess.
  const agentNouns = (english: string, reading?: RootReading): readonly string[] => {
    const word = normalizeEnglish(english);
    if (!LETTERS_MAYBE_POSSESSIVE.test(word) || STOPWORDS.has(word)) return NOTHING;
    const base = agentBases(word).find((b) => verbs.has(b) && !STOPWORDS.has(b));
    if (base === undefined) return NOTHING;
    // A word the dictionary lists with no doer among its senses is no agent noun, only spelled like one: a mayor
    // (wali kota) is no one who "may" (pendapat, an opinion), a shower (dus) no one who shows (penampil), a career
    // (karier) no one who cares (pembina), a governor (gubernur) no one who governs (pemerintah). FreeDict lists
    // the doers it knows as pe(N)- nouns (speaker: penutur, worker: pekerja); a word it lacks is derived as
    // before.
    const own = map.get(word.replace(/'s?$/, '').replace(/(er|or)s$/, '$1'));
    if (own !== undefined && !unpack(own).some(isDoerNoun)) return NOTHING;
    return doersOf(unpack(verbs.get(base)!), reading);
  };

  // From the verb senses of the form's own headword, or of the base its irregular form or its ending gives (spoke
  // → speak, talked → talk): never a noun's senses, as for agentNouns.
  const doerNouns = (english: string, reading?: RootReading): readonly string[] => {
    const word = normalizeEnglish(english);
    if (!LETTERS_ONLY.test(word) || STOPWORDS.has(word)) return NOTHING;
    const base = [word, ...basesOf(word), ...baseFormCandidates(word)].find((b) => verbs.has(b) && !STOPWORDS.has(b));
    if (base === undefined) return NOTHING;
    // (Not a regular form the dictionary lists as a word of its own with no verb sense, a noun: "the CoHive
    // building" says nothing of who built it, nor "the meeting" of who met. An irregular form is the verb's,
    // whatever else it spells: "won" is also a currency.)
    if (base !== word && map.has(word) && !verbs.has(word) && !irregular.has(word)) return NOTHING;
    // (Not a per- verb's: "mempelajari" of study, or the bare "pelajari" of read, is no pengajar, the teacher,
    // whose root the stemmer leaves: see isPerVerb.)
    return doersOf(unpack(verbs.get(base)!).filter((t) => !isPerVerb(t, reading)), reading);
  };

  // Only for a word resolve cannot read at all, as written or through a form of it ("hikes", "hiking" → hike).
  // The first RELATED_TRANSLATIONS of each related headword, in turn: its best senses, not a long tail of one.
  const related = (english: string): readonly string[] => {
    const word = normalizeEnglish(english);
    if (!LETTERS_ONLY.test(word) || STOPWORDS.has(word) || resolve(word) !== null) return NOTHING;
    // (The first form with readings: "used", an adjective WordNet relates to nothing the dictionary has, is read
    // as a form of "use".)
    const headwords =
      [word, ...baseFormCandidates(word)]
        .map((w) => (relatedWords.has(w) ? unpack(relatedWords.get(w)!).filter((h) => map.has(h)) : []))
        .find((hs) => hs.length > 0) ?? [];
    if (headwords.length === 0) return NOTHING;
    return interleave(headwords.map((h) => match(h, 'exact').translations.slice(0, RELATED_TRANSLATIONS)));
  };

  // The headword's own, as resolve reads the word ("started" → start); for a word it cannot read, or reads only as
  // another headword with its Porter stem ("collect" as collective), the word's or its first form's that has some
  // ("volunteers" → volunteer), else that headword's. Less what the translations already give, and only for a word
  // they give one sense or none, as read (see BRIDGED_MAX_OWN), or none of its own: a headword read only through
  // its Porter stem ("calculate" as calculator: kalkulator, penghitung, mesin hitung) gives the word no sense, so
  // however many that headword has, the word's own bridged senses are read (menghitung); the headword's own only
  // as the gate allows.
  const bridged = (english: string): readonly string[] => {
    const word = normalizeEnglish(english);
    if (word === '' || STOPWORDS.has(word)) return NOTHING;
    const read = resolve(word);
    const several = read !== null && read.translations.length > BRIDGED_MAX_OWN;
    if (several && read.via !== 'stem') return NOTHING;
    const itself = read !== null && read.via !== 'stem' && read.via !== 'joined';
    const last = word.slice(word.lastIndexOf(' ') + 1);
    const prefix = word.slice(0, word.length - last.length);
    const irregularBases = irregular.get(last);
    const keys = itself
      ? [read.headword]
      : [
          word,
          ...(irregularBases === undefined ? [] : unpack(irregularBases)).map((b) => prefix + b),
          ...baseFormCandidates(last).map((b) => prefix + b),
          ...(read === null || several ? [] : [read.headword]),
        ];
    const key = keys.find((k) => bridgedWords.has(k));
    if (key === undefined) return NOTHING;
    const own = read?.translations ?? NOTHING;
    return unpack(bridgedWords.get(key)!).filter((t) => !own.includes(t));
  };

  const knows = (english: string): boolean => {
    const word = normalizeEnglish(english);
    return resolve(word) !== null || [word, ...baseFormCandidates(word)].some((w) => relatedWords.has(w));
  };

  /** The one-word headwords, sorted (by code unit), for `beginning`: made on first use. */
  let oneWord: string[] | null = null;
  const beginning = (prefix: string): readonly string[] => {
    oneWord ??= [...map.keys()].filter((k) => ONE_WORD.test(k)).sort();
    const out: string[] = [];
    for (let i = lowerBound(oneWord, prefix); i < oneWord.length && oneWord[i]!.startsWith(prefix); i++) if (oneWord[i]!.length > prefix.length) out.push(oneWord[i]!);
    return out;
  };

  return {
    size: map.size,
    resolve,
    beginning,
    related,
    bridged,
    knows,
    agentNouns,
    doerNouns,
    lookup: (english) => resolve(english)?.translations ?? NOTHING,
    english,
    translatedFrom,
    irregularRelatives,
  };
}

/** Particles a phrasal verb's noun ends in, written joined ("cleanup", "workout"): see resolve. */
const JOINED_PARTICLES = ['up', 'out', 'off', 'down', 'over', 'away'];

/** The lists' items taken in turn (first of each, then second of each, …), each once. */
function interleave(lists: ReadonlyArray<readonly string[]>): string[] {
  const out = new Set<string>();
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) out.add(list[i]!);
  return [...out];
}

/**
 * Indonesian translation → the English headwords that list it, best first: those that list it earlier among their
 * translations (where it is the headword's main sense, not a far one: "orang" is first for "people" and last for
 * "finn"), then shorter headwords (a word before a phrase), then in code-point order, so the order never depends on
 * the data file's. English function words are left out, as the forward lookup never translates them either.
 */
function reverseEntries(
  map: ReadonlyMap<string, Translations>,
  unpack: (value: Translations) => readonly string[],
): Map<string, readonly string[]> {
  const found = new Map<string, Array<{ headword: string; rank: number }>>();
  for (const [headword, stored] of map) {
    if (STOPWORDS.has(headword)) continue;
    unpack(stored).forEach((translation, rank) => {
      const list = found.get(translation);
      if (list) list.push({ headword, rank });
      else found.set(translation, [{ headword, rank }]);
    });
  }
  const out = new Map<string, readonly string[]>();
  for (const [translation, list] of found) {
    list.sort((a, b) => a.rank - b.rank || a.headword.length - b.headword.length || compareStrings(a.headword, b.headword));
    out.set(translation, Object.freeze(list.map((x) => x.headword)));
  }
  return out;
}

/**
 * Porter stem → the single-word headwords with that stem, leaving out headwords that are their own stem
 * (the lookup checks those directly), so the index stays small. Keys and lists are sorted.
 */
export function buildStemIndex(headwords: Iterable<string>): Record<string, string[]> {
  const index = new Map<string, string[]>();
  for (const headword of headwords) {
    if (!/^\p{L}+$/u.test(headword)) continue; // a phrase's stem would be only its last word's
    const stem = PorterStemmer.stem(headword);
    if (stem === headword || stem.length < MIN_BASE_LENGTH) continue;
    const list = index.get(stem);
    if (list) list.push(headword);
    else index.set(stem, [headword]);
  }
  const result: Record<string, string[]> = {};
  for (const stem of [...index.keys()].sort(compareStrings)) result[stem] = index.get(stem)!.sort(compareStrings);
  return result;
}

/** The peN- nouns of a verb's Indonesian translations (see agentNounOf), each once; none when no rule gives one. */
function doersOf(translations: readonly string[], reading?: RootReading): readonly string[] {
  const nouns = translations.map((t) => agentNounOf(t, reading)).filter((n): n is string => n !== null);
  return nouns.length === 0 ? NOTHING : [...new Set(nouns)];
}

/**
 * Whether two words differ in their last letter only, and not as endings of English forms do (produced, producer,
 * produces; study, studi-: Porter's y → i): "venue" and "venus", another word a typo away.
 */
function lastLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || a.slice(0, -1) !== b.slice(0, -1)) return false;
  const pair = new Set([a.at(-1), b.at(-1)]);
  const ending = (letters: string) => [...pair].every((l) => letters.includes(l!));
  return !ending('drs') && !ending('iy');
}

/**
 * Among headwords sharing the word's Porter stem, the one sharing the longest prefix with it
 * ("organizing": organization over organ), then the shorter, then the first in code-point order.
 */
function closestHeadword(word: string, headwords: readonly string[]): string {
  let best = headwords[0]!;
  let bestPrefix = commonPrefixLength(word, best);
  for (const candidate of headwords.slice(1)) {
    const prefix = commonPrefixLength(word, candidate);
    if (
      prefix > bestPrefix ||
      (prefix === bestPrefix && (candidate.length < best.length || (candidate.length === best.length && candidate < best)))
    ) {
      best = candidate;
      bestPrefix = prefix;
    }
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const VOWEL = /[aeiou]/;

/**
 * A stem left by removing -ed/-ing/-er/-est that ends consonant-vowel-consonant and has one syllable had a
 * silent e (hoped → hope), because English doubles that consonant otherwise (hopped → hop).
 */
function wantsSilentE(stem: string): boolean {
  if (!CVC_END.test(stem)) return false;
  // (match with a global expression reads from the start whatever lastIndex says: one expression serves all.)
  const vowelGroups = stem.match(VOWEL_GROUPS) ?? [];
  return vowelGroups.length === 1;
}

const CVC_END = /[^aeiou][aeiou][^aeiouwxy]$/;
const VOWEL_GROUPS = /[aeiouy]+/g;

/** "stopp" → "stop": the doubled final consonant of stopped, running, bigger. */
function undouble(stem: string): string | null {
  const m = DOUBLED_END.exec(stem);
  return m ? stem.slice(0, -1) : null;
}

const DOUBLED_END = /([^aeiou])\1$/;

/**
 * Base forms an inflected English word may come from, most likely first, by the regular rules of English
 * spelling: plurals and third person (-s, -es, -ies), past (-ed, -ied), gerund (-ing), comparison (-er, -est,
 * -ier, -iest) and the possessive. Irregular forms (went, children) are not guessed.
 */
export function baseFormCandidates(word: string): string[] {
  // (No helper made per call: under tsx each one made is also named, and English questions ask this of every
  // word, often several times over.)
  const out: string[] = [];

  // Possessives: "president's", "members'".
  const possessive = withoutSuffix(word, "'s") ?? withoutSuffix(word, "'");
  if (possessive !== null) {
    addBase(out, word, possessive);
    for (const base of baseFormCandidates(possessive)) addBase(out, word, base);
    return out;
  }

  let stem: string | null;
  // women, chairmen → woman, chairman: WordNet's lemmatizer has this rule rather than listing the plurals. (Not
  // after one letter: an omen is no Oman.)
  if ((stem = withoutSuffix(word, 'men')) !== null && stem.length >= 2) addBase(out, word, stem + 'man');
  if ((stem = withoutSuffix(word, 'ies')) !== null) addBase(out, word, stem + 'y');
  if ((stem = withoutSuffix(word, 'es')) !== null) {
    // boxes, churches, buses: -es after a sibilant; otherwise (houses, themes) the -s alone is the ending.
    if (SIBILANT_END.test(stem)) addBase(out, word, stem);
    addBase(out, word, stem + 'e');
    addBase(out, word, stem);
  } else if ((stem = withoutSuffix(word, 's')) !== null && !NO_PLURAL_S_END.test(word)) {
    addBase(out, word, stem);
  }
  if ((stem = withoutSuffix(word, 'ied')) !== null) addBase(out, word, stem + 'y');
  if ((stem = withoutSuffix(word, 'ed')) !== null) addVerbal(out, word, stem);
  if ((stem = withoutSuffix(word, 'ing')) !== null && VOWEL.test(stem)) addVerbal(out, word, stem);
  if ((stem = withoutSuffix(word, 'iest')) !== null || (stem = withoutSuffix(word, 'ier')) !== null) addBase(out, word, stem + 'y');
  if ((stem = withoutSuffix(word, 'est')) !== null || (stem = withoutSuffix(word, 'er')) !== null) addVerbal(out, word, stem);
  return out;
}

const SIBILANT_END = /(s|x|z|ch|sh)$/;
const NO_PLURAL_S_END = /(ss|us|is)$/;

/** baseFormCandidates's list gains `base`: long enough, not the word itself, not there already. */
function addBase(out: string[], word: string, base: string | null): void {
  if (base !== null && base.length >= MIN_BASE_LENGTH && base !== word && !out.includes(base)) out.push(base);
}

/** The word without `suffix`, or null when it does not end so. */
function withoutSuffix(word: string, suffix: string): string | null {
  return word.endsWith(suffix) ? word.slice(0, -suffix.length) : null;
}

/** -ed/-ing/-er/-est: launched → launch, announced → announce, stopped → stop, hoped → hope. */
function addVerbal(out: string[], word: string, base: string): void {
  if (wantsSilentE(base)) addBase(out, word, base + 'e');
  addBase(out, word, base);
  addBase(out, word, undouble(base));
  addBase(out, word, base + 'e');
}

/**
 * The verbs an English agent noun may be formed on, most likely first, by the same spelling rules: speaker →
 * speak, winner → win, writer → write, carrier → carry, visitor → visit, moderator → moderate; plurals and
 * possessives too ("speakers", "speaker's"). [] for a word that does not end in -er or -or.
 */
export function agentBases(word: string): string[] {
  const singular = word.replace(/'s?$/, '').replace(/(er|or)s$/, '$1');
  if (singular.endsWith('er')) return baseFormCandidates(singular);
  if (singular.endsWith('or')) {
    const stem = singular.slice(0, -2);
    return stem.length >= MIN_BASE_LENGTH ? [stem, stem + 'e'] : [];
  }
  return [];
}

let shipped: DictionaryLexicon | null = null;

/** Loads the shipped lexicon (data/lexicon-en-id.json), once; synchronous so start-up stays simple. */
export function loadLexicon(): DictionaryLexicon {
  if (shipped) return shipped;
  const url = new URL('../../data/lexicon-en-id.json', import.meta.url);
  const file = readLexiconFile(fileURLToPath(url));
  // The generator wrote normalised, unique keys: build the maps directly, skipping createLexicon's clean-up,
  // so that start-up stays well under 50 ms.
  shipped = {
    ...lexiconOver(
      new Map(Object.entries(file.entries)),
      new Map(Object.entries(file.stems)),
      new Map(Object.entries(file.irregular)),
      new Map(Object.entries(file.verbs)),
      new Map(Object.entries(file.related)),
      new Map(Object.entries(file.bridged)),
    ),
    // (Read on the first question word a corpus lacks, not here: indexing never waits for it.)
    synonyms: (word) => loadThesaurus().synonyms(word),
  };
  return shipped;
}

/** Reads and checks a lexicon data file; errors name the file and what is wrong with it. */
export function readLexiconFile(path: string): LexiconFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataFileError(`cannot read the lexicon ${path}: ${(err as Error).message} (regenerate it with npm run build-lexicon)`);
  }
  const file = (data && typeof data === 'object' ? data : {}) as Partial<LexiconFile>;
  for (const section of SECTIONS) {
    const value: unknown = file[section];
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new DataFileError(`the lexicon ${path} has no "${section}" object (regenerate it with npm run build-lexicon)`);
    }
    for (const key in value) {
      const packed = (value as Record<string, unknown>)[key];
      // (A related word may have no readings: an English word WordNet relates to nothing the dictionary has.)
      if (typeof packed !== 'string' || (packed === '' && section !== 'related')) {
        throw new DataFileError(`the lexicon ${path}: ${section} ${JSON.stringify(key)} is not a non-empty string`);
      }
    }
  }
  return { meta: file.meta ?? {}, entries: file.entries!, stems: file.stems!, irregular: file.irregular!, verbs: file.verbs!, related: file.related!, bridged: file.bridged! };
}

/**
 * The -men plural of a -man word ("woman" → women, "chairman" → chairmen), which WordNet's lemmatizer reads by
 * rule rather than listing it (see baseFormCandidates), so the irregular table lacks it: without it the English of
 * "perempuan" (woman) never reached a write-up's "Women in Tech". Not after one letter, as baseFormCandidates reads
 * it back; a plural guessed for a word that has another ("humen") is only a form no passage writes.
 */
function menPlural(word: string): readonly string[] {
  return word.length >= 5 && word.endsWith('man') ? [`${word.slice(0, -3)}men`] : NOTHING;
}

/** The -man headword a -men plural stands for ("women" → woman; not "omen", "semen": no such headword). */
function manSingular(word: string, headwords: ReadonlyMap<string, unknown>): readonly string[] {
  if (word.length < 5 || !word.endsWith('men')) return NOTHING;
  const base = `${word.slice(0, -3)}man`;
  return headwords.has(base) ? [base] : NOTHING;
}

