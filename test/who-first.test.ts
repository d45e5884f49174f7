import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { asksWho, namesSomeone, whoFirst } from '../src/engine/who-first.ts';
import { writeUp } from './write-up.ts';

// "juara lomba tari siapa", "who teaches the batik class": the write-up's passages that match the question alike
// tie, and the one that names nobody (the prizes per place, the opening with the venue) came first; a member wants
// the one that names the winners, the judges, the mentor.
describe('a who-question, within one write-up', () => {
  const lib = Library.fromDocuments([
    writeUp({
      id: 'tari', title: 'Hasil Lomba Tari Kreasi 2025', date: '2025-09-01', lang: 'id',
      body:
        'Lomba tari kreasi kemarin diikuti 14 sanggar dari seluruh kabupaten, final di Pendopo Agung.\n\n' +
        'Juara 1 lomba tari dapat Rp2.000.000 dan trofi, juara 2 Rp1.500.000, juara 3 Rp1.000.000. Juara harapan ' +
        'dapat voucher.\n\n' +
        'Juri: Ayu Lestari dan Made Wirawan. Sanggar Cahya Wening jadi juara dua tahun berturut-turut.',
    }),
  ]);

  it('puts the passage that names someone first', () => {
    expect(lib.ask('juara lomba tari siapa').results[0]?.id).toBe('tari#3');
    expect(lib.ask('siapa juara lomba tari').results[0]?.id).toBe('tari#3');
  });

  it('leaves the order of a question that asks no one', () => {
    expect(lib.ask('juara lomba tari dapat apa').results[0]?.id).toBe('tari#2');
  });
});

describe('asksWho and namesSomeone', () => {
  it('reads "siapa", "sapa", "who" as asking for someone', () => {
    expect(asksWho(['juara', 'siapa'])).toBe(true);
    expect(asksWho(['sapa', 'mentornya'])).toBe(true);
    expect(asksWho(['who', 'won'])).toBe(true);
    expect(asksWho(['hadiah', 'berapa'])).toBe(false);
  });

  // A phone's keyboard writes the apostrophe curly: "who’s" asks as "who's" does.
  it('reads "who’s" with a curly apostrophe as "who\'s"', () => {
    const dance = Library.fromDocuments([
      writeUp({
        id: 'dance', title: 'Dance Cover Contest 2025', date: '2025-09-01', lang: 'en',
        body:
          'Fourteen teams entered the dance cover contest; the final was held at the Grand City hall.\n\n' +
          'The champion of the dance cover contest takes Rp2,000,000 and a trophy, and the champion also performs ' +
          'at the closing night.\n\n' +
          'This year the champion was Sakura Drops, with Tim Akatsuki second.',
      }),
    ]);
    expect(dance.ask("who's the champion of the dance cover contest").results[0]?.id).toBe('dance#3');
    expect(dance.ask('who’s the champion of the dance cover contest').results[0]?.id).toBe('dance#3');
  });

  const none: ReadonlySet<string> = new Set();
  it('takes a run of capitalised words as a name, a label\'s value and a table cell too', () => {
    expect(namesSomeone('Kelas dipandu mentor Wulan Sekarsari dari Lasem.', none)).toBe(true);
    expect(namesSomeone('Juri: Reika Hoshino, Bayu Pratama.', none)).toBe(true);
    expect(namesSomeone('| 1 | Sakura Drops | 91,2 |', none)).toBe(true);
    expect(namesSomeone('Juara 1: **Tim Akatsuki Sby** (5 orang)', none)).toBe(true);
  });

  // "Juara 1 dapat iPad": a capital inside a word ("iPad", "eSports", "insyaAllah") starts no word, and named no one
  // but made the prize line one that names someone, so the line naming the winners stayed below it.
  it('takes no capital inside a word as a name', () => {
    expect(namesSomeone('Juara 1 dapat iPad dan trofi, juara 2 dapat smartwatch.', none)).toBe(false);
    expect(namesSomeone('Turnamen eSports kemarin ramai, insyaAllah tahun depan lagi.', none)).toBe(false);
    const ml = Library.fromDocuments([
      writeUp({
        id: 'ml', title: 'Hasil Turnamen Mobile Legends 2025', date: '2025-09-01', lang: 'id',
        body:
          'Turnamen kemarin diikuti 16 tim dari seluruh kota, final di Gedung Serbaguna.\n\n' +
          'Juara 1 turnamen dapat iPad dan trofi, juara 2 dapat smartwatch, juara 3 dapat voucher. Juara harapan ' +
          'dapat merchandise.\n\n' +
          'Selamat buat tim Garuda Muda yang jadi juara tahun ini, disusul tim Rajawali.',
      }),
    ]);
    expect(ml.ask('juara turnamen siapa').results[0]?.id).toBe('ml#3');
  });

  // Chat posts open a line with an emoji ("📍 Tujuan: …", "🎁 Hadiahnya: …"): the line still opens there, and its first
  // word named no one, but was read as a name, so the prize line stayed above the line naming the winners.
  it('reads a line or a sentence opening after an emoji as opening', () => {
    expect(namesSomeone('📦 Seragam jadi & dibagikan lewat wali kelas.', none)).toBe(false);
    expect(namesSomeone('Oke ya! 🎉 Selamat buat semua.', none)).toBe(false);
    expect(namesSomeone('⚠️ Mohon *tidak* menitipkan uang iuran lewat anak.', none)).toBe(false);
    expect(namesSomeone('🏆 Juara 1: Rina Aoki', none)).toBe(true);
    const tari = Library.fromDocuments([
      writeUp({
        id: 'tari', title: 'Hasil Lomba Tari Kreasi 2025', date: '2025-09-01', lang: 'id',
        body:
          'Lomba tari kreasi kemarin diikuti 14 sanggar dari seluruh kabupaten, final di Pendopo Agung.\n\n' +
          '🎁 Hadiahnya: juara 1 lomba tari dapat Rp2.000.000 dan trofi, juara 2 Rp1.500.000, juara 3 Rp1.000.000, ' +
          'juara harapan dapat voucher.\n\n' +
          'Juri: Ayu Lestari dan Made Wirawan. Sanggar Cahya Wening jadi juara dua tahun berturut-turut.',
      }),
    ]);
    expect(tari.ask('juara lomba tari siapa').results[0]?.id).toBe('tari#3');
  });

  // "bayar iuran kas ke siapa": the answer is a person after "ke" ("tunai ke Bu Ratna", "diserahkan ke Pak Slamet"),
  // which was read as a place, so the line naming her stayed below the ones that only say "bayar iuran kas".
  it('takes a term of address after a preposition as someone, not a place', () => {
    expect(namesSomeone('Bayar iuran kas bisa tunai ke Bu Ratna tiap latihan.', none)).toBe(true);
    expect(namesSomeone('Dana diserahkan ke Pak Slamet.', none)).toBe(true);
    expect(namesSomeone('Materi dari Kak Rina, properti dari Mas Bayu.', none)).toBe(true);
    const kas = Library.fromDocuments([
      writeUp({
        id: 'kas', title: 'Iuran Kas Komunitas 2025', date: '2025-02-01', lang: 'id',
        body:
          'Mulai Februari iuran kas naik jadi Rp20.000 sebulan untuk sewa studio latihan di Gedung Serbaguna.\n\n' +
          'Bayar iuran kas paling lambat tanggal 10; yang telat bayar iuran kas dua bulan tidak ikut undian ' +
          'merchandise.\n\n' +
          'Bayar iuran kas bisa tunai ke Bu Ratna tiap latihan.',
      }),
    ]);
    expect(kas.ask('bayar iuran kas ke siapa').results[0]?.id).toBe('kas#3');
  });

  it('takes no place after a preposition, no date, no sentence start, no word the question or title has', () => {
    expect(namesSomeone('Final di Pendopo Agung, Minggu 12 Oktober 2025.', none)).toBe(false);
    expect(namesSomeone('Diadakan di **Studio Kizuna**, jam 09.00.', none)).toBe(false);
    expect(namesSomeone('Juara 1 dapat Rp2.000.000. Juara Harapan dapat voucher.', none)).toBe(false);
    expect(namesSomeone('Lomba ini bagian dari Kizuna Matsuri tahun ini.', new Set(['kizuna']))).toBe(false);
    // (A table cell opens as a line does: its first word is capitalised whatever it is.)
    expect(namesSomeone('| Daily pass (1 hari) | Rp45.000 | Rp60.000 |', none)).toBe(false);
    expect(namesSomeone('| Harapan | Voucher belanja |', none)).toBe(false);
    // (Nor a word the question or the title has where nothing else makes it no name; nor a weekday or a month, an
    // acronym, or a table's header row.)
    expect(namesSomeone('Lomba ini bagian penting Kizuna Matsuri tahun ini.', new Set(['kizuna', 'matsuri']))).toBe(false);
    expect(namesSomeone('Kumpul lagi hari Minggu, tanggal 12 Oktober.', none)).toBe(false);
    expect(namesSomeone('Pendaftaran tutup jam 21.00 WIB.', none)).toBe(false);
    expect(namesSomeone('| Nama Tim | Asal Kota |\n|---|---|', none)).toBe(false);
  });
});

// The order itself, on hits as the ranking hands them over: within a write-up, a passage that names someone moves
// before those that name no one and match no more of the question, never before one that numbers what the
// question numbers when it does not; the title's words name no one.
describe('whoFirst', () => {
  const hit = (n: number, text: string, coverage: number, paired?: true) => ({
    passage: { docId: 'k', text, title: 'Kizuna Matsuri 2025' },
    coverage,
    ...(paired ? { paired } : {}),
    n,
  });
  const order = (hits: ReturnType<typeof hit>[]) => whoFirst(hits, ['juri', 'siapa']).map((h) => h.n);
  const judges = 'Juri tahun ini Reika Hoshino dan Bayu Pratama.';

  it('moves the passage that names someone before one that matches alike and names no one', () => {
    expect(order([hit(1, 'Semua juri hadir di panggung utama jam 10.', 1), hit(2, judges, 1)])).toEqual([2, 1]);
    expect(order([hit(1, 'Semua juri Kizuna Matsuri hadir di panggung utama.', 1), hit(2, judges, 1)])).toEqual([2, 1]);
  });

  it('not before one that matches more of the question, nor one that numbers what the question numbers', () => {
    expect(order([hit(1, 'Semua juri hadir di panggung utama jam 10.', 1), hit(2, judges, 0.5)])).toEqual([1, 2]);
    expect(order([hit(1, 'Semua juri hadir di panggung utama jam 10.', 1, true), hit(2, judges, 1)])).toEqual([1, 2]);
  });
});
