// Regenerates data/lexicon-en-id.json from Debian's dict-freedict-eng-ind package (FreeDict + WikDict), with the
// irregular English forms of Debian's wordnet-base package (WordNet's exception lists; see irregular.ts), the bridged
// translations of the WikDict dictionaries through Finnish, Polish and Greek (see pivot.ts), and
// data/thesaurus-id.json from Debian's mythes-id package (LibreOffice's Indonesian thesaurus; see thesaurus.ts).
//
//   npm run build-lexicon                      download the packages with apt-get into a temporary folder
//   npm run build-lexicon -- --from DIR        use the packages extracted (dpkg -x) into DIR, or a folder
//                                              holding freedict-eng-ind.index, freedict-eng-ind.dict.dz,
//                                              the bridge dictionaries' (freedict-fin-ind.index, …),
//                                              WordNet's database and exception lists, and th_id_ID_v2.dat
//   Options: --out FILE (default data/lexicon-en-id.json), --max N translations per word (default 6),
//            --thesaurus-out FILE (default data/thesaurus-id.json).
//
// The output is deterministic: sorted keys, one entry per line, no timestamps, so a rebuild from the same
// package gives a byte-identical file and a new package edition gives a readable diff.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  buildLexiconEntries,
  compareStrings,
  isMetadataHeadword,
  nameHeadwords,
  parseEntry,
  parseIndex,
  readDatabaseInfo,
  sliceEntries,
  type ParsedEntry,
} from '../src/engine/freedict.ts';
import { buildStemIndex, createLexicon, PACK_SEPARATOR } from '../src/engine/lexicon.ts';
import { parseMyThes, synonymTable } from '../src/engine/thesaurus.ts';
import { bridgedOnly, pivotTranslations, type PivotLanguage } from '../src/engine/pivot.ts';
import { irregularForms, parseExceptionList, pluralNames } from '../src/engine/irregular.ts';
import {
  parseDataFile,
  parseIndexFile,
  parseTaggedSenses,
  relatedWords,
  WORDNET_POS,
  type SenseIndex,
  type Synset,
} from '../src/engine/wordnet-related.ts';

const PACKAGE = 'dict-freedict-eng-ind';
const WORDNET_PACKAGE = 'wordnet-base';
const THESAURUS_PACKAGE = 'mythes-id';
const THESAURUS_NAME = 'th_id_ID_v2.dat';
/**
 * The synonyms kept per Indonesian headword, and only those whose own entry lists the headword back (see
 * synonymTable): a one-way link is as often a looser relation ("biaya" → beban, "tujuan" → bahan), and on the
 * odd-numbered questions of facqa and tydiqa-id, reading every word's synonyms, the two-way links did better than
 * all links at every weight tried. Six, of which the engine reads the first four its corpus has (see
 * RANKING.maxSynonyms), keep the file small.
 */
const THESAURUS_OPTIONS = { max: 6, reciprocal: true };
/** WordNet's exception lists, verbs first: the irregular forms questions use are mostly past tenses. */
const EXCEPTION_LISTS = ['verb.exc', 'noun.exc', 'adj.exc', 'adv.exc'];
/**
 * The bridge languages (see pivot.ts): those whose Indonesian and English dictionaries Debian ships from WikDict,
 * under eng-ind's licence (CC-BY-SA-3.0). Other pairs with English (eng-deu, eng-pol, eng-ell, …) are older
 * FreeDict editions under the GPL, which this file's licence cannot take in.
 */
const PIVOT_LANGUAGES = [
  { name: 'fin', toEnglish: 'fin-eng', fromEnglish: 'eng-fin', toIndonesian: 'fin-ind' },
  { name: 'pol', toEnglish: 'pol-eng', toIndonesian: 'pol-ind' },
  { name: 'ell', toEnglish: 'ell-eng', toIndonesian: 'ell-ind' },
] as const;
const PIVOT_PACKAGES = [
  ...new Set(PIVOT_LANGUAGES.flatMap((l) => [l.toEnglish, 'fromEnglish' in l ? l.fromEnglish : null, l.toIndonesian]).filter((p) => p !== null)),
].map((pair) => `dict-freedict-${pair}`);
const INDEX_NAME = 'freedict-eng-ind.index';
const DICT_NAME = 'freedict-eng-ind.dict.dz';
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  from: string | null;
  out: string;
  thesaurusOut: string;
  max: number;
}

const USAGE = `usage: npm run build-lexicon [-- options]

Regenerates data/lexicon-en-id.json and data/thesaurus-id.json from Debian's dictionary packages.

  (no option)           download the packages with apt-get into a temporary folder
  --from <dir>          use the packages extracted (dpkg -x) into this folder instead
  --out <file>          the lexicon written (default data/lexicon-en-id.json)
  --thesaurus-out <file> the thesaurus written (default data/thesaurus-id.json)
  --max <n>             translations kept per word (default 6)
  --help                this text`;

/** A mistyped command line: exit 2 with the usage, as every script does, not 1 as a failed build. */
class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    from: null,
    out: join(REPO_ROOT, 'data', 'lexicon-en-id.json'),
    thesaurusOut: join(REPO_ROOT, 'data', 'thesaurus-id.json'),
    max: 6,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--from') options.from = resolve(value());
    else if (arg === '--out') options.out = resolve(value());
    else if (arg === '--thesaurus-out') options.thesaurusOut = resolve(value());
    else if (arg === '--max') {
      options.max = Number(value());
      if (!Number.isInteger(options.max) || options.max < 1) throw new UsageError('--max must be a positive integer');
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`Unknown option '${arg}'`);
  }
  return options;
}

/**
 * Finds a file by name anywhere under `dir` (an extracted .deb keeps it in usr/share/dictd/ or
 * usr/share/wordnet/), optionally only in a folder named `parent`.
 */
function findFile(dir: string, name: string, parent?: string): string | null {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === name && (parent === undefined || basename(dir) === parent)) return path;
    if (statSync(path).isDirectory()) {
      const found = findFile(path, name, parent);
      if (found) return found;
    }
  }
  return null;
}

/** Downloads and extracts the packages into a temporary folder; returns the folder. */
function downloadPackages(packages: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-lexicon-'));
  console.error(`downloading ${packages.join(', ')} with apt-get into ${dir} ...`);
  try {
    execFileSync('apt-get', ['download', ...packages], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `apt-get download ${packages.join(' ')} failed: run "apt-get update" first, or extract the packages ` +
        `yourself (dpkg -x PACKAGE_*.deb DIR, for each) and pass --from DIR`,
    );
  }
  for (const deb of readdirSync(dir).filter((f) => f.endsWith('.deb'))) {
    execFileSync('dpkg', ['-x', join(dir, deb), join(dir, 'out')]);
  }
  return dir;
}

/** A Debian package's version, from the changelog its extracted files carry (absent in a bare folder). */
function packageVersion(root: string, pkg: string): string | null {
  const changelog = findFile(root, 'changelog.Debian.gz', pkg);
  if (!changelog) return null;
  const first = gunzipSync(readFileSync(changelog)).toString('utf8').split('\n')[0] ?? '';
  return /\(([^)]+)\)/.exec(first)?.[1] ?? null;
}

/**
 * JSON with one entry per line, lists packed into `|`-joined strings (see LexiconFile): compact and quick to
 * parse, yet a new edition shows as a readable line diff.
 */
function render(meta: Record<string, unknown>, sections: Record<string, Record<string, string[]>>): string {
  const body = Object.entries(sections).map(([name, map]) => {
    const lines = Object.entries(map).map(([key, list]) => {
      const clash = list.find((item) => item.includes(PACK_SEPARATOR) || item === '');
      if (clash !== undefined) throw new Error(`${name} ${JSON.stringify(key)}: cannot pack ${JSON.stringify(clash)}`);
      return `${JSON.stringify(key)}:${JSON.stringify(list.join(PACK_SEPARATOR))}`;
    });
    return `${JSON.stringify(name)}:{\n${lines.join(',\n')}\n}`;
  });
  return `{"meta":${JSON.stringify(meta)},\n${body.join(',\n')}}\n`;
}

/** The dictionary reads the word in a form of its own, not only as a joined phrasal verb's noun WordNet may read. */
const readsItself = (match: { via: string } | null): boolean => match !== null && match.via !== 'joined';

/**
 * The `related` table (see wordnet-related.ts): every single word of WordNet that SemCor saw in a sense and that
 * the lexicon being written cannot read in any form of its own (its own lookup decides, as the engine's will; a
 * joined phrasal verb's noun read only as its verb is kept: see readsItself), mapped to the headwords WordNet
 * relates it to, none for a word related to nothing the dictionary has.
 */
function relatedTable(
  root: string,
  entries: Record<string, string[]>,
  tables: { irregular: Record<string, string[]>; stems: Record<string, string[]> },
): Record<string, string[]> {
  const senses: SenseIndex = new Map();
  const synsets = new Map<string, Synset>();
  for (const pos of WORDNET_POS) {
    const index = findFile(root, `index.${pos}`);
    const data = findFile(root, `data.${pos}`);
    if (!index || !data) throw new Error(`WordNet's index.${pos} and data.${pos} not found under ${root} (extract ${WORDNET_PACKAGE} there too)`);
    parseIndexFile(readFileSync(index, 'utf8'), pos, senses);
    parseDataFile(readFileSync(data, 'utf8'), pos, synsets);
  }
  const counts = findFile(root, 'cntlist.rev');
  if (!counts) throw new Error(`WordNet's cntlist.rev not found under ${root} (extract ${WORDNET_PACKAGE} there too)`);
  const tagged = parseTaggedSenses(readFileSync(counts, 'utf8'));
  const taggedLemmas = new Set([...tagged].map((key) => key.slice(0, key.indexOf('\t'))));
  const lexicon = createLexicon(entries, tables);
  const known = (word: string) => Object.hasOwn(entries, word);
  const out: Record<string, string[]> = {};
  for (const lemma of [...senses.keys()].sort(compareStrings)) {
    if (!/^\p{Ll}+$/u.test(lemma) || !taggedLemmas.has(lemma) || readsItself(lexicon.resolve(lemma))) continue;
    // (Kept with no readings too: the engine still knows it for an English word, not a name; see Lexicon.knows.)
    out[lemma] = relatedWords(lemma, { senses, synsets, tagged }, known);
  }
  return out;
}

/** data/thesaurus-id.json: Indonesian headword → synonyms (see thesaurus.ts and THESAURUS_OPTIONS). */
function writeThesaurus(root: string, out: string): void {
  const path = findFile(root, THESAURUS_NAME);
  if (!path) throw new Error(`${THESAURUS_NAME} not found under ${root} (extract ${THESAURUS_PACKAGE} there too)`);
  // (MyThes files name their encoding on the first line: this one is ISO-8859-1.)
  const text = readFileSync(path, 'latin1');
  const encoding = text.slice(0, text.indexOf('\n')).trim();
  if (!/^ISO-?8859-1$/iu.test(encoding)) throw new Error(`${path}: expected an ISO-8859-1 MyThes file, its first line says ${JSON.stringify(encoding)}`);
  const entries = parseMyThes(text);
  const table = synonymTable(entries, THESAURUS_OPTIONS);
  const synonyms = Object.fromEntries([...table].sort(([a], [b]) => compareStrings(a, b)));
  const version = packageVersion(root, THESAURUS_PACKAGE);
  const meta = {
    source: `Debian package ${THESAURUS_PACKAGE}${version ? ` ${version}` : ''} (${THESAURUS_NAME})`,
    license: 'LGPL-2.1',
    attribution: 'Indonesian thesaurus for LibreOffice, Copyright (C) 2017 Ali Ahmadi; see data/LEXICON-LICENSE.md',
    generator: 'scripts/build-lexicon.ts',
    synonyms:
      `Indonesian headword -> up to ${THESAURUS_OPTIONS.max} synonyms (single words and phrases of up to three ` +
      `lower-case words, first senses first, antonyms left out${THESAURUS_OPTIONS.reciprocal ? ', only those whose entry lists the headword back' : ''})`,
    headwords: table.size,
  };
  writeFileSync(out, render(meta, { synonyms }));
  const links = [...table.values()].reduce((n, list) => n + list.length, 0);
  console.error(`${out}: ${table.size} headwords, ${links} synonyms, from ${entries.size} entries [${meta.source}]`);
}

/** A FreeDict dictionary's entries (`pair` as "fin-ind"), as parseEntry reads them; throws when it is missing. */
function readDictionary(root: string, pair: string): ParsedEntry[] {
  const index = findFile(root, `freedict-${pair}.index`);
  const dict = findFile(root, `freedict-${pair}.dict.dz`);
  if (!index || !dict) throw new Error(`freedict-${pair}.index and .dict.dz not found under ${root} (extract dict-freedict-${pair} there too)`);
  const out: ParsedEntry[] = [];
  for (const entry of sliceEntries(parseIndex(readFileSync(index, 'utf8')), gunzipSync(readFileSync(dict)))) {
    if (isMetadataHeadword(entry.headword)) continue;
    const parsed = parseEntry(entry.text);
    if (parsed) out.push(parsed);
  }
  return out;
}

/** English → Indonesian through the bridge languages (see pivot.ts). */
function bridgedTable(root: string, max: number): Record<string, string[]> {
  const languages: PivotLanguage[] = PIVOT_LANGUAGES.map((l) => ({
    name: l.name,
    toEnglish: readDictionary(root, l.toEnglish),
    ...('fromEnglish' in l ? { fromEnglish: readDictionary(root, l.fromEnglish) } : {}),
    toIndonesian: readDictionary(root, l.toIndonesian),
  }));
  return pivotTranslations(languages, { maxPerWord: max });
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const tempDir = options.from === null ? downloadPackages([PACKAGE, WORDNET_PACKAGE, THESAURUS_PACKAGE, ...PIVOT_PACKAGES]) : null;
  try {
    const root = options.from ?? tempDir!;
    if (!existsSync(root)) throw new Error(`${root} does not exist`);
    const indexPath = findFile(root, INDEX_NAME);
    const dictPath = findFile(root, DICT_NAME);
    if (!indexPath || !dictPath) throw new Error(`${INDEX_NAME} and ${DICT_NAME} not found under ${root}`);

    // dictzip is gzip with a random-access table in an extra header field; plain gunzip reads it whole.
    const raw = sliceEntries(parseIndex(readFileSync(indexPath, 'utf8')), gunzipSync(readFileSync(dictPath)));
    const info = readDatabaseInfo(raw);
    const parsed: ParsedEntry[] = [];
    let unparsable = 0;
    for (const entry of raw) {
      if (isMetadataHeadword(entry.headword)) continue;
      const result = parseEntry(entry.text);
      if (result) parsed.push(result);
      else unparsable++;
    }
    const entries = buildLexiconEntries(parsed, { maxPerWord: options.max });
    const bridged = bridgedOnly(entries, bridgedTable(root, options.max));
    const added = Object.values(bridged).reduce((n, list) => n + list.length, 0);
    // The verb senses alone, for agent nouns (speak → bicara → pembicara; see agent-nouns.ts): "train" the verb
    // is latih, not kereta, and "large", an adjective, has none, so "larger" is not taken for a doer.
    const verbs = buildLexiconEntries(
      parsed.filter((e) => e.pos === 'v' && /^\p{L}+$/u.test(e.headword)),
      { maxPerWord: options.max },
    );
    const keys = Object.keys(entries);
    const version = packageVersion(root, PACKAGE);

    const listPaths = EXCEPTION_LISTS.map((name) => findFile(root, name));
    if (listPaths.some((path) => path === null)) {
      throw new Error(`WordNet's ${EXCEPTION_LISTS.join(', ')} not found under ${root} (extract ${WORDNET_PACKAGE} there too)`);
    }
    const lists = listPaths.map((path) => parseExceptionList(readFileSync(path!, 'utf8'), path!));
    const headwords = new Set(keys);
    // A plural name ("Judges", the Book) is read as the plural of its common headword too, as an irregular form is.
    const irregular = { ...irregularForms(lists, headwords) };
    for (const [name, bases] of Object.entries(pluralNames(nameHeadwords(parsed), headwords))) {
      irregular[name] = [...new Set([...(irregular[name] ?? []), ...bases])];
    }
    const sortedIrregular = Object.fromEntries(Object.entries(irregular).sort(([a], [b]) => compareStrings(a, b)));
    // Built once: the file ships it, and the related table's lexicon resolves through the same index.
    const stems = buildStemIndex(keys);
    const related = relatedTable(root, entries, { irregular: sortedIrregular, stems });
    const wordnetVersion = packageVersion(root, WORDNET_PACKAGE);
    const meta = {
      source: `Debian package ${PACKAGE}${version ? ` ${version}` : ''}`,
      dictionary: info.short,
      edition: info.edition,
      url: info.url,
      license: 'CC-BY-SA-3.0',
      attribution:
        'FreeDict English-Bahasa Indonesia FreeDict+WikDict dictionary (Karl Bartel, WikDict), from Wiktionary ' +
        'via DBnary; see data/LEXICON-LICENSE.md',
      generator: 'scripts/build-lexicon.ts',
      maxPerWord: options.max,
      headwords: keys.length,
      bridged:
        `English word -> Indonesian translations that two of the bridge languages ` +
        `${PIVOT_LANGUAGES.map((l) => l.name).join(', ')} agree on (English -> that language -> Indonesian) and ` +
        `the dictionary does not give that word, from the WikDict dictionaries ` +
        `${PIVOT_PACKAGES.map((pkg) => `${pkg}${packageVersion(root, pkg) ? ` ${packageVersion(root, pkg)}` : ''}`).join(', ')} ` +
        `(CC-BY-SA-3.0, see data/LEXICON-LICENSE.md)`,
      bridgedWords: Object.keys(bridged).length,
      bridgedTranslations: added,
      stems: 'Porter (natural porter_stemmer) stem -> headwords, for inflected and derived forms',
      irregular:
        `irregular form -> base headwords, from WordNet 3.0's exception lists (Debian package ${WORDNET_PACKAGE}` +
        `${wordnetVersion ? ` ${wordnetVersion}` : ''}; WordNet licence, see data/LEXICON-LICENSE.md), forms that are ` +
        `headwords too (won -> win), and plurals the dictionary has only as names (judges -> judge)`,
      irregularForms: Object.keys(irregular).length,
      verbs: 'single-word headwords with a verb entry -> the translations of their verb entries only, for agent nouns',
      verbHeadwords: Object.keys(verbs).length,
      related:
        `English words of the senses SemCor tagged that the dictionary lacks in any form -> the headwords WordNet 3.0 ` +
        `relates them to (synonyms, derivations, nearest hypernyms; none where it relates them to no headword; ` +
        `Debian package ${WORDNET_PACKAGE}` +
        `${wordnetVersion ? ` ${wordnetVersion}` : ''}; WordNet licence, see data/LEXICON-LICENSE.md)`,
      relatedWords: Object.keys(related).length,
    };
    writeFileSync(options.out, render(meta, { entries, stems, irregular: sortedIrregular, verbs, related, bridged }));
    const single = keys.filter((k) => !k.includes(' ')).length;
    const translations = Object.values(entries).reduce((n, list) => n + list.length, 0);
    console.error(
      `${options.out}: ${keys.length} headwords (${single} single words, ${keys.length - single} phrases), ` +
        `${translations} translations, from ${parsed.length} entries; ${added} bridged translations of ` +
        `${Object.keys(bridged).length} words; ` +
        `${Object.keys(irregular).length} irregular forms, ` +
        `${Object.keys(verbs).length} verbs, ${Object.keys(related).length} related words` +
        (unparsable ? `, ${unparsable} unparsable entries skipped` : '') +
        ` [${meta.source}, edition ${info.edition ?? 'unknown'}]`,
    );
    writeThesaurus(root, options.thesaurusOut);
  } finally {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(`build-lexicon: ${(err as Error).message}${err instanceof UsageError ? `\n\n${USAGE}` : ''}`);
  process.exit(err instanceof UsageError ? 2 : 1);
}
