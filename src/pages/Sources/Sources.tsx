// Every source the flow cites, once: web pages as links, seed texts (government pages we keep a copy of)
// by name.
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../app/flow';
import { POLICE_SOURCE } from '../../app/config';

export function flowSources(flow: Pick<Catalogue, 'contacts' | 'resources'>): string[] {
  const found = new Set<string>();
  for (const c of Object.values(flow.contacts)) {
    for (const s of [c.source, c.phone?.source, c.email?.source, c.hours?.source]) if (s) found.add(s);
  }
  for (const r of Object.values(flow.resources)) found.add(r.source);
  return [...found].sort();
}

export function Sources({ flow }: { flow: Pick<Catalogue, 'contacts' | 'resources'> }) {
  const { t } = useTranslation('ui');
  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {t('sources.title')}
      </h1>
      <p className="utrecht-paragraph">{t('sources.p1')}</p>
      <ul className="ww-source-list">
        <li className="ww-source">
          <a className="utrecht-link" href={POLICE_SOURCE} hrefLang="nl">
            {t('sources.emergency')}
          </a>
        </li>
        {flowSources(flow).map((s) => (
          <li className="ww-source" key={s}>
            {/^https?:\/\//.test(s) ? (
              <a className="utrecht-link" href={s}>
                {s}
              </a>
            ) : (
              t('sources.seed', { file: s.replace(/^seed:/, '') })
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
