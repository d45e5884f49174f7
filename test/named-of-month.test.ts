import { describe, expect, it } from 'vitest';
import { answerSlot, answerValues, holdsNewAnswer } from '../src/engine/answer-slot.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

// "Buku bulan oktober apa" asks October's book by its title: "apa" after a month asks the name of the thing named
// before the month, and a month's name after that noun ("Buku November: …") says which month's, not what it is.
describe('a name asked of a month\'s thing', () => {
  it('reads the noun before the month as the thing whose name is asked', () => {
    for (const q of ['buku bulan oktober apa', 'buku oktober apa', 'buku bln oktober apa ya', 'tema bulan maret apa'])
      expect(answerSlot(q)?.slot.type === 'named' ? answerSlot(q)?.slot : null, q).toMatchObject({ type: 'named', noun: q.split(' ')[0] });
    expect(answerSlot('desa apa')?.slot).toEqual({ type: 'named', noun: 'desa' });
  });

  it('takes no month or weekday after the noun as its name', () => {
    const asked = answerSlot('buku bulan oktober apa')!;
    expect(holdsNewAnswer(asked, 'Buku November: Gadis Kretek (Ratih Kumala).')).toBe(false);
    expect(holdsNewAnswer(asked, 'Buku: Cantik Itu Luka (Eka Kurniawan).')).toBe(true);
    // (Nor is it shown as the name asked.)
    expect(answerValues(asked, 'Buku November: Gadis Kretek (Ratih Kumala).')).toEqual([]);
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'okt', title: 'Klub Baca Oktober 2025: Cantik Itu Luka', date: '2025-10-13',
      body:
        'Klub Baca, Oktober 2025\n\n- Buku: Cantik Itu Luka (Eka Kurniawan)\n- Host: Bayu\n- Waktu: Minggu, 12 Oktober 2025, 13.00–15.30\n- Hadir: 17 orang\n\n' +
        'Jumlah yang datang turun dari bulan lalu, wajar karena bukunya tebal dan banyak yang belum selesai baca. Buat yang belum selesai tetap boleh datang.\n\n' +
        'Diskusi seru soal realisme magis dan sejarah.\n\n' +
        'Buku November: Gadis Kretek (Ratih Kumala), host Sekar.',
    }),
    writeUp({
      id: 'sep', title: 'Klub Baca September 2025: Laut Bercerita', date: '2025-09-14',
      body: 'Klub Baca, September 2025\n\n- Buku: Laut Bercerita (Leila S. Chudori)\n- Hadir: 23 orang\n\nDiskusi paling ramai tahun ini.',
    }),
  ]);

  it('ranks October\'s passage naming its book first', () => {
    expect(lib.ask('buku bulan oktober apa').results[0]?.text).toContain('Cantik Itu Luka');
  });
});
