// Syllable abbreviations: Indonesian communities shorten a phrase by the opening syllables of its words ("korlap"
// for koordinator lapangan, "proker" for program kerja, "oprec" for open recruitment), and a write-up often spells
// the phrase out without ever defining the short form. Such a question word, absent from the corpus, is read as
// the two consecutive words the corpus writes together whose openings it joins: each part is the opening of its
// word (a doubled letter written once: "kor" of koordinator), at least two letters with a vowel, one syllable or
// two, shorter than the word, and cut where a syllable may end (after a vowel before a consonant, "pro|gram", or
// after a consonant closing a vowel, "ker|ja", "lap|angan"; never inside "ng" or "ny"). Only when one phrase fits
// clearly: a general rule over the corpus's own phrases, never a list.

/** Letters only: a word of digits or signs is no part of such a phrase, nor is a question word with them. */
const PLAIN = /^[a-z]+$/u;
const VOWEL = /[aiueo]/u;
/** A syllable's vowel (or vowels: "au", "ai"), to count a part's syllables by. */
const SYLLABLE = /[aiueo]+/gu;
/**
 * The most syllables a part keeps: a short form takes a word's first syllable or two ("kor", "sekre"); a part of
 * three ("menemuk" of menemukan) is most of the word, a typo's cut rather than an abbreviation.
 */
const MAX_SYLLABLES = 2;
/** A run of letters and digits: a word of a passage, read cheaply (see SyllableAbbreviations). */
const WORD = /[\p{L}\p{N}]+/gu;
/** A letter written twice in a row ("koordinator", "jamaah"), written once in a syllable abbreviation. */
const DOUBLED = /(.)\1+/gu;
/** The shortest part: one letter says too little ("pemilu" of pemilihan umum is not read). */
const MIN_PART = 2;
/**
 * The shortest word read: two openings of two letters join ("mana", "sewa", "jadi") by chance almost as often as
 * by intent, a two-letter opening matching one word in hundreds.
 */
const MIN_LENGTH = 5;
/**
 * The shortest whole word a joined word is read as holding (see joined): the pairs hold no word of MIN_PART letters
 * or fewer (see the constructor), so "dimana" is never "di mana", nor "kemana" "ke mana"; the loop starts here.
 */
const MIN_WHOLE = MIN_PART + 1;
/**
 * How often the corpus must write a pair for a joined word to be read as it: a pair written once is as often two
 * words that meet by chance, or a hyphenated word's halves ("anti-perang" once read "antiperang" of a question as a
 * phrase of that corpus, answering a question about another corpus's report).
 */
const MIN_JOINED_USES = 2;
/** A pair's key: the first word's number times this, plus the second's (exact in a double below 2^53). */
const PAIR_BASE = 2 ** 24;
/** How many times more the phrase read must be written than every other fitting phrase together. */
const DOMINANCE = 3;

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWEL.test(c);
}

/** A word with each doubled letter written once: "koordinator" → kordinator. */
export function singleLetters(word: string): string {
  return word.replace(DOUBLED, '$1');
}

/**
 * Whether `part` is the opening of `word` (letters written once) cut where a syllable may end (see the top of this
 * file): "lap" of lapangan, "pro" of program, "kor" of koordinator; not "pan" of pangan (inside "ng"), not "progr"
 * (a consonant after a consonant), not the whole word.
 */
export function opensWord(part: string, word: string): boolean {
  if (part.length < MIN_PART || !VOWEL.test(part) || (part.match(SYLLABLE) ?? []).length > MAX_SYLLABLES) return false;
  const single = singleLetters(word);
  if (single.length <= part.length || !single.startsWith(part)) return false;
  const last = part[part.length - 1]!;
  const next = single[part.length]!;
  if (isVowel(last)) return !isVowel(next);
  if (last === 'n' && (next === 'g' || next === 'y')) return false;
  return isVowel(part[part.length - 2]);
}

/** The corpus's pairs of consecutive words, to read syllable abbreviations with (see expand). */
export class SyllableAbbreviations {
  /** Each word the pairs have, by its number. */
  readonly #words: string[] = [];
  /** Each word's number (see #words). */
  readonly #ids = new Map<string, number>();
  /**
   * The distinct pairs, each kept as one number (first * PAIR_BASE + second), sorted: a first word's pairs are one
   * run of it, found by binary search. Typed arrays rather than a Map: a corpus of 5,000 passages has some 300,000
   * distinct pairs, about 20 MB as Map entries and a twentieth of that here.
   */
  readonly #keys: Float64Array;
  /** How often the corpus writes each pair of #keys, at the same index. */
  readonly #uses: Uint32Array;
  /** The distinct first words, sorted by their letters written once, to find those a part opens. */
  readonly #firsts: { single: string; id: number }[];

  /**
   * @param texts the passages' texts: their runs of letters and digits are read as words, in lower case (a word
   *   with a digit, a sign inside or a letter beyond a–z breaks a pair, as a name's "é" or a date's digits do)
   * @param isContent whether a word is a content word (no stopword): one of the two at least must be, as in
   *   "program kerja", a phrase of function words alone ("yang akan") is never abbreviated
   */
  constructor(texts: Iterable<string>, isContent: (word: string) => boolean) {
    const ids = this.#ids;
    let all = new Float64Array(1024);
    let n = 0;
    for (const text of texts) {
      let previous = -1;
      let previousContent = false;
      for (const w of text.toLowerCase().match(WORD) ?? []) {
        if (w.length <= MIN_PART || !PLAIN.test(w)) {
          previous = -1;
          continue;
        }
        let id = ids.get(w);
        if (id === undefined) {
          id = this.#words.length;
          ids.set(w, id);
          this.#words.push(w);
        }
        const content = isContent(w);
        if (previous >= 0 && (content || previousContent)) {
          if (n === all.length) {
            const grown = new Float64Array(all.length * 2);
            grown.set(all);
            all = grown;
          }
          all[n++] = previous * PAIR_BASE + id;
        }
        previous = id;
        previousContent = content;
      }
    }
    // Sorted, each run of one pair counted once: the distinct pairs and how often each is written.
    const sorted = all.subarray(0, n).sort();
    const keys = new Float64Array(n);
    const uses = new Uint32Array(n);
    let distinct = 0;
    for (let i = 0; i < n; i++) {
      if (distinct > 0 && keys[distinct - 1] === sorted[i]) uses[distinct - 1]!++;
      else {
        keys[distinct] = sorted[i]!;
        uses[distinct++] = 1;
      }
    }
    this.#keys = keys.slice(0, distinct);
    this.#uses = uses.slice(0, distinct);
    const firsts: { single: string; id: number }[] = [];
    for (let i = 0; i < distinct; i++) {
      const first = Math.floor(this.#keys[i]! / PAIR_BASE);
      if (firsts.length === 0 || firsts[firsts.length - 1]!.id !== first) firsts.push({ single: singleLetters(this.#words[first]!), id: first });
    }
    this.#firsts = firsts.sort((x, y) => (x.single < y.single ? -1 : x.single > y.single ? 1 : 0));
  }

  /** The index of the first pair key at or above `key` (#keys.length when there is none). */
  #lowerBound(key: number): number {
    let lo = 0;
    let hi = this.#keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether the corpus writes the phrase `words` (two or three) in full: each of its consecutive pairs. (Only a
   * pair with a content word in it is kept: see the constructor.)
   */
  writes(words: readonly string[]): boolean {
    for (let k = 0; k + 1 < words.length; k++) if (this.#pairUses(words[k]!, words[k + 1]!) === 0) return false;
    return true;
  }

  /** How often the corpus writes `first` right before `second` (0 when never: see the constructor's pairs). */
  #pairUses(first: string, second: string): number {
    const a = this.#ids.get(first);
    const b = this.#ids.get(second);
    if (a === undefined || b === undefined) return 0;
    const key = a * PAIR_BASE + b;
    const at = this.#lowerBound(key);
    return at < this.#keys.length && this.#keys[at] === key ? this.#uses[at]! : 0;
  }

  /** The first words whose letters (written once) begin with `part`. */
  #opening(part: string): number[] {
    const firsts = this.#firsts;
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (firsts[mid]!.single < part) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < firsts.length && firsts[i]!.single.startsWith(part); i++) out.push(firsts[i]!.id);
    return out;
  }

  /**
   * The two words a syllable abbreviation stands for, or null: the phrase the corpus writes most of those that
   * fit, when it is written DOMINANCE times more than all the others together. The caller checks that the word is
   * not the corpus's own, nor a name, a number, an acronym or a word of the language.
   */
  expand(short: string): [string, string] | null {
    if (!PLAIN.test(short) || short.length < MIN_LENGTH) return null;
    return this.joined(short)?.words ?? this.#openings(short);
  }

  /**
   * The two whole words a word joins ("photowalk" of photo walk, "dresscode" of dress code: chat writes as one the
   * words a write-up keeps apart), when the corpus writes them side by side, twice or more (MIN_JOINED_USES): the
   * pair written most, DOMINANCE times more than every other split the corpus writes too. Before the openings'
   * reading, as a word's letters all spelled are surer than its openings. With how often the corpus writes the
   * pair, `uses`.
   */
  joined(short: string): Fit | null {
    if (!PLAIN.test(short)) return null;
    const fits: Fit[] = [];
    for (let cut = MIN_WHOLE; cut + MIN_WHOLE <= short.length; cut++) {
      const first = short.slice(0, cut);
      const second = short.slice(cut);
      const uses = this.#pairUses(first, second);
      if (uses >= MIN_JOINED_USES) fits.push({ words: [first, second], uses });
    }
    return dominant(fits);
  }

  /** The phrase whose words' openings the word joins (see expand). */
  #openings(short: string): [string, string] | null {
    const fits = new Map<number, Fit>();
    for (let cut = MIN_PART; cut + MIN_PART <= short.length; cut++) {
      const head = short.slice(0, cut);
      const tail = short.slice(cut);
      if (!VOWEL.test(head) || !VOWEL.test(tail)) continue;
      for (const first of this.#opening(head)) {
        if (!opensWord(head, this.#words[first]!)) continue;
        const end = this.#lowerBound((first + 1) * PAIR_BASE);
        for (let i = this.#lowerBound(first * PAIR_BASE); i < end; i++) {
          const key = this.#keys[i]!;
          const second = key - first * PAIR_BASE;
          if (!opensWord(tail, this.#words[second]!)) continue;
          if (!fits.has(key)) fits.set(key, { words: [this.#words[first]!, this.#words[second]!], uses: this.#uses[i]! });
        }
      }
    }
    return dominant([...fits.values()])?.words ?? null;
  }
}

/** A phrase a word may stand for, and how often the corpus writes it. */
interface Fit {
  readonly words: [string, string];
  readonly uses: number;
}

/** The phrase written DOMINANCE times more than all the other fits together, or null. */
function dominant(fits: Fit[]): Fit | null {
  if (fits.length === 0) return null;
  const ranked = fits.sort((a, b) => b.uses - a.uses);
  const rest = ranked.slice(1).reduce((sum, f) => sum + f.uses, 0);
  return ranked[0]!.uses >= DOMINANCE * rest ? ranked[0]! : null;
}

/** The most words a short form a question spells out is read from: "pusat kesehatan masyarakat" (puskesmas). */
export const MAX_SPELLED_WORDS = 3;

/**
 * The short forms that join the openings of `words` in order (each cut where a syllable may end, see opensWord),
 * of MIN_LENGTH letters or more: "puskesmas" of pusat kesehatan masyarakat, "sekum" of sekretaris umum, "proker"
 * of program kerja. The reverse of SyllableAbbreviations.expand, for a question that spells out the phrase a
 * write-up writes short; the caller keeps those the corpus has. None of a word with letters beyond a–z.
 */
export function shortForms(words: readonly string[]): string[] {
  let forms = [''];
  for (const word of words) {
    if (!PLAIN.test(word)) return [];
    const single = singleLetters(word);
    const next: string[] = [];
    for (let cut = MIN_PART; cut < single.length; cut++) {
      const part = single.slice(0, cut);
      if (!opensWord(part, word)) continue;
      for (const f of forms) next.push(f + part);
    }
    forms = next;
    if (forms.length === 0) return [];
  }
  return forms.filter(longEnough);
}

function longEnough(form: string): boolean {
  return form.length >= MIN_LENGTH;
}
