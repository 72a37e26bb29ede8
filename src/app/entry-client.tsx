// The browser: load the page's language first (so the first render equals the server's HTML), then hydrate.
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import flow from 'virtual:wegwijzer/flow';
import { compileFlow, type Language } from './flow';
import { createI18n, loadLanguage } from '../i18n/i18n';
import { App } from './App';
import { loadFlowTexts } from './flow-texts';
import { parseRoute } from './routes';

async function main() {
  const initialPath = window.location.pathname;
  const lang = parseRoute(initialPath).lang;
  const i18n = createI18n(lang);
  await loadLanguage(i18n, lang, loadFlowTexts);
  const runtime = { flow, machine: compileFlow(flow) };
  const ensureLanguage = (l: Language) => loadLanguage(i18n, l, loadFlowTexts);
  const container = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App runtime={runtime} initialPath={initialPath} ensureLanguage={ensureLanguage} />
      </I18nextProvider>
    </StrictMode>
  );
  // Prerendered pages hydrate; the dev server (`npm run dev`) serves the bare template, so render there.
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking the main
  // thread in one long task: the prerendered page stays responsive while React takes it over.
  if (container.firstElementChild) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
}

void main();
