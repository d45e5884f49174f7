// A numbered list under a line that says what it lists ("Keputusan rapat:", "Hasil musyawarah:") numbers its items
// by that: "5. Kas dipakai untuk …" is decision 5 of the minutes. Its number is a list mark, not a number the text
// states (a mark under no such line numbers nothing: see isMarker), but under an introduction it is what a member
// asks for: "keputusan nomor 5 rapat maret apa".

import { describe, expect, it } from 'vitest';
import { numberedListIntros } from '../src/engine/numbered-lists.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const march = [
  'Rapat pengurus RW bulan Maret diadakan di rumah Pak Darto, dihadiri 18 orang.',
  'Keputusan rapat:\n1. Ronda malam tetap dua orang per malam.\n2. Lampu jalan gang Kenari diganti bulan depan.\n3. Iuran sampah naik jadi Rp 15.000.\n4. Lomba kebersihan antar-RT diadakan Juni.\n5. Kas RW dipakai untuk beli tenda lipat seharga Rp 2.400.000.',
].join('\n\n');
const april = [
  'Rapat pengurus RW bulan April diadakan di balai warga, dihadiri 21 orang.',
  'Keputusan:\n\n1. Tenda lipat sudah dibeli dan disimpan di pos ronda.\n2. Jadwal ronda baru mulai 1 Mei.\n3. Pendaftaran lomba kebersihan dibuka 10 Mei.',
].join('\n\n');

const lib = Library.fromDocuments([
  writeUp({ id: 'rapat-maret', title: 'Notulen Rapat Persiapan Lomba Kebersihan', body: march, date: '2025-03-16' }),
  writeUp({ id: 'rapat-april', title: 'Notulen Rapat Evaluasi Ronda', body: april, date: '2025-04-13' }),
]);

describe('the items of a numbered list under an introduction', () => {
  it('are numbered by it', () => {
    const text = 'Keputusan rapat:\n1. Ronda malam.\n2. Lampu jalan\n   diganti.\n\nLain-lain: tidak ada.\n\nHasil\n\n1. Satu.\n\n2. Dua.';
    const intros = numberedListIntros(text);
    expect([...intros.values()]).toEqual(['Keputusan rapat:', 'Keputusan rapat:', 'Hasil', 'Hasil']);
    // (A Markdown heading, as a passage keeps it, without its mark.)
    expect([...numberedListIntros('## Keputusan Musyawarah\n\n1. Satu.\n2. Dua.').values()]).toEqual(['Keputusan Musyawarah', 'Keputusan Musyawarah']);
    // (A list with no introduction, or after a sentence, numbers nothing.)
    expect(numberedListIntros('Kami membahas banyak hal.\n1. Ronda.\n2. Lampu.').size).toBe(0);
  });

  it.each(['isi keputusan rapat no 5', 'keputusan ke-5 apa'])('"%s" is answered by the minutes\' decisions', (q) => {
    const a = lib.ask(q, { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/5\. Kas RW/u);
  });

  // (An ordinal in words numbers the item as its digits do: "kelima" was a word no passage has, and the fifth
  // decision went unanswered.)
  it.each(['keputusan kelima', 'apa isi keputusan yang kelima'])('"%s" is answered by the fifth decision', (q) => {
    const a = lib.ask(q, { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/5\. Kas RW/u);
  });

  it('"keputusan 3 rapat april": April\'s third decision, not March\'s', () => {
    const a = lib.ask('keputusan 3 rapat april', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('rapat-april');
  });
});

describe('a list under the last item of another, with no blank line between (as chat minutes write them)', () => {
  const chat = [
    'Rapat pengurus karang taruna bulan Juli di balai warga, hadir 20 orang.',
    'Agenda:\n1. Laporan kas\n2. Persiapan lomba\n3. Lain-lain\nKeputusan:\n1. Ronda malam tetap dua orang.\n2. Lampu jalan gang Kenari diganti.\n3. Iuran sampah naik jadi Rp 15.000.\n4. Lomba kebersihan diadakan Agustus.\n5. Kas dipakai untuk beli tenda lipat Rp 2.400.000.',
  ].join('\n\n');
  const minutes = Library.fromDocuments([
    writeUp({ id: 'rapat-juli', title: 'Notulen Rapat Juli', body: chat, date: '2025-07-13' }),
    writeUp({ id: 'rapat-agustus', title: 'Notulen Rapat Agustus', body: april, date: '2025-08-10' }),
  ]);

  it('numbers its items by its own introduction, not by the list above it', () => {
    const intros = numberedListIntros('Agenda:\n1. Laporan kas\n2. Persiapan lomba\nKeputusan:\n1. Ronda.\n2. Lampu.');
    expect([...intros.values()]).toEqual(['Agenda:', 'Agenda:', 'Keputusan:', 'Keputusan:']);
    // (A wrapped item's last line that ends in a colon, the list numbered on: still the same list.)
    expect([...numberedListIntros('Keputusan:\n1. Ronda.\n2. Tugas dibagi sebagai\nberikut:\n3. Lampu.').values()]).toEqual(['Keputusan:', 'Keputusan:', 'Keputusan:']);
  });

  it('"keputusan ke-5" is answered by the fifth decision (it was read as the agenda\'s, which has three)', () => {
    const a = minutes.ask('keputusan ke-5', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('rapat-juli');
  });
});

describe('an introduction written bold or italic', () => {
  it('"**Keputusan rapat:**", WhatsApp\'s "*Keputusan:*" introduce their lists as the plain line does', () => {
    expect([...numberedListIntros('**Keputusan rapat:**\n1. Ronda.\n2. Lampu.').values()]).toEqual(['**Keputusan rapat:**', '**Keputusan rapat:**']);
    expect([...numberedListIntros('*Keputusan:*\n1. Ronda.').values()]).toEqual(['*Keputusan:*']);
    // (Not a bullet's line: "* Ronda malam" is no heading of the list under it.)
    expect(numberedListIntros('Catatan\n\n* Ronda malam\n1. Lampu.').size).toBe(0);
  });

  it('"keputusan ke-5" is answered by the fifth decision under "*Keputusan rapat:*" (it was unanswered)', () => {
    const whatsapp = march.replace('Keputusan rapat:', '*Keputusan rapat:*');
    const minutes = Library.fromDocuments([
      writeUp({ id: 'rapat-maret', title: 'Notulen Rapat Persiapan Lomba Kebersihan', body: whatsapp, date: '2025-03-16' }),
      writeUp({ id: 'rapat-april', title: 'Notulen Rapat Evaluasi Ronda', body: april, date: '2025-04-13' }),
    ]);
    const a = minutes.ask('keputusan ke-5 apa', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/5\. Kas RW/u);
  });
});
