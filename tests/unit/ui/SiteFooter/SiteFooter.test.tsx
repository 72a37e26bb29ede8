// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { SiteFooter } from '../../../../src/ui/SiteFooter/SiteFooter';

const texts = loadFlowDir().texts;

describe('SiteFooter', () => {
  it('links to About, Privacy, Accessibility, Sources, the directory and the route map with Dutch slugs', async () => {
    const t = await makeI18n(texts, 'nl');
    render(withI18n(t.i18n, <SiteFooter lang="nl" />));
    expect(screen.getByRole('link', { name: 'Over Wegwijzer' })).toHaveAttribute('href', '/nl/over/');
    expect(screen.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/nl/privacy/');
    expect(screen.getByRole('link', { name: 'Toegankelijkheid' })).toHaveAttribute('href', '/nl/toegankelijkheid/');
    expect(screen.getByRole('link', { name: 'Bronnen' })).toHaveAttribute('href', '/nl/bronnen/');
    expect(screen.getByRole('link', { name: 'Alle organisaties en hulpmiddelen' })).toHaveAttribute(
      'href',
      '/nl/aanbod/',
    );
    expect(screen.getByRole('link', { name: 'Routekaart: alle vragen en antwoorden' })).toHaveAttribute(
      'href',
      '/nl/routekaart/',
    );
  });

  it('and English slugs in English', async () => {
    const t = await makeI18n(texts, 'en');
    render(withI18n(t.i18n, <SiteFooter lang="en" />));
    expect(screen.getByRole('link', { name: 'About Wegwijzer' })).toHaveAttribute('href', '/en/about/');
    expect(screen.getByRole('link', { name: 'Accessibility' })).toHaveAttribute('href', '/en/accessibility/');
    expect(screen.getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '/en/sources/');
    expect(screen.getByRole('link', { name: 'All organisations and tools' })).toHaveAttribute('href', '/en/directory/');
    expect(screen.getByRole('link', { name: 'Route map: every question and answer' })).toHaveAttribute(
      'href',
      '/en/route-map/',
    );
  });
});
