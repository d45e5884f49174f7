// A table's numbered column numbers its rows for the whole write-up too: "| 5 | Ustadz Luthfi |" under "| Malam ke |
// Imam |" is night 5, where the write-up's heading "(10 malam pertama)" already numbers nights. Read only in the
// passage, the write-up seemed to number its nights without a fifth one, and "tarawih malam ke 5 imamnya siapa"
// found the row first but was left unanswered as if it asked about another write-up.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const rows = Array.from({ length: 10 }, (_, i) => `| ${i + 1} | Ustadz ${['Hanif', 'Fahmi', 'Yusuf', 'Rahmat', 'Luthfi'][i % 5]} ${['Abdullah', 'Hakim', 'Mansyur', 'Hidayat', 'Ramadhan'][i % 5]} | Tema kultum ${i + 1} |`);
const ramadhan = writeUp({
  id: 'ramadhan',
  title: 'Program Ramadhan Masjid Al-Ikhlas',
  date: '2025-03-01',
  markdown: true,
  body: [
    'Alhamdulillah, program Ramadhan tahun ini sudah disusun pengurus.',
    '## Jadwal imam tarawih (10 malam pertama)\nTarawih 11 rakaat, mulai jam 19.15 setelah Isya.',
    `| Malam ke | Imam | Kultum |\n|---|---|---|\n${rows.join('\n')}`,
    'Buka puasa bersama setiap Sabtu di aula, gratis untuk umum.',
  ].join('\n\n'),
});
const kajian = writeUp({
  id: 'kajian',
  title: 'Jadwal Kajian Rutin',
  date: '2025-01-10',
  markdown: true,
  body: ['Kajian rutin terbuka untuk umum.', '| Hari | Imam | Tema |\n|---|---|---|\n| Senin | Ustadz Hanif Abdullah | Tahsin |\n| Rabu | Ustadz Fahmi Hakim | Fiqih |'].join('\n\n'),
});

describe('a table\'s numbered column, read for its write-up', () => {
  it('"tarawih malam ke 5 imamnya siapa": the table answers', () => {
    const lib = Library.fromDocuments([ramadhan, kajian]);
    const a = lib.ask('tarawih malam ke 5 imamnya siapa', { top: 3, today: '2025-03-02' });
    expect(a.results[0]?.text).toContain('| 5 | Ustadz Luthfi Ramadhan');
    expect(a.answered).toBe(true);
  });
});

describe("a numbered column of a table long enough to be cut, read for its write-up", () => {
  // A whole month of tarawih is a table of 30 rows, cut into passages; the rows of its later parts are under the
  // header row too ("| Malam ke |", the parts' tableHeader). Read only where the header row is in the passage, the
  // write-up seemed to number nights 1 to 10 only, and "malam ke 25" found another part first and was unanswered.
  const imams = ['Hanif Abdullah', 'Fahmi Hakim', 'Yusuf Mansyur', 'Rahmat Hidayat', 'Luthfi Ramadhan', 'Salman Farisi', 'Ilham Maulana'];
  const month = Array.from({ length: 30 }, (_, i) => `| ${i + 1} | Ustadz ${imams[i % 7]} | Tema kultum ke ${(i % 4) + 1} tentang sabar |`);
  const program = writeUp({
    id: 'ramadhan',
    title: 'Program Ramadhan Masjid Al-Ikhlas',
    date: '2025-03-01',
    markdown: true,
    body: [
      'Alhamdulillah, program Ramadhan tahun ini sudah disusun pengurus.',
      '## Jadwal imam tarawih\nTarawih 11 rakaat, mulai jam 19.15 setelah Isya.',
      `| Malam ke | Imam | Kultum |\n|---|---|---|\n${month.join('\n')}`,
      'Buka puasa bersama setiap Sabtu di aula, gratis untuk umum.',
    ].join('\n\n'),
  });

  it('"tarawih malam ke 25 imamnya siapa": the part holding row 25 answers', () => {
    const a = Library.fromDocuments([program, kajian]).ask('tarawih malam ke 25 imamnya siapa', { top: 3, today: '2025-03-02' });
    expect(a.results[0]?.tableHeader).toContain('Malam ke');
    expect(a.results[0]?.text).toContain(`| 25 | Ustadz ${imams[24 % 7]}`);
    expect(a.answered).toBe(true);
  });
});
