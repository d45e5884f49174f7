// "how many people …": "people" says only that persons are counted, as "jam" of "jam berapa" says only that a time
// is asked. An Indonesian write-up states the count with the noun of who came ("4.500 orang", "6.200 penonton"),
// and its word for people in general, "orang", is a stopword: read as a word the passage must say, "people"
// reached only "rakyat" and "masyarakat" (the shipped dictionary's other senses), and an English count of people
// was left unanswered beside the passage that states it. A passage that states no count still does not answer it.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const fair = writeUp({
  id: 'pameran',
  title: 'Pameran buku kampus 2025',
  body:
    'Pameran buku kampus dibuka oleh rektor di aula utama pada Senin, 3 Maret 2025, dengan 40 penerbit.\n\n' +
    'Menurut panitia, lebih dari 4.500 orang mendaftar untuk menonton selama pameran buku berlangsung.\n\n' +
    'Pameran buku ditutup dengan diskusi bersama penulis muda dari Bandung.',
  lang: 'id',
  date: '2025-03-03',
});
const film = writeUp({
  id: 'film',
  title: 'Pekan film kampus 2025',
  body:
    'Pekan film kampus digelar di aula utama pada 10 Mei 2025 dengan pemutaran sepuluh film pendek.\n\n' +
    'Diskusi bersama sutradara muda digelar pada hari terakhir pekan film.',
  lang: 'id',
  date: '2025-05-10',
});

describe('an English count of people over an Indonesian write-up (the shipped dictionary)', () => {
  const lib = Library.fromDocuments([fair, film]);

  it('is answered from the passage that states the count', () => {
    const a = lib.ask('how many people registered for the book fair screenings');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('pameran#2');
  });

  it('is not answered from a passage that states no count', () => {
    const uncounted = { ...fair, body: fair.body.replace('lebih dari 4.500 orang', 'banyak orang') };
    const a = Library.fromDocuments([uncounted, film]).ask('how many people registered for the book fair screenings');
    expect(a.answered).toBe(false);
  });
});
