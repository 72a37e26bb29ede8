// Reads the YAML texts of a flow directory, checks each against its zod schema and merges them into a Flow.
// Pure: takes the file texts, so tests and the Vite plugin can hand in what they like. Every problem is
// located at file:line:col through the YAML document's own ranges.
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { FLOW_FILES, type FlowFileName } from './schema.ts';
import { LANGUAGES } from './languages.ts';
import type { Flow, QuestionNode, ResultNode } from './model.ts';
import type { Problem } from './problems.ts';
import { questionRules } from './question-rules.ts';

export type Sources = Partial<Record<FlowFileName, string>>;
export type YamlPath = (string | number)[];

/** Finds where a path points in a file; falls back to the nearest existing parent, then to 1:1. */
export type Locate = (file: FlowFileName, path: YamlPath, key?: boolean) => { line: number; col: number };

export interface Loaded {
  flow?: Flow;
  problems: Problem[];
  locate: Locate;
  /** Where each question, option, result, contact and resource sits, for graph checks. */
  paths: {
    questions: Record<string, YamlPath>;
    options: Record<string, YamlPath>;
    results: Record<string, YamlPath>;
    contacts: Record<string, YamlPath>;
    resources: Record<string, YamlPath>;
    /** Per question, where each of its normalised rules was written (an option's `to` or a `next` entry). */
    rules: Record<string, YamlPath[]>;
  };
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

/** The YAML documents of a flow directory, parsed once (parsing is the slow part on very large flows). */
export interface ParsedSources {
  kind: 'parsed';
  files: Partial<Record<FlowFileName, Parsed>>;
  problems: Problem[];
}

export function parseSources(sources: Sources): ParsedSources {
  const files: ParsedSources['files'] = {};
  const problems: Problem[] = [];
  for (const file of Object.keys(FLOW_FILES) as FlowFileName[]) {
    const text = sources[file];
    if (text === undefined) {
      problems.push({ file, line: 1, col: 1, message: `the file ${file} is missing`, severity: 'error' });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    files[file] = { doc, lines };
    for (const err of doc.errors) {
      const pos = lines.linePos(err.pos[0]);
      problems.push({
        file,
        line: pos.line,
        col: pos.col,
        message: `YAML syntax: ${firstLine(err.message)}`,
        severity: 'error',
      });
    }
  }
  return { kind: 'parsed', files, problems };
}

type Report = (file: FlowFileName, path: YamlPath, message: string, key?: boolean) => void;
type FileData<F extends FlowFileName> = z.infer<(typeof FLOW_FILES)[F]>;
interface FlowData {
  triage: FileData<'triage.yaml'>;
  contacts: FileData<'contacts.yaml'>;
  resources: FileData<'resources.yaml'>;
  taxonomy: FileData<'taxonomy.yaml'>;
}

export function loadFlow(input: Sources | ParsedSources): Loaded {
  const { files: parsed, problems: parseProblems } =
    'kind' in input && input.kind === 'parsed' ? input : parseSources(input as Sources);
  const problems: Problem[] = [...parseProblems];

  const locate: Locate = (file, path, key = false) => {
    const p = parsed[file];
    if (!p) return { line: 1, col: 1 };
    const offset = offsetOf(p.doc, path, key);
    const pos = p.lines.linePos(offset);
    return { line: pos.line, col: pos.col };
  };
  const report: Report = (file, path, message, key = false) => {
    problems.push({ file, ...locate(file, path, key), message, severity: 'error' });
  };

  const data = checkSchemas(parsed, report);
  const paths: Loaded['paths'] = { questions: {}, options: {}, results: {}, contacts: {}, resources: {}, rules: {} };
  if (!data) return { problems, locate, paths };
  const flow = mergeFlow(data, paths, idClaims(locate, report));
  return { flow, problems, locate, paths };
}

/** Each file's data, checked against its schema; undefined when a file is missing or has a problem. */
function checkSchemas(parsed: ParsedSources['files'], report: Report): FlowData | undefined {
  const data: Partial<Record<FlowFileName, unknown>> = {};
  for (const file of Object.keys(FLOW_FILES) as FlowFileName[]) {
    const doc = parsed[file]?.doc;
    if (!doc || doc.errors.length > 0) continue;
    const schema: z.ZodType = FLOW_FILES[file];
    let js: unknown;
    try {
      js = doc.toJS();
    } catch (err) {
      // e.g. an alias to an anchor that is not defined: a syntax problem only visible when resolving
      report(file, [], `YAML: ${firstLine(err instanceof Error ? err.message : String(err))}`);
      continue;
    }
    const checked = schema.safeParse(js);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const path = issue.path as YamlPath;
        if (issue.code === 'unrecognized_keys') {
          for (const k of issue.keys) report(file, [...path, k], `unknown field "${k}"${hintFor(k)}`, true);
        } else {
          report(file, path, describe(path, issue.message));
        }
      }
      continue;
    }
    data[file] = checked.data;
  }
  const triage = data['triage.yaml'] as FlowData['triage'] | undefined;
  const contacts = data['contacts.yaml'] as FlowData['contacts'] | undefined;
  const resources = data['resources.yaml'] as FlowData['resources'] | undefined;
  const taxonomy = data['taxonomy.yaml'] as FlowData['taxonomy'] | undefined;
  if (!triage || !contacts || !resources || !taxonomy) return undefined;
  return { triage, contacts, resources, taxonomy };
}

/** Claims an id in its scope; reports a duplicate (naming where the first one is) and returns false. */
type Claim = (file: FlowFileName, path: YamlPath, id: string, what: string, scope: string) => boolean;

// Ids: questions and results share one namespace (both are targets); option ids are unique in the whole
// flow because they are the URL's segments.
function idClaims(locate: Locate, report: Report): Claim {
  const seen = new Map<string, string>();
  return (file, path, id, what, scope) => {
    const key = `${scope}:${id}`;
    const first = seen.get(key);
    if (first) report(file, path, `duplicate id "${id}": ${first} already uses it`);
    else seen.set(key, `${what} at ${file}:${locate(file, path).line}`);
    return !first;
  };
}

/** The files merged into one Flow, in file order (the first of two equal ids wins); fills in `paths`. */
function mergeFlow(data: FlowData, paths: Loaded['paths'], claim: Claim): Flow {
  const { triage, contacts, resources, taxonomy } = data;
  const flow: Flow = {
    start: triage.start,
    questions: {},
    results: {},
    contacts: {},
    resources: {},
    audiences: taxonomy.audiences,
    themes: taxonomy.themes,
    sourceTexts: taxonomy.sourceTexts ?? [],
    ...(triage.searchAlarms && { searchAlarms: triage.searchAlarms }),
  };
  triage.questions.forEach((q, qi) => {
    const qPath = ['questions', qi];
    if (!claim('triage.yaml', [...qPath, 'id'], q.id, `question "${q.id}"`, 'node')) return;
    paths.questions[q.id] = qPath;
    flow.questions[q.id] = questionNode(q, qPath, paths, claim);
  });
  triage.results.forEach((r, ri) => {
    const rPath = ['results', ri];
    if (!claim('triage.yaml', [...rPath, 'id'], r.id, `result "${r.id}"`, 'node')) return;
    paths.results[r.id] = rPath;
    flow.results[r.id] = resultNode(r);
  });
  contacts.contacts.forEach((c, ci) => {
    const cPath = ['contacts', ci];
    if (!claim('contacts.yaml', [...cPath, 'id'], c.id, `contact "${c.id}"`, 'contact')) return;
    paths.contacts[c.id] = cPath;
    flow.contacts[c.id] = c;
  });
  resources.resources.forEach((r, ri) => {
    const rPath = ['resources', ri];
    if (!claim('resources.yaml', [...rPath, 'id'], r.id, `resource "${r.id}"`, 'resource')) return;
    paths.resources[r.id] = rPath;
    flow.resources[r.id] = r;
  });
  claimTaxonomyIds(flow, claim);
  return flow;
}

/** A question with its options (each claimed) and its rules normalised; records where each was written. */
function questionNode(
  q: FlowData['triage']['questions'][number],
  qPath: YamlPath,
  paths: Loaded['paths'],
  claim: Claim,
): QuestionNode {
  const rules = questionRules(q);
  paths.rules[q.id] = rules.map((r) => [...qPath, ...r.at]);
  const node: QuestionNode = {
    id: q.id,
    text: q.text,
    ...(q.hint && { hint: q.hint }),
    ...(q.why && { why: q.why }),
    options: [],
    rules: rules.map((r) => r.rule),
    ...(q.otherwise && { otherwise: q.otherwise }),
  };
  q.options.forEach((o, oi) => {
    const oPath = [...qPath, 'options', oi];
    if (!claim('triage.yaml', [...oPath, 'id'], o.id, `option "${o.id}" of question "${q.id}"`, 'option')) return;
    paths.options[o.id] = oPath;
    node.options.push({ id: o.id, label: o.label, ...(o.hint && { hint: o.hint }) });
  });
  return node;
}

/** A result with the defaults for what it may leave out. */
function resultNode(r: FlowData['triage']['results'][number]): ResultNode {
  return {
    id: r.id,
    title: r.title,
    ...(r.summary && { summary: r.summary }),
    primary: r.primary ?? '',
    others: r.others ?? [],
    resources: r.resources ?? [],
    why: r.why,
    ...(r.basis && { basis: r.basis }),
    ...(r.theme && { theme: r.theme }),
    urgent: r.urgent ?? false,
    needs: r.needs,
    localSteps: r.localSteps ?? [],
    ...(r.alsoCall && { alsoCall: r.alsoCall }),
    ...(r.lead && { lead: r.lead }),
    ...(r.search && { search: r.search }),
  };
}

function claimTaxonomyIds(flow: Flow, claim: Claim): void {
  flow.audiences.forEach((a, i) =>
    claim('taxonomy.yaml', ['audiences', i, 'id'], a.id, `audience "${a.id}"`, 'audience'),
  );
  flow.themes.forEach((t, i) => claim('taxonomy.yaml', ['themes', i, 'id'], t.id, `theme "${t.id}"`, 'theme'));
  flow.sourceTexts.forEach((s, i) =>
    claim('taxonomy.yaml', ['sourceTexts', i, 'id'], s.id, `source text "${s.id}"`, 'sourceText'),
  );
}

function offsetOf(doc: Document, path: YamlPath, key: boolean): number {
  let node: unknown = doc.contents;
  let best: number = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === seg);
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && key) return rangeStart(pair.key) ?? best;
      node = pair.value;
      best = rangeStart(node) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      best = rangeStart(node) ?? best;
    } else break;
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? (node as Node).range?.[0] : undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function describe(path: YamlPath, message: string): string {
  // Name the field, not the language inside it: "text: the English (en) text is missing".
  const field = path.filter((p) => typeof p === 'string' && !(LANGUAGES as readonly string[]).includes(p)).at(-1);
  return field ? `${String(field)}: ${message}` : message;
}

const commonMistakes: Record<string, string> = {
  question: ' (did you mean "text"?)',
  label_en: ' (write texts as { nl: …, en: … })',
  next_question: ' (use "next" rules or "otherwise")',
  target: ' (did you mean "to"?)',
  if: ' (did you mean "when"?)',
};
function hintFor(key: string): string {
  return commonMistakes[key] ?? '';
}
