import { describe, expect, it } from 'vitest';
import { asksEndTime, statesEndTime } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

// "Sampai jam berapa" (until what time) asks when an event ends: a clock time that closes it ("Acara ditutup jam
// 22.00", the end of "09.00–15.00"), which is no deadline's, rather than the time it opens.
describe('an end time asked', () => {
  it('reads "sampai / selesai / until … what time" as asking an end time, not "sampai kapan pendaftaran"', () => {
    for (const q of ['acara sampai jam berapa', 'malam akustik sampe jam brp', 'bazar selesai jam berapa', 'jam berapa acaranya bubar', 'until what time is the acoustic night', 'what time does the bazaar end'])
      expect(asksEndTime(q), q).toBe(true);
    for (const q of ['acara jam berapa', 'sampai kapan pendaftaran', 'pendaftaran ditutup jam berapa', 'what time does it start', 'jam berapa sampai di puncak'])
      expect(asksEndTime(q), q).toBe(false);
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'gig', title: 'Malam Akustik Kampung', date: '2025-07-01',
      body:
        'Malam Akustik Kampung digelar Sabtu, 12 Juli 2025 di lapangan RW 05. Open gate jam 18.30, band pembuka main jam 19.00.\n\n' +
        'Acara ditutup jam 22.00 dengan penampilan bersama semua band dan doa penutup.\n\n' +
        'Tiket masuk gratis, cukup bawa satu buku bekas untuk donasi taman baca.',
    }),
    writeUp({
      id: 'rapat', title: 'Rapat Pengurus Juni 2025', date: '2025-06-10',
      body: 'Rapat pengurus dimulai jam 19.30 di rumah Pak RT, hadir 12 orang.\n\nDiputuskan malam akustik diadakan bulan Juli.',
    }),
  ]);

  it('ranks the passage stating the closing time first, though "ditutup" is a deadline\'s word elsewhere', () => {
    for (const q of ['malam akustik sampai jam berapa', 'acara sampai jam berapa']) expect(lib.ask(q).results[0]?.text, q).toContain('22.00');
    // (When it is held, the opening passage still first.)
    expect(lib.ask('malam akustik jam berapa').results[0]?.text).toContain('18.30');
  });
});

// The end of a range written with "s/d", "sampai", "hingga", "until", "to" closes the event as a dash does: the
// pattern held backspace characters where word boundaries were meant, so only a dash or a word of ending matched.
describe('an end time stated as the end of a range in words', () => {
  it('reads "s/d", "sd", "sampai jam", "until", "to" before a clock time as an end time', () => {
    for (const t of ['Open gate 19.00, show 19.45 s/d 23.30.', 'Band main 19.00 sd 22.00.', 'Bazar dari jam 9 sampai jam 15.', 'Bazar jam 09.00 hingga 15.00.', 'The gig runs from 7 pm until 11 pm.', 'Open 9 am to 5 pm.'])
      expect(statesEndTime(t), t).toBe(true);
    // (Not a word that only ends in those letters: "photo 19.00", "kids 10.00".)
    for (const t of ['Sesi photo 19.00 di panggung.', 'Lomba kids 10.00 di lapangan.']) expect(statesEndTime(t), t).toBe(false);
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'gig', title: 'Gigs Teras Vol. 9', date: '2025-09-01',
      body:
        'Gigs Teras Vol. 9 digelar Sabtu, 20 September 2025 di Rumah Kayu. Open gate jam 18.30.\n\n' +
        'Line up tiga band, main 19.00 s/d 23.00, urutan diumumkan di Instagram.\n\n' +
        'HTM 40K, bayar di tempat.',
    }),
  ]);

  it('ranks the passage whose range ends the event first for "sampai jam berapa"', () => {
    expect(lib.ask('gigs teras sampai jam berapa').results[0]?.text).toContain('23.00');
  });
});

// A registration's closing time is no end of the event, though "ditutup" before a time closes the event elsewhere:
// "bazar sampai jam berapa" was answered with "Pendaftaran tenant …, ditutup jam 20.00", its 20.00 read as the
// bazaar's closing time.
describe('a registration closing at a time', () => {
  it('states no end time of the event', () => {
    for (const t of ['Pendaftaran tenant lewat form, ditutup jam 20.00 tanggal 10 Juli.', 'Registration closes at 11 pm on Friday.', 'Link daftar ditutup pukul 23.59.'])
      expect(statesEndTime(t), t).toBe(false);
    // (A clause of its own after the registration's still ends the event.)
    expect(statesEndTime('Pendaftaran lewat form. Acara ditutup jam 22.00.')).toBe(true);
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'bazar', title: 'Bazar Buku Kampung', date: '2025-07-01',
      body:
        'Bazar Buku Kampung digelar Sabtu, 12 Juli 2025 di balai RW, buka jam 09.00.\n\n' +
        'Pendaftaran tenant lewat form, ditutup jam 20.00 tanggal 10 Juli.\n\n' +
        'Semua buku harga mulai 10 ribu.',
    }),
  ]);

  it('does not rank the registration\'s closing time first for "sampai jam berapa"', () => {
    expect(lib.ask('bazar buku sampai jam berapa').results[0]?.text).toContain('09.00');
  });
});
