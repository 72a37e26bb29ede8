// The advised contact's way in, on a result page: its own channel as the first button — call, else mail, else
// its report or web page ("Meld via discriminatie.nl") — and right beside it when they can be reached: "open
// now" once the page's script runs, and in the HTML itself the hours and the line to turn to when they are
// closed or do not answer (named by the one rule in src/flow/fallback.ts, decided in the page model). Then the
// other channels.
//
// On an urgent page whose line can be closed, the fallback's call button follows the primary's in the HTML, in
// a fixed order; the page's own script (early.ts) and, once it has taken over, the app give the filled style to
// the one that is open now. The order never changes, so reading and keyboard order stay the same.
import { useTranslation } from 'react-i18next';
import type { LeadAction } from '../../app/page-model';
import { telHref } from '../../content/phone';
import { displayUrl } from '../../content/sources';
import type { Fallback } from '../../flow/fallback';
import type { KeyedFlow } from '../../flow/texts';
import { ContactChannels } from '../ContactChannels/ContactChannels';
import { FallbackContact } from '../OpenNow/FallbackContact';
import { OpenNow, useOpeningState } from '../OpenNow/OpenNow';
import { HoursText } from './HoursText';
import { displayName } from './display-name';

type KeyedContact = KeyedFlow['contacts'][string];

export interface ActionBlockProps {
  contact: KeyedContact;
  lead: LeadAction;
  fallback?: Fallback<KeyedContact>;
  /** Show the fallback's call button after the primary's (an urgent page whose line can be closed). */
  bothButtons?: boolean;
  /** A second line to call, for some of the people on the page. */
  alsoCall?: { contact: KeyedContact; for: string };
}

const FILLED = 'utrecht-button--primary-action';
const PLAIN = 'utrecht-button--secondary-action';
const NAMED_CALL = 'wegwijzer-contact-card__call wegwijzer-contact-card__call--named';

export function ActionBlock({ contact, lead, fallback, bothButtons = false, alsoCall }: ActionBlockProps) {
  const { t } = useTranslation('contact');
  const { phone, hours } = contact;
  // Which button is filled: the primary's, unless the app has read the clock and the line is closed.
  const computed = useOpeningState(bothButtons ? hours : undefined);
  const closedNow = bothButtons && computed !== null && !computed.state.open;
  const settled = computed === null ? '' : ' wegwijzer-contact-card__call--settled';
  const fallbackName = fallback ? displayName(fallback.contact, t(fallback.contact.name, { ns: 'flow' })) : '';
  const showFallbackText = fallback !== undefined && !bothButtons;
  const when =
    hours || showFallbackText || contact.hoursNotPublished ? (
      <div className="wegwijzer-contact-card__when">
        {!hours && contact.hoursNotPublished ? (
          <>
            <p className="utrecht-paragraph wegwijzer-contact-card__when-label">{t('hours.label')}</p>
            <p className="utrecht-paragraph">{t(contact.hoursNotPublished, { ns: 'flow' })}</p>
          </>
        ) : null}
        {hours ? (
          <>
            <OpenNow hours={hours} closedCall={bothButtons ? fallbackName : undefined} />
            <p className="utrecht-paragraph wegwijzer-contact-card__when-label">{t('hours.label')}</p>
            <HoursText hours={hours} />
            {hours.note ? <p className="utrecht-paragraph">{t(hours.note, { ns: 'flow' })}</p> : null}
          </>
        ) : null}
        {showFallbackText ? (
          <FallbackContact
            contact={fallback.contact}
            textKey={fallback.kind === 'noAnswer' ? 'fallback.noAnswer' : 'fallback.outsideHours'}
          />
        ) : null}
      </div>
    ) : null;
  return (
    <>
      <div className="wegwijzer-contact-card__action">
        <div className="wegwijzer-contact-card__buttons">
          <LeadButton contact={contact} lead={lead} className={`${closedNow ? PLAIN : FILLED}${settled}`} />
          {bothButtons && fallback?.contact.phone ? (
            <a
              className={`utrecht-button ${closedNow ? FILLED : PLAIN} ${NAMED_CALL}${settled}`}
              href={telHref(fallback.contact.phone.number)}
              data-contact={fallback.contact.id}
              data-call="fallback"
              suppressHydrationWarning
            >
              {t('call.named', { name: fallbackName, number: fallback.contact.phone.number })}
            </a>
          ) : null}
          {alsoCall?.contact.phone ? (
            <div className="wegwijzer-contact-card__also" data-contact={alsoCall.contact.id}>
              <p className="utrecht-paragraph wegwijzer-contact-card__also-for">
                {t('call.alsoFor', { who: t(alsoCall.for, { ns: 'flow' }) })}
              </p>
              <a
                className={`utrecht-button ${PLAIN} wegwijzer-contact-card__call wegwijzer-contact-card__call--named`}
                href={telHref(alsoCall.contact.phone.number)}
              >
                {t('call.named', {
                  name: displayName(alsoCall.contact, t(alsoCall.contact.name, { ns: 'flow' })),
                  number: alsoCall.contact.phone.number,
                })}
              </a>
            </div>
          ) : null}
        </div>
        {when}
      </div>
      {phone?.note ? <p className="utrecht-paragraph">{t(phone.note, { ns: 'flow' })}</p> : null}
      <ContactChannels
        contact={contact}
        phone={lead !== 'call'}
        email={lead !== 'mail'}
        website={lead === 'call' || lead === 'mail'}
      />
    </>
  );
}

/** The primary's own first button: "Bel 088 20 80 080", "Mail omo@minbzk.nl", "Meld via discriminatie.nl". */
function LeadButton({ contact, lead, className }: { contact: KeyedContact; lead: LeadAction; className: string }) {
  const { t } = useTranslation('contact');
  const classes = `utrecht-button ${className} wegwijzer-contact-card__call`;
  const own = { 'data-call': 'own', suppressHydrationWarning: true } as const;
  if (lead === 'call' && contact.phone)
    return (
      <a className={classes} href={telHref(contact.phone.number)} {...own}>
        {t('call.button', { number: contact.phone.number })}
      </a>
    );
  if (lead === 'mail' && contact.email)
    return (
      <a className={classes} href={`mailto:${contact.email.address}`} {...own}>
        {t('call.mail', { address: contact.email.address })}
      </a>
    );
  const website = contact.website;
  // The checker makes every advised contact reachable (src/flow/validate.ts); without a channel, no button.
  if (!website) return null;
  const label = displayUrl(website.url);
  const site = website.dutchOnly ? t('website.dutchOnly', { label }) : label;
  return (
    <a
      className={`${classes} wegwijzer-contact-card__call--named`}
      href={website.url}
      hrefLang={website.dutchOnly ? 'nl' : undefined}
      {...own}
    >
      {t(lead === 'report' ? 'call.report' : 'call.visit', { site })}
    </a>
  );
}
