// The compiled machine, replaying answers, walking paths, diffing versions, drawing the graph: on the small
// fixture flow, where every expectation can be checked by reading tests/fixtures/flow-base/triage.yaml.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { checkFlow } from '../../../src/flow/validate';
import { accepts, compileFlow, currentNode } from '../../../src/flow/compile';
import { restore } from '../../../src/flow/restore';
import { allPages, allPaths } from '../../../src/flow/paths';
import { diffFlows } from '../../../src/flow/diff';
import { mermaidCharts } from '../../../src/flow/mermaid';
import { parseWizardUrl, wizardUrl } from '../../../src/flow/url';
import { flowTextKey, splitTexts } from '../../../src/flow/texts';
import { base, edited } from './fixture';
import { createEngine } from '../../../src/app/engine';
import type { Sources } from '../../../src/flow/load';

function flowOf(sources: Sources) {
  const c = checkFlow(sources, { today: new Date('2026-11-23') });
  if (!c.flow) throw new Error(c.errors.map((e) => e.message).join('\n'));
  return c.flow;
}
const flow = flowOf(base);
const machine = compileFlow(flow);

describe('the compiled machine', () => {
  it('starts at the start question, tagged question', () => {
    const actor = createActor(machine).start();
    expect(currentNode(actor.getSnapshot())).toBe('urgentie');
    expect(actor.getSnapshot().hasTag('question')).toBe(true);
  });
  it('follows an option-level "to", and tags results', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'ANSWER', option: 'direct-gevaar' });
    expect(currentNode(actor.getSnapshot())).toBe('bel-112');
    expect(actor.getSnapshot().hasTag('result')).toBe(true);
  });
  it('applies a rule on an earlier answer before the fallback', () => {
    const actor = createActor(machine).start();
    for (const option of ['niet-dringend', 'gemeente', 'radicalisering']) actor.send({ type: 'ANSWER', option });
    expect(currentNode(actor.getSnapshot())).toBe('lse-advies');
    expect(actor.getSnapshot().context.answers).toEqual({
      urgentie: 'niet-dringend',
      rol: 'gemeente',
      zorg: 'radicalisering',
    });
  });
  it('ignores an answer that belongs to another question', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'ANSWER', option: 'gemeente' });
    expect(currentNode(actor.getSnapshot())).toBe('urgentie');
  });
  it("accepts exactly the question's own options as its answer, and nothing on a result", () => {
    const actor = createActor(machine).start();
    const urgency = flow.questions.urgentie!.options.map((o) => o.id);
    const others = Object.values(flow.questions).flatMap((q) =>
      q.id === 'urgentie' ? [] : q.options.map((o) => o.id),
    );
    for (const option of urgency) expect(accepts(actor.getSnapshot(), option), option).toBe(true);
    for (const option of [...others, 'onbekend', '']) expect(accepts(actor.getSnapshot(), option), option).toBe(false);
    actor.send({ type: 'ANSWER', option: 'direct-gevaar' });
    expect(urgency.some((option) => accepts(actor.getSnapshot(), option))).toBe(false);
  });
  it('uses named guards, so the routing is inspectable data', () => {
    const route = machine.config.states!['zorg__route'] as { always: { guard?: { type: string } }[] };
    expect(route.always.map((t) => t.guard?.type ?? 'otherwise')).toEqual(['ruleHolds', 'ruleHolds', 'otherwise']);
  });
});

describe('restore: the page for a list of answers', () => {
  it('restores the start with no answers', () => {
    expect(restore(machine, flow, [])).toMatchObject({ ok: true, kind: 'question', node: 'urgentie', trail: [] });
  });
  it('restores a question in the middle', () => {
    expect(restore(machine, flow, ['niet-dringend'])).toMatchObject({ ok: true, kind: 'question', node: 'rol' });
  });
  it('restores a result with its trail', () => {
    expect(restore(machine, flow, ['niet-dringend', 'familie'])).toEqual({
      ok: true,
      kind: 'result',
      node: 'lse-familie',
      trail: [
        { question: 'urgentie', option: 'niet-dringend' },
        { question: 'rol', option: 'familie' },
      ],
    });
  });
  it.each([
    [['gemeente'], 0, 'not an answer to question "urgentie"'],
    [['niet-dringend', 'onbekend'], 1, 'not an answer to question "rol"'],
    [['direct-gevaar', 'gemeente'], 1, 'one too many'],
    [['Niet-Dringend'], 0, 'is not an answer'],
    [['niet-dringend', ''], 1, 'is not an answer'],
  ])('reports %j as invalid at segment %i', (segments, at, reason) => {
    const r = restore(machine, flow, segments);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.at).toBe(at);
      expect(r.reason).toContain(reason);
    }
  });
});

describe('paths', () => {
  it('lists every path from the start to a result, in option order', () => {
    expect(allPaths(flow).map((p) => `${p.answers.map(([, o]) => o).join('/')} → ${p.result} (${p.primary})`)).toEqual([
      'direct-gevaar → bel-112 (alarmnummer-112)',
      'niet-dringend/gemeente/spanningen → ess-spanningen (ess)',
      'niet-dringend/gemeente/radicalisering → lse-advies (lse)',
      'niet-dringend/familie → lse-familie (lse)',
    ]);
  });
  it('replays every path through the machine to the result the walker found', () => {
    for (const p of allPaths(flow)) {
      expect(
        restore(
          machine,
          flow,
          p.answers.map(([, o]) => o),
        ),
      ).toMatchObject({ ok: true, kind: 'result', node: p.result });
    }
  });
  it('lists every distinct page once: each question prefix and each result', () => {
    const pages = allPages(flow).map((p) => `${p.kind}:${p.node}:${p.options.join('/')}`);
    expect(pages).toEqual([
      'question:urgentie:',
      'result:bel-112:direct-gevaar',
      'question:rol:niet-dringend',
      'question:zorg:niet-dringend/gemeente',
      'result:ess-spanningen:niet-dringend/gemeente/spanningen',
      'result:lse-advies:niet-dringend/gemeente/radicalisering',
      'result:lse-familie:niet-dringend/familie',
    ]);
  });
});

describe('diff between two versions', () => {
  it('reports changed destinations, new and gone paths', () => {
    const after = flowOf(
      edited(
        'triage.yaml',
        ['      - id: radicalisering\n', '      - id: radicaliseert\n'],
        ['        to: lse-familie', '        to: swap'],
        ['        to: ess-spanningen', '        to: lse-familie'],
        ['        to: swap', '        to: ess-spanningen'],
      ),
    );
    const d = diffFlows(flow, after);
    expect(d.changed).toEqual([
      {
        url: ['niet-dringend', 'gemeente', 'spanningen'],
        before: { result: 'ess-spanningen', primary: 'ess' },
        after: { result: 'lse-familie', primary: 'lse' },
      },
      {
        url: ['niet-dringend', 'familie'],
        before: { result: 'lse-familie', primary: 'lse' },
        after: { result: 'ess-spanningen', primary: 'ess' },
      },
    ]);
    expect(d.added.map((c) => c.url.join('/'))).toEqual(['niet-dringend/gemeente/radicaliseert']);
    expect(d.removed.map((c) => c.url.join('/'))).toEqual(['niet-dringend/gemeente/radicalisering']);
  });
  it('is empty between a flow and itself', () => {
    expect(diffFlows(flow, flow)).toEqual({ changed: [], added: [], removed: [] });
  });
});

describe('Mermaid graph', () => {
  it('draws each question, each option edge and each result with its contact', () => {
    const [chart] = mermaidCharts(flow);
    expect(chart!.mermaid).toContain('urgentie -->|"Er is nu direct gevaar"| bel_112');
    expect(chart!.mermaid).toContain('zorg -->|"Spanningen tussen groepen"| ess_spanningen');
    expect(chart!.mermaid).not.toContain('zorg -->|"Spanningen tussen groepen"| lse_advies');
    expect(chart!.mermaid).toContain('bel_112["Bel nu 112 → Alarmnummer 112"]');
  });
});

describe('URLs', () => {
  it('round-trips answers through a wizard URL', () => {
    expect(wizardUrl('nl', ['niet-dringend', 'familie'])).toBe('/nl/wegwijzer/niet-dringend/familie/');
    expect(parseWizardUrl('/nl/wegwijzer/niet-dringend/familie/')).toEqual({
      lang: 'nl',
      options: ['niet-dringend', 'familie'],
    });
    expect(wizardUrl('en', [])).toBe('/en/');
    expect(parseWizardUrl('/en/')).toEqual({ lang: 'en', options: [] });
  });
  it('rejects other languages and other sections', () => {
    expect(parseWizardUrl('/de/wegwijzer/a/')).toBeUndefined();
    expect(parseWizardUrl('/nl/iets/a/')).toBeUndefined();
    expect(parseWizardUrl('/nl/wegwijzer/%E0%A4%A/')).toBeUndefined();
  });
});

describe('flow texts as i18next resources', () => {
  it('replaces each text by a key and puts the texts per language', () => {
    const { flow: keyed, texts } = splitTexts(flow);
    const key = keyed.questions['rol']!.text;
    expect(key).toBe('questions.rol.text');
    expect(texts.nl[key]).toBe('Wat is uw rol?');
    expect(texts.en[key]).toBe('What is your role?');
    expect(keyed.questions['rol']!.options[0]!.label).toBe('questions.rol.options.gemeente.label');
    expect(Object.keys(texts.nl).sort()).toEqual(Object.keys(texts.en).sort());
  });
  it('gives the keys flowTextKey spells, for code that has only ids', () => {
    const { flow: keyed, texts } = splitTexts(flow);
    expect(flowTextKey.questionText('rol')).toBe(keyed.questions['rol']!.text);
    expect(flowTextKey.optionLabel('rol', 'familie')).toBe(keyed.questions['rol']!.options[1]!.label);
    expect(flowTextKey.contactName('lse')).toBe(keyed.contacts['lse']!.name);
    expect(texts.nl[flowTextKey.contactName('lse')]).toBe('Landelijk Steunpunt Extremisme (LSE)');
  });
});

describe('the app engine (src/app/engine.ts)', () => {
  const keyed = splitTexts(flow).flow;
  const answers = [['direct-gevaar'], ['niet-dringend'], ['niet-dringend', 'gemeente'], ['niet-dringend', 'nope'], []];
  it('gives what restore gives, for any sequence of pages', () => {
    const engine = createEngine(keyed);
    for (const segments of [...answers, ...answers.toReversed(), answers[1]!, answers[1]!]) {
      expect(engine.restore(segments)).toEqual(restore(machine, flow, segments));
    }
  });
  it('replays the answers once when the same page is asked for twice in a row', () => {
    const engine = createEngine(keyed);
    const first = engine.restore(['niet-dringend']);
    expect(engine.restore(['niet-dringend'])).toBe(first);
    expect(engine.restore(['direct-gevaar'])).not.toBe(first);
    expect(engine.restore(['niet-dringend'])).toEqual(first);
  });
});

describe("the app engine's actors", () => {
  const keyed = splitTexts(flow).flow;
  it("steps on from the last page with one answer, in a new actor, leaving the last page's actor as it was", () => {
    const engine = createEngine(keyed);
    const first = engine.page(['niet-dringend']);
    const next = engine.page(['niet-dringend', 'gemeente']);
    expect(next.actor).not.toBe(first.actor);
    expect(currentNode(first.actor.getSnapshot())).toBe('rol');
    expect(currentNode(next.actor.getSnapshot())).toBe('zorg');
    expect(next.restored).toEqual(restore(machine, flow, ['niet-dringend', 'gemeente']));
    expect(next.actor.getSnapshot().context.trail).toEqual([
      { question: 'urgentie', option: 'niet-dringend' },
      { question: 'rol', option: 'gemeente' },
    ]);
  });
  it('counts a bad answer after a step from the start of the URL', () => {
    const engine = createEngine(keyed);
    engine.page(['niet-dringend']);
    expect(engine.restore(['niet-dringend', 'spanningen'])).toEqual({
      ok: false,
      reason: '"spanningen" is not an answer to question "rol"',
      at: 1,
    });
  });
});
