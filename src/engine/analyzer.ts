// Text analysis shared by indexing and querying: tokens with their offsets, normalised words, stems.
//
// A token keeps its place in the original text (for highlighting) and yields *terms* in two families:
//   - surface terms: the lowercased NFKC word, and for compounds ("Asia-Pacific", "CCTV+", "tamu-tamu") the
//     whole compound plus its parts, so "cctv" finds "CCTV+" and "pacific" finds "Asia-Pacific";
//   - stem terms: natural's Indonesian (Sastrawi-style) stem and the Porter stem of each word. The surface form
//     is always kept beside them because the Indonesian stemmer over-stems names (Bekasi → bekas).
// Stopwords (Indonesian and English, question words among them) produce no terms, so "apa"/"what" never drive
// the ranking.

import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as indonesianStopwords } from 'natural/lib/natural/util/stopwords_id';
import { words as englishStopwords } from 'natural/lib/natural/util/stopwords';
import { DICTIONARY as STEMMER_DICTIONARY, IndonesianStemmer } from './indonesian-stemmer.ts';
import { endsLone, romanValue } from './number-words.ts';

/**
 * A word, number or compound: letters/digits (any script), joined by inner hyphens, apostrophes, dots, ampersands
 * or plus signs ("ke-75", "12.500.000", "AT&T", "C++"), with trailing plus signs kept ("CCTV+").
 */
const TOKEN = /[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}\p{Cf}]*(?:['’\-.&+][\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}\p{Cf}]*)*\+*/gu;
/**
 * Invisible format characters (zero-width space and joiners, soft hyphen, BOM): pasted text carries them inside
 * words, where they must neither split the word nor stay in it.
 */
const INVISIBLE = /\p{Cf}/gu;
const JOINER = /['’\-.&+]+/u;
// Regular expressions with \p{…} escapes are module constants, not literals inside the functions that test them:
// tsx (esbuild, targeting Node) compiles such a literal to `new RegExp(…)` where it stands, a new object every
// call, and these are asked for every word of a corpus as it is indexed (some 40,000 times over tydiqa-id's
// build).
const NUMERAL = /\p{N}/u;
const NUMBER_LIKE = /^[\p{N}][\p{N}.,]*$/u;
const TWO_OR_THREE_CAPITALS = /^\p{Lu}{2,3}$/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
/** What stemsOf stems: letters (and inner hyphens) only. */
const STEMMABLE_WORD = /^\p{L}[\p{L}\p{M}\-]*$/u;
/** English clitics: "'s" (is, has), "'re", "'ll", "'ve", "'d", "'m". */
const CLITICS: ReadonlySet<string> = new Set(['s', 're', 'll', 've', 'd', 'm']);

/**
 * Words that ask rather than tell. The stopword lists hold most of them; these fill the gaps so that the
 * question's form never outweighs its content ("sebutkan", "name", "tell" are how questions are phrased).
 */
const INDONESIAN_QUESTION_WORDS = [
  'apa', 'apakah', 'siapa', 'siapakah', 'kapan', 'kapankah', 'berapa', 'berapakah', 'mana', 'manakah', 'dimana',
  'dimanakah', 'bagaimana', 'bagaimanakah', 'mengapa', 'kenapa', 'sebutkan', 'jelaskan', 'apa-apa', 'siapa-siapa',
  // "ke mana" and "dari mana" written joined, as "di mana" is ("dimana"): where to, where from. Left a word the
  // corpus lacks, "pendakian selanjutnya kemana" went unanswered beside the announcement of the next hike.
  'kemana', 'kemanakah', 'darimana', 'darimanakah',
];
const QUESTION_WORDS = [
  ...INDONESIAN_QUESTION_WORDS,
  // English
  'what', 'whats', "what's", 'who', 'whom', 'whose', 'when', 'where', 'which', 'why', 'how', 'many', 'much',
  'does', 'did', 'do', 'is', 'are', 'was', 'were', 'name', 'named', 'tell', 'explain', 'describe',
  // "did they mention Kenya", "was AI mentioned": whether the write-ups say it at all, which is what is looked
  // for.
  'mention', 'mentions', 'mentioned',
];
const INDONESIAN_QUESTION_SET: ReadonlySet<string> = new Set(INDONESIAN_QUESTION_WORDS);
const QUESTION_SET: ReadonlySet<string> = new Set(QUESTION_WORDS);

/**
 * English function words of the common (NLTK) stopword list that natural's list lacks: an auxiliary, pronouns,
 * negation. Left to the lexicon they would be translated as content ("will" → wasiat, a testament). NLTK's
 * prepositions missing from natural's list ("against", "down", "off") stay content words: their translations
 * ("melawan") carry the relation a question asks about.
 */
const ENGLISH_FUNCTION_WORDS = ['will', 'just', 'not', 'no', 'nor', 'once', 'having', 'hers', 'herself', 'yourselves', 'don'];

/**
 * How members write in a Discord chat, which the stopword lists (written for edited text) lack: Indonesian
 * particles and chat spellings of function words ("sih", "aja", "yg", "gak"), forms of address ("kak", "min",
 * "gan"), greetings and thanks. As question words the corpus has never seen they counted as unanswered parts of
 * the question: "kak, presiden cmg siapa sih" went unanswered where "siapa presiden CMG" was answered.
 */
const INDONESIAN_CHAT_WORDS = [
  'sih', 'deh', 'nih', 'tuh', 'lho', 'loh', 'yah', 'iya', 'aja', 'doang', 'gak', 'ga', 'nggak', 'ngga', 'gk', 'tdk',
  'yg', 'dgn', 'utk', 'krn', 'sdh', 'udah', 'udh', 'blm', 'belom', 'gimana', 'gmn', 'knp', 'dmn', 'kpn', 'brp',
  'bgt', 'banget', 'emang', 'emangnya', 'apaan', 'kak', 'min', 'mimin', 'gan', 'bang', 'bro', 'sis', 'bu',
  'tolong', 'makasih', 'halo', 'hai',
  // Chat's abbreviations of words the stopword lists drop (kalau, harus, tadi, sekarang, tentang …): as unknown
  // words they held "kalo mau ikut lokakarya rust hrs bawa apa" under the confidence bar that "kalau … harus …"
  // passed. Not those that are also common acronyms or titles ("dr", "org", "sm", "pd", "ad"), nor words of their
  // own ("sapa").
  'td', 'jd', 'dpt', 'bs', 'sy', 'gw', 'gue', 'tp', 'klo', 'kalo', 'bbrp', 'skrg', 'trs', 'lg', 'msh', 'emg', 'gitu',
  'gt', 'dtg', 'tau', 'jg', 'hrs', 'sbg', 'dlm', 'tsb', 'spt', 'bgmn', 'gmana', 'knapa', 'napa', 'ngapain', 'dmana',
  'dimn', 'kmn', 'brapa', 'kpan', 'ato', 'atw', 'tuk', 'smua', 'sblm', 'stlh', 'ttg',
];
const ENGLISH_CHAT_WORDS = [
  'hi', 'hey', 'hello', 'please', 'pls', 'plz', 'thanks', 'thx',
  // Fillers of spoken English, how a member talks rather than what they ask ("so who actually ran it?", "ok where
  // was it, basically?"): as words the corpus lacks they held such questions under the confidence bar.
  'ok', 'okay', 'actually', 'really', 'basically', 'literally', 'gonna', 'wanna', 'kinda', 'sorta',
];

/**
 * Words of the stopword lists that pick out *which* and *when*: numerals, ordinals, and the calendar's and the
 * clock's units. natural's lists drop the digits 0–9 and, unevenly, "satu"…"lima", "pertama", "kedua" and
 * "terakhir" (but not "enam" or "ketiga"), so "meetup #3", "hari kedua" or "meetup terakhir" lost the very word
 * that told one event from another, and every such question was answered with the same passage. Kept as
 * content words, in passages and in questions alike.
 */
const NUMBER_AND_TIME_WORDS: ReadonlySet<string> = new Set([
  ...'0123456789',
  'satu', 'dua', 'tiga', 'empat', 'lima', 'setengah', 'pertama', 'kedua', 'kelima', 'terakhir', 'hari', 'bulan', 'pukul',
]);
const listed = (words: readonly string[]) => words.filter((w) => !NUMBER_AND_TIME_WORDS.has(w));

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...listed(indonesianStopwords),
  ...listed(englishStopwords),
  ...ENGLISH_FUNCTION_WORDS,
  ...QUESTION_WORDS,
  ...INDONESIAN_CHAT_WORDS,
  ...ENGLISH_CHAT_WORDS,
]);
// For telling a question's language: the number words are Indonesian evidence still; digits are no language's.
const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([...listed(englishStopwords), ...ENGLISH_FUNCTION_WORDS, ...ENGLISH_CHAT_WORDS]);
const INDONESIAN_STOPWORDS: ReadonlySet<string> = new Set([...indonesianStopwords, ...INDONESIAN_CHAT_WORDS]);

export interface Token {
  /** Lowercased, NFKC-normalised form of the whole token. */
  norm: string;
  /** Offsets of the token in the analysed text. */
  start: number;
  end: number;
}

/**
 * Adds to `into` the normalised tokens of `text` (as tokenize gives them) that start with a lower-case letter,
 * without building a Token for each: read over a whole corpus before indexing (see SearchIndex's lower-case
 * words). With `tally`, also counts into it, as guessLanguage counts them, the words of `text.slice(0, upTo)`: the
 * words a document's language is guessed from are read in the same pass, not in another over every document's
 * opening.
 */
export function addLowerCaseWords(text: string, into: Set<string>, tally?: LanguageTally, upTo = 0): void {
  // (Each token's string is sliced only when it is read: a capitalised word outside the tally's part never is.)
  let end = 0;
  for (let start = nextToken(text, 0); start !== -1; start = nextToken(text, end)) {
    end = tokenEnd;
    const lower = startsLowerCase(text, start);
    if (tally === undefined || start >= upTo) {
      if (lower) into.add(normalize(text.slice(start, end)));
      continue;
    }
    if (end > upTo) {
      // Cut by the end of what is read: that slice's own words, as guessLanguage would read the slice.
      tallyLanguage(text.slice(start, upTo), tally);
      if (lower) into.add(normalize(text.slice(start, end)));
      continue;
    }
    const norm = normalize(text.slice(start, end));
    if (lower) into.add(norm);
    tallyWord(norm, tally);
  }
}

/**
 * Whether the token at `at` starts with a lower-case letter (one that upper-cases to another); a–z told by their
 * codes.
 */
function startsLowerCase(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const c = text[at]!;
  return c !== c.toUpperCase();
}

/**
 * TOKEN anchored where it is asked (sticky), for nextToken. Asked with `test`, which builds no match: the scans
 * of a corpus read some 750,000 tokens per build of tydiqa-id, and an `exec` or `matchAll` match for each (an array
 * with its index, input and groups) was a fifth of what the build allocated.
 */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** Where the token nextToken found last ends (read at once: the next call moves it). */
let tokenEnd = 0;

/**
 * Where the next token of `text` at or after `from` starts (-1 when none does), its end in tokenEnd: the tokens
 * TOKEN's global scan finds, without a match object each. Every token starts with a letter, digit or mark, and
 * always matches there; in ASCII only a–z, A–Z and 0–9 are such, told by their codes. Any other character is
 * asked of TOKEN_AT, and passed by a whole code point when it starts no token, as the scan in Unicode mode does.
 */
function nextToken(text: string, from: number): number {
  const length = text.length;
  for (let i = from; i < length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39))) {
      i++;
      continue;
    }
    TOKEN_AT.lastIndex = i;
    if (TOKEN_AT.test(text)) {
      tokenEnd = TOKEN_AT.lastIndex;
      return i;
    }
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return -1;
}

/** Splits text into tokens with their offsets. Pure and linear. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  // (nextToken rather than exec or matchAll: no match object per token.)
  let end = 0;
  for (let start = nextToken(text, 0); start !== -1; start = nextToken(text, end)) {
    end = tokenEnd;
    const raw = text.slice(start, end);
    const code = raw.charCodeAt(0);
    // (Told by the first letter's code first: most tokens start with none of I, V, X, K, k.)
    const roman = code === 73 || code === 86 || code === 88 || code === 75 || code === 107 ? romanNorm(text, raw, start, end, previous) : undefined;
    const token = { norm: roman ?? normalize(raw), start, end };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

/**
 * A Roman numeral's token as its number, as events are numbered ("Futsal Cup IV" is futsal cup 4, "Pesantren Kilat
 * ke-III" ke-3), so that a title's numeral is found by "futsal cup 4", "ke-4", "keempat" and "the fourth" as a
 * title's digits are; undefined for any other token. A numeral (I–XXXIX, see romanValue) after "ke-" in any case;
 * else in capitals, after a capitalised word (no number) on the same line: "as I did" and "Kelas Civil" keep their
 * words. A numeral of one letter only where no word follows it ("Futsal Cup V", "Part I: …"): "Then I went", "Grup
 * I Putra" are read as words. "V-neck", "MC", "CV", "DIY", "MIX", "XL" are no numerals.
 */
function romanNorm(text: string, raw: string, start: number, end: number, previous: Token | undefined): string | undefined {
  if (raw.length > 3 && (raw.charCodeAt(0) | 0x20) === 0x6b && (raw.charCodeAt(1) | 0x20) === 0x65 && raw[2] === '-') {
    const n = romanValue(raw.slice(3).toUpperCase());
    return n === undefined ? undefined : `ke-${n}`;
  }
  const n = romanValue(raw);
  if (n === undefined || previous === undefined) return undefined;
  const before = text.slice(previous.start, previous.end);
  if (!CAPITALISED.test(before) || DIGIT.test(before) || !SPACES.test(text.slice(previous.end, start))) return undefined;
  if (raw.length === 1 && !endsLone(text, end)) return undefined;
  return String(n);
}

const CAPITALISED = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
const SPACES = /^[ \t]+$/u;

export function normalize(word: string): string {
  // Plain ASCII is already in NFKC: skip the Unicode normalisation for it (most tokens of a corpus).
  return (isAscii(word) ? word : word.normalize('NFKC').replace(INVISIBLE, '')).toLowerCase();
}

/** Whether a string is all ASCII, told by its codes (cheaper than a regular expression, for every token). */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** No words: what wordsOf gives for a stopword, one list for all (readonly: never to be added to). */
const NO_WORDS: readonly string[] = [];

/**
 * The content words of a normalised token: the token itself and, for compounds, its parts. Reduplication
 * ("tamu-tamu", "program-program") collapses to the single word, which is what it means. Stopwords are dropped,
 * but a compound is kept whole even when its parts are stopwords ("ke-75" stays findable as such).
 */
export function wordsOf(norm: string): readonly string[] {
  // Fast path for a plain word (no joiner, no plus sign): the common case when indexing a corpus. (A stopword's
  // empty list is shared: most tokens of a text are stopwords, and a new empty array for each was garbage.)
  if (!JOINER.test(norm)) return STOPWORDS.has(norm) || norm.length === 0 ? NO_WORDS : [norm];
  const bare = norm.replace(/\+$/u, '');
  const parts = bare.split(JOINER).filter((p) => p.length > 0);
  if (parts.length <= 1) {
    const words = STOPWORDS.has(bare) || bare.length === 0 ? [] : [bare];
    if (bare !== norm && norm.length > 0) words.push(norm); // "cctv+" as well as "cctv"
    return words;
  }
  if (isNumberLike(bare)) return [bare]; // "12.500.000", "3.5": one quantity, not three numbers
  const words = new Set<string>();
  if (parts.every((p) => p === parts[0])) {
    if (!STOPWORDS.has(parts[0]!)) words.add(parts[0]!);
    return [...words];
  }
  words.add(bare);
  // A one-letter part says nothing ("e" of "e-mail"), but a digit does: "ke-3" is the third.
  for (const p of parts) if (!STOPWORDS.has(p) && (p.length > 1 || NUMERAL.test(p))) words.add(p);
  return [...words];
}

/**
 * Whether a normalised token is its own one term, as wordsOf and termsAt would give it (a word without a joiner,
 * no stopword): told without the one-word list they make, for every token of every passage indexed.
 */
export function isPlainWord(norm: string): boolean {
  return norm.length > 0 && !JOINER.test(norm) && !STOPWORDS.has(norm);
}

/** A word and a clitic written on to it (see isStopwordWithClitic): read for every word of a question. */
const WITH_CLITIC = /^(\p{L}+)['’](\p{L}+)$/u;

/**
 * Whether a question's word is a question word written with an English clitic ("what's", "where's", "who's",
 * "how'd"): it asks nothing, as the question word does, yet wordsOf keeps the whole of a joined word, and "what's
 * the latest event" had "what's" as a word to match. Only question words, and only in questions: other stopwords
 * so written ("it's", "there's") are as often another word misspelled ("it's" for "its"), and dropping them made a
 * squad-en-id question about the Nederrijn "answered" over tydiqa-id's unrelated text; in the passages they are
 * indexed as before (dropping them there moved 11 tydiqa-id rankings, through the passages' lengths).
 */
export function isStopwordWithClitic(norm: string): boolean {
  const m = WITH_CLITIC.exec(norm);
  return m !== null && QUESTION_SET.has(m[1]!) && CLITICS.has(m[2]!);
}

/**
 * Whether a token is an acronym written in capitals that spells a stopword: "AS" (Amerika Serikat), "IT", "WHO".
 * Only in a line that has lower-case letters too: in a heading or a question typed all in capitals ("WHO WON
 * THE CUP"), capitals say nothing.
 */
export function isAcronymStopword(text: string, token: Token): boolean {
  // Two or three letters: the acronyms that spell stopwords are short ("AS", "IT", "DI", "WHO", "ITU"); a longer
  // stopword in capitals is emphasis ("apakah tiket TIDAK gratis?", "untuk SEMUA"), which taken for an acronym
  // became a word the answer had to contain.
  if (!STOPWORDS.has(token.norm) || !mayBeCapitals(text, token) || !TWO_OR_THREE_CAPITALS.test(text.slice(token.start, token.end))) return false;
  // An Indonesian question word in capitals is emphasis ("SIAPA pemenangnya?", "untuk SIAPA SAJA"), never an
  // acronym: taken for one, a stressed question word became a word the answer had to contain. (English "WHO" is
  // the World Health Organization as often as not, so English question words stay acronyms.)
  if (INDONESIAN_QUESTION_SET.has(token.norm)) return false;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  const lineEnd = text.indexOf('\n', token.end);
  return LOWER_CASE_LETTER.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
}

/**
 * Whether a token may be two or three capitals, told cheaply before the text is sliced for the regular expression:
 * at most six UTF-16 units (three letters beyond the first plane), not starting with a–z. Most stopwords in a text
 * are written in lower case, and each was sliced and matched for nothing.
 */
function mayBeCapitals(text: string, token: Token): boolean {
  if (token.end - token.start > 6) return false;
  const code = text.charCodeAt(token.start);
  return !(code >= 0x61 && code <= 0x7a);
}

/**
 * The terms a token of a text stands for: its words (see wordsOf), or the acronym itself when it spells a stopword
 * (see isAcronymStopword). Dropped as the stopword it looks like, "Dubes AS untuk PBB" had no trace of the "AS"
 * a question asks about, and only passages that spell out Amerika Serikat could match it.
 */
export function termsAt(text: string, token: Token): readonly string[] {
  const words = wordsOf(token.norm);
  return words.length === 0 && isAcronymStopword(text, token) ? [acronymTerm(token.norm)] : words;
}

/**
 * The index term of an acronym that spells a stopword: in capitals, as it is written, so that it is never taken
 * for a stem that spells the same stopword. Every word and stem shares one field, and Porter stems "asing"
 * (foreign) to "as": as "as", "investor AS" was answered in full by a passage about foreign investors, "asing"
 * marked as AS.
 */
export function acronymTerm(norm: string): string {
  return norm.toUpperCase();
}

/**
 * Whether a word has a number character (\p{N}, in any script): ASCII digits told by their codes, the regular
 * expression read only for a word with other characters (every token of a passage is asked, most of them plain).
 */
export function hasNumeral(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return NUMERAL.test(word);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

function isNumberLike(s: string): boolean {
  return NUMBER_LIKE.test(s);
}

/**
 * The possessives (-ku, -mu, -nya) and the particles after them (-lah, -kah, -tah, -pun) that the stemmer takes off
 * a word's end: the one list of them (affix-readings.ts reads them too).
 */
export const POSSESSIVE_CLITICS: readonly string[] = ['ku', 'mu', 'nya'];
export const PARTICLE_CLITICS: readonly string[] = ['lah', 'kah', 'tah', 'pun'];

/** The starts the stemmer's prefix rules anchored at a word's start look for (MAY_BE_AFFIXED, PREFIX_RULE_AT). */
const PREFIXED_START = '^(?:di|ke|se|me|be|pe|te|ku|ka|[bcdfghjklmnpqrstvwxyz](?:er|el|em|in)[aiueo])';

/**
 * Words the Indonesian stemmer could change: those with one of its prefixes (di-, ke-, se-, me-, be-, pe-, te-,
 * ku-, ka-), an infix it undoes (consonant + -er-/-el-/-em-/-in- + vowel), one of its suffixes or particles, a
 * hyphen (reduplication), or "ber" anywhere (one of its rules is not anchored). Any other word comes back
 * unchanged, so skipping the stemmer for it changes nothing and halves the cost of stemming a corpus's vocabulary
 * (checked against the stemmer on ~43k corpus words).
 */
const MAY_BE_AFFIXED = new RegExp(`${PREFIXED_START}|(?:i|kan|an|is|isme|isasi|${[...PARTICLE_CLITICS, ...POSSESSIVE_CLITICS].join('|')})$|-|ber`, 'u');

const stemCache = new Map<string, Stemmed>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * A corpus's own reading of a word's Indonesian root, when it is not the stemmer's (see AffixReadings in
 * affix-readings.ts); undefined when the stemmer's stands. It must give a word the same answer every time it is
 * asked: stemsOf remembers the answer of the reading last asked, by the function.
 */
export type RootReading = (word: string) => string | undefined;

/**
 * The stems of a word: Indonesian and Porter, deduplicated, the word itself excluded. Cached, because the
 * Indonesian stemmer costs ~30 µs a call and a corpus repeats its vocabulary many times over. The cache is
 * bounded so that a stream of junk questions cannot grow it without end. With `reading`, the corpus's reading of
 * the Indonesian root replaces the stemmer's ("mengunjungi": kunjung, not unjung), for passages and questions
 * alike.
 */
export function stemsOf(word: string, reading?: RootReading): readonly string[] {
  const entry = stemmed(word);
  if (reading === undefined) return entry.stems;
  // The answer under the reading last asked, kept in the cache's entry: an index asks with one reading for every
  // occurrence of every word it stems, and asking the reading again was another lookup in the whole vocabulary.
  if (entry.readBy === reading) return entry.read!;
  const { id, stems } = entry;
  const root = reading(word);
  let read = stems;
  if (root !== undefined) {
    const porter = stems.filter((s) => s !== id && s !== root);
    read = root === word ? porter : [root, ...porter];
  }
  entry.readBy = reading;
  entry.read = read;
  return read;
}

/**
 * natural's Indonesian stem of a lower-case word (the word itself when it finds no affix, or has three letters or
 * fewer, which the stemmer leaves alone), from the same cache as stemsOf's: a corpus's readings (see
 * affix-readings.ts) stem its words before they are indexed.
 */
export function indonesianStem(word: string): string {
  return stemmed(word).id;
}

/**
 * Whether a word is one of the stemmer's root words as it stands, without a hyphen: natural's Indonesian stemmer
 * looks a word up in its dictionary (the same list as ROOT_WORDS) before any rule, and gives such a word back as
 * it is. Asked first, the lookup spares the call (the stemmer's own lower-casing, plural test and bookkeeping).
 */
function isPlainRootWord(word: string): boolean {
  return ROOT_WORDS.has(word) && !word.includes('-');
}

/**
 * Where one of the prefix rules of natural's Indonesian stemmer may act on a word: every rule anchored at the start
 * looks for one of these (di-, ke-, se-, me-, be-, pe-, te-, ku-, kau-, and a consonant before -er-/-el-/-em-/-in-
 * and a vowel), and the two that are not anchored look for "ber…" and "be…er…" anywhere.
 */
const PREFIX_RULE_AT = new RegExp(`${PREFIXED_START}|be`, 'u');

/**
 * What the stemmer's suffix rules take off a word's end, in the order they are written: a derivational suffix, a
 * possessive, a particle, each or none ("kan" + "nya" + "lah"). The "k" it puts back after "kan" leaves an end of
 * "an" + …, also here.
 */
const SUFFIX_RUNS: ReadonlySet<string> = new Set(
  ['', 'is', 'isme', 'isasi', 'i', 'kan', 'an'].flatMap((d) => ['', 'ku', 'mu', 'nya'].flatMap((pp) => ['', 'lah', 'kah', 'tah', 'pun'].map((p) => d + pp + p))),
);
const LONGEST_SUFFIX_RUN = Math.max(...[...SUFFIX_RUNS].map((r) => r.length));

/**
 * Whether natural's Indonesian stemmer is sure to give a lower-case word back unchanged because only its suffix
 * rules can act on it and what they leave is no root word. With no prefix a rule acts on (see PREFIX_RULE_AT),
 * every form the stemmer tries is the word without a run of its suffixes (SUFFIX_RUNS), and it answers with one of
 * those forms only when it is in its dictionary (the same list as ROOT_WORDS), else with the word itself. Names and
 * foreign words ("pasuruan", "portugis", "francis") are most such words: about 40% of the words of tydiqa-id the
 * stemmer gave back unchanged, each tried against every rule before it gave up. A word with one hyphen ("asia-
 * pacific", "non-pemerintah") is stemmed as its two halves, and answered with the first half's stem only when the
 * second's is the same: with a first half as above, not one's own reduplication, never. test/analyzer.test.ts holds
 * this against the stemmer itself.
 */
function stemmerKeeps(word: string): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen === -1) return suffixesLeaveNoRoot(word);
  const first = word.slice(0, hyphen);
  const second = word.slice(hyphen + 1);
  // (The stemmer reads "x-nya" as one word with a particle, and "x-y-z" with a rule of its own: asked as before.)
  if (second.includes('-') || first === '' || !/^[a-z]+$/u.test(second) || PARTICLES.has(second)) return false;
  // Its first half comes back as it is, no root word; the second's answer is a root word, itself, or "me" + itself
  // (a first half that is "me" + the second has a prefix, and is asked).
  return first !== second && suffixesLeaveNoRoot(first);
}

/** The particles and possessives the stemmer reads after a hyphen as a single word's ("rumah-nya"). */
const PARTICLES: ReadonlySet<string> = new Set([...POSSESSIVE_CLITICS, ...PARTICLE_CLITICS]);

/** See stemmerKeeps: a word without a hyphen. */
function suffixesLeaveNoRoot(word: string): boolean {
  if (PREFIX_RULE_AT.test(word)) return false;
  for (let end = word.length; end >= 0 && end >= word.length - LONGEST_SUFFIX_RUN; end--) {
    if (SUFFIX_RUNS.has(word.slice(end)) && ROOT_WORDS.has(word.slice(0, end))) return false;
  }
  return true;
}

/**
 * Whether Porter's stemmer may change a lower-case word, told by its ending. Every step of the algorithm takes off
 * or rewrites an ending: step 1 -s, -ed (-eed), -ing and -y, and only a word it changed could end otherwise after
 * it; steps 2 to 5 then look for endings of the word as it stands, every one of which ends in one of these: -al
 * (-ational, -ical), -ful, -ll, -ci (-enci, -anci), -li (-bli, -entli, -ousli …), -ti (-aliti, -iviti, -iti …),
 * -gi (-logi), -er (-izer), -or (-ator), -ion (-ization, -ation, -sion, -tion), -ism (-alism), -e (-icate, -ance,
 * -ive, … and step 5's -e), -ic, -ant, -ent (-ement, -ment), -ou, -s (-ness, -ous). Any other word (most
 * Indonesian words: -an, -ah, -a, -at, -ar, -ik …) passes through every step unchanged, so the stemmer is not
 * asked (test/analyzer.test.ts holds this against the stemmer itself).
 */
export function mayHavePorterSuffix(word: string): boolean {
  return PORTER_ENDING.test(word);
}

const PORTER_ENDING = /(?:s|ed|ing|y|al|ful|ll|ci|li|ti|gi|er|or|ion|ism|e|ic|ant|ent|ou)$/u;

interface Stemmed {
  /** The Indonesian stem, or the word itself. */
  id: string;
  /** What stemsOf gives without a reading. */
  stems: readonly string[];
  /** The reading stemsOf was last asked with, and what it gave then. */
  readBy: RootReading | undefined;
  read: readonly string[] | null;
}

function stemmed(word: string): Stemmed {
  const cached = stemCache.get(word);
  if (cached) return cached;
  const stems: string[] = [];
  let id = word;
  // (An acronym's term, in capitals, has no stems: see acronymTerm.)
  if (STEMMABLE_WORD.test(word) && word.length > 3 && word === word.toLowerCase()) {
    id = MAY_BE_AFFIXED.test(word) && !isPlainRootWord(word) && !stemmerKeeps(word) ? IndonesianStemmer.stem(word) : word;
    if (id !== word && id.length > 1) stems.push(id);
    if (!word.includes('-') && mayHavePorterSuffix(word)) {
      const en = PorterStemmer.stem(word);
      if (en !== word && en !== id && en.length > 1) stems.push(en);
    }
  }
  const entry: Stemmed = { id, stems, readBy: undefined, read: null };
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, entry);
  return entry;
}

/**
 * Whether the word starting at `at` in a passage is a name: capitalised inside a sentence ("di Bekasi"), not at
 * its start. Names are indexed as written, without stems (see search.ts), so only their own forms can match.
 */
export function isNameAt(text: string, at: number): boolean {
  // (In ASCII only A–Z change when lower-cased: told by the code, without a one-letter string for every token.)
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a && !startsSentence(text, at);
  const c = text[at]!;
  return c !== c.toLowerCase() && !startsSentence(text, at);
}

/**
 * Whether the word at `at` opens a sentence: only spaces, quotes or brackets since a full stop or line start, a
 * table cell's border ("| Penimbangan balita |": a cell is capitalised as a sentence is, and its first word is no
 * name), or a bullet that opens a line ("- Pembersihan selokan").
 */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':') return true;
    // (A pipe only in a table's row, which opens with one: "ka|jmpl|Fransiskus" of a scraped page is no table.)
    if (c === '|') return inTableRow(text, i);
    if ((c === '-' || c === '*' || c === '•') && opensLine(text, i)) return true;
    if (c !== ' ' && c !== '"' && c !== '“' && c !== "'" && c !== '(' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** Whether the line `at` is in opens with a pipe, as a table's row does (after spaces). */
function inTableRow(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === '|';
}

/** Whether only spaces stand between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** Rough language guess for a question: which stopword list explains more of it. */
export function guessLanguage(text: string): 'en' | 'id' | null {
  const tally: LanguageTally = { en: 0, id: 0 };
  tallyLanguage(text, tally);
  return languageOf(tally);
}

/** What guessLanguage counts of a text: how many of its words are English stopwords, and how many Indonesian. */
export interface LanguageTally {
  en: number;
  id: number;
}

/** The language a tally says (see guessLanguage): null when neither list explains more of the text. */
export function languageOf(tally: LanguageTally): 'en' | 'id' | null {
  if (tally.en === tally.id) return null;
  return tally.en > tally.id ? 'en' : 'id';
}

/** Adds a text's words to a tally (see guessLanguage). */
export function tallyLanguage(text: string, tally: LanguageTally): void {
  // (The tokens' words only, as tokenize normalises them, without a Token each.)
  let end = 0;
  for (let start = nextToken(text, 0); start !== -1; start = nextToken(text, end)) {
    end = tokenEnd;
    tallyWord(normalize(text.slice(start, end)), tally);
  }
}

function tallyWord(norm: string, tally: LanguageTally): void {
  if (ENGLISH_STOPWORDS.has(norm)) tally.en++;
  if (INDONESIAN_STOPWORDS.has(norm)) tally.id++;
}

/**
 * Whether a word is one of the numbers and calendar words kept from the stopword lists ("hari", "2", "kedua"), or
 * a year: they tell one event from another, but on their own say nothing, so a passage whose text matches only
 * them does not answer a question (see answer.ts). Exact forms only: "tengah" (of "setengah") and "akhir" (of
 * "terakhir") are words of their own.
 */
export function isModifierTerm(term: string): boolean {
  return NUMBER_AND_TIME_WORDS.has(term) || isYear(term);
}

/** A year as a word: four digits ("2024"). One rule for the words that place an event in time (see search.ts). */
export function isYear(word: string): boolean {
  return /^\d{4}$/u.test(word);
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * The Indonesian root words natural's stemmer checks against (Sastrawi's kata dasar, ~30k words). A question
 * word that is a known Indonesian word, or stems to one, is a real content word even when the corpus lacks it.
 */
const ROOT_WORDS: ReadonlySet<string> = STEMMER_DICTIONARY;

/** Whether the word is itself one of the Indonesian root words (not merely an inflection of one). */
export function isRootWord(word: string): boolean {
  return ROOT_WORDS.has(word);
}

export function isIndonesianWord(word: string): boolean {
  return ROOT_WORDS.has(word) || stemsOf(word).some((s) => ROOT_WORDS.has(s));
}

/** Not a stopword: a word a synonym's phrase is matched by (a module constant, as it filters every synonym). */
export function isContentWord(word: string): boolean {
  return !isStopword(word);
}
