// What a result page shows (src/app/page-model.ts turns a URL into pages; this is the result's part): the
// advised contact with the channel its card leads with and the line named beside it (the one rule of
// src/flow/fallback.ts), the second call, the other contacts (each contact once on a page), the local steps
// and the guides. In the result page's code, not in the first JavaScript: only a result page needs it, and
// lazy-pages.ts loads it with that page (issue 28).
import { fallbackFor, type Fallback } from '../../flow/fallback';
import type { Catalogue, Language, ResultData } from '../../app/flow';
import type { GivenAnswer } from '../../app/page-model';
import { directoryPath } from '../../app/routes';

type Contact = Catalogue['contacts'][string];
type Resource = Catalogue['resources'][string];

export interface ResultModel {
  id: string;
  title: string;
  summary?: string;
  why: string;
  urgent: boolean;
  /**
   * The advised contact: the channel its card leads with, and the line to name beside it, with why (the one
   * rule of src/flow/fallback.ts). `bothButtons`: an urgent page whose advised line can be closed shows the
   * fallback's call button right after the primary's, and the page's script marks the one open now.
   */
  primary?: { contact: Contact; lead: LeadAction; fallback?: Fallback<Contact>; bothButtons: boolean };
  /** A second line with its own call button, for some of the people on this page ("(loco-)burgemeester"). */
  alsoCall?: { contact: Contact; for: string };
  /** The other contacts, without any the page already shows (each contact appears once on a result page). */
  others: Contact[];
  /** Local-chain contacts (the municipality's contact point, the Zorg- en Veiligheidshuis): no national channel. */
  localSteps: Contact[];
  /** Each with the contact whose website has it, where no source gives its own link (`availableFrom`). */
  resources: (Resource & { from?: Contact })[];
  answers: GivenAnswer[];
  backHref: string;
  startHref: string;
  directoryHref: string;
}

/** One of a contact's ways in, as a card leads with it. */
export type Channel = 'phone' | 'email' | 'website';

/** What the advised contact's first button does: call, mail, report on its website, or open its website. */
export type LeadAction = 'call' | 'mail' | 'report' | 'visit';

/**
 * The primary card's first button: the result's `lead` channel, else call, else mail, else the website — where
 * a person who came to report is told to report there ("Meld via discriminatie.nl").
 */
export function leadAction(contact: Contact, needs: 'talk' | 'report' | 'knowledge', lead?: Channel): LeadAction {
  const has = (c: Channel) => Boolean(c === 'website' ? contact.website : contact[c]);
  const channel: Channel = lead && has(lead) ? lead : contact.phone ? 'phone' : contact.email ? 'email' : 'website';
  if (channel === 'phone') return 'call';
  if (channel === 'email') return 'mail';
  return needs === 'report' ? 'report' : 'visit';
}

/** The other contacts a result lists, without the advised one, the line named beside it and the second call. */
function othersShown(others: Contact[], shown: (Contact | undefined)[]): Contact[] {
  const ids = new Set(shown.flatMap((c) => (c ? [c.id] : [])));
  return others.filter((c) => !ids.has(c.id));
}

/** The links of a result page that come from its URL (page-model.ts). */
export interface ResultLinks {
  lang: Language;
  answers: GivenAnswer[];
  backHref: string;
  startHref: string;
}

/** The result page of `r`, with the contacts and resources it names. */
export function resultModel(
  r: ResultData,
  { contacts, resources }: Pick<Catalogue, 'contacts' | 'resources'>,
  { lang, answers, backHref, startHref }: ResultLinks,
): ResultModel {
  const contact = (id: string | undefined) => (id === undefined ? undefined : contacts[id]);
  const primary = contact(r.primary);
  const fallback = primary && fallbackFor(primary, contacts, { urgentPrimary: r.urgent });
  const alsoCall = r.alsoCall && contact(r.alsoCall.contact);
  const others = r.others
    .slice(0, 2)
    .map(contact)
    .filter((c): c is Contact => c !== undefined);
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    why: r.why,
    urgent: r.urgent,
    primary: primary && {
      contact: primary,
      lead: leadAction(primary, r.needs, r.lead),
      fallback,
      bothButtons: r.urgent && fallback?.kind === 'outsideHours' && Boolean(primary.phone && fallback.contact.phone),
    },
    alsoCall: alsoCall && r.alsoCall && { contact: alsoCall, for: r.alsoCall.for },
    others: othersShown(others, [primary, fallback?.contact, alsoCall]),
    localSteps: r.localSteps.map(contact).filter((c): c is Contact => c !== undefined),
    resources: r.resources
      .map((id) => resources[id])
      .filter((x): x is Resource => x !== undefined)
      .map((x) => (x.availableFrom ? { ...x, from: contact(x.availableFrom) } : x)),
    answers,
    backHref,
    startHref,
    directoryHref: directoryPath(lang, r.theme),
  };
}
