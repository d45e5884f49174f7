// Reloads at the same time (issue 4), through the real /reload on the fake Discord: the second waits for the
// first and is told so, a third shares the queued one, never two builds at once; questions asked meanwhile are
// answered from the previous index, never from a half-built or empty one.
//
// The corpus loader is wrapped (not replaced) so the test can hold a reload at a known point instead of racing
// the clock, and can check that no load ever starts while another reload is unfinished.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CorpusModule from '../src/engine/corpus.ts';
import type { GatewayBotHandle } from '../src/discord/gateway.ts';
import { Library, type ReloadReport } from '../src/engine/library.ts';
import { MANAGE_GUILD, type FakeDiscord } from './fake-discord/index.ts';
import { memberFactory, startBotOnFake, tempCorpus, type TempCorpus } from './fake-discord/harness.ts';

const probe = vi.hoisted(() => ({
  /** While set, a load waits for it after reading the files (so later edits are not part of that load). */
  hold: null as Promise<void> | null,
  /** Called when a load has finished reading, just before the index build starts. */
  onLoaded: null as null | (() => void),
  loads: 0,
  /** Loads that have read the files (`loads` counts them as they start, before the folder is read). */
  read: 0,
  /** Loads that started while an earlier reload had not finished: must stay 0. */
  overlaps: 0,
  /** How many reloads had finished (see `track`). */
  finished: 0,
}));

vi.mock('../src/engine/corpus.ts', async (importOriginal) => {
  const real = await importOriginal<typeof CorpusModule>();
  return {
    ...real,
    async loadCorpus(...args: Parameters<typeof real.loadCorpus>) {
      // Every reload before this one must be completely finished (index built and swapped) by now.
      if (probe.loads > 0 && probe.finished < probe.loads) probe.overlaps++;
      probe.loads++;
      const result = await real.loadCorpus(...args);
      probe.read++;
      if (probe.hold) await probe.hold;
      probe.onLoaded?.();
      return result;
    },
  };
});

let fake: FakeDiscord;
let bot: GatewayBotHandle;
let corpus: TempCorpus;
let library: Library;
/** Distinct reload promises handed out by the library (calls that share a queued reload get the same one). */
const reloads = new Set<Promise<ReloadReport>>();
let reloadCalls = 0;

beforeAll(async () => {
  corpus = tempCorpus({ 'zebra.md': '---\nid: zebra\ntitle: Zebra parade\n---\nThe zebra parade starts at the north gate of the old harbour.\n' });
  library = await Library.open(corpus.dir);
  probe.loads = 1; // the opening load
  probe.finished = 1;
  const original = library.reload.bind(library);
  vi.spyOn(library, 'reload').mockImplementation((by) => {
    reloadCalls++;
    const promise = original(by);
    if (!reloads.has(promise)) {
      reloads.add(promise);
      // Registered before the library's next queued reload can start (see Library.reload): counts it finished first.
      promise.then(
        () => probe.finished++,
        () => probe.finished++,
      );
    }
    return promise;
  });
  ({ fake, bot } = await startBotOnFake(library));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  corpus?.remove();
});

const user = memberFactory('mod', 5);

const reload = () => fake.slash('reload', {}, { user: user(), permissions: MANAGE_GUILD });
const ask = (question: string) => fake.slash('ask', { question }, { user: user() });
const content = async (id: string) => ((await fake.waitForCallback(id)).data as { content: string }).content;

describe('two or three /reloads at once', () => {
  it('the first runs, the second waits and is told so, the third shares the second; one build at a time; questions meanwhile get the old index', async () => {
    let release!: () => void;
    probe.hold = new Promise<void>((resolve) => (release = resolve));
    const loadsBefore = probe.loads;
    const readBefore = probe.read;
    const callsBefore = reloadCalls;

    let first!: { id: string }, second!: { id: string }, third!: { id: string };
    try {
      first = reload();
      // Until the first reload has read the folder, not only started: on a busy machine it read the file below too.
      await vi.waitFor(() => expect(probe.read).toBe(readBefore + 1));
      // The first reload has read the corpus and is held; a document added now is only seen by a later reload.
      corpus.write('kites.md', '---\nid: kites\ntitle: Kite festival\n---\nThe kite festival fills the beach with paper dragons.\n');
      second = reload();
      third = reload();
      await vi.waitFor(() => expect(reloadCalls).toBe(callsBefore + 3));
      expect(library.reloading).toBe(true);

      // A question while the reload is under way: answered at once, from the index in place.
      const during = ask('where does the zebra parade start');
      expect(await content(during.id)).toContain('north gate');
      expect(library.passage('kites#1')).toBeUndefined();

      // Nothing more was loaded while the first is held: the others queue behind it instead of racing it.
      expect(probe.loads).toBe(loadsBefore + 1);
    } finally {
      // Released even when an expectation above failed, so later tests are not left waiting.
      release();
      probe.hold = null;
    }

    const [r1, r2, r3] = await Promise.all([first, second, third].map((s) => fake.waitForOriginal(s.id).then((m) => m.content)));
    expect(r1).toContain('Corpus reloaded in');
    expect(r1).not.toContain('Another reload was running');
    expect(r1).toContain('No document changed.');
    for (const later of [r2, r3]) {
      expect(later).toContain('Corpus reloaded in');
      expect(later).toContain('Another reload was running; this one ran right after it.');
      // It ran after the first finished, so it saw the document added meanwhile.
      expect(later).toContain('Added (1): kites');
    }
    // Three /reloads, two builds: the third shared the one that was waiting. Never two at once.
    expect(probe.loads).toBe(loadsBefore + 2);
    expect(probe.overlaps).toBe(0);
    expect(library.reloading).toBe(false);
    expect(library.passage('kites#1')).toBeDefined();
  });

  it('a /reload after they all finished runs on its own, without the "waited" note', async () => {
    const sent = reload();
    const reply = (await fake.waitForOriginal(sent.id)).content;
    expect(reply).toContain('Corpus reloaded in');
    expect(reply).not.toContain('Another reload was running');
    expect(probe.overlaps).toBe(0);
  });
});

/** 3,000 generated passages: enough that building their index takes a noticeable while. */
function bigCorpus(n = 3000): string {
  const words = 'pelabuhan festival lentera kota tua perahu naga lomba kopi panen padi sawah gunung danau pantai pasar malam tari musik gamelan wayang batik tenun rumah adat upacara bupati warga relawan panitia hadiah juara tim desa'.split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: 40 }, () => words[Math.floor(next() * words.length)]).join(' ') + ` (catatan ${i + 1}).`;
    lines.push(JSON.stringify({ id: `gen-${i + 1}`, title: `Catatan ${i + 1}`, text }));
  }
  return lines.join('\n') + '\n';
}

describe('a question while the index is being built', () => {
  // This holds because the index build yields to the event loop: with a build in one synchronous run, the /ask
  // below would only be read from the socket after the new index was swapped in, and get the new answer.
  it('is answered from the previous index, and the reload then completes', async () => {
    corpus.write('zebra.md', '---\nid: zebra\ntitle: Zebra parade\n---\nThe zebra parade now starts at the south pier of the old harbour.\n');
    corpus.write('bulk.jsonl', bigCorpus());
    let during: { id: string } | null = null;
    // The moment the files are read and the build starts, a member asks.
    probe.onLoaded = () => {
      probe.onLoaded = null;
      during = ask('where does the zebra parade start');
    };
    const sent = reload();
    const report = (await fake.waitForOriginal(sent.id, (m) => !m.loading, 15_000)).content;
    expect(during).not.toBeNull();
    const answer = await content(during!.id);
    expect(answer).toContain('north gate');
    expect(answer).not.toContain('south pier');
    // …and the reload completed: the big corpus is in, and now answers.
    expect(report).toContain('Corpus reloaded in');
    expect(report).toMatch(/Added \(3000\): gen-1\b/);
    expect(library.counts.passages).toBeGreaterThan(3000);
    expect(await content(ask('where does the zebra parade start').id)).toContain('south pier');
    expect(probe.overlaps).toBe(0);
  });
});
