// One way to compare a passage with its source, for the basis check and the quotation check alike
// (src/flow/passage-text.ts): a word a source breaks over two lines is one word, in both checks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalisePassage, otherFirstCase } from '../../../src/flow/passage-text';
import { checkQuotes } from '../../../src/flow/quotes';
import { containsPassage } from '../../../src/flow/basis';
import { readFlowDir } from '../../../src/flow/read-dir';

const QUOTE = 'Met wie kan ik samenwerken om maatschappelijke spanningen tegen te gaan?';
/** A source text (as a seed might be) with that question's "samenwerken" broken over two lines. */
const BROKEN =
  'Vragen van professionals:\nMet wie kan ik samen-\n  werken om maatschappelijke\nspanningen tegen te gaan?';

describe('passage text', () => {
  it('joins a word broken over two lines, but not a compound with a capital (Noord-Holland)', () => {
    expect(normalisePassage('onge-\nwenst  gedrag')).toBe('ongewenst gedrag');
    expect(normalisePassage('Noord-\nHolland')).toBe('Noord- Holland');
    expect(normalisePassage('“zo”\u00a0en ‘zo’')).toBe('"zo" en \'zo\'');
    expect(otherFirstCase('met wie')).toBe('Met wie');
  });
  it('finds a basis passage and a quotation in a source that breaks a word of it over two lines', () => {
    expect(containsPassage(BROKEN, QUOTE)).toBe(true);
    const flows = readFlowDir(join(process.cwd(), 'flows'));
    const found = (corpus: string[]) =>
      checkQuotes(flows, corpus).problems.some((p) => p.message.includes(`"${QUOTE}" is not in its source`));
    expect(found([BROKEN])).toBe(false);
    expect(found([BROKEN.replace('samen-', 'samen')])).toBe(true);
  });
});
