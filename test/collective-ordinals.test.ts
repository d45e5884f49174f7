// An Indonesian ordinal after its noun numbers it ("sutradara ketiga", the third director); before it, it counts
// them all ("ketiga sutradara", all three directors; "kedua tim", both teams). A passage that writes the question's
// ordinal only the other way round says another thing with the same word, and does not have it.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const nobar = writeUp({
  id: 'nobar',
  title: 'Nobar film pendek',
  date: '2025-11-10',
  body: [
    'Malam nobar film pendek hari Jumat, 28 November 2025, di Auditorium IFI Bandung.',
    'Film yang diputar:\n1. "Sepatu Bapak" (sutradara Ilham Prasetya, 12 menit)\n2. "Angkot Malam" (sutradara Rara Kinasih, 15 menit)\n3. "Bumi Sunyi" (sutradara Dito Mahendra, 18 menit)',
    'Setelah pemutaran ada diskusi bersama ketiga sutradara, dipandu oleh Aldi Permana dari divisi film.',
  ].join('\n\n'),
});

describe('an ordinal before its noun counts them all', () => {
  it('"sutradara ketiga" (the third director) is not the "ketiga sutradara" (all three) of another passage', () => {
    const lib = Library.fromDocuments([nobar]);
    expect(lib.ask('siapa sutradara ketiga').results[0]?.text).toContain('Dito Mahendra');
  });

  it('a passage that writes the ordinal after the noun, as asked, still has it', () => {
    const lib = Library.fromDocuments([
      nobar,
      writeUp({ id: 'festival', title: 'Festival film', date: '2025-12-01', body: 'Sutradara ketiga yang tampil malam itu adalah Sari Wulandari.' }),
    ]);
    expect(lib.ask('siapa sutradara ketiga').results[0]?.text).toContain('Sari Wulandari');
  });

  it('"ketiga sutradara" (all three) is not the "sutradara ketiga" (the third) of another passage', () => {
    const lib = Library.fromDocuments([
      nobar,
      writeUp({ id: 'festival', title: 'Festival film', date: '2025-12-01', body: 'Sutradara ketiga yang tampil di festival film adalah Sari Wulandari.' }),
    ]);
    expect(lib.ask('siapa saja ketiga sutradara').results[0]?.docId).toBe('nobar');
  });
});
