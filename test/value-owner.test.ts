// An amount is the amount of the words beside it in its clause (value-owner.ts): a write-up that states a sum of
// another thing ("a performance fee of USD 500 per band") does not state the ticket's price asked.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { statesAmountOf } from '../src/engine/value-owner.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

const named = (...words: string[]) => (term: string) => words.includes(term);

describe('statesAmountOf', () => {
  it('reads the words beside an amount, in its clause', () => {
    expect(statesAmountOf(named('tiket'), 'Tiket presale Rp75rb, bisa dibeli di kasir.')).toBe(true);
    expect(statesAmountOf(named('ots'), 'Presale Rp35.000 (kuota 120 tiket), on the spot (OTS) Rp50.000.')).toBe(true);
    // (What it is of after it: not after a label of price, "Bayar Rp 25.000 …", which states the write-up's own
    // price whatever follows.)
    expect(statesAmountOf(named('pendaftaran'), 'Panitia menarik Rp 25.000 per orang untuk pendaftaran.')).toBe(true);
    expect(statesAmountOf(named('tiket'), 'Panitia menarik Rp 25.000 per orang untuk pendaftaran.')).toBe(false);
    expect(statesAmountOf(named('tiket', 'ticket'), 'We offer a performance fee of USD 500 per band and three nights of accommodation.')).toBe(false);
    // (Another clause's word is not the amount's: the ticket is the next sentence's.)
    expect(statesAmountOf(named('tiket'), 'Sewa sound system Rp 1.500.000. Tiket dijual di lokasi.')).toBe(false);
  });

  it('takes a sum under a bare label of price for the write-up own', () => {
    expect(statesAmountOf(named('tiket'), '**Biaya:** Rp 350rb/orang sudah termasuk simaksi dan transport.')).toBe(true);
    expect(statesAmountOf(named('ticket'), 'Costs: IDR 1,850,000 per person including the flight.')).toBe(true);
  });

  it('finds no amount where none is stated', () => {
    expect(statesAmountOf(named('tiket'), 'Tiket dijual di kasir Kedai Lereng mulai 3 Maret.')).toBe(false);
  });
});

function doc(id: string, title: string, body: string, date: string, lang = 'id'): CorpusDocument {
  return writeUp({ id, title, body, date, lang });
}

const lib = Library.fromDocuments([
  doc(
    'call-bands-2026',
    'Riuh Fest 2026: Call for International Bands',
    [
      'Riuh Fest 2026 is looking for three bands from abroad to play in Malang in August 2026.',
      'What we offer: a 40-minute set on the main stage, a performance fee of USD 500 per band, and three nights of accommodation.',
    ].join('\n\n'),
    '2026-02-01',
    'en',
  ),
  doc(
    'riuh-sore-7',
    'Riuh Sore Vol. 7',
    ['Riuh Sore vol 7 di Kedai Lereng, Sabtu 15 Maret 2025.', 'Tiket presale Rp35.000, on the spot (OTS) Rp50.000.'].join('\n\n'),
    '2025-03-01',
  ),
  doc(
    'charity-ride-2025',
    'Charity Ride 2025',
    ['Charity ride kita dari Semarang ke Salatiga, Minggu 12 Oktober 2025.', 'Dana yang terkumpul dari sponsor dan pesepeda akhirnya mencapai Rp 48.750.000 untuk tiga sumur desa.'].join('\n\n'),
    '2025-10-14',
  ),
]);

describe('an amount of another thing', () => {
  it('is no answer to the price asked', () => {
    expect(lib.ask('harga tiket riuh fest 2026', { top: 3 }).answered).toBe(false);
  });

  it('leaves the price of the thing asked answered', () => {
    const a = lib.ask('harga tiket ots riuh sore 7', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/Rp50\.000/u);
  });

  it('leaves a sum asked answered, whatever stands beside it', () => {
    expect(lib.ask('dana yg terkumpul dari charity ride berapa', { top: 3 }).answered).toBe(true);
  });
});

describe('a number of the title', () => {
  it('is no price of the write-up', () => {
    const title = (w: string) => ['time', 'trial', '10k'].includes(w);
    expect(statesAmountOf(named('daftar'), 'Time trial 10K internal di Stadion Jatidiri, ikut 41 pelari.', undefined, title)).toBe(false);
    expect(statesAmountOf(named('daftar'), 'Time trial 10K, biaya Rp 20.000 per orang.', undefined, title)).toBe(true);
  });
});

describe('the passage that states the amount of the thing asked', () => {
  const tour = Library.fromDocuments([
    doc(
      'study-tour',
      'Info Study Tour Kelas 5 ke Bandung',
      [
        'Study tour kelas 5 ke Bandung, Sabtu 15 November 2025, kumpul di sekolah jam 05.00.',
        'Jadwal pembayaran: DP Rp 150.000 paling lambat Jumat 17 Oktober, pelunasan Rp 225.000 paling lambat 7 November.',
        'Orang tua boleh ikut dengan biaya Rp 300.000 per orang, kursi terbatas.',
      ].join('\n\n'),
      '2025-09-29',
    ),
  ]);

  it('comes first among the passages of its write-up', () => {
    const a = tour.ask('ortu ikut study tour bayar berapa', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/Rp 300\.000/u);
  });
});

describe('HTM, the entry price by its initials', () => {
  it('is the write-up own price', () => {
    expect(statesAmountOf(named('tiket'), 'HTM Rp35.000, sudah termasuk makan malam.')).toBe(true);
  });
});

describe('a word of no price in the title', () => {
  // (The title's own number is no price, "10K"; its "Gratis" says the event is free, and a passage's "gratis" is
  // still the price asked.)
  it('is still a price a passage states', () => {
    const title = (w: string) => ['workshop', 'gratis', 'intro', 'python'].includes(w);
    expect(statesAmountOf(named('pendaftaran'), 'Pendaftaran gratis, cukup isi form di bawah.', undefined, title)).toBe(true);
  });

  it('answers the price asked of a free event', () => {
    const free = Library.fromDocuments([
      doc(
        'workshop-python',
        'Workshop Gratis: Intro Python',
        [
          'Workshop intro Python untuk pemula di Aula Kampus, Sabtu 8 Maret 2025, jam 09.00 sampai 12.00.',
          'Pendaftaran gratis, cukup isi form di bawah. Kuota 40 orang.',
        ].join('\n\n'),
        '2025-03-01',
      ),
    ]);
    const a = free.ask('biaya pendaftaran workshop intro python', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toMatch(/gratis/u);
  });
});
