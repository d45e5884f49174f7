// A question that asks for a time ("jam brp", "what time", "kapan", "when") or an amount ("htm brp", "bayar
// berapa", "how much … tickets") is answered, among the passages of the write-up it names, by the one that states
// a time or an amount, not by the opening that only names the event (src/engine/asked-type.ts).

import { describe, expect, it } from 'vitest';
import { askedType, readAsked, statesAskedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string, lang = 'id'): CorpusDocument {
  return writeUp({ id, title, body, date, lang });
}

const lib = Library.fromDocuments([
  doc(
    'meetup-3',
    'Meetup Komunitas Data #3',
    [
      'Meetup Komunitas Data #3 membahas dbt dan data warehouse, dihadiri 45 peserta.',
      'Acara dimulai pukul 18.30 WIB di lantai 5 gedung Kolaborasi.',
      'Tiket masuk Rp35.000, sudah termasuk nasi kotak.',
      'Pemateri malam itu, Yusuf Ramadhan, berbagi pengalaman membangun pipeline data.',
    ].join('\n\n'),
    '2025-04-26',
  ),
  doc(
    'meetup-4',
    'Meetup Komunitas Data #4',
    [
      'Meetup Komunitas Data #4 membahas data quality di startup.',
      'Obrolan berlanjut sampai jam sepuluh malam.',
      'Registrasi dibuka 18:00, sesi pertama mulai 19:00.',
      'Meetup ini gratis untuk anggota komunitas.',
      'Pembayaran konsumsi ditanggung sponsor, tim payroll Kasku.',
    ].join('\n\n'),
    '2025-05-24',
  ),
  doc(
    'pycon',
    'PyCon Surabaya 2025',
    [
      'PyCon Surabaya 2025 brought together 300 Python developers at the Grand City ballroom.',
      'Lightning talks ran throughout the afternoon.',
      'The conference took place on Saturday, 18 October, with registration from 8 am.',
    ].join('\n\n'),
    '2025-10-18',
    'en',
  ),
]);

const first = (q: string) => {
  const a = lib.ask(q, { top: 5 });
  expect(a.answered).toBe(true);
  return a.results[0]?.text ?? '';
};

describe('what a question asks for', () => {
  it.each([
    ['jam brp meetup 3 mulai', 'time'],
    ['meetup 4 mulai pukul berapa', 'time'],
    ['what time does it start', 'time'],
    ['htm brp', 'amount'],
    ['meetup 3 bayar berapa', 'amount'],
    ['how much are the tickets', 'amount'],
    ['how much was the rust workshop', 'amount'],
    ['how much is membership', 'amount'],
    ['meetup 1 bayar ga?', 'amount'],
    // (answer-slot.ts's question words too: one list.)
    ['berapakah harga tiket meetup 5', 'amount'],
    ['pukul berapakah meetup 4 mulai', 'time'],
    ['workshop docs gratis nggak buat member', 'amount'],
    // (A sum of money asked for, not a price: "dana", "saldo", "donasi" are no things counted.)
    ['berapa dana yang terkumpul buat bu ani', 'amount'],
    ['saldo kas klub sekarang brp', 'amount'],
    ['sumbangan dari kelurahan berapa', 'amount'],
    ['how much money did the bazaar raise', 'amount'],
    // (A chat asks a price with the price word and its -nya alone: "its price?".)
    ['batik ukuran XXL harganya', 'amount'],
    ['study tour biayanya?', 'amount'],
    // (Or by the price word first, of the thing it names: "harga kaos komunitas", "what is the fee for the class".)
    ['harga kaos komunitas', 'amount'],
    ['biaya kursus gitar buat pelajar', 'amount'],
    ['htm konser amal', 'amount'],
    ['what is the fee for the pottery class', 'amount'],
    ["what's the price of a tote bag", 'amount'],
    ['kapan bayar biayanya', 'date or time'],
    ['kapan meetup 4', 'date or time'],
    ['when did pycon start', 'date or time'],
    ['meetup 6 when?', 'date or time'],
    ['and when was the hackathon', 'date or time'],
    ['kapankah meetup 6', 'date or time'],
    ['tell me when meetup 6 was held', 'date or time'],
    ['meetup 6 hari apa', 'day'],
    ['tanggal apa meetup 6', 'day'],
    ['what date is meetup 6', 'day'],
    ['which day was the hackathon', 'day'],
    ['meetup 6 dimna', 'place'],
    ['what about the venue', 'place'],
    ['do you know where meetup 6 was held', 'place'],
  ])('%s asks for %s', (q, type) => {
    expect(askedType(q)).toBe(type);
  });

  // ("berapa peserta meetup 3" asks for a count: see asked-place-count.test.ts.)
  it.each(['tiketnya sudah habis?', 'siapa yang menentukan harganya', 'harganya naik ga', 'harga kaos siapa yang tentukan', 'what is the price policy', 'berapa lama meetup 3', 'berapa jam meetup 3', 'brp jam kajian', 'how much data did they collect', 'siapa pemateri meetup 3', 'what happened when the keynote began', 'jam tangan apa yang dibagikan', 'apa acara hari pertama', 'what was said on day 2'])(
    '%s asks for none of them',
    (q) => {
      expect(askedType(q)).toBeNull();
    },
  );

  it('reads a where or a when beside what else is asked, and not in a "when" that joins a clause', () => {
    for (const q of ['jam berapa dan di mana meetup 6', 'htm brp, kapankah meetup 6', 'and where was it held', 'meetup 6 dimna', 'kapankah meetup 6']) {
      expect([q, readAsked(q).whereOrWhen]).toEqual([q, true]);
    }
    for (const q of ['who sponsored meetup 7 when it was held', 'the room where we met was cold', 'siapa pemateri meetup 6']) {
      expect([q, readAsked(q).whereOrWhen]).toEqual([q, false]);
    }
  });

  it('tells a time, a day and an amount from a number that is none of them', () => {
    expect(statesAskedType('time', 'Acara dimulai pukul 18.30 WIB')).toBe(true);
    expect(statesAskedType('time', 'the keynote began at 9 am')).toBe(true);
    expect(statesAskedType('time', 'Hadiah Rp12.500.000 dan 1.500 peserta')).toBe(false);
    // (A length of time is no time of day: "1 jam 30 menit".)
    expect(statesAskedType('time', 'Sesi praktik berlangsung 1 jam 30 menit.')).toBe(false);
    expect(statesAskedType('time', 'Registrasi jam 9, sesi berlangsung 2 jam.')).toBe(true);
    // (Only "jam" after a number is a length: "pukul" after a date's year still gives the time.)
    expect(statesAskedType('time', 'Pembukaan Sabtu 6 Juni 2026 pukul 9 pagi')).toBe(true);
    expect(statesAskedType('time', 'Pembukaan Sabtu 6 Juni 2026 jam 9 pagi')).toBe(true);
    expect(statesAskedType('date or time', 'diadakan Sabtu, 22 November')).toBe(true);
    expect(statesAskedType('date or time', 'dua minggu sebelum acara')).toBe(false);
    expect(statesAskedType('date or time', 'diadakan tanggal 12/7 di GOR')).toBe(true);
    expect(statesAskedType('date or time', 'diadakan 12-07-2025 di GOR')).toBe(true);
    // (A score or a range is no day: "menang 3-1", "sesi 1-2".)
    expect(statesAskedType('date or time', 'tim Keuangan menang 3-1 atas tim IT')).toBe(false);
    expect(statesAskedType('date or time', 'materi sesi 1-2 diulang')).toBe(false);
    expect(statesAskedType('amount', 'Meetup ini gratis untuk anggota')).toBe(true);
    expect(statesAskedType('amount', 'Tiket masuk Rp35.000')).toBe(true);
    expect(statesAskedType('amount', 'dihadiri 45 peserta')).toBe(false);
    expect(statesAskedType('amount', 'Entry was free for members.')).toBe(true);
    expect(statesAskedType('amount', 'membahas kerja freelance dan freedom finansial')).toBe(false);
  });
});

describe('among the passages of the write-up asked about', () => {
  it('a time is answered by the passage that states one, not the opening that names the event', () => {
    expect(first('jam brp meetup 3 mulai')).toMatch(/pukul 18\.30/u);
    expect(first('kapan meetup 3 mulai')).toMatch(/pukul 18\.30/u);
  });

  it('the clock word of "jam berapa" asks for a time: a passage that only says "jam" does not outrank one that states it', () => {
    expect(first('meetup 4 mulai jam berapa')).toMatch(/19:00/u);
  });

  it('an amount is answered by the passage that states a price or that it is free', () => {
    expect(first('meetup 3 bayar berapa')).toMatch(/Rp35\.000/u);
    // ("Pembayaran" says "bayar", and no amount.)
    expect(first('meetup 4 bayar brp')).toMatch(/gratis/u);
    // (And a chat's "-nya" price word alone: "its price?".)
    expect(first('meetup 3 harganya')).toMatch(/Rp35\.000/u);
    expect(first('meetup 4 biayanya?')).toMatch(/gratis/u);
  });

  it('a sum of money asked for is answered by the passage that states one, not the opening that names whom it is for', () => {
    const drive = Library.fromDocuments([
      doc(
        'donasi-bu-ani',
        'Laporan Penggalangan Dana Korban Pohon Tumbang',
        [
          'Warung Bu Ani di Gang Mawar roboh tertimpa pohon saat hujan angin, Bu Ani dan cucunya selamat.',
          'Relawan keliling ke rumah warga dan membuka rekening donasi selama seminggu.',
          'Total dana terkumpul Rp 7.450.000, selain itu ada sumbangan beras dan pakaian.',
        ].join('\n\n'),
        '2025-03-02',
      ),
      doc('rapat', 'Rapat Warga', ['Rapat membahas jadwal ronda dan lampu jalan.'].join('\n\n'), '2025-03-09'),
    ]);
    const a = drive.ask('berapa dana yang terkumpul buat bu ani');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Rp 7\.450\.000/u);
  });

  // ("gunung salak tingginya berapa?" over a corpus that never states the height was answered from a passage's
  // "46 orang", read as a count of "tinggi": a measure or a date with "-nya" is none, as without it.)
  it('a measure or a date with "-nya" beside "berapa" counts nothing, as without it', () => {
    for (const q of ['gunung salak tingginya berapa?', 'lamanya berapa', 'tanggalnya berapa', 'umurnya berapa']) {
      const t = askedType(q);
      expect(t !== null && typeof t === 'object' && 'count' in t, q).toBe(false);
    }
    expect(askedType('kuotanya berapa')).toEqual({ count: ['kuota'] });
  });

  it('people counted beside "berapa" are a count, whatever sum of money the question names', () => {
    expect(askedType('berapa orang yang ikut donasi')).toEqual({ count: ['orang'] });
    expect(askedType('yang ikut donasi berapa orang')).not.toBe('amount');
    const drive = Library.fromDocuments([
      doc(
        'donasi',
        'Laporan Donasi Korban Kebakaran',
        [
          'Rumah Pak Slamet terbakar, karang taruna membuka donasi selama dua minggu.',
          'Donasi terkumpul Rp 7.450.000 dari kotak amal dan transfer.',
          'Yang ikut donasi tercatat 85 orang dari enam RT.',
        ].join('\n\n'),
        '2025-11-09',
      ),
      doc('rapat', 'Rapat Warga', 'Rapat membahas jadwal ronda.', '2025-10-01'),
    ]);
    // (Read as a sum of money, the total's "Rp 7.450.000" was shown first.)
    expect(drive.ask('berapa orang yang ikut donasi').results[0]?.text).toMatch(/85 orang/u);
  });

  it('a day, a time or a measure asked beside "berapa" is asked, whatever sum of money the question names', () => {
    expect(askedType('tanggal berapa dana diserahkan')).toBe('day');
    expect(askedType('jam berapa kas dibuka')).toBe('time');
    expect(askedType('berapa lama donasi dibuka')).toBeNull();
    // (The sum's size is a sum: "berapa besar dana".)
    expect(askedType('berapa besar dana yang terkumpul')).toBe('amount');
    const drive = Library.fromDocuments([
      doc(
        'donasi',
        'Laporan Donasi Korban Kebakaran',
        [
          'Rumah Pak Slamet terbakar, karang taruna membuka donasi selama dua minggu.',
          'Dana yang diserahkan ke Pak Slamet Rp 7.450.000, dari kotak amal dan transfer.',
          'Dana diserahkan pada Minggu, 9 November 2025, disaksikan Pak RW.',
        ].join('\n\n'),
        '2025-11-09',
      ),
      doc('rapat', 'Rapat Warga', 'Rapat membahas jadwal ronda.', '2025-10-01'),
    ]);
    // (Read as a sum of money, the "Rp 7.450.000" handed over was shown before the day.)
    expect(drive.ask('tanggal berapa dana diserahkan').results[0]?.text).toMatch(/9 November 2025/u);
  });

  it('a day, a time or a count asked beside "berapa" is asked, whatever word of price the question has', () => {
    // (The rule of a sum of money, asksOtherThanMoney, holds for a word of price too: "tanggal berapa bayar iuran"
    // asks the day.)
    expect(askedType('tanggal berapa bayar iuran')).toBe('day');
    expect(askedType('jam berapa bayar tiket')).toBe('time');
    expect(askedType('berapa orang yang sudah bayar iuran')).toEqual({ count: ['orang'] });
    // (A price is still asked: "berapa iuran", "harga tiket per orang berapa".)
    expect(askedType('berapa iuran bulanan')).toBe('amount');
    expect(askedType('harga tiket per orang berapa')).toBe('amount');
    expect(askedType('dana per orang berapa')).toBe('amount');
  });

  it('a word of price beside the event\'s name asks for the fee: it does not name the event', () => {
    // ("bayar" right after "bogor", a word of the title, was read as naming which kopdar, as "voli" of "turnamen
    // voli" does; the write-up never says "bayar", so nothing answered.)
    const kopdar = Library.fromDocuments([
      doc('kopdar-bogor', 'Kopdar Bogor', ['Kopdar Bogor diadakan di Kebun Raya Bogor, santai sambil piknik.', 'Kumpul jam 08.00 pagi di pintu utama.', 'Iuran Rp20.000 per orang untuk tiket masuk kebun raya.'].join('\n\n'), '2025-09-14'),
      doc('kopdar-depok', 'Kopdar Depok', ['Kopdar Depok diadakan di sebuah kedai kopi.', 'Hadir 12 anggota.'].join('\n\n'), '2025-10-12'),
    ]);
    const a = kopdar.ask('kopdar bogor bayar brp');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Rp20\.000/u);
  });

  it('a word of date beside "berapa" asks for the day: "tanggal berapa", "tgl brp" do not name the event', () => {
    // ("tanggal" right after "yatim", a word of the title, was read as naming which santunan, as "voli" of
    // "turnamen voli" does; the write-up gives its day without the word "tanggal", so nothing answered.)
    const mosque = Library.fromDocuments([
      doc('santunan', 'Santunan Anak Yatim', ['Santunan anak yatim diadakan Ahad, 6 Juli 2025 di aula masjid.', 'Sebanyak 58 anak menerima santunan dan tas sekolah.'].join('\n\n'), '2025-07-06'),
      doc('kerja-bakti', 'Kerja Bakti Masjid', ['Kerja bakti membersihkan masjid diikuti 30 remaja.', 'Dilanjut makan siang bersama.'].join('\n\n'), '2025-08-10'),
    ]);
    expect(askedType('santunan yatim tanggal berapa')).toBe('day');
    expect(askedType('tgl brp santunan yatim')).toBe('day');
    for (const q of ['santunan yatim tanggal berapa', 'santunan anak yatim tgl brp']) {
      const a = mosque.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toMatch(/6 Juli 2025/u);
    }
    // ("tanggal" alone, beside no "berapa", is still a word: "berapa peserta" counts what it names.)
    expect(askedType('berapa peserta santunan tanggal 6')).toEqual({ count: ['peserta'] });
  });

  it('"tanggal berapa" is a when for the confidence test too, as "kapan" is: a write-up dated by its header answers both', () => {
    // (askedType read "tgl brp" as a when; readAsked's whereOrWhen, which the confidence test asks, did not, and the
    // write-up that gives its day only in its date was an answer to "kapan meetup 7" but not to "meetup 7 tanggal
    // berapa".)
    const club = Library.fromDocuments([
      doc('meetup-07', 'Meetup Komunitas #7: Keamanan Aplikasi Web', 'Meetup ketujuh diadakan di Gedung Inkubator Bisnis.\n\nPeserta mencoba latihan capture the flag.', '2025-10-18'),
      doc('meetup-05', 'Meetup Komunitas #5: GraphQL', 'Meetup kelima diadakan di Kampus Politeknik.\n\nPembicara tamu membandingkan REST dan GraphQL.', '2025-06-14'),
    ]);
    for (const q of ['meetup #7 tanggal berapa', 'tgl brp meetup 7', 'kapan meetup 7', 'meetup 7 hari apa', 'what date was meetup 7']) {
      expect([q, readAsked(q).whereOrWhen]).toEqual([q, true]);
      const a = club.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, 'meetup-07']);
    }
  });

  it('an English "when" is answered by the passage that states the day, though it only matches the title', () => {
    expect(first('when was pycon surabaya')).toMatch(/18 October/u);
    expect(first('when is pycon')).toMatch(/18 October/u);
  });

  it('a day is not a score: "kapan" is answered by the time the final was played, not by "menang 3-1"', () => {
    const club = Library.fromDocuments([
      doc(
        'futsal',
        'Turnamen Futsal Antar Divisi',
        ['Turnamen futsal antar divisi diikuti delapan tim.', 'Di final, tim Keuangan menang 3-1 atas tim IT.', 'Pertandingan digelar pukul 16.00 di GOR Cendana.'].join('\n\n'),
        '2025-07-12',
      ),
      doc('meetup', 'Meetup Bulanan Juni', ['Meetup bulanan membahas karier developer game.', 'Pembicara: Sinta Dewi.'].join('\n\n'), '2025-06-28'),
    ]);
    const a = club.ask('kapan turnamen futsal', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/pukul 16\.00/u);
  });

  // (The search reads what is asked without the links pasted into the question; the order read it again with
  // them, and a link's "jam-berapa" put the time first.)
  it('reads what is asked from the question\'s words, not from a link pasted into it', () => {
    const link = 'https://forum.example/t/jam-berapa';
    for (const q of ['meetup 3', 'pemateri meetup 3']) {
      const ids = (question: string) => lib.ask(question, { top: 3 }).results.map((r) => r.id);
      expect([q, ids(`${q} ${link}`)]).toEqual([q, ids(q)]);
    }
    expect(lib.snapshot.index.search(`meetup 3 ${link}`, 3).asked).toBeNull();
    expect(lib.snapshot.index.search('jam brp meetup 3 mulai', 3).asked).toBe('time');
  });

  it('leaves a question that asks for neither as it was', () => {
    expect(first('berapa peserta meetup 3')).toMatch(/45 peserta/u);
    expect(first('siapa pemateri meetup 3')).toMatch(/Yusuf Ramadhan/u);
  });
});

describe('a time or an amount asked of a write-up that names the event and nothing else asked', () => {
  // The write-up's passages match only the words naming it ("meetup", "5"), so they answer only where one of them
  // states what is asked (see whichOnly in answer.ts): a price for "htm brp", not the time it began.
  const series = Library.fromDocuments([
    doc('meetup-5', 'Meetup Komunitas Data #5', ['Meetup Komunitas Data #5 membahas observability.', 'Acara dimulai pukul 19.00 WIB.'].join('\n\n'), '2025-06-28'),
    doc('meetup-6', 'Meetup Komunitas Data #6', ['Meetup Komunitas Data #6 membahas data mesh.', 'Harga tiket Rp40.000 untuk umum.'].join('\n\n'), '2025-07-26'),
    doc('meetup-7', 'Meetup Komunitas Data #7', ['Meetup Komunitas Data #7 membahas kerja freelance bagi data engineer.'].join('\n\n'), '2025-08-30'),
  ]);

  it('answers with the passage that states it', () => {
    const a = series.ask('jam brp meetup 5 mulai', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/pukul 19\.00/u);
  });

  it('a length of time is not put first as the time it began: "berlangsung 1 jam 30 menit"', () => {
    const lengths = Library.fromDocuments([
      doc('meetup-6', 'Meetup Komunitas Data #6', ['Meetup Komunitas Data #6 membahas data mesh.', 'Acara dimulai pukul 19.00 WIB.'].join('\n\n'), '2025-07-26'),
      doc('meetup-7', 'Meetup Komunitas Data #7', ['Meetup Komunitas Data #7 membahas observability.', 'Sesi praktik berlangsung 1 jam 30 menit.'].join('\n\n'), '2025-08-30'),
    ]);
    expect(lengths.ask('meetup 7 mulai pukul berapa', { top: 3 }).results[0]?.text).toMatch(/membahas observability/u);
    expect(lengths.ask('meetup 6 mulai pukul berapa', { top: 3 }).results[0]?.text).toMatch(/pukul 19\.00/u);
  });

  it('answers with a time written right after the date\'s year: "6 Juni 2026 pukul 9 pagi"', () => {
    const dated = Library.fromDocuments([
      doc('meetup-5', 'Meetup Komunitas Data #5', ['Meetup Komunitas Data #5 membahas observability.', 'Acara dimulai pukul 19.00 WIB.'].join('\n\n'), '2026-05-02'),
      doc('meetup-6', 'Meetup Komunitas Data #6', ['Meetup Komunitas Data #6 membahas data mesh.', 'Pembukaan Sabtu 6 Juni 2026 pukul 9 pagi oleh ketua.'].join('\n\n'), '2026-06-06'),
    ]);
    for (const q of ['meetup 6 jam berapa', 'jam brp meetup 6 mulai']) {
      const a = dated.ask(q, { top: 3 });
      expect([q, a.answered]).toEqual([q, true]);
      expect(a.results[0]?.text).toMatch(/pukul 9 pagi/u);
    }
  });

  it.each(['meetup 6 mulai pukul berapa', 'jam brp meetup 6 mulai', 'meetup 6 jam berapa'])(
    '%s: a time asked of a write-up that gives none is not answered ("pukul", "jam" only say what is asked)',
    (q) => {
      expect(series.ask(q, { top: 3 }).answered).toBe(false);
    },
  );

  it('leaves it unanswered where no passage of that write-up states one, though another write-up does', () => {
    expect(series.ask('harga tiket meetup 5 brp', { top: 3 }).answered).toBe(false);
    const six = series.ask('harga tiket meetup 6 brp', { top: 3 });
    expect(six.answered).toBe(true);
    expect(six.results[0]?.text).toMatch(/Rp40\.000/u);
  });

  it('reads "free" as an amount only as a word of its own: "freelance" states no price', () => {
    expect(series.ask('harga tiket meetup 7 brp', { top: 3 }).answered).toBe(false);
    expect(series.ask('how much are the tickets for meetup 7', { top: 3 }).answered).toBe(false);
  });
});
