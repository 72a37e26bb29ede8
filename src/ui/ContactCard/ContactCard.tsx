// One contact point: who they are, what they do, how to reach them (phone, e-mail, website), when, and where
// each fact comes from. Shows only what the flow data holds: no phone or e-mail in the data means website
// only. Localized flow texts arrive as i18n keys (namespace `flow`); interface words come from `contact`.
//
// Three variants, because a person reads a result page and the directory for different things:
//   action  — the advised contact on a result page: a large call button with the number, the hours (and
//             "open now" once JavaScript runs) beside it, what to do outside those hours, then e-mail and website.
//   compact — the other contacts on a result page: the same facts as plain links, in less room.
//   full    — the directory: the whole description and every fact with its label.
// A result page shows at most two sentences of the description (cut from the data, never a second copy); the
// directory shows it whole. Every variant keeps each fact's source and dates in the HTML, folded away in a
// "Bron en controle" disclosure so the next fact is not pushed down by provenance lines. Phone, e-mail and
// website come from ContactChannels, one markup for every variant; the directory's facts list is FullFacts.tsx.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../content/dates';
import { firstSentences } from '../../content/sentences';
import { splitSources } from '../../content/sources';
import { SourceList } from '../SourceList/SourceList';
import { ContactChannels } from '../ContactChannels/ContactChannels';
import type { KeyedFlow } from '../../flow/texts';
import { FallbackContact } from '../OpenNow/FallbackContact';
import { OpenNow } from '../OpenNow/OpenNow';
import type { Fallback } from '../../flow/fallback';
import { ActionBlock, type ActionBlockProps } from './ActionBlock';
import { headingAddsShort } from './display-name';
import { FullFacts } from './FullFacts';
import { HoursText } from './HoursText';
import './ContactCard.css';

type KeyedContact = KeyedFlow['contacts'][string];

export type ContactCardVariant = 'action' | 'compact' | 'full';

export interface ContactCardProps {
  contact: KeyedContact;
  /** The line to name beside this one, and why (the one rule of src/flow/fallback.ts). */
  fallback?: Fallback<KeyedContact>;
  /** For an organisation without a channel of its own: the contact it is reached through (`via`). */
  via?: KeyedContact;
  /** `action` only: the advised contact's first button, the second call button and the call for some people. */
  action?: Omit<ActionBlockProps, 'contact' | 'fallback'>;
  /** `action`: the advised contact on a result page; `compact`: the others there; `full` (default): the directory. */
  variant?: ContactCardVariant;
  headingLevel?: 2 | 3;
  /** More about the contact, shown in the card before its sources (the directory adds audience and themes). */
  children?: ReactNode;
}

/** At most this many sentences of a contact's description on a result page; the directory shows all of it. */
export const RESULT_DESCRIPTION_SENTENCES = 2;

interface Provenance {
  source: string;
  /** Absent for the contact as a whole (its name and description), which has a source but no dates. */
  sourceDate?: string;
  checked?: string;
}

export function ContactCard({
  contact,
  fallback,
  via,
  action,
  variant = 'full',
  headingLevel = 2,
  children,
}: ContactCardProps) {
  const { t } = useTranslation('contact');
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const name = t(contact.name, { ns: 'flow' });
  const showShort = headingAddsShort(contact, name);
  const description = t(contact.description, { ns: 'flow' });
  const onResult = variant !== 'full';

  return (
    <article
      className={`wegwijzer-contact-card wegwijzer-contact-card--${variant}`}
      aria-labelledby={headingId}
      data-contact={contact.id}
    >
      <Heading id={headingId} className={`utrecht-heading-${headingLevel} wegwijzer-contact-card__heading`}>
        {name}
        {showShort ? <> ({contact.short})</> : null}
      </Heading>
      {/* The advised contact's call button comes before what they do: on a phone the number must be on the
          first screen. Elsewhere the description introduces the contact. */}
      {variant === 'action' ? (
        <ActionBlock contact={contact} fallback={fallback} lead={action?.lead ?? 'call'} {...action} />
      ) : null}
      <p className="utrecht-paragraph wegwijzer-contact-card__description">
        {onResult ? firstSentences(description, RESULT_DESCRIPTION_SENTENCES) : description}
      </p>

      {variant === 'action' ? null : variant === 'compact' ? (
        <CompactFacts contact={contact} />
      ) : (
        <FullFacts contact={contact} fallback={fallback} />
      )}

      {contact.instead ? (
        <p className="utrecht-paragraph wegwijzer-contact-card__instead">
          <strong>{t('instead.label')}</strong> {t(contact.instead, { ns: 'flow' })}
        </p>
      ) : null}
      {/* An organisation without a channel of its own, in the directory: the contact it is reached through. */}
      {via && variant === 'full' ? <FallbackContact contact={via} textKey="fallback.via" /> : null}
      {children}
      <ProvenanceDisclosure contact={contact} />
    </article>
  );
}

/** Another contact on a result page: phone, e-mail and website as labelled links, then the hours in words. */
function CompactFacts({ contact }: { contact: KeyedContact }) {
  const { t } = useTranslation('contact');
  const { hours } = contact;
  return (
    <>
      <ContactChannels contact={contact} />
      {!hours && contact.hoursNotPublished ? (
        <p className="utrecht-paragraph wegwijzer-contact-card__compact-hours">
          {t(contact.hoursNotPublished, { ns: 'flow' })}
        </p>
      ) : null}
      {hours ? (
        <div className="wegwijzer-contact-card__compact-hours">
          <OpenNow hours={hours} />
          <HoursText hours={hours} />
        </div>
      ) : null}
    </>
  );
}

/**
 * "Bron en controle": for each fact the card shows, its source, the source's date and when we checked it, in
 * words; then the sources of the description. In the HTML (for print, search and anyone who opens it), folded.
 */
function ProvenanceDisclosure({ contact }: { contact: KeyedContact }) {
  const { t } = useTranslation('contact');
  const { phone, email, hours } = contact;
  const facts: { key: string; label: string; fact: Provenance }[] = [];
  if (phone) facts.push({ key: 'phone', label: t('phone.label'), fact: phone });
  if (email) facts.push({ key: 'email', label: t('email.label'), fact: email });
  if (hours) facts.push({ key: 'hours', label: t('hours.label'), fact: hours });
  return (
    <details className="wegwijzer-contact-card__provenance">
      <summary className="wegwijzer-contact-card__provenance-summary">{t('provenance.summary')}</summary>
      <ul className="wegwijzer-contact-card__provenance-list">
        {facts.map(({ key, label, fact }) => (
          <li key={key}>
            <strong>{label}.</strong> <Source fact={fact} />
          </li>
        ))}
        <li>
          <Source
            fact={{ source: contact.source }}
            label={t('source.contactLabel', { count: splitSources(contact.source).length })}
          />
        </li>
      </ul>
    </details>
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
    <span className="wegwijzer-contact-card__source">
      {label ?? t('source.label')} <SourceList source={fact.source} />
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
    </span>
  );
}
