// Text from the corpus or from a person, shown on a terminal or in a log line: its control characters (ESC above
// all) could drive the terminal, and a direction control left open (U+202A–U+202E, U+2066–U+2069) turns the rest
// of its line around in a terminal that reorders right-to-left text (VTE, Konsole, mlterm). Each is shown as a
// space, one for one, so offsets into the text (a passage's highlights) stay valid. The console's renderer and the
// engine's problem lines share these, so the two never disagree on what is cleaned.

/** Control and direction characters, line breaks and tabs aside (U+2028 and U+2029 are kept too). */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, with line breaks and tabs, U+2028 and U+2029 among them: what would break a line in two. */
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with its control and direction characters as spaces; its lines and tabs kept. */
export function safeText(s: string): string {
  return s.replace(CONTROLS, ' ');
}

/** `s` on one line: its control and direction characters, line breaks and tabs included, as spaces. */
export function safeLine(s: string): string {
  return s.replace(CONTROLS_AND_BREAKS, ' ');
}
