import { describe, expect, it } from 'vitest';
import { answerSlot, holdsNewAnswer, type AskedSlot } from '../src/engine/answer-slot.ts';
import { SearchIndex } from '../src/engine/search.ts';
import { Library } from '../src/engine/library.ts';
import type { Passage } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

/** News paragraphs, one document each, as a corpus of news passages is. */
function news(texts: readonly string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `n${i + 1}#1`, docId: `n${i + 1}`, title: '', paragraph: 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const first = (index: SearchIndex, q: string) => index.search(q, 3).hits[0]!.passage.docId;
const asked = (q: string): AskedSlot => answerSlot(q)!;

describe('answerSlot (what an Indonesian question asks for)', () => {
  it('reads a date, a place, a count of a noun, and a name of the kind asked', () => {
    expect(answerSlot('Kapan Ratna Wulandari lahir?')?.slot).toEqual({ type: 'date' });
    expect(answerSlot('Tahun berapa pabrik itu dibangun?')?.slot).toEqual({ type: 'date' });
    expect(answerSlot('Di manakah kapal itu ditahan?')?.slot).toEqual({ type: 'place' });
    expect(answerSlot('Dimana Wilson mengajar?')?.slot).toEqual({ type: 'place' });
    expect(answerSlot('Berapa penumpang pesawat itu?')?.slot).toEqual({ type: 'count', noun: 'penumpang' });
    expect(answerSlot('Desa apakah yang tergusur?')?.slot).toEqual({ type: 'named', noun: 'desa' });
    // A particle on the noun is no part of it, and "banyak" says only that a count is asked.
    expect(answerSlot('Berapa kalikah ia gagal?')?.slot).toEqual({ type: 'count', noun: 'kali' });
    // "berapa tahun" asks how many years ("35 tahun"), as "berapa tahunkah" does; "tahun berapa" asks which.
    expect(answerSlot('Berapa tahun ia mengajar di sana?')?.slot).toEqual({ type: 'count', noun: 'tahun' });
    expect(answerSlot('Berapa tahunkah ia mengajar di sana?')?.slot).toEqual({ type: 'count', noun: 'tahun' });
    expect(answerSlot('Berapa hari festival itu berlangsung?')?.slot).toEqual({ type: 'count', noun: 'hari' });
    expect(answerSlot('Berapa banyak penumpang pesawat itu?')?.slot).toEqual({ type: 'count', noun: 'penumpang' });
    // ("banyaknya" is "banyak" with its particle: the noun counted is the word after it, not "banyak".)
    expect(answerSlot('Berapa banyaknya penumpang pesawat itu?')?.slot).toEqual({ type: 'count', noun: 'penumpang' });
    expect(answerSlot('Di negara manakah kota itu berada?')?.slot).toEqual({ type: 'named', noun: 'negara' });
  });

  it("reads asked-type.ts's question words as it does: the chat spellings of \"di mana\" and \"berapa\" too", () => {
    expect(answerSlot('kapal itu ditahan dmn?')?.slot).toEqual({ type: 'place' });
    expect(answerSlot('Dmana Wilson mengajar?')?.slot).toEqual({ type: 'place' });
    expect(answerSlot('dimna pabrik itu dibangun')?.slot).toEqual({ type: 'place' });
    expect(answerSlot('berapaan penumpang pesawat itu')?.slot).toEqual({ type: 'count', noun: 'penumpang' });
  });

  it('reads nothing where the words do not say what the answer looks like', () => {
    expect(answerSlot('Siapa Menteri Kesehatan?')).toBeNull();
    expect(answerSlot('Berapa?')).toBeNull();
    // A measure is stated with a unit, not the noun asked ("125 hektar" for "berapa luas").
    expect(answerSlot('Berapakah luas kebun raya itu?')).toBeNull();
    // English question words are left alone (measured: they lowered English questions over Indonesian text).
    expect(answerSlot('When was she born?')).toBeNull();
    expect(answerSlot('Where is the ship?')).toBeNull();
  });
});

describe('holdsNewAnswer (an answer the question does not already say)', () => {
  it('takes a date, a place or a name the question does not name', () => {
    expect(holdsNewAnswer(asked('Kapan Ratna lahir?'), 'Ratna lahir di Blitar, 4 Februari 1937.')).toBe(true);
    expect(holdsNewAnswer(asked('Di mana kapal Yo To berada?'), 'Kapal itu berada di Cilacap.')).toBe(true);
    expect(holdsNewAnswer(asked('Desa apakah yang tergusur?'), 'Bandara itu menggusur Desa Sidodadi.')).toBe(true);
    expect(holdsNewAnswer(asked('Berapa penumpang yang selamat?'), 'Pesawat itu membawa 84 penumpang.')).toBe(true);
    expect(holdsNewAnswer(asked('Berapa penumpang yang selamat?'), 'Ada 84 orang penumpang.')).toBe(true);
  });

  it('does not take what the question says already, nor a form of another kind', () => {
    expect(holdsNewAnswer(asked('Kapan banjir tahun 2005 surut?'), 'Banjir tahun 2005 melanda kota.')).toBe(false);
    expect(holdsNewAnswer(asked('Di mana Wilson dari Manado mengajar?'), 'Wilson kembali ke Manado.')).toBe(false);
    expect(holdsNewAnswer(asked('Desa apakah yang tergusur?'), 'Desa itu tergusur bandara.')).toBe(false);
    // A number of something else, and a year, count no passengers.
    expect(holdsNewAnswer(asked('Berapa penumpang yang selamat?'), 'Pada 2005 ada 3 mesin yang rusak.')).toBe(false);
    // A news dateline's place is the bureau's, not an answer: it follows no preposition, so it is not read as one.
    expect(holdsNewAnswer(asked('Di mana kapal itu ditahan?'), 'Pekanbaru, Kompas - Kapal itu ditahan polisi.')).toBe(false);
  });
});

describe('ranking: the paragraph that holds the answer before the lead that restates the question', () => {
  it('a date for "kapan"', () => {
    const index = new SearchIndex(
      news([
        'Jakarta, Kompas - Profesor Ratna Wulandari, pendiri Yayasan Kanker Nusantara, batal menerima penghargaan di Geneva.',
        'Bagi perempuan kelahiran Blitar 4 Februari 1937 ini, penghargaan bukan hal baru bagi pendiri yayasan kanker itu.',
        'Harga cabai naik menjelang Lebaran.',
      ]),
      { lexicon: null },
    );
    expect(first(index, 'Kapan pendiri Yayasan Kanker Nusantara lahir?')).toBe('n2');
  });

  it('a count of the noun for "berapa penumpang"', () => {
    const index = new SearchIndex(
      news([
        'Pekanbaru, Kompas - Pesawat Garuda yang membawa penumpang jurusan Medan-Jakarta mendarat darurat karena gangguan mesin.',
        'Saat itu pesawat Garuda membawa 84 penumpang, termasuk Menteri Sosial dan anggota DPR, lalu terpaksa mendarat darurat.',
        'Harga cabai naik menjelang Lebaran.',
      ]),
      { lexicon: null },
    );
    expect(first(index, 'Berapa penumpang pesawat Garuda yang mendarat darurat?')).toBe('n2');
  });
});

describe('an amount of money asked', () => {
  it('reads an amount where asked-type.ts reads one, also before a count of a word of price', () => {
    expect(answerSlot('iuran per semester brp')?.slot).toEqual({ type: 'amount' });
    expect(answerSlot('berapa biaya study tour')?.slot).toEqual({ type: 'amount' });
    expect(answerSlot('berapa anggaran perbaikan toilet')?.slot).toEqual({ type: 'amount' });
    expect(answerSlot('cek kesehatan bayar ga')?.slot).toEqual({ type: 'amount' });
    // Not where "berapa" asks a day or a count beside the word of price.
    expect(answerSlot('tanggal berapa bayar iuran')?.slot).toEqual({ type: 'date' });
    expect(answerSlot('berapa orang yang bayar iuran')?.slot).toEqual({ type: 'count', noun: 'orang' });
  });

  it('takes a sum of money or "gratis", not another number', () => {
    expect(holdsNewAnswer(asked('iuran per semester brp'), 'Bisa bayar per semester (Rp 450.000).')).toBe(true);
    expect(holdsNewAnswer(asked('iuran per semester brp'), 'Pemeriksaan kesehatan gratis.')).toBe(true);
    expect(holdsNewAnswer(asked('iuran per semester brp'), 'Siswa yang belum melunasi iuran semester 2 tetap ikut.')).toBe(false);
  });

  it('takes no sum the question says itself: a race\'s "10K" restated is no price', () => {
    expect(holdsNewAnswer(asked('how much is the entry fee for the 10K fun run'), 'The 10K fun run started at Simpang Lima.')).toBe(false);
    expect(holdsNewAnswer(asked('biaya daftar 21K fun run berapa'), 'Rute 21K melewati Tugu Muda.')).toBe(false);
    expect(holdsNewAnswer(asked('biaya daftar 21K fun run berapa'), 'Pendaftaran 21K Rp 275.000, 10K Rp 175.000.')).toBe(true);
    expect(holdsNewAnswer(asked('gratis nggak 10K nya'), '10K gratis untuk anggota.')).toBe(true);
  });

  it('takes no "free" that says no price: a car free day, a sugar-free drink, "feel free"', () => {
    const fee = asked('how much is the sunday long run');
    expect(holdsNewAnswer(fee, 'The Sunday long run goes down Jalan Sudirman during car free day.')).toBe(false);
    expect(holdsNewAnswer(fee, 'Rute lari Minggu lewat Sudirman saat Car Free Day.')).toBe(false);
    expect(holdsNewAnswer(fee, 'Sugar-free drinks after the Sunday long run.')).toBe(false);
    expect(holdsNewAnswer(fee, 'Feel free to join the Sunday long run.')).toBe(false);
    expect(holdsNewAnswer(fee, 'The Sunday long run is free for members.')).toBe(true);
  });

  it('takes a sum written with "rupiah" after it, or in US dollars', () => {
    expect(holdsNewAnswer(asked('htm brp'), 'Tiket masuk 25.000 rupiah per orang.')).toBe(true);
    expect(holdsNewAnswer(asked('how much was the ticket'), 'Tickets were USD 20 at the door.')).toBe(true);
    expect(holdsNewAnswer(asked('how much was the ticket'), 'Tickets were 20 dollars at the door.')).toBe(true);
    expect(holdsNewAnswer(asked('how much was the ticket'), 'Tickets sold out in 20 minutes.')).toBe(false);
  });

  it('ranks the passage that states the sum before one that only restates the question, across write-ups', () => {
    const index = new SearchIndex(
      news([
        'Catatan: siswa yang belum melunasi iuran semester tetap boleh ikut penilaian.',
        'Iuran komite bisa dibayar per bulan, per semester (Rp 450.000) atau setahun sekaligus.',
        'Harga cabai naik menjelang Lebaran.',
      ]),
      { lexicon: null },
    );
    expect(first(index, 'iuran per semester brp')).toBe('n2');
    expect(first(index, 'berapa biaya iuran semester')).toBe('n2');
  });

  it('rewards only the write-up the question names, where it names one: not another event\'s price', () => {
    const lib = Library.fromDocuments([
      writeUp({ id: 'ws', title: 'Workshop Desain Produk', body: 'Workshop berlangsung sehari penuh.\n\nTiket workshop Rp 150.000, termasuk makan siang.', date: '2025-03-15', lang: 'id' }),
      writeUp({ id: 'conf', title: 'Konferensi Data Nasional', body: 'Konferensi data nasional berlangsung dua hari di Jakarta.\n\nPembicara utama Rina Kusuma.', date: '2025-06-10', lang: 'id' }),
    ]);
    expect(lib.ask('berapa harga tiket konferensi').results[0]?.docId).toBe('conf');
    expect(lib.ask('berapa harga tiket workshop').results[0]?.text).toContain('Rp 150.000');
  });
});

describe('a distance or a length of time asked', () => {
  it('reads a distance from "berapa km", "berapa jauh", "jarak … berapa", "how far", "how many kilometres"', () => {
    expect(answerSlot('jarak long run ke marina berapa km')?.slot).toEqual({ type: 'measure', of: 'length' });
    expect(answerSlot('berapa km group ride ke gedong songo')?.slot).toEqual({ type: 'measure', of: 'length' });
    expect(answerSlot('berapa jauh rute trail run')?.slot).toEqual({ type: 'measure', of: 'length' });
    expect(answerSlot('jarak rute trail run berapa')?.slot).toEqual({ type: 'measure', of: 'length' });
    expect(answerSlot('how far was the charity ride')?.slot).toEqual({ type: 'measure', of: 'length' });
    expect(answerSlot('how many kilometres is the group ride')?.slot).toEqual({ type: 'measure', of: 'length' });
  });

  it('reads a length of time from "berapa lama", "berapa jam", "how many hours", and "how long" of a verb of time', () => {
    expect(answerSlot('berapa lama camping di kaliurang')?.slot).toEqual({ type: 'measure', of: 'time' });
    // (Of a movement, a length of time in hours or days, not a stay's nights: travel-time.test.ts.)
    expect(answerSlot('berapa jam pendakian ke puncak')?.slot).toEqual({ type: 'measure', of: 'travel' });
    expect(answerSlot('durasi workshop berapa')?.slot).toEqual({ type: 'measure', of: 'time' });
    expect(answerSlot('how many hours did the hike take')?.slot).toEqual({ type: 'measure', of: 'travel' });
    expect(answerSlot('how long did the hike take')?.slot).toEqual({ type: 'measure', of: 'travel' });
    expect(answerSlot('how long does the workshop last')?.slot).toEqual({ type: 'measure', of: 'time' });
  });

  it('reads "how long" of a thing as either: a route\'s length or a stay\'s time', () => {
    expect(answerSlot('how long is the Gunungpati loop')?.slot).toEqual({ type: 'measure', of: 'either' });
  });

  it('leaves the clock, the day and the count as they were', () => {
    expect(answerSlot('jam berapa long run mulai')?.slot).not.toEqual(expect.objectContaining({ type: 'measure' }));
    expect(answerSlot('Berapa hari festival itu berlangsung?')?.slot).toEqual({ type: 'count', noun: 'hari' });
    expect(answerSlot('Berapa tahun ia mengajar di sana?')?.slot).toEqual({ type: 'count', noun: 'tahun' });
  });

  it('takes a number with a unit of length for a distance, of time for a length of time', () => {
    const far = asked('berapa jauh rute trail run');
    expect(holdsNewAnswer(far, 'Rute trail run sepanjang 21 km dengan elevasi 450 m.')).toBe(true);
    expect(holdsNewAnswer(far, 'Total jarak 12,5 kilometer.')).toBe(true);
    expect(holdsNewAnswer(far, 'The ride covered 100 km.')).toBe(true);
    expect(holdsNewAnswer(far, 'Peserta trail run berkumpul pukul 05.00.')).toBe(false);
    expect(holdsNewAnswer(far, 'Trail run butuh 3 jam.')).toBe(false);
    const long = asked('berapa lama camping di kaliurang');
    expect(holdsNewAnswer(long, 'Camping berlangsung 2 hari 1 malam.')).toBe(true);
    expect(holdsNewAnswer(long, 'Pendakian memakan waktu 3 jam.')).toBe(true);
    expect(holdsNewAnswer(long, 'It took about 45 minutes.')).toBe(true);
    expect(holdsNewAnswer(long, 'Kumpul jam 7 di Kaliurang.')).toBe(false);
    expect(holdsNewAnswer(long, 'Camping pada 12 Juni 2025 di Kaliurang.')).toBe(false);
    expect(holdsNewAnswer(long, 'Jarak ke Kaliurang 25 km.')).toBe(false);
    const either = asked('how long is the Gunungpati loop');
    expect(holdsNewAnswer(either, 'The loop is 16 km.')).toBe(true);
    expect(holdsNewAnswer(either, 'The loop takes 2 hours.')).toBe(true);
  });

  it('takes no clock time for a length of time: "jam 7 malam", "pukul 19 malam" say when, not how long', () => {
    const long = asked('berapa lama buka bersama');
    expect(holdsNewAnswer(long, 'Buka bersama dimulai jam 5 sore sampai jam 7 malam.')).toBe(false);
    expect(holdsNewAnswer(long, 'Kumpul pukul 19 malam di masjid.')).toBe(false);
    expect(holdsNewAnswer(long, 'Kumpul jam tujuh malam di masjid.')).toBe(false);
    expect(holdsNewAnswer(long, 'Rapat berikutnya tanggal 5 bulan depan.')).toBe(false);
    // (The length stated beside a clock time still counts.)
    expect(holdsNewAnswer(long, 'Mulai jam 5 sore, kurang lebih 2 jam.')).toBe(true);
    expect(holdsNewAnswer(long, 'Menginap 2 malam.')).toBe(true);
  });

  it('shows for "berapa jam" the length of time, not the clock time: "berapa jam" asks as "berapa lama" does', () => {
    const lib = Library.fromDocuments([
      writeUp({
        id: 'hike', title: 'Pendakian Gunung Andong', date: '2025-08-10', lang: 'id',
        body:
          'Pendakian Gunung Andong diikuti 18 anggota. Rombongan berangkat dari basecamp pukul 04.00 dan tiba di puncak.\n\n' +
          'Jalur pendakian ke puncak ramah untuk pemula, pendakian memakan waktu sekitar 2 jam dengan beberapa kali istirahat.\n\n' +
          'Setelah sarapan di puncak, rombongan turun dan makan siang di warung dekat basecamp.',
      }),
      writeUp({ id: 'run', title: 'Fun Run Kota', body: 'Fun run kota keliling Simpang Lima.\n\nPeserta fun run dapat medali.', date: '2025-06-01', lang: 'id' }),
    ]);
    expect(lib.ask('berapa lama pendakian ke puncak').results[0]?.text).toContain('2 jam');
    expect(lib.ask('berapa jam pendakian ke puncak').results[0]?.text).toContain('2 jam');
    expect(lib.ask('jam berapa berangkat pendakian').results[0]?.text).toContain('pukul 04.00');
  });

  it('takes no distance the question says itself: a race\'s "21 km" restated is no answer', () => {
    expect(holdsNewAnswer(asked('berapa jam long run 21 km'), 'Long run 21 km di training camp.')).toBe(false);
    expect(holdsNewAnswer(asked('berapa jam long run 21 km'), 'Long run 21 km selesai dalam 2 jam.')).toBe(true);
  });

  it('ranks the passage that states the distance before those that restate the question', () => {
    const lib = Library.fromDocuments([
      writeUp({
        id: 'loop', title: 'Sunday long run: Kandri hills', lang: 'en', date: '2026-05-10',
        body:
          'This Sunday the English-speaking group runs the Kandri loop. Newcomers are welcome.\n\n' +
          'We meet at the campus gate at 5.15 am. The loop is 16 km with about 380 m of climbing, through the village and back.\n\n' +
          'There are no shops open on the Kandri loop that early, so bring water and a gel.',
      }),
      writeUp({ id: 'run', title: 'Fun Run Kota', body: 'Fun run kota keliling Simpang Lima.\n\nPeserta fun run dapat medali.', date: '2025-06-01', lang: 'id' }),
    ]);
    expect(lib.ask('how long is the Kandri loop').results[0]?.text).toContain('16 km');
    expect(lib.ask('how far is the Kandri loop').results[0]?.text).toContain('16 km');
  });
});
