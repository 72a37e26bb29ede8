// One i18next instance per render root. Resources are added by hand (no backend plugin): the interface
// namespaces come from src/i18n/locales/<lang>/*.json, the flow texts from the flow plugin's virtual
// module. Both are loaded lazily, one language at a time, and must be in place BEFORE the first render, so
// the server's HTML and the client's first render agree (no hydration mismatch).
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, FLOW_NAMESPACE, type Language } from '../app/flow';
import { yieldToMain } from '../app/main-thread';

export type { I18n };
export type FlowTextsLoader = (lang: Language) => Promise<Record<string, string>>;

export const UI_NAMESPACE = 'ui';
/**
 * The interface namespaces every page uses (the update notice's too: the worker's messages may come on any
 * page). The browser adds the others (contact, directory) for the pages that show them (app/flow-texts.ts).
 */
export const BASE_NAMESPACES: readonly string[] = [UI_NAMESPACE, 'offline'];

// Every namespace file of every language, as lazy imports: only the language shown is fetched. Not `offline`:
// the service worker's notices read it without i18next (src/sw/notice-texts.ts).
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*/*.json',
  '!./locales/*/offline.json',
]);

/** The namespaces a language has on disk (ui, contact, …), keyed by namespace. */
function filesFor(lang: Language): [ns: string, load: () => Promise<{ default: Record<string, unknown> }>][] {
  const out: [string, () => Promise<{ default: Record<string, unknown> }>][] = [];
  for (const [path, load] of Object.entries(localeFiles)) {
    const m = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (m && m[1] === lang) out.push([m[2]!, load]);
  }
  return out;
}

export interface CreateOptions {
  /** Called for every key that is missing; tests make it fail. */
  onMissingKey?: (lang: string, ns: string, key: string) => void;
}

export function createI18n(lang: Language = DEFAULT_LANGUAGE, options: CreateOptions = {}): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    // No fallback language: an English page showing Dutch would hide a missing translation.
    fallbackLng: false,
    ns: [UI_NAMESPACE, FLOW_NAMESPACE],
    defaultNS: UI_NAMESPACE,
    resources: {},
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    saveMissing: options.onMissingKey !== undefined,
    missingKeyHandler: options.onMissingKey ? (lngs, ns, key) => options.onMissingKey!(lngs.join(','), ns, key) : false,
    react: { useSuspense: false },
  });
  return instance;
}

/**
 * Puts the interface namespaces (all, or those named) and the flow texts of `lang` (all of them, or the part
 * the loader gives: the browser adds the others with addFlowTexts and addNamespaces) into the instance, then
 * switches to it.
 */
export async function loadLanguage(
  instance: I18n,
  lang: Language,
  loadFlowTexts: FlowTextsLoader,
  namespaces?: readonly string[],
): Promise<void> {
  // The interface's bundle says whether the language is loaded: the browser may add more of the flow's texts
  // before or after (src/app/flow-texts.ts loads them in parts).
  if (!instance.hasResourceBundle(lang, UI_NAMESPACE)) {
    const [flowTexts, ...ui] = await Promise.all([
      loadFlowTexts(lang),
      ...filesFor(lang)
        .filter(([ns]) => !namespaces || namespaces.includes(ns))
        .map(async ([ns, load]) => [ns, (await load()).default] as const),
    ]);
    // Adding the texts is a task of its own, not part of the one that evaluated them (app/main-thread.ts).
    await yieldToMain();
    for (const [ns, resources] of ui) instance.addResourceBundle(lang, ns, resources, true, true);
    instance.addResourceBundle(lang, FLOW_NAMESPACE, flowTexts, true, true);
  }
  if (instance.language !== lang) await instance.changeLanguage(lang);
}

/** Adds more of the flow's texts of `lang` (the browser loads them in parts, src/app/flow-texts.ts). */
export function addFlowTexts(instance: I18n, lang: Language, texts: Record<string, string>): void {
  instance.addResourceBundle(lang, FLOW_NAMESPACE, texts, true, true);
}

/** Adds the interface namespaces of `lang` it does not have yet (the browser loads them per page). */
export async function addNamespaces(instance: I18n, lang: Language, namespaces: readonly string[]): Promise<void> {
  const missing = filesFor(lang).filter(([ns]) => namespaces.includes(ns) && !instance.hasResourceBundle(lang, ns));
  if (missing.length === 0) return;
  const loaded = await Promise.all(missing.map(async ([ns, load]) => [ns, (await load()).default] as const));
  await yieldToMain(); // adding them is a task of its own, not part of the one that evaluated them
  for (const [ns, resources] of loaded) instance.addResourceBundle(lang, ns, resources, true, true);
}

/** Fetches the interface namespaces of `lang` (all, or those named) without adding them to any instance. */
export function fetchNamespaces(lang: Language, namespaces?: readonly string[]): Promise<unknown> {
  return Promise.all(filesFor(lang).flatMap(([ns, load]) => (!namespaces || namespaces.includes(ns) ? [load()] : [])));
}
