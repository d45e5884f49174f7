// Two write-ups whose titles name the same event: the event's own ("Gema Fest 2025: Dua Hari di Alun-alun"), whose
// title opens with its name, and another's for it ("Open Call Audisi Band Gema Fest 2025", "Pre-order Kaos Gema
// Fest"), whose title opens with what it is about (an Indonesian title's head comes first). Asked where or when
// the event is ("gema fest dimana", "gema fest 2025 tanggal brp"), the event's own write-up answers first; asked
// of the audition ("audisi gema fest dimana"), the audition's (src/engine/answer.ts's titleLeadsFirst).

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

describe('where or when an event named by two titles is', () => {
  const lib = Library.fromDocuments([
    writeUp({
      id: 'audisi',
      title: 'Open Call Audisi Band Gema Fest 2025',
      body: [
        'OPEN CALL: Audisi Band untuk Gema Fest 2025\n\nMau main di Gema Fest 2025? Kami buka audisi untuk dua slot band baru di Panggung Kecil.',
        'Pendaftaran gratis. Kirim demo paling lambat 31 Agustus 2025. Live audition di Studio Gema tanggal 13 September 2025.',
        'Band terpilih tampil di Gema Fest 2025 dan dapat fee tampil.',
      ].join('\n\n'),
      date: '2025-07-01',
    }),
    writeUp({
      id: 'fest',
      title: 'Gema Fest 2025: Dua Hari, Dua Panggung',
      body: [
        'GEMA FEST 2025\n\nFestival tahunan Kolektif Gema kembali! Gema Fest 2025 digelar dua hari, Sabtu–Minggu, 22–23 November 2025 di Lapangan Kota, Malang.',
        'Tiket presale Rp75.000 per hari, terusan Rp130.000.',
      ].join('\n\n'),
      date: '2025-10-15',
    }),
  ]);

  it.each(['gema fest dimana', 'gema fest 2025 tanggal brp', 'kapan gema fest'])('%s is answered by the festival', (q) => {
    expect(lib.ask(q, { top: 3 }).results[0]?.docId).toBe('fest');
  });

  it('the audition asked about is answered by the audition', () => {
    expect(lib.ask('audisi gema fest dimana', { top: 3 }).results[0]?.docId).toBe('audisi');
  });
});

// The same in English write-ups: a title's head comes last in English ("Harbor Lights Festival Volunteer Call" is a
// call, for the festival), and a label before a colon ("Recap: Harbor Lights Festival 2025") is not what the title
// opens with. Read as Indonesian titles, the volunteer call opened with the festival's name and the recap named it
// after a word of its own, and asked where or when the festival was, the volunteers' briefing answered first.
describe('where or when an event named by two English titles is', () => {
  const festival = (title: string) =>
    writeUp({
      id: 'festival',
      lang: 'en',
      title,
      body: [
        'The Harbor Lights Festival 2025 filled the old pier for two nights, Friday and Saturday, 14–15 November 2025, at Pelabuhan Lama Pier, Semarang.',
        'Tickets were sold out a week before, and the lantern parade closed both nights.',
      ].join('\n\n'),
      date: '2025-11-20',
    });
  const call = (title: string) =>
    writeUp({
      id: 'call',
      lang: 'en',
      title,
      body: [
        'We need forty volunteers for the Harbor Lights Festival 2025: stage crew, ticket desk and the lantern parade.',
        'The volunteer briefing is on Sunday, 9 November 2025, at the Kota Lama community hall. Sign up by 5 November 2025.',
      ].join('\n\n'),
      date: '2025-10-01',
    });
  const libraries = [
    ['Recap: Harbor Lights Festival 2025', 'Harbor Lights Festival Volunteer Call'],
    ['Recap: Harbor Lights Festival 2025', 'Call for Harbor Lights Festival Volunteers'],
    ['Harbor Lights Festival 2025: Two Nights on the Pier', 'Harbor Lights Festival 2025 Volunteer Call'],
    // (Each rule on its own: the label before the recap's name, where the call opens with it; the head after the
    // call's name, where the festival's title opens with words of its own and no label.)
    ['Recap: Harbor Lights Festival 2025', 'Harbor Lights Festival 2025: Volunteer Call'],
    ['Highlights from Harbor Lights Festival 2025', 'Harbor Lights Festival Volunteer Call'],
  ] as const;

  it.each(libraries.flatMap(([own, other]) => ['where is the harbor lights festival', 'when was harbor lights festival'].map((q) => [q, own, other] as const)))(
    '%s, with "%s" and "%s": the festival',
    (q, own, other) => {
      const lib = Library.fromDocuments([call(other), festival(own)]);
      expect(lib.ask(q, { top: 3 }).results[0]?.docId).toBe('festival');
    },
  );

  it('the call asked about is answered by the call', () => {
    const lib = Library.fromDocuments([call('Harbor Lights Festival Volunteer Call'), festival('Recap: Harbor Lights Festival 2025')]);
    expect(lib.ask('where is the harbor lights festival volunteer briefing', { top: 3 }).results[0]?.docId).toBe('call');
  });
});

describe('a first part of two words or more before a colon is a name of its own, not a label', () => {
  // "Lomba Foto Kampung Hijau 2025: Sudut Pasar" is the contest's write-up (its theme after the colon), and does not
  // open with the exhibition's "Sudut Pasar": read as a label, the contest answered when the exhibition was.
  const lib = Library.fromDocuments([
    writeUp({
      id: 'lomba',
      title: 'Lomba Foto Kampung Hijau 2025: Sudut Pasar',
      body: 'Lomba foto tahunan kembali dengan tema Sudut Pasar. Kirim karya paling lambat 30 Juni 2025. Karya terbaik dipamerkan di pameran Agustus.',
      date: '2025-05-10',
    }),
    writeUp({
      id: 'pameran',
      title: 'Pameran Foto Sudut Pasar, 3–9 Agustus 2025',
      body: 'Pameran foto Sudut Pasar digelar 3–9 Agustus 2025 di Galeri Kota, menampilkan karya pemenang lomba.',
      date: '2025-07-20',
    }),
  ]);

  it('pameran sudut pasar kapan: the exhibition', () => {
    expect(lib.ask('pameran sudut pasar kapan', { top: 3 }).results[0]?.docId).toBe('pameran');
  });
});

// An English title's head comes last only in a compound of words side by side: a date after the name ("Harbor
// Lights Festival, 14–15 November 2025", "… 14 November 2025") or a place after a preposition ("… at Pelabuhan Lama
// Pier") says when or where the festival is, not what else the write-up is. Read as a head, the festival's own
// write-up named it after words of its own as the volunteer call does, and asked where the festival was, the
// call's briefing hall answered first.
describe('an English title with a date or a place after the event\'s name is the event\'s own', () => {
  const festival = (title: string) =>
    writeUp({
      id: 'festival',
      lang: 'en',
      title,
      body: [
        'Two nights on the old pier, Friday and Saturday, 14–15 November 2025, at Pelabuhan Lama Pier, Semarang.',
        'Tickets were sold out a week before, and the lantern parade closed both nights.',
      ].join('\n\n'),
      date: '2025-11-20',
    });
  const call = writeUp({
    id: 'call',
    lang: 'en',
    title: 'Call for Harbor Lights Festival Volunteers',
    body: [
      'We need forty volunteers for the Harbor Lights Festival 2025: stage crew, ticket desk and the lantern parade.',
      'The volunteer briefing is on Sunday, 9 November 2025, at the Kota Lama community hall. Sign up by 5 November 2025.',
    ].join('\n\n'),
    date: '2025-10-01',
  });
  const titles = ['Harbor Lights Festival, 14–15 November 2025', 'Harbor Lights Festival 14 November 2025', 'Harbor Lights Festival at Pelabuhan Lama Pier'];

  it.each(titles.flatMap((own) => ['where is the harbor lights festival', 'when was harbor lights festival'].map((q) => [q, own] as const)))('%s, with "%s": the festival', (q, own) => {
    const lib = Library.fromDocuments([call, festival(own)]);
    expect(lib.ask(q, { top: 3 }).results[0]?.docId).toBe('festival');
  });
});
