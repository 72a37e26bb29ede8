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
/** The flow's data the wizard shows but does not route on: loaded only by the pages that show it. */
export type Catalogue = Pick<KeyedFlow, 'contacts' | 'resources' | 'audiences' | 'themes' | 'sourceTexts'>;
/** The flow's routing and question data: everything the question pages need (virtual:wegwijzer/flow). */
export type WizardFlow = Omit<KeyedFlow, keyof Catalogue>;
