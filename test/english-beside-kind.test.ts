// English questions over a community's Indonesian write-ups: the word a member types in lower case right before or
// after a kind of event ("the chess tournament", "the documentary programmes") says which event, as a name would
// (QueryGroup.besideKind). The Indonesian write-up says it in Indonesian, in lower case as a word is written
// ("turnamen catur"), and that names the event: only a name the member capitalised needs a capitalised
// translation (a name that is also a word has the word's senses among its translations).
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { writeUp } from './write-up.ts';

const lexicon = createLexicon({
  chess: ['catur'],
  volleyball: ['bola voli'],
  tournament: ['turnamen', 'pertandingan'],
  won: ['menang', 'memenangkan'],
  win: ['menang', 'memenangkan'],
  round: ['babak', 'putaran'],
  many: ['banyak'],
  documentary: ['dokumenter'],
  programme: ['program', 'acara'],
  launched: ['diluncurkan', 'meluncurkan'],
  launch: ['meluncurkan', 'peluncuran'],
});

const chess = writeUp({
  id: 'catur',
  title: 'Turnamen catur antarkampung 2025',
  body:
    'Turnamen catur antarkampung digelar di balai desa pada Sabtu, 10 Mei 2025, diikuti 24 pemain.\n\n' +
    'Turnamen catur dimenangkan oleh Arief Budiman setelah tujuh babak.',
  lang: 'id',
  date: '2025-05-10',
});
const volley = writeUp({
  id: 'voli',
  title: 'Turnamen voli antarkampung 2025',
  body: 'Turnamen voli digelar di lapangan desa pada Minggu, 1 Juni 2025.\n\nJuara turnamen voli adalah tim Karang Anyar.',
  lang: 'id',
  date: '2025-06-01',
});
const forum = writeUp({
  id: 'forum',
  title: 'Forum media 2024',
  body:
    'Forum media digelar di Beijing pada Desember 2024 dengan 300 peserta.\n\n' +
    'Empat program drama dan dokumenter turut diluncurkan dalam forum tersebut.',
  lang: 'id',
  date: '2024-12-10',
});

describe('English questions naming an event by a lower-case word beside its kind', () => {
  const lib = Library.fromDocuments([chess, volley, forum], { lexicon });

  it('are answered from the Indonesian write-up that says the word\'s translation in lower case', () => {
    const a = lib.ask('who won the chess tournament');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('catur#2');
  });

  it('answer a count of the kind the write-up names ("documentary programmes")', () => {
    // (Beside another write-up titled with programmes, "program" is a kind of event and "documentary" says which:
    // without one, "documentary" names nothing and the question was answered whether or not the rule held.)
    const drama = writeUp({
      id: 'drama',
      title: 'Program drama televisi 2025',
      body: 'Program drama televisi dibuka di Jakarta pada Maret 2025.\n\nTiga program drama diluncurkan dalam acara tersebut.',
      lang: 'id',
      date: '2025-03-10',
    });
    const a = Library.fromDocuments([chess, volley, forum, drama], { lexicon }).ask('how many documentary programmes were launched');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('forum#2');
  });

  it('still leave unanswered a kind of event no write-up names in any language', () => {
    expect(lib.ask('who won the badminton tournament').answered).toBe(false);
  });
});
