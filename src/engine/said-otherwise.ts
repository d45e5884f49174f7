// Whether a write-up says what a question asks in words of its own, where it has none of the question's forms of
// it: "Panelis malam itu adalah Rizky Pratama, Lestari Handayani …" for "siapa pembicara meetup 8", "HTM Rp35.000"
// for "berapa harga tiket meetup 8". Read only where a question about a write-up found nothing of what it asks in
// it (see whichOnly in answer.ts): without it, such a write-up's passages were no answer, though they are one.

import { isNameAt, tokenize } from './analyzer.ts';
import type { Passage } from './types.ts';

/**
 * Whether one of `own` (a write-up's passages) names someone or something that the corpus's passages saying the
 * asked word (`saying`, of other write-ups) name: the people other write-ups call speakers are this one's
 * panelists, the company another calls its sponsor "supported" this one. A name is a word capitalised inside a
 * sentence; `ignore` leaves out the question's own words and the words of titles, which name events, not who
 * took part in them.
 */
export function namesTheSame(own: readonly Passage[], saying: readonly Passage[], ignore: (word: string) => boolean): boolean {
  const names = new Set(saying.flatMap((p) => namesIn(p.text)).filter((w) => !ignore(w)));
  return names.size > 0 && own.some((p) => namesIn(p.text).some((w) => names.has(w)));
}

/** The words a text writes as names: capitalised, not at a sentence's start, letters only (not "Rp35.000"). */
function namesIn(text: string): string[] {
  return tokenize(text)
    .filter((t) => isNameAt(text, t.start) && /^\p{L}+$/u.test(t.norm))
    .map((t) => t.norm);
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
