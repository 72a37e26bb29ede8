// Cutting a text at a sentence boundary: a result page shows at most two sentences of a contact's description
// (the full text stays in the directory), and a page's meta description is its first sentences. Cut in code
// from the one description in the data, so there is no second, shorter copy to keep in step.

/**
 * The first `count` sentences of `text`. A sentence ends at ".", "!" or "?" (optionally followed by a closing
 * quote or bracket) before white space and an upper-case letter, digit or opening quote; so "bijv. de" and
 * "0800-123.45" do not end one. A text with fewer sentences comes back whole (trimmed).
 */
export function firstSentences(text: string, count: number): string {
  const trimmed = text.trim();
  if (count <= 0) return '';
  const boundary = /[.!?][”’"')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  let seen = 0;
  for (const match of trimmed.matchAll(boundary)) {
    seen++;
    if (seen === count) return trimmed.slice(0, match.index + match[0].length);
  }
  return trimmed;
}
