// A question that names which event it asks about (a number, a name) is not answered with confidence from a
// write-up of another event of the same kind: "siapa pembicara meetup ke-20?" of write-ups numbered #8–#12 was
// answered with meetup #10's speaker. The corpus: numbered monthly meetups, two workshops, meetups in two cities.

import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, title, body, ...extra });
}

const speakers = ['Budi Santoso', 'Sarah Whitfield', 'Andi Pratama', 'Rina Kusuma', 'Dedi Gunawan'];
const corpus: CorpusDocument[] = [
  ...[8, 9, 10, 11, 12].map((n, i) =>
    doc(
      `meetup-${n}`,
      `Meetup Komunitas Data #${n}`,
      `Meetup bulanan komunitas diadakan di Bandung Creative Hub dan dihadiri sekitar ${40 + n} anggota.\n\n` +
        `Pembicara meetup adalah ${speakers[i]}, yang membahas analisis data untuk pemula.\n\nSesi tanya jawab berlangsung hangat.`,
      { date: `2025-${String(n - 7).padStart(2, '0')}-15` },
    ),
  ),
  doc(
    'rust-workshop',
    'Rust Workshop',
    'The Rust workshop ran for a full day at the community space, with 30 participants.\n\n' +
      'The speaker was Maya Chen, a systems engineer, who walked through ownership and borrowing.',
    { lang: 'en', date: '2025-02-08' },
  ),
  doc(
    'flutter-workshop',
    'Flutter Workshop',
    'The Flutter workshop taught participants to build a small mobile app in one afternoon.\n\nThe speaker was Yusuf Hakim, a mobile developer.',
    { lang: 'en', date: '2025-04-12' },
  ),
  doc('meetup-bandung', 'Bandung Meetup', 'The Bandung meetup gathered 50 members at a coworking space.\n\nThe meetup cost Rp 50,000 per person, including snacks.', { lang: 'en', date: '2025-06-20' }),
  doc('meetup-surabaya', 'Surabaya Meetup', 'The Surabaya meetup was held at a university hall.\n\nThe meetup cost Rp 25,000 per person; students entered free.', { lang: 'en', date: '2025-08-20' }),
];

describe('a question that names an event the corpus lacks', () => {
  const lib = Library.fromDocuments(corpus);
  const ask = (q: string) => lib.ask(q);

  it('is not answered from another numbered meetup, which is still offered as the closest passage', () => {
    for (const q of ['siapa pembicara meetup ke-20?', 'siapa pembicara meetup #20?', 'siapa pembicara meetup 20?', 'siapa pembicara Meetup Komunitas Data #20?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.results[0]?.text, q).toContain('Pembicara meetup adalah');
    }
  });

  it('is answered when the number is the write-up’s, from that write-up', () => {
    for (const q of ['siapa pembicara meetup ke-10?', 'siapa pembicara meetup #10?', 'siapa pembicara Meetup Komunitas Data #10?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-10');
    }
  });

  it('is not answered from another workshop or another city’s meetup, but the named one is', () => {
    for (const q of ['who was the speaker at the Go workshop?', 'who was the speaker at the Kotlin workshop?', 'siapa pembicara Workshop Go?', 'how much did the Jakarta meetup cost?', 'berapa biaya meetup Jakarta?']) {
      expect(ask(q).answered, q).toBe(false);
    }
    expect(ask('who was the speaker at the Rust workshop?').answered).toBe(true);
    const bandung = ask('how much did the Bandung meetup cost?');
    expect(bandung.answered).toBe(true);
    expect(bandung.results[0]?.docId).toBe('meetup-bandung');
  });

  it('reads a stopword written in capitals inside the question as a name ("IT"), not one that opens it or a shouted question', () => {
    expect(ask('who was the speaker at the IT workshop?').answered).toBe(false);
    expect(ask('Who was the speaker at the Flutter workshop?').answered).toBe(true);
    expect(ask('WHO WAS THE SPEAKER AT THE FLUTTER WORKSHOP?').answered).toBe(true);
  });

  it('reads an Indonesian question word in capitals inside the question as emphasis, not a name the write-up must have', () => {
    for (const q of ['pembicara Rust workshop SIAPA?', 'Kak, SIAPA pembicara Rust workshop?', 'pembicara Rust workshop dari MANA?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('rust-workshop');
    }
  });

  it('asks nothing of a name the passage’s document has in another of its passages', () => {
    // "Chen" is in the speaker's paragraph, "30" only in the first one: both are the Rust workshop's.
    expect(ask('siapa pembicara Rust workshop dengan 30 peserta?').answered).toBe(true);
  });

  it('leaves untitled, undated documents to the words alone, as before: a name there may be spelled otherwise', () => {
    const body = 'The speaker at the Rust workshop was Maya Chen, a systems engineer.';
    const untitled = Library.fromDocuments([doc('rust', '', body, { lang: 'en' })]);
    expect(untitled.ask('who was the speaker at the Kotlin workshop?').answered).toBe(true);
    const titled = Library.fromDocuments([doc('rust', 'Rust Workshop', body, { lang: 'en' })]);
    expect(titled.ask('who was the speaker at the Kotlin workshop?').answered).toBe(false);
  });
});

describe('over a year of dated meetup write-ups (test/fixtures/corpus/meetups)', () => {
  let lib: Library;
  beforeAll(async () => {
    lib = await Library.open('test/fixtures/corpus/meetups');
  });

  it('does not answer about a meetup number no write-up has, and answers about one that has it', () => {
    expect(lib.ask('siapa pembicara meetup #20?').answered).toBe(false);
    const a = lib.ask('siapa pembicara meetup #8?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('meetup-2025-03');
  });

  it('takes a name an Indonesian question writes in English as the write-up’s Indonesian name ("Leiden University")', () => {
    // The write-up says "Universitas Leiden".
    const a = lib.ask('siapa pembicara dari Leiden University?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('meetup-2025-05');
    expect(lib.ask('siapa pembicara dari Leiden Institute?').answered).toBe(false);
  });

  it('does not answer about a city from a dated write-up that never names it, whatever its title', () => {
    // The board's minutes ("Rapat Pengurus, Juli 2025") speak of a pembicara for the next lokakarya, from outside Bandung.
    expect(lib.ask('siapa pembicara lokakarya di Jakarta?').answered).toBe(false);
  });

  it('reads a number before a unit of time or a count as no event\'s number ("lokakarya 2 hari", "meetup 2 bulan lalu")', () => {
    // The write-up says "Lokakarya dua hari ini", in words; "2" beside "lokakarya" (a title word) is its length.
    for (const q of ['berapa peserta lokakarya 2 hari?', 'siapa yang mengisi lokakarya 2 hari di Bandung?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('lokakarya-2024-11');
    }
    expect(lib.ask('berapa orang hadir di meetup 2 bulan lalu?').answered).toBe(true);
    // A number that ends the phrase still names the event.
    expect(lib.ask('berapa orang hadir di meetup 2?').answered).toBe(false);
  });

  it('reads a number beside a word that is not what the title names as no event\'s number ("hari 2")', () => {
    // The two-day lokakarya's write-up calls its second day "hari terakhir".
    const a = lib.ask('apa yang dipresentasikan hari 2 lokakarya?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('lokakarya-2024-11');
  });
});

describe('an answered question naming something one write-up has and a better-ranked one lacks', () => {
  // An Indonesian meetup write-up says "Pembicara meetup adalah …" and matches "pembicara" itself; the English
  // workshop write-up names Spain, which "Spanyol" reaches only as a translation, so the meetup's passage ranks first.
  const lib = Library.fromDocuments([
    doc('meetup-10', 'Meetup Komunitas Data #10', 'Pembicara meetup adalah Kenji Tanaka dari Jepang, yang membahas data gempa bumi.', { date: '2025-02-15' }),
    doc('rust-workshop', 'Rust Workshop', 'The speaker was Maria Gonzalez, a developer from Spain, who showed safe concurrent code.', { lang: 'en', date: '2025-04-12' }),
  ]);

  it('shows first the passage whose write-up names it, not the one that was judged no answer', () => {
    const a = lib.ask('siapa pembicara dari Spanyol?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('rust-workshop');
    // The other write-up's passage is still offered, after it.
    expect(a.results.map((r) => r.docId)).toContain('meetup-10');
  });
});

describe('a numbered event whose write-up spells its number out', () => {
  const lib = Library.fromDocuments([
    doc('m10', 'Meetup Komunitas ke-10', 'Pembicara meetup adalah Kenji Tanaka, yang membahas data gempa bumi.', { date: '2025-02-15' }),
    doc('m11', 'Meetup Komunitas Kesebelas', 'Pembicara meetup adalah Rina Wijaya, yang membahas peta banjir selama dua jam.', { date: '2025-03-15' }),
  ]);

  it('is answered about that number ("meetup #11" of "Meetup Komunitas Kesebelas"), and not about another', () => {
    for (const q of ['siapa pembicara meetup #11?', 'siapa pembicara meetup ke-11?', 'who spoke at meetup 11?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('m11');
    }
    expect(lib.ask('siapa pembicara meetup #12?').answered).toBe(false);
    // A number in words elsewhere in the write-up is as often a count: "dua" of its text names no meetup #2.
    expect(lib.ask('siapa pembicara meetup #2?').answered).toBe(false);
  });
});

describe('a meetup number that another write-up has only as a day or a count', () => {
  // Meetup #11 was held on 20 November and #12 drew 13 members: neither is meetup #20 or meetup #13. Asked "siapa
  // pembicara meetup ke-20?", meetup #11's "20 November" was taken for the number, and the question was answered.
  const lib = Library.fromDocuments([
    doc('meetup-11', 'Meetup Komunitas Data #11', 'Meetup ke-11 diadakan pada 20 November 2025 di Binus Anggrek.\n\nPembicara utama adalah Agus Setiawan.', { date: '2025-11-20' }),
    doc('meetup-12', 'Meetup Komunitas Data #12', 'Meetup ke-12 diadakan di Gojek HQ dan dihadiri 13 anggota.\n\nPembicara utama adalah Lina Marlina.', { date: '2025-12-18' }),
    doc('meetup-20', 'Meetup Komunitas Data', 'Meetup ke-20 komunitas diadakan di Bandung.\n\nPembicara utama adalah Rina Wulandari.', { date: '2026-08-12' }),
  ]);

  it('is not answered from the write-up that has the number only as a day or a count', () => {
    const without = Library.fromDocuments([
      doc('meetup-11', 'Meetup Komunitas Data #11', 'Meetup ke-11 diadakan pada 20 November 2025 di Binus Anggrek.\n\nPembicara utama adalah Agus Setiawan.', { date: '2025-11-20' }),
      doc('meetup-12', 'Meetup Komunitas Data #12', 'Meetup ke-12 diadakan di Gojek HQ dan dihadiri 13 anggota.\n\nPembicara utama adalah Lina Marlina.', { date: '2025-12-18' }),
    ]);
    for (const q of ['siapa pembicara meetup ke-20?', 'who spoke at meetup #20?', 'siapa pembicara meetup #13?']) {
      expect(without.ask(q).answered, q).toBe(false);
    }
  });

  it('is answered from the write-up whose text numbers the meetup so, though its title does not', () => {
    for (const q of ['siapa pembicara meetup ke-20?', 'siapa pembicara meetup #20?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      // Its passages first, the speaker's among them: meetup #11's "20 November" is another event.
      expect(a.results.slice(0, 2).map((r) => r.docId), q).toEqual(['meetup-20', 'meetup-20']);
    }
    expect(lib.ask('siapa pembicara meetup #11?').results[0]?.docId).toBe('meetup-11');
  });

  it('is not answered from minutes that number other meetups, though their title names none', () => {
    const minutes = doc(
      'rapat',
      'Notulen Rapat Pengurus November 2025',
      'Rapat pengurus membahas persiapan Meetup Komunitas Data #12. Lina Marlina dikonfirmasi sebagai pembicara. Sponsor untuk meetup #13 belum ditentukan.',
      { date: '2025-11-28' },
    );
    const withMinutes = Library.fromDocuments([
      doc('meetup-11', 'Meetup Komunitas Data #11', 'Meetup ke-11 diadakan pada 20 November 2025 di Binus Anggrek.\n\nPembicara utama adalah Agus Setiawan.', { date: '2025-11-20' }),
      minutes,
    ]);
    expect(withMinutes.ask('siapa pembicara meetup ke-20?').answered).toBe(false);
    const a = withMinutes.ask('siapa sponsor meetup #13?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('rapat');
  });
});

describe('a meetup number that the closest passages have only as a day', () => {
  // Meetups #1–#12, #11 held on 20 November: "meetup ke-20" offered #11's opening paragraph first, its "20 November"
  // in bold, as if the 20 were the meetup's number.
  const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  const lib = Library.fromDocuments(
    months.map((month, i) => {
      const day = i === 10 ? 20 : 15;
      return doc(`meetup-${i + 1}`, `Meetup Komunitas Data #${i + 1}`, `Meetup ke-${i + 1} diadakan pada ${day} ${month} 2025 di Bandung.\n\nPembicara utama adalah Anggota ${i + 1}.`, {
        date: `2025-${String(i + 1).padStart(2, '0')}-${day}`,
      });
    }),
  );

  it('does not mark the day, nor rank its passage above the others for it', () => {
    for (const q of ['meetup ke-20', 'siapa pembicara meetup #20?', 'the 20th meetup']) {
      const a = lib.ask(q, { top: 12 });
      expect(a.answered, q).toBe(false);
      for (const r of a.results) expect(r.highlights.map(([s, e]) => r.text.slice(s, e)), q).not.toContain('20');
      const score = (id: string) => a.results.find((r) => r.docId === id)?.score;
      expect(score('meetup-11'), q).toBe(score('meetup-10'));
    }
  });

  it('still matches a day the question asks as one, beside a word no write-up numbers ("tanggal 16-8-2008")', () => {
    const news = Library.fromDocuments([
      doc('crash', '', 'Pesawat itu jatuh di Venezuela pada 16 Agustus 2008.'),
      doc('other', '', 'Pesawat lain mendarat darurat di Venezuela.'),
    ]);
    const top = news.ask('pesawat jatuh di Venezuela pada tanggal 16-8-2008').results[0]!;
    expect(top.docId).toBe('crash');
    expect(top.highlights.map(([s, e]) => top.text.slice(s, e))).toContain('16');
  });

  it('still matches the day when the question asks about the date', () => {
    const a = lib.ask('meetup 20 November');
    expect(a.results[0]?.docId).toBe('meetup-11');
    expect(a.results[0]!.highlights.map(([s, e]) => a.results[0]!.text.slice(s, e))).toContain('20');
  });
});

describe('a write-up whose first paragraph repeats its title', () => {
  // Every write-up opens with its title as a heading ("# Meetup Komunitas Data #7") and "Meetup ke-7 diadakan …":
  // that paragraph had the event's number in its own words, the speakers' paragraph only through the title, and
  // came first for "siapa pembicara meetup #7?", the speakers second.
  const meetup = (n: number, speaker: string, sponsor: string) =>
    doc(
      `meetup-${n}`,
      `Meetup Komunitas Data #${n}`,
      `# Meetup Komunitas Data #${n}\n\nMeetup ke-${n} Komunitas Data diadakan pada ${n + 9} Juli 2025 di Dilo Bandung. Sekitar ${40 + n} anggota hadir.\n\n` +
        `## Pembicara\n\nPembicara utama adalah ${speaker} yang membawakan materi analisis data.\n\n## Sponsor\n\nKonsumsi dan tempat acara disponsori oleh ${sponsor}.`,
      { date: `2025-${String(n).padStart(2, '0')}-${n + 9}` },
    );
  const lib = Library.fromDocuments([meetup(5, 'Dewi Lestari', 'Xendit'), meetup(6, 'Fajar Nugroho', 'DANA'), meetup(7, 'Yohanes Simanjuntak', 'Telkomsel')]);

  it('answers with the paragraph that says what is asked, not the one that repeats the name', () => {
    for (const [q, says] of [
      ['siapa pembicara meetup #7?', 'Yohanes Simanjuntak'],
      ['siapa pembicara meetup ke-7?', 'Yohanes Simanjuntak'],
      ['siapa sponsor meetup #5?', 'Xendit'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain(says);
    }
  });

  it('still answers a question that is only the title from the write-up’s opening paragraph', () => {
    const a = lib.ask('Meetup Komunitas Data #6 di mana?');
    expect(a.results[0]?.docId).toBe('meetup-6');
  });
});

describe('a number a write-up has beside a month or an ordinal of its parts', () => {
  // Meetup #12's write-up invites to "meetup 20 Desember" (a day), meetup #11's has a "Sesi ke-2" (its second
  // session): neither is meetup #20 or meetup #2, as the same words in a question are not ("meetup 31 Mei 2025",
  // "hari 2"). Both were answered with another meetup's speaker.
  const lib = Library.fromDocuments([
    doc('meetup-11', 'Meetup Komunitas Data #11', 'Meetup ke-11 diadakan di Binus Anggrek. Sesi ke-2 membahas visualisasi.\n\nPembicara utama adalah Agus Setiawan.', { date: '2025-11-20' }),
    doc('meetup-12', 'Meetup Komunitas Data #12', 'Meetup ke-12 diadakan di Gojek HQ. Sampai jumpa di meetup 20 Desember nanti.\n\nPembicara utama adalah Lina Marlina.', { date: '2025-12-18' }),
  ]);

  it('takes the day of a date in the text for no event\'s number', () => {
    for (const q of ['siapa pembicara meetup #20?', 'siapa pembicara meetup ke-20?']) expect(lib.ask(q).answered, q).toBe(false);
  });

  it('takes an ordinal beside another word than the title\'s for that word\'s number, not the event\'s', () => {
    for (const q of ['siapa pembicara meetup #2?', 'siapa pembicara meetup ke-2?']) expect(lib.ask(q).answered, q).toBe(false);
    expect(lib.ask('siapa pembicara meetup #11?').results[0]?.docId).toBe('meetup-11');
  });

  it('takes an ordinal that stands beside no word for the event\'s number, though its title has none', () => {
    const untitled = Library.fromDocuments([
      doc('meetup-x', 'Meetup Komunitas Data', 'Meetup kali ini adalah yang ke-20 sejak komunitas berdiri.\n\nPembicara utama adalah Rina Wulandari.', { date: '2026-08-12' }),
      doc('meetup-11', 'Meetup Komunitas Data #11', 'Meetup ke-11 diadakan di Binus Anggrek.\n\nPembicara utama adalah Agus Setiawan.', { date: '2025-11-20' }),
    ]);
    const a = untitled.ask('siapa pembicara meetup #20?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('meetup-x');
  });
});

describe('an answered question naming its event, beside pages that name no event', () => {
  // A how-to-join page (undated, untitled) and a conference's write-up say "pembicara meetup" more than meetup #7's
  // write-up does; nothing about meetup #7 was asked of either (no date or title a meetup number could be checked
  // against; a title that numbers no meetup). They say nothing of whether they are about it, and must not move up
  // with the write-up that names it.
  const lib = Library.fromDocuments([
    doc('meetup-7', 'Meetup Komunitas Data #7', 'Meetup ke-7 diadakan di Dilo Bandung.\n\nMateri analisis data dibawakan oleh Yohanes Simanjuntak.', { date: '2025-07-16' }),
    doc('meetup-8', 'Meetup Komunitas Data #8', 'Meetup ke-8 diadakan di Telkom Hub.\n\nPembicara meetup adalah Dewi Lestari.', { date: '2025-08-17' }),
    doc('gabung', '', 'Ingin menjadi pembicara meetup? Pembicara meetup komunitas dipilih pengurus setiap bulan.'),
    doc('konferensi', 'Konferensi Data Nasional', 'Pembicara konferensi adalah Budi Santoso, pembicara meetup komunitas yang lalu.', { date: '2025-09-01' }),
  ]);

  it('shows the named write-up first and the rest in their order, the pages of which nothing was asked not moved up', () => {
    for (const q of ['siapa pembicara meetup #7?', 'siapa pembicara meetup ke-7?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      // Meetup #8's passage ranks above the two pages, and stays above them. Meetup #7's passage that names its
      // speaker without saying "pembicara" is among its own (it had been left out as saying nothing but the title),
      // and first of them: the question asks who, and the opening names only a place (see who-first.ts).
      expect(a.results.slice(0, 3).map((r) => r.id), q).toEqual(['meetup-7#2', 'meetup-7#1', 'meetup-8#2']);
    }
  });
});

describe('a name that is also a word, beside an Indonesian write-up that uses the word', () => {
  // "Go" is pergi, lenyap, … in the lexicon, and the Flutter workshop's write-up says "pergi" (to leave): taken for
  // the name's Indonesian, it answered "who was the speaker at the Go workshop?" with the Flutter speaker.
  const lib = Library.fromDocuments([
    doc('flutter', 'Workshop Flutter', 'Workshop diadakan di kampus. Peserta yang ingin pergi lebih awal dipersilakan.\n\nPembicara workshop adalah Yusuf Hakim, pengembang aplikasi.', { date: '2025-04-12' }),
    doc('spanyol', 'Workshop Rust', 'Workshop Rust diadakan di kampus.\n\nPembicara workshop adalah Maria Gonzalez dari Spanyol.', { date: '2025-02-08' }),
  ]);

  it('counts a translation as the name only where the write-up writes it as one, capitalised', () => {
    for (const q of ['who was the speaker at the Go workshop?', 'siapa pembicara workshop Go?']) expect(lib.ask(q).answered, q).toBe(false);
    // A country's name is its translation, written as a name: still named.
    const a = lib.ask('who was the speaker from Spain?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('spanyol');
  });
});

describe('a title that counts, not numbers ("Lokakarya Dua Hari")', () => {
  // A two-day workshop's title says how long it was, in words or digits: that is no lokakarya #2, as "lokakarya 2
  // hari" in a question is none. Both titles answered "siapa pembicara lokakarya #2?" with their speaker.
  const lokakarya = (id: string, title: string) =>
    doc(id, title, 'Lokakarya diadakan di kampus.\n\nPembicara lokakarya adalah Yusuf Hakim.', { date: '2025-04-12' });
  const numbered = doc('lokakarya-1', 'Lokakarya Komunitas #1', 'Lokakarya diadakan di aula.\n\nPembicara lokakarya adalah Maya Chen.', { date: '2025-02-08' });

  it('names no event with the count', () => {
    for (const title of ['Lokakarya Dua Hari: Visualisasi Data', 'Lokakarya 2 Hari: Visualisasi Data']) {
      const lib = Library.fromDocuments([lokakarya('dua-hari', title), numbered]);
      for (const q of ['siapa pembicara lokakarya #2?', 'siapa pembicara lokakarya ke-2?']) expect(lib.ask(q).answered, `${title}: ${q}`).toBe(false);
      expect(lib.ask('siapa pembicara lokakarya #1?').results[0]?.docId, title).toBe('lokakarya-1');
    }
  });

  it('still names it with a number that counts nothing ("Lokakarya Kedua", "Lokakarya #2")', () => {
    for (const title of ['Lokakarya Kedua: Visualisasi Data', 'Lokakarya #2: Visualisasi Data']) {
      const lib = Library.fromDocuments([lokakarya('kedua', title), numbered]);
      const a = lib.ask('siapa pembicara lokakarya #2?');
      expect(a.answered, title).toBe(true);
      expect(a.results[0]?.docId, title).toBe('kedua');
    }
  });
});

describe('a question that numbers its event in words ("meetup pertama", "the second meetup")', () => {
  // "meetup pertama di mana?" and "siapa pembicara meetup kedua?" were not answered from the write-ups of meetup #1
  // and #2, or were answered from another meetup's: "pertama", "kedua" were words no write-up had, where the titles
  // say "#1", "#2" and a text "ke-4", "3rd". Meetup #1 is not the oldest write-up here: "pertama" asks for no date.
  const lib = Library.fromDocuments([
    doc('meetup-1', 'Meetup Komunitas Data #1', 'Meetup diadakan di Dilo Bandung dan dihadiri 31 anggota.\n\nPembicara utama adalah Dewi Lestari.', { date: '2025-06-15' }),
    doc('meetup-2', 'Meetup Komunitas Data #2', 'Meetup diadakan di Gojek HQ dan dihadiri 45 anggota.\n\nPembicara utama adalah Fajar Nugroho.', { date: '2025-02-15' }),
    doc('meetup-3', 'Data Community Meetup', 'The 3rd meetup was held at Binus Anggrek with 52 members.\n\nThe main speaker was Yohanes Simanjuntak.', { lang: 'en', date: '2025-04-15' }),
    doc('meetup-4', 'Meetup Komunitas Data', 'Meetup ke-4 diadakan di Telkom Hub.\n\nPembicara utama adalah Rina Kusuma.', { date: '2025-03-15' }),
    doc(
      'lokakarya',
      'Lokakarya Dua Hari: Visualisasi Data',
      'Hari pertama membahas dasar visualisasi dengan Python.\n\nHari 2 membahas dasbor interaktif dengan Grafana.',
      { date: '2025-05-10' },
    ),
  ]);

  it('reads an ordinal word beside a title\'s word as the number of the title ("#1", "#2")', () => {
    for (const [q, id, says] of [
      ['meetup pertama di mana?', 'meetup-1', 'Dilo Bandung'],
      ['where was the first meetup?', 'meetup-1', 'Dilo Bandung'],
      ['di mana meetup yang pertama?', 'meetup-1', 'Dilo Bandung'],
      ['siapa pembicara meetup kedua?', 'meetup-2', 'Fajar Nugroho'],
      ['who was the speaker at the second meetup?', 'meetup-2', 'Fajar Nugroho'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
      expect(a.results[0]?.text, q).toContain(says);
    }
  });

  it('and as the number a text gives its event ("ke-4", "3rd"), as the digits are', () => {
    for (const [q, id, says] of [
      ['siapa pembicara meetup keempat?', 'meetup-4', 'Rina Kusuma'],
      ['who was the speaker at the third meetup?', 'meetup-3', 'Yohanes Simanjuntak'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      // The write-up's two passages first (the one that gives the number, the speaker's), as for "meetup ke-4".
      expect(a.results.slice(0, 2).map((r) => r.docId), q).toEqual([id, id]);
      expect(a.results.slice(0, 2).map((r) => r.text).join(' '), q).toContain(says);
    }
  });

  it('does not answer about a number no write-up has, spelled in one word or two', () => {
    for (const q of ['siapa pembicara meetup keduapuluh?', 'siapa pembicara meetup kedua puluh?', 'siapa pembicara meetup ke-20?', 'siapa pembicara meetup kedua belas?', 'who was the speaker at the twentieth meetup?']) {
      expect(lib.ask(q).answered, q).toBe(false);
    }
  });

  it('reads ordinals above twenty too, in words joined or apart, Indonesian or English', () => {
    const names = ['Budi Santoso', 'Sari Dewi', 'Andi Wijaya', 'Rina Kusuma'];
    const later = Library.fromDocuments(
      [20, 21, 22, 32].map((n, i) =>
        doc(`meetup-${n}`, `Meetup Komunitas Data #${n}`, `Meetup bulanan diadakan di Bandung.\n\nPembicara utama adalah ${names[i]}.`, {
          date: `2026-0${i + 1}-15`,
        }),
      ),
    );
    for (const [q, id] of [
      ['siapa pembicara meetup kedua puluh satu?', 'meetup-21'],
      ['siapa pembicara meetup ke-dua puluh satu?', 'meetup-21'],
      ['siapa pembicara meetup keduapuluh satu?', 'meetup-21'],
      ['siapa pembicara meetup ketiga puluh dua?', 'meetup-32'],
      ['who was the speaker at the twenty-first meetup?', 'meetup-21'],
      ['who was the speaker at the twenty second meetup?', 'meetup-22'],
    ] as const) {
      const a = later.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
    }
    expect(later.ask('siapa pembicara meetup kedua puluh tiga?').answered).toBe(false);
  });

  it('still answers about a day of a two-day workshop, said in words or digits', () => {
    const first = lib.ask('apa yang dibahas hari pertama?');
    expect(first.answered).toBe(true);
    expect(first.results[0]?.text).toContain('Hari pertama');
    const second = lib.ask('apa yang dibahas hari kedua?');
    expect(second.answered).toBe(true);
    expect(second.results[0]?.text).toContain('Hari 2');
  });

  it('reads a title that spells its number in two words as that number, not its first word\'s ("Meetup Kedua Belas")', () => {
    // "Kedua" alone was read as the title's number: meetup #2.
    const twelfth = Library.fromDocuments([doc('m12', 'Meetup Kedua Belas', 'Pembicara meetup adalah Kenji Tanaka.', { date: '2025-02-15' })]);
    for (const q of ['siapa pembicara meetup #12?', 'siapa pembicara meetup kedua belas?']) expect(twelfth.ask(q).answered, q).toBe(true);
    expect(twelfth.ask('siapa pembicara meetup #2?').answered).toBe(false);
  });

  it('leaves an ordinal beside no title\'s word a word, as before', () => {
    const groups = lib.snapshot.index.search('siapa pembicara pertama di meetup itu?', 3).groups;
    const pertama = groups.find((g) => g.word === 'pertama');
    expect(pertama?.number).toBeUndefined();
    expect(pertama?.alternatives.some((a) => a.kind === 'number')).toBe(false);
  });

  it('reads an Indonesian ordinal as numbering the word before it only, and "pertama kali" as a first time', () => {
    // "siapa pembicara kedua meetup #1?" (the second speaker of meetup #1) was not answered: "kedua" was read as
    // numbering "meetup" after it, a meetup #2 beside the #1 asked. In Indonesian the ordinal follows what it numbers
    // ("meetup kedua"); before a word it is "both" ("kedua meetup itu"). "komunitas pertama kali" is the community's
    // first time, no community #1.
    const second = lib.ask('siapa pembicara kedua meetup #1?');
    expect(second.answered).toBe(true);
    expect(second.results[0]?.docId).toBe('meetup-1');
    for (const [q, word] of [
      ['siapa pembicara kedua meetup #1?', 'kedua'],
      ['kapan komunitas pertama kali mengadakan meetup?', 'pertama'],
      ['when did the community meet for the first time?', 'first'],
    ] as const) {
      const group = lib.snapshot.index.search(q, 3).groups.find((g) => g.word === word);
      expect(group, q).toBeDefined();
      expect(group?.number, q).toBeUndefined();
    }
  });

  it('leaves an ordinal beside a word of only unnumbered titles a word ("pembicara pertama" beside "Pembicara Tamu")', () => {
    // "siapa pembicara pertama?" was answered from the guest-speaker write-up, whose title has "Pembicara" and whose
    // text "Hari pertama" numbers a day, not from the one that says "Pembicara pertama adalah Rina Kusuma": the
    // word was read as a speaker #1 though no title numbers a speaker.
    const talks = Library.fromDocuments([
      doc('guest', 'Pembicara Tamu: Hari Data Nasional', 'Hari Data Nasional dirayakan dengan pembicara tamu Budi Hartono.\n\nHari pertama acara diisi lokakarya.', { date: '2025-03-10' }),
      doc('sharing', 'Sesi Berbagi Data Terbuka', 'Sesi ini diadakan di Perpustakaan Kota.\n\nPembicara pertama adalah Rina Kusuma.', { date: '2025-02-10' }),
      doc('meetup-1', 'Meetup Komunitas #1', 'Meetup diadakan di Dilo Bandung.', { date: '2025-01-10' }),
    ]);
    for (const q of ['siapa pembicara pertama?', 'who was the first speaker?']) {
      const a = talks.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('Rina Kusuma');
    }
    // A titled word some title numbers still numbers the event.
    expect(talks.ask('meetup pertama di mana?').results[0]?.text).toContain('Dilo Bandung');
    expect(talks.snapshot.index.search('meetup pertama di mana?', 3).groups.find((g) => g.word === 'pertama')?.number).toBe('1');
  });

  it('reads an ordinal beside a title\'s topic word ("Data" of "Meetup Komunitas Data #7") as a word', () => {
    // "data pertama yang dibersihkan apa?" (the first data cleaned at meetup #7) was ranked right but not answered:
    // "Data", beside the title's "#7", was taken for what the title numbers, and "pertama" for a data #1 no write-up
    // is. What a number counts is the head of the name it ends: "Meetup" in Indonesian, "Meetup" of "Community
    // Meetup 2" in English.
    const meetups = Library.fromDocuments([
      doc('meetup-6', 'Meetup Komunitas Data #6', '# Meetup Komunitas Data #6\n\nMeetup ke-6 diadakan di Gojek HQ.\n\nPembicara utama adalah Fajar Nugroho.', { date: '2025-06-15' }),
      doc(
        'meetup-7',
        'Meetup Komunitas Data #7',
        '# Meetup Komunitas Data #7\n\nMeetup ke-7 diadakan di Dilo Bandung.\n\nSesi praktik membahas pembersihan data. Yang pertama dibersihkan adalah data sensus penduduk dari BPS.',
        { date: '2025-07-16' },
      ),
      doc('lokakarya', 'Lokakarya Visualisasi Data', 'Lokakarya membahas dasbor interaktif.', { date: '2025-05-10' }),
    ]);
    const a = meetups.ask('data pertama yang dibersihkan apa?');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('data sensus');
    // The meetup is still numbered in words.
    expect(meetups.ask('meetup ketujuh di mana?').results[0]?.docId).toBe('meetup-7');
    expect(meetups.ask('siapa pembicara meetup pertama?').answered).toBe(false);
    const english = Library.fromDocuments([
      doc('m2', 'Community Meetup 2: Data Engineering', 'The meetup was held at Telkom Hub.\n\nThe speaker was Dewi Lestari.', { lang: 'en', date: '2025-05-10' }),
    ]);
    expect(english.ask('who was the speaker at the second meetup?').answered).toBe(true);
    expect(english.snapshot.index.search('data pertama yang dibahas apa?', 3).groups.find((g) => g.word === 'pertama')?.number).toBeUndefined();
  });

  it('names an event by a number in words only where the write-up numbers the word asked, not another of its title', () => {
    // "data pertama yang dibahas apa?" ("Data" of the numbered "Meetup 2: Data Engineering") was answered from the
    // guest-speaker write-up, titled "... Hari Data ...", whose "Hari pertama" (its first day) was taken for a data #1.
    const talks = Library.fromDocuments([
      doc('meetup-2', 'Community Meetup 2: Data Engineering', 'The meetup was held at Telkom Hub.', { lang: 'en', date: '2025-05-10' }),
      doc('guest', 'Pembicara Tamu: Hari Data Nasional', 'Hari pertama acara diisi lokakarya pembersihan data, hari kedua diisi hackathon.', { date: '2025-03-10' }),
      doc('sharing', 'Sesi Berbagi Data Terbuka', 'Pembicara kedua membahas data cuaca. Dataset pertama yang dibahas adalah data sensus dari BPS.', { date: '2025-02-10' }),
    ]);
    expect(talks.ask('data pertama yang dibahas apa?').results[0]?.text).toContain('data sensus');
  });
});

/** Two numbered meetups and the board's minutes, which number their decisions: a small community corpus. */
const meetupsAndMinutes: CorpusDocument[] = [
  doc('meetup-1', 'Meetup Komunitas Data #1', 'Meetup pertama diadakan di Kopi Tuku Cipete dengan 25 peserta.', { date: '2025-01-18' }),
  doc('meetup-2', 'Meetup Komunitas Data #2', 'Meetup kedua berlangsung di kantor Tokopedia Tower, Kuningan, dengan 60 peserta.\n\nBiaya masuk Rp25.000 untuk konsumsi.', { date: '2025-03-22' }),
  doc(
    'notulen',
    'Notulen Rapat Pengurus Oktober 2025',
    'Keputusan 1: meetup #4 akan diadakan pada November 2025.\n\nKeputusan 2: kas komunitas Rp2.450.000 dari sponsor meetup sebelumnya.',
    { date: '2025-10-05' },
  ),
];

describe('a numbered meetup asked as members type it', () => {
  // Found asking a small community corpus the way its members chat: "meetup ke 2 dmn" was answered first with the
  // minutes' "Keputusan 2", the chat spelling of the ordinal not being read as "meetup ke-2".
  const lib = Library.fromDocuments(meetupsAndMinutes);

  it('reads "ke 2", typed with a space, as the ordinal "ke-2"', () => {
    for (const q of ['meetup ke 2 dmn', 'meetup ke 2 di mana?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-2');
    }
  });
});

describe('a day or event\'s number beside the word it numbers', () => {
  // Found asking a small community corpus the way its members chat: the workshop's "Hari 2:" paragraph, which has
  // only the day in its own words (the rest of the question is its title's), was no result for "hari 2 lokakarya
  // rust", and the opening paragraph's "Gedung Cyber 2", the venue, counted as the "2" asked; as the minutes'
  // "Keputusan 2" and "Keputusan 1" did for "meetup 2" and "the first meetup".
  const lib = Library.fromDocuments([
    ...meetupsAndMinutes,
    doc(
      'rust',
      'Lokakarya Rust Dua Hari',
      'Lokakarya Rust dua hari ini diadakan di Gedung Cyber 2, Kuningan, Jakarta.\n\n' +
        'Hari 1: dasar-dasar ownership dan borrowing.\n\nHari 2: pemrograman asinkron dengan Tokio dan Axum.',
      { date: '2025-08-09' },
    ),
    doc('devfest', 'DevFest Jakarta 2025', 'Jadwal hari pertama: registrasi pukul 08.00, lalu keynote tentang AI generatif.', { date: '2025-11-15' }),
  ]);

  it('finds the paragraph that numbers the day asked, whose write-up\'s title has the rest of the question', () => {
    for (const q of ['hari 2 lokakarya rust', 'hari kedua lokakarya rust ngapain aja', 'lokakarya rust hari ke 2']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('Tokio');
    }
  });

  it('does not take a number that numbers something else for the one asked', () => {
    const termsOf = (q: string, starts: string) =>
      [...(lib.snapshot.index.search(q, 10).hits.find((h) => h.passage.text.startsWith(starts))?.terms.keys() ?? [])];
    expect(termsOf('meetup 2 di mana?', 'Keputusan 2')).not.toContain('2');
    expect(termsOf('hari 2 lokakarya rust', 'Lokakarya Rust')).not.toContain('2');
    expect(lib.ask('meetup 2 di mana?').results[0]?.docId).toBe('meetup-2');
  });

  it('names the write-up that spells the day as one that writes it in digits does ("hari pertama", "Hari 1")', () => {
    // The workshop's "Hari 1:", now a result, was put before DevFest's own schedule as the only write-up that named
    // "hari pertama": a day written in words did not count as the write-up's numbering of its days.
    expect(lib.ask('jadwal devfest hari pertama gmn').results[0]?.docId).toBe('devfest');
  });

  it('still orders a write-up named by its title\'s number by what its passages say', () => {
    // The title's "#2" names the write-up, every passage alike: the one that repeats "Meetup kedua" is not first for that.
    expect(lib.ask('berapa biaya masuk meetup #2?').results[0]?.text).toContain('Biaya masuk');
  });
});

describe('a question that says in lower case what kind of event it asks about ("konferensi", "workshop")', () => {
  // "berapa harga tiket konferensi?" was answered with the workshop's ticket price: "harga" and "tiket" were most of
  // the question, and "konferensi", in the conference's title only, was not enough to tell.
  const workshop = doc('workshop', 'Workshop Desain Produk', 'Workshop desain produk diadakan sehari penuh di Bandung Creative Hub dengan 30 peserta.\n\nHarga tiket workshop Rp 150.000 per orang, sudah termasuk makan siang.', { date: '2025-03-15' });
  const conference = doc('konferensi', 'Konferensi Data Nasional', 'Konferensi data nasional digelar dua hari di Jakarta dan dihadiri 800 peserta.\n\nPembicara utama adalah Rina Kusuma, yang membahas tata kelola data pemerintah.', { date: '2025-06-10' });
  const priced = { ...conference, body: `${conference.body}\n\nTiket konferensi dijual seharga Rp 500.000 untuk umum.` };

  it('is not answered from a write-up of another kind of event, whose title lacks the word another title has', () => {
    const lib = Library.fromDocuments([workshop, conference]);
    for (const q of ['berapa harga tiket konferensi?', 'harga tiket konferensi berapa?']) expect(lib.ask(q).answered, q).toBe(false);
    const own = lib.ask('berapa harga tiket workshop?');
    expect(own.answered).toBe(true);
    expect(own.results[0]?.text).toContain('Rp 150.000');
    // Without the word, any write-up may answer, as before.
    expect(lib.ask('berapa harga tiket?').answered).toBe(true);
  });

  it('is answered from the write-up of its kind, the others’ passages after it', () => {
    const lib = Library.fromDocuments([workshop, priced]);
    const a = lib.ask('berapa harga tiket konferensi?', { top: 5 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Rp 500.000');
    const docs = a.results.map((r) => r.docId);
    expect(docs.lastIndexOf('konferensi')).toBeLessThan(docs.indexOf('workshop'));
  });

  it('keeps the write-up of the kind asked first in English write-ups too', () => {
    const lib = Library.fromDocuments([
      doc('ws', 'Product Design Workshop', 'The workshop ran for a full day.\n\nA workshop ticket cost Rp 150,000, lunch included.', { lang: 'en', date: '2025-03-15' }),
      doc('conf', 'National Data Conference', 'The national data conference ran for two days in Jakarta.\n\nThe keynote speaker was Rina Kusuma.', { lang: 'en', date: '2025-06-10' }),
    ]);
    // Not the workshop's price: what the conference's write-up says of the question, if anything.
    const a = lib.ask('how much was the conference ticket?');
    expect(a.results[0]?.docId).toBe('conf');
    const docs = a.results.map((r) => r.docId);
    expect(docs).toEqual([...docs.filter((d) => d === 'conf'), ...docs.filter((d) => d !== 'conf')]);
    expect(lib.ask('how much was the workshop ticket?').results[0]?.text).toContain('150,000');
    expect(lib.ask('who gave the keynote at the conference?').results[0]?.text).toContain('Rina Kusuma');
  });

  it('asks nothing where no other title says more of the question, nor of a passage that says the word itself', () => {
    // The guest talk's title has "pembicara", the meetup's "meetup": neither says more of "pembicara meetup".
    const lib = Library.fromDocuments([
      doc('guest', 'Pembicara Tamu: Hari Data Nasional', 'Hari Data Nasional dirayakan dengan diskusi panel.', { date: '2025-03-10' }),
      doc('meetup', 'Meetup Komunitas Data', 'Pembicara meetup adalah Budi Santoso.', { date: '2025-01-10' }),
      doc('rapat', 'Rapat Pengurus', 'Pengurus sepakat mengundang pembicara tamu dari luar kota untuk konferensi berikutnya.', { date: '2025-04-10' }),
      doc('konferensi', 'Konferensi Data', 'Konferensi diadakan di Jakarta.', { date: '2025-05-10' }),
    ]);
    expect(lib.ask('siapa pembicara meetup?').results[0]?.docId).toBe('meetup');
    // The minutes say "konferensi" themselves: they may be about it.
    const minutes = lib.ask('pembicara tamu konferensi berikutnya');
    expect(minutes.answered).toBe(true);
    expect(minutes.results[0]?.docId).toBe('rapat');
  });

  it('reads the kind only from the titles of dated write-ups, not of an undated page about the community', () => {
    // "Tentang Meetup Bandung" has "bandung" in its title, which the meetups' titles lack: their speakers'
    // paragraphs, which do not say "Bandung", were pushed below every passage that did.
    const lib = Library.fromDocuments([
      doc('tentang', 'Tentang Meetup Bandung', 'Meetup Bandung diadakan setiap bulan di Bandung dan terbuka untuk umum.'),
      doc('m1', 'Meetup Komunitas #1', 'Meetup pertama diadakan di Bandung Creative Hub.\n\nPembicara meetup adalah Andi Pratama.', { date: '2025-01-10' }),
      doc('m2', 'Meetup Komunitas #2', 'Meetup kedua diadakan di Bandung Digital Valley.\n\nPembicara meetup adalah Sarah Whitfield.', { date: '2025-02-10' }),
    ]);
    const a = lib.ask('siapa pembicara meetup bandung?', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results.filter((r) => r.text.startsWith('Pembicara meetup')).length).toBeGreaterThan(0);
  });
});

describe('a number asked in one spelling of an event whose write-ups write it in another', () => {
  // Found over a community corpus with Indonesian and English write-ups: "meetup ke-20", "meetup #20" and "the
  // 21st meetup" found nothing of "The 20th Community Meetup" or "Community Meetup 21" (only "meetup kedua puluh",
  // the number in words, had its other spellings), and "hari 2 konferensi" offered the workshop's "Hari 2:" but not
  // the conference's own "Hari kedua …" paragraph.
  const lib = Library.fromDocuments([
    doc('meetup-2', 'Meetup Komunitas Python #2', 'Meetup kedua berlangsung di kantor Gojek, Blok M.\n\nPembicara meetup adalah Siti Rahma.', { date: '2024-03-16' }),
    doc('meetup-20', 'The 20th Community Meetup', 'The meetup was held at the Jakarta Digital Hub.\n\nThe speaker was Maria Chen, on type hints.', { lang: 'en', date: '2025-02-15' }),
    doc('meetup-21', 'Community Meetup 21', 'The meetup took place at the Bandung Techno Park.\n\nThe speaker was Ahmad Fauzi, on profiling.', { lang: 'en', date: '2025-04-12' }),
    doc(
      'rust',
      'Workshop Rust Dua Hari',
      'Workshop ini diadakan di Gedung Cyber 2, Jakarta.\n\nHari 1: ownership dan borrowing.\n\nHari 2: membuat CLI dengan clap.',
      { date: '2024-08-10' },
    ),
    doc(
      'konferensi',
      'Konferensi Data Nasional 2024',
      'Konferensi diadakan selama dua hari di Balai Kartini, Jakarta.\n\nHari pertama dibuka dengan keynote tentang kedaulatan data.\n\n' +
        'Hari kedua diisi panel tentang etika AI.',
      { date: '2024-10-05' },
    ),
  ]);

  it('finds the write-up by its number in digits, however the question writes it', () => {
    for (const [q, id] of [
      ['meetup ke-20 dimana', 'meetup-20'],
      ['meetup #20 dimana', 'meetup-20'],
      ['where did the 21st meetup take place', 'meetup-21'],
      ['meetup ke-21 dimana', 'meetup-21'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe(id);
    }
  });

  it('finds the day a write-up spells out for the day asked in digits', () => {
    const a = lib.ask('hari 2 konferensi');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('etika AI');
  });
});

describe('minutes that number an event by its full name', () => {
  // "Meetup Komunitas Python ke-23 direncanakan di Surabaya": the number ends the name whose head is "Meetup", as in
  // the titles, so it is meetup #23 for "meetup ke-23"; it was only read as a "Python 23", and the passage was no
  // result at all.
  const lib = Library.fromDocuments([
    doc('meetup-1', 'Meetup Komunitas Python #1', 'Meetup pertama diadakan di Gedung Cyber 2, Jakarta.', { date: '2024-01-20' }),
    doc('meetup-2', 'Meetup Komunitas Python #2', 'Meetup kedua berlangsung di kantor Gojek, Blok M.', { date: '2024-03-16' }),
    doc(
      'rapat',
      'Rapat Pengurus Mei 2025',
      'Rapat pengurus membahas anggaran.\n\nKeputusan 2: Meetup Komunitas Python ke-23 direncanakan di Surabaya bersama komunitas lokal.',
      { date: '2025-05-03' },
    ),
  ]);

  it('answers from the minutes that say where it will be', () => {
    const a = lib.ask('meetup ke-23 dimana');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Surabaya');
  });

  it('does not answer about another meetup from them', () => {
    // They number meetups, so they are asked whether they name #20 (as minutes that say "meetup #23" are): they do not.
    expect(lib.ask('meetup ke-20 di surabaya kapan').answered).toBe(false);
  });
});

describe('a passage that numbers the event in words and has the number as a count too', () => {
  // "Meetup kedua puluh tiga … dihadiri 23 peserta": the passage numbers meetup #23 (in words), and its "23" is a
  // count. A second rule, that a number a passage matched only as a day or a count is not in it, dropped the
  // passage for "meetup ke-23", though it says which meetup it is about as the first rule asks.
  const lib = Library.fromDocuments([
    doc('meetup-1', 'Meetup Komunitas Python #1', 'Meetup pertama diadakan di Gedung Cyber 2, Jakarta.', { date: '2024-01-20' }),
    doc('meetup-2', 'Meetup Komunitas Python #2', 'Meetup kedua berlangsung di kantor Gojek, Blok M.', { date: '2024-03-16' }),
    doc('laporan', 'Laporan Tahunan Pengurus 2025', 'Meetup kedua puluh tiga diadakan di Surabaya dan dihadiri 23 peserta.', { date: '2025-12-20' }),
  ]);

  it('is found for the number in digits', () => {
    const a = lib.ask('meetup ke-23 dimana');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('laporan');
  });
});

describe('a day in words, where only a write-up\'s text numbers days', () => {
  // "hari 2 lokakarya rust" found the workshop's "Hari 2:" paragraph, but "hari kedua lokakarya rust" did not: a
  // number in words was read as one only beside a word some title has, though a word a text numbers in digits is
  // numbered as much (docs/retrieval.md, "Numbers in words").
  const lib = Library.fromDocuments([
    doc('meetup-1', 'Meetup Komunitas Data #1', 'Meetup pertama diadakan di Kopi Tuku Cipete dengan 25 peserta.', { date: '2025-01-18' }),
    doc(
      'rust',
      'Lokakarya Rust Jakarta',
      'Lokakarya Rust diadakan di Gedung Cyber, Kuningan, Jakarta.\n\nHari 1: dasar-dasar ownership dan borrowing.\n\nHari 2: pemrograman asinkron dengan Tokio dan Axum.',
      { date: '2025-08-09' },
    ),
    doc('go', 'Lokakarya Go Bandung', 'Lokakarya Go diadakan di Bandung.\n\nPeserta membuat layanan web kecil.', { date: '2025-09-09' }),
  ]);

  it('finds the paragraph of that day', () => {
    for (const [q, says] of [
      ['hari kedua lokakarya rust', 'Tokio'],
      ['hari pertama lokakarya rust', 'ownership'],
    ] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain(says);
    }
  });
});

describe('a number asked of one thing that a title has as the number of another', () => {
  // "day 21" was answered with "Community Meetup 21": the title's 21 numbers the meetup, not a day.
  const lib = Library.fromDocuments([
    doc('meetup-21', 'Community Meetup 21', 'Meetup 21 took place at the Bandung Techno Park.', { lang: 'en', date: '2025-04-12' }),
    doc('rust', 'Workshop Rust', 'Hari 1: ownership.\n\nHari 2: membuat CLI dengan clap.', { date: '2024-08-10' }),
  ]);

  it('is not answered from that write-up', () => {
    expect(lib.ask('day 21').answered).toBe(false);
    expect(lib.ask('the 21st meetup').answered).toBe(true);
  });
});
