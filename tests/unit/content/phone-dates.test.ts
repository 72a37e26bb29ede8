import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en/contact.json';
import nl from '../../../src/i18n/locales/nl/contact.json';
import { formatCalendarDate, formatDayMonth, parseCalendarDate, type Translate } from '../../../src/content/dates';
import { displayUrl, sourceLabel } from '../../../src/content/sources';
import { telHref } from '../../../src/content/phone';

describe('telHref', () => {
  it('turns Dutch numbers into +31 without the leading 0', () => {
    expect(telHref('088 20 80 080')).toBe('tel:+31882080080');
    expect(telHref('0900 8844')).toBe('tel:+319008844');
    expect(telHref('070-751 5050')).toBe('tel:+31707515050');
  });
  it('keeps short numbers as they are', () => {
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('144')).toBe('tel:144');
  });
  it('keeps international numbers', () => {
    expect(telHref('+31 70 751 5050')).toBe('tel:+31707515050');
    expect(telHref('0031 70 751 5050')).toBe('tel:+31707515050');
  });
});

/** The contact namespace's `t` for a language, from the real locale files. */
function contactT(lang: 'nl' | 'en'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    ns: ['contact'],
    resources: { nl: { contact: nl }, en: { contact: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(lang, 'contact');
}
const LOCALES = { nl: 'nl', en: 'en-GB' } as const;

describe('formatCalendarDate', () => {
  it('writes a day, a month or a year in words', () => {
    expect(formatCalendarDate('2021-02-11', contactT('nl'))).toBe('11 februari 2021');
    expect(formatCalendarDate('2021-02-11', contactT('en'))).toBe('11 February 2021');
    expect(formatCalendarDate('2023-03', contactT('nl'))).toBe('maart 2023');
    expect(formatCalendarDate('2023', contactT('en'))).toBe('2023');
    expect(formatDayMonth('2026-12-28', contactT('nl'))).toBe('28 december');
  });
  it('gives undefined for "undated" and for a month that does not exist', () => {
    expect(formatCalendarDate('undated', contactT('nl'))).toBeUndefined();
    expect(parseCalendarDate('2023-13')).toBeUndefined();
    expect(parseCalendarDate('2023-00-01')).toBeUndefined();
  });
  // The words come from the locale files (no Intl in the browser, see dates.ts); here they must agree with
  // what Intl (Node's full ICU) writes for Dutch and British English, for every month.
  it.each(Object.entries(LOCALES))('agrees with Intl for %s, every month', (lang, locale) => {
    const t = contactT(lang as 'nl' | 'en');
    const utc = { timeZone: 'UTC' } as const;
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const day = new Date(Date.UTC(2025, month - 1, 9));
      expect(formatCalendarDate(`2025-${mm}-09`, t)).toBe(
        new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'long', year: 'numeric' }).format(day),
      );
      expect(formatCalendarDate(`2025-${mm}`, t)).toBe(
        new Intl.DateTimeFormat(locale, { ...utc, month: 'long', year: 'numeric' }).format(day),
      );
      expect(formatDayMonth(`2025-${mm}-09`, t)).toBe(
        new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'long' }).format(day),
      );
    }
  });
});

describe('sourceLabel and displayUrl', () => {
  it('names a source by its site or seed file', () => {
    expect(sourceLabel('https://www.politie.nl/nieuws/x.html')).toEqual({ kind: 'url', label: 'politie.nl' });
    expect(sourceLabel('seed:000_de374f18f303f2dd.txt')).toEqual({ kind: 'seed', label: '000_de374f18f303f2dd.txt' });
    expect(sourceLabel('Rijksoverheid')).toEqual({ kind: 'text', label: 'Rijksoverheid' });
  });
  it('shortens a website address', () => {
    expect(displayUrl('https://www.landelijksteunpuntextremisme.nl/')).toBe('landelijksteunpuntextremisme.nl');
    expect(displayUrl('https://example.org/a/b')).toBe('example.org/a/b');
  });
});
