// English words the dictionary lacks, read through WordNet's relations to words it has: "hike" → walk (a hike is
// a long walk), "fee" → payment, "founder" → found (who founds an institution). FreeDict's eng-ind has about ten
// thousand headwords, and a member's everyday word is often not among them, while its near relation is. Used by
// scripts/build-lexicon.ts to write the lexicon's `related` table from Debian's wordnet-base package (WordNet 3.0's
// database files: index.noun, data.noun, … and cntlist.rev); read by lexicon.ts only for a word the dictionary does
// not know in any form (see Lexicon.related). A related word is another word, not a translation of this one, so its
// translations are weighed below a translation's (see RANKING.relatedWeight in ranking.ts).

/** A part of speech as WordNet's file names spell it. */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

export const WORDNET_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

/** A synset as data.<pos> gives it: its lemmas (lower case, "_" for spaces) and its pointers to other synsets. */
export interface Synset {
  words: string[];
  pointers: Pointer[];
}

/** One pointer of a synset: its symbol ("@" hypernym, "+" derivation, …), its target, and which words it links. */
export interface Pointer {
  symbol: string;
  target: string;
  /** 0 for a relation between synsets; else the 1-based number of the source word in its synset. */
  source: number;
  /** 0 for a relation between synsets; else the 1-based number of the target word in its synset. */
  targetWord: number;
}

/** A lemma's senses, most frequent first as WordNet orders them, each a synset key ("n:00288970"). */
export type SenseIndex = Map<string, string[]>;

/** A synset's key in the maps below: the part of speech's letter and the byte offset, "n:00288970". */
function synsetKey(pos: string, offset: string): string {
  // (Adjective satellites, "s", live in data.adj, as "a" synsets do.)
  return `${pos === 's' ? 'a' : pos}:${offset}`;
}

const POS_LETTER: Record<WordNetPos, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/** Database lines start with the offset; the licence header's lines start with two spaces. */
const isDataLine = (line: string): boolean => line !== '' && !line.startsWith(' ');

/**
 * Parses an index.<pos> file: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…
 * (see wndb(5WN)). Adds each lemma's synsets to `into`, nouns' before verbs' when called in WORDNET_POS order.
 */
export function parseIndexFile(text: string, pos: WordNetPos, into: SenseIndex = new Map()): SenseIndex {
  for (const line of text.split('\n')) {
    if (!isDataLine(line)) continue;
    const fields = line.trim().split(' ');
    const synsets = Number(fields[2]);
    const pointers = Number(fields[3]);
    if (!Number.isInteger(synsets) || !Number.isInteger(pointers)) throw new Error(`index.${pos}: cannot read ${JSON.stringify(line.slice(0, 60))}`);
    const offsets = fields.slice(6 + pointers, 6 + pointers + synsets);
    const keys = offsets.map((o) => synsetKey(POS_LETTER[pos], o));
    const lemma = fields[0]!;
    into.set(lemma, [...(into.get(lemma) ?? []), ...keys]);
  }
  return into;
}

/**
 * Parses a data.<pos> file: offset lex_filenum ss_type w_cnt (hex) [word lex_id]… p_cnt [symbol offset pos
 * source/target]… | gloss (see wndb(5WN)).
 */
export function parseDataFile(text: string, pos: WordNetPos, into: Map<string, Synset> = new Map()): Map<string, Synset> {
  for (const line of text.split('\n')) {
    if (!isDataLine(line)) continue;
    const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).trim().split(' ');
    const count = parseInt(fields[3]!, 16);
    if (!Number.isInteger(count)) throw new Error(`data.${pos}: cannot read ${JSON.stringify(line.slice(0, 60))}`);
    // (An adjective's lemma may carry its syntactic marker, "galore(ip)".)
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(/\([a-z]+\)$/, ''));
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const st = fields[at + 3]!;
      pointers.push({
        symbol: fields[at]!,
        target: synsetKey(fields[at + 2]!, fields[at + 1]!),
        source: parseInt(st.slice(0, 2), 16),
        targetWord: parseInt(st.slice(2), 16),
      });
    }
    into.set(synsetKey(POS_LETTER[pos], fields[0]!), { words, pointers });
  }
  return into;
}

/**
 * The senses of each lemma that SemCor, WordNet's sense-tagged corpus, saw at least once (cntlist.rev: sense_key
 * sense_number tag_cnt), as "lemma\tpos letter\tsense number" keys. A word's rare senses ("founder", the horse's
 * laminitis, before the person) are not what a member means.
 */
export function parseTaggedSenses(text: string): Set<string> {
  const counts = new Map<string, number>();
  const best = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([^%\s]+)%(\d):\S*\s+(\d+)\s+(\d+)$/.exec(line.trim());
    if (!m || Number(m[4]) === 0) continue;
    const letter = ({ '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' } as Record<string, string>)[m[2]!];
    if (!letter) continue;
    const lemma = m[1]!.toLowerCase();
    const count = Number(m[4]);
    counts.set(`${lemma}\t${letter}\t${m[3]}`, count);
    best.set(lemma, Math.max(best.get(lemma) ?? 0, count));
  }
  // Only a word's dominant senses, those SemCor saw most often (ties kept): a common word's many senses ("level":
  // a grade, a floor, a tool, a degree) read as other words brought every one of their senses' translations.
  return new Set([...counts].filter(([key, count]) => count === best.get(key.slice(0, key.indexOf('\t')))).map(([key]) => key));
}

export interface WordNet {
  senses: SenseIndex;
  synsets: ReadonlyMap<string, Synset>;
  /** See parseTaggedSenses. */
  tagged: ReadonlySet<string>;
}

/** Most related words kept per word: its nearest relations, which the lexicon then translates. */
const MAX_RELATED = 4;

/**
 * The words `lemma` is related to that `known` accepts (the dictionary's headwords), nearest first: for each of
 * its senses SemCor saw (WordNet's order, most frequent first; none seen, its first sense only), the other words
 * of the synset (synonyms: tramp of hike), the words derived from this one ("+": found of founder, pay of payment),
 * then the synset's hypernyms' words ("@": walk of hike, payment of fee). Relations are taken sense by sense, all
 * of the first sense before the second's, and at most `max`. Only single words: a phrase ("founding_father")
 * would need its own reading. Never the lemma itself.
 */
export function relatedWords(lemma: string, wordnet: WordNet, known: (word: string) => boolean, max = MAX_RELATED): string[] {
  const senses = wordnet.senses.get(lemma) ?? [];
  const numbered = senses.map((key, i) => ({ key, n: senses.slice(0, i + 1).filter((k) => k[0] === key[0]).length }));
  let used = numbered.filter(({ key, n }) => wordnet.tagged.has(`${lemma}\t${key[0]}\t${n}`));
  if (used.length === 0) used = numbered.slice(0, 1);
  const out: string[] = [];
  const add = (word: string): void => {
    if (out.length < max && word !== lemma && /^\p{Ll}+$/u.test(word) && !out.includes(word) && known(word)) out.push(word);
  };
  for (const { key } of used) {
    const synset = wordnet.synsets.get(key);
    if (synset === undefined) continue;
    const self = synset.words.indexOf(lemma) + 1;
    for (const w of synset.words) add(w);
    for (const p of synset.pointers) {
      if (p.symbol !== '+' || p.source !== self) continue;
      const target = wordnet.synsets.get(p.target);
      const word = target?.words[p.targetWord - 1];
      if (word !== undefined) add(word);
    }
    // The nearest hypernyms the dictionary has a word of: a fee is a charge, which FreeDict lacks, and a charge
    // a cost (biaya). Three levels at most: further up, words are too general to say what was asked.
    let level = hypernymsOf(synset, wordnet);
    for (let depth = 0; depth < HYPERNYM_LEVELS && level.length > 0; depth++) {
      const before = out.length;
      for (const h of level) for (const w of h.words) add(w);
      if (out.length > before) break;
      level = level.flatMap((h) => hypernymsOf(h, wordnet));
    }
  }
  return out;
}

/** How far up the hypernyms relatedWords climbs to find a word the dictionary has. */
const HYPERNYM_LEVELS = 3;

function hypernymsOf(synset: Synset, wordnet: WordNet): Synset[] {
  return synset.pointers.flatMap((p) => (p.symbol === '@' || p.symbol === '@i' ? [wordnet.synsets.get(p.target)].filter((s) => s !== undefined) : []));
}
