// The one median of the scripts that report timings (scripts/median.mjs).
import { describe, expect, it } from 'vitest';
import { median } from '../../scripts/median.mjs';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([3, 3, 1, 10, 2])).toBe(3);
  });
  it('takes the upper of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(3);
  });
  it('leaves the list as it was', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});
