// A person's title written short before the name: "dr. Arief Budiman", "drg. Maya Sari", "Prof. Hadi". Members ask
// for the title in full ("siapa dokter yang cek tensi"), which the write-up never spells out; the passage that
// names "dr. Arief Budiman" is indexed with the full word too (as a word it does not say: no highlight, see
// analysePassage in passage-analysis.ts). A closed set of Indonesian titles, the ones written before a name, not a
// lexicon: only with the title's dot and before a capitalised name, since chat writes "dr" for "dari" ("konsumsi
// dr ibu2").

/**
 * Each title's short form, as written before a name, and the word it abbreviates. "dr." is the physician, "Dr."
 * with a capital the doctorate (doktor: "Dr. Ratna Kusumawardani, M.Kom", a lecturer), as Indonesian writes them.
 */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['dr', 'dokter'],
  ['Dr', 'doktor'],
  ['drg', 'dokter'],
  ['prof', 'profesor'],
]);

/**
 * A short title, with its dot, before a capitalised name or another title ("dr. Arief", "Prof. Hadi", "drg.Maya",
 * "Prof. dr. Hadi"). (What follows is looked at, not taken: the next title of "Prof. Dr. Hadi" is read too.)
 */
const SHORT_TITLE = /(?<![\p{L}\p{N}])([Dd]rg?|[Pp]rof)\.(?=[ \t]*(?:\p{Lu}|(?:[Dd]rg?|[Pp]rof)\.))/gu;

/** The full words of the short titles `text` writes before names: "dokter" for "dr. Arief Budiman". */
export function titlesInFull(text: string): string[] {
  const out: string[] = [];
  // (Most passages name no one so: a dot after a title's last letter, "r", "g" or "f", is looked for before the
  // expression is run.)
  if (!text.includes('r.') && !text.includes('g.') && !text.includes('f.')) return out;
  for (const m of text.matchAll(SHORT_TITLE)) {
    const word = (TITLES.get(m[1]!) ?? TITLES.get(m[1]!.toLowerCase()))!;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}
