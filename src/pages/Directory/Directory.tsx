// Every contact point and every guide, tool, training and platform of the flow, filterable by audience,
// theme and type and searchable (also by former names and abbreviations). The filter is a plain GET form:
// without JavaScript the static page lists everything (the static server cannot filter, the hint says so);
// with JavaScript the list follows the URL's query (src/content/directory.ts) and the form writes it.
// The page's parts are in this folder (the form, the count and empty state, the two lists, the cards); what it
// lists for a query is listing.ts, over src/content/directory.ts and src/flow/routes-to-contacts.ts.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE, type Language } from '../../app/flow';
import { directoryPath } from '../../app/routes';
import { directoryItems, parseDirectoryQuery, type DirectoryQuery, type ItemType } from '../../content/directory';
import { routesToContacts } from '../../flow/routes-to-contacts';
import { DescribeSearch } from '../../ui/DescribeSearch/DescribeSearch';
import { useHydrated } from '../../ui/useHydrated';
import { setUrlQuery, useUrlQuery } from './url-query';
import type { DirectoryCatalogue, DirectoryRouting } from './types';
import { ClearLink, DirectoryCount, DirectoryEmpty, type Clear } from './DirectoryCount';
import { DirectoryForm } from './DirectoryForm';
import { ContactList, ResourceList } from './DirectoryLists';
import { changedQueryString, directoryListing } from './listing';
import './Directory.css';

export function Directory({
  flow,
  catalogue,
  lang,
}: {
  flow: DirectoryRouting;
  catalogue: DirectoryCatalogue;
  lang: Language;
}) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  const { t: tu } = useTranslation('ui');
  const search = useUrlQuery();
  // The filters come from the URL; the typed text only from this state, never the URL (src/content/directory.ts).
  const [text, setText] = useState('');
  const hydrated = useHydrated();
  const query = { ...parseDirectoryQuery(search, catalogue), search: text };
  const items = useMemo(() => directoryItems(catalogue), [catalogue]);
  const routes = useMemo(() => routesToContacts(flow, lang), [flow, lang]);
  const listing = directoryListing(items, query, catalogue, (key) => tf(key));
  const base = directoryPath(lang);
  // The form's ids, made here as before the form was its own component: the prerendered HTML holds them.
  const ids = { search: useId(), searchHint: useId(), audience: useId(), theme: useId(), type: useId() };

  const update = (change: Partial<DirectoryQuery>, mode: 'replace' | 'push' = 'replace') => {
    if (change.search !== undefined) setText(change.search);
    setUrlQuery(changedQueryString(query, change), mode);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({}, 'push');
  };
  const clear: Clear = (event) => {
    event.preventDefault();
    setText('');
    setUrlQuery('', 'push');
  };
  const typeLabel = (type: ItemType) => t(`types.${type}`);

  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {tu('directory.title')}
      </h1>
      <p className="utrecht-paragraph">{t('intro')}</p>
      <DescribeSearch lang={lang} />
      <DirectoryForm
        action={base}
        ids={ids}
        query={query}
        catalogue={catalogue}
        hydrated={hydrated}
        typeLabel={typeLabel}
        onChange={(change) => update(change)}
        onSubmit={onSubmit}
      />
      <DirectoryCount shown={listing.shown} total={listing.total} />
      <DirectoryEmpty shown={listing.shown} href={base} onClear={clear} />
      <ContactList contacts={listing.contacts} catalogue={catalogue} routes={routes} typeLabel={typeLabel} />
      <ResourceList resources={listing.resources} catalogue={catalogue} lang={lang} typeLabel={typeLabel} />
      {listing.clearBelow ? <ClearLink href={base} onClear={clear} /> : null}
    </>
  );
}
