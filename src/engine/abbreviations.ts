// Chat abbreviations of content words: members write "tmpt" for tempat, "pmbcr" for pembicara, "brkt" for berikut,
// keeping a word's consonants and dropping its vowels. (The common ones of function words, "yg", "dgn", "utk", are
// stopwords: see analyzer.ts.) Such a word, absent from the corpus, is read as the corpus word whose consonants it
// spells, in order and from the same first letter, but only when one word family of the corpus fits and is used
// often: "pst" fits pusat, pasti, pesta and pesat, and is read as none of them. A general rule over the corpus's
// own words, never a list.

/** Vowels: what a consonant skeleton leaves out ("y" and "w" are consonants in Indonesian: "ya", "nya", "wa"). */
const VOWELS = /[aiueo]/gu;
/** -nya on the word a member abbreviates ("brkt" of "berikutnya"): the same word, with a clitic. */
const CLITIC_SKELETON = 'ny';
/** How often the corpus must use the family a word is read as: a word used once or twice may be a misspelling. */
const MIN_USES = 3;
/**
 * How many times more than every other fitting family together the family read must be used: "krn" is karena (used
 * hundreds of times) beside kurun and koran, but "brkt" in a corpus that says berikut and berkata alike is
 * neither.
 */
const DOMINANCE = 10;

/**
 * Whether a question's word may be an abbreviation of this kind: plain lower-case letters, at most one of them a
 * vowel, at least three consonants ("tmpt", "pmbcr", "tmpat", "hrg"). Two consonants say too little: "nam" is a
 * typo of nama as often as anything, "kyu" a grade in karate, not kayu.
 */
export function mayAbbreviate(word: string): boolean {
  if (!/^[a-z]{3,}$/u.test(word)) return false;
  const vowels = (word.match(VOWELS) ?? []).length;
  return vowels <= 1 && word.length - vowels >= 3;
}

/** A word's consonants, in order: "tempat" → tmpt. */
export function skeletonOf(word: string): string {
  return word.replace(VOWELS, '');
}

/** Whether `short`'s letters appear in `word` in order, from the same first letter ("tmpat" in "tempat"). */
function spells(short: string, word: string): boolean {
  if (short[0] !== word[0]) return false;
  let at = 0;
  for (const c of word) if (c === short[at]) at++;
  return at === short.length;
}

/**
 * A corpus's lower-case words by their consonant skeleton, to read abbreviations with (see expand). Built once per
 * corpus, from its words of plain letters only.
 */
export class Abbreviations {
  readonly #bySkeleton = new Map<string, string[]>();
  readonly #uses: (word: string) => number;
  readonly #family: (word: string) => string;

  /**
   * @param words the corpus's lower-case words
   * @param uses how often the corpus writes a word
   * @param family the word family a word belongs to (its Indonesian root, as the corpus reads it)
   */
  constructor(words: Iterable<string>, uses: (word: string) => number, family: (word: string) => string) {
    for (const w of words) {
      if (!/^[a-z]{3,}$/u.test(w)) continue;
      const key = skeletonOf(w);
      const list = this.#bySkeleton.get(key);
      if (list === undefined) this.#bySkeleton.set(key, [w]);
      else list.push(w);
    }
    this.#uses = uses;
    this.#family = family;
  }

  /**
   * The corpus word an abbreviation stands for: the most used word of the one family that fits it (see the top of
   * this file), or undefined. The caller checks that the word is not the corpus's own, nor an acronym.
   */
  expand(short: string): string | undefined {
    if (!mayAbbreviate(short)) return undefined;
    const key = skeletonOf(short);
    const fits = [...(this.#bySkeleton.get(key) ?? []), ...(this.#bySkeleton.get(key + CLITIC_SKELETON) ?? [])].filter(
      (w) => w !== short && spells(short, w),
    );
    return this.#dominant(fits);
  }

  /**
   * The corpus word a word clipped in chat stands for ("maks" of maksimal): the most used word of the one family
   * of `beginning` (the corpus words that begin with it) that dominates as an abbreviation's must. The caller
   * checks that the clipped word is not the corpus's own, nor an acronym, nor a word of a dictionary.
   */
  clipped(short: string, beginning: readonly string[]): string | undefined {
    return this.#dominant(beginning.filter((w) => w !== short && w.startsWith(short) && this.#uses(w) > 0));
  }

  /** The most used word of the one family among `fits` used MIN_USES times or more and DOMINANCE times the rest. */
  #dominant(fits: readonly string[]): string | undefined {
    if (fits.length === 0) return undefined;
    const families = new Map<string, { uses: number; best: string; bestUses: number }>();
    for (const w of fits) {
      const f = this.#family(w);
      const n = this.#uses(w);
      const entry = families.get(f);
      if (entry === undefined) families.set(f, { uses: n, best: w, bestUses: n });
      else {
        entry.uses += n;
        if (n > entry.bestUses || (n === entry.bestUses && w < entry.best)) [entry.best, entry.bestUses] = [w, n];
      }
    }
    const ranked = [...families.values()].sort((a, b) => b.uses - a.uses);
    const top = ranked[0]!;
    const rest = ranked.slice(1).reduce((sum, f) => sum + f.uses, 0);
    return top.uses >= MIN_USES && top.uses >= DOMINANCE * rest ? top.best : undefined;
  }
}
