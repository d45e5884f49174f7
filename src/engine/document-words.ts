// The words a document names, read once for every question that asks (see SearchIndex.documentWords, which keeps
// them up to DOCUMENT_WORDS_LIMIT words, least recently asked let go first).

/** What documentWords gives of a document: read-only, as it is shared by every question that asks. */
export interface DocumentWords {
  words: ReadonlySet<string>;
  title: ReadonlySet<string>;
  written: ReadonlySet<string>;
  capitalised: ReadonlySet<string>;
  numbered: ReadonlySet<string>;
}

/**
 * How many words (entries of DocumentWords' sets, of all documents) documentWords remembers: about 55 bytes each
 * (measured), so at most some 11 MB. The forum corpus's one write-up holds 566; 200 monthly write-ups of a few
 * paragraphs, 26,000 (1.5 MB); tydiqa-id's 4,650 reference documents would fill it at 1,600 of them, were they
 * ever asked (their passages are undated and untitled, so the event-name check never reads them).
 */
export const DOCUMENT_WORDS_LIMIT = 200_000;

export function documentWordsSize(d: DocumentWords): number {
  return d.words.size + d.title.size + d.written.size + d.capitalised.size + d.numbered.size;
}
