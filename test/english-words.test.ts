import { describe, expect, it } from 'vitest';
import { agentNounSpellings, derivedEnglish, nominalsOf, superlatives } from '../src/engine/english-words.ts';
import { loadLexicon } from '../src/engine/lexicon.ts';

describe('derivedEnglish: Indonesian spellings of a write-up\'s English words', () => {
  const lexicon = loadLexicon();
  const derived = derivedEnglish(['session', 'participants', 'speaker', 'logo', 'winner', 'registration', 'opening'], (w) => lexicon.agentNouns!(w));

  it('maps a loan\'s Indonesian spelling back to the word (cognates.ts backwards)', () => {
    expect(derived.spelled.get('sesi')).toEqual(['session']);
    expect(derived.spelled.get('partisipan')).toEqual(['participants']);
    expect(derived.spelled.get('registrasi')).toEqual(['registration']);
  });

  it('maps an agent noun\'s peN- noun back to it (agent-nouns.ts backwards)', () => {
    expect(derived.spelled.get('pembicara')).toContain('speaker');
  });

  it('never maps a word to itself', () => {
    expect(derived.spelled.get('logo')).toBeUndefined();
  });

  it('finds the nouns an English verb makes that the write-ups have', () => {
    expect(nominalsOf('register', derived)).toEqual(['registration']);
    expect(nominalsOf('open', derived)).toEqual(['opening']);
    expect(nominalsOf('win', derived)).toEqual([]);
    expect(nominalsOf('a b', derived)).toEqual([]);
  });
});

describe('agentNounSpellings', () => {
  it.each([
    ['speak', 'speaker'],
    ['organize', 'organizer'],
    ['win', 'winner'],
    ['run', 'runner'],
  ])('%s → %s', (verb, noun) => {
    expect(agentNounSpellings(verb)).toContain(noun);
  });

  it.each(['speaker', 'go', 'Speak'])('gives nothing for %s', (w) => {
    expect(agentNounSpellings(w)).toEqual([]);
  });
});

describe('superlatives', () => {
  it.each([
    ['fast', ['fastest']],
    ['large', ['largest']],
    ['early', ['earliest']],
    ['big', ['bigest', 'biggest']],
    ['free charge', []],
  ])('%s → %j', (adjective, expected) => {
    expect(superlatives(adjective)).toEqual(expected);
  });
});
