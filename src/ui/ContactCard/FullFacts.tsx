// The directory's facts of one contact (the card's `full` variant): phone, e-mail, website and hours, each with
// its label in a description list; the hours with what the fallback names beside "open now".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailLink, PhoneLink, WebsiteLink } from '../ContactChannels/ContactChannels';
import type { Fallback } from '../../flow/fallback';
import type { KeyedFlow } from '../../flow/texts';
import { OpenNow } from '../OpenNow/OpenNow';
import { HoursText } from './HoursText';

type KeyedContact = KeyedFlow['contacts'][string];

export function FullFacts({ contact, fallback }: { contact: KeyedContact; fallback?: Fallback<KeyedContact> }) {
  const { t } = useTranslation('contact');
  const { phone, email, website, hours } = contact;
  return (
    <dl className="wegwijzer-contact-card__facts">
      {phone ? (
        <Fact label={t('phone.label')}>
          <p className="utrecht-paragraph">
            <PhoneLink number={phone.number} />
          </p>
          {phone.note ? <p className="utrecht-paragraph">{t(phone.note, { ns: 'flow' })}</p> : null}
        </Fact>
      ) : null}
      {email ? (
        <Fact label={t('email.label')}>
          <p className="utrecht-paragraph">
            <EmailLink address={email.address} />
          </p>
        </Fact>
      ) : null}
      {website ? (
        <Fact label={t('website.label')}>
          <p className="utrecht-paragraph">
            <WebsiteLink website={website} />
          </p>
        </Fact>
      ) : null}
      {!hours && contact.hoursNotPublished ? (
        <Fact label={t('hours.label')}>
          <p className="utrecht-paragraph">{t(contact.hoursNotPublished, { ns: 'flow' })}</p>
        </Fact>
      ) : null}
      {hours ? (
        <Fact label={t('hours.label')}>
          <HoursText hours={hours} />
          {hours.note ? <p className="utrecht-paragraph">{t(hours.note, { ns: 'flow' })}</p> : null}
          <OpenNow hours={hours} fallback={fallback?.contact} />
        </Fact>
      ) : null}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wegwijzer-contact-card__fact">
      <dt className="wegwijzer-contact-card__fact-label">{label}</dt>
      <dd className="wegwijzer-contact-card__fact-value">{children}</dd>
    </div>
  );
}
