// Guides and tools for a result. In English, a link to a Dutch-only page says so. A resource without a link
// of its own in our sources says where to find it: the website of the contact that has it (`availableFrom`).
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE, type KeyedFlow, type Language } from '../../app/flow';
import { WhereToFind } from './WhereToFind';
import './ResourceList.css';

type Resource = KeyedFlow['resources'][string] & { from?: KeyedFlow['contacts'][string] };

export function ResourceList({ resources, lang, title }: { resources: Resource[]; lang: Language; title: string }) {
  const { t } = useTranslation('ui');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  if (resources.length === 0) return null;
  return (
    <section className="ww-resource-list" aria-labelledby="ww-resource-list-title">
      <h2 id="ww-resource-list-title" className="utrecht-heading-2">
        {title}
      </h2>
      <ul className="ww-resource-list__list">
        {resources.map((r) => (
          <li key={r.id} className="ww-resource-list__item">
            <h3 className="utrecht-heading-3 ww-resource-list__title">
              {r.url ? (
                <a className="utrecht-link" href={r.url} hrefLang={r.dutchOnly ? 'nl' : undefined}>
                  {tf(r.title)}
                </a>
              ) : (
                tf(r.title)
              )}
              {r.url && r.dutchOnly && lang !== 'nl' && (
                <span className="ww-resource-list__lang"> {t('result.dutchOnly')}</span>
              )}
            </h3>
            <p className="utrecht-paragraph">{tf(r.description)}</p>
            {r.url ? null : <WhereToFind contact={r.from} className="ww-resource-list__where" />}
          </li>
        ))}
      </ul>
    </section>
  );
}
