// A distance or a length of time asked, and whether a passage states one the question does not already say.
//
// "berapa km group ride ke gedong songo", "berapa lama camping", "how far was the ride", "how long is the loop":
// the answer is a number with a unit of length or of time ("78 km", "elevasi 450 m", "3 jam", "2 hari 1 malam",
// "45 minutes"), which no word of the question matches. The passage that restates the question's words ("group
// ride ke Gedong Songo diikuti 30 anggota") often lacks it. answer-slot.ts rewards, among the best candidates, a
// passage that states one (RANKING.answerSlotWeight), as it does a date, a place, a count or an amount.
// Not a time of day ("jam 7", "pukul 05.00", "19.00": no unit after the number), nor a date ("12 Juni 2025": a
// month is no unit; nor a year before "jam", "2026 jam 9"), nor a number the question says itself ("long run 21
// km" restated for "berapa jam long run 21 km").

import { ENGLISH_CARDINALS, ENGLISH_TENS, INDONESIAN_UNITS } from './number-words.ts';
import { HOW_MUCH, namesMoney } from './question-words.ts';

/**
 * What is measured: a distance, a height or a depth (a length stated in metres or feet, "1.726 mdpl", not the "5
 * km" of a route), a length of time, the length of time of a movement (in hours, minutes or days: "naik sekitar 7
 * jam", not the "1 malam" of a stay), or either of a distance and a time ("how long is the loop": "16 km" or "2
 * hours"), or either of a distance and a movement's time ("how long is the climb": "8 km" or "7 jam", not "1
 * malam").
 */
export type Measure = 'length' | 'height' | 'time' | 'travel' | 'either' | 'route';

/**
 * Words of a height or a depth, beside "berapa" ("berapa tinggi", "tingginya brp", "ketinggian puncak berapa",
 * "mdpl brp", "brp mdpl"): a length too, stated with a unit of length ("1.726 mdpl", "3,676 metres", "kedalaman 18
 * meter"). (A mountain's height is what a hiking club's members ask; "mdpl", metres above sea level, is its unit.)
 */
const HEIGHT_NOUNS: readonly string[] = ['ketinggian', 'ketinggiannya', 'elevasi', 'elevasinya', 'kedalaman', 'kedalamannya'];
/** (Anywhere in the question only the nouns, "ketinggian puncak berapa": "tinggi" is said of much else.) */
const HEIGHT: readonly string[] = ['tinggi', 'tingginya', 'mdpl', ...HEIGHT_NOUNS];
const HEIGHT_WORDS: ReadonlySet<string> = new Set(HEIGHT);
/**
 * Before "berapa", the adjective "tinggi" asks a height only where "berapa" asks nothing of its own ("merbabu tinggi
 * brp"; "sekolah tinggi berapa orang" counts) and it is no degree of another thing ("skor paling tinggi berapa" asks
 * the highest score, "lebih tinggi") nor part of a noun ("sekolah tinggi", "perguruan tinggi": a college).
 */
const NOT_HEIGHT_BEFORE: ReadonlySet<string> = new Set(['paling', 'lebih', 'sangat', 'cukup', 'terlalu', 'amat', 'agak', 'sekolah', 'perguruan', 'pendidikan', 'pengadilan', 'tegangan', 'dataran']);
/**
 * English words after "how" that ask a height or a depth: "how high is Merbabu", "how tall", "how deep"; not in a
 * question of a price or a sum of money ("how high is the registration fee": its level, no length).
 */
const HOW_HIGH: ReadonlySet<string> = new Set(['high', 'tall', 'deep']);
/** Words right after "berapa" that ask a distance: "berapa km", "berapa jauh", "berapa panjang". */
const LENGTH_AFTER: ReadonlySet<string> = new Set(['jauh', 'panjang', 'km', 'kilo', 'kilometer', 'meter', 'mil', 'jarak', 'jaraknya', ...HEIGHT]);
/** Words right after "berapa" that ask a length of time: "berapa lama", "berapa jam" (not "jam berapa": a time). */
const TIME_AFTER: ReadonlySet<string> = new Set(['lama', 'jam', 'menit', 'detik', 'durasi', 'durasinya']);
/** Words right before "berapa" that ask a distance: "jaraknya berapa", "panjang rute berapa" (see FAR_ANYWHERE). */
const LENGTH_BEFORE: ReadonlySet<string> = new Set(['jarak', 'jaraknya', 'jauh', 'jauhnya', 'panjang', 'panjangnya', ...HEIGHT]);
/** Words right before "berapa" that ask a length of time: "lamanya berapa", "durasi berapa". */
const TIME_BEFORE: ReadonlySet<string> = new Set(['lama', 'lamanya', 'durasi', 'durasinya']);
/**
 * Words that name a distance or a length of time anywhere in a question whose "berapa" asks nothing of the word
 * beside it ("jarak rute trail run berapa", "durasi workshop kemarin berapa ya"): not with a noun after "berapa",
 * which counts it ("berapa peserta lari jarak 10 km").
 */
const LENGTH_ANYWHERE: ReadonlySet<string> = new Set(['jarak', 'jaraknya']);
const HEIGHT_ANYWHERE: ReadonlySet<string> = new Set(HEIGHT_NOUNS);
const TIME_ANYWHERE: ReadonlySet<string> = new Set(['durasi', 'durasinya']);
/** What may follow a "berapa" that asks nothing of its own: a particle, or the question's end. */
const PARTICLES: ReadonlySet<string> = new Set(['sih', 'ya', 'yah', 'aja', 'saja', 'kah', 'ini', 'itu', 'tuh', 'nih', 'kak', 'gan', 'gaes', 'guys']);
/** English units after "how many" ("how many kilometres"). */
const ENGLISH_LENGTH: ReadonlySet<string> = new Set(['km', 'kms', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'k']);
const ENGLISH_TIME: ReadonlySet<string> = new Set(['hours', 'hrs', 'minutes', 'mins', 'seconds', 'days', 'nights', 'weeks']);
/**
 * Words of address and greeting that may open a chat question before what it asks ("kak tinggi merbabu berapa",
 * "min, tinggi andong brp"): skipped to find the question's first word of its own.
 */
const ADDRESS: ReadonlySet<string> = new Set([
  'kak', 'kakak', 'ka', 'min', 'mimin', 'admin', 'gan', 'agan', 'bang', 'abang', 'sis', 'bro', 'mas', 'mbak', 'mba', 'om', 'pak', 'bu',
  'guys', 'gaes', 'halo', 'hallo', 'hai', 'hi', 'permisi',
]);
/**
 * English nouns of an event, which lasts a length of time: "how long was the semeru trip" asks its days and nights
 * ("4 days, 3 nights"), not a height or a route's kilometres its write-up states too (a route, a loop, a trail
 * keep either; a movement, "the climb", a route's: see timeOf).
 */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'trip', 'camp', 'festival', 'fest', 'workshop', 'event', 'meetup', 'meeting', 'retreat', 'tour', 'expedition', 'training', 'seminar',
  'conference', 'session', 'class', 'programme', 'program', 'holiday', 'vacation', 'visit', 'concert', 'ceremony', 'bootcamp',
  'hackathon', 'party', 'gathering', 'webinar', 'talk', 'stream', 'livestream', 'tournament', 'outing',
]);
const isOwnWord = (word: string): boolean => !ADDRESS.has(word);
const namesEvent = (word: string): boolean => EVENT_NOUNS.has(word);
/** English verbs of time that make "how long" ask a length of time: "how long did the hike take". */
const TIME_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking', 'last', 'lasts', 'lasted', 'lasting', 'stay', 'stayed', 'wait', 'waited']);

/**
 * Words of a movement, whose length of time is travelled in hours, minutes or days, not in nights, which measure a
 * stay ("brp lama naik ke kandang badak": "naik sekitar 7 jam", not "1 malam camping di Kandang Badak"): verbs of
 * going somewhere, and "ke", "menuju" before the place reached (not "ke" of an ordinal, "acara ke-3", "ke dua").
 */
const MOVING: ReadonlySet<string> = new Set([
  'naik', 'mendaki', 'pendakian', 'turun', 'jalan', 'berjalan', 'perjalanan', 'tempuh', 'ditempuh', 'menempuh', 'menuju', 'nyampe',
  'climb', 'climbed', 'climbing', 'ascent', 'descent', 'hike', 'hiked', 'walk', 'walked', 'drive', 'drove', 'ride', 'rode', 'travel', 'travelled', 'traveled', 'journey', 'reach', 'reached',
]);
const DIGITS_ONLY = /^\d+$/u;
/** The number words after "ke" of an ordinal written apart, "acara ke dua", "ke sepuluh", as "ke-3" is. */
const ORDINAL_AFTER_KE: ReadonlySet<string> = new Set([...INDONESIAN_UNITS, 'sepuluh', 'sebelas', 'seratus']);
/**
 * Words of a stay, whose length of time nights measure: said before a movement, the stay is what is asked, and the
 * movement says when it ended ("berapa lama camping di kandang badak sebelum naik ke puncak": "1 malam").
 */
const STAYING: ReadonlySet<string> = new Set([
  'camping', 'kemah', 'berkemah', 'menginap', 'nginap', 'nginep', 'bermalam', 'stay', 'stayed', 'staying', 'camp', 'camped',
]);

/** A length of time asked: of a movement where the question says one (see MOVING) before any stay, else any. */
function timeOf(w: readonly string[]): Measure {
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (STAYING.has(word)) return 'time';
    if (MOVING.has(word) || (word === 'ke' && i + 1 < w.length && !DIGITS_ONLY.test(w[i + 1]!) && !ORDINAL_AFTER_KE.has(w[i + 1]!))) return 'travel';
  }
  return 'time';
}

/**
 * The measure a question asks for (its words in lower case), or null: "berapa km", "berapa jauh", "jaraknya
 * berapa", "how far", "how many kilometres" ask a distance; "berapa lama", "berapa jam", "durasi … berapa", "how
 * many hours", "how long" with a verb of time ask a length of time; "how long" else either, of a movement a
 * route's ("how long is the climb"), of an event a length of time ("how long was the trip": EVENT_NOUNS); "how
 * long ago" asks a date. Not "jam berapa" (a time of day) nor "berapa hari" (a count of days: answer-slot.ts's
 * count).
 */
export function askedMeasure(w: readonly string[]): Measure | null {
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (HOW_MUCH.has(word)) {
      const next = w[i + 1] ?? '';
      if (HEIGHT_WORDS.has(next)) return 'height';
      if (LENGTH_AFTER.has(next)) return 'length';
      if (TIME_AFTER.has(next)) return timeOf(w);
      const previous = w[i - 1] ?? '';
      const asksOwn = next !== '' && !PARTICLES.has(next);
      if (LENGTH_BEFORE.has(previous) && !(previous === 'tinggi' && (asksOwn || NOT_HEIGHT_BEFORE.has(w[i - 2] ?? '')))) return HEIGHT_WORDS.has(previous) ? 'height' : 'length';
      if (TIME_BEFORE.has(previous)) return timeOf(w);
      if (!asksOwn) {
        // ("tinggi" opening the question is the noun, the height of what follows, "tinggi andong berapa": the
        // adjective "tinggi" follows its noun, "antusiasme tinggi".)
        // (After any word of address: "kak tinggi merbabu berapa".)
        if (w.some((x) => HEIGHT_ANYWHERE.has(x)) || HEIGHT_WORDS.has(w.find(isOwnWord) ?? '')) return 'height';
        if (w.some((x) => LENGTH_ANYWHERE.has(x))) return 'length';
        if (w.some((x) => TIME_ANYWHERE.has(x))) return timeOf(w);
      }
    } else if (word === 'how') {
      const next = w[i + 1];
      if (next === 'far') return 'length';
      if (HOW_HIGH.has(next ?? '') && !w.some(namesMoney)) return 'height';
      if (next === 'long' && w[i + 2] !== 'ago') {
        const time = timeOf(w);
        if (w.some((x) => TIME_VERBS.has(x))) return time;
        return time === 'travel' ? 'route' : w.some(namesEvent) ? 'time' : 'either';
      }
      if (next === 'many') {
        const unit = w[i + 2] ?? '';
        if (ENGLISH_LENGTH.has(unit)) return 'length';
        if (ENGLISH_TIME.has(unit)) return timeOf(w);
      }
    }
  }
  return null;
}

// A number and its unit: digits ("21", "12,5", "2-3") or a number in words ("dua", "tiga puluh", "two"), then a
// unit of length or of time, apart or not ("21km", "3 jam"). One word for a day and a night said once ("sehari",
// "semalam", "sejam"). (Not "K" of "21K": as often a price, "50K", read so by asked-type.ts.) Not a number after
// "jam", "pukul" or "tanggal", a time of day or a day of the month whatever follows it: "jam 7 malam" is seven in
// the evening, "tanggal 5 bulan depan" the fifth of next month. Nor a sum after "Rp": "Rp 2 M" is two billion
// rupiah ("miliar"), no two metres.
const NUMBER_WORDS = [...INDONESIAN_UNITS, 'sepuluh', 'sebelas', 'setengah', 'seratus', ...ENGLISH_CARDINALS, ...ENGLISH_TENS, 'half'].join('|');
const LENGTH_UNITS = 'km|kms|kilometers?|kilometres?|m|meters?|metres?|mdpl|mil|miles?|cm|ft|feet|foot';
/**
 * The units of LENGTH_UNITS a height or a depth is stated in: metres ("2.211 m dpl", "1.726 mdpl", "120 m deep"),
 * centimetres (a person's height) and feet; not the kilometres or miles of a route, which a mountain's write-up
 * states too ("Rute jalan kaki 5 km").
 */
const HEIGHT_UNITS: ReadonlySet<string> = new Set(['m', 'meter', 'meters', 'metre', 'metres', 'mdpl', 'cm', 'ft', 'feet', 'foot']);
const TIME_UNITS = 'detik|menit|mnt|jam|hari|malam|minggu|pekan|bulan|tahun|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?';
const MEASURED = new RegExp(
  String.raw`(?<!(?<![\p{L}])(?:jam|pukul|pkl|tanggal|tgl)\.?\s*)(?:(?<![\p{L}\p{N}.,:/-])(?<!(?<![\p{L}])(?:rp|idr)\.?\s*)(\d+(?:[.,]\d+)?)|(?<![\p{L}])(?:${NUMBER_WORDS})(?:\s+(?:belas|puluh|setengah))?)(?:\s*-\s*\d+(?:[.,]\d+)?)?\s*(?:(${LENGTH_UNITS})|(${TIME_UNITS}))(?![\p{L}\p{N}])|(?<![\p{L}])(?:sehari|seharian|semalam|semalaman|sejam|seminggu|sepekan)(?![\p{L}])`,
  'giu',
);
const YEAR = /^(?:1[5-9]|20)\d\d$/u;
/** A unit of nights, or one night said in one word ("semalam"): see measuresOtherThan. */
const NIGHTS = /^(?:malam|nights?|semalam|semalaman)$/iu;
/**
 * The minutes or seconds after a length of time, on its line: " 15 menit" of "3 jam 15 menit", " 30 detik" of "2
 * menit 30 detik" (not the "30 menit sebelum start" the next line opens with).
 */
const SMALLER_AFTER = /[ \t]+(?:dan[ \t]+|and[ \t]+)?\d+[ \t]*(?:menit|mnt|detik|minutes?|mins?|seconds?|secs?)(?![\p{L}\p{N}])/iuy;
const NOT_DIGITS = /\D/gu;

/**
 * Whether `text` states a measure of the kind `of` with a number other than the numbers `said` (digits only, as
 * answer-slot.ts reads a question's): "total 78 km" for "berapa km group ride", not "long run 21 km" restated for
 * "berapa jam long run 21 km"; not a year before a unit of time ("6 Juni 2026 jam 9" is a time of day).
 */
export function statesMeasureOtherThan(of: Measure, said: ReadonlySet<string>, text: string): boolean {
  return measuresOtherThan(of, said, text, true).length > 0;
}

/**
 * Where `text` states a measure as statesMeasureOtherThan reads one, each number and its unit ("3 jam", "15
 * menit"), for an excerpt to show and highlight (answer-slot.ts's answerValues). `first`: stop at the first one.
 */
export function measuresOtherThan(of: Measure, said: ReadonlySet<string>, text: string, first = false): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  MEASURED.lastIndex = 0;
  for (let m = MEASURED.exec(text); m !== null; m = MEASURED.exec(text)) {
    const length = m[2] !== undefined;
    // (A word of a day or a night said once, "sehari", is of time.)
    if (length ? of === 'time' || of === 'travel' || (of === 'height' && !HEIGHT_UNITS.has(m[2]!.toLowerCase())) : of === 'length' || of === 'height') continue;
    // (Nights alone measure a stay, not a movement: "1 malam camping di Kandang Badak".)
    if ((of === 'travel' || of === 'route') && NIGHTS.test(m[3] ?? m[0])) continue;
    const digits = m[1]?.replace(NOT_DIGITS, '');
    if (digits !== undefined && (said.has(digits) || (!length && YEAR.test(digits)))) continue;
    let end = m.index + m[0].length;
    // ("3 jam 15 menit": the minutes after the hours, which MEASURED leaves as a time of day, "jam 15".)
    if (!length) {
      SMALLER_AFTER.lastIndex = end;
      end += SMALLER_AFTER.exec(text)?.[0].length ?? 0;
      MEASURED.lastIndex = Math.max(MEASURED.lastIndex, end);
    }
    found.push([m.index, end]);
    if (first) break;
  }
  return found;
}

/**
 * The words that name the measure a question asks, not what is measured: "tinggi" of "merbabu tingginya brp",
 * "high" of "how high is Merbabu", "lama" of "berapa lama camping". A passage that states the measure ("3.142
 * mdpl", "3 jam") answers them without saying the word, as one stating a time answers "jam" of "jam berapa"
 * (answer.ts's coverageExcusing).
 */
const MEASURE_NAMES: ReadonlySet<string> = new Set([
  // (The words askedMeasure reads beside "berapa" and after "how", and with them the units it is asked in, "berapa
  // km", "berapa jam", "mdpl brp": they say what is asked, not of what.)
  ...LENGTH_BEFORE, ...LENGTH_AFTER, ...TIME_BEFORE, ...TIME_AFTER, ...HOW_HIGH, 'far', 'long', ...ENGLISH_LENGTH, ...ENGLISH_TIME,
]);

/**
 * Whether `word` (lower case) only names a measure asked or its unit (MEASURE_NAMES): a passage that matches the
 * question in such words alone says nothing of what is measured (answer.ts).
 */
export function namesMeasure(word: string): boolean {
  return MEASURE_NAMES.has(word);
}
