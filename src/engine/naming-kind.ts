// The words of an English question that stand right beside a kind of event the write-ups' titles have, and so
// name which event it is (see namingKind).

import { tokenize } from './analyzer.ts';
import type { QueryGroup } from './search.ts';

/**
 * The groups of an English question whose word stands right beside a kind of event the write-ups' titles have
 * (QueryGroup.kind), no other word between: "golang" of "is there a workshop golang", as a member used to
 * Indonesian's order writes it, "kubernetes" of "meetup kubernetes". Such a word says which workshop, as a title's
 * words do ("Docker Workshop for Beginners"), and a workshop no write-up names in any form is none the corpus has.
 * The word right before a kind is mostly read as naming the event (QueryGroup.identifies, see
 * SearchIndex.#namesKind), and SearchIndex.#absentWeights counts it all the same (QueryGroup.besideKind): "golang"
 * of "is there a golang workshop". Not the question's other words ("attended" of "how many people attended the
 * docker workshop"), which reach Indonesian write-ups only through the dictionary (see
 * SearchIndex.#absentWeights).
 */
export function namingKind(question: string, groups: readonly QueryGroup[]): Set<QueryGroup> {
  const kinds = new Set(groups.filter((g) => g.kind).flatMap((g) => g.surface));
  if (kinds.size === 0) return new Set();
  const words = tokenize(question.normalize('NFKC')).map((t) => t.norm);
  return new Set(groups.filter((g) => !g.kind && words.some((w, i) => w === g.word && (kinds.has(words[i - 1] ?? '') || kinds.has(words[i + 1] ?? '')))));
}
