// Questions that ask why or what for, whether a passage gives a reason or a purpose, and where it gives it:
// answer-slot.ts's "reason".
//
// "Mengapa pabrik itu ditutup?", "kenapa iuran naik", "Apa tujuan …", "Untuk apa …", "dana kas buat apa", "Why
// …", "how come …", "What is the purpose of …", "what will the donation be used for": the answer is a reason or a
// purpose (Li & Roth's DESC:reason), which a passage states with a closed class of words, the causal, result and
// purpose conjunctions and prepositions of the grammars (MARKERS, below). As with a date or a place, what tells
// passages apart is such a word the question does not already say; and what a long passage's excerpt shows and
// highlights is the clause that word opens (or, for a word of result, "sehingga", "therefore", the clause it
// closes: the cause stands before it), beside the question's words (answer.ts's snippetWindow).
//
// "Apa maksud …", "apa yang dimaksud dengan …" ask what a word means, not what someone intends, and are no reason
// asked (read as a purpose, they moved nothing).

import { isAbbreviation } from './sentences.ts';

/** Words that ask a reason wherever they stand: "mengapa", "kenapa" and their chat spellings, English "why". */
const WHY: ReadonlySet<string> = new Set(['mengapa', 'mengapakah', 'kenapa', 'kenapakah', 'knp', 'why']);
/**
 * Nouns that ask a reason or a purpose beside "apa": "apa alasan", "tujuannya apa", "apakah penyebab", "apa
 * sebab", "apa gunanya" (what is it good for).
 */
const WHY_NOUNS: ReadonlySet<string> = new Set(['alasan', 'alasannya', 'sebab', 'sebabnya', 'penyebab', 'penyebabnya', 'tujuan', 'tujuannya', 'gunanya']);
const WHAT: ReadonlySet<string> = new Set(['apa', 'apakah']);
/** The prepositions before "apa" that ask a purpose: "untuk apa", and chat's "buat apa" (what for). */
const FOR: ReadonlySet<string> = new Set(['untuk', 'buat']);
/** English nouns that ask a reason or a purpose after "what" or "which", before "of", "for", "behind". */
const ENGLISH_WHY_NOUNS: ReadonlySet<string> = new Set(['reason', 'reasons', 'purpose', 'purposes', 'aim', 'aims', 'goal', 'goals', 'motive', 'motives']);
// ("what's" needs no entry: the question's words are split at the apostrophe, so its "what" is read.)
/** Those that ask one right after "what" too: "for what purpose", "what reason" (a goal scored is none). */
const ENGLISH_WHAT_REASONS: ReadonlySet<string> = new Set(['reason', 'reasons', 'purpose', 'purposes', 'motive', 'motives']);
const ENGLISH_WHAT: ReadonlySet<string> = new Set(['what', 'which']);
const ENGLISH_OF: ReadonlySet<string> = new Set(['of', 'for', 'behind']);
const isWhat = (w: string) => ENGLISH_WHAT.has(w);

/** Whether a question's words (lower case, a chat tail taken off) ask a reason or a purpose. */
export function asksReason(w: readonly string[]): boolean {
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (WHY.has(word)) return true;
    // ("how come": why.)
    if (word === 'how' && w[i + 1] === 'come') return true;
    if (WHY_NOUNS.has(word) && (WHAT.has(w[i - 1] ?? '') || WHAT.has(w[i + 1] ?? ''))) return true;
    // ("untuk apa", "buat apa": what for.)
    if (FOR.has(word) && WHAT.has(w[i + 1] ?? '')) return true;
    if (ENGLISH_WHY_NOUNS.has(word)) {
      // ("what is the purpose of", "what was a long-term goal of": a "what" before it, anywhere.)
      if (ENGLISH_OF.has(w[i + 1] ?? '') && w.slice(0, i).some(isWhat)) return true;
    }
    // ("for what purpose", "what reason": right after "what"; not "what goal did he score".)
    if (ENGLISH_WHAT_REASONS.has(word) && isWhat(w[i - 1] ?? '')) return true;
  }
  // ("what is the workshop for", "what will the money be used for", "what for": the question ends with "for", a
  // "what" before it, followed by its verb or by the "for" itself; not "what size …", "which race …", which ask
  // that noun, nor a verb that takes the "for" as its own, "stand for", "sign up for".)
  const last = w.length - 1;
  if (last < 1 || w[last] !== 'for' || FOR_VERBS.has(w[last - 1]!)) return false;
  for (let i = 0; i < last; i++) if (w[i] === 'what' && (i === last - 1 || AUXILIARIES.has(w[i + 1]!))) return true;
  return false;
}

/** The verbs a "what" that asks a purpose stands before: "what is", "what will", "what's" (split, "s"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 's', 'will', 'would', 'do', 'does', 'did', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
]);
/** Verbs whose own complement "for" is, before a question's last "for": "what does QR stand for", "sign up for". */
const FOR_VERBS: ReadonlySet<string> = new Set([
  'stand', 'stands', 'up', 'register', 'registered', 'registering', 'apply', 'applied', 'applying', 'qualify', 'qualified', 'eligible',
  'look', 'looking', 'search', 'searching', 'wait', 'waiting', 'vote', 'voted', 'voting', 'ask', 'asked', 'asking',
]);

// The words that state a reason or a purpose, and on which side of them it stands: "after" for a word that opens
// the reason or the purpose ("karena hujan", "agar tidak antre", "because of the rain"), "before" for a word of
// result, which follows its cause ("hujan deras sehingga acara diundur", "it rained; therefore …").
//
// Written from the grammars before any dev question's passage was read (session 21), not from the questions:
// - Indonesian: the subordinating conjunctions of cause ("penyebaban": karena, sebab, oleh karena), of purpose
//   ("tujuan": agar, supaya, biar) and of result ("pengakibatan": sehingga, maka), in Alwi et al., Tata Bahasa
//   Baku Bahasa Indonesia (3rd ed., 2003); and the reason, purpose and result clauses and prepositions of cause
//   in Sneddon et al., Indonesian: A Comprehensive Grammar (2nd ed., 2010): lantaran, berhubung, akibat, berkat,
//   guna, demi, akibatnya, karenanya, oleh sebab itu; with the colloquial ones of Sneddon's Colloquial Jakartan
//   Indonesian (2006): gara-gara, soalnya, biar, makanya. Plus the nouns and verbs that name the relation itself
//   (alasan, penyebab, disebabkan, dikarenakan, diakibatkan, menyebabkan, mengakibatkan; tujuan, bertujuan,
//   ditujukan, dimaksudkan, bermaksud, dengan maksud, dalam rangka).
// - English: the reason, purpose and result adjuncts of Quirk et al., A Comprehensive Grammar of the English
//   Language (1985), and Huddleston & Pullum, The Cambridge Grammar of the English Language (2002): because,
//   because of, due to, owing to, on account of, thanks to; in order to/that, so that, so as to, lest; therefore,
//   thus, hence, consequently, as a result; and the nouns and verbs that name the relation (reason, purpose, aim,
//   intended).
//
// Left out, though the grammars list them, for what else they mean: "untuk" (for, to; in a third of tydiqa-id's
// and facqa's paragraphs and two thirds of squad-en-id's, and in the answers hardly more often than in others),
// "jadi" (become), "sampai" (until), "habis" (finished), "mengingat" (remember), "since" and "as" (of time and
// comparison), "so" and "for" alone, a "to" infinitive; "due" alone ("the fee is due"), "order" alone, "maksud"
// alone (meaning). A word the question says itself is no evidence ("apa tujuan …": "tujuan").
//
// Also left out: verbs of wanting, hoping and trying ("ingin", "mau", "hendak", "berharap", "berupaya",
// "berusaha"; "want", "hope", "seek", "try"). Both grammars class them as verbs of the subject's will or effort
// (the modal "ingin", "hendak", "mau" among the auxiliaries, "want", "seek" among the catenative verbs), not as
// words that link a clause as the reason or the purpose of another, as "agar", "so that" do; and a passage that
// says what someone wants does not say what a thing is for. The nouns and verbs of purpose ("tujuan",
// "bertujuan", "aim", "purpose", "intended") are in because they name the relation itself. (The forum set's one
// purpose question, "Apa tujuan inisiatif …", is answered by a paragraph saying what the initiative "ingin"; that
// is not why they are out, nor would it be a reason to put them in.)
type Side = 'after' | 'before';
const MARKER_LIST: ReadonlyArray<readonly [string, Side]> = [
  // Cause: the reason follows.
  ['karena', 'after'], ['sebab', 'after'], ['lantaran', 'after'], ['berhubung', 'after'], ['akibat', 'after'],
  ['berkat', 'after'], ['gara gara', 'after'], ['soalnya', 'after'], ['alasan', 'after'], ['alasannya', 'after'],
  ['penyebab', 'after'], ['penyebabnya', 'after'], ['disebabkan', 'after'], ['dikarenakan', 'after'], ['diakibatkan', 'after'],
  // Result: the cause stands before.
  ['sehingga', 'before'], ['maka', 'before'], ['makanya', 'before'], ['akibatnya', 'before'], ['karenanya', 'before'],
  ['menyebabkan', 'before'], ['mengakibatkan', 'before'],
  // Purpose: it follows.
  ['agar', 'after'], ['supaya', 'after'], ['biar', 'after'], ['guna', 'after'], ['demi', 'after'], ['tujuan', 'after'],
  ['tujuannya', 'after'], ['bertujuan', 'after'], ['ditujukan', 'after'], ['dimaksudkan', 'after'], ['bermaksud', 'after'],
  ['dengan maksud', 'after'], ['dalam rangka', 'after'],
  // English.
  ['because', 'after'], ['due to', 'after'], ['owing to', 'after'], ['on account of', 'after'], ['thanks to', 'after'],
  ['reason', 'after'], ['reasons', 'after'],
  ['therefore', 'before'], ['thus', 'before'], ['hence', 'before'], ['consequently', 'before'], ['as a result', 'before'],
  ['in order', 'after'], ['so that', 'after'], ['so as', 'after'], ['lest', 'after'], ['purpose', 'after'], ['aim', 'after'],
  ['aims', 'after'], ['aimed', 'after'], ['intended', 'after'],
];

interface Marker {
  /** The words after the first. */
  readonly rest: readonly string[];
  readonly side: Side;
}

/** The markers by their first word. */
const MARKERS: ReadonlyMap<string, readonly Marker[]> = (() => {
  const byFirst = new Map<string, Marker[]>();
  for (const [words, side] of MARKER_LIST) {
    const [first, ...rest] = words.split(' ');
    const list = byFirst.get(first!) ?? [];
    list.push({ rest, side });
    byFirst.set(first!, list);
  }
  return byFirst;
})();

const TOKEN = /[\p{L}\p{N}]+/gu;

/** A marker found: where its words stand in the text, and on which side its reason does. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly side: Side;
}

/**
 * The markers `text` holds whose words the question (`words`, lower case) does not all say: "so that" is evidence
 * for "why was the queue so long", whose "so" is of degree. `first`: stop at the first one.
 */
function markersIn(words: ReadonlySet<string>, text: string, first: boolean): Found[] {
  const found: Found[] = [];
  const tokens = [...text.matchAll(TOKEN)];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]![0].toLowerCase();
    const markers = MARKERS.get(t);
    if (markers === undefined || otherSense(tokens, i)) continue;
    for (const m of markers) {
      if (!followedBy(tokens, i, m.rest)) continue;
      if (words.has(t) && m.rest.every((r) => words.has(r))) break;
      const last = tokens[i + m.rest.length]!;
      found.push({ start: tokens[i]!.index, end: last.index + last[0].length, side: m.side });
      if (first) return found;
      break;
    }
  }
  return found;
}

/**
 * Whether the `i`th token, a marker's word, is one of its other senses here: "demi" between a word and itself, a
 * sequence ("satu demi satu", "sedikit demi sedikit"); "tujuan" written small before a name, a destination ("bus
 * tujuan Bogor"); "guna" of a compound noun, its use ("teknologi tepat guna", "daya guna", "hasil guna").
 */
function otherSense(tokens: readonly RegExpExecArray[], i: number): boolean {
  const t = tokens[i]![0];
  const before = tokens[i - 1]?.[0].toLowerCase();
  const after = tokens[i + 1]?.[0];
  if (t.toLowerCase() === 'demi') return before !== undefined && before === after?.toLowerCase();
  if (t.toLowerCase() === 'guna') return before !== undefined && GUNA_NOUNS.has(before);
  return t === 'tujuan' && after !== undefined && CAPITAL.test(after);
}

const CAPITAL = /^\p{Lu}/u;
/** The words "guna" ends a compound noun after: "tepat guna" (appropriate), "daya guna", "hasil guna". */
const GUNA_NOUNS: ReadonlySet<string> = new Set(['tepat', 'daya', 'hasil']);

/** Whether the tokens after the `i`th are `rest`, in any case. */
function followedBy(tokens: readonly RegExpExecArray[], i: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (tokens[i + 1 + k]?.[0].toLowerCase() !== rest[k]) return false;
  return true;
}

/** Whether `text` gives a reason or a purpose with a word the question (`words`, lower case) does not say. */
export function statesReason(words: ReadonlySet<string>, text: string): boolean {
  return markersIn(words, text, true).length > 0;
}

/** The end of a sentence, or of a line: a reason's clause ends there (see isEnd). */
const SENTENCE_END = /[.!?;\n]/u;
/** The end of a clause put first: "Karena hujan, acara diundur." */
const CLAUSE_END = /[,.!?;\n]/u;
const DIGIT = /\d/u;

/**
 * Whether the character at `i` ends the sentence (or, `clause`, a clause put first), as the passage splitter reads
 * a full stop (sentences.ts): not one inside a number or a web address, "Rp 1.500.000", "19.30", nor one after an
 * abbreviation, "dr.", "No."; nor a comma inside a number, "2,5".
 */
function isEnd(text: string, i: number, clause: boolean): boolean {
  const c = text[i]!;
  if (!(clause ? CLAUSE_END : SENTENCE_END).test(c)) return false;
  if (c === ',') return !(DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));
  if (c !== '.') return true;
  const next = text[i + 1];
  if (next !== undefined && !SPACE.test(next)) return false;
  return !isAbbreviation(text, 0, i);
}

/** The first end (see isEnd) at or after `from`, else the text's end. */
function nextEnd(text: string, from: number, clause: boolean): number {
  for (let i = from; i < text.length; i++) if (isEnd(text, i, clause)) return i;
  return text.length;
}
/** What may stand before a marker that opens its sentence: a conjunction, spaces, a bullet. */
const OPENING = /^(?:\s|[-*•–—"'(]|\b(?:dan|tapi|tetapi|namun|and|but|or|atau)\b)*$/iu;
/** A reason longer than this is cut at a word's end: the excerpt has room for the question's words too. */
const MAX_CLAUSE = 150;
const WORD_END = /[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * Where `text` gives a reason or a purpose (see markersIn): from each marker to its clause's end (to the comma
 * that closes a clause put first, "Karena hujan, …", else to the sentence's end), or, for a word of result, from
 * its clause's start to it. Cut to MAX_CLAUSE characters at a word's end. In order; for answer-slot.ts's
 * answerValues, which the excerpt is taken to show and highlights.
 */
export function reasonClauses(words: ReadonlySet<string>, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of markersIn(words, text, false)) {
    const sentenceStart = lastBoundary(text, m.start);
    if (m.side === 'after') {
      const opens = OPENING.test(text.slice(sentenceStart, m.start));
      let end = nextEnd(text, m.end, opens);
      if (end - m.start > MAX_CLAUSE) end = wordEndBefore(text, m.start + MAX_CLAUSE, m.end);
      out.push([m.start, end]);
    } else {
      // (A word of result that opens its sentence, "Akibatnya, …", follows a cause the sentence before states; not
      // one on a line before, a chat post's or a list's, which is a line of its own.)
      const before = sentenceStart > 0 && OPENING.test(text.slice(sentenceStart, m.start)) ? boundaryBefore(text, sentenceStart) : -1;
      const start = before !== -1 && text[before] !== '\n' ? lastBoundary(text, before) : sentenceStart;
      out.push([Math.max(start, wordStartAfter(text, m.end - MAX_CLAUSE)), m.end]);
    }
  }
  return out;
}

/** Where the sentence (or line) that holds `at` starts: past its boundary and the spaces after. */
function lastBoundary(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isEnd(text, i - 1, false)) i--;
  while (i < at && SPACE.test(text[i]!)) i++;
  return i;
}

/** Where the boundary that ends the sentence before the one starting at `start` stands. */
function boundaryBefore(text: string, start: number): number {
  let b = start - 1;
  while (b > 0 && !isEnd(text, b, false)) b--;
  return b;
}

/** The end of the last word that ends at or before `limit` (not before `floor`). */
function wordEndBefore(text: string, limit: number, floor: number): number {
  let end = floor;
  WORD_END.lastIndex = floor;
  for (let m = WORD_END.exec(text); m !== null && m.index + 1 <= limit; m = WORD_END.exec(text)) end = m.index + 1;
  return end;
}

/** The start of the first word that starts at or after `at` (0 where `at` is before the text). */
function wordStartAfter(text: string, at: number): number {
  if (at <= 0) return 0;
  const m = WORD_CHAR.exec(text.slice(at));
  return m === null ? at : at + m.index;
}
