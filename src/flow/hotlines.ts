// The two numbers on every page (the emergency bar, the not-found page): their facts come from
// flows/contacts.yaml like every other contact's, never from code. Only which contacts they are is named
// here. The flow plugin serves them as virtual:wegwijzer/hotlines, a few bytes in the entry chunk, so the
// bar needs neither the catalogue nor the engine.
import type { Flow } from './model.ts';

/** The contact ids of the hotlines every page shows. */
export const HOTLINE_CONTACTS = { emergency: 'alarmnummer-112', police: 'politie' } as const;

export interface Hotline {
  /** as the source prints it, e.g. "0900 8844" */
  number: string;
  /** where the number is published */
  source: string;
}
export type Hotlines = Record<keyof typeof HOTLINE_CONTACTS, Hotline>;

/** The hotlines' numbers and sources; throws when a hotline contact or its phone is missing from the flow. */
export function hotlines(flow: Pick<Flow, 'contacts'>): Hotlines {
  const line = (id: string): Hotline => {
    const phone = flow.contacts[id]?.phone;
    if (!phone)
      throw new Error(
        `contacts.yaml: the emergency bar needs contact "${id}" with a phone number (see src/flow/hotlines.ts)`,
      );
    return { number: phone.number, source: phone.source };
  };
  return { emergency: line(HOTLINE_CONTACTS.emergency), police: line(HOTLINE_CONTACTS.police) };
}
