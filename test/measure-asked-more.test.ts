import { describe, expect, it } from 'vitest';
import { answerSlot, holdsNewAnswer } from '../src/engine/answer-slot.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

// A chat word that opens a question (addressing the reader: "kak", "min", "gan", "bang", "sis") says nothing of
// what is asked: "kak tinggi merbabu berapa" asks Merbabu's height as "tinggi merbabu berapa" does.
describe('a height asked after a word of address', () => {
  it('reads "tinggi" right after a word of address as the noun that opens the question', () => {
    const height = { type: 'measure', of: 'height' };
    for (const q of ['kak tinggi merbabu berapa', 'min, tinggi gunung andong brp', 'gan tinggi salak berapa ya', 'bang tinggi merapi brp', 'sis tinggi andong berapa'])
      expect(answerSlot(q)?.slot, q).toEqual(height);
    // (A word of address elsewhere changes nothing: "tinggi" inside the question is still no height.)
    expect(answerSlot('kak antusiasme tinggi berapa peserta')?.slot).toEqual({ type: 'count', noun: 'peserta' });
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'merbabu', title: 'Catatan pendakian Merbabu via Selo', date: '2025-08-25', lang: 'id',
      body:
        'Tanggal 16-18 Agustus 2025, 12 anggota naik Gunung Merbabu (3.142 mdpl) lewat jalur Selo.\n\n' +
        'Hari kedua kami berangkat ke puncak Merbabu jam 02.00 dan sampai jam 06.30.\n\n' +
        'Sampah dibawa turun semua, total 4 kantong.',
    }),
    writeUp({ id: 'run', title: 'Fun Run Kota', date: '2025-06-01', lang: 'id', body: 'Fun run kota keliling Simpang Lima.\n\nPeserta dapat medali.' }),
  ]);

  it('answers it with the passage stating the height', () => {
    const answer = lib.ask('kak tinggi merbabu berapa');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.text).toContain('3.142 mdpl');
  });
});

// "How long" asked of an event (a trip, a camp, a festival) asks how long it lasted, a length of time: the trip's
// "4 days, 3 nights", not the mountain's "3,676 metres" nor the route's "12 km".
describe('"how long" asked of an event', () => {
  it('reads a length of time, nights included, where the question names an event and no verb of moving', () => {
    const time = { type: 'measure', of: 'time' };
    for (const q of ['how long was the semeru trip?', 'how long is the camp', 'how long was the festival', 'how long was the workshop'])
      expect(answerSlot(q)?.slot, q).toEqual(time);
    const trip = answerSlot('how long was the semeru trip?')!;
    expect(holdsNewAnswer(trip, 'Total trip: 4 days, 3 nights.')).toBe(true);
    expect(holdsNewAnswer(trip, "Semeru's summit is 3,676 metres above sea level.")).toBe(false);
    // (A route or a loop keeps either measure, and a movement a route's.)
    expect(answerSlot('how long is the loop')?.slot).toEqual({ type: 'measure', of: 'either' });
    expect(answerSlot('how long is the climb')?.slot).toEqual({ type: 'measure', of: 'route' });
  });

  const semeru = Library.fromDocuments([
    writeUp({
      id: 'semeru', title: 'Semeru trip report', date: '2025-10-06', lang: 'en',
      body:
        'Semeru trip report, 27-30 September 2025. Here is what happened on the Semeru trip.\n\n' +
        "Semeru's summit, Mahameru, is 3,676 metres above sea level, the highest point on Java. The park has closed the summit.\n\n" +
        'The only problem: one member had mild altitude sickness at Kalimati. Total trip: 4 days, 3 nights.',
    }),
  ]);

  it('ranks the passage stating the trip\'s length first', () => {
    expect(semeru.ask('how long was the semeru trip?').results[0]?.text).toContain('4 days, 3 nights');
  });
});
