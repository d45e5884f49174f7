// A reload report (library.ts) as the plain-text lines the console's report and the corpus watcher's message both
// print: the engine's, so that the watcher (src/watch.ts) depends on the report, not on a front end's renderer.
// (Discord words its own, within its limits: see src/discord/render.ts.)

import { formatProblem, type ReloadReport } from './library.ts';
import { safeText } from './safe-text.ts';

/** `ids` without control characters, the first `max` of them, "and N more" for the rest; "none" for none. */
export function idList(ids: readonly string[], max = 20): string {
  if (ids.length === 0) return 'none';
  return ids.slice(0, max).map(safeText).join(', ') + (ids.length > max ? `, and ${ids.length - max} more` : '');
}

/** A reload's renames as "old → new", as both of its reports list them. */
export const renamedPairs = (report: ReloadReport): string[] => report.renamed.map((r) => `${r.from} → ${r.to}`);

/**
 * What an applied reload's headline adds when it found problems (", with 2 problems to fix: every good edit is
 * live, each broken file as it was"): nothing for a reload without problems.
 */
export function problemsToFix(report: ReloadReport): string {
  const n = report.problems.length;
  return n === 0 ? '' : `, with ${n} problem${n === 1 ? '' : 's'} to fix: every good edit is live, each broken file as it was`;
}

/**
 * "meetup-7.md is gone and meetup-07.md is broken: …": what a file renamed and broken at once looks like, said
 * plainly since nothing tells which file became which (see ReloadReport.goneWhileBroken).
 */
export function goneWhileBrokenLine({ gone, broken }: { gone: readonly string[]; broken: readonly string[] }): string {
  const is = (files: readonly string[]) => (files.length === 1 ? 'is' : 'are');
  return `${idList(gone)} ${is(gone)} gone and ${idList(broken)} ${is(broken)} broken: if one was renamed to the other, its write-up is out until the broken file is fixed`;
}

/**
 * An applied reload's broken files: which still serve their previous version, which are left out, and every
 * problem. None for a reload without problems.
 */
export function lastGoodLines(report: ReloadReport): string[] {
  return [
    ...(report.kept.length > 0 ? [`  still serving the previous version of: ${idList(report.kept)}`] : []),
    ...(report.leftOut.length > 0 ? [`  left out (not loaded before either): ${idList(report.leftOut)}`] : []),
    ...(report.goneWhileBroken === null ? [] : [`  ${goneWhileBrokenLine(report.goneWhileBroken)}`]),
    ...report.problems.map(formatProblem),
  ];
}
