import { describe, expect, it } from 'vitest';
import { overrideRanking, RANKING } from '../src/engine/ranking.ts';
import { SearchIndex } from '../src/engine/search.ts';
import { changedFrom, coordinateAscent, settingKey, type Setting } from '../src/eval/fit.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: `d${i + 1}`, title: '', paragraph: 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const TEXTS = [
  'Festival festival festival musim panas yang meriah di kota pelabuhan.',
  'Festival musim semi dirayakan di kota pelabuhan Quanzhou setiap tahun dengan lampion.',
  'Pelabuhan Quanzhou ramai oleh kapal dagang pada musim semi, jauh dari pusat kota yang sepi.',
  'Cuaca hari ini cerah dan berangin di seluruh kota.',
];
const QUESTION = 'festival musim semi di pelabuhan Quanzhou';
const scores = (index: SearchIndex) => index.search(QUESTION, 10).hits.map((h) => [h.passage.id, h.score]);

describe('overrideRanking (scripts/fit-ranking.ts re-scores built indexes)', () => {
  it('changes the ranking of an index already built exactly as building it with those values would', () => {
    const index = new SearchIndex(passages(TEXTS), { lexicon: null });
    const before = scores(index);
    const setting = { coverageWeight: 1, 'bm25.k': 2, 'bm25.b': 0.3, proximityWeight: 3, leadWeight: 0.5, stemWeight: 0.6 };
    const restore = overrideRanking(setting);
    let rescored, rebuilt;
    try {
      rescored = scores(index);
      rebuilt = scores(new SearchIndex(passages(TEXTS), { lexicon: null }));
    } finally {
      restore();
    }
    expect(rescored).not.toEqual(before);
    expect(rescored).toEqual(rebuilt);
    expect(scores(index)).toEqual(before);
    expect(RANKING.coverageWeight).toBe(3);
    expect(RANKING.bm25.k).toBe(1.2);
  });

  it('names the value it does not know, and then changes none', () => {
    expect(() => overrideRanking({ coverageWeight: 9, coverageWieght: 2 })).toThrow(/no number "coverageWieght"/);
    expect(() => overrideRanking({ 'bm26.k': 2 })).toThrow(/no group "bm26"/);
    expect(() => overrideRanking({ leadWeight: Number.NaN })).toThrow(/"leadWeight" must be a finite number/);
    expect(RANKING.coverageWeight).toBe(3);
  });
});

describe('coordinateAscent', () => {
  const parameters = [
    { name: 'a', values: [0, 1, 2, 3, 4] },
    { name: 'b', values: [0, 1, 2] },
  ];

  it('walks each parameter to the best value with the others held, until a sweep changes nothing', () => {
    // Coupled, so that one sweep is not enough: a's best depends on b (best at a = 3, b = 2).
    const objective = (s: Setting) => -((s.a! - 1 - s.b!) ** 2) - 2 * (s.b! - 2) ** 2;
    const fit = coordinateAscent(parameters, { a: 0, b: 0 }, objective, { minGain: 1e-9, sweeps: 5 });
    expect(fit.setting).toEqual({ a: 3, b: 2 });
    expect(fit.objective).toBe(objective({ a: 3, b: 2 }));
    expect(fit.steps.map((s) => s.name)).toEqual(['a', 'b', 'a', 'b', 'a']);
  });

  it('keeps the start where no move gains at least minGain', () => {
    const objective = (s: Setting) => 0.5 + s.a! * 0.0004;
    expect(coordinateAscent(parameters, { a: 0, b: 0 }, objective, { minGain: 0.002, sweeps: 3 }).setting).toEqual({ a: 0, b: 0 });
    expect(coordinateAscent(parameters, { a: 0, b: 0 }, objective, { minGain: 0.001, sweeps: 3 }).setting).toEqual({ a: 4, b: 0 });
  });

  it('takes only the moves `allows` allows, the best of them', () => {
    const objective = (s: Setting) => s.a! + s.b!;
    // As --no-drop does: a move may not lower a part of the objective (here b).
    const allows = (to: Setting, from: Setting) => to.b! >= from.b! && to.a! !== 4;
    const fit = coordinateAscent(parameters, { a: 0, b: 1 }, objective, { minGain: 0.5, sweeps: 3, allows });
    expect(fit.setting).toEqual({ a: 3, b: 2 });
  });

  it('says which parameter the start lacks', () => {
    expect(() => coordinateAscent(parameters, { a: 0 }, () => 0, { minGain: 0, sweeps: 1 })).toThrow(/no value for "b"/);
  });

  it('keys and describes settings by name', () => {
    expect(settingKey({ b: 1, a: 2 })).toBe('a=2,b=1');
    expect(changedFrom({ a: 2, b: 1 }, { a: 2, b: 0 })).toBe('b=1');
  });
});
