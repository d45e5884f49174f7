// Questions members ask of a community's dated, numbered write-ups that lean on the calendar: "the latest meetup",
// "the November meetup" (no year), "the next one" (no kind of event), and a numbered meetup both planned in the
// board's minutes and written up after it was held.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer } from '../src/cli/render.ts';
import { renderAnswer as renderDiscordAnswer } from '../src/discord/render.ts';
import { Library } from '../src/engine/library.ts';
import type { Answer, CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string | null): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const persona = path.join(import.meta.dirname, 'fixtures/corpus/persona');
let lib: Library;
beforeAll(async () => {
  lib = await Library.open(persona);
});

describe('the latest meetup, asked nothing more', () => {
  // "meetup terbaru" showed meetup #7's closing line, "Sampai jumpa di meetup berikutnya pada bulan November!", first:
  // short and saying "meetup", it scored highest of the write-up's passages, though it says nothing of the meetup.
  it('shows the newest write-up\'s opening, where it says what the event was', () => {
    for (const q of ['meetup terbaru', 'the latest meetup', 'meetup terakhir']) {
      const first = lib.ask(q).results[0];
      expect(first?.docId, q).toBe('meetup-07');
      expect(first?.text, q).toContain('Meetup ketujuh diadakan pada 18 Oktober 2025');
    }
  });

  it('still shows the passage that says what a more specific question asks', () => {
    expect(lib.ask('siapa pembicara meetup terbaru').results[0]?.text).toContain('Yohanes Kurniawan');
  });
});

/** Two years of monthly meetups: November 2024's and November 2025's, and the board's minutes of November 2025. */
const twoNovembers = [
  doc('meetup-2024-11', 'Meetup Komunitas Data #1', 'Meetup pertama diadakan di Kopi Tuku Cipete dengan 25 peserta.\n\nPembicara meetup adalah Andi Pratama.', '2024-11-16'),
  doc('meetup-2025-03', 'Meetup Komunitas Data #5', 'Meetup kelima diadakan di Dilo Bandung dengan 40 peserta.\n\nPembicara meetup adalah Sarah Whitfield.', '2025-03-15'),
  doc('meetup-2025-11', 'Meetup Komunitas Data #12', 'Meetup kedua belas diadakan di Gojek HQ dengan 70 peserta.\n\nPembicara meetup adalah Dedi Gunawan.', '2025-11-15'),
  doc('notulen-2025-11', 'Notulen Rapat Pengurus', 'Rapat pengurus membahas anggaran.\n\nKeputusan: meetup bulan Desember di Telkom Hub dengan pembicara Joko Susilo.', '2025-11-20'),
];

describe('a month asked without its year', () => {
  // "siapa pembicara meetup bulan November" was answered with November 2024's speaker, above November 2025's: both
  // write-ups are dated November, and the older one's passage happened to score higher.
  it('is the latest such month the write-ups speak of: the newest write-up dated that month first', () => {
    const lib = Library.fromDocuments(twoNovembers);
    for (const q of ['siapa pembicara meetup bulan November', 'who spoke at the November meetup', 'pembicara meetup november siapa']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('Dedi Gunawan');
      expect(a.results.map((r) => r.text).join('\n'), q).toContain('Andi Pratama');
    }
    // With its year, that year's, as before.
    expect(lib.ask('siapa pembicara meetup November 2024').results[0]?.text).toContain('Andi Pratama');
  });

  it('or a later document\'s plan for it, read in that document\'s year', () => {
    // October 2025's minutes plan "meetup bulan November": November 2025, after the write-up of November 2024.
    const lib = Library.fromDocuments([
      doc('meetup-2024-11', 'Meetup Komunitas Data #1', 'Meetup pertama diadakan di Kopi Tuku Cipete.\n\nPembicara meetup bulan November adalah Andi Pratama.', '2024-11-16'),
      doc('notulen-2025-10', 'Notulen Rapat Pengurus', 'Rapat pengurus membahas anggaran.\n\nKeputusan: meetup bulan November di Telkom Hub dengan pembicara Joko Susilo.', '2025-10-05'),
    ]);
    const a = lib.ask('siapa pembicara meetup bulan November');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Joko Susilo');
  });

  it('in a plan, a month before the plan\'s own is next year\'s', () => {
    // December 2025's minutes plan "meetup bulan Januari akan diadakan …": January 2026's. It was read in the
    // minutes' year, a tie with January 2025's write-up, which came first.
    const lib = Library.fromDocuments([
      doc('meetup-2025-01', 'Meetup Komunitas Data #1', 'Meetup pertama diadakan di Kopi Tuku Cipete.\n\nPembicara meetup bulan Januari adalah Andi Pratama.', '2025-01-16'),
      doc('notulen-2025-12', 'Notulen Rapat Pengurus', 'Rapat pengurus membahas anggaran.\n\nKeputusan: meetup bulan Januari akan diadakan di Telkom Hub dengan pembicara Joko Susilo.', '2025-12-10'),
    ]);
    const a = lib.ask('siapa pembicara meetup bulan Januari');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Joko Susilo');
    // A report of a month gone by, as before: January's, this year.
    const report = Library.fromDocuments([
      doc('meetup-2025-01', 'Meetup Komunitas Data #1', 'Meetup pertama diadakan di Kopi Tuku Cipete.\n\nPembicara meetup bulan Januari adalah Andi Pratama.', '2025-01-16'),
      doc('notulen-2024-12', 'Notulen Rapat Pengurus', 'Rapat pengurus membahas anggaran.\n\nLaporan: meetup bulan Januari diadakan di Telkom Hub dengan pembicara Joko Susilo.', '2024-12-10'),
    ]);
    expect(report.ask('siapa pembicara meetup bulan Januari').results[0]?.text).toContain('Andi Pratama');
  });

  it('in minutes, a month after the minutes\' own is what is to come: the next meetup', () => {
    // November's minutes say "meetup bulan Desember" without "akan" or a year: the next meetup was answered with
    // November 2024's write-up.
    const lib = Library.fromDocuments(twoNovembers);
    for (const q of ['kapan meetup berikutnya', 'where is the next meetup?']) {
      const first = lib.ask(q).results[0];
      expect(first?.docId, q).toBe('notulen-2025-11');
      expect(first?.text, q).toContain('Desember');
    }
  });
});

describe('"the next one", naming no kind of event', () => {
  // "where's the next one" and "kapan yang berikutnya" were never answered: "one" was a word no write-up says, and
  // "yang berikutnya" left no word at all to ask by.
  it('is the next of the one series a corpus has', () => {
    const lib = Library.fromDocuments(twoNovembers);
    for (const q of ["where's the next one", 'kapan yang berikutnya', 'berikutnya di mana?', "what's next?"]) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('meetup bulan Desember di Telkom Hub');
    }
  });

  it('over several kinds of event, the most recent plan, whose citation names its write-up', () => {
    // Meetups, a workshop, DevFest and the board's minutes: the newest plan is meetup #7's "… pada bulan November".
    for (const q of ["where's the next one", 'kapan yang berikutnya', 'when is the next one?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-07');
      expect(a.results[0]?.text, q).toContain('bulan November');
      expect(a.results[0]?.citation, q).toContain('KodeKita Meetup #7');
    }
  });

  it('leaves "one" a word elsewhere, and "terbaru" alone still asks nothing', () => {
    expect(lib.ask('yang terbaru')).toMatchObject({ answered: false, results: [] });
    expect(lib.ask('the latest one').results[0]?.docId).toBe('meetup-07');
  });
});

describe('a numbered meetup both planned in the minutes and written up after it was held', () => {
  // The August minutes: "Meetup #6 akan diadakan pada 20 September 2025 … dengan tema Deno dan Bun"; meetup #6's own
  // write-up: "KodeKita Meetup #6: Deno and Bun". "tema meetup 6 apa" showed the plan first, as if the meetup were
  // still to come.
  it('shows the event\'s own write-up first where it says what is asked (its title\'s subtitle says the theme)', () => {
    for (const q of ['tema meetup 6 apa', 'tema meetup keenam apa', 'what was the theme of meetup 6']) {
      const a = lib.ask(q, { top: 2 });
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-06');
      expect(a.results[0]?.citation, q).toContain('Deno and Bun');
      // The plan follows.
      expect(a.results[1]?.text, q).toContain('Meetup #6 akan diadakan');
    }
  });

  it('keeps the plan first where only it says what is asked', () => {
    // Meetup #6's write-up never says "pembicara"; the minutes name its confirmed speaker.
    expect(lib.ask('siapa pembicara meetup 6').results[0]?.text).toContain('Pembicara yang sudah konfirmasi adalah Dimas Anggara');
  });
});

describe('days named relative to when a member asks: "besok", "hari ini", "tomorrow"', () => {
  const days = [
    doc('meetup-06', 'Meetup Komunitas Data #6', 'Meetup keenam diadakan di Bandung Creative Hub dengan 40 peserta.\n\nPembicara meetup adalah Rina Kusuma yang membahas dasbor.', '2025-06-14'),
    doc('workshop', 'Workshop Python', 'Workshop Python diadakan di Dilo dengan 20 peserta. Sampai jumpa besok di hari kedua!', '2025-06-21'),
    doc('notulen', 'Notulen Rapat Pengurus', 'Rapat pengurus membahas anggaran.\n\nKeputusan: meetup #7 pada 12 Juli 2025 di Telkom Hub.', '2025-06-30'),
  ];
  const on = (day: string) => Library.fromDocuments(days, { clock: () => new Date(`${day}T10:00:00`) });

  // "acara besok apa?" was asked as the word "besok": the workshop's own "Sampai jumpa besok" (its second day, a week
  // after the meetup) matched it, whatever day the member asked on.
  it('reads them as the date they are on the bot\'s clock, and answers from the write-up of that day', () => {
    const lib = on('2025-06-13');
    for (const q of ['acara besok apa?', "what's on tomorrow?", 'siapa pembicara meetup besok']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-06');
      expect(a.results.some((r) => r.docId === 'workshop'), q).toBe(false);
    }
    // Or from a plan that names the date.
    expect(on('2025-07-11').ask('meetup besok di mana').results[0]?.text).toContain('Telkom Hub');
    expect(on('2025-07-10').ask('meetup lusa di mana').results[0]?.text).toContain('Telkom Hub');
  });

  it('leaves the question unanswered when no write-up is of that day', () => {
    expect(on('2025-06-17').ask('ada acara hari ini?').answered).toBe(false);
    expect(on('2026-11-27').ask('acara besok apa?').answered).toBe(false);
  });

  it('leaves them to a name they are typed as part of: "Ngopi Hari Ini", "Data Science Today"', () => {
    // "siapa pemandu Ngopi Hari Ini?" was asked as "siapa pemandu Ngopi 13 Juni 2025?" and went unanswered.
    const named = [
      ...days,
      doc('kopi', 'Ngopi Hari Ini: Kumpul Santai', 'Kumpul santai Ngopi Hari Ini diadakan di Kopi Tuku. Pemandu acara adalah Sari Dewi.', '2025-04-10'),
      doc('siaran', 'Siaran Data Science Today #3', 'Siaran Data Science Today ketiga menghadirkan Joko Susilo sebagai narasumber.', '2025-05-02'),
    ];
    const lib = Library.fromDocuments(named, { clock: () => new Date('2025-06-13T10:00:00') });
    for (const [q, said] of [['siapa pemandu Ngopi Hari Ini?', 'Sari Dewi'], ['Ngopi Hari Ini di mana?', 'Kopi Tuku'], ['siapa narasumber Data Science Today?', 'Joko Susilo']] as const) {
      const a = lib.ask(q);
      expect(a.readAs, q).toBeUndefined();
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain(said);
    }
    // Typed as words, or opening the question, they are still the day.
    expect(lib.ask('acara hari ini apa?').readAs).toBe('acara 13 Juni 2025 apa?');
    expect(lib.ask('Besok acara apa?').results[0]?.docId).toBe('meetup-06');
  });

  it('leaves a question about a kind of event unanswered when none is held that day', () => {
    // "workshop besok di mana" on 13 June was answered with the workshop of 21 June, and "meetup lusa di mana" with
    // the plan for 12 July: "workshop" and "meetup" matched, the day did not, and was taken for close enough.
    const lib = on('2025-06-13');
    expect(lib.ask('workshop besok di mana').answered).toBe(false);
    expect(lib.ask('meetup lusa di mana').answered).toBe(false);
    // That day's, or the plan that names that day, as before.
    expect(lib.ask('meetup besok di mana').results[0]?.docId).toBe('meetup-06');
    expect(on('2025-06-20').ask('workshop besok di mana').results[0]?.docId).toBe('workshop');
    expect(on('2025-07-10').ask('meetup lusa di mana').results[0]?.text).toContain('Telkom Hub');
    // A plan that names the day without its year, as minutes do, names it too.
    const noYear = days.map((d) => (d.id === 'notulen' ? { ...d, body: d.body.replace('12 Juli 2025', 'Sabtu, 12 Juli') } : d));
    const plan = Library.fromDocuments(noYear, { clock: () => new Date('2025-07-11T10:00:00') }).ask('meetup besok di mana');
    expect(plan.answered).toBe(true);
    expect(plan.results[0]?.text).toContain('Telkom Hub');
  });

  it('does not read a chat abbreviation of one ("bsk") as the write-ups\' own "besok"', () => {
    // "siapa pembicara bsk" was read as "siapa pembicara besok" and offered the workshop's "Sampai jumpa besok" and
    // "Panitia bilang besok …", a week after the day asked about, as "besok" itself no longer is.
    const chatty = days.map((d) =>
      d.id === 'workshop' ? { ...d, body: `${d.body}\n\nPanitia bilang besok ada makan siang, besok ada kuis, dan besok ada hadiah.` } : d,
    );
    const lib = Library.fromDocuments(chatty, { clock: () => new Date('2025-06-13T10:00:00') });
    for (const q of ['siapa pembicara bsk', 'acara bsk apa?']) expect(lib.ask(q).results.some((r) => r.docId === 'workshop'), q).toBe(false);
  });

  it('reads "meetup kemarin" as the last meetup when none was held yesterday; "yesterday" stays the day', () => {
    // "meetup kemarin di mana" on 20 June was asked about 19 June, when no meetup was held, and went unanswered: in
    // Indonesian "meetup kemarin" is as often the last meetup as yesterday's.
    const lib = on('2025-06-20');
    const last = lib.ask('meetup kemarin di mana');
    expect(last.answered).toBe(true);
    expect(last.results[0]?.docId).toBe('meetup-06');
    expect(last.results[0]?.text).toContain('Bandung Creative Hub');
    expect(lib.ask('acara kemarin apa?').results[0]?.docId).toBe('meetup-06');
    // Only among write-ups dated before today: on 25 June the workshop of 21 June is the last event, not the minutes
    // dated 30 June (the clock's "today" is no later than the newest write-up, where one is dated ahead).
    expect(on('2025-06-25').ask('acara kemarin apa?').results[0]?.docId).toBe('workshop');
    expect(on('2025-06-25').ask('acara kemarin apa?').results.some((r) => r.docId === 'notulen')).toBe(false);
    // A meetup held yesterday is the one meant.
    expect(on('2025-06-15').ask('meetup kemarin di mana').readAs).toBe('meetup 14 Juni 2025 di mana');
    // In English, "yesterday" is the day: nothing was held on 19 June.
    expect(lib.ask('where was the meetup yesterday?').answered).toBe(false);
    // And "kemarin" after no kind of event is still the day.
    expect(lib.ask('siapa yang datang kemarin?').answered).toBe(false);
  });

  it('reads "meetup #6 kemarin" as that meetup, the last of its kind, when it was not held yesterday', () => {
    // "meetup #6 kemarin di mana" on 20 June was asked about 19 June and went unanswered, where "meetup kemarin di
    // mana" was answered with meetup #6: the number between the kind and "kemarin" hid the kind.
    const lib = on('2025-06-20');
    for (const q of ['meetup #6 kemarin di mana', 'meetup ke-6 kemarin di mana', 'meetup keenam kemarin di mana']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-06');
    }
    // Still only among write-ups dated before today: meetup #7 is only planned, in minutes dated 30 June.
    expect(lib.ask('meetup #7 kemarin di mana').answered).toBe(false);
    // A word that numbers nothing between them leaves "kemarin" the day.
    expect(lib.ask('meetup bandung kemarin di mana').readAs).toBe('meetup bandung 19 Juni 2025 di mana');
  });

  it('reads chat spellings of them as the words: "bsk", "kmrn", "hr ini"', () => {
    // "acara bsk apa?" was asked as "bsk", which no write-up says, and went unanswered.
    expect(on('2025-06-13').ask('acara bsk apa?').readAs).toBe('acara 14 Juni 2025 apa?');
    expect(on('2025-06-13').ask('acara bsk apa?').results[0]?.docId).toBe('meetup-06');
    expect(on('2025-06-14').ask('ada acara hr ini?').readAs).toBe('ada acara 14 Juni 2025?');
    expect(on('2025-06-15').ask('meetup kmrn di mana').readAs).toBe('meetup 14 Juni 2025 di mana');
    expect(on('2025-06-15').ask('pembicara meetup kemaren siapa').results[0]?.text).toContain('Rina Kusuma');
    // And "kmrn" after a kind of event is the last one, as "kemarin" is.
    expect(on('2025-06-20').ask('meetup kmarin di mana').results[0]?.docId).toBe('meetup-06');
  });

  it('leaves a chat spelling typed in capitals to the acronym it is, even opening the question: "BSK itu apa?"', () => {
    // "BSK itu apa?" was asked as "21 Juni 2025 itu apa?" (its first word was taken for "besok", as "Bsk" is) and
    // answered with that day's workshop, not the Badan Sosial Kampus the corpus writes of.
    const bsk = doc('bsk', 'Badan Sosial Kampus', 'BSK (Badan Sosial Kampus) mengadakan bakti sosial di Cimahi. Ketua BSK adalah Dedi Mulyadi.', '2025-03-02');
    const lib = Library.fromDocuments([...days, bsk], { clock: () => new Date('2025-06-20T10:00:00') });
    for (const q of ['BSK itu apa?', 'KMRN itu apa?']) expect(lib.ask(q).readAs, q).toBeUndefined();
    expect(lib.ask('BSK itu apa?').results[0]?.docId).toBe('bsk');
    // Typed as a chat spelling, capitalised only as a sentence's first word, it is still the day.
    expect(lib.ask('Bsk acara apa?').readAs).toBe('21 Juni 2025 acara apa?');
  });

  it('writes the date in English for an English question, read as the Indonesian month is', () => {
    // "what's on tomorrow?" was shown "Read as: what's on 14 Juni 2025?", half in Indonesian.
    const lib = on('2025-06-13');
    const en = lib.ask("what's on tomorrow?");
    expect(en.readAs).toBe("what's on 14 June 2025?");
    expect(lib.ask('acara besok apa?').readAs).toBe('acara 14 Juni 2025 apa?');
    // Only shown so: the question is searched as it was, with "Juni" (the same passages, in the same order, equally
    // scored), as an English "June" is weighed a little differently.
    const ranked = (a: Answer) => ({ answered: a.answered, results: a.results.map((r) => [r.id, r.score]) });
    expect(ranked(en)).toEqual(ranked(lib.ask("what's on 14 Juni 2025?")));
    expect(en.results[0]?.docId).toBe('meetup-06');
  });

  it('keeps them words where no write-up is dated, and "sampai hari ini" (up to now) as it was', () => {
    const undated = Library.fromDocuments(days.map((d) => ({ ...d, date: null })), { clock: () => new Date('2025-06-13T10:00:00') });
    expect(undated.ask('kapan sampai jumpa besok?').results[0]?.docId).toBe('workshop');
    const lib = on('2025-06-13');
    expect(lib.ask('berapa peserta meetup sampai hari ini').results[0]?.docId).toBe('meetup-06');
  });
});

describe('the day a question was read as, shown to the member', () => {
  const lib = Library.fromDocuments(
    [doc('meetup-06', 'Meetup Komunitas Data #6', 'Meetup keenam diadakan di Bandung Creative Hub dengan 40 peserta.', '2025-06-14')],
    { clock: () => new Date('2025-06-13T10:00:00') },
  );

  it('is in the answer, and in the terminal\'s and Discord\'s replies, answered or not', () => {
    const answered = lib.ask('acara besok apa?');
    expect(answered.readAs).toBe('acara 14 Juni 2025 apa?');
    expect(renderAnswer(answered, { color: false })).toContain('Read as "acara 14 Juni 2025 apa?"');
    const view = { lang: 'id' as const, question: 'acara besok apa?', page: 0, perPage: 3, hasMore: false, ephemeral: false };
    expect(renderDiscordAnswer(answered, view).content).toContain('Dibaca sebagai: acara 14 Juni 2025 apa?');
    const unanswered = lib.ask('acara lusa apa?');
    expect(unanswered.answered).toBe(false);
    expect(renderAnswer(unanswered, { color: false })).toContain('No confident answer to "acara lusa apa?" (read as "acara 15 Juni 2025 apa?")');
    // On the terminal's later pages (/more) too, as on Discord's: each is asked again, on the clock of that moment.
    const two = Library.fromDocuments(
      [doc('meetup-06', 'Meetup Komunitas Data #6', 'Meetup keenam diadakan di Bandung Creative Hub dengan 40 peserta.\n\nPembicara acara adalah Rina Kusuma.', '2025-06-14')],
      { clock: () => new Date('2025-06-13T10:00:00') },
    );
    const next = two.ask('acara besok apa?', { offset: 1 });
    expect(next.results.length).toBeGreaterThan(0);
    expect(renderAnswer(next, { color: false, offset: 1 })).toContain('Read as "acara 14 Juni 2025 apa?"');
    // A question that names no such day is shown as before.
    expect(lib.ask('meetup keenam di mana?').readAs).toBeUndefined();
  });
});
