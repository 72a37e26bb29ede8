// "Open day and night": the one rule (src/flow/fallback.ts isAlwaysOpen) the checker, the pages and the content
// rules use.
import { describe, expect, it } from 'vitest';
import { isAlwaysOpen } from '../../../src/flow/fallback';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const allDay = (days: string[]) => ({ days, from: '00:00', to: '24:00' });

describe('isAlwaysOpen', () => {
  it('holds for every day from 00:00 to 24:00, holidays included, however the days are grouped', () => {
    expect(isAlwaysOpen({ open: [allDay(WEEK)], publicHolidays: 'open' })).toBe(true);
    expect(isAlwaysOpen({ open: [allDay(WEEK.slice(0, 5)), allDay(['sat', 'sun'])], publicHolidays: 'open' })).toBe(
      true,
    );
  });

  it('does not hold when a day is missing, a day is not whole, or the line closes on holidays', () => {
    expect(isAlwaysOpen({ open: [allDay(WEEK.slice(0, 6))], publicHolidays: 'open' })).toBe(false);
    expect(isAlwaysOpen({ open: [{ days: WEEK, from: '00:00', to: '23:59' }], publicHolidays: 'open' })).toBe(false);
    expect(isAlwaysOpen({ open: [allDay(WEEK)], publicHolidays: 'closed' })).toBe(false);
    expect(isAlwaysOpen({ open: [allDay(WEEK)] })).toBe(false);
  });
});
