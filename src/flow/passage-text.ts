// How a passage is compared with its source, for the two checks that find a flow's words in a source: the
// basis of a result, contact or resource (basis.ts) and a quotation in a text (quotes.ts). Only whitespace,
// typographic quotes, a word broken over two lines and the case of the first letter are ignored.

/** The text as compared: one kind of quote mark and space, words broken over two lines joined. */
export const normalisePassage = (s: string) =>
  s
    // A word broken over two lines in a source ("onge-\nwenst") is one word.
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/[\u2018\u2019\u201a`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();

/** The same text with its first letter in the other case: a passage may start mid-sentence in the source. */
export const otherFirstCase = (s: string) => {
  const first = s.charAt(0);
  return (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + s.slice(1);
};
