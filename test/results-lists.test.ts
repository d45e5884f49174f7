// A results write-up (its title names winners: "Pemenang …", "Juara …", "Winners …") often lists each race's places
// as a plain numbered list under the race's name ("Lomba bakiak remaja:" over "1. Sari …", "2. …"), never saying
// "juara": its items are placings all the same, and "juara 1 lomba bakiak 2023" asks for item 1 of that list, as
// "juara 1" of another year's "Juara 1: …" line or table row does. Elsewhere a list's number numbers only what its
// introduction says (see numbered-items.test.ts): decision 1 of the minutes is no "juara 1".

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const results2023 = [
  'Assalamualaikum, berikut daftar lomba Agustusan kemarin. Hadiah diambil di sekretariat.',
  'Lomba bakiak remaja:\n1. Sari Wulandari (RT 03)\n2. Tono Prakoso (RT 01)\n3. Galih Saputra (RT 05)',
  'Lomba kelereng anak:\n1. Budi Hartono (RT 02)\n2. Citra Lestari (RT 04)',
  'Tarik tambang bapak2: juara 1 RT 05, juara 2 RT 02.',
].join('\n\n');
const results2024 = [
  'Lomba Agustusan 2024 diikuti 120 warga dari enam RT.',
  'Lomba bakiak remaja: juara 1 Dewi Anggraini (RT 02), juara 2 Hana Pertiwi (RT 06).',
  'Tarik tambang bapak2: juara 1 RT 01, juara 2 RT 03.',
].join('\n\n');
const minutes = [
  'Rapat panitia lomba bakiak diadakan di balai warga, hadir 14 orang.',
  'Keputusan:\n1. Lomba bakiak remaja dibagi dua kelompok umur.\n2. Pendaftaran lomba ditutup 10 Agustus.',
].join('\n\n');

const results2022 = [
  'Lomba Agustusan 2022 diadakan di lapangan voli, diikuti 90 warga.',
  'Pemenang lomba kelereng:\n1. Andi Saputra (RT 01)\n2. Beni Kurniawan (RT 03)',
  'Tarik tambang ibu2: juara 1 RT 04, juara 2 RT 02.',
].join('\n\n');

const lib = Library.fromDocuments([
  writeUp({ id: 'lomba-2022', title: 'Lomba Agustusan 2022', body: results2022, date: '2022-08-18' }),
  writeUp({ id: 'pemenang-2023', title: 'Pemenang Lomba Agustusan 2023', body: results2023, date: '2023-08-18' }),
  writeUp({ id: 'lomba-2024', title: 'Lomba Agustusan 2024', body: results2024, date: '2024-08-18' }),
  writeUp({ id: 'rapat-panitia', title: 'Notulen Rapat Panitia Lomba', body: minutes, date: '2023-07-30' }),
]);

describe("a results write-up's numbered list under a race's name", () => {
  it.each([
    ['siapa juara 1 lomba bakiak remaja 2023', /1\. Sari Wulandari/u],
    ['siapa juara 2 lomba kelereng anak', /2\. Citra Lestari/u],
  ])('"%s" is answered by the list', (q, text) => {
    const a = lib.ask(q, { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('pemenang-2023');
    expect(a.results[0]?.text).toMatch(text);
  });

  it('so is a list whose own introduction names winners, under a title that does not', () => {
    const a = lib.ask('juara 2 lomba kelereng 2022', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/2\. Beni Kurniawan/u);
  });

  it("still leaves another year's winners to their own lines", () => {
    const a = lib.ask('juara 1 lomba bakiak 2024 siapa', { top: 3 });
    expect(a.results[0]?.text).toMatch(/Dewi Anggraini/u);
  });

  it('numbers no placing in a write-up that names no winners', () => {
    // (The minutes' decision 1 is about the bakiak race too, but it is no "juara 1": the results list is.)
    const a = lib.ask('juara 1 lomba bakiak remaja', { top: 5 });
    const at = (docId: string, text: RegExp) => a.results.findIndex((r) => r.docId === docId && text.test(r.text));
    expect(at('pemenang-2023', /1\. Sari Wulandari/u)).toBeGreaterThanOrEqual(0);
    expect(at('pemenang-2023', /1\. Sari Wulandari/u)).toBeLessThan(at('rapat-panitia', /^Keputusan/u));
  });
});

// A results write-up lists more than placings: the jury, the prize-giving's programme, the entrants. Those lists'
// items are no places ("Dewan juri:" over "1. Pak Harun" is no juara 1), whatever the title names.
describe("a results write-up's list of something other than placings", () => {
  const body = [
    'Alhamdulillah lomba 17an 2024 selesai. Berikut pemenangnya.',
    'Balap karung anak:\n1. Nayla Putri\n2. Raka Aditya',
    'Susunan acara penyerahan hadiah:\n1. Pembukaan oleh MC\n2. Sambutan Pak RT Slamet\n3. Pembagian hadiah',
    'Dewan juri:\n1. Pak Harun\n2. Bu Siti',
  ].join('\n\n');
  const results = Library.fromDocuments([writeUp({ id: 'pemenang-2024', title: 'Pemenang Lomba 17an 2024', body, date: '2024-08-18' })]);

  it.each(['siapa juara 1 lomba 17an 2024', 'juara 2 lomba 17an'])('"%s" is answered by the race\'s list, not the jury\'s', (q) => {
    const a = results.ask(q, { top: 3 });
    expect(a.results[0]?.text).toMatch(/^Balap karung anak:/u);
  });
});

// 'numbers no placing in a write-up that names no winners' above passes whether or not the minutes' decisions are
// read as placings (the results list outranks them either way); here the minutes, titled "Hasil Rapat …" (no
// winners: see namesWinners), would be the first answer if their "1." were juara 1.
describe('a meeting\'s "Hasil rapat:" list is no placing', () => {
  const meeting = Library.fromDocuments([
    writeUp({ id: 'hasil-rapat', title: 'Hasil Rapat Panitia Agustusan', body: 'Rapat panitia di balai warga, hadir 14 orang.\n\nHasil rapat:\n1. Lomba bakiak remaja dipindah ke lapangan voli.\n2. Lomba kelereng anak dimulai jam 8.', date: '2024-07-30' }),
    writeUp({ id: 'lomba', title: 'Lomba Agustusan 2024', body: 'Lomba Agustusan 2024 diikuti 120 warga.\n\nSemua lomba selesai sore. Bakiak remaja dimenangkan Dewi Anggraini dari RT 02, kelereng anak oleh Raka.', date: '2024-08-18' }),
  ]);

  it.each(['juara 1 lomba bakiak remaja', 'siapa juara 1 lomba bakiak'])('"%s" is answered by the results, not decision 1', (q) => {
    const a = meeting.ask(q, { top: 3 });
    expect(a.results[0]?.docId).toBe('lomba');
  });
});

// A race's list names the race and its places, never "juara"; another race's line in the same write-up says "juara
// 1" as written. "siapa juara 1 lomba bakiak" asks for the bakiak list's first item: the other race's "juara 1"
// matches two of the question's words where the list matched "bakiak" and only the place, so it came first. A
// results list says "juara" as much as that line does (its items are places), and is read so.
describe("a race's results list beside another race's literal \"juara 1\"", () => {
  const body = [
    'Lomba bakiak:\n1. Budi Santoso\n2. Rina Wati\n3. Joko',
    'Lomba makan kerupuk: juara 1 Sari, juara 2 Dewi, juara 3 Anton.',
  ].join('\n\n');
  const results = Library.fromDocuments([writeUp({ id: 'pemenang', title: 'Pemenang Lomba 17an RT 05', body, date: '2025-08-18' })]);

  it.each([
    ['siapa juara 1 lomba bakiak', /^Lomba bakiak:/u],
    ['juara 2 bakiak siapa', /^Lomba bakiak:/u],
    ['siapa juara 1 lomba makan kerupuk', /^Lomba makan kerupuk/u],
  ])('"%s"', (q, text) => {
    const a = results.ask(q, { top: 2 });
    expect(a.results[0]?.text).toMatch(text);
    expect(a.answered).toBe(true);
  });
});
