// A long passage's snippet is built around the line that answers: an agenda's row or list item holding the
// question's rarer words, not the first rows that repeat its common ones ("Sesi", "Panggung", "Sabtu"), nor the
// words of the write-up's title or the passage's heading, which every part of it says alike.

import { describe, expect, it } from 'vitest';
import { snippetOf, SNIPPET_CHARS } from '../src/engine/answer.ts';
import type { Highlight } from '../src/engine/types.ts';

/** Every whole-word occurrence of `words` in `text`, as the engine's highlights are: sorted spans. */
function spans(text: string, words: string[]): Highlight[] {
  const out: Highlight[] = [];
  for (const w of words) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}.])${w.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const stages = [
  'Panggung dan Penampil',
  '',
  '| Hari | Panggung | Waktu | Penampil |',
  '|---|---|---|---|',
  '| Sabtu | Panggung Utama | 16.00–17.00 | Tari Topeng Malangan, Sanggar Asmorobangun |',
  '| Sabtu | Panggung Utama | 19.00–20.30 | Konser Gamelan Kontemporer, Kyai Fatahillah |',
  '| Sabtu | Panggung Taman | 15.00–16.00 | Tari Saman, Komunitas Aceh di Malang |',
  '| Minggu | Panggung Utama | 16.00–17.00 | Tari Kecak, Sanggar Bali Dwipa |',
  '| Minggu | Panggung Taman | 14.00–15.00 | Musik Kolintang, Kerukunan Keluarga Kawanua |',
  '| Sabtu | Panggung Anak | 10.00–11.30 | Dongeng dan wayang kancil, Kak Bimo |',
  '| Minggu | Panggung Anak | 09.00–10.30 | Lomba mewarnai batik |',
].join('\n');

const agenda = [
  'Agenda:',
  '',
  '- Sesi 1, Aula Barat, 08.30–09.15: Keynote "Gemini untuk Developer Indonesia" oleh Dr. Irfan Hakim',
  '- Sesi 2, Ruang A, 09.30–10.15: "Jetpack Compose dari Nol" oleh Nurul Aini',
  '- Sesi 2, Ruang B, 09.30–10.15: "Firebase untuk UMKM" oleh Agus Salim',
  '- Sesi 3, Ruang A, 10.30–11.15: "Kotlin Multiplatform di Produksi" oleh Benny Kurniawan',
  '- Sesi 3, Ruang B, 10.30–11.15: "Cloud Run dan Biaya yang Masuk Akal" oleh Wulan Sari',
  '- Sesi 4, Aula Barat, 11.30–12.15: Panel "Komunitas Teknologi di Kota Kedua"',
  '- Sesi 5, Ruang A, 13.00–13.45: "Angular Signals" oleh Stefanus Tan',
  '- Sesi 5, Ruang B, 13.00–13.45: "Prompt Engineering untuk Backend" oleh Maria Ulfa',
  '- Sesi 6, Aula Barat, 14.00–15.00: Codelab "Membangun Agen dengan Gemini API" dipandu Tim GDG Bandung',
  '- Sesi 7, Aula Barat, 15.00–15.30: Penutupan, foto bersama, dan pembagian doorprize dari sponsor',
].join('\n');

describe('the snippet of a long agenda', () => {
  it('shows the table row holding the rarer asked words, from its first cell', () => {
    // "panggung anak hari sabtu": Panggung is in every row, Sabtu in four, Anak in two.
    const snippet = snippetOf(stages, spans(stages, ['panggung', 'anak', 'hari', 'sabtu']));
    expect(snippet).toContain('| Sabtu | Panggung Anak | 10.00–11.30 | Dongeng dan wayang kancil, Kak Bimo |');
    expect(snippet.startsWith('…| ')).toBe(true);
    expect(snippet).not.toContain('Tari Topeng');
  });

  it('does not count the header row as the answering row', () => {
    // "sesi jam 11.00 apa": the header says Jam and Sesi, one row says 11.00.
    const rundown = [
      'Rundown:',
      '',
      '| Jam | Sesi | Pembicara |',
      '|---|---|---|',
      '| 07.00 | Registrasi ulang dan penukaran tiket di lobi | – |',
      '| 08.00 | Pembukaan oleh ketua panitia dan sambutan sponsor | Panitia |',
      '| 09.00 | Keynote: Statistik Resmi di Era Big Data | Dr. Suharyanto |',
      '| 10.00 | dbt dan Data Warehouse Modern | Yoga Aditya |',
      '| 11.00 | Machine Learning untuk Pertanian | Ratih Kumalasari |',
      '| 13.00 | Panel: Etika Data Pribadi | Bima Sakti, Laras Wening, Oktaviani |',
      '| 14.30 | Visualisasi Data untuk Jurnalis | Ahmad Fauzan |',
      '| 15.30 | Penutupan dan foto bersama | Panitia |',
    ].join('\n');
    expect(rundown.indexOf('| 11.00')).toBeGreaterThan(SNIPPET_CHARS);
    expect(snippetOf(rundown, spans(rundown, ['jam', 'sesi', '11.00']))).toContain('| 11.00 | Machine Learning untuk Pertanian | Ratih Kumalasari |');
  });

  it('shows the list item that answers, opening at an item\'s first word', () => {
    // "sesi 5 ruang A": Sesi and Ruang are in every item, 5 in two.
    const snippet = snippetOf(agenda, spans(agenda, ['sesi', '5', 'ruang']));
    expect(snippet).toMatch(/^…(?:- )?Sesi 5, Ruang A, 13\.00–13\.45: "Angular Signals" oleh Stefanus Tan/u);
  });

  it('passes over words of the title and the heading for the one that says the answer', () => {
    const text =
      'DevJatim Conference 2025\n\nDevJatim Conference 2025 adalah konferensi developer regional Jawa Timur yang kami ' +
      'selenggarakan pada 18–19 Oktober 2025 di Gedung Dyandra Convention Center, Surabaya. Tahun ini tema besarnya ' +
      '"Membangun Software yang Bertahan Lama". Konferensi dihadiri sekitar 850 peserta dari 27 kota.';
    expect(text.length).toBeGreaterThan(SNIPPET_CHARS);
    const snippet = snippetOf(text, spans(text, ['devjatim', 'conference', 'peserta']), SNIPPET_CHARS, 'DevJatim Conference 2025: Laporan');
    expect(snippet).toContain('850 peserta');
  });
});

describe('the snippet of a hard-wrapped paragraph', () => {
  const filler = 'Acara berjalan lancar dan para peserta datang tepat waktu untuk mengikuti seluruh rangkaian kegiatan hari itu.';
  const report = [
    filler,
    filler,
    'Sesi pertama dibuka oleh ketua panitia, lalu pembicara',
    'utama malam itu, Lestari Handayani dari komunitas Rust Jakarta, membahas',
    'keamanan memori dan ownership di Rust.',
    filler,
    filler,
    filler,
  ].join('\n');

  it('takes its lines as one paragraph, not as rows: the asked words before the line break stay in it', () => {
    // "pembicara utama lestari": the editor broke the line between "pembicara" and "utama"; the line below holds
    // two of the three words, but it is no row of its own, and the snippet still opens before "pembicara".
    expect(report.length).toBeGreaterThan(SNIPPET_CHARS);
    const snippet = snippetOf(report, spans(report, ['pembicara', 'utama', 'lestari']));
    expect(snippet).toContain('lalu pembicara\nutama malam itu, Lestari Handayani');
  });

  it('still takes a wrapped list item\'s lines as that item', () => {
    const items = [
      'Agenda:',
      '',
      ...Array.from({ length: 6 }, (_, i) => `- Sesi ${i + 1}, Ruang A: pembukaan dan perkenalan komunitas oleh panitia acara`),
      '- Sesi 7, Ruang B: "Prompt Engineering untuk Backend" oleh',
      '  Maria Ulfa dan Stefanus Tan',
      ...Array.from({ length: 4 }, (_, i) => `- Sesi ${i + 8}, Ruang A: penutupan dan foto bersama oleh panitia acara`),
    ].join('\n');
    const snippet = snippetOf(items, spans(items, ['sesi', 'ruang', 'b', 'maria', 'ulfa']));
    expect(snippet).toMatch(/^…(?:- )?Sesi 7, Ruang B: "Prompt Engineering untuk Backend" oleh\n {2}Maria Ulfa/u);
  });
});
