// Every source the flow cites, once: web pages as links, seed texts (government texts we keep a copy of)
// by their heading or title (taxonomy.yaml, sourceTexts).
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE, type Catalogue } from '../../app/flow';
import hotlines from 'virtual:wegwijzer/hotlines';
import { seedName, splitSources } from '../../content/sources';

/** Every single source, once: a fact's `source` may name several, separated by spaces. */
export function flowSources(flow: Pick<Catalogue, 'contacts' | 'resources'>): string[] {
  const found = new Set<string>();
  const add = (source: string | undefined) => source && splitSources(source).forEach((s) => found.add(s));
  for (const c of Object.values(flow.contacts)) {
    for (const s of [c.source, c.phone?.source, c.email?.source, c.hours?.source]) add(s);
  }
  for (const r of Object.values(flow.resources)) add(r.source);
  return [...found].sort();
}

export function Sources({ flow }: { flow: Pick<Catalogue, 'contacts' | 'resources'> }) {
  const { t } = useTranslation('ui');
  const { t: tf, i18n } = useTranslation(FLOW_NAMESPACE);
  const seed = (file: string) => {
    const { key, heading } = seedName((k) => i18n.exists(k, { ns: FLOW_NAMESPACE }), file);
    return t(heading ? 'sources.seedHeading' : 'sources.seed', { title: tf(key) });
  };
  return (
    <>
      <h1 id="ww-page-title" className="utrecht-heading-1" tabIndex={-1}>
        {t('sources.title')}
      </h1>
      <p className="utrecht-paragraph">{t('sources.p1')}</p>
      <ul className="ww-source-list">
        <li className="ww-source">
          <a className="utrecht-link" href={hotlines.police.source} hrefLang="nl">
            {t('sources.emergency', { emergency: hotlines.emergency.number, police: hotlines.police.number })}
          </a>
        </li>
        {flowSources(flow).map((s) => (
          <li className="ww-source" key={s}>
            {/^https?:\/\//.test(s) ? (
              <a className="utrecht-link" href={s}>
                {s}
              </a>
            ) : (
              seed(s.replace(/^seed:/, ''))
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
