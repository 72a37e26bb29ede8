// The days of the week as the flow data names them, Monday first, and the day of a calendar date. No imports:
// the flow schema, the fallback chain in every page's model and the opening-hours code all take the list from
// here without pulling in anything else.
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The day of the week of a calendar date (YYYY-MM-DD). */
export function weekdayOf(date: string): Weekday {
  // getUTCDay: 0 = Sunday.
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
}
