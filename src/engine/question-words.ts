// The Indonesian question words that both readings of what a question asks use: asked-type.ts's (what a write-up's
// passage must state) and answer-slot.ts's (the kind of answer a factoid question lacks). Each list was kept in
// both, and they had drifted apart: "berapakah" asked a count there but no price here, "dmn" a place here but not
// there. One list, each module reading it its own way.

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
