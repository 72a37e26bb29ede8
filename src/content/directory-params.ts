// The directory's address parameters (/nl/overzicht/?thema=…). A module of their own, without the
// directory's code: the wizard's routes link to a theme (src/app/routes.ts), and the app's first load must
// not carry the directory's filtering along (issue 16: 0.6 KB gzip).
export const AUDIENCE_PARAM = 'doelgroep';
export const THEME_PARAM = 'thema';
export const TYPE_PARAM = 'soort';
