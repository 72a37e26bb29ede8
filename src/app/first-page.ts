// The prerendered page the browser takes over (issue 28). The server's machine decided where its answers
// lead and wrote it into the page (data-node on the root, scripts/prerender.ts), so taking the page over
// needs no engine: the answers are the URL's (each option id belongs to one question, the flow's checks make
// sure), the page is the one the server rendered. The engine loads when the person is about to step.
import type { WizardFlow } from './flow';
import type { FlowRuntime } from './page-model';
import { parseRoute } from './routes';

/** The first page's answers and where they lead, from the prerendered root; undefined without (the shell). */
export function firstPageOf(root: HTMLElement, path: string, flow: WizardFlow): FlowRuntime['firstPage'] {
  const node = root.dataset.node;
  const route = parseRoute(path);
  if (!node || route.page !== 'wizard' || root.dataset.path !== path) return undefined;
  const kind = node in flow.results ? 'result' : node in flow.questions ? 'question' : undefined;
  if (!kind) return undefined;
  const trail = [];
  for (const option of route.options) {
    const question = Object.values(flow.questions).find((q) => q.options.some((o) => o.id === option));
    if (!question) return undefined;
    trail.push({ question: question.id, option });
  }
  // A result page names its own data (page-data.ts), which lazy-pages.ts loads instead of the catalogue.
  const dataUrl = kind === 'result' ? root.dataset.resultData : undefined;
  return { options: route.options, restored: { ok: true, kind, node, trail }, ...(dataUrl ? { dataUrl } : {}) };
}
