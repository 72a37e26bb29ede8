// In the page's first JavaScript, and only this: the dynamic imports of the search chunk and of one
// language's index, started when the field is focused.
import type { Language } from '../../flow/languages';
import type { SearchEngine, SearchModule } from './engine';

const indexes: Record<Language, () => Promise<{ default: SearchModule }>> = {
  nl: () => import('virtual:wegwijzer/search/nl'),
  en: () => import('virtual:wegwijzer/search/en'),
};

const loaded = new Map<Language, Promise<SearchEngine>>();

export function loadSearch(lang: Language): Promise<SearchEngine> {
  let pending = loaded.get(lang);
  if (!pending) {
    pending = Promise.all([import('./engine'), indexes[lang]()]).then(([{ createEngine }, data]) =>
      createEngine(data.default, lang),
    );
    // A failed load (offline) is forgotten, so the next focus tries again.
    pending.catch(() => loaded.delete(lang));
    loaded.set(lang, pending);
  }
  return pending;
}
