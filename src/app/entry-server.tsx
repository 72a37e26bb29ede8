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
import { loadResultPage } from './lazy-pages';
import { pageFor } from './page-model';
import { notFoundPath, pathFor, STATIC_PAGES } from './routes';
import { pageTitle } from './title';
import { pageMeta, type PageMeta } from './page-meta';

const runtime = { flow, engine: createEngine(flow), catalogue };

export interface Rendered {
  html: string;
  title: string;
  lang: string;
  status: 200 | 404;
  /** Description, canonical and language alternates for the <head> (absolute, with the origin given). */
  meta: PageMeta;
  /** Texts the page asked for that its language does not have ("en ui:footer.about"): the build fails on any. */
  missing: string[];
}

/** `origin`: the public origin the site will be served from (scheme://host[:port]), for absolute addresses. */
export async function render(path: string, origin: string): Promise<Rendered> {
  await loadResultPage();
  const model = pageFor(path, runtime);
  const missing: string[] = [];
  const i18n = createI18n(model.lang, { onMissingKey: (lang, ns, key) => missing.push(`${lang} ${ns}:${key}`) });
  await loadLanguage(i18n, model.lang, loadFlowTexts);
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <App runtime={runtime} initialPath={path} />
    </I18nextProvider>,
  );
  return {
    html,
    title: pageTitle(model, i18n.t),
    lang: model.lang,
    status: model.kind === 'notFound' ? 404 : 200,
    meta: pageMeta(model, i18n.t, origin),
    missing,
  };
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
