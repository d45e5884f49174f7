import { describe, expect, it } from 'vitest';
import { answerSlot, answerValues, holdsNewAnswer, type AskedSlot } from '../src/engine/answer-slot.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const asked = (q: string): AskedSlot => answerSlot(q)!;

// An announcement states a place as a label's value, "Titik kumpul: Stasiun Bogor", "**Lokasi:** Gedung Serbaguna",
// "- Tempat: Aula Barat", with no preposition before it: the place asked where the label is the question's word.
describe('a place stated after a label the question names', () => {
  it('takes "Label: Name" where the label has a word of the question', () => {
    const where = asked('titik kumpul trip gede dmn');
    expect(holdsNewAnswer(where, '**Titik kumpul:** Stasiun Bogor, pintu keluar Jalan Nyi Raja Permas, jam 05.00 WIB.')).toBe(true);
    expect(holdsNewAnswer(where, '- Titik kumpul: Terminal Baranangsiang Bogor, jam 04.30 WIB')).toBe(true);
    expect(holdsNewAnswer(asked('lokasi bazar di mana'), 'Lokasi: Gedung Serbaguna RW 05')).toBe(true);
  });

  it('takes no label the question does not name, nor a day after one, nor a label in mid-sentence', () => {
    const where = asked('titik kumpul trip gede dmn');
    expect(holdsNewAnswer(where, '**Tanggal:** Sabtu-Minggu, 14-15 Juni 2025')).toBe(false);
    expect(holdsNewAnswer(where, '- Jangan telat di titik kumpul, kita kehilangan 40 menit.')).toBe(false);
    expect(holdsNewAnswer(where, 'Leader trip: Bimo Aryasatya. Sweeper: Rahmat Hidayat.')).toBe(false);
    expect(holdsNewAnswer(asked('titik kumpul hari apa'), 'Titik kumpul: Sabtu pagi')).toBe(false);
  });

  it('takes no value that says the place is still to come: "Lokasi: Menyusul", "TBA", "Belum ditentukan"', () => {
    // (An announcement that has no place yet is no answer to "di mana", and its excerpt is not to show "Menyusul"
    // highlighted as the place.)
    const where = asked('lokasi kopdar di mana');
    for (const text of ['Lokasi: Menyusul', '**Lokasi:** TBA', '- Lokasi: TBD', 'Lokasi: Belum ditentukan', 'Lokasi: Akan diumumkan di grup', 'Lokasi: Segera diumumkan', 'Lokasi: Dirahasiakan']) {
      expect(holdsNewAnswer(where, text), text).toBe(false);
      expect(answerValues(where, text), text).toEqual([]);
    }
    expect(holdsNewAnswer(where, 'Lokasi: Gedung Serbaguna RW 05')).toBe(true);
  });

  it('takes no time of day after the label for a place: "Kumpul: Pukul 05.00"', () => {
    const where = asked('kumpul dmn');
    expect(holdsNewAnswer(where, 'Kumpul: Pukul 05.00 WIB, jangan telat.')).toBe(false);
    expect(holdsNewAnswer(where, '**Kumpul:** Jam 05.00 WIB')).toBe(false);
    const text = 'Kumpul: Pukul 05.00 di Stasiun Bogor';
    expect(answerValues(where, text).map(([a, b]) => text.slice(a, b))).toEqual(['Stasiun Bogor']);
  });

  it('shows the place in the excerpt', () => {
    const text = '**Titik kumpul:** Stasiun Bogor, pintu keluar Jalan Nyi Raja Permas, jam 05.00 WIB.';
    const [value] = answerValues(asked('titik kumpul trip gede dmn'), text);
    expect(value && text.slice(value[0], value[1])).toBe('Stasiun Bogor');
  });

  it('ranks the announcement that states the meeting point before the report that only names it', () => {
    const lib = Library.fromDocuments([
      writeUp({
        id: 'plan', title: 'Open trip Gunung Andong', date: '2025-05-20', lang: 'id',
        body:
          'Divisi gunung buka open trip pendakian Gunung Andong lewat jalur Sawit untuk anggota baru.\n\n' +
          '**Titik kumpul:** Stasiun Tugu, pintu selatan, jam 05.00 WIB. Telat lebih dari 30 menit ditinggal.\n\n' +
          '**Biaya:** Rp 300rb/orang sudah termasuk simaksi dan transport.',
      }),
      writeUp({
        id: 'report', title: 'Laporan trip Gunung Andong', date: '2025-06-18', lang: 'id',
        body:
          'Trip Andong selesai dengan selamat, 18 peserta sampai puncak.\n\n' +
          'Catatan buat trip berikutnya:\n- Jangan telat di titik kumpul trip, kita kehilangan 40 menit.\n- Sampah dibawa turun semua.',
      }),
    ]);
    expect(lib.ask('titik kumpul trip andong dmn').results[0]?.docId).toBe('plan');
  });
});
