// The flow's texts per language, as lazy imports of the flow plugin's virtual modules: the browser fetches
// only the language it shows. Typed by Language, so adding a language without its loader fails tsc.
import type { Language } from './flow';

const loaders: Record<Language, () => Promise<{ default: Record<string, string> }>> = {
  nl: () => import('virtual:wegwijzer/texts/nl'),
  en: () => import('virtual:wegwijzer/texts/en'),
};

export async function loadFlowTexts(lang: Language): Promise<Record<string, string>> {
  return (await loaders[lang]()).default;
}
