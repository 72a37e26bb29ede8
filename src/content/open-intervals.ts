// Build time: the data behind the early "open now" (src/ui/OpenNow/early.ts). For each line a page shows, the
// instants it opens and closes over the coming months, so the page's script needs no time zone rules and no
// holidays: the intervals are openingState's own (openIntervals per local date, holidays as opening-hours.ts
// treats them), joined across midnight and turned into UTC instants here, at build time, with the Temporal
// polyfill (a dev dependency: none of it reaches the browser).
import type { EarlyOpenNowData, OpenSpan } from '../ui/OpenNow/early';
import { DUTCH_HOLIDAYS, type HolidayCalendar } from './holidays';
import { Temporal } from 'temporal-polyfill';
import { addDays, HORIZON_DAYS, localTime, openIntervals, TIME_ZONE, toTime, type HoursLike } from './opening-hours';

/** How far ahead a page knows: about four months from its build. Later, the page shows no early status. */
export const OPEN_NOW_DAYS = 120;

const MINUTE = 60_000;
const DAY_MS = 1440 * MINUTE;

/**
 * The instant of a wall-clock time in the Netherlands; `minutes` may be 1440 (the next midnight). Temporal's
 * time-zone rules, with its default ("compatible") reading of the clock changes: a time in the hour that does
 * not exist in spring lands an hour later, a time that occurs twice in autumn is the first of the two (opening
 * hours here never fall between 02:00 and 03:00).
 */
export function instantOf(date: string, minutes: number): number {
  return Temporal.PlainDate.from(date).toPlainDateTime().add({ minutes }).toZonedDateTime(TIME_ZONE).epochMilliseconds;
}

/** The closing time as openingState words it: "17:00", or "24:00" for midnight. */
function closingTime(instant: number): string {
  const { minutes } = localTime(new Date(instant));
  return toTime(minutes === 0 ? 1440 : minutes);
}

/** The instants covered: from local midnight of the day `now` falls on, for `days` days. */
export function coverage(now: Date, days = OPEN_NOW_DAYS): { from: number; to: number; firstDate: string } {
  const firstDate = localTime(now).date;
  return { from: instantOf(firstDate, 0), to: instantOf(addDays(firstDate, days), 0), firstDate };
}

/**
 * The spans a line is open within the coverage, in order, joined across midnight. A span's closing time is
 * left out where openingState gives none (it stays open for HORIZON_DAYS or more) and where the data ends
 * before it is known whether the span closes.
 */
export function openSpans(
  hours: HoursLike,
  now: Date,
  days = OPEN_NOW_DAYS,
  holidays: HolidayCalendar = DUTCH_HOLIDAYS,
): OpenSpan[] {
  const { to: end, firstDate } = coverage(now, days);
  const spans: OpenSpan[] = [];
  // One day past the coverage: it tells whether a span open at the end closes then or runs on.
  for (let i = 0; i <= days; i++) {
    const date = addDays(firstDate, i);
    for (const [start, stop] of openIntervals(hours, date, holidays)) {
      const from = instantOf(date, start);
      const to = instantOf(date, stop);
      const last = spans[spans.length - 1];
      if (last && last[1] === from) last[1] = to;
      else if (i < days) spans.push([from, to]);
    }
  }
  const beyond = instantOf(addDays(firstDate, days + 1), 0);
  return spans.map(([from, to]) => {
    const known = to < beyond && to - from < HORIZON_DAYS * DAY_MS;
    const span: OpenSpan = [from, Math.min(to, end)];
    if (known) span.push(closingTime(to));
    return span;
  });
}

/** The data block of one page: the coverage, the wordings, and the spans of each line it shows. */
export function earlyOpenNowData(
  lines: Record<string, HoursLike>,
  texts: EarlyOpenNowData['texts'],
  now: Date,
  days = OPEN_NOW_DAYS,
  holidays: HolidayCalendar = DUTCH_HOLIDAYS,
): EarlyOpenNowData {
  const { from, to } = coverage(now, days);
  return {
    from,
    to,
    texts,
    lines: Object.fromEntries(Object.entries(lines).map(([id, hours]) => [id, openSpans(hours, now, days, holidays)])),
  };
}
