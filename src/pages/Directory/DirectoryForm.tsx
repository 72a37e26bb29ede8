// The directory's filter: a plain GET form to the page itself with the text search (only once JavaScript runs)
// and the audience, theme and type selects. Its ids come from the page (Directory.tsx).
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE } from '../../app/flow';
import {
  AUDIENCE_PARAM,
  ITEM_TYPES,
  THEME_PARAM,
  TYPE_PARAM,
  type DirectoryQuery,
  type ItemType,
} from '../../content/directory';
import { FilterSelect } from './FilterSelect';
import type { DirectoryCatalogue } from './types';

export interface DirectoryFormIds {
  search: string;
  searchHint: string;
  audience: string;
  theme: string;
  type: string;
}

export function DirectoryForm(props: {
  action: string;
  ids: DirectoryFormIds;
  query: DirectoryQuery;
  catalogue: DirectoryCatalogue;
  /** The text field is rendered only once the app has taken over. */
  hydrated: boolean;
  typeLabel: (type: ItemType) => string;
  onChange: (change: Partial<DirectoryQuery>) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  const { ids, query, catalogue, onChange } = props;
  return (
    <form
      className="ww-directory__form"
      method="get"
      action={props.action}
      role="search"
      aria-label={t('form.label')}
      onSubmit={props.onSubmit}
    >
      {/* Only with JavaScript: without it the server would get the text in the address, and cannot filter anyway.
          No name: the text is never submitted. */}
      {props.hydrated && (
        <SearchField id={ids.search} hintId={ids.searchHint} value={query.search} onChange={onChange} />
      )}
      <FilterSelect
        id={ids.audience}
        name={AUDIENCE_PARAM}
        label={t('audience.label')}
        all={t('audience.all')}
        value={query.audience}
        options={catalogue.audiences.map((a) => ({ value: a.id, label: tf(a.label) }))}
        onChange={(audience) => onChange({ audience })}
      />
      <FilterSelect
        id={ids.theme}
        name={THEME_PARAM}
        label={t('theme.label')}
        all={t('theme.all')}
        value={query.theme}
        options={catalogue.themes.map((x) => ({ value: x.id, label: tf(x.label) }))}
        onChange={(theme) => onChange({ theme })}
      />
      <FilterSelect
        id={ids.type}
        name={TYPE_PARAM}
        label={t('type.label')}
        all={t('type.all')}
        value={query.type}
        options={ITEM_TYPES.map((type) => ({ value: type, label: props.typeLabel(type) }))}
        onChange={(type) => onChange({ type: type as ItemType | undefined })}
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
  );
}

/** The text search: typed text stays in the page's state, never in the URL (src/content/directory.ts). */
function SearchField(props: {
  id: string;
  hintId: string;
  value: string;
  onChange: (change: Partial<DirectoryQuery>) => void;
}) {
  const { t } = useTranslation('directory');
  return (
    <div className="utrecht-form-field utrecht-form-field--text ww-directory__field ww-directory__field--search">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={props.id}>
          {t('search.label')}
        </label>
      </div>
      <p className="utrecht-form-field-description ww-directory__hint" id={props.hintId}>
        {t('search.hint')}
      </p>
      <div className="utrecht-form-field__input">
        <input
          id={props.id}
          className="utrecht-textbox utrecht-textbox--html-input ww-directory__control"
          type="search"
          value={props.value}
          autoComplete="off"
          aria-describedby={props.hintId}
          onChange={(e) => props.onChange({ search: e.currentTarget.value })}
        />
      </div>
    </div>
  );
}
