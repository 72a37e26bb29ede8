import { describe, expect, it } from 'vitest';
import { firstSentences, sentences } from '../../../src/content/sentences';

describe('firstSentences', () => {
  it('keeps the first two sentences and drops the rest', () => {
    expect(firstSentences('Een. Twee! Drie? Vier.', 2)).toBe('Een. Twee!');
  });
  it('returns a shorter text whole, trimmed', () => {
    expect(firstSentences('  Alleen deze zin.  ', 2)).toBe('Alleen deze zin.');
    expect(firstSentences('Geen punt aan het eind', 2)).toBe('Geen punt aan het eind');
  });
  it('does not cut at an abbreviation or inside a number', () => {
    expect(firstSentences('Bel bijv. de politie op 0900-88.44 als het kan. Of mail. Of niet.', 2)).toBe(
      'Bel bijv. de politie op 0900-88.44 als het kan. Of mail.',
    );
  });
  it('keeps a closing quote or bracket with its sentence, and cuts before an opening one', () => {
    expect(firstSentences('Zij zeggen “kom langs.” (Ook ’s avonds.) Daarna niet.', 2)).toBe(
      'Zij zeggen “kom langs.” (Ook ’s avonds.)',
    );
  });
  it('cuts before a sentence that starts with a digit or an accented capital', () => {
    expect(firstSentences('Eerst dit. 24 uur per dag. Één keer.', 1)).toBe('Eerst dit.');
    expect(firstSentences('Eerst dit. Één keer. Meer.', 2)).toBe('Eerst dit. Één keer.');
  });
});

describe('sentences', () => {
  it('cuts at the same boundaries as firstSentences, keeping every sentence', () => {
    expect(sentences('Een. Twee! Drie? Vier.')).toEqual(['Een.', 'Twee!', 'Drie?', 'Vier.']);
    expect(sentences('Bel bijv. de politie. Daarna „Het LSE” helpt.')).toEqual([
      'Bel bijv. de politie.',
      'Daarna „Het LSE” helpt.',
    ]);
    expect(sentences('  Zonder punt  ')).toEqual(['Zonder punt']);
    expect(sentences('')).toEqual([]);
  });
});
