// A word of a title that names a kind of event only together with its neighbour ("Time Trial", "Fun Run"), typed
// alone in its everyday sense ("what was her time in the 21K"), asks nothing of that kind: the write-up titled
// "Time Trial" must not push the race results that answer it below every passage that says "time".
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { fixedCompanion } from '../src/engine/title-phrases.ts';
import { writeUp } from './write-up.ts';

const lexicon = createLexicon({ time: ['waktu'], won: ['menang'], trial: ['uji coba'] });

const race = writeUp({
  id: 'race',
  title: 'Hasil Lomba Lari Kota 2025',
  body:
    'Lomba lari kota digelar Minggu, 23 Maret 2025 dengan 540 peserta. Hasil podium memakai chip time resmi.\n\n' +
    '21K Putri\n1. Melati Suryani – 01:36:48\n2. Claire Dubois – 01:39:15\n3. Intan Permata – 01:42:03\n\n' +
    '21K Putra\n1. Teguh Prasetyo – 01:18:25\n2. Samuel Hutapea – 01:21:07',
  lang: 'id',
  date: '2025-03-23',
});
const trial = writeUp({
  id: 'trial',
  title: 'Hasil Time Trial 10K Agustus 2026',
  body:
    'Time trial 10K internal digelar di stadion, 25 putaran, diikuti 41 pelari.\n\n' +
    '| No | Nama | Waktu |\n|---|---|---|\n| 1 | Teguh Prasetyo | 00:33:48 |\n| 2 | Fajar Nugroho | 00:35:05 |\n\n' +
    'Time trial berikutnya bulan November.',
  lang: 'id',
  date: '2026-08-24',
});
describe('a title word that names a kind only beside its neighbour', () => {
  const lib = Library.fromDocuments([race, trial], { lexicon });

  it('typed alone in its everyday sense, leaves the write-ups of other kinds in their place', () => {
    const a = lib.ask('what was Claire Dubois time in the 21K', { top: 10 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('race#2');
  });

  it('typed with its neighbour, still names the kind', () => {
    const a = lib.ask('time trial Teguh Prasetyo', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('trial');
  });
});

describe('fixedCompanion', () => {
  it('finds the neighbour a word always has, after it first', () => {
    expect(fixedCompanion('time', ['Hasil Time Trial 10K', 'Time trial 10K digelar. Time trial berikutnya November.'])).toEqual({ companion: 'trial', side: 1 });
    expect(fixedCompanion('run', ['SRR Fun Run 2025', 'Fun run edisi kedua.'])).toEqual({ companion: 'fun', side: -1 });
  });

  it('is null for a word written apart or beside several words', () => {
    expect(fixedCompanion('meetup', ['Meetup Komunitas Data #7', 'Meetup kali ini membahas data.'])).toBeNull();
    expect(fixedCompanion('run', ['Fun Run 2025', 'Long Run Minggu'])).toBeNull();
    expect(fixedCompanion('time', ['Time'])).toBeNull();
    expect(fixedCompanion('ride', ['Group Ride', 'Ride for Clean Water'])).toBeNull();
  });
});
