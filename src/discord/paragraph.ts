// "Full passage" shows the whole paragraph. An over-long paragraph is indexed as several passages (parts 1..n
// with consecutive ids `<docId>#<k>`); this puts them back together from the document body, so the text is
// what the write-up says, spaced as it was (blank lines left by markup closed up, as in every result).

import { shownText } from '../engine/answer.ts';
import type { Library } from '../engine/library.ts';
import { shownTitle } from '../engine/text-title.ts';
import type { Passage } from '../engine/types.ts';
import { passageFingerprint } from './custom-id.ts';
import type { FullPassage } from './render.ts';

/**
 * The id, in the current corpus, of the passage a "Full passage" button was made for. Ids count passages from
 * the top of their document, so after a reload `passageId` may name another paragraph: it is kept only while
 * its text still has the button's fingerprint; otherwise the passage that has it is looked for in the same
 * document (paragraphs were added or removed above it), or in the whole corpus when the button did not know the
 * document (`within` null) or the document is gone (its file renamed). Null when no passage has that text any
 * more. A button without a fingerprint (posted before buttons had one) is taken at its word.
 */
export function findPassage(library: Library, passageId: string | null, fingerprint: string | null, within: string | null): string | null {
  const passage = passageId === null ? undefined : library.passage(passageId);
  if (fingerprint === null) return passage ? passage.id : null;
  // The button was made from the text as shown (a result's text); buttons posted by earlier versions, from the
  // text as written.
  const matches = (p: Passage) => passageFingerprint(shownText(p)) === fingerprint || passageFingerprint(p.text) === fingerprint;
  if (passage && matches(passage)) return passage.id;
  // A document that is gone from the corpus may have been renamed (its file, hence its id): its text is looked
  // for everywhere, rather than saying that a passage still in the corpus word for word has changed.
  const gone = within !== null && !library.snapshot.documents.some((d) => d.id === within);
  for (const p of library.snapshot.index.passages.values()) {
    if ((within === null || gone || p.docId === within) && matches(p)) return p.id;
  }
  return null;
}

/**
 * The first passage of the paragraph of document `docId` that now holds, among more, the text a "Full passage"
 * button was made for: `length` characters with its fingerprint, standing between whitespace. That is where the
 * cited paragraph went when a /reload joined it to the paragraph above or below (the blank line between them was
 * removed), which changes both its id's meaning and its fingerprint. Null when no paragraph holds it whole.
 */
export function findContaining(library: Library, docId: string, fingerprint: string, length: number): string | null {
  const firsts: string[] = [];
  for (const p of library.snapshot.index.passages.values()) if (p.docId === docId && p.part === 1) firsts.push(p.id);
  for (const id of firsts) {
    const text = wholeParagraph(library, id)?.text ?? '';
    if (text.length <= length) continue;
    // Only stretches that start and end at a word's edge: the cited text was a paragraph, or a part of one cut
    // between words, so this hashes once per word rather than once per character.
    for (let start = 0; start + length <= text.length; start++) {
      if (start > 0 && !/\s/u.test(text[start - 1]!)) continue;
      const end = start + length;
      if (end < text.length && !/\s/u.test(text[end]!)) continue;
      if (passageFingerprint(text.slice(start, end)) === fingerprint) return id;
    }
  }
  return null;
}

/** The document part of a passage id (`forum#3` → `forum`). */
export function docIdOf(passageId: string): string {
  const hash = passageId.lastIndexOf('#');
  return hash === -1 ? passageId : passageId.slice(0, hash);
}

function partId(passageId: string, offset: number): string | null {
  const docId = docIdOf(passageId);
  const n = Number(passageId.slice(docId.length + 1));
  if (docId === passageId || !Number.isInteger(n)) return null;
  return `${docId}#${n + offset}`;
}

/** The whole paragraph `passageId` belongs to, or null when the passage is not in the current corpus. */
export function wholeParagraph(library: Library, passageId: string): FullPassage | null {
  const passage = library.passage(passageId);
  if (!passage) return null;
  /** The passage `offset` ids from `passageId` when it is a part of the same paragraph. */
  const sibling = (offset: number): Passage | undefined => {
    const id = partId(passageId, offset);
    const p = id === null ? undefined : library.passage(id);
    return p && p.docId === passage.docId && p.paragraph === passage.paragraph ? p : undefined;
  };
  const parts: Passage[] = [passage];
  for (let k = 1; k < passage.part; k++) {
    const p = sibling(-k);
    if (!p) break;
    parts.unshift(p);
  }
  for (let k = 1; k <= passage.parts - passage.part; k++) {
    const p = sibling(k);
    if (!p) break;
    parts.push(p);
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const doc = library.snapshot.documents.find((d) => d.id === passage.docId);
  const raw = doc && last.end <= doc.body.length ? doc.body.slice(first.start, last.end) : parts.map((p) => p.text).join(' ');
  const text = shownText(passage, raw);
  return {
    title: shownTitle(passage),
    paragraph: passage.paragraph,
    date: passage.date,
    source: passage.source,
    url: passage.url,
    text,
    file: doc?.file ?? null,
  };
}
