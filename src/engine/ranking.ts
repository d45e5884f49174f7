// How tanya ranks: every weight and setting of the score, in one place (RANKING), and the means of trying other
// values without editing it (overrideRanking, for scripts/fit-ranking.ts and scripts/split-eval.mts). Read by
// search.ts, alternatives.ts, proximity.ts and term-index.ts when a question is scored (only bm25 is also read while
// an index is built, for the length norms it computes ahead, which other values of k and b make again), so a value
// set after the build counts. The #names the comments below refer to are SearchIndex's private members, in
// search.ts.

/** Tuning of the ranking. Every value is a global method parameter, chosen on the dev sets as a whole. */
export const RANKING = {
  /** BM25+ parameters (MiniSearch's defaults are k 1.2, b 0.7, d 0.5). */
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  /** Weight of a match on a stem relative to a match on the exact word form. */
  stemWeight: 0.3,
  /** Weight of a translation's evidence relative to the question word itself. */
  translationWeight: 0.7,
  /**
   * Weight of a translation's evidence found through a stopword it is (search.ts's STOPS field: "when does it begin" → mulai),
   * relative to the translation's own (chosen on squad-en-id's odd rows: 0.3 … 1.5). Such a word is common, and
   * mostly a function word where a passage writes it.
   */
  stopTranslationWeight: 0.7,
  /**
   * translationWeight in a corpus with write-ups in English and in another language: a translation found in a
   * passage of the language it translates into ranks as the word itself would. There the discount only preferred
   * the write-up in the question's language (an English question got the English recap of a hackathon before the
   * Indonesian report that names its winners); in a corpus of one language it still weighs a dictionary's sense
   * below the word as written. Coverage (what "answered" is judged on) takes it for an English question's
   * translations only: an Indonesian word's English, the lexicon read backwards, keeps its discount there (counted
   * in full, "berapa biaya sewa gedung konferensi" was answered from an English write-up that names no rent).
   * Measured on test/personas/dev-community, 0.7 → 1: MRR@10 0.770 → 0.782, none left unanswered 10/14 as before.
   */
  bilingualTranslationWeight: 1,
  /**
   * The share of a corpus's passages each language must have for bilingualTranslationWeight: a few passages read
   * as English among thousands of Indonesian ones (tydiqa-id reads 9 of its 5,216 so) do not make a corpus
   * bilingual, and there the discount still puts a loan as written before a translation (without a share required,
   * tydiqa-id's MRR@10 fell 0.001). test/personas/dev-community has 22 of 40; the other dev sets and personas none.
   */
  bilingualShare: 0.1,
  /**
   * Weight of a spelled number's digits ("1", "ke-1", "1st" of "meetup pertama"; see QueryGroup.number) relative
   * to the word itself: as a translation's, below the word, not as a stem's. The digits are the same number, not
   * another word, but a digit in a passage is as often a count, a day or a price's ("1 orang", "1 Juni"), which
   * the ordinal never is; "pertama" itself still weighs in full where the write-up says it.
   */
  numberWeight: 0.7,
  /** Weight of a match in the document title relative to the passage text. */
  titleWeight: 0.5,
  /**
   * Weight of coverage (the IDF-weighted share of the question matched) beside the BM25 evidence, in units of the
   * question's best BM25 evidence: score = evidence + coverageWeight × best evidence × coverage. Added rather than
   * multiplied (evidence × coverage^1.5 before): measured on the dev sets with each set held out in turn, a weight
   * chosen on two sets held or improved the third (facqa +0.000, squad-en-id +0.021, tydiqa-id +0.008 MRR@10).
   */
  coverageWeight: 3,
  /** Most translations tried per English word. */
  maxTranslations: 6,
  /** Share of a group's weight credited to coverage when only a stem matched (not the word itself). */
  stemCoverage: 0.6,
  /** Words at least this long also match longer index words they begin ("Robert" → "Robertus"). */
  prefixMinLength: 5,
  /** Words at least this long also match index words one edit away (typos, spelling variants). */
  fuzzyMinLength: 6,
  /**
   * MiniSearch's weights for prefix and fuzzy matches (its defaults are 0.375 and 0.45), lower than its defaults
   * because an exact match no longer also scores as its own stem (one field for words and stems).
   */
  weights: { prefix: 0.25, fuzzy: 0.3 },
  /**
   * Strength of the proximity reward, and how many top candidates it re-ranks. Like coverage, proximity and the
   * lead reward (below) are added in units of the question's best evidence, not multiplied into a passage's score:
   * as factors they amplified a short passage's concentrated evidence, so that a passage whose few matching words
   * stood together outranked one matching more of the question. Measured with each dev set held out in turn, the
   * weights chosen on the other two improved the held-out set twice (facqa +0.005, squad-en-id +0.01 MRR@10) and
   * cost it once (tydiqa-id −0.002).
   */
  proximityWeight: 1.25,
  proximityCandidates: 30,
  /** Distance (in words) at which a pair's proximity reward has halved. */
  proximityScale: 3,
  /**
   * Fewest capitalised words side by side in a question that proximity reads as one word (see proximityOf and
   * QueryGroup.nameUnit); shorter names pair word by word, as other words do. Chosen on the odd-numbered questions
   * of facqa and tydiqa-id together (2 / 3 / 4 / 5, and none: odd sums 1.6563 / 1.6569 / 1.6578 / 1.6578 / 1.6545;
   * 4 and 5 tie there, the smaller taken): at 2 and 3, tydiqa-id's short questions that are mostly a name ("Dimana
   * kantor pusat General Motors?" at 2, "… dalam Perang Dunia II?" at 3) lost a passage that names it whole to one
   * that has its words apart. See docs/retrieval.md, "A long name read as one word by proximity".
   */
  nameUnitWords: 4,
  /**
   * Reward for question words among a passage's first words, where a paragraph names its subject ("Banjir
   * adalah …"). It fades linearly with the word's position, from full at the first word to nothing after
   * `leadWords`: the earlier a word stands, the likelier it is what the paragraph is about. A flat reward over
   * the first 12 words (before) paid a word mentioned in passing at word 10 as much as the paragraph's subject.
   * Chosen with each dev set held out in turn (every held-out set improved: tydiqa-id +0.019, facqa +0.002,
   * squad-en-id +0.004 MRR@10); weights 1.25–2 over 12–16 words all do about as well.
   */
  leadWeight: 1.5,
  leadWords: 16,
  /**
   * Weight of a question word the engine cannot interpret at all: absent from the corpus, not a known Indonesian
   * word, without translation, not a name. Such words (English words the dictionary lacks, typos) say less about
   * what the question is about than words whose absence is certain.
   */
  unknownWordWeight: 0.5,
  /**
   * Weight of the corpus word a chat abbreviation spells ("tmpt" → tempat, see abbreviations.ts): below the word
   * typed in full, as a translation's is, since the reading is the corpus's likeliest, not a certain one.
   */
  abbreviationWeight: 0.7,
  /**
   * Weight of a related word's translation (see Alternative.related): an English word the dictionary lacks read
   * through a word WordNet relates it to ("hike" → walk → jalan), another word's senses, below a translation.
   */
  relatedWeight: 0.5,
  /**
   * Weight of an Indonesian synonym's evidence (see Alternative.synonym), and most synonyms kept per word (the first
   * the corpus writes, however many it lacks before them): another word, read at a related word's weight. Chosen on
   * the odd-numbered questions of facqa and tydiqa-id, where 0.5 and 0.8 did alike and 0.8 cost facqa (−0.001
   * MRR@10); with synonyms read only for a word the corpus lacks, no dev set's ranking moves (see #synonyms).
   */
  synonymWeight: 0.5,
  maxSynonyms: 4,
  /**
   * Weight of an acronym's evidence for its long form and the other way round (see acronyms.ts): full, because
   * the corpus itself defined the one as the other, unlike a dictionary's translation, which may be another sense.
   */
  acronymWeight: 1,
  /**
   * Weight of a long form read from an acronym's initials (see #initialsExpansion): a guess, not a definition, so
   * a passage that has it covers only half of what the acronym asks (the other half stays attainable, as a word
   * the corpus lacks does). Measured on the dev sets, with full weight coincidences answered others' questions:
   * "Kapan PDI berdiri?" over a corpus naming only "Philips Displays Indonesia"; at half, a question that asks
   * little more than the acronym is offered the passage as a suggestion instead, and one that asks more is still
   * answered.
   */
  initialsWeight: 0.5,
  /** Imaginary passages added to the corpus when weighing question words (see #idf). */
  priorPassages: 100,
  /**
   * Reward, in units of the question's best evidence, for a candidate that holds an answer of the kind the question
   * asks and does not already say (a date for "kapan", a place for "di mana", "Desa …" for "Desa apakah", a count
   * of the noun for "berapa penumpang": see answer-slot.ts). Added where proximity is, to the same candidates. A
   * news article's lead restates a question's words and often lacks the answer, which another paragraph states.
   * Chosen on the odd-numbered questions of facqa and tydiqa-id together (0.15–1.5 measured; 0.5 best there).
   */
  answerSlotWeight: 0.5,
  /**
   * Reward, in the same units, for a count that answerSlotWeight rewards stated in a sentence that says the verb of
   * the question's relative clause ("412 karya … yang masuk" for "berapa karya yang masuk", not "9 karya
   * didiskualifikasi": answer-slot.ts's statesCountInClause). The verb is often a stopword ("masuk", "ikut",
   * "naik"), which no other reward reads.
   */
  clauseWeight: 0.5,
} as const;

/**
 * Sets some of RANKING's numbers for a while, by name ("coverageWeight", nested ones dotted: "bm25.k",
 * "weights.prefix"), and returns what puts the values before back. For scripts/fit-ranking.ts, which fits the
 * score's parameters jointly on the dev sets, re-scoring indexes already built: every value is read when a
 * question is scored, none while indexing. The bot never calls it, so its ranking is RANKING's as written.
 */
export function overrideRanking(values: Readonly<Record<string, number>>): () => void {
  const changes: Array<{ holder: Record<string, unknown>; key: string; before: unknown; value: number }> = [];
  for (const [name, value] of Object.entries(values)) {
    const path = name.split('.');
    let holder = RANKING as unknown as Record<string, unknown>;
    for (const step of path.slice(0, -1)) {
      const next = holder[step];
      if (typeof next !== 'object' || next === null) throw new Error(`overrideRanking: RANKING has no group "${step}" (in "${name}")`);
      holder = next as Record<string, unknown>;
    }
    const key = path.at(-1)!;
    if (typeof holder[key] !== 'number') throw new Error(`overrideRanking: RANKING has no number "${name}"`);
    if (!Number.isFinite(value)) throw new Error(`overrideRanking: "${name}" must be a finite number (got ${value})`);
    changes.push({ holder, key, before: holder[key], value });
  }
  // Every name checked before any is set, so that a bad one changes nothing.
  for (const c of changes) c.holder[c.key] = c.value;
  return () => {
    for (const c of changes.reverse()) c.holder[c.key] = c.before;
  };
}
