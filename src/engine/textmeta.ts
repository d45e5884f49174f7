// Metadata written into the text itself, as in the seed write-up: a `date 2024-12 ` prefix on its first line
// and a last line `SOURCE CCTV+`. They are recognised here so that they become the document's date and source
// and are recorded as metadata ranges, which segmentation leaves out of passage text. A plain-text file's title
// line (see detectTitleLine) is found here too: taken as the title, it is such a range as well.

import { impossibleDateHint, isIsoDate } from './date-hint.ts';

export interface TextMetadata {
  date: string | null;
  source: string | null;
  /** Ranges of the body that are metadata: the `date …` prefix (with the spaces after it), the `SOURCE …` line. */
  ranges: Array<[start: number, end: number]>;
  /** A `date` prefix whose value is not a real date: reported rather than left in the text silently. */
  problems: Array<{ line: number; reason: string }>;
}

// `date` then a date-looking word, at the start of the first non-blank line. The word is checked with isIsoDate
// afterwards so that `date 2024-13` is reported instead of being read as text.
const DATE_PREFIX = /^(\s*)(date[ \t]+(\d{4}(?:-\d{1,2}){0,2}))(?=[ \t]|\r?\n|$)[ \t]*/i;
// The last non-blank line, `SOURCE name` (or `SOURCE: name`); the keyword is upper case so prose ("Source of
// the ...") is never taken for it.
const SOURCE_LINE = /^[ \t]*(SOURCE:?[ \t]+(\S(?:.*\S)?))[ \t]*$/;

/** Finds the date prefix and SOURCE line of a plain-text/Markdown body. Lines are 1-based within `body`. */
export function detectTextMetadata(body: string): TextMetadata {
  const result: TextMetadata = { date: null, source: null, ranges: [], problems: [] };

  const d = DATE_PREFIX.exec(body);
  if (d) {
    const lead = d[1]!;
    const value = d[3]!;
    const line = 1 + countNewlines(lead);
    if (isIsoDate(value)) {
      result.date = value;
      result.ranges.push([lead.length, d[0].length]);
    } else {
      // Written in the very form asked for, it is the day that is wrong, as front matter's date says it.
      const impossible = impossibleDateHint(value);
      const wrong = impossible === null ? 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD' : `is no date: ${impossible}`;
      result.problems.push({ line, reason: `the text starts with "${d[2]}", which looks like a date prefix but ${wrong}` });
    }
  }

  let end = body.length;
  while (end > 0 && /\s/.test(body[end - 1]!)) end--;
  if (end > 0) {
    const lineStart = body.lastIndexOf('\n', end - 1) + 1;
    const s = SOURCE_LINE.exec(body.slice(lineStart, end));
    if (s) {
      const keywordAt = lineStart + s[0].indexOf(s[1]!);
      const start = Math.max(keywordAt, result.ranges[0]?.[1] ?? 0); // a one-line body: never overlap the date
      result.source = s[2]!;
      result.ranges.push([start, lineStart + s[0].length]);
    }
  }
  return result;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Longest first line of a plain-text file that is read as its title: a write-up's title, not a sentence. */
const TITLE_LINE_MAX_CHARS = 100;

// What ends a sentence or announces what follows ("Agenda:"): a line ending in one is prose, not a title. Closing
// quotes and brackets after it are looked through ('Ia berkata "Selesai!"').
const SENTENCE_END = /[.!?…:;,。！？：；，]["'”’»›)\]}]*$/u;
// A list item ("- Pembukaan", "1. Pembukaan") or a table row: the first line of a list or a table, not a title.
const NOT_A_TITLE_START = /^(?:[-*+•|>]|\d{1,3}[.)](?:\s|$))/u;
// A greeting or salutation, in Indonesian or English ("Halo semua", "Hi all", "Selamat pagi teman-teman",
// "Assalamu'alaikum", "Dear members", "Yth. Bapak/Ibu"): a write-up first posted to a chat opens with one over a
// blank line, the shape of a title line, and it was cited as the write-up's title. Greetings are a closed class,
// so a list is the general rule here. The word must end there ("Halodoc", "Hi-Tech" are names); "Selamat datang"
// is left out, as an event is named that way too ("Selamat Datang Mahasiswa Baru"), and so are "Malam", "Pagi"
// alone ("Malam Keakraban").
const GREETING =
  /^(?:h[ae]l+o|hai|hi|hiya|hey|hei|howdy|greetings|dear|yth|kepada yth|assalamu[\s'’`-]*alaikum|selamat (?:pagi|siang|sore|malam)|met (?:pagi|siang|sore|malam)|good (?:morning|afternoon|evening|day))(?=$|[\s.,!])/iu;
// Whom a greeting addresses, as its next word ("Halo semua", "Hi all", "Selamat pagi teman-teman", "Dear
// Bapak/Ibu", "Hi Pak Budi"): a closed class, as greetings are. A greeting word followed by anything else, in
// Title Case, is how titles are written ("Hello World Workshop"); see isGreeting.
const ADDRESSEE =
  /^(?:semua(?:nya)?|sekalian|kalian|all|everyone|everybody|y'?all|there|guys|folks|friends|team|tim|teman|temen|kawan|rekan|sobat|sahabat|members?|anggota|warga|bapak|ibu|pak|bu|kak|kakak|mas|mbak|bang|saudara|saudari|para|gan|agan|sis|bro|sir|madam|mr|mrs|ms)(?=$|[^\p{L}])/iu;
// What an event is called ("Hai Festival", "Hello Kopdar"): a greeting word with one of these after it names an
// event, never greets someone by name (see isGreeting). A closed class, as greetings are, in Indonesian and
// English.
const EVENT_WORD =
  /^(?:meetups?|kopdar|workshops?|lokakarya|seminars?|webinars?|festivals?|fest|konferensi|conferences?|summits?|forums?|talks?|expo|pameran|bootcamps?|hackat(?:h)?ons?|pelatihan|trainings?|kelas|class(?:es)?|camps?|gatherings?|party|pesta|parties|sessions?|sesi|diskusi|lomba|kompetisi|competitions?|turnamen|tournaments?|konser|concerts?|shows?|tours?|trips?|runs?|days?|nights?|weeks?|pekan|meetings?|rapat|launch|peluncuran|podcasts?|episodes?|batch|angkatan|seri|series)$/iu;
/** Whether a word is one events are called by ("meetup", "kopdar", "workshop": EVENT_WORD). */
export function isEventWord(word: string): boolean {
  return EVENT_WORD.test(word);
}
// Small words a Title Case title leaves in lower case ("Hello World dari Bandung").
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'of', 'the', 'and', 'for', 'in', 'to', 'at', 'on', 'with', 'a', 'an']);

/**
 * Whether a first line is a greeting (GREETING): one addressed to people. A line opening with a greeting word is a
 * title instead when it is shaped like one: a colon and a rest ("Hello World: Workshop Python Pemula" names a
 * name and its subject; a greeting has no subtitle), or Title Case throughout ("Hello World Workshop", "Good
 * Morning Bandung Fun Run"), unless a comma or "!" closes the greeting word ("Hi, Budi") or the next word is whom
 * it addresses ("Halo Semua", "Selamat Pagi Teman-Teman"). A line all in capitals tells nothing by its case. A
 * greeting to one person by name, "Hi Budi", "Halo Budi Santoso", is a greeting too: a greeting word and then one
 * or two capitalised words and nothing else, none a digit or a word events are called by (EVENT_WORD). A title
 * needs more than that: "Hai Festival 2025" has a number, "Hai Festival" names an event, "Hello World Workshop"
 * both and a third word. The cost: a write-up titled with a greeting and a name alone ("Hello World", "Halo
 * Bandung") reads as one.
 */
export function isGreeting(line: string): boolean {
  const greeting = GREETING.exec(line);
  if (greeting === null) return false;
  const rest = line.slice(greeting[0].length);
  if (/:\s*\p{L}/u.test(rest)) return false;
  if (/^\s*[,!]/u.test(rest)) return true;
  const words = rest.replace(/^[\s.]+/u, '').split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || ADDRESSEE.test(words[0]!) || line === line.toUpperCase()) return true;
  // A person's name: one or two words written as names are ("Budi", "O'Neil", "Siti-Aminah"), and nothing else but
  // the emoji a chat message puts after it ("Hi Budi 👋"); a number is a word here ("Hai Festival 2025").
  const names = rest.trim().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (names.length <= 2 && names.every((w) => /^\p{Lu}\p{Ll}+(?:['’-]\p{L}\p{Ll}*)*$/u.test(w) && !EVENT_WORD.test(w))) return true;
  const titleCase = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).every((w) => /^\P{L}*\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return !titleCase;
}

// A field of the event's particulars, labelled ("Tempat: Kafe Dago", "Waktu: 19.00", "Oleh: Budi") or a byline
// ("Oleh Budi Santoso", "By Jane Doe"): write-ups open with these as often as with a title, and they name the
// place, the time or the writer, not the write-up. A closed class, as greetings are; "Acara:", "Tema:" and
// "Judul:" are left out, as what follows them may well be the title.
const FIELD_LABEL =
  /^(?:(?:oleh|by)(?:\s*:|\s)|(?:penulis|ditulis oleh|notulis|notulen|written by|reported by|author|sumber|source|tanggal|hari|date|waktu|pukul|jam|time|tempat|lokasi|venue|location|place|foto|photo|peserta|hadir|attendees)\s*:)/iu;

/**
 * The first line of a plain-text body when it reads as the write-up's title, with its range in `body`: the first
 * non-blank line once the metadata `ranges` are set aside (so a title after a `date 2025-03 ` prefix counts), when
 * it is at most TITLE_LINE_MAX_CHARS characters, has a letter, does not end like a sentence (`.`, `!`, `?`, `…`,
 * `:`, `;`, `,`, closing quotes looked through), is no list item, table row or `#` heading (headingTitle reads
 * those), is no greeting and does not open with a field's label ("Halo semua" greets, "Tempat: Kafe Dago" says
 * where: see isGreeting, FIELD_LABEL), holds no link, and
 * (with its underline of `=` or `-`, if any) is followed by a blank line and then more text that does not start in
 * lower case. A line running straight into the next one, or continued in lower case below a blank line, is the
 * start of a paragraph. Null otherwise.
 */
export function detectTitleLine(body: string, ranges: ReadonlyArray<readonly [number, number]>): { title: string; range: [number, number] } | null {
  const inRange = (i: number) => ranges.some(([s, e]) => i >= s && i < e);
  let start = 0;
  while (start < body.length && (/\s/.test(body[start]!) || inRange(start))) start++;
  if (start >= body.length) return null;
  const br = body.indexOf('\n', start);
  const end = br === -1 ? body.length : br;
  const line = body.slice(start, end).trim();
  if (line.length === 0 || line.length > TITLE_LINE_MAX_CHARS || !/\p{L}/u.test(line)) return null;
  // Metadata inside the line (a SOURCE line that is also the first line) makes it no title line.
  for (let i = start; i < end; i++) if (inRange(i)) return null;
  if (SENTENCE_END.test(line) || NOT_A_TITLE_START.test(line) || /^#{1,6}(?:[ \t]|$)/.test(line)) return null;
  if (isGreeting(line.replace(/\s+/gu, ' ')) || FIELD_LABEL.test(line)) return null;
  // A link ("https://…", "www.…"), alone or after a label ("Foto: https://…"), points somewhere; it names nothing.
  if (/(?:^|\s)(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S/iu.test(line)) return null;
  // Underlined with "=" or "-" (three or more), as plain text marks a title: the underline is the title's too.
  let lineEnd = end;
  let below = br;
  const underlineEnd = br === -1 ? -1 : body.indexOf('\n', br + 1);
  if (br !== -1 && /^[ \t]*(?:={3,}|-{3,})[ \t]*$/.test(body.slice(br + 1, underlineEnd === -1 ? body.length : underlineEnd))) {
    lineEnd = underlineEnd === -1 ? body.length : underlineEnd;
    below = underlineEnd;
  }
  // Followed by a blank line, then text that is not metadata.
  const next = below === -1 ? -1 : body.indexOf('\n', below + 1);
  if (below === -1 || body.slice(below + 1, next === -1 ? body.length : next).trim() !== '') return null;
  let after = below + 1;
  while (after < body.length && (/\s/.test(body[after]!) || inRange(after))) after++;
  if (after >= body.length) return null;
  // Text going on in lower case ("Kopdar kali ini kami adakan", then "di sebuah kafe …") continues the line: it is
  // a sentence a blank line broke, not a title over its text. Opening quotes and brackets are looked through.
  if (/^["'“‘«(\[]*\p{Ll}/u.test(body.slice(after, after + 8))) return null;
  let rangeEnd = lineEnd;
  while (rangeEnd > start && /\s/.test(body[rangeEnd - 1]!)) rangeEnd--;
  return { title: line, range: [start, rangeEnd] };
}
