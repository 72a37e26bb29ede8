// Every contact point and every guide, tool, training and platform of the flow, filterable by audience,
// theme and type and searchable (also by former names and abbreviations). The filter is a plain GET form:
// without JavaScript the static page lists everything (the static server cannot filter, the hint says so);
// with JavaScript the list follows the URL's query (src/content/directory.ts) and the form writes it.
// The page's parts are in this folder, one component a file; the data logic is in src/content/directory.ts
// and src/flow/routes-to-contacts.ts.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE, type Language } from '../../app/flow';
import { directoryPath } from '../../app/routes';
import {
  directoryAnchor,
  AUDIENCE_PARAM,
  directoryItems,
  directoryQueryString,
  filterDirectory,
  isFiltered,
  ITEM_TYPES,
  parseDirectoryQuery,
  THEME_PARAM,
  TYPE_PARAM,
  type DirectoryQuery,
  type ItemType,
} from '../../content/directory';
import { routesToContacts } from '../../flow/routes-to-contacts';
import { ContactCard } from '../../ui/ContactCard/ContactCard';
import { fallbackFor } from '../../flow/fallback';
import { DescribeSearch } from '../../ui/DescribeSearch/DescribeSearch';
import { useHydrated } from '../../ui/useHydrated';
import { setUrlQuery, useUrlQuery } from './url-query';
import type { DirectoryCatalogue, DirectoryRouting } from './types';
import { FilterSelect } from './FilterSelect';
import { ItemMeta } from './ItemMeta';
import { ResultLinks } from './ResultLinks';
import { ResourceCard } from './ResourceCard';
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
  const shown = filterDirectory(items, query, (key) => tf(key));
  const contacts = shown.filter((i) => i.kind === 'contact').map((i) => catalogue.contacts[i.id]!);
  const resources = shown.filter((i) => i.kind === 'resource').map((i) => catalogue.resources[i.id]!);
  const base = directoryPath(lang);
  const ids = { search: useId(), searchHint: useId(), audience: useId(), theme: useId(), type: useId() };

  const update = (change: Partial<DirectoryQuery>, mode: 'replace' | 'push' = 'replace') => {
    if (change.search !== undefined) setText(change.search);
    setUrlQuery(directoryQueryString({ ...query, ...change }), mode);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({}, 'push');
  };
  const clear = (event: { preventDefault: () => void }) => {
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

      <form
        className="ww-directory__form"
        method="get"
        action={base}
        role="search"
        aria-label={t('form.label')}
        onSubmit={onSubmit}
      >
        {/* Only with JavaScript: without it the server would get the text in the address, and cannot filter anyway.
            No name: the text is never submitted. */}
        {hydrated && (
          <div className="utrecht-form-field utrecht-form-field--text ww-directory__field ww-directory__field--search">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor={ids.search}>
                {t('search.label')}
              </label>
            </div>
            <p className="utrecht-form-field-description ww-directory__hint" id={ids.searchHint}>
              {t('search.hint')}
            </p>
            <div className="utrecht-form-field__input">
              <input
                id={ids.search}
                className="utrecht-textbox utrecht-textbox--html-input ww-directory__control"
                type="search"
                value={query.search}
                autoComplete="off"
                aria-describedby={ids.searchHint}
                onChange={(e) => update({ search: e.currentTarget.value })}
              />
            </div>
          </div>
        )}
        <FilterSelect
          id={ids.audience}
          name={AUDIENCE_PARAM}
          label={t('audience.label')}
          all={t('audience.all')}
          value={query.audience}
          options={catalogue.audiences.map((a) => ({ value: a.id, label: tf(a.label) }))}
          onChange={(audience) => update({ audience })}
        />
        <FilterSelect
          id={ids.theme}
          name={THEME_PARAM}
          label={t('theme.label')}
          all={t('theme.all')}
          value={query.theme}
          options={catalogue.themes.map((x) => ({ value: x.id, label: tf(x.label) }))}
          onChange={(theme) => update({ theme })}
        />
        <FilterSelect
          id={ids.type}
          name={TYPE_PARAM}
          label={t('type.label')}
          all={t('type.all')}
          value={query.type}
          options={ITEM_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
          onChange={(type) => update({ type: type as ItemType | undefined })}
        />
        <div className="ww-directory__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action ww-directory__submit">
            {t('form.submit')}
          </button>
        </div>
        <noscript>
          <p className="utrecht-paragraph ww-directory__hint">{t('form.noScript')}</p>
        </noscript>
      </form>

      <p className="utrecht-paragraph ww-directory__count" aria-live="polite" aria-atomic="true">
        {t('count', { shown: shown.length, total: items.length })}
      </p>

      {shown.length === 0 ? (
        <div className="ww-directory__empty">
          <h2 className="utrecht-heading-2">{t('empty.title')}</h2>
          <p className="utrecht-paragraph">{t('empty.text')}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link ww-link-target" href={base} onClick={clear}>
              {t('empty.clear')}
            </a>
          </p>
        </div>
      ) : null}

      {contacts.length > 0 ? (
        <section aria-labelledby="ww-directory-contacts">
          <h2 id="ww-directory-contacts" className="utrecht-heading-2">
            {t('sections.contacts')}
          </h2>
          <ul className="ww-directory__list">
            {contacts.map((c) => (
              <li key={c.id} id={directoryAnchor('contact', c.id)} tabIndex={-1} className="ww-directory__item">
                <ContactCard
                  contact={c}
                  fallback={fallbackFor(c, catalogue.contacts, { urgentPrimary: false })}
                  via={c.via ? catalogue.contacts[c.via] : undefined}
                  headingLevel={3}
                >
                  <ItemMeta type={typeLabel('organisation')} item={c} catalogue={catalogue} />
                  <ResultLinks links={routes.get(c.id) ?? []} />
                </ContactCard>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {resources.length > 0 ? (
        <section aria-labelledby="ww-directory-resources">
          <h2 id="ww-directory-resources" className="utrecht-heading-2">
            {t('sections.resources')}
          </h2>
          <ul className="ww-directory__list">
            {resources.map((r) => (
              <li key={r.id} id={directoryAnchor('resource', r.id)} tabIndex={-1} className="ww-directory__item">
                <ResourceCard resource={r} catalogue={catalogue} lang={lang} typeLabel={typeLabel(r.type)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {isFiltered(query) && shown.length > 0 ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link ww-link-target" href={base} onClick={clear}>
            {t('empty.clear')}
          </a>
        </p>
      ) : null}
    </>
  );
}
