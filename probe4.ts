import { Library } from './src/engine/library.ts';
import { writeUp } from './test/write-up.ts';
const lib = Library.fromDocuments([
  writeUp({ id: 'hike', title: 'Pendakian Gunung Andong', date: '2025-08-10', lang: 'id', body:
    'Pendakian Gunung Andong diikuti 18 anggota. Rombongan berangkat dari basecamp pukul 04.00 dan tiba di puncak saat matahari terbit.\n\n' +
    'Jalur pendakian ke puncak cukup ramah untuk pemula, pendakian memakan waktu sekitar 2 jam dengan beberapa kali istirahat.\n\n' +
    'Setelah sarapan di puncak, rombongan turun dan makan siang di warung dekat basecamp.' }),
  writeUp({ id: 'run', title: 'Fun Run Kota', body: 'Fun run kota keliling Simpang Lima.\n\nPeserta fun run dapat medali.', date: '2025-06-01', lang: 'id' }),
]);
for (const q of ['berapa jam pendakian ke puncak', 'berapa lama pendakian ke puncak', 'jam berapa berangkat pendakian']) {
  const r = lib.ask(q); console.log(q, '=>', r.results.map((x) => x.text.slice(0, 70)));
}
