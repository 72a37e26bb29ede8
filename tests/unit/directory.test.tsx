// @vitest-environment jsdom
// The directory page with the real flow: everything listed, filters and search in the URL, the count, the
// empty state, links to the wizard results that lead to a contact, and the static HTML without JavaScript.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { allPaths } from '../../src/flow/paths';
import { wizardUrl } from '../../src/flow/url';
import { app, loadFlowDir, makeI18n, REAL_FLOW_DIR } from '../fixtures/wizard/harness';

const real = loadFlowDir(REAL_FLOW_DIR);
const contacts = Object.values(real.flow.contacts);
const resources = Object.values(real.flow.resources);
const total = contacts.length + resources.length;
const nl = (key: string) => real.texts.nl[key]!;

async function open(path: string, lang: 'nl' | 'en' = 'nl') {
  window.history.replaceState(null, '', path);
  const t = await makeI18n(real.texts, lang);
  const user = userEvent.setup();
  render(app(real, t, window.location.pathname));
  return { user, t };
}

const cards = () => screen.queryAllByRole('article');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A card by its heading: the name, maybe followed by the abbreviation in brackets. */
const card = (name: string) => screen.getByRole('article', { name: new RegExp(`^${escape(name)}( \\([^)]*\\))?$`) });
const count = () => screen.getByText(/ van \d+ getoond$| of \d+ shown$/);

describe('the directory (Dutch)', () => {
  it('lists every contact and every resource without a filter, with title, count and labelled filters', async () => {
    const { t } = await open('/nl/aanbod/');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Alle organisaties en hulpmiddelen');
    expect(document.title).toBe('Alle organisaties en hulpmiddelen – Wegwijzer');
    expect(cards()).toHaveLength(total);
    for (const c of contacts) expect(card(nl(c.name))).toBeInTheDocument();
    for (const r of resources) expect(card(nl(r.title))).toBeInTheDocument();
    expect(count()).toHaveTextContent(`${total} van ${total} getoond`);
    expect(count()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('searchbox', { name: 'Zoeken' })).toBeInTheDocument();
    for (const name of ['Doelgroep', 'Thema', 'Soort'])
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    expect(screen.getByRole('search')).toHaveAttribute('method', 'get');
    expect(t.missing).toEqual([]);
  });

  it('shows type, audience, themes and sources on a card, and the wizard results that lead to a contact', async () => {
    await open('/nl/aanbod/');
    const ess = card(nl(real.flow.contacts.ess!.name));
    expect(ess).toHaveTextContent(/Soort\s*Organisatie/);
    expect(ess).toHaveTextContent('Gemeente');
    expect(ess).toHaveTextContent('Spanningen en polarisatie');
    expect(ess).toHaveTextContent('Bron');
    expect(ess).toHaveTextContent('Hier komt u uit via:');
    const first = allPaths(real.flow).find((p) => p.primary === 'ess')!;
    const link = within(ess).getByRole('link', { name: nl(real.flow.results[first.result]!.title) });
    expect(link).toHaveAttribute(
      'href',
      wizardUrl(
        'nl',
        first.answers.map(([, o]) => o),
      ),
    );
    const tool = card(nl(real.flow.resources['quickscan-gemeenten']!.title));
    expect(tool).toHaveTextContent(/Soort\s*Hulpmiddel/);
  });

  it('filters on the theme in the URL (the link from a result page)', async () => {
    await open('/nl/aanbod/?thema=discriminatie');
    const expected = [...contacts, ...resources].filter((x) => x.themes.includes('discriminatie')).length;
    expect(count()).toHaveTextContent(`${expected} van ${total} getoond`);
    expect(cards()).toHaveLength(expected);
    expect(screen.getByRole('combobox', { name: 'Thema' })).toHaveValue('discriminatie');
    // Switching language keeps the filter.
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/directory/?thema=discriminatie');
  });

  it('filters on audience and type, and writes them to the URL', async () => {
    const { user } = await open('/nl/aanbod/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Doelgroep' }), 'onderwijs');
    expect(new URLSearchParams(window.location.search).get('doelgroep')).toBe('onderwijs');
    const forSchools = [...contacts, ...resources].filter((x) => x.audience.includes('onderwijs')).length;
    expect(cards()).toHaveLength(forSchools);
    expect(count()).toHaveTextContent(`${forSchools} van ${total} getoond`);
    expect(screen.queryByRole('article', { name: /Genootschap van Burgemeesters/ })).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Doelgroep' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort' }), 'training');
    expect(window.location.search).toBe('?soort=training');
    const trainings = resources.filter((r) => r.type === 'training');
    expect(cards()).toHaveLength(trainings.length);
    for (const r of trainings) expect(card(nl(r.title))).toHaveTextContent(/Soort\s*Training/);
  });

  it.each([
    ['Platform JEP', 'ess'],
    ['platform jep', 'platform-jep'],
    ['KIS', 'kis'],
    ['Kennisplatform Integratie', 'kis'],
    ['Omo', 'omo'],
    ['nationaal coordinator', 'nctv'],
  ])('finds %s (former names, aliases, abbreviations) while typing', async (search, id) => {
    const { user } = await open('/nl/aanbod/');
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), search);
    expect(card(nl(real.flow.contacts[id]!.name))).toBeInTheDocument();
    expect(cards().length).toBeLessThan(total);
    // The text filters the list but never goes into the address (privacy: issue 18).
    expect(window.location.search).toBe('');
    expect(count()).toHaveTextContent(`${cards().length} van ${total} getoond`);
  });

  it('submits the form without a page load', async () => {
    const { user } = await open('/nl/aanbod/');
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'KIS');
    await user.click(screen.getByRole('button', { name: 'Toon resultaten' }));
    expect(window.location.pathname).toBe('/nl/aanbod/');
    expect(window.location.search).toBe('');
    expect(card(nl(real.flow.contacts.kis!.name))).toBeInTheDocument();
  });

  it('explains an empty result and clears the filters', async () => {
    const { user } = await open('/nl/aanbod/?thema=discriminatie');
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'xyzzy');
    expect(window.location.search).toBe('?thema=discriminatie');
    expect(cards()).toHaveLength(0);
    expect(count()).toHaveTextContent(`0 van ${total} getoond`);
    expect(screen.getByRole('heading', { name: 'Niets gevonden' })).toBeInTheDocument();
    expect(screen.getByText(/Kies minder filters/)).toBeInTheDocument();
    const clear = screen.getByRole('link', { name: 'Alle filters wissen' });
    expect(clear).toHaveAttribute('href', '/nl/aanbod/');
    await user.click(clear);
    await waitFor(() => expect(cards()).toHaveLength(total));
    // Everything shown again: neither the empty state nor a clear link.
    expect(screen.queryByRole('heading', { name: 'Niets gevonden' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Alle filters wissen' })).toBeNull();
    expect(window.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue('');
  });
});

describe("the directory's anchors", () => {
  it('gives every entry the id the describe-it search links to (contact-<id>, resource-<id>)', async () => {
    await open('/nl/aanbod/');
    for (const c of contacts)
      expect(document.getElementById(`contact-${c.id}`)?.querySelector('article')).toBe(card(nl(c.name)));
    for (const r of resources)
      expect(document.getElementById(`resource-${r.id}`)?.querySelector('article')).toBe(card(nl(r.title)));
  });
});

describe('the directory (English)', () => {
  it('translates everything and says "(in Dutch)" on Dutch-only links', async () => {
    const { user, t } = await open('/en/directory/', 'en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('All organisations and tools');
    expect(count()).toHaveTextContent(`${total} of ${total} shown`);
    const dutch = resources.find((r) => r.url && r.dutchOnly)!;
    expect(screen.getByRole('link', { name: `${real.texts.en[dutch.title]} (in Dutch)` })).toHaveAttribute(
      'hreflang',
      'nl',
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Omo');
    expect(screen.getByRole('article', { name: /\(Omo\)/ })).toBeInTheDocument();
    expect(t.missing).toEqual([]);
  });
});

describe('the directory without JavaScript', () => {
  // Whatever the query: the static server cannot filter.
  it('is a GET form to the page itself and lists everything', async () => {
    const t = await makeI18n(real.texts, 'nl');
    const html = renderToString(app(real, t, '/nl/aanbod/'));
    document.body.innerHTML = html;
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/nl/aanbod/');
    // No text field without JavaScript: a GET form would put the text in the address and the server's logs.
    expect(within(form).queryByRole('searchbox')).toBeNull();
    expect(within(form).getByRole('combobox', { name: 'Thema' })).toHaveAttribute('name', 'thema');
    expect(within(form).getByRole('button', { name: 'Toon resultaten' })).toHaveAttribute('type', 'submit');
    expect(html).toContain('<noscript>');
    expect(html).toContain('Zonder JavaScript kan deze pagina niet filteren');
    expect(screen.getAllByRole('article')).toHaveLength(total);
    expect(html).not.toMatch(/ style="|<script/);
    document.body.innerHTML = '';
  });
});
