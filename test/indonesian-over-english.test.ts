// Indonesian questions over a community's English write-ups, beside Indonesian ones: the English of a question word
// (the lexicon read backwards) reaches the forms the write-up has, and a word that says which event, right after a
// kind of event ("panel perempuan", "turnamen catur"), names an English write-up that says it in English.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, lang: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, lang, date });
}

describe('an English word\'s -men plural (WordNet reads it by rule, not from its lists)', () => {
  const lexicon = createLexicon({ woman: ['wanita', 'perempuan'], chairman: ['ketua'], human: ['manusia'] });

  it('is among the forms of a -man headword, and the headword among its bases', () => {
    expect(lexicon.irregularRelatives!('woman', 'forms')).toContain('women');
    expect(lexicon.irregularRelatives!('chairman')).toContain('chairmen');
    expect(lexicon.irregularRelatives!('women')).toContain('woman');
    expect(lexicon.irregularRelatives!('chairmen', 'forms')).not.toContain('chairman');
  });

  it('is not guessed for a word that is no -man compound in its plural, nor after one letter', () => {
    // (An omen is no Oman; "amen" no plural of "aman".)
    expect(lexicon.irregularRelatives!('omen')).toEqual([]);
    expect(lexicon.irregularRelatives!('men')).toEqual([]);
  });
});

const lexicon = createLexicon({
  woman: ['wanita', 'perempuan'],
  chess: ['catur'],
  tournament: ['turnamen', 'pertandingan'],
  winner: ['pemenang', 'juara'],
  send: ['mengirim', 'kirim'],
  alert: ['peringatan'],
  viewer: ['penonton'],
});

const panel = doc(
  'wit-panel',
  'Women in Tech Panel',
  'JakDev hosted a Women in Tech panel on Monday evening, 21 April 2025, from 19.00 to 21.00 WIB on Zoom.\n\n' +
    'The panel was moderated by Sari Indah, with three speakers from Jakarta startups.',
  'en',
  '2025-04-21',
);
const otherPanel = doc(
  'panel-karier',
  'Panel Karier Mahasiswa',
  'Panel karier untuk mahasiswa tingkat akhir diadakan pada Sabtu, 8 Maret 2025 di Aula Kampus.\n\n' +
    'Pembicara panel: Budi Santoso dan Rina Wulan.',
  'id',
  '2025-03-08',
);
const chess = doc(
  'chess',
  'Community Tournament Report',
  'The chess tournament was won by Arief Budiman after seven rounds.\n\nThe futsal tournament was won by Tim Kopi.',
  'en',
  '2025-05-10',
);
const badminton = doc(
  'badminton',
  'Turnamen Bulu Tangkis',
  'Turnamen bulu tangkis diadakan di GOR Kuningan. Juara turnamen bulu tangkis adalah Dewi Anggraini.',
  'id',
  '2025-06-01',
);

describe('Indonesian questions over English write-ups', () => {
  const lib = Library.fromDocuments([panel, otherPanel, chess, badminton], { lexicon });

  it('reach an English plural through its irregular form ("perempuan" → woman → Women)', () => {
    const a = lib.ask('kapan panel perempuan diadakan');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('wit-panel#1');
  });

  it('take the word after a kind of event as named by an English write-up that says it in English', () => {
    const a = lib.ask('siapa juara turnamen catur');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('chess#1');
  });

  it('still leave unanswered a kind of event no write-up names in any language', () => {
    const a = lib.ask('siapa juara turnamen voli');
    expect(a.answered).toBe(false);
  });
});

describe('an English word typed into an Indonesian question that the dictionary lacks ("berapa fee workshop")', () => {
  // "fee" is no FreeDict headword in any form; WordNet relates it to cost, which FreeDict reads as "biaya".
  const lexicon = createLexicon({ cost: ['biaya', 'harga'], workshop: ['lokakarya'], chef: ['koki'] }, { related: { fee: ['cost'] } });
  const workshop = doc(
    'workshop-go',
    'Workshop Go untuk Pemula',
    'Workshop Go diadakan di Kuningan pada 9 Agustus 2025 dengan pemateri Yoga Pratama.\n\n' +
      'Biaya pendaftaran Rp100.000, sudah termasuk makan siang dan sertifikat.\n\n' +
      'Peserta wajib membawa laptop sendiri.',
    'id',
    '2025-08-09',
  );
  const lib = Library.fromDocuments([workshop], { lexicon });

  it('is read through the words WordNet relates it to, as in an English question', () => {
    const a = lib.ask('info fee workshop go dong');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('workshop-go#2');
  });

  it('but not a word the question writes as a name', () => {
    // (A capitalised "Fee" inside the question is a name, whose related words are no reading of it.)
    const a = lib.ask('siapa Fee di workshop go');
    expect(a.results.map((r) => r.id)).not.toContain('workshop-go#2');
  });
});

describe('a kind of event an Indonesian question names, which an English write-up\'s title says in English', () => {
  // "konferensi" is a word of no title, but "Conference report: …" titles the conference's write-up in English:
  // asked of the conference, the workshop's "makan siang" is another event's lunch.
  const lexicon = createLexicon({ lunch: ['makan siang'], conference: ['konferensi'], eat: ['makan'], workshop: ['lokakarya'] });
  const conference = doc(
    'jsconf',
    'Conference report: my keynote at JakartaJS Conf 2025',
    'I gave the opening keynote at JakartaJS Conf 2025 in Kemayoran.\n\nLunch was nasi padang, which I will remember.',
    'en',
    '2025-05-24',
  );
  const workshop = doc(
    'workshop-go',
    'Workshop Belajar Go',
    'Workshop Go diadakan di Kuningan dengan pemateri Yoga Pratama.\n\nBiaya Rp100.000 sudah termasuk makan siang.',
    'id',
    '2025-08-09',
  );
  const lib = Library.fromDocuments([conference, workshop], { lexicon });

  it('is read as that kind: the conference\'s passage answers, not the workshop\'s', () => {
    const a = lib.ask('makan siang di konferensi apa');
    expect(a.results[0]!.id).toBe('jsconf#2');
  });
});
