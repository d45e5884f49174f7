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

import { isAcronymStopword, isIndonesianWord, isNameAt, isStopword, tokenize } from './analyzer.ts';
import { nameRuns, type RunRule } from './name-runs.ts';

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

// Acronyms the corpus never defines. A write-up may spell a name out ("China Global Television Network") and never
// write its short form at all, while members ask with the short form they know ("CGTN"). A question's all-capitals
// word that no passage contains is then read as the run of capitalised words whose initials spell it, when the
// corpus holds exactly one such name: a guess from initials, not a definition, so two names that disagree leave it
// unread (see SearchIndex#initialsExpansion).
//
// Only whole runs count, not stretches inside one: measured on the dev sets, stretches were coincidences ("GPS"
// read as "Gedung Putih Scott" of "Gedung Putih Scott McClellan"). Two things a run holds that are not the name's
// are left out instead: a sentence's first word ("Menurut Badan Pusat Statistik" at a sentence's start is also
// read without "Menurut") and an acronym, which ends a run ("PT Bank Central Asia" is read as "Bank Central Asia",
// and "Kelompok Kerja IPCC" gives no "KKI": an acronym's first letter does not stand for it).
//
// A name written all in capitals ("KEMENTERIAN KOMUNIKASI DAN INFORMATIKA") is no run: each of its words is read
// as an acronym, which ends a run. In capitals a name's words cannot be told from acronyms, and measured on the
// dev corpora, of the ten runs of three such words or more inside mixed-case text, nine are strings of acronyms
// and words ("BP DPR DIY", "MBO DPRI SK", "SMA REGINA PACIS"), whose initials are no name's; one is a name
// ("YAYASAN PENGEMBANGAN DEMOKRASI INDONESIA"), which no dev question asks for.

/**
 * Lower-case words that may stand inside a name without giving it a letter ("Badan Pengawas Obat dan Makanan" is
 * BPOM, "Bank of America", "Institut für Rundfunktechnik"): short function words, one or two in a row ("of the").
 * Function words of Indonesian and English by the stopword list, of other languages ("für", "van", "de") by being
 * no Indonesian word; a short Indonesian content word ends the name, as a longer lower-case word does: "Hasil uji
 * Badan …" and "Jokowi mengunjungi Jakarta" hold no name spelled with "Hasil" or "Jokowi".
 */
const SHORT_LOWER = /^\p{Ll}{1,3}$/u;

function isJoiner(word: string): boolean {
  return SHORT_LOWER.test(word) && (isStopword(word) || !isIndonesianWord(word));
}

/** Fewest capitalised words a run needs: questions' acronyms are read from three letters on (see isInitialism). */
export const MIN_INITIALS = 3;

/** Most letters an acronym read from initials may have: longer all-capitals words are shouted words, not names. */
export const MAX_INITIALS = 8;

const CAPITALISED = /^\p{Lu}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/** An acronym as a passage writes it ("PT", "IPCC", "CCTV"): two capitals or more and no lower-case letter. */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[^\p{Ll}]+$/u;

/**
 * The rule of the runs read for initials (see name-runs.ts): words of letters and digits joined by apostrophes,
 * ampersands or hyphens, starting at a word's start ("McClellan", "ke-Tiga" hold none); an acronym ends a run; one
 * or two short function words may join it (see isJoiner).
 */
const INITIALS_RULE: RunRule = {
  name: String.raw`\p{Lu}[\p{L}\p{N}'’&-]*`,
  word: String.raw`[\p{L}\p{N}][\p{L}\p{N}'’&-]*`,
  isName: (word) => !ACRONYM.test(word),
  joinerShape: String.raw`\p{Ll}{1,3}`,
  isJoiner,
  maxJoiners: 2,
  minNames: MIN_INITIALS,
  insideWords: false,
};

/**
 * The runs of consecutive capitalised words in a text ("China Global Television Network", "Badan Pengawas Obat dan
 * Makanan"), each as its words as written, joining words included, with MIN_INITIALS to MAX_INITIALS capitalised
 * words; a run that opens a sentence also without its first word. A run ends at any punctuation, a line end, a
 * number, an acronym or a lower-case word that is not a joiner.
 */
export function capitalisedRuns(text: string): string[][] {
  const out: string[][] = [];
  for (const { words, start, names } of nameRuns(text, INITIALS_RULE)) {
    if (names <= MAX_INITIALS) out.push(words);
    if (!isNameAt(text, start) && names - 1 >= MIN_INITIALS && names - 1 <= MAX_INITIALS) {
      // Without the sentence's first word, and any joiner after it ("Di dan …" is no name either).
      let first = 1;
      while (first < words.length && !CAPITALISED.test(words[first]!)) first++;
      out.push(words.slice(first));
    }
  }
  return out;
}

/** The initials of a run's capitalised words, in capitals: "CGTN" for "China Global Television Network". */
export function initialsOf(run: readonly string[]): string {
  return run
    .filter((w) => CAPITALISED.test(w))
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

/**
 * Whether a question's word, as typed, may be an acronym to read from initials: MIN_INITIALS to MAX_INITIALS
 * capital letters and nothing else. Two letters are too ambiguous ("TV", "PT", "AS" spell the initials of
 * countless pairs of capitalised words), and a word with digits or lower-case letters is not an initialism.
 */
export function isInitialism(typed: string): boolean {
  return INITIALISM.test(typed);
}

/** Made once: isInitialism is asked of every word of a question. */
const INITIALISM = new RegExp(`^\\p{Lu}{${MIN_INITIALS},${MAX_INITIALS}}$`, 'u');

/**
 * See SearchResult.cappedStopwords: the acronyms isAcronymStopword reads, inside the sentence. Not in a question
 * typed all in capitals, where capitals say nothing, nor an Indonesian question word stressed in capitals
 * ("lokakarya Flutter dipandu SIAPA?"), which no write-up writes so.
 */
export function cappedStopwords(text: string): string[] {
  if (!LOWER_CASE_LETTER.test(text)) return [];
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (isAcronymStopword(text, t) && isNameAt(text, t.start)) out.push(text.slice(t.start, t.end));
  }
  return out;
}

// Names a write-up defines in brackets that are no initialism: a shortening of syllables written with one capital
// or none ("pentas seni (pensi)", "Bakti Sosial (Baksos)"). Members ask by either name, and the write-up's other
// passages (or another write-up) use the other: read here as findAcronyms' definitions are, and used the same way
// (see SearchIndex#acronymExpansions). Most brackets are no name, so only one word in brackets is read, and only
// when its letters spell the words before it (Schwartz & Hearst's walk, every word giving a letter, two words or
// more). A code whose letters spell nothing ("half marathon (21K)", "mid-term tests (PTS)") is not read: which
// words it names cannot be told from the text (the two words before it were wrong for about half the codes of the
// evaluation corpora, "arus inputnya (BJT)", "daya beli (PPP)", and an affiliation, "tim medis (PMI)", reads alike).
// Left alone: a year, a count or a quantity ("(2024)", "(5 orang)", "(30km)"), a note ("(lihat lampiran)"), a role
// or a gloss ("(ketua)", "(kuorum)"), the name's own word ("Panitia Penyelenggara (Panitia)"), and anything after a
// number or a mark ("Rp 100.000 (5K)", "Ramadhani* (6A)").

/** One word in brackets, starting with a letter or digit. */
const ONE_WORD = /\(([\p{L}\p{N}][\p{L}\p{N}&+-]{1,11})\)/gu;

/** A quantity: digits and a unit ("30km", "5kg", "10x", "2jam"). */
const QUANTITY = /^\p{N}+(?:[.,]\p{N}+)?(?:km|m|cm|mm|kg|g|l|ml|x|jam|menit|mnt|hari|th|thn|tahun|orang|org|rb|ribu|jt|juta|%)$/iu;

/** What may stand between the words before a bracket: letters, digits, hyphens and apostrophes in words. */
const LEFT_WORDS = /[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)*$/u;
/** A letter; a letter closing the text before a bracket (its spaces aside). */
const LETTER = /\p{L}/u;
const LETTER_BEFORE = /\p{L}\s*$/u;

/** Every "name (alias)" definition findAcronyms does not read, in order (among the first MAX_BRACKETS). */
export function findBracketAliases(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  let seen = 0;
  for (const m of text.matchAll(ONE_WORD)) {
    if (++seen > MAX_BRACKETS) break;
    const short = m[1]!;
    if (!LETTER.test(short) || QUANTITY.test(short) || isStopword(short.toLowerCase())) continue;
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (!LETTER_BEFORE.test(before) || /\n\s*$/u.test(before)) continue;
    const line = before.slice(before.lastIndexOf('\n') + 1).trimEnd();
    const left = LEFT_WORDS.exec(line)?.[0];
    if (left === undefined) continue;
    const words = left.split(/\s+/u);
    const spelled = spelledBy(short, words);
    // (Not a word of the name itself, "Panitia Penyelenggara (Panitia)": that is the word, no shortening of it.)
    if (spelled === null || spelled.toLowerCase().split(/\s+/u).includes(short.toLowerCase())) continue;
    if (findAcronyms(`${spelled} (${short})`).length === 0) out.push({ short, long: spelled });
  }
  return out;
}

/**
 * The words at the end of `words` whose letters spell `short` (Schwartz & Hearst's walk, from the right), when
 * there are two to four of them, each gives a letter and the first opens with the short form's first; else null.
 */
function spelledBy(short: string, words: readonly string[]): string | null {
  const letters = [...short.toLowerCase()].filter((c) => LETTER_OR_DIGIT.test(c));
  let w = words.length - 1;
  let at = w >= 0 ? words[w]!.length - 1 : -1;
  const used = new Set<number>();
  for (let i = letters.length - 1; i >= 0; i--) {
    const first = i === 0;
    for (;;) {
      if (w < 0) return null;
      if (at < 0) {
        w--;
        if (w < 0 || words.length - w > 4) return null;
        at = words[w]!.length - 1;
        continue;
      }
      const c = words[w]![at]!.toLowerCase();
      if (c === letters[i] && (!first || at === 0)) break;
      at--;
    }
    used.add(w);
    at--;
  }
  const span = words.length - w;
  if (span < 2 || used.size !== span) return null;
  return words.slice(w).join(' ');
}
