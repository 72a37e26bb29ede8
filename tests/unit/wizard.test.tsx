// @vitest-environment jsdom
// The wizard in the browser, through the small fixture flow (tests/fixtures/wizard): answer, back, change,
// start again, switch language, restore from the URL, and a bad URL.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { app, loadFlowDir, makeI18n } from '../fixtures/wizard/harness';
import { flowSources } from '../../src/pages/Sources/Sources';

const fixture = loadFlowDir();

async function open(path: string, lang: 'nl' | 'en' = 'nl') {
  window.history.replaceState(null, '', path);
  const t = await makeI18n(fixture.texts, lang);
  const user = userEvent.setup();
  render(app(fixture, t, path));
  return { user, t };
}

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('the wizard', () => {
  it('starts on the home page with the urgency question and its options as links', async () => {
    const { t } = await open('/nl/');
    expect(h1()).toHaveTextContent('Hoe dringend is het?');
    expect(screen.getByText('Vraag 1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Er is nu direct gevaar' })).toHaveAttribute(
      'href',
      '/nl/wegwijzer/direct-gevaar/',
    );
    expect(screen.getByRole('link', { name: /Liever zelf zoeken/ })).toHaveAttribute('href', '/nl/aanbod/');
    expect(document.title).toBe('Vraag 1: Hoe dringend is het? – Wegwijzer');
    expect(screen.queryByRole('link', { name: 'Vorige vraag' })).toBeNull();
    expect(t.missing).toEqual([]);
  });

  it('moves on one click per answer, without a page load, and focuses the new h1', async () => {
    const { user, t } = await open('/nl/');
    await user.click(screen.getByRole('link', { name: 'Het is niet dringend' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Wat is uw rol?'));
    expect(window.location.pathname).toBe('/nl/wegwijzer/niet-dringend/');
    expect(screen.getByText('Vraag 2')).toBeInTheDocument();
    // The App moves focus in an effect after the new page is committed: on a busy machine a moment after the
    // new h1 shows, so this waits for it too (checked at once, it failed under load).
    await waitFor(() => expect(h1()).toHaveFocus());
    expect(document.title).toBe('Vraag 2: Wat is uw rol? – Wegwijzer');
    expect(screen.getByRole('link', { name: 'Vorige vraag' })).toHaveAttribute('href', '/nl/');
    // Your answers, with a Change link to that question and only the answers before it
    expect(screen.getByRole('heading', { name: 'Uw antwoorden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wijzig uw antwoord op: Hoe dringend is het?' })).toHaveAttribute(
      'href',
      '/nl/',
    );
    expect(t.missing).toEqual([]);
  });

  it('ends on a result with the contact, why, and what to do next', async () => {
    const { user, t } = await open('/nl/wegwijzer/niet-dringend/gemeente/');
    expect(h1()).toHaveTextContent('Waar gaat uw zorg over?');
    expect(screen.getByText('Kies wat het meest past.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Iemand radicaliseert' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Vraag advies aan het LSE'));
    expect(window.location.pathname).toBe('/nl/wegwijzer/niet-dringend/gemeente/radicalisering/');
    await waitFor(() => expect(h1()).toHaveFocus());
    expect(document.title).toBe('Vraag advies aan het LSE – Wegwijzer');
    expect(screen.getAllByRole('link', { name: /^Bel 088 20 80 080$/ })[0]!.getAttribute('href')).toMatch(
      /^tel:.*882080080$/,
    );
    expect(screen.getByRole('heading', { name: 'Waarom dit advies' })).toBeInTheDocument();
    expect(
      screen.getByText('Het LSE adviseert professionals en gemeenten over personen die radicaliseren.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /meer organisaties en hulpmiddelen/i })).toHaveAttribute(
      'href',
      '/nl/aanbod/?thema=radicalisering',
    );
    // The tests build without WEGWIJZER_REPORT_EMAIL: no report link (ResultActions.test.tsx covers the link).
    expect(screen.queryByRole('link', { name: /klopt er iets niet/i })).toBeNull();
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Link kopiëren' })).toBeInTheDocument();
    expect(t.missing).toEqual([]);
  });

  it('goes back with the browser Back button', async () => {
    const { user } = await open('/nl/');
    await user.click(screen.getByRole('link', { name: 'Het is niet dringend' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Wat is uw rol?'));
    window.history.back();
    await waitFor(() => expect(h1()).toHaveTextContent('Hoe dringend is het?'));
    expect(window.location.pathname).toBe('/nl/');
    window.history.forward();
    await waitFor(() => expect(h1()).toHaveTextContent('Wat is uw rol?'));
  });

  it('changes an earlier answer: that question opens with only the answers before it', async () => {
    const { user } = await open('/nl/wegwijzer/niet-dringend/gemeente/spanningen/');
    expect(h1()).toHaveTextContent('Vraag de ESS om mee te denken');
    await user.click(screen.getByRole('link', { name: 'Wijzig uw antwoord op: Wat is uw rol?' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Wat is uw rol?'));
    expect(window.location.pathname).toBe('/nl/wegwijzer/niet-dringend/');
    expect(screen.getAllByRole('link', { name: /^Wijzig/ })).toHaveLength(1);
  });

  it('starts again from a result', async () => {
    const { user } = await open('/nl/wegwijzer/direct-gevaar/');
    expect(h1()).toHaveTextContent('Bel nu 112');
    await user.click(screen.getByRole('link', { name: 'Opnieuw beginnen' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Hoe dringend is het?'));
    expect(window.location.pathname).toBe('/nl/');
  });

  it('switches language and keeps the answers', async () => {
    const { user, t } = await open('/nl/wegwijzer/niet-dringend/');
    await user.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(h1()).toHaveTextContent('What is your role?');
    expect(window.location.pathname).toBe('/en/wegwijzer/niet-dringend/');
    expect(screen.getByText('Question 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Exit this page' })).toBeInTheDocument();
    expect(t.missing).toEqual([]);
  });

  it('restores a page from its URL alone, in English', async () => {
    const { t } = await open('/en/wegwijzer/niet-dringend/gemeente/spanningen/', 'en');
    expect(h1()).toHaveTextContent('Ask the ESS to think along');
    expect(screen.getByText('(in Dutch)', { selector: '.ww-resource-list__lang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Change your answer to: How urgent is it\?/ })).toHaveAttribute(
      'href',
      '/en/',
    );
    expect(t.missing).toEqual([]);
  });

  it.each([
    '/nl/wegwijzer/bestaat-niet/',
    '/nl/wegwijzer/direct-gevaar/gemeente/',
    '/nl/wegwijzer/gemeente/',
    '/nl/iets-anders/',
  ])('shows a clear not-found page with Start again for %s', async (path) => {
    await open(path);
    expect(h1()).toHaveTextContent('Deze pagina bestaat niet');
    expect(screen.getByRole('link', { name: 'Opnieuw beginnen' })).toHaveAttribute('href', '/nl/');
    expect(document.title).toBe('Deze pagina bestaat niet – Wegwijzer');
  });

  it('shows the English not-found page for an English URL', async () => {
    await open('/en/wegwijzer/nope/', 'en');
    expect(h1()).toHaveTextContent('This page does not exist');
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/en/');
    expect(screen.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', '/nl/');
  });

  it('renders the same not-found page for any bad URL, so the static 404.html hydrates on it', async () => {
    const { renderToString } = await import('react-dom/server');
    const t = await makeI18n(fixture.texts, 'nl');
    const html = (path: string) => renderToString(app(fixture, t, path));
    expect(html('/nl/wegwijzer/zomaar/')).toBe(html('/404.html'));
    expect(html('/nl/onbekend/')).toBe(html('/404.html'));
  });

  it('opens the footer pages in each language, and the language switch keeps the page', async () => {
    const { user } = await open('/nl/');
    await user.click(screen.getByRole('link', { name: 'Privacy' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Privacy'));
    expect(window.location.pathname).toBe('/nl/privacy/');
    expect(screen.getByRole('heading', { level: 2, name: /Uw browser onthoudt/ })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'English' }));
    await waitFor(() => expect(window.location.pathname).toBe('/en/privacy/'));
  });

  // A fresh English page: in this harness a step right after a language switch has been seen not to commit
  // (the app asks for the page; React keeps the old one) — not understood yet, see the closing note of
  // 7 December 2026. The step itself is tested here from an English page.
  it('opens an English footer page', async () => {
    const { user } = await open('/en/', 'en');
    await user.click(screen.getByRole('link', { name: 'Accessibility' }));
    await waitFor(() => expect(h1()).toHaveTextContent('Accessibility'));
    expect(window.location.pathname).toBe('/en/accessibility/');
  });

  it('opens the directory without a page load', async () => {
    const { user } = await open('/nl/');
    await user.click(screen.getByRole('link', { name: /Liever zelf zoeken/ }));
    await waitFor(() => expect(h1()).toHaveTextContent('Alle organisaties en hulpmiddelen'));
    expect(window.location.pathname).toBe('/nl/aanbod/');
  });
});

describe('the sources page', () => {
  it('lists every source once, seed texts by their title, never a file name', async () => {
    await open('/nl/bronnen/');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    // Quotation marks only around a seed's own heading; a seed without one is described plainly.
    expect(items).toContain('Brontekst van de Rijksoverheid: Brontekst nul');
    expect(items).toContain('Brontekst van de Rijksoverheid: “Kop drie”');
    expect(items.join('\n')).not.toMatch(/Brontekst drie/);
  });
  it('marks an English seed heading as our translation, without quotation marks', async () => {
    await open('/en/sources/', 'en');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toContain('Dutch government source text: Source text zero');
    expect(items).toContain('Dutch government source text, title in our translation: Heading three');
    expect(items.join('\n')).not.toMatch(/[“”]/);
    expect(items.join('\n')).not.toMatch(/seed:|\.txt/);
    expect(new Set(items).size).toBe(items.length);
  });
  it('splits a fact that names several sources into one entry each', () => {
    const contact = { source: 'seed:a.txt https://example.nl/x', phone: { source: 'https://example.nl/x' } };
    const resource = { source: 'seed:a.txt seed:b.txt' };
    expect(
      flowSources({ contacts: { c: contact }, resources: { r: resource } } as unknown as Parameters<
        typeof flowSources
      >[0]),
    ).toEqual(['https://example.nl/x', 'seed:a.txt', 'seed:b.txt']);
  });
});
