// The app: the URL is the only state. A path becomes a page model (the machine decides), the model becomes
// a page. With JavaScript, clicks on the app's own links and the browser's Back/Forward change the path
// without a page load; after each such step focus moves to the new h1 and the title, lang, description,
// canonical link and language alternates follow.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelector } from '@xstate/react';
import type { Language } from './flow';
import { markAppReady } from './app-ready';
import { pageFor, wizardPage, type FlowRuntime, type PageModel } from './page-model';
import { parseRoute } from './routes';
import { pageTitle } from './title';
import { runsOlderVersion } from '../sw/newer-version';
import { Shell } from '../ui/Shell/Shell';
import { Home } from '../pages/Home/Home';
import { QuestionPage } from '../pages/Question/QuestionPage';
import { About, Accessibility, Directory, loadHeadTags, Privacy, ResultPage, RouteMap, Sources } from './lazy-pages';
import { NotFound } from '../pages/NotFound/NotFound';
import '../styles/global.css';

export interface AppProps {
  runtime: FlowRuntime;
  /** The path to show first: the request's on the server, location.pathname in the browser. */
  initialPath: string;
  /** Puts a language's texts into i18next before a page in it is shown (the browser loads them lazily). */
  ensureLanguage?: (lang: Language) => Promise<void>;
  /** Loads what a page needs before it is shown (the browser loads result pages lazily: see lazy-pages.ts). */
  preparePage?: (pathname: string) => Promise<void>;
}

export function App({ runtime, initialPath, ensureLanguage, preparePage }: AppProps) {
  const [path, setPath] = useState(initialPath);
  // A wizard page is the wizard's actor (src/app/engine.ts) resting there: the page reads the actor's
  // snapshot through @xstate/react, so what the machine holds is what is shown. (useSelector only, from
  // @xstate/react: it needs no xstate code, so the home page's first JavaScript stays without the engine.)
  const wizard = useMemo(() => wizardPage(path, runtime), [path, runtime]);
  const snapshot = useSelector(wizard?.actor, (s) => s);
  const model = useMemo(() => pageFor(path, runtime, snapshot && wizard?.restored), [path, runtime, wizard, snapshot]);
  const { t } = useTranslation('ui');
  const stepped = useRef(false);

  const go = useCallback(
    async (pathname: string, href: string | undefined) => {
      // A newer version has taken over (src/sw/newer-version.ts): the next page comes from the server.
      if (runsOlderVersion()) return window.location.assign(href ?? window.location.href);
      try {
        await Promise.all([ensureLanguage?.(parseRoute(pathname).lang), preparePage?.(pathname)]);
      } catch {
        // The other language's texts or the page's code did not load (offline?): let the browser load the page itself.
        window.location.assign(href ?? window.location.href);
        return;
      }
      if (href !== undefined) window.history.pushState(null, '', href);
      stepped.current = true;
      // As a transition: React renders the next page in slices and lets the browser paint between them, so
      // the tap's feedback (the pressed answer, below) shows at once instead of after the whole page
      // (issue 16: the first tap's next paint; scripts/first-load.mjs measures it).
      startTransition(() => setPath(pathname));
    },
    [ensureLanguage, preparePage],
  );

  useEffect(() => {
    const onPopState = () => void go(window.location.pathname, undefined);
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      // In-page links (the skip link) keep their usual behaviour.
      if (url.pathname === window.location.pathname && url.hash) return;
      event.preventDefault();
      // Feedback in the next frame: the link looks pressed until the next page replaces it (AnswerOptions.css).
      link.dataset.pending = '';
      void go(url.pathname, url.pathname + url.search + url.hash).finally(() => delete link.dataset.pending);
    };
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', onClick);
    // The URL may have moved before the app took over (Back pressed while the page was still loading its
    // scripts): catch up with it instead of showing the page for the old URL.
    if (window.location.pathname !== initialPath) onPopState();
    // Says the app has taken over (links now step without a page load); the browser tests wait for it.
    markAppReady();
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick);
    };
  }, [go, initialPath]);

  const title = pageTitle(model, t);
  useEffect(() => {
    // Only when changed: writing <html lang> restyles the whole document, even with the same value.
    if (document.title !== title) document.title = title;
    if (document.documentElement.lang !== model.lang) document.documentElement.lang = model.lang;
    if (!stepped.current) return;
    // The prerendered head was the first page's: give search engines and sharing this page's own (usually
    // loaded already with the other lazy parts; failing to load it offline leaves the old head, not an error).
    void loadHeadTags()
      .then(({ applyHead }) => applyHead(model, t))
      .catch(() => undefined);
    // A new page without a page load: start at the top and tell screen readers where they are.
    // A link to an entry on the new page (the directory's #contact-…, from the describe-it search) goes there.
    const target = window.location.hash
      ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
      : null;
    if (target) target.scrollIntoView?.();
    else window.scrollTo?.(0, 0);
    (target ?? document.getElementById('ww-page-title'))?.focus({ preventScroll: true });
  }, [model, title]);

  return (
    <Shell lang={model.lang} route={model.route}>
      <Page model={model} runtime={runtime} path={path} />
    </Shell>
  );
}

function Page({ model, runtime, path }: { model: PageModel; runtime: FlowRuntime; path: string }) {
  switch (model.kind) {
    case 'home':
      return <Home question={model.question} lang={model.lang} />;
    case 'question':
      return <QuestionPage question={model.question} />;
    case 'result':
      return <ResultPage result={model.result} lang={model.lang} pagePath={path} />;
    case 'notFound':
      return <NotFound lang={model.lang} />;
    case 'about':
      return <About />;
    case 'privacy':
      return <Privacy />;
    case 'accessibility':
      return <Accessibility />;
    case 'sources':
      return <Sources flow={runtime.catalogue!} />;
    case 'directory':
      return (
        <Directory
          flow={{ ...runtime.flow, results: runtime.catalogue!.results }}
          catalogue={runtime.catalogue!}
          lang={model.lang}
        />
      );
    case 'routemap':
      return <RouteMap flow={{ ...runtime.flow, results: runtime.catalogue!.results }} lang={model.lang} />;
  }
}
