// @vitest-environment jsdom
// The field on the home page with the real flow and the real index (the flow plugin serves it to Vitest
// as to the build): absent in the server's HTML, appears once the app runs, lists up to three result pages
// for a description in the page's language, links each with ?via=zoeken, and keeps the text out of the
// address, history and storage. The built site is tested in a browser too (tests/browser/describe-search.spec.ts).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearch } from '../../../src/ui/DescribeSearch/load';
import { app, loadFlowDir, makeI18n, REAL_FLOW_DIR } from '../../fixtures/wizard/harness';

const real = loadFlowDir(REAL_FLOW_DIR);

// The search chunk and both indexes, loaded once before the tests (the field's own loader, which keeps them):
// the tests then wait on no import and no clock, only on React's updates. Building the two indexes (the flow
// plugin, as in the build) takes seconds on a busy machine: a generous limit, not a wait.
beforeAll(() => Promise.all([loadSearch('nl'), loadSearch('en')]), 60_000);

async function home(lang: 'nl' | 'en') {
  const path = `/${lang}/`;
  window.history.replaceState(null, '', path);
  const t = await makeI18n(real.texts, lang);
  return { t, path, user: userEvent.setup() };
}

describe('the "describe it" field', () => {
  it('is not in the prerendered home page', async () => {
    const { t, path } = await home('nl');
    expect(renderToString(app(real, t, path))).not.toContain('Beschrijf in een paar woorden');
  });

  it.each([
    ['nl', 'Beschrijf in een paar woorden waar het over gaat', 'mijn zoon raakt in een complot', 'lse-familie'],
    ['en', 'Describe in a few words what it is about', 'my son is drawn into a conspiracy group', 'lse-familie'],
  ] as const)(
    'in %s: lists up to three result pages, each linked with ?via=zoeken, and keeps the text to itself',
    async (lang, label, text, expected) => {
      const { t, path, user } = await home(lang);
      const historyLength = window.history.length;
      render(app(real, t, path));
      const field = await screen.findByRole('searchbox', { name: label });
      await user.type(field, text);
      const list = await screen.findByRole('list', {
        name: lang === 'nl' ? 'Adviezen die passen bij uw beschrijving' : 'Advice that fits your description',
      });
      await waitFor(() =>
        expect(within(list).getAllByRole('link').length, screen.getByRole('status').textContent ?? '').toBeGreaterThan(
          0,
        ),
      );
      const links = within(list).getAllByRole('link');
      expect(links.length).toBeLessThanOrEqual(3);
      const hrefs = links.map((a) => a.getAttribute('href')!);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${lang}/wegwijzer/[a-z0-9/-]+/\\?via=zoeken$`));
      // The expected result page: the real path to lse-familie, from the flow's own paths.
      expect(
        hrefs.some((h) => h.includes('/familie-radicalisering/')),
        `${expected} among ${hrefs.join(' ')}`,
      ).toBe(true);
      expect(screen.getByRole('status')).toHaveTextContent(/\d/);
      // Typing wrote nothing anywhere.
      expect(window.location.pathname + window.location.search).toBe(path);
      expect(window.history.length).toBe(historyLength);
      expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
      expect(document.cookie).toBe('');
      expect(field.closest('form')).toBeNull();
      expect(field).not.toHaveAttribute('name');
    },
  );

  it('lists matching directory entries below, linked to their place on the directory page', async () => {
    const { t, path, user } = await home('nl');
    render(app(real, t, path));
    // An older name of the LSE (flows/contacts.yaml `aliases`): found although no text on the site uses it.
    const alias = real.flow.contacts.lse!.aliases![0]!;
    await user.type(
      await screen.findByRole('searchbox', { name: 'Beschrijf in een paar woorden waar het over gaat' }),
      alias,
    );
    const heading = await screen.findByRole('heading', { name: 'In het overzicht van organisaties en hulpmiddelen' });
    const list = heading.nextElementSibling as HTMLElement;
    const hrefs = within(list)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/nl/aanbod/#contact-lse');
  });

  it('puts the 112 and police lines above any suggestion for words of acute danger, and the urgent questions for time pressure', async () => {
    const { t, path, user } = await home('nl');
    render(app(real, t, path));
    const field = await screen.findByRole('searchbox', { name: 'Beschrijf in een paar woorden waar het over gaat' });
    const region = field.closest('section')!;
    await user.type(field, 'mijn broer heeft een mes');
    // The emergency bar has the same link; this one is the search's own, first in its region.
    const call = await within(region).findByRole('link', { name: 'Bel 112' });
    expect(within(region).getAllByRole('link')[0]).toBe(call);
    expect(within(region).getByRole('link', { name: /^Bel de politie: / })).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'het moet vandaag nog');
    expect(await within(region).findByRole('link', { name: 'Ik moet vandaag nog iets doen' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/nl\/wegwijzer\/[a-z-]+\/$/),
    );
    expect(within(region).queryByRole('link', { name: 'Bel 112' })).toBeNull();
    await user.clear(field);
    await user.type(field, 'ik wil nu advies over beleid');
    await waitFor(() => expect(within(region).getAllByRole('link').length).toBeGreaterThan(0));
    expect(within(region).queryByRole('link', { name: 'Bel 112' })).toBeNull();
    expect(within(region).queryByRole('link', { name: 'Ik moet vandaag nog iets doen' })).toBeNull();
  });
});
