// The About and sources pages promise that every phone number, e-mail address and opening time is kept once,
// with its source and dates. This keeps the promise true: the flow's facts carry a source, a source date and
// a checked date (the schema requires them), the flow's texts refer to facts instead of spelling them out
// (the validator reports a literal), and no interface text in src/i18n/locales spells one out either — a
// number there would have no source and would not change when contacts.yaml does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalFacts } from '../../src/flow/fact-refs';
import { checkFlow } from '../../src/flow/validate';
import { readFlowDir } from '../../src/flow/read-dir';

const localeDir = join(process.cwd(), 'src/i18n/locales');

/** Every string in a locale file, with its key path. */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

describe('facts are written once, with their source', () => {
  it('no interface text spells out a phone number, e-mail address or clock time', () => {
    const found: string[] = [];
    for (const lang of readdirSync(localeDir)) {
      for (const file of readdirSync(join(localeDir, lang))) {
        const json = JSON.parse(readFileSync(join(localeDir, lang, file), 'utf8'));
        for (const [key, text] of strings(json)) {
          for (const f of literalFacts(text)) found.push(`${lang}/${file} ${key}: "${f.found}" is ${f.what}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the check sees a number in an interface text', () => {
    expect(literalFacts('Alarmnummer 112 en politie 0900 8844').map((f) => f.found)).toEqual(['0900 8844']);
  });

  it('every published phone number, e-mail address and opening time has a source, a source date and a checked date', () => {
    const flow = checkFlow(readFlowDir(join(process.cwd(), 'flows'))).flow!;
    const facts = Object.values(flow.contacts).flatMap((c) =>
      [c.phone, c.email, c.hours].filter((f) => f !== undefined),
    );
    expect(facts.length).toBeGreaterThan(15);
    expect(facts.filter((f) => !f.source || !f.sourceDate || !f.checked)).toEqual([]);
  });
});
