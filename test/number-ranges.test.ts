// The numbers a write-up's text puts beside a word write-ups number ("Hari 2", "Meetup ke-7"), as one reading serves
// both a question's number ("hari 3") and a write-up's last day ("hari terakhir"): a range ("Hari 2-3") is both of
// its numbers.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, title, body, ...extra });
}

const lib = Library.fromDocuments([
  doc(
    'bootcamp',
    'Bootcamp Go Tiga Hari',
    'Bootcamp Go tiga hari ini diadakan di Gedung Cyber, Kuningan, Jakarta.\n\n' +
      'Hari 1: sintaks dasar, tipe data dan modul.\n\nHari 2-3: membangun layanan REST dengan Gin lalu deploy ke Kubernetes.',
    { date: '2025-08-09' },
  ),
  ...[1, 2, 3].map((k) => doc(`meetup-${k}`, `Meetup Komunitas Data #${k}`, `Meetup ini diadakan di Kopi Tuku dengan ${20 + k} peserta.`, { date: `2025-0${k}-15` })),
]);

describe('a range of numbers in a write-up ("Hari 2-3")', () => {
  it('holds its last number: "hari terakhir" is the range\'s passage, not "Hari 1"', () => {
    const a = lib.ask('hari terakhir bootcamp go ngapain');
    expect(a.results[0]?.text).toContain('Kubernetes');
  });

  it('holds each of its numbers for a question\'s "hari 2" and "hari 3"', () => {
    for (const q of ['hari 2 bootcamp go', 'hari 3 bootcamp go']) expect(lib.ask(q).results[0]?.text, q).toContain('Kubernetes');
  });
});
