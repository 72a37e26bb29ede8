// @vitest-environment jsdom
// What the content rules of issue 12 look like on a real result page (flows/, not a fixture): the local step
// beside the national contact, a line whose hours are not published with its 24/7 fallback, a fallback that
// is never a line closed at the same time, and a guide without a link of its own saying where to find it.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { app, loadFlowDir, makeI18n, REAL_FLOW_DIR } from '../fixtures/wizard/harness';
import { pageFor } from '../../src/app/page-model';

const real = loadFlowDir(REAL_FLOW_DIR);

function resultModel(path: string) {
  const page = pageFor(path, real.runtime);
  if (page.kind !== 'result') throw new Error(`${path} is not a result page`);
  return page.result;
}

async function open(path: string, lang: 'nl' | 'en' = 'nl') {
  window.history.replaceState(null, '', path);
  const t = await makeI18n(real.texts, lang);
  render(app(real, t, path));
  return t;
}

describe('result pages of the real flow', () => {
  it('a municipal official with a person about to travel: the police first, the colleague for public order as the local step', async () => {
    const path = '/nl/wegwijzer/niet-dringend/gemeente/gemeente-uitreizen/';
    expect(resultModel(path).localSteps.map((c) => c.id)).toEqual(['collega-openbare-orde-veiligheid']);
    const t = await open(path);
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent(/Meld het ook bij (uw|de) gemeente/);
    expect(main).toHaveTextContent('Bent u niet zelf de medewerker openbare orde en veiligheid');
    expect(t.missing).toEqual([]);
  });

  it('a professional with a person about to travel: the police first, the municipality as the local step', async () => {
    const path = '/nl/wegwijzer/niet-dringend/eerstelijns-professional/professional-uitreizen/';
    expect(resultModel(path).localSteps.map((c) => c.id)).toEqual(['gemeente-contactpunt-radicalisering']);
    const t = await open(path);
    const local = screen.getByRole('region', { name: 'De lokale stap' });
    expect(
      within(local).getByRole('heading', { name: /contactpunt radicalisering van uw gemeente/i }),
    ).toBeInTheDocument();
    // A local contact point has no national number: the section says so instead of showing one.
    expect(within(local).queryByRole('link', { name: /^\d/ })).toBeNull();
    expect(t.missing).toEqual([]);
  });

  it('the fallback a page names is open day and night: after the SSV closes, not the LSE (closed too) but the police', () => {
    const model = resultModel('/nl/wegwijzer/niet-dringend/school/school-radicalisering/');
    expect(model.primary?.contact.id).toBe('ssv');
    expect(model.primary?.contact.whenClosed).toBe('lse');
    expect(model.primary?.fallback?.contact.id).toBe('politie');
  });

  it('a line whose hours are not published says so, with the 24/7 line beside its button (ESS)', async () => {
    const path = '/nl/wegwijzer/vandaag-nog/dringend-gemeente/dringend-gemeente-communicatie/';
    expect(resultModel(path).primary?.fallback?.contact.id).toBe('politie');
    await open(path);
    const card = screen.getByRole('region', { name: 'Neem contact op met' });
    expect(within(card).getByText(/welke tijden dat zijn, staat niet in onze bronnen/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '0900 8844' })).toHaveAttribute('href', 'tel:+319008844');
  });

  it('a guide without a link of its own says where to find it, in both languages', async () => {
    const path = '/nl/wegwijzer/niet-dringend/ouder-familie/familie-radicalisering/';
    const idealen = resultModel(path).resources.find((r) => r.id === 'idealen-op-drift');
    expect(idealen?.url).toBeUndefined();
    expect(idealen?.from?.id).toBe('ssv');
    await open(path, 'en');
    expect(
      screen.getByText(/No link of its own in our sources\. Find it through School and Safety Foundation/),
    ).toBeInTheDocument();
  });

  it('the directory says where to find such a guide too', async () => {
    await open('/nl/aanbod/');
    const card = screen.getByRole('article', { name: 'Idealen op Drift' });
    expect(
      within(card).getByText(/Geen eigen link in onze bronnen\. Te vinden via Stichting School en Veiligheid/),
    ).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /schoolenveiligheid\.nl/ })).toHaveAttribute(
      'href',
      'https://www.schoolenveiligheid.nl/po-vo/thema/radicalisering/',
    );
  });
});
