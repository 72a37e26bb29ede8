// In the field's own small chunk (DescribeSearch.tsx, imported once the app has taken over), and only this of
// the search: the dynamic imports of the search code and of one language's index, started when the field is
// focused.
import type { Language } from '../../flow/languages';
import { loadOnce } from '../../app/load-once';
import type { SearchEngine, SearchModule } from './engine';

const indexes: Record<Language, () => Promise<{ default: SearchModule }>> = {
  nl: () => import('virtual:wegwijzer/search/nl'),
  en: () => import('virtual:wegwijzer/search/en'),
};

const engineFor = (lang: Language) =>
  Promise.all([import('./engine'), indexes[lang]()]).then(([{ createEngine }, data]) =>
    createEngine(data.default, lang),
  );

// Per language; a failed load (offline) is forgotten, so the next focus tries again.
const loaders: Record<Language, () => Promise<SearchEngine>> = {
  nl: loadOnce(() => engineFor('nl')),
  en: loadOnce(() => engineFor('en')),
};

export function loadSearch(lang: Language): Promise<SearchEngine> {
  return loaders[lang]();
}
