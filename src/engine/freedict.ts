// Pure parser for FreeDict dictionaries in the dictd format (a `.index` file plus a `.dict.dz` body), written
// for Debian's `dict-freedict-eng-ind` (FreeDict + WikDict, generated from Wiktionary). No I/O here: the build
// script reads and decompresses the files and hands the bytes in, so everything below is testable in memory.
//
// An entry of that dictionary looks like this (glosses are English, translations Indonesian):
//
//   country //ˈkʌntɹi// <n>          ← headword, IPA, part of speech
//   1. negara, bangsa                ← sense 1: comma-separated translations
//   nation state                     ← English gloss of sense 1
//   2. bangsa, negara
//   region of land
//
// An entry with a single sense has no "1. "; its translation line is simply the first line after the headword.
// WikDict also numbers several glosses of one sense, which leaves a stray " 2." at the end of the translation
// line and lines holding only " 3.", " 4." between the glosses.

/** dictd's base64 alphabet. Numbers are written big-endian, most significant digit first, without padding. */
const DICTD_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one dictd base64 number (`"BF"` → 69). Throws on a character outside the alphabet. */
export function decodeDictdNumber(text: string): number {
  if (text.length === 0) throw new Error('empty dictd base64 number');
  let value = 0;
  for (const ch of text) {
    const digit = DICTD_B64.indexOf(ch);
    if (digit < 0) throw new Error(`invalid character ${JSON.stringify(ch)} in dictd base64 number ${JSON.stringify(text)}`);
    value = value * 64 + digit;
  }
  return value;
}

/** Encodes a non-negative integer the way dictd's index does (0 → `"A"`). The inverse of decodeDictdNumber. */
export function encodeDictdNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`cannot encode ${value} as a dictd number`);
  let out = '';
  let rest = value;
  do {
    out = DICTD_B64[rest % 64] + out;
    rest = Math.floor(rest / 64);
  } while (rest > 0);
  return out;
}

export interface IndexEntry {
  /** The index's headword: dictd lowercases it and drops punctuation ("Adam's apple" → "adams apple"). */
  headword: string;
  /** Byte offset and length of the entry in the decompressed `.dict`. */
  offset: number;
  length: number;
}

/** Parses a dictd `.index` file. Errors name the line, so a corrupt download is easy to spot. */
export function parseIndex(text: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '') continue;
    const fields = line.split('\t');
    if (fields.length !== 3) {
      throw new Error(`dictd index line ${i + 1}: expected 3 tab-separated fields, got ${fields.length}: ${JSON.stringify(line)}`);
    }
    const [headword, offset, length] = fields as [string, string, string];
    try {
      entries.push({ headword, offset: decodeDictdNumber(offset), length: decodeDictdNumber(length) });
    } catch (err) {
      throw new Error(`dictd index line ${i + 1}: ${(err as Error).message}`);
    }
  }
  return entries;
}

/** dictd's metadata entries: `00databaseinfo` in the index, `00-database-info` in older tools. */
export function isMetadataHeadword(headword: string): boolean {
  return /^00-?database/.test(headword);
}

/** The text of each index entry, cut from the decompressed `.dict` by byte range (offsets are bytes, not chars). */
export function sliceEntries(index: readonly IndexEntry[], dict: Uint8Array): Array<{ headword: string; text: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return index.map((entry) => {
    if (entry.offset + entry.length > dict.length) {
      throw new Error(
        `dictd entry ${JSON.stringify(entry.headword)} points past the end of the dictionary ` +
          `(${entry.offset}+${entry.length} > ${dict.length} bytes): index and .dict do not match`,
      );
    }
    return { headword: entry.headword, text: decoder.decode(dict.subarray(entry.offset, entry.offset + entry.length)) };
  });
}

export interface ParsedEntry {
  /** The headword as printed in the entry (keeps hyphens and apostrophes: "add-on", "Adam's apple"). */
  headword: string;
  /** Part of speech without brackets (`n`, `v`, `adj`, `pn`, ...), or null when the entry has none. */
  pos: string | null;
  /** Cleaned Indonesian translations per sense, first sense first, in the dictionary's order. */
  senses: string[][];
}

const SENSE_LINE = /^(\d+)\. /;

/**
 * Parses one entry's text. Returns null for an entry without a recognisable headword line.
 * Glosses, IPA and numbering are dropped; only the translation lines are kept and cleaned.
 */
export function parseEntry(text: string): ParsedEntry | null {
  const lines = text.replace(/\r/g, '').split('\n');
  const head = parseHeadLine(lines[0] ?? '');
  if (!head) return null;
  const body = lines.slice(1);
  const senses: string[][] = [];
  const numbered = body.some((line) => SENSE_LINE.test(line));
  if (numbered) {
    // Every "N. " line starts a sense and carries its translations; all other lines are glosses.
    for (const line of body) {
      if (SENSE_LINE.test(line)) senses.push(cleanTranslationLine(line.replace(SENSE_LINE, '')));
    }
  } else {
    // A single sense: its translations are the first line, the rest are glosses.
    const first = body.find((line) => line.trim() !== '');
    if (first !== undefined) senses.push(cleanTranslationLine(first));
  }
  return { headword: head.headword, pos: head.pos, senses: senses.filter((s) => s.length > 0) };
}

/** Splits `word /ipa/ /ipa2/ <pos>` into headword and pos. The IPA starts at the first " /". */
export function parseHeadLine(line: string): { headword: string; pos: string | null } | null {
  let rest = line.trim();
  let pos: string | null = null;
  const posMatch = / ?<([^<>]+)>$/.exec(rest);
  if (posMatch) {
    pos = posMatch[1]!.trim();
    rest = rest.slice(0, posMatch.index);
  }
  const ipaStart = rest.indexOf(' /');
  const headword = (ipaStart >= 0 ? rest.slice(0, ipaStart) : rest).trim();
  if (headword === '') return null;
  return { headword, pos };
}

/**
 * Cleans one translation line into a list of Indonesian words or phrases, lowercased and NFKC-normalised.
 * Handles what the real dictionary contains: wiki links (`[[kemudi|mengemudi(kan)]]`), parenthetical notes
 * (`(orang) brengsek`, `kependekan (dari)`), alternatives (`eksperimen / percobaan`), placeholders
 * (`saya perlu ...`), exclamation and question marks, and affix fragments (`em-`, `e- -an`) that are not words.
 */
export function cleanTranslationLine(line: string): string[] {
  const text = line
    .normalize('NFKC')
    .replace(/ \d+\.\s*$/, '') // " 2." left by WikDict's gloss numbering
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1'); // [[target|shown]] → shown, [[word]] → word
  const out: string[] = [];
  for (const part of splitTopLevel(text, ',')) {
    for (const alternative of part.split(' / ')) {
      for (const cleaned of cleanTranslations(alternative)) {
        if (!out.includes(cleaned)) out.push(cleaned);
      }
    }
  }
  return out;
}

function cleanTranslations(raw: string): string[] {
  // A parenthesis glued to a word marks an optional ending: "mengemudi(kan)" is mengemudi and mengemudikan.
  const glued = /(\p{L})\(([\p{L}-]+)\)/u;
  if (glued.test(raw)) {
    return [...cleanTranslations(raw.replace(glued, '$1')), ...cleanTranslations(raw.replace(glued, '$1$2'))];
  }
  const cleaned = cleanTranslation(raw);
  return cleaned === null ? [] : [cleaned];
}

function cleanTranslation(raw: string): string | null {
  const text = raw
    .replace(/\([^()]*\)/g, ' ') // other notes in parentheses are not part of the translation
    .replace(/\.{3}|…/g, ' ') // "saya perlu ..." placeholders
    .replace(/[?!¿¡"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '') // "dll.", "Tn.": the abbreviation without its full stop
    .toLowerCase();
  if (text === '' || !/\p{L}/u.test(text)) return null;
  // Affixes ("em-", "-an", "e- -an") describe word formation, not words a passage would contain.
  if (/(^|\s)-|-($|\s)/.test(text)) return null;
  return text;
}

/** Splits on `sep` outside parentheses, so "kependekan (dari, untuk)" stays one translation. */
function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Parts of speech that are word-formation elements, not words: their "translations" are affixes. */
const AFFIX_POS = new Set(['prefix', 'suffix', 'infix', 'affix', 'interfix', 'circumfix']);

/**
 * Order in which parts of speech contribute when one English word has several entries. Questions are mostly
 * about things and actions, so nouns and verbs come first; proper nouns after the common words.
 */
const POS_PRIORITY = ['n', 'v', 'adj', 'adv', 'pn'];

function posRank(pos: string | null): number {
  const i = pos === null ? -1 : POS_PRIORITY.indexOf(pos);
  return i < 0 ? POS_PRIORITY.length : i;
}

export interface BuildOptions {
  /** At most this many translations per headword (expansion should stay focused). Default 6. */
  maxPerWord?: number;
}

/**
 * Merges parsed entries into `english → Indonesian translations`, best first, capped.
 *
 * Ranking, for each candidate translation of a headword:
 *  1. how many senses/entries give it: a translation repeated across senses is the general, core meaning
 *     (brother → "saudara", given for two senses, before "bruder", a monk, listed first by the source);
 *  2. its best sense number over all entries (the dictionary tends to list the main sense first);
 *  3. single words before phrases (a single word matches passages more often and more precisely);
 *  4. the part of speech of the entry it first came from (nouns, verbs, adjectives, adverbs, names);
 *  5. the dictionary's own order.
 * Keys are lowercased, NFKC-normalised headwords; prefix and suffix entries are left out.
 */
export function buildLexiconEntries(entries: readonly ParsedEntry[], options: BuildOptions = {}): Record<string, string[]> {
  const maxPerWord = options.maxPerWord ?? 6;
  interface Candidate { bestSense: number; count: number; posRank: number; order: number }
  const byHeadword = new Map<string, Map<string, Candidate>>();
  // Entries of one headword are visited in part-of-speech priority order, so `order` and `posRank` agree.
  const sorted = entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => posRank(a.entry.pos) - posRank(b.entry.pos) || a.i - b.i);
  for (const { entry } of sorted) {
    if (entry.pos !== null && AFFIX_POS.has(entry.pos)) continue;
    const key = normalizeEnglish(entry.headword);
    if (key === '') continue;
    let candidates = byHeadword.get(key);
    if (!candidates) byHeadword.set(key, (candidates = new Map()));
    entry.senses.forEach((translations, sense) => {
      for (const translation of translations) {
        const existing = candidates.get(translation);
        if (existing) {
          existing.count++;
          existing.bestSense = Math.min(existing.bestSense, sense);
        } else {
          candidates.set(translation, { bestSense: sense, count: 1, posRank: posRank(entry.pos), order: candidates.size });
        }
      }
    });
  }
  const result: Record<string, string[]> = {};
  for (const key of [...byHeadword.keys()].sort(compareStrings)) {
    const ranked = [...byHeadword.get(key)!.entries()]
      .sort(([ta, a], [tb, b]) =>
        b.count - a.count ||
        a.bestSense - b.bestSense ||
        Number(ta.includes(' ')) - Number(tb.includes(' ')) ||
        a.posRank - b.posRank ||
        a.order - b.order,
      )
      .map(([translation]) => translation)
      .slice(0, maxPerWord);
    if (ranked.length > 0) result[key] = ranked;
  }
  return result;
}

/**
 * The headwords (normalised, as buildLexiconEntries keys them) whose every entry is a proper noun (`pn`): names,
 * like "Judges" (the Book) or "Laos". See irregular.ts's pluralNames for why they matter.
 */
export function nameHeadwords(entries: readonly ParsedEntry[]): Set<string> {
  const names = new Set<string>();
  const common = new Set<string>();
  for (const entry of entries) {
    if (entry.pos !== null && AFFIX_POS.has(entry.pos)) continue;
    const key = normalizeEnglish(entry.headword);
    if (entry.pos === 'pn') names.add(key);
    else common.add(key);
  }
  for (const key of common) names.delete(key);
  return names;
}

/** How English words and headwords are compared: NFKC, lowercase, typographic apostrophes made plain. */
export function normalizeEnglish(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Code-point order, independent of locale, so the generated file is byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface DatabaseInfo {
  /** e.g. "English-Bahasa Indonesia FreeDict+WikDict dictionary ver. 2022.11.18" */
  short: string | null;
  edition: string | null;
  url: string | null;
  /** The full `00-database-info` text (maintainer, licence, sources), for the attribution file. */
  info: string | null;
}

/** Reads dictd's metadata entries (`00databaseshort`, `00databaseinfo`, `00databaseurl`). */
export function readDatabaseInfo(entries: ReadonlyArray<{ headword: string; text: string }>): DatabaseInfo {
  // The entry text starts with the entry's own headword line (e.g. "00-database-info"); drop it.
  const body = (name: string): string | null => {
    const entry = entries.find((e) => e.headword === `00database${name}` || e.headword === `00-database-${name}`);
    if (!entry) return null;
    return entry.text.replace(/^\s*00-?database-?[a-z0-9.-]*\s*\n/, '').trim();
  };
  const info = body('info');
  const edition = info === null ? null : (/^Edition:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? null);
  return { short: body('short'), edition, url: body('url'), info };
}
