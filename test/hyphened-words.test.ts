// A word of letters joined by a hyphen is as often typed without it: "wifi" for a FAQ's "Wi-Fi", "email" for
// "e-mail".

import { describe, expect, it } from 'vitest';
import { joinedForm } from '../src/engine/hyphens.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

describe('a hyphened word', () => {
  it('is also indexed joined, where a part is a letter or two', () => {
    expect(joinedForm('wi-fi')).toBe('wifi');
    expect(joinedForm('e-mail')).toBe('email');
    // Not a compound of whole words, nor a number's ("ke-3" is the third), nor an address's dots.
    expect(joinedForm('sehari-hari')).toBeNull();
    expect(joinedForm('ke-3')).toBeNull();
    expect(joinedForm('devjatim.id')).toBeNull();
  });

  it('answers the word typed without its hyphen', () => {
    const conference = writeUp({
      id: 'konferensi-2025',
      title: 'Konferensi Developer 2025',
      date: '2025-10-18',
      body: [
        'Konferensi developer regional berlangsung dua hari di Surabaya.',
        '**Q:** Apakah ada Wi-Fi?\n**A:** Ada, nama jaringan Konferensi-2025 dengan kata sandi di meja registrasi.',
        '**Q:** Apakah ada musala?\n**A:** Ya, di lantai 2.',
      ].join('\n\n'),
    });
    const camp = writeUp({ id: 'kemah', title: 'Kemah Pemuda 2025', date: '2025-07-11', body: 'Sinyal HP dan wifi hanya ada di dekat pos jaga.' });
    const lib = Library.fromDocuments([conference, camp]);
    const wifi = lib.ask('wifi konferensi apa', { top: 3 });
    expect(wifi.answered).toBe(true);
    const top = wifi.results[0]!;
    expect(top.text).toContain('Wi-Fi');
    // and shown in bold as the word matched
    expect(top.highlights.map(([s, e]) => top.text.slice(s, e))).toContain('Wi-Fi');
  });
});
