// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadFlowDir, makeI18n, withI18n } from '../../../fixtures/wizard/harness';
import { EmergencyBar } from '../../../../src/ui/EmergencyBar/EmergencyBar';

const texts = loadFlowDir().texts;

describe('EmergencyBar', () => {
  it('offers 112 and the police non-emergency number as tel: links', async () => {
    const t = await makeI18n(texts, 'nl');
    render(withI18n(t.i18n, <EmergencyBar />));
    expect(screen.getByRole('complementary', { name: 'Hulp bij nood' })).toHaveTextContent('Direct gevaar? Bel 112');
    expect(screen.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByRole('link', { name: 'Politie: 0900 8844' })).toHaveAttribute('href', 'tel:+319008844'); // international form: dials from a foreign SIM too
  });

  it('speaks English on English pages', async () => {
    const t = await makeI18n(texts, 'en');
    render(withI18n(t.i18n, <EmergencyBar />));
    expect(screen.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
    expect(t.missing).toEqual([]);
  });
});
