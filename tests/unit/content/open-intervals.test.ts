// The data behind the early "open now" (src/content/open-intervals.ts): open spans as UTC instants, which the
// page's script compares with the clock. They must say what openingState says, at every moment they cover.
import { describe, expect, it } from 'vitest';
import { DUTCH_HOLIDAYS } from '../../../src/content/holidays';
import { coverage, earlyOpenNowData, instantOf, OPEN_NOW_DAYS, openSpans } from '../../../src/content/open-intervals';
import { openingState, type HoursLike } from '../../../src/content/opening-hours';
import { checkFlow } from '../../../src/flow/validate';
import { readFlowDir } from '../../../src/flow/read-dir';

const allWeek = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const office: HoursLike = {
  open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
  publicHolidays: 'closed',
};
const sundays: HoursLike = { open: [{ days: ['sun'], from: '09:00', to: '17:00' }], publicHolidays: 'open' };
const lunchBreak: HoursLike = {
  open: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '13:00', to: '17:00' },
  ],
};
const nights: HoursLike = { open: [{ days: ['sat'], from: '22:00', to: '04:00' }], publicHolidays: 'open' };
const always: HoursLike = { open: [{ days: [...allWeek], from: '00:00', to: '24:00' }], publicHolidays: 'open' };
const alwaysButHolidays: HoursLike = {
  open: [{ days: [...allWeek], from: '00:00', to: '24:00' }],
  publicHolidays: 'closed',
};

const iso = (ms: number) => new Date(ms).toISOString();
const isoSpans = (hours: HoursLike, now: string, days?: number) =>
  openSpans(hours, new Date(now), days).map(([f, t, c]) => [iso(f), iso(t), c]);

describe('instantOf', () => {
  it('turns Dutch wall-clock times into UTC in winter and summer time, and 24:00 into the next midnight', () => {
    expect(iso(instantOf('2026-11-30', 9 * 60))).toBe('2026-11-30T08:00:00.000Z');
    expect(iso(instantOf('2026-07-03', 17 * 60))).toBe('2026-07-03T15:00:00.000Z');
    expect(iso(instantOf('2026-11-30', 1440))).toBe('2026-11-30T23:00:00.000Z');
  });
  it('gets the days daylight saving changes right', () => {
    // Sunday 29 March 2026: midnight is still winter time, 09:00 already summer time.
    expect(iso(instantOf('2026-03-29', 0))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(instantOf('2026-03-29', 9 * 60))).toBe('2026-03-29T07:00:00.000Z');
    // Sunday 25 October 2026: midnight is still summer time, 09:00 winter time again.
    expect(iso(instantOf('2026-10-25', 0))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(instantOf('2026-10-25', 9 * 60))).toBe('2026-10-25T08:00:00.000Z');
  });
});

describe('openSpans', () => {
  it('covers local midnight of the build day to local midnight OPEN_NOW_DAYS later', () => {
    const c = coverage(new Date('2026-11-30T13:00:00Z'));
    expect(iso(c.from)).toBe('2026-11-29T23:00:00.000Z');
    // 120 days later is 30 March 2027, after the change to summer time.
    expect(OPEN_NOW_DAYS).toBe(120);
    expect(iso(c.to)).toBe('2027-03-29T22:00:00.000Z');
  });

  it('gives an office line its weekday hours with the closing time, none at the weekend', () => {
    expect(isoSpans(office, '2026-11-30T13:00:00Z', 7)).toEqual([
      ['2026-11-30T08:00:00.000Z', '2026-11-30T16:00:00.000Z', '17:00'],
      ['2026-12-01T08:00:00.000Z', '2026-12-01T16:00:00.000Z', '17:00'],
      ['2026-12-02T08:00:00.000Z', '2026-12-02T16:00:00.000Z', '17:00'],
      ['2026-12-03T08:00:00.000Z', '2026-12-03T16:00:00.000Z', '17:00'],
      ['2026-12-04T08:00:00.000Z', '2026-12-04T16:00:00.000Z', '17:00'],
    ]);
  });

  it('follows the clock change on the days it happens (both Sundays)', () => {
    const spring = isoSpans(sundays, '2026-03-28T12:00:00Z', 2);
    expect(spring).toEqual([['2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z', '17:00']]);
    const autumn = isoSpans(sundays, '2026-10-24T12:00:00Z', 2);
    expect(autumn).toEqual([['2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z', '17:00']]);
  });

  it('leaves out public holidays for a line closed on them (Christmas 2026, Koningsdag 2027 on a Tuesday)', () => {
    const days = openSpans(office, new Date('2026-11-30T13:00:00Z')).map(([from]) =>
      new Date(from).toISOString().slice(0, 10),
    );
    expect(days).toContain('2026-12-24');
    expect(days).not.toContain('2026-12-25');
    expect(days).toContain('2026-12-28');
    expect(
      openSpans(office, new Date('2027-04-20T12:00:00Z'), 14).map(([from]) => iso(from).slice(0, 10)),
    ).not.toContain('2027-04-27');
  });

  it('keeps two openings on one day apart, each with its own closing time', () => {
    expect(isoSpans(lunchBreak, '2026-11-30T13:00:00Z', 1)).toEqual([
      ['2026-11-30T08:00:00.000Z', '2026-11-30T11:00:00.000Z', '12:00'],
      ['2026-11-30T12:00:00.000Z', '2026-11-30T16:00:00.000Z', '17:00'],
    ]);
  });

  it('joins a range past midnight into one span that closes the next morning', () => {
    expect(isoSpans(nights, '2026-11-27T12:00:00Z', 7)).toEqual([
      ['2026-11-28T21:00:00.000Z', '2026-11-29T03:00:00.000Z', '04:00'],
    ]);
  });

  it('gives a 24/7 line one span over the whole data, with no closing time (openingState gives none either)', () => {
    const now = new Date('2026-11-30T13:00:00Z');
    const c = coverage(now);
    expect(openSpans(always, now)).toEqual([[c.from, c.to]]);
  });

  it('closes a round-the-clock line at midnight before a holiday it is closed on', () => {
    const spans = isoSpans(alwaysButHolidays, '2026-12-20T12:00:00Z', 10);
    expect(spans[0]).toEqual(['2026-12-19T23:00:00.000Z', '2026-12-24T23:00:00.000Z', '24:00']);
    expect(spans[1]?.[0]).toBe('2026-12-26T23:00:00.000Z');
  });

  it('ends at the horizon: no span after it, and none with a closing time it cannot know', () => {
    const now = new Date('2026-11-30T13:00:00Z');
    const c = coverage(now, 10);
    const spans = openSpans(alwaysButHolidays, now, 10);
    expect(Math.max(...spans.map(([, to]) => to))).toBe(c.to);
    // The last span runs on into the day after the data (no holiday then): its closing time is not known.
    expect(spans.at(-1)).toEqual([spans.at(-1)![0], c.to]);
    // An office line closes before the end of the data: every span knows its closing time.
    expect(openSpans(office, now, 10).every((s) => s.length === 3 && s[1] <= c.to)).toBe(true);
  });
});

describe('the spans of every line in flows/contacts.yaml', () => {
  const flow = checkFlow(readFlowDir('flows')).flow!;
  const distinct = new Map<string, HoursLike>();
  for (const c of Object.values(flow.contacts))
    if (c.hours) distinct.set(JSON.stringify([c.hours.open, c.hours.publicHolidays]), c.hours);

  // Built on the last Friday before the clock goes back, so the data crosses both daylight-saving changes.
  const built = new Date('2026-10-23T10:00:00Z');
  it.each([...distinct.values()].map((h) => [JSON.stringify(h.open), h]))(
    'say what openingState says every 20 minutes: %s',
    (_name, hours) => {
      const { from, to } = coverage(built);
      const spans = openSpans(hours, built);
      const wrong: string[] = [];
      for (let t = from; t < to; t += 20 * 60_000) {
        const state = openingState(hours, new Date(t), DUTCH_HOLIDAYS);
        const span = spans.find(([f, e]) => f <= t && t < e);
        if (Boolean(span) !== state.open || (span?.[2] !== undefined && span[2] !== state.closesAt)) {
          wrong.push(`${iso(t)}: span ${JSON.stringify(span)}, openingState ${JSON.stringify(state)}`);
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
    },
  );

  it("are written per contact, with the page's wordings", () => {
    const texts = { open: 'Nu open.', until: 'Nu open, tot {time} uur.', closed: 'Nu gesloten.' };
    const data = earlyOpenNowData({ lse: office }, texts, built);
    expect(data.texts).toBe(texts);
    expect(Object.keys(data.lines)).toEqual(['lse']);
    expect(data.from).toBe(coverage(built).from);
  });
});
