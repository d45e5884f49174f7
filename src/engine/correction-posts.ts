// Correction posts: a write-up titled "Ralat …", "Koreksi …", "Correction: …" supersedes what an earlier write-up
// said ("jumlah KK yang dibantu adalah 120, bukan 210"). Asked what both speak of, the earlier report often ranks
// first, its wrong figure in a longer passage that says more of the question's words; a member reading it takes
// the wrong figure for the answer. So the correction's passage is put ahead of the earlier write-ups' passages it
// matches the question as well as (see correctionsFirst). It corrects only what it speaks of: a question about
// anything else it does not match as well, and the report keeps its place.

import type { Hit } from './search.ts';

/** Title words that announce a correction (whole words, in lower case). Not "revisi", as often a plan's draft. */
const CORRECTION_WORDS: ReadonlySet<string> = new Set(['ralat', 'koreksi', 'correction', 'corrections', 'erratum', 'errata', 'corrigendum']);

/**
 * Of those, the ones a title also writes as what it is about ("Color Correction Workshop", "Pelatihan Koreksi Soal
 * Ujian"): an announcement only where they open the title or a clause of it ("Koreksi data …", "Update:
 * correction …", "(Koreksi)"), or say what follows ("Correction: …").
 */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['koreksi', 'correction', 'corrections']);
const CLAUSE_END = /(?:^|[,:;|(\[–—-])\s*$/u;
const COLON_NEXT = /^\s*:/u;

/**
 * Words by which a passage sets something right: "120 KK, bukan 210", "seharusnya", "yang benar", "salah ketik",
 * "dipindah ke", "not", "should read", "was wrong", "moved to". A correction post's other passages ("Data lain
 * sudah benar", thanks) correct nothing, and keep their place.
 */
const CORRECTING =
  /(?<![\p{L}\p{N}])(?:bukan|seharusnya|semestinya|harusnya|(?:yang|yg)\s+benar|salah|keliru|diganti|diubah|dipindah(?:kan)?|not|should\s+(?:be|read|have\s+been)|instead|wrong|incorrect|changed|moved)(?![\p{L}\p{N}])/iu;

/** A title's words (a module constant: a regex literal under tsx is built where it stands). */
const WORD = /\p{L}+/gu;

/** Whether a write-up's title announces a correction of an earlier one. */
export function correctionTitle(title: string): boolean {
  const lower = title.toLowerCase();
  for (const m of lower.matchAll(WORD)) {
    if (!CORRECTION_WORDS.has(m[0])) continue;
    if (!SUBJECT_WORDS.has(m[0]) || CLAUSE_END.test(lower.slice(0, m.index)) || COLON_NEXT.test(lower.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * How many of the ranking's first passages are looked at: a correction further down is no likely answer, and
 * what is shown is a page of three.
 */
const CORRECTION_REACH = 10;

/**
 * `hits` with each correction's passage (of a dated write-up titled as one, see correctionTitle, that sets
 * something right, see CORRECTING) among the first CORRECTION_REACH put ahead of the first passage above it of an
 * earlier dated write-up that is no correction, when it covers as much of the question (Hit.coverage) as that
 * passage does: it says what that write-up said, since set right. Otherwise the order is kept.
 */
export function correctionsFirst(hits: Hit[]): Hit[] {
  let out = hits;
  const reach = Math.min(CORRECTION_REACH, hits.length);
  for (let i = 1; i < reach; i++) {
    const c = out[i]!;
    const date = c.passage.date;
    if (date === null || !correctionTitle(c.passage.title) || !CORRECTING.test(c.passage.text)) continue;
    for (let j = 0; j < i; j++) {
      const h = out[j]!;
      if (h.passage.date === null || h.passage.date >= date || h.coverage > c.coverage || correctionTitle(h.passage.title)) continue;
      if (out === hits) out = hits.slice();
      out.splice(i, 1);
      out.splice(j, 0, c);
      break;
    }
  }
  return out;
}
