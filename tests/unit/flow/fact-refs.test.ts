// {hours:x} in a text becomes the contact's hours in words, grouped as on the contact card: a sentence must
// never claim more days than the data holds ("maandag, woensdag en vrijdag" is not "maandag tot en met vrijdag").
import { describe, expect, it } from 'vitest';
import { hoursInWords, hoursInWordsWritten } from '../../../src/flow/fact-refs';

const hours = (
  open: { days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]; from: string; to: string }[],
  publicHolidays: 'open' | 'closed' = 'closed',
) => ({ open, publicHolidays, source: 'https://example.org/', sourceDate: 'undated', checked: '2026-11-30' });

describe('hours in words', () => {
  it('a run of weekdays', () => {
    expect(hoursInWords(hours([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }]), 'nl')).toBe(
      'maandag tot en met vrijdag van 09:00 tot 17:00 uur',
    );
    expect(hoursInWords(hours([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }]), 'en')).toBe(
      'Monday to Friday from 09:00 to 17:00',
    );
  });

  it('days that are not consecutive are named one by one', () => {
    expect(hoursInWords(hours([{ days: ['mon', 'wed', 'fri'], from: '09:00', to: '12:00' }]), 'nl')).toBe(
      'maandag van 09:00 tot 12:00 uur, woensdag van 09:00 tot 12:00 uur, vrijdag van 09:00 tot 12:00 uur',
    );
  });

  it('day and night', () => {
    expect(
      hoursInWords(
        hours([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' }], 'open'),
        'nl',
      ),
    ).toBe('dag en nacht, 7 dagen per week');
  });
});

describe('opening hours in words (issue 24)', () => {
  it('finds hours written in words, in both languages', () => {
    expect(hoursInWordsWritten('De politie is dag en nacht bereikbaar.')).toEqual(['dag en nacht']);
    expect(hoursInWordsWritten('Buiten kantoortijd belt u de politie; op werkdagen het LSE.')).toEqual([
      'kantoortijd',
      'op werkdagen',
    ]);
    expect(hoursInWordsWritten('The team can be reached 24 hours a day, 24/7, during office hours.')).toEqual([
      '24 hours a day',
      '24/7',
      'office hours',
    ]);
  });
  it('accepts a reference to the hours, and ordinary words', () => {
    expect(hoursInWordsWritten('De politie is {hours:politie} bereikbaar.')).toEqual([]);
    expect(hoursInWordsWritten('Het LSE werkt met families en professionals.')).toEqual([]);
  });
});
