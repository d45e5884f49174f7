// An Indonesian question's doer ("pembicara", "pemenang") over English write-ups that say what the doer did
// ("Budi spoke about Rust", "The winning team … won"): FreeDict gives speak → bicara and win → menang as verbs, whose
// peN- nouns are those doers. Before, "pembicara" reached only an English "speaker", and "siapa pembicara tentang
// Rust" was answered, if at all, from an Indonesian write-up's "Pembicaranya adalah …" about something else.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../src/engine/lexicon.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, lang: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date, lang });
}

describe('doerNouns', () => {
  const lexicon = loadLexicon();

  it.each([
    ['spoke', 'pembicara'],
    ['talked', 'pembicara'],
    ['won', 'pemenang'],
    ['taught', 'pengajar'],
  ])('%s → %s', (english, noun) => {
    expect(lexicon.doerNouns!(english)).toContain(noun);
  });

  it('gives no peN- noun of a per- verb: study (mempelajari) is no pengajar', () => {
    expect(lexicon.doerNouns!('studies')).not.toContain('pengajar');
  });

  it('gives no peN- noun of a bare per- verb: read (pelajari) is no pengajar', () => {
    expect(lexicon.doerNouns!('read')).not.toContain('pengajar');
    expect(lexicon.doerNouns!('read')).toContain('pembaca');
  });

  it('reads a form the dictionary lists as a noun of its own as that noun: "the CoHive building" built nothing', () => {
    expect(lexicon.doerNouns!('built')).toContain('pendiri');
    expect(lexicon.doerNouns!('building')).toEqual([]);
    expect(lexicon.doerNouns!('meeting')).toEqual([]);
  });

  it('gives nothing for a word no verb headword gives', () => {
    expect(lexicon.doerNouns!('the')).toEqual([]);
    expect(lexicon.doerNouns!('kubernetes')).toEqual([]);
  });
});

describe('an Indonesian question asking who did it, over English write-ups that say it with the verb', () => {
  const lib = Library.fromDocuments([
    doc('meetup-3', 'Cloud Meetup #3: Rust for Backend Services', 'Meetup #3 was held at Kolega Coworking, Tebet.\n\nBudi Hartono spoke about Rust for backend services and compared Actix and Axum.\n\nThe meetup was free.', 'en', '2025-03-15'),
    doc('hackathon', 'Cloud Hackathon 2025', 'Twenty teams took part at Binus University.\n\nThe team "Warung Cloud" won the first prize with an inventory app.', 'en', '2025-11-01'),
    doc('webinar', 'Webinar AI di Kubernetes', 'Webinar diadakan secara daring melalui YouTube Live.\n\nPembicaranya adalah Taufik Hidayat, yang menjelaskan penjadwalan GPU.', 'id', '2025-07-30'),
  ]);

  it.each([
    ['siapa pembicara tentang Rust?', 'meetup-3#2'],
    ['siapa pemenang hackathon?', 'hackathon#2'],
  ])('%s → %s', (q, id) => {
    const a = lib.ask(q);
    expect([a.answered, a.results[0]?.id]).toEqual([true, id]);
  });

  it('finds who taught, not what the participants read: "siapa pengajar workshop go"', () => {
    const go = Library.fromDocuments([
      doc('go', 'Go Workshop', 'The workshop was held at Binus University, Jakarta.\n\nBefore the workshop, participants read the Go tour and installed the tools.\n\nRina Sari taught the class and showed goroutines and channels.', 'en', '2025-10-11'),
    ]);
    const a = go.ask('siapa pengajar workshop go');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'go#3']);
  });

  it('reads the verb only where no other form of the word matched: "Pemenang: … which won" is matched by the word', () => {
    const mixed = Library.fromDocuments([
      doc('results', 'Cloud Hackathon 2025', 'Twenty teams took part at Binus University.\n\nPemenang: the team "Warung Cloud", which won the first prize.\n\nThe Warung Cloud team won again in 2024.', 'en', '2025-11-01'),
    ]);
    const shown = (r: { text: string; highlights: Array<[number, number]> }) => r.highlights.map(([s, e]) => r.text.slice(s, e));
    const a = mixed.ask('siapa pemenang hackathon?');
    expect(a.results.map((r) => [r.id, shown(r)])).toEqual([
      ['results#2', ['Pemenang']],
      ['results#3', ['won']],
    ]);
  });

  it('still answers from the Indonesian write-up that says the word itself', () => {
    const a = lib.ask('siapa pembicara webinar AI?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'webinar#2']);
  });
});
