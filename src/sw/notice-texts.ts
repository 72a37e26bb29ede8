// The texts of the service worker's notices (a new version, a saved copy): src/i18n/locales/<lang>/offline.json,
// every language's, built into the worker code's own chunk. Showing a notice loads neither i18next nor the
// app: a tab running an older version must not start that version's app to say so (issue 26). A few hundred
// bytes; the app's i18next does not load this namespace (src/i18n/i18n.ts).
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../flow/languages';

export interface NoticeTexts {
  update: { message: string; action: string };
  /** Why a saved copy is shown: the network failed ("offline") or answered too slowly ("slow"). */
  saved: { offline: string; offlineUndated: string; slow: string; slowUndated: string };
}

const files = import.meta.glob<NoticeTexts>('../i18n/locales/*/offline.json', { eager: true, import: 'default' });

function textsOf(lang: Language): NoticeTexts | undefined {
  return files[`../i18n/locales/${lang}/offline.json`];
}

/** The texts in the page's language as it is now (the app may have switched it), else the default language's. */
export function noticeTexts(doc: Document = document): NoticeTexts {
  const lang = doc.documentElement.lang;
  return (isLanguage(lang) && textsOf(lang)) || textsOf(DEFAULT_LANGUAGE)!;
}

/** `text` with its {{name}} placeholders filled in (plain text: the caller puts it in textContent). */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
