// "sewa studio per jam brp" asks a rate, the price of an hour, not a time of day: "jam" after "per" is the unit
// the price is of. Read as "jam brp" (what time), the write-up's opening, "Buka tiap hari jam 10.00–22.00", was
// put before its own "Tarif sewa per jam: Rp50.000" as the passage that states a time.
import { describe, expect, it } from 'vitest';
import { askedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { writeUp } from './write-up.ts';

describe('a price per unit', () => {
  it.each(['sewa studio per jam brp', 'sewa sound per hari berapa', 'les gitar per bulan brp'])('"%s" asks an amount', (q) => {
    expect(askedType(q)).toBe('amount');
  });

  it.each(['jam brp studio buka', 'studio buka jam berapa'])('while "%s" still asks a time', (q) => {
    expect(askedType(q)).toBe('time');
  });

  // ("per hari berapa band" counts bands a day, "per sesi berapa menit" asks a length: "berapa" there asks the word
  // after it, not the price of the unit before it.)
  it.each([
    ['lineup per hari berapa band', { count: ['band', 'hari'] }],
    ['open mic per sesi berapa lagu', { count: ['lagu', 'sesi'] }],
    ['per malam berapa penampil', { count: ['penampil', 'malam'] }],
    ['latihan per minggu berapa jam', null],
  ])('while "%s" asks what "berapa" counts, not an amount', (q, type) => {
    expect(askedType(q)).toEqual(type);
  });

  it('answers "sewa studio per jam brp" with the rate, not the opening hours', () => {
    const studio = writeUp({
      id: 'studio',
      title: 'Sewa Studio Gema: Tarif dan Aturan 2026',
      body:
        'Studio Gema ada di belakang sekretariat Gema Kolektif, Jl. Kenanga No. 3. Buka tiap hari jam 10.00–22.00, Senin tutup.\n\n' +
        'Tarif sewa latihan per jam: Rp50.000 hari biasa, Rp65.000 akhir pekan. Anggota dapat diskon 20%.\n\n' +
        'Tarif rekaman: Rp150.000 per jam termasuk operator.\n\n' +
        'Booking lewat WhatsApp minimal sehari sebelumnya, DP 50%.',
      date: '2026-01-10',
    });
    const gig = writeUp({ id: 'gig', title: 'Gig Gema Vol. 2', body: 'Gig Gema Vol. 2 digelar Sabtu, 5 April 2026 jam 19.00 di Kedai Hulu.', date: '2026-03-20' });
    const lib = Library.fromDocuments([studio, gig], { lexicon: createLexicon({}) });
    const a = lib.ask('sewa studio per jam brp');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('studio#2');
  });
});
