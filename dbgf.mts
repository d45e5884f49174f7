import { Library } from './src/engine/library.ts';
const l = await Library.open('corpus');
const idx = l.snapshot.index;
for (const q of process.argv.slice(2)) {
  const r = idx.search(q, 3);
  console.log('\n' + q);
  console.log(r.groups.map(g => `${g.word} w=${g.weight.toFixed(2)} tr=${g.translations.map(t => t.surface.join(' ')).join('/')}`).join('\n'));
  for (const h of r.hits) console.log(h.passage.id, h.score.toFixed(2), h.coverage.toFixed(2), [...h.terms].join(','));
}
