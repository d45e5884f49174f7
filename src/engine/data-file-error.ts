// A shipped data file (data/lexicon-en-id.json, data/thesaurus-id.json) that cannot be read: its own message names
// the file and how to regenerate it. Thrown while a library opens, it is no problem of the corpus's, and the
// terminal's start-up says so (see openLibrary in src/cli/open-library.ts).

export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}
