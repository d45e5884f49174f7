// What a number in a write-up counts, asked as a community's members ask: which word a title or a sentence numbers
// ("meetup" of "Pembicara meetup ke-3", "Meetup" of "Data Meetup #7"), and the questions members of a community
// with a dozen numbered events type, in Indonesian and in English.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, title, body, ...extra });
}

const speakers = ['Budi Santoso', 'Sarah Whitfield', 'Andi Pratama', 'Dedi Gunawan'];
const venues = ['Kopi Tuku', 'Dilo Bandung', 'Gojek HQ', 'Telkom Hub'];

describe('a sentence that numbers the word before its number', () => {
  // The minutes' "Pembicara meetup ke-3 adalah Rina Kusuma" (the speaker of meetup #3) made "pembicara" a word
  // write-ups number: the first word of the words before "ke-3" was read as the head of a name, though only its
  // sentence-initial capital set it apart. "siapa pembicara ketiga?" (a third speaker, which no write-up has) was
  // then answered with Rina Kusuma, as a speaker #3.
  const lib = Library.fromDocuments([
    ...[1, 2, 3, 4].map((n) =>
      doc(
        `meetup-${n}`,
        `Meetup Komunitas Data #${n}`,
        `Meetup ke-${n} diadakan di ${venues[n - 1]}.\n\nPembicara pertama adalah ${speakers[n - 1]}, pembicara kedua adalah Tamu ${n}.`,
        { date: `2025-0${n}-15` },
      ),
    ),
    doc('notulen', 'Notulen Rapat Pengurus', 'Pembicara meetup ke-3 adalah Rina Kusuma, menggantikan Andi.\n\nKas komunitas Rp2.000.000.', { date: '2025-02-20' }),
    doc('notulen-2', 'Notulen Rapat Pengurus Maret', 'Rapat menunjuk Joko Susilo sebagai pembicara meetup ke-4.', { date: '2025-03-20' }),
  ]);

  it('reads "Pembicara meetup ke-3" as meetup #3, not a speaker #3', () => {
    for (const q of ['siapa pembicara ketiga?', 'who was the third speaker?', 'siapa pembicara keempat?']) {
      const a = lib.ask(q);
      // (Rina Kusuma and Joko Susilo are meetup #3's and #4's speakers; no write-up names a third or fourth speaker.)
      expect(a.answered && /Rina Kusuma|Joko Susilo/u.test(a.results[0]?.text ?? ''), q).toBe(false);
      const ordinal = lib.snapshot.index.search(q, 3).groups.find((g) => ['ketiga', 'keempat', 'third'].includes(g.word));
      expect(ordinal?.number, q).toBeUndefined();
    }
    expect(lib.snapshot.index.search('siapa pembicara pertama?', 3).groups.find((g) => g.word === 'pertama')?.number).toBeUndefined();
  });

  it('still names meetup #3 by it, and answers the first speaker', () => {
    for (const q of ['siapa pembicara meetup ke-3?', 'pembicara meetup ketiga siapa?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results.slice(0, 2).map((r) => r.docId).sort(), q).toEqual(['meetup-3', 'notulen']);
    }
    const first = lib.ask('siapa pembicara pertama meetup ke-2?');
    expect(first.answered).toBe(true);
    expect(first.results[0]?.text).toContain('Sarah Whitfield');
    expect(lib.ask('meetup ke-3 di mana?').results.some((r) => r.text.includes('Gojek HQ'))).toBe(true);
  });
});

/**
 * A community's write-ups of a dozen numbered events, titled as such communities title them (some in English word
 * order), whose texts, as most do, never repeat the title's number: "Kali ini kami berkumpul di Kebun Raya Bogor".
 */
const community = [
  doc('data-meetup-6', 'Data Meetup #6', 'Meetup kali ini diadakan di Kopi Tuku Cipete dengan 30 peserta.\n\nPembicara adalah Budi Santoso, yang membahas pembersihan data: data pertama yang dibersihkan adalah data sensus.', { date: '2025-01-18' }),
  doc('data-meetup-7', 'Data Meetup #7', 'Meetup diadakan di Dilo Bandung dengan 45 peserta.\n\nPembicara adalah Sarah Whitfield, yang membahas visualisasi data dengan Python.', { date: '2025-02-15' }),
  doc('js-11', 'Jakarta JS Meetup 11', 'Acara kali ini bertempat di kantor Tokopedia.\n\nPembicara adalah Sinta Dewi, membahas TypeScript.', { date: '2025-02-08' }),
  doc('js-12', 'Jakarta JS Meetup 12', 'Acara kali ini bertempat di kantor Traveloka.\n\nPembicara adalah Andi Pratama, membahas React Server Components.', { date: '2025-03-08' }),
  doc('kopdar-3', 'Kopdar #3', 'Kopdar berlangsung di Taman Menteng, Jakarta Pusat. Sekitar 20 anggota hadir sambil ngopi.', { date: '2025-03-22' }),
  doc('kopdar-4', 'Kopdar #4', 'Kali ini kami berkumpul di Kebun Raya Bogor, dihadiri 15 anggota.', { date: '2025-05-10' }),
  doc('webinar-2', 'Webinar Seri 2: Keamanan Data Pribadi', 'Sesi membahas UU Pelindungan Data Pribadi. Narasumber adalah Dewi Lestari dari SAFEnet.', { date: '2025-04-05' }),
  doc('webinar-3', 'Webinar Seri 3: MLOps untuk Pemula', 'Sesi membahas cara menjalankan model di produksi. Narasumber adalah Rudi Hartono.', { date: '2025-06-07' }),
  doc('bootcamp-4', 'Bootcamp Data Science Batch 4', 'Bootcamp diikuti 32 peserta selama enam minggu.\n\nMentor utama adalah Taufik Hidayat.', { date: '2024-10-20' }),
  doc('bootcamp-5', 'Bootcamp Data Science Batch 5', 'Bootcamp diikuti 40 peserta selama enam minggu.\n\nMentor utama adalah Maya Chen.', { date: '2025-04-20' }),
  doc('podcast-s1e4', 'Podcast Ngobrol Data Season 1 Episode 4', 'Tamu kami Bayu Saputra membahas dasbor.', { date: '2024-09-01' }),
  doc('podcast-s2e3', 'Podcast Ngobrol Data Season 2 Episode 3', 'Tamu kami Lina Marlina membahas statistik resmi BPS.', { date: '2025-05-01' }),
  doc('podcast-s2e4', 'Podcast Ngobrol Data Season 2 Episode 4', 'Tamu kami Yusuf Hakim bercerita tentang karier analis data.', { date: '2025-05-30' }),
  doc('kelas-2', 'Kelas Python Angkatan ke-2', 'Kelas dibuka dengan 18 peserta. Pengajar adalah Gita Permata.', { date: '2025-01-05' }),
  doc('kelas-3', 'Kelas Python Angkatan ke-3', 'Kelas dibuka dengan 25 peserta. Pengajar adalah Fajar Nugroho.', { date: '2025-07-01' }),
];

describe('an Indonesian write-up titled in English word order', () => {
  // "Data Meetup #7" was read in Indonesian order, its first word the head: a "data #7", so that "data pertama yang
  // dibersihkan" asked for a data #1, and "meetup ketujuh" was no number at all (no title numbered "meetup").
  const lib = Library.fromDocuments(community);

  it('numbers the meetup of "Data Meetup #7" and "Jakarta JS Meetup 12"', () => {
    for (const [q, id] of [
      ['meetup ketujuh di mana?', 'data-meetup-7'],
      ['where was the seventh meetup?', 'data-meetup-7'],
      ['meetup kedua belas di mana?', 'js-12'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
    }
  });

  it('leaves "Data" a topic: "data pertama" is the first data, no data #1', () => {
    const q = 'data pertama yang dibersihkan apa?';
    expect(lib.snapshot.index.search(q, 3).groups.find((g) => g.word === 'pertama')?.number).toBeUndefined();
    const a = lib.ask(q);
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('data sensus');
  });
});

describe('an ordinal beside the word a title numbers an event by', () => {
  // "batch kelima", "angkatan ketiga", "webinar seri kedua": the titles' names count a bootcamp, a class, a webinar
  // (their first word), but members name the event by the word its number follows, as "batch 5" does. The ordinal
  // was a plain word, and the wrong batch, class or webinar came first.
  const lib = Library.fromDocuments(community);

  it('reads it as that number where a title has the word right before it', () => {
    for (const [q, id] of [
      ['batch kelima berapa peserta?', 'bootcamp-5'],
      ['siapa mentor batch keempat?', 'bootcamp-4'],
      ['angkatan ketiga berapa peserta?', 'kelas-3'],
      ['webinar seri kedua bahas apa?', 'webinar-2'],
      ['who mentored the fifth batch?', 'bootcamp-5'],
      ['season kedua episode ketiga siapa tamunya?', 'podcast-s2e3'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
    }
  });
});

describe('a question that names a numbered event and asks nothing its title lacks', () => {
  // "kopdar 4 dimana": every word of it is in the title "Kopdar #4", whose only paragraph ("Kali ini kami berkumpul di
  // Kebun Raya Bogor") says where it was without repeating it. A passage found only through its title was no result,
  // so the question was answered with nothing, or with kopdar #3's paragraph as the closest.
  const lib = Library.fromDocuments(community);

  it('is answered with the passages of that write-up', () => {
    for (const [q, id, text] of [
      ['kopdar 4 dimana', 'kopdar-4', 'Kebun Raya Bogor'],
      ['kopdar keempat di mana?', 'kopdar-4', 'Kebun Raya Bogor'],
      ['jakarta js meetup 12 dimana', 'js-12', 'Traveloka'],
      ['episode keempat season 2 siapa?', 'podcast-s2e4', 'Yusuf Hakim'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
      expect(a.results[0]?.text, q).toContain(text);
    }
  });

  it('not where the question asks more than the title says, nor of another number', () => {
    // "kopdar 4 berapa biayanya": the write-up never says what it cost; "kopdar 5": no write-up is kopdar #5.
    expect(lib.ask('kopdar 4 berapa biayanya?').answered).toBe(false);
    expect(lib.ask('kopdar 5 dimana').answered).toBe(false);
  });
});

describe('the last of a numbered kind of event', () => {
  // "kopdar terakhir dimana": "terakhir" beside a word titles number asks for the newest write-up, as "terbaru" does,
  // but it was weighed as a word no write-up says, and kopdar #4's paragraph, found only through its title, was no
  // result: the question was not answered, and kopdar #3's paragraph was offered.
  const lib = Library.fromDocuments(community);

  it('is the newest write-up of it', () => {
    for (const [q, id] of [
      ['kopdar terakhir dimana', 'kopdar-4'],
      ['where was the last kopdar?', 'kopdar-4'],
      ['kopdar terbaru di mana?', 'kopdar-4'],
      ['siapa pembicara meetup terakhir?', 'js-12'],
      ['episode terakhir siapa tamunya?', 'podcast-s2e4'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
    }
  });
});

describe('an English ordinal before a name of several words', () => {
  // "where was the 12th Jakarta JS Meetup?": "12th" was read as numbering only the word after it, "jakarta", which no
  // write-up numbers; it numbers the name, whose head is its last word, as a title's English ordinal does. The
  // question was not answered, and kopdar #3's paragraph, which says "Jakarta", was offered first.
  const lib = Library.fromDocuments(community);

  it('numbers the name\'s head', () => {
    for (const q of ['where was the 12th jakarta js meetup?', 'where was the 12th Jakarta JS Meetup?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('js-12');
    }
  });
});

describe('a numbered event or the last of a kind, asked with its year or month', () => {
  // "kopdar 4 2025 dimana", "kopdar terakhir 2025 dimana": the year is the write-up's date's, not its title's, so the
  // title no longer held every word of the question, and kopdar #4's only paragraph, which repeats neither, was no
  // result. "kopdar terakhir 2025" was answered with kopdar #3 (March), "kopdar 4 2025" offered kopdar #3 unanswered.
  const lib = Library.fromDocuments(community);

  it('is answered with that write-up, its date standing for the year or month as its title does for the rest', () => {
    for (const q of ['kopdar 4 2025 dimana', 'kopdar keempat mei 2025 di mana?', 'kopdar terakhir 2025 dimana', 'where was the last kopdar in 2025?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('kopdar-4');
      expect(a.results[0]?.text, q).toContain('Kebun Raya Bogor');
    }
  });

  it('not with a year or month the write-up is not dated', () => {
    expect(lib.ask('kopdar 4 2024 dimana').results[0]?.docId).not.toBe('kopdar-4');
    expect(lib.ask('kopdar keempat maret 2025 di mana?').results[0]?.docId).not.toBe('kopdar-4');
  });
});

describe('one series titled in English word order, and nothing else said of its words', () => {
  // "Data Meetup #1" … "#6" alone: no other title or text says whether "Data" or "Meetup" is what the number counts.
  // It was read in Indonesian order, "data" #N only, so "meetup terakhir" (the latest meetup) was no numbered word's
  // "terakhir" and went unanswered. The name as a whole is what the number counts: either word names the event.
  const venues = ['Kopi Tuku', 'Dilo Bandung', 'Gojek HQ', 'Telkom Hub', 'Kafe Dago', 'Perpustakaan Kota'];
  const lib = Library.fromDocuments(
    [1, 2, 3, 4, 5, 6].map((n) =>
      doc(`data-meetup-${n}`, `Data Meetup #${n}`, `Kali ini kami berkumpul di ${venues[n - 1]} dengan ${10 + n} peserta.\n\nPembicara membahas visualisasi.`, {
        date: `2025-0${n}-10`,
      }),
    ),
  );

  it('finds #5 by either word and either order, and the latest by either word', () => {
    for (const [q, id] of [
      ['meetup data 5', 'data-meetup-5'],
      ['data meetup ke-5', 'data-meetup-5'],
      ['Data Meetup 5', 'data-meetup-5'],
      ['meetup kelima di mana?', 'data-meetup-5'],
      ['meetup terakhir di mana?', 'data-meetup-6'],
      ['data meetup terakhir di mana?', 'data-meetup-6'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
    }
  });
});
