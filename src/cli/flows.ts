// The flows CLI: `npm run flows -- <command> [dir]` (dir defaults to flows/).
//   check                 exit 0 when valid; else every error as file:line:col message, exit 1 (also plain
//                         language and quotations, see content-checks.ts)
//   language              the plain-language report: every finding and the figures
//   paths [--json]        every path from the start to a result
//   graph [--mermaid]     the flow as Mermaid flowcharts (one per top-level branch when large)
//   diff <old> <new>      which paths (shared links) now end elsewhere, which are new, which are gone
//   diff-git <ref> [dir]  the same, between the flow at a git commit (e.g. HEAD) and the working tree
//   schema                write the JSON Schemas for editors to flows/schema/
//   claims [--changed]    the review sheet: each text's sentences beside the passages of its basis
import { mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FLOW_FILES } from '../flow/schema';
import { checkFlow } from '../flow/validate';
import { readFlowDir } from '../flow/read-dir';
import { formatProblem } from '../flow/problems';
import { allPaths } from '../flow/paths';
import { wizardUrl } from '../flow/url';
import { mermaidCharts } from '../flow/mermaid';
import { diffFlows, type PathChange } from '../flow/diff';
import { writeJsonSchemas } from '../flow/json-schema';
import type { Flow, RoutingFlow } from '../flow/model';
import { routingOnly } from '../flow/routing-only';
import { formatFigures, runContentChecks } from './content-checks';
import { claimOwners, claimsSheet, ownerKey } from '../flow/claims';
import { loadFlow } from '../flow/load';

const USAGE = `usage: npm run flows -- <command> [options] [dir]
  check [dir]                  validate the flow (default dir: flows/), its language and its quotations
  language [dir]               the plain-language report: sentence length, jargon, abbreviations
  paths [--json] [dir]         list every path from the start to a result
  graph [--mermaid] [dir]      draw the flow as Mermaid flowcharts
  diff <old-dir> <new-dir>     show which paths changed destination
  diff-git <ref> [dir]         the same, from the flow at a git commit to the working tree
  schema [dir]                 write JSON Schemas for editor completion to <dir>/schema/
  claims [--changed] [dir]     review sheet (Markdown): each text's sentences beside its basis passages;
                               --changed: only what differs from the last commit`;

function load(dir: string, quiet = false): Flow {
  const checked = checkFlow(readFlowDir(dir));
  const prefix = (s: string) => `${relative(process.cwd(), dir) || '.'}/${s}`;
  if (!quiet) for (const w of checked.warnings) console.error(prefix(formatProblem(w)));
  if (!checked.flow) {
    for (const e of checked.errors) console.error(prefix(formatProblem(e)));
    console.error(`\n${checked.errors.length} error(s) in ${dir}`);
    process.exit(1);
  }
  return checked.flow;
}

interface Invocation {
  dir: string;
  /** The arguments that are not --flags. */
  args: string[];
  flags: Set<string>;
}

const COMMANDS = new Map<string, (i: Invocation) => void>([
  ['check', ({ dir }) => check(dir)],
  ['language', ({ dir }) => language(dir)],
  ['paths', ({ dir, flags }) => paths(dir, flags.has('--json'))],
  ['graph', ({ dir, flags }) => graph(dir, flags.has('--mermaid'))],
  ['diff', ({ args }) => diff(args)],
  ['diff-git', ({ args }) => diffGit(args)],
  ['claims', ({ dir, flags }) => claims(dir, flags.has('--changed'))],
  ['schema', ({ dir }) => schema(dir)],
]);

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const args = rest.filter((a) => !a.startsWith('--'));
  const dir = args[0] ?? 'flows';
  // A Map, so a command like "toString" is unknown rather than something an object inherits.
  const run = command === undefined ? undefined : COMMANDS.get(command);
  if (!run) return fail(command ? `unknown command "${command}"` : 'no command given');
  run({ dir, args, flags });
}

function check(dir: string): void {
  const flow = load(dir);
  const paths = allPaths(flow).length;
  const { language, quotes, basis } = runContentChecks(dir);
  const basisErrors = basis.problems.filter((p) => p.severity === 'error');
  const errors = [...language.problems.filter((p) => p.severity === 'error'), ...quotes.problems, ...basisErrors];
  for (const w of basis.problems.filter((p) => p.severity === 'warning'))
    console.error(formatProblem({ ...w, file: `${dir}/${w.file}` }));
  for (const e of errors) console.error(formatProblem({ ...e, file: `${dir}/${e.file}` }));
  const warnings = language.problems.length - language.problems.filter((p) => p.severity === 'error').length;
  if (!quotes.verified) {
    console.error(
      `\n!! ${quotes.checked} quotation(s) NOT verified: the source texts (../shared/seeds/) are not here. ` +
        `Set WEGWIJZER_SOURCES to their folder.\n`,
    );
  }
  if (!basis.verified) {
    console.error(
      `\n!! basis passages NOT verified: the seeds and the content brief (../shared/) are not here. ` +
        `Set WEGWIJZER_SOURCES to their folder.\n`,
    );
  }
  if (errors.length > 0) {
    console.error(`\n${errors.length} language, quotation or basis error(s) in ${dir}`);
    process.exit(1);
  }
  const counts =
    `${Object.keys(flow.questions).length} questions, ${Object.keys(flow.results).length} results, ` +
    `${Object.keys(flow.contacts).length} contacts, ${Object.keys(flow.resources).length} resources, ${paths} paths`;
  const quoted = quotes.verified ? `${quotes.checked} quotations match their source` : 'quotations not verified';
  const based =
    (basis.verified ? `${basis.found} basis passages found in their source` : 'basis passages not verified') +
    (basis.missing ? `, ${basis.missing} without a basis` : '');
  const advice = `${warnings} plain-language warning(s) (npm run flows -- language)`;
  console.log(`${dir}: valid — ${counts}; ${quoted}; ${based}; ${advice}`);
}

function language(dir: string): void {
  load(dir, true);
  const report = runContentChecks(dir).language;
  for (const p of report.problems) console.log(formatProblem({ ...p, file: `${dir}/${p.file}` }));
  console.log(`\n${formatFigures(report)}`);
}

function paths(dir: string, json: boolean): void {
  const flow = load(dir, json);
  const list = allPaths(flow).map((p) => ({
    answers: p.answers,
    result: p.result,
    primary: p.primary,
    url: wizardUrl(
      'nl',
      p.answers.map(([, o]) => o),
    ),
  }));
  if (json) console.log(JSON.stringify(list, null, 2));
  else for (const p of list) console.log(`${p.url}  →  ${p.result} (${p.primary})`);
}

function graph(dir: string, mermaid: boolean): void {
  const flow = load(dir, true);
  const charts = mermaidCharts(flow);
  if (mermaid) {
    for (const c of charts) console.log(`## ${c.title}\n\n\`\`\`mermaid\n${c.mermaid}\n\`\`\`\n`);
  } else for (const c of charts) console.log(c.mermaid + '\n');
}

function diff([oldDir, newDir]: string[]): void {
  if (!oldDir || !newDir) return fail('diff needs two directories: diff <old-dir> <new-dir>');
  return printDiff(oldDir, newDir);
}

function diffGit([ref, newDir = 'flows']: string[]): void {
  if (!ref) return fail('diff-git needs a commit: diff-git HEAD');
  return printDiff(checkout(ref, newDir), newDir);
}

function claims(dir: string, changed: boolean): void {
  const owners = claimsOf(dir);
  if (changed) {
    const before = new Map(claimsOf(checkout('HEAD', dir)).map((o) => [`${o.kind}:${o.id}`, ownerKey(o)]));
    console.log(claimsSheet(owners.filter((o) => before.get(`${o.kind}:${o.id}`) !== ownerKey(o))));
  } else console.log(claimsSheet(owners));
}

function schema(dir: string): void {
  for (const f of writeJsonSchemas(`${dir}/schema`)) console.log(`wrote ${f}`);
}

function claimsOf(dir: string) {
  const loaded = loadFlow(readFlowDir(dir));
  if (!loaded.flow) return (load(dir), []);
  return claimOwners(loaded.flow, loaded.paths);
}

function printDiff(oldDir: string, newDir: string): void {
  const d = diffFlows(loadOld(oldDir), load(newDir, true));
  const url = (c: PathChange) => wizardUrl('nl', c.url);
  const end = (e?: { result: string; primary: string }) => (e ? `${e.result} (${e.primary})` : '—');
  for (const c of d.changed) console.log(`changed  ${url(c)}  ${end(c.before)} → ${end(c.after)}`);
  for (const c of d.added) console.log(`new      ${url(c)}  → ${end(c.after)}`);
  for (const c of d.removed) console.log(`gone     ${url(c)}  (was ${end(c.before)})`);
  console.log(`${d.changed.length} changed, ${d.added.length} new, ${d.removed.length} gone`);
}

/**
 * The older side of a diff: the whole flow when today's checker accepts it, else (a schema change since)
 * its routing alone, read from triage.yaml — what shared links depend on.
 */
function loadOld(dir: string): RoutingFlow {
  const sources = readFlowDir(dir);
  const checked = checkFlow(sources);
  if (checked.flow) return checked.flow;
  const triage = sources['triage.yaml'];
  const routing = triage === undefined ? undefined : routingOnly(triage);
  if (!routing) return load(dir, true);
  console.log(
    `note: the older flow does not pass today's checker (${checked.errors.length} error(s), ` +
      `e.g. a field added since); comparing its routing only\n`,
  );
  return routing;
}

/** Writes the flow files as they were at a git commit into a temporary directory. */
function checkout(ref: string, dir: string): string {
  const out = mkdtempSync(join(tmpdir(), 'wegwijzer-flow-'));
  const prefix =
    relative(execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim(), dir) || '.';
  for (const file of Object.keys(FLOW_FILES)) {
    try {
      writeFileSync(
        join(out, file),
        execFileSync('git', ['show', `${ref}:${prefix}/${file}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
    } catch {
      // not in that commit: the loader reports the missing file
    }
  }
  return out;
}

function fail(message: string): void {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

main(process.argv.slice(2));
