// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ContactsFile, TaxonomyFile } from '../../../../src/flow/schema';
import { ContactCard } from '../../../../src/ui/ContactCard/ContactCard';
import { fallbackFor } from '../../../../src/flow/fallback';
import { leadAction } from '../../../../src/pages/Result/result-model';
import { flowWithContacts, setUp, TEST_CONTACTS } from './test-support';

const flow = flowWithContacts(TEST_CONTACTS);

afterEach(() => {
  vi.useRealTimers();
});

describe('ContactCard (Dutch)', () => {
  it('shows name, description, phone, e-mail, website, hours, instead and sources', () => {
    const { renderWith, keyed, missing } = setUp(flow, 'nl');
    renderWith(
      <ContactCard
        contact={keyed.contacts.lijn!}
        fallback={{ contact: keyed.contacts.politie!, kind: 'outsideHours' }}
      />,
    );
    const card = screen.getByRole('article', { name: 'Landelijk Steunpunt Extremisme (LSE)' });
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Landelijk Steunpunt Extremisme (LSE)');
    expect(card).toHaveClass('wegwijzer-contact-card--full');
    expect(card).toHaveTextContent('Advies over radicalisering.');
    expect(within(card).getByRole('link', { name: '088 20 80 080' })).toHaveAttribute('href', 'tel:+31882080080');
    expect(card).toHaveTextContent('Vraag naar het adviesteam.');
    expect(within(card).getByRole('link', { name: 'info@example.nl' })).toHaveAttribute(
      'href',
      'mailto:info@example.nl',
    );
    // Dutch page: no "(in Dutch)".
    const site = within(card).getByRole('link', { name: 'landelijksteunpuntextremisme.nl' });
    expect(site).toHaveAttribute('href', 'https://www.landelijksteunpuntextremisme.nl/');
    expect(card).toHaveTextContent('maandag tot en met vrijdag: 09:00 tot 17:00 uur');
    expect(card).toHaveTextContent('Gesloten op feestdagen.');
    expect(card).toHaveTextContent('In de zomer korter open.');
    expect(card).toHaveTextContent('Niet bereikbaar? Bel bij acuut gevaar 112.');
    // Sources, one per fact, with their dates, folded in one "Bron en controle" disclosure.
    const provenance = card.querySelector('details')!;
    expect(within(provenance).getByText('Bron en controle').tagName).toBe('SUMMARY');
    expect(provenance).not.toHaveAttribute('open');
    expect(provenance).toHaveTextContent(
      'Telefoon. Bron: brontekst: ESS – aanbod voor gemeenten · datum bron: geen datum',
    );
    expect(provenance).toHaveTextContent('E-mail. Bron: example.nl · datum bron: maart 2024');
    expect(card).toHaveTextContent(
      'Bron: brontekst: ESS – aanbod voor gemeenten · datum bron: geen datum · gecontroleerd: 23 november 2026',
    );
    expect(card).toHaveTextContent('Bron: example.nl · datum bron: maart 2024 · gecontroleerd: 23 november 2026');
    expect(within(card).getByRole('link', { name: 'example.nl' })).toHaveAttribute(
      'href',
      'https://www.example.nl/contact',
    );
    expect(card).toHaveTextContent('datum bron: 2024 · gecontroleerd');
    expect(missing).toEqual([]);
  });

  it('does not repeat the abbreviation when the name already holds it, and adds it when not', () => {
    const withShort = flowWithContacts([{ ...TEST_CONTACTS[2], name: { nl: 'Expertise-unit', en: 'Expertise unit' } }]);
    const { renderWith, keyed } = setUp(withShort, 'nl');
    renderWith(<ContactCard contact={keyed.contacts.ess!} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Expertise-unit \(ESS\)$/);
  });

  it('adds only real abbreviations to the heading', () => {
    const named = flowWithContacts([{ ...TEST_CONTACTS[1], short: 'Politie' }]);
    const { renderWith, keyed } = setUp(named, 'en');
    renderWith(<ContactCard contact={keyed.contacts.politie!} />);
    expect(screen.getByRole('heading')).toHaveTextContent(/^Police$/);
  });

  it('shows the website only when there is no phone or e-mail, and invents nothing', () => {
    const { renderWith, keyed } = setUp(flow, 'nl');
    renderWith(<ContactCard contact={keyed.contacts.ess!} />);
    const card = screen.getByRole('article');
    expect(
      within(card)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://www.socialestabiliteit.nl/']);
    expect(card).not.toHaveTextContent('Telefoon');
    expect(card).not.toHaveTextContent('E-mail');
    expect(card).not.toHaveTextContent('Openingstijden');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps 112 as tel:112 and describes a 24/7 line', () => {
    const { renderWith, keyed } = setUp(flow, 'nl');
    renderWith(
      <>
        <ContactCard contact={keyed.contacts.alarm!} />
        <ContactCard contact={keyed.contacts.politie!} />
      </>,
    );
    expect(screen.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('link', { name: '0900 8844' })).toHaveAttribute('href', 'tel:+319008844');
    expect(screen.getByText('Dag en nacht bereikbaar, 7 dagen per week. Ook op feestdagen.')).toBeInTheDocument();
    expect(screen.getAllByText(/datum bron: 11 februari 2021/).length).toBeGreaterThan(0);
  });

  it('shows "open now" with the fallback from whenClosed once JavaScript runs', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-23T18:00:00Z')); // Monday 19:00 in Amsterdam
    const { renderWith, keyed } = setUp(flow, 'nl');
    renderWith(
      <ContactCard
        contact={keyed.contacts.lijn!}
        fallback={{ contact: keyed.contacts.politie!, kind: 'outsideHours' }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Nu gesloten. Opent morgen om 09:00 uur.');
    expect(screen.getByText(/Nu gesloten\? Neem contact op met Politie/)).toBeInTheDocument();
  });

  it('has no "open now" text and no fallback in the server HTML (only the empty status line)', () => {
    const { i18n, keyed } = setUp(flow, 'nl');
    const html = renderToString(
      <I18nextProvider i18n={i18n}>
        <ContactCard
          contact={keyed.contacts.lijn!}
          fallback={{ contact: keyed.contacts.politie!, kind: 'outsideHours' }}
        />
      </I18nextProvider>,
    );
    expect(html).toContain('href="tel:+31882080080"');
    expect(html).toMatch(/<p class="[^"]*wegwijzer-open-now__status"><\/p>/);
    expect(html).not.toMatch(/Nu (open|gesloten)/);
    expect(html).not.toContain('Politie');
    expect(html).not.toContain('style=');
  });
  it('shows every source a contact lists, and the contact an organisation without a channel is reached through', () => {
    const exits = flowWithContacts([
      ...TEST_CONTACTS,
      {
        id: 'exits',
        name: { nl: 'Exits', en: 'Exits' },
        description: { nl: 'Begeleiding bij uitstappen.', en: 'Help to leave.' },
        via: 'lijn',
        audience: ['familie'],
        themes: ['uitstappen'],
        source: 'seed:001_aa4ae03011d6df8f.txt https://www.nctv.nl/themas/x https://www.nctv.nl/themas/x',
      },
    ]);
    const { i18n, keyed, missing } = setUp(exits, 'nl');
    const html = renderToString(
      <I18nextProvider i18n={i18n}>
        <ContactCard contact={keyed.contacts.exits!} via={keyed.contacts.lijn!} />
      </I18nextProvider>,
    );
    document.body.innerHTML = html;
    const card = screen.getByRole('article');
    expect(card).toHaveTextContent(
      'Bronnen van deze beschrijving: brontekst: ESS – aanbod voor professionals, nctv.nl',
    );
    expect(within(card).getByRole('link', { name: 'nctv.nl' })).toHaveAttribute('href', 'https://www.nctv.nl/themas/x');
    expect(card).toHaveTextContent('Bereikbaar via Landelijk Steunpunt Extremisme (LSE): 088 20 80 080');
    expect(card).not.toHaveTextContent('in plaats daarvan');
    expect(within(card).getByRole('link', { name: '088 20 80 080' })).toHaveAttribute('href', 'tel:+31882080080');
    expect(missing).toEqual([]);
    document.body.innerHTML = '';
  });
});

const LONG = {
  nl: 'Eerste zin over het LSE. Tweede zin, met bijv. een afkorting. Derde zin die alleen in het aanbod staat.',
  en: 'First sentence about the LSE. Second one, e.g. with an abbreviation. Third sentence only the directory shows.',
};
const longFlow = flowWithContacts([{ ...TEST_CONTACTS[0], description: LONG }, ...TEST_CONTACTS.slice(1)]);

function serverHtml(lang: 'nl' | 'en', node: (k: ReturnType<typeof setUp>['keyed']) => ReactNode, f = longFlow) {
  const { i18n, keyed, missing } = setUp(f, lang);
  document.body.innerHTML = renderToString(<I18nextProvider i18n={i18n}>{node(keyed)}</I18nextProvider>);
  return { missing };
}

describe('ContactCard on a result page (action and compact)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  // In the static HTML.
  it('leads with a call button with the number, the hours and whom to call outside them beside it', () => {
    const { missing } = serverHtml('nl', (k) => (
      <ContactCard
        contact={k.contacts.lijn!}
        fallback={{ contact: k.contacts.politie!, kind: 'outsideHours' }}
        variant="action"
      />
    ));
    const card = screen.getByRole('article');
    const call = within(card).getByRole('link', { name: 'Bel 088 20 80 080' });
    expect(call).toHaveAttribute('href', 'tel:+31882080080');
    expect(call).toHaveClass('utrecht-button');
    const action = call.closest('.wegwijzer-contact-card__action')!;
    expect(action).toHaveTextContent('maandag tot en met vrijdag: 09:00 tot 17:00 uur');
    expect(action).toHaveTextContent('Buiten deze tijden? Neem contact op met Politie: 0900 8844');
    expect(within(action as HTMLElement).getByRole('link', { name: '0900 8844' })).toHaveAttribute(
      'href',
      'tel:+319008844',
    );
    // Then e-mail and website, after the button.
    const links = within(card)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links.indexOf('mailto:info@example.nl')).toBeGreaterThan(links.indexOf('tel:+31882080080'));
    expect(links).toContain('https://www.landelijksteunpuntextremisme.nl/');
    expect(missing).toEqual([]);
  });

  it('shows at most two sentences of the description on a result page, all of it in the directory', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const variant of ['action', 'compact'] as const) {
        serverHtml(lang, (k) => <ContactCard contact={k.contacts.lijn!} variant={variant} />);
        const text = document.querySelector('.wegwijzer-contact-card__description')!.textContent;
        expect(text, `${lang} ${variant}`).toBe(
          LONG[lang]
            .split(/(?<=\.) (?=[A-Z])/)
            .slice(0, 2)
            .join(' '),
        );
      }
      serverHtml(lang, (k) => <ContactCard contact={k.contacts.lijn!} />);
      expect(document.querySelector('.wegwijzer-contact-card__description')!.textContent).toBe(LONG[lang]);
    }
  });

  it('names no fallback beside a line that is always open', () => {
    serverHtml('en', (k) => (
      <ContactCard
        contact={k.contacts.politie!}
        fallback={fallbackFor(k.contacts.politie!, k.contacts, { urgentPrimary: true })}
        variant="action"
      />
    ));
    expect(screen.getByRole('link', { name: 'Call 0900 8844' })).toHaveAttribute('href', 'tel:+319008844');
    expect(document.body).toHaveTextContent('Open day and night, 7 days a week.');
    expect(document.querySelector('[data-contact="lijn"]')).toBeNull();
  });

  it('keeps a compact card to its own links and hours: no call button, no other contact named', () => {
    const { missing } = serverHtml('en', (k) => (
      <ContactCard
        contact={k.contacts.lijn!}
        fallback={{ contact: k.contacts.politie!, kind: 'outsideHours' }}
        variant="compact"
        headingLevel={3}
      />
    ));
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(
      'National Extremism Support Centre (LSE)',
    );
    expect(within(card).getByRole('link', { name: '088 20 80 080' })).toHaveAttribute('href', 'tel:+31882080080');
    expect(card.querySelector('.utrecht-button')).toBeNull();
    expect(card).not.toHaveTextContent('Police');
    expect(card.querySelector('details summary')).toHaveTextContent('Source and check');
    expect(missing).toEqual([]);
  });
});

describe('ContactCard (English)', () => {
  it('translates every label and says "(in Dutch)" for Dutch-only websites', () => {
    const { renderWith, keyed, missing } = setUp(flow, 'en');
    renderWith(<ContactCard contact={keyed.contacts.lijn!} />);
    const card = screen.getByRole('article', { name: 'National Extremism Support Centre (LSE)' });
    const site = within(card).getByRole('link', { name: 'landelijksteunpuntextremisme.nl (in Dutch)' });
    expect(site).toHaveAttribute('hreflang', 'nl');
    expect(card).toHaveTextContent('Phone');
    expect(card).toHaveTextContent('Email');
    expect(card).toHaveTextContent('Opening hours');
    expect(card).toHaveTextContent('Monday to Friday: 09:00 to 17:00');
    expect(card).toHaveTextContent('Closed on public holidays.');
    expect(card).toHaveTextContent('Cannot reach them? In acute danger, call 112.');
    expect(card).toHaveTextContent(
      'Source: source text: ESS – support for municipalities · source date: not dated · checked: 23 November 2026',
    );
    expect(card.querySelector('details summary')).toHaveTextContent('Source and check');
    expect(card).not.toHaveTextContent(/maandag|Bron|gecontroleerd/);
    expect(missing).toEqual([]);
  });

  it('quotes a source text only by its own heading, and marks an English heading as our translation', () => {
    const texts = [
      {
        id: '000_de374f18f303f2dd.txt',
        title: { nl: 'ESS-pagina voor gemeenten', en: 'ESS page for municipalities' },
        heading: { nl: 'Hulpmiddelen voor gemeenten', en: 'Tools for municipalities' },
      },
    ];
    const nl = setUp(flowWithContacts([TEST_CONTACTS[2]], texts), 'nl');
    nl.renderWith(<ContactCard contact={nl.keyed.contacts.ess!} />);
    expect(screen.getByRole('article')).toHaveTextContent(
      'Bron van deze beschrijving: brontekst “Hulpmiddelen voor gemeenten”',
    );
    expect(screen.getByRole('article')).not.toHaveTextContent('ESS-pagina voor gemeenten');
    cleanup();
    const en = setUp(flowWithContacts([TEST_CONTACTS[2]], texts), 'en');
    en.renderWith(<ContactCard contact={en.keyed.contacts.ess!} />);
    expect(screen.getByRole('article')).toHaveTextContent(
      'Source of this description: source text, title in our translation: Tools for municipalities',
    );
    expect(screen.getByRole('article')).not.toHaveTextContent(/[“”]/);
    expect([...nl.missing, ...en.missing]).toEqual([]);
  });

  it('does not say "(in Dutch)" for a website that is not Dutch-only', () => {
    const { renderWith, keyed } = setUp(flow, 'en');
    renderWith(<ContactCard contact={keyed.contacts['english-site']!} />);
    expect(screen.getByRole('link', { name: 'example.org/en' })).not.toHaveAttribute('hreflang');
  });
});

describe('the locale files', () => {
  it('have the same keys in Dutch and English, none empty', async () => {
    const nl = (await import('../../../../src/i18n/locales/nl/contact.json')).default;
    const en = (await import('../../../../src/i18n/locales/en/contact.json')).default;
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(en)).toEqual(keys(nl));
    const values = (o: object): unknown[] =>
      Object.values(o).flatMap((v) => (typeof v === 'object' && v ? values(v) : [v]));
    for (const v of [...values(nl), ...values(en)]) expect(typeof v === 'string' && v.trim().length > 0).toBe(true);
  });
});

// Only contacts.yaml and the source texts in taxonomy.yaml, each parsed with its own schema: the rest of the
// flow is checked by the flow's tests (and may be mid-edit while this runs). npm scripts run in the project root.
describe('every contact in flows/contacts.yaml', () => {
  const file = ContactsFile.safeParse(parse(readFileSync('flows/contacts.yaml', 'utf8')));
  const taxonomy = TaxonomyFile.safeParse(parse(readFileSync('flows/taxonomy.yaml', 'utf8')));
  it('parses', () => {
    expect(file.error?.issues ?? []).toEqual([]);
    expect(taxonomy.error?.issues ?? []).toEqual([]);
  });
  for (const lang of ['nl', 'en'] as const) {
    it(`renders in ${lang} without missing texts, with a tel: link for every phone number`, () => {
      const { renderWith, keyed, missing } = setUp(
        flowWithContacts(file.data?.contacts ?? [], taxonomy.data?.sourceTexts ?? []),
        lang,
      );
      for (const contact of Object.values(keyed.contacts)) {
        if (contact.whenClosed) expect(keyed.contacts[contact.whenClosed], `${contact.id}: whenClosed`).toBeDefined();
        const fallback = fallbackFor(contact, keyed.contacts, { urgentPrimary: false });
        const via = contact.via ? keyed.contacts[contact.via] : undefined;
        const { unmount } = renderWith(<ContactCard contact={contact} fallback={fallback} via={via} />);
        expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/\S/);
        if (contact.phone) {
          const links = screen.getAllByRole('link', { name: contact.phone.number });
          expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^tel:\+?\d{3,15}$/));
        }
        unmount();
        // On a result page: the call button names the number; the description is at most two sentences.
        const action = renderWith(
          <ContactCard
            contact={contact}
            fallback={fallbackFor(contact, keyed.contacts, { urgentPrimary: true })}
            action={{ lead: leadAction(contact, 'talk') }}
            variant="action"
          />,
        );
        if (contact.phone)
          expect(
            screen.getByRole('link', { name: new RegExp(`${contact.phone.number.replace(/[+]/g, '\\+')}$`) }),
          ).toHaveClass('wegwijzer-contact-card__call');
        const shown = document.querySelector('.wegwijzer-contact-card__description')!.textContent ?? '';
        expect(shown.match(/[.!?](\s|$)/g)?.length ?? 0, `${contact.id}: ${shown}`).toBeLessThanOrEqual(2);
        action.unmount();
      }
      expect(missing).toEqual([]);
    });
  }
});
