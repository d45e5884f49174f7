import { describe, expect, it } from 'vitest';
import { askedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

// A number right before "berapa" numbers the event named before it ("vol 8", "ke-3", "season 2", "meetup 12"): it is
// no count asked, and the noun counted is the one before the event's name, as it is without the number.
describe('a count asked after the number of an event', () => {
  it('counts the noun before the event number, not nothing', () => {
    expect(askedType('kuota penonton brp')).toEqual({ count: ['penonton'] });
    for (const q of ['kuota penonton vol 8 brp', 'kuota penonton season 2 berapa', 'penonton ke-3 berapa'])
      expect(askedType(q), q).toEqual({ count: ['penonton'] });
    for (const q of ['peserta meetup 12 berapa', 'peserta batch 2 ada berapa']) expect(askedType(q), q).toEqual({ count: ['peserta'] });
  });

  it('skips only the number where the event\'s word is written into it ("s2", "vol8")', () => {
    // (One word, not two: the noun counted is the one right before it, not the word before that.)
    for (const q of ['kuota penonton s2 brp', 'kuota penonton vol8 brp']) expect(askedType(q), q).toEqual({ count: ['penonton'] });
    for (const q of ['penonton s2 berapa', 'peserta vol8 ada berapa']) expect(askedType(q), q).toEqual({ count: [q.split(' ')[0]] });
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'vol8', title: 'Gigs Teras Vol. 8', date: '2025-08-20',
      body:
        'Gigs Teras Vol. 8 digelar Jumat, 5 September 2025 di Rumah Kayu.\n\n' +
        'Open gate 19.00, show 19.45 s/d 23.30. HTM presale 40K, OTS 55K. Beli presale via form di linktr.ee/teras, transfer ke BCA a.n. Teras, bukti transfer jadi e-ticket. Kuota cuma 150 orang karena tempatnya kecil.\n\n' +
        'Gig ini all ages, tapi penonton di bawah 15 tahun wajib didampingi orang tua. Venue bebas rokok di dalam ruangan.',
    }),
    writeUp({
      id: 'vol7', title: 'Gigs Teras Vol. 7', date: '2025-06-20',
      body: 'Gigs Teras Vol. 7 digelar di Kedai Senja.\n\nPenonton yang datang 90 orang, penuh sampai teras.',
    }),
  ]);

  it('ranks the passage stating the count first', () => {
    expect(lib.ask('kuota penonton vol 8 brp').results[0]?.text).toContain('150 orang');
  });
});
