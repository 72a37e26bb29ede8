// The prerenderer's side: render one path to HTML, with the same flow, engine and texts as the browser.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import flow from 'virtual:wegwijzer/flow';
import catalogue from 'virtual:wegwijzer/catalogue';
import { allPages, LANGUAGES, wizardUrl } from './flow';
import { createEngine } from './engine';
import { createI18n, loadLanguage } from '../i18n/i18n';
import { App } from './App';
import { loadFlowTexts } from './flow-texts';
import { loadEveryPage } from './lazy-pages';
import { pageFor } from './page-model';
import { notFoundPath, pathFor, STATIC_PAGES } from './routes';
import { pageTitle } from './title';
import { pageMeta, type PageMeta } from './page-meta';
export { headElements } from './page-meta';
import { earlyOpenNowData } from '../content/open-intervals';
import { displayName } from '../ui/ContactCard/display-name';
import type { HoursLike } from '../content/opening-hours';
import type { PageModel } from './page-model';
import type { Language } from '../flow/languages';
import type { EarlyOpenNowData } from '../ui/OpenNow/early';
import { pageDataModule, resultPageData } from './page-data';
import { resultModel } from '../pages/Result/result-model';

const runtime = { flow, engine: createEngine(flow), catalogue, resultModel };

export interface Rendered {
  html: string;
  title: string;
  lang: Language;
  status: 200 | 404;
  /** Description, canonical and language alternates for the <head> (absolute, with the origin given). */
  meta: PageMeta;
  /** The early "open now" data of the lines the page shows (src/ui/OpenNow/early.ts); absent when it shows none. */
  openNow?: EarlyOpenNowData;
  /**
   * For a wizard page, the question or result its answers lead to, as the machine decided: the browser takes
   * the page over without the engine (src/app/first-page.ts).
   */
  node?: string;
  /** Texts the page asked for that its language does not have ("en ui:footer.about"): the build fails on any. */
  missing: string[];
  /** On a result page, its result: the prerenderer writes the result's data module beside it (resultDataModule). */
  result?: string;
}

/**
 * A result page's own data as a module's source (page-data.ts), for the prerenderer to write: one per language
 * and result, however many paths lead there (550 result pages, 158 modules).
 */
export async function resultDataModule(lang: Language, result: string): Promise<string> {
  return pageDataModule(resultPageData(catalogue, await loadFlowTexts(lang), lang, result));
}

/**
 * `origin`: the public origin the site will be served from (scheme://host[:port]), for absolute addresses.
 * `now`: the build's clock, from which the early "open now" data runs (OPEN_NOW_DAYS ahead).
 */
export async function render(path: string, origin: string, now = new Date()): Promise<Rendered> {
  await loadEveryPage();
  const model = pageFor(path, runtime);
  const missing: string[] = [];
  const i18n = createI18n(model.lang, { onMissingKey: (lang, ns, key) => missing.push(`${lang} ${ns}:${key}`) });
  await loadLanguage(i18n, model.lang, loadFlowTexts);
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <App runtime={runtime} initialPath={path} />
    </I18nextProvider>,
  );
  const lines = linesShown(model);
  const openNow =
    Object.keys(lines).length === 0
      ? undefined
      : earlyOpenNowData(
          lines,
          {
            open: i18n.t('openNow.open', { ns: 'contact' }),
            until: i18n.t('openNow.openUntil', { ns: 'contact', time: '{time}' }),
            closed: i18n.t('openNow.closedNoNext', {
              ns: 'contact',
              closed: i18n.t('openNow.closed', { ns: 'contact' }),
            }),
          },
          now,
        );
  if (openNow && model.kind === 'result' && model.result.primary?.bothButtons && model.result.primary.fallback) {
    const { contact, fallback } = model.result.primary;
    const name = displayName(fallback.contact, i18n.t(fallback.contact.name, { ns: 'flow' }));
    const closed = i18n.t('openNow.closed', { ns: 'contact' });
    openNow.closedCall = { [contact.id]: i18n.t('openNow.closedCall', { ns: 'contact', closed, name }) };
  }
  return {
    html,
    openNow,
    node: model.kind === 'result' ? model.result.id : model.kind === 'question' ? model.question.id : undefined,
    result: model.kind === 'result' ? model.result.id : undefined,
    title: pageTitle(model, i18n.t),
    lang: model.lang,
    status: model.kind === 'notFound' ? 404 : 200,
    meta: pageMeta(model, i18n.t, origin),
    missing,
  };
}

/**
 * The lines whose "open now" the page shows, by contact id: every contact card with opening hours (the
 * result page's advised contact, its local steps and its other contacts; every contact in the directory).
 */
function linesShown(model: PageModel): Record<string, HoursLike> {
  const cards =
    model.kind === 'result'
      ? [model.result.primary?.contact, ...model.result.localSteps, ...model.result.others]
      : model.kind === 'directory'
        ? Object.values(catalogue.contacts)
        : [];
  return Object.fromEntries(cards.flatMap((c) => (c?.hours ? [[c.id, c.hours]] : [])));
}

/** Every page the static site holds: each question and result on a path, in each language, and the rest. */
export function prerenderPaths(): string[] {
  const paths: string[] = [];
  for (const lang of LANGUAGES) {
    for (const page of allPages(flow)) paths.push(wizardUrl(lang, page.options));
    for (const page of STATIC_PAGES) paths.push(pathFor({ page, lang }));
    paths.push(notFoundPath(lang));
  }
  return paths;
}
