// A word of a title that names a kind of event only together with its neighbour ("Time Trial", "Fun Run"), typed
// alone in its everyday sense ("what was her time in the 21K"), asks nothing of that kind: the write-up titled
// "Time Trial" must not push the race results that answer it below every passage that says "time".
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { titlePhrases } from '../src/engine/title-phrases.ts';
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

// (The same two write-ups in English, asked in Indonesian: "waktu" is "time", a word still, not the kind.)
const raceEn = writeUp({
  id: 'race-en',
  title: 'City Race Results 2025',
  body:
    'The city race was held on Sunday, 23 March 2025 with 540 runners. The podium used the official chip time.\n\n' +
    '21K Women\n1. Melati Suryani – 01:36:48\n2. Claire Dubois – 01:39:15\n3. Intan Permata – 01:42:03\n\n' +
    '21K Men\n1. Teguh Prasetyo – 01:18:25\n2. Samuel Hutapea – 01:21:07',
  lang: 'en',
  date: '2025-03-23',
});
const trialEn = writeUp({
  id: 'trial-en',
  title: 'Time Trial 10K August 2026',
  body:
    'The internal 10K time trial was held at the stadium, 25 laps, with 41 runners.\n\n' +
    '| No | Name | Result |\n|---|---|---|\n| 1 | Teguh Prasetyo | 00:33:48 |\n| 2 | Fajar Nugroho | 00:35:05 |\n\n' +
    'The next time trial is in November.',
  lang: 'en',
  date: '2026-08-24',
});
describe('a title word that names a kind only beside its neighbour, asked in Indonesian over English write-ups', () => {
  const lib = Library.fromDocuments([raceEn, trialEn], { lexicon });

  it('as its Indonesian word ("waktu" of "time") is no kind either', () => {
    const a = lib.ask('berapa waktu Claire Dubois di 21K', { top: 10 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('race-en#2');
  });
});

describe('titlePhrases', () => {
  const english = (w: string) => ['time', 'trial', 'workshop', 'docker', 'meetup', 'data', 'fun', 'run'].includes(w);
  const doc = (title: string, ...texts: string[]) => ({ words: new Set(title.toLowerCase().split(' ')), title, texts });
  const elsewhere = (w: string) => (['time', 'trial', 'workshop', 'docker', 'meetup', 'data', 'run'].includes(w) ? 9 : 0);

  it('finds a common word that stands before the same common word wherever its write-ups write it', () => {
    const phrases = titlePhrases([doc('Hasil Time Trial', 'Time trial digelar. Time trial berikutnya November.')], elsewhere, english);
    expect(phrases.get('time')).toEqual({ companion: 'trial' });
    expect(phrases.has('trial')).toBe(false);
  });

  it('leaves a kind before a name, a kind written on its own, and a word said of nothing else', () => {
    const phrases = titlePhrases(
      [doc('Workshop Docker', 'Workshop Docker di kampus: docker compose.'), doc('Meetup Data', 'Meetup Data #7. Meetup kali ini seru.'), doc('Fun Run', 'Fun run pertama.')],
      elsewhere,
      english,
    );
    expect(phrases.has('workshop')).toBe(false); // "docker compose": the topic, named alone too
    expect(phrases.has('meetup')).toBe(false); // "meetup kali ini"
    expect(phrases.has('fun')).toBe(false); // no other write-up writes "fun"
  });
});
