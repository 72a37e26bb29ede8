// The one rule for naming another line beside a contact (issue 23), used by result pages, the directory and
// the checker. A person is told about another line only where it helps them reach someone now:
//   - a line with published hours that is not open day and night: outside those hours, the end of its
//     `whenClosed` chain — the first line in it that is open day and night — so "closed? call …" never points
//     to a line that is closed too ("outsideHours");
//   - a line whose hours are not published (`hoursNotPublished`), only where it is the advised contact of an
//     urgent result: "no answer? call …", the end of its chain ("noAnswer"). Anywhere else such a line shows
//     what its sources say about its hours and no other organisation: a fallback is for "no answer now",
//     never "call someone else instead".
// Small and without imports beyond the week-day list on purpose: the page model is in the app's take-over
// code (loaded at the first intent on every page), which must not pull in the rest of opening-hours.ts (time
// zones, holidays) before a page shows "open now".
import { WEEKDAYS } from '../content/weekdays.ts';

interface HoursShape {
  open: readonly { days: readonly string[]; from: string; to: string }[];
  publicHolidays?: 'open' | 'closed';
}

interface ContactShape {
  id: string;
  whenClosed?: string;
  hours?: HoursShape;
  hoursNotPublished?: unknown;
}

/** True when the hours say the line is open day and night, every day, holidays included. */
export function isAlwaysOpen(hours: HoursShape): boolean {
  if (hours.publicHolidays !== 'open') return false;
  return WEEKDAYS.every((day) =>
    hours.open.some((r) => r.days.includes(day) && r.from === '00:00' && r.to === '24:00'),
  );
}

/**
 * Where `contact`'s `whenClosed` chain ends: the first line in it open day and night, else the last one (a
 * contact without `whenClosed`, or one that is not in `contacts`). `circular` when the chain comes back to a
 * contact it passed. Undefined `end` when the contact names no fallback.
 */
export function fallbackEnd<C extends ContactShape>(
  contact: C,
  contacts: Record<string, C>,
): { end?: C; circular: boolean } {
  const seen = new Set([contact.id]);
  let next = contact.whenClosed === undefined ? undefined : contacts[contact.whenClosed];
  while (next && !(next.hours && isAlwaysOpen(next.hours)) && next.whenClosed !== undefined && !seen.has(next.id)) {
    seen.add(next.id);
    next = contacts[next.whenClosed];
  }
  return { end: next, circular: next !== undefined && seen.has(next.id) };
}

/** Why a page names another line: outside the contact's published hours, or when it may not answer. */
export type FallbackKind = 'outsideHours' | 'noAnswer';

export interface Fallback<C> {
  contact: C;
  kind: FallbackKind;
}

/**
 * The line to name beside `contact`, and why; undefined where the rule above names none. `urgentPrimary`:
 * the contact is the advised contact of an urgent result.
 */
export function fallbackFor<C extends ContactShape>(
  contact: C,
  contacts: Record<string, C>,
  { urgentPrimary }: { urgentPrimary: boolean },
): Fallback<C> | undefined {
  if (contact.hours) {
    if (isAlwaysOpen(contact.hours)) return undefined;
    const { end } = fallbackEnd(contact, contacts);
    return end && { contact: end, kind: 'outsideHours' };
  }
  if (contact.hoursNotPublished !== undefined && urgentPrimary) {
    const { end } = fallbackEnd(contact, contacts);
    return end && { contact: end, kind: 'noAnswer' };
  }
  return undefined;
}
