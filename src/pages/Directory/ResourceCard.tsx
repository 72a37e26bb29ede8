// A guide, tool, training or platform in the directory: title (linked), description, type, audience,
// themes, publisher and sources.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_NAMESPACE, type KeyedFlow, type Language } from '../../app/flow';
import { SourceList } from '../../ui/SourceList/SourceList';
import { WhereToFind } from '../../ui/ResourceList/WhereToFind';
import type { DirectoryCatalogue } from './types';
import { ItemMeta } from './ItemMeta';

type Contact = KeyedFlow['contacts'][string];
type Resource = KeyedFlow['resources'][string];

export function ResourceCard({
  resource: r,
  catalogue,
  lang,
  typeLabel,
}: {
  resource: Resource;
  catalogue: DirectoryCatalogue;
  lang: Language;
  typeLabel: string;
}) {
  const { t } = useTranslation('directory');
  const { t: tf } = useTranslation(FLOW_NAMESPACE);
  const { t: tc } = useTranslation('contact');
  const headingId = useId();
  const publisher: Contact | undefined = r.publisher ? catalogue.contacts[r.publisher] : undefined;
  // Without a link of its own in our sources: the website of the contact that has it (`availableFrom`).
  const from: Contact | undefined = !r.url && r.availableFrom ? catalogue.contacts[r.availableFrom] : undefined;
  return (
    <article className="wegwijzer-contact-card ww-directory__resource" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3 wegwijzer-contact-card__heading">
        {r.url ? (
          <a className="utrecht-link" href={r.url} hrefLang={r.dutchOnly ? 'nl' : undefined}>
            {tf(r.title)}
            {r.dutchOnly && lang !== 'nl' ? <> {t('dutchOnly')}</> : null}
          </a>
        ) : (
          tf(r.title)
        )}
      </h3>
      <p className="utrecht-paragraph">{tf(r.description)}</p>
      <WhereToFind contact={from} />
      <ItemMeta
        type={typeLabel}
        item={r}
        catalogue={catalogue}
        extra={
          publisher ? (
            <div className="ww-directory__meta-row">
              <dt>{t('meta.publisher')}</dt>
              <dd>{tf(publisher.name)}</dd>
            </div>
          ) : null
        }
      />
      <p className="utrecht-paragraph utrecht-paragraph--small wegwijzer-contact-card__source">
        {tc('source.label')} <SourceList source={r.source} />
      </p>
    </article>
  );
}
