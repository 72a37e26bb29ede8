// The site's languages for the plain-Node scripts (the build of the service worker, both servers, the
// budgets), read from src/flow/languages.ts, the one list: as text, so no TypeScript is needed to run them.
// tests/unit/languages-read.test.ts holds this reading to what TypeScript makes of the same file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

/** The URL languages and the default one: `{ languages: ['nl', 'en'], defaultLanguage: 'nl' }`. */
export function readLanguages(file = join(projectRoot, 'src/flow/languages.ts')) {
  const source = readFileSync(file, 'utf8');
  const list = /export const LANGUAGES\s*=\s*\[([^\]]*)\]/.exec(source);
  const def = /export const DEFAULT_LANGUAGE[^=]*=\s*'([a-z-]+)'/.exec(source);
  if (!list || !def) throw new Error(`${file}: cannot find LANGUAGES and DEFAULT_LANGUAGE`);
  const languages = [...list[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  if (!languages.includes(def[1])) throw new Error(`${file}: DEFAULT_LANGUAGE ${def[1]} is not in LANGUAGES`);
  return { languages, defaultLanguage: def[1] };
}
