// Test helpers for the contact card and "open now": an i18next instance of our own with the `contact`
// namespace from the locale files and a `flow` namespace built with splitTexts, so tests use the same keys
// as the app. Missing keys are collected so tests can fail on them.
import i18next, { type i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { render } from '@testing-library/react';
import en from '../../../../src/i18n/locales/en/contact.json';
import nl from '../../../../src/i18n/locales/nl/contact.json';
import type { Flow } from '../../../../src/flow/model';
import { Contact } from '../../../../src/flow/schema';
import { splitTexts, type KeyedFlow } from '../../../../src/flow/texts';

export type KeyedContact = KeyedFlow['contacts'][string];

const TEST_SOURCE_TEXTS: Flow['sourceTexts'] = [
  {
    id: '000_de374f18f303f2dd.txt',
    title: { nl: 'ESS – aanbod voor gemeenten', en: 'ESS – support for municipalities' },
  },
  {
    id: '001_aa4ae03011d6df8f.txt',
    title: { nl: 'ESS – aanbod voor professionals', en: 'ESS – support for professionals' },
  },
];

/**
 * A flow holding just these contacts (written as in contacts.yaml), keyed like the app's; the source texts they
 * cite by default are two test titles.
 */
export function flowWithContacts(contacts: unknown[], sourceTexts: Flow['sourceTexts'] = TEST_SOURCE_TEXTS): Flow {
  const parsed = contacts.map((c) => Contact.parse(c));
  return {
    start: 'start',
    questions: {},
    results: {},
    contacts: Object.fromEntries(parsed.map((c) => [c.id, c])),
    resources: {},
    audiences: [],
    themes: [],
    sourceTexts,
  };
}

export function setUp(flow: Flow, lang: 'nl' | 'en') {
  const { flow: keyed, texts } = splitTexts(flow);
  const missing: string[] = [];
  const i18n: I18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    ns: ['contact', 'flow'],
    defaultNS: 'contact',
    resources: {
      nl: { contact: nl, flow: texts.nl },
      en: { contact: en, flow: texts.en },
    },
    initAsync: false,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => missing.push(`${ns}:${key}`),
    react: { useSuspense: false },
  });
  const renderWith = (ui: ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { keyed, i18n, missing, renderWith };
}

const checked = { sourceDate: '2021-02-11', checked: '2026-11-23' };
const politieSource = 'https://www.politie.nl/contact';

/** Test contacts: an office line with a fallback, a 24/7 line, a website-only contact, 112. */
export const TEST_CONTACTS = [
  {
    id: 'lijn',
    name: { nl: 'Landelijk Steunpunt Extremisme (LSE)', en: 'National Extremism Support Centre (LSE)' },
    short: 'LSE',
    description: { nl: 'Advies over radicalisering.', en: 'Advice on radicalisation.' },
    website: { url: 'https://www.landelijksteunpuntextremisme.nl/', dutchOnly: true },
    phone: {
      number: '088 20 80 080',
      note: { nl: 'Vraag naar het adviesteam.', en: 'Ask for the advice team.' },
      source: 'seed:000_de374f18f303f2dd.txt',
      sourceDate: 'undated',
      checked: '2026-11-23',
    },
    email: {
      address: 'info@example.nl',
      source: 'https://www.example.nl/contact',
      sourceDate: '2024-03',
      checked: '2026-11-23',
    },
    hours: {
      open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
      note: { nl: 'In de zomer korter open.', en: 'Shorter hours in summer.' },
      source: 'seed:000_de374f18f303f2dd.txt',
      sourceDate: '2024',
      checked: '2026-11-23',
    },
    whenClosed: 'politie',
    instead: { nl: 'Bel bij acuut gevaar 112.', en: 'In acute danger, call 112.' },
    audience: ['familie'],
    themes: ['radicalisering'],
    source: 'seed:000_de374f18f303f2dd.txt',
  },
  {
    id: 'politie',
    name: { nl: 'Politie', en: 'Police' },
    description: { nl: 'Geen spoed, wel politie.', en: 'Police, non-emergency.' },
    phone: { number: '0900 8844', source: politieSource, ...checked },
    hours: {
      open: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' }],
      publicHolidays: 'open',
      source: politieSource,
      ...checked,
    },
    audience: ['inwoner'],
    themes: ['noodgeval'],
    source: politieSource,
  },
  {
    id: 'ess',
    name: { nl: 'Expertise-unit Sociale Stabiliteit (ESS)', en: 'Social Stability Expertise Unit (ESS)' },
    short: 'ESS',
    description: { nl: 'Denkt mee met gemeenten.', en: 'Advises municipalities.' },
    website: { url: 'https://www.socialestabiliteit.nl/', dutchOnly: true },
    audience: ['gemeente'],
    themes: ['polarisatie'],
    source: 'seed:000_de374f18f303f2dd.txt',
  },
  {
    id: 'alarm',
    name: { nl: 'Alarmnummer 112', en: 'Emergency number 112' },
    description: { nl: 'Bel 112 bij direct gevaar.', en: 'Call 112 in immediate danger.' },
    phone: { number: '112', source: politieSource, ...checked },
    audience: ['inwoner'],
    themes: ['noodgeval'],
    source: politieSource,
  },
  {
    id: 'english-site',
    name: { nl: 'Engelse site', en: 'English site' },
    description: { nl: 'Een site in het Engels.', en: 'A site in English.' },
    website: { url: 'https://example.org/en/' },
    audience: ['inwoner'],
    themes: ['noodgeval'],
    source: 'https://example.org/en/',
  },
];
