// An English question over English write-ups names a thing by its verb's noun where the write-up says the verb, or
// the other way round: "application deadline" of "Apply by email before 31 May", "register" of "Registration
// closes on 5 June". Porter's stems do not connect them (applic / appli, regist / registr), and the question
// matched only its other words. A noun's verb and a verb's noun that a write-up has are read as forms of the word.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { familySpellings } from '../src/engine/english-words.ts';
import { writeUp } from './write-up.ts';

const lexicon = createLexicon({ deadline: ['tenggat waktu'], band: ['grup musik'], workshop: ['lokakarya'] });

const call = writeUp({
  id: 'call',
  title: 'Call for international bands 2026',
  body:
    'Our festival returns on 13 November 2026 and opens three slots for bands from abroad.\n\n' +
    'What we offer: a 40-minute set, a fee of USD 500 per band, and three nights of accommodation.\n\n' +
    'Apply by email to booking@example.org; the deadline is 31 May 2026. Selected bands are announced on 30 June.',
  lang: 'en',
  date: '2026-03-10',
});
const workshop = writeUp({
  id: 'workshop',
  title: 'Songwriting workshop',
  body:
    'The songwriting workshop takes place on 7 June 2026 in the community studio, with 20 seats.\n\n' +
    'Registration closes on 5 June 2026 at midnight; the workshop costs nothing for members.\n\n' +
    'The deadline for the songwriting contest entries is 20 June 2026, one song a member.',
  lang: 'en',
  date: '2026-05-01',
});

describe('familySpellings', () => {
  it.each([
    ['applications', 'apply'],
    ['registration', 'register'],
    ['invitation', 'invite'],
    ['payment', 'pay'],
    ['register', 'registration'],
    ['apply', 'application'],
    ['attend', 'attendance'],
  ])('%s has %s among its spellings', (word, form) => {
    expect(familySpellings(word)).toContain(form);
  });

  it('gives nothing for a short word or one with digits', () => {
    expect(familySpellings('go')).toEqual([]);
    expect(familySpellings('mp3')).toEqual([]);
  });
});

describe('an English question naming by a verb\'s noun, or a noun\'s verb', () => {
  const lib = Library.fromDocuments([call, workshop], { lexicon });

  it('"when is the application deadline" is answered from "Apply … the deadline is 31 May", not another deadline', () => {
    const a = lib.ask('when is the application deadline');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('call#3');
  });

  it('"until when can I register for the workshop" is answered from "Registration closes …"', () => {
    const a = lib.ask('until when can I register for the workshop');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('workshop#2');
  });
});

// A spelling rule's family that is no family: "finance" is not a form of "fine", though "fine" + "-ance" spells it.
// Read as one, "how much is the fine" was answered, confidently, with the treasury's balance from "The finance
// report". Where the dictionary knows both words and gives them no translation in common, they are two words.
describe('a spelling that only looks like a form of the word', () => {
  const meeting = writeUp({
    id: 'meeting',
    title: 'Annual meeting 2026',
    body: 'The annual meeting elected a new chair on 12 January 2026.\n\nThe finance report: the treasury holds Rp4.200.000 after the festival.',
    lang: 'en',
    date: '2026-01-12',
  });
  const studio = writeUp({
    id: 'studio',
    title: 'Studio rental rules',
    body: 'The studio opens daily from 10.00 to 22.00.\n\nFor a late cancellation, pay Rp25.000 at the front desk.',
    lang: 'en',
    date: '2026-01-10',
  });
  const lib = Library.fromDocuments([meeting, studio], {
    lexicon: createLexicon({ fine: ['denda', 'baik'], finance: ['keuangan'], pay: ['bayar'], payment: ['pembayaran'] }),
  });

  it('"how much is the fine" is not answered from "The finance report"', () => {
    expect(lib.ask('how much is the fine').answered).toBe(false);
  });

  it('while a family whose words translate alike still reaches the other: "payment" of "pay"', () => {
    const a = lib.ask('how much is the payment');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('studio#2');
  });
});
