// npx tsx scripts/ranking-compare.ts BEFORE.jsonl AFTER.jsonl
// Compares two dumps of scripts/ranking-dump.ts: same ids in the same order, scores and coverage within 1e-9
// relative, same `answered`, same shown results. Prints every difference; exits 1 when there is one.

import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2).map((f) => readFileSync(f!, 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
if (!a || !b) throw new Error('usage: ranking-compare.ts BEFORE.jsonl AFTER.jsonl');
const close = (x: number, y: number) => x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
let differences = 0;
let maxRel = 0;
if (a.length !== b.length) {
  console.log(`different numbers of questions: ${a.length} vs ${b.length}`);
  differences++;
}
for (let i = 0; i < Math.min(a.length, b.length); i++) {
  const x = a[i];
  const y = b[i];
  const problems: string[] = [];
  if (x.q !== y.q) problems.push('different question');
  if (x.answered !== y.answered) problems.push(`answered ${x.answered} → ${y.answered}`);
  if (!close(x.attainable, y.attainable)) problems.push(`attainable ${x.attainable} → ${y.attainable}`);
  if (x.top.length !== y.top.length) problems.push(`top length ${x.top.length} → ${y.top.length}`);
  x.top.forEach(([id, score, coverage]: [string, number, number], k: number) => {
    const [id2, score2, coverage2] = y.top[k] ?? [];
    if (id !== id2) problems.push(`#${k + 1} ${id} → ${id2}`);
    else {
      if (!close(score, score2)) problems.push(`#${k + 1} score ${score} → ${score2}`);
      if (!close(coverage, coverage2)) problems.push(`#${k + 1} coverage ${coverage} → ${coverage2}`);
      if (score !== score2) maxRel = Math.max(maxRel, Math.abs(score - score2) / Math.abs(score));
    }
  });
  if (JSON.stringify(x.shown) !== JSON.stringify(y.shown)) problems.push('shown results differ');
  if (problems.length > 0) {
    differences++;
    console.log(`${x.set} | ${x.q.slice(0, 80)}: ${problems.join('; ')}`);
  }
}
console.log(`${a.length} questions compared, ${differences} with differences; largest relative score change ${maxRel.toExponential(2)}`);
process.exitCode = differences > 0 ? 1 : 0;
