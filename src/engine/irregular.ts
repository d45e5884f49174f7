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
 * The irregular forms worth shipping, form → bases, sorted by form: single words that are not headwords
 * themselves (a headword is looked up as it is: "left" is kiri, not a form of leave), mapped to those of their
 * bases that are headwords. A form the spelling rules already resolve to one of its bases is left out
 * ("abetted" → abet), since the lookup finds it without the table.
 */
export function irregularForms(lists: readonly ExceptionEntry[][], headwords: ReadonlySet<string>): Record<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const { form, bases } of lists.flat()) {
    if (form.includes(' ') || headwords.has(form)) continue;
    const known = bases.filter((b) => headwords.has(b));
    if (known.length === 0) continue;
    const byRule = baseFormCandidates(form).find((b) => headwords.has(b));
    if (byRule !== undefined && known.includes(byRule)) continue;
    // A form in two lists keeps the bases of both, in the order of the lists given.
    const merged = forms.get(form) ?? [];
    for (const b of known) if (!merged.includes(b)) merged.push(b);
    forms.set(form, merged);
  }
  return Object.fromEntries([...forms].sort(([a], [b]) => compareStrings(a, b)));
}
