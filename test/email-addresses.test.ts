// An e-mail address's pieces are not words of the text, as a link's are not (see links.ts): "org" of
// "talks@example.org" had made the chat spelling of "orang" a word the corpus has, so "brp org" was not read as
// "berapa orang", and "ada brp org?" was answered with the page of the addresses.
import { describe, expect, it } from 'vitest';
import { highlightsIn } from '../src/engine/answer.ts';
import { emailSpans } from '../src/engine/links.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, title, body, ...extra });
}

describe('emailSpans', () => {
  it('finds the addresses, without the full stop that ends the sentence', () => {
    const text = 'Kirim ke talks@example.org. Atau ke budi.santoso+meetup@mail.kodekita.id sekarang.';
    expect(emailSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['talks@example.org', 'budi.santoso+meetup@mail.kodekita.id']);
  });

  it('finds no address in a handle or a plain word', () => {
    expect(emailSpans('ikuti @kodekita di Instagram, 12.500 orang')).toEqual([]);
  });

  it('does not search a text without an @ (every passage is asked as it is indexed)', () => {
    // (A text without an @ has no address whatever the rule; searched, EMAIL scanned each of its words to the end.)
    let searched = 0;
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (this.source.includes('@')) searched++;
      return exec.call(this, s);
    };
    try {
      expect(emailSpans('Kirim abstrak ke panitia paling lambat sebulan sebelum acara. talks at example.org')).toEqual([]);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(searched).toBe(0);
  });
});

describe('a corpus with e-mail addresses', () => {
  const lib = Library.fromDocuments([
    doc('kopdar', 'Kopdar Anggota Bandung', 'Kopdar diadakan di Kedai Kopi Aroma.\n\nSekitar 20 orang hadir dan acara gratis.', { date: '2025-10-05' }),
    doc('gabung', 'Cara Bergabung', 'Kirim abstrak ke talks@example.org paling lambat sebulan sebelum acara.\n\nLaporkan masalah ke conduct@example.org.'),
    doc('rapat', 'Rapat Pengurus', 'Rapat dihadiri lima orang pengurus.\n\nAnggaran disetujui.', { date: '2025-09-06' }),
  ]);

  it('reads a chat spelling its addresses have as a piece as the word it spells: "org" as orang, no address', () => {
    const a = lib.ask('brp org yg hadir?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'kopdar#2']);
    expect(a.results.map((r) => r.docId)).not.toContain('gabung');
    // (Orang is a stopword: asked nothing else, the question asks nothing, and the addresses do not answer it.)
    for (const q of ['ada brp org?', 'org yg dtg brp']) expect(lib.ask(q).results.map((r) => r.docId), q).not.toContain('gabung');
  });

  it('finds the passage of an address a member pastes, by the address', () => {
    for (const [q, id] of [
      ['talks@example.org buat apa?', 'gabung#1'],
      ['conduct@example.org itu untuk apa', 'gabung#2'],
    ] as const) {
      const a = lib.ask(q);
      expect([a.answered, a.results[0]?.id], q).toEqual([true, id]);
    }
  });

  it('still finds the page by its other words', () => {
    const a = lib.ask('kirim abstrak ke mana?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'gabung#1']);
  });
});

describe('highlights in an e-mail address', () => {
  const text = 'Kirim abstrak ke talks@example.org paling lambat.';
  const marked = (terms: string[]) => highlightsIn(text, new Set(terms)).map(([s, e]) => text.slice(s, e));

  it('marks an address only as the whole pieces it is indexed as, never a part of its domain or a stem', () => {
    expect(marked(['org'])).toEqual([]);
    expect(marked(['example'])).toEqual([]);
    expect(marked(['talk'])).toEqual([]);
  });

  it('marks the whole pieces a pasted address matched', () => {
    expect(marked(['talks', 'example.org'])).toEqual(['talks', 'example.org']);
    expect(marked(['kirim', 'org'])).toEqual(['Kirim']);
  });
});
