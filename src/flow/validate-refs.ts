// References between the flow files: every id a question, result, contact or resource names exists where it
// should, and every option of a question without "otherwise" has a rule that can route it.
import type { Loaded, YamlPath } from './load.ts';
import { mentions, outcomes } from './conditions.ts';
import type { Flow } from './model.ts';
import type { Problem } from './problems.ts';
import type { Condition, FlowFileName } from './schema.ts';

/** Records a problem at a place in a flow file. */
export type At = (file: FlowFileName, path: YamlPath, message: string, severity?: Problem['severity']) => void;

const T: FlowFileName = 'triage.yaml';

export function checkStart(flow: Flow, at: At): void {
  if (flow.start in flow.questions) return;
  at(
    T,
    ['start'],
    flow.start in flow.results
      ? `start: the flow must start with a question, but "${flow.start}" is a result`
      : `start: there is no question "${flow.start}"`,
  );
}

export function checkQuestions(flow: Flow, paths: Loaded['paths'], at: At): void {
  const optionOwner = new Map<string, string>();
  for (const q of Object.values(flow.questions)) for (const o of q.options) optionOwner.set(o.id, q.id);
  const isNode = (id: string) => id in flow.questions || id in flow.results;
  for (const q of Object.values(flow.questions)) {
    const qPath = paths.questions[q.id]!;
    q.rules.forEach((rule, i) => {
      const rPath = paths.rules[q.id]![i]!;
      if (!isNode(rule.to))
        at(
          T,
          [...rPath, ...(rPath.at(-1) === 'to' ? [] : ['to'])],
          `"${rule.to}" is not a question or result in this flow`,
        );
      checkConditionRefs(flow, optionOwner, [...rPath, 'when'], rule.when, at);
    });
    if (q.otherwise && !isNode(q.otherwise))
      at(T, [...qPath, 'otherwise'], `otherwise: "${q.otherwise}" is not a question or result in this flow`);
    if (!q.otherwise) checkEveryOptionRouted(flow, q.id, qPath, at);
  }
}

/** A condition names questions of this flow, and for each only options that question offers. */
function checkConditionRefs(
  flow: Flow,
  optionOwner: Map<string, string>,
  path: YamlPath,
  when: Condition,
  at: At,
): void {
  for (const m of mentions(when)) {
    if (!(m.question in flow.questions)) {
      at(T, path, `the condition asks about "${m.question}", which is not a question in this flow`);
      continue;
    }
    for (const o of m.options) {
      const owner = optionOwner.get(o);
      if (owner !== m.question) {
        at(
          T,
          path,
          owner
            ? `the condition expects option "${o}" for question "${m.question}", but that option belongs to "${owner}"`
            : `the condition names option "${o}", which no question offers`,
        );
      }
    }
  }
}

// Without a fallback every option needs a rule that can route it (any operator: is, oneOf, allOf,
// anyOf, not), judged with this answer and every combination of the other answers the rule names.
// No rule that can ever hold: an error. Only rules that depend on earlier answers: a warning, because
// whether some path gets stuck depends on the paths, which this check does not walk.
function checkEveryOptionRouted(flow: Flow, id: string, qPath: YamlPath, at: At): void {
  const q = flow.questions[id]!;
  const optionsOf = (id: string) => flow.questions[id]?.options.map((o) => o.id) ?? [];
  const judged = q.options.map((o) => ({
    o,
    all: q.rules.map((r) => outcomes(r.when, { [q.id]: o.id }, optionsOf)),
  }));
  const stranded = judged.filter((j) => !j.all.some((x) => x.ever)).map((j) => j.o);
  const listed = (os: { id: string }[]) => os.map((o) => `"${o.id}"`).join(', ');
  if (stranded.length > 0) {
    at(
      T,
      qPath,
      `question "${q.id}" has no "otherwise", so option${stranded.length > 1 ? 's' : ''} ${listed(stranded)} ` +
        `may lead nowhere: add "to" on the option or an "otherwise"`,
    );
  }
  const unsure = judged.filter((j) => j.all.some((x) => x.ever) && !j.all.some((x) => x.always)).map((j) => j.o);
  if (unsure.length > 0) {
    at(
      T,
      qPath,
      `question "${q.id}" has no "otherwise", so option${unsure.length > 1 ? 's' : ''} ${listed(unsure)} ` +
        `lead${unsure.length > 1 ? '' : 's'} on only when a rule on other answers holds: ` +
        `make sure one always does, or add an "otherwise"`,
      'warning',
    );
  }
}

/** The checks on what results, contacts and resources name: contacts, taxonomy terms and source texts. */
function refChecks(flow: Flow, at: At) {
  const themeIds = new Set(flow.themes.map((t) => t.id));
  const audienceIds = new Set(flow.audiences.map((a) => a.id));
  const sourceTextIds = new Set(flow.sourceTexts.map((s) => s.id));
  return {
    contact(file: FlowFileName, path: YamlPath, id: string, role: string): void {
      if (!(id in flow.contacts)) at(file, path, `${role}: there is no contact "${id}" in contacts.yaml`);
    },
    theme(file: FlowFileName, path: YamlPath, theme: string): void {
      if (!themeIds.has(theme)) at(file, path, `theme: "${theme}" is not a theme in taxonomy.yaml`);
    },
    terms(file: FlowFileName, path: YamlPath, audience: string[], themes: string[]): void {
      audience.forEach(
        (a, i) =>
          audienceIds.has(a) ||
          at(file, [...path, 'audience', i], `audience: "${a}" is not an audience in taxonomy.yaml`),
      );
      themes.forEach(
        (t, i) => themeIds.has(t) || at(file, [...path, 'themes', i], `themes: "${t}" is not a theme in taxonomy.yaml`),
      );
    },
    // A source is one or more URLs or seed:<file> names, separated by spaces; every seed must have a title.
    source(file: FlowFileName, path: YamlPath, source: string | undefined): void {
      for (const s of source?.split(/\s+/) ?? []) {
        if (s.startsWith('seed:') && !sourceTextIds.has(s.slice('seed:'.length))) {
          at(
            file,
            path,
            `source: "${s}" is not a source text in taxonomy.yaml (add it under sourceTexts, with a title)`,
          );
        }
      }
    },
  };
}
type Refs = ReturnType<typeof refChecks>;

export function checkEntryRefs(flow: Flow, paths: Loaded['paths'], at: At): void {
  const refs = refChecks(flow, at);
  checkResultRefs(flow, paths, at, refs);
  checkContactRefs(flow, paths, at, refs);
  checkResourceRefs(flow, paths, refs);
}

function checkResultRefs(flow: Flow, paths: Loaded['paths'], at: At, refs: Refs): void {
  for (const r of Object.values(flow.results)) {
    const rPath = paths.results[r.id]!;
    if (!r.primary) at(T, rPath, `result "${r.id}" has no primary contact: add "primary: <contact id>"`);
    else refs.contact(T, [...rPath, 'primary'], r.primary, 'primary');
    r.others.forEach((c, i) => refs.contact(T, [...rPath, 'others', i], c, 'others'));
    if (r.others.includes(r.primary))
      at(T, [...rPath, 'others'], `others: "${r.primary}" is already the primary contact`);
    r.resources.forEach(
      (id, i) =>
        id in flow.resources ||
        at(T, [...rPath, 'resources', i], `resources: there is no resource "${id}" in resources.yaml`),
    );
    if (r.theme) refs.theme(T, [...rPath, 'theme'], r.theme);
  }
}

function checkContactRefs(flow: Flow, paths: Loaded['paths'], at: At, refs: Refs): void {
  const C: FlowFileName = 'contacts.yaml';
  for (const c of Object.values(flow.contacts)) {
    const cPath = paths.contacts[c.id]!;
    if (c.whenClosed) {
      refs.contact(C, [...cPath, 'whenClosed'], c.whenClosed, 'whenClosed');
      if (c.whenClosed === c.id) at(C, [...cPath, 'whenClosed'], 'whenClosed: a contact cannot be its own fallback');
    }
    refs.terms(C, cPath, c.audience, c.themes);
    refs.source(C, [...cPath, 'source'], c.source);
    for (const fact of ['phone', 'email', 'hours'] as const)
      refs.source(C, [...cPath, fact, 'source'], c[fact]?.source);
  }
}

function checkResourceRefs(flow: Flow, paths: Loaded['paths'], refs: Refs): void {
  const R: FlowFileName = 'resources.yaml';
  for (const r of Object.values(flow.resources)) {
    const rPath = paths.resources[r.id]!;
    if (r.publisher) refs.contact(R, [...rPath, 'publisher'], r.publisher, 'publisher');
    refs.terms(R, rPath, r.audience, r.themes);
    refs.source(R, [...rPath, 'source'], r.source);
  }
}
