// Which root a meN-/peN- (or ber-/per-/ter-/pe-) word is read as, when the Indonesian stemmer's reading has
// nothing in the corpus behind it.
//
// meN- and peN- swallow the first consonant of many roots (k, p, t, s: kunjung → mengunjungi, pungut → memungut),
// so "mengunjungi" can be meng- + unjung or meng- + kunjung. natural's stemmer (Sastrawi's rules) tries the
// readings in a fixed order and keeps the first whose root is in its dictionary: "unjung", a word of its own, wins
// over "kunjung", and "mengunjungi" never met "kunjungan" or "berkunjung". Its dictionary cannot tell the two
// apart; the corpus can: a root it derives other words from without ambiguity ("kunjungan", "dikunjungi") is the
// one its writers use. So a reading is changed only when the stemmer's root has no such word in the corpus and
// another reading's root has: the stemmer's order still decides whenever the corpus says nothing. The same holds
// for the r of ber-, per- and ter- before a vowel ("perawatan": per- + awat or pe- + rawat).
//
// Only derived words count as evidence, not the bare root: "kelak", "pakar" or "bir" written as words of their
// own say nothing about "mengelak", "pemakar" or "mengebiri" (measured on the dev corpora's words: counting bare
// roots switched those, and "memang", "menara" to "mang", "tara"; the dictionary's own words are never re-read).
// The words changed are few (25 of facqa's lower-case words, 80 of tydiqa-id's, 45 of squad-en-id's), nearly all
// for the better: memasuki → masuk, menikah → nikah, perawatan → rawat, berupa → rupa, penyelidikan → selidik,
// peperangan → perang, pemrosesan → proses. The
// misses seen: "berapi" (gunung berapi) → rapi rather than api, and menobatkan → tobat where nobat had no derived
// word in squad-en-id.

import { indonesianStem, isRootWord, PARTICLE_CLITICS, POSSESSIVE_CLITICS } from './analyzer.ts';
import { runNow, type Steps } from './turn.ts';

/**
 * What a meN-/peN- (or ber-/per-/ter-) word, suffixes and all, may be read as once its prefix is undone, in each
 * of the ways the prefix can have changed the root's first sound, in the order the stemmer tries them.
 */
export function recodings(word: string): string[] {
  // ber-, per-, ter- + vowel: the r is the prefix's ("perawatan" ← rawat: pe- + rawat, or per- + awat).
  const r = /^[bpt]er([aiueo].*)$/u.exec(word);
  if (r) return [r[1]!, 'r' + r[1]!];
  // pe- before a consonant keeps it ("peperangan" ← perang, which the stemmer's rule for pe- + Cer- passes by),
  // and mem-/pem- before a loanword's pr- drop the p ("pemrograman" ← program).
  const pe = /^pe([bcdfghjkpstvz].*)$/u.exec(word);
  if (pe) return [pe[1]!];
  const pr = /^[mp]em(r.*)$/u.exec(word);
  if (pr) return ['p' + pr[1]!];
  const m = /^([mp])e(ng|ny|m|n)(.+)$/u.exec(word);
  if (!m) return [];
  const [, , nasal, rest] = m as unknown as [string, string, string, string];
  const vowel = /^[aiueo]/u.test(rest);
  switch (nasal) {
    case 'ng':
      // meng- + vowel: the vowel itself or a dropped k ("mengunjungi" ← kunjung). (menge- before a one-syllable
      // root, "mengetes", the stemmer reads itself; offered again, it re-read "mengelak" as lak.)
      return vowel ? [rest, 'k' + rest] : [];
    case 'ny':
      // meny- + vowel: ny- itself ("menyala"), or a dropped s ("menyaring" ← saring).
      return vowel ? ['ny' + rest, 's' + rest] : [];
    case 'm':
      // mem- + vowel: m- itself ("memakan" ← makan) or a dropped p ("memungut" ← pungut).
      return vowel ? ['m' + rest, 'p' + rest] : [];
    case 'n':
      // men- + vowel: n- itself ("menikah" ← nikah) or a dropped t ("menipis" ← tipis).
      return vowel ? ['n' + rest, 't' + rest] : [];
    default:
      return [];
  }
}

/** How many corpus words are read as each root, counted from those with one reading only (see AffixReadings). */
type Support = ReadonlyMap<string, number>;

/**
 * The words a corpus writes in lower case, each with how often it writes it: a Set, so that the corpus's readers
 * add to it as to one (see analyzer.ts addLowerCaseWords), that counts what is added. How often a root is used
 * decides between two readings that derived words both stand behind (see AffixReadings).
 */
export class CountedWords extends Set<string> {
  readonly #uses = new Map<string, number>();

  override add(word: string): this {
    // (Added to the Set only the first time: a word the corpus writes again, most of its lower-case tokens, is one
    // lookup fewer.)
    const uses = this.#uses.get(word);
    if (uses !== undefined) {
      this.#uses.set(word, uses + 1);
      return this;
    }
    this.#uses.set(word, 1);
    return super.add(word);
  }

  /** How often the word was added: 0 for one never added. */
  uses(word: string): number {
    return this.#uses.get(word) ?? 0;
  }
}

const CLITIC = /(?:nya|ku|mu|lah|kah|pun)$/u;

/**
 * A corpus's readings of meN-/peN- words. Built from the words the corpus writes in lower case (names are not
 * stemmed: see search.ts); `rootOf` then answers for any word, a question's as well as a passage's, the same way.
 */
export class AffixReadings {
  readonly #support: Support;
  /**
   * How often the corpus writes the words counted in #support, by their root (with CountedWords; else 1 a word).
   */
  readonly #uses: Support;
  /** Each word's answer, null for none: asked for every occurrence of every word a corpus stems, so one lookup. */
  readonly #cache = new Map<string, string | null>();

  /** `words`: a corpus's lower-case words; a CountedWords also tells how often each is written (see #reread). */
  constructor(words: Iterable<string> | Counted) {
    const evidence = words instanceof Counted ? words.evidence : runNow(evidenceOf(words, Infinity));
    this.#support = evidence.support;
    this.#uses = evidence.uses;
    this.#words = evidence.words;
  }

  /**
   * The same readings, read in steps of `step` words (see readingSteps): a corpus's first build stems every one of
   * its lower-case words here (~0.4 s of tydiqa-id's cold build, one synchronous step before), and a reload still
   * reads them all (~50 ms), while questions wait for the event loop.
   */
  static *inSteps(words: Iterable<string>, step = READING_STEP): Steps<AffixReadings> {
    return new AffixReadings(new Counted(yield* evidenceOf(words, step)));
  }

  readonly #words: CountedWords | null;

  /**
   * The root the corpus reads `word` as, when it is not the stemmer's: another reading's root that corpus words
   * derive from, when none derive from the stemmer's (the one most derive from, the stemmer's order breaking
   * ties). undefined when the stemmer's reading stands.
   */
  rootOf(word: string): string | undefined {
    const cached = this.#cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const root = this.#reread(word);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear(); // a stream of junk questions must not grow it
    this.#cache.set(word, root ?? null);
    return root;
  }

  #reread(word: string): string | undefined {
    // A dictionary word, with -nya or without ("menara", "menaranya"), is that word, not meN- + tara. (Not the
    // other clitics: "menikah" is no "meni" + -kah.)
    if (!STEMMABLE.test(word) || isRootWord(word.replace(/nya$/u, '')) || recodings(word).length === 0) return undefined;
    const root = indonesianStem(word);
    // (The stemmer's reading too is none when it needs a suffix the prefix never takes: "berapi" as be- + rap +
    // -i.)
    const stemmers = isRootWord(root) && !readsBarred(word, root);
    if (stemmers && (this.#support.get(root) ?? 0) > 0) return undefined;
    const others = otherRoots(word, root);
    let best: string | undefined;
    let most = 0;
    for (const other of others) {
      const n = this.#support.get(other) ?? 0;
      if (n > most) [best, most] = [other, n];
    }
    // With no derived word behind any reading, the stemmer's stands, unless it found no root at all ("berantai"
    // left as beranta): then a reading whose root the corpus uses (below) is better than none.
    if (this.#words === null || (best === undefined && stemmers)) return best;
    // Between two readings that derived words could stand behind, one derived word ("merapikan") is thin evidence
    // against a root the corpus writes all the time ("api"): the root the corpus uses most, as a word of its own
    // or in words derived from it without ambiguity, is the word's. "berapi" (gunung berapi), which the stemmer
    // reads as be- + rap + -i, is ber- + api, not be- + rapi. Only among the other readings: the stemmer's root,
    // when it has no derived word, is not kept for being common as a word ("memadukan" is padu, not madu;
    // "peramal" ramal, not amal), as bare roots alone never switch a reading either (see the top of this file).
    const used = (r: string) => this.#words!.uses(r) + (this.#uses.get(r) ?? 0);
    let usedMost = 0;
    for (const other of others) {
      const n = used(other);
      if (n > usedMost) [best, usedMost] = [other, n];
    }
    return best;
  }
}

/** What a corpus's words say of each root (see evidenceOf). */
interface Evidence {
  support: Support;
  uses: Support;
  words: CountedWords | null;
}

/** Evidence counted already (see AffixReadings.inSteps). */
class Counted {
  constructor(readonly evidence: Evidence) {}
}

/**
 * How many corpus words derive from each root, with one reading only, and how often the corpus writes them; a
 * pause (`yield`) every `step` words read. Only these words count: "kunjungnya" is the root with a clitic, not a
 * derivation, and a word read two ways is evidence for neither.
 */
function* evidenceOf(words: Iterable<string>, step: number): Steps<Evidence> {
  const support = new Map<string, number>();
  const uses = new Map<string, number>();
  const counted = words instanceof CountedWords ? words : null;
  let read = 0;
  for (const word of words) {
    if (++read % step === 0) yield;
    if (!STEMMABLE.test(word)) continue;
    const root = indonesianStem(word);
    if (root === word || !isRootWord(root) || readsBarred(word, root)) continue;
    if (word.startsWith(root) && CLITIC.test(word.slice(root.length))) continue;
    if (otherRoots(word, root).length > 0) continue;
    support.set(root, (support.get(root) ?? 0) + 1);
    uses.set(root, (uses.get(root) ?? 0) + (counted ? counted.uses(word) : 1));
  }
  return { support, uses, words: counted };
}

/**
 * Words read between two pauses of AffixReadings.inSteps: on a cold start each is stemmed (~10 µs), so a step is
 * about as long as one of SearchIndex.build's chunks of passages; on a reload (stems remembered) a few
 * milliseconds.
 */
const READING_STEP = 2000;

/**
 * Dictionary roots of a word's other readings (see recodings), the stemmer's own root `root` excepted. Only
 * suffixes may come off a reading: a root found by undoing a prefix again ("memeras" read as me- + "meras", then
 * me- + ras) is another word's.
 */
function otherRoots(word: string, root: string): string[] {
  const out: string[] = [];
  // peN- and per- make nouns, with -an ("penegakan" ← tegak, not tega + -kan); meN-, ber-, ter- verbs, with -kan.
  const noun = word.startsWith('p');
  const barred = barredSuffix(word);
  for (const r of recodings(word)) {
    const other = suffixedRoot(r, noun, barred);
    if (other !== undefined && other !== root && !out.includes(other)) out.push(other);
  }
  return out;
}

/**
 * The dictionary root that `word` is, followed by suffixes (-kan/-i/-an, then -ku/-mu/-nya, then
 * -lah/-kah/-tah/-pun), found without running the stemmer: a corpus's readings are built before it is indexed, and
 * this is read for every meN- word of it. Where -kan and -an both leave a root ("petakan": peta, petak), a noun's
 * reading takes -an and a verb's -kan.
 */
export function suffixedRoot(word: string, noun: boolean, barred?: string): string | undefined {
  for (const d of noun ? NOUN_SUFFIXES : VERB_SUFFIXES) {
    if (d === barred) continue;
    for (const p of POSSESSIVES) {
      for (const q of PARTICLES) {
        const suffix = d + p + q;
        const end = word.length - suffix.length;
        if (end >= MIN_ROOT && word.endsWith(suffix) && isRootWord(word.slice(0, end))) return word.slice(0, end);
      }
    }
  }
  return undefined;
}

/**
 * The suffix a prefix never takes (Indonesian has no ber-…-i, ter-…-an or meN-…-an: the confixes Sastrawi's rules
 * bar): a reading that needs it is no reading. "berantai" is be- + rantai, never ber- + anta + -i.
 */
const BARRED_SUFFIX: ReadonlyArray<readonly [RegExp, string]> = [[/^ber/u, 'i'], [/^ter/u, 'an'], [/^me/u, 'an']];
/** The suffix `word`'s prefix never takes (see BARRED_SUFFIX), or undefined. */
function barredSuffix(word: string): string | undefined {
  return BARRED_SUFFIX.find(([prefix]) => prefix.test(word))?.[1];
}
/** Whether the stemmer's `root` of `word` leaves it a suffix the word's prefix never takes (see BARRED_SUFFIX). */
function readsBarred(word: string, root: string): boolean {
  const barred = barredSuffix(word);
  if (barred === undefined) return false;
  const at = word.lastIndexOf(root + barred);
  return at > 0 && CLITICS_AFTER.test(word.slice(at + root.length + barred.length));
}

/** What may follow a suffix: nothing, or a possessive and a particle (see suffixedRoot). */
const CLITICS_AFTER = new RegExp(`^(?:${POSSESSIVE_CLITICS.join('|')})?(?:${PARTICLE_CLITICS.join('|')})?$`, 'u');
const VERB_SUFFIXES = ['', 'kan', 'i', 'an'];
const NOUN_SUFFIXES = ['', 'an', 'kan', 'i'];
const POSSESSIVES = ['', ...POSSESSIVE_CLITICS];
const PARTICLES = ['', ...PARTICLE_CLITICS];
const MIN_ROOT = 3;

/** Words stemsOf stems: plain lower-case letters, longer than three. */
const STEMMABLE = /^\p{Ll}{4,}$/u;
const CACHE_LIMIT = 50_000;
