// Which line introduces a numbered list: "Keputusan rapat:" over "1. …", "2. …", or a section's heading kept in
// the passage ("Keputusan", a blank line, then the items). Such a line says what the items are ("keputusan"), so
// an item's number is its number of that ("keputusan 5"), as "Juara 1: …" numbers "juara". A list after a
// sentence ("Kami membahas banyak hal.") or with no line above numbers nothing said: its marks are only marks
// (see isMarker in list-items.ts).

/** A numbered item's line: "1. …", "2) …" (up to three digits, then a space). */
const ITEM_LINE = /^[ \t]*\d{1,3}[.)][ \t]/u;
/** An item line numbered 1: the first item of a list. */
const FIRST_ITEM_LINE = /^[ \t]*0*1[.)][ \t]/u;
/** An introduction that ends in a colon ("Keputusan rapat:", "Hasil musyawarah warga:"), of a few words. */
const COLON_INTRO = /^[ \t]*[^\s:][^:]*:[ \t]*$/u;
/** A heading-like line: a few words, no sentence's end ("Keputusan", "Hasil Rapat"). */
const HEADING_INTRO = /^[ \t]*[\p{L}\p{N}][^.!?;:,]*$/u;
/** A Markdown heading's mark: "## " of "## Keputusan". */
const HEADING_MARK = /^[ \t]*#{1,6}[ \t]+/u;
/**
 * A line bold or italic as a whole: "**Keputusan rapat:**", WhatsApp's "*Keputusan:*" (the same marks at both ends,
 * so that a bullet's "* Ronda malam" is none).
 */
const EMPHASIZED = /^[ \t]*([*_]{1,3})(\S(?:.*\S)?)\1[ \t]*$/u;
/** The most words an introduction has (a longer line is a sentence that happens to end in a colon). */
const MAX_INTRO_WORDS = 8;
/** The most words a heading-like introduction has. */
const MAX_HEADING_WORDS = 4;

/**
 * The introduction of each numbered list item of `text` that has one, by the offset of the item's line: the
 * introducing line as written ("Keputusan rapat:"). A list runs over its item lines, the lines that continue an
 * item (a wrapped one), and blank lines between items; a line that is none of those ends it. (A line right after
 * an item that may introduce a list, with an item "1." under it, is the next list's introduction, not the item's
 * wrapped end: chat minutes write "Agenda:", its items, then "Keputusan:" and its items with no blank line.)
 */
export function numberedListIntros(text: string): Map<number, string> {
  const out = new Map<number, string>();
  // The line that may introduce the next list, the current list's introduction, and whether a list is being read.
  let candidate: string | null = null;
  let intro: string | null = null;
  let inList = false;
  let blank = false;
  // (The line after an item, read as the item's wrapped end, that may yet introduce a list numbered anew under it.)
  let restart: string | null = null;
  for (let start = 0; start <= text.length; ) {
    const br = text.indexOf('\n', start);
    const end = br === -1 ? text.length : br;
    const line = text.slice(start, end);
    if (ITEM_LINE.test(line)) {
      if (!inList) {
        intro = candidate;
        inList = true;
      } else if (restart !== null && FIRST_ITEM_LINE.test(line)) {
        intro = restart;
      }
      restart = null;
      if (intro !== null) out.set(start, intro);
      candidate = null;
      blank = false;
    } else if (line.trim() === '') {
      blank = true;
    } else if (inList && !blank) {
      // (A wrapped item's next line, which keeps the list going, unless a new list numbered from 1 follows it.)
      restart = introduces(line, false) ? line.replace(HEADING_MARK, '').trim() : null;
    } else {
      inList = false;
      intro = null;
      candidate = introduces(line, blank || start === 0) ? line.replace(HEADING_MARK, '').trim() : null;
      blank = false;
    }
    start = end + 1;
  }
  return out;
}

/**
 * Whether a line may introduce a list: a few words ending in a colon, a Markdown heading ("## Keputusan"), or a
 * heading's few words alone after a blank line (a title line with no `#`); bold or italic, or not.
 */
function introduces(written: string, afterBlank: boolean): boolean {
  // (Read without the bold or italic marks around it: "**Keputusan rapat:**", WhatsApp's "*Keputusan:*".)
  const line = written.replace(EMPHASIZED, '$2');
  const words = line.trim().split(/\s+/u).length;
  if (HEADING_MARK.test(line)) return words <= MAX_INTRO_WORDS + 1;
  if (COLON_INTRO.test(line)) return words <= MAX_INTRO_WORDS;
  return afterBlank && words <= MAX_HEADING_WORDS && HEADING_INTRO.test(line);
}

/**
 * The word a placing is numbered by: "juara 1" is first place. A results write-up's numbered list (see
 * namesWinners) numbers its items by it too, beside its introduction's word: "Balap karung anak:" over "1. Nayla
 * Putri", in a post titled "Pemenang Lomba 17an 2024", is the race's "juara 1" though it never says "juara", as
 * another year's "Juara 1: …" line or "| Juara | Nama |" table says it.
 */
export const PLACING_WORD = 'juara';

/**
 * A title that says the write-up gives winners: "Pemenang Lomba 17an 2024", "Juara Turnamen Futsal", "Race
 * winners". Not "Hasil …", as often a meeting's ("Hasil Rapat Juli": its decision 1 is no first place).
 */
const WINNERS_TITLE = /(?<![\p{L}\p{N}])(?:juara|pemenang|para\s+juara|winners?|champions?)(?![\p{L}\p{N}])/iu;

/**
 * Whether a write-up titled `title` gives winners, so that its numbered lists' items are placings; or, given a
 * list's introduction, whether that list's are ("Pemenang lomba kelereng:").
 */
export function namesWinners(title: string): boolean {
  return WINNERS_TITLE.test(title);
}

/**
 * An introduction of a list that a results write-up gives besides its placings: the people who run the contest
 * ("Dewan juri:", "Panitia:"), its entrants ("Peserta balap karung:"), its programme ("Susunan acara penyerahan
 * hadiah:", "Rundown:") and what it judges by ("Kriteria penilaian pemenang:"). Their items are no places: "1. Pak
 * Harun" under "Dewan juri:" is no juara 1, whatever the title or the introduction's other words name.
 */
const NOT_PLACINGS = /(?<![\p{L}\p{N}])(?:juri|jury|judges?|panitia|peserta|acara|agenda|rundown|jadwal|susunan|keputusan|kriteria|syarat|ketentuan|penilaian)(?![\p{L}\p{N}])/iu;

/**
 * Whether the items of a numbered list introduced by `intro`, whose word is `head` (introHead in list-items.ts),
 * are placings besides: in a write-up whose title names winners (`titleNamesWinners`, see namesWinners) or under
 * an introduction that does, unless the introduction says the list is of something else (NOT_PLACINGS). Not under
 * no introduction, nor one whose word is PLACING_WORD already ("Juara lomba:"): its items are placings as it is.
 */
export function listsPlacings(head: string | undefined, titleNamesWinners: boolean, intro: string | undefined): boolean {
  if (head === undefined || head === PLACING_WORD || intro === undefined) return false;
  return (titleNamesWinners || namesWinners(intro)) && !NOT_PLACINGS.test(intro);
}
