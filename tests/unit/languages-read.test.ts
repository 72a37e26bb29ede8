// The languages are listed once, in src/flow/languages.ts (issue 26). The plain-Node scripts read that list as
// text (scripts/languages.mjs); this holds the reading to what TypeScript makes of the file, and keeps the
// language codes out of the files that used to write them out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/flow/languages';
// @ts-expect-error plain ESM script without types
import { readLanguages } from '../../scripts/languages.mjs';

const READERS = [
  'src/sw/sw.js',
  'scripts/build-sw.mjs',
  'scripts/prerender.ts',
  'scripts/budgets.mjs',
  'scripts/nginx-config.mjs',
  'scripts/serve.mjs',
];

describe('the language list', () => {
  it('reads as TypeScript reads it', () => {
    expect(readLanguages()).toEqual({ languages: [...LANGUAGES], defaultLanguage: DEFAULT_LANGUAGE });
  });

  // The default language's pages are what the budgets measure and the servers name; any other language is
  // only ever read from the list, so adding one needs no edit here.
  it('writes no language but the default out in the service worker, its build, the prerenderer, the budgets or the servers', () => {
    const found: string[] = [];
    for (const file of READERS) {
      const text = readFileSync(file, 'utf8');
      for (const lang of LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE)) {
        for (const spelled of [`/${lang}/`, `'${lang}'`, `"${lang}"`, `${lang}: '/`]) {
          if (text.includes(spelled)) found.push(`${file}: ${spelled}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
