// Runs of capitalised words in a text ("China Global Television Network", "Badan Pengawas Obat dan Makanan"): the
// names a write-up spells out. Two readers want them, each by its own rule (a RunRule), read by one walker:
//   - autocomplete (suggest.ts) offers them to a member as written: two words are a name ("Joko Widodo"), an
//     acronym stands inside one ("Forum Media CCTV+"), and only a few joining words everyone reads as such;
//   - acronyms.ts reads a question's acronym from their initials: two letters are too ambiguous, an acronym inside
//     a run stands for nothing of it ("PT Bank Central Asia" is BCA), and any language's short function word may
//     join one ("Institut für Rundfunktechnik"), as the stopword list and the Indonesian dictionary tell.
// What differs between them is the rule, stated in one place; how a run is found is the same.

/** How to find one reader's runs (see the header). */
export interface RunRule {
  /** A capitalised word (a regular expression's source): what a run is made of. */
  name: string;
  /** Any word of the text (a regular expression's source), a run's words among them: what a run is read as. */
  word: string;
  /**
   * Whether a word of `name`'s shape is a name of the run; false ends the run there (an acronym, for initials).
   */
  isName(word: string): boolean;
  /** The shape of a lower-case word that may join two names (a regular expression's source). */
  joinerShape: string;
  /** Whether a word of `joinerShape` joins two names ("dan", "of"); false ends the run. */
  isJoiner(word: string): boolean;
  /** How many joining words may stand in a row. */
  maxJoiners: number;
  /** Fewest names a run needs to be read at all (readers may ask for more). */
  minNames: number;
  /**
   * Whether a name may begin inside a word, at a capital after lower-case letters or digits ("News TV" of "iNews
   * TV"): autocomplete's rule, as its pattern always was; the initials' rule starts only at a word's start.
   */
  insideWords: boolean;
}

/** One run: its words as written (joining words included, none at its end), where it stands, how many names. */
export interface NameRun {
  words: string[];
  start: number;
  end: number;
  names: number;
}

interface Compiled {
  stretch: RegExp;
  word: RegExp;
  name: RegExp;
  joiner: RegExp;
}

const compiled = new WeakMap<RunRule, Compiled>();

function compile(rule: RunRule): Compiled {
  let c = compiled.get(rule);
  if (c === undefined) {
    // Stretches of text that may hold a run: minNames names with joiner-shaped words between, found by one regular
    // expression, so that the walk below reads word by word only the few places where names stand, not every word
    // of a corpus (the lookahead first: the lookbehinds are tried only where a name may start).
    // (A name that starts at a word's start may still begin in lower case, if the rule's names do: "iNews".)
    const start = rule.insideWords ? '' : String.raw`(?=${rule.name})(?<![\p{L}\p{N}])(?<![\p{L}\p{N}][’'&-])`;
    const more = String.raw`(?:[ \t]+(?:${rule.joinerShape}[ \t]+){0,${rule.maxJoiners}}${rule.name}){${rule.minNames - 1},}`;
    c = {
      stretch: new RegExp(start + rule.name + more, 'gu'),
      word: new RegExp(rule.word, 'gu'),
      name: new RegExp(`^(?:${rule.name})$`, 'u'),
      joiner: new RegExp(`^(?:${rule.joinerShape})$`, 'u'),
    };
    compiled.set(rule, c);
  }
  return c;
}

/**
 * The runs of capitalised words in a text by `rule`, in order: consecutive names on one line with only spaces or
 * tabs between, and up to `rule.maxJoiners` joining words in a row. A run ends at any other character, a line end,
 * any other word, or a word the rule does not read as a name; a run with fewer than `rule.minNames` names is none.
 */
export function nameRuns(text: string, rule: RunRule): NameRun[] {
  const out: NameRun[] = [];
  const c = compile(rule);
  for (const s of text.matchAll(c.stretch)) runsIn(text, s.index, s.index + s[0].length, rule, c, out);
  return out;
}

/** The run being read by runsIn: its words so far, how many are names, and how many joining words end it. */
interface OpenRun {
  words: Array<{ word: string; start: number; end: number }>;
  names: number;
  joiners: number;
}

/** The runs in text[from, to), a stretch: see nameRuns. */
function runsIn(text: string, from: number, to: number, rule: RunRule, c: Compiled, out: NameRun[]): void {
  const run: OpenRun = { words: [], names: 0, joiners: 0 };
  let end = from;
  c.word.lastIndex = from;
  for (let m = c.word.exec(text); m !== null && m.index < to; m = c.word.exec(text)) {
    const word = m[0];
    if (run.words.length > 0 && !spacedOnly(text, end, m.index)) closeRun(run, rule, out);
    end = m.index + word.length;
    if (c.name.test(word) && rule.isName(word)) {
      run.words.push({ word, start: m.index, end });
      run.names++;
      run.joiners = 0;
    } else if (run.names > 0 && run.joiners < rule.maxJoiners && c.joiner.test(word) && rule.isJoiner(word)) {
      run.words.push({ word, start: m.index, end });
      run.joiners++;
    } else closeRun(run, rule, out);
  }
  closeRun(run, rule, out);
}

/**
 * Ends runsIn's open run: kept (without the joining words at its end) when it has the names the rule asks for. A
 * function of the module's, not a closure of runsIn's: under tsx every closure made is also named, and runsIn is
 * asked for every stretch of capitalised words of every passage indexed.
 */
function closeRun(run: OpenRun, rule: RunRule, out: NameRun[]): void {
  const kept = run.words.slice(0, run.words.length - run.joiners);
  if (run.names >= rule.minNames) out.push({ words: kept.map((w) => w.word), start: kept[0]!.start, end: kept[kept.length - 1]!.end, names: run.names });
  run.words = [];
  run.names = 0;
  run.joiners = 0;
}

/**
 * Whether text[from, to) is one or more spaces or tabs, and nothing else: what lies between two words of a run.
 * Read by character codes, not by a pattern over a slice of the text: this is asked for every word of every
 * stretch. (Also what joins a question's long name for proximity: see search.ts's markNameUnits.)
 */
export function spacedOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}
