import { describe, expect, it } from 'vitest';
import { displayUrl, formatCalendarDate, sourceLabel } from './dates';
import { telHref } from './phone';

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

describe('formatCalendarDate', () => {
  it('writes a day, a month or a year in words', () => {
    expect(formatCalendarDate('2021-02-11', 'nl')).toBe('11 februari 2021');
    expect(formatCalendarDate('2021-02-11', 'en')).toBe('11 February 2021');
    expect(formatCalendarDate('2023-03', 'nl')).toBe('maart 2023');
    expect(formatCalendarDate('2023', 'en')).toBe('2023');
  });
  it('gives undefined for "undated"', () => {
    expect(formatCalendarDate('undated', 'nl')).toBeUndefined();
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
