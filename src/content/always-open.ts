// Whether a line is open day and night. Its own small module because the page model needs it to name a
// fallback (src/app/page-model.ts is in every page's first JavaScript) and the rest of opening-hours.ts —
// time zones, holidays — is not needed until a page shows "open now".
interface HoursShape {
  open: readonly { days: readonly string[]; from: string; to: string }[];
  publicHolidays?: 'open' | 'closed';
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** True when the hours say the line is open day and night, every day, holidays included. */
export function isAlwaysOpen(hours: HoursShape): boolean {
  if (hours.publicHolidays !== 'open') return false;
  return WEEK.every((day) => hours.open.some((r) => r.days.includes(day) && r.from === '00:00' && r.to === '24:00'));
}
