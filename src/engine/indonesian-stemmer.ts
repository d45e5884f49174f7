// natural's Indonesian stemmer (a port of Sastrawi's: confix stripping with Nazief and Adriani's rules and their
// later amendments), rewritten to give the same stem for every word at a fraction of the cost. natural's own spends
// most of a call on its bookkeeping rather than on its rules: for each rule a new array of the rule's variants,
// walked with for-in (string keys), its result written into the global object, a Removal object and a string
// replace for every affix tried. A corpus's build asks it about some 10,000 words it has never met (tydiqa-id's:
// 276 ms of CPU cold, 127 ms warm, in natural). Here the rules are the same regular expressions in the same order,
// each a module-level function, and the stemmer's state (the word being stemmed, the affixes taken off) is the
// same, quirks included: the two halves of a reduplicated word share the list of affixes taken off, as natural's
// do, and its restoring loop walks the affixes it had when it began. test/indonesian-stemmer.test.ts holds this
// against natural's stemmer, which stays the reference.

import { createRequire } from 'node:module';

/**
 * The stemmer's root words (Sastrawi's kata dasar, ~30k words): a form found here is the stem. natural's list, read
 * once (analyzer.ts's ROOT_WORDS is this set).
 */
export const DICTIONARY: ReadonlySet<string> = new Set(
  (createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter(Boolean),
);

/** An affix taken off: 'DP' a prefix, 'DS' a derivational suffix, 'PP' a possessive, 'P' a particle. */
interface Removal {
  originalWord: string;
  result: string;
  removedPart: string;
  affixType: 'DP' | 'DS' | 'PP' | 'P';
}

// The state of one stem() call, as natural keeps it (module-level there too).
let removals: Removal[] = [];
let originalWord = '';
let currentWord = '';

/**
 * natural's interface: `stem` gives the stem of a word (lower-cased first), or the word itself, as natural's `stem`
 * does. An object, as natural's is, so that a test can watch which words are asked.
 */
export const IndonesianStemmer = {
  stem(token: string): string {
    token = token.toLowerCase();
    removals = [];
    return isPlural(token) ? stemPluralWord(token) : stemSingularWord(token);
  },
};

const PLURAL_WITH_CLITIC = /^(.*)-(ku|mu|nya|lah|kah|tah|pun)$/;
const LAST_HYPHEN = /^(.*)-(.*)$/;
const CLITICS: readonly string[] = ['ku', 'mu', 'nya', 'lah', 'kah', 'tah', 'pun'];

function isPlural(token: string): boolean {
  const matches = PLURAL_WITH_CLITIC.exec(token);
  if (matches) return matches[1]!.includes('-');
  return token.includes('-');
}

function stemPluralWord(pluralWord: string): string {
  let matches = LAST_HYPHEN.exec(pluralWord);
  if (!matches) return pluralWord;
  const words = [matches[1]!, matches[2]!];
  // malaikat-malaikat-nya -> malaikat malaikat-nya
  const suffix = words[1]!;
  matches = LAST_HYPHEN.exec(words[0]!);
  if (CLITICS.includes(suffix) && matches) {
    words[0] = matches[1]!;
    words[1] = `${matches[2]!}-${suffix}`;
  }
  const rootWord1 = stemSingularWord(words[0]!);
  let rootWord2 = stemSingularWord(words[1]!);
  // meniru-nirukan -> tiru
  if (!DICTIONARY.has(words[1]!) && rootWord2 === words[1]) rootWord2 = stemSingularWord(`me${words[1]!}`);
  return rootWord1 === rootWord2 ? rootWord1 : pluralWord;
}

function stemSingularWord(word: string): string {
  originalWord = word;
  currentWord = word;
  if (currentWord.length > 3) stemmingProcess();
  return DICTIONARY.has(currentWord) ? currentWord : originalWord;
}

function stemmingProcess(): void {
  if (DICTIONARY.has(currentWord)) return;
  // Confix stripping: prefixes before suffixes when the word's shape asks for it.
  if (precedenceAdjustment(originalWord)) {
    removePrefixes();
    if (DICTIONARY.has(currentWord)) return;
    removeSuffixes();
    if (DICTIONARY.has(currentWord)) return;
    currentWord = originalWord;
    removals = [];
  }
  removeSuffixes();
  if (DICTIONARY.has(currentWord)) return;
  removePrefixes();
  if (DICTIONARY.has(currentWord)) return;
  loopRestorePrefixes();
}

const PRECEDENCE: readonly RegExp[] = [/^be(.*)lah$/, /^be(.*)an$/, /^me(.*)i$/, /^di(.*)i$/, /^pe(.*)i$/, /^ter(.*)i$/];

function precedenceAdjustment(word: string): boolean {
  for (const rule of PRECEDENCE) if (rule.test(word)) return true;
  return false;
}

// Suffixes, in natural's order: particle, possessive, derivational suffix.
const SUFFIX_RULES: ReadonlyArray<readonly [RegExp, Removal['affixType']]> = [
  [/-*(lah|kah|tah|pun)$/, 'P'],
  [/-*(ku|mu|nya)$/, 'PP'],
  [/(is|isme|isasi|i|kan|an)$/, 'DS'],
];

function removeSuffixes(): void {
  for (const [pattern, affixType] of SUFFIX_RULES) {
    const word = currentWord;
    const result = word.replace(pattern, '');
    // (What natural reads as the removed part, word.replace(result, ''): the result is the word's start.)
    if (result !== word) removals.push({ originalWord: word, result, removedPart: word.replace(result, ''), affixType });
    currentWord = result;
    if (DICTIONARY.has(currentWord)) return;
  }
}

function removePrefixes(): void {
  for (let i = 0; i < 3; i++) {
    checkPrefixRules();
    if (DICTIONARY.has(currentWord)) return;
  }
}

/** Each prefix rule in natural's order until one takes a prefix off (or leaves a root word). */
function checkPrefixRules(): void {
  const removalCount = removals.length;
  // Rule 0, di-/ke-/se-, always; after it, whether the word is a root word, as natural asks after every rule. A
  // rule that cannot match the word's first letter (see PREFIX_RULES) changes nothing in natural, nor would the
  // question after it: it is skipped.
  {
    const word = currentWord;
    const result = word.replace(PLAIN_PREFIX_AT, '');
    if (result !== word) removals.push({ originalWord: word, result, removedPart: '', affixType: 'DP' });
    currentWord = result;
    if (DICTIONARY.has(currentWord) || removals.length > removalCount) return;
  }
  const word = currentWord;
  const first = word.charAt(0);
  for (const [starts, rule] of PREFIX_RULES) {
    if (starts !== ANY_START && !starts.includes(first)) continue;
    // natural's runDisambiguator: the variants in order until one gives a root word; the last one's answer
    // stands otherwise, even where an earlier variant had one and the last has none.
    let result: string | undefined;
    for (const variant of rule) {
      result = variant(word);
      if (result !== undefined && DICTIONARY.has(result)) break;
    }
    if (result !== undefined) {
      // (A prefix's removed part is never read: only a suffix's, for "kan".)
      removals.push({ originalWord: word, result, removedPart: '', affixType: 'DP' });
      currentWord = result;
      return;
    }
  }
}

/** A suffix's removal (a module constant: under tsx an arrow function made in a call is named each time). */
const isSuffixRemoval = (r: Removal): boolean => r.affixType !== 'DP';

function loopRestorePrefixes(): void {
  // restorePrefix: the word as it was before the last affix taken off, and the prefixes' removals dropped.
  for (const removal of removals) currentWord = removal.originalWord;
  removals = removals.filter(isSuffixRemoval);
  removals.reverse();
  const reversed = removals;
  const tempCurrentWord = currentWord;
  // (natural walks them with for-in: the entries there were when it began. Those removePrefixes adds to the same
  // array as it goes are prefixes', which it would skip anyway.)
  const count = reversed.length;
  for (let i = 0; i < count; i++) {
    const removal = reversed[i]!;
    if (removal.affixType === 'DP') continue;
    if (removal.removedPart === 'kan') {
      currentWord = `${removal.result}k`;
      removePrefixes();
      if (DICTIONARY.has(currentWord)) return;
      currentWord = `${removal.result}kan`;
    } else {
      currentWord = removal.originalWord;
    }
    removePrefixes();
    if (DICTIONARY.has(currentWord)) return;
    currentWord = tempCurrentWord;
  }
}

type Variant = (word: string) => string | undefined;

/** natural's first prefix rule: di-, ke-, se-, taken off whether or not a root word is left. */
const PLAIN_PREFIX_AT = /^(di|ke|se)/;

// The variants of natural's disambiguation rules, each named after natural's function and with its expression.
const C = 'bcdfghjklmnpqrstvwxyz';
const R1 = /^ber([aiueo].*)$/;
const rule1a: Variant = (w) => R1.exec(w)?.[1];
const rule1b: Variant = (w) => { const m = R1.exec(w); return m ? `r${m[1]!}` : undefined; };
const R2 = new RegExp(`^ber([${C}])([a-z])(.*)`);
const ER = /^er(.*)$/;
const rule2: Variant = (w) => { const m = R2.exec(w); if (!m || ER.test(m[3]!)) return undefined; return m[1]! + m[2]! + m[3]!; };
const R3 = new RegExp(`ber([${C}])([a-z])er([aiueo])(.*)`);
const rule3: Variant = (w) => { const m = R3.exec(w); if (!m || m[1] === 'r') return undefined; return `${m[1]!}${m[2]!}er${m[3]!}${m[4]!}`; };
const rule4: Variant = (w) => (w === 'belajar' ? 'ajar' : undefined);
const R5 = /be([bcdfghjklmnpqstvwxyz])(er[bcdfghjklmnpqrstvwxyz])(.*)$/;
const rule5: Variant = (w) => { const m = R5.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R6 = /^ter([aiueo].*)$/;
const rule6a: Variant = (w) => R6.exec(w)?.[1];
const rule6b: Variant = (w) => { const m = R6.exec(w); return m ? `r${m[1]!}` : undefined; };
const R7 = new RegExp(`^ter([${C}])er([aiueo].*)$`);
const rule7: Variant = (w) => { const m = R7.exec(w); if (!m || m[1] === 'r') return undefined; return `${m[1]!}er${m[2]!}`; };
const R8 = new RegExp(`^ter([${C}])(.*)$`);
const rule8: Variant = (w) => { const m = R8.exec(w); if (!m || m[1] === 'r' || ER.test(m[2]!)) return undefined; return m[1]! + m[2]!; };
const R9 = new RegExp(`^te([${C}])er([${C}])(.*)$`);
const rule9: Variant = (w) => { const m = R9.exec(w); if (!m || m[1] === 'r') return undefined; return `${m[1]!}er${m[2]!}${m[3]!}`; };
const R10 = /^me([lrwy])([aiueo])(.*)$/;
const rule10: Variant = (w) => { const m = R10.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R11 = /^mem([bfv])(.*)$/;
const rule11: Variant = (w) => { const m = R11.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R12 = /^mempe(.*)$/;
const rule12: Variant = (w) => { const m = R12.exec(w); return m ? `pe${m[1]!}` : undefined; };
const R13 = /^mem([aiueo])(.*)$/;
const rule13a: Variant = (w) => { const m = R13.exec(w); return m ? `m${m[1]!}${m[2]!}` : undefined; };
const rule13b: Variant = (w) => { const m = R13.exec(w); return m ? `p${m[1]!}${m[2]!}` : undefined; };
const R14 = /^men([cdjstz])(.*)$/;
const rule14: Variant = (w) => { const m = R14.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R15 = /^men([aiueo])(.*)$/;
const rule15a: Variant = (w) => { const m = R15.exec(w); return m ? `n${m[1]!}${m[2]!}` : undefined; };
const rule15b: Variant = (w) => { const m = R15.exec(w); return m ? `t${m[1]!}${m[2]!}` : undefined; };
// (natural's class has a literal "|" in it, kept: "meng|…" is stemmed as natural stems it.)
const R16 = /^meng([g|h|q|k])(.*)$/;
const rule16: Variant = (w) => { const m = R16.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R17 = /^meng([aiueo])(.*)$/;
const R17E = /^menge(.*)$/;
const rule17a: Variant = (w) => { const m = R17.exec(w); return m ? m[1]! + m[2]! : undefined; };
const rule17b: Variant = (w) => { const m = R17.exec(w); return m ? `k${m[1]!}${m[2]!}` : undefined; };
const rule17c: Variant = (w) => R17E.exec(w)?.[1];
const rule17d: Variant = (w) => { const m = R17.exec(w); return m ? `ng${m[1]!}${m[2]!}` : undefined; };
const R18 = /^meny([aiueo])(.*)$/;
const rule18a: Variant = (w) => { const m = R18.exec(w); return m ? `ny${m[1]!}${m[2]!}` : undefined; };
const rule18b: Variant = (w) => { const m = R18.exec(w); return m ? `s${m[1]!}${m[2]!}` : undefined; };
const R19 = /^memp([abcdfghijklmopqrstuvwxyz])(.*)$/;
const rule19: Variant = (w) => { const m = R19.exec(w); return m ? `p${m[1]!}${m[2]!}` : undefined; };
const R20 = /^pe([wy])([aiueo])(.*)$/;
const rule20: Variant = (w) => { const m = R20.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R21A = /^per([aiueo])(.*)$/;
const R21B = /^pe(r[aiueo])(.*)$/;
const rule21a: Variant = (w) => { const m = R21A.exec(w); return m ? m[1]! + m[2]! : undefined; };
const rule21b: Variant = (w) => { const m = R21B.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R23 = new RegExp(`^per([${C}])([a-z])(.*)$`);
const rule23: Variant = (w) => { const m = R23.exec(w); if (!m || ER.test(m[3]!)) return undefined; return m[1]! + m[2]! + m[3]!; };
const R24 = new RegExp(`^per([${C}])([a-z])er([aiueo])(.*)$`);
const rule24: Variant = (w) => { const m = R24.exec(w); if (!m || m[1] === 'r') return undefined; return `${m[1]!}${m[2]!}er${m[3]!}${m[4]!}`; };
const R25 = /^pem([bfv])(.*)$/;
const rule25: Variant = (w) => { const m = R25.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R26 = /^pem([aiueo])(.*)$/;
const rule26a: Variant = (w) => { const m = R26.exec(w); return m ? `m${m[1]!}${m[2]!}` : undefined; };
const rule26b: Variant = (w) => { const m = R26.exec(w); return m ? `p${m[1]!}${m[2]!}` : undefined; };
const R27 = /^pen([cdjstz])(.*)$/;
const rule27: Variant = (w) => { const m = R27.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R28 = /^pen([aiueo])(.*)$/;
const rule28a: Variant = (w) => { const m = R28.exec(w); return m ? `n${m[1]!}${m[2]!}` : undefined; };
const rule28b: Variant = (w) => { const m = R28.exec(w); return m ? `t${m[1]!}${m[2]!}` : undefined; };
const R29 = new RegExp(`^peng([${C}])(.*)$`);
const rule29: Variant = (w) => { const m = R29.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R30 = /^peng([aiueo])(.*)$/;
const R30E = /^penge(.*)$/;
const rule30a: Variant = (w) => { const m = R30.exec(w); return m ? m[1]! + m[2]! : undefined; };
const rule30b: Variant = (w) => { const m = R30.exec(w); return m ? `k${m[1]!}${m[2]!}` : undefined; };
const rule30c: Variant = (w) => R30E.exec(w)?.[1];
const R31 = /^peny([aiueo])(.*)$/;
const rule31a: Variant = (w) => { const m = R31.exec(w); return m ? `ny${m[1]!}${m[2]!}` : undefined; };
const rule31b: Variant = (w) => { const m = R31.exec(w); return m ? `s${m[1]!}${m[2]!}` : undefined; };
const R32 = /^pe(l[aiueo])(.*)/;
const rule32: Variant = (w) => { if (w === 'pelajar') return 'ajar'; const m = R32.exec(w); return m ? m[1]! + m[2]! : undefined; };
const R34 = new RegExp(`^pe([${C}])(.*)$`);
const rule34: Variant = (w) => { const m = R34.exec(w); if (!m || ER.test(m[2]!)) return undefined; return m[1]! + m[2]!; };
const R35 = /^ter([bcdfghjkpqstvxz])(er[bcdfghjklmnpqrstvwxyz])(.*)$/;
const rule35: Variant = (w) => { const m = R35.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R36 = /^pe([bcdfghjkpqstvxz])(er[bcdfghjklmnpqrstvwxyz])(.*)$/;
const rule36: Variant = (w) => { const m = R36.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R37A = new RegExp(`^([${C}])(er[aiueo])(.*)$`);
const R37B = new RegExp(`^([${C}])er([aiueo])(.*)$`);
const rule37a: Variant = (w) => { const m = R37A.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const rule37b: Variant = (w) => { const m = R37B.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R38A = new RegExp(`^([${C}])(el[aiueo])(.*)$`);
const R38B = new RegExp(`^([${C}])el([aiueo])(.*)$`);
const rule38a: Variant = (w) => { const m = R38A.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const rule38b: Variant = (w) => { const m = R38B.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R39A = new RegExp(`^([${C}])(em[aiueo])(.*)$`);
const R39B = new RegExp(`^([${C}])em([aiueo])(.*)$`);
const rule39a: Variant = (w) => { const m = R39A.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const rule39b: Variant = (w) => { const m = R39B.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R40A = new RegExp(`^([${C}])(in[aiueo])(.*)$`);
const R40B = new RegExp(`^([${C}])in([aiueo])(.*)$`);
const rule40a: Variant = (w) => { const m = R40A.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const rule40b: Variant = (w) => { const m = R40B.exec(w); return m ? m[1]! + m[2]! + m[3]! : undefined; };
const R41 = /^ku(.*)$/;
const rule41: Variant = (w) => R41.exec(w)?.[1];
const R42 = /^kau(.*)$/;
const rule42: Variant = (w) => R42.exec(w)?.[1];

/** Any first letter: a rule whose expression is not anchored at the word's start (natural's 3 and 5). */
const ANY_START = '';

/**
 * natural's prefix rules after di-/ke-/se- in its order (its rules 22 and 33 are none), each the variants it tries,
 * with the first letters a word must have for any of them to match (ANY_START: any).
 */
const PREFIX_RULES: ReadonlyArray<readonly [string, readonly Variant[]]> = [
  ['b', [rule1a, rule1b]], ['b', [rule2]], [ANY_START, [rule3]], ['b', [rule4]], [ANY_START, [rule5]],
  ['t', [rule6a, rule6b]], ['t', [rule7]], ['t', [rule8]], ['t', [rule9]],
  ['m', [rule10]], ['m', [rule11]], ['m', [rule12]], ['m', [rule13a, rule13b]], ['m', [rule14]],
  ['m', [rule15a, rule15b]], ['m', [rule16]], ['m', [rule17a, rule17b, rule17c, rule17d]], ['m', [rule18a, rule18b]],
  ['m', [rule19]],
  ['p', [rule20]], ['p', [rule21a, rule21b]], ['p', [rule23]], ['p', [rule24]], ['p', [rule25]],
  ['p', [rule26a, rule26b]], ['p', [rule27]], ['p', [rule28a, rule28b]], ['p', [rule29]],
  ['p', [rule30a, rule30b, rule30c]], ['p', [rule31a, rule31b]], ['p', [rule32]], ['p', [rule34]], ['t', [rule35]],
  ['p', [rule36]], [C, [rule37a, rule37b]], [C, [rule38a, rule38b]], [C, [rule39a, rule39b]], [C, [rule40a, rule40b]],
  ['k', [rule41]], ['k', [rule42]],
];
