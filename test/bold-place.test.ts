import { describe, expect, it } from 'vitest';
import { answerSlot, answerValues, holdsNewAnswer } from '../src/engine/answer-slot.ts';
import { statesAskedType } from '../src/engine/asked-type.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

// Chat announcements put the venue in bold: "karaoke night di **Inul Vizta Galaxy Mall**", "digelar di **Hall B
// Grand City**". The Markdown between the preposition and the name hid the place: the passage was read as stating
// none, and a passage of the write-up that only named the event came first for "karaoke night dmn".
describe('a place in bold after its preposition', () => {
  const bold = 'Sabtu kemarin kita bikin karaoke night di **Inul Vizta Galaxy Mall**, lanjut charity sale di lobinya.';

  it('states a place, as the same sentence without the bold does', () => {
    expect(statesAskedType('place', bold)).toBe(true);
    expect(statesAskedType('place', 'Kelas diadakan di __Balai Warga RW 03__ jam 09.00.')).toBe(true);
    expect(holdsNewAnswer(answerSlot('karaoke night dmn')!, bold)).toBe(true);
  });

  it('shows the name, not the markup, as the place', () => {
    const [value] = answerValues(answerSlot('karaoke night dmn')!, bold);
    expect(value && bold.slice(value[0], value[1])).toMatch(/^Inul Vizta Galaxy Mall/);
  });

  it('takes no bold day or month after "di" as a place', () => {
    expect(statesAskedType('place', 'Acara di **Sabtu** pagi, jangan telat.')).toBe(false);
  });

  it('ranks the passage with the bold venue first within its write-up', () => {
    const lib = Library.fromDocuments([
      writeUp({
        id: 'karaoke', title: 'Karaoke Night Desember 2025', date: '2025-12-22', lang: 'id',
        body:
          'Sabtu kemarin kita bikin karaoke night di **Inul Vizta Galaxy Mall**, lanjut charity sale di lobinya.\n\n' +
          'Lagu paling sering di karaoke night: "Gurenge" dan "Unravel". Best singer karaoke night: Gilang.\n\n' +
          'Hasil charity sale disumbangkan ke Panti Asuhan Al-Hikmah, diserahkan 27 Desember.',
      }),
    ]);
    expect(lib.ask('karaoke night dmn').results[0]?.id).toBe('karaoke#1');
  });
});
