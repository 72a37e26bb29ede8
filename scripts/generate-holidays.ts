// Writes src/content/holidays-nl.json: the Dutch public holidays for the coming years, as data, so the
// browser bundle does not need date-holidays. Run: npx tsx scripts/generate-holidays.ts
// A unit test (src/content/holidays.test.ts) fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIRST_YEAR, LAST_YEAR, generateHolidays, holidaysJson } from '../src/content/holidays-source';

const target = fileURLToPath(new URL('../src/content/holidays-nl.json', import.meta.url));
const data = generateHolidays(FIRST_YEAR, LAST_YEAR);
writeFileSync(target, holidaysJson(data));
console.log(`wrote ${data.holidays.length} holidays (${FIRST_YEAR}–${LAST_YEAR}) to ${target}`);
