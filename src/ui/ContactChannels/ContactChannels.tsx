// A contact's ways in — phone, e-mail, website — as one labelled list ("Telefoon: 0900 8844"), and the three
// links themselves. One markup for every place a card lists them: the advised contact's action block (after
// its call button, so without the phone), the other contacts on a result page (all three), and the links in
// the directory's full card. Shows only what the flow data holds; nothing when it holds none.
import { useTranslation } from 'react-i18next';
import { telHref } from '../../content/phone';
import { displayUrl } from '../../content/sources';
import type { KeyedFlow } from '../../flow/texts';
import './ContactChannels.css';

type KeyedContact = KeyedFlow['contacts'][string];

export interface ContactChannelsProps {
  contact: Pick<KeyedContact, 'phone' | 'email' | 'website'>;
  /** List the phone number too (default). `false` where a call button already shows it. */
  phone?: boolean;
}

export function ContactChannels({ contact, phone: withPhone = true }: ContactChannelsProps) {
  const { t } = useTranslation('contact');
  const { email, website } = contact;
  const phone = withPhone ? contact.phone : undefined;
  if (!phone && !email && !website) return null;
  return (
    <ul className="wegwijzer-contact-channels">
      {phone ? (
        <li>
          <span className="wegwijzer-contact-channels__label">{t('phone.label')}: </span>
          <PhoneLink number={phone.number} />
        </li>
      ) : null}
      {email ? (
        <li>
          <span className="wegwijzer-contact-channels__label">{t('email.label')}: </span>
          <EmailLink address={email.address} />
        </li>
      ) : null}
      {website ? (
        <li>
          <span className="wegwijzer-contact-channels__label">{t('website.label')}: </span>
          <WebsiteLink website={website} />
        </li>
      ) : null}
    </ul>
  );
}

/** The number as a `tel:` link (Dutch numbers dialled as +31…, short numbers like 112 as they are). */
export function PhoneLink({ number }: { number: string }) {
  return (
    <a className="utrecht-link utrecht-link--telephone wegwijzer-contact-channels__link" href={telHref(number)}>
      {number}
    </a>
  );
}

export function EmailLink({ address }: { address: string }) {
  return (
    <a className="utrecht-link wegwijzer-contact-channels__link" href={`mailto:${address}`}>
      {address}
    </a>
  );
}

/** The site by its short address; on an English page a Dutch-only site says so ("… (in Dutch)", hreflang="nl"). */
export function WebsiteLink({ website }: { website: NonNullable<KeyedContact['website']> }) {
  const { t } = useTranslation('contact');
  return (
    <a className="utrecht-link wegwijzer-contact-channels__link" href={website.url} hrefLang={website.dutchOnly ? 'nl' : undefined}>
      {website.dutchOnly ? t('website.dutchOnly', { label: displayUrl(website.url) }) : displayUrl(website.url)}
    </a>
  );
}
