// English words that Indonesian borrowed keep their meaning and change their spelling by regular rules
// (Pedoman Umum Pembentukan Istilah, the official guide for forming Indonesian terms): organization →
// organisasi, technology → teknologi, initiative → inisiatif, university → universitas. A dictionary lists
// only some of them; these rules spell the rest. The candidates are guesses: the search index keeps only
// those that occur in the corpus, so a wrong guess costs nothing.

/** Word endings, most specific first; each English ending maps to the Indonesian one. */
const SUFFIXES: Array<[RegExp, string]> = [
  [/(?:t|s)ions?$/u, 'si'], // communication → komunikasi, television → televisi
  [/ities$|ity$/u, 'itas'], // university → universitas
  [/ties$|ty$/u, 'tas'], // liberty → libertas
  [/tive$/u, 'tif'], // initiative → inisiatif
  [/ive$/u, 'if'], // massive → masif
  [/ics$/u, 'ika'], // physics → fisika
  [/ical$/u, 'is'], // political → politis
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
 * Indonesian spellings an English word may have been borrowed as, the word itself excluded. Short words are
 * left alone: their spelling rules misfire more often than they find a loan.
 */
export function cognates(word: string): string[] {
  if (word.length < 5 || !/^[a-z]+$/u.test(word)) return [];
  const out = new Set<string>();
  let stem = word;
  for (const [ending, replacement] of SUFFIXES) {
    if (ending.test(stem)) {
      stem = stem.replace(ending, replacement);
      break;
    }
  }
  out.add(respell(stem));
  // "-ctor" was borrowed both ways: factor → faktor (the letters above), instructor → instruktur, director →
  // direktur, inspector → inspektur. Not after an a: "faktur" is an invoice, no factor.
  if (/[eu]ctors?$/u.test(word)) out.add(respell(word.replace(/ctors?$/u, 'ktur')));
  // Plurals that no ending rule took: "festivals" → "festival".
  if (stem === word && word.endsWith('s') && !word.endsWith('ss')) out.add(respell(word.slice(0, -1)));
  out.delete(word);
  return [...out].filter((c) => c.length >= 4);
}

function respell(word: string): string {
  let w = word;
  for (const [pattern, replacement] of LETTERS) w = w.replace(pattern, replacement);
  return w;
}
