// Whether the contacts a page names can be reached: a result's primary has a channel (a phone or e-mail when
// the result is urgent or for someone who needs to talk), local-chain contacts stay under localSteps, a
// fallback chain ends on a 24/7 line, and every resource has a link or a contact whose website has it.
import type { Loaded, YamlPath } from './load.ts';
import { fallbackEnd, isAlwaysOpen } from './fallback.ts';
import type { Flow, ResultNode } from './model.ts';
import type { Contact, FlowFileName } from './schema.ts';
import type { At } from './validate-refs.ts';

const T: FlowFileName = 'triage.yaml';
const C: FlowFileName = 'contacts.yaml';

export function checkContactsReachable(flow: Flow, paths: Loaded['paths'], at: At): void {
  for (const r of Object.values(flow.results)) {
    const rPath = paths.results[r.id]!;
    const c = flow.contacts[r.primary];
    if (c) checkPrimary(r, c, [...rPath, 'primary'], at);
    r.localSteps.forEach((id, i) => {
      if (!(id in flow.contacts))
        at(T, [...rPath, 'localSteps', i], `localSteps: there is no contact "${id}" in contacts.yaml`);
      else if (!flow.contacts[id]!.local)
        at(
          T,
          [...rPath, 'localSteps', i],
          `localSteps: "${id}" is not a local-chain contact (local: true in contacts.yaml)`,
        );
    });
    r.others.forEach((id, i) => {
      if (flow.contacts[id]?.local)
        at(T, [...rPath, 'others', i], `others: "${id}" is a local-chain contact: name it under localSteps`);
    });
  }
  for (const c of Object.values(flow.contacts)) checkContact(flow, c, paths.contacts[c.id]!, at);
  checkResourceLinks(flow, paths, at);
}

/** Every result's primary contact can be reached (issue: "every primary contact reachable"). */
function checkPrimary(r: ResultNode, c: Contact, path: YamlPath, at: At): void {
  const talk = Boolean(c.phone || c.email);
  const page = Boolean(c.website);
  if (c.local)
    at(
      T,
      path,
      `primary: "${c.id}" is a local-chain contact with no channel we can publish: ` +
        `name it under localSteps, beside a national contact that can be reached`,
    );
  else if (!talk && !page)
    at(
      T,
      path,
      `primary: "${c.id}" has no phone, e-mail or website, so nobody can reach it: ` +
        `make a contact with a channel primary and say how to reach "${c.id}" through it`,
    );
  else if ((r.needs === 'talk' || r.urgent) && !talk) {
    const who = r.urgent ? 'urgent' : 'for someone who needs to talk to a person (needs: talk)';
    at(
      T,
      path,
      `primary: "${c.id}" has no sourced phone number or e-mail address, but this result is ${who}: ` +
        `make a contact with a phone or e-mail primary`,
    );
  }
}

function checkContact(flow: Flow, c: Contact, cPath: YamlPath, at: At): void {
  if (c.local && (c.phone || c.email || c.website))
    at(
      C,
      cPath,
      `contact "${c.id}" is local (one per municipality or region): ` +
        `it cannot have a national phone, e-mail or website`,
    );
  if (c.hoursNotPublished && c.hours)
    at(
      C,
      [...cPath, 'hoursNotPublished'],
      `contact "${c.id}" has opening hours: hoursNotPublished is for a line whose hours no source gives`,
    );
  // A fallback chain ends on a line that is open day and night, so "closed? call …" never points to a closed line.
  if (c.whenClosed) {
    const { end, circular } = fallbackEnd(c, flow.contacts);
    if (circular) at(C, [...cPath, 'whenClosed'], `whenClosed: the fallbacks of "${c.id}" go round in a circle`);
    else if (end && !(end.hours && isAlwaysOpen(end.hours)))
      at(
        C,
        [...cPath, 'whenClosed'],
        `whenClosed: the fallbacks of "${c.id}" end on "${end.id}", which is not open day and night: ` +
          `end the chain on a 24/7 line`,
      );
  }
}

function checkResourceLinks(flow: Flow, paths: Loaded['paths'], at: At): void {
  const R: FlowFileName = 'resources.yaml';
  for (const r of Object.values(flow.resources)) {
    const rPath = paths.resources[r.id]!;
    if (r.url && r.availableFrom)
      at(
        R,
        [...rPath, 'availableFrom'],
        `resource "${r.id}" has a url: availableFrom is only for a resource without its own link`,
      );
    if (!r.url && !r.availableFrom)
      at(
        R,
        rPath,
        `resource "${r.id}" has no url: add the page or download a source gives, ` +
          `or availableFrom: <contact> with a website where it can be found`,
      );
    if (r.availableFrom) {
      if (!(r.availableFrom in flow.contacts))
        at(R, [...rPath, 'availableFrom'], `availableFrom: there is no contact "${r.availableFrom}" in contacts.yaml`);
      else if (!flow.contacts[r.availableFrom]!.website)
        at(R, [...rPath, 'availableFrom'], `availableFrom: "${r.availableFrom}" has no website to find it on`);
    }
  }
}
