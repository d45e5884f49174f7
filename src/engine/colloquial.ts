// The roots of Indonesian words as members type them in chat, in the Jakarta and Javanese spoken forms: a suffix
// -in for -kan or -i ("disiarin" for disiarkan, "daftarin", "ngajarin"), a bare nasal for the meN- prefix
// ("ngajar" for mengajar, "nanya" for bertanya, "nyari" for mencari), and an e for the a of a last syllable
// ("dapet" for dapat, "temen" for teman) or for a final -ai ("pake" for pakai, "sampe" for sampai). natural's
// stemmer knows none of them, so "meetup oktober disiarin ga" matched nothing of the write-up's "disiarkan
// langsung". Pure: the caller keeps the roots its corpus has (see SearchIndex.#abbreviated), which is what tells
// "nyari" (cari) from a "sari" the corpus never says.

import { indonesianStem, isRootWord } from './analyzer.ts';

const CONSONANT = '[bcdfghjklmnpqrstvwxyz]';
const SUFFIX_IN = /^(\p{Ll}{3,})in$/u;
const LAST_E = new RegExp(`^(\\p{Ll}+)e(${CONSONANT}+)$`, 'u');
const FINAL_E = new RegExp(`^(\\p{Ll}*${CONSONANT})e$`, 'u');
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
// (The spoken prefixes' expressions, as constants: tsx compiles a literal with a \p{…} escape to a `new RegExp`
// where it stands, and unprefixed is asked of every form of every question word the corpus lacks.)
const NGE = new RegExp(`^nge(${CONSONANT}\\p{Ll}{2,})$`, 'u');
const NG = /^ng([aiueo]\p{Ll}{2,})$/u;
const NY = /^ny([aiueo]\p{Ll}{2,})$/u;
const N = /^n([aiueo]\p{Ll}{2,})$/u;
const M = /^m([aiueo]\p{Ll}{2,})$/u;

/**
 * Root words a chat form of a lower-case word may stand for, likeliest first; none for a word of another shape.
 */
export function colloquialRoots(word: string): string[] {
  if (!LOWER_CASE_WORD.test(word) || word.length < 4) return [];
  const bases = [word];
  const withoutIn = SUFFIX_IN.exec(word);
  if (withoutIn) bases.push(`${withoutIn[1]}kan`, `${withoutIn[1]}i`, withoutIn[1]!);
  const forms = bases.flatMap((b) => [b, ...unprefixed(b)]);
  // (Not the word as typed: its own stems are the question's already. Nor a root of three letters, as often the
  // stemmer's slip on a spoken form, "kemaren" read as ke-mar-an, as a root.)
  const spelled = forms.flatMap((f) => [f, ...vowelled(f)]).filter((f) => f !== word);
  const roots: string[] = [];
  for (const f of spelled) {
    for (const root of [f, indonesianStem(f)]) if (root !== word && root.length > 3 && isRootWord(root) && !roots.includes(root)) roots.push(root);
  }
  return roots;
}

/**
 * A spoken nasal prefix taken off: "nge-" before a consonant, "ng-" (k or a vowel), "ny-" (s, c), "n-" (t), "m-"
 * (p).
 */
function unprefixed(word: string): string[] {
  let m: RegExpExecArray | null;
  if ((m = NGE.exec(word))) return [m[1]!];
  if ((m = NG.exec(word))) return [m[1]!, `k${m[1]}`];
  if ((m = NY.exec(word))) return [`c${m[1]}`, `s${m[1]}`];
  if ((m = N.exec(word))) return [`t${m[1]}`];
  if ((m = M.exec(word))) return [`p${m[1]}`];
  return [];
}

/** The written vowels of a spoken e: "dapet" → dapat, "pake" → pakai. */
function vowelled(word: string): string[] {
  const out: string[] = [];
  const last = LAST_E.exec(word);
  if (last) out.push(`${last[1]}a${last[2]}`);
  const final = FINAL_E.exec(word);
  if (final) out.push(`${final[1]}ai`);
  return out;
}
