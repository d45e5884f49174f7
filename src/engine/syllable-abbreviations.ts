// Syllable abbreviations: Indonesian communities shorten a phrase by the opening syllables of its words ("korlap"
// for koordinator lapangan, "proker" for program kerja, "oprec" for open recruitment), and a write-up often spells
// the phrase out without ever defining the short form. Such a question word, absent from the corpus, is read as
// the two consecutive words the corpus writes together whose openings it joins: each part is the opening of its
// word (a doubled letter written once: "kor" of koordinator), at least two letters with a vowel, shorter than the
// word, and cut where a syllable may end (after a vowel before a consonant, "pro|gram", or after a consonant
// closing a vowel, "ker|ja", "lap|angan"; never inside "ng" or "ny"). Only when one phrase fits clearly: a general
// rule over the corpus's own phrases, never a list.

/** Letters only: a word of digits or signs is no part of such a phrase, nor is a question word with them. */
const PLAIN = /^[a-z]+$/u;
const VOWEL = /[aiueo]/u;
/** A letter written twice in a row ("koordinator", "jamaah"), written once in a syllable abbreviation. */
const DOUBLED = /(.)\1+/gu;
/** The shortest part: one letter says too little ("pemilu" of pemilihan umum is not read). */
const MIN_PART = 2;
/**
 * The shortest word read: two openings of two letters join ("mana", "sewa", "jadi") by chance almost as often as
 * by intent, a two-letter opening matching one word in hundreds.
 */
const MIN_LENGTH = 5;
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
  if (part.length < MIN_PART || !VOWEL.test(part)) return false;
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
  /** Each word's followers, and how often the corpus writes each pair. */
  readonly #next = new Map<string, Map<string, number>>();
  /** The distinct first words, sorted by their letters written once, to find those a part opens. */
  readonly #firsts: { single: string; word: string }[];

  /**
   * @param texts each passage's words in order (normalised), a sentence or a passage per array
   * @param isContent whether a word is a content word (no stopword): one of the two at least must be, as in
   *   "program kerja", a phrase of function words alone ("yang akan") is never abbreviated
   */
  constructor(texts: Iterable<readonly string[]>, isContent: (word: string) => boolean) {
    for (const words of texts) {
      for (let i = 0; i + 1 < words.length; i++) {
        const a = words[i]!;
        const b = words[i + 1]!;
        if (a.length <= MIN_PART || b.length <= MIN_PART || !PLAIN.test(a) || !PLAIN.test(b) || !(isContent(a) || isContent(b))) continue;
        let followers = this.#next.get(a);
        if (followers === undefined) this.#next.set(a, (followers = new Map()));
        followers.set(b, (followers.get(b) ?? 0) + 1);
      }
    }
    this.#firsts = [...this.#next.keys()].map((word) => ({ single: singleLetters(word), word })).sort((x, y) => (x.single < y.single ? -1 : x.single > y.single ? 1 : 0));
  }

  /** The first words whose letters (written once) begin with `part`. */
  #opening(part: string): string[] {
    let lo = 0;
    let hi = this.#firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#firsts[mid]!.single < part) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.#firsts.length && this.#firsts[i]!.single.startsWith(part); i++) out.push(this.#firsts[i]!.word);
    return out;
  }

  /**
   * The two words a syllable abbreviation stands for, or null: the phrase the corpus writes most of those that
   * fit, when it is written DOMINANCE times more than all the others together. The caller checks that the word is
   * not the corpus's own, nor a name, a number, an acronym or a word of the language.
   */
  expand(short: string): [string, string] | null {
    if (!PLAIN.test(short) || short.length < MIN_LENGTH) return null;
    const fits = new Map<string, { words: [string, string]; uses: number }>();
    for (let cut = MIN_PART; cut + MIN_PART <= short.length; cut++) {
      const head = short.slice(0, cut);
      const tail = short.slice(cut);
      if (!VOWEL.test(head) || !VOWEL.test(tail)) continue;
      for (const first of this.#opening(head)) {
        if (!opensWord(head, first)) continue;
        for (const [second, uses] of this.#next.get(first)!) {
          if (!opensWord(tail, second)) continue;
          const key = `${first} ${second}`;
          const entry = fits.get(key);
          if (entry === undefined) fits.set(key, { words: [first, second], uses });
        }
      }
    }
    if (fits.size === 0) return null;
    const ranked = [...fits.values()].sort((a, b) => b.uses - a.uses);
    const rest = ranked.slice(1).reduce((sum, f) => sum + f.uses, 0);
    return ranked[0]!.uses >= DOMINANCE * rest ? ranked[0]!.words : null;
  }
}
