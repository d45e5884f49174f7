// The excerpt of a long passage shows the value that answers a question asking a date, a place, a count, an amount,
// a distance or a length of time (answer-slot.ts's slots), and highlights it: a member checks the answer by its
// excerpt before clicking through. "cut off time 21K berapa jam" was shown the paragraph's "Cut off time 21K" and
// not the "3 jam 15 menit" right after it, as the window ended at the last of the question's words.

import { describe, expect, it } from 'vitest';
import { answerSlot, answerValues, shownSlot } from '../src/engine/answer-slot.ts';
import { snippetOf, SNIPPET_CHARS } from '../src/engine/answer.ts';
import { Library } from '../src/engine/library.ts';
import type { Highlight } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

const shown = (text: string, values: readonly Highlight[]) => values.map(([s, e]) => text.slice(s, e));
const values = (q: string, text: string) => shown(text, answerValues(answerSlot(q)!, text));

describe('answerValues (where a passage states the value asked)', () => {
  it('a length of time, its parts together', () => {
    expect(values('cut off time 21K berapa jam', 'Flag off 21K jam 05.00. Cut off time 21K 3 jam 15 menit.')).toEqual(['3 jam 15 menit']);
  });

  it('an amount of money, its number and unit whole, not a sum the question says', () => {
    expect(values('biaya daftar 21K berapa', 'Pendaftaran 21K Rp 275.000, total anggaran Rp 19,797 miliar.')).toEqual(['Rp 275.000', 'Rp 19,797 miliar']);
  });

  it('a date with its year, a place with its name, a count with its noun', () => {
    expect(values('Kapan RSUD itu diresmikan?', 'Nama ini diresmikan pada tanggal 10 November 1988 oleh gubernur.')).toEqual(['10 November 1988']);
    expect(values('Di mana pameran digelar?', 'Pameran digelar di Taman Ismail Marzuki selama seminggu.')).toEqual(['Taman Ismail Marzuki']);
    expect(values('Berapa penumpang pesawat itu?', 'Pesawat membawa 84 penumpang.')).toEqual(['84 penumpang']);
  });

  it('values on lines of their own stay apart (a chat post states one a line)', () => {
    expect(values('berapa biaya', 'Biaya: Rp 50.000\nRp 75.000 untuk umum')).toEqual(['Rp 50.000', 'Rp 75.000']);
    expect(values('kapan lomba', 'Lomba 5K: 12 Oktober 2025\n19 Oktober 2025: lomba 10K')).toEqual(['12 Oktober 2025', '19 Oktober 2025']);
    expect(values('berapa lama lomba 10K', 'Cut off 10K 2 jam\n30 menit sebelum start peserta kumpul.')[0]).toBe('2 jam');
  });

  it('a reason\'s clause (see reason-excerpt.test.ts), and none where the question says the value itself', () => {
    expect(values('Mengapa acara ditunda?', 'Acara ditunda karena hujan deras sejak 3 jam sebelumnya.')).toEqual(['karena hujan deras sejak 3 jam sebelumnya']);
    expect(values('berapa jam long run 21 km', 'Long run 21 km minggu ini.')).toEqual([]);
  });
});

describe('the snippet of a long passage', () => {
  const paragraph =
    'Fun run tahun ini menambah kategori half marathon (21K) selain 5K dan 10K. Peserta naik jadi 540 orang: 5K 301 ' +
    'orang, 10K 168 orang, 21K 71 orang. Flag off 21K jam 05.00, 10K jam 05.15, 5K jam 05.30, semua dari depan Masjid ' +
    'Raya Baiturrahman Simpang Lima. Cut off time 21K 3 jam 15 menit. Water station tiap 2,5 km, medis di km 7, 14 dan ' +
    '19. Setelah lomba ada pembagian medali finisher, doorprize dari sponsor, dan sarapan bersama di halaman masjid.';

  it('takes its window to include the value asked, near the question\'s words', () => {
    expect(paragraph.length).toBeGreaterThan(SNIPPET_CHARS);
    const words: Highlight[] = [];
    for (const w of ['cut off time', '21K']) for (const m of paragraph.matchAll(new RegExp(w, 'g'))) words.push([m.index, m.index + w.length]);
    words.sort((a, b) => a[0] - b[0]);
    const value = answerValues(answerSlot('cut off time 21K berapa jam')!, paragraph);
    const snippet = snippetOf(paragraph, words, SNIPPET_CHARS, '', value);
    expect(snippet).toContain('Cut off time 21K 3 jam 15 menit');
    expect(snippet.replace(/…/gu, '').length).toBeLessThanOrEqual(SNIPPET_CHARS);
  });

  it('is shown and highlighted by the answer', () => {
    const lib = Library.fromDocuments([
      writeUp({ id: 'funrun', title: 'Fun Run Simpang Lima 2025', body: paragraph }),
      writeUp({ id: 'latihan', title: 'Latihan Rutin', body: 'Latihan rutin tiap Minggu pagi di Simpang Lima, 10K santai.' }),
    ]);
    const top = lib.ask('cut off time 21K berapa jam').results[0]!;
    expect(top.docId).toBe('funrun');
    expect(top.snippet).toContain('3 jam 15 menit');
    expect(shown(top.text, top.highlights)).toContain('3 jam 15 menit');
  });

  it('leaves a question that asks no value as it was', () => {
    const lib = Library.fromDocuments([writeUp({ id: 'funrun', title: 'Fun Run Simpang Lima 2025', body: paragraph })]);
    const top = lib.ask('cut off time 21K').results[0]!;
    expect(shown(top.text, top.highlights)).not.toContain('3 jam 15 menit');
  });
});

describe('an English question', () => {
  it('shows the day or the place asked, though the ranking reads no slot in it', () => {
    const body =
      'Iuran keanggotaan JSR tahun ini tetap Rp 250.000 per orang dan sudah termasuk kaos klub, asuransi kegiatan, ' +
      'dan diskon pendaftaran lomba tim. Pembayaran lewat transfer ke rekening bendahara klub, konfirmasi lewat grup ' +
      'WhatsApp pengurus dengan menyebut nama lengkap. Batas pembayaran iuran 31 Maret 2025; yang belum bayar tidak ' +
      'masuk daftar peserta lomba tim April.';
    const lib = Library.fromDocuments([writeUp({ id: 'dues', title: 'Iuran JSR 2025', body })]);
    expect(answerSlot('when is the deadline to pay membership dues')).toBeNull();
    const top = lib.ask('when is the deadline to pay membership dues').results[0]!;
    expect(shown(top.text, top.highlights)).toContain('31 Maret 2025');
    expect(top.snippet).toContain('31 Maret 2025');
  });

  it("takes a place's house number, not the next numbered item's", () => {
    const text = 'Info lomba:\n1. Lomba digelar di Aula Barat\n2. Peserta wajib bawa KTP.';
    expect(shown(text, answerValues(shownSlot('di mana lomba')!, text))).toEqual(['Aula Barat']);
    const street = 'Lomba digelar di Jalan Pegangsaan Timur 56.';
    expect(shown(street, answerValues(shownSlot('di mana lomba')!, street))).toEqual(['Jalan Pegangsaan Timur 56']);
  });

  it('takes no month or day for a place', () => {
    const text = 'The language exchange moves in July to Erasmus Huis, and meets on Sunday as before.';
    expect(shown(text, answerValues(shownSlot('where is the language exchange')!, text))).toEqual(['Erasmus Huis']);
  });
});

describe('a value inside an address', () => {
  it('is not the value shown: no highlight lands in a link or an e-mail address', () => {
    const body = 'Jadwal lomba lari ada di https://lari.id/jadwal/2025/12-oktober ya, tanya ke panitia2025@lari.id.';
    const lib = Library.fromDocuments([writeUp({ id: 'lomba', title: 'Lomba Lari', body })]);
    const top = lib.ask('kapan lomba lari').results[0]!;
    const url = top.text.indexOf('https://');
    const urlEnd = top.text.indexOf(' ', url);
    const mail = top.text.indexOf('panitia2025@');
    for (const [s, e] of top.highlights) {
      expect(s < urlEnd && e > url, top.text.slice(s, e)).toBe(false);
      expect(s < top.text.length && e > mail, top.text.slice(s, e)).toBe(false);
    }
  });
});
