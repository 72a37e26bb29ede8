// The alarm words against the hand-written alarm cases (tests/search-alarm-cases.csv): every danger and
// time-pressure case raises its alarm, and no ordinary sentence raises one.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFlowDir } from '../../../src/flow/read-dir';
import { checkFlow } from '../../../src/flow/validate';
import { alarmFor } from '../../../src/search/alarm';
import { readCsv } from '../../../src/cli/read-csv';

const flow = checkFlow(readFlowDir(join(process.cwd(), 'flows'))).flow!;
const rows = readCsv(join(process.cwd(), 'tests/search-alarm-cases.csv'), [
  'lang',
  'description',
  'alarm',
] as const).map(({ lang, description, alarm }) => ({
  lang: lang as 'nl' | 'en',
  description,
  alarm: alarm === 'none' ? undefined : alarm,
}));

describe('search alarms', () => {
  it('has cases of each kind in both languages', () => {
    for (const lang of ['nl', 'en'] as const)
      for (const kind of ['danger', 'today', undefined])
        expect(
          rows.some((r) => r.lang === lang && r.alarm === kind),
          `${lang} ${kind}`,
        ).toBe(true);
  });
  for (const r of rows) {
    it(`[${r.lang}] "${r.description}" → ${r.alarm ?? 'no alarm'}`, () => {
      const words = { danger: flow.searchAlarms!.danger[r.lang], today: flow.searchAlarms!.today[r.lang] };
      expect(alarmFor(r.description, words)).toBe(r.alarm);
    });
  }
  it('matches whole words and phrases, ignoring case and accents', () => {
    const words = { danger: ['mes', 'direct gevaar'], today: ['vandaag'] };
    expect(alarmFor('Er ligt mest op het erf', words)).toBeUndefined();
    expect(alarmFor('Hij heeft een MES', words)).toBe('danger');
    expect(alarmFor('er is direct  gevaar!', words)).toBe('danger');
    expect(alarmFor('direct contact gevaarlijk', words)).toBeUndefined();
    expect(alarmFor('vandaag, met een mes', words)).toBe('danger');
  });
});
