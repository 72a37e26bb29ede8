// Wizard URLs: /<lang>/wegwijzer/<option-id>/…/ — the language and the answers, nothing else.
import { isLanguage, type Language } from './languages.ts';

export const WIZARD_SEGMENT = 'wegwijzer';

export function wizardUrl(lang: Language, options: readonly string[]): string {
  return options.length === 0 ? `/${lang}/` : `/${lang}/${WIZARD_SEGMENT}/${options.join('/')}/`;
}

export type ParsedWizardUrl = { lang: Language; options: string[] } | undefined;

/** Reads a pathname; undefined when it is not a wizard URL at all (another page, or nonsense). */
export function parseWizardUrl(pathname: string): ParsedWizardUrl {
  const parts = pathname.split('/').filter((p) => p !== '');
  const [lang, section, ...rest] = parts;
  if (lang === undefined || !isLanguage(lang)) return undefined;
  if (section === undefined) return { lang, options: [] };
  if (section !== WIZARD_SEGMENT) return undefined;
  let options: string[];
  try {
    options = rest.map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  return { lang, options };
}
