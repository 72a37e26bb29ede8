// Deployment settings in one place. Change these for a real deployment; nothing else needs to know.

/**
 * Where "Klopt er iets niet?" (result pages) and the accessibility page send e-mail: the address given to
 * the build as WEGWIJZER_REPORT_EMAIL (see docs/deploy.md; vite.config.ts checks it). Without one, neither
 * offers an address: a link to a mailbox nobody reads would be a dead end for the reader.
 */
// (`?.`: the browser tests and scripts import this file outside Vite, where import.meta.env does not exist.)
export const REPORT_EMAIL: string | undefined = import.meta.env?.WEGWIJZER_REPORT_EMAIL || undefined;

/** Quick exit goes here: a neutral site that gives nothing away about this one. */
export const EXIT_URL = 'https://www.weeronline.nl/';

// The emergency and police numbers are contact facts: they live in flows/contacts.yaml with their source
// (src/flow/hotlines.ts names the contacts).
