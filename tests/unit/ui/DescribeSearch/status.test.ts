// The "describe it" field's status line: the alarm first, then what was found, or nothing while there is
// nothing to say (before typing, while the search loads).
import { describe, expect, it } from 'vitest';
import { foundText, statusText, type SearchState, type StatusWords } from '../../../../src/ui/DescribeSearch/status';

const words: StatusWords = {
  danger: 'DANGER.',
  today: 'TODAY.',
  failed: 'FAILED.',
  none: 'NONE.',
  found: (count) => `FOUND ${count}.`,
};
const state = (over: Partial<SearchState>): SearchState => ({
  typed: true,
  failed: false,
  ready: true,
  hits: 0,
  alarm: undefined,
  ...over,
});

describe('the status line of the "describe it" field', () => {
  it('says nothing before anything is typed, even when loading failed', () => {
    expect(statusText(state({ typed: false, failed: true, hits: 2 }), words)).toBe('');
  });

  it('says nothing while the search loads, and that it failed once it did', () => {
    expect(foundText(state({ ready: false }), words)).toBe('');
    expect(foundText(state({ ready: false, failed: true }), words)).toBe('FAILED.');
  });

  it('counts the result pages found, or says none were', () => {
    expect(statusText(state({ hits: 3 }), words)).toBe('FOUND 3.');
    expect(statusText(state({ hits: 0 }), words)).toBe('NONE.');
  });

  it('puts the alarm before what was found', () => {
    expect(statusText(state({ hits: 1, alarm: 'danger' }), words)).toBe('DANGER. FOUND 1.');
    expect(statusText(state({ hits: 0, alarm: 'today' }), words)).toBe('TODAY. NONE.');
  });
});
