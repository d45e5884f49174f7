// Three ways a chat post is written that the engine read wrong: a price asked with a particle or a term of address
// after it ("harganya kak?"), a count of people in thousands ("50 ribu orang") taken for a sum of money, and a
// post's heading followed by a greeting line ("Selamat pagi Bapak/Ibu 🙏"), which joined the greeting only.

import { describe, expect, it } from 'vitest';
import { answerSlot, holdsNewAnswer } from '../src/engine/answer-slot.ts';
import { askedType, statesAskedType } from '../src/engine/asked-type.ts';
import { splitPassages } from '../src/engine/segment.ts';

describe('a particle or a term of address after the question', () => {
  it('asks a price as the question without it does', () => {
    for (const q of ['harganya kak?', 'study tour biayanya dong', 'batik XXL harganya ya min', 'ongkosnya nih', 'tarifnya sih pak?', 'jersey harganya bang', 'harganya gan?', 'harganya sis', 'biayanya bu?']) {
      expect(askedType(q), q).toBe('amount');
      expect(answerSlot(q)?.slot, q).toEqual({ type: 'amount' });
    }
  });

  it('is no noun counted: "ongkosnya brp gan" asks a sum, "berapa peserta kak" counts the participants', () => {
    expect(askedType('ongkosnya brp gan')).toBe('amount');
    expect(answerSlot('ongkosnya brp gan')?.slot).toEqual({ type: 'amount' });
    expect(askedType('yang ikut berapa kak')).toEqual(askedType('yang ikut berapa'));
    expect(answerSlot('yang ikut berapa kak')).toBeNull();
    expect(askedType('berapa peserta kak')).toEqual({ count: ['peserta'] });
    expect(answerSlot('berapa peserta kak')?.slot).toEqual({ type: 'count', noun: 'peserta' });
  });

  it('leaves a question that asks something else as it was', () => {
    expect(askedType('siapa yang menentukan harganya kak')).not.toBe('amount');
    expect(askedType('harganya naik ga kak')).not.toBe('amount');
  });
});

describe('a number of thousands before a noun of people', () => {
  it('is a count, not a sum of money', () => {
    expect(statesAskedType('amount', 'Konser itu dihadiri 50 ribu orang.')).toBe(false);
    expect(statesAskedType('amount', 'Maraton diikuti 2 juta peserta dari seluruh dunia.')).toBe(false);
    expect(statesAskedType('amount', 'The marathon drew 50k runners... and 20k people watched.')).toBe(false);
    const fee = answerSlot('berapa harga tiket konser')!;
    expect(holdsNewAnswer(fee, 'Konser itu dihadiri 50 ribu orang.')).toBe(false);
  });

  it('is still a sum before a rate or alone', () => {
    expect(statesAskedType('amount', 'Tiket 50 ribu per orang.')).toBe(true);
    expect(statesAskedType('amount', 'Iuran 25 ribu/orang.')).toBe(true);
    expect(statesAskedType('amount', 'Iuran 25 ribu, dibayar tiap orang.')).toBe(true);
    expect(holdsNewAnswer(answerSlot('berapa harga tiket konser')!, 'Tiket konser 50 ribu.')).toBe(true);
  });

  it('is still a sum after a word of price: the price for those people', () => {
    expect(statesAskedType('amount', 'HTM 50k mahasiswa.')).toBe(true);
    expect(statesAskedType('amount', 'Harga tiket: 25 ribu anggota.')).toBe(true);
    expect(statesAskedType('amount', 'Iuran 20rb member, dibayar di awal bulan.')).toBe(true);
    expect(holdsNewAnswer(answerSlot('berapa harga tiket konser')!, 'Tiket konser 50 ribu member.')).toBe(true);
    expect(statesAskedType('amount', 'Tiket konser habis, dihadiri 50 ribu orang.')).toBe(false);
  });
});

describe('a greeting line under a heading', () => {
  const texts = (body: string) =>
    splitPassages({ id: 'doc', title: 'Doc', body, excludedRanges: [], date: null, source: null, url: null, lang: null }).map((p) => p.text);

  it('joins the heading and itself to the paragraph under it', () => {
    expect(texts('📢 *PENGUMUMAN KOMITE* 📢\n\nSelamat pagi Bapak/Ibu 🙏\n\nIuran Rp 75.000 per bulan.\n\nTerima kasih.')).toEqual([
      '📢 *PENGUMUMAN KOMITE* 📢\n\nSelamat pagi Bapak/Ibu 🙏\n\nIuran Rp 75.000 per bulan.',
      'Terima kasih.',
    ]);
    expect(texts('# Jadwal PAS\n\nAssalamu\'alaikum wr. wb. Bapak/Ibu wali murid kelas 4-6 yth. 🙏\n\nPAS mulai Senin, 1 Desember.')).toEqual([
      '# Jadwal PAS\n\nAssalamu\'alaikum wr. wb. Bapak/Ibu wali murid kelas 4-6 yth. 🙏\n\nPAS mulai Senin, 1 Desember.',
    ]);
    expect(texts('Halo teman-teman!\n\nMeetup besok di Aula.')).toEqual(['Halo teman-teman!\n\nMeetup besok di Aula.']);
  });

  it('is not a line that goes on past its greeting, nor the last paragraph', () => {
    expect(texts('# Iuran\n\nHalo member SRR! Iuran tahun 2025 sudah dibuka.\n\nBayar ke bendahara.')).toEqual([
      '# Iuran\n\nHalo member SRR! Iuran tahun 2025 sudah dibuka.',
      'Bayar ke bendahara.',
    ]);
    expect(texts('Selamat pagi, rapat pengurus hari ini membahas anggaran tahunan, jadwal latihan, dan rekrutmen anggota baru.\n\nHadir 12 orang.')).toEqual([
      'Selamat pagi, rapat pengurus hari ini membahas anggaran tahunan, jadwal latihan, dan rekrutmen anggota baru.',
      'Hadir 12 orang.',
    ]);
    expect(texts('Teks.\n\nSalam olahraga!')).toEqual(['Teks.', 'Salam olahraga!']);
  });

  it('is not a line whose second sentence follows a full stop, nor a word that only starts like a greeting', () => {
    const after = 'Iuran bulan Mei Rp 50.000 dibayar ke bendahara.';
    expect(texts(`Halo semua. Latihan besok dibatalkan karena hujan.\n\n${after}`)).toEqual(['Halo semua. Latihan besok dibatalkan karena hujan.', after]);
    expect(texts(`Hi-Fi Night digelar di Kafe Bento.\n\n${after}`)).toEqual(['Hi-Fi Night digelar di Kafe Bento.', after]);
    // (An abbreviation's stop is no sentence's end: these still join.)
    expect(texts(`Kepada Yth. Bapak/Ibu wali murid\n\n${after}`)).toEqual([`Kepada Yth. Bapak/Ibu wali murid\n\n${after}`]);
    expect(texts(`Assalamualaikum wr. wb. Bapak/Ibu 🙏\n\n${after}`)).toEqual([`Assalamualaikum wr. wb. Bapak/Ibu 🙏\n\n${after}`]);
  });
});
