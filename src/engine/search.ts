// The search index: MiniSearch over passages, queried one question word at a time so that tanya, not the
// library, decides how the evidence for each word is combined.
//
// Why not a single `miniSearch.search(question)`: MiniSearch multiplies a result's score by the number of
// distinct query *terms* it matched. Once a question word is expanded (its stems, its Indonesian translations)
// one word becomes many terms, and a passage that matches three translations of one English word would count
// as matching three words. So each question word becomes a *group*: its surface forms, its stems, for English
// questions its translations, and for acronyms the corpus defines their long forms (and the other way round);
// a passage's score for a group is its best evidence for that word, and the ranking rewards passages that match
// more of the question's groups (weighted by how rare they are).

import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { askedNumbers } from './asked-numbers.ts';
import { answerSlot, holdsNewAnswer, statesCountInClause } from './answer-slot.ts';
import { followsSubject } from './subject-verb.ts';
import { namesMeasure } from './measure-slot.ts';
import { askedType, asksPlaceOrTime, isAskedTypeLabel, readAsked, type AskedType } from './asked-type.ts';
import { acronymTerm, hasNumeral, indonesianStem, isAcronymStopword, isContentWord, isIndonesianWord, isNameAt, isRootWord, isStopword, isStopwordWithClitic, isYear, guessLanguage, normalize, stemsOf, STOPWORDS, tokenize, wordsOf, type RootReading, type Token } from './analyzer.ts';
import { colloquialRoots } from './colloquial.ts';
import { swappedSpellings } from './swaps.ts';
import { Abbreviations } from './abbreviations.ts';
import { MAX_SPELLED_WORDS, shortForms, SyllableAbbreviations } from './syllable-abbreviations.ts';
import { namesRelativeDay } from './relative-days.ts';
import { AffixReadings, CountedWords } from './affix-readings.ts';
import { HeldCache } from './held-cache.ts';
import { cognates } from './cognates.ts';
import { activeForms } from './active-forms.ts';
import { agentNounSpellings, derivedEnglish, familySpellings, nominalsOf, superlatives, type DerivedEnglish } from './english-words.ts';
import { capitalisedRuns, cappedStopwords, findAcronyms, findBracketAliases, initialsOf, isInitialism } from './acronyms.ts';
import { joinSpacedOrdinals, ordinalWords, readRomanNumerals, spelledNumberAt, type SpelledNumber } from './number-words.ts';
import { dateTerms, datesMonth, isDateWord, isMonthName, readDates, textDates, dayWriting } from './dates.ts';
import { withoutLinks } from './links.ts';
import { byScore } from './by-score.ts';
import { DOCUMENT_WORDS_LIMIT, documentWordsSize, readDocument, type DocumentWords } from './document-words.ts';
import { groupBy } from './group-by.ts';
import { unique } from './unique.ts';
import { listRunsOf, type ListRun } from './lists.ts';
import { calendarText, calendarWordsOf } from './calendar-words.ts';
import { isCalendarSpan } from './calendar-spans.ts';
import { isDimension } from './dimensions.ts';
import { reportedDateTerms } from './reported-month.ts';
import { analysePassage, surfaceTerms, type AnalysedDoc } from './passage-analysis.ts';
import { titlePhrases, type TitlePhrase } from './title-phrases.ts';
import { contentStopwordTerms } from './content-stopwords.ts';
import { dateSlots, dayGroups, monthsBeside } from './question-dates.ts';
import { positionsOf, proximityOf, termPositions, type TermPositions } from './proximity.ts';
import { joinSpacedNumbers, readNumberedShortForms } from './numbered-short-forms.ts';
import { DIGITS_AN, besideSpelled, digitSpellings, numberings, numbersOf, numbersWith, underHeaderRow, type Numbering } from './numberings.ts';
import { LIST_ITEM_NUMBER, isMarker, listItemTerm, spelledOrdinal, wordOf, wordsOnly } from './list-items.ts';
import { besideNumber, countedHead, countedReading, countedWords, countsOnly, innerWords, measures, type CountedName } from './counted-words.ts';
import { namesWinners } from './numbered-lists.ts';
import { namingKind } from './naming-kind.ts';
import { attributeWords } from './attribute-words.ts';
import { alsoAsksNewest, announces, asksUpcoming, firstPlans, isAnyEvent, isEventProForm, isRecencyWord, openingPassages, recencyOf, speaksOfFuture, type Recency } from './recency.ts';
import { RANKING } from './ranking.ts';
import { alternative, alternativeWeight, titledInEnglish } from './alternatives.ts';
import { looseMatching, TermIndex, type TermMatch } from './term-index.ts';
import { collectSuggestions, collectSuggestionsInTurns, suggestFrom, type Suggestion } from './suggest.ts';
import { runInTurns, runNow, type Steps } from './turn.ts';
import { englishPassages, Openings } from './openings.ts';
import { spacedOnly } from './name-runs.ts';
import { collectVocabulary, collectVocabularyInTurns, oneTypoFrom, type Vocabulary } from './vocabulary.ts';
import { baseFormCandidates, type Lexicon } from './lexicon.ts';
import type { Passage } from './types.ts';

export interface IndexOptions {
  /** English→Indonesian translations for English questions; null disables expansion. */
  lexicon: Lexicon | null;
  /** How many words documentWords may remember (DOCUMENT_WORDS_LIMIT when omitted; tests set a smaller one). */
  documentWordsLimit?: number;
  /** How many words' positions proximity may keep (PROXIMITY_CACHE_WORDS when omitted; tests set a smaller one). */
  positionsWordsLimit?: number;
  /** How many passages the stopword pairs' kept readings may hold (PAIR_CACHE_PASSAGES when omitted; see #pairs). */
  pairPassagesLimit?: number;
}

/**
 * The most passages #writtenSideBySide reads for a stopword pair (those with both words): a bound on a question's
 * work where both words are common; such a pair says little of which passage is meant anyway.
 */
const PAIR_PASSAGES = 300;

/**
 * Whether `word` is an Indonesian ordinal of one word that may count things when it stands before them ("kedua",
 * "ketiga", "kesebelas"; not "pertama", nor a "ke-3" of digits): see SearchIndex.#ordinalsOtherWay.
 */
function isCountingOrdinal(word: string): boolean {
  if (!word.startsWith('ke')) return false;
  const number = spelledNumberAt([word], 0);
  return number !== undefined && number.ordinal && !number.english && Number(number.n) >= 2;
}

/** The fewest letters of a word read as clipped from a longer corpus word (see #clippedCorpusWord). */
const MIN_CLIPPED_LENGTH = 4;

/** `text` as a regular expression matching it literally (see #writtenSideBySide). */
const escapedPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A word of two or three letters (see #joinedToNumbers). */
const FEW_LETTERS = /^\p{L}{2,3}$/u;
/** A number of one or two digits, all a word is after its letters (see #joinedToNumbers). */
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/u;

/** A word of letters a–z alone: what a short form joins the openings of (see #spelledOutShortForms). */
const PLAIN_WORD = /^[a-z]+$/u;

/** English superlatives not formed by -est: "the best participants", "the most watched film" ask which. */
const IRREGULAR_SUPERLATIVES: ReadonlySet<string> = new Set(['best', 'worst', 'most', 'least']);

/** One question word and the index terms that count as evidence for it. */
export interface QueryGroup {
  /** The word as the member typed it (normalised). */
  word: string;
  /** Exact forms: the word, and for compounds the whole and its parts. */
  surface: string[];
  /** Stems of the surface forms. */
  stems: string[];
  /**
   * Other ways the corpus may say the word, each analysed into its own surface forms and stems (a phrase has
   * several): Indonesian translations of an English word, and the long form of an acronym the corpus defines
   * ("BPS" → Badan Pusat Statistik) or the acronym of a long form the question spells out.
   */
  alternatives: Alternative[];
  /** Rarity of the word in the corpus (IDF of its rarest form); unseen words get the highest IDF. */
  weight: number;
  /**
   * The word only asks which of several write-ups is meant ("terbaru", "latest": see recency.ts). It ranks
   * passages that say it, but is not what the question is about: it counts in no coverage of a Hit, nor in
   * `attainable`, so that it never decides whether a question is answered.
   */
  recency?: true;
  /**
   * The word asks for the coming one ("berikutnya", "next": see recency.ts), and stays a word passages match
   * ("sesi berikutnya"). Which passage speaks of the coming event is judged on the rest of the question
   * (Hit.restCoverage).
   */
  upcoming?: true;
  /**
   * The word says *which* one the question is about: a name (capitalised inside the question: "Go", "Jakarta") or
   * a number that numbers something ("meetup #20", "ke-20"), not a date's word (dates have rules of their own). A
   * passage of a write-up that never names it may be about another event of the same kind (see answer.ts).
   */
  identifies?: true;
  /**
   * The word identifies only by standing beside a kind of event, typed in lower case ("golang" of "is there a
   * golang workshop", "voli" of "turnamen voli": see #namesKind), not as a name or a number. It is still a word
   * the absent-word rule counts (see #absentWeights).
   */
  besideKind?: true;
  /**
   * With besideKind, the forms of the kind it stands beside: the kind's words as typed and, for an English
   * question, their translations ("turnamen" of "the chess tournament"). A write-up names the event by the word's
   * translation where it says that with one of them (see answer.ts, besideKindTranslated).
   */
  kindForms?: string[];
  /**
   * For a number, the words it stands beside ("meetup" of "meetup #20", "hari" of "hari 2"): it names the event
   * only when one of them is a word of the write-up's title, what it numbers. "hari 2" of a two-day workshop is
   * its second day, which the write-up may call "hari terakhir".
   */
  numbers?: string[];
  /**
   * For a number spelled as a word beside a word of a write-up's title ("meetup pertama", "the first meetup",
   * "workshop kedua", "meetup kedua belas"), that number in digits ("1"): it is then a number of the event as
   * "meetup #1" is (see numbers), and its digits are among the word's alternatives. Elsewhere ("pertama kali",
   * "hari kedua" where no title says "hari") the word is only a word, as before.
   */
  number?: string;
  /**
   * "terakhir" after, or "last" before, a word write-ups number in their text but no title numbers ("hari
   * terakhir", "the last day" where a workshop says "Hari 1:", "Hari 2:"): the number is each write-up's highest
   * of that word ("Hari 2" of a two-day workshop, "Hari ketiga" of a three-day conference), so a passage counts
   * its number only where it is its own write-up's last (see SearchIndex.#lastNumbers); `numbers` as for a number.
   * The word itself still counts where a passage says it ("Hari terakhir ditutup …").
   */
  last?: true;
  /**
   * The word is one of a long name's ("Kelompok Nelayan Mina Bakti Soansari": at least RANKING.nameUnitWords
   * capitalised words side by side in the question), the same number for all of them: proximity reads the name as
   * one word (see proximityOf).
   */
  nameUnit?: number;
  /**
   * For a name in an Indonesian question, its translations, each as its words: the name
   * may be written in English where the write-up has it in Indonesian ("Leiden University", "Universitas Leiden").
   * Only to tell whether a write-up names it (see answer.ts), never ranked by.
   */
  spellings?: string[][];
  /**
   * The word, typed in lower case, is a word of some write-ups' titles ("konferensi" of "Konferensi Data
   * Nasional", "workshop", "meetup"): what kind of event the question asks about. A passage of a write-up whose
   * title lacks it, beside one whose title has it, may be about another kind of event (see answer.ts).
   */
  kind?: true;
  /**
   * A stopword with a sense of its own ("akhir" of "saldo akhir": see content-stopwords.ts) typed right beside
   * this word, that the corpus writes beside it in the same order: the passages that write the two side by side
   * (`passages`, by number) earn more for this word, its score there again at the pair's rarity (`weight`, an
   * IDF). Ranking only: the stopword is no word of the question's coverage. See SearchIndex.#stopwordPairs.
   */
  pair?: { stop: string; passages: ReadonlySet<number>; weight: number };
  /**
   * An Indonesian ordinal ("ketiga") typed right beside a question word: the passages (by number) that write it
   * only the other way round beside that word, where it says another thing. After its noun it numbers it
   * ("sutradara ketiga", the third director); before it, it counts them all ("ketiga sutradara", all three
   * directors; "kedua tim", both teams). Those passages do not have the word. See SearchIndex.#ordinalsOtherWay.
   */
  otherWay?: ReadonlySet<number>;
}

/** What write-ups number, read together from titles and texts (see SearchIndex.#collectNumberedWords). */
interface NumberedWords {
  /** Every word write-ups number (see SearchIndex.#isNumberedWord). */
  words: ReadonlySet<string>;
  /** The titles' part of `words` (see SearchIndex.#titleNumbered). */
  byTitles: ReadonlySet<string>;
  /** The numbers each word stands right before in some title (see SearchIndex.#titleNumbersBeside). */
  beside: ReadonlyMap<string, ReadonlySet<string>>;
  /** The words dated write-ups' texts number in digits (see SearchIndex.#isDatedTextNumbered). */
  datedText: ReadonlySet<string>;
}

/** A document's title words (see SearchIndex.titleWords). */
export interface TitleWords {
  words: ReadonlySet<string>;
  /** Whether the document is dated: a write-up of an event, not an undated page about the community. */
  dated: boolean;
}

export interface Alternative {
  surface: string[];
  stems: string[];
  /**
   * A translation (weighed below the word itself), an acronym or long form defined in the corpus, a number's
   * digits for the word that spells it (see QueryGroup.number), or the corpus word a chat abbreviation, a spoken
   * form or two swapped letters spell ("tmpt", "disiarin", "dokcer": see SearchIndex.#abbreviated).
   */
  kind: 'translation' | 'acronym' | 'number' | 'abbreviation';
  /** Which of the question word's surface forms it stands for: 0 the word itself, k the compound's k-th part. */
  part: number;
  /**
   * 'en': evidence only in passages written in English (their document's `lang`). An Indonesian question word's
   * English translations are looked for there only: in an Indonesian passage an English word is a quoted title or
   * a loan, not what the Indonesian word means.
   */
  scope?: 'en';
  /**
   * An acronym's long form read from initials, not defined by the corpus ("CGTN" → China Global Television
   * Network, see #initialsExpansion): weighed RANKING.initialsWeight.
   */
  guessed?: true;
  /**
   * A translation of an English word inside an Indonesian question (see #codeSwitched): ranked by as a
   * translation, but it does not lower what the question could match (SearchResult.attainable), so that matching
   * it alone does not make an Indonesian question answered. The English word may be a name or a term of art
   * ("cause célèbre", "smartphone") whose dictionary senses are common Indonesian words.
   */
  switched?: true;
  /**
   * An English verb form a doer is read as ("pembicara" → spoke, see DerivedEnglish.doneBy): evidence only in a
   * passage no other form of the word matched (see #groupScores).
   */
  doneBy?: true;
  /**
   * A translation of a word WordNet relates to an English word the dictionary lacks ("hike" → walk → jalan, see
   * Lexicon.related): weighed RANKING.relatedWeight, and, as a switched word's, it does not lower what the
   * question could match (SearchResult.attainable), so that a passage matching the word only so earns part of it.
   */
  related?: true;
  /**
   * An Indonesian synonym of an Indonesian question word the corpus lacks, from the thesaurus (see
   * Lexicon.synonyms and SearchIndex.#synonyms): ranked by, weighed RANKING.synonymWeight, but it covers nothing of
   * the question (Hit.coverage) and, as a related word's, it does not lower what the question could match, so that
   * whether a question is answered is judged on its other words as before. Counted towards coverage (at its
   * weight), it answered more of the other dev sets' questions over three corpora (forum 2 → 3 of 893, facqa 139 →
   * 141 of 596, squad-en-id 210 → 211 of 730): another word's sense vouching for a passage.
   */
  synonym?: true;
}

export interface Hit {
  passage: Passage;
  score: number;
  /**
   * IDF-weighted share of the question's groups this passage matched (0..1), leaving out words that only ask
   * which one is meant (QueryGroup.recency): what confidence is judged on.
   */
  coverage: number;
  /**
   * The same share for the words its document's title has: a write-up titled "Lokakarya Visualisasi Data" is
   * about the lokakarya, where a passage of the board's minutes merely mentions the next one (see recency.ts).
   */
  titleCoverage: number;
  /**
   * `coverage` without the words that ask for the coming one (QueryGroup.upcoming): of "meetup berikutnya", the
   * minutes' "meetup #4 akan diadakan …" match all the rest, as a past meetup's "meetup berikutnya …" does.
   */
  restCoverage: number;
  /**
   * `coverage` with the question's words that no passage matches in any form (see #absentWeights) counted in full,
   * not at the discount a word the engine cannot read gets: what confidence is judged on (see answer.ts).
   */
  strictCoverage: number;
  /** How many of the question's words (groups) this passage matched, in any of their forms. */
  matched: number;
  /** How many of those it matched only through a translation. */
  translated: number;
  /** How many of those it matched only through a related word's translation (see Alternative.related). */
  related: number;
  /**
   * The passage's own words number what the question numbers, where its document's title does not ("Hari 2:" of
   * the workshop "Lokakarya Rust Dua Hari" for "hari 2 lokakarya rust", see numbersWith): it says which day or
   * part of the write-up it is about, as the write-up's other passages do not.
   */
  paired?: true;
  /**
   * The passage's write-up is dated the very day the question gives ("acara tanggal 14 Juni 2025" of a write-up
   * dated 2025-06-14, see dayGroups): what happened that day is what it tells, whether or not its text repeats the
   * date.
   */
  onDay?: true;
  /** Index terms that matched (for highlighting), each with the question word (index into `groups`) it matched for. */
  terms: ReadonlyMap<string, number>;
}

/** How many words' typo readings an index remembers (see SearchIndex.#typoMemo): a few hundred KB at most. */
const TYPO_MEMO_LIMIT = 20_000;
/** How many words' translations an index remembers (see SearchIndex.#translations): some hundreds of KB at most. */
const TRANSLATION_MEMO_LIMIT = 2_000;

/** The letters a typo puts in a word (see #typoOfKnown). */
const LATIN = [...'abcdefghijklmnopqrstuvwxyz'];

export interface SearchResult {
  groups: QueryGroup[];
  hits: Hit[];
  /**
   * The most coverage any passage of this corpus could earn for the question (0..1): 1, less the discount on words
   * the corpus can only match through a translation. An English question over an Indonesian corpus cannot reach
   * the coverage of the same question asked in Indonesian; confidence is judged against this, not against 1.
   */
  attainable: number;
  /** Whether the question asks for the newest or the oldest write-up (see recency.ts), or neither. */
  recency: Recency | null;
  /**
   * Stopwords the question writes in capitals inside a mixed-case sentence ("IT", "WHO", "AS"), as written: names
   * there, though no word to rank by (see answer.ts).
   */
  cappedStopwords: string[];
  /**
   * The question's words (indices into `groups`) that no passage matches in any form, counted in full in
   * Hit.strictCoverage (see #absentWeights): what the question asks and the corpus never says ("sponsor" where no
   * write-up names one). See whichOnly in answer.ts.
   */
  absent: readonly number[];
  /**
   * What the question asks for (askedType), read once, of its words without the links pasted into it and with its
   * dates read: answer.ts orders and judges by it (see whichOnly, askedTypeFirst).
   */
  asked: AskedType | null;
  /** The question's language as guessLanguage reads it, read once: answer.ts orders by it (see own-language.ts). */
  language: 'en' | 'id' | null;
  /** Whether it asks where or when (readAsked's whereOrWhen), whatever else it asks, of the same reading as `asked`. */
  asksWhereOrWhen: boolean;
}

interface Evidence {
  score: number;
  /** Share of the group's weight this evidence earns towards coverage. */
  credit: number;
  /**
   * Coverage credit the passage's date would earn for the group (see dateTerms), kept apart from `credit`: it
   * counts only when the date matches every date word of the question (see #search).
   */
  dateCredit?: number;
  terms: string[];
  /** True when the group matched only through a translation (not the word itself, nor an acronym's other form). */
  translated?: boolean;
  /** True when the group matched only through a related word's translation (see Alternative.related). */
  related?: boolean;
  /** True when the passage's document title has the word (or one of its forms). */
  titled?: boolean;
  /** The part of `score` earned in the title. */
  titleScore?: number;
}

/** A passage's words and their stems, in one field (see analysePassage). */
const WORDS = 'words';
const TITLE = 'title';
const DATE = 'date';
/**
 * The stopwords an English content word translates to (see content-stopwords.ts), in a field of their own: only an
 * English question's translations read it, and the words field's lengths, by which every other word's BM25 score
 * is normalised, stay as they were.
 */
const STOPS = 'stops';

/**
 * About the longest SearchIndex.build indexes passages without letting the event loop take a turn. A chunk's
 * passages alone did not bound it: a first build's passages are slow ones (the stemmer meets every word for the
 * first time, the code is not optimised yet), and 250 of them held the loop ~190 ms of tydiqa-id's first build,
 * during which no question or interaction was answered. A turn costs far less than a millisecond.
 */
const BUILD_TURN_MS = 25;

/** Whether `set` has one of `words`. */
function hasAny(set: ReadonlySet<string>, words: readonly string[]): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** A passage's text (see SearchIndex.#ordinaryBesideKind). */
function passageText(p: Passage): string {
  return p.text;
}

/**
 * Marks the groups of each long name (see QueryGroup.nameUnit): runs of at least RANKING.nameUnitWords groups whose
 * capitalised words stand side by side in the question, only spaces between (`capitalised`: each such group's
 * token index, of `tokens`, the question's). A comma or a bracket parts two names, as nameRuns reads them: "Budi
 * Santoso, Ketua Kelompok Tani" is a man and his office, not one name of five words.
 */
function markNameUnits(groups: readonly QueryGroup[], capitalised: ReadonlyMap<QueryGroup, number>, text: string, tokens: readonly Token[]): void {
  let start = 0;
  for (let k = 1; k <= groups.length; k++) {
    const at = capitalised.get(groups[k - 1]!);
    const next = k < groups.length ? capitalised.get(groups[k]!) : undefined;
    if (at !== undefined && next === at + 1 && spacedOnly(text, tokens[at]!.end, tokens[next]!.start)) continue;
    // groups[start..k) are the run that ends at k - 1 (a single group, or none named, when it is no name).
    if (at !== undefined && k - start >= RANKING.nameUnitWords) for (let j = start; j < k; j++) groups[j]!.nameUnit = start;
    start = k;
  }
}

export class SearchIndex {
  readonly passages: Map<string, Passage>;
  readonly #byNumber: Passage[];
  readonly #mini: TermIndex<AnalysedDoc>;
  readonly #lexicon: Lexicon | null;
  /** The stopwords indexed apart in STOPS, with their terms there (see content-stopwords.ts); none if no lexicon. */
  readonly #contentStops: ReadonlyMap<string, readonly string[]>;
  /** Whether a word is one of #contentStops (made once per index: #translate filters every translation by it). */
  readonly #isContentStop = (w: string): boolean => this.#contentStops.has(w);
  /**
   * Numbers of the passages written in English (see Alternative.scope and englishPassages); empty for an
   * all-Indonesian corpus. Read while SearchIndex.build prepares the index (see #prepare); an index built at once
   * (the constructor: tests, one-shot commands) reads them on the first question that needs them.
   */
  #englishPassages: ReadonlySet<number> | null = null;
  /**
   * The share of the passages written in English (see #bilingual), read once; the threshold it is held against is
   * read at every question, as RANKING's other settings are (overrideRanking, scripts/split-eval.mts).
   */
  #englishShareMemo: number | null = null;
  /** The documents of those passages (see #englishDocs). */
  #englishDocIds: ReadonlySet<string> | null = null;
  /** Indonesian spellings of those passages' words, and their doers' verbs (see #derivedEnglish); on first use. */
  #derived: DerivedEnglish | null = null;
  #suggestions: Suggestion[] | null = null;
  #vocabulary: Vocabulary | null = null;
  /** The passages of each document, in order; built on first use (see documentWords). */
  #byDoc: Map<string, Passage[]> | null = null;
  /** Each document's opening passage (see openingPassages); read on first use. */
  #openingPassages: ReadonlyMap<string, Passage> | null = null;
  /** Each dated write-up's first passage that plans what is to come (see firstPlans); read on first use. */
  #firstPlans: readonly Passage[] | null = null;
  /** See datedTitleWords, announcing and openingDates: read on first use. */
  #datedTitleWords: ReadonlySet<string> | null = null;
  #announcing: ReadonlySet<string> | null = null;
  #openingDates: ReadonlyMap<string, readonly string[]> | null = null;
  /** See saysWhichWriteUps, by word (only words of titles a question names are asked). */
  readonly #saysWhich = new Map<string, boolean>();
  /** See listRuns: read on first use (undefined until then: null says there are none). */
  #listRuns: ((docId: string) => readonly ListRun[]) | null | undefined;
  /**
   * The words write-ups number (see #isNumberedWord): those of a title that has a number of its own ("Meetup
   * Komunitas Data #7") and those a text numbers in digits ("Hari 2"), with the titles' part of them and the words
   * titles have before a number (see NumberedWords); read as the English passages are.
   */
  #numbered: NumberedWords | null = null;
  /**
   * What each passage numbers (see numberings), by passage number: read on first use, once for the index's life,
   * not again for every question that asks for a numbered day or meetup.
   */
  readonly #numberingsMemo = new Map<number, readonly Numbering[]>();
  /** What each document's title numbers (see #titleNumbersOther), by document id, read on first use. */
  readonly #titleNumberingsMemo = new Map<string, readonly Numbering[]>();
  /** See #lastNumbers, by the words asked. */
  readonly #lastNumbersMemo = new Map<string, ReadonlyMap<string, number>>();
  /**
   * See #typoOfKnown, by the word and whether stopwords count: a word's few hundred spellings one typo away, each
   * looked up and the long word's each stemmed, were a quarter of a question's time on the forum corpus, and the
   * words members type recur. Bounded (cleared when full); an index's words never change, so nothing goes stale.
   */
  readonly #typoMemo = new Map<string, boolean>();
  /**
   * See #translate, by the words and its options: an English word's translations, loan spellings, doers, related and
   * bridged senses, each normalised, split and stemmed, were a seventh of a forum question's CPU, and the English
   * words members type recur. Frozen, so that no reader changes what the next question reads; bounded (cleared when
   * full); an index's words and its lexicon never change, so nothing goes stale.
   */
  readonly #translations = new Map<string, readonly Alternative[]>();
  /** Each titled document's title words (see titleWords); read as the English passages are. */
  #titleWords: ReadonlyMap<string, TitleWords> | null = null;
  /** See #titlePhraseOnly: the title words that are a kind only before their companion. */
  #titlePhrases: ReadonlyMap<string, TitlePhrase> | null = null;
  /** Each titled write-up's heading and table-header words, read on first use (see #ordinaryBesideKind). */
  readonly #attributes = new Map<string, ReadonlySet<string>>();
  /** Every title's words together (see QueryGroup.kind). */
  #anyTitleWords: ReadonlySet<string> | null = null;
  /**
   * What each passage's numbers count, by passage number, as Indonesian and as English (see AnalysedDoc.counted).
   */
  readonly #counted = new Map<number, AnalysedDoc['counted']>();
  /** Whether some document is dated to the month: only then is "06-2025" in a question read as a month (see dates.ts). */
  #monthDated = false;
  /** Acronyms the corpus defines ("bps" → badan, pusat, statistik), normalised; see acronyms.ts. */
  readonly #acronyms = new Map<string, string[]>();
  /** The same definitions by the first word of the long form, to find long forms spelled out in a question. */
  readonly #longForms = new Map<string, Array<{ words: string[]; short: string }>>();
  /**
   * Other names the corpus defines in brackets ("pensi" → pentas, seni; "mubes" → musyawarah, besar; see
   * findBracketAliases): read as acronyms are, but typed in any case, since they are no word of their own.
   */
  readonly #aliases = new Map<string, string[]>();
  /**
   * Runs of capitalised words ("China Global Television Network"), by their initials, each once: where a
   * question's acronym the corpus never writes nor defines is looked for (see #initialsExpansion).
   */
  readonly #runs = new Map<string, string[]>();
  /**
   * How many passages write each word capitalised inside a sentence, as a name ("jepang" of "dari Jepang"): what
   * an English name in an Indonesian question may be translated into (see #nameTranslations).
   */
  readonly #asName = new Map<string, number>();
  /** Titles whose runs are collected: every passage of a document repeats its title. */
  readonly #seenTitles = new Set<string>();
  /**
   * Words the corpus writes in lower case somewhere (see analysePassage), and how often (see AffixReadings);
   * collected before any passage is indexed.
   */
  readonly #lowerCase = new CountedWords();
  /** The openings of the documents without a `lang`, read with #lowerCase; let go once #englishPassages is. */
  #openings: Openings | null = new Openings();
  /**
   * The roots this corpus reads its meN-/peN- words as, where the stemmer's reading has nothing in it behind it
   * ("mengunjungi": kunjung, of "kunjungan", not unjung): read from #lowerCase once it is collected, before any
   * passage is indexed, and used for every stem of a passage's or a question's word (see affix-readings.ts).
   */
  reading: RootReading = () => undefined;
  /** The corpus's lower-case words by their consonants, built on the first question that may abbreviate one. */
  #abbreviations: Abbreviations | undefined;
  /** The corpus's pairs of consecutive words, built on the first question that may join their openings. */
  #syllables: SyllableAbbreviations | undefined;
  /**
   * Term lookups of the question being searched: a word's weight, its translations' stems and its evidence ask
   * for the same terms several times. Lives for one search() call only, so it never grows with traffic.
   */
  #memo: Map<string, Map<number, TermMatch>> | null = null;
  /**
   * The word positions of the passages proximity has read (see termPositions), by their text: the best candidates
   * of one question are mostly those of the next, and tokenizing and stemming a passage again for each question
   * was a sixth of a question's time and a third of what it allocated. A pointer a word (a word's list of terms is
   * shared, see tokenTerms), so that a whole corpus's fit: all of tydiqa-id's 5,216 passages take 2.6 MB, where 512
   * of them in the earlier form (two arrays a term, 7.3 MB for all) were kept, and on such a corpus rarely asked
   * again. Bounded (IndexOptions.positionsWordsLimit, the oldest let go first); an entry read under another root
   * reading than the index's own is read again.
   */
  readonly #positions = new Map<string, { reading: RootReading; at: TermPositions }>();
  /** How many words the positions in #positions hold, and may (see IndexOptions.positionsWordsLimit). */
  #positionsWords = 0;
  readonly #positionsWordsLimit: number;
  /**
   * The passages each stopword pair is written side by side in (#writtenSideBySide's reading), by pair: a pair is
   * read from up to PAIR_PASSAGES passages' texts, 0.3–1 ms of a tydiqa-id question, and a community asks the same
   * few again ("saldo akhir", "anggota baru"). Held per index (a reload starts afresh), bounded by the passages held
   * (IndexOptions.pairPassagesLimit; a pair found nowhere counts as one), the least recently asked let go first. A
   * pair whose word no write-up has is not kept (see #pairPassages).
   */
  readonly #pairs: HeldCache<string, ReadonlySet<number>>;

  /**
   * Indexes passages synchronously. For a live bot prefer `SearchIndex.build`, which yields to the event loop
   * between chunks so that questions keep being answered (from the previous index) while a big corpus indexes.
   */
  constructor(passages: Passage[], options: IndexOptions, addNow = true) {
    this.#lexicon = options.lexicon;
    this.#contentStops = options.lexicon === null ? new Map() : contentStopwordTerms(options.lexicon);
    this.#documentWords = new HeldCache(options.documentWordsLimit ?? DOCUMENT_WORDS_LIMIT, documentWordsSize);
    this.#positionsWordsLimit = options.positionsWordsLimit ?? PROXIMITY_CACHE_WORDS;
    this.#pairs = new HeldCache(options.pairPassagesLimit ?? PAIR_CACHE_PASSAGES, (passages) => Math.max(1, passages.size));
    this.#byNumber = passages;
    this.passages = new Map(passages.map((p) => [p.id, p]));
    this.#mini = new TermIndex<AnalysedDoc>({
      fields: [WORDS, TITLE, DATE, STOPS],
      storeFields: [],
      // Documents arrive analysed (see analysePassage): each field is already its list of terms, which
      // stringifyField and tokenize pass through untouched, as processTerm does.
      extractField: (doc, field) => (field === 'id' ? doc.id : doc[field as 'words' | 'title' | 'date' | 'stops']),
      stringifyField: (value) => value as string,
      tokenize: (value) => value as unknown as string[],
      processTerm: (term) => term,
      searchOptions: { tokenize: (q) => [q], processTerm: (t) => t, bm25: RANKING.bm25 },
    });
    // One passage at a time, so that its term lists die young (cheaper for the garbage collector than all at
    // once).
    if (addNow) {
      for (const p of passages) this.#collectLowerCase(p);
      this.#readAffixes();
      passages.forEach((p, id) => this.#add(p, id));
      this.#mini.addedAll();
    }
  }

  #readAffixes(readings = new AffixReadings(this.#lowerCase)): void {
    this.reading = (word) => readings.rootOf(word);
  }

  /** A passage's term positions (see termPositions), from #positions when read before under this reading. */
  #termPositions(text: string): TermPositions {
    const cached = this.#positions.get(text);
    if (cached !== undefined && cached.reading === this.reading) return cached.at;
    const at = termPositions(text, this.reading);
    if (cached !== undefined) this.#positionsWords -= cached.at.tokens.length;
    while (this.#positions.size > 0 && this.#positionsWords + at.tokens.length > this.#positionsWordsLimit) {
      const [oldest, kept] = this.#positions.entries().next().value!;
      this.#positions.delete(oldest);
      this.#positionsWords -= kept.at.tokens.length;
    }
    this.#positions.set(text, { reading: this.reading, at });
    this.#positionsWords += at.tokens.length;
    return at;
  }

  /** Files a short form's long form under its first word in #longForms. */
  #addLongForm(words: string[], short: string): void {
    const sameStart = this.#longForms.get(words[0]!);
    if (sameStart) sameStart.push({ words, short });
    else this.#longForms.set(words[0]!, [{ words, short }]);
  }

  /** Drops the long form a short form was defined with from #longForms (its alias gave way to an acronym). */
  #forgetLongForm(short: string): void {
    for (const [first, forms] of this.#longForms) {
      const kept = forms.filter((f) => f.short !== short);
      if (kept.length === 0) this.#longForms.delete(first);
      else if (kept.length !== forms.length) this.#longForms.set(first, kept);
    }
  }

  /**
   * Adds the words a passage writes in lower case to #lowerCase, and its document's opening's words to #openings
   * (see englishPassages), in one pass.
   */
  #collectLowerCase(passage: Passage): void {
    // (Every passage is collected before #english is first read, which is what lets #openings go.)
    this.#openings!.read(passage, this.#lowerCase);
  }

  /**
   * Whether the corpus writes a word (normalised) in lower case somewhere: then it is a common word even where it
   * is capitalised inside a sentence, and stemmed there too (see analysePassage).
   */
  writesInLowerCase(norm: string): boolean {
    return this.#lowerCase.has(norm);
  }

  #add(passage: Passage, id: number): void {
    const names = new Set<string>();
    const analysed = analysePassage(passage, id, this.#lowerCase, names, this.reading, this.#contentStops);
    this.#mini.add(analysed);
    for (const w of names) this.#asName.set(w, (this.#asName.get(w) ?? 0) + 1);
    if (analysed.counted.length > 0) this.#counted.set(id, analysed.counted);
    if (datesMonth(passage.date)) this.#monthDated = true;
    for (const { short, long } of findAcronyms(passage.text)) {
      // Keyed as a question's token would be ("K.P.H." is the token k.p.h, without the final full stop).
      const tokens = tokenize(short);
      if (tokens.length !== 1) continue;
      const key = tokens[0]!.norm;
      // The first definition wins: a corpus that defines an acronym twice almost always means the same thing.
      if (this.#acronyms.has(key)) continue;
      // And over a name an earlier passage defined in brackets (see findBracketAliases), which a definition from
      // initials outranks wherever it stands: "Bakti Sosial (Baksos)" then "Badan Amal Kesejahteraan Sosial
      // (BAKSOS)" is read as the latter alone, as the other order is.
      if (this.#aliases.delete(key)) this.#forgetLongForm(key);
      const words = tokenize(long).map((t) => t.norm);
      this.#acronyms.set(key, words);
      this.#addLongForm(words, key);
    }
    for (const { short, long } of findBracketAliases(passage.text)) {
      const tokens = tokenize(short);
      if (tokens.length !== 1) continue;
      const key = tokens[0]!.norm;
      if (this.#acronyms.has(key) || this.#aliases.has(key)) continue;
      const words = tokenize(long).map((t) => t.norm);
      if (words.length === 0) continue;
      this.#aliases.set(key, words);
      this.#addLongForm(words, key);
    }
    this.#addRuns(passage.text);
    if (!this.#seenTitles.has(passage.title)) {
      this.#seenTitles.add(passage.title);
      this.#addRuns(passage.title);
    }
  }

  #addRuns(text: string): void {
    for (const run of capitalisedRuns(text)) {
      // Kept as one string, each once: the names with one set of initials are few.
      const written = run.join(' ');
      const initials = initialsOf(run);
      const same = this.#runs.get(initials);
      if (!same) this.#runs.set(initials, [written]);
      else if (!same.includes(written)) same.push(written);
    }
  }

  /**
   * `clock` (milliseconds) tells when a chunk has held the event loop BUILD_TURN_MS: tests give one of their own.
   */
  static async build(passages: Passage[], options: IndexOptions, chunkSize = 250, clock: () => number = () => performance.now()): Promise<SearchIndex> {
    const index = new SearchIndex(passages, options, false);
    // (Its own setImmediate, not turn.ts's nextTurn: that is the pause of the bot's background work, such as the
    // search for /help's example, which test/example-background.test.ts holds there; a reload must not wait on
    // it.) Which words the corpus writes in lower case must be known before the first passage is indexed.
    for (let start = 0; start < passages.length; start += chunkSize) {
      const end = Math.min(passages.length, start + chunkSize);
      for (let id = start; id < end; id++) index.#collectLowerCase(passages[id]!);
      if (end < passages.length) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // (In steps as well: stemming every lower-case word of a corpus is a few hundred milliseconds on a first
    // build.)
    const reading = AffixReadings.inSteps(index.#lowerCase);
    for (let step = reading.next(); ; step = reading.next()) {
      if (step.done) {
        index.#readAffixes(step.value);
        break;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // A chunk of passages ends early once it has held the event loop BUILD_TURN_MS (see there).
    let due = clock() + BUILD_TURN_MS;
    for (let id = 0, inChunk = 0; id < passages.length; id++) {
      index.#add(passages[id]!, id);
      if (++inChunk === chunkSize || id + 1 === passages.length || clock() >= due) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        inChunk = 0;
        due = clock() + BUILD_TURN_MS;
      }
    }
    await runInTurns(index.#prepare());
    return index;
  }

  /**
   * What the first questions would otherwise each build on their own, built now, in steps: which passages are
   * English (every question but an English one over this corpus asks), BM25's length norms, the words write-ups
   * number (a question with a number spelled beside a title's word asks), the titles' words (see titleWords), and
   * the lexicon's English-from-Indonesian table when the corpus has English write-ups (once per process), the lists
 * written one item a paragraph (see listRuns). Built
   * lazily, they made the first question after a start or a reload wait 100–300 ms on tydiqa-id's 5,216 passages,
   * whoever asked it; built with the index, they are part of the reload, 100–180 ms of it there, which the
   * previous index serves through (the numbered words, 10–25 ms of it, are read from the titles and what
   * analysePassage counted). Each is what the lazy path would build, so answers are the same either way
   * (test/prepare.test.ts).
   */
  *#prepare(): Steps<void> {
    if (this.#englishPassages === null) this.#englishPassages = this.#readEnglishPassages();
    this.#mini.prepare(RANKING.bm25);
    if (this.#numbered === null) this.#numbered = yield* this.#collectNumberedWords();
    // (A question with a lower-case word of some title asks which kind of event it is about: see QueryGroup.kind.)
    if (this.#titleWords === null) this.#titleWords = yield* this.#collectTitleWords();
    this.everyTitleWord();
    // (And which of them name a kind only before another word: see title-phrases.ts. None in untitled text.)
    this.#titlePhrasesOf();
    // (Its irregular forms' table is left to the first English question that needs it: under a millisecond.)
    if (this.#englishPassages.size > 0) this.#lexicon?.english?.('');
    // (The Indonesian spellings of the English write-ups' words, for an Indonesian question, and what their doers
    // did, for an English one's doer noun: see #derivedEnglish.)
    if (this.#englishPassages.size > 0 && this.#lexicon?.english !== undefined) void this.#derivedEnglish;
    // (The lists written one item a paragraph, which every answered question asks about its results: a few
    // milliseconds over tydiqa-id's passages, and the first question after a reload waited for them.)
    yield;
    void this.listRuns;
  }

  /**
   * Whether the corpus is written in English and in another language, each in at least RANKING.bilingualShare of
   * its passages (see #groupScores).
   */
  get #bilingual(): boolean {
    const share = (this.#englishShareMemo ??= this.#english.size / Math.max(1, this.#mini.documentCount));
    return share >= RANKING.bilingualShare && 1 - share >= RANKING.bilingualShare;
  }

  get #english(): ReadonlySet<number> {
    return (this.#englishPassages ??= this.#readEnglishPassages());
  }

  /** englishPassages, from the openings read with the lower-case words, which it lets go of. */
  #readEnglishPassages(): Set<number> {
    const english = this.#openings!.english();
    this.#openings = null;
    return englishPassages(this.#byNumber, english);
  }

  /** The documents with an English passage: their numbers are read as English ones (see countedWords). */
  get #englishDocs(): ReadonlySet<string> {
    return (this.#englishDocIds ??= new Set([...this.#english].map((id) => this.#byNumber[id]!.docId)));
  }

  /** The passages of each document, in order; built on first use. */
  get #documents(): Map<string, Passage[]> {
    return (this.#byDoc ??= groupBy(this.#byNumber, (p) => p.docId));
  }

  /** The passages of document `docId`, in order (none for an unknown id): grouped once for the index's life. */
  passagesOf(docId: string): readonly Passage[] {
    return this.#documents.get(docId) ?? [];
  }

  /**
   * Each document's opening passage, where a write-up says what the event was and an announcement names its day,
   * by document id (see openingPassages in recency.ts): read once for the index's life, not by every question
   * that asks (the latest event, what was held in a week or a month, the last meetup before today).
   */
  get openingPassages(): ReadonlyMap<string, Passage> {
    return (this.#openingPassages ??= openingPassages(this.#byNumber));
  }

  /**
   * Each dated write-up's first passage in the tense of what is to come, in the corpus's order (see firstPlans in
   * recency.ts): read once for the index's life, not by every question about the next event.
   */
  get firstPlans(): readonly Passage[] {
    return (this.#firstPlans ??= firstPlans(this.#byNumber));
  }

  // What answer.ts reads of the index as a whole is read here too, once, on first use, and held with the index:
  // an index is rebuilt on a reload and never changed, so what it says is read once for its life, in the one
  // place a reader of the index finds it (not in module WeakMaps keyed by the index, as some once were).

  /** The words of the titles of the dated write-ups (see titledKind in answer.ts). */
  get datedTitleWords(): ReadonlySet<string> {
    return (this.#datedTitleWords ??= new Set([...this.titleWords().values()].filter((t) => t.dated).flatMap((t) => [...t.words])));
  }

  /**
   * Whether a word of some title says which write-ups are about it, not merely how write-ups talk (see unsaidKind
   * in answer.ts): the write-ups that say it without it in their titles are no more than those whose titles have
   * it. "bazar" (two bazaars' titles, one passing mention elsewhere) is; "panitia", "jadwal", "warga" (one title
   * each, said in several other write-ups) are everyday words a write-up may answer without. A title has the word
   * in any form, as a text says it in any form (the passages' words hold their stems): "Perlombaan HUT RI" has
   * "lomba". Read once a word.
   */
  saysWhichWriteUps(word: string): boolean {
    let read = this.#saysWhich.get(word);
    if (read === undefined) {
      const titled = new Set<string>();
      for (const [docId, t] of this.titleWords()) {
        if (t.words.has(word)) titled.add(docId);
        else {
          // (Not a name's: a name is indexed as written, unstemmed, "Bekasi" no "bekas"; one the corpus writes
          // capitalised inside a sentence and never in lower case. A title's other words are capitalised as
          // titles are.)
          for (const w of t.words) {
            if ((this.#lowerCase.has(w) || !this.#asName.has(w)) && stemsOf(w, this.reading).includes(word)) {
              titled.add(docId);
              break;
            }
          }
        }
      }
      const elsewhere = new Set<string>();
      for (const id of this.#termScores(word, WORDS).keys()) {
        const { docId } = this.#byNumber[id]!;
        if (!titled.has(docId)) elsewhere.add(docId);
      }
      read = titled.size > 0 && elsewhere.size <= titled.size;
      this.#saysWhich.set(word, read);
    }
    return read;
  }

  /** The write-ups that announce an event still to come (see announces in recency.ts), by document id. */
  get announcing(): ReadonlySet<string> {
    return (this.#announcing ??= new Set([...this.openingPassages].filter(([, p]) => announces(p.text, p.date)).map(([docId]) => docId)));
  }

  /** The dates each document's opening passage (openingPassages) names (see textDates), by document id. */
  get openingDates(): ReadonlyMap<string, readonly string[]> {
    return (this.#openingDates ??= new Map([...this.openingPassages].map(([docId, p]) => [docId, textDates(p.text)])));
  }

  /** The lists each write-up writes one item a paragraph (see listRunsOf in lists.ts); null when none does. */
  get listRuns(): ((docId: string) => readonly ListRun[]) | null {
    if (this.#listRuns === undefined) this.#listRuns = listRunsOf(this.passages);
    return this.#listRuns;
  }

  /** Whether some document is dated to the month at least: a corpus of dated write-ups (see answer.ts). */
  get monthDated(): boolean {
    return this.#monthDated;
  }

  get size(): number {
    return this.#byNumber.length;
  }

  /**
   * How much a term tells about a question's topic: BM25's IDF over the corpus plus RANKING.priorPassages
   * imaginary passages that lack the term. Without that prior, a ten-passage corpus would make every word it
   * has look common next to a word it lacks, and one missing word would outweigh all the others.
   */
  #idf(term: string, field: string): number {
    const n = this.#mini.documentCount + RANKING.priorPassages;
    const df = this.#documentFrequency(term, field);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  #documentFrequency(term: string, field: string): number {
    return this.#mini.documentFrequency(term, field);
  }

  /** Whether some passage's text or some document's title has `term`. */
  #written(term: string): boolean {
    return this.#documentFrequency(term, WORDS) > 0 || this.#documentFrequency(term, TITLE) > 0;
  }

  #termScores(term: string, field: string, loose = false): Map<number, TermMatch> {
    const key = `${field}\u0000${loose ? 1 : 0}\u0000${term}`;
    const cached = this.#memo?.get(key);
    if (cached) return cached;
    // (A root word the corpus lacks altogether is no typo: see looseMatching.)
    const ownWord = loose && isRootWord(term) && this.#documentFrequency(term, WORDS) === 0;
    const out = this.#mini.termScores(term, field, RANKING.bm25, loose ? looseMatching(term, ownWord) : null);
    this.#memo?.set(key, out);
    return out;
  }

  /** Turns a question into groups of evidence, one per content word. */
  analyze(question: string): QueryGroup[] {
    return this.#analyze(question, this.#questionText(question));
  }

  /** The question as analyze reads it: NFKC, its dates and spaced ordinals in one spelling (see readDates). */
  #questionText(question: string): string {
    const roman = readRomanNumerals(question.normalize('NFKC'), this.#numberedWord, this.#unknownWord);
    const spelled = readNumberedShortForms(joinSpacedNumbers(roman, this.#joinsNumber), this.#titleWordOpened);
    return readDates(joinSpacedOrdinals(spelled, this.#numberedWord), this.#monthDated);
  }

  /**
   * The one word titles write right before a number ("season" of "Garuda Cup Season 2") that `letters` open and
   * that is longer than them, for readNumberedShortForms: a question's "s2" is "season 2" there. None where two
   * such words are ("seri", "sesi") or none is: over untitled text, or where no title numbers a word so, "S1" is a
   * degree and "ibu2" a plural. Nor where a write-up that never says the word writes the joined one (`joined`,
   * "s2"): there it is used in another sense, as a campus corpus's "Info Beasiswa S2 LPDP" beside its "Podcast
   * Kampus Season 2" ("GARUDA CUP S2 results", which says "Season 2" too, is read as season 2).
   */
  readonly #titleWordOpened = (letters: string, joined?: string): string | undefined => {
    let found: string | undefined;
    for (const w of this.#numberedWords.beside.keys()) {
      if (w.length <= letters.length || !w.startsWith(letters)) continue;
      if (found !== undefined) return undefined;
      found = w;
    }
    return found === undefined || joined === undefined || !this.#writtenWithout(joined, found) ? found : undefined;
  };

  /**
   * Whether a question's letters typed before a number ("ep" of "ep 3", "S" of "S 2") are read joined to it, for
   * joinSpacedNumbers: where the corpus never writes them alone and writes them joined to that number ("ep3"), or
   * titles number a word they open ("Season 2"). Not a stopword ("ke 2", "no 3"), bar a single capital letter:
   * "S 2" is a season, "s" is no word. Nor letters the corpus has as a word: "jam 7" is the hour. The title's word
   * only for one or two letters, the joined words readNumberedShortForms spells out: "vol 2" joined to "vol2", which
   * it leaves as typed, would lose its number.
   */
  readonly #joinsNumber = (letters: string, typed: string, number: string): boolean => {
    if (isStopword(letters) && !(letters.length === 1 && typed !== letters)) return false;
    if (this.#written(letters)) return false;
    const joined = letters + number;
    if (this.#written(joined)) return true;
    return letters.length <= 2 && this.#titleWordOpened(letters, joined) !== undefined;
  };

  /** Whether a document writes `word` (in its text or title) and nowhere `other` (see #titleWordOpened). */
  #writtenWithout(word: string, other: string): boolean {
    const docs = (w: string) => {
      const out = new Set<string>();
      for (const field of [WORDS, TITLE]) for (const id of this.#mini.termScores(w, field, RANKING.bm25).keys()) out.add(this.#byNumber[id]!.docId);
      return out;
    };
    const writing = docs(word);
    if (writing.size === 0) return false;
    const saying = docs(other);
    for (const d of writing) if (!saying.has(d)) return true;
    return false;
  }

  /** #questionText's readers of a word, made once per index: under tsx every function made is also named. */
  readonly #numberedWord = (w: string): boolean => this.#numbersWord(w);
  readonly #unknownWord = (w: string): boolean => this.#documentFrequency(w, WORDS) === 0;

  /** analyze, given the question's text as #questionText reads it (#search needs that text too). */
  #analyze(question: string, text: string, language = guessLanguage(question), asks = askedType(text)): QueryGroup[] {
    const english = this.#lexicon !== null && language !== 'id';
    // An Indonesian question (or one that could be either) over a corpus with English write-ups: its words'
    // English translations, the lexicon read backwards, are evidence in those write-ups.
    const toEnglish = this.#readsEnglish(language);
    const groups: QueryGroup[] = [];
    // The groups of capitalised words inside the question, by the index of their token (see markNameUnits).
    const capitalised = new Map<QueryGroup, number>();
    // Each group by the index of its token (see #stopwordPairs).
    const byToken = new Map<number, QueryGroup>();
    const seen = new Set<string>();
    const tokens = tokenize(text);
    // (Not in a question typed all in capitals, where capitals say nothing: see the acronyms below.)
    const mixedCase = HAS_LOWER_CASE.test(text);
    const expansions = this.#acronymExpansions(text, tokens);
    const phrases = toEnglish ? this.#englishPhrases(tokens) : null;
    // An English question over English write-ups: a word's irregular forms and bases ("leave" ↔ left, "won" ↔ win)
    // count as its stems do, which Porter's cannot connect.
    const relatives = this.#lexicon?.irregularRelatives !== undefined && language !== 'id' && this.#english.size > 0;
    const spelled = this.#numbersSpelled(text, tokens, english, toEnglish);
    // "acara terbaru", "the latest event": beside a recency word, a word for any event only asks which one.
    const asksWhich = recencyOf(tokens) !== null;
    tokens.forEach((token, i) => {
      // (The second word of a number spelled in two, "belas" of "kedua belas", is its first word's group.)
      if (spelled.within.has(i)) return;
      // "tanggal 14 Juni 2025" asks for the date: "tanggal" only labels it, and a passage that writes the date
      // without it ("pada 14 Juni 2025", or a write-up dated so) is as much about it. Counted as a word to match,
      // it put the book club's "dijadwalkan tanggal 21 Juni 2025" first for "acara tanggal 14 juni 2025" (facqa's
      // "… pada tanggal 27 Mei 2005?" questions likewise: MRR@10 +0.001). Before anything but a day it stays a
      // word: "tanggal berapa" asks which date, and a passage that says "tanggal" may answer it.
      if (DATE_LABELS.has(token.norm) && /^\d{1,2}$/u.test(tokens[i + 1]?.norm ?? '')) return;
      // Likewise "bulan" before a month's name ("bulan Februari 2025"): a write-up dated February 2025 is about it
      // whether or not it says "bulan" (an English one never does). No dev set's figure moved.
      if (MONTH_LABELS.has(token.norm) && isMonthName(tokens[i + 1]?.norm ?? '')) return;
      // Likewise "nomor" between a word and a number ("keputusan nomor 5"): a list numbers its items "5." without the
      // word, and counted as a word to match, it left the item found but unanswered. Not after a function word: "di
      // nomor 10 km jalan cepat" names an event of a sport, which a passage says ("nomor 10 km").
      if (NUMBER_LABELS.has(token.norm) && /^\d{1,3}$/u.test(tokens[i + 1]?.norm ?? '') && i > 0 && !isStopword(tokens[i - 1]!.norm)) return;
      // A word that only names the place asked for ("lokasi" of "lokasi kopdar berikutnya") where no write-up has
      // it: a write-up states its place without the label ("di Kedai Kopi Ranu"), and counted as a word no passage
      // has, it left the question unanswered where "kopdar berikutnya di mana" was answered. (Where some passage has
      // it, it stays a word: "lokasi" of the dev sets' "di mana lokasi …" over text that says "lokasi". Nor in a
      // question not read as Indonesian: "location" reaches Indonesian text through its translation, "lokasi".)
      if (language === 'id' && asks === 'place' && isAskedTypeLabel(token.norm, asks) && wordsOf(token.norm).every((w) => this.#documentFrequency(w, WORDS) === 0)) return;
      // Likewise, in an English question asking where or when, a verb that only says the event takes place ("where
      // is the orientation held") where no write-up has it: FreeDict reads "held" as holding something (menahan),
      // which no Indonesian write-up says of an event ("dilaksanakan"), and the question went unanswered.
      if (english && asksPlaceOrTime(asks) && TAKING_PLACE.has(token.norm) && this.#documentFrequency(token.norm, WORDS) === 0) return;
      const number = spelled.at.get(i);
      // An acronym is a question word even when it spells a stopword ("WHO", "AS", "IT"): when the corpus defines
      // it, its long form is evidence, and passages that write it in capitals have it (see termsAt).
      // (A number spelled in two words is one question word, as typed joined: "keduabelas".)
      const words = number ? [number.word] : isStopwordWithClitic(token.norm) ? [] : [...wordsOf(this.#withoutParticle(token.norm))];
      // Not in a question typed all in capitals ("WHO WON THE CUP"), where they say nothing.
      // (Written in capitals, its index term is in capitals too: see acronymTerm.)
      const mayBeAcronym = words.length === 0 && mixedCase;
      const capitals = mayBeAcronym && isAcronymStopword(text, token);
      const acronym =
        mayBeAcronym && (this.#isDefinedAcronym(text, token) || (capitals && this.#documentFrequency(acronymTerm(token.norm), WORDS) > 0));
      const surface = acronym ? [capitals ? acronymTerm(token.norm) : token.norm] : words;
      const spelledOut = acronym || number ? undefined : this.#abbreviated(text, token, surface);
      // An abbreviation of a stopword ("tmpt" of tempat, "brkt" of berikut) asks nothing, as the stopword does:
      // kept as a word the corpus lacks, it held the question under the confidence bar.
      if (spelledOut !== undefined && isStopword(spelledOut)) return;
      if (surface.length === 0 || seen.has(token.norm)) return;
      seen.add(token.norm);
      // (A capitalised word inside the sentence: read once, as every rule below asks it.)
      const named = isNameAt(text, token.start);
      const own = unique(surface.flatMap((w) => stemsOf(w, this.reading))).filter((s) => !surface.includes(s));
      const irregular = relatives ? this.#irregularRelatives(surface) : [];
      // (And the agent nouns an English write-up has of the word or its base: "spoke" → speaker, and "speaking",
      // "judged" by their Porter stems, which a regular verb form's base is: speak → speaker.)
      const doers = relatives ? [...surface, ...own, ...irregular].flatMap(agentNounSpellings).filter((n) => this.#documentFrequency(n, WORDS) > 0) : [];
      // (And its word family's other spellings an English write-up has, "apply" of "applications", "registration" of
      // "register", which Porter's stems keep apart: see familySpellings.)
      const family = relatives && !named ? [...surface, ...own].flatMap(familySpellings).filter((n) => this.#documentFrequency(n, WORDS) > 0 && this.#translatesAlike(surface, n)) : [];
      const related = unique([...irregular, ...doers, ...family]);
      const stems = unique([...own, ...related]).filter((s) => !surface.includes(s));
      // (A word's related readings only where it is no name: "Sense and Sensibility" is a title, not a feeling.)
      // (Not through a stopword for a word that only labels what is asked, "people" of "how many people came": the
      // count answers whatever word it uses, see asked-type.ts, and "orang" is in most passages.)
      const stops = !(asks !== null && isAskedTypeLabel(token.norm, asks));
      const alternatives = english ? this.#translate(surface, { related: !named, stops }) : mixedCase ? this.#nameTranslations(text, token, surface) : [];
      if (!english && alternatives.length === 0 && !named && !this.#foreignAt(tokens, i - 1) && !this.#foreignAt(tokens, i + 1)) {
        alternatives.push(...this.#codeSwitched(surface));
      }
      // A loan word clipped in chat ("regis" of registrasi, register) that no corpus word begins: read as the one
      // English word family it begins, switched into the question as a whole English word is, a guess.
      if (!english && alternatives.length === 0 && !named && !acronym && !number && spelledOut === undefined) {
        const clipped = this.#clippedEnglish(surface);
        if (clipped.length > 0) for (const a of this.#translate(clipped, { related: false })) alternatives.push({ ...a, part: 0, switched: true, guessed: true });
      }
      if (toEnglish) alternatives.push(...this.#translateToEnglish(surface, own, phrases?.get(i) ?? []));
      // (Not a name's, an acronym's, a number's, nor an abbreviation's: they are read as what they spell. Nor a word
      // that only labels what is asked, "jam" of "jam berapa": the passage that states a time answers, whatever word
      // it uses, and answer.ts puts it first; matched through "pukul", the label put the write-up's opening first.)
      if (!english && !acronym && !number && spelledOut === undefined && !named && !(asks !== null && isAskedTypeLabel(token.norm, asks))) {
        alternatives.push(...this.#synonyms(surface, alternatives));
      }
      // "who was the speaker" of an English write-up that says "Yusuf Hakim talked about …": the doer's noun reaches
      // what the write-ups say such a doer did, as "pembicara" does (see DerivedEnglish.doneByNoun). (Not again in
      // a question of no guessed language, read both ways: #translateToEnglish has given those verbs already.)
      if (relatives && !toEnglish) alternatives.push(...this.#doneByNoun(surface));
      for (const words of expansions.get(i) ?? []) alternatives.push(alternative(words, 'acronym', this.reading));
      const initials = this.#initialsExpansion(text, token);
      if (initials) alternatives.push({ ...alternative(initials, 'acronym', this.reading), guessed: true });
      if (number) alternatives.push(...digitSpellings(number.n).map((d) => alternative([d], 'number')));
      if (spelledOut !== undefined) alternatives.push(alternative([spelledOut], 'abbreviation', this.reading));
      // Letters the corpus writes only joined to a number ("bo" of "BO brp final", where write-ups say "BO5"): each
      // such joined word, read as an abbreviation's corpus word is (see #joinedToNumbers).
      if (!acronym && !number && spelledOut === undefined) for (const w of this.#joinedToNumbers(surface)) alternatives.push(alternative([w], 'abbreviation'));
      // A syllable abbreviation ("korlap" of koordinator lapangan, see syllable-abbreviations.ts): a guess, weighed
      // and counted as a long form read from initials is: half the word's weight, enough for "siapa korlap", not
      // for a question whose other words the passage lacks.
      // (Not a guess where it joins the two words whole, "photowalk" of photo walk: every letter is spelled.)
      const joined = acronym || number || spelledOut !== undefined ? null : this.#syllableExpansion(text, token, surface);
      if (joined) alternatives.push(joined.join('') === surface[0] ? alternative(joined, 'abbreviation', this.reading) : { ...alternative(joined, 'abbreviation', this.reading), guessed: true });
      // The word's rarity is that of its own forms: another form the corpus lacks ("left" where it says only
      // "leave") would give a common word the weight of one it has never seen.
      const idf = Math.max(...surface.map((w) => this.#idf(w, WORDS)), ...own.map((s) => this.#idf(s, WORDS)));
      const interpretable =
        idf < this.#unseenIdf ||
        // (An English word whose translations are all function words, like "part" → "bagian", is not. Nor one read
        // only through related words, another word's senses: it weighs as the word the dictionary lacks.)
        alternatives.some((a) => !a.related) ||
        surface.some((w) => isIndonesianWord(w) || HAS_NUMERAL.test(w)) ||
        // A capital letter inside the sentence marks a name: the thing the question is about.
        (i > 0 && CAPITAL_FIRST.test(text.slice(token.start, token.end)));
      const weight = idf * (interpretable ? 1 : RANKING.unknownWordWeight);
      const group: QueryGroup = { word: token.norm, surface, stems, alternatives, weight };
      const last = this.#lastNumbered(text, tokens, i, english);
      if (last !== null) {
        // (Not the newest write-up: the last of what a write-up numbers in its text, read per write-up below.)
        const ns = unique([...this.#lastNumbers(last).values()].map(String));
        alternatives.push(...ns.flatMap((n) => [...digitSpellings(n), ...ordinalWords(Number(n))]).map((w) => alternative([w], 'number')));
        Object.assign(group, { identifies: true, numbers: last, last: true });
      } else if (isRecencyWord(token.norm) || (asksWhich && (isAnyEvent(token.norm) || isEventProForm(tokens, i))) || this.#lastOfTitled(text, tokens, i, english)) group.recency = true;
      else if (asksUpcoming(tokens, i)) group.upcoming = true;
      else if (surface.some(hasNumeral) && !DIGITS_AN.test(token.norm) && !isDimension(token.norm)) {
        // ("the 12th Jakarta JS Meetup": an English ordinal numbers the name after it, whose head is its last
        // word, as a title's is read, see countedWords; not only the word beside it. Its last word write-ups
        // number: the words after the name run on, "… Meetup held?".)
        const after = english && /^\d+(?:st|nd|rd|th)$/u.test(token.norm) ? (countedReading(text, tokens, i, undefined)?.after() ?? []) : [];
        const ordinal = after.filter((w) => this.#isNumberedWord(w)).at(-1);
        const near = besideNumber(text, tokens, i);
        const beside = ordinal === undefined || near.includes(ordinal) ? near : [...near, ordinal];
        if (beside.length > 0 && !surface.some(isDateWord)) Object.assign(group, { identifies: true, numbers: beside });
      } else if (number) {
        Object.assign(group, { identifies: true, numbers: number.numbers, number: number.n });
      } else if (!named && this.#titlePhraseOnly(token.norm, tokens, i)) {
        // ("time" of "what was her time", where "Time Trial" is a title: a word, not a kind; see title-phrases.ts.)
      } else if (!named && (surface.some((w) => this.#isTitleWord(w)) || (toEnglish && titledInEnglish(alternatives, (w) => this.#isTitleWord(w) && !this.#titlePhraseOnly(w, tokens, i))))) {
        // (Or its English is, for an Indonesian question over English write-ups: "konferensi" of "Conference report:
        // my keynote at JakartaJS Conf"; see titledInEnglish. Not an English word that is a kind only before its
        // companion, "waktu" of "berapa waktu Claire", "time" of "Time Trial": see #titlePhraseOnly.)
        group.kind = true;
      } else if (
        this.#namesKind(text, tokens, i, language === 'en', asks) &&
        !surface.some((w) => isDateWord(w) || isMonthName(w)) &&
        // (Not an English word the dictionary cannot translate, "volunteer" of "the volunteer orientation": that no
        // write-up has it says nothing of the corpus. A name typed in lower case, "golang", is no word it knows.)
        !(english && alternatives.every((a) => a.related) && surface.some((w) => this.#lexicon?.knows?.(w) === true))
      ) {
        // "turnamen voli", "pendakian sindoro", "the chess tournament": the word beside a kind of event says which
        // one, as a name would, typed in lower case as a chat types names (see #namesKind).
        const kind = tokens[language === 'en' ? i + 1 : i - 1]!;
        const kindForms = unique(wordsOf(kind.norm).flatMap((w) => this.#withTranslations(w, english)));
        Object.assign(group, { identifies: true, besideKind: true, kindForms });
      } else if (named && !surface.some((w) => isDateWord(w) || isMonthName(w))) {
        // (Nor a month's English name, "June" of "what happened on 14 June 2025": a date's word, as "Juni" is.)
        group.identifies = true;
        // An Indonesian question may write a name in English ("Leiden University" of "Universitas Leiden"), which
        // is ranked by its translations only when the corpus lacks it as written (see #nameTranslations): all its
        // translations are other spellings of the name, for answer.ts only.
        if (!english && this.#lexicon !== null) {
          const spellings = surface.flatMap((w) => this.#lexicon!.lookup(w).slice(0, RANKING.maxTranslations));
          const words = spellings.map((t) => surfaceTerms(normalize(t)).filter((x) => !isStopword(x))).filter((ws) => ws.length > 0);
          if (words.length > 0) group.spellings = words;
        }
      }
      groups.push(group);
      byToken.set(i, group);
      // (The question's first word is capitalised as a sentence's is, not as a name: isNameAt.)
      if (named) capitalised.set(group, i);
    });
    markNameUnits(groups, capitalised, text, tokens);
    if (!english) this.#stopwordPairs(text, tokens, byToken);
    if (!english) this.#ordinalsOtherWay(text, tokens, byToken);
    // A number in digits beside a word write-ups number ("meetup ke-20", "meetup #20", "the 21st meetup", "hari
    // 2") is that number in its other spellings too, as one spelled in words is: a write-up titled "The 20th
    // Community Meetup" or "Community Meetup 21", or whose text says "Hari kedua", numbers it so. Weighed as a
    // number's spelling (see digitSpellings), and only where write-ups number the word (see #numberedForms): there
    // a passage counts it only where it numbers that word, and over untitled reference text a "2" is no "kedua".
    // A number with another of the question's words may be an item of a list that word introduces ("isi keputusan
    // rapat no 5", "keputusan ke-5": "5. …" under "Keputusan rapat:"), looked up as the pair it is indexed as (see
    // listItemTerm), weighed as a number's other spelling. (An ordinal in words too, "keputusan kelima", as its
    // digits are, but only as a pair some list has: elsewhere "pertama" of "siapa pembicara pertama" stays a word.
    // Not a cardinal in words, which is as often a count: "lima orang".)
    const words = groups.map(wordOf);
    const digits = groups.map((g) => LIST_ITEM_NUMBER.exec(g.word)?.[1]);
    const ordinals = groups.map((_, k) => (digits[k] === undefined ? spelledOrdinal(words, k) : undefined));
    const heads = unique(groups.filter((g, k) => wordsOnly(g) && ordinals[k] === undefined).map(wordOf));
    for (const [k, g] of groups.entries()) {
      const n = digits[k] ?? ordinals[k];
      if (n === undefined) continue;
      const terms = heads.map((w) => listItemTerm(w, String(Number(n))));
      const listed = digits[k] !== undefined ? terms : terms.filter((t) => this.#documentFrequency(t, WORDS) > 0);
      for (const t of listed) g.alternatives.push(alternative([t], 'number'));
    }
    // Consecutive words that spell out what a write-up writes short ("pusat kesehatan masyarakat" of its
    // "puskesmas", "sekretaris umum" of its "sekum"): each of them is also the corpus word their openings join (see
    // shortForms), a guess weighed as a syllable abbreviation read the other way is (see #syllableExpansion).
    if (!english) this.#spelledOutShortForms(text, tokens, groups);
    for (const g of groups) {
      const n = /^(?:\d{1,2}|ke-?\d{1,2}|\d{1,2}(?:st|nd|rd|th))$/u.test(g.word) ? g.word.match(/\d+/u)![0] : undefined;
      if (n === undefined || g.number !== undefined || this.#numberedForms(g, groups) === null) continue;
      const spellings = [...digitSpellings(n), ...ordinalWords(Number(n))].filter((w) => !g.surface.includes(w));
      g.alternatives.push(...spellings.map((w) => alternative([w], 'number')));
    }
    // A number of a word titles write short too ("GARUDA CUP S2 results" beside "Garuda Cup Season 2"): the short
    // form a title writes is the number's too, as "season 2" read from a question's "s2" is (see
    // readNumberedShortForms): else the title that writes it short lost its number to the one that spells it out.
    // Not where a write-up that never says the word writes the joined one ("Info Beasiswa S2 LPDP": a degree).
    for (const g of groups) {
      if (!/^\d{1,2}$/u.test(g.word)) continue;
      for (const w of this.#numberedForms(g, groups) ?? []) {
        for (const k of [1, 2]) {
          const joined = `${w.slice(0, k)}${g.word}`;
          if (w.length <= k || this.#titleWordOpened(w.slice(0, k), joined) !== w || this.#documentFrequency(joined, TITLE) === 0) continue;
          if (!g.alternatives.some((a) => a.surface.length === 1 && a.surface[0] === joined)) g.alternatives.push(alternative([joined], 'number'));
        }
      }
    }
    return groups;
  }

  /**
   * The numbers a question spells out as words that number a word write-ups number (see QueryGroup.number and
   * #isNumberedWord: "meetup" of "Meetup Komunitas Data #7", "hari" of a text's "Hari 2"), by the index of their
   * first token, with the forms of that word write-ups number (its own, or for an English question its
   * translations: "hari" of "day two"); `within`, the further tokens of a number spelled in two ("belas" of "kedua
   * belas"). An ordinal numbers the word before it or after it ("meetup pertama", "the first meetup"); a cardinal
   * only the word before it, and not before a unit or a month ("day two", "sesi dua"; "dua meetup" counts them,
   * "meetup dua bulan lalu" measures). Only beside such a word: over untitled reference text, and beside any other
   * word ("pertama kali", "hari kedua" where no write-up numbers days), the word is only a word.
   */
  #numbersSpelled(text: string, tokens: Token[], english: boolean, toEnglish: boolean): { at: Map<number, SpelledInQuestion>; within: Set<number> } {
    const at = new Map<number, SpelledInQuestion>();
    const within = new Set<number>();
    const norms = tokens.map((t) => t.norm);
    tokens.forEach((_, i) => {
      const number = spelledNumberAt(norms, i);
      if (number === undefined || (!number.ordinal && measures(text, tokens, i + number.words - 1))) return;
      // (Also a word only a dated write-up's text numbers: "hari kedua" is "hari 2" where a workshop says "Hari
      // 2:". Not one only undated reference text numbers, "Raja 2" of an encyclopedia: "raja pertama" is its first
      // king.)
      const numbered = (w: string) => this.#numbersWord(w) || this.#titleNumbersBeside(w, number.n);
      const numbers = unique(
        besideSpelled(text, tokens, i, number).flatMap((w) => [...this.#withTranslations(w, english), ...(toEnglish ? this.#englishOf(w) : [])].filter(numbered)),
      );
      if (numbers.length === 0) return;
      at.set(i, { n: number.n, numbers, word: norms.slice(i, i + number.words).join('') });
      for (let k = 1; k < number.words; k++) within.add(i + k);
    });
    return { at, within };
  }

  /**
   * Whether a question's number in words beside the word may be an event's number (see #numbersSpelled): write-ups
   * number it in a title, or a dated write-up's text does ("hari kedua" is "hari 2" where a workshop says "Hari
   * 2:"), not only undated reference text ("Raja 2" of an encyclopedia: "raja pertama" is its first king), and no
   * date word.
   */
  #numbersWord(w: string): boolean {
    return !isDateWord(w) && this.#isNumberedWord(w) && (this.#documentFrequency(w, TITLE) > 0 || this.#isDatedTextNumbered(w));
  }

  /**
   * For "terakhir" after, or "last" before, a word dated write-ups number in their text and no title numbers (see
   * QueryGroup.last), that word's forms (for an English question with its translations: "hari" of "the last day");
   * null elsewhere. A word a title numbers names write-ups ("meetup" of "Meetup Komunitas Data #7"): its last is
   * the newest, as recency.ts reads "meetup terakhir"; and elsewhere "terakhir" is a word ("pemimpin terakhir").
   */
  #lastNumbered(text: string, tokens: Token[], i: number, english: boolean): string[] | null {
    const forms = this.#besideLast(text, tokens, i, english);
    // (Told null first, as it is for every word but "last" and "terakhir": no helper made for those.)
    if (forms === null) return null;
    return forms.some((w) => this.#numbersWord(w) && this.#isDatedTextNumbered(w) && !this.#titleNumbered().has(w)) ? forms : null;
  }

  /**
   * For "terakhir" or "last" at `i`, the forms of the word it says is the last (see #lastNumbered, #lastOfTitled):
   * the word after "last" or before "terakhir", for an English question with its translations; null for any other
   * word.
   */
  #besideLast(text: string, tokens: Token[], i: number, english: boolean): string[] | null {
    const norm = tokens[i]!.norm;
    if (norm !== 'terakhir' && norm !== 'last') return null;
    const as: SpelledNumber = { n: '', ordinal: true, english: norm === 'last', words: 1 };
    return unique(besideSpelled(text, tokens, i, as).flatMap((w) => this.#withTranslations(w, english)));
  }

  /**
   * For an Indonesian question over English write-ups, the English of a word a number stands beside, as
   * #translateToEnglish reads it: "hari pertama" is "Day 1" of an English title, "bagian kedua" its "Part 2", as
   * "day 1" and "part 2" are. Without it only the Indonesian word was tried, which English titles never number, so
   * "siapa keynote hari pertama" ranked the second day's keynote above the first's.
   */
  #englishOf(w: string): string[] {
    return this.#translateToEnglish([w], stemsOf(w, this.reading), []).flatMap((a) => a.surface);
  }

  /** The word, and for an English question its translations (a number's word beside it may be either). */
  #withTranslations(w: string, english: boolean): string[] {
    return [w, ...(english ? this.#translate([w]).flatMap((a) => a.surface) : [])];
  }

  /**
   * Whether some title has the word right before the number `n` (in digits, "#n" or "ke-n"): "Batch" of "Bootcamp
   * Data Science Batch 5", "Seri" of "Webinar Seri 2", "Angkatan" of "Kelas Python Angkatan ke-3". The title's
   * name counts its first word (a bootcamp, a webinar: see countedWords), but a member names the event by the word
   * its number follows as well: "batch kelima", "webinar seri kedua", "angkatan ketiga" are those write-ups, as
   * "batch 5" is. Only with that number: "Data" of "Meetup Komunitas Data #7" is a topic, and "data pertama" of a
   * corpus without a "Data #1" stays the first data.
   */
  #titleNumbersBeside(word: string, n: string): boolean {
    return this.#numberedWords.beside.get(word)?.has(n) ?? false;
  }

  /**
   * Whether the word at `i` is "terakhir" after, or "last" before, a word titles number ("kopdar terakhir", "the
   * last kopdar"): it then asks only which write-up, the newest, as "terbaru" does (see recency.ts); as a word,
   * which no write-up of a kopdar need say, it left "kopdar terakhir dimana" unanswered.
   */
  #lastOfTitled(text: string, tokens: Token[], i: number, english: boolean): boolean {
    return this.#besideLast(text, tokens, i, english)?.some((w) => this.#titleNumbered().has(w)) ?? false;
  }

  /** The words titles number (see countedWords): "meetup" of "Meetup Komunitas Data #7". */
  #titleNumbered(): ReadonlySet<string> {
    // (Read with the numbered words, of which they are the titles' part: see #collectNumberedWords.)
    return this.#numberedWords.byTitles;
  }

  /** #titleNumbered, for readDocument to call only when it needs it (made once, not once a document read). */
  readonly #titleNumberedLater = (): ReadonlySet<string> => this.#titleNumbered();

  /**
   * Whether the title of the passage's document numbers one of `words` with numbers none of which is the one `g`
   * asks ("Garuda Cup Season 2", "Garuda Cup S2" for "season 1"): that write-up is another edition's, whatever its
   * text mentions.
   */
  #titleNumbersOther(passage: Passage, g: QueryGroup, words: readonly string[]): boolean {
    const n = askedNumbers(g)[0];
    if (n === undefined || !passage.title) return false;
    let read = this.#titleNumberingsMemo.get(passage.docId);
    if (read === undefined) {
      // (A title may write the number short, "GARUDA CUP S2 results", where the others write "Season 2": see
      // readNumberedShortForms.)
      const title = readNumberedShortForms(passage.title, this.#titleWordOpened);
      read = numberings(title, this.#englishDocs.has(passage.docId), this.#titleNumbered(), false);
      this.#titleNumberingsMemo.set(passage.docId, read);
    }
    const own = read.filter((x) => x.words.some((w) => words.includes(w)));
    if (own.length === 0 || own.some((x) => x.numbers.includes(n))) return false;
    // (Unless its text numbers the word with several other numbers: the meeting "… di Balai RT 03" is RT 01's and
    // RT 05's too; see DocumentWords.titleNumbered.)
    const titled = this.documentWords(passage.docId).titleNumbered;
    return words.some((w) => titled.has(w));
  }

  /** What passage `id` numbers (see numberings), read as its language reads numbers. */
  #numberings(id: number): readonly Numbering[] {
    let read = this.#numberingsMemo.get(id);
    if (read !== undefined) return read;
    // (A later part of a section numbers what its heading numbers: "## Jadwal Hari Pertama" over the table's second
    // part, see Passage.sectionHeading. And a later part of a long table is read under its header row, so that its
    // rows' numbers are numbered by their columns as the first part's are: see columnNumbering.)
    const p = this.#byNumber[id]!;
    const rows = underHeaderRow(p);
    const text = p.sectionHeading === undefined ? rows : `${p.sectionHeading}\n\n${rows}`;
    this.#numberingsMemo.set(id, (read = numberings(text, this.#english.has(id), this.#titleNumbered(), namesWinners(p.title))));
    return read;
  }

  /**
   * Each dated write-up's highest number of one of `words` in its text, by document id: "Hari 1:", "Hari 2:" → 2;
   * "Hari pertama", "Hari kedua", "Hari ketiga" → 3; "Hari 1:", "Hari 2-3:" → 3 (see numberings). Only numbers
   * 1–99: a day or a session, not a year.
   */
  #lastNumbers(words: readonly string[]): ReadonlyMap<string, number> {
    const key = words.join('\u0000');
    const cached = this.#lastNumbersMemo.get(key);
    if (cached) return cached;
    const out = new Map<string, number>();
    this.#byNumber.forEach((p, id) => {
      if (this.#documents.get(p.docId)![0]!.date == null) return;
      for (const x of this.#numberings(id)) {
        if (!x.words.some((w) => words.includes(w))) continue;
        for (const d of numbersOf(x.written)) if (/^\d{1,2}$/u.test(d) && Number(d) > (out.get(p.docId) ?? 0)) out.set(p.docId, Number(d));
      }
    });
    this.#lastNumbersMemo.set(key, out);
    return out;
  }

  /**
   * For a question's number beside a word write-ups number (QueryGroup.numbers: "hari" of "hari 2", "meetup" of
   * "meetup ke-2"), the forms of that word a passage may number it with: the word, and for an English question its
   * translations ("hari" of "day 2"). Null for any other group, and where no write-up numbers the word (over
   * untitled reference text a number beside a word is as often an amount or a name's: "Apollo 11").
   */
  #numberedForms(g: QueryGroup, groups: readonly QueryGroup[]): string[] | null {
    if (g.numbers === undefined || g.identifies !== true) return null;
    const forms = unique(
      g.numbers.flatMap((w) => [w, ...groups.filter((o) => o.surface.includes(w)).flatMap((o) => o.alternatives.filter((a) => a.kind === 'translation').flatMap((a) => a.surface))]),
    );
    return forms.some((w) => this.#isNumberedWord(w)) ? forms : null;
  }

  /**
   * The words of each titled document's title (as indexed: see surfaceTerms), and whether it is dated, by document
   * id. Untitled documents (reference text) are not listed.
   */
  titleWords(): ReadonlyMap<string, TitleWords> {
    return (this.#titleWords ??= runNow(this.#collectTitleWords()));
  }

  /** See titleWords: read from each document's first passage, pausing every PREPARE_STEP documents. */
  *#collectTitleWords(): Steps<Map<string, TitleWords>> {
    const titles = new Map<string, TitleWords>();
    let read = 0;
    for (const [docId, passages] of this.#documents) {
      const first = passages[0];
      if (!first?.title) continue;
      // (With a number it writes short spelled out too, "S2" of "GARUDA CUP S2 results" where the others title
      // "Season 2": the same season's write-up, of the same kind; see readNumberedShortForms.)
      const words = new Set(surfaceTerms(first.title));
      const spelled = readNumberedShortForms(first.title, this.#titleWordOpened);
      if (spelled !== first.title) for (const w of surfaceTerms(spelled)) words.add(w);
      titles.set(docId, { words, dated: first.date !== null });
      if (++read % PREPARE_STEP === 0) yield;
    }
    return titles;
  }

  /**
   * Whether the question word at `i`, typed in lower case and no word of any title, stands where a word says which
   * event of a kind it means: right after a kind of event (QueryGroup.kind) in Indonesian ("turnamen voli",
   * "pendakian sindoro", "gunung slamet"), right before one in an English question ("the chess tournament"; not in
   * one that may be either: "kemah dimana waktu papandayan" asks when at Papandayan). Read as a mere word, the
   * kind and the question's other words were most of the question and another event of the kind answered it:
   * "siapa juara turnamen voli" with the badminton tournament's winners, "berapa biaya pendakian ke gunung slamet"
   * with another mountain's fee. A member types a name in lower case as often as not, and the word that says which
   * event is as much a name as "Go" of "the Go workshop" (see naming in answer.ts). A word of some title is a kind
   * itself ("turnamen futsal", "lomba foto"), judged as such; the words that ask which one or when ("terakhir",
   * "berikutnya", "kemarin", numbers, dates) are read before this.
   */
  #namesKind(text: string, tokens: readonly Token[], i: number, english: boolean, asks: AskedType | null): boolean {
    const token = tokens[i]!;
    const kind = tokens[english ? i + 1 : i - 1];
    if (kind === undefined || isNameAt(text, token.start) || isNameAt(text, kind.start) || isStopwordWithClitic(kind.norm)) return false;
    // (Only a word beside it: "pendakian ke gunung slamet" names the mountain through "gunung", a kind too.)
    if (text.slice(english ? token.end : kind.end, english ? kind.start : token.start).trim() !== '') return false;
    // (Nor an English verb, right after the question's subject: "closed" of "who closed riuh fest", "buy" of "where
    // can I buy tickets" say what happened, not which festival; see subject-verb.ts.)
    if (english && followsSubject(tokens, i, (this.#lexicon?.irregularRelatives?.(token.norm) ?? []).length > 0)) return false;
    // (In English, a kind the titles write in Indonesian: "tournament" of "Turnamen Bulu Tangkis".)
    const translated = (w: string) => (english && this.#lexicon !== null ? this.#translate([w]).flatMap((a) => a.surface) : []);
    if (!wordsOf(kind.norm).some((w) => this.#isTitleWord(w) || translated(w).some((t) => this.#isTitleWord(t)))) return false;
    // (Nor a word the corpus uses as an ordinary word beside that kind: see #ordinaryBesideKind.)
    if (this.#ordinaryBesideKind(token.norm, kind.norm, english)) return false;
    // Not a word that counts ("the second day", "pembicara pertama": see number-words.ts), nor a typo of a word
    // the write-ups have ("workshop dockr" is the Docker workshop), nor a fragment of one or two letters (a
    // question cut off mid-word, a chat's "yg").
    const words = wordsOf(token.norm);
    // (A typo of a word some passage has, or of another form of a root some passage has, see #typoOfKnown; not of
    // a stopword: "lari" is no "dari".)
    const typo = (w: string) => this.#documentFrequency(w, WORDS) === 0 && this.#typoOfKnown(w, { stopwords: false });
    // (Nor "terakhir", "last", which ask for the newest while staying words: "pengajian terakhir" is the last
    // one.) (Nor a word of price or of the clock that asks what the question wants, "bayar" of "kopdar bogor bayar
    // brp": it asks for the fee, and read as a name the write-up, which never says "bayar", did not name it.)
    const label = (w: string) => asks !== null && isAskedTypeLabel(w, asks);
    // (Nor a word that names the measure asked, "tingginya" of "merbabu tingginya brp", "lama" of "camping lama
    // brp": it asks the height or the length of time, and read as a name the write-up that states "3.142 mdpl" and
    // never says "tinggi" did not name its own mountain.)
    const measure = (w: string) => namesMeasure(w) && answerSlot(text)?.slot.type === 'measure';
    // (Nor an Indonesian passive verb, "diadakan" of "hackathon diadakan di mana": what the event was, not which;
    // read as a name, a write-up that says "held" or nothing of it in Indonesian did not name its own hackathon.)
    const passive = (w: string) => !english && stemsOf(w, this.reading).some((r) => [`di${r}`, `di${r}kan`, `di${r}i`].includes(w));
    // (Nor an English superlative, "biggest" of "the biggest audience", "best" of "the best participants": it asks
    // which of them, as "latest" does, and names no event.)
    return !words.some((w, j) => w.length < 3 || spelledNumberAt(words, j) !== undefined || alsoAsksNewest(w) || label(w) || measure(w) || typo(w) || passive(w) || (english && this.#isSuperlative(w)));
  }

  /**
   * Whether a word typed beside a kind of event (`kind`, as typed) is one the corpus uses as an ordinary word, not
   * as a name that says which event of the kind: a word the write-ups titled with that kind head a section or a
   * table's column with (attributeWords: "grup" of the cosplay results' "## Kategori grup", a category of the
   * contest, typed "group" in "who won the group cosplay category"), or, in an Indonesian question, an English
   * loanword of chat the corpus writes in lower case and no write-up of that kind has ("full" of "sewa booth bazar
   * ramadan full sebulan", the whole month). Read as naming the event, the write-up that answers did not name it.
   * Not a word the corpus writes as a name (capitalised inside a sentence more often than in lower case: a table's
   * "Grup" column or a list's "**Grup**:" leaves "grup" a word), nor one it lacks ("golang" of "workshop
   * golang" still names a workshop no write-up has). Its forms are the word as typed and, in an English question,
   * its translations.
   */
  #ordinaryBesideKind(word: string, kind: string, english: boolean): boolean {
    const forms = [word];
    if (english && this.#lexicon !== null) for (const a of this.#translate([word])) if (!a.related && !a.synonym) forms.push(...a.surface);
    for (const f of forms) if ((this.#asName.get(f) ?? 0) > this.#lowerCase.uses(f)) return false;
    const kinds: string[] = [];
    for (const w of wordsOf(kind)) kinds.push(...this.#withTranslations(w, english));
    const loanword = !english && this.#lowerCase.uses(word) > 0 && !isIndonesianWord(word) && this.#lexicon?.knows?.(word) === true;
    const titled: string[] = [];
    for (const [docId, title] of this.titleWords()) {
      if (!hasAny(title.words, kinds)) continue;
      // (A title that says it names its write-up's event by it: "product" of "the product photo workshop" over
      // "Workshop Foto Produk", whose first heading repeats the title.)
      if (hasAny(title.words, forms)) return false;
      titled.push(docId);
    }
    let kindSays = false;
    // (Only the write-ups whose passages or title the index says have the word are read whole: reading every one of
    // the kind, each question that typed such a word read them all again once they outgrew documentWords' store.)
    const writing = loanword ? this.#documentsWriting(word) : null;
    for (const docId of titled) {
      let attributes = this.#attributes.get(docId);
      if (attributes === undefined) this.#attributes.set(docId, (attributes = attributeWords(this.passagesOf(docId).map(passageText))));
      if (hasAny(attributes, forms)) return true;
      if (loanword && !kindSays && writing!.has(docId)) kindSays = this.documentWords(docId).words.has(word);
    }
    return loanword && !kindSays;
  }

  /** The documents one of whose passages' words or whose title has `word` (as indexed), by their ids. */
  #documentsWriting(word: string): Set<string> {
    const out = new Set<string>();
    for (const field of [WORDS, TITLE]) for (const id of this.#termScores(word, field).keys()) out.add(this.#byNumber[id]!.docId);
    return out;
  }

  /**
   * Whether an English word is a superlative adjective: "best", "most", or an -est form of an adjective the lexicon
   * knows ("biggest" of big, "largest" of large, "earliest" of early); not "forest" ("for" is a stopword) nor
   * "contest", whose stem is no word. Only a word the lexicon knows and reads as that adjective: not a name it does
   * not know, "everest" typed in lower case (whose "ever" it knows), nor a word of its own, "interest", "priest".
   */
  #isSuperlative(w: string): boolean {
    if (IRREGULAR_SUPERLATIVES.has(w)) return true;
    const lexicon = this.#lexicon;
    if (!w.endsWith('est') || w.length < 6 || lexicon?.knows === undefined || !lexicon.knows(w)) return false;
    const own = lexicon.lookup(w)[0];
    // (English spelling's base forms of an -est word: "bigg", "big", "bigge" of "biggest", "early" of "earliest".)
    for (const b of baseFormCandidates(w)) {
      if (!isStopword(b) && lexicon.knows(b) && (own === undefined || lexicon.lookup(b)[0] === own)) return true;
    }
    return false;
  }

  /**
   * Whether a question word is a title's word that names a kind of event only before a common word its write-ups
   * always give it ("time" of "Time Trial"), typed without that word after it: then it is the everyday word, not
   * the kind (see title-phrases.ts).
   */
  #titlePhraseOnly(norm: string, tokens: readonly Token[], i: number): boolean {
    const phrase = this.#titlePhrasesOf().get(norm);
    return phrase !== undefined && tokens[i + 1]?.norm !== phrase.companion;
  }

  /** See #titlePhraseOnly: read once for the index's life, with the titles' words (see #prepare). */
  #titlePhrasesOf(): ReadonlyMap<string, TitlePhrase> {
    return (this.#titlePhrases ??= titlePhrases(
      [...this.titleWords()].map(([docId, { words }]) => ({ words, title: this.passagesOf(docId)[0]?.title ?? '', texts: this.passagesOf(docId).map((p) => p.text) })),
      (w) => this.#lowerCase.uses(w),
      (w) => this.#lexicon?.knows?.(w) === true,
    ));
  }

  /**
   * Whether a question word may say what kind of event it asks about (see QueryGroup.kind): a word of some title,
   * not a date's word nor a number (dates and numbers have rules of their own).
   */
  #isTitleWord(word: string): boolean {
    // (Nor a weekday or a span of time, "minggu" of "Pasar Minggu": see calendar-spans.ts.)
    if (isDateWord(word) || HAS_NUMERAL.test(word) || isCalendarSpan(word)) return false;
    return this.everyTitleWord().has(word);
  }

  /** Every title's words together (#anyTitleWords), read on first use: what names events, not people. */
  everyTitleWord(): ReadonlySet<string> {
    return (this.#anyTitleWords ??= new Set([...this.titleWords().values()].flatMap((t) => [...t.words])));
  }

  /**
   * Whether write-ups number the word, so that an ordinal beside it may be an event's number: the word that names
   * what a number counts (see countedWords), in a title ("meetup" of "Meetup Komunitas Data #7", "The Eleventh
   * Meetup") or in a text that numbers it in digits ("Hari 2", "Meetup ke-7"). Not the title's other words: "data
   * pertama yang dibersihkan" of meetup #7's write-up is the first data cleaned there, no data #1. A word only of
   * unnumbered titles ("Pembicara Tamu: Hari Data Nasional") numbers nothing: "pembicara pertama" there is the
   * first speaker.
   */
  #isNumberedWord(word: string): boolean {
    return this.#numberedWords.words.has(word);
  }

  /** See #numbered: read on first use where the index was not prepared (see #prepare). */
  get #numberedWords(): NumberedWords {
    return (this.#numbered ??= runNow(this.#collectNumberedWords()));
  }

  /**
   * See #isNumberedWord: what each titled document's title counts, and what its passages' numbers count (read with
   * them, AnalysedDoc.counted), pausing every PREPARE_STEP documents.
   */
  *#collectNumberedWords(): Steps<NumberedWords> {
    const words = new Set<string>();
    const english = this.#englishDocs;
    const titled = new Set<string>();
    const byTitles = new Set<string>();
    // An Indonesian write-up may title its events in English order: "Data Meetup #7", "Jakarta JS Meetup 12" count
    // meetups, as "Meetup Komunitas Data #7" does. Where a name has several words before its number, the corpus
    // says which order it is in: its last word is what it counts where that word is a kind of event elsewhere and
    // its first is not (a name of one word before a number, "Meetup ke-7 diadakan", "Kopdar #3"; the head of an
    // English write-up's name; the last word of names that start differently, "Data Meetup", "Jakarta JS Meetup"),
    // or where its first word is a topic inside another title's name and its last is not ("Data" of "Keamanan
    // Data Pribadi"). Otherwise it is read in Indonesian order, as before: its first word.
    const kinds = new Set<string>();
    const topics = new Set<string>();
    const beside = new Map<string, Set<string>>();
    const twoWay: CountedName[] = [];
    let read = 0;
    for (const [docId, passages] of this.#documents) {
      const first = passages[0];
      if (!first?.title) continue;
      titled.add(docId);
      for (const name of countedWords(first.title, english.has(docId))) {
        if (name.englishOrder !== undefined) twoWay.push(name);
        else {
          byTitles.add(name.head);
          kinds.add(name.head);
        }
      }
      for (const w of innerWords(first.title)) topics.add(w);
      const tokens = tokenize(first.title);
      tokens.forEach((t, i) => {
        const n = /^(?:#?|ke-?)(\d{1,2})$/u.exec(t.norm)?.[1];
        if (n === undefined || isMarker(first.title, t)) return;
        for (const w of besideNumber(first.title, tokens, i)) beside.set(w, (beside.get(w) ?? new Set()).add(String(Number(n))));
      });
      if (++read % PREPARE_STEP === 0) yield;
    }
    for (const [id, heads] of this.#counted) {
      if (!titled.has(this.#byNumber[id]!.docId)) continue;
      const k = this.#english.has(id) ? 1 : 0;
      for (const h of heads) if (h[k] !== undefined && (k === 1 || h[2])) kinds.add(h[k]!);
    }
    const starts = new Map<string, Set<string>>();
    for (const { head, englishOrder } of twoWay) starts.set(englishOrder!, (starts.get(englishOrder!) ?? new Set()).add(head));
    for (const [last, firsts] of starts) if (firsts.size >= 2) kinds.add(last);
    for (const { head, englishOrder } of twoWay) {
      const last = englishOrder!;
      // With no evidence either way (one series, "Data Meetup #N", in a corpus that says nothing else of meetups
      // or of data), the name as a whole is what the number counts: both its first and its last word are numbered,
      // so "meetup terakhir" finds the newest of them as "data terakhir" does, rather than guessing Indonesian
      // order.
      if (!kinds.has(head) && !kinds.has(last) && !topics.has(head) && !topics.has(last)) {
        byTitles.add(head).add(last);
        continue;
      }
      const inEnglishOrder = kinds.has(head) ? false : kinds.has(last) || (topics.has(head) && !topics.has(last));
      byTitles.add(inEnglishOrder ? last : head);
    }
    for (const w of byTitles) words.add(w);
    // (What a titled write-up's text numbers, and apart, what a dated one's does: one reading of each number.)
    const datedText = new Set<string>();
    for (const [id, heads] of this.#counted) {
      const passage = this.#byNumber[id]!;
      const inTitled = titled.has(passage.docId);
      if (!inTitled && passage.date === null) continue;
      const k = this.#english.has(id) ? 1 : 0;
      for (const h of heads) {
        const head = countedHead(h, k, byTitles);
        if (head === undefined) continue;
        if (inTitled) words.add(head);
        if (passage.date !== null) datedText.add(head);
      }
    }
    return { words, byTitles, beside, datedText };
  }

  /** Whether the title of the passage's document has the word (as indexed: see surfaceTerms). */
  #titleHas(id: number, word: string): boolean {
    return this.titleWords().get(this.#byNumber[id]!.docId)?.words.has(word) ?? false;
  }

  /**
   * Whether a dated write-up's text numbers the word in digits ("Hari 2:" of a workshop's; see #isNumberedWord).
   */
  #isDatedTextNumbered(word: string): boolean {
    return this.#numberedWords.datedText.has(word);
  }

  /**
   * Acronym expansions for the question's tokens, by token index: an acronym the corpus defines expands to its
   * long form ("BPS" → badan pusat statistik), and every word of a long form the question spells out gains the
   * acronym ("Kebun Raya Cibodas" → krc), since passages after the first use only the short form. An acronym
   * counts as one only when typed with two capitals or more: "pin" or "as" typed in lower case are words.
   */
  #acronymExpansions(text: string, tokens: Token[]): Map<number, string[][]> {
    const out = new Map<number, string[][]>();
    if (this.#acronyms.size === 0 && this.#aliases.size === 0) return out;
    const push = (i: number, words: string[]) => {
      const content = words.filter((w) => !isStopword(w));
      if (content.length > 0) out.set(i, [...(out.get(i) ?? []), content]);
    };
    tokens.forEach((token, i) => {
      if (this.#isDefinedAcronym(text, token)) push(i, this.#acronyms.get(token.norm)!);
      const alias = this.#aliases.get(token.norm);
      if (alias) push(i, alias);
      for (const { words, short } of this.#longForms.get(token.norm) ?? []) {
        if (words.every((w, k) => tokens[i + k]?.norm === w)) words.forEach((_, k) => push(i + k, [short]));
      }
    });
    return out;
  }

  /**
   * A question word without the particle Indonesian attaches to the word a question is about ("tahunkah",
   * "jeniskah", "siapapun") or the possessive ("forumnya", "acaramu"): the particle asks, the word tells. Only
   * when the corpus lacks the whole form and has the bare one (or the bare one is a stopword), so that words which
   * merely end so ("sekolah", "langkah", "ilmu") stay.
   */
  #withoutParticle(norm: string): string {
    const m = WITH_PARTICLE.exec(norm);
    if (!m) return norm;
    const base = m[1]!;
    // A word of its own ("makalah", "bangku") is not its remainder plus a particle, even when the corpus lacks it.
    if (isRootWord(norm) || this.#documentFrequency(norm, WORDS) > 0) return norm;
    return isStopword(base) || this.#documentFrequency(base, WORDS) > 0 ? base : norm;
  }

  /**
   * The long form of an acronym the corpus never writes nor defines, read from initials (see acronyms.ts): a
   * question's all-capitals word of three letters or more that no passage or title contains, whose letters are the
   * initials of a run of capitalised words. Only when every such run in the corpus is the same name: a guess from
   * initials is no definition, and two names with one set of initials mean the corpus does not say which is meant;
   * reading both would make any write-up naming either count as naming what the question names (see answer.ts).
   */
  #initialsExpansion(text: string, token: Token): string[] | null {
    const typed = text.slice(token.start, token.end);
    if (!isInitialism(typed) || this.#acronyms.has(token.norm) || wordsOf(token.norm).length === 0) return null;
    if (this.#documentFrequency(token.norm, WORDS) > 0 || this.#documentFrequency(token.norm, TITLE) > 0) return null;
    let found: string[] | null = null;
    for (const written of this.#runs.get(typed) ?? []) {
      const words = tokenize(written)
        .map((t) => t.norm)
        .filter((w) => !isStopword(w));
      if (found === null) found = words;
      else if (found.join(' ') !== words.join(' ')) return null;
    }
    return found;
  }

  /**
   * The corpus word a question's chat abbreviation spells ("tmpt" → tempat, see abbreviations.ts), or the root a
   * spoken form stands for ("disiarin" → siar, see colloquial.ts), or the word two swapped letters spell back
   * ("dokcer" → docker, see swaps.ts), when the word is none of the corpus's own, no word of Indonesian or of the
   * lexicon's English, and no acronym: not typed with capitals (bar a sentence's first letter), not defined by the
   * corpus, not the initials of a name it writes ("dpr" where it names the Dewan Perwakilan Rakyat is that, not
   * "dapur").
   */
  #abbreviated(text: string, token: Token, surface: string[]): string | undefined {
    if (surface.length !== 1) return undefined;
    const word = surface[0]!;
    const typed = text.slice(token.start, token.end);
    if (HAS_CAPITAL.test(typed.slice(1)) || isNameAt(text, token.start)) return undefined;
    if (this.#written(word)) return undefined;
    if (this.#acronyms.has(word) || this.#runs.has(word.toUpperCase()) || isIndonesianWord(word)) return undefined;
    if ((this.#lexicon?.lookup(word).length ?? 0) > 0) return undefined;
    // A spoken form ("disiarin", "ngajarin") is read as the root the corpus has (see colloquial.ts), or as the
    // stopword it spells ("dapet" of dapat), which asks nothing.
    const spoken = colloquialRoots(word).find((root) => isStopword(root) || this.#documentFrequency(root, WORDS) > 0);
    // Two letters swapped ("wokrshop", "dokcer"): the one corpus word the swap spells back (see swaps.ts), or the
    // stopword ("ynag" of yang), which asks nothing, as a spoken form's does: kept, it was a word no write-up has.
    // A word clipped below the prefix search's length ("maks" of maksimal, see Abbreviations.clipped): the one
    // family of corpus words it begins. Before the swap, which reads "maks" as "mask", the stem of a write-up's
    // "masking": a clipping of a word the corpus writes is likelier than a slip that spells a rarer one.
    const clipped = spoken === undefined ? this.#clippedCorpusWord(word) : undefined;
    const swapped = spoken === undefined && clipped === undefined ? swappedSpellings(word).filter((w) => isStopword(w) || this.#documentFrequency(w, WORDS) > 0) : [];
    const expanded = spoken ?? clipped ?? (swapped.length === 1 ? swapped[0] : this.#expandAbbreviation(word));
    // Not a day named relative to asking ("bsk", "besko" of besok): the word itself is the write-ups' own "besok",
    // of their own day, which relative-days.ts keeps questions from being answered with.
    return expanded !== undefined && namesRelativeDay(expanded) ? undefined : expanded;
  }

  /**
   * The English headwords a word clipped in chat stands for ("regis" → register, "admin" → administration,
   * administrator): the one-word headwords it begins, when they are one family (one Porter stem). Only for a word
   * the prefix search cannot read (RANKING.prefixMinLength letters or more, and no corpus word begins with it:
   * "regis" where the write-ups say "registrasi" is found so already), that is no corpus word, no word of
   * Indonesian or of the lexicon, and no typo of a corpus word. None where the family is not one ("organ" begins
   * organ, organism, organization).
   */
  #clippedEnglish(surface: string[]): string[] {
    const beginning = this.#lexicon?.beginning;
    if (beginning === undefined || surface.length !== 1) return [];
    const word = surface[0]!;
    // (An Indonesian root word, or one its stemmer reads to a root: not isIndonesianWord, whose Porter stems read
    // "regis" as the root "regi".)
    if (word.length < RANKING.prefixMinLength || !PLAIN_WORD.test(word) || isRootWord(word) || isRootWord(indonesianStem(word))) return [];
    if (this.#written(word)) return [];
    if (this.#lexicon!.lookup(word).length > 0 || this.#lexicon!.knows?.(word) === true) return [];
    const heads = beginning.call(this.#lexicon, word);
    if (heads.length === 0 || this.#mini.termsBeginning(word, WORDS).length > 0 || this.#typoOfKnown(word)) return [];
    const stem = PorterStemmer.stem(heads[0]!);
    for (const h of heads) if (PorterStemmer.stem(h) !== stem) return [];
    return [...heads];
  }

  /**
   * The question's stopwords that say which one of a thing ("saldo akhir", the closing balance, beside "saldo
   * awal"; "anggota baru", "lantai atas") read as words, but only beside the word they qualify. A stopword the
   * lexicon reads to an English content word (see content-stopwords.ts), typed right beside a question word (spaces
   * only between them), ranks the passages that write the two side by side in the same order above those that have
   * the word alone (see QueryGroup.pair); elsewhere it stays a stopword, as before: the stopwords are mostly
   * function words, and counted as words everywhere they ranked passages that use them so ("mulai" of "mulai pukul
   * berapa"). Counted in coverage too (a group of its own), the pair moved tydiqa-id's "mata uang", "orang tua",
   * "pertama kali" questions down (MRR@10 0.837 → 0.834) and left some unanswered: a passage that says "ayahnya"
   * answers "orang tua" as well. Read only in passages that have both words: beyond PAIR_PASSAGES of those the
   * pair is not read.
   */
  #stopwordPairs(text: string, tokens: readonly Token[], byToken: ReadonlyMap<number, QueryGroup>): void {
    if (this.#contentStops.size === 0) return;
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const stop = tokens[i]!.norm;
      const stopTerms = this.#contentStops.get(stop);
      if (stopTerms === undefined || byToken.has(i) || seen.has(stop)) continue;
      for (const j of [i - 1, i + 1]) {
        const g = byToken.get(j);
        if (g === undefined || g.pair !== undefined || g.surface.length !== 1 || g.identifies || hasNumeral(g.surface[0]!)) continue;
        if (!spacedOnly(text, tokens[Math.min(i, j)]!.end, tokens[Math.max(i, j)]!.start)) continue;
        const word = g.surface[0]!;
        const passages = this.#pairPassages(j < i ? word : stop, j < i ? stop : word, word, stopTerms);
        if (passages.size === 0) continue;
        seen.add(stop);
        const n = this.#mini.documentCount + RANKING.priorPassages;
        g.pair = { stop, passages, weight: Math.log(1 + (n - passages.size + 0.5) / (passages.size + 0.5)) };
        break;
      }
    }
  }

  /** #writtenSideBySide's passages for a pair, from #pairs when read before (see there). */
  #pairPassages(first: string, second: string, word: string, stopTerms: readonly string[]): ReadonlySet<number> {
    // (The stopword's terms are the stopword's own, and `word` is `first` or `second`: the key says both.)
    const key = `${first} ${second} ${word === first ? 1 : 2}`;
    // A word no write-up has is beside the stopword in none, and tells so without reading a passage: not kept, so
    // that a stream of junk beside a stopword ("akhir zqax", "akhir zqbx", ...) lets go no pair worth keeping.
    if (this.#documentFrequency(word, WORDS) === 0) return NO_PASSAGES;
    return this.#pairs.get(key, () => this.#writtenSideBySide(first, second, word, stopTerms));
  }

  /** The stopword pairs kept (see #pairs) and the passages they hold. */
  get pairPassagesHeld(): { pairs: number; passages: number } {
    return { pairs: this.#pairs.size, passages: this.#pairs.held };
  }

  /**
   * The question's Indonesian ordinals of one word, "kedua" to "kesebelas", "keseratus" ("ketiga"; not "pertama",
   * which counts nothing), typed right beside a question word, spaces only between them: after it where a word
   * stands before (the question's order, "sutradara ketiga"), else before the word after it ("siapa ketiga
   * sutradara"). Each gets the passages that write it beside that word the other way round, and nowhere else
   * (QueryGroup.otherWay): "diskusi bersama ketiga sutradara" is no answer to "siapa sutradara ketiga", which the
   * list's third film's director is, and ranked above it on the two words side by side. Not an ordinal that
   * numbers an event ("meetup ketiga" where write-ups number meetups: QueryGroup.identifies), whose digits find it.
   */
  #ordinalsOtherWay(text: string, tokens: readonly Token[], byToken: ReadonlyMap<number, QueryGroup>): void {
    for (let i = 0; i < tokens.length; i++) {
      const g = byToken.get(i);
      if (g === undefined || g.identifies || g.surface.length !== 1 || !isCountingOrdinal(g.surface[0]!)) continue;
      const before = byToken.get(i - 1);
      const j = before !== undefined && spacedOnly(text, tokens[i - 1]!.end, tokens[i]!.start) ? i - 1 : i + 1;
      const noun = byToken.get(j);
      if (noun === undefined || noun.surface.length !== 1 || (j > i && !spacedOnly(text, tokens[i]!.end, tokens[j]!.start))) continue;
      const ordinal = g.surface[0]!;
      const passages = this.#onlyOtherWay(ordinal, noun.surface[0]!, j < i);
      if (passages.size > 0) g.otherWay = passages;
    }
  }

  /**
   * The passages (by number) that write `ordinal` right before `noun` (`after`: the question writes it after the
   * noun) or right after it, spaces only between them, and nowhere else; none when more than PAIR_PASSAGES have
   * both words.
   */
  #onlyOtherWay(ordinal: string, noun: string, after: boolean): Set<number> {
    const withNoun = this.#termScores(noun, WORDS);
    const both = new Set<number>();
    for (const id of this.#termScores(ordinal, WORDS).keys()) if (withNoun.has(id)) both.add(id);
    const [first, second] = after ? [ordinal, noun] : [noun, ordinal];
    return this.#spacedIn(both, first, second, (text, ts) => {
      let otherWay = false;
      let elsewhere = false;
      for (let k = 0; k < ts.length && !elsewhere; k++) {
        if (ts[k]!.norm !== ordinal) continue;
        const m = after ? k + 1 : k - 1;
        const beside = ts[m] !== undefined && ts[m]!.norm === noun && spacedOnly(text, ts[Math.min(k, m)]!.end, ts[Math.max(k, m)]!.start);
        if (beside) otherWay = true;
        else elsewhere = true;
      }
      return otherWay && !elsewhere;
    });
  }

  /**
   * The passages (by number) that write `first` right before `second`, spaces only between them, of those that
   * have `word` among their words and one of `stopTerms` in STOPS; none when more than PAIR_PASSAGES have both.
   */
  #writtenSideBySide(first: string, second: string, word: string, stopTerms: readonly string[]): Set<number> {
    const withWord = this.#termScores(word, WORDS);
    const both = new Set<number>();
    // (Which passages have the stopword: not its scores, which the question may never ask for.)
    for (const t of stopTerms) for (const id of this.#mini.documentsWith(t, STOPS)) if (withWord.has(id)) both.add(id);
    return this.#spacedIn(both, first, second, (text, ts) => {
      for (let k = 0; k + 1 < ts.length; k++) if (ts[k]!.norm === first && ts[k + 1]!.norm === second && spacedOnly(text, ts[k]!.end, ts[k + 1]!.start)) return true;
      return false;
    });
  }

  /**
   * Of the passages `ids` (by number), those whose text `reads` true of (given its tokens), where the text,
   * normalised as tokens are, writes `first` and then `second` with spaces or tabs between them: a passage that
   * writes them apart is told so without tokenizing it (on tydiqa-id some 40% of the passages read are such). None
   * when `ids` are more than PAIR_PASSAGES. The reading #writtenSideBySide and #onlyOtherWay share.
   */
  #spacedIn(ids: ReadonlySet<number>, first: string, second: string, reads: (text: string, tokens: readonly Token[]) => boolean): Set<number> {
    const out = new Set<number>();
    if (ids.size > PAIR_PASSAGES) return out;
    const spaced = new RegExp(`${escapedPattern(first)}[ \\t]+${escapedPattern(second)}`, 'u');
    for (const id of ids) {
      const { text } = this.#byNumber[id]!;
      if (spaced.test(normalize(text)) && reads(text, tokenize(text))) out.add(id);
    }
    return out;
  }

  /**
   * The corpus's words that are a question word of two or three letters joined to a number of one or two digits
   * ("bo1", "bo3", "bo5" of "bo"), where the corpus never writes the letters alone: a match format, an episode or
   * a season asked without its number ("BO brp final", "format BO apa"). None for a word the corpus has.
   */
  #joinedToNumbers(surface: string[]): string[] {
    if (surface.length !== 1 || !FEW_LETTERS.test(surface[0]!)) return [];
    const word = surface[0]!;
    if (this.#written(word)) return [];
    const out: string[] = [];
    for (const t of this.#mini.termsBeginning(word, WORDS)) if (ONE_OR_TWO_DIGITS.test(t.slice(word.length))) out.push(t);
    return out;
  }

  /**
   * The phrase a syllable abbreviation stands for (see syllable-abbreviations.ts), under the guards #abbreviated
   * reads a chat abbreviation with (not the corpus's own word, no name, acronym, word of Indonesian or of the
   * lexicon), and no typo of a corpus word.
   */
  #syllableExpansion(text: string, token: Token, surface: string[]): string[] | null {
    if (surface.length !== 1) return null;
    const word = surface[0]!;
    const typed = text.slice(token.start, token.end);
    if (HAS_CAPITAL.test(typed.slice(1)) || isNameAt(text, token.start)) return null;
    if (this.#acronyms.has(word) || this.#runs.has(word.toUpperCase()) || isIndonesianWord(word)) return null;
    if ((this.#lexicon?.lookup(word).length ?? 0) > 0) return null;
    this.#syllables ??= this.#syllableReader();
    // A word the corpus has is read as the two it joins only where the corpus writes them apart more often than
    // joined: "photowalk", a channel's name once, is the photo walk its write-ups name many times.
    const seen = this.#documentFrequency(word, WORDS) + this.#documentFrequency(word, TITLE);
    if (seen > 0) {
      const apart = this.#syllables.joined(word);
      return apart !== null && apart.uses > seen ? apart.words : null;
    }
    // Nor a typo of a word the corpus has ("kitah" of kitab, not "kira tahun"): a slip is likelier than a short form.
    if (this.#typoOfKnown(word)) return null;
    return this.#syllables.expand(word);
  }

  /** The corpus's pairs of consecutive words (SyllableAbbreviations), read when first needed. */
  #syllableReader(): SyllableAbbreviations {
    return new SyllableAbbreviations(
      [...this.passages.values()].map((p) => p.text),
      isContentWord,
    );
  }

  /**
   * Adds to each run of two or three consecutive question content words (of letters alone), a phrase the corpus
   * never writes in full, the corpus word that joins their openings (shortForms), when the corpus has it and the
   * question does not: "pusat kesehatan masyarakat" finds "puskesmas", "program kerja" "proker". Not a function
   * word's opening ("yang akan"), nor a word of the run itself, nor a name (capitalised in the question, or a word
   * the corpus writes only capitalised): "Penghulu Rasyid meninggal" is no "ramen".
   */
  #spelledOutShortForms(text: string, tokens: readonly Token[], groups: QueryGroup[]): void {
    const byWord = new Map<string, QueryGroup>();
    for (const g of groups) if (!byWord.has(g.word)) byWord.set(g.word, g);
    for (let i = 0; i + 1 < tokens.length; i++) {
      for (let n = 2; n <= MAX_SPELLED_WORDS && i + n <= tokens.length; n++) {
        const run = tokens.slice(i, i + n);
        const words: string[] = [];
        const members: QueryGroup[] = [];
        for (const t of run) {
          const g = byWord.get(t.norm);
          // (Words of the language, not names: "sapieha lahir" is no "salah". Nor a name that is also a word of the
          // dictionary, "Rasyid" (rasyid, clever): capitalised in the question, or written only capitalised in the
          // corpus, as a chat types "penghulu rasyid" in lower case.)
          if (g === undefined || !PLAIN_WORD.test(t.norm) || g.surface.length !== 1 || !isContentWord(t.norm) || !isIndonesianWord(t.norm)) break;
          if (isNameAt(text, t.start) || (this.#documentFrequency(t.norm, WORDS) > 0 && !this.#lowerCase.has(t.norm))) break;
          words.push(t.norm);
          members.push(g);
        }
        if (members.length !== n) break;
        for (const form of shortForms(words)) {
          // (A word the corpus writes in lower case: a short form is a word, and "peter" of "pendidikan terakhir" a
          // name.)
          // (Nor, of two words, a word of the language: two openings join into one by chance, "napas" of "nama
          // pasangan", "perak" of "pendapatan rakyat"; three rarely do, and "puskesmas" is in the dictionary.)
          if (byWord.has(form) || isStopword(form) || this.#documentFrequency(form, WORDS) === 0 || !this.#lowerCase.has(form)) continue;
          if (n === 2 && isIndonesianWord(form)) continue;
          // (Nor of a phrase the corpus writes in full: there its words are found as they are, and a short form read
          // from it is a chance join, "babak" of "bahan bakar". Asked last: the corpus's pairs are read on first use.)
          this.#syllables ??= this.#syllableReader();
          if (this.#syllables.writes(words)) break;
          for (const g of members) g.alternatives.push({ ...alternative([form], 'abbreviation', this.reading), guessed: true });
        }
      }
    }
  }

  /** The corpus word a chat abbreviation spells (see abbreviations.ts), its reader made when first needed. */
  #expandAbbreviation(word: string): string | undefined {
    return this.#abbreviationsOfCorpus().expand(word);
  }

  /**
   * The corpus word a word clipped in chat stands for, when the prefix search cannot read it (shorter than
   * RANKING.prefixMinLength) but it has four letters or more ("maks" of maksimal): see Abbreviations.clipped.
   * Three letters say too little ("kat": katalog, kategori, katak).
   */
  #clippedCorpusWord(word: string): string | undefined {
    if (word.length < MIN_CLIPPED_LENGTH || word.length >= RANKING.prefixMinLength) return undefined;
    // (With the stopwords it begins, which the corpus writes but the words field does not hold: "samp" begins
    // "sampai" as well as "sampah", and is not read as rubbish where the corpus writes the two alike.)
    const stops: string[] = [];
    for (const s of STOPWORDS) if (s.startsWith(word)) stops.push(s);
    return this.#abbreviationsOfCorpus().clipped(word, [...this.#mini.termsBeginning(word, WORDS), ...stops]);
  }

  /** The corpus's chat abbreviations (see abbreviations.ts), made at the first question that needs them. */
  #abbreviationsOfCorpus(): Abbreviations {
    this.#abbreviations ??= new Abbreviations(this.#lowerCase, (w) => this.#lowerCase.uses(w), (w) => this.reading(w) ?? indonesianStem(w));
    return this.#abbreviations;
  }

  /** Whether a question token is an acronym the corpus defines, typed as one (two capitals or more). */
  #isDefinedAcronym(text: string, token: Token): boolean {
    return this.#acronyms.has(token.norm) && (text.slice(token.start, token.end).match(/\p{Lu}/gu) ?? []).length >= 2;
  }

  /** The IDF of a term found in no passage. */
  get #unseenIdf(): number {
    const n = this.#mini.documentCount + RANKING.priorPassages;
    return Math.log(1 + (n + 0.5) / 0.5);
  }

  /**
   * The other forms of a question's English words, and the Porter stems those have as passage words (the index's
   * stem of "leaving" is leav): each a stem-weight match, as "leaves" is for "leave". A passage saying "left" is
   * matched on the word as written, so it is highlighted and counted close to the question's other words.
   */
  #irregularRelatives(surface: string[], only?: 'forms'): string[] {
    const out: string[] = [];
    for (const w of surface) {
      for (const r of this.#lexicon!.irregularRelatives!(w, only)) {
        out.push(r);
        for (const s of stemsOf(r, this.reading)) out.push(s);
      }
    }
    return unique(out);
  }

  /**
   * Whether a spelling rule's family member (see familySpellings) may be a form of the question's word: not where
   * the dictionary knows both and gives them no Indonesian root in common ("fine" denda, "finance" keuangan: no
   * family; "pay" bayar, "payment" pembayaran: one). A word it does not know keeps the spelling's guess.
   */
  #translatesAlike(surface: readonly string[], member: string): boolean {
    const theirs = this.#lexicon?.lookup(member) ?? [];
    const ours = surface.flatMap((w) => this.#lexicon?.lookup(w) ?? []);
    if (theirs.length === 0 || ours.length === 0) return true;
    const roots = new Set(ours.flatMap((t) => t.split(' ').map(indonesianStem)));
    return theirs.some((t) => t.split(' ').some((w) => roots.has(indonesianStem(w))));
  }

  /**
   * Indonesian evidence for English words: the lexicon's translations, then spellings the word would have had as
   * an Indonesian loan (see cognates.ts) and the peN- nouns of an English agent noun's verb ("speaker" →
   * pembicara, see agent-nouns.ts) when the corpus has them. Both come after the capped translations: they neither
   * push out one of the word's own senses nor are pushed out by them. With `related`, a word the dictionary lacks
   * in every form is read through the words WordNet relates it to (Alternative.related).
   */
  #translate(surface: string[], { related = false, stops = false } = {}): Alternative[] {
    const key = `${related ? 'r' : '-'}${stops ? 's' : '-'}${surface.join(' ')}`;
    let read = this.#translations.get(key);
    if (read === undefined) {
      if (this.#translations.size >= TRANSLATION_MEMO_LIMIT) this.#translations.clear();
      this.#translations.set(key, (read = Object.freeze(this.#readTranslations(surface, related, stops).map(frozen))));
    }
    return [...read];
  }

  #readTranslations(surface: string[], related: boolean, stops: boolean): Alternative[] {
    const out: Alternative[] = [];
    const seen = new Set<string>(surface);
    const push = (t: string, part: number, related?: true) => {
      const text = normalize(t);
      let words = surfaceTerms(text).filter(isContentWord);
      // A translation that is only stopwords ("begin" → mulai), where some are an English content word's translation
      // (see STOPS): kept as those, which #formScores reads in STOPS. Not for other readers of a word's
      // translations (a kind of event, a numbered word), which look for them among the words.
      if (words.length === 0 && stops) words = tokenize(text).map(tokenNorm).filter(this.#isContentStop);
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) return;
      seen.add(key);
      out.push({ ...alternative(words, 'translation', this.reading), part, ...(related ? { related } : {}) });
    };
    surface.forEach((w, part) => {
      for (const t of this.#lexicon!.lookup(w).slice(0, RANKING.maxTranslations)) push(t, part);
      // A word the dictionary lacks in any form: what WordNet relates it to (only then: see Lexicon.related). Only
      // for an English question's own words: not for a name an Indonesian question writes in English, nor for
      // telling which kind of event or numbered thing a word is, where another word's senses say nothing.
      if (related) for (const t of this.#lexicon!.related?.(w).slice(0, RANKING.maxTranslations) ?? []) push(t, part, true);
      for (const c of cognates(w)) if (this.#documentFrequency(c, WORDS) > 0) push(c, part);
      for (const n of this.#lexicon!.agentNouns?.(w, this.reading) ?? []) if (this.#documentFrequency(n, WORDS) > 0) push(n, part);
      // What other languages' dictionaries agree the word means and this one does not give (see Lexicon.bridged):
      // two guesses agreeing, weighed as a related word's, for the same words as a related reading.
      if (related) for (const t of this.#lexicon!.bridged?.(w).slice(0, RANKING.maxTranslations) ?? []) push(t, part, true);
    });
    return out;
  }

  /**
   * A name an Indonesian question writes in English ("siapa pembicara dari Japan?" of write-ups that say
   * "Jepang"): members mix languages. A word capitalised inside the question that the corpus has nowhere as
   * written is translated as an English question's words are (#translate, weighed as a translation), but only into
   * words the corpus writes mostly as names, capitalised inside a sentence: a name that is also an English word
   * ("Rose", "Bill") has the word's senses among its translations ("naik", "mawar"), which are no answer about a
   * person. Not in a question typed all in capitals (the caller checks), where capitals say nothing.
   */
  #nameTranslations(text: string, token: Token, surface: string[]): Alternative[] {
    if (this.#lexicon === null || !isNameAt(text, token.start)) return [];
    if (this.#documentFrequency(surface[0]!, WORDS) > 0 || this.#documentFrequency(surface[0]!, TITLE) > 0) return [];
    const asName = (w: string) => 2 * (this.#asName.get(w) ?? 0) >= this.#documentFrequency(w, WORDS) && this.#asName.has(w);
    return this.#translate(surface).filter((a) => a.surface.every(asName));
  }

  /**
   * An Indonesian question word the corpus never writes, read through its synonyms in the thesaurus that the
   * corpus does write ("pemenang" of a write-up that says "juara"; see Lexicon.synonyms and thesaurus.ts), at most
   * RANKING.maxSynonyms, first senses first, as evidence weighed RANKING.synonymWeight (Alternative.synonym). Only
   * for a word absent as typed: where the corpus has the word, it is the evidence, and its synonyms, read for every
   * word, were another word's senses as often as this one's: on the dev sets' odd-numbered questions they moved
   * facqa and tydiqa-id MRR@10 by −0.015 to +0.001 whatever their weight and number, and the best setting chosen
   * there cost facqa's even half 0.007; read only so, no dev question's MRR@10 or R@k moved. (A stem the corpus has
   * does not count: "pemateri" is no "materi".)
   */
  #synonyms(surface: string[], have: readonly Alternative[]): Alternative[] {
    const synonyms = this.#lexicon?.synonyms;
    if (synonyms === undefined) return [];
    for (const w of surface) if (this.#documentFrequency(w, WORDS) > 0) return [];
    const out: Alternative[] = [];
    const seen = new Set<string>(surface);
    for (const a of have) seen.add(a.surface.join(' '));
    for (let part = 0; part < surface.length; part++) {
      let kept = 0;
      for (const t of synonyms.call(this.#lexicon, surface[part]!)) {
        if (kept >= RANKING.maxSynonyms) break;
        const words = surfaceTerms(normalize(t)).filter(isContentWord);
        const key = words.join(' ');
        if (words.length === 0 || seen.has(key) || !this.#writesAll(words)) continue;
        seen.add(key);
        kept++;
        out.push({ ...alternative(words, 'translation', this.reading), part, synonym: true });
      }
    }
    return out;
  }

  /** Whether the corpus has every one of these words, as written or by one of its stems. */
  #writesAll(words: readonly string[]): boolean {
    // (Stops at the first stem the corpus has, and at the first word it has in no form.)
    for (const w of words) {
      if (this.#documentFrequency(w, WORDS) > 0) continue;
      let found = false;
      for (const s of stemsOf(w, this.reading)) {
        if (this.#documentFrequency(s, WORDS) > 0) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  /**
   * An English word inside an Indonesian question ("speaker-nya siapa di meetup Mei?", "venue workshop docker"):
   * members switch languages mid-sentence, and such a word was looked for only as written, which an Indonesian
   * write-up never does ("Pembicara pertama: …"). A word that is no Indonesian word and that the lexicon knows as
   * English gets its translations, weighed as an English question's are (#translate), but not lowering what the
   * question could match (see Alternative.switched).
   */
  #codeSwitched(surface: string[]): Alternative[] {
    if (this.#lexicon === null) return [];
    const english = surface.map((w) => !isStopword(w) && !isIndonesianWord(w) && this.#lexicon!.lookup(w).length > 0);
    // (A word the dictionary lacks in every form, "fee" of "info fee workshop", is read through what WordNet
    // relates it to, as an English question's is, at a related word's weight: members switch to English for the
    // words of money and work, "fee", "budget", "venue", as often as for those FreeDict has. Only a word the corpus
    // does not write as typed, whose own match is the evidence, and never a name: the caller passes none.)
    const unread = surface.map((w, k) => !english[k] && !isStopword(w) && !isIndonesianWord(w) && this.#documentFrequency(w, WORDS) === 0 && (this.#lexicon!.related?.(w).length ?? 0) > 0);
    if (!english.some(Boolean) && !unread.some(Boolean)) return [];
    const translations = this.#translate(surface, { related: unread.some(Boolean) }).filter((a) => (a.related === true ? unread[a.part] : english[a.part]));
    // (Not to a month the English word of another sense too: "may i ask kapan meetup berikutnya" is no question
    // about May, as dates.ts reads "may" and "march" in a text as months only capitalised. "march" alone is the
    // month.)
    const ambiguous = (a: Alternative) => a.surface.every(isMonthName) && translations.some((b) => b.part === a.part && !b.surface.every(isMonthName));
    return translations.filter((a) => !ambiguous(a)).map((a) => ({ ...a, switched: true as const }));
  }

  /**
   * Whether the question's token at `i` is a foreign word the corpus never writes: no stopword, number or
   * Indonesian word. Beside one, an English word is part of a foreign term ("cause célèbre"), whose words'
   * dictionary senses are not what it means: it is not translated as a word switched into Indonesian is (see
   * #codeSwitched). Read as the question's words are: "meetupnya", "meetup-nya" are the corpus's "meetup" with a
   * particle, and "siapa speaker meetupnya" is no foreign term.
   */
  #foreignAt(tokens: Token[], i: number): boolean {
    const norm = tokens[i]?.norm;
    if (norm === undefined || isStopword(norm) || hasNumeral(norm) || isIndonesianWord(norm)) return false;
    return wordsOf(this.#withoutParticle(norm)).every((w) => !isIndonesianWord(w) && this.#documentFrequency(w, WORDS) === 0);
  }

  /**
   * English evidence for Indonesian words, in English passages only (scope 'en'): the English headwords whose
   * translations the lexicon lists the word among ("harga" → price, "tiket" → ticket), and the English words of
   * the write-ups that spell the word by the forward rules ("sesi" of session, "pembicara" of speaker: see
   * #derivedEnglish), weighed as a translation, below the word itself. English passages are indexed with their
   * Porter stems, so "price" also finds "prices". A word with no English of its own is read by its root
   * ("diterima" → terima → accept, "pendaftaran" → daftar → register), as FreeDict lists roots far more often than
   * their derivations; only then, since a derivation's own English is its sense (pemenang is winner, not only
   * win).
   */
  #translateToEnglish(surface: string[], stems: readonly string[], phrase: readonly string[]): Alternative[] {
    const out: Alternative[] = [];
    const seen = new Set<string>(surface);
    const push = (headword: string, part: number, doneBy = false) => {
      const words = surfaceTerms(normalize(headword)).filter((x) => !isStopword(x));
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) return;
      seen.add(key);
      const english = alternative(words, 'translation', this.reading);
      if (doneBy) english.doneBy = true;
      // "berangkat" → leave, which an English write-up may say as "left" (see #irregularRelatives). Its forms
      // only: the headword is the Indonesian word's sense, not another word's form ("kiri" is left, not the past
      // of leave; "lahir" is born, not bear; "mawar" is rose, not rise).
      if (this.#lexicon!.irregularRelatives !== undefined) {
        english.stems = unique([...english.stems, ...this.#irregularRelatives(words, 'forms')]).filter((s) => !words.includes(s));
      }
      out.push({ ...english, part, scope: 'en' });
    };
    // A phrase's English first: it says what the words mean together ("makan siang" is lunch, not eat and noon).
    for (const headword of phrase.slice(0, RANKING.maxTranslations)) push(headword, 0);
    surface.forEach((w, part) => {
      for (const headword of this.#lexicon!.english!(w).slice(0, RANKING.maxTranslations)) push(headword, part);
      for (const word of this.#derivedEnglish.spelled.get(w) ?? []) push(word, part);
      // (A doer through what the write-ups say it did, "pembicara" → spoke: after the noun, see #groupScores. And an
      // English doer typed into an Indonesian question, "siapa speaker meetup 8", through its Indonesian noun.)
      for (const word of this.#derivedEnglish.doneBy.get(w) ?? []) push(word, part, true);
      for (const word of this.#derivedEnglish.doneByNoun.get(w) ?? []) push(word, part, true);
    });
    // (Of a single word only: a compound's parts have their own.)
    // (A di- passive by its active form, which FreeDict lists where it lacks the passive: "ditonton" → menonton →
    // watch; see active-forms.ts. Before its root, which is as often missing or another word's sense.)
    if (out.length === 0 && surface.length === 1) {
      for (const active of activeForms(surface[0]!)) for (const headword of this.#lexicon!.english!(active).slice(0, RANKING.maxTranslations)) push(headword, 0);
    }
    if (out.length === 0 && surface.length === 1) {
      // (A pe-…-an or ke-…-an noun is the noun of its root's verb: "pendaftaran" → register → registration.)
      const noun = /^(?:pe|ke)\p{L}+an$/u.test(surface[0]!);
      for (const root of stems.filter(isRootWord)) {
        // (A ter- adjective is its root's superlative: "tercepat" → fast → fastest, "termurah" → cheapest.)
        const most = surface[0] === `ter${root}`;
        for (const headword of this.#lexicon!.english!(root).slice(0, RANKING.maxTranslations)) {
          if (most) for (const w of superlatives(headword)) push(w, 0);
          if (noun) for (const n of nominalsOf(headword, this.#derivedEnglish)) push(n, 0);
          push(headword, 0);
        }
        for (const word of this.#derivedEnglish.spelled.get(root) ?? []) push(word, 0);
      }
    }
    return out;
  }

  /**
   * The verb forms English write-ups use for what an English doer's noun in the question did ("speaker" → talked,
   * presented), as evidence in English passages only, weaker than the noun itself (Alternative.doneBy).
   */
  #doneByNoun(surface: string[]): Alternative[] {
    return surface.flatMap((w, part) =>
      (this.#derivedEnglish.doneByNoun.get(w) ?? []).map((verb) => ({ ...alternative([verb], 'translation', this.reading), part, scope: 'en' as const, doneBy: true as const })),
    );
  }

  /** Whether a question in `language` reaches English write-ups through the lexicon read backwards. */
  #readsEnglish(language: ReturnType<typeof guessLanguage>): boolean {
    return this.#lexicon?.english !== undefined && language !== 'en' && this.#english.size > 0;
  }

  /**
   * The weight of an Indonesian question's words that no English write-up has in any form the engine can read:
   * neither as written, nor by a stem, nor through an English word the lexicon or the forward rules give ("utama"
   * of "keynote", "hadir" of "attended"). FreeDict read backwards knows only a fraction of Indonesian, so there
   * such a word's absence says little about whether an English passage answers: judged on an English passage, it
   * counts as a word the engine cannot read (see unknownWordWeight), not in full as a missing word does where the
   * corpus is in the question's language. Not a name or a number, whose absence is evidence in any language.
   */
  #unreadInEnglish(groups: QueryGroup[]): number {
    const inEnglish = (w: string) => [...this.#termScores(w, WORDS).keys()].some((id) => this.#english.has(id));
    let unread = 0;
    for (const g of groups) {
      if (g.recency || g.identifies || g.surface.some(hasNumeral)) continue;
      const forms = [g.surface, g.stems, ...g.alternatives.flatMap((a) => (a.scope === 'en' ? [a.surface, a.stems] : []))];
      if (!forms.some((ws) => ws.some(inEnglish))) unread += g.weight;
    }
    return unread;
  }

  /**
   * Indonesian spellings of the English write-ups' words, back to those words (see english-words.ts): "sesi" →
   * session, "pembicara" → speaker where the write-ups say so, and what a doer did by its noun in either language
   * ("pembicara", "speaker" → talked). Built on the first question over English passages that reads them (or while
   * the index prepares), from those passages' words and their titles' only.
   */
  get #derivedEnglish(): DerivedEnglish {
    if (this.#derived === null) {
      const words = new Set<string>();
      // (The titles' words too: a write-up titled "Meetup #7: Accessibility on the Web" may never repeat its theme in
      // its text, and "meetup aksesibilitas" asks for it by the title's word.)
      // (Each title once, not again for every passage of its write-up.)
      const titles = new Set<string>();
      for (const id of this.#english) {
        const { text, title } = this.#byNumber[id]!;
        const read = titles.has(title) ? [text] : [text, title];
        titles.add(title);
        for (const t of read.flatMap((r) => tokenize(r))) for (const w of wordsOf(t.norm)) words.add(w);
      }
      const lexicon = this.#lexicon;
      this.#derived = derivedEnglish(
        words,
        lexicon?.agentNouns === undefined ? undefined : (w) => lexicon.agentNouns!(w, this.reading),
        lexicon?.doerNouns === undefined ? undefined : (w) => lexicon.doerNouns!(w, this.reading),
      );
    }
    return this.#derived;
  }

  /**
   * English for the Indonesian phrases of a question the lexicon translates as a whole ("makan siang" → lunch),
   * by token index: every word of the phrase gains it, as every word of a long form gains its acronym, since the
   * English word stands for all of them.
   */
  #englishPhrases(tokens: Token[]): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (let i = 0; i < tokens.length; i++) {
      for (const n of [3, 2]) {
        if (i + n > tokens.length) continue;
        const english = this.#lexicon!.english!(tokens.slice(i, i + n).map((t) => t.norm).join(' '));
        if (english.length === 0) continue;
        for (let k = i; k < i + n; k++) out.set(k, [...(out.get(k) ?? []), ...english]);
      }
    }
    return out;
  }

  /**
   * One group's evidence per passage: its score, how much of the group's weight it earns towards coverage
   * (1 for the word itself, less for a stem or a translation), and the index terms that matched.
   */
  #groupScores(group: QueryGroup): Map<number, Evidence> {
    const result = this.#formScores(group.surface, group.stems, true);
    // What each surface form stands for: the whole word 1, a compound's part its share (see #partShares).
    const shares = this.#partShares(group.surface);
    if (group.surface.length > 1) this.#creditCompoundParts(group.surface, shares, result);
    // Translations and acronyms are alternative evidence for the same word: take the best one, never their sum.
    // Except for coverage across a compound's parts: translations of both "sister" and "city" cover "sister-city"
    // as the two words as written would, so their credits add up (the best per part).
    const best = new Map<number, Evidence>();
    const partCredits = group.surface.length > 1 ? new Map<number, Map<number, number>>() : null;
    // A doer's verb form is evidence only where no other form of the word matched (see Alternative.doneBy): read
    // after every other alternative, and then, like them, the best of those that matched.
    const alternatives = group.alternatives.some((t) => t.doneBy)
      ? [...group.alternatives.filter((t) => !t.doneBy), ...group.alternatives.filter((t) => t.doneBy)]
      : group.alternatives;
    let others: ReadonlySet<number> | undefined;
    for (const t of alternatives) {
      if (t.doneBy) others ??= new Set(best.keys());
      const weight = alternativeWeight(t);
      const scale = weight / Math.sqrt(t.surface.length);
      const evidence =
        t.kind === 'acronym' && t.surface.length > 1 ? this.#longFormScores(t.surface) : this.#formScores(t.surface, t.stems, false);
      // (In a corpus of both languages, a translation is the other language's write-up's own word, as the word as
      // written is its own language's: see RANKING.bilingualTranslationWeight, and there for coverage.)
      const ownLanguage = t.kind === 'translation' && !t.related && !t.synonym && this.#bilingual;
      const ownScale = ownLanguage ? RANKING.bilingualTranslationWeight / Math.sqrt(t.surface.length) : scale;
      for (const [id, e] of evidence) {
        if (t.scope === 'en' && !this.#english.has(id)) continue;
        const translatedHere = ownLanguage && (t.scope === 'en' || !this.#english.has(id));
        // (Where the noun or another form matched, "The keynote speaker … talked about …", that is the match.)
        if (t.doneBy && (others!.has(id) || result.has(id))) continue;
        // (A synonym ranks, but covers nothing of the question: see Alternative.synonym. Nor does a corpus of both
        // languages count an English word switched into an Indonesian question in full: see Alternative.switched.)
        const credited = translatedHere && t.scope === undefined && !t.switched ? RANKING.bilingualTranslationWeight : weight;
        const candidate: Evidence = { score: e.score * (translatedHere ? ownScale : scale), credit: t.synonym ? 0 : e.credit * credited * shares[t.part]!, terms: e.terms };
        if (e.dateCredit !== undefined) candidate.dateCredit = e.dateCredit * weight;
        if (e.titled) candidate.titled = true;
        const prev = best.get(id);
        // Translated only if every alternative that matched here is a translation (an acronym's form is not).
        const translated = t.kind === 'translation' && (prev?.translated ?? true);
        const related = (t.related === true || t.synonym === true) && (prev?.related ?? true);
        const dateCredit = Math.max(prev?.dateCredit ?? 0, candidate.dateCredit ?? 0);
        if (!prev || prev.score < candidate.score) best.set(id, { ...candidate, translated, related, titled: candidate.titled || prev?.titled });
        else {
          prev.translated = translated;
          prev.related = related;
          if (candidate.titled) prev.titled = true;
        }
        if (dateCredit > 0) best.get(id)!.dateCredit = dateCredit;
        if (partCredits) {
          const byPart = partCredits.get(id) ?? new Map<number, number>();
          byPart.set(t.part, Math.max(byPart.get(t.part) ?? 0, candidate.credit));
          partCredits.set(id, byPart);
        }
      }
    }
    if (partCredits) {
      for (const [id, e] of best) {
        const byPart = partCredits.get(id)!;
        let parts = 0;
        for (const [part, credit] of byPart) if (part > 0) parts += credit;
        e.credit = Math.min(1, Math.max(byPart.get(0) ?? 0, parts));
      }
    }
    for (const [id, e] of best) {
      const prev = result.get(id);
      if (prev) {
        prev.score += e.score;
        prev.credit = Math.max(prev.credit, e.credit);
        if (e.dateCredit !== undefined) prev.dateCredit = Math.max(prev.dateCredit ?? 0, e.dateCredit);
        if (e.titled) prev.titled = true;
        prev.terms.push(...e.terms);
      } else result.set(id, e);
    }
    if (group.pair !== undefined) this.#addPairScores(group, group.pair, result);
    if (group.otherWay !== undefined) for (const id of group.otherWay) result.delete(id);
    return result;
  }

  /**
   * A stopword pair's evidence (see QueryGroup.pair): in each passage that writes the two words side by side, the
   * word's own score there again, scaled from its rarity to the pair's, and the stopword among the terms it
   * matched (highlighted). Its credit, and so coverage, stays the word's.
   */
  #addPairScores(group: QueryGroup, pair: NonNullable<QueryGroup['pair']>, result: Map<number, Evidence>): void {
    const word = group.surface[0]!;
    const scale = pair.weight / this.#idf(word, WORDS);
    // (Only the pair's passages, at most PAIR_PASSAGES, not every passage that has the word.)
    const scores = this.#termScores(word, WORDS);
    for (const id of pair.passages) {
      const e = result.get(id);
      const m = scores.get(id);
      if (e === undefined || m === undefined) continue;
      e.score += m.score * scale;
      e.terms.push(pair.stop);
    }
  }

  /**
   * A compound's parts ("zxqv" and "forum" of "zxqv-forum") each stand for a share of it, by rarity: a passage
   * that has only "forum" matches little of what "zxqv-forum" asks, not all of it. The whole form, or every part,
   * still earns the compound's full credit. Evidence (the score) is left as it is; only coverage credit changes.
   */
  #creditCompoundParts(surface: string[], shares: number[], result: Map<number, Evidence>): void {
    const [whole, ...parts] = surface as [string, ...string[]];
    const wholeCredit = this.#formScores([whole], stemsOf(whole, this.reading).slice(), true);
    const partCredit = new Map<number, number>();
    parts.forEach((part, k) => {
      for (const [id, e] of this.#formScores([part], stemsOf(part, this.reading).slice(), true)) {
        partCredit.set(id, (partCredit.get(id) ?? 0) + e.credit * shares[k + 1]!);
      }
    });
    for (const [id, e] of result) e.credit = Math.max(wholeCredit.get(id)?.credit ?? 0, Math.min(1, partCredit.get(id) ?? 0));
  }

  /** The share of a question word each of its surface forms stands for: the whole 1, a compound part by rarity. */
  #partShares(surface: string[]): number[] {
    if (surface.length <= 1) return surface.map(() => 1);
    const idfs = surface.slice(1).map((p) => this.#idf(p, WORDS));
    const total = idfs.reduce((a, b) => a + b, 0);
    return [1, ...idfs.map((x) => x / total)];
  }

  /**
   * Evidence for one set of word forms: exact forms in the passage and its title (loosely, for the member's own
   * words), then stems. Passage words and their stems share one field, so a passage that says the word itself
   * earns that match at full weight and a passage with only a related form earns the stem's smaller weight.
   */
  #formScores(surface: string[], stems: string[], loose: boolean): Map<number, Evidence> {
    const acc = new Map<number, Evidence>();
    for (const w of surface) {
      this.#addForm(acc, w, WORDS, 1, 1, loose);
      this.#addForm(acc, w, TITLE, RANKING.titleWeight, 1, false);
      // (Only a word a date can hold is looked up there: one search fewer for every other word.)
      if (isDateWord(w)) this.#addForm(acc, w, DATE, RANKING.titleWeight, 1, false);
    }
    const exact = new Set(surface);
    for (const s of stems) if (!exact.has(s)) this.#addForm(acc, s, WORDS, RANKING.stemWeight, RANKING.stemCoverage, false);
    // (Only a translation has a stopword among its forms: see #translate.)
    for (const w of surface) {
      for (const t of this.#contentStops.get(w) ?? []) this.#addForm(acc, t, STOPS, RANKING.stopTranslationWeight, RANKING.stopTranslationWeight, false);
    }
    return acc;
  }

  /**
   * One form's evidence in one field, added to #formScores's `acc`. (A method, not a helper made per call: under
   * tsx every function made is also named, a defineProperty call each time.)
   */
  #addForm(acc: Map<number, Evidence>, term: string, field: string, weight: number, credit: number, looseMatch: boolean): void {
    // A year or a month's name in the title ("Meetup #8, Maret 2025") places the write-up in time as its date
    // does, and counts only as its date does: with the question's whole date (see #search).
    const dated = field === DATE || (field === TITLE && isDateWord(term));
    for (const [id, m] of this.#termScores(term, field, looseMatch)) {
      let e = acc.get(id);
      if (e === undefined) acc.set(id, (e = { score: 0, credit: 0, terms: [] }));
      e.score += weight * m.score;
      if (dated) e.dateCredit = Math.max(e.dateCredit ?? 0, credit);
      else e.credit = Math.max(e.credit, credit);
      if (field === TITLE) {
        e.titled = true;
        e.titleScore = (e.titleScore ?? 0) + weight * m.score;
      }
      // (A stopword matched in STOPS is a word the passage says, as one matched among its words is: see answer.ts.)
      if (field === WORDS || field === STOPS) for (const t of m.terms) e.terms.push(t);
    }
  }

  /**
   * Evidence for an acronym from its long form's words in a passage. Unlike a translation, which any of its words
   * may match, a long form is one name: a passage earns the acronym's credit by the square of the share (by
   * rarity) of the long form it has, so "Republik Indonesia" alone says little about "TVRI" (Televisi Republik
   * Indonesia) while the whole long form counts fully.
   */
  #longFormScores(words: string[]): Map<number, Evidence> {
    const idfs = words.map((w) => this.#idf(w, WORDS));
    const total = idfs.reduce((a, b) => a + b, 0);
    const acc = new Map<number, Evidence & { share: number }>();
    words.forEach((w, i) => {
      for (const [id, m] of this.#termScores(w, WORDS)) {
        const e = acc.get(id) ?? { score: 0, credit: 0, terms: [], share: 0 };
        e.score += m.score;
        e.share += idfs[i]! / total;
        e.terms.push(...m.terms);
        acc.set(id, e);
      }
    });
    for (const e of acc.values()) e.credit = Math.min(1, e.share) ** 2;
    return acc;
  }

  /**
   * The passages that answer `question` best; the links pasted into it are no part of it (see withoutLinks). Pure
   * with respect to the index: no I/O, no state kept between calls.
   */
  search(question: string, limit = 10): SearchResult {
    this.#memo = new Map();
    try {
      return this.#search(withoutLinks(question), limit);
    } finally {
      this.#memo = null;
    }
  }

  #search(question: string, limit: number): SearchResult {
    const text = this.#questionText(question);
    const language = guessLanguage(question);
    // (What the question asks for, read once for all its words, see #namesKind, and for answer.ts: SearchResult.asked
    // and asksWhereOrWhen.)
    const asks = readAsked(text);
    const groups = this.#analyze(question, text, language, asks.type);
    const totalWeight = groups.reduce((s, g) => s + g.weight, 0);
    // What the question is about, without the words that only ask which write-up is meant (see
    // QueryGroup.recency): they rank passages that say them, but "siapa pembicara meetup terbaru" is answered
    // exactly when "siapa pembicara meetup" is, and a corpus that never says "terbaru" must not leave it
    // unanswered.
    const contentWeight = groups.reduce((s, g) => s + (g.recency ? 0 : g.weight), 0);
    const restWeight = groups.reduce((s, g) => s + (g.recency || g.upcoming ? 0 : g.weight), 0);
    type Acc = {
      score: number;
      covered: number;
      /** The part of `covered` earned by words that only ask which one (QueryGroup.recency). */
      recencyCovered: number;
      /** The part of `covered` earned by words that ask for the coming one (QueryGroup.upcoming). */
      upcomingCovered: number;
      /** Weight of the words the question is about that the passage's document title has. */
      titled: number;
      matched: number;
      translated: number;
      related: number;
      terms: Map<string, number>;
      credited: Set<number> | null;
      dateCovered: number;
      /** The part of `covered` earned in the passage's words by the question's date words (see dateSlots). */
      slotCovered: number;
      /** The groups that name the write-up in its title, alike for all its passages (see below). */
      named?: Set<number>;
      /** See Hit.paired. */
      paired?: true;
      /** See Hit.onDay. */
      onDay?: true;
      /**
       * The write-up's own date is the question's (its month and year, and its day where the question gives one):
       * then the question's date words are matched alike in every passage of it (see below), and `dateScore` is
       * what they added to `score` here.
       */
      dated?: true;
      dateScore?: number;
      /** Some word the question is about matched here that the document's title lacks (see #unreadInEnglish). */
      untitled?: true;
    };
    const slots = dateSlots(groups);
    const days = slots.length > 0 ? dayGroups(groups) : new Map<number, number>();
    const slotGroups = new Set(slots.map((s) => s.group));
    // (And a word for any event, "acara tanggal 22 Maret 2025": every dated write-up is an event, whichever of its
    // passages says "acara"; see `dated` below and onlyWhichEvent in answer.ts.)
    const eventGroups = slots.length > 0 ? groups.flatMap((g, gi) => (!g.recency && isAnyEvent(g.word) ? [gi] : [])) : [];
    const dateGroups = new Set([...slotGroups, ...days.keys(), ...eventGroups]);
    // A month and a year ("Juni 2025"): one date, which a passage's words match whole or not at all. Two years
    // ("2023 dan 2024") are two dates, each matched on its own.
    const monthDate = slots.some((s) => s.words.some((w) => !isYear(w))) && slots.some((s) => s.words.some(isYear));
    const acc = new Map<number, Acc>();
    groups.forEach((g, gi) => {
      // "terakhir", "last" beside a word titles number only ask which write-up, the newest (see #lastOfTitled),
      // and a passage that says them says it of something else ("… because the last one was full"): no evidence.
      // (The words that ask nothing else, "terbaru", "latest", still rank a passage that says them.)
      if (g.recency && alsoAsksNewest(g.word)) return;
      // A number of something write-ups number ("hari" of "hari 2", "meetup" of "meetup ke-2") is that thing's
      // number only: in a passage's words it counts where the passage numbers the same thing with it ("Hari 2:",
      // "Meetup kedua puluh"), not as the minutes' "Keputusan 2", the "Gedung Cyber 2" of the workshop's venue,
      // nor as a day of a date or a count, which numbers nothing (meetup #11's "20 November" ranked first for
      // "meetup ke-20", the 20 in bold). (Its title's number, which names the write-up, counts as such below. A
      // number beside any other word is looked for as it is: "tanggal 16-8-2008" finds "16 Agustus 2008".)
      const numbered = this.#numberedForms(g, groups);
      // (The numbers it asks, for a title that writes them only as a count: read once a group, not a passage.)
      const counted = askedNumbers(g);
      // Over dated write-ups, a day of a date ("22" of "acara 22 Mei") is matched only where a passage writes it
      // as that month's day: the "22 peserta" of another day's write-up matched it, and "acara 22 Mei" was
      // answered with it where "acara 28 Mei" was not. (The write-up dated that day covers it still: see onDay
      // below.) Not in undated reference text, where no write-up's date can stand for the day and news writes it
      // in more ways ("Rabu (5/10)"): read so there, 8 of facqa's rankings moved.
      const day = this.#monthDated ? days.get(gi) : undefined;
      const writesTheDay = day === undefined ? undefined : dayWriting(day, monthsBeside(groups, gi));
      const scores = this.#groupScores(g);
      // A word of a kind of event its title has ("workshop docker", "hackathon") is as much the write-up's in
      // every passage as in the one that repeats it (see `whole` below), and weighs there as it does in the
      // write-up's text at best: otherwise the minutes' passing "rencana hackathon bulan Agustus" outranked the
      // hackathon's own write-up, whose passages had its title's weight only.
      const kindBest = new Map<string, number>();
      if (g.kind === true) {
        for (const [id, e] of scores) {
          if (e.titled !== true) continue;
          const { docId } = this.#byNumber[id]!;
          kindBest.set(docId, Math.max(kindBest.get(docId) ?? 0, e.score));
        }
      }
      for (const [id, e] of scores) {
        const passage = this.#byNumber[id]!;
        if (writesTheDay !== undefined && !writesTheDay(`${passage.title}\n${passage.text}`)) continue;
        // (A title's number counts only where the title has what the question numbers: "Community Meetup 21" is no
        // "day 21".)
        // (Nor where the number matched only in the heading of the section a passage continues (sectionHeading):
        // "Hari Pertama" over a table's second part numbers that part's day, as "Hari 1:" in its text would.)
        const titled = e.titled === true && (passage.sectionHeading === undefined || g.surface.some((w) => this.#titleHas(id, w)));
        // (Nor a number the title has only as a count: "Kemah Pemuda (3 hari)" lasts three days and has no day 3, which
        // its "Hari 3" section is: see `counted` above.)
        const byTitle =
          g.last !== true && titled && numbered !== null && numbered.some((w) => this.#titleHas(id, w)) && !(counted.length > 0 && counted.every((n) => countsOnly(passage.title, n)));
        // ("hari terakhir": the number of its write-up's last day only, or the word itself: see QueryGroup.last.)
        const lastN = g.last === true && numbered !== null ? this.#lastNumbers(numbered).get(passage.docId) : undefined;
        const literal = g.last === true && e.terms.some((t) => g.surface.includes(t) || g.stems.includes(t));
        const asked = g.last === true ? (lastN === undefined ? undefined : { ...g, number: String(lastN) }) : g;
        if (numbered !== null && !byTitle && !literal && (asked === undefined || !numbersWith(this.#numberings(id), asked, numbered))) continue;
        // (Nor a passage whose title numbers the same thing with another number: season 2's "Season 1 kemarin rame
        // banget" mentions season 1 in passing, and outranked season 1's own write-up for "hadiah season 1".)
        if (numbered !== null && !byTitle && !literal && asked !== undefined && this.#titleNumbersOther(passage, asked, numbered)) continue;
        let a = acc.get(id);
        if (a === undefined) acc.set(id, (a = { score: 0, covered: 0, recencyCovered: 0, upcomingCovered: 0, titled: 0, matched: 0, translated: 0, related: 0, terms: new Map<string, number>(), credited: null, dateCovered: 0, slotCovered: 0 }));
        if (numbered !== null && !byTitle && !literal) a.paired = true;
        // A name or number the document's title has names the write-up, every passage of it alike: the paragraph
        // that repeats it ("# Meetup Komunitas Data #7" over "Meetup ke-7 diadakan …") says no more of "siapa
        // pembicara meetup #7?" than the speakers' paragraph under it, and must not outrank it for that. So does a
        // kind of event its title has, typed in lower case (QueryGroup.kind): the opening "Workshop Docker untuk
        // Pemula diadakan …" says no more of "kuota workshop docker" than "Kuota 30 peserta" does, and outranked
        // it.
        const whole = (g.identifies === true || g.kind === true) && e.titled === true;
        const titleEvidence = (e.titleScore ?? 0) / RANKING.titleWeight;
        const added = whole ? Math.max(titleEvidence, kindBest.get(passage.docId) ?? 0) : e.score;
        a.score += added;
        if (dateGroups.has(gi)) a.dateScore = (a.dateScore ?? 0) + added;
        if (whole) (a.named ??= new Set()).add(gi);
        a.covered += g.weight * e.credit;
        if (g.recency) a.recencyCovered += g.weight * e.credit;
        if (g.upcoming) a.upcomingCovered += g.weight * e.credit;
        else if (e.titled) a.titled += g.weight;
        // (Not a word that only says which event, its kind or its name or number: "See you at meetup #2" in meetup
        // #1's write-up says no more than meetup #2's title of "berapa peserta meetup kedua".)
        if (!e.titled && !g.recency && !g.identifies && !g.kind && e.credit > 0) a.untitled = true;
        if (e.dateCredit !== undefined) a.dateCovered += g.weight * Math.max(0, e.dateCredit - e.credit);
        if (slots.length > 0 && e.credit > 0) (a.credited ??= new Set()).add(gi);
        if (slotGroups.has(gi)) a.slotCovered += g.weight * e.credit;
        a.matched += 1;
        if (e.translated) a.translated += 1;
        if (e.related) a.related += 1;
        for (const t of e.terms) if (!a.terms.has(t)) a.terms.set(t, gi);
      }
    });
    // A date is matched whole or not at all: the write-up of March 2025 says nothing of "meetup Juni 2025", though
    // its date has the 2025. So a passage's date (or its title's, "Meetup #8, Maret 2025") covers the question's
    // date words only when, of every one, it has it or the passage's own text does ("ruang 1203" is a number the
    // text has, not a year its date lacks). Nor does the text's year alone cover a date that has a month: "31 Mei
    // 2025" in May's write-up says nothing of "meetup Juni 2025", and its 2025 and "meetup" were most of the
    // question.
    for (const [id, a] of acc) {
      if (a.dateCovered === 0 && a.slotCovered === 0) continue;
      const p = this.#byNumber[id]!;
      const date = new Set([...reportedDateTerms(p.date, p.title), ...this.#titleDateWords(p.title)]);
      if (slots.every(({ group, words }) => a.credited?.has(group) || words.some((w) => date.has(w)))) a.covered += a.dateCovered;
      else if (monthDate) a.covered -= a.slotCovered;
      if (days.size === 0 && slots.every(({ words }) => words.some((w) => date.has(w)))) a.dated = true;
      // The day the question gives is the write-up's own when its date has the question's month and year, and that
      // day: then it covers the day as it covers the month and the year (where the text does not say the day too).
      if (days.size === 0 || p.date === null) continue;
      const own = dateTerms(p.date);
      const day = /^\d{4}-\d{2}-(\d{2})$/u.exec(p.date)?.[1];
      if (day === undefined || !slots.every(({ words }) => words.some((w) => own.includes(w)))) continue;
      for (const [gi, n] of days) {
        if (n !== Number(day)) continue;
        a.onDay = true;
        a.dated = true;
        if (!a.credited?.has(gi)) a.covered += groups[gi]!.weight;
      }
    }
    // A write-up dated the question's date has it in every passage, as a title's name is (see `whole` above): the
    // opening paragraph that repeats it ("Meetup kedelapan digelar pada 22 Maret 2025 …") says no more of "siapa
    // pembicara meetup 22 Maret 2025?" than the speaker's paragraph under it, and must not outrank it for that.
    // Each passage keeps what the date words earned in the least of them (its date's own evidence, alike in all).
    const least = new Map<string, number>();
    for (const [id, a] of acc) {
      const doc = this.#byNumber[id]!.docId;
      if (a.dated) least.set(doc, Math.min(least.get(doc) ?? Infinity, a.dateScore ?? 0));
    }
    for (const [id, a] of acc) {
      if (!a.dated) continue;
      a.score -= (a.dateScore ?? 0) - least.get(this.#byNumber[id]!.docId)!;
      for (const gi of eventGroups) if (!a.credited?.has(gi)) a.covered += groups[gi]!.weight;
    }
    // "what's the upcoming meetup?": a dated passage that speaks of what is to come (see speaksOfFuture: "meetup
    // #9 akan diadakan …", "meetup bulan depan", a date after its write-up's) says "upcoming" and "next" in its
    // own way, and covers them. Else the English words, which no such passage says, counted as missing from the
    // best of them (the minutes that plan the meetup were a weak suggestion), while the Indonesian "berikutnya" is
    // a stopword and was never missed. Only where the question asks for the coming one: elsewhere no word is
    // QueryGroup.upcoming.
    const upcomingWeight = groups.reduce((s, g) => s + (g.upcoming && !g.recency ? g.weight : 0), 0);
    if (upcomingWeight > 0) {
      for (const [id, a] of acc) {
        const p = this.#byNumber[id]!;
        if (a.upcomingCovered >= upcomingWeight || p.date === null || !speaksOfFuture(p.text, false, p.date)) continue;
        a.covered += upcomingWeight - a.upcomingCovered;
        a.upcomingCovered = upcomingWeight;
      }
    }
    // Evidence and coverage are added, not multiplied: under a product, a passage whose evidence is concentrated
    // (one rare question word, repeated or in a short passage) outranks passages that match more of the question.
    // With the sum, and coverage scaled by the question's best evidence (so that the two terms are commensurate
    // whatever the question's length or the corpus's IDFs), passages rank mainly by how much of the question they
    // match, and evidence decides among passages that match about as much.
    let best = 0;
    for (const a of acc.values()) if (a.score > best) best = a.score;
    // (Judged on an English passage that says more than its title and has every name and event number the question
    // asks, QueryGroup.identifies, see #unreadInEnglish; the ranking is left as it was. A passage that matches
    // only the words naming its write-up, "lokakarya Python" of "Python for Beginners Workshop", says nothing of
    // the words left unread, "apa yang diterima setiap peserta"; nor is one that lacks the question's "Coldplay"
    // about what "konser" asks.)
    const unread = this.#readsEnglish(language) ? this.#unreadInEnglish(groups) * (1 - RANKING.unknownWordWeight) : 0;
    const names = groups.flatMap((g, gi) => (g.identifies && !g.recency ? [gi] : []));
    const excused = (id: number, a: Acc) => {
      if (unread === 0 || !a.untitled || !this.#english.has(id)) return false;
      const matched = new Set([...a.terms.values(), ...(a.named ?? [])]);
      return names.every((gi) => matched.has(gi));
    };
    // (In an English question, the words naming a kind of event and those no dictionary reads as English: see
    // #absentWeights.)
    const counted = language === 'en' ? new Set([...namingKind(question, groups), ...groups.filter((g) => this.#isNoEnglishWord(g))]) : undefined;
    const absent = this.#absentWeights(groups, acc.values(), counted);
    let hits: Hit[] = [];
    const namedBy = new Map<Hit, Set<number>>();
    const datedHits = new Set<Hit>();
    for (const [id, a] of acc) {
      const coverage = totalWeight > 0 ? a.covered / totalWeight : 0;
      const hit: Hit = {
        passage: this.#byNumber[id]!,
        score: a.score + RANKING.coverageWeight * best * coverage,
        coverage: contentWeight > 0 ? (a.covered - a.recencyCovered) / (contentWeight - (excused(id, a) ? unread : 0)) : 0,
        titleCoverage: contentWeight > 0 ? a.titled / contentWeight : 0,
        restCoverage: restWeight > 0 ? (a.covered - a.recencyCovered - a.upcomingCovered) / restWeight : 0,
        strictCoverage:
          contentWeight > 0 ? (a.covered - a.recencyCovered) / (contentWeight + absent.extra - (excused(id, a) ? unread - absent.unread : 0)) : 0,
        matched: a.matched,
        translated: a.translated,
        related: a.related,
        terms: a.terms,
      };
      if (a.paired) hit.paired = true;
      if (a.onDay) hit.onDay = true;
      hits.push(hit);
      if (a.named) namedBy.set(hit, a.named);
      if (a.dated) datedHits.add(hit);
    }
    hits.sort(byScore);
    // Proximity: among the best candidates, passages where the question's words stand close together are more
    // likely to state the answer than passages that mention them far apart. Added like coverage (see RANKING).
    if (groups.length > 0) {
      const head = hits.slice(0, RANKING.proximityCandidates);
      const slot = answerSlot(question);
      const slotReward = best * RANKING.answerSlotWeight;
      // (An amount only in a write-up the question names, where it names one: "how much was the conference ticket"
      // is not answered by the workshop's price, which every write-up of a paid event states. So too a distance or
      // a length of time: every write-up of a race states its kilometres, of a meeting its minutes.)
      let namedOnly = false;
      if (slot?.slot.type === 'amount' || slot?.slot.type === 'measure') for (const h of head) namedOnly ||= namedBy.has(h);
      for (const h of head) {
        if (slot !== null && (!namedOnly || namedBy.has(h)) && holdsNewAnswer(slot, h.passage.text)) {
          h.score += slotReward;
          // (And a count in a sentence that says the verb of the question's relative clause: answer-slot.ts.)
          if (slot.clause !== undefined && statesCountInClause(slot, h.passage.text)) h.score += best * RANKING.clauseWeight;
        }
        // (A name its title has stands at the opening of every passage of the write-up, as the title heads them
        // all, wherever, or whether, the passage repeats it: see `whole` above.)
        // (So does the date of a write-up dated the question's date: see `dated` above. Nor do its date words,
        // which the text that repeats the date writes side by side, stand close to the question's other words
        // there.)
        const dated = datedHits.has(h);
        const named = dated ? new Set([...(namedBy.get(h) ?? []), ...dateGroups]) : namedBy.get(h);
        const at = this.#termPositions(h.passage.text);
        const positions = positionsOf(at, h.terms, groups.length);
        const { pairs: allPairs, lead: all } = proximityOf(positions, groups);
        const apart = named ? proximityOf(positions, groups, named) : undefined;
        const lead = named ? apart!.lead + [...named].reduce((sum, g) => sum + groups[g]!.weight, 0) : all;
        const pairs = dated ? apart!.pairs : allPairs;
        h.score += (best * (RANKING.proximityWeight * pairs + RANKING.leadWeight * lead)) / totalWeight;
      }
      head.sort(byScore);
      hits = [...head, ...hits.slice(RANKING.proximityCandidates)];
    }
    return {
      groups,
      hits: hits.slice(0, limit),
      attainable: this.#attainable(groups, contentWeight),
      // ("hari terakhir" of a write-up that numbers its days asks for its last day, not the newest write-up.)
      recency: recencyOf(tokenize(question.normalize('NFKC')).filter((t) => !groups.some((g) => g.last && g.word === t.norm))),
      cappedStopwords: cappedStopwords(text),
      absent: absent.groups,
      asked: asks.type,
      asksWhereOrWhen: asks.whereOrWhen,
      language,
    };
  }

  /** Whether a document has passages written in English (see #englishDocs). */
  writesInEnglish(docId: string): boolean {
    return this.#englishDocs.has(docId);
  }

  /**
   * The words a document names: its passages' words (surface forms, no stems: a name is matched as written), its
   * title's and table headers', its date's; its title's words apart; its words as written (for
   * cappedStopwords); and those it writes capitalised, as names are (for a name's translations). See answer.ts.
   */
  documentWords(docId: string): DocumentWords {
    // (A document larger than the whole allowance is read each time it is asked for, as before: see HeldCache.)
    return this.#documentWords.get(docId, () => readDocument(this.#documents.get(docId) ?? [], this.#englishDocs.has(docId), this.#titleNumberedLater, this.#titleWordOpened));
  }

  /**
   * Documents' words already read (see documentWords), least recently asked first. A question asks for those of up
   * to NAMED_CANDIDATES write-ups (answer.ts), and tokenizing each whole again for every question was up to a
   * third of a question's time on the forum corpus. Held per index (a reload starts afresh) and bounded by the
   * words held.
   */
  readonly #documentWords: HeldCache<string, DocumentWords>;

  /** A title's date words (its year, its month's name), read once per title rather than for every question. */
  #titleDateWords(title: string): readonly string[] {
    let words = this.#titleDates.get(title);
    if (words === undefined) this.#titleDates.set(title, (words = surfaceTerms(title).filter(isDateWord)));
    return words;
  }

  /** See #titleDateWords: one short list per distinct title of the corpus, most of them empty. */
  readonly #titleDates = new Map<string, readonly string[]>();

  /**
   * The years and months' names a passage's title and its text say as words (wordsOf each token), for answer.ts's
   * checks of which year or month a passage can be about. Read once per passage of this index, when first asked:
   * those checks tokenized every dated hit's title and text again for every question that names a month (on a
   * corpus of 200 monthly write-ups, four tenths of such a question's time). A small set per passage read (most
   * of them the one shared empty set) and one per distinct title: bounded by the corpus's size (every passage of
   * 200 monthly write-ups read, 0.4 MB; of tydiqa-id's 5,216, 0.9 MB).
   */
  calendarWords(passage: Passage): { title: ReadonlySet<string>; text: ReadonlySet<string> } {
    let text = this.#textCalendar.get(passage);
    if (text === undefined) this.#textCalendar.set(passage, (text = calendarWordsOf(calendarText(passage), passage.date, passage.namedBefore)));
    let title = this.#titleCalendar.get(passage.title);
    if (title === undefined) this.#titleCalendar.set(passage.title, (title = calendarWordsOf(passage.title)));
    return { title, text };
  }

  readonly #textCalendar = new WeakMap<Passage, ReadonlySet<string>>();
  readonly #titleCalendar = new Map<string, ReadonlySet<string>>();

  /** How many documents' words documentWords holds, and how many words (entries of their sets) in all. */
  get documentWordsHeld(): { documents: number; words: number } {
    return { documents: this.#documentWords.size, words: this.#documentWords.held };
  }

  /**
   * Whether an English question's word is none the lexicon knows as English, in any form, and has no other reading
   * ("wifi", a name typed in lower case), or one it reads only as itself (FreeDict lists some names so: "lombok"
   * → lombok): the dictionary's silence on it is no gap of its own, so no write-up having it is the corpus's silence
   * (see #absentWeights). An English word it cannot translate ("volunteer", which WordNet knows: see
   * Lexicon.knows) is not.
   */
  #isNoEnglishWord(g: QueryGroup): boolean {
    const lexicon = this.#lexicon;
    if (lexicon === null || lexicon.knows === undefined || g.alternatives.length > 0) return false;
    return g.surface.every((w) => {
      if (!lexicon.knows!(w)) return true;
      const translations = lexicon.lookup(w);
      return translations.length > 0 && translations.every((t) => t === w);
    });
  }

  /**
   * The question's words that no passage matches in any form (as written, by a stem, a translation, a typo away),
   * which a member cannot have mistyped for a word of the corpus, nor asked in a form the engine has: "golang" of
   * "ada workshop golang ga" over write-ups that never mention Go, "dress" of "apakah ada dress code". Weighed at
   * half as words the engine cannot read (see unknownWordWeight), the question's kind word alone ("workshop")
   * passed the confidence bar with another workshop's write-up; yet the word is the rarest of the question, what
   * it is about, and the corpus's silence on it is the answer. `extra`: what counting them in full adds to the
   * question's weight; `unread`: their part of #unreadInEnglish's discount, which they do not get either, but for
   * Indonesian words ("utama", "harga" over English write-ups).
   * Not a word one typo from a word of the corpus or a stopword ("dand" of "dan"): the member meant that word.
   * Not names, numbers or words that ask which one: see naming in answer.ts for those. In an English question only
   * the words the caller passes in `only`, those that name a kind of event (see namingKind): "is there a workshop
   * golang" was answered from the Docker workshop's write-up; and those that are no English word the lexicon
   * knows (#isNoEnglishWord: "is there wifi at the orientation" was answered from the orientation's write-up). Elsewhere an English word reaches the corpus only
   * through the dictionary, and the dictionary's silence ("located", "shortened") says nothing of the corpus's:
   * counted in full in every English question, it left 11 more of squad-en-id's 177 questions unanswered (155 →
   * 144).
   */
  #absentWeights(groups: readonly QueryGroup[], accs: Iterable<{ terms: Map<string, number>; named?: Set<number> }>, only?: ReadonlySet<QueryGroup>): { extra: number; unread: number; groups: number[] } {
    // (The cheap tests first, and the passages read only while a candidate is left: most questions have none.)
    // (An Indonesian word counted in full already is absent all the same, but adds nothing below.)
    // (A lower-case word that names the event only by standing beside its kind is counted all the same: "golang"
    // of "is there a golang workshop", read as naming which workshop, was left uncounted, and an undated page that
    // says "workshop" answered it.)
    const asked = (g: QueryGroup) => !g.recency && (!g.identifies || g.besideKind === true) && !g.surface.some(hasNumeral);
    const candidates = new Set(groups.flatMap((g, gi) => (asked(g) && (only === undefined || only.has(g)) ? [gi] : [])));
    for (const a of accs) {
      if (candidates.size === 0) break;
      for (const gi of a.terms.values()) candidates.delete(gi);
      for (const gi of a.named ?? []) candidates.delete(gi);
    }
    let extra = 0;
    let unread = 0;
    const counted: number[] = [];
    for (const gi of candidates) {
      const g = groups[gi]!;
      if (g.surface.some((w) => this.#typoOfKnown(w))) continue;
      counted.push(gi);
      extra += Math.max(0, this.#unseenIdf - g.weight);
      // (An Indonesian word keeps its discount on English passages: FreeDict read backwards may just not know it.)
      if (!g.surface.some(isIndonesianWord)) unread += g.weight * (1 - RANKING.unknownWordWeight);
    }
    return { extra, unread, groups: counted };
  }

  /**
   * Whether `word` is one typo from a word some passage has or, unless `stopwords` is false, from a stopword (see
   * #absentWeights, #namesKind), stopping at the first such spelling of the few hundred a word has.
   */
  #typoOfKnown(word: string, { stopwords = true } = {}): boolean {
    const key = stopwords ? word : `${word}\u0000`;
    let known = this.#typoMemo.get(key);
    if (known === undefined) {
      if (this.#typoMemo.size >= TYPO_MEMO_LIMIT) this.#typoMemo.clear();
      this.#typoMemo.set(key, (known = this.#readTypoOfKnown(word, stopwords)));
    }
    return known;
  }

  #readTypoOfKnown(word: string, stopwords: boolean): boolean {
    const typos = [...oneTypoFrom(word, LATIN)];
    for (const w of typos) if ((stopwords && isStopword(w)) || this.#documentFrequency(w, WORDS) > 0) return true;
    // Or a typo of a word whose root some passage has, in another of its forms: "pemimpn" is "pemimpin", which no
    // write-up says, but "dipimpin oleh Rina Marlina" does; counted as absent, "siapa pemimpn pendakian
    // papandayan" went unanswered. (Only once no typo is a word itself: stemming each costs more. Only for a word
    // of seven letters or more: a typo and then an affix are two guesses, and a short name has too many readings
    // (one letter from a word with "-i" or "-kan" whose root some passage has; measured: one more question of
    // another set answered over squad-en-id, 210 → 211 of 730, without it).)
    if (word.length < 7) return false;
    for (const w of typos) if (stemsOf(w, this.reading).some((s) => s !== w && s.length > 3 && this.#documentFrequency(s, WORDS) > 0)) return true;
    return false;
  }

  /**
   * See SearchResult.attainable: over the words the question is about (not those that only ask which one). A word
   * the corpus lacks altogether counts as attainable: its absence is evidence.
   */
  #attainable(groups: QueryGroup[], contentWeight: number): number {
    if (contentWeight === 0) return 1;
    let attainable = 0;
    const inCorpus = (forms: { surface: string[]; stems: string[]; scope?: 'en' }) =>
      [...forms.surface, ...forms.stems].some((w) =>
        forms.scope === 'en' ? [...this.#termScores(w, WORDS).keys()].some((id) => this.#english.has(id)) : this.#documentFrequency(w, WORDS) > 0,
      );
    for (const g of groups) {
      if (g.recency) continue;
      // Only the alternatives the corpus has: "cost" → biaya in a corpus without "biaya" is a word the corpus
      // lacks, whose absence counts in full, as the Indonesian question's "biaya" would.
      // (A guessed long form does not lower it: what the guess cannot earn stays to be matched, see
      // initialsWeight.)
      const through = g.alternatives
        .filter(inCorpus)
        .map((a) => (a.guessed || a.switched || a.related || a.synonym ? 1 : alternativeWeight(a)));
      attainable += g.weight * (inCorpus(g) || through.length === 0 ? 1 : Math.max(...through));
    }
    return attainable / contentWeight;
  }

  /**
   * Autocomplete: completes the last word(s) of what was typed with a title, a named thing or a word from the
   * corpus (see suggestFrom). Always offers what was typed first, so the member can send it as it is.
   */
  suggest(typed: string, limit = 25): string[] {
    // Collected on first use, as the names are; but not for an empty box (what Discord sends as a member opens
    // /ask), which is offered names alone: its first keystroke after a (re)load does not wait for the words too.
    if (this.#vocabulary === null && tokenize(typed).length === 0) return suggestFrom(this.named(), typed, limit);
    return suggestFrom(this.named(), typed, limit, (this.#vocabulary ??= collectVocabulary(this.#byNumber)));
  }

  /** The titles and named things autocomplete offers, most mentioned first. */
  named(): readonly Suggestion[] {
    // Collected on first use rather than at build time: a reload should not wait for autocomplete's needs.
    return (this.#suggestions ??= collectSuggestions(this.#byNumber));
  }

  /**
   * The corpus's words autocomplete completes to, collected in steps (in the background after a load, see
   * Library).
   */
  async vocabularyInTurns(): Promise<void> {
    if (this.#vocabulary !== null) return;
    const words = await collectVocabularyInTurns(this.#byNumber);
    this.#vocabulary ??= words;
  }

  /** named(), collected in steps that let the event loop take turns between them (for the example /help gives). */
  async namedInTurns(): Promise<readonly Suggestion[]> {
    if (this.#suggestions !== null) return this.#suggestions;
    const names = await collectSuggestionsInTurns(this.#byNumber);
    // Autocomplete may have collected them meanwhile (all at once): the same names, so either copy will do.
    return (this.#suggestions ??= names);
  }
}

/**
 * English verbs that only say an event takes place ("held" of "where is the orientation held"), and the kinds of
 * question in which they say no more (asksPlaceOrTime; see SearchIndex.analyze).
 */
const TAKING_PLACE: ReadonlySet<string> = new Set(['held', 'happen', 'happens', 'happened', 'located', 'situated']);

/** Words that label a date in a question ("tanggal 14 Juni 2025", chat's "tgl"): see SearchIndex.analyze. */
const DATE_LABELS: ReadonlySet<string> = new Set(['tanggal', 'tgl']);

/** Words that only label the month after them, "bulan Juni" (see #analyse). */
const MONTH_LABELS: ReadonlySet<string> = new Set(['bulan', 'bln']);

/** Words that only label the number after them, "keputusan nomor 5" (see #analyse). */
const NUMBER_LABELS: ReadonlySet<string> = new Set(['nomor', 'nomer', 'nmr', 'no', 'number', 'nr']);

/** Documents read between two turns of the event loop while an index prepares (see SearchIndex.build). */
const PREPARE_STEP = 250;

/** A number a question spells out beside a title's word (see SearchIndex.#numbersSpelled). */
interface SpelledInQuestion {
  /** The number in digits. */
  n: string;
  /** The forms of the word it numbers that titles have. */
  numbers: string[];
  /** The number's words, joined ("kedua", "keduabelas"). */
  word: string;
}

/** A capital letter anywhere (module-level: see test/tsx-hot-path.test.ts). */
const HAS_CAPITAL = /\p{Lu}/u;

/** An alternative that a memo shares between questions, frozen with its word lists. */
function frozen(a: Alternative): Alternative {
  Object.freeze(a.surface);
  Object.freeze(a.stems);
  return Object.freeze(a);
}
// (Module-level, as HAS_CAPITAL: each is read for every word of a question; see docs/retrieval.md on tsx.)
const HAS_NUMERAL = /\p{N}/u;
const HAS_LOWER_CASE = /\p{Ll}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
/** An Indonesian word with a particle or a possessive written on to it (see #withoutParticle). */
const WITH_PARTICLE = /^(\p{L}{3,}?)(kah|tah|lah|pun|nya|ku|mu)$/u;

/**
 * How many words' positions an index keeps (see SearchIndex.#positions): about 6 MB at most, some 11 bytes a word;
 * twice tydiqa-id's 230,000 words with terms.
 */
const PROXIMITY_CACHE_WORDS = 500_000;

/**
 * How many passages the stopword pairs' readings kept per index may hold (see SearchIndex.#pairs): at most
 * PAIR_PASSAGES a pair, some 35 bytes a passage in a Set (334 Sets of 300, 3.5 MB, measured in Node 20), so a few
 * hundred pairs found somewhere; a pair found nowhere counts as one but costs some 300 bytes (its key, its entry,
 * an empty Set), up to ~30 MB were 100,000 such pairs asked (each of a word some write-up has: see #pairPassages).
 */
const PAIR_CACHE_PASSAGES = 100_000;

/** A stopword pair's reading where no write-up has the word (see SearchIndex.#pairPassages): never kept. */
const NO_PASSAGES: ReadonlySet<number> = new Set();

/** A token's normalised form (a module constant: #translate maps every translation's tokens by it). */
function tokenNorm(token: Token): string {
  return token.norm;
}

