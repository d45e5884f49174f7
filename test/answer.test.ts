import { beforeAll, describe, expect, it } from 'vitest';
import { citationOf, displayText, shownText, snippetOf, SNIPPET_CHARS } from '../src/engine/answer.ts';
import { withoutLinks } from '../src/engine/links.ts';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { shippedCorpus } from './shipped-corpus.ts';
import { writeUp } from './write-up.ts';

let forum: Library;
beforeAll(async () => {
  forum = await Library.open(shippedCorpus());
});

function doc(id: string, body: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, body, ...extra });
}

describe('answers on the shipped corpus', () => {
  it('finds the passage that answers an English question about an English name', () => {
    const a = forum.ask('what is China Up Close');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toContain('China Up Close');
  });

  it('finds Indonesian passages for English questions (lexicon expansion)', () => {
    const a = forum.ask('Which programmes show the daily life of Chinese people?');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toContain('keseharian rakyat Tiongkok');
  });

  it('answers Indonesian questions', () => {
    const a = forum.ask('Siapa Presiden CMG?');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toContain('Shen Haixiong');
  });

  it('cites document, paragraph, date and source', () => {
    const r = forum.ask('what is China Up Close').results[0]!;
    expect(r.date).toBe('2024-12');
    expect(r.source).toBe('CCTV+');
    expect(r.citation).toBe(`${r.title} · § ${r.paragraph} · 2024-12 · CCTV+`);
    expect(r.id).toBe(`${r.docId}#${r.id.split('#')[1]}`);
    expect(forum.passage(r.id)?.text).toBe(r.text);
  });

  it.each([
    'Who won the 2022 football World Cup?',
    'Bagaimana cara memasak rendang?',
    'asdfghjkl',
    'What is the tallest mountain in Africa?',
    'Berapa harga beras di pasar minggu ini?',
    // One part of a made-up compound is in the corpus; that is not most of the question.
    'zxqv-forum',
    'qwrtp.zxcvb.media',
  ])('says when nothing relevant matches: %s', (q) => {
    const a = forum.ask(q);
    expect(a.answered).toBe(false);
  });

  it('has nothing at all to suggest for gibberish or stopwords only', () => {
    expect(forum.ask('asdfghjkl qwertyuiop').results).toEqual([]);
    expect(forum.ask('apa yang dan the of').results).toEqual([]);
    expect(forum.ask('').results).toEqual([]);
  });

  it('suggests nothing that rests on one translated word of the question', () => {
    // "world" translates to "alam" (nature), which two paragraphs use: not worth offering.
    expect(forum.ask('Who won the 2022 football World Cup?').results).toEqual([]);
  });

  it('highlights exactly the matched words', () => {
    const r = forum.ask('Quanzhou jalur sutra').results[0]!;
    const words = r.highlights.map(([s, e]) => r.text.slice(s, e).toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['quanzhou', 'jalur', 'sutra']));
    for (const w of words) expect(['quanzhou', 'jalur', 'sutra']).toContain(w);
  });

  it('pages through results without repeating them', () => {
    const first = forum.ask('CMG program', { top: 2 });
    const second = forum.ask('CMG program', { top: 2, offset: 2 });
    expect(first.results).toHaveLength(2);
    expect(second.results.length).toBeGreaterThan(0);
    const ids = new Set(first.results.map((r) => r.id));
    for (const r of second.results) expect(ids.has(r.id)).toBe(false);
    const all = forum.ask('CMG program', { top: 4 }).results.map((r) => r.id);
    expect([...first.results, ...second.results].map((r) => r.id)).toEqual(all.slice(0, first.results.length + second.results.length));
  });

  it('question words do not drive the ranking', () => {
    // The same content words with and without question words rank the same passage first.
    const plain = forum.ask('International Communication Season').results[0]!.id;
    expect(forum.ask('What is the International Communication Season?').results[0]!.id).toBe(plain);
    expect(forum.ask('Apa itu International Communication Season?').results[0]!.id).toBe(plain);
  });
});

describe('links pasted into a question', () => {
  it('are not searched for: the question is answered as it would be without them', () => {
    const lib = Library.fromDocuments(
      [doc('q', 'Quanzhou adalah kota pelabuhan di awal jalur sutra.'), doc('f', 'Forum media digelar di Beijing tahun 2024.')],
      { lexicon: null },
    );
    const plain = lib.ask('kota pelabuhan Quanzhou');
    expect(plain.answered).toBe(true);
    for (const pasted of [
      'kota pelabuhan Quanzhou https://news.example.com/2024/12/forum-media-beijing',
      'www.example.org/berita/forum-2024 kota pelabuhan Quanzhou?',
    ]) {
      const a = lib.ask(pasted);
      expect(a.question).toBe(pasted); // shown as typed
      expect([a.answered, a.results.map((r) => [r.id, r.score])]).toEqual([plain.answered, plain.results.map((r) => [r.id, r.score])]);
    }
  });
});

describe('document titles', () => {
  const lib = Library.fromDocuments(
    [
      doc('lomba', 'Lomba perahu naga diikuti delapan tim.\n\nTim Naga Emas menang.\n\nHadiah diserahkan wali kota.', { title: 'Festival Danau Toba 2024' }),
      doc('pasar', 'Pasar malam buka sampai pukul sepuluh.', { title: 'Pasar malam' }),
    ],
    { lexicon: null },
  );

  it('help rank the passages of the document a question names', () => {
    const a = lib.ask('siapa pemenang festival danau toba');
    expect(a.results[0]?.docId).toBe('lomba');
  });

  it('do not stand in the way of an answer another document gives: confidence is judged on passages that say something', () => {
    const two = Library.fromDocuments(
      [
        doc('a', 'Pasar malam buka sampai pukul sepuluh.', { title: 'Festival Lampion Quanzhou Kota' }),
        doc('b', 'Festival pelabuhan kota dinyalakan setiap tahun.'),
      ],
      { lexicon: null },
    );
    const a = two.ask('festival lampion quanzhou kota');
    expect(a.answered).toBe(true);
    expect(a.results.map((r) => r.docId)).toEqual(['b']);
  });

  it('do not make a result of a passage whose own text matched nothing: every passage of the document would match alike', () => {
    // "2024" is only in a title: no passage says anything about it.
    expect(lib.ask('2024')).toMatchObject({ answered: false, results: [] });
    // Answered, and the title-only passages of the same document are not listed after the one that matched.
    const a = lib.ask('danau toba emas', { top: 5 });
    expect(a.answered).toBe(true);
    expect(a.results.map((r) => r.text)).toEqual(['Tim Naga Emas menang.']);
  });
});

describe('numbers and calendar words', () => {
  it('tell events apart but answer nothing alone, as typed, translated or found as a longer word ("bulan" in "bulanan")', () => {
    const lib = Library.fromDocuments(
      [
        doc('m1', 'Meetup #1 membahas data terbuka. Hari pertama diisi lokakarya bulanan.'),
        doc('m3', 'Meetup #3 membahas peta desa. Pada hari kedua ada diskusi panel di tengah kota, Mei 2024.'),
      ],
      { lexicon: createLexicon({ day: ['hari'], two: ['dua'], middle: ['tengah'] }) },
    );
    // "tengah" (of "setengah") is a word of its own.
    expect(lib.ask('middle').results.map((r) => r.docId)).toEqual(['m3']);
    for (const q of ['day', 'two', 'day two']) expect(lib.ask(q), q).toMatchObject({ answered: false, results: [] });
    for (const q of ['meetup #3', 'meetup hari kedua']) {
      const a = lib.ask(q);
      expect([a.answered, a.results[0]?.docId], q).toEqual([true, 'm3']);
    }
    for (const q of ['hari', '3', 'hari kedua', 'bulan', '1 2 3', '2024']) expect(lib.ask(q), q).toMatchObject({ answered: false, results: [] });
  });

  it('leave a list item\'s number and a footnote mark out: numbering, not a number the text states', () => {
    const lib = Library.fromDocuments(
      [
        doc('satu', 'Meetup #1 diadakan di perpustakaan kota.'),
        doc('tiga', 'Agenda meetup kali ini:\n1. Pembukaan\n 2) Diskusi peta[3]'),
      ],
      { lexicon: null },
    );
    expect(lib.ask('meetup #1').results.map((r) => r.docId)).toEqual(['satu', 'tiga']);
    expect(lib.ask('meetup 1 2 3').results[0]?.docId).toBe('satu');
  });
});

describe('links in passages', () => {
  it('are not words of the text: a passage found only through an address is no result', () => {
    const lib = Library.fromDocuments(
      [doc('a', 'Materi ada di [repo](https://github.com/kdb/lokakarya-python).'), doc('b', 'Genangan terbanyak ada di Gedebage.')],
      { lexicon: null },
    );
    for (const q of ['https', 'github', 'https://a', 'genangan https://a']) {
      expect(lib.ask(q).results.every((r) => r.docId !== 'a'), q).toBe(true);
    }
    expect(lib.ask('materi').results[0]?.docId).toBe('a');
  });
});

describe('dates', () => {
  it('find a write-up by its year and its month\'s name, in Indonesian or through the lexicon, but never make a result alone', () => {
    const text = 'Meetup bulanan membahas data publik bersama anggota komunitas.';
    const lib = Library.fromDocuments(
      [
        doc('maret', text, { title: 'Meetup Bulanan', date: '2025-03-22' }),
        doc('mei', text, { title: 'Meetup Bulanan', date: '2025-05-31' }),
        doc('mei-lalu', text, { title: 'Meetup Bulanan', date: '2024-05' }),
      ],
      { lexicon: createLexicon({ may: ['boleh', 'mei'] }) },
    );
    expect(lib.ask('meetup mei 2025').results[0]?.docId).toBe('mei');
    expect(lib.ask('meetup Mei 2024').results[0]?.docId).toBe('mei-lalu');
    expect(lib.ask('the May 2025 meetup').results[0]?.docId).toBe('mei');
    // Like a title, the date tells documents apart; no passage says anything about "Mei 2025" itself.
    expect(lib.ask('mei 2025')).toMatchObject({ answered: false, results: [] });
  });

  it('count a date matched whole or not at all: March 2025 is no answer about "Juni 2025"', () => {
    const lib = Library.fromDocuments(
      [
        doc('maret', 'Pembicara meetup adalah Budi Santoso dari Bandung, di ruang 1203.', { title: 'Meetup Komunitas', date: '2025-03-22' }),
        doc('mei', 'Pembicara meetup adalah Sarah Whitfield dari Leiden.', { title: 'Meetup Komunitas', date: '2025-05-31' }),
      ],
      { lexicon: createLexicon({ june: ['juni'], may: ['boleh', 'mei'], speaker: ['pembicara'] }) },
    );
    expect(lib.ask('siapa pembicara meetup Juni 2025').answered).toBe(false);
    // Written as one hyphenated word, a date is its parts all the same.
    expect(lib.ask('siapa pembicara meetup Juni-2025').answered).toBe(false);
    expect(lib.ask('siapa pembicara meetup Mei-2025').results[0]?.docId).toBe('mei');
    expect(lib.ask('meetup speaker june 2025').answered).toBe(false);
    expect(lib.ask('siapa pembicara meetup Mei 2025')).toMatchObject({ answered: true, results: [{ docId: 'mei' }, { docId: 'maret' }] });
    expect(lib.ask('meetup speaker may 2025')).toMatchObject({ answered: true, results: [{ docId: 'mei' }, { docId: 'maret' }] });
    // A number the passage's own text has is not a year its date lacks.
    expect(lib.ask('pembicara Maret 2025 1203')).toMatchObject({ answered: true, results: [{ docId: 'maret' }, { docId: 'mei' }] });
  });
});

describe('chat register', () => {
  it('particles, chat spellings, forms of address and greetings are not what a question asks about', () => {
    const lib = Library.fromDocuments(
      [doc('q', 'Quanzhou adalah kota pelabuhan di awal jalur sutra.'), doc('p', 'Presiden CMG membuka forum media itu.')],
      { lexicon: null },
    );
    const same = (chat: string, plain: string) => {
      const [a, b] = [lib.ask(chat), lib.ask(plain)];
      expect([a.answered, a.results.map((r) => [r.id, r.score])]).toEqual([b.answered, b.results.map((r) => [r.id, r.score])]);
      return a;
    };
    expect(same('kak, presiden cmg siapa sih', 'presiden cmg siapa').answered).toBe(true);
    expect(same('min, quanzhou tuh apaan sih', 'quanzhou').answered).toBe(true);
    expect(same('hi, Quanzhou pls thx', 'Quanzhou').answered).toBe(true);
    expect(same('gan, forumnya dibuka siapa yg', 'forum dibuka siapa').answered).toBe(true);
  });
});

describe('weak suggestions when unanswered', () => {
  const lib = Library.fromDocuments(
    [
      doc('a', 'Presiden meresmikan jembatan baru di kota itu.'),
      doc('b', 'Hujan turun sepanjang hari di desa.'),
      doc('c', 'Pasar ramai menjelang lebaran.'),
      doc('d', 'Sekolah libur selama seminggu.'),
    ],
    { lexicon: createLexicon({ rain: ['hujan'], village: ['desa'], bridge: ['jembatan'], reach: ['mencapai'], near: ['dekat'] }) },
  );
  const suggested = (q: string) => {
    const a = lib.ask(q);
    expect(a.answered).toBe(false);
    return a.results.map((r) => r.docId);
  };

  it('offers a passage that shares one of the question\'s words as it is written', () => {
    expect(suggested('Kapan hujan badai Manila?')).toEqual(['b']);
  });

  it('offers a passage that shares two words through their translations', () => {
    expect(suggested('Did the rain reach the village near Manila?')).toEqual(['b']);
  });

  it('does not offer a passage that shares only one translated word', () => {
    // The same passage, about a quarter of the question as in the first case; only "rain" → hujan links them.
    expect(suggested('When did the heavy rain flood Manila?')).toEqual([]);
  });

  it('fills every page with suggestions, even when passages it does not offer rank above them', () => {
    // "hujan" (rain, translated) ranks first but is not offered; the three Manila passages are, one per page.
    const manila = Library.fromDocuments(
      [
        doc('b', 'Hujan turun sepanjang hari di desa.'),
        doc('c', 'Pasar ramai menjelang lebaran di Manila.'),
        doc('d', 'Sekolah di Manila libur selama seminggu.'),
        doc('e', 'Banjir melanda Manila pekan lalu.'),
      ],
      { lexicon: createLexicon({ rain: ['hujan'] }) },
    );
    const q = 'When did the rain stop in Manila?';
    const all = manila.ask(q, { top: 5 });
    expect(all.answered).toBe(false);
    expect(all.results.map((r) => r.docId).sort()).toEqual(['c', 'd', 'e']);
    const pages = [0, 1, 2, 3].map((offset) => manila.ask(q, { top: 1, offset }).results.map((r) => r.id));
    expect(pages).toEqual([...all.results.map((r) => [r.id]), []]);
  });
});

describe('expansion with a lexicon', () => {
  const docs = [doc('a', 'Presiden meresmikan jembatan baru di kota itu.'), doc('b', 'Hujan turun sepanjang hari di desa.')];

  it('an English word finds its Indonesian translation', () => {
    const lib = Library.fromDocuments(docs, { lexicon: createLexicon({ president: ['presiden'], bridge: ['jembatan'] }) });
    const a = lib.ask('Which bridge did the president open?');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('a');
  });

  it('without the lexicon the same English question finds nothing', () => {
    const lib = Library.fromDocuments(docs, { lexicon: null });
    expect(lib.ask('Which bridge did the president open?').answered).toBe(false);
  });

  it('judges an English question against what its translations could match; a word whose translations the corpus lacks counts in full', () => {
    const lexicon = createLexicon({
      port: ['pelabuhan'], city: ['kota'], silk: ['sutra'], road: ['jalur'], famous: ['terkenal'], ancient: ['kuno'], trade: ['dagang'],
      largest: ['terbesar'], inland: ['pedalaman'], lake: ['danau'],
    });
    const lib = Library.fromDocuments(
      [doc('q', 'Quanzhou adalah kota pelabuhan di awal jalur sutra.'), doc('x', 'Hujan turun di desa.'), doc('y', 'Pasar ramai.')],
      { lexicon },
    );
    // Every word matched through a translation, which earns 0.7 of what the word itself would: all the corpus
    // could give, so it is answered.
    const a = lib.ask('Which port city is on the silk road?');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('q');
    // Half of it matched: "famous", "ancient" and "trade" are words the corpus lacks in every form it knows
    // (terkenal, kuno, dagang), so they count in full, as they would asked in Indonesian; not an answer.
    expect(lib.ask('Which famous port city is in the ancient silk trade?').answered).toBe(false);
    // Two words of five is not an answer, in either language.
    expect(lib.ask('Which port city has the largest inland lake?').answered).toBe(false);
    expect(lib.ask('Kota pelabuhan mana punya danau pedalaman terbesar?').answered).toBe(false);
  });

  it('weighs a translation below the word itself', () => {
    // (In a corpus of one language: in one written in both, a translation ranks as the word itself in a write-up
    // of its own language, see test/bilingual-translation-weight.test.ts.)
    const lib = Library.fromDocuments(
      [doc('id', 'Kota pelabuhan itu ramai.'), doc('loan', 'Kota harbour itu ramai.')],
      { lexicon: createLexicon({ harbour: ['pelabuhan'] }) },
    );
    const ids = lib.ask('the harbour').results.map((r) => r.docId);
    expect(ids).toEqual(['loan', 'id']);
  });
});

describe('displayText', () => {
  it('reads Markdown as the page does outside code: headings without marks, links as text and address, images as their description', () => {
    const md = [
      '## Festival Lampion 2025 ##',
      '',
      'Dibuka di **Taman Kota**, lihat [jadwal](https://x.org/j "Jadwal") dan ![peta lokasi](peta.png); [galeri][1]; [https://x.org](https://x.org).',
      'Kode `[a](b)` dan `2**10` tetap, begitu pula 10**6, __init__, *.md dan @_budi_.',
      '```bash',
      '# langkah kedua',
      '[x](y)',
      '```',
    ].join('\n');
    expect(displayText(md, true)).toBe(
      [
        'Festival Lampion 2025',
        '',
        'Dibuka di **Taman Kota**, lihat jadwal (https://x.org/j) dan peta lokasi; galeri; https://x.org.',
        'Kode `[a](b)` dan `2**10` tetap, begitu pula 10**6, __init__, *.md dan @_budi_.',
        '```bash',
        '# langkah kedua',
        '[x](y)',
        '```',
      ].join('\n'),
    );
    // Inline HTML as the text it holds, autolinks as their address, entities as their characters; not in code.
    expect(displayText('Tekan <kbd>Ctrl</kbd>+<kbd>C</kbd>,<br>lalu buka <https://x.org/a_b> &amp; `<b>` &lt;3', true))
      .toBe('Tekan Ctrl+C, lalu buka https://x.org/a_b & `<b>` <3');
    // A code span is found by its own run of backticks; escaped brackets are text, shown without their escapes.
    expect(displayText('Pakai `` `<br>` `` untuk; \\[bukan tautan\\](http://x), \\$5.', true)).toBe('Pakai `` `<br>` `` untuk; [bukan tautan](http://x), $5.');
    // Links with any kind of title or an <address>, e-mail autolinks, entities by name or number.
    expect(displayText("[docs](https://x.com/a 'Docs') [b](<https://x.com/b c>) <tim@contoh.id> &#8212; &rsquo;", true))
      .toBe('docs (https://x.com/a) b (https://x.com/b c) tim@contoh.id — ’');
    // Not from Markdown: only spacing changes.
    expect(displayText('# 1 Budi\n[a](b)', false)).toBe('# 1 Budi\n[a](b)');
    // Blank lines left by markup close up; trailing spaces go.
    expect(displayText('Judul  \n\n\n\nTeks.')).toBe('Judul\n\nTeks.');
  });
});

describe('shownText', () => {
  // (A passage's shown text is read once and kept for the passage: what it is asked of another text, its paragraph's,
  // must still be that text's, and a passage that is code keeps its syntax.)
  it("shows a passage's own text, or the text it is given, each as read", () => {
    const p = { text: 'Lihat [jadwal](https://x.org/j).  ', markdown: true };
    expect(shownText(p)).toBe('Lihat jadwal (https://x.org/j).');
    expect(shownText(p, '## Jadwal\n![peta](p.png)')).toBe('Jadwal\npeta');
    expect(shownText(p)).toBe('Lihat jadwal (https://x.org/j).');
    expect(shownText({ text: '[x](y)', markdown: true, code: true })).toBe('[x](y)');
    expect(shownText({ text: 'Judul  \n\n\nTeks.' })).toBe('Judul\n\nTeks.');
  });
});

describe('citationOf', () => {
  it('leaves out what a document does not have', () => {
    expect(citationOf({ title: 'Notes', paragraph: 2, date: null, source: null })).toBe('Notes · § 2');
    expect(citationOf({ title: 'Notes', paragraph: 1, date: '2024', source: 'Kompas' })).toBe('Notes · § 1 · 2024 · Kompas');
  });
});

describe('snippetOf', () => {
  it('returns a short passage whole', () => {
    expect(snippetOf('Pendek saja.', [])).toBe('Pendek saja.');
  });

  it('cuts a long passage around its highlights, at word boundaries, with ellipses', () => {
    const words = Array.from({ length: 200 }, (_, i) => `kata${i}`);
    const text = words.join(' ');
    const at = text.indexOf('kata150');
    const snippet = snippetOf(text, [[at, at + 'kata150'.length]]);
    expect(snippet).toContain('kata150');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
    for (const w of snippet.replace(/…/g, '').split(' ')) expect(words).toContain(w);
  });

  it('keeps every highlight of the cluster it chose, not only the first', () => {
    const words = Array.from({ length: 200 }, (_, i) => `kata${i}`);
    const text = words.join(' ');
    // Two highlights about 200 characters apart: both fit one snippet, so both must be in it.
    const spans = ['kata40', 'kata65'].map((w): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length]);
    expect(spans[1]![1] - spans[0]![0]).toBeLessThan(SNIPPET_CHARS);
    const snippet = snippetOf(text, spans);
    expect(snippet).toContain('kata40');
    expect(snippet).toContain('kata65');
  });

  it('never opens on a dash or quote standing alone', () => {
    const words = Array.from({ length: 100 }, (_, i) => `kata${i}`);
    words.splice(60, 0, '--');
    const text = words.join(' ');
    const at = text.indexOf('kata60');
    // The lead-in is a quarter of the snippet: aim it just before the dash.
    for (const max of [24, 28, 32, 36, 40]) expect(snippetOf(text, [[at, at + 6]], max)).not.toMatch(/^…--/);
  });

  it('never cuts a character in half, even in text without spaces', () => {
    const text = 'x' + '😀'.repeat(300);
    const snippet = snippetOf(text, [[0, 1]]);
    expect(snippet.replace(/…/g, '')).toMatch(/^x(?:😀)+$/u);
    // Nor at the start: the lead-in lands inside an emoji.
    const inner = '😀'.repeat(100) + 'kata' + '😀'.repeat(200);
    expect(snippetOf(inner, [[200, 204]], 228).replace(/…/g, '')).toMatch(/^(?:😀)+kata(?:😀)+$/u);
  });

  it('ends after the last highlight of the run even when punctuation follows it', () => {
    const words = Array.from({ length: 200 }, (_, i) => `kata${i}`);
    words[53] = 'alpha,'; // 236 characters from kata20 to the end of alpha: the run only just fits
    const text = words.join(' ');
    const first = text.indexOf('kata20');
    const last = text.indexOf('alpha');
    expect(last + 5 - first).toBeLessThanOrEqual(SNIPPET_CHARS);
    const snippet = snippetOf(text, [[first, first + 6], [last, last + 5]]);
    expect(snippet).toContain('kata20');
    expect(snippet).toContain('alpha');
  });

  it('shows a highlight longer than the snippet from its start', () => {
    const text = 'Awal. ' + 'abcdefghi'.repeat(50) + ' akhir.';
    const snippet = snippetOf(text, [[6, 456]], 100);
    expect(snippet.startsWith('…abcdefghiabc')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(102);
  });
});

describe('highlights', () => {
  it('mark the inflected forms that matched through their stems', () => {
    const lib = Library.fromDocuments([doc('a', 'Para pedagang menjual batik tulis di pasar.')], { lexicon: null });
    const r = lib.ask('jual batik').results[0]!;
    expect(r.highlights.map(([s, e]) => r.text.slice(s, e))).toEqual(['menjual', 'batik']);
  });

  it("never mark a list item's number or a footnote mark, which the index leaves out as numbering", () => {
    const lib = Library.fromDocuments(
      [doc('a', 'Pemenang:\n\n1. Juara 1: Tim Sawah — hadiah Rp15.000.000\n2. Juara 2: Tim Nelayan — hadiah Rp10.000.000\n3. Juara 3: Tim Warung — hadiah Rp5.000.000[3]')],
      { lexicon: null },
    );
    const r = lib.ask('hadiah juara 3').results[0]!;
    const marked = r.highlights.map(([s, e]) => `${r.text.slice(s, e)}@${s}`);
    const item3 = r.text.indexOf('3. Juara 3');
    // The "3" after "Juara" is what the question asked; the item's own "3." and the footnote "[3]" are not.
    expect(marked).toContain(`3@${item3 + '3. Juara '.length}`);
    expect(marked).not.toContain(`3@${item3}`);
    expect(marked).not.toContain(`3@${r.text.lastIndexOf('[3]') + 1}`);
  });

  it('mark a capitalised common word that matched through its stem, as the search found it', () => {
    // "Peraturan" is capitalised inside the sentence, but the corpus writes "peraturan" too: a common word, stemmed.
    const lib = Library.fromDocuments([doc('a', 'Menurut Peraturan Pemerintah itu, pajak naik. Ada peraturan lain.')], { lexicon: null });
    const r = lib.ask('pajak yang mengatur').results[0]!;
    expect(r.highlights.map(([s, e]) => r.text.slice(s, e))).toEqual(['Peraturan', 'pajak', 'peraturan']);
  });

  it("mark an acronym's long form only where it stands whole, not its words alone elsewhere", () => {
    const lib = Library.fromDocuments(
      [doc('a', 'Badan Pusat Statistik (BPS) merilis data. Pusat kota ramai, kata BPS. Statistik badan usaha naik.')],
      { lexicon: null },
    );
    const r = lib.ask('data BPS').results[0]!;
    expect(r.highlights.map(([s, e]) => r.text.slice(s, e))).toEqual(['Badan', 'Pusat', 'Statistik', 'BPS', 'data', 'BPS']);
    // Typed out, the long form's words are the question's own: marked wherever they are (and so is the acronym).
    const typed = lib.ask('badan pusat statistik').results[0]!;
    expect(typed.highlights.map(([s, e]) => typed.text.slice(s, e))).toEqual(['Badan', 'Pusat', 'Statistik', 'BPS', 'Pusat', 'BPS', 'Statistik', 'badan']);
  });

  it('mark an acronym that spells a stopword where it is written in capitals, not the stopword', () => {
    const lib = Library.fromDocuments([doc('a', 'Dubes AS untuk PBB datang as soon as possible.')], { lexicon: null });
    const r = lib.ask('Dubes AS di PBB').results[0]!;
    expect(r.highlights.map(([s, e]) => r.text.slice(s, e))).toEqual(['Dubes', 'AS', 'PBB']);
  });

  it('do not mark a word whose stem spells an acronym the question asked ("asing" for "AS")', () => {
    const lib = Library.fromDocuments([doc('a', 'Dubes AS bertemu investor asing di Jakarta.')], { lexicon: null });
    const r = lib.ask('Dubes AS dan investor').results[0]!;
    expect(r.highlights.map(([s, e]) => r.text.slice(s, e))).toEqual(['Dubes', 'AS', 'investor']);
  });

  it("mark a long form, a date's month and an acronym in one passage, not a link's words nor a long form's word alone", () => {
    // Every way a word is read for highlighting at once (read in one pass over the passage's words).
    const lib = Library.fromDocuments(
      [doc('a', 'Badan Pusat Statistik (BPS) merilis data pada 14/06/2025, lihat https://bps.example.id/data/juni. Pusat kota ramai, kata BPS.')],
      { lexicon: null },
    );
    const r = lib.ask('data BPS juni').results[0]!;
    expect(r.highlights.map(([s, e]) => [s, r.text.slice(s, e)])).toEqual([
      [0, 'Badan'], [6, 'Pusat'], [12, 'Statistik'], [23, 'BPS'], [36, 'data'], [46, '14'], [49, '06'], [52, '2025'], [121, 'BPS'],
    ]);
  });

  it('do not mark words inside a link: they are part of an address', () => {
    const lib = Library.fromDocuments([doc('a', 'Daftar tenant bazar di https://forms.example.org/daftar_tenant_bazar sebelum Jumat.')], { lexicon: null });
    const r = lib.ask('daftar tenant bazar').results[0]!;
    expect(r.highlights.map(([s, e]) => [s, r.text.slice(s, e)])).toEqual([[0, 'Daftar'], [7, 'tenant'], [14, 'bazar']]);
  });

  it('do not mark words inside a link however it is glued or quoted: Discord links it whole', () => {
    // Discord's url rule links an address glued to the word before it, after an underscore, and past a quote inside
    // it; a bold mark anywhere in there would become part of the address.
    const text = [
      'Jadwal festival _https://festival.example.id/jadwal_festival_2024_.',
      'Cari pameran foto di https://arsip.example.id/cari?q="pameran_foto" ya.',
      'Jadwal festival lengkap dihttps://festival.example.id/jadwal/festival sekarang.',
      '详情请访问https://www.cgtn.com/special/China_Up_Close_2024 festival',
    ].join('\n');
    const lib = Library.fromDocuments([doc('a', text)], { lexicon: null });
    const r = lib.ask('jadwal festival pameran foto').results[0]!;
    const marked = r.highlights.map(([s, e]) => r.text.slice(s, e).toLowerCase());
    expect(marked).toEqual(['jadwal', 'festival', 'pameran', 'foto', 'jadwal', 'festival', 'festival']);
    // And a question that pastes such a link is asked without it.
    expect(withoutLinks('kota pelabuhan dihttps://x.example/kota_pelabuhan?q="kota"&p=2 ok').replace(/\s+/g, ' ')).toBe('kota pelabuhan di ok');
  });

  it("do not mark a name whose stem is one of the question's words: names are matched only as written", () => {
    const lib = Library.fromDocuments([doc('a', 'Pedagang batik dari Pekalongan membuka pasar kalong tiap malam.')], { lexicon: null });
    const r = lib.ask('pasar kalong').results[0]!;
    expect(r.highlights.map(([s, e]) => r.text.slice(s, e))).toEqual(['pasar', 'kalong']);
  });
});

describe('a question that names a year', () => {
  const quiz = 'Komunitas membuka booth kuis Flutter.\n\nPemenang kuis Flutter mendapat keyboard mekanik dari sponsor.';
  const lib = Library.fromDocuments([doc('devfest', quiz, { title: 'DevFest Bandung', date: '2024-11-23' }), doc('meetup', 'Meetup ke-9 membahas Kubernetes.')], { lexicon: null });

  it('is not answered from a write-up dated another year, which is still offered as the closest passage', () => {
    const a = lib.ask('siapa pemenang kuis DevFest 2023?');
    expect(a.answered).toBe(false);
    expect(a.results[0]?.id).toBe('devfest#2');
    expect(lib.ask('siapa pemenang kuis DevFest 2024?').answered).toBe(true);
  });

  it('is answered from a write-up of another year that names the year itself, and from an undated one as before', () => {
    const recap = doc('devfest', `${quiz} Pemenang tahun 2023 juga hadir.`, { title: 'DevFest Bandung', date: '2024-11-23' });
    expect(Library.fromDocuments([recap], { lexicon: null }).ask('siapa pemenang kuis DevFest 2023?').answered).toBe(true);
    const undated = doc('devfest', quiz, { title: 'DevFest Bandung' });
    expect(Library.fromDocuments([undated], { lexicon: null }).ask('siapa pemenang kuis DevFest 2023?').answered).toBe(true);
  });

  it("answered from that year's write-up, shows it before another year's that matches more of the question", () => {
    // Both editions are in the corpus: the 2023 write-up makes the question answered, and the 2024 one, which says
    // "pemenang kuis", ranked first, so its winner read as 2023's. (The 2023 write-up says "pemenang" too: one that
    // says nothing of what is asked, only "DevFest" and its date, is no answer, see test/title-only.test.ts.)
    const both = Library.fromDocuments(
      [
        doc('devfest-2023', 'DevFest diadakan di Gedung Sate. Acara dibuka oleh panitia.\n\nPemenang lomba coding adalah Andi.', { title: 'DevFest Bandung', date: '2023-11-04' }),
        doc('devfest-2024', 'DevFest diadakan di Telkom University. Acara dibuka oleh panitia.\n\nPemenang kuis DevFest adalah Budi.', { title: 'DevFest Bandung', date: '2024-11-09' }),
      ],
      { lexicon: null },
    );
    const a = both.ask('siapa pemenang kuis DevFest 2023?', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('devfest-2023');
    // Still offered, after it: the other edition may be what the member meant.
    expect(a.results.map((r) => r.docId)).toContain('devfest-2024');
  });
});

describe('asking whether the write-ups mention something', () => {
  // "did they mention Kenya" went unanswered where the keynote's paragraph names Kenya: "mention", which says how the
  // question is asked, counted as half of what it asks, and the corpus has no word for it.
  const lib = Library.fromDocuments([
    doc('devfest', 'Dalam keynote-nya, Rina Kartika menyinggung pengalaman komunitas developer di Kenya dan Nigeria yang membangun aplikasi pertanian.', { title: 'DevFest Jakarta 2025', date: '2025-11-15' }),
    doc('meetup', 'Meetup pertama diadakan di Kopi Tuku Cipete dengan 25 peserta.', { title: 'Meetup Komunitas Data #1', date: '2025-01-18' }),
  ]);

  it('answers with the passage that names it, in any form of the verb', () => {
    for (const q of ['did they mention Kenya', 'was Kenya mentioned?', 'any mentions of Kenya?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('Kenya');
    }
  });

  it('still says when nothing names it', () => {
    expect(lib.ask('did they mention Brazil').answered).toBe(false);
  });
});

describe('chat abbreviations of function words', () => {
  // "kalo mau ikut lokakarya rust hrs bawa apa" went unanswered where "kalau … harus bawa apa" was answered: the
  // abbreviations of stopwords counted as words of the question the corpus could not match.
  const lib = Library.fromDocuments([
    doc('rust', 'Lokakarya Rust dua hari ini diadakan di Gedung Cyber 2, Kuningan.\n\nHari 1: peserta wajib membawa laptop dengan rustup terpasang.', { title: 'Lokakarya Rust Dua Hari', date: '2025-08-09' }),
    doc('meetup', 'Meetup pertama diadakan di Kopi Tuku Cipete dengan 25 peserta.', { title: 'Meetup Komunitas Data #1', date: '2025-01-18' }),
  ]);

  it('are read as the words they shorten: the question is answered as its spelled-out form is', () => {
    for (const [chat, full] of [
      ['kalo mau ikut lokakarya rust hrs bawa apa', 'kalau mau ikut lokakarya rust harus bawa apa'],
      ['td gw lupa, skrg meetup pertama dmn ya', 'tadi saya lupa, sekarang meetup pertama dimana ya'],
    ] as const) {
      const a = lib.ask(chat);
      const b = lib.ask(full);
      expect(b.answered, full).toBe(true);
      expect(a.answered, chat).toBe(true);
      expect(a.results[0]?.id, chat).toBe(b.results[0]?.id);
    }
  });
});

describe('English conversational fillers', () => {
  // "so who actually ran the devfest?" went unanswered where "who ran the devfest?" was answered: "actually", a word
  // of how people talk rather than of what they ask, counted as a word the corpus could not match.
  const lib = Library.fromDocuments([
    doc('devfest', 'DevFest Jakarta 2025 diselenggarakan oleh Google Developer Group (GDG) Jakarta di Auditorium Universitas Bina Nusantara.', { title: 'DevFest Jakarta 2025', date: '2025-11-15' }),
    doc('meetup', 'Meetup pertama diadakan di Kopi Tuku Cipete dengan 25 peserta.', { title: 'Meetup Komunitas Data #1', date: '2025-01-18' }),
  ]);

  it('leave the question answered as it is without them', () => {
    for (const [chat, plain] of [
      ['ok so where was the devfest, basically?', 'where was the devfest?'],
      ['where was the devfest actually?', 'where was the devfest?'],
    ] as const) {
      const b = lib.ask(plain);
      const a = lib.ask(chat);
      expect(b.answered, plain).toBe(true);
      expect(a.answered, chat).toBe(true);
      expect(a.results[0]?.id, chat).toBe(b.results[0]?.id);
    }
  });
});
