// From ranked passages to the answer every front end renders: results with snippets, highlights and
// citations, and an honest `answered: false` when nothing in the corpus really matches the question.

import { isIndonesianWord, isModifierTerm, isNameAt, isStopword, isYear, stemsOf, termsAt, tokenize, wordsOf, type RootReading, type Token } from './analyzer.ts';
import { answerSlot, answerValues, shownSlot, type AskedSlot } from './answer-slot.ts';
import { namesMeasure, statesMeasureOtherThan } from './measure-slot.ts';
import { askedNumbers } from './asked-numbers.ts';
import { whoFirstFor } from './who-first.ts';
import { ownerNames, statesAmountOf } from './value-owner.ts';
import { FREE, MONEY } from './question-words.ts';
import { askedType, askedTypeFirst, asksCount, asksDeadline, asksEndTime, asksPlaceOrTime, isAskedTypeLabel, isOfAskedKind, namesAskedKind, statesAskedType, type AskedType } from './asked-type.ts';
import { clip, cutAfter, cutBefore } from './cut.ts';
import { correctionsFirst } from './correction-posts.ts';
import { reportedDateTerms, reportedMonths } from './reported-month.ts';
import { labelledFirst } from './labelled-first.ts';
import { saidFirst } from './said-first.ts';
import { ownLanguageFirst } from './own-language.ts';
import { closesFence, codeSpans, fenceOf } from './hidden.ts';
import { emailSpans, linkSpans, withoutLinks } from './links.ts';
import { namesRelativePeriod, relativeDateWords } from './relative-text.ts';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, isDateWord, isMonthName, MONTHS, textDateMonths, WRITTEN_MONTHS } from './dates.ts';
import { listsInPlace } from './lists.ts';
import { latestMonthFirst } from './month-year.ts';
import { ofMonth, titledMonthFirst } from './month-asked.ts';
import { titleSaysRoot } from './title-root.ts';
import { spelledNumberAt } from './number-words.ts';
import { eventKindsOf, foretellsOnly, onlyPlansNext, recordBeforePlan, TOPIC_WORDS } from './plans.ts';
import { abbreviates, namesTheSame, type Saying } from './said-otherwise.ts';
import { asLastOfKind, periodTest, readRelativeDays, relativePeriods, shownAsRead, type RelativePeriod } from './relative-days.ts';
import { alsoAsksNewest, anyDateAfter, isAnyEvent, preferByDate, speaksOfFuture, speaksOfLaterTime, writeUpsByDate } from './recency.ts';
import { isMarker } from './list-items.ts';
import { numberedKey, numberings, numbersWith } from './numberings.ts';
import { calendarText } from './calendar-words.ts';
import { titledInEnglish } from './alternatives.ts';
import type { Alternative, Hit, QueryGroup, SearchIndex, SearchResult } from './search.ts';
import { nearKey, type DocumentWords } from './document-words.ts';
import { headingText, openingHeading, splitSentences } from './sentences.ts';
import { joinedForm } from './hyphens.ts';
import { groupBy } from './group-by.ts';
import { rowStartAt } from './tables.ts';
import { namesOnlyOtherYears, namesOtherEdition, saysAnyOf, saysOutcomeOf } from './other-edition.ts';
import { yearBesideWords } from './year-sentence.ts';
import { lineStartOf, snippetFocus, TITLE_WORD_WEIGHT } from './snippet-focus.ts';
import { shownTitle } from './text-title.ts';
import type { Answer, AnswerResult, Highlight, Passage } from './types.ts';

export interface AskOptions {
  /** How many results to return (after `offset`). Default 3. */
  top?: number;
  /** How many of the best results to skip: paging. Default 0. */
  offset?: number;
  /**
   * The day the question is asked (YYYY-MM-DD, the bot's clock): "besok", "hari ini", "tomorrow" are read as dates
   * relative to it in a corpus of dated write-ups (see relative-days.ts). Without it they are words, as before.
   */
  today?: string;
}

/**
 * When a question counts as answered. A confident answer needs its best passage to match most of what the
 * question is about (IDF-weighted coverage), so a question whose rare words the corpus has never seen
 * ("tallest mountain in Africa", "harga beras") is not answered from the few common words it shares with it.
 * Coverage is measured against what the corpus could match at best (SearchResult.attainable): an English word
 * found only through its translation earns less than the word itself, and without that allowance English
 * questions would need to match far more of themselves than Indonesian ones to count as answered (measured on
 * squad-en-id: 76% of answerable questions answered before, 84% after, at the same threshold). A word whose
 * translations the corpus lacks too gets no allowance: its absence counts in full, as its Indonesian's would.
 */
export const CONFIDENCE = {
  /** Least IDF-weighted share of the question the best passage must match (of what the corpus could match). */
  minCoverage: 0.45,
  /** Weak suggestions shown when unanswered must still cover this much of the question. */
  minSuggestionCoverage: 0.15,
} as const;

/** The longest snippet, in characters; a passage no longer than this is its own snippet. */
export const SNIPPET_CHARS = 240;
const MAX_QUESTION_CHARS = 1000;

export function answerQuestion(index: SearchIndex, question: string, options: AskOptions = {}): Answer {
  const asked = answerAsRead(index, question, options);
  // "meetup kemarin di mana": where no meetup of yesterday answers it, the last meetup held (see asLastOfKind).
  if (asked.answered || options.today === undefined || !index.monthDated) return asked;
  const last = asLastOfKind(clip(question, MAX_QUESTION_CHARS), titledKind(index), (words) => titledTogether(index, words));
  const lastOfKind = last === null ? asked : answerAsRead(index, question, options, { question: last, before: options.today });
  return lastOfKind.answered ? lastOfKind : asked;
}

/**
 * Whether a word (in lower case) is a kind of event an index's dated write-ups are titled by, "pendakian" of
 * "Pendakian #6: Gunung Semeru" (see relative-days.ts, isKindOfEvent): a title's word the text writes in lower
 * case somewhere, a common word. Not a name, "rinjani" of "Pendakian #4: Gunung Rinjani", which says which hike,
 * not what kind: "biaya ke rinjani kemarin" is no "the latest Rinjani".
 */
function titledKind(index: SearchIndex): (word: string) => boolean {
  return (w) => index.datedTitleWords.has(w) && index.writesInLowerCase(w);
}

/** Whether one dated write-up's title has every one of `words` (in lower case): see asLastOfKind. */
function titledTogether(index: SearchIndex, words: readonly string[]): boolean {
  for (const title of index.titleWords().values()) if (title.dated && words.every((w) => title.words.has(w))) return true;
  return false;
}

/**
 * The documents whose opening passage (SearchIndex.openingPassages) names a date after `day` (see
 * SearchIndex.openingDates): announcements of what is still to come.
 */
function announcedAfter(index: SearchIndex, day: string): Set<string> {
  return new Set([...index.openingDates].filter(([, named]) => anyDateAfter(named, day)).map(([docId]) => docId));
}

/**
 * The answer to the question as read with its days named relative to today (see relative-days.ts), or read as
 * `lastOf.question`, answered from write-ups dated before `lastOf.before` only.
 */
function answerAsRead(index: SearchIndex, question: string, options: AskOptions, lastOf?: { question: string; before: string }): Answer {
  const top = clampInt(options.top ?? 3, 1, 50);
  const offset = clampInt(options.offset ?? 0, 0, 1000);
  // Questions are bounded where they enter (Discord: 300 chars); this guards every other caller too. (The links
  // pasted into it are left out by the search itself: see withoutLinks.)
  const clipped = clip(question, MAX_QUESTION_CHARS);
  // "acara besok": tomorrow's date, where write-ups are dated (undated reference text has no day to find).
  const q = lastOf?.question ?? (options.today !== undefined && index.monthDated ? readRelativeDays(clipped, options.today, titledKind(index)) : clipped);
  // (Not a write-up dated before today that opens with a day still to come, an announcement of the next meetup:
  // "meetup kemarin" is the last one held, and "Meetup #11 akan diadakan Sabtu, 19 Desember 2026" is not it.)
  const ahead = lastOf === undefined ? new Set<string>() : announcedAfter(index, lastOf.before);
  const before = (p: Passage) => lastOf === undefined || (p.date !== null && p.date < lastOf.before && !ahead.has(p.docId));
  // The whole ranking, not only this page's share of it: when the question is not answered, passages not worth
  // offering may rank above ones that are, and the page is filled from further down (so that a page, and the next
  // page's offset, count suggestions only). Every candidate is ranked either way; returning them all costs little.
  const searched = index.search(q, Infinity);
  const result = withOrdinalPhrases(onDayFirst(lastOf === undefined ? searched : { ...searched, hits: searched.hits.filter((h) => before(h.passage)) }));
  // "acara terbaru apa?": every dated write-up is an event, whatever it says (see onlyWhichEvent). (A corpus with
  // no dated write-up, or none that plans anything, is asked as before.)
  const anyEvent = onlyWhichEvent(result);
  const writeUps = anyEvent ? writeUpsByDate(index.openingPassages.values(), index.firstPlans, anyEvent, before, (docId) => index.announcing.has(docId)).map(asHit) : [];
  const readAs = q === clipped ? {} : { readAs: lastOf === undefined ? shownAsRead(clipped, options.today!, titledKind(index)) : q };
  if (writeUps.length > 0) return { question, ...readAs, answered: true, results: writeUps.slice(offset, offset + top).map((hit) => toResult(hit, longFormsOf([]), (norm) => index.writesInLowerCase(norm), index.reading, null)) };
  // One reading of which write-ups name what the question names, for the confidence test and the order alike.
  const naming = namingBy(result, index);
  const calendar = (p: Passage) => index.calendarWords(p);
  // "workshop besok di mana": answered only from the write-up of that day or a plan that names it; the workshop of
  // another week matched "workshop" well enough to be taken for tomorrow's (a typed date may be a member's guess,
  // and is matched as words are; the clock's is not).
  const onTheDay = q === clipped || lastOf !== undefined ? result : ofPeriods(result, relativePeriods(clipped, options.today!), index, eventKindsOf(result.groups));
  // What the question asks for (see asked-type.ts), as the search read it (SearchResult.asked): as searched, for
  // the confidence test, which judges what was searched; as typed, for the order of its results (`asks` below),
  // read again only for an answered question whose days were read as dates.
  // The answer's slot (answer-slot.ts), read once: its measure for the confidence test, all of it for the order.
  const slotAsked = answerSlot(q);
  const measureAsked = slotAsked?.slot.type === 'measure' ? slotAsked : null;
  const asksResult = asksWhatHappened(q);
  const answered = isConfident(onTheDay, (h) => naming(h) === 'named' || naming(h) === 'unasked', calendar, whichOnly(onTheDay, index, withoutLinks(q), searched, measureAsked), asksResult, asksResult || asksVisitors(q), index, measureAsked);
  // Passages found only through their document's title are not results: they say nothing of the question.
  // "when does devfest start": the write-up's "Doors opened at 8 am …" matches only its title's "DevFest" and was
  // no result, though it states what is asked (see asked-type.ts); only where another passage of it is one.
  const asks = !answered ? null : q === clipped ? searched.asked : askedType(withoutLinks(clipped));
  const found = answered ? withAskedType(saying(onTheDay, naming), onTheDay.hits, asks, naming) : suggestions(result);
  // "meetup terbaru": among the passages that match the rest of the question alike, the newest write-up's first.
  // After the confidence test and the filters, so that it can only reorder what would be shown anyway.
  const byDate = preferByDate(found, result.recency, (docId) => index.announcing.has(docId));
  // Then the passages of write-ups that name the event asked about: "siapa pembicara meetup ke-20?" showed meetup
  // #11's "20 November" between meetup #20's paragraphs. (Before the year's and the month's order, not after it:
  // "lomba 17an 2025 di mana" named last year's "Pemenang Lomba 17an 2024" by its title, whose passages came
  // before the 2025 write-up's, which states the place but titles its event otherwise.)
  const named = answered ? namedFirst(byDate, result, naming, index) : byDate;
  // Answered about a year, the passages that can answer about it come first: the answer was judged on them, and
  // another year's write-up ranked above them would be read as the answer ("siapa pemenang DevFest 2023?" showed
  // the 2024 winner first when both write-ups were there). The others follow, as what else is close.
  const years = yearsOf(result);
  const byYear = answered && years.length > 0 ? yearFirst(named, years, calendar, result.groups) : named;
  // So are those of the month it names, with or without its year: "siapa sponsor meetup bulan Juli?" showed the
  // November minutes, which say "sponsor", "meetup" and "bulan", above July's write-up.
  const months = monthsOf(result);
  const byMonth = answered && months.length > 0 ? monthFirst(byYear, months, calendar) : byYear;
  // With no year, the latest of that month first: "meetup bulan November" is this year's, not last year's.
  const byLatestMonth = answered && months.length > 0 && years.length === 0 ? latestMonthFirst(byMonth, months) : byMonth;
  // And a numbered event's own write-up before another document's plan for it (see plans.ts).
  const recorded = answered ? recordBeforePlan(byLatestMonth, result.groups, result.recency === 'upcoming', (docId) => unsaid(result, index, docId)) : named;
  // And a list written one item a paragraph in the place of the line that introduces it ("Selamat kepada para
  // pemenang!" before "Juara 1: …", "Juara 2: …"), which says what its items are of: see lists.ts.
  const listed = answered ? listsInPlace(recorded, index.listRuns, asHit) : recorded;
  // And within a write-up, its passages that number what the question numbers: "Hari 2:" before the workshop's
  // opening paragraph for "hari 2 lokakarya rust", which says "lokakarya" and "Rust" itself but not which day.
  const paired = pairedFirst(listed);
  // And within a write-up, among its passages that match the question alike, the one that states the time, the
  // amount, the place or the count asked for ("jam brp meetup 5 mulai": "Acara dimulai pukul 19.00 WIB", not the
  // opening).
  // (Not ahead of a passage that speaks of the coming one, asked for: "meetup berikutnya di mana" keeps an older
  // write-up's "Sampai jumpa di meetup berikutnya" before that write-up's own place, which is not the next one's.)
  const coming = result.recency === 'upcoming' ? (h: Hit) => h.passage.date !== null && speaksOfFuture(h.passage.text, true, h.passage.date) : undefined;
  // (Before that, within a write-up, among its passages that match the question alike, the one that writes the
  // question's words side by side, not only through its title or date: "Total donasi Maret 2025: Rp …" before
  // "Total pengeluaran: Rp …" of the March report, for "total donasi bulan Maret"; see said-first.ts.)
  const askedSlot = answered ? slotAsked : null;
  const said = answered ? saidFirst(paired, askedSlot, asks) : paired;
  // (When an event is held, not a deadline's date: "bedah buku kapan" wants "Sabtu, 22 November", not the
  // registration's "ditutup 20 November"; see statesHeldTime.)
  // (And, within a write-up, the passage that writes a question's word as a label, "Narasumber: …", before the
  // passages that match about alike, the opening that repeats the event's name: see labelled-first.ts.)
  const labelled = answered ? labelledFirst(said, result.groups, askedSlot, asks, (docId) => index.passagesOf(docId)) : said;
  // (Of an amount, the passage that states one of the thing asked: "Tiket presale Rp35.000" before the same
  // write-up's "Sewa sound system Rp 1.500.000" for "harga tiket"; see value-owner.ts.)
  const ofThing = asks === 'amount' && pricesAsked(result.groups) ? amountOf(result.groups, index) : null;
  const owned = ofThing === null ? undefined : (h: Hit) => ofThing(h.passage.docId, h.passage.text) === true;
  const typed = asks === null ? labelled : askedTypeFirst(labelled, asks, coverageBeside(result.groups, asks), coming, asksEndTime(q) ? 'end' : !asksDeadline(q), owned);
  // And across write-ups, for an Indonesian question, the passage of a write-up before a later English summary's
  // that matches alike: the summary names the same teams and numbers, the write-up holds the detail (see
  // own-language.ts).
  // (And for a question that asks who, the passage that names someone before its write-up's others that match no
  // more of it: see who-first.ts.)
  const whoNamed = answered ? whoFirstFor(typed, clipped) : typed;
  const own = answered ? ownLanguageFirst(whoNamed, result, index, askedSlot, asks, (h) => naming(h) === 'named') : typed;
  // And a correction post ("Ralat: … 120 KK, bukan 210") before the earlier report whose figure it sets right, where
  // it matches the question as well (see correction-posts.ts). Last, so that no order above puts the report back.
  const hits = answered ? correctionsFirst(own) : own;
  const longForms = longFormsOf(result.groups);
  // (Read as typed: see answer-slot.ts's shownSlot.)
  const slot = shownSlot(clipped);
  return {
    question,
    ...readAs,
    answered,
    results: hits.slice(offset, offset + top).map((hit) => toResult(hit, longForms, (norm) => index.writesInLowerCase(norm), index.reading, slot)),
  };
}

/**
 * The ranking's passages of write-ups dated one of the question's days (see Hit.onDay), or of one of `periods` (a
 * week, a month, a year: see periodTest), or whose text names one of them.
 */
function ofPeriods(result: SearchResult, periods: readonly RelativePeriod[], index: SearchIndex, kinds: ReadonlySet<string>): SearchResult {
  // (Not by its date a write-up dated in a week, month or year that opens with a day after it (its opening
  // passage, SearchIndex.openingPassages): the announcement, posted last week, of a meetup next month is no "meetup minggu
  // lalu", as it is no "meetup kemarin". What it names of the period still counts. Nor a passage of one that
  // speaks of the kind of event asked about only to announce the next: May's minutes' "meetup berikutnya akan
  // diadakan 14 Juni" is no "meetup bulan ini" in May.)
  // (Of a month or a year, a monthly report by the month its title names, posted after it: see reported-month.ts.
  // "saldo kas bulan lalu" asked in August is July's report, posted in August, as "saldo kas juli 2025" is.)
  const tests = periods.map((p) => [p.unit === 'day' ? new Set<string>() : announcedAfter(index, p.to), periodTest(p), p.unit === 'month' || p.unit === 'year'] as const);
  const plans = new Map<Passage, boolean>();
  // (Read once for a passage, whichever period asks first; a `false`, the common answer, is kept too.)
  const plan = (p: Passage) => {
    let only = plans.get(p);
    if (only === undefined) plans.set(p, (only = onlyPlansNext(p.text, p.date, kinds)));
    return only;
  };
  const of = (h: Hit) =>
    tests.some(([ahead, test, monthly]) => {
      const written = ahead.has(h.passage.docId) ? null : h.passage.date;
      const reported = monthly ? reportedMonths(written, h.passage.title) : [];
      return reported.length === 0 ? test(h.passage.text, written, () => plan(h.passage)) : reported.some((d) => test(h.passage.text, d, () => plan(h.passage)));
    });
  return { ...result, hits: result.hits.filter((h) => h.onDay === true || of(h)) };
}

/** The question's words (not those that only ask which one, nor names) that a document never says, in any form. */
function unsaid(result: SearchResult, index: SearchIndex, docId: string): QueryGroup[] {
  const { words } = index.documentWords(docId);
  const says = (g: QueryGroup) => [...g.surface, ...g.alternatives.flatMap((a) => a.surface)].some((w) => words.has(w));
  return result.groups.filter((g) => !g.recency && !g.identifies && !says(g));
}

/**
 * Which end of the calendar a question asks for when it asks nothing but which event, of any kind: "acara terbaru
 * apa?", "what's the latest event?", "acara berikutnya" (see writeUpsByDate); else null. Its words only ask which
 * one, or for the coming one, and one of them is a word for any event ("terbaru" alone asks nothing).
 */
function onlyWhichEvent(result: SearchResult): SearchResult['recency'] {
  const { groups, recency } = result;
  if (recency === null) return null;
  // "kapan yang berikutnya", "where's the next one", "what's next?": the coming one, of no kind the question
  // names, is the next event of any kind, answered from the newest plan (whose citation names the write-up it is
  // in). "terbaru" alone still asks nothing: "the latest" of a chat is as often news as an event.
  if (recency === 'upcoming' && groups.every((g) => g.upcoming || g.recency)) return recency;
  if (groups.length === 0) return null;
  // ("acara terakhir": beside a word for any event, "terakhir" asks only which one, as "terbaru" does; a passage
  // that says "terakhir" is not about the last event for that. "the last one": so does "one", see isEventProForm.)
  if (!groups.every((g) => g.recency || g.upcoming || alsoAsksNewest(g.word)) || !groups.some((g) => g.recency && (isAnyEvent(g.word) || g.word === 'one'))) return null;
  return recency;
}

/**
 * The ranking with the passages of write-ups dated the very day the question gives first (see Hit.onDay), each
 * part in the order it came: they are what the question asks about, judged for confidence and shown before the
 * rest. "acara tanggal 14 Juni 2025" was left unanswered, a workshop of 21 June whose text says "21 Juni 2025"
 * ranked above the meetup held on the 14th, which matched the question only through its date; "what happened on 14
 * June 2025" was answered with the workshop.
 */
function onDayFirst(result: SearchResult): SearchResult {
  return result.hits.some((h) => h.onDay) ? { ...result, hits: firstWhere(result.hits, (h) => h.onDay === true) } : result;
}

/**
 * The ranking with the passages that write one of the question's ordinals in words beside another word of the
 * question marked as numbering what it numbers (Hit.paired): "Hari kedua dipandu oleh Citra Dewi" for "siapa
 * pembicara workshop hari kedua" or "who led the second day". Where no write-up numbers days in digits ("Hari
 * 2:"), "hari" and "kedua" were only words of number and time, which say nothing of what is asked: the section was
 * no result at all, and the workshop's opening ("selama dua hari") and its fee were shown. Only among the best
 * candidates, and only for a question with an ordinal in words and something to ask of it (each such passage is
 * tokenized once).
 */
function withOrdinalPhrases(result: SearchResult): SearchResult {
  const ordinals = new Set<number>();
  result.groups.forEach((g, i) => {
    // (Not an ordinal that numbers the event itself, beside a word of its title ("pendakian pertama" of "Pendakian
    // #1: …"): that names the write-up in every one of its passages alike, and the opening that repeats it,
    // "Pendakian pertama … berjalan lancar", came before the passage that says what was asked, "berkumpul pukul
    // 21.00", for "jam berapa kumpul pendakian pertama".)
    if (spelledNumberAt([g.word], 0)?.ordinal && !(g.identifies && g.number !== undefined)) ordinals.add(i);
  });
  // (A question of nothing but the day, "hari kedua", still asks nothing: numbers and time words alone answer
  // nothing, see saysSomething.)
  if (ordinals.size === 0 || result.groups.every((g) => g.recency || g.surface.every(isModifierTerm))) return result;
  const writesPhrase = (hit: Hit): boolean => {
    if (hit.paired) return false;
    const norms = tokenize(hit.passage.text).map((t) => t.norm);
    // Two neighbouring words, each matched for another question word, one of them an ordinal in words ("kedua").
    return norms.some((w, k) => {
      const a = hit.terms.get(w);
      const b = hit.terms.get(norms[k + 1] ?? '');
      if (a === undefined || b === undefined || a === b || (!ordinals.has(a) && !ordinals.has(b))) return false;
      return spelledNumberAt(norms, ordinals.has(a) ? k : k + 1)?.ordinal === true;
    });
  };
  const hits = result.hits.map((h, i) => (i < NAMED_CANDIDATES && writesPhrase(h) ? { ...h, paired: true as const } : h));
  return { ...result, hits };
}

/** A passage shown for what its write-up is, not for words it matched (see onlyWhichEvent). */
function asHit(passage: Passage): Hit {
  return { passage, score: 0, coverage: 0, titleCoverage: 0, restCoverage: 0, strictCoverage: 0, matched: 0, translated: 0, related: 0, terms: new Map() };
}

/**
 * `hits` with those of write-ups that name what the question names (see naming) first, among the best
 * NAMED_CANDIDATES (the ones a member pages through; each asks for its document's words once), each part in the
 * order it came; the rest after them unchanged.
 */
function namedFirst(hits: Hit[], result: SearchResult, naming: (hit: Hit) => Naming, index: Pick<SearchIndex, 'writesInEnglish'>): Hit[] {
  if (!result.groups.some((g) => g.identifies || g.kind) && result.cappedStopwords.length === 0) return hits;
  // Only write-ups that do name it: one of which nothing was asked (an undated, untitled page; the conference's
  // write-up asked about "meetup #7") says nothing of whether it is about the event, and keeps its place. Those of
  // another kind of event (the workshop's, asked about the conference: see kindsOf) come after all of them.
  const head = hits.slice(0, NAMED_CANDIDATES);
  const named = firstWhere(head, (h) => naming(h) === 'named');
  const kind = firstWhere(named, (h) => naming(h) !== 'another kind');
  return [...(asksWhereOrWhen(result) ? titleLeadsFirst(kind, result, (h) => naming(h) === 'named' || naming(h) === 'unasked', index) : kind), ...hits.slice(NAMED_CANDIDATES)];
}

/** Whether the question asks where or when (SearchResult.asksWhereOrWhen, or a place, a day or a time asked). */
function asksWhereOrWhen(result: SearchResult): boolean {
  return result.asksWhereOrWhen || asksPlaceOrTime(result.asked);
}

/** A colon ending a title's first part ("Gema Fest 2025: Dua Hari", "Recap: …"), not one inside a time (10:00). */
const TITLE_COLON = /:(?!\p{N})/u;
/** A year, an edition's number: no word of a title's own (see titleRead). */
const NUMBER_LED = /^\p{N}/u;
/** What stands between two words of one compound in a title (see TitleRead.compound). */
const SPACES_ONLY = /^[^\S\n]+$/u;

/** A title's words as titleLeadsFirst reads them: without stopwords, and where its first part ends (see below). */
interface TitleRead {
  words: string[];
  /** How many of `words` stand before the colon that ends the title's first part, if any (else all of them). */
  firstPart: number;
  /**
   * How many of `words` stand side by side from the opening, only spaces between them: a stopword or a mark
   * ("Harbor Lights Festival at Pelabuhan Lama Pier", "Harbor Lights Festival, 14–15 November") ends the compound.
   */
  compound: number;
}

/**
 * `title`'s words without stopwords, from its opening: after a label before a colon ("Recap: Harbor Lights
 * Festival", "Laporan: …"), a first part of one word that is not one of the question's `asked`, since the label
 * says what the write-up is and not what it is about. A first part of two words or more is a name of its own
 * ("Lomba Foto Bidik Bandung 2025: Wajah Kota" is the contest's, its theme after the colon), and one with a word of
 * the question the name asked about ("Gema Fest 2025: Dua Hari, Dua Panggung"): both are kept. (A name is two
 * words at least, see titleLeadsFirst; one word before a colon is none.)
 */
function titleRead(title: string, asked: ReadonlySet<string>): TitleRead {
  const tokens = tokenize(title).filter((t) => !isStopword(t.norm));
  let colon = title.search(TITLE_COLON);
  let from = 0;
  if (colon > 0) {
    const label = tokens.findIndex((t) => t.start > colon);
    if (label === 1 && !asked.has(tokens[0]!.norm)) {
      from = label;
      const next = title.slice(colon + 1).search(TITLE_COLON);
      colon = next === -1 ? -1 : colon + 1 + next;
    }
  }
  const kept = tokens.slice(from);
  const words = kept.map((t) => t.norm);
  const ends = colon <= 0 ? -1 : kept.findIndex((t) => t.start > colon);
  let compound = Math.min(1, kept.length);
  while (compound < kept.length && SPACES_ONLY.test(title.slice(kept[compound - 1]!.end, kept[compound]!.start))) compound++;
  return { words, firstPart: ends === -1 ? words.length : ends, compound };
}

/**
 * Whether an English title's first part has, after the question's words it opens with, words of its own in the
 * same compound (not a date's: a year, a number, a month's or a day's name): English puts a compound's head last,
 * and "Harbor Lights Festival Volunteer Call" is a call, for the festival, where "Harbor Lights Festival 2025",
 * "Harbor Lights Festival 14 November 2025" and "Harbor Lights Festival at Pelabuhan Lama Pier" (a place after a
 * preposition, no head of the compound) are the festival's.
 */
function headAfterName(read: TitleRead, asked: ReadonlySet<string>): boolean {
  const end = Math.min(read.firstPart, read.compound);
  let k = 0;
  while (k < end && asked.has(read.words[k]!)) k++;
  for (; k < end; k++) if (!datesWord(read.words[k]!)) return true;
  return false;
}

/** Whether a title's word is one of a date's (see headAfterName): "2025", "14", "november", "nov", "saturday". */
function datesWord(word: string): boolean {
  return NUMBER_LED.test(word) || WRITTEN_MONTHS.has(word) || ENGLISH_WEEKDAYS.includes(word);
}

/**
 * `hits` with, among the first ones that `among` takes, those whose write-up's title opens with two words of
 * the question (the event's name) first, each part in the order it came; the rest unchanged. An Indonesian title says first what its
 * write-up is about: "Gema Fest 2025: Dua Hari, Dua Panggung" is the festival's, "Open Call Audisi Band Gema Fest
 * 2025" the audition's for it, and asked where or when the festival is, the audition's studio and demo deadline
 * ranked first. Asked of the audition ("audisi gema fest dimana"), the festival's write-up lacks a kind the
 * question names and is not among them (see kindsOf). A title opens after a label before a colon ("Recap: Harbor
 * Lights Festival 2025", see titleRead); an English write-up's title (SearchIndex.writesInEnglish) puts its head
 * last, and one that opens with the name and has words of its own after it ("Harbor Lights Festival Volunteer
 * Call") names the event after words of its own, as "Open Call Audisi Band Gema Fest" does (see headAfterName).
 */
function titleLeadsFirst(hits: Hit[], result: SearchResult, among: (hit: Hit) => boolean, index: Pick<SearchIndex, 'writesInEnglish'>): Hit[] {
  let end = 0;
  while (end < hits.length && among(hits[end]!)) end++;
  if (end < 2) return hits;
  const words = new Set(result.groups.flatMap((g) => [...g.surface, ...g.stems]));
  // (A name of two words at least, "Gema Fest": a title opening with one word of the question, "Gede lagi! Open
  // trip Gunung Gede", names a mountain, a place or a person as often as the event. And only where another
  // write-up's title has that name after words of its own: "Pemenang Lomba Foto 2025" opens with "pemenang
  // lomba" of "kapan pengumuman pemenang lomba 2025", but the contest's own "Lomba Foto … 2025" does not name the
  // winners after something else; it is no other thing done for them.)
  const block = hits.slice(0, end);
  const read = new Map(block.map((h) => [h, titleRead(h.passage.title ?? '', words)]));
  const titleWords = (h: Hit): string[] => read.get(h)!.words;
  const names = new Set<string>();
  for (const h of block) {
    const [a, b] = titleWords(h);
    if (a !== undefined && b !== undefined && words.has(a) && words.has(b)) names.add(`${a} ${b}`);
  }
  if (names.size === 0) return hits;
  const opensWithName = (h: Hit): boolean => names.has(titleWords(h).slice(0, 2).join(' '));
  const headAfter = (h: Hit): boolean => opensWithName(h) && index.writesInEnglish(h.passage.docId) && headAfterName(read.get(h)!, words);
  const leads = (h: Hit): boolean => opensWithName(h) && !headAfter(h);
  const follows = (h: Hit): boolean => {
    const t = titleWords(h);
    return (t.some((w, i) => i > 0 && names.has(`${w} ${t[i + 1] ?? ''}`)) && !opensWithName(h)) || headAfter(h);
  };
  if (!block.some(follows)) return hits;
  return [...firstWhere(block, leads), ...hits.slice(end)];
}

/**
 * `hits` with, in the places each write-up's passages hold, first those whose own words number what the question
 * numbers (Hit.paired), then its others, each part in the order it came; other write-ups' places are unchanged.
 */
function pairedFirst(hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.paired)) return hits;
  const paired = (h: Hit) => h.paired === true;
  const places = groupBy(hits.keys(), (i) => hits[i]!.passage.docId);
  const out = [...hits];
  for (const own of places.values()) {
    const mine = own.map((i) => hits[i]!);
    const ordered = [...mine.filter(paired), ...mine.filter((h) => !paired(h))];
    own.forEach((place, k) => (out[place] = ordered[k]!));
  }
  return out;
}

/**
 * `found` with the ranking's passages that state what the question asks for (see asked-type.ts) added after the
 * last passage of their write-up, where another passage of that write-up is found and its title has some of the
 * question (and names nothing the question names that it lacks: see Naming): matching only the title, they say
 * nothing of the question's words, but what is asked is in them.
 */
function withAskedType(found: Hit[], ranked: readonly Hit[], asks: AskedType | null, naming: (hit: Hit) => Naming): Hit[] {
  if (asks === null) return found;
  const shown = new Set(found);
  const docs = new Set(found.map((h) => h.passage.docId));
  const asked = (h: Hit) => h.titleCoverage > 0 && (naming(h) === 'named' || naming(h) === 'unasked');
  const extra = ranked.filter((h) => !shown.has(h) && docs.has(h.passage.docId) && asked(h) && statesAskedType(asks, h.passage.text));
  if (extra.length === 0) return found;
  const out = [...found];
  for (const h of extra) {
    const last = out.findLastIndex((f) => f.passage.docId === h.passage.docId);
    out.splice(last + 1, 0, h);
  }
  return out;
}

/**
 * A hit's coverage without the question's words that only name what it asks for ("jam" of "jam berapa"): each such
 * word it matched is taken off at its whole weight (a stem's lesser credit is not told apart here).
 */
function coverageBeside(groups: readonly QueryGroup[], asks: AskedType): (hit: Hit) => number {
  const content = groups.reduce((s, g) => s + (g.recency ? 0 : g.weight), 0);
  const labels = new Set(groups.flatMap((g, i) => (isAskedTypeLabel(g.word, asks) ? [i] : [])));
  if (labels.size === 0 || content === 0) return (hit) => hit.coverage;
  return (hit) => hit.coverage - [...new Set(hit.terms.values())].reduce((s, g) => s + (labels.has(g) ? groups[g]!.weight : 0), 0) / content;
}

/** The hits of an unanswered question worth offering as weak suggestions, best first. */
function suggestions(result: SearchResult): Hit[] {
  return result.hits.filter((h) => isSuggestion(h, result));
}

/**
 * The ranking's passages that say something of the question (see saysSomething), and those of a write-up the
 * question names by its number ("siapa pembicara meetup ke-4") when none of that write-up's passages says more
 * than its title: a write-up need not say the question's other words as the question does (its speaker "presented
 * GitOps", no "speaker" in it), and without its passages the answer was other write-ups' ("We welcome speakers
 * …"), which the question's number says are not about it.
 */
function saying(result: SearchResult, naming: (hit: Hit) => Naming): Hit[] {
  const says = (h: Hit) => saysSomething(h, result);
  if (!result.groups.some((g) => g.identifies && g.numbers !== undefined)) return result.hits.filter(says);
  // (A passage that says only what its title has, "Meetup #9 took place …", says nothing of "pembicara".)
  const speaking = new Set(result.hits.filter((h) => says(h) && h.coverage > h.titleCoverage + 1e-9).map((h) => h.passage.docId));
  return result.hits.filter((h) => says(h) || (!speaking.has(h.passage.docId) && naming(h) === 'named'));
}

/**
 * Whether the passage's own text matched any of the question: a passage found only through its document's title
 * ("2024" in the title) says nothing about it itself, and every passage of that document would match alike. Nor
 * does one that matches only numbers and calendar words: they tell one event from another, but a passage that has
 * "hari" is no answer to "what happened on day 2". Neither the word matched ("day" matched as "hari") nor the
 * question word it matched for ("bulan" found in "bulanan") may be one.
 */
function saysSomething(hit: Hit, result: SearchResult): boolean {
  // But "Hari 2:" says which day it is about, the thing "hari 2 lokakarya rust" asks, whose workshop its title
  // names; and a write-up dated the day the question gives tells what happened that day, though it does not repeat
  // its date.
  if (hit.paired || hit.onDay) return true;
  // And a question whose every word its write-up's title has, and which says which one by its number ("kopdar 4
  // dimana", "episode keempat siapa") or as the newest ("kopdar terakhir dimana"), asks about that event as a
  // whole: its passages answer it ("Kali ini kami berkumpul di Kebun Raya Bogor"), where they need not repeat the
  // title. The write-up's date stands beside its title so: "kopdar 4 2025 dimana", "kopdar terakhir 2025" ask
  // about the kopdar the title and the date name together, though neither the title nor the paragraph says "2025".
  if (result.groups.some(saysWhichOne) && titledOrDated(hit, result)) return true;
  for (const [term, group] of hit.terms) {
    const g = result.groups[group]!;
    // Nor a word that only asks which write-up is meant: a passage that says "terbaru" says nothing of "meetup".
    if (!isModifierTerm(term) && !g.surface.every(isModifierTerm) && !g.recency) return true;
  }
  return false;
}

/**
 * Whether a question's group says which event it asks about by its number or as the newest (see saysSomething).
 * (Asked before the title and the date, which it is cheaper than: tokenizing a title for every passage judged.)
 */
function saysWhichOne(g: QueryGroup): boolean {
  return (g.identifies && g.numbers !== undefined) || g.recency === true;
}

/**
 * The test for a passage that matched, of a question asking something beyond which write-up it is about, only the
 * words that say which one: "siapa sponsor meetup #7" of meetup #7's "Meetup ketujuh diadakan pada 18 Oktober …",
 * whose write-up names no sponsor. The words that name the event (the words of the passage's own title, "Meetup",
 * "#7"; an event's number and the word it numbers; a date's word; a word that asks which one) were most of the
 * question, and passed the confidence bar without the one word it asks about. They select the write-up; they are
 * no evidence of the answer. Such a passage is no answer (it stays a suggestion): another of the question's words
 * must be matched in some form (as written, a stem, a translation, a doer, a typo away), or its write-up must say
 * it in words of its own (saysOtherwise: the people other write-ups call speakers as "Panelis", "HTM" for "harga
 * tiket"). Not for a question that asks where, when or what about ("meetup 6 diadakan di mana", "where was meetup
 * 2 held", "what did meetup 7 cover"): every write-up tells that, in its own words ("took place … at"). Nor for a
 * question whose every word names the event ("kapan meetup #3", "ada workshop docker ga"), which its write-up
 * answers as a whole, unless it asks a time or an amount ("meetup 6 jam berapa"): a write-up that states none does
 * not answer it. (`asks`: what the search read `question` to ask, SearchResult.asked and asksWhereOrWhen: one
 * reading of its words, which the caller has already.)
 */
function whichOnly(result: SearchResult, index: SearchIndex, question: string, asks: Pick<SearchResult, 'asked' | 'asksWhereOrWhen'>, measure: AskedSlot | null = null): (hit: Hit) => boolean {
  const type = asks.asked;
  // (A place asked for, by a word of where or of place alone, "lokasi kopdar kelima", is a where: a place is
  // written in too many ways to tell a write-up that states none, "took place online", "di rumah Pak RT".)
  if (type === 'place' || asks.asksWhereOrWhen || asksAboutWhat(question)) return () => false;
  // (A name or a kind of event selects only the write-ups whose title has it, below: "mahasiswa" of "harga
  // workshop docker buat mahasiswa", a word of another title, is what the docker workshop's "Rp60.000 untuk
  // mahasiswa" says.) (But the word a number numbers, "meetup" of "meetup 6", names the event wherever it is: the
  // minutes' "Meetup #6 akan diadakan …" say which meetup, nothing more.)
  const numbered = new Set(result.groups.flatMap((g) => g.numbers ?? []));
  const selecting = (g: QueryGroup) => g.numbers !== undefined || g.surface.some((w) => numbered.has(w)) || g.recency === true || g.upcoming === true || g.surface.every(isModifierTerm) || g.surface.some(isDateWord);
  // (A word that no passage has in any form is asked only where the absent-word rule of search.ts counts it,
  // below: in an English question the dictionary's silence, or a sense the write-ups do not use, says nothing of
  // the corpus: "belong" of "which media group does CCTV+ belong to?" over "bagian dari China Media Group",
  // "people" of "how many people attended …" over "tiga puluh peserta" ("rakyat").)
  const unselected = result.groups.flatMap((g, i) => (selecting(g) ? [] : [i]));
  // (A time, an amount or a count asked for, "jam brp meetup 3 mulai", "meetup 3 bayar berapa", "meetup 6 berapa
  // peserta", is said by a passage that states one, "pukul 18.30", "Rp35.000", "About 30 members", in no word of the
  // question: a write-up with such a passage among the hits, found through its title alone, answers; askedTypeFirst
  // then shows that passage first.)
  // (An amount is stated where it is of the thing asked (value-owner.ts): the call's "performance fee of USD 500
  // per band" states no ticket's price for "harga tiket riuh fest 2026". The words of the write-up's own title name
  // the event whose price it is, not the thing priced: "meetup 3 bayar berapa" asks meetup #3's own price, "Tiket
  // masuk Rp35.000" without the word "meetup"; where the question names nothing else, any amount of it is.)
  const ofThing = type === 'amount' && pricesAsked(result.groups) ? amountOf(result.groups, index) : null;
  const statesAsked = (docId: string, text: string) => ofThing?.(docId, text) ?? statesAskedType(type!, text);
  const stating = new Map<string, boolean>();
  const statesType = (docId: string) => {
    let states = stating.get(docId);
    if (states === undefined) stating.set(docId, (states = result.hits.some((h) => h.passage.docId === docId && statesAsked(docId, h.passage.text))));
    return states;
  };
  // (And in any passage of the write-up, ranked or not: see below.)
  const statesAnywhereOf = new Map<string, boolean>();
  const statesAnywhere = (docId: string) => {
    let states = statesAnywhereOf.get(docId);
    if (states === undefined) statesAnywhereOf.set(docId, (states = index.passagesOf(docId).some((p) => statesAsked(docId, p.text))));
    return states;
  };
  // (Likewise a measure asked, "andong tingginya brp", by a passage that states one, "Gunung Andong (1.726 mdpl)":
  // "tinggi" names what is asked, as "jam" of "jam berapa" does. The passage itself, not another of its write-up:
  // a measure is not shown first as a time or an amount is, and "Rute 5 km" beside it left "Kita menanam bibit di
  // lereng Gunung Salak" the answer to "gunung salak tinggi berapa".)
  const statesMeasure = (hit: Hit) => measure !== null && measure.slot.type === 'measure' && statesMeasureOtherThan(measure.slot.of, measure.numbers, hit.passage.text);
  if (unselected.length === 0 && type === null) return () => false;
  // (What the question asks and no passage says in any form, "sponsor" of "siapa sponsor meetup 5" where no
  // write-up names one, is asked all the same: a passage matching only the words that name the event does not
  // answer it. Not an English word the dictionary cannot read: see SearchResult.absent.)
  const absent = result.absent.filter((i) => unselected.includes(i));
  // (Nor, of an English write-up, an Indonesian word the dictionary has no translation for: it reaches English
  // passages only through the dictionary, and its silence says nothing of the write-up. "siapa pemateri workshop
  // docker" went unanswered beside "The instructor was Hendra Wijaya".)
  const untranslated = (i: number) => result.groups[i]!.surface.some(isIndonesianWord) && !result.groups[i]!.alternatives.some((a) => a.kind === 'translation');
  // (Read only when a passage of a write-up is judged: a question over reference text never needs it.)
  let said: number[] | undefined;
  const asked = () => (said ??= saidSomewhere(result.hits, unselected));
  const otherwise = new Map<string, boolean>();
  let ignored: ((word: string) => boolean) | undefined;
  // (The passages saying the topics, and their highlights, read once for each topics, not again for every
  // write-up judged: see sayingTopics.)
  const sayings = new Map<string, readonly Saying[]>();
  const sayingOf = (topics: readonly number[]) => {
    const key = topics.join(' ');
    let read = sayings.get(key);
    if (read === undefined) sayings.set(key, (read = sayingTopics(result, index, topics)));
    return read;
  };
  return (hit) => {
    // (Only a write-up's passage, or one that numbers the event, "Meetup #6 akan diadakan …" of undated minutes:
    // a title names its event, and untitled reference text has no title words, nor numbered events.)
    if (hit.titleCoverage === 0 && ![...hit.terms.values()].some((i) => result.groups[i]!.numbers !== undefined)) return false;
    // (A write-up dated the day the question gives tells what happened that day: see saysSomething.)
    if (hit.onDay) return false;
    const { docId } = hit.passage;
    if (type !== null && statesType(docId)) return false;
    // (A time or an amount asked of a write-up that states none in any of its passages, "how much is the ticket for
    // the Senja di Pelabuhan reading" of a recap that names the poems and the poet and no price: the words it
    // matches say which write-up, not the value asked. Another write-up's passage may still answer.)
    if ((type === 'time' || type === 'amount') && !statesAnywhere(docId)) return true;
    if (statesMeasure(hit)) return false;
    const title = index.documentWords(docId).title;
    const named = (i: number) => result.groups[i]!.surface.some((w) => title.has(w));
    // (A passage that writes the question's ordinal beside its word, "Hari pertama: tahsin … bersama Ustadzah Nur
    // Aini" for "siapa pemateri pesantren kilat hari pertama" (Hit.paired), is about the part of the write-up that
    // the day numbers, as asked: what other write-ups call "pemateri" it may say in its own way, and the question
    // went unanswered. What no write-up says at all, "doorprize", it must still say. Not where what it numbers is
    // the event, a kind of event or the event's number: the minutes' "meetup kelima" for "siapa sponsor meetup 5"
    // says which meetup, nothing more.)
    const part = hit.paired === true && [...hit.terms.values()].some((i) => result.groups[i]!.numbers === undefined && result.groups[i]!.kind !== true && !named(i));
    const topics = [...(part ? [] : asked()), ...(index.writesInEnglish(docId) ? absent.filter((i) => !untranslated(i)) : absent)].filter((i) => !named(i));
    if ([...hit.terms.values()].some((i) => topics.includes(i))) return false;
    // (Nor is a time or an amount asked of a write-up that states none, "meetup 7 mulai pukul berapa" where #7
    // gives no time, though "pukul" and "jam" only say what is asked, words that name no topic. Not a count: the
    // words beside "berapa" are not always what is counted, "hadiah juara 2 lomba foto berapa" asks the prize, and
    // a count is written in more ways than a number beside a noun, "Seats are limited to 60" for "kuotanya berapa";
    // a write-up that states none as read is judged as before.)
    if (type !== null && !asksCount(type)) return true;
    if (topics.length === 0) return false;
    // Unless its write-up says it in words of its own (see said-otherwise.ts), judged once for each write-up and
    // topics: a passage of a numbered part of it is asked fewer of them than its others (`part`, above), and the
    // answer for one did for the other, whichever was judged first.
    const key = `${docId}\u0000${topics.join(' ')}`;
    let says = otherwise.get(key);
    if (says === undefined) otherwise.set(key, (says = saysOtherwise(result, index, docId, topics, sayingOf(topics), (ignored ??= ignoredNames(result, index)))));
    return !says;
  };
}

/**
 * Whether an amount asked is a price, whose passage states it beside what it is the price of (value-owner.ts): not
 * "gratis ga", whether the event is free at all, nor a sum, "dana yg terkumpul", which a write-up states by a verb,
 * "In total we raised Rp 48,750,000", not beside what it is of.
 */
function pricesAsked(groups: readonly QueryGroup[]): boolean {
  return !groups.some((g) => g.surface.some((w) => FREE.has(w) || MONEY.has(w)));
}

/**
 * Whether a passage of write-up `docId` states an amount of what the question asks the price of (value-owner.ts),
 * the words of the write-up's own title left out of what is asked (they name the event whose price it is); null
 * where the question names nothing else, so that any amount the write-up states is it. The words asked are read
 * once for each write-up: its passages are read one by one.
 */
function amountOf(groups: readonly QueryGroup[], index: SearchIndex): (docId: string, text: string) => boolean | null {
  const ownersOf = new Map<string, { names: (term: string) => boolean; own: (word: string) => boolean } | null>();
  return (docId, text) => {
    let read = ownersOf.get(docId);
    if (read === undefined) {
      const title = index.documentWords(docId).title;
      const names = ownerNames(groups.filter((g) => !g.surface.some((w) => title.has(w))));
      ownersOf.set(docId, (read = names === null ? null : { names, own: (w) => title.has(w) }));
    }
    return read === null ? null : statesAmountOf(read.names, text, index.reading, read.own);
  };
}

/** Those of the question's words `groups` (indices) that some hit matched in some form. */
function saidSomewhere(hits: readonly Hit[], groups: readonly number[]): number[] {
  const left = new Set(groups);
  for (const h of hits) {
    for (const i of h.terms.values()) left.delete(i);
    if (left.size === 0) break;
  }
  return groups.filter((i) => !left.has(i));
}

/**
 * Whether write-up `docId` says the question's `topics` in words of its own (see said-otherwise.ts), beside the
 * ranking's passages that say them (`said`: see sayingTopics), of other write-ups.
 */
function saysOtherwise(result: SearchResult, index: SearchIndex, docId: string, topics: readonly number[], said: readonly Saying[], ignored: (word: string) => boolean): boolean {
  const own = index.passagesOf(docId);
  if (abbreviates(own, result.groups.map((g) => g.word), (k) => topics.includes(k))) return true;
  return namesTheSame(own, said.filter((s) => s.passage.docId !== docId), ignored);
}

/** The ranking's passages that match some of the question's `topics`, and where they say them (highlightsIn). */
function sayingTopics(result: SearchResult, index: SearchIndex, topics: readonly number[]): Saying[] {
  return result.hits
    .filter((h) => [...h.terms.values()].some((i) => topics.includes(i)))
    .map((h) => {
      const terms = new Set([...h.terms].flatMap(([term, i]) => (topics.includes(i) ? [term] : [])));
      return { passage: h.passage, said: highlightsIn(h.passage.text, terms, undefined, (norm) => index.writesInLowerCase(norm), index.reading) };
    });
}

/**
 * The words that name no one (see namesTheSame): the question's own, and every title's (read once per index:
 * SearchIndex.everyTitleWord), which name events.
 */
function ignoredNames(result: SearchResult, index: SearchIndex): (word: string) => boolean {
  const asked = new Set(result.groups.flatMap((g) => g.surface));
  const titles = index.everyTitleWord();
  return (w) => asked.has(w) || titles.has(w);
}

/**
 * Words that ask what an event was about ("tema meetup 6", "what did meetup 7 cover", "apa yang dibahas"): every
 * write-up says that too, in its own words ("Yohanes Kurniawan membahas serangan XSS …"). plans.ts's TOPIC_WORDS,
 * with their forms and the verbs.
 */
const ABOUT_WHAT: ReadonlySet<string> = new Set([...TOPIC_WORDS, 'temanya', 'topiknya', 'cover', 'covered', 'bahas', 'dibahas', 'membahas', 'discuss', 'discussed']);

/**
 * Whether the question asks what an event was about (ABOUT_WHAT): see whichOnly. (Where or when, askedType's
 * reading: SearchResult.asksWhereOrWhen.)
 */
function asksAboutWhat(question: string): boolean {
  return tokenize(question).some((t) => ABOUT_WHAT.has(t.norm));
}

/**
 * Whether the hit's write-up has every word of the question that does not only ask which one (QueryGroup.recency)
 * in its title, or, for a year or a month's name the title lacks, in its date (see reportedDateTerms; "mei" of
 * 2025-05-10, "may" read as "mei").
 */
function titledOrDated(hit: Hit, result: SearchResult): boolean {
  if (hit.titleCoverage >= 1 - 1e-9) return true;
  const date = reportedDateTerms(hit.passage.date, hit.passage.title);
  if (date.length === 0) return false;
  const title = new Set(tokenize(hit.passage.title).map((t) => t.norm));
  const dated = (w: string) => !title.has(w) && date.includes(MONTHS[ENGLISH_MONTHS.indexOf(w)] ?? w);
  let content = 0;
  let byDate = 0;
  for (const g of result.groups) {
    if (g.recency) continue;
    content += g.weight;
    if (g.surface.length > 0 && g.surface.every(dated)) byDate += g.weight;
  }
  return content > 0 && hit.titleCoverage * content + byDate >= content * (1 - 1e-9);
}

/**
 * Words by which a question asks what happened: a winner, a result, who came, past tense ("siapa juara", "hasil",
 * "who won", "how many attended", "what did"). Such a question is no confident answer from a passage that only
 * foretells it (see foretellsOnly), unless the question itself speaks of what is to come ("siapa yang akan hadir",
 * "who will win", "the next", "nanti": see FUTURE_ASKED), asks when it is announced (ANNOUNCEMENT_ASKED) or what
 * a meeting decided or said (DECISION_ASKED): then the plan is what it asks. Not "held", which says no tense:
 * "where will the next meetup be held" asks for the plan.
 */
const RESULT_WORDS = 'juara|juaranya|pemenang|pemenangnya|menang|memenangkan|dimenangkan|hasil|hasilnya|hadir|won|win|winner|winners|result|results|attended|came|happened|did';
const RESULT_ASKED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${RESULT_WORDS})(?![\p{L}\p{N}])`, 'iu');

/**
 * Words by which a question asks of what is to come that a passage's tense (speaksOfFuture) does not count: "nanti"
 * and its chat forms, "going to", "gonna" ("siapa saja yang hadir nanti", "who is going to attend"). Such a
 * question asks for the plan, whatever its other words (see RESULT_ASKED).
 */
const FUTURE_ASKED = /(?<![\p{L}\p{N}])(?:nanti|ntar|entar|nnti|gonna|going\s+to)(?![\p{L}\p{N}])/iu;

/**
 * Words by which a question asks of a result's announcement, not the result ("kapan pengumuman pemenang", "kapan
 * pemenang diumumkan", "when are the results announced"): a plan tells when it is announced, and was refused as
 * no result (see RESULT_ASKED).
 */
const ANNOUNCEMENT_ASKED =
  /(?<![\p{L}\p{N}])(?:pengumuman|pengumumannya|umumkan|diumumkan|mengumumkan|umumin|diumumin|ngumumin|announce|announced|announces|announcement|announcements|announcing)(?![\p{L}\p{N}])/iu;

/**
 * Words by which a question asks what a meeting decided or said, not what happened at what it spoke of ("what did
 * the club decide about the photo walk", "did they say when", "apa hasil rapat soal syukuran panen", "keputusan
 * rapat"): a meeting's decisions are its plans (see RESULT_ASKED).
 */
const DECISION_ASKED =
  /(?<![\p{L}\p{N}])(?:hasil(?:nya)?\s+(?:rapat|musyawarah|diskusi|pertemuan)|keputusan|keputusannya|diputuskan|memutuskan|disepakati|kesepakatan|sepakat|dibahas|membahas|bilang|decide|decided|decision|decisions|agree|agreed|say|said|mention|mentioned|discuss|discussed)(?![\p{L}\p{N}])/iu;

/**
 * Words by which a question asks how many came ("pengunjung kizuna matsuri 2026 brp", "how many visitors"): an
 * outcome, as a result is, which a call or a plan for the event does not state (see outcomeOfYear).
 */
const VISITOR_WORDS = 'pengunjung|pengunjungnya|penonton|penontonnya|visitor|visitors|attendee|attendees|attendance';
const VISITORS_ASKED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${VISITOR_WORDS})(?![\p{L}\p{N}])`, 'iu');

/** A question's word of an outcome, one word as a group holds it: RESULT_ASKED's and VISITORS_ASKED's words. */
const OUTCOME_WORD = new RegExp(`^(?:${RESULT_WORDS}|${VISITOR_WORDS})$`, 'u');

/** Whether a question asks how many came (VISITORS_ASKED), not of what is to come. */
function asksVisitors(q: string): boolean {
  return VISITORS_ASKED.test(q) && !speaksOfFuture(q, true) && !FUTURE_ASKED.test(q);
}

/**
 * Whether a question asks what happened (RESULT_ASKED), not the plan: not where it speaks of what is to come
 * (speaksOfFuture, FUTURE_ASKED), nor asks of an announcement (ANNOUNCEMENT_ASKED) or a decision (DECISION_ASKED).
 */
function asksWhatHappened(q: string): boolean {
  return RESULT_ASKED.test(q) && !speaksOfFuture(q, true) && !FUTURE_ASKED.test(q) && !ANNOUNCEMENT_ASKED.test(q) && !DECISION_ASKED.test(q);
}

/**
 * Whether a passage only foretells what the question matched in it (see foretellsOnly): the sentences that say
 * the question's words, in any form the search matched, speak of what is to come.
 */
function foretold(hit: Hit, result: SearchResult): boolean {
  const forms = new Set<string>();
  for (const [term, i] of hit.terms) {
    const g = result.groups[i]!;
    if (g.recency) continue;
    forms.add(term);
    for (const w of g.surface) forms.add(w);
    for (const w of g.stems) forms.add(w);
  }
  return foretellsOnly(hit.passage.text, hit.passage.date, forms);
}

/** How many of the best passages may be tried for one whose write-up names what the question names (see below). */
const NAMED_CANDIDATES = 30;

/**
 * Whether a question is answered (Answer.answered) or only given suggestions. Its answer is the best-ranked
 * passage that says something itself (saysSomething), is of a year the question names (ofYear) and that `named`
 * accepts (its write-up names what the question names: see Naming); only the first NAMED_CANDIDATES passages that
 * pass the first two rules are tried. That passage must cover at least CONFIDENCE.minCoverage of what the corpus
 * could match of the question (strictCoverage against SearchResult.attainable). Ranking alone always has a best
 * passage, even for a question the corpus says nothing about: given as the answer, a passage about another event
 * or another year misled a member more than "no confident answer" with suggestions does. Nor is a passage that
 * `onlyWhich` finds matched only the words saying which write-up is asked about (see whichOnly). Nor one that
 * matched the question only through words WordNet relates to words the dictionary lacks (Hit.related: "fee" read
 * as biaya, through cost): another word's sense, a lead worth showing, not an answer to vouch for.
 */
export function isConfident(result: SearchResult, named: (hit: Hit) => boolean, calendar: Calendar, onlyWhich: (hit: Hit) => boolean, asksResult: boolean, asksOutcome: boolean, index: SearchIndex, measure: AskedSlot | null = null): boolean {
  // The best passage that says something itself: one found only through its document's title is no answer. Nor is
  // one of a write-up dated another year than the question names, nor one of a write-up that never names the
  // event the question names.
  const years = yearsOf(result);
  // Nor, for a question that names a month without a year, one that cannot be about it (see month-asked.ts): "book
  // club desember" is not answered by September's notes. (With a year, as before: the year's passages were judged,
  // and skipping the others answered "saldo akhir mei 2025", which no report states, from May's minutes.)
  const months = years.length === 0 ? monthsOf(result, true) : [];
  const ofMonths = (h: Hit): boolean => months.length === 0 || ofMonth(h.passage, months, calendar(h.passage), true);
  // Only the best candidates are tried: a passage ranked below them all did not match the question's name either,
  // since a name is among the rarest words of a question.
  let read = 0;
  const best = result.hits.find((h) => {
    if (!saysSomething(h, result) || onlyWhich(h) || !ofYear(h, years, calendar, result.groups) || !ofMonths(h)) return false;
    if (read++ >= NAMED_CANDIDATES) return true; // past the candidates: none named it, not answered
    return named(h);
  });
  return (
    best !== undefined &&
    read <= NAMED_CANDIDATES &&
    coverageExcusing(best, result, measure) >= CONFIDENCE.minCoverage * result.attainable &&
    !(measure !== null && matchesOnlyMeasure(best, result)) &&
    !(best.matched > 0 && best.related === best.matched) &&
    !(asksResult && foretold(best, result)) &&
    !(asksOutcome && years.length > 0 && monthsOf(result).length === 0 && !outcomeOfYear(result, years, calendar, index)) &&
    !unsaidKind(best, result, index)
  );
}

/**
 * Whether some passage states the outcome a question asks of the year it names (its words of a result or of
 * visitors, OUTCOME_WORD: "juara", "won", "pengunjung"): a passage that can answer about the year (ofYear) says one
 * of them, in any form the search matched, and names no other edition beside the event (see other-edition.ts).
 * Asked only of a year alone, an edition: "what happened on 14 June 2025" asks of a day, which the write-up dated
 * that day tells.
 * "juara dance cover 2026 siapa", where the 2026 write-up is only its call for entries, was answered from it (it
 * names the contest and the year), and would be from the 2025 results beside it: neither tells who won in 2026.
 * A question with no such word is not asked this.
 */
function outcomeOfYear(result: SearchResult, years: string[], calendar: Calendar, index: SearchIndex): boolean {
  const asked = new Set<number>();
  result.groups.forEach((g, i) => {
    if (g.surface.some((w) => OUTCOME_WORD.test(w))) asked.add(i);
  });
  if (asked.size === 0) return true;
  const reported = new Map<string, boolean>();
  return result.hits.some((h) => {
    if (!ofYear(h, years, calendar, result.groups) || ofOtherEdition(h, years, result.groups)) return false;
    // (A write-up titled with another year is of that edition, whatever its date: the 2025 reading challenge's
    // results, posted in January 2026.)
    if (h.passage.date !== null && namesOnlyOtherYears(h.passage.title, years)) return false;
    // (Said of the year asked or of none: a winner of another year named in passing is no result of this one.)
    const outcome = new Set([...h.terms].filter(([, g]) => asked.has(g)).map(([t]) => t));
    if (outcome.size > 0 && saysOutcomeOf(calendarText(h.passage), years, outcome, h.passage.date)) return true;
    // (The event's words: those of the question that are neither the outcome nor a year.)
    const event = new Set([...h.terms].filter(([, g]) => !asked.has(g) && !result.groups[g]!.surface.some(isYear)).map(([t]) => t));
    if (event.size === 0) return false;
    // (Or a report of it: a passage that matched the event's words, of a write-up that speaks of no future. A
    // podium list states the winners without "juara": "5K Putri 1. Ratna Sari" of the 2025 fun run's results. A
    // call for entries or a guide to the coming festival states what is to come somewhere, and its rules in the
    // present tense, "The cosplay competition is on Sunday", are no report.)
    // (And of a write-up about the event or its outcome, its title saying one of the event's words or an outcome
    // word, "SRR Fun Run Simpang Lima 2025: Hasil Lengkap": the annual meeting's "Keputusan lain." of January 2026
    // matched "lomba foto" and states no winner of it.)
    if (!saysAnyOf(h.passage.title, event) && !titlesOutcome(h.passage.title)) return false;
    // (Nor a passage that names only other years: "Laporan pengurus 2025" in the minutes of January 2026.)
    if (namesOnlyOtherYears(calendarText(h.passage), years)) return false;
    let reports = reported.get(h.passage.docId);
    if (reports === undefined) reported.set(h.passage.docId, (reports = !foretellsAnywhere(index.passagesOf(h.passage.docId), years, calendar)));
    return reports;
  });
}

/** Whether a title says an outcome word (OUTCOME_WORD): "Hasil Lengkap", "Pemenang Lomba 17an 2024". */
function titlesOutcome(title: string): boolean {
  for (const t of tokenize(title)) if (OUTCOME_WORD.test(t.norm)) return true;
  return false;
}

/**
 * Whether some passage of a write-up speaks of time after the write-up's date (see speaksOfLaterTime: a call's
 * deadline, a guide's "Saturday 8 and Sunday 9 August 2026"), and not only of another year than `years`: a report
 * of 2025 that closes on "Pendaftaran tahun depan dibuka bulan Juni" (2026, see calendar-words.ts) or "See you at
 * next year's open!" foretells the next edition, not the one it reports. Not by the future's tense alone: a
 * report's "Photos will be shared on our page this week" foretells no event. Both were refused as calls.
 */
function foretellsAnywhere(passages: readonly Passage[], years: readonly string[], calendar: Calendar): boolean {
  for (const p of passages) if (speaksOfLaterTime(p.text, p.date) && !aboutOnlyOtherYears(p, years, calendar)) return true;
  return false;
}

/** Whether the years a passage is about (its calendar words, relative ones too) are some, and none of `years`. */
function aboutOnlyOtherYears(p: Passage, years: readonly string[], calendar: Calendar): boolean {
  let named = false;
  for (const w of calendar(p).text) {
    if (!isYear(w)) continue;
    if (years.includes(w)) return false;
    named = true;
  }
  return named;
}

/**
 * Whether the passage's write-up never says, in any form, a kind of event the question names (QueryGroup.kind: a
 * word of dated write-ups' titles, typed in lower case, "bazar", "marathon"): neither its title nor any of its
 * passages has the word, a form of it the search matched, or one of its other spellings. Such a write-up is about
 * another event: "kapan bazar ramadan" was answered from the Ramadan programme's "Pesantren kilat: 9-11 Maret",
 * a write-up that never mentions a bazaar, where the bazaars' own write-ups are of other months. (kindsOf makes a
 * write-up of another kind only where another title has every kind word this one's has; a question naming kinds of
 * two write-ups, "bazar" of one title and "ramadan" of another, met neither.) A write-up that says the word
 * anywhere, in passing too, may be about it and is judged as before. Only a word that says which write-ups are
 * about it (SearchIndex.saysWhichWriteUps): a title's everyday word, "panitia" or "jadwal" said in many other
 * write-ups, is no evidence that one lacking it is about something else. Only for a write-up (dated or titled): an
 * untitled document is asked no kind.
 */
function unsaidKind(hit: Hit, result: SearchResult, index: SearchIndex): boolean {
  if (!result.groups.some((g) => g.kind)) return false;
  if (hit.passage.date === null && hit.titleCoverage === 0) return false;
  const { docId } = hit.passage;
  const doc = index.documentWords(docId);
  const said = new Set<number>();
  for (const h of result.hits) if (h.passage.docId === docId) for (const i of h.terms.values()) said.add(i);
  return result.groups.some(
    (g, i) =>
      g.kind === true &&
      g.surface.some((w) => index.datedTitleWords.has(w) && index.writesInLowerCase(w) && index.saysWhichWriteUps(w)) &&
      !said.has(i) &&
      !g.surface.some((w) => doc.words.has(w)) &&
      !g.alternatives.some((a) => a.surface.some((w) => doc.words.has(w))),
  );
}

/**
 * Light verbs: Indonesian verbs of giving, getting, making and doing that carry a question's grammar more than what
 * it is about ("imunisasi apa aja yang dikasih": what was given is the immunisation), formal and colloquial (the
 * chat forms colloquial.ts reads: "ngasih", "bikin"). A passage says the same with another verb or none ("Layanan:
 * imunisasi campak-rubela"). Not English "give", "get": measured with them, "How much water does the Aare give to
 * the Rhine?" was answered from another river's passage over tydiqa-id (others' answered 161 → 162), where "give"
 * is what is asked; no persona or dev set's own question needed them.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'kasih', 'dikasih', 'ngasih', 'kasi', 'dikasi', 'ngasi', 'kasihin', 'dikasihin', 'ngasihin',
  'beri', 'diberi', 'memberi', 'diberikan', 'memberikan', 'berikan',
  'bikin', 'dibikin', 'bikinin', 'dibikinin', 'ngebikin',
  'dapet', 'dapat', 'didapat', 'didapet', 'dapetin', 'mendapat', 'mendapatkan', 'didapatkan',
  'lakukan', 'dilakukan', 'melakukan', 'ngelakuin', 'dilakuin',
]);
/** The share of a light verb's weight (see LIGHT_VERBS) not held against a passage that does not say it. */
const LIGHT_VERB_EXCUSED = 1;

/**
 * A hit's strictCoverage with the question's words it does not say left out of the question where it cannot be
 * expected to say them: a word of the kind of thing asked for (isOfAskedKind: "duit" of "dapet duit berapa", "jam"
 * of "jam berapa") where the passage states one (statesAskedType: "Rp 50.000"), and a light verb (LIGHT_VERBS).
 * Matched through its own forms, a word counts as before; matched only through another's (the thesaurus's "uang"
 * for "duit"), its lesser credit stays counted too (not told apart here; the result is at most 1). Only for a
 * passage that matches some other word of the question: one of nothing but such words says nothing asked.
 */
function coverageExcusing(hit: Hit, result: SearchResult, measure: AskedSlot | null): number {
  const own = new Set([...hit.terms].filter(([t, i]) => result.groups[i]!.surface.includes(t) || result.groups[i]!.stems.includes(t)).map(([, i]) => i));
  const asked = result.asked;
  let states: boolean | undefined;
  let measures: boolean | undefined;
  let content = 0;
  let excused = 0;
  const left = new Set<number>();
  result.groups.forEach((g, i) => {
    if (g.recency) return;
    content += g.weight;
    if (own.has(i) || g.identifies || g.surface.length === 0) return;
    if (g.surface.every((w) => LIGHT_VERBS.has(w))) excused += g.weight * LIGHT_VERB_EXCUSED;
    else if (asked !== null && g.surface.every((w) => isOfAskedKind(w, asked)) && (states ??= statesAskedType(asked, hit.passage.text))) excused += g.weight;
    else if (measure !== null && measure.slot.type === 'measure' && g.surface.every(namesMeasure) && (measures ??= statesMeasureOtherThan(measure.slot.of, measure.numbers, hit.passage.text))) excused += g.weight;
    else return;
    left.add(i);
  });
  // (The passage must match some other word of the question, and one of no price or money, not excused either:
  // "berapa harga tiket konser Coldplay" is not answered by DevFest's ticket price, which matches only "harga" and
  // "tiket", through their English; "tiket" says which payment, not which concert.)
  const other = (i: number) => !left.has(i) && !result.groups[i]!.recency && !(asked !== null && result.groups[i]!.surface.every((w) => namesAskedKind(w, asked)));
  if (excused === 0 || excused >= content - 1e-9 || ![...hit.terms.values()].some(other)) return hit.strictCoverage;
  return Math.min(1, hit.strictCoverage / (1 - excused / content));
}

/**
 * Whether a passage matches the question, asked a measure, only in words that name the measure or its unit
 * (namesMeasure): "Gunung Andong (1.726 mdpl)" matches nothing of "mdpl brp rinjani" but "mdpl", and is another
 * mountain's height, as a price alone answers no "harga tiket konser Coldplay".
 */
function matchesOnlyMeasure(hit: Hit, result: SearchResult): boolean {
  // (Its write-up's title counts: "Durasi: naik 7 jam" matches "how long is the hike up merbabu" in "long" alone,
  // and its title, "Catatan pendakian Merbabu", says of what.)
  if (hit.titleCoverage > 0) return false;
  for (const i of hit.terms.values()) {
    const g = result.groups[i]!;
    if (!g.recency && !g.surface.every(namesMeasure)) return false;
  }
  return true;
}

/**
 * naming for this question's hits, each hit judged and each document's words read once per question, when first
 * needed (reading a document tokenizes all of it).
 */
function namingBy(result: SearchResult, index: SearchIndex): (hit: Hit) => Naming {
  const kinds = kindsOf(result, index);
  const documents = new Map<string, ReturnType<SearchIndex['documentWords']>>();
  const words = (docId: string) => {
    let doc = documents.get(docId);
    if (!doc) documents.set(docId, (doc = index.documentWords(docId)));
    return doc;
  };
  const judged = new Map<Hit, Naming>();
  return (hit) => {
    let n = judged.get(hit);
    if (n === undefined) judged.set(hit, (n = naming(hit, result, words, kinds)));
    return n;
  };
}

/**
 * What a passage's write-up is to the question's names (see naming): 'named' when it names something the question
 * names and nothing it lacks, 'other' when it lacks one, 'unasked' when nothing was asked of it (an undated,
 * untitled page; a question that names nothing this write-up could number); 'another kind' when it lacks none
 * of the question's names but is a write-up of another kind of event than the question asks about (see kindsOf).
 * A question is answered only from a passage that is 'named' or 'unasked' (isConfident), the 'named' ones come
 * first and those of another kind last (namedFirst).
 */
type Naming = 'named' | 'unasked' | 'other' | 'another kind';

/**
 * Whether a passage's write-up names what the question names (see Naming): every name ("Go", "Jakarta", "IT",
 * capitalised inside the question) and every number of the event ("meetup #20", "ke-20") is in the passage, its
 * document's other passages, its title or its date. Asked "siapa pembicara meetup ke-20?" of monthly write-ups
 * numbered up to #12, meetup #10's speaker was given as the answer ("pembicara" and "meetup" were most of the
 * question), and "who was the speaker at the Go workshop?" was answered from the Flutter workshop: the one word
 * that said which event, absent, was not enough to tell. A number counts only beside a word of the title, what it
 * numbers ("meetup" of "Meetup Komunitas Data #10"): "hari 2" of a two-day workshop is the day its write-up calls
 * "hari terakhir".
 *
 * Only for a write-up: a passage whose document is dated (as the year rule above) or whose title has some of the
 * question's words (a title says which event a document is about: "Flutter Workshop"). In undated reference text a
 * name the passage lacks is as often a name spelled otherwise ("Taktsang", "GA - 181", "Efrat" for Euphrates):
 * measured on the dev sets, whose documents are untitled, undated paragraphs, the rule applied to every passage
 * left 8–50 more answerable questions per set unanswered (facqa 299 → 249 of 311), and still 1–3 when a name was
 * asked of no passage only where the corpus lacks it altogether.
 */
function naming(hit: Hit, result: SearchResult, documentWords: SearchIndex['documentWords'], kinds: Kinds | null): Naming {
  // (Nor is one of another kind of event than the question names: the undated minutes' "Harga tiket meetup keenam"
  // is no answer to "harga tiket devfest", which DevFest's write-up's title names; see kindsOf.)
  const unasked = hit.titleCoverage === 0 && hit.passage.date === null && !numbersAsked(hit, result, documentWords);
  const byName = unasked ? 'unasked' : namingByNames(hit, result, documentWords);
  return byName === 'other' || kinds === null || kinds(hit) ? byName : 'another kind';
}

/**
 * Whether the passage's document numbers, in its own text, what the question numbers ("Meetup #6 akan diadakan …"
 * asked "siapa pembicara meetup 8"): then it says which meetup it is about, dated or not, and is judged by that
 * number. Undated minutes kept as a plain .txt (no date line) answered "siapa pembicara meetup 8", which no
 * write-up covers, with meetup #6's speaker. Only for a kind of event (QueryGroup.kind): reference text stays
 * unasked, as before.
 */
function numbersAsked(hit: Hit, result: SearchResult, documentWords: SearchIndex['documentWords']): boolean {
  // (Only a kind of event, a word of write-ups' titles the question names, "meetup": reference text's "nomor 200"
  // beside its "nomor 6" is not another event.)
  const kinds = new Set(result.groups.filter((g) => g.kind).flatMap((g) => g.surface));
  const numbered = result.groups.flatMap((g) => (g.identifies && g.last !== true ? (g.numbers ?? []).filter((w) => kinds.has(w)) : []));
  if (numbered.length === 0) return false;
  const doc = documentWords(hit.passage.docId);
  return numbered.some((w) => doc.numbered.has(numberedKey(w, '*')));
}

/**
 * Whether a passage announces the edition a question numbers (QueryGroup.numbers) that its write-up's title does
 * not: it numbers it itself (Hit.paired, or its own words: "Retro Night #5") and speaks of it as to come, by tense
 * or a later date ("… #5 tanggal 15 November 2025" in October's write-up; see speaksOfFuture), as the next one
 * ("Next up: Retro Night #5") or as soon to come ("segera hadir", "coming soon").
 */
function announces(hit: Hit, g: QueryGroup): boolean {
  const own = hit.paired === true || numbersWith(numberings(hit.passage.text, false, NO_KINDS, false), g, g.numbers ?? []);
  return own && (speaksOfFuture(hit.passage.text, true, hit.passage.date) || SOON.test(hit.passage.text));
}

/** An event said to come soon (see announces): "Retro Night #5 segera hadir", "Season 3 coming soon". */
const SOON = /(?<![\p{L}\p{N}])(?:segera|coming|soon)(?![\p{L}\p{N}])/iu;

/** No words counted by titles, for reading a passage's own numbers beside their words only (see announces). */
const NO_KINDS: ReadonlySet<string> = new Set();

/** Whether a passage's term is the group's only through a translation, not its word or the word's stems. */
function onlyTranslated(t: string, g: QueryGroup): boolean {
  return !g.surface.includes(t) && !g.stems.includes(t) && g.alternatives.some((a) => a.kind === 'translation' && (a.surface.includes(t) || a.stems.includes(t)));
}

/** naming by the question's names and numbers alone (see naming). */
function namingByNames(hit: Hit, result: SearchResult, documentWords: SearchIndex['documentWords']): Naming {
  // What the passage says of the question's names itself: not a name's translation, which may be a word's sense
  // ("pergi" of "Go"), and counts only as the write-up writes it (below); nor the words of an acronym's long form
  // alone ("Indonesia" of Partai Demokrasi Indonesia for "PDI"), which is looked for whole in the write-up below.
  const matched = new Set([...hit.terms].filter(([t, i]) => !onlyTranslated(t, result.groups[i]!) && !onlyInLongForm(t, result.groups[i]!)).map(([, i]) => i));
  const said = result.groups.some((g, i) => g.identifies && g.numbers === undefined && matched.has(i)) ? 'named' : 'unasked';
  // A number is checked even when the passage has it: "20" of "20 November" is a day, not meetup #20 (below).
  // ("hari terakhir" names no write-up: each has its own last day, which search.ts only counts where the passage
  // numbers it, QueryGroup.last; the rest of the question names the write-up.)
  const pending = result.groups.filter((g, i) => g.identifies && g.last !== true && (g.numbers !== undefined || !matched.has(i)));
  if (pending.length === 0 && result.cappedStopwords.length === 0) return said;
  const doc = documentWords(hit.passage.docId);
  // A number is asked of a write-up whose title has what it numbers ("meetup" of "Meetup Komunitas Data #11"), or
  // that numbers such things itself: minutes that speak of "meetup #12" and "meetup #13" are not about meetup #20.
  // (Or that numbers it with the very number asked, in words too: DevFest's "Jadwal hari pertama" is as much about
  // "hari pertama" as the workshop's "Hari 1", though a day in words alone does not make its days numbered.)
  const asked = pending.filter(
    (g) => g.numbers === undefined || g.numbers.some((w) => doc.title.has(w) || doc.numbered.has(numberedKey(w, '*')) || askedNumbers(g).some((n) => doc.numbered.has(numberedKey(w, n)))),
  );
  if (asked.length === 0 && result.cappedStopwords.length === 0) return said;
  // Also in any of its other spellings: an acronym's long form, which is one name and so counts only whole
  // ("Indonesia" alone does not name "PDI", Partai Demokrasi Indonesia, least of all when the long form was only
  // read from the initials: search.ts), a translation ("Spain" of "Spanyol"), the English name's Indonesian in an
  // Indonesian question ("Leiden University" of "Universitas Leiden"; see spellings). A translation only where the
  // write-up writes it capitalised, as a name: a name that is also a word has the word's senses among its
  // translations, and "pergi" (go) in the Flutter workshop's write-up is no Go workshop.
  const has = (w: string) => doc.words.has(w);
  const asName = (w: string) => doc.capitalised.has(w);
  // (But the word after a kind of event, typed in lower case, "panel perempuan", "turnamen catur", is a word, not
  // a name whose translations are other words' senses: an English write-up names it by its English in any form,
  // "Women in Tech Panel", "The chess tournament"; see besideKindInEnglish.)
  // (And the English word typed in lower case beside a kind of event, "the chess tournament", is a word too: the
  // Indonesian write-up says it by its translation as it writes a word, "turnamen catur"; see besideKindTranslated.)
  // (Its translation counts where the write-up says it with the kind, in its title or a sentence: a music
  // festival's "stan makanan" is no "food festival"; see besideKindTranslated.)
  const forms = (g: QueryGroup) =>
    g.surface.some(has) ||
    g.alternatives.some((a) =>
      a.kind === 'translation' ? a.surface.some(asName) || (g.besideKind === true && besideKindTranslated(a, g.kindForms ?? [], doc)) : isLongForm(a) ? a.surface.every(has) : a.surface.some(has),
    ) ||
    (g.besideKind === true && besideKindInEnglish(g, doc.words));
  const spelled = (g: QueryGroup) => (g.spellings ?? []).some((words) => words.every(asName));
  const named = (g: QueryGroup) => {
    if (g.numbers === undefined) return forms(g) || spelled(g);
    // A number names the event where the write-up numbers something with it: in its title ("Meetup Komunitas Data
    // #20"), as an ordinal beside no word ("yang ke-20") or beside what the question numbers or a word of the
    // title ("meetup 20", "meetup ke-20"). Meetup #11's "20 November 2025" is no meetup #20, nor #12's "13
    // anggota" a meetup #13, nor its "sesi ke-2" a meetup #2.
    // (A number the title spells out is one of its numbers: "#11" of "Meetup Komunitas Kesebelas"; and one the
    // question spells beside a title's word is the number it spells: "1" of "meetup pertama"; that only beside the
    // word asked, as a text's ordinals in words number their own word: the guest talk's "Hari pertama", its first
    // day, is no "data pertama" though its title says "Hari Data Nasional".)
    // (Not a title's word where the title numbers what the question numbers: "Juara 3" of season 2's results,
    // titled "… S2 results: KSATRIA BIRU juara baru", is no season 3; see DocumentWords.titleNumbered. And there a
    // number the title does not have names only the passage that writes it, as an announcement of the next one
    // ("Retro Night #5 tanggal 15 November, temanya Winning Eleven" at the end of #4's write-up): #4's other
    // passages, "Tekken 3: juara Agus", are not #5's. A farewell that says nothing of it, "See you di season 3!",
    // "Sampai jumpa di Futsal Cup V!", names it for no question: see announces.)
    const titled = g.numbers.some((w) => doc.titleNumbered.has(w));
    if (titled && !askedNumbers(g).some((n) => doc.numbered.has(n)) && !announces(hit, g)) return false;
    const beside = g.number !== undefined || titled ? g.numbers : [...g.numbers, ...doc.title];
    return askedNumbers(g).some((n) => doc.numbered.has(n) || beside.some((w) => doc.numbered.has(numberedKey(w, n))));
  };
  return asked.every(named) && result.cappedStopwords.every((w) => doc.written.has(w)) ? 'named' : 'other';
}

/**
 * Whether an Indonesian write-up says, by the dictionary's translation of it in any case, the English word a
 * question types in lower case beside a kind of event (QueryGroup.besideKind: "chess" of "who won the chess
 * tournament" over "Turnamen catur dimenangkan oleh …"). Typed so, it is a word, not a name: a write-up writes
 * its translation as a word, in lower case, and the rule that a name's translation counts only where the write-up
 * capitalises it ("pergi" is no Go workshop) left every such question unanswered over Indonesian write-ups.
 * Only the dictionary's own senses (not a guess through related words, nor a thesaurus's synonyms), and not the
 * English read for an Indonesian word (scope 'en', besideKindInEnglish). And only where the write-up says it with
 * the kind (`kinds`, QueryGroup.kindForms), in its title or near the kind's word in a sentence (saidWithKind):
 * anywhere in the write-up, the music festival's "stan makanan" named a "food festival".
 */
function besideKindTranslated(a: Alternative, kinds: readonly string[], doc: DocumentWords): boolean {
  if (a.scope !== undefined || a.related === true || a.synonym === true) return false;
  // (Or its title says it by another form of the translation's root, with the kind: see title-root.ts.)
  if (titleSaysRoot(doc.title, a.stems, kinds)) return true;
  for (const w of a.surface) if (!doc.words.has(w)) return false;
  for (const w of a.surface) if (saidWithKind(w, kinds, doc)) return true;
  return false;
}

/** Whether `w` is a word of the write-up's title, or stands near one of the kinds' forms in its texts. */
function saidWithKind(w: string, kinds: readonly string[], doc: DocumentWords): boolean {
  if (doc.title.has(w)) return true;
  for (const k of kinds) if (doc.near.has(nearKey(k, w)) || doc.near.has(nearKey(w, k))) return true;
  return false;
}

/**
 * Whether a write-up's words say, in English, the word an Indonesian question puts after a kind of event (see
 * QueryGroup.besideKind): its English (the lexicon read backwards, Alternative.scope 'en') as written, in an
 * irregular form ("perempuan" → woman → "Women in Tech Panel") or by its Porter stem ("mengirim" → send →
 * "sends"). The English alternatives are read only for an Indonesian question over English write-ups, so an
 * Indonesian write-up's words never meet them but for an English word it quotes. Without it an English
 * write-up never named the word it translates: "siapa juara turnamen catur" went unanswered beside "The chess
 * tournament was won by …".
 */
function besideKindInEnglish(g: QueryGroup, words: ReadonlySet<string>): boolean {
  const english = g.alternatives.filter((a) => a.kind === 'translation' && a.scope === 'en');
  if (english.length === 0) return false;
  const wanted = new Set(english.flatMap((a) => (a.surface.length === 1 ? [...a.surface, ...a.stems] : [])));
  if (wanted.size === 0) return false;
  const stemmed = stemmedWords(words);
  for (const w of wanted) if (stemmed.has(w)) return true;
  return false;
}

/**
 * A write-up's words with the stems of each (stemsOf), read once per write-up's words (SearchIndex.documentWords,
 * held per index, so as long as they are): stemming every word of the write-ups asked about for each question was
 * some 5 of a dev-community question's 16 ms.
 */
function stemmedWords(words: ReadonlySet<string>): ReadonlySet<string> {
  let stemmed = STEMMED_WORDS.get(words);
  if (stemmed === undefined) {
    const all = new Set(words);
    for (const w of words) for (const s of stemsOf(w)) all.add(s);
    STEMMED_WORDS.set(words, (stemmed = all));
  }
  return stemmed;
}
const STEMMED_WORDS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** Whether a passage's write-up may be of the kind of event the question asks about (see kindsOf). */
type Kinds = (hit: Hit) => boolean;

/**
 * Whether a passage's write-up may be of the kind of event the question asks about (QueryGroup.kind: a word, typed
 * in lower case, of some write-ups' titles, "konferensi", "workshop", "meetup"): not when its title lacks one that
 * another dated write-up's title has, along with every such word this title has, and the passage does not say it
 * either. Null when the question has no such word. Asked "berapa harga tiket konferensi?" beside the workshop's
 * write-up, which states its ticket price, and the conference's, which states none, the workshop's price was given
 * as the answer: "harga" and "tiket" were most of the question, and the one word that said which event, absent,
 * was not enough to tell; a lower-case word is no name (see naming).
 *
 * Only where another write-up's title says it more fully: "siapa pembicara meetup" beside a guest talk titled
 * "Pembicara Tamu" asks nothing of the meetups' write-ups (the talk's title lacks "meetup" as theirs lack
 * "pembicara"). A passage that says the word itself may be about it: the minutes' "… pembicara tamu untuk
 * lokakarya berikutnya" is about the lokakarya too, and "Pembicara pertama adalah …" of a sharing session answers
 * "siapa pembicara pertama?" though only the guest talk's title says "pembicara". Nor does a title that has the
 * word put its write-up first: the word is as often no event's kind ("pembicara", "data"). Untitled documents
 * (reference text, the dev sets) have no title words, so the rule never applies there; a titled but undated one is
 * asked only when its title has some of the question's words (see naming).
 */
function kindsOf(result: SearchResult, index: SearchIndex): Kinds | null {
  const kinds = result.groups.flatMap((g, i) => (g.kind ? [i] : []));
  if (kinds.length === 0) return null;
  const titles = index.titleWords();
  // (A kind an Indonesian question names is in an English title by its English: see titledInEnglish.)
  const inTitle = (title: ReadonlySet<string> | undefined, k: number) =>
    title !== undefined && (result.groups[k]!.surface.some((w) => title.has(w)) || titledInEnglish(result.groups[k]!.alternatives, (w) => title.has(w)));
  // The kind words each dated write-up's title has, for those whose title has any. (Only dated ones: an undated
  // page about the community, "Tentang Meetup Bandung", is no event, and its title's "bandung" pushed the monthly
  // meetups' speakers' paragraphs, which do not say it, below every passage that did.)
  const titled: Array<{ docId: string; has: Set<number> }> = [];
  for (const [docId, title] of titles) {
    const has = new Set(kinds.filter((k) => inTitle(title.words, k)));
    if (title.dated && has.size > 0) titled.push({ docId, has });
  }
  return (hit) => {
    const title = titles.get(hit.passage.docId)?.words;
    const has = kinds.filter((k) => inTitle(title, k));
    const said = new Set(hit.terms.values());
    // (A later part of a section says what its heading says: "Jadwal Hari Pertama" over the table's second part.)
    const heading = hit.passage.sectionHeading === undefined ? null : new Set(tokenize(hit.passage.sectionHeading).map((t) => t.norm));
    const headed = (k: number) => heading !== null && result.groups[k]!.surface.some((w) => heading.has(w));
    const lacked = kinds.filter((k) => !has.includes(k) && !said.has(k) && !headed(k));
    const fuller = (k: number) => titled.some((t) => t.docId !== hit.passage.docId && t.has.has(k) && has.every((h) => t.has.has(h)));
    return !lacked.some(fuller);
  };
}

/**
 * Whether a term of a passage matched a question word only as a word of one of its acronym's long forms (not as
 * the word itself, nor loosely as it: "president" for "Presiden", nor as a translation).
 */
function onlyInLongForm(term: string, g: QueryGroup): boolean {
  if (!g.alternatives.some((a) => isLongForm(a) && a.surface.includes(term))) return false;
  if (g.surface.includes(term) || g.stems.includes(term)) return false;
  return !g.alternatives.some((a) => !isLongForm(a) && (a.surface.includes(term) || a.stems.includes(term)));
}

/** Whether a question word's alternative is an acronym's long form of several words (one name, not words). */
function isLongForm(a: QueryGroup['alternatives'][number]): boolean {
  return a.kind === 'acronym' && a.surface.length > 1;
}

/** The years the question names ("2023", and "2025" of "06-2025"). */
function yearsOf(result: SearchResult): string[] {
  return result.groups.flatMap((g) => g.surface.filter(isYear));
}

/**
 * Whether a passage can answer a question about one of `years` (none: any passage can): a write-up dated another
 * year cannot, unless its title or its own text names one of them. Asked "siapa pemenang DevFest 2023?" of a
 * corpus holding only the 2024 write-up, its winner was given as the answer: the winner, DevFest and the
 * question's form were most of the question, and the one word that said which edition, absent, was not enough to
 * tell. An undated passage is judged by its words alone, as before.
 */
function ofYear(hit: Hit, years: string[], calendar: Calendar, groups: readonly QueryGroup[]): boolean {
  const p = hit.passage;
  if (years.length === 0 || p.date === null || years.some((y) => p.date!.startsWith(y))) return true;
  // (Read only when the digits are there at all, as written: a year in other digits, "２０２５", is not the
  // question's.)
  const said = (text: string) => years.some((y) => text.includes(y));
  // (Or a year the text names relative to its date: "tahun lalu" of a 2025 write-up is 2024; see relative-text.ts.
  // The text with its table's header row and introducing line: "daftar juara lomba tahun lalu." over the rows.)
  const own = calendarText(p);
  const saysYear = said(own) || namesRelativePeriod(own);
  if (!said(p.title) && !saysYear) return false;
  const { title, text } = calendar(p);
  if (said(p.title) && years.some((y) => title.has(y))) return true;
  if (!saysYear || !years.some((y) => text.has(y))) return false;
  // (A year its own text writes in digits only in passing, in a sentence of none of the question's other words,
  // is not what it tells of: see year-sentence.ts. A year asked that it names relative to its date is read as
  // before; another it names so ("tahun lalu" of the 2026 minutes, 2025) does not make the passing 2024 its own.)
  if (!said(own)) return true;
  if (namesRelativePeriod(own) && relativeDateWords(own, p.date).some((w) => years.includes(w))) return true;
  const others = new Set([...hit.terms].filter(([, g]) => !groups[g]!.surface.some(isYear)).map(([t]) => t));
  return yearBesideWords(own, years, others);
}

/** The years and months' names a passage's title and text say as words: SearchIndex.calendarWords. */
type Calendar = (p: Passage) => { title: ReadonlySet<string>; text: ReadonlySet<string> };

/**
 * The months the question names, by their Indonesian names ("juli" of "Juli", of "July" and of "07-2025"). With
 * `certain`, not one read from a word that has other senses too, "mei" of "may" beside "boleh" and "mungkin"
 * ("may I bring children to the reading stall" names no month, and was left unanswered as asking one no write-up
 * speaks of).
 */
function monthsOf(result: SearchResult, certain = false): string[] {
  const month = (w: string): boolean => isMonthName(w) && isDateWord(w);
  return result.groups.flatMap((g) => {
    const read = g.alternatives.flatMap((a) => a.surface).filter(month);
    const ambiguous = certain && g.alternatives.some((a) => !a.surface.every(isMonthName));
    return [...g.surface.filter(month), ...(ambiguous ? [] : read)];
  });
}

/**
 * `hits` with the dated ones that can be about one of `months` (see ofMonth) first, each part in the order it
 * came.
 */
function monthFirst(hits: Hit[], months: string[], calendar: Calendar): Hit[] {
  // (An undated passage may be about any month: it keeps its place among the rest.)
  const about = (h: Hit): boolean => h.passage.date !== null && ofMonth(h.passage, months, calendar(h.passage));
  // (And among them, the passages of a write-up titled with the month first: see month-asked.ts.)
  return titledMonthFirst(firstWhere(hits, about), months, about, (h) => calendar(h.passage).title);
}

/**
 * `hits` with those that can answer about one of `years` (see ofYear) first, each part in the order it came; of
 * those, the ones that name the event asked with another edition beside it (see other-edition.ts) last.
 */
function yearFirst(hits: Hit[], years: string[], calendar: Calendar, groups: readonly QueryGroup[]): Hit[] {
  const ofYears: Hit[] = [];
  const rest: Hit[] = [];
  for (const h of hits) (ofYear(h, years, calendar, groups) ? ofYears : rest).push(h);
  return [...firstWhere(ofYears, (h) => !ofOtherEdition(h, years, groups)), ...rest];
}

/**
 * Whether a passage of a dated write-up names the event asked with another year than `years` beside it (see
 * other-edition.ts). Not an undated article's: an encyclopaedia's paragraph names many years beside many words
 * ("Piala Dunia 2006", "pemilu 2009"), of what it is about, not of an edition it is not (facqa's MRR@10 fell
 * 0.843 → 0.834 with those).
 */
function ofOtherEdition(hit: Hit, years: readonly string[], groups: readonly QueryGroup[]): boolean {
  return hit.passage.date !== null && namesOtherEdition(calendarText(hit.passage), years, otherTerms(hit, groups));
}

/** The terms a passage matched for the question's words that are no year. */
function otherTerms(hit: Hit, groups: readonly QueryGroup[]): Set<string> {
  return new Set([...hit.terms].filter(([, g]) => !groups[g]!.surface.some(isYear)).map(([t]) => t));
}

/** `hits` with those `first` holds for ahead of the rest, each part in the order it came (a stable partition). */
function firstWhere(hits: Hit[], first: (hit: Hit) => boolean): Hit[] {
  const ahead: Hit[] = [];
  const rest: Hit[] = [];
  for (const h of hits) (first(h) ? ahead : rest).push(h);
  return [...ahead, ...rest];
}

/**
 * Whether a passage is worth offering as a weak suggestion when the question is not answered: it must cover some
 * of the question (CONFIDENCE.minSuggestionCoverage), and not through one translated word alone. A translation
 * is the weakest evidence there is (an English word's Indonesian senses are many: "world" gives dunia and alam,
 * nature), and a passage sharing nothing else with the question is noise: on the forum corpus "Who won the 2022
 * football World Cup?" was offered two paragraphs that say "alam". Measured with every dev set's questions asked
 * of the other corpora: the forum corpus offers suggestions for 149 of 888 of them, 176 before; no dev set loses a
 * gold passage from the suggestions of its own unanswered questions (squad-en-id MRR@10 0.758 → 0.759).
 */
export function isSuggestion(hit: Hit, result: SearchResult): boolean {
  const alone = hit.matched === 1 && hit.translated === 1;
  return hit.coverage >= CONFIDENCE.minSuggestionCoverage * result.attainable && !alone && saysSomething(hit, result);
}

function toResult(hit: Hit, longForms: ReturnType<typeof longFormsOf>, common: (norm: string) => boolean, reading: RootReading, slot: AskedSlot | null): AnswerResult {
  const p = hit.passage;
  const text = shownText(p);
  const found = highlightsIn(text, hit.terms, longForms, common, reading);
  // The value the question asks (a date, a sum, "3 jam 15 menit": answer-slot.ts) that the excerpt shows, beside
  // the question's words, highlighted too: the member checks the answer by it.
  const { snippet, value } = snippetWindow(text, found, SNIPPET_CHARS, namingWords(p), slot === null ? [] : outsideAddresses(text, answerValues(slot, text)));
  const highlights = value === null ? found : withValue(found, value);
  return {
    id: p.id,
    docId: p.docId,
    title: shownTitle(p),
    paragraph: p.paragraph,
    text,
    snippet,
    highlights,
    score: Math.round(hit.score * 1000) / 1000,
    citation: citationOf(p),
    date: p.date,
    source: p.source,
    url: p.url,
    ...(p.tableHeader ? { tableHeader: shownText(p, p.tableHeader.text) } : {}),
  };
}

/** The index of the sentence of `spans` (in order) that holds `at`, or the last one before it. */
function sentenceAt(spans: readonly (readonly [number, number])[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether `value` lies wholly inside one of `highlights`. */
function highlighted(highlights: readonly Highlight[], value: Highlight): boolean {
  for (const h of highlights) if (h[0] <= value[0] && value[1] <= h[1]) return true;
  return false;
}

/**
 * The `values` outside a link or an e-mail address: "2025" of "https://lari.id/jadwal/2025" is a piece of the
 * address, not a date the passage states, and a highlight there breaks the link (as highlightWords keeps to).
 */
function outsideAddresses(text: string, values: Highlight[]): Highlight[] {
  if (values.length === 0) return values;
  const addresses = [...linkSpans(text), ...emailSpans(text)];
  return addresses.length === 0 ? values : values.filter(([vs, ve]) => !addresses.some(([s, e]) => vs < e && ve > s));
}

/** `highlights` with `value` among them in order, in place of those it overlaps ("jam" of "3 jam 15 menit"). */
function withValue(highlights: readonly Highlight[], value: Highlight): Highlight[] {
  const out: Highlight[] = [];
  let placed = false;
  for (const h of highlights) {
    if (h[1] > value[0] && h[0] < value[1]) continue;
    if (!placed && h[0] >= value[1]) {
      out.push(value);
      placed = true;
    }
    out.push(h);
  }
  if (!placed) out.push(value);
  return out;
}

/**
 * A passage's text as every front end shows it: line ends lose trailing spaces and runs of blank lines (where
 * markup was left out, see hidden.ts) close up to one. From a Markdown document, also what the page shows in
 * place of its syntax, outside code: a heading without its `#`s, a link as its text followed by its address
 * ("situs kami (https://…)", so it stays visible and clickable), an image as its description. Emphasis marks
 * are left as written: `**` and `_` also mean other things (2**10, __init__, *.md) that taking them off would
 * change. Only the shown text changes: the index and the passage keep the text as written.
 */
/** A passage's text (or `text` from its paragraph) as shown: read as a page when it is Markdown prose, not code. */
export function shownText(p: Pick<Passage, 'text' | 'markdown' | 'code'>, text = p.text): string {
  if (text !== p.text) return displayText(text, p.markdown === true && p.code !== true);
  let shown = SHOWN.get(p);
  if (shown === undefined) {
    shown = displayText(text, p.markdown === true && p.code !== true);
    // (The passage's own string when nothing changed, so the memo holds no second copy of it.)
    SHOWN.set(p, shown === text ? text : shown);
  }
  return shown;
}

/**
 * Each passage's shown text, read once for the passage's life (an index's passages are rebuilt on a reload, never
 * changed): every answer shows its passages' text, and reading a Markdown passage's syntax again for every
 * question was a twentieth of a forum question's CPU.
 */
const SHOWN = new WeakMap<Pick<Passage, 'text' | 'markdown' | 'code'>, string>();

export function displayText(text: string, markdown = false): string {
  const shown = markdown ? outsideCode(text, headingText, readMarkdownInline) : text;
  return shown.replace(/[ \t]+$/gmu, '').replace(/\n{3,}/gu, '\n\n');
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', deg: '°', eacute: 'é',
  egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', middot: '·', times: '×',
};
const TITLE = String.raw`(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?`;
// (Made once: they are read for every line of a Markdown passage shown.)
const MARKDOWN_IMAGE = new RegExp(String.raw`(?<!\\)!\[([^\]\n]*)\]\([ \t]*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)${TITLE}[ \t]*\)`, 'gu');
const MARKDOWN_LINK = new RegExp(String.raw`(?<![\\!])\[([^\]\n]+)\]\([ \t]*(?:<([^<>\n]*)>|((?:[^()\s]|\([^()\s]*\))+?))${TITLE}[ \t]*\)`, 'gu');

function linkShown(_: string, label: string, angled: string | undefined, plain: string | undefined): string {
  const url = angled ?? plain ?? '';
  return label === url ? url : `${label} (${url})`;
}

/**
 * Images as their description, links as their text and address, reference links as their text, `<https://…>` as
 * its address, inline HTML tags as the text they hold (`<kbd>Ctrl</kbd>` → Ctrl, `<br>` → a space), and the
 * common entities (`&amp;`) as their characters.
 */
export function readMarkdownInline(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^\s<>]+)>/giu, '$1')
    .replace(/<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/gu, '$1')
    .replace(/<br\s*\/?>/giu, ' ')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gu, '')
    .replace(/&([a-z]+);/gu, (m, name: string) => ENTITIES[name] ?? m)
    .replace(/&#(\d{1,7}|[xX][0-9a-fA-F]{1,6});/gu, (m, n: string) => {
      const code = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    })
    .replace(MARKDOWN_IMAGE, '$1')
    .replace(MARKDOWN_LINK, linkShown)
    .replace(/(?<![\\!])\[([^\]\n]+)\]\[[^\]\n]*\]/gu, '$1')
    // A backslash before punctuation is an escape: the page shows the character.
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

/**
 * Applies `line` to every line and `inline` to the text between code spans, outside fenced code blocks: code is
 * shown exactly as written.
 */
function outsideCode(text: string, line: (l: string) => string, inline: (s: string) => string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const l of text.split('\n')) {
    if (fence !== null) {
      if (closesFence(l, fence)) fence = null;
      out.push(l);
      continue;
    }
    const opener = fenceOf(l);
    if (opener !== undefined) {
      fence = opener;
      out.push(l);
      continue;
    }
    // Code spans (`…`, ``…``) are kept; what lies between them is read. A line of thousands of characters is a
    // wall of unbroken text, not prose with links: it is shown as written (and the link patterns stay linear).
    const read = line(l);
    if (read.length > 5000) {
      out.push(read);
      continue;
    }
    let shown = '';
    let at = 0;
    for (const [s, e] of codeSpans(read)) {
      shown += inline(read.slice(at, s)) + read.slice(s, e);
      at = e;
    }
    out.push(shown + inline(read.slice(at)));
  }
  return out.join('\n');
}

/** "Title · § 3 · 2024-12 · CCTV+": where the passage stands, in one line a member can check. */
export function citationOf(p: Pick<Passage, 'title' | 'label' | 'paragraph' | 'date' | 'source'>): string {
  return [shownTitle(p), `§ ${p.paragraph}`, p.date, p.source].filter((x): x is string => typeof x === 'string' && x.length > 0).join(' · ');
}

/** A word of a passage that may be marked (see highlightsIn): its token, its indexed forms, whether in an address. */
interface HighlightWord {
  readonly t: Token;
  readonly forms: readonly string[];
  readonly address?: true;
  /**
   * A stopword, with the forms an English question's translation matches it by in search.ts's STOPS field ("dimulai"
   * as itself and as "mulai"): kept out of the words a long form is sought among, whose stopwords do not count.
   */
  readonly stop?: true;
}

/**
 * The words of the passages last highlighted, by their text (see highlightWords): read from the text alone, and the
 * passages shown for one question are mostly those shown for the next. Bounded, the oldest let go first.
 */
const highlightWordsRead = new Map<string, readonly HighlightWord[]>();
const HIGHLIGHT_WORDS_LIMIT = 256;

/**
 * The words of a text that may be marked, with the forms the index read them as (see highlightsIn). Read once per
 * text while it is among the last HIGHLIGHT_WORDS_LIMIT read: tokenizing a shown passage again for every question
 * was most of what excerpts allocated, and allocations are what bring the garbage collector's pauses, a question's
 * slowest times.
 */
function highlightWords(text: string): readonly HighlightWord[] {
  const cached = highlightWordsRead.get(text);
  if (cached !== undefined) return cached;
  // Words inside a link are part of an address, not of the text: marking them up would break the link.
  const links = linkSpans(text);
  // An e-mail address was indexed as its whole pieces only, unstemmed (analysePassage in passage-analysis.ts):
  // "org" of "talks@example.org" never matched a question's "org", so it is not marked as if it had.
  const emails = emailSpans(text);
  // A date written in numbers stands for its month's name too ("14/06/2025" for "Juni": see textDateMonths).
  const dates = textDateMonths(text);
  const words: HighlightWord[] = [];
  for (const t of tokenize(text)) {
    if (links.length > 0 && links.some(([s, e]) => t.start < e && t.end > s)) continue;
    if (emails.length > 0 && emails.some(([s, e]) => t.start < e && t.end > s)) {
      const whole = wordsOf(t.norm).filter((w) => w === t.norm);
      if (whole.length > 0) words.push({ t, forms: whole, address: true });
      continue;
    }
    // Numbering is not indexed (search.ts), so it never matched: a list item's "3." is not the "3" asked about.
    if (isMarker(text, t)) continue;
    let forms = termsAt(text, t);
    // A stopword is no term of the words field; an English question's translation may have matched it in STOPS
    // ("begin" → "dimulai", see content-stopwords.ts), and only that puts it among a hit's terms.
    if (forms.length === 0 && isStopword(t.norm)) {
      words.push({ t, forms: [...new Set([t.norm, ...stemsOf(t.norm)])], stop: true });
      continue;
    }
    // ("Wi-Fi" matched as "wifi": indexed joined too, see hyphens.ts.)
    const joined = joinedForm(t.norm);
    if (joined !== null) forms = [...forms, joined];
    for (const d of dates) if (t.start >= d.start && t.end <= d.end) forms = [...forms, d.month];
    if (forms.length > 0) words.push({ t, forms });
  }
  if (highlightWordsRead.size >= HIGHLIGHT_WORDS_LIMIT) highlightWordsRead.delete(highlightWordsRead.keys().next().value!);
  highlightWordsRead.set(text, words);
  return words;
}

/**
 * Offsets of the words in `text` whose forms (surface or stem) matched the question. Words that matched only as
 * part of an acronym's long form (`longForms`, e.g. china/media/group for "CMG") are marked only where the whole
 * long form stands: "Media" alone in "Dialog Media" is not what "CMG" asked about. `common` tells a capitalised
 * common word from a name, as the index does (SearchIndex.writesInLowerCase); `reading` gives the corpus's roots
 * of meN-/peN- words, as the index stems them (SearchIndex.reading).
 */
export function highlightsIn(
  text: string,
  terms: { has(term: string): boolean; readonly size: number },
  longForms: { words: readonly string[][]; only: ReadonlySet<string> } = { words: [], only: new Set() },
  common: (norm: string) => boolean = () => false,
  reading?: RootReading,
): Highlight[] {
  if (terms.size === 0) return [];
  const out: Highlight[] = [];
  const words = highlightWords(text);
  // Content words that stand in a whole long form (stopwords inside it, like "dan", are not counted), by offset.
  const content = longForms.words.length === 0 ? words : words.filter((w) => w.stop !== true);
  const inLongForm = new Set<number>();
  for (const seq of longForms.words) {
    for (let i = 0; i + seq.length <= content.length; i++) {
      if (seq.every((w, k) => content[i + k]!.forms.includes(w))) seq.forEach((_, k) => inLongForm.add(content[i + k]!.t.start));
    }
  }
  // Whether any form of a word (or its stem) matched, and whether all that matched came only from an acronym's
  // long form.
  for (let i = 0; i < words.length; i++) {
    const { t, forms, address, stop } = words[i]!;
    if (stop === true) {
      if (forms.some((f) => terms.has(f))) out.push([t.start, t.end]);
      continue;
    }
    // A name was indexed without stems: "Pekalongan" cannot have matched "kalong" through its stem. A capitalised
    // word the corpus also writes in lower case (`common`) was stemmed: see analysePassage in passage-analysis.ts.
    // An address's pieces were not.
    const stemmed = address !== true && (!isNameAt(text, t.start) || common(t.norm));
    let matched = false;
    let onlyLong = true;
    for (const f of forms) {
      if (terms.has(f)) {
        matched = true;
        if (!longForms.only.has(f)) onlyLong = false;
      }
      if (!stemmed) continue;
      for (const x of stemsOf(f, reading)) {
        if (!terms.has(x)) continue;
        matched = true;
        if (!longForms.only.has(x)) onlyLong = false;
      }
    }
    if (!matched) continue;
    if (onlyLong && !inLongForm.has(t.start)) continue;
    out.push([t.start, t.end]);
  }
  return out;
}

/**
 * The long forms of the acronyms a question used, and the terms only they brought in (not also a question word,
 * its stem or a translation): see highlightsIn.
 */
export function longFormsOf(groups: readonly QueryGroup[]): { words: string[][]; only: Set<string> } {
  const words: string[][] = [];
  const fromLong = new Set<string>();
  const other = new Set<string>();
  for (const g of groups) {
    for (const x of [...g.surface, ...g.stems]) other.add(x);
    for (const a of g.alternatives) {
      const isLong = a.kind === 'acronym' && a.surface.length > 1;
      if (isLong) words.push(a.surface);
      for (const x of [...a.surface, ...a.stems]) (isLong ? fromLong : other).add(x);
    }
  }
  return { words, only: new Set([...fromLong].filter((x) => !other.has(x))) };
}

/**
 * The words that name what a passage is about rather than say its answer: its write-up's title and the heading it
 * opens with ("## Jadwal Hari Kedua" names every row of the table under it).
 */
function namingWords(p: Passage): string {
  const heading = openingHeading(p.text, 0);
  return heading === null ? p.title : `${p.title} ${heading}`;
}

/**
 * A window of the passage around the highlights of the line that answers (see snippet-focus.ts: an agenda's row
 * or list item, or a paragraph), cut at word boundaries, with an ellipsis on each side that was cut. Short
 * passages are returned whole. (`naming`: the words that name rather than answer, see namingWords. `values`: where
 * the passage states the value the question asks, see answer-slot.ts's answerValues.)
 */
export function snippetOf(text: string, highlights: Highlight[], max = SNIPPET_CHARS, naming = '', values: readonly Highlight[] = []): string {
  return snippetWindow(text, highlights, max, naming, values).snippet;
}

/**
 * snippetOf's window, and the value it shows (among `values`, those of the answering line: the one nearest the
 * question's words in the window), or null.
 */
export function snippetWindow(
  text: string,
  highlights: Highlight[],
  max = SNIPPET_CHARS,
  naming = '',
  values: readonly Highlight[] = [],
): { snippet: string; value: Highlight | null } {
  const whole = text.length <= max;
  if (whole && values.length === 0) return { snippet: text, value: null };
  // The answering line's highlights (snippet-focus.ts: an agenda's row, not its first rows), and among them the
  // run that fits in `max` characters and holds the most worth of distinct words, then the most of them:
  // [bestStart, bestEnd). Before any of them, a run that leaves room for a value asked takes in the one nearest
  // its words, on the same line: the member knows the question's words, and checks the answer by the value (a
  // window with it beside some of them beats one with more of them and no value).
  const focus = snippetFocus(text, highlights, naming);
  const hs = focus.highlights;
  // (Not a value that is one of the highlighted words, whole: what matched the question is not what it lacks.)
  const own: Highlight[] = [];
  for (const v of values) if ((focus.lineStart === 0 || lineStartOf(text, v[0]) === focus.lineStart) && !highlighted(highlights, v)) own.push(v);
  let bestStart = 0;
  let bestEnd = 0;
  let bestWorth = -1;
  let bestCount = -1;
  let bestValue: Highlight | null = null;
  // (Each value's distance from the run's nearest highlight in its own sentence, kept as the run grows: a value
  // answers the words it is said with, "Batas pembayaran iuran 31 Maret 2025", not those of the sentence before,
  // "iuran anggota tahun 2025 naik"; nor a word of the title, which names the event: see snippet-focus.ts. Where
  // no value shares a sentence with such a word, from the nearest highlight wherever it is: "Peserta yang hadir
  // 312 orang" for "yg dateng seminar berapa orang", whose "seminar" the next sentence says.)
  const gaps = new Array<number>(own.length);
  const sentences = own.length === 0 ? [] : splitSentences(text);
  const valueSentence: number[] = [];
  for (const v of own) valueSentence.push(sentenceAt(sentences, v[0]));
  const anchorSentence: number[] = [];
  for (const h of hs) anchorSentence.push(own.length === 0 || focus.weight(h) <= TITLE_WORD_WEIGHT ? -1 : sentenceAt(sentences, h[0]));
  const bySentence = anchorSentence.some((a) => a !== -1 && valueSentence.includes(a));
  for (let i = 0, j = 0; i < hs.length; i++) {
    j = Math.max(j, i + 1);
    while (j < hs.length && hs[j]![1] - hs[i]![0] <= max) j++;
    // Without values, the longest run from i alone (the runs inside it are worth no more); with them, each run
    // from i, its words' worth summed as it grows (distinctWeight's).
    const from = hs[i]![0];
    const seen = new Set<string>();
    let words = 0;
    gaps.fill(Infinity);
    for (let k = i + 1; k <= j; k++) {
      const h = hs[k - 1]!;
      const key = focus.key(h);
      if (!seen.has(key)) {
        seen.add(key);
        words += focus.weight(h);
      }
      if (own.length === 0 && k < j) continue;
      const to = h[1];
      let value: Highlight | null = null;
      let nearest = Infinity;
      for (let v = 0; v < own.length; v++) {
        const [vs, ve] = own[v]!;
        if (!bySentence || (anchorSentence[k - 1] !== -1 && anchorSentence[k - 1] === valueSentence[v])) gaps[v] = Math.min(gaps[v]!, vs >= h[1] ? vs - h[1] : h[0] >= ve ? h[0] - ve : 0);
        if (gaps[v]! < nearest && Math.max(to, ve) - Math.min(from, vs) <= max) {
          nearest = gaps[v]!;
          value = own[v]!;
        }
      }
      const better =
        (value !== null) !== (bestValue !== null) ? value !== null : words > bestWorth + 1e-9 || (Math.abs(words - bestWorth) <= 1e-9 && k - i > bestCount);
      if (better) {
        bestWorth = words;
        bestCount = k - i;
        bestStart = value === null ? from : Math.min(from, value[0]);
        bestEnd = value === null ? to : Math.max(to, value[1]);
        bestValue = value;
      }
    }
  }
  if (whole) return { snippet: text, value: bestValue };
  // Lead in with a little context before the first highlight, less if the last one would not fit otherwise (but
  // never past the first: one highlight longer than the snippet is shown from its start), and not from the line
  // above the answering one (the row or item before it); then snap both ends to word boundaries, never cutting a
  // highlight or a character (cut.ts) in two.
  const leadIn = Math.max(bestStart - Math.floor(max / 4), focus.lineStart);
  let start = Math.max(0, Math.min(bestStart, Math.max(bestEnd - max, leadIn)));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  // Near the passage's end the window reaches back above the answering line: open at a line's start there rather
  // than inside the line above it (a heading's last word).
  if (start > 0 && start < focus.lineStart && text[start - 1] !== '\n') start = text.indexOf('\n', start) + 1;
  // In a table, open at a row's first cell rather than mid-row ("…lokal | Eko |"), when the matched words still
  // fit.
  const row = start > 0 ? rowStartAt(text, start) : null;
  if (row !== null && row + max >= bestEnd) {
    start = row;
    end = Math.min(text.length, start + max);
  }
  if (start > 0 && start !== row) {
    // (A start on a line's first word, the answering line's, is no word cut in two.)
    const space = /\s/u.test(text[start - 1]!) ? start - 1 : text.indexOf(' ', start);
    start = space === -1 || space >= end ? start : space + 1;
    // Nor open on a dash or a quote standing alone ("…-- Media's"): skip words with no letter or digit.
    const stray = /^[^\p{L}\p{N}\s]+\s+/u.exec(text.slice(start, Math.min(end, bestStart)));
    if (stray) start += stray[0].length;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start && space >= Math.min(bestEnd, end) ? space : end;
  }
  start = cutAfter(text, start);
  end = Math.max(start, cutBefore(text, end));
  return { snippet: `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`, value: bestValue };
}

function clampInt(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
