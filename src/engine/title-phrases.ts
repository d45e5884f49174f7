// Words a title names a kind of event with only together with a neighbour. A club's "Hasil Time Trial 10K" is a
// time trial, not a "time": its write-up writes "time" nowhere but before "trial", while the race report beside it
// says "chip time" and a member asks "what was her time in the 21K". Read as the kind of event (QueryGroup.kind),
// the everyday word put the time trial's write-up ahead of the race results that answer the question, and those
// behind every passage that merely says "time" (see kindsOf in answer.ts). Such a word is a kind only where the
// question has its neighbour beside it too ("time trial"); a word the titled write-ups also write on its own
// ("meetup" of "Meetup Komunitas Data #7": "meetup kali ini …") stays a kind by itself, as before.

import { tokenize } from './analyzer.ts';

/** The neighbour a word always has where its write-ups write it, and on which side (-1 before, 1 after). */
export interface TitlePhrase {
  readonly companion: string;
  readonly side: -1 | 1;
}

/**
 * The one neighbour `word` (normalised) stands beside at every one of its occurrences in `texts` (the titles and
 * texts of the write-ups whose titles have it), on the same side; null when it stands apart anywhere, or with
 * several neighbours, or nowhere. After (1) is tried before before (-1): "Time Trial" reads as time + trial.
 */
export function fixedCompanion(word: string, texts: Iterable<string>): TitlePhrase | null {
  const after = new Set<string>();
  const before = new Set<string>();
  let seen = 0;
  for (const text of texts) {
    const norms = tokenize(text).map((t) => t.norm);
    norms.forEach((w, k) => {
      if (w !== word) return;
      seen += 1;
      after.add(norms[k + 1] ?? '');
      before.add(norms[k - 1] ?? '');
    });
  }
  if (seen === 0) return null;
  const one = (set: Set<string>) => (set.size === 1 && !set.has('') ? [...set][0]! : null);
  const next = one(after);
  if (next !== null) return { companion: next, side: 1 };
  const previous = one(before);
  return previous === null ? null : { companion: previous, side: -1 };
}

/** Whether the question's token at `i` stands beside the phrase's companion, as its write-ups write it. */
export function besideCompanion(phrase: TitlePhrase, norms: readonly string[], i: number): boolean {
  return norms[i + phrase.side] === phrase.companion;
}
