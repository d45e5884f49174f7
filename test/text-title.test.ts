// The name a document without a title of its own is cited by (src/engine/text-title.ts): what its text opens with.
import { describe, expect, it } from 'vitest';
import { labelFromText, shownTitle, TEXT_TITLE_MAX_CHARS, titleFromText } from '../src/engine/text-title.ts';

describe('titleFromText', () => {
  it('reads a first heading, else the first sentence, without its closing mark', () => {
    expect(titleFromText('# Kopdar Dago\n\nKami berkumpul.')).toBe('Kopdar Dago');
    expect(titleFromText('\n\nRapat dibuka pukul 19.00 oleh Budi. Agenda: iuran.')).toBe('Rapat dibuka pukul 19.00 oleh Budi');
    // Abbreviations and Indonesian numbers end no sentence.
    expect(titleFromText('Dr. Budi membuka acara. Lalu makan.')).toBe('Dr. Budi membuka acara');
    expect(titleFromText('Rp12.500.000 terkumpul dari iuran.')).toBe('Rp12.500.000 terkumpul dari iuran');
    expect(titleFromText('- Pembukaan oleh ketua\n- Laporan kas')).toBe('Pembukaan oleh ketua');
  });

  it('shortens a long opening between words, with "…"', () => {
    const long = 'Ernest Douwes Dekker wafat dini hari tanggal 28 Agustus 1950 dan dimakamkan di TMP Cikutra, Bandung.';
    const name = titleFromText(long)!;
    expect(name).toBe('Ernest Douwes Dekker wafat dini hari tanggal 28 Agustus…');
    expect([...name].length).toBeLessThanOrEqual(TEXT_TITLE_MAX_CHARS);
    expect(titleFromText('x'.repeat(200))).toBe(`${'x'.repeat(TEXT_TITLE_MAX_CHARS - 1)}…`);
  });

  it('cuts a long opening between graphemes: no half flag, no family emoji broken up', () => {
    // A flag is two regional indicators and a family one emoji of several characters joined: cut between code
    // points, a label showed one letter of a flag or a smaller family.
    const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
    for (const opening of ['Kopdar ', 'Kopdar x', 'Keluarga ', 'Keluargax ']) {
      for (const emoji of ['🇮🇩', '👨‍👩‍👧']) {
        const name = titleFromText(opening + emoji.repeat(40))!;
        expect(name.endsWith('…')).toBe(true);
        expect(graphemes(name).slice(graphemes(opening).length, -1).every((g) => g === emoji)).toBe(true);
      }
    }
  });

  it('passes over a greeting on a line of its own, as a .txt title does: a chat message opens with one', () => {
    // Every text posted to a chat opened "Halo semua!" and was cited as "Halo semua (doc-17)".
    expect(titleFromText('Halo semua!\n\nRapat dibuka pukul 19.00. Agenda: iuran.')).toBe('Rapat dibuka pukul 19.00');
    expect(titleFromText('Hi all,\nKopdar Dago ramai.')).toBe('Kopdar Dago ramai');
    expect(titleFromText('Selamat pagi teman-teman\nIuran naik.')).toBe('Iuran naik');
    expect(titleFromText('Halo Pak Budi Santoso,\n\nIuran naik.')).toBe('Iuran naik');
    // A sentence that opens with a greeting says something; a title that opens with a greeting word is a title.
    expect(titleFromText('Halo semua, berikut notulen rapat kemarin.\nRapat dibuka.')).toBe('Halo semua, berikut notulen rapat kemarin');
    expect(titleFromText('Hello World Workshop\n\nIsi.')).toBe('Hello World Workshop');
    // A greeting and nothing else is still the text's name.
    expect(titleFromText('Halo semua!')).toBe('Halo semua');
  });

  it('gives no name to a text with no letter or digit in its opening', () => {
    expect(titleFromText('...\n\nIsi.')).toBeNull();
    expect(labelFromText('— — —', 'doc-1')).toBeNull();
  });

  it('keeps the id beside the name, so the citation can be checked', () => {
    expect(labelFromText('Iuran naik. Mulai April.', 'doc-17')).toBe('Iuran naik (doc-17)');
  });
});

describe('shownTitle', () => {
  it('is the label where a document has one, else its own title', () => {
    const label = labelFromText('Iuran naik. Mulai April.', 'doc-17')!;
    expect(shownTitle({ title: 'doc-17', label })).toBe('Iuran naik (doc-17)');
    expect(shownTitle({ title: 'Meetup #6' })).toBe('Meetup #6');
  });
});
