// Weeks, months and years named relative to when a member asks ("meetup minggu lalu", "bulan depan", "tahun lalu",
// "last week"), read on the bot's clock as "besok" is; a question naming two relative days read whole; and a day of
// a date asked about ("acara 22 Mei") not matched by a count that happens to be the same number ("22 peserta").

import { describe, expect, it } from 'vitest';
import { dayWriting } from '../src/engine/dates.ts';
import { Library } from '../src/engine/library.ts';
import { relativePeriods } from '../src/engine/relative-days.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string | null): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const docs = [
  doc('lokakarya-2024', 'Lokakarya Visualisasi Data', 'Lokakarya diadakan di Telkom Hub dengan 25 peserta.\n\nPemandu lokakarya adalah Dewi Lestari.', '2024-11-09'),
  doc('lokakarya-2025', 'Lokakarya Python', 'Lokakarya diadakan di Kopi Tuku dengan 18 peserta.\n\nPemandu lokakarya adalah Joko Susilo.', '2025-02-15'),
  doc('meetup-05', 'Meetup Komunitas Data #5', 'Meetup kelima diadakan di Bandung Creative Hub dengan 22 peserta.\n\nPembicara meetup adalah Rina Kusuma.\n\nSampai jumpa di meetup bulan depan!', '2025-05-17'),
  doc('workshop', 'Workshop Git', 'Workshop Git diadakan di Dilo Bandung. Sampai jumpa besok di hari kedua workshop!', '2025-05-24'),
  doc('meetup-06', 'Meetup Komunitas Data #6', 'Meetup keenam diadakan di Gedung Sate.\n\nPembicara meetup adalah Andi Pratama.', '2025-06-07'),
  doc('notulen', 'Notulen Rapat Pengurus', 'Rapat pengurus membahas anggaran.\n\nKeputusan: meetup #7 pada 19 Juli 2025 di Telkom Hub.', '2025-06-20'),
];
const on = (day: string) => Library.fromDocuments(docs, { clock: () => new Date(`${day}T10:00:00`) });

describe('weeks, months and years named relative to when a member asks', () => {
  // On Tuesday 10 June 2025. "meetup bulan lalu" was asked as the words "bulan" and "lalu" (and "meetup bulan depan"
  // answered with May's "Sampai jumpa di meetup bulan depan!", a month that has passed since); "minggu lalu" likewise.
  const lib = on('2025-06-10');

  it('reads a month as its name and year on the clock, answered from that month\'s write-up or a plan for it', () => {
    const last = lib.ask('siapa pembicara meetup bulan lalu');
    expect(last.readAs).toBe('siapa pembicara meetup Mei 2025');
    expect(last.answered).toBe(true);
    expect(last.results[0]?.text).toContain('Rina Kusuma');
    const next = lib.ask('meetup bulan depan di mana');
    expect(next.readAs).toBe('meetup Juli 2025 di mana');
    expect(next.results[0]?.text).toContain('Telkom Hub');
    expect(next.results.some((r) => r.text.includes('bulan depan'))).toBe(false);
    // In English, shown with the English month.
    const english = lib.ask("who spoke at last month's meetup?");
    expect(english.readAs).toBe("who spoke at May 2025's meetup?");
    expect(english.results[0]?.text).toContain('Rina Kusuma');
  });

  it('reads a week as the days from its Monday to its Sunday, answered only from a write-up of one of them', () => {
    for (const q of ['meetup minggu lalu siapa pembicaranya?', 'meetup pekan kemarin siapa pembicaranya?']) {
      const a = lib.ask(q);
      expect(a.readAs, q).toBe(`meetup 2–8 Juni 2025 siapa pembicaranya?`);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('Andi Pratama');
    }
    expect(lib.ask('who spoke at the meetup last week?').readAs).toBe('who spoke at the meetup 2–8 June 2025?');
    // This week has no meetup: unanswered, not the last one's speaker.
    const none = lib.ask('siapa pembicara meetup minggu ini?');
    expect(none.readAs).toBe('siapa pembicara meetup 9–15 Juni 2025?');
    expect(none.answered).toBe(false);
    // A week across two months is shown so, and still finds the write-up dated in it.
    const across = on('2025-06-03').ask('meetup minggu lalu di mana');
    expect(across.readAs).toBe('meetup 26 Mei–1 Juni 2025 di mana');
    expect(across.answered).toBe(false);
    expect(on('2025-05-27').ask('meetup minggu lalu di mana').results[0]?.docId).toBe('meetup-05');
  });

  it('reads a year as the year', () => {
    const a = lib.ask('lokakarya tahun lalu di mana');
    expect(a.readAs).toBe('lokakarya 2024 di mana');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('lokakarya-2024');
    expect(lib.ask('lokakarya tahun ini di mana').results[0]?.docId).toBe('lokakarya-2025');
  });

  it('answers a year from an undated page only where it names the year as an event\'s, not in passing', () => {
    // "lokakarya tahun lalu" (2024) was answered from an undated about-page that said "berdiri sejak 2024", though
    // no write-up was dated in 2024.
    const about = doc('tentang', 'Tentang Komunitas Data', 'Komunitas Data berdiri sejak 2024 dan mengadakan lokakarya tahunan.', null);
    const held = doc('arsip', 'Arsip Komunitas', 'Lokakarya 2024 diadakan di Telkom Hub.', null);
    const only = (extra: CorpusDocument[]) =>
      Library.fromDocuments([docs[1]!, docs[2]!, ...extra], { clock: () => new Date('2025-06-10T10:00:00') });
    const passing = only([about]).ask('lokakarya tahun lalu di mana');
    expect(passing.readAs).toBe('lokakarya 2024 di mana');
    expect(passing.answered).toBe(false);
    const named = only([about, held]).ask('lokakarya tahun lalu di mana');
    expect(named.answered).toBe(true);
    expect(named.results[0]?.docId).toBe('arsip');
  });

  it('leaves a count of them ago as it was', () => {
    for (const q of ['meetup 2 bulan lalu', 'meetup dua minggu lalu']) {
      expect(lib.ask(q).readAs, q).toBeUndefined();
    }
    expect(relativePeriods('meetup beberapa tahun lalu', '2025-06-10')).toEqual([]);
  });

  it('reads "tanggal 17 bulan lalu" as the 17th of last month, not 17 months ago', () => {
    // The count rule read "17 bulan lalu" as seventeen months ago and left the question as words.
    for (const q of ['acara tanggal 17 bulan lalu apa', 'acara tgl 17 bulan lalu apa']) {
      const a = lib.ask(q);
      expect(a.readAs, q).toBe(q.replace('bulan lalu', 'Mei 2025'));
      expect(a.results[0]?.docId, q).toBe('meetup-05');
    }
    expect(lib.ask('meetup 17 bulan lalu').readAs).toBeUndefined();
  });

  it('leaves "malam minggu" (Saturday night) as it was, not "minggu ini" or "minggu kemarin" the week', () => {
    // "acara malam minggu kemarin apa" (last Saturday night's) was read "acara malam Juni 2025 apa", the week before.
    for (const q of ['acara malam minggu kemarin apa', 'acara malam minggu ini apa', 'acara malem minggu lalu apa']) {
      expect(lib.ask(q).readAs, q).toBeUndefined();
      expect(relativePeriods(q, '2025-06-10'), q).toEqual([]);
    }
  });

  it('reads "kemarin" or "besok" after a day of the week as the last or the coming one, not yesterday or tomorrow', () => {
    // On Tuesday 10 June, "meetup hari Sabtu kemarin" (Saturday 7 June's) was read "meetup hari Sabtu 9 Juni 2025"
    // and answered only from a Monday's write-up; then left as words, matched by any write-up saying "Sabtu".
    const read = (q: string, today = '2025-06-10') => relativePeriods(q, today).map((p) => `${p.from}/${p.to}/${p.unit}`);
    expect(read('meetup hari Sabtu kemarin di mana')).toEqual(['2025-06-07/2025-06-07/day']);
    expect(read('meetup Sabtu kmrn di mana')).toEqual(['2025-06-07/2025-06-07/day']);
    expect(read('acara hari minggu kemarin apa')).toEqual(['2025-06-08/2025-06-08/day']);
    expect(read('acara jumat besok apa')).toEqual(['2025-06-13/2025-06-13/day']);
    // The same day of the week as today: a week ago, a week on (today is "hari ini").
    expect(read('acara selasa kemarin apa')).toEqual(['2025-06-03/2025-06-03/day']);
    expect(read('acara selasa besok apa')).toEqual(['2025-06-17/2025-06-17/day']);
    const a = lib.ask('meetup hari Sabtu kemarin di mana');
    expect(a.readAs).toBe('meetup 7 Juni 2025 di mana');
    expect(a.results[0]?.docId).toBe('meetup-06');
    expect(lib.ask('acara jumat besok apa').answered).toBe(false);
    // "minggu kemarin" alone is last week, and "malam Sabtu kemarin" a Friday night, left as it was.
    expect(read('meetup minggu kemarin di mana')).toEqual(['2025-06-02/2025-06-08/week']);
    expect(read('acara malam sabtu kemarin apa')).toEqual([]);
    // Not a day's name: still yesterday.
    expect(lib.ask('acara hari kemarin apa').readAs).toBe('acara hari 9 Juni 2025 apa');
  });

  it('reads "lalu", "ini" or "depan" after a day of the week, and English "last", "this", "next" before one', () => {
    // "meetup Sabtu lalu", "acara Jumat depan", "hari Minggu ini", "last Saturday" stayed words: "Sabtu lalu" was
    // answered from any write-up that says "Sabtu", and "hari Minggu ini" was not read at all.
    const read = (q: string, today = '2025-06-10') => relativePeriods(q, today).map((p) => `${p.from}/${p.to}/${p.unit}`);
    // Tuesday 10 June: the last Saturday before today, this week's Saturday and Sunday, next week's Friday.
    expect(read('meetup Sabtu lalu di mana')).toEqual(['2025-06-07/2025-06-07/day']);
    expect(read('meetup sabtu yang lalu di mana')).toEqual(['2025-06-07/2025-06-07/day']);
    expect(read('acara Sabtu ini apa')).toEqual(['2025-06-14/2025-06-14/day']);
    expect(read('acara hari Minggu ini apa?')).toEqual(['2025-06-15/2025-06-15/day']);
    expect(read('acara Jumat depan apa')).toEqual(['2025-06-20/2025-06-20/day']);
    expect(read('who spoke last Saturday?')).toEqual(['2025-06-07/2025-06-07/day']);
    expect(read("what's on this Sunday?")).toEqual(['2025-06-15/2025-06-15/day']);
    expect(read("what's on next Friday?")).toEqual(['2025-06-20/2025-06-20/day']);
    // "Minggu" capitalised inside the question, or after "hari", is Sunday; in lower case, or opening the question,
    // the week.
    expect(read('meetup Minggu lalu di mana')).toEqual(['2025-06-08/2025-06-08/day']);
    expect(read('meetup hari minggu lalu di mana')).toEqual(['2025-06-08/2025-06-08/day']);
    expect(read('acara Minggu ini apa?')).toEqual(['2025-06-15/2025-06-15/day']);
    expect(read('meetup minggu lalu di mana')).toEqual(['2025-06-02/2025-06-08/week']);
    expect(read('Minggu lalu ada meetup?')).toEqual(['2025-06-02/2025-06-08/week']);
    // On a Sunday, "Sabtu ini" is this week's, yesterday; on a Friday, "Sabtu depan" is next week's, not tomorrow.
    expect(read('acara Sabtu ini apa', '2025-06-15')).toEqual(['2025-06-14/2025-06-14/day']);
    expect(read('acara Sabtu depan apa', '2025-06-13')).toEqual(['2025-06-21/2025-06-21/day']);
    // Not "the last Saturday" (of a month, of a series), nor "malam Sabtu ini" (a Friday night).
    expect(read('meetup on the last Saturday of May')).toEqual([]);
    expect(read('acara malam Sabtu ini apa')).toEqual([]);
    // Answered from that day's write-up, shown as read; a day with none is not answered.
    const a = lib.ask('meetup Sabtu lalu di mana');
    expect(a.readAs).toBe('meetup 7 Juni 2025 di mana');
    expect(a.results[0]?.docId).toBe('meetup-06');
    const english = lib.ask('where was the meetup last Saturday?');
    expect(english.readAs).toBe('where was the meetup 7 June 2025?');
    expect(english.results[0]?.docId).toBe('meetup-06');
    expect(on('2025-06-08').ask('meetup Sabtu ini di mana').results[0]?.docId).toBe('meetup-06');
    expect(lib.ask('rapat Jumat depan membahas apa').results[0]?.docId).toBe('notulen');
    expect(lib.ask('acara Rabu depan apa').answered).toBe(false);
  });
});

describe('a day named relative to asking, typed with two letters swapped', () => {
  it('is not the write-ups\' own "besok", of their own day', () => {
    // "workshop besko di mana" was read as the word "besok", matched by the workshop of 24 May for its "Sampai jumpa
    // besok" (said of 25 May), as "workshop bsk" never is: that one is read as tomorrow's date.
    const lib = on('2025-06-10');
    for (const q of ['workshop besko di mana', 'workshop ebsok di mana']) {
      expect(lib.snapshot.index.analyze(q).flatMap((g) => g.alternatives.flatMap((a) => a.surface)), q).not.toContain('besok');
    }
    // A swap that spells another word still reads as it.
    expect(lib.snapshot.index.analyze('pmebicara meetup').flatMap((g) => g.alternatives.flatMap((a) => a.surface))).toContain('pembicara');
  });
});

describe('a question naming two relative days', () => {
  it('reads both on the clock, not one as "the last meetup" and the other as a word', () => {
    // "meetup kemarin dan workshop besok" was read "meetup terbaru dan workshop besok", and answered with the
    // workshop of 24 May, whose text says "Sampai jumpa besok".
    const a = on('2025-06-10').ask('meetup kemarin dan workshop besok di mana');
    expect(a.readAs).toBe('meetup 9 Juni 2025 dan workshop 11 Juni 2025 di mana');
    expect(a.answered).toBe(false);
    // Alone, "meetup kemarin" is still the last meetup held.
    expect(on('2025-06-10').ask('meetup kemarin di mana').results[0]?.text).toContain('Gedung Sate');
  });
});

describe('a day of a date asked about', () => {
  it('is not matched by the same number written as a count', () => {
    // "acara 22 Mei" was answered with meetup #5's "… dengan 22 peserta" (held on 17 May); "acara 28 Mei" was not.
    const lib = on('2025-06-10');
    expect(lib.ask('acara 22 Mei').answered).toBe(false);
    expect(lib.ask('acara 28 Mei').answered).toBe(false);
    // The day written as a day, or the write-up dated that day, still answers.
    expect(lib.ask('acara 19 Juli').results[0]?.text).toContain('Telkom Hub');
    expect(lib.ask('acara 17 Mei').results[0]?.docId).toBe('meetup-05');
  });

  it('is read beside its month\'s name in either language, or in a date in numbers', () => {
    const may22 = dayWriting(22, [5]);
    expect(may22('meetup pada 22 Mei 2025')).toBe(true);
    expect(may22('the meetup on May 22nd')).toBe(true);
    expect(may22('the 22nd of May')).toBe(true);
    expect(may22('diadakan 22/05/2025')).toBe(true);
    expect(may22('dengan 22 peserta pada bulan Mei')).toBe(false);
    expect(may22('meetup pada 22 Juni 2025')).toBe(false);
    expect(may22('meetup pada 122 Mei')).toBe(false);
  });
});

describe('a plan inside a write-up dated in the period asked about', () => {
  // Asked in May, "meetup bulan ini di mana" was answered with May's minutes' "Meetup berikutnya akan diadakan di
  // Telkom Hub pada 14 Juni 2025": dated in May, though the meetup it announces is June's.
  const minutes = (date: string, plan: string) =>
    doc(`notulen-${date}`, 'Notulen Rapat Pengurus', `Rapat pengurus membahas anggaran dan sponsor.\n\n${plan}`, date);
  const held = doc('meetup-04', 'Meetup Komunitas Data #4', 'Meetup keempat diadakan di Gedung Sate.\n\nPembicara meetup adalah Andi Pratama.', '2025-04-12');
  const inMay = (extra: CorpusDocument[]) => Library.fromDocuments([held, ...extra], { clock: () => new Date('2025-05-20T10:00:00') });

  it('is not of the period by its write-up\'s date, only by the date it names', () => {
    for (const plan of ['Meetup berikutnya akan diadakan di Telkom Hub pada 14 Juni 2025.', 'Meetup berikutnya akan diadakan di Telkom Hub.']) {
      // (Held on Monday 19 May: of this week and this month alike.)
      const lib = inMay([minutes('2025-05-19', plan)]);
      const a = lib.ask('meetup bulan ini di mana');
      expect(a.readAs, plan).toBe('meetup Mei 2025 di mana');
      expect(a.answered, plan).toBe(false);
      expect(lib.ask('meetup minggu ini di mana').answered, plan).toBe(false);
      // The minutes' own business is still this month's.
      expect(lib.ask('rapat bulan ini membahas apa').results[0]?.docId, plan).toBe('notulen-2025-05-19');
      expect(lib.ask('rapat minggu ini membahas apa').results[0]?.docId, plan).toBe('notulen-2025-05-19');
    }
    // A plan for a day of the month is this month's meetup, with or without its year.
    for (const plan of ['Meetup berikutnya akan diadakan di Telkom Hub pada 24 Mei 2025.', 'Meetup berikutnya akan diadakan di Telkom Hub pada 24 Mei.']) {
      const a = inMay([minutes('2025-05-03', plan)]).ask('meetup bulan ini di mana');
      expect(a.answered, plan).toBe(true);
      expect(a.results[0]?.text, plan).toContain('Telkom Hub');
    }
  });

  it('keeps a passage that tells of the event held beside the plan its write-up\'s', () => {
    const may = doc('meetup-05', 'Meetup Komunitas Data #5', 'Meetup kelima diadakan di Gedung Sate. Sampai jumpa di meetup bulan depan!', '2025-05-17');
    const a = inMay([may]).ask('meetup bulan ini di mana');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('meetup-05');
  });
});

describe('the first event of a week, month or year, and the time since a past one', () => {
  // On 27 November 2026, "meetup tahun ini yang pertama" showed meetup #9, titled "Kontribusi Pertama", first (its
  // title said "pertama"), not February's meetup #7; "meetup sejak tahun lalu" was read as 2025 alone.
  const meetups = [
    doc('meetup-01', 'Meetup #1: Perkenalan', 'Meetup pertama komunitas diadakan di Dilo Bandung.', '2024-03-09'),
    doc('meetup-05', 'Meetup #5: Data Engineering', 'Meetup kelima diadakan di Telkom Hub.', '2025-06-14'),
    doc('meetup-07', 'Meetup #7: Python', 'Meetup ketujuh diadakan di Kopi Tuku.', '2026-02-14'),
    doc('meetup-08', 'Meetup #8: Rust', 'Meetup kedelapan diadakan di Gedung Sate.', '2026-05-16'),
    doc('meetup-09', 'Meetup #9: Kontribusi Pertama', 'Meetup kesembilan membahas kontribusi open source pertama, diadakan di Dilo Bandung.', '2026-09-12'),
  ];
  const lib = Library.fromDocuments(meetups, { clock: () => new Date('2026-11-27T10:00:00') });

  it('reads "pertama", "first" beside a kind of event as the earliest of the period', () => {
    const cases: Array<[string, string]> = [
      ['meetup tahun ini yang pertama', 'meetup 2026 yang terawal'],
      ['meetup pertama tahun ini di mana', 'meetup terawal 2026 di mana'],
      ['where was the first meetup this year?', 'where was the earliest meetup 2026?'],
    ];
    for (const [q, read] of cases) {
      const a = lib.ask(q);
      expect(a.readAs, q).toBe(read);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-07');
    }
    // The first of something within an event, or with no period named, stays as it was.
    expect(lib.ask('siapa pembicara yang pertama di meetup bulan ini').readAs).toBe('siapa pembicara yang pertama di meetup November 2026');
    expect(lib.ask('hari pertama workshop tahun ini').readAs).toBe('hari pertama workshop 2026');
    expect(lib.ask('meetup pertama di mana').readAs).toBeUndefined();
  });

  it('reads "sejak tahun lalu", "since last month" as from then until today', () => {
    const read = (q: string) => relativePeriods(q, '2026-11-27').map((p) => `${p.from}/${p.to}/${p.unit}`);
    expect(read('meetup sejak tahun lalu')).toEqual(['2025-01-01/2026-11-27/year']);
    expect(read('meetups since last month')).toEqual(['2026-10-01/2026-11-27/month']);
    expect(read('meetup sejak minggu lalu')).toEqual(['2026-11-16/2026-11-27/week']);
    const a = lib.ask('meetup sejak tahun lalu di mana');
    expect(a.readAs).toBe('meetup 2025–2026 di mana');
    expect(a.answered).toBe(true);
    // Every meetup of 2025 and 2026, none of 2024.
    const all = lib.ask('meetup sejak tahun lalu di mana', { top: 10 }).results.map((r) => r.docId);
    expect(new Set(all)).toEqual(new Set(['meetup-05', 'meetup-07', 'meetup-08', 'meetup-09']));
    const month = lib.ask('meetup sejak bulan lalu di mana');
    expect(month.readAs).toBe('meetup Oktober–November 2026 di mana');
    expect(month.answered).toBe(false);
  });
});

describe("the first of a club's own kind of event in a period", () => {
  // "pendakian" is no word events are always called by; a hiking club's write-ups are titled by it, as "kemarin"
  // after it reads (see asLastOfKind). "pendakian pertama tahun ini" was read "pendakian pertama 2026", and
  // September's hike, whose write-up says "pertama", came before March's, the first of the year.
  const hikes = [
    doc('pendakian-01', 'Pendakian #1: Gunung Papandayan', 'Pendakian pertama klub ke Gunung Papandayan.', '2025-04-12'),
    doc('pendakian-03', 'Pendakian #3: Gunung Merbabu', 'Pendakian ketiga ke Gunung Merbabu lewat jalur Selo. Peserta pendakian berkumpul di basecamp.', '2026-03-14'),
    doc('pendakian-05', 'Pendakian #5: Gunung Prau', 'Pendakian kelima ke Gunung Prau, pertama kali bagi banyak anggota baru.', '2026-09-19'),
  ];
  const lib = Library.fromDocuments(hikes, { clock: () => new Date('2026-11-27T10:00:00') });

  it('reads "pertama" after a kind the dated write-ups are titled by as the earliest of the period', () => {
    for (const [q, read] of [
      ['pendakian pertama tahun ini kemana', 'pendakian terawal 2026 kemana'],
      ['pendakian tahun ini yang pertama kemana', 'pendakian 2026 yang terawal kemana'],
    ]) {
      const a = lib.ask(q!);
      expect(a.readAs, q).toBe(read);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('pendakian-03');
    }
    // Not a name in a title: "papandayan pertama" is no first of a kind.
    expect(lib.ask('papandayan pertama tahun ini').readAs).toBe('papandayan pertama 2026');
  });
});
