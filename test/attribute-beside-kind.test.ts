// A word beside a kind of event that the corpus uses as an ordinary word is not the event's name. The besideKind
// rule (see search.ts, #namesKind) read "group" of "who won the group cosplay category" as naming a "group
// cosplay" event, where the cosplay write-ups use "grup" as a category ("## Kategori grup", a table's "Grup"
// column), and "full" of "sewa booth bazar ramadan full sebulan brp" (a chat loanword: the whole month) as
// naming a "ramadan full" bazaar: the write-up that answers did not name it, and the answer went to another
// write-up or to none. A word no write-up has ("golang") still names an event the corpus lacks.
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { writeUp } from './write-up.ts';

const lexicon = createLexicon({
  group: ['grup', 'kelompok'],
  won: ['menang', 'memenangkan'],
  category: ['kategori'],
  full: ['lengkap', 'penuh'],
  individual: ['individu'],
});

const rules = writeUp({
  id: 'ketentuan',
  title: 'Lomba Cosplay 2025: ketentuan dan pendaftaran',
  body:
    'Lomba cosplay tahun ini dibuka untuk peserta individu dan tim, di panggung utama.\n\n' +
    'Hadiah:\n\n| Juara | Individu | Grup |\n|---|---|---|\n| 1 | Rp2.000.000 | Rp5.000.000 |\n| 2 | Rp1.000.000 | Rp3.000.000 |',
  lang: 'id',
  date: '2025-07-01',
});
const winners = writeUp({
  id: 'pemenang',
  title: 'Pemenang Lomba Cosplay 2025',
  body:
    'Selamat untuk para pemenang! Lomba tahun ini diikuti 36 peserta.\n\n' +
    '## Kategori individu\n\n1. Juara 1: Rina sebagai Frieren\n\n' +
    '## Kategori grup\n\n1. Juara 1: Tim Akatsuki Sby\n2. Juara 2: Tim Hashira',
  lang: 'id',
  date: '2025-08-11',
});
const info = writeUp({
  id: 'info',
  title: 'Festival 2026: information for international guests',
  body: 'The cosplay competition (individual, group and kids) is on Sunday at 13:00 on the main stage.',
  lang: 'en',
  date: '2026-03-01',
});
const bazaar = writeUp({
  id: 'bazar',
  title: 'Bazar Ramadan 2026',
  body:
    'Bazar Ramadan digelar setiap hari selama bulan puasa di halaman masjid.\n\n' +
    '## Sewa\n\nSewa booth untuk seluruh periode Rp 1.200.000, atau Rp 450.000 per pekan.',
  lang: 'id',
  date: '2026-02-05',
});
const workshop = writeUp({
  id: 'workshop',
  title: 'Workshop Foto Produk Batch 2',
  body: 'Workshop foto produk batch 2 dibuka lagi krn batch 1 kemarin full dan banyak yg nanya.',
  lang: 'id',
  date: '2026-04-10',
});

describe('a word beside a kind of event that the corpus uses as an ordinary word', () => {
  const lib = Library.fromDocuments([rules, winners, info, bazaar, workshop], { lexicon });

  it('a category the kind\'s write-ups head a section or a column with: "who won the group cosplay category"', () => {
    const a = lib.ask('who won the group cosplay category');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('pemenang');
  });

  it('a chat loanword the corpus writes in lower case, never with the kind: "sewa booth bazar ramadan full brp"', () => {
    const a = lib.ask('sewa booth bazar ramadan full brp');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('bazar#2');
  });

  it('while a word no write-up has still names an event the corpus lacks', () => {
    expect(lib.ask('who won the golang cosplay category').answered).toBe(false);
    expect(lib.ask('sewa booth bazar golang brp').answered).toBe(false);
  });
});

describe('a chat loanword beside a kind, over many write-ups of that kind', () => {
  // Whether any write-up of the kind has the word was answered by reading every such write-up's words, for every
  // question that typed one: over a corpus of thousands of workshops, more than the store of documents read holds,
  // each such question read them all again (some 400 ms a question over 3,000), and let go of those read for the
  // answers. Only the write-ups the index says write the word need reading.
  const workshops = Array.from({ length: 12 }, (_, i) =>
    writeUp({
      id: `ws${i}`,
      title: `Workshop ${['Golang', 'Rust', 'Figma', 'Kotlin'][i % 4]} Batch ${i + 1}`,
      body: `Workshop batch ${i + 1} diadakan di aula kampus.\n\n## Jadwal\n\nSesi pagi mulai pukul 09.00.`,
      lang: 'id',
      date: `2026-0${1 + (i % 9)}-10`,
    }),
  );
  const lib = Library.fromDocuments([...workshops, bazaar, writeUp({ id: 'pasar', title: 'Pasar Malam 2026', body: 'Parkir kemarin full sampai jalan raya.', lang: 'id', date: '2026-05-01' })], { lexicon });
  const index = lib.snapshot.index;

  it('reads no write-up of the kind that does not write it: "workshop full kapan"', () => {
    const read = vi.spyOn(index, 'documentWords');
    try {
      const full = index.analyze('workshop full kapan').find((g) => g.word === 'full');
      expect(full?.besideKind).toBeUndefined();
      expect(read.mock.calls.map(([docId]) => docId).filter((d) => d.startsWith('ws'))).toEqual([]);
    } finally {
      read.mockRestore();
    }
  });
});
