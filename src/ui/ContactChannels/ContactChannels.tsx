// A contact's ways in — phone, e-mail, website — as one labelled list ("Telefoon: 0900 8844"), and the three
// links themselves. One markup for every place a card lists them: the advised contact's action block (after
// its call button, so without the phone), the other contacts on a result page (all three), and the links in
// the directory's full card. Shows only what the flow data holds; nothing when it holds none.
import type { ReactNode } from 'react';
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
  /** List the e-mail address too (default). `false` where a mail button already shows it. */
  email?: boolean;
  /** List the website too (default). `false` where a button already leads to it. */
  website?: boolean;
}

export function ContactChannels({
  contact,
  phone: withPhone = true,
  email: withEmail = true,
  website: withWebsite = true,
}: ContactChannelsProps) {
  const { t } = useTranslation('contact');
  const phone = withPhone ? contact.phone : undefined;
  const email = withEmail ? contact.email : undefined;
  const website = withWebsite ? contact.website : undefined;
  if (!phone && !email && !website) return null;
  return (
    <ul className="wegwijzer-contact-channels">
      {phone ? <Channel label={t('phone.label')} link={<PhoneLink number={phone.number} />} /> : null}
      {email ? <Channel label={t('email.label')} link={<EmailLink address={email.address} />} /> : null}
      {website ? <Channel label={t('website.label')} link={<WebsiteLink website={website} />} /> : null}
    </ul>
  );
}

function Channel({ label, link }: { label: string; link: ReactNode }) {
  return (
    <li>
      <span className="wegwijzer-contact-channels__label">{label}: </span>
      {link}
    </li>
  );
}

/** The number as a `tel:` link (Dutch numbers dialled as +31…, short numbers like 112 as they are). */
export function PhoneLink({ number }: { number: string }) {
  return (
    <a
      className="utrecht-link utrecht-link--telephone wegwijzer-contact-channels__link ww-link-target"
      href={telHref(number)}
    >
      {number}
    </a>
  );
}

export function EmailLink({ address }: { address: string }) {
  return (
    <a className="utrecht-link wegwijzer-contact-channels__link ww-link-target" href={`mailto:${address}`}>
      {address}
    </a>
  );
}

/** The site by its short address; on an English page a Dutch-only site says so ("… (in Dutch)", hreflang="nl"). */
export function WebsiteLink({ website }: { website: NonNullable<KeyedContact['website']> }) {
  const { t } = useTranslation('contact');
  return (
    <a
      className="utrecht-link wegwijzer-contact-channels__link ww-link-target"
      href={website.url}
      hrefLang={website.dutchOnly ? 'nl' : undefined}
    >
      {website.dutchOnly ? t('website.dutchOnly', { label: displayUrl(website.url) }) : displayUrl(website.url)}
    </a>
  );
}
