// "Open now": opening hours are data (weekday ranges in Europe/Amsterdam, closed on Dutch public holidays
// unless `publicHolidays: open`). Pure functions, no React; the clock is always passed in.
import { DUTCH_HOLIDAYS, type HolidayCalendar } from './holidays';
export { isAlwaysOpen } from '../flow/fallback';
import { groupHours, toMinutes, WEEKDAYS, type HoursLike, type HoursLine, type Weekday } from './weekly-hours';
import { weekdayOf } from './weekdays';
export { groupHours, toMinutes, WEEKDAYS, type HoursLike, type HoursLine, type Weekday };

export const TIME_ZONE = 'Europe/Amsterdam';

export interface OpeningState {
  open: boolean;
  reason: 'open' | 'closed-hours' | 'closed-holiday';
  /** When open: the local time it closes (HH:MM, "24:00" for midnight); absent when it never closes. */
  closesAt?: string;
  /** When closed: the next opening, in local time. */
  opensNext?: { date: string; weekday: Weekday; time: string; when: 'today' | 'tomorrow' | 'later' };
}

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

const DAY = 1440;
/** The part of the platform's Temporal API used here (typed by hand: TypeScript's libraries lack it). */
export interface TemporalLike {
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(timeZone: string): {
        year: number;
        month: number;
        day: number;
        hour: number;
        minute: number;
        dayOfWeek: number;
      };
    };
  };
}

/** The wall-clock date, weekday and time in the Netherlands at an instant (correct across DST). */
export function localTime(now: Date): LocalTime {
  // Temporal where the browser has it: the time zone costs well under a millisecond, where the first
  // Intl.DateTimeFormat loads locale data on the main thread (13–27 ms in Chromium 150). Node and older
  // browsers use Intl; a unit test checks both agree, across daylight-saving changes.
  const temporal = (globalThis as { Temporal?: TemporalLike }).Temporal;
  return temporal ? localTimeTemporal(now, temporal) : localTimeIntl(now);
}

export function localTimeTemporal(now: Date, temporal: TemporalLike): LocalTime {
  const z = temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${String(z.year).padStart(4, '0')}-${pad(z.month)}-${pad(z.day)}`,
    weekday: WEEKDAYS[z.dayOfWeek - 1]!, // Temporal: 1 = Monday … 7 = Sunday
    minutes: z.hour * 60 + z.minute,
  };
}

let formatter: Intl.DateTimeFormat | undefined;
export function localTimeIntl(now: Date): LocalTime {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const p of formatter.formatToParts(now)) parts[p.type] = p.value;
  // Intl's short English day names ("Mon") are the data's names capitalised.
  const weekday = WEEKDAYS.find((d) => d === parts.weekday?.toLowerCase());
  if (!weekday) throw new Error(`unexpected weekday ${parts.weekday}`);
  const hour = Number(parts.hour) % 24;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: hour * 60 + Number(parts.minute) };
}

/** 540 → "09:00"; 1440 → "24:00" (the reverse of toMinutes). */
export function toTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A calendar date plus n days (pure date arithmetic, no time zone). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export type Interval = [start: number, end: number];

/**
 * The intervals (minutes since midnight, end exclusive) the line is open on one local date, merged and sorted.
 * A range whose `to` is not after its `from` (like 22:00–02:00) runs past midnight into the next day.
 * Exported for open-intervals.ts, which writes the same intervals into each page for the early status.
 */
export function openIntervals(hours: HoursLike, date: string, holidays: HolidayCalendar): Interval[] {
  if (hours.publicHolidays !== 'open' && holidays.has(date)) return [];
  const today = weekdayOf(date);
  const yesterday = weekdayOf(addDays(date, -1));
  const raw: Interval[] = [];
  for (const range of hours.open) {
    const from = toMinutes(range.from);
    const to = toMinutes(range.to);
    const overnight = to <= from && to !== DAY;
    if (range.days.includes(today)) raw.push([from, overnight ? DAY : to]);
    // The part after midnight of yesterday's overnight range (on a holiday the line is closed anyway).
    if (overnight && to > 0 && range.days.includes(yesterday)) raw.push([0, to]);
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [s, e] of raw) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else if (e > s) merged.push([s, e]);
  }
  return merged;
}

/** How far ahead to look for the next opening or closing (a holiday stretch plus a weekend fits easily). */
export const HORIZON_DAYS = 14;
const NO_HOLIDAYS: HolidayCalendar = new Map();

export function openingState(hours: HoursLike, now: Date, holidays: HolidayCalendar = DUTCH_HOLIDAYS): OpeningState {
  const local = localTime(now);
  const todays = openIntervals(hours, local.date, holidays);
  const current = todays.find(([s, e]) => s <= local.minutes && local.minutes < e);

  if (current) {
    // Follow the opening across midnight while the next day continues it.
    let end = current[1];
    let date = local.date;
    for (let i = 0; end === DAY; i++) {
      if (i === HORIZON_DAYS) return { open: true, reason: 'open' }; // never closes
      date = addDays(date, 1);
      const first = openIntervals(hours, date, holidays)[0];
      if (!first || first[0] !== 0) break;
      end = first[1];
    }
    return { open: true, reason: 'open', closesAt: toTime(end) };
  }

  // 'closed-holiday' only when the holiday is why: on a normal day the line would be open today.
  const holidayClosed =
    hours.publicHolidays !== 'open' &&
    holidays.has(local.date) &&
    openIntervals(hours, local.date, NO_HOLIDAYS).length > 0;
  const reason = holidayClosed ? 'closed-holiday' : 'closed-hours';
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    const date = addDays(local.date, i);
    const next = openIntervals(hours, date, holidays).find(([s]) => i > 0 || s > local.minutes);
    if (next) {
      const when = i === 0 ? 'today' : i === 1 ? 'tomorrow' : 'later';
      return { open: false, reason, opensNext: { date, weekday: weekdayOf(date), time: toTime(next[0]), when } };
    }
  }
  return { open: false, reason };
}
