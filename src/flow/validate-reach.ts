// How a person reaches each contact a page shows (issue 23): a page lists a contact only with a channel of its
// own; an organisation without one may name the contact it is reached through under `via`; a fallback is named
// only where the rule in fallback.ts names one, so `whenClosed` is for lines with hours (or, on an urgent
// page, unpublished hours); a result's `alsoCall` and `lead` name channels the contact has.
import type { Loaded, YamlPath } from './load.ts';
import type { Flow } from './model.ts';
import type { Contact, FlowFileName } from './schema.ts';

type At = (file: FlowFileName, path: YamlPath, message: string) => void;

/** Whether a person can reach the contact from a page: a phone number, an e-mail address or a website. */
export const hasChannel = (c: Pick<Contact, 'phone' | 'email' | 'website'>) => Boolean(c.phone || c.email || c.website);

export function checkReach(flow: Flow, paths: Loaded['paths'], at: At): void {
  checkContacts(flow, paths, at);
  checkResults(flow, paths, at);
}

function checkContacts(flow: Flow, paths: Loaded['paths'], at: At): void {
  const C: FlowFileName = 'contacts.yaml';
  const urgentPrimaries = new Set(
    Object.values(flow.results)
      .filter((r) => r.urgent)
      .map((r) => r.primary),
  );
  for (const c of Object.values(flow.contacts)) {
    const cPath = paths.contacts[c.id]!;
    if (c.whenClosed && !c.hours && !c.hoursNotPublished)
      at(
        C,
        [...cPath, 'whenClosed'],
        `whenClosed: "${c.id}" has no opening hours (nor hoursNotPublished), ` +
          'so no page names a line for when it is closed: remove it',
      );
    if (c.hoursNotPublished && !c.whenClosed && urgentPrimaries.has(c.id))
      at(
        C,
        [...cPath, 'hoursNotPublished'],
        `contact "${c.id}" publishes no hours and is the advised contact of an urgent result: ` +
          'name a 24/7 line under whenClosed for "no answer?"',
      );
    if (c.via !== undefined) {
      const via = flow.contacts[c.via];
      if (!via) at(C, [...cPath, 'via'], `via: there is no contact "${c.via}" in contacts.yaml`);
      else if (!hasChannel(via))
        at(C, [...cPath, 'via'], `via: "${c.via}" has no phone, e-mail or website either: name a contact that does`);
    }
  }
}

function checkResults(flow: Flow, paths: Loaded['paths'], at: At): void {
  const T: FlowFileName = 'triage.yaml';
  for (const r of Object.values(flow.results)) {
    const rPath = paths.results[r.id]!;
    r.others.forEach((id, i) => {
      const c = flow.contacts[id];
      if (c && !c.local && !hasChannel(c))
        at(
          T,
          [...rPath, 'others', i],
          `others: "${id}" has no channel of its own, so a person cannot reach it from this page: ` +
            `list ${c.via ? `"${c.via}"` : 'the contact it is reached through'} and mention "${id}" in the text`,
        );
    });
    if (r.alsoCall) {
      const c = flow.contacts[r.alsoCall.contact];
      if (!c) at(T, [...rPath, 'alsoCall', 'contact'], `alsoCall: there is no contact "${r.alsoCall.contact}"`);
      else if (!c.phone) at(T, [...rPath, 'alsoCall', 'contact'], `alsoCall: "${c.id}" has no phone number to call`);
      if (r.others.includes(r.alsoCall.contact) || r.primary === r.alsoCall.contact)
        at(T, [...rPath, 'alsoCall', 'contact'], `alsoCall: "${r.alsoCall.contact}" is already on this page`);
    }
    const primary = flow.contacts[r.primary];
    if (r.lead && primary && !primary[r.lead === 'website' ? 'website' : r.lead])
      at(T, [...rPath, 'lead'], `lead: "${r.primary}" has no ${r.lead} to lead with`);
  }
}
