import { describe, expect, it } from 'vitest';
import { findAcronyms, initialsForm, longForm } from '../src/engine/acronyms.ts';

describe('findAcronyms (definitions the corpus writes as "long form (SHORT)")', () => {
  it('reads initialisms, with joining words inside the long form', () => {
    expect(findAcronyms('Menurut Badan Pusat Statistik (BPS), jumlah penganggur naik.')).toEqual([
      { short: 'BPS', long: 'Badan Pusat Statistik' },
    ]);
    expect(findAcronyms('Kepala Badan Pengkajian dan Penerapan Teknologi (BPPT) hadir.')).toEqual([
      { short: 'BPPT', long: 'Badan Pengkajian dan Penerapan Teknologi' },
    ]);
  });

  it('reads acronyms built from syllables, and short forms with a plus sign', () => {
    expect(findAcronyms('Televisi Republik Indonesia (TVRI) mengudara pada 1962.')).toEqual([
      { short: 'TVRI', long: 'Televisi Republik Indonesia' },
    ]);
    expect(findAcronyms('Digelar oleh CCTV Video News Agency (CCTV+), bagian dari China Media Group (CMG).')).toEqual([
      { short: 'CCTV+', long: 'CCTV Video News Agency' },
      { short: 'CMG', long: 'China Media Group' },
    ]);
  });

  it('takes initials before letters from inside words', () => {
    // The letter walk alone would take the first K from inside "Kedokteran" and drop "Konsil".
    expect(findAcronyms('Konsil Kedokteran Indonesia (KKI) merupakan badan otonom.')).toEqual([
      { short: 'KKI', long: 'Konsil Kedokteran Indonesia' },
    ]);
  });

  it('ignores glosses, one-word explanations and brackets whose letters the words before cannot spell', () => {
    expect(findAcronyms('jahe dikenal dengan jahe (Sunda) dan spons (Porifera).')).toEqual([]);
    expect(findAcronyms('Roy Glauber (80) dan John Hall (71) dari AS.')).toEqual([]);
    expect(findAcronyms('kecerdasan buatan (AI) dalam bidang media')).toEqual([]);
    // A long form never spans a clause: "Tionghoa: 张鸿南) ..." style fragments are not definitions.
    expect(findAcronyms('Kata mereka: "Kami datang" (KD) kemarin.')).toEqual([]);
  });

  it('does not reach across a comma when letters come from inside words, nor keep a comma at the end', () => {
    // PDPA is the English initials of the party; the letter walk would reach back into the date before the comma.
    expect(findAcronyms('Pada bulan April 1978, Partai Demokrasi Rakyat Afganistan (PDPA) berkuasa.')).toEqual([]);
    expect(findAcronyms('Alat itu memakai Nuclear Magnetic Resonance, (NMR) untuk memindai.')).toEqual([
      { short: 'NMR', long: 'Nuclear Magnetic Resonance' },
    ]);
    // Initials may span a comma: a list inside a name.
    expect(findAcronyms('Ia kuliah di School of Water, Energy and Environment (SWEE) di Inggris.')).toEqual([
      { short: 'SWEE', long: 'School of Water, Energy and Environment' },
    ]);
  });


  it('survives brackets with nothing or only space before them', () => {
    for (const text of ['(AB) di awal', '   (ABC) lagi', 'baris\n(AB)', '((AB))', '(AB)(CD)(EF)']) {
      expect(findAcronyms(text)).toEqual([]);
    }
  });

  it('examines a bounded number of brackets per text, so a file full of them cannot slow the index build down', () => {
    const flood = 'Alpha Beta (AB) '.repeat(100);
    expect(findAcronyms(flood)).toHaveLength(32);
    expect(findAcronyms(flood)[0]).toEqual({ short: 'AB', long: 'Alpha Beta' });
  });
});

describe('initialsForm and longForm', () => {
  it('initialsForm spells the short form with word initials, skipping lower-case joining words', () => {
    expect(initialsForm('PLTA', 'membangun Pembangkit Listrik Tenaga Air')).toBe('Pembangkit Listrik Tenaga Air');
    expect(initialsForm('BPPT', 'Kepala Badan Pengkajian dan Penerapan Teknologi')).toBe('Badan Pengkajian dan Penerapan Teknologi');
    expect(initialsForm('TVRI', 'Televisi Republik Indonesia')).toBeNull();
  });

  it('longForm finds every letter right to left, the first at a word start', () => {
    expect(longForm('TVRI', 'stasiun Televisi Republik Indonesia')).toBe('Televisi Republik Indonesia');
    expect(longForm('XYZ', 'Badan Pusat Statistik')).toBeNull();
    // Offsets stay right when lower-casing would change a string's length ("İ" → two units).
    expect(longForm('IAS', 'di İstanbul Art School')).toBe('İstanbul Art School');
  });
});
