// A monthly report is posted after the month it reports on: "Laporan Keuangan April 2025", dated 5 May. Its date's
// month says when it was posted, its title's what it is about: "saldo akhir Mei" is not answered by April's
// balance, nor "pemasukan bulan Mei" by April's income. Hand-made corpus of a neighbourhood fund's reports.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { reportedDateTerms } from '../src/engine/reported-month.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'kas-juli',
    title: 'Laporan Kas RW 03 Bulan Juli 2025',
    date: '2025-08-04',
    body: ['Pemasukan Juli dari iuran warga: Rp 4.200.000.', 'Pengeluaran Juli untuk lampu jalan dan kebersihan: Rp 3.100.000.', 'Saldo akhir kas Juli 2025: Rp 6.850.000.'].join('\n\n'),
  }),
  writeUp({
    id: 'kas-juni',
    title: 'Laporan Kas RW 03 Bulan Juni 2025',
    date: '2025-07-03',
    body: ['Pemasukan Juni dari iuran warga: Rp 3.900.000.', 'Saldo akhir kas Juni 2025: Rp 5.750.000.'].join('\n\n'),
  }),
  writeUp({
    id: 'rencana-agustusan',
    title: 'Rencana Lomba Agustusan',
    date: '2025-07-20',
    body: 'Rapat warga bulan Juli memutuskan lomba 17 Agustus diadakan di lapangan RW 03, dana dari kas Rp 2.000.000.',
  }),
]);

describe('reportedDateTerms', () => {
  it('reads the month an earlier month the title names in place of the date\'s', () => {
    expect(reportedDateTerms('2025-05-05', 'Laporan Keuangan April 2025')).toEqual(['2025', 'april']);
    expect(reportedDateTerms('2026-01-06', 'Laporan Kas Desember 2025')).toEqual(['2025', 'desember']);
    expect(reportedDateTerms('2025-04-03', 'Monthly report, March')).toEqual(['2025', 'maret']);
  });

  it('keeps the date where the title names its own month, a later one, or none', () => {
    expect(reportedDateTerms('2025-05-18', 'Notulen Rapat Mei 2025')).toEqual(['2025', 'mei']);
    expect(reportedDateTerms('2025-10-27', 'Imunisasi November 2025')).toEqual(['2025', 'oktober']);
    expect(reportedDateTerms('2025-06-10', 'Terima kasih sponsor')).toEqual(['2025', 'juni']);
    expect(reportedDateTerms('2025-06-10', 'What we may do next')).toEqual(['2025', 'juni']);
    expect(reportedDateTerms(null, 'Laporan April')).toEqual([]);
  });

  it('reads a month the title names without a year as the nearer one: December\'s report posted in January is last year\'s', () => {
    expect(reportedDateTerms('2026-01-06', 'Laporan Kas Desember')).toEqual(['2025', 'desember']);
    expect(reportedDateTerms('2026-02-03', 'Laporan Donasi November–Desember')).toEqual(['2025', 'november', 'desember']);
    expect(reportedDateTerms('2026-02-04', 'Laporan Desember–Januari')).toEqual(['2025', '2026', 'desember', 'januari']);
    // (A month ahead is still a plan's: "Imunisasi November" posted in October, "Rencana Kegiatan Juni" in May.)
    expect(reportedDateTerms('2025-10-27', 'Imunisasi November')).toEqual(['2025', 'oktober']);
    expect(reportedDateTerms('2025-05-20', 'Rencana Kegiatan Juni')).toEqual(['2025', 'mei']);
  });

  it('reads "March" and "May" in a title as a month only where they stand as one, not as a walk or a verb', () => {
    expect(reportedDateTerms('2025-11-02', 'Peace March for Flood Victims')).toEqual(['2025', 'november']);
    expect(reportedDateTerms('2025-09-20', 'Climate March 2025 Recap')).toEqual(['2025', 'september']);
    expect(reportedDateTerms('2025-06-10', 'What We May Do Next')).toEqual(['2025', 'juni']);
    expect(reportedDateTerms('2025-04-10', 'March for Science Bandung')).toEqual(['2025', 'april']);
    // (As a month: beside a year or a day, or a title's or a clause's own word.)
    expect(reportedDateTerms('2025-04-03', 'Finance Report – March 2025')).toEqual(['2025', 'maret']);
    expect(reportedDateTerms('2025-04-03', 'March 2025 Finance Report')).toEqual(['2025', 'maret']);
    expect(reportedDateTerms('2025-06-02', 'Notes from 22 May')).toEqual(['2025', 'mei']);
    expect(reportedDateTerms('2025-04-03', 'Report for March')).toEqual(['2025', 'maret']);
  });
});

describe('a monthly report, posted the month after', () => {
  it('"saldo akhir agustus 2025": not answered by July\'s balance', () => {
    expect(lib.ask('saldo akhir kas agustus 2025 berapa', { top: 3 }).answered).toBe(false);
  });

  it('"pemasukan kas bulan juli": July\'s report, not June\'s posted in July', () => {
    const a = lib.ask('pemasukan kas bulan juli', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('kas-juli');
  });

  it('a plan keeps its date: "rapat bulan juli lomba" finds the plan posted in July', () => {
    const a = lib.ask('keputusan rapat bulan juli soal lomba', { top: 3 });
    expect(a.results[0]?.docId).toBe('rencana-agustusan');
  });
});

describe('a monthly report, asked of a month relative to today', () => {
  // (Its lines name no month: the title does, "Laporan Kas … Juli 2025", and it is posted in August.)
  const tables = Library.fromDocuments([
    writeUp({ id: 'kas-juli', title: 'Laporan Kas RW 05 Bulan Juli 2025', date: '2025-08-04', body: ['Pemasukan dari iuran warga: Rp 4.200.000.', 'Pengeluaran untuk lampu jalan: Rp 3.100.000.', 'Saldo akhir kas: Rp 6.850.000.'].join('\n\n') }),
    writeUp({ id: 'kas-juni', title: 'Laporan Kas RW 05 Bulan Juni 2025', date: '2025-07-03', body: ['Pemasukan dari iuran warga: Rp 3.900.000.', 'Saldo akhir kas: Rp 5.750.000.'].join('\n\n') }),
    writeUp({ id: 'kas-mei', title: 'Laporan Kas RW 05 Bulan Mei 2025', date: '2025-06-03', body: ['Pemasukan dari iuran warga: Rp 3.500.000.', 'Saldo akhir kas: Rp 4.750.000.'].join('\n\n') }),
  ]);

  it('"saldo akhir kas bulan lalu" asked in August: July\'s report, posted in August, as "juli 2025" finds it', () => {
    expect(tables.ask('saldo akhir kas juli 2025', { top: 3 }).results[0]?.docId).toBe('kas-juli');
    const a = tables.ask('saldo akhir kas bulan lalu', { top: 3, today: '2025-08-10' });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('kas-juli');
  });

  it('"pemasukan kas bulan lalu" asked in July: June\'s report, not May\'s posted in June', () => {
    const a = tables.ask('pemasukan kas bulan lalu', { top: 3, today: '2025-07-20' });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('kas-juni');
  });
});
