// Whom to turn to when a line is closed: its `whenClosed`, and that one's, up to the first line that is open
// day and night. One walk of that chain for the checker (every chain must end on such a line, and never go
// round) and for the page model (a page names the end of the chain, so "closed? call …" never points to a
// line that is closed too). Small on purpose: the page model is in every page's first JavaScript, and the
// rest of opening-hours.ts (time zones, holidays) is not needed until a page shows "open now".
interface HoursShape {
  open: readonly { days: readonly string[]; from: string; to: string }[];
  publicHolidays?: 'open' | 'closed';
}
// Its own list of days rather than weekly-hours.ts's: a bundle places a whole module in the page's first
// JavaScript when that needs any of it, and this module is there; weekly-hours.ts is not.
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface ContactShape {
  id: string;
  whenClosed?: string;
  hours?: HoursShape;
}

/** True when the hours say the line is open day and night, every day, holidays included. */
export function isAlwaysOpen(hours: HoursShape): boolean {
  if (hours.publicHolidays !== 'open') return false;
  return WEEK.every((day) => hours.open.some((r) => r.days.includes(day) && r.from === '00:00' && r.to === '24:00'));
}

/**
 * Where `contact`'s fallback chain ends: the first line in it open day and night, else the last one (a
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
