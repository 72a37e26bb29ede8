// The one rule for naming another line beside a contact (src/flow/fallback.ts): a line with published hours
// names the end of its chain (a line open day and night) outside them; a line without published hours names
// one only as the advised contact of an urgent page ("no answer?"), and never "instead" anywhere else.
import { describe, expect, it } from 'vitest';
import { fallbackFor, isAlwaysOpen } from '../../../src/flow/fallback';

const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const office = { open: [{ days: week.slice(0, 5), from: '09:00', to: '17:00' }], publicHolidays: 'closed' as const };
const always = { open: [{ days: week, from: '00:00', to: '24:00' }], publicHolidays: 'open' as const };
const contacts = {
  ssv: {
    id: 'ssv',
    hours: { ...office, open: [{ days: week.slice(0, 5), from: '09:00', to: '16:00' }] },
    whenClosed: 'lse',
  },
  lse: { id: 'lse', hours: office, whenClosed: 'politie' },
  politie: { id: 'politie', hours: always },
  ess: { id: 'ess', hoursNotPublished: 'kantoortijden', whenClosed: 'politie' },
  kis: { id: 'kis' },
};

describe('fallbackFor', () => {
  it('names the end of the chain outside published hours: after the SSV, not the LSE (closed too) but the police', () => {
    expect(fallbackFor(contacts.ssv, contacts, { urgentPrimary: false })).toEqual({
      contact: contacts.politie,
      kind: 'outsideHours',
    });
  });
  it('names nobody beside a line that is open day and night', () => {
    expect(isAlwaysOpen(always)).toBe(true);
    expect(fallbackFor(contacts.politie, contacts, { urgentPrimary: true })).toBeUndefined();
  });
  it('names nobody beside a line without published hours on a non-urgent page or in the directory', () => {
    expect(fallbackFor(contacts.ess, contacts, { urgentPrimary: false })).toBeUndefined();
  });
  it('names the 24/7 line for "no answer?" where such a line is the advised contact of an urgent page', () => {
    expect(fallbackFor(contacts.ess, contacts, { urgentPrimary: true })).toEqual({
      contact: contacts.politie,
      kind: 'noAnswer',
    });
  });
  it('names nobody for a contact without hours or a fallback', () => {
    expect(fallbackFor(contacts.kis, contacts, { urgentPrimary: true })).toBeUndefined();
  });
});
