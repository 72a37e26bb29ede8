// Checks that span files or need the graph: references, reachability, cycles, dead ends, conditions on
// questions that may not have been answered, and the age of contact facts. Structural only (reachability
// and dominators), so it stays fast on large flows.
import { loadFlow, type Loaded, type ParsedSources, type Sources, type YamlPath } from './load.ts';
import { buildGraph, depthFirst, dominators, reachable } from './graph.ts';
import { mentions, outcomes } from './conditions.ts';
import { factRefs, hoursInWordsWritten, literalFacts } from './fact-refs.ts';
import { LANGUAGES } from './languages.ts';
import { flowTexts } from './text-walk.ts';
import { fallbackEnd, isAlwaysOpen } from './fallback.ts';
import type { Flow } from './model.ts';
import type { FlowFileName } from './schema.ts';
import { byPosition, type Problem } from './problems.ts';
import { checkReach } from './validate-reach.ts';

export interface Checked {
  flow?: Flow;
  errors: Problem[];
  warnings: Problem[];
}

export interface CheckOptions {
  /** "Today", for the age of contact facts; tests pin it. */
  today?: Date;
  /** A fact checked longer ago than this many months gets a warning. */
  staleAfterMonths?: number;
}

export function checkFlow(sources: Sources | ParsedSources, options: CheckOptions = {}): Checked {
  const loaded = loadFlow(sources);
  const problems = [...loaded.problems];
  if (loaded.flow) problems.push(...validateLoaded(loaded.flow, loaded, options));
  problems.sort(byPosition);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return errors.length === 0 && loaded.flow ? { flow: loaded.flow, errors, warnings } : { errors, warnings };
}

/** Opening hours in words (issue 24): a warning while the texts are being rewritten, then an error. */
const HOURS_IN_WORDS_SEVERITY: Problem['severity'] = 'error';

function validateLoaded(flow: Flow, loaded: Loaded, options: CheckOptions): Problem[] {
  const out: Problem[] = [];
  const { locate, paths } = loaded;
  const at = (file: FlowFileName, path: YamlPath, message: string, severity: Problem['severity'] = 'error') =>
    out.push({ file, ...locate(file, path), message, severity });
  const T: FlowFileName = 'triage.yaml';
  const isNode = (id: string) => id in flow.questions || id in flow.results;
  const optionOwner = new Map<string, string>();
  for (const q of Object.values(flow.questions)) for (const o of q.options) optionOwner.set(o.id, q.id);
  const themeIds = new Set(flow.themes.map((t) => t.id));
  const audienceIds = new Set(flow.audiences.map((a) => a.id));
  const sourceTextIds = new Set(flow.sourceTexts.map((s) => s.id));

  // --- references ---
  if (!(flow.start in flow.questions)) {
    at(
      T,
      ['start'],
      flow.start in flow.results
        ? `start: the flow must start with a question, but "${flow.start}" is a result`
        : `start: there is no question "${flow.start}"`,
    );
  }
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
      for (const m of mentions(rule.when)) {
        if (!(m.question in flow.questions)) {
          at(T, [...rPath, 'when'], `the condition asks about "${m.question}", which is not a question in this flow`);
          continue;
        }
        for (const o of m.options) {
          const owner = optionOwner.get(o);
          if (owner !== m.question) {
            at(
              T,
              [...rPath, 'when'],
              owner
                ? `the condition expects option "${o}" for question "${m.question}", but that option belongs to "${owner}"`
                : `the condition names option "${o}", which no question offers`,
            );
          }
        }
      }
    });
    if (q.otherwise && !isNode(q.otherwise))
      at(T, [...qPath, 'otherwise'], `otherwise: "${q.otherwise}" is not a question or result in this flow`);
    if (!q.otherwise) {
      // Without a fallback every option needs a rule that can route it (any operator: is, oneOf, allOf,
      // anyOf, not), judged with this answer and every combination of the other answers the rule names.
      // No rule that can ever hold: an error. Only rules that depend on earlier answers: a warning, because
      // whether some path gets stuck depends on the paths, which this check does not walk.
      const optionsOf = (id: string) => flow.questions[id]?.options.map((o) => o.id) ?? [];
      const judged = q.options.map((o) => ({
        o,
        all: q.rules.map((r) => outcomes(r.when, { [q.id]: o.id }, optionsOf)),
      }));
      const stranded = judged.filter((j) => !j.all.some((x) => x.ever)).map((j) => j.o);
      if (stranded.length > 0) {
        at(
          T,
          qPath,
          `question "${q.id}" has no "otherwise", so option${stranded.length > 1 ? 's' : ''} ${stranded.map((o) => `"${o.id}"`).join(', ')} may lead nowhere: add "to" on the option or an "otherwise"`,
        );
      }
      const unsure = judged.filter((j) => j.all.some((x) => x.ever) && !j.all.some((x) => x.always)).map((j) => j.o);
      if (unsure.length > 0) {
        at(
          T,
          qPath,
          `question "${q.id}" has no "otherwise", so option${unsure.length > 1 ? 's' : ''} ${unsure.map((o) => `"${o.id}"`).join(', ')} lead${unsure.length > 1 ? '' : 's'} on only when a rule on other answers holds: make sure one always does, or add an "otherwise"`,
          'warning',
        );
      }
    }
  }
  const contactRef = (file: FlowFileName, path: YamlPath, id: string, role: string) => {
    if (!(id in flow.contacts)) at(file, path, `${role}: there is no contact "${id}" in contacts.yaml`);
  };
  const termRefs = (file: FlowFileName, path: YamlPath, audience: string[], themes: string[]) => {
    audience.forEach(
      (a, i) =>
        audienceIds.has(a) ||
        at(file, [...path, 'audience', i], `audience: "${a}" is not an audience in taxonomy.yaml`),
    );
    themes.forEach(
      (t, i) => themeIds.has(t) || at(file, [...path, 'themes', i], `themes: "${t}" is not a theme in taxonomy.yaml`),
    );
  };
  // A source is one or more URLs or seed:<file> names, separated by spaces; every seed must have a title.
  const sourceRefs = (file: FlowFileName, path: YamlPath, source: string | undefined) => {
    for (const s of source?.split(/\s+/) ?? []) {
      if (s.startsWith('seed:') && !sourceTextIds.has(s.slice('seed:'.length))) {
        at(file, path, `source: "${s}" is not a source text in taxonomy.yaml (add it under sourceTexts, with a title)`);
      }
    }
  };
  for (const r of Object.values(flow.results)) {
    const rPath = paths.results[r.id]!;
    if (!r.primary) at(T, rPath, `result "${r.id}" has no primary contact: add "primary: <contact id>"`);
    else contactRef(T, [...rPath, 'primary'], r.primary, 'primary');
    r.others.forEach((c, i) => contactRef(T, [...rPath, 'others', i], c, 'others'));
    if (r.others.includes(r.primary))
      at(T, [...rPath, 'others'], `others: "${r.primary}" is already the primary contact`);
    r.resources.forEach(
      (id, i) =>
        id in flow.resources ||
        at(T, [...rPath, 'resources', i], `resources: there is no resource "${id}" in resources.yaml`),
    );
    if (r.theme && !themeIds.has(r.theme))
      at(T, [...rPath, 'theme'], `theme: "${r.theme}" is not a theme in taxonomy.yaml`);
  }
  for (const c of Object.values(flow.contacts)) {
    const cPath = paths.contacts[c.id]!;
    if (c.whenClosed) {
      contactRef('contacts.yaml', [...cPath, 'whenClosed'], c.whenClosed, 'whenClosed');
      if (c.whenClosed === c.id)
        at('contacts.yaml', [...cPath, 'whenClosed'], 'whenClosed: a contact cannot be its own fallback');
    }
    termRefs('contacts.yaml', cPath, c.audience, c.themes);
    sourceRefs('contacts.yaml', [...cPath, 'source'], c.source);
    for (const fact of ['phone', 'email', 'hours'] as const)
      sourceRefs('contacts.yaml', [...cPath, fact, 'source'], c[fact]?.source);
  }
  for (const r of Object.values(flow.resources)) {
    const rPath = paths.resources[r.id]!;
    if (r.publisher) contactRef('resources.yaml', [...rPath, 'publisher'], r.publisher, 'publisher');
    termRefs('resources.yaml', rPath, r.audience, r.themes);
    sourceRefs('resources.yaml', [...rPath, 'source'], r.source);
  }

  // --- every result's primary contact can be reached (issue: "every primary contact reachable") ---
  for (const r of Object.values(flow.results)) {
    const rPath = paths.results[r.id]!;
    const c = flow.contacts[r.primary];
    if (c) {
      const talk = Boolean(c.phone || c.email);
      const page = Boolean(c.website);
      if (c.local)
        at(
          T,
          [...rPath, 'primary'],
          `primary: "${c.id}" is a local-chain contact with no channel we can publish: name it under localSteps, beside a national contact that can be reached`,
        );
      else if (!talk && !page)
        at(
          T,
          [...rPath, 'primary'],
          `primary: "${c.id}" has no phone, e-mail or website, so nobody can reach it: make a contact with a channel primary and say how to reach "${c.id}" through it`,
        );
      else if ((r.needs === 'talk' || r.urgent) && !talk) {
        at(
          T,
          [...rPath, 'primary'],
          `primary: "${c.id}" has no sourced phone number or e-mail address, but this result is ${r.urgent ? 'urgent' : 'for someone who needs to talk to a person (needs: talk)'}: make a contact with a phone or e-mail primary`,
        );
      }
    }
    r.localSteps.forEach((id, i) => {
      if (!(id in flow.contacts))
        at(T, [...rPath, 'localSteps', i], `localSteps: there is no contact "${id}" in contacts.yaml`);
      else if (!flow.contacts[id]!.local)
        at(
          T,
          [...rPath, 'localSteps', i],
          `localSteps: "${id}" is not a local-chain contact (local: true in contacts.yaml)`,
        );
    });
    r.others.forEach((id, i) => {
      if (flow.contacts[id]?.local)
        at(T, [...rPath, 'others', i], `others: "${id}" is a local-chain contact: name it under localSteps`);
    });
  }
  for (const c of Object.values(flow.contacts)) {
    const cPath = paths.contacts[c.id]!;
    if (c.local && (c.phone || c.email || c.website))
      at(
        'contacts.yaml',
        cPath,
        `contact "${c.id}" is local (one per municipality or region): it cannot have a national phone, e-mail or website`,
      );
    if (c.hoursNotPublished && c.hours)
      at(
        'contacts.yaml',
        [...cPath, 'hoursNotPublished'],
        `contact "${c.id}" has opening hours: hoursNotPublished is for a line whose hours no source gives`,
      );
    // A fallback chain ends on a line that is open day and night, so "closed? call …" never points to a closed line.
    if (c.whenClosed) {
      const { end, circular } = fallbackEnd(c, flow.contacts);
      if (circular)
        at('contacts.yaml', [...cPath, 'whenClosed'], `whenClosed: the fallbacks of "${c.id}" go round in a circle`);
      else if (end && !(end.hours && isAlwaysOpen(end.hours)))
        at(
          'contacts.yaml',
          [...cPath, 'whenClosed'],
          `whenClosed: the fallbacks of "${c.id}" end on "${end.id}", which is not open day and night: end the chain on a 24/7 line`,
        );
    }
  }
  for (const r of Object.values(flow.resources)) {
    const rPath = paths.resources[r.id]!;
    if (r.url && r.availableFrom)
      at(
        'resources.yaml',
        [...rPath, 'availableFrom'],
        `resource "${r.id}" has a url: availableFrom is only for a resource without its own link`,
      );
    if (!r.url && !r.availableFrom)
      at(
        'resources.yaml',
        rPath,
        `resource "${r.id}" has no url: add the page or download a source gives, or availableFrom: <contact> with a website where it can be found`,
      );
    if (r.availableFrom) {
      if (!(r.availableFrom in flow.contacts))
        at(
          'resources.yaml',
          [...rPath, 'availableFrom'],
          `availableFrom: there is no contact "${r.availableFrom}" in contacts.yaml`,
        );
      else if (!flow.contacts[r.availableFrom]!.website)
        at(
          'resources.yaml',
          [...rPath, 'availableFrom'],
          `availableFrom: "${r.availableFrom}" has no website to find it on`,
        );
    }
  }

  checkReach(flow, paths, at);

  // --- texts: facts by reference, names spelled one way ---
  const variants = Object.values(flow.contacts).flatMap((c) =>
    (c.variants ?? []).map((v) => ({ contact: c, variant: v })),
  );
  // Compiled once: these run over every text of the flow (10 000-node flows have some 100 000).
  const variantPatterns = variants.map(({ contact, variant }) => ({
    contact,
    variant,
    re: new RegExp(`(^|[^\\p{L}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'),
  }));
  for (const { file, path, text } of flowTexts(flow, paths)) {
    for (const lang of LANGUAGES) {
      const value = text[lang];
      // A literal fact has a digit or an @, a reference a brace: most texts have neither and skip the patterns.
      if (/[\d@]/.test(value)) {
        for (const { what, found } of literalFacts(value)) {
          at(
            file,
            [...path, lang],
            `"${found}" is ${what} written out: refer to the contact's fact instead, like {phone:lse}, {email:lse} or {hours:lse}, so it is written once, with its source`,
          );
        }
      }
      if (path.at(-1) !== 'hoursNotPublished')
        for (const found of hoursInWordsWritten(value))
          at(
            file,
            [...path, lang],
            `"${found}" is opening hours in words: refer to the contact's hours ({hours:<contact>}) or leave them to its card, so they follow contacts.yaml`,
            HOURS_IN_WORDS_SEVERITY,
          );
      if (value.includes('{')) {
        for (const ref of factRefs(value)) {
          const c = flow.contacts[ref.contact];
          if (!c) at(file, [...path, lang], `{${ref.kind}:${ref.contact}}: there is no contact "${ref.contact}"`);
          else if (!c[ref.kind])
            at(file, [...path, lang], `{${ref.kind}:${ref.contact}}: contact "${ref.contact}" has no ${ref.kind}`);
        }
      }
      for (const { contact, variant, re } of variantPatterns) {
        if (re.test(value))
          at(
            file,
            [...path, lang],
            `"${variant}" is another spelling of ${contact.name[lang]}: write "${contact.short ?? contact.name[lang]}" or its full name`,
          );
      }
    }
  }

  // --- graph ---
  if (flow.start in flow.questions) {
    const g = buildGraph(flow);
    const nodePath = (id: string) => paths.questions[id] ?? paths.results[id]!;
    const fromStart = reachable([flow.start], g.succ);
    for (const n of g.nodes) {
      if (!fromStart.has(n))
        at(T, [...nodePath(n), 'id'], `"${n}" can never be reached from the start question "${flow.start}"`);
    }
    const reachesResult = reachable(Object.keys(flow.results), g.pred);
    for (const n of g.nodes) {
      if (fromStart.has(n) && !reachesResult.has(n))
        at(T, [...nodePath(n), 'id'], `no result can be reached from question "${n}"`);
    }
    const { order, backEdges } = depthFirst(flow.start, g.succ);
    for (const [from, to] of backEdges) {
      at(
        T,
        [...nodePath(from), 'id'],
        `cycle: question "${from}" leads back to "${to}", which was already asked on the way here`,
      );
    }
    if (backEdges.length === 0) {
      const dominates = dominators(order, g.pred);
      for (const q of Object.values(flow.questions)) {
        if (!fromStart.has(q.id)) continue;
        q.rules.forEach((rule, i) => {
          for (const m of mentions(rule.when)) {
            if (m.question === q.id || !(m.question in flow.questions)) continue;
            if (!dominates(m.question, q.id)) {
              at(
                T,
                [...paths.rules[q.id]![i]!, 'when'],
                `the condition on "${m.question}" is not safe here: some paths reach "${q.id}" without answering "${m.question}"`,
              );
            }
          }
        });
      }
    }
  }

  // --- age of facts ---
  const today = options.today ?? new Date();
  const months = options.staleAfterMonths ?? 12;
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  for (const c of Object.values(flow.contacts)) {
    const cPath = paths.contacts[c.id]!;
    for (const fact of ['phone', 'email', 'hours'] as const) {
      const f = c[fact];
      if (f && new Date(`${f.checked}T00:00:00Z`) < limit) {
        at(
          'contacts.yaml',
          [...cPath, fact, 'checked'],
          `${fact} of "${c.id}" was last checked on ${f.checked}, more than ${months} months ago: check it against its source`,
          'warning',
        );
      }
    }
  }
  return out;
}
