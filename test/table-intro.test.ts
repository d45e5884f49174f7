// A table's rows seldom repeat what the table is of: "| 5 | Ustadz Luthfi | Nuzulul Qur'an |" under "| Malam ke |
// Imam | Kultum |" is tarawih's imam on night 5 only because the line above the table says "Tarawih 11 rakaat, mulai
// jam 19.15". A short paragraph just before a table says what the table is, as its header row says what the columns
// are: the table's passages carry its words, so "imam tarawih malam 5" finds the tarawih table's row, not another's.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { splitPassages } from '../src/engine/segment.ts';
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

describe("a table's introducing line", () => {
  it('goes with the table\'s passages as context, not as their text', () => {
    const table = splitPassages(ramadhan).find((p) => p.text.startsWith('| Malam ke'))!;
    expect(table.text).not.toContain('Tarawih');
    expect(table.tableIntro).toBe('## Jadwal imam tarawih (10 malam pertama)\nTarawih 11 rakaat, mulai jam 19.15 setelah Isya.');
  });

  it('not a paragraph that is not just before a table', () => {
    const buka = splitPassages(ramadhan).find((p) => p.text.startsWith('Buka puasa'))!;
    expect(buka.tableIntro).toBeUndefined();
  });
});

describe('which table, by the line that introduces it', () => {
  const table = (imams: string[]) => `| Malam ke | Imam |\n|---|---|\n${imams.map((m, i) => `| ${i + 1} | ${m} |`).join('\n')}`;
  const program = writeUp({
    id: 'program',
    title: 'Program Ramadhan Masjid Al-Ikhlas',
    date: '2025-03-01',
    markdown: true,
    body: [
      'Program Ramadhan tahun ini disusun pengurus dan remaja masjid.',
      'Qiyamul lail di sepuluh malam terakhir, mulai jam 02.00.',
      table(['Ustadz Hanif', 'Ustadz Fahmi', 'Ustadz Yusuf', 'Ustadz Rahmat', 'Ustadz Karim']),
      'Tarawih berjamaah 11 rakaat setiap malam setelah Isya.',
      table(['Ustadz Salman', 'Ustadz Ilham', 'Ustadz Bima', 'Ustadz Hasan', 'Ustadz Luthfi']),
    ].join('\n\n'),
  });

  it('"imam tarawih malam 5": the row of the table under the tarawih line', () => {
    const a = Library.fromDocuments([program]).ask('imam tarawih malam 5 siapa', { top: 3, today: '2025-03-02' });
    expect(a.results[0]?.text).toContain('| 5 | Ustadz Luthfi |');
  });
});

describe('the year an introducing line names is the table\'s', () => {
  // "berikut daftar juara lomba tahun lalu." over a table of winners, in the 2025 minutes: the rows are 2024's.
  // Asked "juara balap karung 2024", the line itself (which names no winner) was the answer and the table second,
  // as if the table were of another year than the question's.
  const body = (intro: string) =>
    [
      'Rapat persiapan lomba tujuhbelasan dibuka ketua RW pukul 19.30.',
      intro,
      '| Lomba | Juara |\n|---|---|\n| Balap karung | Dodi Saputra |\n| Makan kerupuk | Ika Lestari |\n| Tarik tambang | RT 03 |',
      'Tahun ini lomba ditambah egrang dan bakiak.',
    ].join('\n\n');
  for (const intro of ['Sebagai pengingat, berikut daftar juara lomba tahun lalu.', 'Sebagai pengingat, berikut daftar juara lomba 2024.']) {
    it(`"${intro}": "juara balap karung 2024 siapa" answered by the table`, () => {
      const minutes = writeUp({ id: 'rapat', title: 'Rapat Persiapan HUT RI', date: '2025-07-13', markdown: true, body: body(intro) });
      const a = Library.fromDocuments([minutes]).ask('juara balap karung 2024 siapa', { top: 3, today: '2025-08-01' });
      expect(a.results[0]?.text).toContain('| Balap karung | Dodi Saputra |');
      expect(a.answered).toBe(true);
    });
  }
});
