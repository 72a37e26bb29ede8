import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holidayCalendar } from '../../../src/content/holidays';
import {
  groupHours,
  isAlwaysOpen,
  localTime,
  localTimeIntl,
  localTimeTemporal,
  openingState,
  type HoursLike,
  type LocalTime,
} from '../../../src/content/opening-hours';

const office: HoursLike = {
  open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
  publicHolidays: 'closed',
};
const allWeek = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const always: HoursLike = { open: [{ days: [...allWeek], from: '00:00', to: '24:00' }], publicHolidays: 'open' };
const weekend: HoursLike = { open: [{ days: ['sat', 'sun'], from: '09:00', to: '17:00' }] };

/** An instant given in UTC, so the tests do not depend on the machine's time zone. */
const at = (iso: string) => new Date(iso);

// localTime uses the browser's Temporal where there is one and Intl elsewhere (Node has no Temporal; the
// tests give the Temporal branch a polyfill): both must give the same wall clock.
const temporalTime = (d: Date) => localTimeTemporal(d, Temporal);
describe.each([
  ['Intl', localTimeIntl],
  ['Temporal', temporalTime],
] as [string, (d: Date) => LocalTime][])('localTime (Europe/Amsterdam) with %s', (_name, localTimeOf) => {
  it('gives the Dutch wall clock in winter and summer', () => {
    expect(localTimeOf(at('2026-11-23T09:00:00Z'))).toEqual({ date: '2026-11-23', weekday: 'mon', minutes: 600 });
    expect(localTimeOf(at('2026-07-01T09:00:00Z'))).toEqual({ date: '2026-07-01', weekday: 'wed', minutes: 660 });
  });
  it('crosses midnight into the next local day', () => {
    expect(localTimeOf(at('2026-11-23T23:30:00Z'))).toMatchObject({ date: '2026-11-24', weekday: 'tue', minutes: 30 });
  });
  it('jumps from 01:59 to 03:00 when summer time starts, and back when it ends', () => {
    expect(localTimeOf(at('2026-03-29T00:59:00Z')).minutes).toBe(119);
    expect(localTimeOf(at('2026-03-29T01:00:00Z')).minutes).toBe(180);
    expect(localTimeOf(at('2026-10-25T00:59:00Z')).minutes).toBe(179);
    expect(localTimeOf(at('2026-10-25T01:00:00Z')).minutes).toBe(120);
  });
});

describe('localTime', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('gives the same wall clock with Temporal and with Intl at any instant from 2000 to 2040', () => {
    const instants = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2040-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (d) => {
        expect(temporalTime(d)).toEqual(localTimeIntl(d));
      }),
      { numRuns: 2000 },
    );
  });
  it("uses the platform's Temporal when there is one", () => {
    const fromEpochMilliseconds = vi.fn((ms: number) => Temporal.Instant.fromEpochMilliseconds(ms));
    vi.stubGlobal('Temporal', { Instant: { fromEpochMilliseconds } });
    expect(localTime(at('2026-11-23T09:00:00Z'))).toEqual({ date: '2026-11-23', weekday: 'mon', minutes: 600 });
    expect(fromEpochMilliseconds).toHaveBeenCalledOnce();
  });
});

describe('openingState', () => {
  it('is open on a weekday in the daytime, closing at 17:00', () => {
    expect(openingState(office, at('2026-11-23T09:00:00Z'))).toEqual({ open: true, reason: 'open', closesAt: '17:00' });
  });

  it('is closed at exactly the closing time and open at exactly the opening time', () => {
    expect(openingState(office, at('2026-11-23T16:00:00Z')).open).toBe(false); // 17:00
    expect(openingState(office, at('2026-11-23T08:00:00Z')).open).toBe(true); // 09:00
  });

  it('is closed early in the morning and opens today at 09:00', () => {
    expect(openingState(office, at('2026-11-23T06:00:00Z'))).toEqual({
      open: false,
      reason: 'closed-hours',
      opensNext: { date: '2026-11-23', weekday: 'mon', time: '09:00', when: 'today' },
    });
  });

  it('is closed on a weekday evening and opens tomorrow at 09:00', () => {
    expect(openingState(office, at('2026-11-23T18:00:00Z'))).toEqual({
      open: false,
      reason: 'closed-hours',
      opensNext: { date: '2026-11-24', weekday: 'tue', time: '09:00', when: 'tomorrow' },
    });
  });

  it('on Friday evening opens again on Monday', () => {
    expect(openingState(office, at('2026-11-27T17:00:00Z')).opensNext).toEqual({
      date: '2026-11-30',
      weekday: 'mon',
      time: '09:00',
      when: 'later',
    });
  });

  it('is closed at the weekend', () => {
    const state = openingState(office, at('2026-11-28T11:00:00Z'));
    expect(state).toMatchObject({ open: false, reason: 'closed-hours' });
    expect(state.opensNext).toMatchObject({ date: '2026-11-30', weekday: 'mon' });
    // Sunday evening: Monday is tomorrow.
    expect(openingState(office, at('2026-11-29T20:00:00Z')).opensNext?.when).toBe('tomorrow');
  });

  it('is closed on Koningsdag 2027 (a Tuesday) and opens the next working day', () => {
    expect(openingState(office, at('2027-04-27T08:00:00Z'))).toEqual({
      open: false,
      reason: 'closed-holiday',
      opensNext: { date: '2027-04-28', weekday: 'wed', time: '09:00', when: 'tomorrow' },
    });
  });

  it('is closed at Christmas and opens after the weekend', () => {
    // Friday 25 December 2026, Boxing Day on Saturday.
    expect(openingState(office, at('2026-12-25T09:00:00Z'))).toMatchObject({
      open: false,
      reason: 'closed-holiday',
      opensNext: { date: '2026-12-28', weekday: 'mon', time: '09:00' },
    });
    // Christmas Eve evening.
    expect(openingState(office, at('2026-12-24T17:30:00Z')).opensNext?.date).toBe('2026-12-28');
  });

  it('says closed-hours, not closed-holiday, on a holiday the line is closed anyway (Easter Sunday)', () => {
    expect(openingState(office, at('2027-03-28T10:00:00Z'))).toMatchObject({
      reason: 'closed-hours',
      opensNext: { date: '2027-03-30', weekday: 'tue' },
    });
  });

  it('stays open on holidays with publicHolidays: open', () => {
    expect(openingState({ ...office, publicHolidays: 'open' }, at('2027-04-27T08:00:00Z')).open).toBe(true);
  });

  it('keeps a 24/7 line open at 03:00 on a holiday, with no closing time', () => {
    expect(openingState(always, at('2026-12-25T02:00:00Z'))).toEqual({ open: true, reason: 'open' });
    expect(openingState(always, at('2027-04-27T01:00:00Z'))).toEqual({ open: true, reason: 'open' });
    expect(isAlwaysOpen(always)).toBe(true);
    expect(isAlwaysOpen(office)).toBe(false);
  });

  it('closes a round-the-clock line that closes on holidays at midnight before the holiday', () => {
    const closesOnHolidays: HoursLike = { ...always, publicHolidays: 'closed' };
    expect(openingState(closesOnHolidays, at('2026-12-24T22:00:00Z'))).toEqual({
      open: true,
      reason: 'open',
      closesAt: '24:00',
    });
    expect(openingState(closesOnHolidays, at('2026-12-25T02:00:00Z'))).toMatchObject({
      open: false,
      reason: 'closed-holiday',
      opensNext: { date: '2026-12-27', time: '00:00' },
    });
    expect(isAlwaysOpen(closesOnHolidays)).toBe(false);
  });

  it('treats 24:00 as the end of the day', () => {
    const lateLine: HoursLike = { open: [{ days: ['mon'], from: '18:00', to: '24:00' }] };
    expect(openingState(lateLine, at('2026-11-23T22:59:00Z'))).toEqual({
      open: true,
      reason: 'open',
      closesAt: '24:00',
    });
    expect(openingState(lateLine, at('2026-11-23T23:00:00Z')).open).toBe(false);
  });

  it('handles a lunch break', () => {
    const split: HoursLike = {
      open: [
        { days: ['mon'], from: '09:00', to: '12:00' },
        { days: ['mon'], from: '13:00', to: '17:00' },
      ],
    };
    expect(openingState(split, at('2026-11-23T10:00:00Z')).closesAt).toBe('12:00');
    expect(openingState(split, at('2026-11-23T11:30:00Z')).opensNext).toMatchObject({ time: '13:00', when: 'today' });
  });

  it('handles a range past midnight', () => {
    const night: HoursLike = { open: [{ days: ['fri'], from: '20:00', to: '02:00' }] };
    expect(openingState(night, at('2026-11-27T20:00:00Z'))).toEqual({ open: true, reason: 'open', closesAt: '02:00' });
    // Saturday 01:00 local: still Friday night's range.
    expect(openingState(night, at('2026-11-28T00:00:00Z'))).toEqual({ open: true, reason: 'open', closesAt: '02:00' });
    expect(openingState(night, at('2026-11-28T01:30:00Z')).open).toBe(false);
  });

  describe('around the change to summer time (Sunday 29 March 2026)', () => {
    it('Friday evening before: opens Monday 09:00', () => {
      expect(openingState(office, at('2026-03-27T17:00:00Z')).opensNext).toMatchObject({
        date: '2026-03-30',
        time: '09:00',
      });
    });
    it('Sunday 08:30 local (06:30 UTC) closed, 09:30 local (07:30 UTC) open', () => {
      expect(openingState(weekend, at('2026-03-29T06:30:00Z'))).toMatchObject({
        open: false,
        opensNext: { time: '09:00', when: 'today' },
      });
      expect(openingState(weekend, at('2026-03-29T07:30:00Z')).open).toBe(true);
    });
    it('Monday 08:30 local closed, 09:30 local open', () => {
      expect(openingState(office, at('2026-03-30T06:30:00Z'))).toMatchObject({
        open: false,
        opensNext: { date: '2026-03-30' },
      });
      expect(openingState(office, at('2026-03-30T07:30:00Z')).open).toBe(true);
    });
    it('keeps a 24/7 line open through the missing hour', () => {
      expect(openingState(always, at('2026-03-29T01:00:00Z')).open).toBe(true);
    });
  });

  describe('around the change to winter time (Sunday 25 October 2026)', () => {
    it('Sunday 08:30 local (07:30 UTC) closed, 09:30 local (08:30 UTC) open', () => {
      expect(openingState(weekend, at('2026-10-25T07:30:00Z')).open).toBe(false);
      expect(openingState(weekend, at('2026-10-25T08:30:00Z')).open).toBe(true);
    });
    it('Monday 08:30 local closed, 09:30 local open', () => {
      expect(openingState(office, at('2026-10-26T07:30:00Z')).open).toBe(false);
      expect(openingState(office, at('2026-10-26T08:30:00Z')).open).toBe(true);
    });
    it('keeps a 24/7 line open through the repeated hour', () => {
      expect(openingState(always, at('2026-10-25T00:30:00Z')).open).toBe(true);
      expect(openingState(always, at('2026-10-25T01:30:00Z')).open).toBe(true);
    });
  });

  it('accepts its own holiday calendar', () => {
    const calendar = holidayCalendar([{ date: '2026-11-23', name: { nl: 'Testdag', en: 'Test day' } }]);
    expect(openingState(office, at('2026-11-23T09:00:00Z'), calendar).reason).toBe('closed-holiday');
  });
});

describe('groupHours', () => {
  it('groups consecutive weekdays with the same hours', () => {
    expect(groupHours(office)).toEqual([{ firstDay: 'mon', lastDay: 'fri', ranges: [{ from: '09:00', to: '17:00' }] }]);
  });
  it('splits days with other hours, and keeps ranges in order', () => {
    const hours: HoursLike = {
      open: [
        { days: ['mon', 'tue', 'wed', 'thu'], from: '13:00', to: '17:00' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
        { days: ['sat'], from: '10:00', to: '14:00' },
      ],
    };
    expect(groupHours(hours)).toEqual([
      {
        firstDay: 'mon',
        lastDay: 'thu',
        ranges: [
          { from: '09:00', to: '12:00' },
          { from: '13:00', to: '17:00' },
        ],
      },
      { firstDay: 'fri', lastDay: 'fri', ranges: [{ from: '09:00', to: '12:00' }] },
      { firstDay: 'sat', lastDay: 'sat', ranges: [{ from: '10:00', to: '14:00' }] },
    ]);
  });
  it('does not join days across a closed day', () => {
    const hours: HoursLike = { open: [{ days: ['mon', 'wed'], from: '09:00', to: '17:00' }] };
    expect(groupHours(hours).map((l) => [l.firstDay, l.lastDay])).toEqual([
      ['mon', 'mon'],
      ['wed', 'wed'],
    ]);
  });
});
