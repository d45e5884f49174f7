// A question that asks where ("di mana", "where", "lokasi") or how many ("berapa peserta", "how many teams") is
// answered, among the passages of the write-up it names, by the one that states a place or a count, not by the
// opening that only names the event (src/engine/asked-type.ts); a tie-breaker within the write-up, as for a time.

import { describe, expect, it } from 'vitest';
import { askedType, asksCount, statesAskedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, paragraphs: string[], date: string, lang = 'id'): CorpusDocument {
  return writeUp({ id, title, body: paragraphs.join('\n\n'), date, lang });
}

describe('a place or a count asked for', () => {
  it.each(['meetup Sabtu lalu di mana', 'where was the hackathon', 'lokasi kopdar berikutnya', 'tempatnya di mana', 'meetup 5 dimana', 'alamat meetup 6', "what's the address of the hackathon", 'meetup 6 where?', 'and where was it held'])(
    '%s asks for a place',
    (q) => {
      expect(askedType(q)).toBe('place');
    },
  );

  it.each([
    ['berapa peserta meetup kedua', ['peserta']],
    ['meetup 6 berapa peserta', ['peserta']],
    ['berapa tim yang ikut hackathon', ['tim']],
    ['how many people came', ['people']],
    ['meetup 9 kuotanya berapa', ['kuota']],
    // (A particle or "banyak" beside "berapa" is no noun counted, nor does it stop one: "berapa banyak peserta".)
    ['berapa banyak peserta yang datang', ['peserta']],
    ['pesertanya berapa sih', ['peserta']],
    // (Tickets counted, not their price: "terjual" after "tiket".)
    ['berapa tiket terjual', ['tiket']],
    // (A verb or an adverb before "berapa" is no noun counted: "ada berapa peserta", "sekitar berapa orang"; and
    // "ada" stands between the noun and "berapa" as a particle does: "peserta ada berapa".)
    ['ada berapa peserta meetup 6', ['peserta']],
    ['sekitar berapa orang yang datang', ['orang']],
    ['meetup 6 pesertanya ada berapa', ['peserta']],
  ])('%s asks for a count of %j', (q, nouns) => {
    expect(askedType(q)).toEqual({ count: nouns });
  });

  it.each([
    ['berapa tiket meetup 9', 'amount'],
    ['berapa lama acaranya', null],
    ['tahun berapa komunitas ini berdiri', null],
    ['tempat duduknya masih ada?', null],
    // ("ke berapa" asks which one, an ordinal, not how many; an email's address is no place.)
    ['juara ke berapa tim rusa', null],
    ['meetup ke berapa yang bahas docker', null],
    ['alamat email panitia apa', null],
    ['what is the email address for registration', null],
    // (Nor is English "address" a place but as a noun after "the": "keynote address" is a talk, and as a verb it
    // says what a talk was about.)
    ['who gave the keynote address at devfest', null],
    ['how did the talk address security', null],
    ['the room where we met was cold', null],
  ])('%s asks for %s', (q, type) => {
    expect(askedType(q)).toBe(type);
  });

  it('tells a count asked from a time, a day, an amount or a place', () => {
    expect(asksCount(askedType('berapa peserta meetup kedua')!)).toBe(true);
    expect(asksCount(askedType('how many people came')!)).toBe(true);
    for (const q of ['jam brp meetup 3', 'kapan meetup 4', 'htm brp', 'meetup 5 dimana']) expect([q, asksCount(askedType(q)!)]).toEqual([q, false]);
  });

  it('tells a place from a capitalised word that is none', () => {
    expect(statesAskedType('place', 'Acara bertempat di Aula Barat ITB.')).toBe(true);
    expect(statesAskedType('place', 'Meetup #2 was held at the GoWork coworking space on 21 February.')).toBe(true);
    expect(statesAskedType('place', 'The summit was held in Bandung this year.')).toBe(true);
    expect(statesAskedType('place', 'Lokasi: Gedung Sate')).toBe(true);
    expect(statesAskedType('place', 'parkir di halaman, masuk lewat Jl. Diponegoro 22')).toBe(true);
    expect(statesAskedType('place', 'Sesi kedua diadakan secara daring.')).toBe(true);
    expect(statesAskedType('place', 'See you at meetup #2 in February!')).toBe(false);
    expect(statesAskedType('place', 'Di sesi kedua, Budi bicara soal CI.')).toBe(false);
    expect(statesAskedType('place', 'the pitfalls of running a home server in Jakarta\'s rainy season')).toBe(false);
    expect(statesAskedType('place', 'a CLI written in Rust')).toBe(false);
    expect(statesAskedType('place', 'sampai jumpa di Sabtu berikutnya')).toBe(false);
  });

  it('tells a count from a number that counts nothing asked', () => {
    expect(statesAskedType({ count: ['peserta'] }, '48 participants registered and 41 showed up.')).toBe(true);
    expect(statesAskedType({ count: ['tim'] }, 'Twelve teams built tools for maintainers.')).toBe(true);
    expect(statesAskedType({ count: ['peserta'] }, 'Pesertanya 180 pemuda dari 14 komunitas.')).toBe(true);
    expect(statesAskedType({ count: ['tiket'] }, 'Sebanyak 120 tiket terjual.')).toBe(true);
    expect(statesAskedType({ count: ['peserta'] }, 'Meetup #6 happened on 27 June 2026 at 19.00.')).toBe(false);
    expect(statesAskedType({ count: ['tiket'] }, 'Tiket Rp40.000 untuk umum.')).toBe(false);
  });
});

describe('among the passages of the write-up asked about', () => {
  const lib = Library.fromDocuments([
    doc(
      'meetup-3',
      'Meetup Komunitas Data #3',
      ['Meetup Komunitas Data #3 membahas dbt dan data warehouse.', 'Acara bertempat di Aula Kolaborasi, Jl. Sudirman 5.', 'Tiket masuk Rp35.000, sudah termasuk nasi kotak.'],
      '2025-04-26',
    ),
    doc(
      'meetup-6',
      'Community Meetup #6',
      ['Community Meetup #6 was about Python packaging, opened by the organisers.', 'Slides are on the community GitHub.', 'About 30 members attended, most of them students.'],
      '2025-06-27',
      'en',
    ),
    doc('kopdar-5', 'Kopdar Kelima', ['Kopdar kelima membahas pemilihan ketua.', 'Acara diadakan di sekretariat, Jalan Kenari No. 12, Depok.'], '2025-11-07'),
    doc('lomba-foto', 'Lomba Foto Alam', ['Lomba foto alam diikuti anggota klub.', 'Juara 1: Fikri, hadiah Rp 1.500.000. Juara 2: Lestari, hadiah Rp 1.000.000.'], '2025-08-20'),
  ]);

  it('a place is answered by the passage that states one, not the opening that names the event', () => {
    const a = lib.ask('meetup 3 di mana', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Aula Kolaborasi/u);
  });

  it('a count is answered by the passage that states one', () => {
    const a = lib.ask('how many people came to meetup 6', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/30 members/u);
  });

  it('a count asked of a write-up that states one in words of its own is answered ("members" for "peserta")', () => {
    const a = lib.ask('meetup 6 berapa peserta', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/30 members/u);
  });

  it('a word of place alone asks where, which every write-up tells: "lokasi kopdar kelima"', () => {
    const a = lib.ask('lokasi kopdar kelima', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Jalan Kenari/u);
  });

  it('a "berapa" beside a word that is not what is counted leaves the question as it was: the prize is answered', () => {
    const a = lib.ask('hadiah juara 2 lomba foto berapa', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Rp 1\.000\.000/u);
  });

  it('a word of place that no write-up has does not leave the next one\'s place unanswered: "lokasi kopdar berikutnya"', () => {
    const club = Library.fromDocuments([
      doc('kopdar-5', 'Kopdar Kelima', ['Kopdar kelima membahas pemilihan ketua, hadir 29 anggota.', 'Sampai jumpa di kopdar berikutnya!'], '2025-11-07'),
      doc('rapat-11', 'Rapat Pengurus November', ['Rapat pengurus membahas kas klub.', 'Kopdar #6 akan diadakan Sabtu, 5 Desember 2025 pukul 16.00 WIB di Kedai Kopi Ranu, Cibubur.'], '2025-11-20'),
    ]);
    for (const q of ['lokasi kopdar berikutnya', 'kopdar berikutnya di mana']) {
      const a = club.ask(q, { top: 3, today: '2025-11-27' });
      expect([q, a.answered]).toEqual([q, true]);
      expect(a.results[0]?.text).toMatch(/Kedai Kopi Ranu/u);
    }
  });
});
