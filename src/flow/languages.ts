// The languages Wegwijzer speaks. Adding one here makes every flow text require it (the schema is built
// from this list) and adds its URL prefix; the interface texts live in src/i18n/locales/<lang>.json.
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export const LANGUAGE_NAMES: Record<Language, { nl: string; en: string }> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
