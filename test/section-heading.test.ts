// A long agenda table cut into parts: the part below the cut is still under its day's heading ("## Jadwal Hari
// Pertama"), so a question naming the day finds its rows there too, not only the part that shows the heading.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { splitPassages } from '../src/engine/segment.ts';
import { writeUp } from './write-up.ts';

const rows = (day: string[]) => day.map((r) => `| ${r} |`).join('\n');
const header = '| Waktu | Ruang | Sesi | Pembicara |\n|---|---|---|---|';
const day1 = rows([
  '08.00–08.30 | Aula Utama | Pembukaan dan sambutan ketua panitia | Rina Kartika',
  '08.30–09.15 | Aula Utama | Keynote: Software yang Bertahan Sepuluh Tahun | Andreas Wijaya',
  '09.30–10.15 | Ruang A | Arsitektur Monolit Modular untuk Tim yang Sedang Tumbuh | Fajar Nugroho',
  '09.30–10.15 | Ruang B | Go untuk Layanan Berkinerja Tinggi di Produksi | Siti Rahmawati',
  '10.30–11.15 | Ruang A | Observability dengan OpenTelemetry dari Nol | Bayu Prasetyo',
  '10.30–11.15 | Ruang B | Migrasi dari PHP ke Laravel 11 Tanpa Downtime | Dimas Ardiansyah',
  '11.30–12.15 | Ruang C | Panel: Karier Developer di Luar Jakarta | Lina Marlina, Yusuf Hakim, Teguh Santoso',
  '12.15–13.15 | Area Pameran | Makan siang dan ishoma bersama sponsor | –',
  '13.15–14.00 | Ruang A | Testing yang Tidak Menyebalkan | Nadia Putri',
  '13.15–14.00 | Ruang B | Flutter di Produksi: Pelajaran dari 2 Juta Pengguna | Reza Firmansyah',
  '14.15–15.00 | Ruang C | Keamanan API untuk Startup Tahap Awal | Hendra Gunawan',
  '15.30–16.30 | Aula Utama | Lightning talks, enam kali sepuluh menit | Peserta terpilih',
]);
const day2 = rows([
  '08.30–09.15 | Aula Utama | Keynote: AI Tidak Menggantikan Engineer yang Baik | Maya Sari Dewi',
  '10.30–11.15 | Ruang A | Kubernetes untuk Tim Kecil | Wahyu Setiawan',
  '13.15–14.00 | Ruang A | Data Engineering di Startup | Galih Pratama',
]);
const body = [
  '# Konferensi Developer Regional 2025',
  'Konferensi developer regional kami berlangsung dua hari di Surabaya, dengan 32 sesi di tiga ruang.',
  `## Jadwal Hari Pertama (Sabtu, 18 Oktober)\n\n${header}\n${day1}`,
  `## Jadwal Hari Kedua (Minggu, 19 Oktober)\n\n${header}\n${day2}`,
].join('\n\n');

const conference = writeUp({ id: 'konferensi-2025', title: 'Konferensi Developer Regional 2025', body, date: '2025-10-18', markdown: true });
const camp = writeUp({
  id: 'kemah-2025',
  title: 'Kemah Pemuda 2025 (3 hari)',
  body: 'Kemah pemuda berlangsung tiga hari di Ranca Upas.\n\nHari 1: kedatangan peserta pukul 13.00 dan api unggun.',
  date: '2025-07-11',
});

describe('a long table cut under a heading', () => {
  it("carries the heading to the table's later parts", () => {
    const parts = splitPassages(conference).filter((p) => p.text.includes('|'));
    const later = parts.find((p) => p.text.includes('13.15–14.00 | Ruang A | Testing'));
    expect(later?.text.includes('Hari Pertama')).toBe(false); // the cut is above that row
    expect(later?.sectionHeading).toBe('Jadwal Hari Pertama (Sabtu, 18 Oktober)');
    expect(parts.find((p) => p.text.includes('Jadwal Hari Pertama'))?.sectionHeading).toBeUndefined();
  });

  it("answers a question naming the day with the row in the table's later part", () => {
    const lib = Library.fromDocuments([conference, camp]);
    const a = lib.ask('sesi jam 13.15 di ruang A hari pertama', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]!.snippet).toContain('13.15–14.00 | Ruang A | Testing yang Tidak Menyebalkan | Nadia Putri');
  });
});
