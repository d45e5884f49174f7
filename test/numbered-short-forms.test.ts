// A number joined to the opening letter(s) of the word write-ups number an event with, as gamers and fans write a
// season or an episode: "s2" of "Liga Catur Season 2", "ep3" of "Podcast Episode 3". A member asks "hadiah liga
// catur s1 brp"; read as a word the corpus lacks, the "s1" said nothing and the other season's write-up answered.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { readNumberedShortForms } from '../src/engine/numbered-short-forms.ts';
import { writeUp } from './write-up.ts';

const prizes = ['Rp 1.000.000', 'Rp 2.500.000', 'Rp 4.000.000'];
const venues = ['Aula Kecamatan', 'GOR Sukamaju', 'Balai Warga RW 05'];
const lib = Library.fromDocuments([
  ...[1, 2, 3].map((n) =>
    writeUp({
      id: `liga-${n}`,
      title: `Liga Catur Warga Season ${n}: pendaftaran`,
      body: `${n > 1 ? `Season ${n - 1} kemarin seru, jadi liga catur dibuka lagi.` : 'Pendaftaran liga catur dibuka.'}\n\nTotal hadiah ${prizes[n - 1]} untuk juara. Pertandingan di ${venues[n - 1]}.`,
      date: `202${n + 2}-03-01`,
    }),
  ),
  writeUp({ id: 'rapat', title: 'Rapat Pengurus', body: 'Rapat membahas kas dan hadiah turnamen catur tahun depan.', date: '2025-06-01' }),
]);

describe('readNumberedShortForms', () => {
  const season = (letters: string) => ('season'.startsWith(letters) && letters.length < 6 ? 'season' : undefined);
  it('spells out a number joined to the opening of a word titles number', () => {
    expect(readNumberedShortForms('hadiah liga catur s1 brp', season)).toBe('hadiah liga catur season 1 brp');
    expect(readNumberedShortForms('who won S2?', season)).toBe('who won season 2?');
    expect(readNumberedShortForms('se12 kapan', season)).toBe('season 12 kapan');
  });
  it('leaves other words with digits alone', () => {
    // (Asked of a reader that spells out any letters: only the shape of the word keeps it as typed.)
    const any = (letters: string) => `${letters}word`;
    for (const q of ['ibu2 dan bapak2', 'versi v2.0', 's2-3', 'rp5jt', '21K', 's123', 'ibu2an']) {
      expect(readNumberedShortForms(q, any), q).toBe(q);
    }
    // (And where the reader answers no word: "S1" of a degree.)
    expect(readNumberedShortForms('lulusan s1 atau s2', () => undefined)).toBe('lulusan s1 atau s2');
    expect(readNumberedShortForms('s1.5 s1,5 s1/2', season)).toBe('s1.5 s1,5 s1/2');
  });
});

describe('a season asked by its short form', () => {
  it('finds that season\'s write-up', () => {
    for (const n of [1, 2, 3]) {
      for (const q of [`hadiah s${n}`, `hadiah S${n} brp`, `total hadiah season ${n}`]) {
        const a = lib.ask(q);
        expect(a.answered, q).toBe(true);
        expect(a.results[0]?.docId, q).toBe(`liga-${n}`);
      }
    }
  });
  it('is not read so where no title numbers such a word', () => {
    const plain = Library.fromDocuments([
      writeUp({ id: 'beasiswa', title: 'Beasiswa Warga', body: 'Beasiswa untuk mahasiswa S1 sebesar Rp 3.000.000 per semester.', date: '2025-01-01' }),
    ]);
    expect(plain.ask('beasiswa s1 brp').results[0]?.text).toContain('S1');
  });
});

describe('a degree written short in a corpus whose titles number seasons', () => {
  it('stays a degree where the corpus writes it so, in a write-up that says nothing of seasons', () => {
    // (A campus corpus with "Podcast Kampus Season 2" and "Info Beasiswa S2 LPDP": "syarat beasiswa S2" was read
    // "syarat beasiswa season 2": the podcast's season 2 ranked first, and its passages stood among the
    // answers to "ipk minimal beasiswa S2".)
    const campus = Library.fromDocuments([
      writeUp({ id: 'pod-1', title: 'Podcast Kampus Season 1: kuliah sambil kerja', body: 'Season 1 membahas kuliah sambil kerja bersama alumni.', date: '2025-02-01' }),
      writeUp({ id: 'pod-2', title: 'Podcast Kampus Season 2: karier di luar negeri', body: 'Season 2 membahas karier di luar negeri.\n\nBintang tamu: Dr. Rina.', date: '2025-08-01' }),
      writeUp({
        id: 'beasiswa',
        title: 'Info Beasiswa S2 LPDP 2025',
        body: 'Beasiswa S2 LPDP dibuka untuk lulusan S1 dengan IPK minimal 3,0.\n\nPendaftaran ditutup 30 Oktober 2025.',
        date: '2025-09-01',
      }),
    ]);
    expect(campus.ask('syarat beasiswa S2 apa').results[0]?.docId).toBe('beasiswa');
    const a = campus.ask('ipk minimal beasiswa S2');
    expect(a.answered).toBe(true);
    expect(a.results.map((r) => r.docId)).toEqual(['beasiswa']);
    expect(campus.ask('podcast season 2 bintang tamu siapa').results[0]?.docId).toBe('pod-2');
    // (The season the corpus writes only spelled out is still read short.)
    expect(campus.ask('podcast kampus s1 bahas apa').results[0]?.docId).toBe('pod-1');
  });
});

describe('another season\'s write-up that mentions the season asked', () => {
  it('does not answer for it', () => {
    // (Season 2's "Season 1 kemarin seru" numbers season 1 in passing; its title numbers season 2.)
    for (const n of [1, 2]) {
      for (const q of [`season ${n} dimana`, `s${n} dimana`, `hadiah liga catur season ${n}`]) {
        expect(lib.ask(q).results[0]?.docId, q).toBe(`liga-${n}`);
      }
    }
  });
});

describe('a season no write-up is of', () => {
  it('is not answered from another season\'s write-up that names it in passing, nor from its third place', () => {
    // (The "3" of "juara liga catur season 3" numbers the season: no "Juara 3" of season 1's list answers it.)
    const small = Library.fromDocuments([
      writeUp({ id: 'liga-1', title: 'Liga Catur Warga Season 1: hasil', body: 'Hasil liga catur season 1:\n\n- Juara 1: Pak Darto (RT 03)\n- Juara 2: Bu Sri (RT 02)\n- Juara 3: Mas Eko (RT 05)', date: '2024-05-01' }),
      writeUp({
        id: 'liga-2',
        title: 'Liga Catur Warga S2: hasil',
        body: 'Juara liga catur season 2 adalah Bu Wati dari RT 01.\n\nSampai jumpa di season 3 tahun depan, pendaftaran dibuka bulan Maret!',
        date: '2025-05-01',
      }),
    ]);
    for (const q of ['siapa juara liga catur season 3', 'juara liga catur s3 siapa']) {
      const a = small.ask(q);
      expect(a.answered, q).toBe(false);
    }
    // (Its own season still is: "S2" of its title is season 2.)
    expect(small.ask('siapa juara liga catur season 2').results[0]?.docId).toBe('liga-2');
    expect(small.ask('siapa juara liga catur s1').results[0]?.docId).toBe('liga-1');
  });
});

describe('a write-up whose title numbers a place among others its text reports', () => {
  it('still answers for the others: it is no one number\'s write-up', () => {
    // (A neighbourhood meeting titled "… di Balai RT 03" that reports RT 01's treasurer and RT 05's head: read as
    // RT 03's only, as a season's write-up is, "kas rt 01 berapa" and "siapa ketua rt 05" went unanswered.)
    const rw = Library.fromDocuments([
      writeUp({
        id: 'rapat',
        title: 'Rapat Koordinasi RW di Balai RT 03',
        body: 'Rapat dihadiri ketua RT 01 sampai RT 05.\n\nBendahara RT 01 melaporkan kas Rp 2.300.000.\n\nKetua RT 05 Pak Joko mengusulkan ronda malam tiap Sabtu.',
        date: '2025-05-01',
      }),
      writeUp({ id: 'kerja', title: 'Kerja Bakti RT 02', body: 'Kerja bakti membersihkan selokan bersama warga RT 02, dilanjutkan makan bersama.', date: '2025-06-01' }),
    ]);
    for (const [q, said] of [['kas rt 01 berapa', 'Rp 2.300.000'], ['siapa ketua rt 05', 'Pak Joko']] as const) {
      const a = rw.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain(said);
    }
  });
});

describe('a score beside a name of the title, a place beside a word of it', () => {
  it('numbers no season', () => {
    // ("RAJAWALI 3-2 NAGA HITAM" under the title "Hasil Liga Voli Season 1: RAJAWALI juara!" read as RAJAWALI's
    // number 3 and 2, the title's word: "siapa juara liga voli season 3", which no write-up covers, was answered.
    // Nor does its "Juara 3", the third place, though its title says "juara": the title numbers seasons.)
    const small = Library.fromDocuments([
      writeUp({
        id: 'voli-1',
        title: 'Hasil Liga Voli Season 1: RAJAWALI juara!',
        body: 'Grand final: RAJAWALI 3-2 NAGA HITAM, set kelima sampai 17-15.\n\nMVP final: Bayu Pratama.\n\nJuara 3: MACAN TUTUL, menang atas ELANG.',
        date: '2025-03-24',
      }),
      writeUp({ id: 'voli-2', title: 'Liga Voli Season 2: pendaftaran', body: 'Pendaftaran liga voli season 2 dibuka sampai 14 September.', date: '2025-08-25' }),
    ]);
    for (const q of ['siapa juara liga voli season 3', 'siapa pemenang liga voli season 3', 'mvp liga voli season 3']) {
      expect(small.ask(q).answered, q).toBe(false);
    }
    expect(small.ask('siapa juara liga voli season 1').answered).toBe(true);
    expect(small.ask('skor grand final liga voli season 1').results[0]?.text).toContain('3-2');
  });
});

describe('the next edition announced at the end of a write-up', () => {
  it('is answered from the passage that announces it, and only that', () => {
    const small = Library.fromDocuments([
      writeUp({
        id: 'malam-4',
        title: 'Malam Catur #4: Pak Darto juara',
        body: 'Juara malam ini Pak Darto, menang atas Bu Sri di final.\n\nMalam Catur #5 tanggal 15 November 2025, temanya catur cepat 10 menit.',
        date: '2025-10-20',
      }),
      writeUp({ id: 'malam-3', title: 'Malam Catur #3: Bu Sri juara', body: 'Juara malam ini Bu Sri, menang atas Mas Eko.', date: '2025-09-20' }),
    ]);
    const plan = small.ask('malam catur 5 temanya apa');
    expect(plan.answered).toBe(true);
    expect(plan.results[0]?.text).toContain('catur cepat');
    // (Its results are #4's: no winner of #5 yet.)
    expect(small.ask('siapa juara malam catur 5').answered).toBe(false);
    // (A farewell names it for nothing: "Sampai jumpa di Malam Catur #4!" at the end of #3's says no date.)
    expect(small.ask('kapan malam catur 4').results[0]?.docId).toBe('malam-4');
    // (Nor only with a date or the future's tense: "Next up", "segera hadir", "coming soon" announce it too.)
    for (const end of ['Next up: Malam Catur #5, temanya catur cepat 10 menit.', 'Malam Catur #5 segera hadir, temanya catur cepat 10 menit.', 'Malam Catur #5 coming soon, temanya catur cepat 10 menit.']) {
      const soon = Library.fromDocuments([
        writeUp({ id: 'malam-4', title: 'Malam Catur #4: Pak Darto juara', body: `Juara malam ini Pak Darto, menang atas Bu Sri di final.\n\n${end}`, date: '2025-10-20' }),
        writeUp({ id: 'malam-3', title: 'Malam Catur #3: Bu Sri juara', body: 'Juara malam ini Bu Sri, menang atas Mas Eko.', date: '2025-09-20' }),
      ]);
      const a = soon.ask('malam catur 5 temanya apa');
      expect(a.answered, end).toBe(true);
      expect(a.results[0]?.text, end).toContain('catur cepat');
    }
    const farewell = Library.fromDocuments([
      writeUp({ id: 'malam-3', title: 'Malam Catur #3: Bu Sri juara', body: 'Juara malam ini Bu Sri.\n\nTerima kasih semua, sampai jumpa di Malam Catur #4!', date: '2025-09-20' }),
    ]);
    expect(farewell.ask('kapan malam catur 4').answered).toBe(false);
    expect(farewell.ask('jadwal malam catur 4 kapan').answered).toBe(false);
  });
});

describe('a title that writes the season short', () => {
  // "GARUDA CUP S2 results" beside "Garuda Cup Season 2" (the announcement): "s2 berapa tim yang main di fase grup"
  // asks the results post, whose title writes the season short and whose passage says no "season 2" of its own.
  const cup = Library.fromDocuments([
    writeUp({
      id: 'cup-s1',
      title: 'Garuda Cup Season 1',
      body: 'Season 1 resmi dibuka.\n\nFase grup: 16 grup, tiap grup 4 tim. Total hadiah Rp 5.000.000.',
      date: '2025-03-01',
    }),
    writeUp({
      id: 'cup-s2',
      title: 'Garuda Cup Season 2',
      body: 'Pendaftaran Season 2 dibuka.\n\nFase grup (20–21 September): 16 grup isi 4 tim, dua teratas lolos.',
      date: '2025-08-01',
    }),
    writeUp({
      id: 'cup-s2-results',
      title: 'GARUDA CUP S2 results',
      body: 'Season 2 selesai, GG semua!\n\nFase grup: 61 tim main (3 tim mundur sebelum check-in). Grup H paling sengit.',
      date: '2025-09-25',
    }),
  ]);

  it('credits that title with the season, as one writing "Season 2" is', () => {
    const a = cup.ask('s2 berapa tim yang main di fase grup?');
    expect(a.results.map((r) => r.docId).slice(0, 3)).toContain('cup-s2-results');
    expect(a.results[0]?.text).toContain('61 tim main');
  });
});

describe('a short form a title writes in another sense', () => {
  it('is no form of the asked season', () => {
    // ("Info Beasiswa S2 LPDP" beside "Podcast Kampus Season 2": its "S2" is a degree, which the question's "s2" is
    // not read as season 2 over (see #titleWordOpened); nor is it a spelling of the "season 2" a question asks.)
    const campus = Library.fromDocuments([
      writeUp({ id: 'pod-1', title: 'Podcast Kampus Season 1', body: 'Season 1 membahas kuliah sambil kerja.', date: '2025-02-01' }),
      writeUp({ id: 'pod-2', title: 'Podcast Kampus Season 2', body: 'Season 2 membahas karier di luar negeri.', date: '2025-08-01' }),
      writeUp({ id: 'beasiswa', title: 'Info Beasiswa S2 LPDP 2025', body: 'Beasiswa S2 LPDP dibuka untuk lulusan S1.', date: '2025-09-01' }),
    ]);
    const two = campus.snapshot.index.analyze('podcast season 2 bahas apa').find((g) => g.word === '2');
    expect(two?.alternatives.map((a) => a.surface.join(' '))).toContain('kedua');
    expect(two?.alternatives.map((a) => a.surface.join(' '))).not.toContain('s2');
  });
});
