// Within a write-up, the passage that writes a question's word as a label ("Narasumber: …", "**Kuota:** …") or a
// heading comes before the opening that repeats the event's name and topic a few times more: the fact sheet
// holds the answer, the opening names no speaker (see labelled-first.ts).

import { describe, expect, it } from 'vitest';
import { labelledFirst } from '../src/engine/labelled-first.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const halal = doc(
  'halal',
  'Pendampingan Sertifikasi Halal untuk UMKM',
  '# Workshop dan Pendampingan Sertifikasi Halal\n\n' +
    'Bekerja sama dengan Rumah Halal Kota dan pendamping proses produk halal, komunitas mengadakan workshop sertifikasi halal untuk usaha mikro.\n\n' +
    'Tanggal: Sabtu, 15 November 2025, pukul 08.30-14.00 WIB\nTempat: Aula Kecamatan\nNarasumber: Ustazah Laila Fitriani dan Bapak Agus Salim\nKuota: 40 pelaku usaha\n\n' +
    'Setelah workshop, pendamping akan verifikasi ke tempat produksi. Sertifikat halal biasanya terbit dalam 21 hari kerja.',
  '2025-10-28',
);

describe('a question word written as a label', () => {
  it('puts the fact sheet that labels it before the opening', () => {
    const lib = Library.fromDocuments([halal]);
    const a = lib.ask('narasumber workshop halal siapa');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Laila Fitriani');
  });
});

// A heading labels its whole section, not only the passage that carries it: "## Parkir" over a table of places and
// fees does not come before the paragraph under it that says the question's words more (shuttle, where cars park),
// which is as much the heading's as the table is. Moved ahead of it, the table came first for a question the
// paragraph answers (the cosplay set's "## Tiket" table before "Tiket VIP dapat fast lane …"; rrP).
const jazz = doc(
  'jazz',
  'Pengumuman Jazz Senja 2025',
  '# JAZZ SENJA 2025\n\nJazz Senja kembali digelar **Sabtu, 6 September 2025** di Taman Kota Malang, gerbang dibuka pukul 15.00.\n\n' +
    '## Parkir\n\n| Kendaraan | Lokasi | Tarif |\n|---|---|---|\n| Motor | Lapangan Rampal | Rp5.000 |\n| Mobil | Gedung Parkir Alun-Alun | Rp10.000 |\n\n' +
    'Shuttle gratis jalan tiap 15 menit dari gedung parkir. Parkir mobil di Alun-Alun penuh lebih cepat, datang sebelum jam 16.00 dan parkir mobil dijaga petugas.\n\n' +
    '## Line-up\n\nPenampil tahun ini: Nona Ria, Tohpati, dan Sore Hari.',
  '2025-08-01',
);

describe('a heading and its section', () => {
  it('does not put the passage that carries the heading before the rest of its section', () => {
    const lib = Library.fromDocuments([jazz]);
    const a = lib.ask('parkir mobil alun-alun gimana');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.id).toBe('jazz#3');
  });
});

// The rule itself, on hits as the ranking hands them over: a tie-breaker among a write-up's passages that match
// alike (a labelled passage within 90% of the score of the one before it), and no label in a word of the title
// nor in a day's, a month's or a span's word.
describe('labelledFirst', () => {
  const hit = (n: number, text: string, score: number, word: string, title = 'Workshop Sertifikasi Halal') => ({
    passage: { id: `w#${n}`, docId: 'w', text, title },
    score,
    coverage: 1,
    terms: new Map([[word, 0]]),
  });
  const order = (hits: ReturnType<typeof hit>[], word: string) =>
    labelledFirst(hits, [{ surface: [word] }], null, null, () => []).map((h) => h.passage.id);

  it('moves a labelled passage that scores at least 90% of the one before it, not one that scores less', () => {
    const opening = hit(1, 'Komunitas mengadakan workshop dengan narasumber dari Rumah Halal Kota.', 10, 'narasumber');
    expect(order([opening, hit(2, 'Narasumber: Ustazah Laila Fitriani', 9.5, 'narasumber')], 'narasumber')).toEqual(['w#2', 'w#1']);
    expect(order([opening, hit(2, 'Narasumber: Ustazah Laila Fitriani', 8, 'narasumber')], 'narasumber')).toEqual(['w#1', 'w#2']);
  });

  it('takes no word of the title, nor a span\'s word, as a label', () => {
    const opening = (word: string) => hit(1, `Komunitas mengadakan workshop ini sekali ${word}.`, 10, word);
    expect(order([opening('workshop'), hit(2, 'Workshop: Sabtu, 15 November 2025', 9.5, 'workshop')], 'workshop')).toEqual(['w#1', 'w#2']);
    expect(order([opening('tahun'), hit(2, 'Rencana tahun 2026: dua kali setahun', 9.5, 'tahun')], 'tahun')).toEqual(['w#1', 'w#2']);
  });
});

// For a count asked, a label of the asked noun whose value is no count of it ("Penyumbang terbesar: anonim,
// Rp 2.000.000", beside "… 1.120 orang", a count of people but not of givers) does not come before the passage
// that states the count itself ("… dari 418 penyumbang"): the label names which one, the question asks how many
// (esports set, "berapa donatur charity stream"; diffR).
const drive = doc(
  'drive',
  'Penggalangan buku untuk perpustakaan desa: terkumpul 2.300 buku',
  '# Penggalangan Buku Perpustakaan Desa — hasil\n\n' +
    'Terima kasih! Penggalangan buku selama dua minggu untuk perpustakaan desa Sukamaju berhasil mengumpulkan 2.300 buku dari 156 penyumbang.\n\n' +
    '## Rangkaian acara\n- Minggu pertama: pengumpulan di sekretariat\n- Minggu kedua: penyortiran bersama relawan\n\n' +
    'Penyumbang terbesar: Toko Buku Pelita, 400 buku. Relawan sortir 35 orang.\n\n' +
    '## Penyaluran\nBuku diantar ke perpustakaan desa tanggal 14 Desember 2025.',
  '2025-12-16',
);

describe('a label of the asked noun for a count asked', () => {
  it('does not put a label whose value is no count of the noun before the passage that counts it', () => {
    const lib = Library.fromDocuments([drive]);
    const a = lib.ask('berapa penyumbang penggalangan buku');
    expect(a.results[0]?.text).toContain('156 penyumbang');
  });
});
