// A question that asks for a time ("jam brp", "what time", "kapan", "when") or an amount ("htm brp", "bayar
// berapa", "how much … tickets") is answered, among the passages of the write-up it names, by the one that states
// a time or an amount, not by the opening that only names the event (src/engine/asked-type.ts).

import { describe, expect, it } from 'vitest';
import { askedType, statesAskedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';

function doc(id: string, title: string, body: string, date: string, lang = 'id'): CorpusDocument {
  return { id, title, body, excludedRanges: [], date, source: null, url: null, lang, file: `${id}.md`, line: null };
}

const lib = Library.fromDocuments([
  doc(
    'meetup-3',
    'Meetup Komunitas Data #3',
    [
      'Meetup Komunitas Data #3 membahas dbt dan data warehouse, dihadiri 45 peserta.',
      'Acara dimulai pukul 18.30 WIB di lantai 5 gedung Kolaborasi.',
      'Tiket masuk Rp35.000, sudah termasuk nasi kotak.',
      'Pemateri malam itu, Yusuf Ramadhan, berbagi pengalaman membangun pipeline data.',
    ].join('\n\n'),
    '2025-04-26',
  ),
  doc(
    'meetup-4',
    'Meetup Komunitas Data #4',
    [
      'Meetup Komunitas Data #4 membahas data quality di startup.',
      'Obrolan berlanjut sampai jam sepuluh malam.',
      'Registrasi dibuka 18:00, sesi pertama mulai 19:00.',
      'Meetup ini gratis untuk anggota komunitas.',
      'Pembayaran konsumsi ditanggung sponsor, tim payroll Kasku.',
    ].join('\n\n'),
    '2025-05-24',
  ),
  doc(
    'pycon',
    'PyCon Surabaya 2025',
    [
      'PyCon Surabaya 2025 brought together 300 Python developers at the Grand City ballroom.',
      'Lightning talks ran throughout the afternoon.',
      'The conference took place on Saturday, 18 October, with registration from 8 am.',
    ].join('\n\n'),
    '2025-10-18',
    'en',
  ),
]);

const first = (q: string) => {
  const a = lib.ask(q, { top: 5 });
  expect(a.answered).toBe(true);
  return a.results[0]?.text ?? '';
};

describe('what a question asks for', () => {
  it.each([
    ['jam brp meetup 3 mulai', 'time'],
    ['meetup 4 mulai pukul berapa', 'time'],
    ['what time does it start', 'time'],
    ['htm brp', 'amount'],
    ['meetup 3 bayar berapa', 'amount'],
    ['how much are the tickets', 'amount'],
    ['kapan meetup 4', 'date or time'],
    ['when did pycon start', 'date or time'],
  ])('%s asks for %s', (q, type) => {
    expect(askedType(q)).toBe(type);
  });

  it.each(['berapa peserta meetup 3', 'siapa pemateri meetup 3', 'what happened when the keynote began', 'jam tangan apa yang dibagikan'])(
    '%s asks for none of them',
    (q) => {
      expect(askedType(q)).toBeNull();
    },
  );

  it('tells a time, a day and an amount from a number that is none of them', () => {
    expect(statesAskedType('time', 'Acara dimulai pukul 18.30 WIB')).toBe(true);
    expect(statesAskedType('time', 'the keynote began at 9 am')).toBe(true);
    expect(statesAskedType('time', 'Hadiah Rp12.500.000 dan 1.500 peserta')).toBe(false);
    expect(statesAskedType('date or time', 'diadakan Sabtu, 22 November')).toBe(true);
    expect(statesAskedType('date or time', 'dua minggu sebelum acara')).toBe(false);
    expect(statesAskedType('amount', 'Meetup ini gratis untuk anggota')).toBe(true);
    expect(statesAskedType('amount', 'Tiket masuk Rp35.000')).toBe(true);
    expect(statesAskedType('amount', 'dihadiri 45 peserta')).toBe(false);
  });
});

describe('among the passages of the write-up asked about', () => {
  it('a time is answered by the passage that states one, not the opening that names the event', () => {
    expect(first('jam brp meetup 3 mulai')).toMatch(/pukul 18\.30/u);
    expect(first('kapan meetup 3 mulai')).toMatch(/pukul 18\.30/u);
  });

  it('the clock word of "jam berapa" asks for a time: a passage that only says "jam" does not outrank one that states it', () => {
    expect(first('meetup 4 mulai jam berapa')).toMatch(/19:00/u);
  });

  it('an amount is answered by the passage that states a price or that it is free', () => {
    expect(first('meetup 3 bayar berapa')).toMatch(/Rp35\.000/u);
    // ("Pembayaran" says "bayar", and no amount.)
    expect(first('meetup 4 bayar brp')).toMatch(/gratis/u);
  });

  it('a word of price beside the event\'s name asks for the fee: it does not name the event', () => {
    // ("bayar" right after "bogor", a word of the title, was read as naming which kopdar, as "voli" of "turnamen
    // voli" does; the write-up never says "bayar", so nothing answered.)
    const kopdar = Library.fromDocuments([
      doc('kopdar-bogor', 'Kopdar Bogor', ['Kopdar Bogor diadakan di Kebun Raya Bogor, santai sambil piknik.', 'Kumpul jam 08.00 pagi di pintu utama.', 'Iuran Rp20.000 per orang untuk tiket masuk kebun raya.'].join('\n\n'), '2025-09-14'),
      doc('kopdar-depok', 'Kopdar Depok', ['Kopdar Depok diadakan di sebuah kedai kopi.', 'Hadir 12 anggota.'].join('\n\n'), '2025-10-12'),
    ]);
    const a = kopdar.ask('kopdar bogor bayar brp');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Rp20\.000/u);
  });

  it('an English "when" is answered by the passage that states the day, though it only matches the title', () => {
    expect(first('when was pycon surabaya')).toMatch(/18 October/u);
    expect(first('when is pycon')).toMatch(/18 October/u);
  });

  it('leaves a question that asks for neither as it was', () => {
    expect(first('berapa peserta meetup 3')).toMatch(/45 peserta/u);
    expect(first('siapa pemateri meetup 3')).toMatch(/Yusuf Ramadhan/u);
  });
});

describe('a time or an amount asked of a write-up that names the event and nothing else asked', () => {
  // The write-up's passages match only the words naming it ("meetup", "5"), so they answer only where one of them
  // states what is asked (see whichOnly in answer.ts): a price for "htm brp", not the time it began.
  const series = Library.fromDocuments([
    doc('meetup-5', 'Meetup Komunitas Data #5', ['Meetup Komunitas Data #5 membahas observability.', 'Acara dimulai pukul 19.00 WIB.'].join('\n\n'), '2025-06-28'),
    doc('meetup-6', 'Meetup Komunitas Data #6', ['Meetup Komunitas Data #6 membahas data mesh.', 'Harga tiket Rp40.000 untuk umum.'].join('\n\n'), '2025-07-26'),
  ]);

  it('answers with the passage that states it', () => {
    const a = series.ask('jam brp meetup 5 mulai', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/pukul 19\.00/u);
  });

  it('leaves it unanswered where no passage of that write-up states one, though another write-up does', () => {
    expect(series.ask('harga tiket meetup 5 brp', { top: 3 }).answered).toBe(false);
    const six = series.ask('harga tiket meetup 6 brp', { top: 3 });
    expect(six.answered).toBe(true);
    expect(six.results[0]?.text).toMatch(/Rp40\.000/u);
  });
});
