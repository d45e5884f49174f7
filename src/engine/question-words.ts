// The Indonesian question words that both readings of what a question asks use: asked-type.ts's (what a write-up's
// passage must state) and answer-slot.ts's (the kind of answer a factoid question lacks). Each list was kept in
// both, and they had drifted apart: "berapakah" asked a count there but no price here, "dmn" a place here but not
// there. One list, each module reading it its own way. (And the words of money, which measure-slot.ts reads too:
// kept here, not in asked-type.ts, which reads measure-slot.ts's measures, so that neither imports the other.)

/** "How much", "how many": with the word beside it, a price, a time, a date or a count (see either module). */
export const HOW_MUCH: ReadonlySet<string> = new Set(['berapa', 'berapakah', 'brp', 'brapa', 'berapaan']);
/** "When", wherever it stands. */
export const WHEN: ReadonlySet<string> = new Set(['kapan', 'kapankah', 'kpn']);
/** "Where" written as one word, wherever it stands (with its chat spellings). */
export const DI_MANA: ReadonlySet<string> = new Set(['dimana', 'dimanakah', 'dmn', 'dmana', 'dimna']);
/** "Mana" of "di mana" written apart: a place asked only after its preposition. */
export const MANA: ReadonlySet<string> = new Set(['mana', 'manakah']);
/** Words beside "berapa" that ask a measure, stated with a unit ("berapa luas": "125 hektar"), not a count of them. */
export const MEASURES: ReadonlySet<string> = new Set(['lama', 'jauh', 'besar', 'tinggi', 'panjang', 'luas', 'berat', 'umur', 'usia']);

/**
 * Words of price: beside one of HOW_MUCH (above; "what time" beside a word of the clock, "bayar brp",
 * "jam berapa") they ask for an amount of money, not a count.
 */
export const PRICE: ReadonlySet<string> = new Set([
  'harga', 'hrg', 'htm', 'biaya', 'biayanya', 'bayar', 'byr', 'tiket', 'tiketnya', 'iuran', 'ongkos', 'ongkosnya', 'tarif', 'tarifnya', 'harganya', 'bayarnya',
  'cost', 'costs', 'price', 'prices', 'fee', 'fees', 'ticket', 'tickets', 'pay',
]);
/**
 * Words of a sum of money that is no price: beside HOW_MUCH they ask for an amount too ("berapa dana yang
 * terkumpul", "saldo kas brp", "how much money was raised"), not a count of them. Unlike a word of price they say
 * which sum is asked ("sisa dana", "dana terkumpul"), so they are matched as any word is, not as a label.
 */
export const MONEY: ReadonlySet<string> = new Set([
  'dana', 'dananya', 'uang', 'uangnya', 'duit', 'duitnya', 'saldo', 'saldonya', 'kas', 'anggaran', 'anggarannya', 'donasi', 'donasinya',
  'sumbangan', 'sumbangannya', 'pemasukan', 'pengeluaran',
  'money', 'funds', 'budget', 'balance', 'donations',
]);
/** Words that say there is no price, asked as yes or no: "gratis ga". */
export const FREE: ReadonlySet<string> = new Set(['gratis', 'free']);
/** Whether a word names money: a word of price (PRICE), of no price (FREE) or of a sum (MONEY). */
export function namesMoney(word: string): boolean {
  return PRICE.has(word) || FREE.has(word) || MONEY.has(word);
}

/**
 * What a chat question may end with that asks nothing: a particle ("dong", "ya", "nih", "sih", "deh") or a term of
 * address ("kak", "bang", "min", "gan", "sis", "pak", "bu", "mas", "mbak"). "harganya kak?" asks a price as
 * "harganya?" does, and "ongkosnya brp gan" counts no "gan": both readings take the question without them.
 */
const CHAT_TAIL: ReadonlySet<string> = new Set([
  'kak', 'ka', 'kk', 'kakak', 'bang', 'abang', 'mas', 'mbak', 'mba', 'min', 'admin', 'gan', 'sis', 'bro', 'pak', 'bu', 'bun', 'om',
  'dong', 'donk', 'ya', 'yah', 'yaa', 'nih', 'sih', 'deh', 'tuh', 'gaes', 'guys',
]);

/** A question's words (lower case) without the particles and terms of address it ends with (CHAT_TAIL), one word kept. */
export function withoutChatTail(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 1 && CHAT_TAIL.has(words[end - 1]!)) end--;
  return end === words.length ? words : words.slice(0, end);
}
