// Cutting a text at a sentence boundary: a result page shows at most two sentences of a contact's description
// (the full text stays in the directory), a page's meta description is its first sentences, and a search
// hit's line is its first sentence. Cut in code from the one text in the data, so there is no second, shorter
// copy to keep in step.

/**
 * Where a sentence ends: at ".", "!" or "?" (optionally followed by a closing quote or bracket) before white
 * space and an upper-case letter, digit or opening quote; so "bijv. de" and "0800-123.45" do not end one.
 */
const BOUNDARY = /[.!?][”’"')\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

/** The first `count` sentences of `text`, cut at BOUNDARY. A text with fewer comes back whole (trimmed). */
export function firstSentences(text: string, count: number): string {
  const trimmed = text.trim();
  if (count <= 0) return '';
  let seen = 0;
  for (const match of trimmed.matchAll(BOUNDARY)) {
    seen++;
    if (seen === count) return trimmed.slice(0, match.index + match[0].length);
  }
  return trimmed;
}

/** Every sentence of `text`, cut at the same boundaries (the plain-language report measures each one). */
export function sentences(text: string): string[] {
  const trimmed = text.trim();
  const out: string[] = [];
  let start = 0;
  for (const match of trimmed.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    out.push(trimmed.slice(start, end).trim());
    start = end;
  }
  const rest = trimmed.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
