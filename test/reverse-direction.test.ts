// Indonesian questions over a corpus written mostly in English (a community whose write-ups are English, whose
// members ask in Indonesian, in chat style too): the reverse of the engine's first direction, found by a persona
// pass over such a corpus. Each case is a general rule, not a word list.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

const en = (id: string, title: string, date: string, ...paragraphs: string[]): CorpusDocument =>
  writeUp({ id, title, date, lang: 'en', body: paragraphs.join('\n\n') });

const meetups = [
  en('meetup-6', 'JOSC Meetup #6: Python Packaging', '2026-06-27',
    'Meetup #6 happened at Kopi Kalyan, Cikini on 27 June 2026. About 30 members attended.',
    'Hendra Gunawan presented modern Python packaging with pyproject.toml and uv.'),
  en('meetup-7', 'JOSC Meetup #7: Accessibility on the Web', '2026-09-19',
    'Meetup #7 took place at Universitas Indonesia, Depok, on 19 September 2026 at 3 pm.',
    'The speakers were Lestari Handayani and Kevin Tan. They showed how to audit a page with a screen reader.'),
];

describe('an English write-up named by its title\'s word in Indonesian spelling', () => {
  it('finds "Accessibility" of the title for "aksesibilitas", though the text never repeats it', () => {
    const a = Library.fromDocuments(meetups).ask('meetup aksesibilitas di mana');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'meetup-7#1']);
  });
});
