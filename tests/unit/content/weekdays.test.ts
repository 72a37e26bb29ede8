// The days of the week as the data names them, and the day of a date.
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, weekdayOf } from '../../../src/content/weekdays';

describe('weekdayOf', () => {
  it('names the day of a calendar date, Monday first', () => {
    expect(weekdayOf('2026-11-23')).toBe('mon');
    expect(weekdayOf('2026-11-29')).toBe('sun');
    expect(weekdayOf('2024-02-29')).toBe('thu');
    // Seven days in a row give every day once, in the list's order.
    const week = Array.from({ length: 7 }, (_, i) => weekdayOf(`2026-11-${String(23 + i).padStart(2, '0')}`));
    expect(week).toEqual([...WEEKDAYS]);
  });
});
