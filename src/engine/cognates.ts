// English words that Indonesian borrowed keep their meaning and change their spelling by regular rules
// (Pedoman Umum Pembentukan Istilah, the official guide for forming Indonesian terms): organization →
// organisasi, technology → teknologi, initiative → inisiatif, university → universitas. A dictionary lists
// only some of them; these rules spell the rest. The candidates are guesses: the search index keeps only
// those that occur in the corpus, so a guess that spells no word costs nothing, but one that spells another word
// the corpus has misleads ("Korea" → "kori", "anime" → "anim", "located" → "lokasi"): each rule below is guarded
// by the cases that measured so.

/**
 * Word endings, most specific first; each English ending maps to the Indonesian ones (some were borrowed two
 * ways: delegate → delegasi, the act, and delegat, the person).
 */
const SUFFIXES: Array<[RegExp, ...string[]]> = [
  [/(?:t|s)ions?$/u, 'si'], // communication → komunikasi, television → televisi
  // evaluate → evaluasi, certificate → sertifikat. Only after three letters: "dates" is no dasi (a necktie),
  // "states" no stasi. Not the verb's -ated, -ating: "where is it located" asks no lokasi, a word write-ups have
  // everywhere.
  [/(?<=[a-z]{3})ates?$/u, 'asi', 'at'],
  [/(?<=[a-z]{3})ages?$/u, 'ase'], // percentage → persentase, voltage → voltase; not "stage"
  [/ities$|ity$/u, 'itas'], // university → universitas
  [/ties$|ty$/u, 'tas'], // liberty → libertas
  [/tive$/u, 'tif'], // initiative → inisiatif
  [/ive$/u, 'if'], // massive → masif
  [/ics$/u, 'ika'], // physics → fisika
  [/ical$/u, 'is', 'ikal'], // political → politis, musical → musikal
  [/ic$/u, 'ik'], // music → musik
  [/isms?$/u, 'isme'], // nationalism → nasionalisme
  [/ists?$/u, 'is'], // journalist → jurnalis
  [/ogy$|ogies$/u, 'ogi'], // technology → teknologi
  [/graphy$/u, 'grafi'], // photography → fotografi
  [/tures?$/u, 'tur'], // culture → kultur
  [/ances?$|ancy$/u, 'ansi'], // finance → finansi
  [/ences?$|ency$/u, 'ensi'], // conference → konferensi
  [/aries$|ary$/u, 'er'], // documentary → dokumenter
  [/cy$/u, 'si'], // democracy → demokrasi
  [/i[sz]e$/u, 'isasi'], // organize → organisasi
  [/ents?$/u, 'en'], // president → presiden
  [/ants?$/u, 'an'], // migrant → migran
  [/([^aeiou])y$/u, '$1i'], // economy → ekonomi
];

/** Letters and letter groups, applied in order to the whole word after its ending. */
const LETTERS: Array<[RegExp, string]> = [
  [/tion/gu, 'sion'], // national → nasional
  [/ou/gu, 'u'], // journalist → jurnalis
  [/ti(?=[aou])/gu, 'si'], // initiative → inisiatif
  [/sch/gu, 'sk'],
  [/ph/gu, 'f'],
  [/th/gu, 't'],
  [/rh/gu, 'r'],
  [/ch/gu, 'k'],
  [/ck/gu, 'k'],
  [/qu/gu, 'kw'],
  [/q/gu, 'k'],
  [/x/gu, 'ks'],
  [/c(?=[eiy])/gu, 's'], // cinema → sinema
  [/c/gu, 'k'], // culture → kultur
  [/z/gu, 's'],
  [/y/gu, 'i'], // system → sistem
  [/([b-df-hj-np-tv-z])\1/gu, '$1'], // commission → komisi
];

/**
 * An English word whose final e the loan drops: -ine, -ile, -ure, -ice and the like (vaccine → vaksin, profile →
 * profil, procedure → prosedur, service → servis). Not after other letters, where Indonesian keeps the e (anime,
 * volume, episode) or the word without it is another word (cause, kaus: a T-shirt).
 */
const SILENT_E = /(?<=[aeiouy][nlrc])e$/u;

/**
 * Spellings without the silent e shorter than this are left out: the shorter the word, the likelier Indonesian
 * has it as another word (machine → makin, "increasingly"; mobile → mobil, a car; police → polis, a policy).
 */
const SILENT_E_MIN = 6;

/**
 * Spellings borrowed either way, each tried on every spelling so far (the corpus keeps the right one): a final -ee
 * as -e (committee → komite), ee and ea as i (career → karir, feature → fitur), g before e as j (manager → manajer).
 * Ee and ea only in a spelling the rules above changed otherwise (career's c, feature's silent e): a word they leave
 * as written is as often as not no loan, and its vowel alone changed spells another English word, which a write-up
 * in English has ("leave" → live, "reading" → riding, "green" → grin). (So "dealer" → diler is lost.)
 */
const ALTERNATIVES: Array<[RegExp, string, respelledOnly?: true]> = [
  [/ee$/u, 'e'],
  // Only before a consonant that no ending follows (Korea is no kori, creation no krisi), and only in a respelled word.
  [/e[ea](?=[b-df-hj-np-tv-z])(?![st]i?$)/gu, 'i', true],
  [/g(?=e)/gu, 'j'],
];

/**
 * Indonesian spellings an English word may have been borrowed as, the word itself excluded. Short words are
 * left alone: their spelling rules misfire more often than they find a loan.
 */
export function cognates(word: string): string[] {
  if (word.length < 5 || !/^[a-z]+$/u.test(word)) return [];
  const out = new Set<string>();
  let ending: (typeof SUFFIXES)[number] | undefined;
  for (const rule of SUFFIXES) {
    if (rule[0].test(word)) {
      ending = rule;
      break;
    }
  }
  if (ending !== undefined) {
    const [pattern, ...replacements] = ending;
    for (const replacement of replacements) out.add(respell(word.replace(pattern, replacement)));
  } else {
    // No ending rule took the word, nor its plural ("festivals" → festival): a final e may be silent.
    const bases = word.endsWith('s') && !word.endsWith('ss') ? [word, word.slice(0, -1)] : [word];
    for (const base of bases) {
      const spelled = respell(base);
      out.add(spelled);
      if (SILENT_E.test(base) && spelled.length > SILENT_E_MIN) out.add(spelled.slice(0, -1));
    }
  }
  // "-ctor" was borrowed both ways: factor → faktor (the letters above), instructor → instruktur, director →
  // direktur, inspector → inspektur. Not after an a: "faktur" is an invoice, no factor.
  if (/[eu]ctors?$/u.test(word)) out.add(respell(word.replace(/ctors?$/u, 'ktur')));
  const plural = word.endsWith('s') ? word.slice(0, -1) : word;
  for (const [pattern, replacement, respelledOnly] of ALTERNATIVES) {
    for (const c of [...out]) if (!respelledOnly || (c !== word && c !== plural)) out.add(c.replace(pattern, replacement));
  }
  out.delete(word);
  return [...out].filter((c) => c.length >= 4);
}

function respell(word: string): string {
  let w = word;
  for (const [pattern, replacement] of LETTERS) w = w.replace(pattern, replacement);
  return w;
}
