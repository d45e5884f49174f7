// Command-line arguments shared by `ask` and `eval`, and the --help and usage handling of `npm start` and the benches.

import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * parseArgs for an entry point that takes --help: its values, or the exit code once the usage is written: 0 for
 * --help (on stdout), 2 for an option it does not know (on stderr, after parseArgs' message, which names the
 * option: "Unknown option '--burts'"; its stack says nothing more to the person typing).
 */
export function parseOrUsage<T extends ParseArgsConfig & { options: { help: { type: 'boolean' } } }>(
  program: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>>['values'] | number {
  let values: ReturnType<typeof parseArgs<T>>['values'];
  try {
    values = parseArgs(config).values;
  } catch (error) {
    process.stderr.write(`${program}: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  // (Its generic values hold `help`, T's options saying so, but TypeScript cannot see it through the generic.)
  if ((values as { help?: boolean }).help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  return values;
}

/**
 * `--top -1` as `--top=-1`: parseArgs takes a value starting with "-" for a forgotten argument and says the flag
 * is "ambiguous"; a negative number is a value, and out of range, which is what the user should be told.
 */
export function negativeTopJoined(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)]; // after it, everything is the question
    const next = argv[i + 1];
    if (arg === '--top' && next !== undefined && /^-\d/.test(next)) {
      out.push(`--top=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}
