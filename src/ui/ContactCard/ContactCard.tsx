// One contact point: who they are, what they do, how to reach them (phone, e-mail, website), when, and where
// each fact comes from. Shows only what the flow data holds: no phone or e-mail in the data means website
// only. Localized flow texts arrive as i18n keys (namespace `flow`); interface words come from `contact`.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../content/dates';
import { displayUrl, splitSources } from '../../content/sources';
import { SourceList } from '../SourceList/SourceList';
import { groupHours, isAlwaysOpen, type HoursLike } from '../../content/opening-hours';
import { telHref } from '../../content/phone';
import type { KeyedFlow } from '../../flow/texts';
import { FallbackContact } from '../OpenNow/FallbackContact';
import { OpenNow } from '../OpenNow/OpenNow';
import './ContactCard.css';

type KeyedContact = KeyedFlow['contacts'][string];

export interface ContactCardProps {
  contact: KeyedContact;
  /** The contact to turn to when this one is closed (resolved from the flow's `whenClosed`). */
  fallback?: KeyedContact;
  /** The advised contact on a result page: drawn with more emphasis. */
  primary?: boolean;
  headingLevel?: 2 | 3;
  /** More about the contact, shown in the card before its source (the directory adds audience and themes). */
  children?: ReactNode;
}

interface Provenance {
  source: string;
  /** Absent for the contact as a whole (its name and description), which has a source but no dates. */
  sourceDate?: string;
  checked?: string;
}

export function ContactCard({ contact, fallback, primary = false, headingLevel = 2, children }: ContactCardProps) {
  const { t } = useTranslation('contact');
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = t(contact.name, { ns: 'flow' });
  const showShort = contact.short !== undefined && isAbbreviation(contact.short) && !name.includes(contact.short);
  const { phone, email, website, hours } = contact;

  return (
    <article
      className={`wegwijzer-contact-card${primary ? ' wegwijzer-contact-card--primary' : ''}`}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className={`utrecht-heading-${headingLevel} wegwijzer-contact-card__heading`}>
        {name}
        {showShort ? <> ({contact.short})</> : null}
      </Heading>
      <p className="utrecht-paragraph wegwijzer-contact-card__description">{t(contact.description, { ns: 'flow' })}</p>

      <dl className="wegwijzer-contact-card__facts">
        {phone ? (
          <Fact label={t('phone.label')}>
            <p className="utrecht-paragraph">
              <a className="utrecht-link utrecht-link--telephone wegwijzer-contact-card__link" href={telHref(phone.number)}>
                {phone.number}
              </a>
            </p>
            {phone.note ? <p className="utrecht-paragraph">{t(phone.note, { ns: 'flow' })}</p> : null}
            <Source fact={phone} />
          </Fact>
        ) : null}
        {email ? (
          <Fact label={t('email.label')}>
            <p className="utrecht-paragraph">
              <a className="utrecht-link wegwijzer-contact-card__link" href={`mailto:${email.address}`}>
                {email.address}
              </a>
            </p>
            <Source fact={email} />
          </Fact>
        ) : null}
        {website ? (
          <Fact label={t('website.label')}>
            <p className="utrecht-paragraph">
              <a
                className="utrecht-link wegwijzer-contact-card__link"
                href={website.url}
                hrefLang={website.dutchOnly ? 'nl' : undefined}
              >
                {website.dutchOnly ? t('website.dutchOnly', { label: displayUrl(website.url) }) : displayUrl(website.url)}
              </a>
            </p>
          </Fact>
        ) : null}
        {hours ? (
          <Fact label={t('hours.label')}>
            <HoursText hours={hours} />
            {hours.note ? <p className="utrecht-paragraph">{t(hours.note, { ns: 'flow' })}</p> : null}
            <OpenNow hours={hours} fallback={fallback} />
            <Source fact={hours} />
          </Fact>
        ) : null}
      </dl>

      {contact.instead ? (
        <p className="utrecht-paragraph wegwijzer-contact-card__instead">
          <strong>{t('instead.label')}</strong> {t(contact.instead, { ns: 'flow' })}
        </p>
      ) : null}
      {fallback && !hours ? <FallbackContact contact={fallback} textKey="fallback.instead" /> : null}
      {children}
      <Source
        fact={{ source: contact.source }}
        label={t('source.contactLabel', { count: splitSources(contact.source).length })}
      />
    </article>
  );
}

/** "LSE", "NJi", "RvdK": worth adding to the name; "Politie" or "Kennisnet Jeugd" are short names, not abbreviations. */
function isAbbreviation(short: string): boolean {
  return /^\S{2,6}$/.test(short) && (short.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="wegwijzer-contact-card__fact">
      <dt className="wegwijzer-contact-card__fact-label">{label}</dt>
      <dd className="wegwijzer-contact-card__fact-value">{children}</dd>
    </div>
  );
}

function HoursText({ hours }: { hours: HoursLike }) {
  const { t } = useTranslation('contact');
  if (isAlwaysOpen(hours)) return <p className="utrecht-paragraph">{t('hours.alwaysOpen')}</p>;
  const lines = groupHours(hours).map((line) => {
    const days =
      line.firstDay === line.lastDay
        ? t('hours.oneDay', { day: t(`days.${line.firstDay}`) })
        : t('hours.dayRange', { first: t(`days.${line.firstDay}`), last: t(`days.${line.lastDay}`) });
    const times = line.ranges.map((r) => t('hours.range', { from: r.from, to: r.to })).join(t('hours.rangeSeparator'));
    return { key: line.firstDay, text: t('hours.line', { days, times }) };
  });
  return (
    <>
      <ul className="utrecht-unordered-list wegwijzer-contact-card__hours">
        {lines.map((line) => (
          <li key={line.key} className="utrecht-unordered-list__item">
            {line.text}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        {hours.publicHolidays === 'open' ? t('hours.holidaysOpen') : t('hours.holidaysClosed')}
      </p>
    </>
  );
}

/**
 * "Bron: politie.nl · datum bron: 11 februari 2021 · gecontroleerd: 23 november 2026". A contact's own
 * `source` may list several sources separated by spaces; each is shown.
 */
function Source({ fact, label }: { fact: Provenance; label?: string }) {
  const { t } = useTranslation('contact');
  const sourceDate = fact.sourceDate === undefined ? undefined : formatCalendarDate(fact.sourceDate, t);
  const checked = fact.checked === undefined ? undefined : (formatCalendarDate(fact.checked, t) ?? fact.checked);
  const separator = t('source.separator');
  return (
    <p className="utrecht-paragraph utrecht-paragraph--small wegwijzer-contact-card__source">
      {label ?? t('source.label')}{' '}
      <SourceList source={fact.source} />
      {fact.sourceDate !== undefined ? (
        <>
          {separator}
          {sourceDate ? t('source.date', { date: sourceDate }) : t('source.undated')}
        </>
      ) : null}
      {checked !== undefined ? (
        <>
          {separator}
          {t('source.checked', { date: checked })}
        </>
      ) : null}
    </p>
  );
}
