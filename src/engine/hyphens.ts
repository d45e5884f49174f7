// A word of letters joined by a hyphen is as often typed without it: a FAQ's "Wi-Fi" is asked as "wifi", an
// "e-mail" as "email". A passage's such word is indexed joined too, so those questions find it.

/** Letters joined by hyphens only ("wi-fi", "e-mail"): no digit, dot or apostrophe ("ke-3" is the third). */
const HYPHENED = /^\p{L}+(?:-\p{L}+)+$/u;

/**
 * The joined form of a passage's hyphened word, or null. Only where a part is a letter or two ("wi-fi",
 * "e-mail", "x-ray"): a compound of whole words ("sehari-hari", "Jawa-Bali") is never typed joined, and its joined
 * term, lengthening every passage that has one, cost squad-en-id 0.008 MRR@10. Only in passages: a question's
 * "el-nino" read as "elnino" too matched another page that writes it so, and went unanswered (tydiqa-id).
 */
export function joinedForm(norm: string): string | null {
  // (A word without a hyphen, nearly every token, told before the expression, which is read for every token of
  // every passage indexed: its `\p{L}+` runs to the word's end and back before it fails. Over tydiqa-id's 375,000
  // tokens, 65–160 ms without the check, 6–34 ms with it.)
  if (!norm.includes('-') || !HYPHENED.test(norm)) return null;
  const parts = norm.split('-');
  return parts.some((p) => p.length <= 2) ? parts.join('') : null;
}
