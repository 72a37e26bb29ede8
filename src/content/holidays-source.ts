// Build-time only (Node): turns date-holidays' Dutch calendar into the small data file the browser uses,
// src/content/holidays-nl.json. Never import this from browser code: date-holidays drags in large
// time-zone and astronomy code. Used by scripts/generate-holidays.ts and by the test that checks the
// committed JSON is up to date.
//
// Which days count: only what date-holidays marks type 'public' for NL. For the Netherlands that is
// Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag (26 April when the 27th is a Sunday), Hemelvaartsdag,
// Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Deliberately NOT included, because date-holidays
// does not mark them 'public' and most government offices and helplines stay open:
//  - Goede Vrijdag (type 'school'): not a general day off;
//  - Bevrijdingsdag, 5 May (type 'school'): a national holiday, but a day off for many employers only once
//    every five years (2025, 2030, 2035) and not for all of them; an office that closes on it can say so in
//    its `hours.note`;
//  - Oudejaarsdag (type 'bank') and observances such as Dodenherdenking and Prinsjesdag.
import Holidays from 'date-holidays';

export interface HolidayData {
  country: 'NL';
  /** Which date-holidays types are kept. */
  types: string[];
  firstYear: number;
  lastYear: number;
  holidays: { date: string; name: { nl: string; en: string } }[];
}

export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2035;
const TYPES = ['public'];

export function generateHolidays(firstYear = FIRST_YEAR, lastYear = LAST_YEAR): HolidayData {
  const hd = new Holidays('NL');
  const holidays: HolidayData['holidays'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const nl = hd.getHolidays(year, 'nl').filter((h) => TYPES.includes(h.type));
    const en = hd.getHolidays(year, 'en').filter((h) => TYPES.includes(h.type));
    for (const h of nl) {
      const date = h.date.slice(0, 10);
      const english = en.find((e) => e.date === h.date && e.rule === h.rule);
      holidays.push({ date, name: { nl: h.name, en: english?.name ?? h.name } });
    }
  }
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  return { country: 'NL', types: TYPES, firstYear, lastYear, holidays };
}

/** The file as written to disk: stable JSON, one holiday a line, ending in a newline. */
export function holidaysJson(data: HolidayData = generateHolidays()): string {
  const { holidays, ...head } = data;
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const items = holidays.map((h, i) => `    ${JSON.stringify(h)}${i < holidays.length - 1 ? ',' : ''}`);
  return ['{', ...lines, '  "holidays": [', ...items, '  ]', '}', ''].join('\n');
}
