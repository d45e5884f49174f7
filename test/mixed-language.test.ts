// A corpus of Indonesian and English write-ups, asked in either language. The lexicon is English→Indonesian; an
// Indonesian question reaches English write-ups through it read backwards (lexicon.english), in English passages only.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import type { AnswerResult, CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, body: string, lang: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, body, lang, ...extra });
}

const lexicon = createLexicon({
  price: ['harga'],
  ticket: ['tiket', 'karcis'],
  winner: ['pemenang'],
  quiz: ['kuis'],
  prize: ['hadiah'],
  first: ['pertama'],
  lunch: ['makan siang'],
  eat: ['makan'],
});

const devfest = doc(
  'devfest',
  'DevFest Bandung was held at Universitas Padjadjaran, with more than 600 attendees.\n\n' +
    'Our community ran a booth with a Flutter quiz. The winners of the quiz received mechanical keyboards.\n\n' +
    'The ticket price was Rp50.000 for students and Rp150.000 for professionals.',
  'en',
  { title: 'DevFest Bandung Conference Report' },
);
const meetup = doc(
  'meetup',
  'Meetup ke-12 membahas keamanan aplikasi web dan diadakan secara daring.\n\n' +
    'Sesi pertama berjudul "Ticket Price Scams" dibawakan oleh Fajar Nugroho dari BSSN.',
  'id',
  { title: 'Meetup #12: Keamanan Aplikasi' },
);

const bold = (r: AnswerResult) => r.highlights.map(([s, e]) => r.text.slice(s, e).toLowerCase());

describe('Indonesian questions over English write-ups', () => {
  const lib = Library.fromDocuments([devfest, meetup], { lexicon });

  it('find the English passage through the lexicon read backwards, with the English words in bold', () => {
    const a = lib.ask('berapa harga tiket DevFest?');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('devfest#3');
    // (And the amount asked, which the excerpt shows: see answer-slot.ts's answerValues.)
    expect(bold(a.results[0]!)).toEqual(['ticket', 'price', 'rp50.000']);
  });

  it('match inflected English forms through the passages\' Porter stems', () => {
    const a = lib.ask('siapa pemenang kuis?');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('devfest#2');
    expect(bold(a.results[0]!)).toEqual(expect.arrayContaining(['quiz', 'winners']));
  });

  it('do not take an English title quoted in an Indonesian write-up for a translation', () => {
    // "Ticket Price Scams" is a session's name inside an Indonesian passage, not what "harga" means there.
    const a = lib.ask('berapa harga tiket DevFest?');
    expect(a.results.map((r) => r.docId)).not.toContain('meetup');
  });

  it('find what an Indonesian phrase means as a whole ("makan siang" is lunch, not eat and noon)', () => {
    const rust = doc('rust', 'The Rust workshop lasted all day.\n\nLunch was sponsored by Kopi Kenangan.', 'en');
    const a = Library.fromDocuments([rust, meetup], { lexicon }).ask('siapa sponsor makan siang?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'rust#2']);
    expect(bold(a.results[0]!)).toEqual(['lunch', 'sponsored']);
  });

  it('stay unanswered when the English write-ups match only part of the question', () => {
    expect(lib.ask('berapa harga tiket konser Coldplay?').answered).toBe(false);
  });

  it('leave English questions as they were', () => {
    const a = lib.ask('how much was the DevFest ticket?');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('devfest#3');
  });
});

describe('the language of a write-up', () => {
  it('is guessed from its text when its front matter has no lang', () => {
    const unmarked = { ...devfest, lang: null };
    const lib = Library.fromDocuments([unmarked, meetup], { lexicon });
    const a = lib.ask('berapa harga tiket DevFest?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'devfest#3']);
  });

  it('is taken from lang when given, whatever its case or region (en-GB), also as a three-letter code', () => {
    for (const lang of ['EN', 'en-GB', 'eng']) {
      const lib = Library.fromDocuments([{ ...devfest, lang }, meetup], { lexicon });
      expect(lib.ask('berapa harga tiket DevFest?').results[0]?.id).toBe('devfest#3');
    }
    // Declared Indonesian, its English words are not translations of the question's Indonesian ones.
    const lib = Library.fromDocuments([{ ...devfest, lang: 'id' }, meetup], { lexicon });
    expect(lib.ask('berapa harga tiket DevFest?').answered).toBe(false);
  });
});

describe('a corpus without English write-ups', () => {
  it('gives Indonesian questions no English translations at all (the ranking is unchanged)', () => {
    const lib = Library.fromDocuments([meetup, doc('lomba', 'Harga tiket lomba perahu naga Rp20.000.', 'id')], { lexicon });
    const groups = lib.snapshot.index.analyze('berapa harga tiket');
    expect(groups.map((g) => g.alternatives)).toEqual([[], []]);
  });
});

describe('irregular English forms (WordNet) that are also headwords, and plural names', () => {
  // The shapes of the shipped data: "won" and "judges" are headwords (Korea's currency, the Book of Judges), and the
  // irregular table says they are also forms of win and judge; "left" is kiri and also the past of leave.
  const words = createLexicon(
    {
      won: ['won'],
      win: ['menang', 'memenangkan'],
      judges: ['kitab hakim-hakim'],
      judge: ['hakim', 'juri'],
      left: ['kiri'],
      leave: ['berangkat', 'tinggal'],
      prize: ['hadiah'],
      first: ['pertama'],
      time: ['waktu'],
    },
    { irregular: { won: ['win'], judges: ['judge'], left: ['leave'] } },
  );
  const hackathon = doc(
    'hackathon',
    'Hackathon Bandung berlangsung dua hari di Gedung Sate.\n\n' +
      'Tim Kopi Koding menang hadiah pertama berupa uang tunai.\n\n' +
      'Juri hackathon adalah Rina dari Dicoding dan Andi dari Gojek.',
    'id',
    { title: 'Hackathon Bandung' },
  );
  const trip = doc(
    'trip',
    'Alun-Alun Bandung is the city square, next to the Grand Mosque. We walked around Alun-Alun Bandung at night.\n\n' +
      'We left from Alun-Alun Bandung at 06.30 on a rented bus.',
    'en',
    { title: 'Field trip' },
  );
  const lib = Library.fromDocuments([hackathon, trip], { lexicon: words });

  it('"won" reaches menang: a headword that is an irregular form has its base\'s translations too', () => {
    const a = lib.ask('who won the first prize at the hackathon?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'hackathon#2']);
    expect(bold(a.results[0]!)).toEqual(expect.arrayContaining(['menang', 'hadiah', 'pertama']));
  });

  it('"judges" reaches juri, not only the Book of Judges', () => {
    const a = lib.ask('who were the judges of the hackathon?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'hackathon#3']);
    expect(bold(a.results[0]!)).toContain('juri');
  });

  it('an English question reaches an irregular form in an English write-up ("leave" finds "We left")', () => {
    const a = lib.ask('what time did we leave from Alun-Alun Bandung?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'trip#2']);
    expect(bold(a.results[0]!)).toContain('left');
    // And the other way round: the form asks for the base's passages.
    const back = Library.fromDocuments([doc('notes', 'Members who leave early should sign out at the desk.', 'en'), hackathon], { lexicon: words });
    const early = back.ask('who left early?');
    expect(early.results[0]?.id).toBe('notes#1');
    // ("early" alone would find the passage: "leave" in bold is what shows that "left" reached it.)
    expect(bold(early.results[0]!)).toContain('leave');
  });

  it('an Indonesian question reaches them too, through the English its words translate to ("berangkat" → leave → left)', () => {
    const a = lib.ask('kapan kami berangkat dari Alun-Alun Bandung?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'trip#2']);
    expect(bold(a.results[0]!)).toContain('left');
  });

  it('leaves a corpus without English write-ups as it was (no English forms looked for in Indonesian text)', () => {
    const groups = Library.fromDocuments([hackathon], { lexicon: words }).snapshot.index.analyze('when did we leave?');
    expect(groups.find((g) => g.word === 'leave')!.stems).not.toContain('left');
  });
});

describe('irregular forms weigh as the word they stand for, in the sense asked', () => {
  const words = createLexicon(
    { leave: ['berangkat', 'cuti'], left: ['kiri'], bus: ['bis'] },
    { irregular: { left: ['leave'] } },
  );
  const trip = doc(
    'trip',
    'Members who leave early sign out at the desk.\n\nPlease leave your bags at the entrance.\n\n' +
      'The bus will leave at noon.\n\nLeave requests go to the organisers.',
    'en',
  );
  const kucing = doc('kucing', 'Kucing tidur di teras.', 'id');

  it("a word's irregular forms the corpus lacks do not make the word rarer ('leave' is as common with 'left' unseen)", () => {
    const weight = (lexicon: typeof words) =>
      Library.fromDocuments([trip, kucing], { lexicon }).snapshot.index.analyze('when does the bus leave?').find((g) => g.word === 'leave')!.weight;
    const plain = createLexicon({ leave: ['berangkat', 'cuti'], left: ['kiri'], bus: ['bis'] });
    expect(weight(words)).toBe(weight(plain));
    // (The forms still count as evidence.)
    expect(Library.fromDocuments([trip, kucing], { lexicon: words }).snapshot.index.analyze('when does the bus leave?').find((g) => g.word === 'leave')!.stems).toContain('left');
  });

  it("an Indonesian word's English is not read as another word's form ('kiri' is left, not the past of leave)", () => {
    const lib = Library.fromDocuments([trip, doc('gate', 'The door on the left is locked after nine.', 'en')], {
      lexicon: createLexicon({ leave: ['berangkat'], left: ['kiri'], door: ['pintu'] }, { irregular: { left: ['leave'] } }),
    });
    const a = lib.ask('pintu sebelah kiri');
    expect(a.results[0]?.id).toBe('gate#1');
    expect(a.results.flatMap((r) => bold(r))).not.toContain('leave');
  });
});

describe('an English name in an Indonesian question ("siapa pembicara dari Japan?")', () => {
  // Members mix languages: the write-ups say "Jepang", a member types "Japan". A capitalised word inside the question
  // that the corpus lacks is translated as an English question's words are, but only into words the corpus writes
  // mostly as names (capitalised inside a sentence): "Rose" may be a person, and "mawar" or "naik" is no answer.
  const names = createLexicon({ japan: ['jepang'], germany: ['jerman'], rose: ['naik', 'mawar'], speaker: ['penutur'] });
  const meetup = (id: string, body: string, date: string) => doc(id, body, 'id', { title: `Meetup Komunitas Data ${date}`, date });
  const corpus = [
    meetup('mei', 'Meetup bulan Mei diadakan di Bandung.\n\nPembicara meetup adalah Kenji Sato dari Jepang, yang membahas data cuaca.', '2025-05-20'),
    meetup('juni', 'Meetup bulan Juni diadakan di Surabaya.\n\nPembicara meetup adalah Park Ji-won dari Korea, yang membahas data cuaca.', '2025-06-20'),
    doc('taman', 'Di taman kota, bunga mawar mulai mekar dan harga tiket naik.\n\nPengunjung taman naik sepeda.', 'id', { title: 'Taman Kota' }),
  ];
  const lib = Library.fromDocuments(corpus, { lexicon: names });

  it('is found through its Indonesian name, in bold, and answered from the write-up that names it', () => {
    const a = lib.ask('siapa pembicara dari Japan?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'mei#2']);
    expect(bold(a.results[0]!)).toContain('jepang');
  });

  it('is not answered from a write-up that never names it: the event-name rule holds through its translation', () => {
    // "Germany" is "Jerman", which no write-up says: Korea's and Japan's speakers are no answer.
    expect(lib.ask('siapa pembicara dari Germany?').answered).toBe(false);
  });

  it('is not translated into words the corpus writes as common words ("Rose" is no "naik" or "mawar")', () => {
    const groups = lib.snapshot.index.analyze('apakah Rose datang ke taman?');
    expect(groups.find((g) => g.word === 'rose')!.alternatives).toEqual([]);
    expect(lib.ask('apakah Rose datang ke taman?').answered).toBe(false);
  });

  it('is left as written when the corpus has it ("Korea" is not looked up)', () => {
    const withKorea = Library.fromDocuments(corpus, { lexicon: createLexicon({ korea: ['jepang'] }) });
    const a = withKorea.ask('siapa pembicara dari Korea?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'juni#2']);
  });
});
