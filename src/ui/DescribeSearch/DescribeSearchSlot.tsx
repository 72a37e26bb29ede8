// The home page's entry to the search, in the app's take-over code (entry-client, not the page's own script):
// only this slot (a few hundred bytes). Once the app has taken over it imports the field itself
// (DescribeSearch.tsx, a small chunk) and shows it; the search code and index follow when the field is focused
// (load.ts). Before that, and without JavaScript, it renders nothing, so the prerendered page and hydration are
// unchanged.
import { useEffect, useState, type ComponentType } from 'react';
import type { Language } from '../../flow/languages';

export function DescribeSearchSlot({ lang }: { lang: Language }) {
  const [Field, setField] = useState<ComponentType<{ lang: Language }>>();
  useEffect(() => {
    let live = true;
    // Offline without the chunk in the cache: the questions still work; the field just does not appear.
    import('./DescribeSearch').then(
      (m) => live && setField(() => m.DescribeSearch),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return Field ? <Field lang={lang} /> : null;
}
