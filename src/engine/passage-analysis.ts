// A passage read once for the index (analysePassage): its words each followed by its stems, its title's words,
// its date's, and what its numbers count. What SearchIndex hands MiniSearch to index as it is.

import { hasNumeral, isNameAt, isPlainWord, stemsOf, termsAt, tokenize, wordsOf, type RootReading } from './analyzer.ts';
import { countedReading, headOf, type CountedHeads } from './counted-words.ts';
import { textDateMonths } from './dates.ts';
import { writtenDimensions } from './dimensions.ts';
import { joinedForm } from './hyphens.ts';
import { emailSpans, linkSpans } from './links.ts';
import { introHead, isListNumber, isMarker, lineStartOf, listItemTerm } from './list-items.ts';
import { listsPlacings, namesWinners, numberedListIntros, PLACING_WORD } from './numbered-lists.ts';
import { titlesInFull } from './title-abbreviations.ts';
import { winnersSaidByTable } from './winners-table.ts';
import { relativeDateWords } from './relative-text.ts';
import { reportedDateTerms } from './reported-month.ts';
import type { Passage } from './types.ts';

/** Surface terms of a text, in order (the `title` field; translations of question words). */
export function surfaceTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) for (const w of termsAt(text, t)) out.push(w);
  return out;
}

/**
 * A passage analysed once, for MiniSearch to index as it is: its words (compounds with their parts) each followed
 * by its stems, in one field, the title's words, and the date's (see dateTerms). One field rather than separate
 * surface and stem fields halves the index's size and build time at the same ranking quality (measured on the dev
 * sets): an exact match still outweighs a stem match because the query side weighs them (see #formScores).
 */
export interface AnalysedDoc {
  id: number;
  words: string[];
  title: string[];
  date: string[];
  /**
   * The stopwords it writes that are an English content word's translation, as their index terms (see
   * content-stopwords.ts): an English question's translation "mulai" reaches "Acara dimulai pukul 19.00" here.
   */
  stops: string[];
  /**
   * What the text's numbers in digits count (see countedWords), as an Indonesian and as an English text would name
   * it: which, its document's language decides (see #isNumberedWord). Read here, where the text is tokenized
   * anyway (about 0.2 s of tydiqa-id's build): read apart, from every titled document's words (documentWords), 420
   * ms. And whether the name read is one word, which either language reads so ("Meetup ke-7", "batch 5"): a kind
   * of event, where a title's name may be read in either order (see SearchIndex.#collectNumberedWords); and the
   * words before the number where they are several, of which the one titles number is the head (see headOf).
   */
  counted: CountedHeads[];
}

/**
 * A term of a passage's token, and its stems unless the token is a name (see analysePassage); a word capitalised
 * there is written as a name, whatever else the corpus does with it: what #asName counts.
 */
function addTerm(words: string[], w: string, capitalised: boolean, name: boolean, names: Set<string>, reading: RootReading): void {
  words.push(w);
  if (capitalised) names.add(w);
  if (name) return;
  const stems = stemsOf(w, reading);
  for (let i = 0; i < stems.length; i++) words.push(stems[i]!);
}

/** No stopword indexed apart: a corpus searched without a lexicon (see content-stopwords.ts). */
const NO_CONTENT_STOPS: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * @param lowerCase the words the corpus writes in lower case somewhere (see SearchIndex.writesInLowerCase): a
 * capitalised word among them is a common word in a name's capitals, and is stemmed as the word is elsewhere.
 * @param names gains the words the passage writes capitalised inside a sentence, as names (see
 * SearchIndex.#asName).
 * @param reading the corpus's readings of meN-/peN- words' roots (see SearchIndex.reading).
 * @param contentStops the stopwords indexed apart, with their terms (see contentStopwordTerms): stopwords only (a
 * plain word, see isPlainWord, is not looked up in it).
 */
export function analysePassage(
  passage: Passage,
  id: number,
  lowerCase: ReadonlySet<string>,
  names: Set<string>,
  reading: RootReading,
  contentStops: ReadonlyMap<string, readonly string[]> = NO_CONTENT_STOPS,
): AnalysedDoc {
  const words: string[] = [];
  const stops: string[] = [];
  const text = passage.text;
  // A link's pieces (https, github, com) are not words of the text, as they are not of a question (see
  // answer.ts): found through them alone, a passage was a result with nothing to show for it.
  // An e-mail address is indexed as its whole pieces only ("talks", "example.org"): a member who pastes it finds
  // its passage, and its domain's parts ("org", "id") are no words the corpus writes (the "org" of
  // "talks@example.org" had kept a question's chat "org", orang, from being read as that).
  const emails = emailSpans(text);
  const links = [...linkSpans(text), ...emails].sort((a, b) => a[0] - b[0]);
  let link = 0;
  const tokens = tokenize(text);
  const counted: AnalysedDoc['counted'] = [];
  tokens.forEach((t, i) => {
    if (!hasNumeral(t.norm)) return;
    // (One reading for both languages: the words before a number are walked once.)
    const reading = countedReading(text, tokens, i, undefined);
    if (reading === undefined) return;
    const heads: CountedHeads = [
      headOf(reading, t, undefined, false),
      headOf(reading, t, undefined, true),
      reading.before.length === 1,
      reading.before.length > 1 ? reading.before : undefined,
    ];
    if (heads[0] !== undefined || heads[1] !== undefined) counted.push(heads);
  });
  // (Read on the first list mark only: most passages have none.)
  let intros: Map<number, string> | undefined;
  // Whether the passage holds a results write-up's list, whose items are placings though it never says "juara".
  let placings = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (link < links.length && links[link]![1] <= t.start) link++;
    if (link < links.length && links[link]![0] <= t.start) {
      if (emails.includes(links[link]!) && wordsOf(t.norm).includes(t.norm)) words.push(t.norm);
      continue;
    }
    if (isMarker(text, t)) {
      // An item's number under a line that says what the list is ("Keputusan rapat:" over "5. …") is its number
      // of that, which a member asks for ("keputusan nomor 5"): indexed as the pair (see listItemTerm), which only
      // a question that says both the number and that word looks up. Not as the number alone: "meetup 1" is no
      // "1. Pembukaan" under "Agenda meetup kali ini:". A mark under no such line stays a mark (see isMarker).
      if (isListNumber(text, t)) {
        intros ??= numberedListIntros(text);
        const intro = intros.get(lineStartOf(text, t.start));
        const head = introHead(intro)[0];
        if (head !== undefined) words.push(listItemTerm(head, String(Number(t.norm))));
        // (And a results write-up's item is a placing too: "1. Nayla Putri" under "Balap karung anak:" is juara 1;
        // so is one under an introduction that names winners, "Pemenang lomba kelereng:", whatever the title.)
        if (listsPlacings(head, namesWinners(passage.title), intro)) {
          words.push(listItemTerm(PLACING_WORD, String(Number(t.norm))));
          placings = true;
        }
      }
      continue;
    }
    // A stopword that is an English content word's translation, for STOPS (see content-stopwords.ts); a plain word,
    // most tokens, is no stopword, and is not looked up.
    const plain = isPlainWord(t.norm);
    if (!plain) {
      const stop = contentStops.get(t.norm);
      if (stop !== undefined) for (const s of stop) stops.push(s);
    }
    // A name ("Bekasi", "Kesultanan Deli") is indexed as written, not stemmed. Stems would only add false matches
    // (Bekasi → "bekas", used), and names are what the Indonesian stemmer is slowest on, as it tries every affix
    // rule before giving up. But a capitalised word the corpus also writes in lower case is a common word in a
    // name's or a title's capitals ("Peraturan Pemerintah", "Pelatih Taufik", "Kejuaraan Dunia"): unstemmed, a
    // question's "mengatur", "melatih" or "juara" could not find it as it finds "peraturan" (measured on the dev
    // sets: facqa +0.0004, squad-en-id +0.0011, tydiqa-id +0.0029 MRR@10; stemming every capitalised word instead
    // cost squad-en-id 0.006).
    const capitalised = isNameAt(text, t.start);
    const name = capitalised && !lowerCase.has(t.norm);
    // (A plain word, most tokens, is its own one term: read without termsAt's list of it.)
    if (plain) addTerm(words, t.norm, capitalised, name, names, reading);
    else for (const w of termsAt(text, t)) addTerm(words, w, capitalised, name, names, reading);
    // "Wi-Fi" as "wifi" too, as members type it (see hyphens.ts).
    const joined = joinedForm(t.norm);
    if (joined !== null) words.push(joined);
  }
  // A size written spaced, "3 x 3 m", is also the one word a member types, "3x3" (see dimensions.ts).
  words.push(...writtenDimensions(text));
  // A date written in numbers is also its month's name, as "14 Juni 2025" would be (see textDateMonths).
  for (const d of textDateMonths(text)) if (!links.some(([s, e]) => d.start < e && d.end > s)) words.push(d.month);
  // A year or month the text names relative to its own date ("tahun lalu" of a 2025 write-up), as that year.
  // (Or from the period an earlier paragraph names, Passage.namedBefore: "Tahun berikutnya …" after "digelar 2019".)
  for (const w of relativeDateWords(text, passage.date, passage.namedBefore)) words.push(w);
  // (So do the header row of the table a later part continues, "| Juara tahun lalu |", and the line that introduces
  // the table, "daftar juara lomba tahun lalu.": the rows are 2024's.)
  for (const context of [passage.tableHeader?.text, passage.tableIntro]) {
    if (context !== undefined) for (const w of relativeDateWords(context, passage.date)) words.push(w);
  }
  // A results write-up's list says "juara" as much as another race's "juara 1 Sari" line does: each of its items is a
  // place (see PLACING_WORD). Read as a title's word, it ranked "Lomba bakiak:" over "1. Budi" below the kerupuk
  // race's line for "siapa juara 1 lomba bakiak": the line matched "juara" as said, the list only the place.
  if (placings) words.push(PLACING_WORD);
  // And a table of placings under a winners title says the title's word for them (see winners-table.ts).
  for (const w of winnersSaidByTable(passage)) addTerm(words, w, false, false, names, reading);
  // A later part of a long table is indexed with its header row's words ("Pembicara", "Sesi") beside the title's:
  // like the title they say what the rows are, and like the title they are not words the passage says (no
  // highlight; a passage found only through them is never a result).
  const title = surfaceTerms(passage.title);
  if (passage.tableHeader) title.push(...surfaceTerms(passage.tableHeader.text));
  // So is the heading of the section a later part belongs to (Passage.sectionHeading).
  if (passage.sectionHeading) title.push(...surfaceTerms(passage.sectionHeading));
  // And the short paragraph that introduces a table, on its passages (Passage.tableIntro).
  if (passage.tableIntro) title.push(...surfaceTerms(passage.tableIntro));
  // And a person's title written short, "dr. Arief Budiman", says "dokter" (see title-abbreviations.ts).
  title.push(...titlesInFull(text));
  // (The month a monthly report is about, not the one it was posted in: see reported-month.ts.)
  return { id, words, title, date: reportedDateTerms(passage.date, passage.title), stops, counted };
}
