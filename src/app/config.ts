// Deployment settings in one place. Change these for a real deployment; nothing else needs to know.

/**
 * Where "Klopt er iets niet?" sends its e-mail.
 * TO BE CONFIGURED: this is a placeholder (example.nl is reserved and never delivers).
 */
export const REPORT_EMAIL = 'wegwijzer@example.nl';

/** Quick exit goes here: a neutral site that gives nothing away about this one. */
export const EXIT_URL = 'https://www.weeronline.nl/';

/** Urgent but not acute: the police's non-emergency number, as politie.nl publishes it. */
export const POLICE_NUMBER = '0900 8844';
export const POLICE_SOURCE = 'https://www.politie.nl/nieuws/2021/februari/11/08-als-elke-seconde-telt.html';

/** The emergency number. */
export const EMERGENCY_NUMBER = '112';
