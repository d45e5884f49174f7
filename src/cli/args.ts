// Command-line arguments shared by `ask` and `eval`.

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
