// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flowWithContacts, setUp, TEST_CONTACTS } from '../ContactCard/test-support';
import { OpenNow } from '../../../../src/ui/OpenNow/OpenNow';

const flow = flowWithContacts(TEST_CONTACTS);
const clock = (iso: string) => () => new Date(iso);

function contacts(lang: 'nl' | 'en') {
  const env = setUp(flow, lang);
  const lijn = env.keyed.contacts.lijn!;
  const politie = env.keyed.contacts.politie!;
  const ess = env.keyed.contacts.ess!;
  return { ...env, lijn, politie, ess };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('OpenNow', () => {
  // Not yet a live region: so hydration matches, its room is kept, and filling it on load is not announced.
  it('renders an empty status line on the server, not yet a live region', () => {
    const { i18n, lijn } = contacts('nl');
    const html = renderToString(
      <I18nextProvider i18n={i18n}>
        <OpenNow hours={lijn.hours!} now={clock('2026-11-23T09:00:00Z')} />
      </I18nextProvider>,
    );
    expect(html).toBe(
      '<div class="wegwijzer-open-now"><p class="utrecht-paragraph wegwijzer-open-now__status"></p></div>',
    );
  });

  it("hydrates over the early script's text without a mismatch, then writes its own, a live region", async () => {
    const { i18n, lijn } = contacts('en');
    const ui = (
      <I18nextProvider i18n={i18n}>
        <OpenNow hours={lijn.hours!} now={clock('2026-11-23T17:30:00Z')} />
      </I18nextProvider>
    );
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(ui);
    const status = container.querySelector('p')!;
    // What early.ts does before the app takes over.
    status.textContent = 'Closed now.';
    const recoverable = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    try {
      await act(async () => {
        root = hydrateRoot(container, ui, { onRecoverableError: recoverable });
      });
      expect(recoverable).not.toHaveBeenCalled();
      expect(container.querySelector('p')).toBe(status); // taken over, not replaced
      expect(status).toHaveTextContent('Closed now. Opens tomorrow at 09:00.');
      expect(status).toHaveAttribute('role', 'status');
    } finally {
      act(() => root?.unmount());
      container.remove();
    }
  });

  it('says "Nu open" with the closing time on a weekday morning', () => {
    const { renderWith, lijn, missing } = contacts('nl');
    renderWith(<OpenNow hours={lijn.hours!} now={clock('2026-11-23T09:00:00Z')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nu open, tot 17:00 uur.');
    expect(missing).toEqual([]);
  });

  it('says when it opens again on a weekday evening, and names the fallback with a tel: link', () => {
    const { renderWith, lijn, politie, missing } = contacts('nl');
    renderWith(<OpenNow hours={lijn.hours!} fallback={politie} now={clock('2026-11-23T18:00:00Z')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nu gesloten. Opent morgen om 09:00 uur.');
    expect(screen.getByText(/Nu gesloten\? Neem contact op met Politie/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0900 8844' })).toHaveAttribute('href', 'tel:+319008844');
    expect(missing).toEqual([]);
  });

  it('names the weekday and date on Friday evening (English)', () => {
    const { renderWith, lijn, missing } = contacts('en');
    renderWith(<OpenNow hours={lijn.hours!} now={clock('2026-11-27T17:00:00Z')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Closed now. Opens again on Monday 30 November at 09:00.');
    expect(missing).toEqual([]);
  });

  it('names the holiday when that is why it is closed', () => {
    const { renderWith, lijn } = contacts('nl');
    renderWith(<OpenNow hours={lijn.hours!} now={clock('2027-04-27T08:00:00Z')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Vandaag gesloten (Koningsdag). Opent morgen om 09:00 uur.');
  });

  it('shows no fallback while open', () => {
    const { renderWith, lijn, politie } = contacts('nl');
    renderWith(<OpenNow hours={lijn.hours!} fallback={politie} now={clock('2026-11-23T09:00:00Z')} />);
    expect(screen.queryByText(/Neem contact op met/)).not.toBeInTheDocument();
  });

  it('keeps a 24/7 line open at 03:00 on Christmas Day', () => {
    const { renderWith, politie } = contacts('en');
    renderWith(<OpenNow hours={politie.hours!} now={clock('2026-12-25T02:00:00Z')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Open now.');
  });

  it('links to the website of a fallback without a phone number, saying "(in Dutch)" in English', () => {
    const { renderWith, lijn, ess } = contacts('en');
    renderWith(<OpenNow hours={lijn.hours!} fallback={ess} now={clock('2026-11-28T12:00:00Z')} />);
    expect(screen.getByText(/Closed now\? Contact Social Stability Expertise Unit \(ESS\):/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'socialestabiliteit.nl (in Dutch)' })).toHaveAttribute(
      'href',
      'https://www.socialestabiliteit.nl/',
    );
  });

  it('makes the name the link when the name of the fallback already holds its number', () => {
    const named = flowWithContacts([
      TEST_CONTACTS[0],
      { ...TEST_CONTACTS[1], name: { nl: 'Politie (geen spoed): 0900 8844', en: 'Police (non-emergency): 0900 8844' } },
    ]);
    const { renderWith, keyed } = setUp(named, 'en');
    renderWith(
      <OpenNow
        hours={keyed.contacts.lijn!.hours!}
        fallback={keyed.contacts.politie!}
        now={clock('2026-11-23T18:00:00Z')}
      />,
    );
    expect(screen.getByText(/^Closed now\? Contact:/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Police (non-emergency): 0900 8844' })).toHaveAttribute(
      'href',
      'tel:+319008844',
    );
  });

  it('updates when the time passes the closing time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T15:59:30Z')); // 16:59:30 in Amsterdam
    const { renderWith, lijn } = contacts('nl');
    renderWith(<OpenNow hours={lijn.hours!} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nu open');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Nu gesloten. Opent morgen om 09:00 uur.');
  });
});
