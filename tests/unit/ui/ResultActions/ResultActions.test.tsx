// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { ResultActions } from '../../../../src/ui/ResultActions/ResultActions';

const texts = loadFlowDir().texts;

describe('ResultActions', () => {
  it('without JavaScript (the static HTML) offers no dead Print or Copy buttons, only links', async () => {
    const t = await makeI18n(texts, 'nl');
    const html = renderToString(
      withI18n(
        t.i18n,
        <ResultActions pagePath="/nl/wegwijzer/x/" startHref="/nl/" reportEmail="fouten@wegwijzer.test" />,
      ),
    );
    expect(html).not.toContain('<button');
    expect(html).toContain('href="/nl/"');
    expect(html).toContain('mailto:fouten@wegwijzer.test');
  });

  it('offers no report link when the build has no report address (no mailbox nobody reads)', async () => {
    const t = await makeI18n(texts, 'nl');
    render(withI18n(t.i18n, <ResultActions pagePath="/nl/wegwijzer/x/" startHref="/nl/" reportEmail={undefined} />));
    expect(screen.queryByRole('link', { name: /Klopt er iets niet/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Opnieuw beginnen' })).toBeInTheDocument();
  });

  it('with JavaScript adds Print and Copy link; copying reports its result', async () => {
    const t = await makeI18n(texts, 'nl');
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(
      withI18n(
        t.i18n,
        <ResultActions pagePath="/nl/wegwijzer/x/" startHref="/nl/" reportEmail="fouten@wegwijzer.test" />,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Link kopiëren' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByRole('status')).toHaveTextContent('De link naar deze pagina is gekopieerd.');
    expect(screen.getByRole('link', { name: 'Opnieuw beginnen' })).toHaveAttribute('href', '/nl/');
    const report = screen.getByRole('link', { name: 'Klopt er iets niet? Meld het ons' }).getAttribute('href')!;
    expect(decodeURIComponent(report)).toContain('/nl/wegwijzer/x/');
  });
});
