import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS, hasPassageText, splitPassages, type SegmentableDocument } from '../src/engine/segment.ts';
import { splitSentences } from '../src/engine/sentences.ts';
import type { Passage } from '../src/engine/types.ts';

function doc(body: string, extra: Partial<SegmentableDocument> = {}): SegmentableDocument {
  return { id: 'doc', title: 'Doc', body, excludedRanges: [], date: null, source: null, url: null, lang: null, ...extra };
}

function sentences(text: string): string[] {
  return splitSentences(text).map(([s, e]) => text.slice(s, e));
}

/** The contract every passage keeps, whatever the input. */
function expectWellFormed(d: SegmentableDocument, passages: Passage[]): void {
  passages.forEach((p, i) => {
    expect(p.id).toBe(`${d.id}#${i + 1}`);
    expect(d.body.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).toBe(p.text.trim());
    expect(p.text.length).toBeGreaterThan(0);
    if (i > 0) expect(p.start).toBeGreaterThanOrEqual(passages[i - 1]!.end);
    for (const [ms, me] of d.excludedRanges) expect(p.end <= ms || p.start >= me).toBe(true);
  });
}

/** No part starts or ends inside a word. */
function expectWordAligned(body: string, passages: Passage[]): void {
  for (const p of passages) {
    if (p.start > 0) expect(body[p.start - 1]).toMatch(/\s/);
    if (p.end < body.length) expect(body[p.end]).toMatch(/\s/);
  }
}

describe('paragraphs', () => {
  it('splits at blank lines, including blank lines made of spaces, and numbers paragraphs from 1', () => {
    const d = doc('First paragraph\ncontinues here.\n\n\n  \t\nSecond one.\n   \nThird one.\n');
    const ps = splitPassages(d);
    expect(ps.map((p) => p.text)).toEqual(['First paragraph\ncontinues here.', 'Second one.', 'Third one.']);
    expect(ps.map((p) => [p.paragraph, p.part, p.parts])).toEqual([[1, 1, 1], [2, 1, 1], [3, 1, 1]]);
    expectWellFormed(d, ps);
  });

  it('handles CRLF line endings without putting a \\r at either end of a passage', () => {
    const d = doc('\r\nOne line.\r\nSame paragraph.\r\n\r\nTwo.\r\n');
    const ps = splitPassages(d);
    expect(ps.map((p) => p.text)).toEqual(['One line.\r\nSame paragraph.', 'Two.']);
    expectWellFormed(d, ps);
  });

  it('copies the document fields onto every passage', () => {
    const d = doc('Satu.\n\nDua.', { id: 'x-1', title: 'T', date: '2024-12', source: 'S', url: 'https://e.org', lang: 'id' });
    for (const p of splitPassages(d)) {
      expect(p).toMatchObject({ docId: 'x-1', title: 'T', date: '2024-12', source: 'S', url: 'https://e.org', lang: 'id' });
    }
  });

  it('returns nothing for an empty or blank body', () => {
    expect(splitPassages(doc(''))).toEqual([]);
    expect(splitPassages(doc(' \n\n\t\r\n'))).toEqual([]);
  });
});

describe('metadata ranges', () => {
  const body = ' date 2024-12 Digelar oleh CCTV+. Kalimat kedua.\n\nParagraf dua.\n\nSOURCE CCTV+';
  const d = doc(body, { excludedRanges: [[1, 14], [body.indexOf('SOURCE'), body.length]] });

  it('cuts a date prefix from the first paragraph and drops a SOURCE line', () => {
    const ps = splitPassages(d);
    expect(ps.map((p) => p.text)).toEqual(['Digelar oleh CCTV+. Kalimat kedua.', 'Paragraf dua.']);
    expect(ps.map((p) => p.paragraph)).toEqual([1, 2]);
    expectWellFormed(d, ps);
  });

  it('keeps the text on both sides of a range inside a paragraph as parts of that paragraph', () => {
    const b = 'Before the note. [internal note] After the note.';
    const m = doc(b, { excludedRanges: [[b.indexOf('['), b.indexOf(']') + 1]] });
    const ps = splitPassages(m);
    expect(ps.map((p) => [p.text, p.paragraph, p.part, p.parts])).toEqual([
      ['Before the note.', 1, 1, 2],
      ['After the note.', 1, 2, 2],
    ]);
    expectWellFormed(m, ps);
  });

  it('tolerates unsorted, overlapping and out-of-bounds ranges', () => {
    const b = 'aaa bbb ccc\n\nddd';
    const m = doc(b, { excludedRanges: [[8, 11], [0, 4], [2, 6], [14, 99]] });
    const ps = splitPassages(m);
    expect(ps.map((p) => p.text)).toEqual(['b', 'd']); // 'aaa bb' and 'ccc' cut, then trimmed
    expectWellFormed(m, ps);
  });

  it('hasPassageText is false when only metadata is left', () => {
    const b = 'date 2024-12\n\nSOURCE X';
    expect(hasPassageText(b, [[0, 12], [14, b.length]])).toBe(false);
    expect(hasPassageText(b, [[0, 12]])).toBe(true);
  });
});

describe('a paragraph that ends in a colon', () => {
  const texts = (body: string, extra: Partial<SegmentableDocument> = {}) => {
    const d = doc(body, extra);
    const passages = splitPassages(d);
    expectWellFormed(d, passages);
    return passages.map((p) => [p.paragraph, p.text]);
  };

  it('joins the paragraph it announces, so the list under "Agenda:" is found with it', () => {
    expect(texts('Meetup ketiga.\n\nAgenda:\n\n- Pembukaan\n- Diskusi data\n\nSelesai pukul sembilan.')).toEqual([
      [1, 'Meetup ketiga.'],
      [2, 'Agenda:\n\n- Pembukaan\n- Diskusi data'],
      [3, 'Selesai pukul sembilan.'],
    ]);
    // Under a heading, heading, announcement and list are one passage.
    expect(texts('# Acara\n\nRangkaian acara:\n\n1. Pidato\n2. Diskusi', { markdown: true })).toEqual([
      [1, '# Acara\n\nRangkaian acara:\n\n1. Pidato\n2. Diskusi'],
    ]);
  });

  it('stays on its own before a heading, a code block, or at the end: nothing of its own follows', () => {
    expect(texts('Catatan:\n\n# Bagian dua\n\nIsi.', { markdown: true })).toEqual([[1, 'Catatan:'], [2, '# Bagian dua\n\nIsi.']]);
    expect(texts('Contoh:\n\n```\nx = 1\n```', { markdown: true })).toEqual([[1, 'Contoh:'], [2, '```\nx = 1\n```']]);
    expect(texts('Teks.\n\nPenutup:')).toEqual([[1, 'Teks.'], [2, 'Penutup:']]);
  });

  it('joins only the very next paragraph: not a section under a heading, nor across what the page hides', () => {
    expect(texts('Catatan:\n\n## Bagian dua\nIsi bagian dua.', { markdown: true })).toEqual([
      [1, 'Catatan:'],
      [2, '## Bagian dua\nIsi bagian dua.'],
    ]);
    // Lines a Markdown page hides leave blank lines behind (see hidden.ts): an image, a comment, a rule.
    expect(texts('Dokumentasi acara:\n\n\n\nMeetup berikutnya di Bandung.')).toEqual([
      [1, 'Dokumentasi acara:'],
      [2, 'Meetup berikutnya di Bandung.'],
    ]);
  });

  it('is not joined across metadata cut out of the body: a passage is one slice of it', () => {
    const body = 'Agenda:\n\nSOURCE X\n\n- Pembukaan';
    const start = body.indexOf('SOURCE');
    expect(texts(body, { excludedRanges: [[start, start + 'SOURCE X'.length]] })).toEqual([[1, 'Agenda:'], [2, '- Pembukaan']]);
  });
});

describe('a chat heading: a line that is all bold, between emoji', () => {
  const texts = (body: string) => {
    const d = doc(body);
    const passages = splitPassages(d);
    expectWellFormed(d, passages);
    return passages.map((p) => [p.paragraph, p.text]);
  };

  it('joins the paragraph under it, as a Markdown heading does, so it is no passage that says only its title', () => {
    expect(texts('📢 *PENGUMUMAN KOMITE* 📢\n\nIuran Rp 75.000 per bulan.\n\nTerima kasih.')).toEqual([
      [1, '📢 *PENGUMUMAN KOMITE* 📢\n\nIuran Rp 75.000 per bulan.'],
      [2, 'Terima kasih.'],
    ]);
    expect(texts('**Hasil**\n\nJuara 1: Budi.')).toEqual([[1, '**Hasil**\n\nJuara 1: Budi.']]);
    expect(texts('*JADWAL PAS GANJIL* 📚\n\nSenin, 1 Desember.')).toEqual([[1, '*JADWAL PAS GANJIL* 📚\n\nSenin, 1 Desember.']]);
  });

  it('joins the paragraph under it after another heading too, so two headings in a row are no passage of their own', () => {
    expect(texts('📢 *PENGUMUMAN* 📢\n\n*Study Tour Kelas 5*\n\nBiaya Rp 375.000.\n\nTerima kasih.')).toEqual([
      [1, '📢 *PENGUMUMAN* 📢\n\n*Study Tour Kelas 5*\n\nBiaya Rp 375.000.'],
      [2, 'Terima kasih.'],
    ]);
    expect(texts('# Komite\n\n*Study Tour*\n\nBiaya Rp 375.000.')).toEqual([[1, '# Komite\n\n*Study Tour*\n\nBiaya Rp 375.000.']]);
  });

  it('is not a line with words outside the bold, nor a block of several lines, nor the last paragraph', () => {
    expect(texts('*Biaya* Rp 375.000 per anak.\n\nDP Rp 150.000.')).toEqual([
      [1, '*Biaya* Rp 375.000 per anak.'],
      [2, 'DP Rp 150.000.'],
    ]);
    expect(texts('*Cara bayar*\n- Transfer\n\nTerima kasih.')).toEqual([
      [1, '*Cara bayar*\n- Transfer'],
      [2, 'Terima kasih.'],
    ]);
    expect(texts('Teks.\n\n*Komite Sekolah* 🙏')).toEqual([[1, 'Teks.'], [2, '*Komite Sekolah* 🙏']]);
  });
});

describe('Markdown headings', () => {
  it('attaches a lone heading to the paragraph after it', () => {
    const d = doc('# Title\n\nIntro text.\n\n## Section two\n\nBody of two.\n');
    const ps = splitPassages(d);
    expect(ps.map((p) => p.text)).toEqual(['# Title\n\nIntro text.', '## Section two\n\nBody of two.']);
    expect(ps.map((p) => p.paragraph)).toEqual([1, 2]);
    expectWellFormed(d, ps);
  });

  it('attaches consecutive headings together and drops headings with nothing after them', () => {
    const d = doc('# A\n\n## B\n\nText.\n\n## Trailing heading\n');
    const ps = splitPassages(d);
    expect(ps.map((p) => p.text)).toEqual(['# A\n\n## B\n\nText.']);
    expect(hasPassageText('# Only\n\n## Headings\n', [])).toBe(false);
  });

  it('does not take a hashtag or a heading followed by text on the next line for a lone heading', () => {
    const ps = splitPassages(doc('#Imlek2025 ramai.\n\n## Jadwal\nPukul 10.00 pembukaan.'));
    expect(ps.map((p) => p.text)).toEqual(['#Imlek2025 ramai.', '## Jadwal\nPukul 10.00 pembukaan.']);
  });

  it('ends a sentence at the end of a heading line when a long section is split', () => {
    const text = '## Jadwal acara\n\n' + Array.from({ length: 6 }, (_, i) => `Sesi ${i + 1} membahas topik yang panjang sekali.`).join(' ');
    const ps = splitPassages(doc(text), { maxChars: 120 });
    expect(ps[0]!.text.startsWith('## Jadwal acara\n\nSesi 1')).toBe(true);
    expect(ps.every((p) => p.text.length <= 120)).toBe(true);
  });

  it('never leaves a heading alone when the sentence after it is longer than a passage', () => {
    // One long sentence (a list of names with no full stop) must be cut between words; the heading stays
    // with its first words instead of becoming a passage that says nothing but its title.
    const text = '## Daftar peserta\n\nPeserta forum: ' + Array.from({ length: 40 }, (_, i) => `lembaga${i}`).join(', ') + '.';
    const d = doc(text);
    const ps = splitPassages(d, { maxChars: 120 });
    expectWellFormed(d, ps);
    expect(ps.length).toBeGreaterThan(1);
    expect(ps[0]!.text.startsWith('## Daftar peserta\n\nPeserta forum: lembaga0')).toBe(true);
    expect(ps.every((p) => p.text.length <= 120)).toBe(true);
  });
});

describe('long paragraphs', () => {
  const sentence = (n: number): string => `Kalimat nomor ${n} menyebut Rp12.500.000 dan Dr. Budi di Jl. Sudirman No. 5 hari ini.`;
  const para = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');

  it('splits at sentence boundaries into parts no longer than maxChars', () => {
    const d = doc(`Pembuka.\n\n${para}\n\nPenutup.`);
    const ps = splitPassages(d, { maxChars: 300 });
    expectWellFormed(d, ps);
    const middle = ps.filter((p) => p.paragraph === 2);
    expect(middle.length).toBeGreaterThan(1);
    expect(middle.map((p) => p.part)).toEqual(middle.map((_, i) => i + 1));
    expect(middle.every((p) => p.parts === middle.length)).toBe(true);
    for (const p of middle) {
      expect(p.text.length).toBeLessThanOrEqual(300);
      expect(p.text).toMatch(/^Kalimat nomor \d+ .*hari ini\.$/s); // whole sentences only
    }
    expect(middle.map((p) => p.text).join(' ')).toBe(para);
    expect(ps.at(-1)).toMatchObject({ text: 'Penutup.', paragraph: 3, part: 1, parts: 1 });
  });

  it('balances the parts instead of leaving a stub at the end', () => {
    // 5 sentences of 100 characters with room for 4: greedy packing would give 4 + 1, balanced gives 3 + 2.
    const s = (c: string): string => `${c.repeat(98)}.`;
    const text = ['a', 'b', 'c', 'd', 'e'].map(s).join(' ');
    const ps = splitPassages(doc(text), { maxChars: 410 });
    expect(ps.map((p) => p.text.length)).toEqual([299, 199]);
  });

  it('splits a single over-long sentence between words', () => {
    const words = Array.from({ length: 300 }, (_, i) => `kata${i}`).join(' ');
    const d = doc(`${words}.`);
    const ps = splitPassages(d, { maxChars: 200 });
    expect(ps.length).toBeGreaterThan(1);
    expect(ps.every((p) => p.text.length <= 200)).toBe(true);
    expectWordAligned(d.body, ps);
    expectWellFormed(d, ps);
    expect(ps.map((p) => p.text).join(' ')).toBe(`${words}.`);
  });

  it('keeps a sentence-aligned split around an over-long sentence', () => {
    const long = 'Sangat ' + Array.from({ length: 80 }, () => 'panjang').join(' ') + '.';
    const d = doc(`Kalimat pendek pertama. ${long} Kalimat pendek terakhir.`);
    const ps = splitPassages(d, { maxChars: 200 });
    expect(ps[0]!.text).toBe('Kalimat pendek pertama.');
    expect(ps.at(-1)!.text).toBe('Kalimat pendek terakhir.');
    expectWordAligned(d.body, ps);
    expectWellFormed(d, ps);
  });

  it('never cuts a word, even one longer than maxChars', () => {
    const url = 'https://example.com/' + 'x'.repeat(300);
    const d = doc(`Lihat ${url} untuk rinciannya sekarang juga.`);
    const ps = splitPassages(d, { maxChars: 100 });
    expect(ps.map((p) => p.text)).toContain(url);
    expectWordAligned(d.body, ps);
    expectWellFormed(d, ps);
  });

  it('keeps a paragraph of exactly maxChars whole, and uses 1000 by default', () => {
    expect(DEFAULT_MAX_CHARS).toBe(1000);
    const text = 'Satu kalimat. ' + 'a'.repeat(986);
    expect(text.length).toBe(1000);
    expect(splitPassages(doc(text)).length).toBe(1);
    expect(splitPassages(doc(text + ' b')).length).toBe(2);
  });

  it('packs sentences up to exactly maxChars into one part', () => {
    // The first two sentences are 18 characters together: one part, not two.
    const ps = splitPassages(doc('Waaa. Waaaaaaaaaa. Wuuuuuuuuuuuuuu.'), { maxChars: 18 });
    expect(ps.map((p) => p.text)).toEqual(['Waaa. Waaaaaaaaaa.', 'Wuuuuuuuuuuuuuu.']);
  });
});

describe('sentence splitter', () => {
  it('does not split after abbreviations that precede a name, number or place', () => {
    expect(sentences('Dr. Budi dan Prof. Ani hadir. Tn. Ahmad tinggal di Jl. Sudirman No. 5. Ia datang.')).toEqual([
      'Dr. Budi dan Prof. Ani hadir.',
      'Tn. Ahmad tinggal di Jl. Sudirman No. 5.',
      'Ia datang.',
    ]);
    expect(sentences('Mr. Smith agreed, e.g. on Monday, i.e. Today. He lives on St. Mary Street. Done.')).toEqual([
      'Mr. Smith agreed, e.g. on Monday, i.e. Today.',
      'He lives on St. Mary Street.',
      'Done.',
    ]);
    expect(sentences('Surat a.n. Budi Santoso dikirim. Ia membacanya.')).toEqual(['Surat a.n. Budi Santoso dikirim.', 'Ia membacanya.']);
  });

  it('ends a sentence after dll., dsb., etc. and S.H. only when the next word is capitalised', () => {
    expect(sentences('Ada buah, sayur, dll. yang dijual. Ada ikan, dsb. Kemudian pulang.')).toEqual([
      'Ada buah, sayur, dll. yang dijual.',
      'Ada ikan, dsb.',
      'Kemudian pulang.',
    ]);
    expect(sentences('Pens, pencils, etc. are sold. Bring paper etc. The shop opens at nine.')).toEqual([
      'Pens, pencils, etc. are sold.',
      'Bring paper etc.',
      'The shop opens at nine.',
    ]);
    expect(sentences('Hakimnya Budi, S.H. dari Bandung. Kasusnya selesai pada Budi, S.H. Ia pulang.')).toEqual([
      'Hakimnya Budi, S.H. dari Bandung.',
      'Kasusnya selesai pada Budi, S.H.',
      'Ia pulang.',
    ]);
  });

  it('keeps numbers with separators whole', () => {
    expect(sentences('Hadiahnya Rp12.500.000 untuk juara. Nilai naik 3.5 persen. Pesertanya 12.500.000 orang. Pukul 10.00 WIB.')).toEqual([
      'Hadiahnya Rp12.500.000 untuk juara.',
      'Nilai naik 3.5 persen.',
      'Pesertanya 12.500.000 orang.',
      'Pukul 10.00 WIB.',
    ]);
    expect(sentences('Total Rp12.500.000. Sisanya 3.5.')).toEqual(['Total Rp12.500.000.', 'Sisanya 3.5.']);
  });

  it('keeps initials with the name', () => {
    expect(sentences('J. R. R. Tolkien wrote it. The U.S. Army came. B. J. Habibie lahir di Parepare.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'The U.S. Army came.',
      'B. J. Habibie lahir di Parepare.',
    ]);
  });

  it('ends a quoted sentence after the closing quote', () => {
    expect(sentences('Dia berkata, "Saya datang." Lalu pergi. “Siapa?” tanya dia. “Kamu?” Dia tertawa. (Catatan.) Selesai.')).toEqual([
      'Dia berkata, "Saya datang."',
      'Lalu pergi.',
      '“Siapa?” tanya dia.',
      '“Kamu?”',
      'Dia tertawa.',
      '(Catatan.)',
      'Selesai.',
    ]);
  });

  it('keeps URLs whole and ends a sentence at a URL followed by a full stop', () => {
    expect(sentences('Lihat https://example.com/a.b?x=1.2 untuk info. Atau buka https://example.com. Lalu selesai.')).toEqual([
      'Lihat https://example.com/a.b?x=1.2 untuk info.',
      'Atau buka https://example.com.',
      'Lalu selesai.',
    ]);
    expect(sentences('Situsnya www.kompas.com. Beritanya lengkap.')).toEqual(['Situsnya www.kompas.com.', 'Beritanya lengkap.']);
  });

  it('treats ellipses and ?! runs as one terminator, and a lowercase continuation as the same sentence', () => {
    expect(sentences('Tunggu... dia datang. Tunggu… Dia datang! Benarkah?! Ya... Oke.')).toEqual([
      'Tunggu... dia datang.',
      'Tunggu…',
      'Dia datang!',
      'Benarkah?!',
      'Ya...',
      'Oke.',
    ]);
  });

  it('reads hard-wrapped lines as one text but splits list items and numbered items', () => {
    expect(sentences('Teks pertama\nyang berlanjut. Kalimat kedua.')).toEqual(['Teks pertama\nyang berlanjut.', 'Kalimat kedua.']);
    expect(sentences('Agenda:\n1. Pembukaan oleh ketua.\n2. Sambutan\n- makan siang\n- doa')).toEqual([
      'Agenda:',
      '1. Pembukaan oleh ketua.',
      '2. Sambutan',
      '- makan siang',
      '- doa',
    ]);
  });

  it('ends a sentence at each table row, so that a long table is cut between rows', () => {
    expect(sentences('| No | Tanggal | Peserta |\n|---|---|---|\n| 1 | 27 Januari 2024 | 40 |\n| 2 | 24 Februari 2024 | 35 |')).toEqual([
      '| No | Tanggal | Peserta |',
      '|---|---|---|',
      '| 1 | 27 Januari 2024 | 40 |',
      '| 2 | 24 Februari 2024 | 35 |',
    ]);
    // A line that only starts with a pipe is a hard-wrapped command, not a row.
    expect(sentences('Jalankan cat server.log\n| grep ERROR lalu simpan hasilnya.')).toEqual(['Jalankan cat server.log\n| grep ERROR lalu simpan hasilnya.']);
    const rows = Array.from({ length: 40 }, (_, i) => `| ${i + 1} | Meetup bulanan di Perpustakaan Kota Bandung | ${30 + i} |`);
    const d = doc(['| No | Acara | Peserta |', '|---|---|---|', ...rows].join('\n'));
    const passages = splitPassages(d, { maxChars: 500 });
    expectWellFormed(d, passages);
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) expect(p.text).toMatch(/^\|.*\|$/su);
  });

  it('stops after as many sentences as asked for, the same ones as splitting the whole text gives', () => {
    for (const text of ['Satu. Dua. Tiga.', '  Agenda:\n1. Pembukaan.\n2. Doa', '# Judul\nIsi pertama. Isi kedua.', 'Dr. Budi datang. Lalu pulang', '', '...']) {
      for (const max of [1, 2]) expect(splitSentences(text, 0, text.length, max)).toEqual(splitSentences(text).slice(0, max));
    }
  });

  it('returns spans of the original text for a sub-range, trimmed', () => {
    const text = 'xx  Satu. Dua.  yy';
    expect(splitSentences(text, 2, 16)).toEqual([
      [4, 9],
      [10, 14],
    ]);
  });

  it('does not split English sentences ending in a number or a capitalised word wrongly', () => {
    expect(sentences('The forum was held in 2024. It drew 300 people. They met at CMG. Talks followed.')).toEqual([
      'The forum was held in 2024.',
      'It drew 300 people.',
      'They met at CMG.',
      'Talks followed.',
    ]);
  });
});
