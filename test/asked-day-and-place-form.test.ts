// A question that asks for a day ("tanggal berapa", "hari apa", "what date") is answered, among the passages of the
// write-up it names, by one that states a day, not by one that states only a clock time; and where a write-up gives
// its place under a label ("Tempat: …", "Lokasi: …"), a capitalised word after "di" or "ke" in its other
// passages ("Daftar ke Anggi") is not taken for the place. Both are tie-breakers within a write-up
// (src/engine/asked-type.ts's askedTypeFirst).

import { describe, expect, it } from 'vitest';
import { askedType, statesAskedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, paragraphs: string[], date: string): CorpusDocument {
  return writeUp({ id, title, body: paragraphs.join('\n\n'), date });
}

describe('a day asked for', () => {
  it.each(['photo walk januari tanggal berapa', 'tgl brp kopdar', 'meetup 7 hari apa', 'what date is the meetup', 'tanggal apa rapatnya'])(
    '%s asks for a day',
    (q) => {
      expect(askedType(q)).toBe('day');
    },
  );

  it.each(['kapan photo walk januari', 'when is the meetup', 'jam brp kumpul'])('%s asks for no day alone', (q) => {
    expect(askedType(q)).not.toBe('day');
  });

  it('is stated by a date or a weekday, not by a clock time alone', () => {
    expect(statesAskedType('day', 'Sabtu, 24 Januari 2026, kumpul jam 06.30.')).toBe(true);
    // (Sunday is a day: "hari Minggu", "Ahad"; "dua minggu sebelum acara" is a week.)
    expect(statesAskedType('day', 'Acaranya hari Minggu pagi.')).toBe(true);
    expect(statesAskedType('day', 'Kajian rutin diadakan Ahad pagi.')).toBe(true);
    expect(statesAskedType('day', 'Pendaftaran ditutup dua minggu sebelum acara.')).toBe(false);
    // (A day written before its month with an ordinal, as British English does.)
    expect(statesAskedType('day', 'The picnic is on the 15th of June.')).toBe(true);
    expect(statesAskedType('day', 'Saturday 21st June, 10 am')).toBe(true);
    expect(statesAskedType('day', 'She came 2nd of 40 runners in May.')).toBe(false);
    expect(statesAskedType('day', 'selesai di Taman Kota jam 10.00')).toBe(false);
    expect(statesAskedType('date or time', 'selesai di Taman Kota jam 10.00')).toBe(true);
  });
});

describe('among the passages of the write-up asked about', () => {
  const lib = Library.fromDocuments([
    doc(
      'walk-jan',
      'Photo walk Januari 2026: Pasar Lama dan Sungai',
      [
        '# Photo walk #13 — Januari 2026\n\nPhoto walk pertama tahun 2026! Sabtu, 24 Januari 2026, titik kumpul di depan Pasar Lama (pintu utara) jam 06.30 WIB. Tema bulan ini "pasar pagi".',
        'Rutenya: Pasar Lama → Jl. Kebon Jati → Sungai Cikapundung → selesai di Taman Sejarah jam 10.00. Sekitar 4 km, ada tangga turun ke sungai.',
        'Dress code bebas tapi sopan, pakai celana panjang. Bawa jas hujan, Januari sering hujan.',
        'Kuota 30 orang karena lorong pasar sempit. Daftar di thread, gratis.',
      ],
      '2026-01-12',
    ),
    doc(
      'pameran',
      'Pameran Foto Wajah Kota, 9–17 Agustus 2025',
      [
        '# Pameran Foto "Wajah Kota"\n\nKarya pemenang dan finalis lomba foto 2025 akan dipamerkan! Total 60 karya.',
        'Tempat: Galeri Ruang Braga, Jl. Braga No. 45, Bandung.\nTanggal: 9–17 Agustus 2025.',
        'Relawan jaga galeri masih dibutuhkan. Daftar ke Anggi di thread ini. Foto di dalam galeri boleh, tapi tanpa flash.',
      ],
      '2025-08-01',
    ),
    doc(
      'walk-jun',
      'Photo walk bulanan Juni 2025: Braga',
      [
        '# Hunting foto bulanan — Juni 2025\n\nPhoto walk bulan ini Minggu, 15 Juni 2025. Kumpul jam 06.00 di depan Gedung Merdeka (Jl. Asia Afrika).',
        'Rute: Gedung Merdeka → Jl. Braga → Alun-alun Bandung, finish sekitar jam 09.30, lanjut sarapan bareng.',
      ],
      '2025-06-09',
    ),
    doc('rapat', 'Rapat anggota Januari', ['Rapat anggota membahas kas dan photo walk bulanan.'], '2026-01-18'),
  ]);

  it('a day is answered by the passage that states one, not by a route that states a clock time', () => {
    const a = lib.ask('photo walk januari 2026 tanggal berapa', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/24 Januari 2026/u);
  });

  it('a place given under a label comes before a name after "ke" in another passage', () => {
    const a = lib.ask('pameran foto dimana', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Galeri Ruang Braga/u);
  });
});

describe('a label that gives no place', () => {
  const lib = Library.fromDocuments([
    doc(
      'kopdar',
      'Kopdar Juli 2025',
      [
        'Kopdar Juli bakal seru, ada sesi potret jalanan.\nTanggal: Sabtu, 19 Juli 2025\nLokasi: menyusul, diumumkan H-3',
        'Update: kopdar jadi diadakan di Kafe Halaman, Jl. Riau 5, mulai jam 16.00.',
        'Bawa kamera masing-masing, gratis.',
      ],
      '2025-07-01',
    ),
    doc(
      'meetup',
      'Meetup 5',
      [
        'Meetup 5 was held at the CoHive building in Kemang, with 40 people.',
        'Questions? Write to our email address: hello@example.org, we answer within a week.',
        'Slides are on the drive.',
      ],
      '2025-08-01',
    ),
    doc('rapat', 'Rapat pengurus', ['Rapat membahas kas dan jadwal kegiatan.'], '2025-07-05'),
  ]);

  it('"Lokasi: menyusul" gives none: the venue the update names comes first', () => {
    const a = lib.ask('kopdar juli dimana', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Kafe Halaman/u);
  });

  it('"Lokasi: Menyusul", "Tempat: TBA" (capitalised, still no place) give none either', () => {
    for (const notYet of ['Menyusul, diumumkan H-3', 'TBA', 'Belum ditentukan']) {
      const one = Library.fromDocuments([
        doc(
          'kopdar',
          'Kopdar Juli 2025',
          [
            `Kopdar Juli bakal seru, ada sesi potret jalanan.\nTanggal: Sabtu, 19 Juli 2025\nLokasi: ${notYet}`,
            'Update: kopdar jadi diadakan di Kafe Halaman, Jl. Riau 5, mulai jam 16.00.',
            'Bawa kamera masing-masing, gratis.',
          ],
          '2025-07-01',
        ),
        doc('rapat', 'Rapat pengurus', ['Rapat membahas kas dan jadwal kegiatan.'], '2025-07-05'),
      ]);
      const a = one.ask('kopdar juli dimana', { top: 3 });
      expect(a.results[0]?.text, notYet).toMatch(/Kafe Halaman/u);
    }
  });

  it('"email address:" in a sentence is no label of a place: the building the meetup was held at comes first', () => {
    for (const q of ['where was meetup 5', 'meetup 5 dimana']) {
      const a = lib.ask(q, { top: 3 });
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toMatch(/CoHive/u);
    }
  });
});

describe('a label in chat bold', () => {
  const lib = Library.fromDocuments([
    doc(
      'rapat',
      'Rapat Warga September 2025',
      [
        'Undangan rapat warga bulan September.\n*Hari*: Sabtu, 20 September 2025\n*Lokasi*: Gedung Serbaguna RW 05',
        'Konfirmasi kehadiran ke Pak Budi di grup WA ya.',
        'Agenda: iuran kebersihan dan ronda.',
      ],
      '2025-09-10',
    ),
    doc('kerja', 'Kerja bakti', ['Kerja bakti membersihkan selokan bersama warga.'], '2025-07-05'),
    doc('lomba', 'Lomba 17an', ['Lomba tujuh belasan di lapangan voli.'], '2025-08-05'),
  ]);

  it('"*Lokasi*: Gedung Serbaguna" gives the place, ahead of "ke Pak Budi"', () => {
    const a = lib.ask('rapat warga september dimana', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Gedung Serbaguna/u);
  });
});

describe('a day written as Sunday or with an ordinal', () => {
  const lib = Library.fromDocuments([
    writeUp({
      id: 'picnic',
      lang: 'en',
      title: 'Community picnic 2025',
      body: ['Our community picnic is on the 15th of June, from 10 am at Taman Menteng.', 'Sign-ups close on Friday, so reply in this thread.', 'Bring a mat and something to share.'].join('\n\n'),
      date: '2025-06-01',
    }),
    doc('kajian', 'Kajian Ahad Pagi Juli', ['Kajian rutin diadakan Ahad pagi, mulai pukul 06.00 di serambi masjid.', 'Infaq dikumpulkan sampai hari Kamis.', 'Jamaah membawa mushaf sendiri.'], '2025-07-01'),
    writeUp({ id: 'quiz', lang: 'en', title: 'Quiz night', body: 'The quiz night had eight teams and a lot of laughs.', date: '2025-05-05' }),
  ]);

  it('is the day asked, ahead of a deadline\'s weekday in another passage', () => {
    for (const [q, day] of [
      ['what date is the community picnic', /15th of June/u],
      ['kajian rutin hari apa', /Ahad pagi/u],
    ] as const) {
      const a = lib.ask(q, { top: 3 });
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toMatch(day);
    }
  });
});
