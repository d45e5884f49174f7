// Fitting the ranking's free parameters jointly, by coordinate ascent over a small grid per parameter, with each
// set held out in turn (scripts/fit-ranking.ts). Pure: the objective is a callback, so that the search can be
// tested without an index and the script can remember every score it has paid for.

/** One parameter of RANKING ("coverageWeight", "bm25.k") and the values the search may give it. */
export interface Parameter {
  name: string;
  /** Candidate values, the current default among them. */
  values: readonly number[];
}

export type Setting = Readonly<Record<string, number>>;

export interface AscentStep {
  name: string;
  value: number;
  objective: number;
}

export interface AscentResult {
  setting: Setting;
  objective: number;
  /** The moves taken, in order: each improved the objective by at least `minGain`. */
  steps: AscentStep[];
}

/**
 * Coordinate ascent: for each parameter in turn, every candidate value with the others held, keeping the best if
 * it beats the current objective by at least `minGain` (a smaller gain on a dev set is one question at the margin,
 * which says nothing of other questions) and `allows` the move. Sweeps until one changes nothing, at most `sweeps`
 * times.
 */
export function coordinateAscent(
  parameters: readonly Parameter[],
  start: Setting,
  objective: (setting: Setting) => number,
  options: {
    minGain: number;
    sweeps: number;
    /** A further condition on a move (the script's `--no-drop`: no training set may fall); any move when absent. */
    allows?: (to: Setting, from: Setting) => boolean;
  },
): AscentResult {
  for (const p of parameters) {
    if (!(p.name in start)) throw new Error(`coordinateAscent: the start setting has no value for "${p.name}"`);
  }
  let setting: Setting = { ...start };
  let current = objective(setting);
  const steps: AscentStep[] = [];
  for (let sweep = 0; sweep < options.sweeps; sweep++) {
    let moved = false;
    for (const p of parameters) {
      let best: { value: number; objective: number } | null = null;
      for (const value of p.values) {
        if (value === setting[p.name]) continue;
        const to = { ...setting, [p.name]: value };
        const score = objective(to);
        if (score < current + options.minGain || (best !== null && score <= best.objective)) continue;
        if (options.allows && !options.allows(to, setting)) continue;
        best = { value, objective: score };
      }
      if (best !== null) {
        setting = { ...setting, [p.name]: best.value };
        current = best.objective;
        steps.push({ name: p.name, value: best.value, objective: current });
        moved = true;
      }
    }
    if (!moved) break;
  }
  return { setting, objective: current, steps };
}

/** A setting's stable key (its names sorted), for remembering scores. */
export function settingKey(setting: Setting): string {
  return Object.keys(setting)
    .sort()
    .map((k) => `${k}=${setting[k]}`)
    .join(',');
}

/** The values a setting changes from `base`, as "name=value" pairs (empty when none). */
export function changedFrom(setting: Setting, base: Setting): string {
  return Object.keys(setting)
    .filter((k) => setting[k] !== base[k])
    .map((k) => `${k}=${setting[k]}`)
    .join(', ');
}
