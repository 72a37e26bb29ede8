// Weekly opening hours as data, and their grouping into lines ("maandag tot en met vrijdag: 09:00 tot 17:00").
// Imports only the list of days: the contact card, the "open now" code and the build-time flow library
// ({hours:x} in texts) all use it, and the flow library must not pull in the holiday data of opening-hours.ts.
import { WEEKDAYS, type Weekday } from './weekdays.ts';
export { WEEKDAYS, type Weekday };

/** What opening-hours functions need of a contact's `hours` (works for the YAML and the keyed flow). */
export interface HoursLike {
  open: readonly { days: readonly Weekday[]; from: string; to: string }[];
  publicHolidays?: 'closed' | 'open';
}

export function toMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Opening hours grouped for display: consecutive weekdays with the same ranges share one line. */
export interface HoursLine {
  /** First and last weekday of the run (the same day when it is one day). */
  firstDay: Weekday;
  lastDay: Weekday;
  ranges: { from: string; to: string }[];
}

export function groupHours(hours: HoursLike): HoursLine[] {
  const perDay = WEEKDAYS.map((day) =>
    hours.open
      .filter((r) => r.days.includes(day))
      .map((r) => ({ from: r.from, to: r.to }))
      .sort((a, b) => toMinutes(a.from) - toMinutes(b.from)),
  );
  const lines: HoursLine[] = [];
  let previousKey = '';
  WEEKDAYS.forEach((day, i) => {
    const ranges = perDay[i] ?? [];
    const key = JSON.stringify(ranges);
    const last = lines[lines.length - 1];
    if (ranges.length === 0) {
      previousKey = '';
      return;
    }
    if (last && key === previousKey) last.lastDay = day;
    else lines.push({ firstDay: day, lastDay: day, ranges });
    previousKey = key;
  });
  return lines;
}
