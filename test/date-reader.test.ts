// One reader of dates typed in numbers (dates.ts, dateOfParts): a question's "14/6/2025", a text's "2025-06-14" and a
// moderator's front-matter "14.06.2025" (the date hint, date-hint.ts) are read by the same rules.
import { describe, expect, it } from 'vitest';
import { isoDateHint } from '../src/engine/date-hint.ts';
import { dateOfParts, isoOfDate, readDates, textDates } from '../src/engine/dates.ts';

describe('dateOfParts', () => {
  it('reads a year first or last, a month 1–12 and a day 1–31, day first when the year is last', () => {
    expect(dateOfParts(['14', '06', '2025'])).toEqual({ year: '2025', month: 6, day: 14 });
    expect(dateOfParts(['2025', '6', '1'])).toEqual({ year: '2025', month: 6, day: 1 });
    expect(dateOfParts(['06', '2025'])).toEqual({ year: '2025', month: 6 });
    expect(isoOfDate({ year: '2025', month: 6, day: 1 })).toBe('2025-06-01');
    for (const parts of [['13', '13', '2025'], ['2025', '13'], ['2024', '2025'], ['6', '9'], ['14', '6', '25'], ['32', '1', '2025'], ['v2', '2025']]) {
      expect(dateOfParts(parts), parts.join('/')).toBeNull();
    }
  });

  it('is how a question, a text and a front-matter date are read alike', () => {
    for (const [written, iso] of [['14/6/2025', '2025-06-14'], ['2025/06/14', '2025-06-14'], ['5-6-2025', '2025-06-05']] as const) {
      expect(isoDateHint(written), written).toMatch(new RegExp(`^${iso} for `));
      expect(textDates(`rapat ${written} di Bandung`), written).toEqual([iso]);
      expect(readDates(`meetup ${written}`, true), written).toBe(`meetup ${Number(iso.slice(8))} Juni 2025`);
    }
    // The front matter's full stop too, and months alone.
    expect(isoDateHint('14.06.2025')).toBe('2025-06-14 for 14 June 2025');
    expect(isoDateHint('6/2025')).toBe('2025-06 for June 2025');
  });
});
