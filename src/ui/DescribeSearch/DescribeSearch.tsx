// "Beschrijf in een paar woorden waar het over gaat": up to three result pages for a person's own words.
// Rendered only once the app has taken over (the prerendered page and the page without JavaScript stay as
// they are). The search code and index load when the field is focused (load.ts), so they cost the first
// page load nothing. The text stays in React state: no form (Enter submits nothing), no name, no URL, no
// storage; a chosen hit opens its result page with `?via=zoeken`, never with the text. Its parts: the alarm
// (DescribeAlarm.tsx), the lists of hits (DescribeHits.tsx) and the status line's words (status.ts).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../flow/languages';
import { useHydrated } from '../useHydrated';
import type { SearchEngine } from './engine';
import { loadSearch } from './load';
import hotlines from 'virtual:wegwijzer/hotlines';
import { DescribeAlarm } from './DescribeAlarm';
import { DirectoryHits, ResultHits } from './DescribeHits';
import { statusText, type StatusWords } from './status';
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
  const words: StatusWords = {
    danger: `${t('emergency.danger')} ${t('emergency.dangerCall', { number: hotlines.emergency.number })}.`,
    today: t('describe.today'),
    failed: t('describe.failed'),
    none: t('describe.none'),
    found: (count) => t('describe.found', { count }),
  };
  const status = statusText({ typed, failed, ready: engine !== undefined, hits: hits.length, alarm }, words);
  return (
    <section className="ww-describe" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2 ww-describe__title">
        {t('describe.title')}
      </h2>
      <DescribeField
        id={id}
        text={text}
        onFocus={load}
        onChange={(value) => {
          setText(value);
          load();
        }}
      />
      <DescribeAlarm alarm={alarm} todayHref={engine?.todayHref} />
      {/* Always in the page once rendered, so screen readers announce what is put in it. */}
      <div className="ww-describe__status" role="status">
        {status}
      </div>
      <ResultHits id={`${id}-hits`} hits={hits} />
      <DirectoryHits entries={entries} />
    </section>
  );
}

/** The labelled search field with its privacy hint; it controls the list of result pages (`<id>-hits`). */
function DescribeField(props: { id: string; text: string; onFocus: () => void; onChange: (value: string) => void }) {
  const { t } = useTranslation('ui');
  const { id } = props;
  return (
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
          value={props.text}
          onFocus={props.onFocus}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        />
      </div>
    </div>
  );
}
