// A question that asks when an event is ("bedah buku kapan", "kapan diskusi film", "when is the book talk") is
// answered, among the passages of the write-up it names, by the one that states the day the event is held, not
// by one whose only date is a deadline: registration "ditutup 20 November", "paling lambat 3 Mei", "deadline …",
// "register before 5 May". A question that asks the deadline itself ("kapan batas pendaftaran", "deadline daftar
// kapan", "when does registration close") keeps it (src/engine/asked-type.ts's statesHeldTime).

import { describe, expect, it } from 'vitest';
import { asksDeadline, statesAskedType, statesHeldTime } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

describe('a date the event is held on', () => {
  it('is a date or a time that no word of a deadline stands just before', () => {
    expect(statesHeldTime('date or time', 'Hari/tanggal: Sabtu, 12 April 2025, jam 19.00')).toBe(true);
    expect(statesHeldTime('date or time', 'Link daftar: bit.ly/x (ditutup 10 April 2025 atau saat kuota penuh).')).toBe(false);
    expect(statesHeldTime('date or time', 'Kirim naskah paling lambat 3 Mei 2025 ke panitia.')).toBe(false);
    expect(statesHeldTime('date or time', 'Batas pendaftaran: 1 Mei.')).toBe(false);
    expect(statesHeldTime('date or time', 'Deadline kirim demo 31 Agustus 2025 pukul 23.59 WIB.')).toBe(false);
    expect(statesHeldTime('day', 'Please register before 5 May.')).toBe(false);
    // (A deadline beside the day itself: the day still states it.)
    expect(statesHeldTime('date or time', 'Daftar paling lambat 1 Mei; acaranya Sabtu, 10 Mei.')).toBe(true);
    // (Whatever the statement of a deadline, statesAskedType still reads the date.)
    expect(statesAskedType('date or time', 'Batas pendaftaran: 1 Mei.')).toBe(true);
  });

  it.each(['kapan batas pendaftaran bedah buku', 'deadline daftar kapan', 'paling lambat kapan kirim naskah', 'when does registration close', 'kapan terakhir daftar'])(
    '%s asks a deadline',
    (q) => expect(asksDeadline(q)).toBe(true),
  );

  it.each(['bedah buku kapan', 'kapan diskusi film', 'when is the book talk', 'kapan meetup terakhir'])('%s asks no deadline', (q) => {
    expect(asksDeadline(q)).toBe(false);
  });
});

describe('among the passages of the write-up asked about', () => {
  const lib = Library.fromDocuments([
    writeUp({
      id: 'diskusi',
      title: 'Diskusi Film "Langit Jingga" bersama Sutradara',
      body: [
        'Klub Sinema Kampus mengajak teman-teman menonton dan membahas film "Langit Jingga" bersama sutradaranya.',
        '**Hari/tanggal:** Sabtu, 12 April 2025\n**Tempat:** Ruang Audio Visual Gedung C',
        '**HTM: GRATIS**, wajib daftar karena kuota 60 orang. Link daftar: bit.ly/diskusi-jingga (ditutup 10 April 2025 atau saat kuota penuh).',
        'Fasilitas: snack dan sertifikat elektronik.',
      ].join('\n\n'),
      date: '2025-04-01',
    }),
    writeUp({
      id: 'iuran',
      title: 'Iuran Anggota Klub Sinema 2025',
      body: 'Iuran anggota tahun 2025 Rp50.000, dibayar paling lambat 31 Januari 2025 ke bendahara.',
      date: '2025-01-05',
    }),
  ]);

  it('puts the day the event is held before a deadline', () => {
    for (const q of ['diskusi film kapan', 'kapan diskusi film langit jingga']) {
      const top = lib.ask(q, { top: 3 }).results[0];
      expect(top?.text, q).toContain('12 April');
    }
  });

  it('keeps the deadline first where the question asks it', () => {
    const top = lib.ask('kapan batas daftar diskusi film', { top: 3 }).results[0];
    expect(top?.text).toContain('ditutup 10 April');
  });
});

describe('a word that is a deadline\'s only right before the date', () => {
  // ("sebelum", "before", "maks" say other things too: "datang 15 menit sebelum acara dimulai pukul 09.00" gives
  // the time the event starts, "kuota maks 15 orang, Sabtu 3 Mei" the day it is held.)
  it('states the time the event starts after "sebelum" or "before" of something else', () => {
    expect(statesHeldTime('time', 'Harap datang 15 menit sebelum acara dimulai pukul 09.00 di aula.')).toBe(true);
    expect(statesHeldTime('time', 'Please arrive a few minutes before the talk starts at 7 pm.')).toBe(true);
    expect(statesHeldTime('day', 'Kuota maks 15 orang, Sabtu 3 Mei di taman kota.')).toBe(true);
  });

  it('still reads them as a deadline\'s right before a date', () => {
    expect(statesHeldTime('day', 'Daftar sebelum 20 November ke panitia.')).toBe(false);
    expect(statesHeldTime('day', 'Daftar sebelum tanggal 20 November ke panitia.')).toBe(false);
    expect(statesHeldTime('day', 'Kirim karya maks 31 Agustus 2025.')).toBe(false);
    expect(statesHeldTime('day', 'Please register before Friday.')).toBe(false);
  });
});

describe('a clause that runs on past an abbreviation', () => {
  // (The period of "tgl." or "pkl." ends no sentence: "ditutup tgl. 20 November" is the registration's.)
  it('keeps a deadline word before "tgl." or "pkl." in the date\'s clause', () => {
    expect(statesHeldTime('day', 'Pendaftaran ditutup tgl. 20 November 2025.')).toBe(false);
    expect(statesHeldTime('time', 'Kirim naskah paling lambat pkl. 23.59 WIB.')).toBe(false);
    expect(statesHeldTime('day', 'Daftar sebelum tgl. 20 November.')).toBe(false);
    expect(statesHeldTime('day', 'Kirim karya maks. 31 Agustus.')).toBe(false);
    // (A sentence's end still ends the clause.)
    expect(statesHeldTime('day', 'Pendaftaran sudah ditutup. Acara Sabtu, 22 November.')).toBe(true);
  });
});

describe('a deadline or a closing asked with -nya', () => {
  // ("deadlinenya", "batasnya", "pendaftarannya" ask it; so do "tutupnya", "ditutupnya", "daftarnya": read as
  // asking when the event is held, a day of the write-up with no word of the question came before its deadline.)
  it.each(['jam berapa tutupnya', 'ditutupnya kapan', 'kapan daftarnya'])('%s asks a deadline', (q) => expect(asksDeadline(q)).toBe(true));
});

describe('a deadline and the day held in one clause', () => {
  // (A deadline's word says of the date right after it, not of one that words of their own follow it with:
  // "Pendaftaran ditutup 20 November, acaranya Sabtu 22 November" states the day the event is held.)
  it('states the day held after the deadline\'s date and words of their own', () => {
    expect(statesHeldTime('day', 'Pendaftaran ditutup 20 November, acaranya Sabtu 22 November di aula.')).toBe(true);
    expect(statesHeldTime('time', 'Pendaftaran ditutup 20 November, acara mulai pukul 09.00 di aula.')).toBe(true);
    expect(statesHeldTime('date or time', 'Registration closes 20 November, and the talk is on Saturday 22 November.')).toBe(true);
  });

  it('reads a deadline\'s day, date and time together as the deadline\'s', () => {
    expect(statesHeldTime('date or time', 'Pendaftaran ditutup Kamis, 20 November 2025 pukul 23.59 WIB.')).toBe(false);
    expect(statesHeldTime('date or time', 'Deadline: Friday 3 May, 5 pm.')).toBe(false);
  });
});
