// A write-up's own "tahun lalu", "bulan lalu", "last year" were written relative to the write-up's date, not to the
// member's: the July 2025 minutes' "anggaran tahun lalu" is 2024's budget, and a member asks for it as "anggaran
// 2024". Such words in the text are indexed as the year (and month) they denote from the document's date.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { relativeDateWords } from '../src/engine/relative-text.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'rapat-juli-2025',
    title: 'Notulen Rapat Persiapan HUT RI',
    date: '2025-07-13',
    body: [
      'Rapat dibuka ketua pukul 19.30 dan dihadiri 23 anggota.',
      'Usulan lomba baru dibahas panjang. Anggaran tahun lalu habis Rp 9.200.000 untuk seluruh kegiatan.',
      'Iuran bulan lalu terkumpul Rp 1.150.000 dari enam RT.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'lomba-2024',
    title: 'Pemenang Lomba 17an 2024',
    date: '2024-08-18',
    body: ['Balap karung: juara 1 Dodi, juara 2 Ika.', 'Hadiah diambil di rumah bendahara mulai Senin.'].join('\n\n'),
  }),
  writeUp({
    id: 'club-2025',
    title: 'Annual meeting of the running club',
    date: '2025-03-02',
    lang: 'en',
    body: ['The treasurer reported that last year the club spent Rp 4.000.000 on race fees.', 'New members were welcomed.'].join('\n\n'),
  }),
]);

describe("a write-up's relative years and months, read from its own date", () => {
  it('"anggaran tahun 2024 habis berapa": the 2025 minutes\' "tahun lalu", answered', () => {
    const a = lib.ask('anggaran 17an tahun 2024 habis berapa', { top: 3, today: '2026-11-27' });
    expect(a.results[0]?.docId).toBe('rapat-juli-2025');
    expect(a.results[0]?.text).toContain('9.200.000');
    expect(a.answered).toBe(true);
  });

  it('"iuran juni 2025": the July minutes\' "bulan lalu"', () => {
    const a = lib.ask('iuran juni 2025 terkumpul berapa', { top: 3, today: '2026-11-27' });
    expect(a.results[0]?.text).toContain('1.150.000');
    expect(a.answered).toBe(true);
  });

  it('"race fees in 2024": an English write-up\'s "last year"', () => {
    const a = lib.ask('how much did the club spend on race fees in 2024', { top: 3, today: '2026-11-27' });
    expect(a.results[0]?.docId).toBe('club-2025');
    expect(a.answered).toBe(true);
  });

  it('not another year: "anggaran tahun 2023" is not the 2025 minutes\' "tahun lalu"', () => {
    const a = lib.ask('anggaran tahun 2023 habis berapa', { top: 3, today: '2026-11-27' });
    expect(a.answered).toBe(false);
  });
});

describe('relativeDateWords', () => {
  it('reads years and months one before or after the date, in both languages', () => {
    expect(relativeDateWords('Anggaran tahun lalu habis.', '2025-07-13')).toEqual(['2024']);
    expect(relativeDateWords('iuran bulan lalu, rapat bulan depan', '2025-01-05')).toEqual(['desember', '2024', 'februari', '2025']);
    expect(relativeDateWords('Last year we ran; next year we swim.', '2025-03-02')).toEqual(['2024', '2026']);
    expect(relativeDateWords('tahun yang lalu', '2025')).toEqual(['2024']);
  });

  it('not a count of them ago, nor this year, nor an undated text', () => {
    expect(relativeDateWords('dua tahun lalu, 3 bulan lalu, beberapa tahun lalu', '2025-07-13')).toEqual([]);
    expect(relativeDateWords('tahun ini dan minggu lalu', '2025-07-13')).toEqual([]);
    expect(relativeDateWords('tahun lalu', null)).toEqual([]);
    expect(relativeDateWords('pertahun lalu', '2025-07-13')).toEqual([]);
  });
});

describe('a count of years ago written in more than one word is no "tahun lalu"', () => {
  // "dua puluh tahun lalu" is twenty years before the write-up, "puluhan tahun lalu" decades: read as "tahun lalu",
  // the 2025 write-up's history of the mosque was indexed as 2024's and answered a question about that year.
  it('tens, teens, hundreds, "-an", halves and "bertahun-tahun" are counts', () => {
    for (const text of [
      'Masjid ini dibangun dua puluh tahun lalu.',
      'lima belas tahun lalu',
      'sebelas tahun lalu',
      'seratus tahun lalu',
      'puluhan tahun lalu',
      'belasan tahun lalu',
      'setengah tahun lalu',
      'satu setengah bulan lalu',
      'bertahun-tahun lalu',
      'berbulan-bulan lalu',
    ]) {
      expect(relativeDateWords(text, '2025-07-13'), text).toEqual([]);
    }
  });

  it('"masjid dibangun 2024": not the 2025 write-up\'s "dua puluh tahun lalu"', () => {
    const mosque = Library.fromDocuments([
      writeUp({
        id: 'profil-2025',
        title: 'Profil Masjid Al-Ikhlas',
        date: '2025-07-13',
        body: 'Masjid Al-Ikhlas dibangun warga dua puluh tahun lalu di atas tanah wakaf Haji Darmo.',
      }),
    ]);
    expect(mosque.ask('masjid al-ikhlas dibangun tahun 2024 di tanah siapa', { top: 3, today: '2026-11-27' }).answered).toBe(false);
  });
});

describe('a count is a whole word', () => {
  // "Germany" ends as "many" does, "Selima" as "lima": read as the count before it, the club's "toured Germany last
  // year" was left unindexed as the year it names.
  it('"Germany last year", "Kak Selima tahun lalu": the year before', () => {
    expect(relativeDateWords('The club toured Germany last year.', '2025-03-02')).toEqual(['2024']);
    expect(relativeDateWords('Juara lomba masak: Kak Selima tahun lalu.', '2025-03-02')).toEqual(['2024']);
    expect(relativeDateWords('a curfew last year', '2025-03-02')).toEqual(['2024']);
  });

  it('"the Germany tour in 2024": the 2025 report\'s "toured Germany last year", answered', () => {
    const club = Library.fromDocuments([
      writeUp({
        id: 'report-2025',
        title: 'Annual report of the running club',
        date: '2025-03-02',
        lang: 'en',
        body: 'The club toured Germany last year and spent Rp 20.000.000 on travel.\n\nNew members were welcomed.',
      }),
    ]);
    expect(club.ask('how much did the club spend touring Germany in 2024', { top: 3, today: '2026-11-27' }).answered).toBe(true);
  });
});

describe('"tahun lalu" in the header row of a table long enough to be cut', () => {
  // The header's "Juara tahun lalu" names 2024's winners of every row, the rows of the table's later part too; read
  // only in the part that holds the header, "juara tumpeng 2024" was answered by the first part, without the
  // tumpeng's row, as if the part holding it were of another year.
  const contests = ['Balap karung', 'Makan kerupuk', 'Tarik tambang', 'Panjat pinang', 'Bakiak', 'Kelereng', 'Egrang', 'Joged balon', 'Estafet air', 'Memasukkan paku', 'Sepak bola sarung', 'Lari kelereng', 'Tebak lagu', 'Hias sepeda', 'Gebuk bantal', 'Voli air', 'Catur', 'Bola estafet', 'Masak nasi goreng', 'Tumpeng'];
  const names = ['Dodi', 'Ika', 'Rina', 'Budi', 'Sari', 'Agus', 'Tono', 'Wati', 'Yanto', 'Lina', 'Eko', 'Dewi', 'Fajar', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kiki', 'Lukman', 'Maya'];
  const rows = contests.map((c, i) => `| ${c} | ${names[i]} Saputra dari RT 0${(i % 9) + 1} | ${names[(i + 7) % 20]} Wibowo dari RT 0${((i + 3) % 9) + 1} |`);
  const hut = Library.fromDocuments([
    writeUp({
      id: 'rapat-hut-2025',
      title: 'Rapat Persiapan HUT RI',
      date: '2025-07-13',
      markdown: true,
      body: ['Rapat persiapan lomba tujuhbelasan dibuka ketua RW.', `| Lomba | Juara tahun lalu | Juara tahun ini |\n|---|---|---|\n${rows.join('\n')}`].join('\n\n'),
    }),
  ]);

  it('"juara tumpeng 2024 siapa": the later part\'s tumpeng row', () => {
    const a = hut.ask('juara tumpeng 2024 siapa', { top: 3, today: '2025-08-01' });
    expect(a.results[0]?.tableHeader).toContain('Juara tahun lalu');
    expect(a.results[0]?.text).toContain('| Tumpeng | Maya Saputra');
    expect(a.answered).toBe(true);
  });
});

describe('an amount before "bulan lalu" is no count of months', () => {
  // "Kas masuk Rp 1.150.000 bulan lalu": the "000" and the "ribu" of an amount stood where "3 bulan lalu" has its
  // count, and the July minutes' June takings were not read as June's.
  it('"Rp 1.150.000 bulan lalu", "25 ribu tahun lalu": the month and year before', () => {
    expect(relativeDateWords('Kas masuk Rp 1.150.000 bulan lalu.', '2025-07-13')).toEqual(['juni', '2025']);
    expect(relativeDateWords('Kas masuk Rp 150.000 bulan lalu.', '2025-07-13')).toEqual(['juni', '2025']);
    expect(relativeDateWords('Iuran 25 ribu tahun lalu, sekarang 30 ribu.', '2025-07-13')).toEqual(['2024']);
    expect(relativeDateWords('1,5 tahun lalu dan 12 bulan lalu', '2025-07-13')).toEqual([]);
  });

  it('"kas masuk juni 2025 berapa": the July minutes\' "Rp 1.150.000 bulan lalu", answered', () => {
    const kas = Library.fromDocuments([
      writeUp({
        id: 'rapat-juli-2025',
        title: 'Notulen Rapat Bulanan',
        date: '2025-07-13',
        body: 'Rapat dibuka ketua pukul 19.30.\n\nBendahara melaporkan kas masuk Rp 1.150.000 bulan lalu dari enam RT.',
      }),
    ]);
    const a = kas.ask('kas masuk juni 2025 berapa', { top: 3, today: '2026-11-27' });
    expect(a.results[0]?.text).toContain('1.150.000');
    expect(a.answered).toBe(true);
  });
});

// "tahun sebelumnya", "tahun berikutnya", "the previous year", "the following year" refer back to a year the text
// has named ("Festival pertama digelar 2019. Tahun berikutnya …" is 2020), not to the day it was written, as "tahun
// lalu", "last year" do: a write-up of 2025 about 2019 says "tahun berikutnya" of 2020. With no year named before
// them, they are read from the write-up's date, as before.
describe('a year named relative to a year the text names', () => {
  it('"tahun berikutnya" after "2019" is 2020, not the year after the write-up', () => {
    expect(relativeDateWords('Festival pertama digelar 2019 di alun-alun. Tahun berikutnya festival ditiadakan.', '2025-06-01')).toEqual(['2020']);
  });

  it('"the previous year" after "in 2022" is 2021', () => {
    expect(relativeDateWords('The club grew to 80 members in 2022. The previous year it had 35.', '2025-03-02')).toEqual(['2021']);
  });

  it('the nearest year named before it counts', () => {
    expect(relativeDateWords('Dibentuk 2015. Pada 2018 pindah ke balai warga, tahun sebelumnya masih di rumah ketua.', '2025-06-01')).toEqual(['2017']);
  });

  it('with no year named before, the write-up\'s date; "tahun lalu" always the write-up\'s', () => {
    expect(relativeDateWords('Tahun sebelumnya anggaran lebih kecil. Pada 2019 lomba pertama.', '2025-06-01')).toEqual(['2024']);
    expect(relativeDateWords('Lomba pertama 2019. Anggaran tahun lalu habis Rp 9.200.000.', '2025-06-01')).toEqual(['2024']);
  });
});

// An amount is no year, though its digits may read as one: "Rp 2000" of the 2019 dues is no year 2000 for "tahun
// berikutnya" to count from.
describe('an amount before "tahun berikutnya" is no year named', () => {
  it.each([
    ['Iuran kas 2019 Rp 2000 per bulan, tahun berikutnya naik jadi Rp 3000.'],
    ['Iuran kas 2019 Rp. 2000 per bulan, tahun berikutnya naik jadi Rp. 3000.'],
    ['Iuran kas 2019 IDR 2000 per bulan, tahun berikutnya naik jadi IDR 3000.'],
  ])('%s', (text) => {
    expect(relativeDateWords(text, '2025-06-01')).toEqual(['2020']);
  });
});

// "tahun berikutnya" after a year the text names counts from that year, not from the write-up's date: a write-up
// with no date (a plain .md page, a history of the club) says 2020 all the same.
describe('an undated write-up\'s "tahun berikutnya" after a year it names', () => {
  it('is the year after that one', () => {
    expect(relativeDateWords('Festival pertama digelar 2019 di alun-alun. Tahun berikutnya festival ditiadakan.', null)).toEqual(['2020']);
  });

  it('and with no year named, nothing, as there is no date to count from', () => {
    expect(relativeDateWords('Anggaran tahun lalu habis. Tahun berikutnya festival ditiadakan.', null)).toEqual([]);
  });
});

// After a range of years, "tahun sebelumnya" is the year before the range begins, "tahun berikutnya" the year after
// it ends: "digelar 2019–2022. Tahun sebelumnya …" is 2018, not 2021.
describe('"tahun sebelumnya" after a range of years', () => {
  it.each([
    ['Festival digelar tiap Agustus 2019–2022. Tahun sebelumnya masih berupa bazar kecil.', ['2018']],
    ['Festival digelar 2019 sampai 2022. Tahun sebelumnya masih berupa bazar kecil.', ['2018']],
    ['The fair ran from 2019 to 2022. The previous year it was a small bazaar.', ['2018']],
    ['Festival digelar 2019–2022. Tahun berikutnya pindah ke GOR.', ['2023']],
  ])('%s', (text, words) => {
    expect(relativeDateWords(text, '2025-06-01')).toEqual(words);
  });
});
