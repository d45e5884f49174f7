// A why or what-for question's excerpt shows and highlights the clause that gives the reason or the purpose
// (reason-slot.ts's reasonClauses), beside the question's words, as a date's or a sum's excerpt shows the value: a
// long passage's excerpt was taken around the question's words alone, and often stopped before the "karena".

import { describe, expect, it } from 'vitest';
import { answerSlot, answerValues } from '../src/engine/answer-slot.ts';
import { Library } from '../src/engine/library.ts';
import type { Highlight } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

const shown = (text: string, values: readonly Highlight[]) => values.map(([s, e]) => text.slice(s, e));
const clauses = (q: string, text: string) => shown(text, answerValues(answerSlot(q)!, text));

describe('the clause that gives a reason or a purpose', () => {
  it('from a word of cause or purpose to its sentence\'s end', () => {
    expect(clauses('Mengapa acara ditunda?', 'Acara ditunda karena hujan deras sejak sore. Peserta pulang.')).toEqual(['karena hujan deras sejak sore']);
    expect(clauses('untuk apa dana kas', 'Dana kas dipakai supaya lampu jalan bisa diganti. Sisanya ditabung.')).toEqual(['supaya lampu jalan bisa diganti']);
    expect(clauses('why was the queue so long', 'The queue was long because check-in was still manual; next time we use QR codes.')).toEqual(['because check-in was still manual']);
  });

  it('to the comma that closes a clause put first', () => {
    expect(clauses('kenapa rapat pindah', 'Karena balai warga sedang dicat, rapat pindah ke rumah ketua.')).toEqual(['Karena balai warga sedang dicat']);
    expect(clauses('kenapa rapat pindah', 'Tapi gara-gara balai dicat, rapat pindah.')).toEqual(['gara-gara balai dicat']);
  });

  it('for a word of result, the cause before it', () => {
    expect(clauses('kenapa wifi lambat', 'Workshop dimulai jam 9. Enam puluh laptop tersambung bersamaan sehingga wifi lambat.')).toEqual([
      'Enam puluh laptop tersambung bersamaan sehingga',
    ]);
    expect(clauses('kenapa wifi lambat', 'Enam puluh laptop tersambung bersamaan. Akibatnya, wifi lambat.')).toEqual(['Enam puluh laptop tersambung bersamaan. Akibatnya']);
    // (Not across a line: a chat post's line before is a post of its own.)
    expect(clauses('kenapa wifi lambat', 'Laptop tersambung 60.\nAkibatnya wifi lambat.')).toEqual(['Akibatnya']);
  });

  it('cut at a word\'s end when long, and none where the question says the word itself', () => {
    const long = 'Iuran naik karena ' + 'biaya sewa gedung dan honor pelatih ekstrakurikuler '.repeat(6) + 'ikut naik.';
    const [clause] = clauses('kenapa iuran naik', long);
    expect(clause!.length).toBeLessThanOrEqual(150);
    expect(clause).toMatch(/^karena biaya sewa .*[a-z]$/u);
    expect(clauses('Apa tujuan kegiatan itu?', 'Tujuan kegiatan itu belum diumumkan.')).toEqual([]);
    expect(clauses('Mengapa acara ditunda?', 'Acara ditunda sampai minggu depan.')).toEqual([]);
  });
});

describe('the answer to a why question', () => {
  const body =
    'Meetup ke-12 berlangsung di aula kampus dengan 140 peserta, jauh lebih banyak dari perkiraan panitia. Sesi ' +
    'pertama membahas observability dengan OpenTelemetry, sesi kedua tentang platform engineering, dan ditutup ' +
    'dengan diskusi panel bersama tiga perusahaan rintisan lokal. Antrian registrasi terlalu panjang karena check-in ' +
    'masih manual dan hanya ada dua meja. Untuk meetup berikutnya panitia akan memakai kode QR di pintu masuk, dan ' +
    'relawan yang bertugas di meja registrasi ditambah menjadi enam orang supaya peserta tidak menunggu lama.';

  it('shows and highlights the reason in a long passage', () => {
    const lib = Library.fromDocuments([writeUp({ id: 'meetup12', title: 'Meetup 12', body })]);
    const top = lib.ask('kenapa antrian registrasi panjang').results[0]!;
    expect(top.text.length).toBeGreaterThan(240);
    expect(top.snippet).toContain('karena check-in masih manual');
    expect(shown(top.text, top.highlights)).toContain('karena check-in masih manual dan hanya ada dua meja');
  });

  it('leaves a question that asks no reason as it was', () => {
    const lib = Library.fromDocuments([writeUp({ id: 'meetup12', title: 'Meetup 12', body })]);
    const top = lib.ask('antrian registrasi meetup 12').results[0]!;
    expect(shown(top.text, top.highlights).some((h) => h.startsWith('karena'))).toBe(false);
  });
});

describe('a reason\'s clause and the full stops that end no sentence', () => {
  // (As the passage splitter reads them, sentences.ts: a full stop or a comma inside a number, "Rp 1.500.000",
  // "19.30", "2,5", and one after an abbreviation, "dr.", end no clause.)
  it('runs on past a number\'s full stops and commas', () => {
    expect(clauses('kenapa iuran naik', 'Iuran naik karena sewa gedung jadi Rp 1.500.000 per bulan. Lainnya tetap.')).toEqual(['karena sewa gedung jadi Rp 1.500.000 per bulan']);
    expect(clauses('kenapa acara mulai telat', 'Acara mulai telat karena pembicara baru tiba jam 19.30 dari bandara.')).toEqual(['karena pembicara baru tiba jam 19.30 dari bandara']);
    expect(clauses('kenapa peserta berkurang', 'Karena harga tiket naik 2,5 kali, peserta berkurang.')).toEqual(['Karena harga tiket naik 2,5 kali']);
  });

  it('runs on past an abbreviation\'s full stop', () => {
    expect(clauses('kenapa rapat pindah', 'Rapat pindah karena dr. Arief berhalangan hadir.')).toEqual(['karena dr. Arief berhalangan hadir']);
  });

  it('takes the whole cause before a word of result, a number\'s full stop within it', () => {
    expect(clauses('kenapa kuota habis', 'Pendaftar mencapai 1.200 orang sehingga kuota habis.')).toEqual(['Pendaftar mencapai 1.200 orang sehingga']);
  });
});
