// What the browser tests check against: the flow as the build saw it (flows/), the languages, every page
// the built site holds, and small helpers shared by the specs. Plain Node: no browser here.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { telHref } from '../../src/content/phone.ts';
import {
  allPages,
  allPaths,
  checkFlow,
  formatProblem,
  LANGUAGES,
  wizardUrl,
  type Flow,
  type FlowPath,
  type Language,
} from '../../src/flow/index.ts';
import { readFlowDir } from '../../src/flow/read-dir.ts';

export { LANGUAGES, wizardUrl, type Flow, type FlowPath, type Language };

/** The build under test and the flow it was built from; overridable to test another checkout's build. */
export const DIST = resolve(process.env.WEGWIJZER_DIST ?? 'dist');
export const FLOWS = resolve(process.env.WEGWIJZER_FLOWS ?? 'flows');

function loadFlow(): Flow {
  const checked = checkFlow(readFlowDir(FLOWS));
  if (!checked.flow) throw new Error(`flows/ does not validate:\n${checked.errors.map(formatProblem).join('\n')}`);
  return checked.flow;
}

export const flow = loadFlow();
export const paths: FlowPath[] = allPaths(flow);
export const pages = allPages(flow);

/** The local server started by global-setup.ts. */
export function baseUrl(): string {
  const url = process.env.WEGWIJZER_URL;
  if (!url)
    throw new Error(
      'WEGWIJZER_URL is not set: run the browser tests with `npx playwright test` (global-setup starts the server).',
    );
  return url;
}

/** Fails with a clear message when there is no build. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'nl', 'index.html'))) throw new Error('dist/ has no build: run npm run build first.');
}

/** The file the prerenderer wrote for a wizard URL. */
export function distFileFor(urlPath: string): string {
  return join(DIST, ...urlPath.split('/').filter(Boolean), 'index.html');
}

/** The directory's slug per language; its page is built later and tested as soon as it exists. */
const DIRECTORY: Record<Language, string> = { nl: '/nl/aanbod/', en: '/en/directory/' };
const NOT_FOUND: Record<Language, string> = { nl: '/nl/wegwijzer/bestaat-niet/', en: '/en/wegwijzer/does-not-exist/' };

export interface SitePage {
  url: string;
  lang: Language;
  /** The server answers this URL with 404 on purpose (the not-found page). */
  notFound?: boolean;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name === 'index.html') out.push(full);
  }
  return out;
}

/**
 * Every distinct page to check: every prerendered index.html under dist/<lang>/ (questions, results, home,
 * footer pages, and the directory and route map once they are built), a not-found URL per language, and the
 * directory filtered by a theme when the directory exists. The wizard pages the flow expects are checked to
 * exist by prerendered.spec.ts.
 */
export function sitePages(): SitePage[] {
  requireBuild();
  const out: SitePage[] = [];
  for (const lang of LANGUAGES) {
    const root = join(DIST, lang);
    for (const file of htmlFiles(root).sort()) {
      const rel = relative(DIST, file).split(sep).slice(0, -1).join('/');
      out.push({ url: `/${rel}/`, lang });
    }
    out.push({ url: NOT_FOUND[lang], lang, notFound: true });
    const theme = flow.themes[0]?.id;
    if (existsSync(distFileFor(DIRECTORY[lang])) && theme)
      out.push({ url: `${DIRECTORY[lang]}?thema=${encodeURIComponent(theme)}`, lang });
  }
  return out;
}

/**
 * Every page with content of its own: the site's pages, except that of the wizard pages that show the same
 * question or result (reached by other answers, and differing only in the answers listed and the back link)
 * one per language is kept — the one with the shortest address. The a11y checks run on these.
 */
export function distinctPages(): SitePage[] {
  const nodeOf = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const pg of pages) nodeOf.set(wizardUrl(lang, pg.options), `${lang}:${pg.kind}:${pg.node}`);
  }
  const seen = new Set<string>();
  return sitePages()
    .sort((a, b) => a.url.length - b.url.length || a.url.localeCompare(b.url))
    .filter((pg) => {
      const node = pg.notFound ? undefined : nodeOf.get(pg.url);
      if (node === undefined) return true;
      if (seen.has(node)) return false;
      seen.add(node);
      return true;
    });
}

/** Paths whose union answers every option of every question at least once (greedy cover, shortest first). */
export function coveringPaths(): FlowPath[] {
  const uncovered = new Set(Object.values(flow.questions).flatMap((q) => q.options.map((o) => `${q.id}/${o.id}`)));
  const chosen: FlowPath[] = [];
  const gain = (p: FlowPath) => p.answers.filter(([q, o]) => uncovered.has(`${q}/${o}`)).length;
  while (uncovered.size > 0) {
    let best: FlowPath | undefined;
    for (const p of paths) if (gain(p) > 0 && (!best || gain(p) > gain(best))) best = p;
    if (!best) throw new Error(`options no path reaches: ${[...uncovered].join(', ')}`);
    chosen.push(best);
    for (const [q, o] of best.answers) uncovered.delete(`${q}/${o}`);
  }
  return chosen;
}

/** The question whose options are the roles ("Wat is uw rol?"). */
export function roleQuestion() {
  const q =
    flow.questions.rol ??
    flow.questions.role ??
    Object.values(flow.questions).find((x) => /(^|-)rol(e)?($|-)/.test(x.id));
  if (!q) throw new Error('no role question (id "rol") in the flow');
  return q;
}

export function optionLabel(questionId: string, optionId: string, lang: Language): string {
  const o = flow.questions[questionId]?.options.find((x) => x.id === optionId);
  if (!o) throw new Error(`no option ${optionId} in ${questionId}`);
  return o.label[lang];
}

/**
 * The tel: href a number as the sources print it must have: the site's one telHref (international form,
 * "0900 8844" → tel:+319008844; its cases are checked by hand in src/content/phone-dates.test.ts). A list,
 * for the callers' `some`/selector use.
 */
export function telHrefs(number: string): string[] {
  return [telHref(number)];
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
