import { describe, expect, it } from 'vitest';
import { answerSlot, holdsNewAnswer, type AskedSlot } from '../src/engine/answer-slot.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

/** News paragraphs, one document each, as a corpus of news passages is. */
function news(texts: readonly string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `n${i + 1}#1`, docId: `n${i + 1}`, title: '', paragraph: 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const first = (index: SearchIndex, q: string) => index.search(q, 3).hits[0]!.passage.docId;
const asked = (q: string): AskedSlot => answerSlot(q)!;

describe('answerSlot: a reason or a purpose asked', () => {
  it('reads "mengapa", "kenapa", "apa alasan", "apa penyebab" as a reason, wherever the word stands', () => {
    expect(answerSlot('Mengapa pabrik itu ditutup?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('kenapa wifi lambat saat workshop')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('knp acaranya diundur')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('rumah itu kebakaran kenapa')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('Apa alasan pabrik itu ditutup?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('apakah alasan utama kepunahan burung itu?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('alasannya apa acara itu batal')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('Apa penyebab kebakaran pasar itu?')?.slot).toEqual({ type: 'reason' });
  });

  it('reads "apa tujuan", "tujuannya apa", "untuk apa" as a purpose', () => {
    expect(answerSlot('Apa tujuan inisiatif bersama itu?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('Apakah tujuan pembangunan waduk itu?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('tujuannya apa kegiatan itu')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('Untuk apa dana itu digunakan?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('dana itu untuk apa')?.slot).toEqual({ type: 'reason' });
  });

  it('reads English "why" and "what is the purpose / aim / goal / reason of" too', () => {
    expect(answerSlot('Why was the bridge closed?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('who DNF at the trail run and why')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('What is the purpose of the fund?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('What was the main aim of the campaign?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('what was the reason for the delay')?.slot).toEqual({ type: 'reason' });
    // (A goal scored, or a noun of purpose with no "what" asking it, is none.)
    expect(answerSlot('What goal did he score in the final?')).toBeNull();
    expect(answerSlot('the purpose of the fund')).toBeNull();
  });

  it('reads chat and colloquial forms: "buat apa", "apa sebab", "apa gunanya", "how come", "what … for"', () => {
    expect(answerSlot('dana kas buat apa')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('buat apa sih iuran tambahan')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('apa sebab lampu jalan mati')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('apa gunanya kartu anggota')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('how come the demo failed')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('what is the workshop for')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('what will the donation money be used for?')?.slot).toEqual({ type: 'reason' });
    expect(answerSlot('for what purpose was the fund raised')?.slot).toEqual({ type: 'reason' });
    // ("how" alone, and "for" that does not end the question, ask no reason.)
    expect(answerSlot('how did the demo go')).toBeNull();
    // (It asks the fee, an amount: see asked-type.ts.)
    expect(answerSlot('what is the fee for kids')?.slot).toEqual({ type: 'amount' });
  });

  it('reads no purpose in an English question ending with "for" whose "what" asks a thing, or whose verb takes the "for"', () => {
    // ("what size", "which race", "what time": a "what" or "which" before a noun asks that noun; "stand for", "sign
    // up for", "register for", "apply for" ask what is meant or chosen.)
    for (const q of [
      'what size should I sign up for', 'which race is the medal for', 'what time is the shuttle for', 'what does QR stand for',
      'what are you registering for', 'what can kids apply for',
    ]) expect(answerSlot(q)?.slot, q).not.toEqual({ type: 'reason' });
    // (A "what" with its verb after it still asks one.)
    for (const q of ['what is the password for', "what's the extra fee for?", 'what will the donation money be used for', 'what for'])
      expect(answerSlot(q)?.slot, q).toEqual({ type: 'reason' });
  });

  it('leaves a destination a place, a meaning no reason, and "tujuan" with no question word nothing', () => {
    // "tujuan" of a journey is where it goes: the place asked first decides.
    expect(answerSlot('Ke manakah tujuan pesawat itu?')?.slot).toEqual({ type: 'place' });
    // "apa maksud istilah …", "apa yang dimaksud dengan …" ask what a word means, not what someone intends.
    expect(answerSlot('Apakah maksud istilah hominid?')).toBeNull();
    expect(answerSlot('apakah yang di maksud dengan masyarakat?')).toBeNull();
    expect(answerSlot('Apa yang dimaksud dengan fotosintesis?')).toBeNull();
    // A word of reason or purpose that asks nothing.
    expect(answerSlot('Kapal itu berangkat karena cuaca cerah')).toBeNull();
    expect(answerSlot('Siapa tujuan surat itu?')).toBeNull();
  });
});

describe('holdsNewAnswer: a reason or a purpose stated', () => {
  it('takes a word that gives a reason or a purpose', () => {
    expect(holdsNewAnswer(asked('Mengapa pabrik itu ditutup?'), 'Pabrik itu ditutup karena limbahnya mencemari sungai.')).toBe(true);
    expect(holdsNewAnswer(asked('Mengapa pabrik itu ditutup?'), 'Limbahnya mencemari sungai sehingga pabrik itu ditutup.')).toBe(true);
    expect(holdsNewAnswer(asked('Mengapa pabrik itu ditutup?'), 'Kebakaran itu terjadi akibat korsleting listrik.')).toBe(true);
    expect(holdsNewAnswer(asked('Apa tujuan inisiatif itu?'), 'Inisiatif itu bertujuan memperkuat kerja sama.')).toBe(true);
    expect(holdsNewAnswer(asked('Apa tujuan inisiatif itu?'), 'Sumur dibor supaya warga tidak membeli air.')).toBe(true);
    expect(holdsNewAnswer(asked('Apa tujuan inisiatif itu?'), 'Waduk dibangun agar sawah tidak kekeringan.')).toBe(true);
    // An English question over Indonesian text, or over English text.
    expect(holdsNewAnswer(asked('Why was the bridge closed?'), 'Jembatan itu ditutup karena retak.')).toBe(true);
    expect(holdsNewAnswer(asked('Why was the bridge closed?'), 'The bridge was closed because of cracks.')).toBe(true);
  });

  it('takes the grammars\' other words of cause, result and purpose, in either language', () => {
    const why = asked('kenapa acara ditunda');
    for (const text of [
      'Acara ditunda lantaran hujan.', 'Berhubung hujan, acara ditunda.', 'Gara-gara hujan acara ditunda.',
      'Hujan deras, makanya acara ditunda.', 'Hujan turun. Akibatnya acara ditunda.', 'Hujan deras mengakibatkan acara ditunda.',
      'Acara ditunda biar peserta tidak kehujanan.', 'The event was postponed due to rain.', 'It rained; therefore the event was postponed.',
      'The event was postponed so that nobody got wet.', 'The event was postponed in order to keep everyone dry.',
    ]) expect(holdsNewAnswer(why, text), text).toBe(true);
    // ("due" alone is a payment's, "since" and "so" are of time and degree: none gives a reason for sure.)
    for (const text of ['The fee is due on Friday.', 'It has rained since Monday.', 'It was so wet.']) expect(holdsNewAnswer(why, text), text).toBe(false);
  });

  it('takes a marker of two or three words though the question says its first ("so", "in", "dengan")', () => {
    // (The question's "so" of "so long" is no "so that"; "in" of "in the library" no "in order to".)
    expect(holdsNewAnswer(asked('why was the queue so long'), 'We moved check-in online so that the queue would be short.')).toBe(true);
    expect(holdsNewAnswer(asked('why was the meetup held in the library'), 'The meetup was held in the library in order to save on rent.')).toBe(true);
    expect(holdsNewAnswer(asked('kenapa rapat dengan warga diadakan'), 'Rapat dengan warga diadakan dengan maksud membahas iuran.')).toBe(true);
    // (The whole of it said is none: "in order to" asked back.)
    expect(holdsNewAnswer(asked('why in order to'), 'We did it in order to win.')).toBe(false);
  });

  it('takes no "demi" between a word and itself, nor a "tujuan" before a name: a sequence and a destination', () => {
    // ("satu demi satu", one by one; "bus tujuan Bogor", the bus to Bogor: neither says why.)
    const why = asked('kenapa antrian registrasi lama');
    expect(holdsNewAnswer(why, 'Peserta masuk satu demi satu lewat pintu samping.')).toBe(false);
    expect(holdsNewAnswer(why, 'Bus tujuan Bogor berangkat jam 5 pagi dari depan balai.')).toBe(false);
    expect(holdsNewAnswer(why, 'Peserta masuk satu per satu demi keamanan.')).toBe(true);
    expect(holdsNewAnswer(why, 'Tujuan kegiatan ini mempererat warga.')).toBe(true);
  });

  it('takes no "guna" of a compound noun: "tepat guna", "daya guna", "hasil guna" (use)', () => {
    // ("teknologi tepat guna", appropriate technology, says no what for.)
    const why = asked('kenapa pelatihan diadakan di balai desa');
    expect(holdsNewAnswer(why, 'Pelatihan teknologi tepat guna di balai desa diikuti 30 pemuda.')).toBe(false);
    expect(holdsNewAnswer(why, 'Peningkatan daya guna lahan kosong dibahas bersama RT.')).toBe(false);
    expect(holdsNewAnswer(why, 'Pelatihan diadakan guna membekali pemuda desa.')).toBe(true);
  });

  it('does not take a passage with none, nor a word the question says already', () => {
    expect(holdsNewAnswer(asked('Mengapa pabrik itu ditutup?'), 'Pabrik itu ditutup pada tahun 2005.')).toBe(false);
    // ("tujuan" is the question's own: it is no evidence of the answer.)
    expect(holdsNewAnswer(asked('Apa tujuan warga pindah?'), 'Tujuan warga pindah ke kota itu belum jelas.')).toBe(false);
    // Verbs of wanting and trying ("ingin", "hendak", "berharap", "berupaya") are left out: see reason-slot.ts.
    expect(holdsNewAnswer(asked('Apa tujuan gerakan itu?'), 'Gerakan itu ingin memperkuat kerja sama.')).toBe(false);
    // (A word that only begins like a marker is not one: "demikian" is no "demi".)
    expect(holdsNewAnswer(asked('Mengapa pabrik itu ditutup?'), 'Demikian kata kepala dinas, maksimal dua hari.')).toBe(false);
    // "untuk" is left out: a third to two thirds of passages hold it, the answer's hardly more often than others.
    expect(holdsNewAnswer(asked('Mengapa pabrik itu ditutup?'), 'Pabrik itu ditutup untuk sementara.')).toBe(false);
  });
});

describe('ranking: the paragraph that gives the reason before the lead that restates the question', () => {
  it('a reason for "mengapa"', () => {
    const index = new SearchIndex(
      news([
        'Surabaya, Kompas - Pabrik gula Candi Baru di Sidoarjo resmi ditutup pemerintah daerah pekan lalu.',
        'Pabrik gula Candi Baru ditutup karena limbahnya berulang kali mencemari sungai di Sidoarjo.',
        'Harga cabai naik menjelang Lebaran.',
      ]),
      { lexicon: null },
    );
    expect(first(index, 'Mengapa pabrik gula Candi Baru di Sidoarjo ditutup?')).toBe('n2');
  });

  it('a purpose for "apa tujuan"', () => {
    const index = new SearchIndex(
      news([
        'Jakarta, Kompas - Pemerintah meresmikan pembangunan Waduk Jatigede di Sumedang, Jawa Barat, pekan lalu.',
        'Waduk Jatigede di Sumedang dibangun agar sawah di pantai utara Jawa Barat tidak kekeringan.',
        'Harga cabai naik menjelang Lebaran.',
      ]),
      { lexicon: null },
    );
    expect(first(index, 'Apa tujuan pembangunan Waduk Jatigede di Sumedang?')).toBe('n2');
  });
});
