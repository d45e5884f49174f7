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
