// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { LanguageSwitch } from '../../../../src/ui/LanguageSwitch/LanguageSwitch';

describe('LanguageSwitch', () => {
  it('links to the same page in each language, each name in its own language, the current one marked', async () => {
    const t = await makeI18n(loadFlowDir().texts, 'en');
    render(
      withI18n(
        t.i18n,
        <LanguageSwitch
          current="en"
          links={[
            { lang: 'nl', href: '/nl/wegwijzer/a/' },
            { lang: 'en', href: '/en/wegwijzer/a/' },
          ]}
        />,
      ),
    );
    const nl = screen.getByRole('link', { name: 'Nederlands' });
    expect(nl).toHaveAttribute('href', '/nl/wegwijzer/a/');
    expect(nl).toHaveAttribute('lang', 'nl');
    expect(nl).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
  });
});
