// @vitest-environment jsdom
// The route map of the real flow: every question, option and result, each linked to its wizard page.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allPages } from '../../src/flow/paths';
import { wizardUrl } from '../../src/flow/url';
import { LANGUAGES } from '../../src/flow/languages';
import { app, loadFlowDir, makeI18n, REAL_FLOW_DIR } from '../fixtures/wizard/harness';
import { mapNodes, routeMap, type MapNode, type RouteMapFlow } from '../../src/flow/route-map';

const real = loadFlowDir(REAL_FLOW_DIR);
const PATH = { nl: '/nl/routekaart/', en: '/en/route-map/' } as const;

describe.each(LANGUAGES)('the route map in %s', (lang) => {
  it('lists every question, option and result of the flow, each linked to its wizard page', async () => {
    window.history.replaceState(null, '', PATH[lang]);
    const t = await makeI18n(real.texts, lang);
    render(app(real, t, PATH[lang]));
    const text = (key: string) => real.texts[lang][key]!;
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const main = screen.getByRole('main');
    const hrefs = new Set(
      within(main)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    );
    // Every page of every path: each question (also the first) and each result, by its own URL.
    for (const page of allPages(real.flow))
      expect(hrefs, wizardUrl(lang, page.options)).toContain(wizardUrl(lang, page.options));
    const content = main.textContent ?? '';
    for (const q of Object.values(real.flow.questions)) {
      expect(content).toContain(text(q.text));
      for (const o of q.options) expect(content).toContain(text(o.label));
    }
    for (const r of Object.values(real.flow.results)) {
      expect(content).toContain(text(r.title));
      expect(content).toContain(text(real.flow.contacts[r.primary]!.name));
    }
    // A heading per answer to the first question.
    const start = real.flow.questions[real.flow.start]!;
    for (const o of start.options)
      expect(screen.getByRole('heading', { level: 2, name: text(o.label) })).toBeInTheDocument();
    expect(t.missing).toEqual([]);
  });
});

describe('the route map in words', () => {
  it('says which earlier answer decided a route', async () => {
    window.history.replaceState(null, '', '/nl/routekaart/');
    const t = await makeI18n(real.texts, 'nl');
    render(app(real, t, '/nl/routekaart/'));
    // The flow routes some answers by an answer given before (zorg-bestuurder looks at `rol`): the data says
    // which options a rule on an earlier answer decided, and the page gives each of them its reason in words.
    const root = routeMap(real.flow, 'nl')!;
    const decided = [...mapNodes(root)]
      .flatMap((n) => (n.kind === 'question' ? n.options : []))
      .filter((o) => o.because);
    expect(decided.length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Omdat eerder gekozen is: ‘/)).toHaveLength(decided.length);
    expect(t.missing).toEqual([]);
  });
});

describe('routeMap (the data)', () => {
  const small: RouteMapFlow = {
    start: 'q1',
    questions: {
      q1: {
        id: 'q1',
        text: 'q1',
        options: [
          { id: 'a', label: 'a' },
          { id: 'b', label: 'b' },
        ],
        rules: [],
        otherwise: 'q2',
      },
      q2: {
        id: 'q2',
        text: 'q2',
        options: [
          { id: 'x', label: 'x' },
          { id: 'y', label: 'y' },
        ],
        rules: [
          {
            when: {
              allOf: [
                { answer: 'q2', is: 'x' },
                { answer: 'q1', is: 'a' },
              ],
            },
            to: 'r1',
          },
          { when: { answer: 'q2', is: 'y' }, to: 'r2' },
        ],
        otherwise: 'r2',
      },
    },
    results: {
      r1: { id: 'r1', title: 'r1', primary: 'c1', urgent: false },
      r2: { id: 'r2', title: 'r2', primary: 'c2', urgent: true },
    },
  };
  const option = (node: MapNode | undefined, id: string) =>
    node?.kind === 'question' ? node.options.find((o) => o.id === id) : undefined;

  it('follows the real routing per path, with the wizard URL of each place', () => {
    const root = routeMap(small, 'en');
    expect(root).toMatchObject({ kind: 'question', id: 'q1', href: '/en/', step: 1 });
    const ax = option(option(root, 'a')!.next, 'x')!;
    expect(ax.next).toMatchObject({ kind: 'result', id: 'r1', href: '/en/wegwijzer/a/x/' });
    const bx = option(option(root, 'b')!.next, 'x')!;
    expect(bx.next).toMatchObject({ kind: 'result', id: 'r2', href: '/en/wegwijzer/b/x/' });
    expect([...mapNodes(root!)].filter((n) => n.kind === 'result')).toHaveLength(4);
  });

  it('keeps only the part of a rule about earlier answers as the reason', () => {
    const root = routeMap(small, 'en');
    expect(option(option(root, 'a')!.next, 'x')!.because).toEqual({ answer: 'q1', is: 'a' });
    // Decided by the option itself, or by the fallback: no reason to give.
    expect(option(option(root, 'a')!.next, 'y')!.because).toBeUndefined();
    expect(option(option(root, 'b')!.next, 'x')!.because).toBeUndefined();
  });
});
