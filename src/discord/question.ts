// What of a question is searched. Discord puts markup into option values: picking a role or a user while typing
// inserts `<@&123…>` or `<@123…>`, a custom emoji becomes `<:name:123…>`. Their 17–20-digit ids are terms no
// passage contains, so they would count as unanswered parts of the question and sink a good answer below the
// confidence bar ("<@&…> what is CCTV+" went unanswered while "what is CCTV+" was answered). They carry no
// words, so the search leaves them out. The reply still shows the question as typed (escaped).

/** User, role and channel mentions, custom emoji, timestamps and slash-command mentions. */
const DISCORD_MARKUP = /<(?:@[!&]?\d{1,20}|#\d{1,20}|a?:[\w~-]{1,32}:\d{1,20}|t:-?\d{1,13}(?::[tTdDfFR])?|\/[-_\p{L}\p{N} ]{1,100}:\d{1,20})>/gu;

/** The question without Discord markup and @everyone/@here, whitespace collapsed. */
export function searchText(question: string): string {
  return question
    .replace(DISCORD_MARKUP, ' ')
    .replace(/@(?:everyone|here)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a question has anything to search for: a letter or a digit outside Discord markup. */
export function hasSearchableText(question: string): boolean {
  return /[\p{L}\p{N}]/u.test(searchText(question));
}
