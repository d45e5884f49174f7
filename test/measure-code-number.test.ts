// A race's distance written as a number with its unit ("21K", "10K", "5km") is no number of an event: "pace Teguh
// di 21K fun run" asks about the fun run's 21K category, not about a "Fun Run #21", which no write-up numbers. Read as
// an ordinal ("20th meetup"), the code numbered the word after it, and the fun run's own passage that answers it
// was taken for one that does not name the event asked about.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/analyzer.ts';
import { besideNumber } from '../src/engine/counted-words.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const funRun = writeUp({
  id: 'funrun',
  title: 'SRR Fun Run Simpang Lima 2025: Hasil Lengkap',
  body:
    'Edisi kedua SRR Fun Run digelar Minggu, 23 Maret 2025 dengan kategori 5K, 10K dan 21K.\n\n' +
    '21K Putra\n1. Teguh Prasetyo – 01:18:25\n2. Samuel Hutapea – 01:21:07\n\n' +
    'Catatan: pace rata-rata Teguh di 21K sekitar 3:43/km, rekor baru untuk event SRR.',
  date: '2025-03-23',
});
const longRun = writeUp({
  id: 'longrun',
  title: 'Long Run Minggu 15 Juni 2025',
  body: 'Long run mingguan SRR: kumpul jam 05.00, jarak 18 km, pace grup 6:00 sampai 7:00/km.',
  date: '2025-06-12',
});

describe('a distance code before a kind of event', () => {
  const lib = Library.fromDocuments([funRun, longRun], { lexicon: null });

  it('is answered from the write-up of that event', () => {
    const a = lib.ask('pace Teguh di 21K fun run');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/3:43\/km/u);
  });

  it('after the kind of event too, as Indonesian writes it ("fun run 21K"), is answered from that event', () => {
    const a = lib.ask('pace Teguh di fun run 21K');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/3:43\/km/u);
  });

  it('numbers nothing, where an English ordinal numbers the word after it', () => {
    const words = (q: string, i: number) => besideNumber(q, tokenize(q), i);
    expect(words('21K fun run', 0)).toEqual([]);
    expect(words('fun run 21K', 2)).toEqual([]);
    expect(words('meetup ke-20', 1)).toEqual(['meetup']);
    expect(words('the 20th meetup', 1)).toEqual(['meetup']);
  });
});
