// A number a write-up's title has only as a count ("Kemah Pemuda (3 hari)": three days) does not number what it
// counts: the camp's "Hari 3" section is its day 3, and "jadwal hari 3" finds that section, not every passage of
// the write-up alike through its title.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const camp = writeUp({
  id: 'kemah-2025',
  title: 'Kemah Pemuda Lintas Komunitas 2025 (3 hari)',
  date: '2025-07-11',
  markdown: true,
  body: [
    '# Kemah Pemuda Lintas Komunitas 2025',
    'Kemah berlangsung tiga hari di Bumi Perkemahan Ranca Upas, diikuti 180 pemuda dari 14 komunitas.',
    '## Hari 1 (Jumat, 11 Juli)\n\n- 13.00–15.00: Kedatangan peserta dan pendirian tenda\n- 19.30–21.30: Api unggun',
    '## Hari 2 (Sabtu, 12 Juli)\n\n- 05.30–06.30: Senam pagi\n- 13.00–16.00: Outbound dan flying fox',
    '## Hari 3 (Minggu, 13 Juli)\n\n- 08.00–10.00: Presentasi rencana aksi tiap regu\n- 10.00–11.00: Upacara penutupan',
    '**Q:** Bagaimana jika hujan?\n**A:** Kegiatan luar ruang dipindah ke aula, dan jadwal outbound bisa digeser.',
  ].join('\n\n'),
});
const festival = writeUp({ id: 'festival-2025', title: 'Festival Budaya 2025', date: '2025-09-06', body: 'Jadwal festival: gerbang dibuka pukul 09.00 setiap hari.' });

describe('a count in a title', () => {
  it('is no number of the day a section numbers', () => {
    const lib = Library.fromDocuments([camp, festival]);
    const a = lib.ask('jadwal hari 3 kemah', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toContain('Hari 3 (Minggu, 13 Juli)');
  });
});
