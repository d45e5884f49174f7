// The name a document without a title of its own is cited by (src/engine/text-title.ts): what its text opens with.
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../src/engine/corpus.ts';
import { citationOf } from '../src/engine/answer.ts';
import { Library } from '../src/engine/library.ts';
import { splitPassages } from '../src/engine/segment.ts';
import { hasLabel, labelFromText, labelUnread, shownTitle, TEXT_TITLE_MAX_CHARS, titleFromText } from '../src/engine/text-title.ts';

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

describe('labels read on first use', () => {
  // Untitled JSON lines: a name from a sentence, from a heading, past a greeting, none at all ("..."), and one titled.
  const lines = [
    { id: 'doc-1', text: 'Iuran naik mulai April. Rapat memutuskan begitu.\n\nKas dibahas panjang.' },
    { id: 'doc-2', text: '# Kopdar Dago\n\nKami berkumpul di kafe.' },
    { id: 'doc-3', text: 'Halo semua!\n\nRapat dibuka pukul 19.00. Agenda iuran.' },
    { id: 'doc-4', text: '...\n\nIsi rapat tentang iuran.' },
    { id: 'doc-5', title: 'Meetup #6', text: 'Iuran dibahas lagi.' },
  ];
  const load = () => parseJsonl(lines.map((l) => JSON.stringify(l)).join('\n'), 'docs.jsonl', (line, reason) => {
    throw new Error(`${line}: ${reason}`);
  });
  const eager = (id: string) => {
    const line = lines.find((l) => l.id === id)!;
    return line.title === undefined ? (labelFromText(line.text, id) ?? undefined) : undefined;
  };

  it('are not read while a corpus loads and splits into passages', () => {
    const docs = load();
    const passages = docs.flatMap((d) => splitPassages(d));
    expect(docs.map(labelUnread)).toEqual([true, true, true, true, false]);
    expect(passages.filter((p) => p.docId !== 'doc-5').every(labelUnread)).toBe(true);
  });

  it('are known to be there without being read where a text opens with a word, and read to tell otherwise', () => {
    const texts = [
      'Iuran naik.', '2024 adalah tahun rapat.', '- Pembukaan oleh ketua\n- Laporan', '1. Pembukaan.\n2. Doa', '1. ...\n\nIsi.',
      '# Kopdar Dago\n\nIsi.', '# ...\n\nIsi.', '...\n\nIsi.', '— — —\n\nIsi.', '"Kutipan" kata Budi.', '(Foto) Rapat dibuka.',
      'Halo semua!\n\nRapat dibuka.', 'Halo semua!\n\n...', 'Halo semua!', '🎉 Selamat!', '¡Hola amigos! Apa kabar.', '> Dikutip dari grup.',
      '| No | Acara |\n|---|---|\n| 1 | Rapat |', '- - -\n\nIsi.', '𝐀𝐁 huruf matematika.', 'é dimulai.', '* * Rapat.', '12) Doa.', '  \n\n  Rapat.',
    ];
    const docs = parseJsonl(texts.map((text, i) => JSON.stringify({ id: `doc-${i}`, text })).join('\n'), 'docs.jsonl', (line, reason) => {
      throw new Error(`${line}: ${reason}`);
    });
    expect(docs).toHaveLength(texts.length);
    docs.forEach((d, i) => {
      const eager = labelFromText(texts[i]!, d.id);
      expect(hasLabel(d), texts[i]).toBe(eager !== null);
      // Told from a letter or digit opening the text (past a list mark): not read.
      const opensWithWord = /^[\p{L}\p{N}]/u.test(texts[i]!.trim().replace(/^(?:[-*+•>|]|\d{1,3}[.)])[ \t]+/u, ''));
      if (opensWithWord && texts[i] !== 'Halo semua!\n\n...') expect(labelUnread(d), texts[i]).toBe(true);
      const passages = splitPassages(d);
      for (const p of passages) expect(hasLabel(p)).toBe(eager !== null);
      expect(d.label).toBe(eager ?? undefined);
      for (const p of passages) expect(hasLabel(p)).toBe(eager !== null);
    });
  });

  it('are not read for the names autocomplete and /help offer, which stay what they were with every label read', async () => {
    const lazy = Library.fromDocuments(load(), { lexicon: null });
    // The same documents with their labels read at once, as they were loaded before.
    const eager = Library.fromDocuments(load().map((d) => ({ ...d })), { lexicon: null });
    await lazy.snapshot.index.namedInTurns();
    // Only the text that opens with no word ("...") had its label read, to tell whether it has one.
    expect(lazy.snapshot.documents.filter(labelUnread).map((d) => d.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(lazy.snapshot.documents.find((d) => d.id === 'doc-4')!.label).toBeUndefined();
    expect(lazy.snapshot.index.named()).toEqual(eager.snapshot.index.named());
    for (const typed of ['', 'i', 'iur', 'kop', 'doc', 'rapat', 'meetup']) expect(lazy.suggest(typed), typed).toEqual(eager.suggest(typed));
  });

  it('are, once read, what reading them at once gave: on documents, on passages, in citations and lists', () => {
    const docs = load();
    const passages = docs.flatMap((d) => splitPassages(d));
    // A passage read first reads its document's label; the document read first gives its passages the same.
    for (const p of passages) expect(p.label).toBe(eager(p.docId));
    for (const d of docs) expect(d.label).toBe(eager(d.id));
    const fresh = load();
    for (const d of fresh) expect(shownTitle(d)).toBe(eager(d.id) ?? d.title);
    for (const p of fresh.flatMap((d) => splitPassages(d))) expect(citationOf(p)).toBe(`${eager(p.docId) ?? p.title} · § ${p.paragraph}`);
    // Read, a label is a value like any other: copied by a spread, and in JSON only where there is one.
    expect({ ...docs[0]! }.label).toBe('Iuran naik mulai April (doc-1)');
    expect(JSON.parse(JSON.stringify(passages[0]!)).label).toBe('Iuran naik mulai April (doc-1)');
    expect('label' in JSON.parse(JSON.stringify(docs[3]!))).toBe(false);
    expect(docs[3]!.label).toBeUndefined();
    // What members see: results cite the label, /about lists it.
    const library = Library.fromDocuments(load(), { lexicon: null });
    const answer = library.ask('iuran');
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) expect(r.title).toBe(eager(r.docId) ?? library.snapshot.documents.find((d) => d.id === r.docId)!.title);
    expect(library.summary().documents.map((d) => [d.id, d.title]).sort()).toEqual([
      ['doc-1', 'Iuran naik mulai April (doc-1)'],
      ['doc-2', 'Kopdar Dago (doc-2)'],
      ['doc-3', 'Rapat dibuka pukul 19.00 (doc-3)'],
      ['doc-4', 'doc-4'],
      ['doc-5', 'Meetup #6'],
    ]);
  });
});
