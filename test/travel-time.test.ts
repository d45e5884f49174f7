import { describe, expect, it } from 'vitest';
import { answerSlot, holdsNewAnswer, type AskedSlot } from '../src/engine/answer-slot.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const asked = (q: string): AskedSlot => answerSlot(q)!;

// A length of time asked of a movement ("brp lama naik ke kandang badak", "berapa lama perjalanan dari Bogor ke
// Cibodas", "how long did the climb take") is stated in hours, minutes or days ("naik sekitar 7 jam"); a number of
// nights measures a stay ("1 malam camping di Kandang Badak"), which a write-up of the same trip states too.
describe('a length of time asked of a movement', () => {
  it('reads a movement in the question: a verb of travel, or "ke" before the place reached', () => {
    expect(answerSlot('brp lama naik ke kandang badak')?.slot).toEqual({ type: 'measure', of: 'travel' });
    expect(answerSlot('berapa lama perjalanan dari bogor ke cibodas')?.slot).toEqual({ type: 'measure', of: 'travel' });
    expect(answerSlot('how long did the climb to the summit take')?.slot).toEqual({ type: 'measure', of: 'travel' });
    // (A stay, or a thing that lasts, is no movement: its nights answer it.)
    expect(answerSlot('berapa lama camping di kandang badak')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(answerSlot('berapa lama acara ke-3 berlangsung')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(answerSlot('berapa lama acara ke dua berlangsung')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(answerSlot('berapa lama acara ke sepuluh')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(answerSlot('how long did the trip last')?.slot).toEqual({ type: 'measure', of: 'time' });
  });

  it('reads a stay where the question asks it before the movement: "berapa lama camping … sebelum naik ke puncak"', () => {
    // (What "berapa lama" measures is said first; a movement after it only says when the stay ended.)
    expect(answerSlot('berapa lama camping di kandang badak sebelum naik ke puncak')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(answerSlot('berapa lama menginap di basecamp sebelum mendaki')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(answerSlot('how long did we stay at the camp before the climb')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(holdsNewAnswer(asked('berapa lama camping di kandang badak sebelum naik ke puncak'), '(1 malam camping di Kandang Badak)')).toBe(true);
    // (A movement said first is still one: "naik … buat camping".)
    expect(answerSlot('brp lama naik ke kandang badak buat camping')?.slot).toEqual({ type: 'measure', of: 'travel' });
  });

  it('takes hours, minutes or days for a movement, not a number of nights alone', () => {
    const climb = asked('brp lama naik ke kandang badak');
    expect(holdsNewAnswer(climb, 'Sabtu-Minggu, 14-15 Juni 2025 (1 malam camping di Kandang Badak)')).toBe(false);
    expect(holdsNewAnswer(climb, 'Kami menginap semalam di pos 3.')).toBe(false);
    expect(holdsNewAnswer(climb, 'Sampai Kandang Badak jam 15.30, jadi naik sekitar 7 jam dengan istirahat.')).toBe(true);
    expect(holdsNewAnswer(climb, 'Perjalanan 2 hari 1 malam.')).toBe(true);
    expect(holdsNewAnswer(asked('berapa lama camping di kandang badak'), '(1 malam camping di Kandang Badak)')).toBe(true);
  });

  it('reads "how long is the climb" as a route\'s length or the movement\'s time, not a stay\'s nights', () => {
    // ("how long" with no verb of time is either a length or a time; of a movement, its time is in hours or days.)
    const climb = asked('how long is the climb');
    expect(climb.slot).toEqual({ type: 'measure', of: 'route' });
    expect(holdsNewAnswer(climb, 'Sabtu-Minggu, 14-15 Juni 2025 (1 malam camping di Kandang Badak)')).toBe(false);
    expect(holdsNewAnswer(climb, 'Jadi naik sekitar 7 jam dengan istirahat.')).toBe(true);
    expect(holdsNewAnswer(climb, 'Jalur pendakian 8 km dari basecamp.')).toBe(true);
    expect(answerSlot('how long was the hike to the summit')?.slot).toEqual({ type: 'measure', of: 'route' });
    // (Of a thing that is no movement, either still, nights included.)
    expect(answerSlot('how long is the Gunungpati loop')?.slot).toEqual({ type: 'measure', of: 'either' });
  });

  it('ranks the passage with the climb\'s hours over the announcement\'s night of camping', () => {
    const lib = Library.fromDocuments([
      writeUp({
        id: 'info', title: 'Open trip Gunung Gede via Cibodas', date: '2025-05-20', lang: 'id',
        body: 'Open trip pendakian Gunung Gede lewat jalur Cibodas.\n\n**Tanggal:** Sabtu-Minggu, 14-15 Juni 2025 (1 malam camping di Kandang Badak)\n\n**Biaya:** Rp 350rb/orang.',
      }),
      writeUp({
        id: 'lap', title: 'Laporan perjalanan Gunung Gede', date: '2025-06-18', lang: 'id',
        body:
          'Trip Gede selesai dengan selamat, 18 orang ikut.\n\nMulai jalan dari pos Cibodas jam 08.15. Lewat Telaga Biru dan air terjun ' +
          'Cibeureum, lalu air panas. Sampai Kandang Badak jam 15.30, jadi naik sekitar 7 jam dengan istirahat. Malamnya camping di ' +
          'Kandang Badak.\n\nTurun dari puncak jam 06.30.',
      }),
    ]);
    expect(lib.ask('brp lama naik ke kandang badak').results[0]?.text).toContain('7 jam');
  });
});
