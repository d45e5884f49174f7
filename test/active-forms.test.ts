// An Indonesian passive (di-) has its English through its active meN- form, which FreeDict lists far more often:
// "ditonton" → menonton → watch, "dikirim" → mengirim → send, "diselenggarakan" → menyelenggarakan.
import { describe, expect, it } from 'vitest';
import { activeForms } from '../src/engine/active-forms.ts';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { writeUp } from './write-up.ts';

describe('activeForms', () => {
  it('gives the meN- forms a di- passive may have, by the root\'s first sound', () => {
    expect(activeForms('ditonton')).toContain('menonton');
    expect(activeForms('dikirim')).toContain('mengirim');
    expect(activeForms('diselenggarakan')).toContain('menyelenggarakan');
    expect(activeForms('dipakai')).toContain('memakai');
    expect(activeForms('dibuat')).toContain('membuat');
    expect(activeForms('diadakan')).toContain('mengadakan');
    expect(activeForms('direkam')).toContain('merekam');
    expect(activeForms('dijual')).toContain('menjual');
    expect(activeForms('digelar')).toContain('menggelar');
    expect(activeForms('diproses')).toContain('memproses');
  });

  it('gives menge- for a root of one syllable, as meN- takes it ("dicek" → mengecek)', () => {
    expect(activeForms('dicek')).toContain('mengecek');
    expect(activeForms('dicat')).toContain('mengecat');
    // (The ones FreeDict lists: "dibor", "dicor", "diklik", and with -kan "dilaskan".)
    expect(activeForms('dibor')).toContain('mengebor');
    expect(activeForms('dicor')).toContain('mengecor');
    expect(activeForms('diklik')).toContain('mengeklik');
    expect(activeForms('dilaskan')).toContain('mengelaskan');
    // (A root of two syllables keeps meN-'s own form: "dicatat" → mencatat, not "mengecatat".)
    expect(activeForms('dicatat')).toEqual(['mencatat']);
    expect(activeForms('dikirimkan')).not.toContain('mengekirimkan');
  });

  it('gives none for a word that is no di- passive', () => {
    expect(activeForms('dia')).toEqual([]);
    expect(activeForms('menonton')).toEqual([]);
  });
});

describe('an Indonesian question\'s passive over an English write-up', () => {
  const lexicon = createLexicon({ watch: ['menonton', 'jam tangan'], play: ['bermain'] });
  const final = writeUp({
    id: 'final',
    title: 'Futsal Cup Report',
    lang: 'en',
    date: '2025-05-10',
    body: 'The final was played in Hall B by the two best teams.\n\nThe final was watched live on YouTube by 300 fans.',
  });
  const lib = Library.fromDocuments([final], { lexicon });

  it('is matched through the English of its active form', () => {
    const a = lib.ask('final futsal cup ditonton lewat apa');
    expect(a.results[0]!.id).toBe('final#2');
  });
});
