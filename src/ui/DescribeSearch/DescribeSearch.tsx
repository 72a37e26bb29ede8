// "Beschrijf in een paar woorden waar het over gaat": up to three result pages for a person's own words.
// Rendered only once the app has taken over (the prerendered page and the page without JavaScript stay as
// they are). The search code and index load when the field is focused (load.ts), so they cost the first
// page load nothing. The text stays in React state: no form (Enter submits nothing), no name, no URL, no
// storage; a chosen hit opens its result page with `?via=zoeken`, never with the text.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../flow/languages';
import { useHydrated } from '../useHydrated';
import type { SearchEngine } from './engine';
import { loadSearch } from './load';
import { VIA_SEARCH } from './via';
import hotlines from 'virtual:wegwijzer/hotlines';
import { telHref } from '../../content/phone';
import './DescribeSearch.css';

export function DescribeSearch({ lang }: { lang: Language }) {
  const { t } = useTranslation('ui');
  const hydrated = useHydrated();
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  const [text, setText] = useState('');
  const id = useId();
  if (!hydrated) return null;
  const load = () => {
    if (!engine) loadSearch(lang).then(setEngine, () => setFailed(true));
  };
  const typed = text.trim() !== '';
  const hits = engine && typed ? engine.search(text) : [];
  const entries = engine && typed ? engine.searchDirectory(text) : [];
  const alarm = engine && typed ? engine.alarm(text) : undefined;
  const found = !typed
    ? ''
    : failed
      ? t('describe.failed')
      : !engine
        ? ''
        : hits.length
          ? t('describe.found', { count: hits.length })
          : t('describe.none');
  // Screen readers hear the alarm first, as sighted readers see it first.
  const status = [
    alarm === 'danger'
      ? `${t('emergency.danger')} ${t('emergency.dangerCall', { number: hotlines.emergency.number })}.`
      : alarm === 'today'
        ? t('describe.today')
        : '',
    found,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section className="ww-describe" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2 ww-describe__title">
        {t('describe.title')}
      </h2>
      <div className="utrecht-form-field utrecht-form-field--text">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>
            {t('describe.label')}
          </label>
        </div>
        <p className="utrecht-form-field-description" id={`${id}-hint`}>
          {t('describe.private')}
        </p>
        <div className="utrecht-form-field__input">
          <input
            id={id}
            className="utrecht-textbox utrecht-textbox--html-input ww-describe__input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            aria-controls={`${id}-hits`}
            value={text}
            onFocus={load}
            onChange={(e) => {
              setText(e.currentTarget.value);
              load();
            }}
          />
        </div>
      </div>
      {/* Safety before suggestions: the sourced 112 and police numbers (the emergency bar's), or the urgent
          questions. */}
      {alarm === 'danger' && (
        <div className="ww-describe__alarm">
          <p className="utrecht-paragraph">
            <strong>{t('emergency.danger')}</strong>{' '}
            <a className="utrecht-link utrecht-link--telephone" href={telHref(hotlines.emergency.number)}>
              {t('emergency.dangerCall', { number: hotlines.emergency.number })}
            </a>
          </p>
          <p className="utrecht-paragraph">
            {t('emergency.urgent')}{' '}
            <a className="utrecht-link utrecht-link--telephone" href={telHref(hotlines.police.number)}>
              {t('emergency.urgentCall', { number: hotlines.police.number })}
            </a>
          </p>
        </div>
      )}
      {alarm === 'today' && engine?.todayHref && (
        <p className="utrecht-paragraph ww-describe__alarm">
          {t('describe.today')}{' '}
          <a className="utrecht-link" href={engine.todayHref}>
            {t('describe.todayLink')}
          </a>
        </p>
      )}
      {/* Always in the page once rendered, so screen readers announce what is put in it. */}
      <div className="ww-describe__status" role="status">
        {status}
      </div>
      <ul id={`${id}-hits`} className="ww-describe__hits" aria-label={t('describe.hits')}>
        {hits.map((h) => (
          <li key={h.id} className="ww-describe__hit">
            <a className="utrecht-link ww-describe__link" href={`${h.href}?${VIA_SEARCH}`}>
              {h.title}
            </a>
            <span className="ww-describe__contact">{h.contact}</span>
            <span className="ww-describe__line">{h.line}</span>
          </li>
        ))}
      </ul>
      {entries.length > 0 && (
        <>
          <h3 className="utrecht-heading-3 ww-describe__more">{t('describe.directory')}</h3>
          <ul className="ww-describe__hits ww-describe__hits--directory">
            {entries.map((h) => (
              <li key={h.id} className="ww-describe__hit">
                <a className="utrecht-link ww-describe__link" href={h.href}>
                  {h.title}
                </a>
                {h.contact && <span className="ww-describe__contact">{h.contact}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
