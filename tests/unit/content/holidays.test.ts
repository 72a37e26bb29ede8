import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DUTCH_HOLIDAYS, HOLIDAY_YEARS } from '../../../src/content/holidays';

const holidayOn = (date: string) => DUTCH_HOLIDAYS.get(date);
import { generateHolidays, holidaysJson } from '../../../src/content/holidays-source';

const committedPath = fileURLToPath(new URL('../../../src/content/holidays-nl.json', import.meta.url));

describe('Dutch public holidays', () => {
  it('the committed holidays-nl.json matches what date-holidays gives today (run: npx tsx scripts/generate-holidays.ts)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(holidaysJson(generateHolidays()));
  });

  it('covers the coming years', () => {
    expect(HOLIDAY_YEARS.first).toBeLessThanOrEqual(2026);
    expect(HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2035);
  });

  it('still covers at least two more years (else raise LAST_YEAR in holidays-source.ts and regenerate)', () => {
    expect(HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(new Date().getFullYear() + 2);
  });

  it('keeps date-holidays out of the browser code', () => {
    const browserFiles = [
      '../../../src/content/holidays.ts',
      '../../../src/content/opening-hours.ts',
      '../../../src/content/dates.ts',
      '../../../src/content/phone.ts',
      '../../../src/ui/OpenNow/OpenNow.tsx',
      '../../../src/ui/ContactCard/ContactCard.tsx',
    ];
    for (const file of browserFiles) {
      const text = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
      expect(text, file).not.toMatch(/from ['"](date-holidays|\.\/holidays-source)['"]/);
    }
  });

  it('lists the days offices close in 2027', () => {
    const dates = [...DUTCH_HOLIDAYS.keys()].filter((d) => d.startsWith('2027-'));
    expect(dates).toEqual([
      '2027-01-01', // Nieuwjaarsdag
      '2027-03-28', // Eerste Paasdag
      '2027-03-29', // Tweede Paasdag
      '2027-04-27', // Koningsdag
      '2027-05-06', // Hemelvaartsdag
      '2027-05-16', // Eerste Pinksterdag
      '2027-05-17', // Tweede Pinksterdag
      '2027-12-25', // Eerste Kerstdag
      '2027-12-26', // Tweede Kerstdag
    ]);
    expect(holidayOn('2027-04-27')?.name).toEqual({ nl: 'Koningsdag', en: "King's Day" });
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(holidayOn('2025-04-26')?.name.nl).toBe('Koningsdag');
    expect(holidayOn('2025-04-27')).toBeUndefined();
  });

  it('leaves out Goede Vrijdag and Bevrijdingsdag (not marked public by date-holidays), also in lustrum years', () => {
    expect(holidayOn('2027-03-26')).toBeUndefined();
    expect(holidayOn('2027-05-05')).toBeUndefined();
    expect(holidayOn('2030-05-05')).toBeUndefined();
  });

  it('has a Dutch and an English name for every holiday', () => {
    for (const h of DUTCH_HOLIDAYS.values()) {
      expect(h.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(h.name.nl.length).toBeGreaterThan(0);
      expect(h.name.en.length).toBeGreaterThan(0);
    }
  });
});
