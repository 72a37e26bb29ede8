// The directory's two lists: the contact points (cards with the wizard results that lead to them) and the
// guides, tools, trainings and platforms. Each is left out when nothing of its kind is shown.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../app/flow';
import { directoryAnchor, type ItemType } from '../../content/directory';
import { fallbackFor } from '../../flow/fallback';
import type { RouteLink } from '../../flow/routes-to-contacts';
import { ContactCard } from '../../ui/ContactCard/ContactCard';
import { ItemMeta } from './ItemMeta';
import { ResourceCard } from './ResourceCard';
import { ResultLinks } from './ResultLinks';
import type { DirectoryCatalogue } from './types';

type Contact = DirectoryCatalogue['contacts'][string];
type Resource = DirectoryCatalogue['resources'][string];

/** One of the lists: its heading and an item per entry, each with its anchor; nothing when it has none. */
function Section<T extends { id: string }>(props: {
  kind: 'contact' | 'resource';
  title: string;
  items: T[];
  children: (item: T) => ReactNode;
}) {
  if (props.items.length === 0) return null;
  const heading = `ww-directory-${props.kind}s`;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading} className="utrecht-heading-2">
        {props.title}
      </h2>
      <ul className="ww-directory__list">
        {props.items.map((item) => (
          <li key={item.id} id={directoryAnchor(props.kind, item.id)} tabIndex={-1} className="ww-directory__item">
            {props.children(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ContactList(props: {
  contacts: Contact[];
  catalogue: DirectoryCatalogue;
  routes: ReadonlyMap<string, RouteLink[]>;
  typeLabel: (type: ItemType) => string;
}) {
  const { t } = useTranslation('directory');
  const { catalogue } = props;
  return (
    <Section kind="contact" title={t('sections.contacts')} items={props.contacts}>
      {(c) => (
        <ContactCard
          contact={c}
          fallback={fallbackFor(c, catalogue.contacts, { urgentPrimary: false })}
          via={c.via ? catalogue.contacts[c.via] : undefined}
          headingLevel={3}
        >
          <ItemMeta type={props.typeLabel('organisation')} item={c} catalogue={catalogue} />
          <ResultLinks links={props.routes.get(c.id) ?? []} />
        </ContactCard>
      )}
    </Section>
  );
}

export function ResourceList(props: {
  resources: Resource[];
  catalogue: DirectoryCatalogue;
  lang: Language;
  typeLabel: (type: ItemType) => string;
}) {
  const { t } = useTranslation('directory');
  return (
    <Section kind="resource" title={t('sections.resources')} items={props.resources}>
      {(r) => (
        <ResourceCard resource={r} catalogue={props.catalogue} lang={props.lang} typeLabel={props.typeLabel(r.type)} />
      )}
    </Section>
  );
}
