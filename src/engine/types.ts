// The shapes every part of tanya shares. The engine produces them; the console, the CLI, the gateway bot
// and the HTTP-interactions endpoint only render them. Nothing here knows about Discord.

/** One document of the corpus, as loaded from a Markdown/text file or a JSONL line. */
export interface CorpusDocument {
  /** Stable across reloads: front matter / JSONL `id`, else derived from the file name. */
  id: string;
  /** The title given (front matter, heading, title line, JSONL "title"), else the file name or the id: indexed. */
  title: string;
  /**
   * What results cite and /about lists in place of `title` when the document has none of its own (a JSONL line
   * without "title", titled by its id): the name its text opens with and the id, "Rapat dibuka … (doc-17)" (see
   * text-title.ts). Shown only, never indexed; absent when the document has a title.
   */
  label?: string;
  /**
   * The document's body as it stands in the source after any front-matter block, with line endings made `\n`
   * and, in Markdown, what a reader never sees taken out (see hidden.ts). Passage offsets point into this
   * string, so `body.slice(p.start, p.end) === p.text` always holds.
   */
  body: string;
  /**
   * Character ranges of `body` that are not passage text: metadata (the seed's `date …` prefix, its `SOURCE …`
   * line).
   */
  excludedRanges: Array<[start: number, end: number]>;
  /** Written in Markdown (a .md or .markdown file): its passages are shown as the page reads (see displayText). */
  markdown?: boolean;
  date: string | null;
  source: string | null;
  url: string | null;
  /** BCP-47-ish language code (`id`, `en`), or null when unknown. */
  lang: string | null;
  /** Where it came from, for error messages and /about: a path relative to the corpus root. */
  file: string;
  /**
   * 1-based line in `file` that gives the document its id, for error messages: its JSONL line, or the `id:` line
   * of its front matter; null when the id comes from the file name.
   */
  line: number | null;
}

/** A searchable unit: one paragraph, or a sentence-aligned piece of an over-long paragraph. */
export interface Passage {
  /** `<docId>#<n>`, n counting passages from 1 within the document. */
  id: string;
  docId: string;
  title: string;
  /** The document's label (CorpusDocument.label): cited in place of `title`, when present. */
  label?: string;
  /** 1-based paragraph number within the document (metadata lines do not count). */
  paragraph: number;
  /** 1-based part within the paragraph, and how many parts it was split into (1/1 for whole paragraphs). */
  part: number;
  parts: number;
  text: string;
  /** Offsets of `text` in the document's `body`. */
  start: number;
  end: number;
  date: string | null;
  source: string | null;
  url: string | null;
  lang: string | null;
  /** From a Markdown document (see CorpusDocument.markdown). */
  markdown?: boolean;
  /** Part of a fenced code block of a Markdown document: shown exactly as written. */
  code?: boolean;
  /**
   * Present when the passage starts inside a table whose header row lies before it (a later part of a long table):
   * the header row and the delimiter row under it, `body.slice(start, end) === text`, with `end <= passage.start`.
   * Not part of the passage's `text` or offsets: every front end shows it above the passage, so its rows keep their
   * column names. Its words are indexed with the title's (a question naming a column finds the rows under it), and
   * like the title they never count as words the passage says (no highlight, no answer from them alone).
   */
  tableHeader?: { text: string; start: number; end: number };
  /**
   * Present on a later part of a long paragraph that opens with a heading ("## Jadwal Hari Pertama" above an agenda
   * table cut in two): the heading's text, without its `#`s. The part below it is still that section's, so the
   * heading's words are indexed with the title's, as a table's header row is (no highlight, no answer from them
   * alone): "sesi jam 13.15 hari pertama" finds the 13.15 row in the table's second part.
   */
  sectionHeading?: string;
  /**
   * Present on a table's passages (every part) when a short paragraph stands just before the table ("Tarawih 11
   * rakaat, mulai jam 19.15" over "| Malam ke | Imam |"): that paragraph's text, which says what the table is of, as
   * the header row says what its columns are. Its words are indexed with the title's, as the header row's are (no
   * highlight, no answer from them alone).
   */
  tableIntro?: string;
  /**
   * Present on a passage that refers back to a period ("Tahun berikutnya lomba ditiadakan"): the last year and month
   * its document's earlier paragraphs name, which the phrase counts from when the passage names none before it
   * ("Lomba ini pertama digelar 2019." two paragraphs up makes it 2020). See relative-text.ts.
   */
  namedBefore?: NamedPeriod;
}

/**
 * The period a passage's "tahun berikutnya", "bulan sebelumnya" count from when the passage names none before the
 * phrase: the last its write-up's earlier paragraphs name (see namedPeriod; Passage.namedBefore). `year` is the
 * last year named, `firstYear` the first of the range it ends ("2019–2022": the year before it is 2018), `month` the
 * last month's name as a count of months (year × 12 + month − 1), with `dated: false` when no year goes with it
 * (an undated write-up's "Maret").
 */
export interface NamedPeriod {
  year?: number;
  firstYear?: number;
  month?: { month: number; dated?: false };
  /** The first month of the range `month` ends ("Maret–Mei 2024": March), else `month`: the month before is before it. */
  firstMonth?: { month: number; dated?: false };
}

/** A problem found while loading the corpus. Loading reports all of them, never only the first. */
export interface CorpusProblem {
  /** Path relative to the corpus root (or the file given). */
  file: string;
  /** 1-based line, when the problem is on one line (JSONL, front matter). */
  line: number | null;
  reason: string;
}

export interface LoadResult {
  documents: CorpusDocument[];
  problems: CorpusProblem[];
  /**
   * Files under the corpus folder that are not read because of their type ("undangan.docx", "poster.pdf",
   * "rapat.md.bak"), as sorted paths relative to it: a moderator who saved a write-up from Word would otherwise be
   * told "no problems" and never learn why the bot does not know it. Names skipped on purpose (starting with "."
   * or "_", README files) and a page's pictures and other assets are not listed (see corpus.ts, mayBeWriteUp).
   * Empty for a file path or a folder that cannot be read (the load reports that).
   */
  unread: string[];
}

/** Offsets, in a result's `text`, of a word that matched the question (for bold/colour rendering). */
export type Highlight = [start: number, end: number];

export interface AnswerResult {
  /** The passage id, `<docId>#<n>`. */
  id: string;
  docId: string;
  title: string;
  paragraph: number;
  /** The whole passage. */
  text: string;
  /** A short excerpt around the best-matching words, with an ellipsis where it was cut. */
  snippet: string;
  /**
   * The header row (and delimiter row) of the table the passage's first rows belong to, as shown, when the passage
   * continues a table whose header lies before it (see Passage.tableHeader). Context, not passage text: highlights
   * never point into it. Absent otherwise.
   */
  tableHeader?: string;
  /** Offsets of matched words in `text`. */
  highlights: Highlight[];
  score: number;
  /** Human-readable citation: title · § paragraph · date · source. */
  citation: string;
  date: string | null;
  source: string | null;
  url: string | null;
}

export interface Answer {
  question: string;
  /** False when nothing matched confidently: `results` then holds weak suggestions or nothing. */
  answered: boolean;
  results: AnswerResult[];
  /**
   * The question as it was searched, when that differs from what the member typed: "acara besok apa?" asked on
   * 13 June 2025 is searched as "acara 14 Juni 2025 apa?" (see relative-days.ts). Front ends show it, so that the
   * member sees which day was assumed.
   */
  readAs?: string;
}

/** What the corpus holds, for /about and for "here is what I can answer" when nothing matched. */
export interface CorpusSummary {
  documents: Array<{
    id: string;
    title: string;
    date: string | null;
    source: string | null;
    url: string | null;
    passages: number;
  }>;
  passages: number;
}
