// The directory's two lists: the contact points (cards with the wizard results that lead to them) and the
// guides, tools, trainings and platforms. Each is left out when nothing of its kind is shown.
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

export function ContactList(props: {
  contacts: Contact[];
  catalogue: DirectoryCatalogue;
  routes: ReadonlyMap<string, RouteLink[]>;
  typeLabel: (type: ItemType) => string;
}) {
  const { t } = useTranslation('directory');
  const { catalogue } = props;
  if (props.contacts.length === 0) return null;
  return (
    <section aria-labelledby="ww-directory-contacts">
      <h2 id="ww-directory-contacts" className="utrecht-heading-2">
        {t('sections.contacts')}
      </h2>
      <ul className="ww-directory__list">
        {props.contacts.map((c) => (
          <li key={c.id} id={directoryAnchor('contact', c.id)} tabIndex={-1} className="ww-directory__item">
            <ContactCard
              contact={c}
              fallback={fallbackFor(c, catalogue.contacts, { urgentPrimary: false })}
              via={c.via ? catalogue.contacts[c.via] : undefined}
              headingLevel={3}
            >
              <ItemMeta type={props.typeLabel('organisation')} item={c} catalogue={catalogue} />
              <ResultLinks links={props.routes.get(c.id) ?? []} />
            </ContactCard>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ResourceList(props: {
  resources: Resource[];
  catalogue: DirectoryCatalogue;
  lang: Language;
  typeLabel: (type: ItemType) => string;
}) {
  const { t } = useTranslation('directory');
  if (props.resources.length === 0) return null;
  return (
    <section aria-labelledby="ww-directory-resources">
      <h2 id="ww-directory-resources" className="utrecht-heading-2">
        {t('sections.resources')}
      </h2>
      <ul className="ww-directory__list">
        {props.resources.map((r) => (
          <li key={r.id} id={directoryAnchor('resource', r.id)} tabIndex={-1} className="ww-directory__item">
            <ResourceCard
              resource={r}
              catalogue={props.catalogue}
              lang={props.lang}
              typeLabel={props.typeLabel(r.type)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
