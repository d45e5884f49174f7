// A year asked about ("training camp 2024") and a write-up of another year that names it in passing: the annual
// meeting's minutes of 2026 report "1 training camp" held in 2025 and, a sentence later, a member count "dari 96
// (2024)". Taken for a passage about 2024, they answered "training camp 2024 di mana", which the corpus cannot
// answer. A write-up of another year answers about the year asked only where a sentence of it names the year
// together with some other word of the question.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const camp = writeUp({
  id: 'camp',
  title: 'Catatan Training Camp di Bandungan',
  body: 'Training camp tahunan tahun ini di Bandungan, 3 sampai 5 Oktober 2025, menginap di Villa Kembang Arum.\n\nHari kedua hill repeat 8 x 400 meter.',
  date: '2025-10-06',
});
const minutes = writeUp({
  id: 'rat',
  title: 'Notulen Rapat Anggota Tahunan 2026',
  body:
    'Rapat anggota tahunan di Aula Kelurahan Pleburan, Minggu 18 Januari 2026.\n\n' +
    'Ketua melaporkan 52 kegiatan selama 2025: 38 long run, 10 group ride, 1 training camp, 1 charity ride. Anggota ' +
    'aktif naik dari 96 (2024) menjadi 142 orang.',
  date: '2026-01-18',
});
// (The same minutes, saying "tahun lalu" for 2025: a year named relative to the date is not the year asked.)
const minutesLastYear = writeUp({
  id: 'rat-lalu',
  title: 'Notulen Rapat Anggota Tahunan 2026',
  body:
    'Rapat anggota tahunan di Aula Kelurahan Pleburan, Minggu 18 Januari 2026.\n\n' +
    'Ketua melaporkan 52 kegiatan selama tahun lalu: 38 long run, 10 group ride, 1 training camp, 1 charity ride. ' +
    'Anggota aktif naik dari 96 (2024) menjadi 142 orang.',
  date: '2026-01-18',
});
const recap = writeUp({
  id: 'recap',
  title: 'Kilas balik kegiatan klub',
  body: 'Kilas balik kegiatan klub.\n\nTraining camp 2024 diadakan di Kopeng, diikuti 20 anggota.',
  date: '2025-12-20',
});

// (A year that heads a section, or a table row's, is what the section or row tells of, not a year in passing.)
const byHeading = writeUp({
  id: 'by-heading',
  title: 'Kilas balik kegiatan klub',
  body: 'Kilas balik kegiatan klub.\n\n## 2024\n\nTraining camp diadakan di Kopeng, diikuti 20 anggota.',
  date: '2025-12-20',
});
const byRow = writeUp({
  id: 'by-row',
  title: 'Riwayat kegiatan klub',
  body: 'Riwayat kegiatan klub.\n\nLokasi training camp dari tahun ke tahun:\n\n| Tahun | Lokasi | Peserta |\n|---|---|---|\n| 2023 | Salatiga | 14 |\n| 2024 | Kopeng | 20 |\n',
  date: '2025-12-20',
});

// (A sentence whose word the question matched through its stem: "perlombaan" of "lomba", "racing" of "race".)
const affixed = writeUp({
  id: 'affixed',
  title: 'Kilas balik kegiatan klub',
  body: 'Kilas balik kegiatan klub.\n\nPerlombaan 2024 diadakan di Kopeng, diikuti 20 anggota.',
  date: '2025-12-20',
});
const affixedEn = writeUp({
  id: 'affixed-en',
  title: 'Club history',
  body: 'A look back at the club.\n\nIn 2024, racing took us to Kopeng with 20 runners.',
  lang: 'en',
  date: '2025-12-20',
});

describe('a year a write-up of another year names in passing', () => {
  it('does not make it an answer about that year', () => {
    const lib = Library.fromDocuments([camp, minutes], { lexicon: null });
    expect(lib.ask('training camp 2024 di mana').answered).toBe(false);
  });

  it('nor does another year its text names relative to its date ("tahun lalu", 2025)', () => {
    const lib = Library.fromDocuments([camp, minutesLastYear], { lexicon: null });
    expect(lib.ask('training camp 2024 di mana').answered).toBe(false);
  });

  it('while one that names the year beside the question\'s words answers', () => {
    const lib = Library.fromDocuments([camp, minutes, recap], { lexicon: null });
    const a = lib.ask('training camp 2024 di mana');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/Kopeng/u);
  });

  it('and one whose section the year heads answers', () => {
    const a = Library.fromDocuments([camp, byHeading], { lexicon: null }).ask('training camp 2024 di mana');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/Kopeng/u);
  });

  it('and one whose list the year introduces answers ("Pengurus periode 2026:" over its items)', () => {
    // A line ending in a colon says what the lines under it are of, as a heading does: the 2025 annual report's
    // "Pengurus periode 2026:" over "- Bendahara: Kevin Siregar" is the 2026 committee.
    const report = writeUp({
      id: 'laporan',
      title: 'Laporan tahunan klub',
      body: 'Rapat akhir tahun memilih pengurus baru.\n\nPengurus periode 2026:\n- Ketua: Rina Wulandari\n- Bendahara: Kevin Siregar',
      date: '2025-12-20',
    });
    const a = Library.fromDocuments([camp, report], { lexicon: null }).ask('siapa bendahara klub 2026');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('laporan');
  });

  it('and one whose table row the year heads answers', () => {
    const a = Library.fromDocuments([camp, byRow], { lexicon: null }).ask('training camp 2024 di mana');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/Kopeng/u);
  });

  it('and one whose sentence has the year beside a word the question matched by its stem answers', () => {
    const lib = Library.fromDocuments([camp, affixed, affixedEn], { lexicon: null });
    expect(lib.ask('lomba 2024 di mana').answered).toBe(true);
    expect(lib.ask('lomba 2024 di mana').results[0]!.docId).toBe('affixed');
    expect(lib.ask('where was the 2024 race').answered).toBe(true);
    expect(lib.ask('where was the 2024 race').results[0]!.docId).toBe('affixed-en');
  });
});
