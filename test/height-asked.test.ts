import { describe, expect, it } from 'vitest';
import { answerSlot, holdsNewAnswer, type AskedSlot } from '../src/engine/answer-slot.ts';
import { askedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const asked = (q: string): AskedSlot => answerSlot(q)!;

// A height or a depth is asked as a distance is ("berapa tinggi", "tingginya brp", "mdpl berapa", "how high", "how
// tall"), and a write-up states it with a unit of length ("1.726 mdpl", "3,676 metres above sea level").
describe('a height asked', () => {
  it('reads "berapa tinggi", "tingginya brp", "ketinggian … berapa", "mdpl brp", "how high", "how tall" as a height', () => {
    const length = { type: 'measure', of: 'height' };
    expect(answerSlot('berapa tinggi gunung andong')?.slot).toEqual(length);
    expect(answerSlot('andong tingginya brp')?.slot).toEqual(length);
    expect(answerSlot('ketinggian puncak andong berapa')?.slot).toEqual(length);
    expect(answerSlot('mdpl brp andong')?.slot).toEqual(length);
    expect(answerSlot('brp mdpl gunung andong')?.slot).toEqual(length);
    expect(answerSlot('how high is mount andong')?.slot).toEqual(length);
    expect(answerSlot('how tall is the tower')?.slot).toEqual(length);
    expect(answerSlot('how deep is the cave')?.slot).toEqual(length);
  });

  it('leaves "tinggi" that asks no height alone: "berapa biaya sekolah tinggi" asks an amount', () => {
    expect(answerSlot('berapa biaya sekolah tinggi')?.slot).toEqual({ type: 'amount' });
  });

  it('leaves "tinggi" that says of what, or "paling tinggi", before "berapa" alone: a count, an amount, the highest', () => {
    // ("sekolah tinggi", "perguruan tinggi" name a college; "paling tinggi berapa" asks the highest score, not a
    // height; and a noun after "berapa" is what it counts, "berapa orang".)
    expect(answerSlot('peserta dari sekolah tinggi berapa orang')?.slot).toEqual({ type: 'count', noun: 'orang' });
    expect(answerSlot('antusiasme tinggi berapa peserta')?.slot).toEqual({ type: 'count', noun: 'peserta' });
    expect(answerSlot('biaya sekolah tinggi berapa')?.slot.type).not.toBe('measure');
    expect(answerSlot('mahasiswa perguruan tinggi berapa')?.slot.type).not.toBe('measure');
    expect(answerSlot('skor paling tinggi berapa')?.slot.type).not.toBe('measure');
    expect(answerSlot('nilai lebih tinggi berapa ya')?.slot.type).not.toBe('measure');
    // (A height still, where "tinggi" is what is asked of a mountain.)
    expect(answerSlot('merbabu tinggi brp')?.slot).toEqual({ type: 'measure', of: 'height' });
    expect(answerSlot('gunung andong tinggi berapa sih')?.slot).toEqual({ type: 'measure', of: 'height' });
  });

  it('reads no height in "how high" said of a price: "how high is the registration fee"', () => {
    // (A fee's level, not a length: a passage stating "5 km" is no answer to it.)
    expect(answerSlot('how high is the registration fee')?.slot.type).not.toBe('measure');
    expect(answerSlot('how high was the ticket price')?.slot.type).not.toBe('measure');
    expect(answerSlot('how high are the costs of the trip')?.slot.type).not.toBe('measure');
    expect(answerSlot('how high is the summit of merbabu')?.slot).toEqual({ type: 'measure', of: 'height' });
  });

  it('reads "tinggi" opening the question as the noun, the height of what follows: "tinggi andong berapa"', () => {
    // (An adjective "tinggi" follows its noun, "antusiasme tinggi"; opening the question it is the noun, "tinggi
    // gunung", the mountain's height, and "berapa" after the mountain's name counts no "andong".)
    expect(answerSlot('tinggi andong berapa')?.slot).toEqual({ type: 'measure', of: 'height' });
    expect(answerSlot('tinggi gunung salak brp ya')?.slot).toEqual({ type: 'measure', of: 'height' });
    expect(answerSlot('tinggi puncak merbabu itu berapa')?.slot).toEqual({ type: 'measure', of: 'height' });
    // (Not where "berapa" counts a noun of its own, nor a "tinggi" inside the question.)
    expect(answerSlot('tinggi antusiasme, berapa peserta datang')?.slot).toEqual({ type: 'count', noun: 'peserta' });
  });

  it('reads no count of the word before "berapa" where a measure is asked: "andong" of "tinggi andong berapa"', () => {
    // (A write-up's "46 orang" would answer a count of "salak"; the mountain's name is what is measured.)
    for (const q of ['tinggi andong berapa', 'ketinggian gunung salak berapa', 'jarak rute trail run berapa']) expect(askedType(q), q).toBeNull();
    expect(askedType('tinggi antusiasme, berapa peserta datang')).toMatchObject({ count: expect.arrayContaining(['peserta']) });
  });

  it('takes a height in units of a height (metres, "mdpl", "m dpl", feet), not a distance in kilometres or miles', () => {
    const high = asked('ketinggian gunung salak berapa');
    expect(holdsNewAnswer(high, 'Rute jalan kaki 5 km dari basecamp.')).toBe(false);
    expect(holdsNewAnswer(high, 'Jalur ini 3 mil lebih panjang.')).toBe(false);
    expect(holdsNewAnswer(high, 'Puncak Salak 2.211 m dpl.')).toBe(true);
    expect(holdsNewAnswer(high, 'Puncak Salak 2.211 mdpl.')).toBe(true);
    expect(holdsNewAnswer(high, 'The summit stands at 7,254 feet.')).toBe(true);
    expect(holdsNewAnswer(asked('how deep is the cave'), 'The cave is 120 m deep.')).toBe(true);
    // (Nor a sum of money: "Rp 2 M" is two billion rupiah, "M" for "miliar".)
    expect(holdsNewAnswer(high, 'Donasi konservasi terkumpul Rp 2 M dari para donatur.')).toBe(false);
    expect(holdsNewAnswer(high, 'Anggaran jalur baru Rp1,5 m.')).toBe(false);
    expect(holdsNewAnswer(asked('berapa jauh rute ke puncak'), 'Donasi konservasi terkumpul Rp 2 M.')).toBe(false);
    // (A distance asked still takes kilometres.)
    expect(holdsNewAnswer(asked('berapa jauh rute ke puncak'), 'Rute jalan kaki 5 km dari basecamp.')).toBe(true);
  });

  it('takes a height with its unit, not a time of day or a count', () => {
    const high = asked('berapa tinggi gunung andong');
    expect(holdsNewAnswer(high, 'Pendakian Gunung Andong (1.726 mdpl) diikuti 18 anggota.')).toBe(true);
    expect(holdsNewAnswer(high, "Semeru's summit is 3,676 metres above sea level.")).toBe(true);
    expect(holdsNewAnswer(high, 'Sampai puncak Andong jam 05.10.')).toBe(false);
    expect(holdsNewAnswer(high, 'Pendakian Andong diikuti 18 anggota.')).toBe(false);
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'andong', title: 'Laporan pendakian Gunung Andong', date: '2025-08-10', lang: 'id',
      body:
        'Tanggal 9 Agustus 2025, 18 anggota naik Gunung Andong (1.726 mdpl) lewat jalur Sawit, Magelang.\n\n' +
        'Pendakian Andong mulai dari basecamp jam 03.00 dan sampai puncak Andong jam 05.10 pas sunrise.\n\n' +
        'Cuaca di Andong cerah, angin kencang di puncak. Sampah dibawa turun semua.',
    }),
    writeUp({
      id: 'run', title: 'Fun Run Kota', date: '2025-06-01', lang: 'id',
      body: 'Fun run kota keliling Simpang Lima.\n\nPeserta fun run dapat medali dan kaos.',
    }),
  ]);

  it('ranks the passage that states the height first, in either language', () => {
    expect(lib.ask('andong tingginya brp').results[0]?.text).toContain('1.726 mdpl');
    expect(lib.ask('berapa tinggi gunung andong').results[0]?.text).toContain('1.726 mdpl');
    expect(lib.ask('how high is andong').results[0]?.text).toContain('1.726 mdpl');
  });

  it('answers a height asked with a word the passage does not say, where the passage states one', () => {
    // ("high", "tingginya": the passage says "1.726 mdpl", never "tinggi", as the word "jam" of "jam berapa" is
    // not held against a passage that states the time.)
    expect(lib.ask('how high is andong').answered).toBe(true);
    expect(lib.ask('andong tingginya brp').answered).toBe(true);
    expect(lib.ask('andong tinggi brp').answered).toBe(true);
    // (Nor is a question of a mountain no write-up names answered with another's height.)
    expect(lib.ask('how high is mount rinjani').answered).toBe(false);
    expect(lib.ask('tingginya rinjani brp').answered).toBe(false);
  });

  /** A short report that states Gunung Andong's height, beside write-ups that state none or another's. */
  const andongReport = writeUp({
    id: 'andong', title: 'Laporan pendakian Gunung Andong', date: '2025-08-10', lang: 'id',
    body: 'Tanggal 9 Agustus 2025, 18 anggota naik Gunung Andong (1.726 mdpl) lewat jalur Sawit.\n\nCuaca cerah.',
  });

  it('answers no height from a passage of the mountain\'s write-up that states none, beside another that states a distance', () => {
    // (A measure stated in one passage, "Rute jalan kaki 5 km", does not make the write-up's others an answer:
    // "Kita menanam bibit di lereng Gunung Salak" states no height. Nor is "tingginya berapa" a count of "tinggi",
    // answered by "46 orang".)
    const club = Library.fromDocuments([
      writeUp({
        id: 'tanam', title: 'Hari Konservasi: tanam pohon di lereng Gunung Salak', date: '2025-12-07', lang: 'id',
        body: 'Kita menanam bibit di lereng Gunung Salak bersama warga.\n\nRute jalan kaki 5 km dari basecamp. Peserta: 46 orang.',
      }),
      andongReport,
    ]);
    for (const q of ['gunung salak tinggi berapa', 'berapa tinggi gunung salak', 'gunung salak tingginya berapa?']) expect(club.ask(q).answered, q).toBe(false);
    // (Nor where the distance stands in the passage that names the mountain: "5 km" is no height.)
    const sameParagraph = Library.fromDocuments([
      writeUp({
        id: 'tanam', title: 'Hari Konservasi: tanam pohon di lereng Gunung Salak', date: '2025-12-07', lang: 'id',
        body: 'Kita menanam bibit di lereng Gunung Salak bersama warga. Rute jalan kaki 5 km dari basecamp.\n\nPeserta: 46 orang.',
      }),
      andongReport,
    ]);
    for (const q of ['ketinggian gunung salak berapa', 'gunung salak tinggi berapa', 'tinggi gunung salak berapa']) expect(sameParagraph.ask(q).answered, q).toBe(false);
    expect(sameParagraph.ask('tinggi andong berapa').answered).toBe(true);
    expect(sameParagraph.ask('tinggi andong berapa').results[0]?.text).toContain('1.726 mdpl');
    expect(club.ask('gunung andong tinggi berapa').answered).toBe(true);
    expect(club.ask('gunung andong tingginya berapa?').answered).toBe(true);
  });

  it('answers no height from a passage that matches only the word of the measure: another mountain\'s "mdpl"', () => {
    const club = Library.fromDocuments([
      andongReport,
      writeUp({
        id: 'merapi', title: 'Laporan pendakian Gunung Merapi', date: '2025-09-10', lang: 'id',
        body: 'Sepuluh anggota naik Gunung Merapi (2.930 mdpl) lewat jalur Selo.\n\nCuaca berkabut.',
      }),
      writeUp({
        id: 'rapat', title: 'Notulen rapat anggota', date: '2026-01-20', lang: 'id',
        body: 'Keputusan rapat:\n- Iuran tetap Rp 25.000 per bulan.\n- Target 2026: ekspedisi Rinjani bulan Agustus.',
      }),
    ]);
    expect(club.ask('mdpl brp andong').answered).toBe(true);
    expect(club.ask('mdpl brp rinjani').answered).toBe(false);
  });
});

describe('a height asked of an English write-up', () => {
  // ("ketinggian" and "tinggi" translate to "altitude", which an English write-up says of another thing too:
  // "altitude sickness". The passage stating a height in metres answers; the other matched the word alone.)
  const semeru = Library.fromDocuments([
    writeUp({
      id: 'semeru', title: 'Semeru trip report', date: '2025-10-01', lang: 'en',
      body:
        "Semeru trip report, 27-30 September 2025. Here is what happened on the Semeru trip.\n\n" +
        "Semeru's summit, Mahameru, is 3,676 metres above sea level, the highest point on Java. The park has closed the summit, so the limit is Kalimati.\n\n" +
        'The only problem: one member, Kevin, had mild altitude sickness at Kalimati. Total trip: 4 days, 3 nights.',
    }),
  ]);

  it('ranks the passage stating the height first, not the one saying "altitude sickness"', () => {
    for (const q of ['ketinggian semeru berapa', 'tinggi semeru berapa', 'elevasi semeru berapa']) {
      expect(semeru.ask(q).answered, q).toBe(true);
      expect(semeru.ask(q).results[0]?.text, q).toContain('3,676 metres');
    }
  });
});
