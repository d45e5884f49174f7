// "Full passage" shows the whole paragraph verbatim. An over-long paragraph is indexed as several passages
// (parts 1..n with consecutive ids `<docId>#<k>`); this puts them back together from the document body, so
// the text is exactly what the write-up says, whitespace and all.

import type { Library } from '../engine/library.ts';
import type { Passage } from '../engine/types.ts';
import type { FullPassage } from './render.ts';

function partId(passageId: string, offset: number): string | null {
  const hash = passageId.lastIndexOf('#');
  const n = Number(passageId.slice(hash + 1));
  if (hash === -1 || !Number.isInteger(n)) return null;
  return `${passageId.slice(0, hash)}#${n + offset}`;
}

/** The whole paragraph `passageId` belongs to, or null when the passage is not in the current corpus. */
export function wholeParagraph(library: Library, passageId: string): FullPassage | null {
  const passage = library.passage(passageId);
  if (!passage) return null;
  const parts: Passage[] = [passage];
  for (let k = 1; k < passage.part; k++) {
    const id = partId(passageId, -k);
    const p = id === null ? undefined : library.passage(id);
    if (!p || p.docId !== passage.docId || p.paragraph !== passage.paragraph) break;
    parts.unshift(p);
  }
  for (let k = 1; k <= passage.parts - passage.part; k++) {
    const id = partId(passageId, k);
    const p = id === null ? undefined : library.passage(id);
    if (!p || p.docId !== passage.docId || p.paragraph !== passage.paragraph) break;
    parts.push(p);
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const doc = library.snapshot.documents.find((d) => d.id === passage.docId);
  const text = doc && last.end <= doc.body.length ? doc.body.slice(first.start, last.end) : parts.map((p) => p.text).join(' ');
  return {
    title: passage.title,
    paragraph: passage.paragraph,
    date: passage.date,
    source: passage.source,
    url: passage.url,
    text,
  };
}
