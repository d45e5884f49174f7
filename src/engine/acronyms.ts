// Acronyms the corpus defines for itself. News and event write-ups spell a name out once, with its short form
// in brackets ("Badan Pusat Statistik (BPS)"), and use the short form alone afterwards; members ask with either.
// Finding those definitions lets a question that says "BPS" find the passage that says "Badan Pusat Statistik",
// and the other way round, without any list written by hand: the corpus is the dictionary.
//
// The method is Schwartz & Hearst's ("A simple algorithm for identifying abbreviation definitions in biomedical
// text", PSB 2003): for "long form (SHORT)", walk the short form's letters from the last to the first and find each
// in the words before the bracket, right to left, the first letter at the start of a word. It needs no language
// knowledge, so it reads acronyms built from syllables ("TVRI" = Televisi Republik Indonesia) as well as
// initialisms; initials are tried first, because the letter walk alone would take KKI's first K from inside
// "Konsil Kedokteran Indonesia". Short forms need two capitals: a bracketed "(Sunda)" or "(Porifera)" is a gloss,
// not an acronym, and those are what a one-capital rule would mostly find.

/** One definition found in a text. */
export interface AcronymDefinition {
  /** The short form as written ("BPS", "CCTV+"). */
  short: string;
  /** The long form as written ("Badan Pusat Statistik"). */
  long: string;
}

/** A bracketed short form: 2–10 letters, digits or joiners ("R&D", "CCTV+"), opening with a capital or digit. */
const BRACKETED = /\(([\p{Lu}\p{N}][\p{L}\p{N}&.+-]{1,9})\)/gu;

/** Capitals in a short form: it needs two ("BPS", "PLTA", "UGM"); see the header. */
const CAPITALS = /\p{Lu}/gu;

/** Characters a long form never contains: a definition does not span clauses or quotes. */
const CLAUSE = /[()[\]:;"“”]/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Brackets examined per text. A passage defines a handful of acronyms at most; the bound keeps a hostile file full
 * of brackets from slowing every index build down.
 */
const MAX_BRACKETS = 32;

/** Every "long form (SHORT)" definition in a text, in order (among its first MAX_BRACKETS bracketed forms). */
export function findAcronyms(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  let seen = 0;
  for (const m of text.matchAll(BRACKETED)) {
    if (++seen > MAX_BRACKETS) break;
    const short = m[1]!;
    if ((short.match(CAPITALS) ?? []).length < 2) continue;
    // Schwartz & Hearst look at most min(|A| + 5, 2|A|) words back: enough for "dan", "of" and the like.
    const letters = [...short].filter((c) => LETTER_OR_DIGIT.test(c)).length;
    // A comma before the bracket ends the long form's last word, not the long form itself.
    const before = text.slice(Math.max(0, m.index - 300), m.index).replace(/[\s,]+$/u, '');
    const words = before.split(/\s+/u);
    const window = words.slice(-Math.min(letters + 5, letters * 2)).join(' ');
    const initials = initialsForm(short, window);
    const long = initials ?? longForm(short, window);
    if (long === null || !/\s/u.test(long) || CLAUSE.test(long)) continue;
    // Initials may span a comma ("School of Water, Energy and Environment"), but a letter walk that reaches
    // back past one has left the name for the clause before it ("Pada bulan April 1978, Partai …" for PDPA).
    if (initials === null && long.includes(',')) continue;
    out.push({ short, long });
  }
  return out;
}

/**
 * The words of `candidate`, from its end, whose initials spell `short` ("Konsil Kedokteran Indonesia" for KKI),
 * skipping lower-case joining words ("dan", "of"); null when the initials do not spell it. Tried before Schwartz &
 * Hearst's letter walk, which would take KKI's first K from inside "Kedokteran".
 */
export function initialsForm(short: string, candidate: string): string | null {
  const letters = [...short].filter((c) => LETTER_OR_DIGIT.test(c));
  if (letters.some((c) => c !== c.toUpperCase())) return null; // a lower-case letter comes from inside a word
  const words = candidate.split(' ').filter((word) => word.length > 0);
  const initial = (word: string) => [...word][0]!.toUpperCase();
  let w = words.length - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    while (w >= 0 && /^\p{Ll}+$/u.test(words[w]!) && initial(words[w]!) !== letters[i]) w--;
    if (w < 0 || initial(words[w]!) !== letters[i]) return null;
    if (i > 0) w--;
  }
  return words.slice(w).join(' ');
}

/**
 * The shortest end of `candidate` that explains every letter of `short` (Schwartz & Hearst's matching), or null.
 * Letters are compared case-insensitively; the short form's first letter must open a word of the long form.
 */
export function longForm(short: string, candidate: string): string | null {
  // Compared one UTF-16 unit at a time, each lower-cased on its own, so that offsets stay those of `candidate`
  // (lower-casing a whole string can change its length: "İ" becomes two units).
  const same = (at: number, c: string) => candidate[at]!.toLowerCase()[0] === c;
  let li = candidate.length - 1;
  for (let si = short.length - 1; si >= 0; si--) {
    const c = short[si]!.toLowerCase()[0]!;
    if (!LETTER_OR_DIGIT.test(c)) continue;
    const first = si === 0;
    while (li >= 0 && (!same(li, c) || (first && li > 0 && LETTER_OR_DIGIT.test(candidate[li - 1]!)))) li--;
    if (li < 0) return null;
    li--;
  }
  // li + 1 is where the first letter matched: the long form starts at that word.
  const start = candidate.lastIndexOf(' ', li + 1) + 1;
  return candidate.slice(start);
}
