// "Nu gesloten? Neem contact op met <name>: <phone>" — the line to turn to when this one is closed or does not
// answer (the one rule of src/flow/fallback.ts), or the contact an organisation without a channel of its own is
// reached through (`via`). Links the phone number, else the website, else names the contact only.
import { useTranslation } from 'react-i18next';
import { displayUrl } from '../../content/sources';
import { telHref } from '../../content/phone';
import type { KeyedFlow } from '../../flow/texts';

export interface FallbackContactProps {
  contact: KeyedFlow['contacts'][string];
  /**
   * The sentence before the link, in namespace `contact`: it has `{{name}}`; `…NoContact` is for a contact
   * with neither phone nor website, `…Link` for a name that already holds the phone number (the name is the link).
   * `fallback.outsideHours` is always true, so the static HTML can say it beside the opening hours.
   */
  textKey: 'openNow.fallback' | 'fallback.noAnswer' | 'fallback.outsideHours' | 'fallback.via';
}

export function FallbackContact({ contact, textKey }: FallbackContactProps) {
  const { t } = useTranslation('contact');
  const name = t(contact.name, { ns: 'flow' });
  const className = 'utrecht-paragraph wegwijzer-fallback-contact';
  const linkClass = 'utrecht-link wegwijzer-fallback-contact__link';
  if (contact.phone && name.includes(contact.phone.number)) {
    return (
      <p className={className} data-contact={contact.id}>
        {t(`${textKey}Link`)}{' '}
        <a className={`${linkClass} utrecht-link--telephone`} href={telHref(contact.phone.number)}>
          {name}
        </a>
      </p>
    );
  }
  if (contact.phone) {
    return (
      <p className={className} data-contact={contact.id}>
        {t(textKey, { name })}{' '}
        <a className={`${linkClass} utrecht-link--telephone`} href={telHref(contact.phone.number)}>
          {contact.phone.number}
        </a>
      </p>
    );
  }
  if (contact.website) {
    const label = displayUrl(contact.website.url);
    return (
      <p className={className} data-contact={contact.id}>
        {t(textKey, { name })}{' '}
        <a className={linkClass} href={contact.website.url} hrefLang={contact.website.dutchOnly ? 'nl' : undefined}>
          {contact.website.dutchOnly ? t('website.dutchOnly', { label }) : label}
        </a>
      </p>
    );
  }
  return (
    <p className={className} data-contact={contact.id}>
      {t(`${textKey}NoContact`, { name })}
    </p>
  );
}
