// The active meN- forms of an Indonesian di- passive: "ditonton" → menonton, "dikirim" → mengirim,
// "diselenggarakan" → menyelenggarakan. FreeDict's eng-ind, read backwards for Indonesian questions over English
// write-ups (see lexicon.ts), lists a verb under its active form ("watch": menonton) and almost never under its
// passive, and the passive's bare root is as often missing ("tonton") or another word's sense ("ada" of
// "diadakan" is "there is"). meN- changes the root's first sound, so a passive has one or two candidate actives;
// the caller keeps those the dictionary knows.

/** A passive's root must keep at least this many letters: "dia", "dian" are no passives. */
const MIN_ROOT = 3;

const PASSIVE = /^di(\p{Ll}+)$/u;
const VOWEL = /^[aiueo]/u;
/** A root of one syllable, a suffix kept or not: "cek", "cat", "klik", "las" of "laskan". */
const ONE_SYLLABLE = /^[^aiueo]+[aiueo][^aiueo]+(?:kan|i)?$/u;

/**
 * The meN- forms a di- passive may have, suffixes kept ("diadakan" → mengadakan), the likelier first: a root's
 * k, p, t, s is dropped after the nasal ("dikirim" → mengirim, "dipakai" → memakai, "ditonton" → menonton,
 * "disewa" → menyewa), except in loanwords, which keep it ("diproses" → memproses, "ditransfer" → mentransfer,
 * "dikritik" → mengkritik): both are given. A root of one syllable takes menge- ("dicek" → mengecek, "dibor" →
 * mengebor). [] for a word that is no di- passive in form.
 */
export function activeForms(word: string): string[] {
  const m = PASSIVE.exec(word);
  if (m === null || m[1]!.length < MIN_ROOT) return [];
  const root = m[1]!;
  // (A root of one syllable takes menge- whatever its first sound, "dicek" → mengecek, "diklik" → mengeklik,
  // "dilaskan" → mengelaskan; the other forms too, as a root that only looks so, "cari" of "dicari", is none.)
  return ONE_SYLLABLE.test(root) ? [`menge${root}`, ...meN(root)] : meN(root);
}

/** meN-'s forms before a root of more than one syllable (see activeForms). */
function meN(root: string): string[] {
  const first = root[0]!;
  const cluster = !VOWEL.test(root[1]!);
  if (VOWEL.test(first)) return [`meng${root}`];
  switch (first) {
    case 'k':
      return cluster ? [`meng${root}`] : [`meng${root.slice(1)}`, `meng${root}`];
    case 'p':
      return cluster ? [`mem${root}`] : [`mem${root.slice(1)}`, `mem${root}`];
    case 't':
      return cluster ? [`men${root}`] : [`men${root.slice(1)}`, `men${root}`];
    case 's':
      return cluster ? [`men${root}`] : [`meny${root.slice(1)}`, `men${root}`];
    case 'b':
    case 'f':
    case 'v':
      return [`mem${root}`];
    case 'c':
    case 'd':
    case 'j':
    case 'z':
      return [`men${root}`];
    case 'g':
    case 'h':
      return [`meng${root}`];
    default:
      // l, m, n, r, w, y (and ny-, ng-): me- alone.
      return [`me${root}`];
  }
}
