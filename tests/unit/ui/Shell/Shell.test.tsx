// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { Shell } from '../../../../src/ui/Shell/Shell';

describe('Shell', () => {
  it('frames a page: skip link, service name, language switch to the same place, quick exit, emergency line, main, footer', async () => {
    const t = await makeI18n(loadFlowDir().texts, 'nl');
    render(
      withI18n(
        t.i18n,
        <Shell lang="nl" route={{ page: 'wizard', lang: 'nl', options: ['niet-dringend'] }}>
          <h1>Inhoud</h1>
        </Shell>,
      ),
    );
    expect(screen.getByRole('link', { name: 'Direct naar de inhoud' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('link', { name: 'Wegwijzer, naar de startpagina' })).toHaveAttribute('href', '/nl/');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/wegwijzer/niet-dringend/');
    expect(screen.getByRole('link', { name: 'Verlaat deze pagina' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bel 112' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(t.missing).toEqual([]);
  });
});
