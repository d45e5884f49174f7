// Questions that ask why or what for, and whether a passage gives a reason or a purpose: answer-slot.ts's
// "reason".
//
// "Mengapa pabrik itu ditutup?", "Apa alasan …", "Apa tujuan …", "Untuk apa …", "Why …", "What is the purpose of
// …": the answer is a reason or a purpose (Li & Roth's DESC:reason), which a passage states with a closed class of
// words: of reason "karena", "sebab", "akibat", "sehingga", "because"; of purpose "agar", "supaya", "guna", "demi",
// "bertujuan". As with a date or a place, what tells passages apart is such a word the question
// does not already say. Measured on the dev sets' 14 questions of this kind (tydiqa-id, squad-en-id), 10 of
// the 14 passages that answer them hold one the question does not say, against 55 of the 127 other passages of
// their top ten.
//
// Left out: "untuk" (for, to), in a third of tydiqa-id's and facqa's paragraphs and two thirds of squad-en-id's,
// and in 6 of those 14 answers against 46 of the 127 others: no evidence. "Apa maksud …", "apa yang dimaksud
// dengan …" ask what a word means, not what someone intends (read as a purpose, they moved nothing).
//
// Also left out: verbs of wanting and trying ("ingin", "hendak", "berharap", "berupaya", "seeks", "intends"). The
// list they were proposed in was written knowing that the forum set's one purpose question ("Apa tujuan inisiatif
// …") is answered by a paragraph saying what the initiative "ingin"; with them it ranks first. A rule shaped by a
// dev question is tuning, whatever the grammar says, so they wait for evidence from questions not yet seen.

/** Words that ask a reason wherever they stand: "mengapa", "kenapa" and their chat spellings, English "why". */
const WHY: ReadonlySet<string> = new Set(['mengapa', 'mengapakah', 'kenapa', 'kenapakah', 'knp', 'why']);
/** Nouns that ask a reason or a purpose beside "apa": "apa alasan", "tujuannya apa", "apakah penyebab". */
const WHY_NOUNS: ReadonlySet<string> = new Set(['alasan', 'alasannya', 'sebab', 'sebabnya', 'penyebab', 'penyebabnya', 'tujuan', 'tujuannya']);
const WHAT: ReadonlySet<string> = new Set(['apa', 'apakah']);
/** English nouns that ask a reason or a purpose after "what" or "which", before "of", "for", "behind". */
const ENGLISH_WHY_NOUNS: ReadonlySet<string> = new Set(['reason', 'reasons', 'purpose', 'purposes', 'aim', 'aims', 'goal', 'goals', 'motive', 'motives']);
// ("what's" needs no entry: the question's words are split at the apostrophe, so its "what" is read.)
const ENGLISH_WHAT: ReadonlySet<string> = new Set(['what', 'which']);
const ENGLISH_OF: ReadonlySet<string> = new Set(['of', 'for', 'behind']);
const isWhat = (w: string) => ENGLISH_WHAT.has(w);

/** Whether a question's words (lower case) ask a reason or a purpose. */
export function asksReason(w: readonly string[]): boolean {
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (WHY.has(word)) return true;
    if (WHY_NOUNS.has(word) && (WHAT.has(w[i - 1] ?? '') || WHAT.has(w[i + 1] ?? ''))) return true;
    // ("untuk apa": what for.)
    if (word === 'untuk' && WHAT.has(w[i + 1] ?? '')) return true;
    // ("what is the purpose of", "what was a long-term goal of": a "what" before it, anywhere.)
    if (ENGLISH_WHY_NOUNS.has(word) && ENGLISH_OF.has(w[i + 1] ?? '') && w.slice(0, i).some(isWhat)) return true;
  }
  return false;
}

/** The words that give a reason or a purpose (see the top of this file for "untuk"). */
const MARKERS: ReadonlySet<string> = new Set([
  // A reason, or what follows from one.
  'karena', 'karenanya', 'sebab', 'disebabkan', 'penyebab', 'penyebabnya', 'lantaran', 'akibat', 'akibatnya', 'diakibatkan', 'sehingga', 'maka',
  'alasan', 'alasannya', 'because', 'due',
  // A purpose or an intent.
  'agar', 'supaya', 'guna', 'demi', 'bertujuan', 'tujuan', 'tujuannya', 'dimaksudkan',
  'aims', 'aimed', 'intended', 'purpose',
]);
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Whether `text` gives a reason or a purpose with a word the question (`words`, lower case) does not say. */
export function statesReason(words: ReadonlySet<string>, text: string): boolean {
  for (const t of text.toLowerCase().match(TOKEN) ?? []) if (MARKERS.has(t) && !words.has(t)) return true;
  return false;
}
