import { describe, expect, it } from 'vitest';
import { cognates } from '../src/engine/cognates.ts';

describe('cognates', () => {
  it.each([
    ['organization', 'organisasi'],
    ['technology', 'teknologi'],
    ['initiative', 'inisiatif'],
    ['university', 'universitas'],
    ['international', 'internasional'],
    ['president', 'presiden'],
    ['physics', 'fisika'],
    ['documentary', 'dokumenter'],
    ['exploration', 'eksplorasi'],
    ['journalist', 'jurnalis'],
    ['festivals', 'festival'],
    ['instructor', 'instruktur'],
    ['director', 'direktur'],
    ['factor', 'faktor'],
  ])('spells %s the Indonesian way (%s)', (english, indonesian) => {
    expect(cognates(english)).toContain(indonesian);
  });

  it('leaves short, non-Latin and unchanged words alone', () => {
    expect(cognates('film')).toEqual([]);
    expect(cognates('program')).toEqual([]);
    expect(cognates('münchen')).toEqual([]);
    expect(cognates('ab12c')).toEqual([]);
  });

  it('spells "-ctor" as "-ktur" only after e or u: a factor is no faktur (an invoice)', () => {
    expect(cognates('factor')).not.toContain('faktur');
  });

  it('never returns the word itself', () => {
    for (const w of ['digital', 'festival', 'media', 'global']) expect(cognates(w)).not.toContain(w);
  });
});
