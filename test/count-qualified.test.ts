import { describe, expect, it } from 'vitest';
import { answerSlot, holdsNewAnswer, statesCountInClause, type AskedSlot } from '../src/engine/answer-slot.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const asked = (q: string): AskedSlot => answerSlot(q)!;

// "berapa karya yang masuk" counts the entries that came in, not any number of entries: the relative clause after
// the noun ("yang masuk", "yang hadir", "yg daftar") says which, and a write-up states that count with the clause's
// verb in its sentence ("412 karya dari 168 peserta yang masuk"), where "9 karya didiskualifikasi" counts others:
// such a count is rewarded beside the slot's reward (RANKING.clauseWeight).
// ("masuk", like "ikut" and "naik", is in natural's Indonesian stopword list: the ranking reads nothing of it.)
describe('a count asked with a relative clause', () => {
  it('reads a count whose sentence says the clause\'s verb, in any of its forms; any count still holds the slot', () => {
    const entries = asked('berapa karya yang masuk');
    expect(statesCountInClause(entries, 'Terima kasih untuk 412 karya dari 168 peserta yang masuk! Juri memilih pemenang.')).toBe(true);
    expect(statesCountInClause(entries, 'Catatan juri: ada 9 karya didiskualifikasi karena watermark.')).toBe(false);
    expect(statesCountInClause(entries, 'Maksimal 3 karya per peserta. Karya yang masuk dinilai tiga juri.')).toBe(false);
    expect(statesCountInClause(asked('berapa orang yang tewas dalam kecelakaan itu'), 'Kecelakaan itu menewaskan 12 orang penumpang.')).toBe(true);
    expect(statesCountInClause(asked('berapa peserta yg sudah mendaftar'), 'Sampai kemarin 85 peserta terdaftar.')).toBe(true);
    // (A write-up may say the verb otherwise, "diberangkatkan" for "dikirim": the count still answers.)
    expect(holdsNewAnswer(asked('berapa relawan yang dikirim'), 'Total 48 relawan yang diberangkatkan ke lokasi.')).toBe(true);
    // (Without a clause, none is read.)
    expect(statesCountInClause(asked('berapa karya lomba foto 2025'), 'Ada 9 karya yang masuk.')).toBe(false);
  });

  it('skips a modal or an aspect word after "yang" to the verb, and reads no verb where a preposition follows it', () => {
    // ("bisa", "mau", "sedang", "lagi" say whether or when, as "sudah" does: the verb is the word after them.)
    expect(answerSlot('berapa peserta yang bisa ikut')?.clause).toBe('ikut');
    expect(answerSlot('berapa anggota yang mau ikut')?.clause).toBe('ikut');
    expect(answerSlot('berapa tim yg sedang bertanding')?.clause).toBe('tanding');
    expect(answerSlot('berapa peserta yg lagi antri')?.clause).toBe('antri');
    expect(statesCountInClause(asked('berapa peserta yang bisa ikut'), 'Kuota 50 peserta, daftar secepatnya biar bisa dapat kaos.')).toBe(false);
    // ("yang dari luar kota": no verb; "dari" is in every sentence that says where a count came from.)
    expect(answerSlot('berapa peserta yang dari luar kota')?.clause).toBeUndefined();
    expect(statesCountInClause(asked('berapa peserta yang dari luar kota'), 'Total 412 karya dari 168 peserta.')).toBe(false);
  });

  it('reads the clause after "berapa banyaknya" as after "berapa banyak"', () => {
    expect(answerSlot('berapa banyak peserta yang hadir')?.clause).toBe('hadir');
    expect(answerSlot('berapa banyaknya peserta yang hadir')?.clause).toBe('hadir');
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'pemenang', title: 'Pemenang Lomba Foto Wajah Kota', date: '2025-07-20', lang: 'id',
      body: 'Terima kasih untuk 412 karya dari 168 peserta yang masuk! Juri memilih pemenang berikut.\n\nCatatan juri: ada 9 karya didiskualifikasi karena watermark atau manipulasi objek.',
    }),
    writeUp({ id: 'pameran', title: 'Pameran Foto Wajah Kota', date: '2025-08-01', lang: 'id', body: 'Karya pemenang lomba foto Wajah Kota dipamerkan! Total 60 karya dari finalis.' }),
    writeUp({ id: 'walk', title: 'Photowalk Braga', date: '2025-09-14', lang: 'id', body: 'Photowalk Braga diikuti 25 anggota.\n\nKumpul jam 06.00 di depan Gedung Merdeka.' }),
    writeUp({ id: 'rapat', title: 'Rapat tahunan 2026', date: '2026-01-10', lang: 'id', body: 'Rapat tahunan dihadiri 31 anggota.\n\nIuran naik jadi Rp 20.000 per bulan.' }),
  ]);

  it('ranks the passage stating the count of what came in above those counting other entries', () => {
    // (The write-up's "9 karya didiskualifikasi" held the slot as well as "412 karya … yang masuk", and ranked above
    // it; the exhibition's "lomba foto Wajah Kota" still wins on the question's words.)
    for (const q of ['berapa karya yang masuk', 'berapa karya yang masuk lomba wajah kota']) {
      const texts = lib.ask(q).results.map((r) => r.text);
      const entered = texts.findIndex((t) => t.includes('412 karya'));
      const disqualified = texts.findIndex((t) => t.includes('9 karya didiskualifikasi'));
      expect(entered, q).toBeGreaterThanOrEqual(0);
      expect(disqualified === -1 || entered < disqualified, q).toBe(true);
    }
  });
});
