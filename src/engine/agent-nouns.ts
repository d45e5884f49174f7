// Agent nouns across the two languages: the doer of an action. English forms them with -er/-or on a verb
// (speak → speaker, win → winner, visit → visitor); Indonesian with the prefix peN- on a verb's root, its nasal
// assimilating to the root's first sound (bicara → pembicara, latih → pelatih, kunjung → pengunjung). FreeDict
// lists many verbs but few of their doers ("speaker" only as penutur, pelantang, …, never pembicara), so the
// lexicon derives the Indonesian noun from the English base's translations: a general morphological rule, not a
// word list. A derived noun is kept only when natural's Indonesian stemmer, which indexes the passages, reads it
// as a peN- noun too (or the corpus's reading of it, where the corpus has one: see affix-readings.ts); search.ts
// keeps only those the corpus has. This module is the Indonesian side; the English
// side (which verbs an -er/-or word is formed on) is lexicon.ts's agentBases, beside its other spelling rules.

import { IndonesianStemmer } from './indonesian-stemmer.ts';
import type { RootReading } from './analyzer.ts';

const VOWEL = /^[aeiou]/;
/** A root of plain Latin letters: the only ones the assimilation rules describe. */
const ROOT = /^[a-z]{2,}$/;

/**
 * The number of vowels of a root: its syllables, since Indonesian roots of one syllable have one vowel (bom, cat,
 * tik), while two vowels side by side are mostly two syllables (ma-in, na-ik), not a diphthong.
 */
function syllables(root: string): number {
  return (root.match(/[aeiou]/g) ?? []).length;
}

/**
 * The peN- noun of an Indonesian root, by the standard assimilation rules:
 *   - one-syllable roots take penge- (bom → pengebom, cat → pengecat);
 *   - l, m, n, r, w, y (and ny, ng) take pe- (latih → pelatih, nyanyi → penyanyi);
 *   - b, f, v take pem-, and p is dropped before its vowel (baca → pembaca, pukul → pemukul);
 *   - d, c, j, z, sy take pen-, and t is dropped before its vowel (dengar → pendengar, tulis → penulis);
 *   - s is dropped before its vowel into peny- (sapu → penyapu);
 *   - k (dropped before its vowel), g, h and vowels take peng- (kirim → pengirim, ajar → pengajar).
 * A p, t, s or k that begins a cluster (produksi, traktir, stabil, kritik) stays, as loanwords keep it.
 * Null for what is not a plain root.
 */
export function peNoun(root: string): string | null {
  if (!ROOT.test(root) || syllables(root) === 0) return null;
  if (syllables(root) === 1) return 'penge' + root;
  const first = root[0]!;
  const beforeVowel = VOWEL.test(root.slice(1));
  if (/^(ny|ng)/.test(root) || 'lmnrwy'.includes(first)) return 'pe' + root;
  if ('bfv'.includes(first)) return 'pem' + root;
  if (first === 'p') return 'pem' + (beforeVowel ? root.slice(1) : root);
  if (root.startsWith('sy') || 'dcjz'.includes(first)) return 'pen' + root;
  if (first === 't') return 'pen' + (beforeVowel ? root.slice(1) : root);
  if (first === 's') return beforeVowel ? 'peny' + root.slice(1) : 'pen' + root;
  if (first === 'k') return 'peng' + (beforeVowel ? root.slice(1) : root);
  if ('gh'.includes(first) || VOWEL.test(root)) return 'peng' + root;
  return null;
}

/**
 * The agent noun of an Indonesian translation of a verb ("bicara", "berlari", "mengemudi"): the peN- noun of its
 * root, when natural's stemmer reads that noun back as a peN- noun. Usually it gives the same root; where the
 * assimilation leaves two readings (pengunjung is peng- on kunjung or on unjung: the dropped k cannot be seen),
 * the stemmer's choice counts when the rules give the same noun from it. Either way the noun is indexed and
 * matched as the stemmer reads it. Null for a phrase, or a root the stemmer would read otherwise.
 *
 * With `reading` (a corpus's, see affix-readings.ts), roots are read as that corpus reads them, the stemmer's
 * reading where it has none, as its passages and questions are: the stemmer reads "perawat" as per- + awat and
 * "peramal" as per- + amal, so "merawat" and "meramal" had no doer; a corpus that derives "dirawat" and
 * "diramalkan" reads them as rawat and ramal, and gets perawat and peramal.
 */
export function agentNounOf(translation: string, reading?: RootReading): string | null {
  if (!/^[a-z]+$/.test(translation)) return null;
  const stem = (word: string) => reading?.(word) ?? IndonesianStemmer.stem(word);
  const root = stem(translation);
  // A ber- verb's doer is pe- on its root, not peN-: belajar → pelajar (the learner; pengajar is the teacher, of
  // mengajar), bekerja → pekerja, berdagang → pedagang, berenang → perenang. (Where the two agree, as for roots
  // in l, m, n, r, w, y, it is the same noun: berlari → pelari, bermain → pemain.)
  const ber = /^(?:ber|be|bel)/.exec(translation);
  if (ber && root.length >= 3 && (translation === 'ber' + root || translation === 'be' + root || translation === 'bel' + root)) {
    const noun = (translation === 'bel' + root ? 'pel' : 'pe') + root;
    return stem(noun) === root ? noun : null;
  }
  const noun = peNoun(root);
  if (noun === null) return null;
  const back = stem(noun);
  return back === root || peNoun(back) === noun ? noun : null;
}

/** meN-, di- or ber- before pe(r/l): memperbaiki, dipelajari, diperiksa, berperan. */
const PREFIXED_PER = /^(?:mem|di|ber)pe[rl]/u;

/**
 * Whether an Indonesian translation is taken for a per- verb, whose doer is no peN- noun of the root: "pelajari"
 * (study, read) is not what a pengajar (teacher, of mengajar) does, and read that way "siapa pengajar workshop"
 * found "participants read the Go tour".
 *   - With meN-, di- or ber- before pe(r/l), always (mempelajari, memperbaiki, diperluas). This takes in some
 *     whose per- is their root's, as di- and ber- keep a root's p (diperiksa, dipelihara, berperan): they give no
 *     doer here, only their bare or meN- forms do (periksa, memeriksa → pemeriksa). Read by the stemmer's roots
 *     instead, the shipped lexicon's verbs would gain only pemeluk (cuddle, "berpelukan"), pemercaya (entrust)
 *     and pepeluh (sweat, "berpeluh"), which is no word.
 *   - Bare (pelajari, perbaiki, perkenalkan, as a dictionary lists them too), when it is per- + the root the
 *     stemmer (or the corpus, `reading`) reads. A root that only begins with per- (periksa → pemeriksa,
 *     perhatikan → pemerhati, pelihara) is read with its own letters, and is none.
 */
export function isPerVerb(translation: string, reading?: RootReading): boolean {
  if (PREFIXED_PER.test(translation)) return true;
  const root = reading?.(translation) ?? IndonesianStemmer.stem(translation);
  return root.length > 0 && (translation.startsWith('per' + root) || translation.startsWith('pel' + root));
}

/**
 * Whether a dictionary's translation reads as a doer's noun: pe- that natural's stemmer takes off as a prefix
 * (penutur, pemenang, pelayan, and the irregular pekerja, pejalan, pelukis, which the assimilation rules would not
 * give), not a word that only begins so (pegas, pesawat, peta). Loose on purpose: it only tells whether an English
 * -er word is a doer at all (see lexicon.ts agentNouns).
 */
export function isDoerNoun(translation: string): boolean {
  return /^pe[a-z]+$/.test(translation) && IndonesianStemmer.stem(translation) !== translation;
}
