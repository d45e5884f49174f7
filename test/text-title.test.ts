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
