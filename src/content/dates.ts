// Dates as the flow data writes them (2023-03-28, 2023-03, 2023 or "undated") in words for a language.
// These are calendar dates, not instants: no time zone can shift them.

import type { TFunction } from 'i18next';

/** i18next's `t` for the contact namespace, where the `calendar` words are. */
export type Translate = TFunction<'contact'>;

// Month names and the order of day, month and year come from the locale files (contact.json, `calendar`),
// not from Intl.DateTimeFormat: the browser's first Intl date format loads its locale data on the main
// thread (measured 13–27 ms in Chromium 150, a long task on a phone while the page is being taken over),
// and the server's ICU and the browser's may word a date differently, which would break hydration.
// A unit test checks the words against Intl for every month in both languages.

/** "2021-02-11" → { year, month, day }; "2023-03" → no day; "2023" → year only; anything else → undefined. */
export function parseCalendarDate(value: string): { year: string; month?: number; day?: number } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (!month) return { year: year! };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  return day ? { year: year!, month: monthNumber, day: Number(day) } : { year: year!, month: monthNumber };
}

/** "11 februari 2021", "maart 2023", "2023"; undefined for "undated" (the caller says "no date" in its own words). */
export function formatCalendarDate(value: string, t: Translate): string | undefined {
  const date = parseCalendarDate(value);
  if (!date) return undefined;
  if (date.month === undefined) return date.year;
  const month = t(`calendar.months.${date.month}`);
  return date.day === undefined
    ? t('calendar.monthYear', { month, year: date.year })
    : t('calendar.dayMonthYear', { day: date.day, month, year: date.year });
}

/** "2026-12-28" → "28 december" / "28 December". */
export function formatDayMonth(value: string, t: Translate): string {
  const date = parseCalendarDate(value);
  if (date?.day === undefined) throw new Error(`not a calendar day: ${value}`);
  return t('calendar.dayMonth', { day: date.day, month: t(`calendar.months.${date.month}`) });
}
