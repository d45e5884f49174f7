// Whether a write-up says what a question asks in words of its own, where it has none of the question's forms of
// it: "Panelis malam itu adalah Rizky Pratama, Lestari Handayani …" for "siapa pembicara meetup 8", "HTM Rp35.000"
// for "berapa harga tiket meetup 8". Read only where a question about a write-up found nothing of what it asks in
// it (see whichOnly in answer.ts): without it, such a write-up's passages were no answer, though they are one.

import { isNameAt, tokenize } from './analyzer.ts';
import { splitSentences } from './sentences.ts';
import type { Highlight, Passage } from './types.ts';

/**
 * A passage that says the asked word, and where: the words it matched for it in any form the index matched them
 * ("sponsored", "disponsori" for "sponsor": answer.ts's highlightsIn).
 */
export interface Saying {
  passage: Passage;
  said: readonly Highlight[];
}

/**
 * Whether one of `own` (a write-up's passages) names someone or something that the corpus's passages saying the
 * asked word (`saying`, of other write-ups) name: the people other write-ups call speakers are this one's
 * panelists, the company another calls its sponsor "supported" this one. A name is a word capitalised inside a
 * sentence; `ignore` leaves out the question's own words and the words of titles, which name events, not who
 * took part in them. Of a passage, the names of its sentences that say the word, where they name any: in "Mentors
 * on the day were Hendra Gunawan and Andreas Müller. Lunch was sponsored by Google." only Google is a sponsor, and
 * a write-up naming Hendra Gunawan as its speaker says nothing of a sponsor. (A sentence that says the word and
 * names no one, "Pembicara:" above a list of names, leaves the whole passage's.)
 */
export function namesTheSame(own: readonly Passage[], saying: readonly Saying[], ignore: (word: string) => boolean): boolean {
  const names = new Set(saying.flatMap(namesSaid).filter((w) => !ignore(w)));
  return names.size > 0 && own.some((p) => namesIn(p.text).some((w) => names.has(w)));
}

/** The names of a passage's sentences that say the asked word, or, where those name no one, all of its names. */
function namesSaid({ passage, said }: Saying): string[] {
  const { text } = passage;
  const all = nameTokens(text);
  const spans = splitSentences(text).filter(([start, end]) => said.some(([at]) => at >= start && at < end));
  const within = all.filter((t) => spans.some(([start, end]) => t.start >= start && t.start < end));
  return (within.length > 0 ? within : all).map((t) => t.norm);
}

/** The words a text writes as names: capitalised, not at a sentence's start, letters only (not "Rp35.000"). */
function namesIn(text: string): string[] {
  return nameTokens(text).map((t) => t.norm);
}

function nameTokens(text: string): Array<{ norm: string; start: number }> {
  return tokenize(text).filter((t) => isNameAt(text, t.start) && /^\p{L}+$/u.test(t.norm));
}

/**
 * Whether one of `own` writes in capitals an abbreviation that begins with the initials of two or more of the
 * question's words in a row (`words`, in the question's order), one of them asked (`asked`), and at most one
 * letter more, for a word the question leaves out: "HTM" (harga tiket masuk) for "berapa harga tiket", which a
 * write-up abbreviates as its readers do; not "HTTP" of a talk on "HTTP/3", which only begins as "harga tiket"
 * does.
 */
export function abbreviates(own: readonly Passage[], words: readonly string[], asked: (k: number) => boolean): boolean {
  const starts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      if (!words.slice(i, j + 1).some((_, k) => asked(i + k))) continue;
      starts.push(words.slice(i, j + 1).map((w) => w[0]).join(''));
    }
  }
  if (starts.length === 0) return false;
  return own.some((p) =>
    tokenize(p.text).some((t) => {
      const written = p.text.slice(t.start, t.end);
      return /^\p{Lu}{2,6}$/u.test(written) && starts.some((s) => t.norm.startsWith(s) && t.norm.length <= s.length + 1);
    }),
  );
}
