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

/** Urgent but not acute: the police's non-emergency number, as politie.nl publishes it. */
export const POLICE_NUMBER = '0900 8844';
export const POLICE_SOURCE = 'https://www.politie.nl/nieuws/2021/februari/11/08-als-elke-seconde-telt.html';

/** The emergency number. */
export const EMERGENCY_NUMBER = '112';
