// Autocomplete for /ask: what a member is typing, completed with a title, a named thing or a word from the corpus.
// Separate from the ranking: it reads passages' text, never the index, and nothing here affects an answer.

import { isNameAt, isStopword, tokenize, type Token } from './analyzer.ts';
import { nameRuns, type RunRule } from './name-runs.ts';
import { spelledNumberAt } from './number-words.ts';
import { hasLabel } from './text-title.ts';
import { runInTurns, runNow, type Steps } from './turn.ts';
import type { Passage } from './types.ts';
import { completions, corrections, holdersOf, wordsAfter, type Vocabulary } from './vocabulary.ts';

export interface Suggestion {
  text: string;
  /** Lowercased words, for prefix matching. */
  words: string[];
  count: number;
  /**
   * Of count, the times it stood as a name of its own, not as a part of a longer one listed with "dan" or "and"
   * ("Dialog Media" of "Dialog Media dan Kerja"): a part that never stands alone comes after the names that do.
   */
  own: number;
  /** The passages it was read in, by their number in the passages given (a title: its document's). */
  passages: number[];
  /** Written between quotes somewhere: a named thing (a programme, a theme), rarely a person. */
  quoted: boolean;
}

/**
 * A capitalised word; a dot or a hyphen only inside it ("U.S", "Asia-Pacific"): "Cimahi. Hadir" is one sentence's
 * end and the next one's start, and "Maritim--CMG" two words around a dash.
 */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}+&'’]|[-.](?=[\p{L}\p{N}]))*`;

/**
 * The words that join capitalised words into one name, as names are written: "Badan Pengawas Obat dan Makanan",
 * "Bank of the West", "Sonic the Hedgehog", "Need for Speed", "Vincent van Gogh", "Ali bin Abi Thalib". Words that
 * set a name in a place or a direction are not among them ("di", "ke", "dari", "pada", "in", "at", "from"): "PT
 * Bank Central Asia di Forum Media CCTV+" is two names, and a member typing the first wants the first (of
 * tydiqa-id's corpus, "di" had glued some 750 such pairs; the price is the rare Italian particle, "Napoleone di
 * Buonaparte").
 */
const NAME_JOINERS = ['of', 'the', 'for', 'and', 'dan', 'van', 'von', 'der', 'den', 'de', 'da', 'bin', 'binti'];

/**
 * Indonesian words that set a name in a place, a time or a direction: never a joiner, and when a sentence opens
 * with one, capitalised, not a name's first word ("Di Indonesia" is "Indonesia"; "Dari Kota Bandung"). English
 * ones ("in", "at", "on") join no name either, but open titles too ("On the Road"), so a capitalised one is kept.
 */
const PLACE_WORDS: ReadonlySet<string> = new Set(['di', 'ke', 'dari', 'pada', 'dalam']);

/**
 * English articles and prepositions, and Indonesian prepositions that are not PLACE_WORDS: capitalised only
 * because they open a sentence ("In Jakarta, the forum …", "The Jakarta Post covered …", "Menurut Kepala Desa …"),
 * so there they start no name. Inside a sentence a capitalised one is a title's ("the film On the Road") and is
 * kept.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'at', 'on', 'from', 'to', 'by', 'with', 'for', 'during', 'after', 'before', 'since', 'into',
  'menurut', 'bagi', 'oleh', 'kepada', 'sejak', 'selama', 'setelah', 'sebelum', 'tentang', 'dengan', 'menjelang',
]);

/**
 * Of NAME_JOINERS, those that also list names: "Badan Pengawas Obat dan Makanan" is one name, "Jawa Tengah dan
 * Jawa Timur" two, and which is which nothing in the words tells. So a run with them is offered whole and, as
 * well, each of its parts that is a name by itself (two words or more).
 */
const LISTING = new Set(['dan', 'and']);

/** Whether a run is one-word names and listing words between them ("Indonesia dan Jepang", "A, B and C" aside). */
function listsWords(words: readonly string[]): boolean {
  let listed = false;
  for (let i = 0; i < words.length; i++) {
    if (LISTING.has(words[i]!)) listed = true;
    else if (i + 1 < words.length && !LISTING.has(words[i + 1]!)) return false;
  }
  return listed;
}

/**
 * The parts of a run of names between its listing words, each of two words or more ("Jawa Tengah", "Jawa Timur").
 */
function coordinated(words: readonly string[]): string[] {
  if (!words.some((w) => LISTING.has(w))) return [];
  const parts: string[][] = [[]];
  for (const w of words) {
    if (LISTING.has(w)) parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  return parts.filter((p) => p.length >= 2 && !NAME_JOINERS.includes(p[0]!) && !NAME_JOINERS.includes(p[p.length - 1]!)).map((p) => p.join(' '));
}

/**
 * The rule of the names autocomplete offers (see name-runs.ts): two or more capitalised words in a row on one
 * line, acronyms among them ("Forum Media CCTV+"), joined by at most two of NAME_JOINERS in a row ("of the"): a
 * heading over a paragraph is two lines, not one name. A name starts at a word's start, never inside a word
 * ("iNews TV", not "News TV"); a brand's one or two lower-case letters before its capital are part of it ("iNews",
 * "eKTP").
 */
const NAME_RULE: RunRule = {
  name: String.raw`(?:\p{Ll}{1,2}(?=\p{Lu}))?${NAME_WORD}`,
  word: String.raw`(?:\p{Ll}{1,2}(?=\p{Lu}))?${NAME_WORD}|\p{Ll}+`,
  isName: () => true,
  joinerShape: `(?:${NAME_JOINERS.join('|')})`,
  isJoiner: () => true,
  maxJoiners: 2,
  minNames: 2,
  insideWords: false,
};

/** Passages read, and names tokenized, between two turns of the event loop (see collectSuggestionsInTurns). */
const STEP = 250;

/**
 * Titles, quoted titles and runs of capitalised words ("China Global Television Network") in the corpus:
 * the named things members ask about. Collected once per index build.
 */
export function collectSuggestions(passages: Passage[]): Suggestion[] {
  return runNow(collecting(passages));
}

/**
 * The same names, the event loop getting a turn every STEP passages (and names): on a corpus of thousands of
 * passages collecting them takes a few hundred milliseconds, which the bot's other interactions should not wait
 * for.
 */
export function collectSuggestionsInTurns(passages: Passage[]): Promise<Suggestion[]> {
  return runInTurns(collecting(passages));
}

/** The collection itself, written once for both: each `yield` is a point where it may pause. */
function* collecting(passages: Passage[]): Steps<Suggestion[]> {
  /** lists: the times it was read as one-word names listed ("Indonesia dan Jepang"), not as anything else. */
  interface Seen { count: number; own: number; lists: number; passages: number[] }
  const found = new Map<string, Seen>();
  const quoted = new Set<string>();
  /** Counts a name as read in passage `at`; what is kept of it, undefined when it is too short or too long. */
  const bump = (s: string, at: number, inQuotes = false, asPart = false, asList = false): Seen | undefined => {
    const t = s.trim().replace(/\s+/gu, ' ');
    if (t.length < 3 || t.length > 80) return undefined;
    let f = found.get(t);
    if (f === undefined) found.set(t, (f = { count: 0, own: 0, lists: 0, passages: [] }));
    f.count++;
    if (asList) f.lists++;
    if (!asPart) f.own++;
    if (f.passages[f.passages.length - 1] !== at) f.passages.push(at);
    if (inQuotes) quoted.add(t);
    return f;
  };
  const titles = new Map<string, Seen>();
  let done = 0;
  for (const p of passages) {
    // A document cited by a label has no title of its own: its `title` is its id, which no member knows or asks by
    // (asked alone, it finds nothing: see answer.ts), so it is offered by the names in its text only.
    // (Asked without reading the label: see hasLabel.)
    const title = !hasLabel(p) ? titles.get(p.title) : null;
    if (title === undefined) {
      const f = bump(p.title, done);
      if (f !== undefined) titles.set(p.title, f);
    } else if (title !== null && title.passages[title.passages.length - 1] !== done) title.passages.push(done);
    for (const m of p.text.matchAll(/["“]([^"”\n]{3,80})["”]/gu)) bump(m[1]!, done, true);
    for (const run of nameRuns(p.text, NAME_RULE)) {
      // A sentence opening with a place word ("Di Indonesia, ...") capitalises it: it is no part of the name; nor
      // is an article or preposition that opens a sentence ("In Jakarta, ...", "The Jakarta Post covered ...").
      const first = run.words[0]!.toLowerCase();
      const placed = PLACE_WORDS.has(first) || (SENTENCE_OPENERS.has(first) && !isNameAt(p.text, run.start));
      const words = placed ? run.words.slice(1) : run.words;
      if (placed && words.filter((w) => !NAME_JOINERS.includes(w)).length < NAME_RULE.minNames) continue;
      bump(placed ? words.join(' ') : p.text.slice(run.start, run.end), done, false, false, listsWords(words));
      for (const part of coordinated(words)) bump(part, done, false, true);
    }
    if (++done % STEP === 0) yield;
  }
  const out: Suggestion[] = [];
  for (const [text, f] of found) {
    // One-word names listed with "dan" once are a list ("siapa presiden pertama Indonesia dan Uskup"); written so
    // again and again, a name ("Bosnia dan Herzegovina", "Trinidad and Tobago").
    if (f.lists === f.count && f.count < 2 && !quoted.has(text)) continue;
    out.push({ text, words: tokenize(text).map((t) => t.norm), count: f.count, own: f.own, passages: f.passages, quoted: quoted.has(text) });
    if (out.length % STEP === 0) yield;
  }
  // Names that stand alone first, most often so; then the parts of "dan" names seen only within them ("Dialog
  // Media" after "Dialog Media dan Kerja", which sorts before it alphabetically and, counted with its own, would
  // outnumber it).
  return out.sort((a, b) => b.own - a.own || b.count - a.count || a.text.localeCompare(b.text));
}

const MAX_CHOICE = 100;
/**
 * Names and words gathered for a typed start before the best are chosen: more than Discord's 25, so that one that
 * fits the rest of the question is found even when many more frequent ones merely complete the last word.
 */
const CANDIDATES = 50;
/**
 * Passages read for the words that follow the word typed before the last ("hari" → "kedua"): a bound per
 * keystroke.
 */
const FOLLOW_PASSAGES = 500;
/** Places kept for corpus words when names alone would fill the list ("hadi": "hadiah" among "Hadi Puspita"s). */
const WORD_PLACES = 5;
/** A typed start this short is not looked for inside names (see suggestFrom). */
const SHORT_START = /^\p{L}{1,2}$/u;
/** A word this short is not corrected: one typo away from it lie too many words. */
const MIN_TYPO_WORD = 4;

/**
 * The choices for what a member has typed, each a whole question (Discord replaces the question with the choice
 * picked): first what was typed, as it is; then the typed text with its last words completed by a title or a name
 * ("what is chi" → "what is China Up Close"), most mentioned first; then with its last word completed by a word of
 * the corpus, most used first ("siapa penerima hadi" → "... hadiah"), WORD_PLACES of them kept even when names
 * abound; then names that hold the last word further in ("apa itu news" → "apa itu CBS News"). When none of these
 * is found and the last word is not one the corpus has, it is read as having one typo ("hackaton" → "hackathon",
 * and the names it starts).
 */
export function suggestFrom(all: readonly Suggestion[], typed: string, limit: number, vocabulary?: Vocabulary): string[] {
  const text = typed.replace(/\s+/gu, ' ').trimStart();
  const out: string[] = [];
  const seen = new Set<string>();
  // A choice replaces the whole question when picked, so a choice that would not fit Discord's 100 characters is
  // left out rather than cut: a cut question would be answered as if the member had typed less. A choice that
  // differs from an earlier one only in case ("what is global South" after "what is Global South") is the same
  // question.
  const asIs = text.trimEnd();
  const push = (s: string) => {
    const same = s.toLowerCase();
    if (out.length < limit && s.length <= MAX_CHOICE && s.trim().length > 0 && s !== asIs && !seen.has(same)) {
      seen.add(same);
      out.push(s);
    }
  };
  if (asIs.length > 0 && asIs.length <= MAX_CHOICE && limit > 0) out.push(asIs);
  const typedTokens = tokenize(text);
  if (typedTokens.length === 0) {
    // Nothing to complete (an empty box, spaces, an emoji): the most frequent names, and no more than asked for.
    for (const s of all) {
      if (out.length >= limit) break;
      push(s.text);
    }
    return out;
  }
  const lastToken = typedTokens[typedTokens.length - 1]!;
  const last = lastToken.norm;
  const head = text.slice(0, lastToken.start);
  // A name put in place of the last word replaces the marks glued to it as well ("#8" → "Community Meetup #8"):
  // the word's "#" kept in front would glue a stray "#" to the name ("#Community Meetup #8"). A completed word
  // keeps them.
  const nameHead = text.slice(0, markedStart(text, lastToken.start));
  // A word followed by anything (a space, a question mark) is finished: it is not completed into a longer one.
  const finished = lastToken.end < text.length;
  // More words than fit the list: one further down by use may fit the rest of the question better (see below).
  const words = vocabulary !== undefined && !finished ? completions(vocabulary, last, CANDIDATES) : [];
  const asTyped = (i: number) => head + shownAs(vocabulary!, i, text.slice(lastToken.start, lastToken.end));

  // Every choice, in the order of how often the corpus has it, with where it is read (to tell how it fits) and the
  // typed word just before what it replaces.
  type Choice = { text: string; passages: ArrayLike<number>; first: string; before: number; minor: boolean; name: boolean };
  const choices: Choice[] = [];
  const nameChoice = (s: Suggestion, text: string, before: number): Choice => ({ text, passages: s.passages, first: s.words[0] ?? '', before, minor: false, name: true });
  const wordChoice = (i: number): Choice => {
    const word = vocabulary!.words[i]!;
    return { text: asTyped(i), passages: holdersOf(vocabulary!, i), first: word, before: typedTokens.length - 2, minor: isStopword(word), name: vocabulary!.shown[i] !== word };
  };

  // Titles and names completing the last k typed words, longest k first; a few places left for words.
  const names: Choice[] = [];
  const nameLimit = limit - Math.min(WORD_PLACES, words.length);
  const index = indexOf(all);
  for (let k = Math.min(typedTokens.length, 4); k >= 1 && names.length < limit; k--) {
    const tail = typedTokens.slice(-k);
    const before = text.slice(0, markedStart(text, tail[0]!.start));
    for (const s of index.first.get(tail[0]!.norm[0]!) ?? []) {
      if (s.words.length < k) continue;
      const ok = tail.every((t, i) => (i === k - 1 && !finished ? s.words[i]!.startsWith(t.norm) : s.words[i] === t.norm));
      if (ok) names.push(nameChoice(s, before + s.text, typedTokens.length - k - 1));
      if (names.length >= limit) break;
    }
  }
  // A word that two or more of these names start with comes just before the first of them: it is what they have in
  // common, and often what the member means ("indo" → "Indonesia", then "Indonesia Raya", "Indonesian Idol", …).
  const starting = new Map<string, number>();
  for (const n of names) if (n.before === typedTokens.length - 2) starting.set(n.first, (starting.get(n.first) ?? 0) + 1);
  const leading = new Map<string, number>();
  for (const i of words) if ((starting.get(vocabulary!.words[i]!) ?? 0) >= 2) leading.set(vocabulary!.words[i]!, i);
  for (const n of names.slice(0, nameLimit)) {
    const i = n.before === typedTokens.length - 2 ? leading.get(n.first) : undefined;
    if (i !== undefined) {
      choices.push(wordChoice(i));
      leading.delete(n.first);
    }
    choices.push(n);
  }
  for (const i of words.slice(0, WORD_PLACES)) choices.push(wordChoice(i));
  choices.push(...names.slice(nameLimit));
  // Then things that merely contain the last typed word somewhere, in place of it; a name that also holds the
  // words typed just before it, in place of those too ("meetup #1" → "Meetup Komunitas Data #1", never "meetup
  // Meetup …"), and not one holding a typed word further back, which it would say twice ("meetup di #1").
  let containing = 0;
  const shortStart = SHORT_START.test(last);
  // After a word that is no stopword only a name holding it qualifies (below): told first, at the cost of one
  // look.
  const previous = typedTokens.length >= 2 ? typedTokens[typedTokens.length - 2]!.norm : null;
  const mustHold = previous !== null && !isStopword(previous) ? previous : null;
  for (const s of index.inside.get(last[0]!) ?? []) {
    // A start of one or two letters says too little to look for it inside names ("of" → "… Government Printing
    // Office"; a number does: "meetup #1"); nor is a name put after a word it does not hold, which the question
    // would then run into ("ibu kota jawa t" → "… jawa Kalimantan Timur"), but only in place of the typed words it
    // holds, or after a stopword. They fill the places the others leave, as they always did: the weakest guesses,
    // and looking for them reads every name of a large corpus.
    if (choices.length >= limit || containing >= limit || shortStart) break;
    if (mustHold !== null && !s.words.includes(mustHold)) continue;
    // (Not by a joining word: "Kebun Raya Bogor dan Kedutaan Besar Jepang" holds no word a member typing "d"
    // means.)
    if (!s.words.some((w) => w.startsWith(last) && !NAME_JOINERS.includes(w))) continue;
    let from = typedTokens.length - 1;
    while (from > 0 && s.words.includes(typedTokens[from - 1]!.norm)) from--;
    if (typedTokens.slice(0, from).some((t) => s.words.includes(t.norm))) continue;
    if (from > 0 && !isStopword(typedTokens[from - 1]!.norm)) continue;
    choices.push(nameChoice(s, from === typedTokens.length - 1 ? nameHead + s.text : text.slice(0, markedStart(text, typedTokens[from]!.start)) + s.text, from - 1));
    containing++;
  }
  for (const i of words.slice(WORD_PLACES)) choices.push(wordChoice(i));
  const offered = vocabulary === undefined ? choices : withoutNamesInOrdinal(choices, typedTokens, vocabulary, finished);
  for (const c of vocabulary === undefined ? offered : byFit(offered, typedTokens, vocabulary)) push(c.text);

  const found = out.length > (out[0] === asIs ? 1 : 0);
  if (!found && vocabulary !== undefined && [...last].length >= MIN_TYPO_WORD && !vocabulary.at.has(last)) {
    // A whole word one typo away first, then (while typing) words whose start is one typo away.
    let fixed = corrections(vocabulary, last, false, limit);
    // Read as the start of a word only from five letters: a four-letter start one typo away starts too many words.
    if (fixed.length === 0 && !finished && [...last].length > MIN_TYPO_WORD) fixed = corrections(vocabulary, last, true, limit);
    for (const i of fixed) push(head + vocabulary.shown[i]!);
    for (const i of fixed.slice(0, 3)) {
      const w = vocabulary.words[i]!;
      for (const s of index.first.get(w[0]!) ?? []) {
        if (out.length >= limit) break;
        if (s.words[0] === w) push(nameHead + s.text);
      }
    }
  }
  return out.slice(0, limit);
}

/**
 * A list of names by the first letter of their words, each in the list's order (most mentioned first): the names a
 * typed word may start or be found in are those under its first letter, and a keystroke reads those, not every
 * name of the corpus (some 30,000 of tydiqa-id's).
 */
interface NameIndex {
  /** By the first letter of a name's first word: the names typed words may start ("meetup #1", "hackathon"). */
  first: Map<string, Suggestion[]>;
  /** By the first letter of each of a name's words, each name once a letter: the names a typed word may be in. */
  inside: Map<string, Suggestion[]>;
}

/**
 * Each list of names' index, made on its first keystroke: the list a snapshot serves is the same until a reload.
 */
const indexes = new WeakMap<readonly Suggestion[], NameIndex>();

function indexOf(all: readonly Suggestion[]): NameIndex {
  let index = indexes.get(all);
  if (index !== undefined) return index;
  index = { first: new Map(), inside: new Map() };
  const add = (map: Map<string, Suggestion[]>, letter: string, s: Suggestion) => {
    const list = map.get(letter);
    if (list === undefined) map.set(letter, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  };
  for (const s of all) {
    // (A word's first UTF-16 unit: a typed word another word starts with has the same one.)
    if (s.words[0] !== undefined && s.words[0] !== '') add(index.first, s.words[0][0]!, s);
    for (const w of s.words) if (w !== '') add(index.inside, w[0]!, s);
  }
  indexes.set(all, index);
  return index;
}

/**
 * Where the typed word starting at `start` begins with the marks written against it ("#8", "(meetup"): the
 * tokenizer drops them, but a name offered in the word's place replaces them too. Marks joining it to another word
 * ("covid-19") stay, with that word.
 */
function markedStart(text: string, start: number): number {
  let i = start;
  while (i > 0 && /[^\s\p{L}\p{N}]/u.test(text[i - 1]!)) i--;
  return i > 0 && !/\s/u.test(text[i - 1]!) ? start : i;
}

/**
 * How a completed word is shown: a name as the corpus writes it ("Indonesia"); any other word continuing what was
 * typed, capital and all ("Hadi" → "Hadiah", "hadi" → "hadiah").
 */
function shownAs(v: Vocabulary, i: number, typedWord: string): string {
  const shown = v.shown[i]!;
  const word = v.words[i]!;
  if (shown !== word) return shown;
  // The typed word is the start of the corpus word, up to case (normalisation may change its length: then as
  // written).
  return typedWord.toLowerCase() === word.slice(0, typedWord.length) ? typedWord + word.slice(typedWord.length) : word;
}

/**
 * The choices, those that fit the rest of the question first, each group in the order given (most used first): a
 * member typing "hari ke" means "hari kedua" rather than the most mentioned name that starts with "Ke". A choice
 * fits by each other content word of the question that one passage holds with it (a name's own words count, as it
 * holds them), by each typed word it continues, as its own words ("Global South" for "global so"), and by one more
 * when the corpus writes it right after the word typed before it ("hari kedua", "dari Kementerian"). Deterministic
 * (a stable sort); with no other word typed, the order is as given but for stopwords, last.
 */
function byFit<C extends { passages: ArrayLike<number>; first: string; before: number; minor: boolean }>(choices: C[], typed: readonly Token[], v: Vocabulary): C[] {
  // How many of the question's content words, the last (being completed) aside, each passage holds.
  const context = [...new Set(typed.slice(0, -1).map((t) => t.norm))].filter((w) => !isStopword(w) && v.at.has(w));
  const memo = memoOf(v);
  const key = context.join(' ');
  if (memo.context !== key) {
    // The words before the last change only when one is finished: the keystrokes in between share this count.
    memo.context = key;
    memo.held = context.length > 0 ? new Uint8Array(v.sequenceFrom.length - 1) : null;
    for (const w of context) for (const p of holdersOf(v, v.at.get(w)!)) memo.held![p]!++;
  }
  const held = memo.held;
  const fit = (c: C): number => {
    let most = 0;
    if (held !== null) {
      for (let j = 0; j < c.passages.length && most < context.length; j++) most = Math.max(most, held[c.passages[j]!]!);
    }
    // The typed words before the last that the choice continues, as its own words, in order: a name completing
    // "global so" continues "global", which a word completing "so" after it ("South") merely follows.
    most += typed.length - 2 - c.before;
    if (c.before < 0) return most;
    // A word the vocabulary lacks (shorter than three letters, or not in the corpus) is followed by none.
    const word = v.at.get(typed[c.before]!.norm);
    const first = v.at.get(c.first);
    if (word === undefined || first === undefined) return most;
    return most + (followersOf(v, word).has(first) ? 1 : 0);
  };
  // Among choices that fit alike, a stopword ("dan", "dari", "for") after the others: the most used words of all,
  // they would head every short start, and completing one saves a member nothing.
  if (held === null && typed.length < 2) return [...choices].sort((a, b) => Number(a.minor) - Number(b.minor));
  const scored = choices.map((c) => ({ c, fit: fit(c) }));
  return scored.sort((a, b) => b.fit - a.fit || Number(a.c.minor) - Number(b.c.minor)).map((x) => x.c);
}

/**
 * The choices but the names that would complete an ordinal phrase the corpus writes: where the corpus writes an
 * ordinal starting with the last typed start right after the word before it ("hari kedua", "hari ketiga" for "hari
 * ke"), the member is typing that phrase, and a name put after that word ("hari Kertajaya", a street) is no
 * completion of it. A name that holds the word before ("Hari Kemerdekaan") or that the corpus writes right after
 * it is kept, and so is every choice while the last word is finished or no such ordinal is written.
 */
function withoutNamesInOrdinal<C extends { first: string; before: number; name: boolean }>(choices: C[], typed: readonly Token[], v: Vocabulary, finished: boolean): C[] {
  if (finished || typed.length < 2) return choices;
  const last = typed[typed.length - 1]!.norm;
  const previous = v.at.get(typed[typed.length - 2]!.norm);
  if (previous === undefined) return choices;
  const after = followersOf(v, previous);
  const ordinal = (i: number) => v.words[i]!.startsWith(last) && spelledNumberAt([v.words[i]!], 0)?.ordinal === true;
  if (![...after].some(ordinal)) return choices;
  return choices.filter((c) => {
    if (!c.name || c.before !== typed.length - 2) return true;
    const first = v.at.get(c.first);
    return first !== undefined && after.has(first);
  });
}

/** The words the corpus writes right after word i (see wordsAfter), remembered between keystrokes. */
function followersOf(v: Vocabulary, i: number): Set<number> {
  const memo = memoOf(v);
  let after = memo.followers.get(i);
  if (after === undefined) {
    if (memo.followers.size >= FOLLOWERS_KEPT) memo.followers.clear();
    memo.followers.set(i, (after = wordsAfter(v, i, FOLLOW_PASSAGES)));
  }
  return after;
}

/** What byFit keeps between keystrokes, per vocabulary (so per index): results are the same with or without it. */
interface Memo {
  /** The context words held was counted for, joined. */
  context: string | null;
  held: Uint8Array | null;
  /** wordsAfter, by word (indexes). */
  followers: Map<number, Set<number>>;
}

/** Words whose followers are kept at most (then forgotten at once): a few hundred questions' worth. */
const FOLLOWERS_KEPT = 1000;

const memos = new WeakMap<Vocabulary, Memo>();

function memoOf(v: Vocabulary): Memo {
  let m = memos.get(v);
  if (m === undefined) memos.set(v, (m = { context: null, held: null, followers: new Map() }));
  return m;
}
