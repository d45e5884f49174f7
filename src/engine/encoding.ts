// How text files and streams are decoded, everywhere tanya reads text: UTF-8, unless the first bytes are a UTF-16
// byte-order mark, as Windows Notepad saves "Unicode" and PowerShell pipes. The mark makes it unambiguous, so it
// is read, not refused. One rule, so that a file the corpus loader accepts is accepted as questions too.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding the first bytes announce (two are enough). */
export function encodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
