// Dutch public holidays as data, for "open now" in the browser. The data is generated at build time by
// scripts/generate-holidays.ts with date-holidays (see holidays-source.ts for which days count and why);
// this module only reads the committed JSON, so date-holidays never reaches the browser bundle.
import data from './holidays-nl.json';

export interface Holiday {
  /** Local date in the Netherlands, YYYY-MM-DD. */
  date: string;
  name: { nl: string; en: string };
}

/** Holidays by date (YYYY-MM-DD). */
export type HolidayCalendar = ReadonlyMap<string, Holiday>;

export function holidayCalendar(holidays: readonly Holiday[]): HolidayCalendar {
  return new Map(holidays.map((h) => [h.date, h]));
}

/** The Dutch public holidays from holidays-nl.json. */
export const DUTCH_HOLIDAYS: HolidayCalendar = holidayCalendar(data.holidays);

/** The years the data covers; after `lastYear`, regenerate (holidays are then unknown and treated as working days). */
export const HOLIDAY_YEARS = { first: data.firstYear, last: data.lastYear } as const;
