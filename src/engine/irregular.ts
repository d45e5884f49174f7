// Irregular English forms for the lexicon's lookup ("took" → take, "children" → child, "sold" → sell). The
// dictionary lists base forms only, and the spelling rules in lexicon.ts (baseFormCandidates) cannot guess these:
// an English question asking who "took", "held" or "sold" something would otherwise reach no Indonesian word.
//
// The forms come from WordNet's morphological exception lists, the tables its own lemmatizer (morphy) uses:
// noun.exc, verb.exc, adj.exc and adv.exc in Debian's wordnet-base package, one "form base [base ...]" per line,
// words of a phrase joined by "_". scripts/build-lexicon.ts keeps the forms the lexicon can use and writes them
// into data/lexicon-en-id.json; see data/LEXICON-LICENSE.md for WordNet's licence.

import { baseFormCandidates } from './lexicon.ts';
import { compareStrings, normalizeEnglish } from './freedict.ts';

export interface ExceptionEntry {
  form: string;
  bases: string[];
}

/**
 * Parses one exception list. Lines that are not "form base [base ...]" are errors naming the file and line: the
 * lists are generated data, and a line of another shape means the format is not what this parser knows.
 */
export function parseExceptionList(text: string, file = 'exception list'): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const words = line.trim().split(/\s+/u).map((w) => normalizeEnglish(w.replace(/_/gu, ' ')));
    if (words.length < 2 || words.some((w) => w === '')) throw new Error(`${file} line ${i + 1}: expected "form base", got ${JSON.stringify(line)}`);
    out.push({ form: words[0]!, bases: words.slice(1) });
  });
  return out;
}

/**
 * The irregular forms worth shipping, form → bases, sorted by form: single words mapped to those of their bases
 * that are headwords. A form the spelling rules already resolve to one of its bases is left out ("abetted" →
 * abet), since the lookup finds it without the table, unless the form is a headword itself: the lookup stops at a
 * headword ("won" is Korea's currency, "left" is kiri), so only the table can add that it is also a form of win
 * or leave ("who won the prize?" must reach menang).
 */
export function irregularForms(lists: readonly ExceptionEntry[][], headwords: ReadonlySet<string>): Record<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const { form, bases } of lists.flat()) {
    if (form.includes(' ')) continue;
    const known = bases.filter((b) => b !== form && headwords.has(b));
    if (known.length === 0) continue;
    if (!headwords.has(form)) {
      const byRule = baseFormCandidates(form).find((b) => headwords.has(b));
      if (byRule !== undefined && known.includes(byRule)) continue;
    }
    // A form in two lists keeps the bases of both, in the order of the lists given.
    const merged = forms.get(form) ?? [];
    for (const b of known) if (!merged.includes(b)) merged.push(b);
    forms.set(form, merged);
  }
  return Object.fromEntries([...forms].sort(([a], [b]) => compareStrings(a, b)));
}

/**
 * Headwords the dictionary gives only as names that are also the plural of a common headword: "Judges" and
 * "Numbers" are books of the Bible (Kitab Hakim-hakim), but a member asking "who were the judges?" means the
 * plural of judge (hakim, juri). The lookup stops at a headword, so these are shipped with the irregular forms,
 * mapped to that common headword. `names` are the headwords all of whose entries are proper nouns; only the
 * plural endings count (-s, -es, -ies), not -er or -ed ("Easter" is no comparative of east).
 */
export function pluralNames(names: ReadonlySet<string>, headwords: ReadonlySet<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of [...names].sort(compareStrings)) {
    if (!/^\p{L}+s$/u.test(name)) continue;
    // (Of a word ending in -s, the spelling rules give only singulars.)
    const base = baseFormCandidates(name).find((b) => headwords.has(b) && !names.has(b));
    if (base !== undefined) out[name] = [base];
  }
  return out;
}
