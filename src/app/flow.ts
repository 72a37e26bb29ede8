// The parts of the flow library the browser needs. src/flow/index.ts also exports the YAML loader and the
// zod schemas, whose module-level code cannot be tree-shaken: importing the index would ship them (and
// 60 KB gzip) to every visitor. So app, pages and ui import the flow library from here.
export { compileFlow, type WizardMachine } from '../flow/compile';
export { restore } from '../flow/restore';
export { allPages } from '../flow/paths';
export { wizardUrl, parseWizardUrl } from '../flow/url';
export { FLOW_NAMESPACE, type KeyedFlow } from '../flow/texts';
export { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from '../flow/languages';

import type { KeyedFlow } from '../flow/texts';
/**
 * The flow's data the wizard shows but does not route on (what each result says, contacts, resources,
 * taxonomy): loaded only by the pages that show it (virtual:wegwijzer/catalogue).
 */
export type Catalogue = Pick<KeyedFlow, 'results' | 'contacts' | 'resources' | 'audiences' | 'themes' | 'sourceTexts'>;
/** What a result page shows of a result. */
export type ResultData = Catalogue['results'][string];
/**
 * The flow's routing and question data: everything the question pages need, and of each result its id and
 * primary contact (virtual:wegwijzer/flow, in the first JavaScript).
 */
export type WizardFlow = Omit<KeyedFlow, keyof Catalogue> & {
  results: Record<string, Pick<ResultData, 'id' | 'primary'>>;
};
