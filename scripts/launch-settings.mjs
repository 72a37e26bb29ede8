// The launch settings, in one place: what a real deployment sets at build time (docs/deploy.md, "Before going
// live"), with safe defaults so a local build and the tests work without them. Every build step that needs
// one reads it here — the canonical links, hreflang and sitemap (prerender), security.txt, publiccode.yml and
// the "Klopt er iets niet?" address (vite.config.ts) — so a value is checked once and means the same everywhere.
//   WEGWIJZER_PUBLIC_ORIGIN      the site's public origin: http(s)://host[:port], no path
//                                (default http://127.0.0.1:8080)
//   WEGWIJZER_REPORT_EMAIL       where readers report errors in the content (unset: the site offers no address)
//   WEGWIJZER_SECURITY_CONTACT   where to report a security problem: mailto:… or https://…
//                                (default: the report e-mail)
//   WEGWIJZER_MAINTAINER_NAME    the maintaining team, for publiccode.yml
//   WEGWIJZER_MAINTAINER_EMAIL   its address (default: the report e-mail)
export const DEFAULT_PUBLIC_ORIGIN = 'http://127.0.0.1:8080';
export const PLACEHOLDER_CONTACT = 'mailto:security@example.nl';
export const PLACEHOLDER_MAINTAINER = {
  name: 'PLACEHOLDER: Wegwijzer maintenance team',
  email: 'wegwijzer@example.nl',
};

const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}$/i;

/**
 * The settings, checked: a value that is set but unusable throws, naming the setting. `missing` lists the
 * defaults in use.
 */
export function launchSettings(env = process.env) {
  const originText = env.WEGWIJZER_PUBLIC_ORIGIN || DEFAULT_PUBLIC_ORIGIN;
  let origin;
  try {
    const url = new URL(originText);
    if (
      !/^https?:$/.test(url.protocol) ||
      url.pathname !== '/' ||
      url.search ||
      url.hash ||
      url.username ||
      url.password
    )
      throw new Error();
    origin = url.origin;
  } catch {
    throw new Error(`WEGWIJZER_PUBLIC_ORIGIN must be http(s)://host[:port] without a path, got "${originText}"`);
  }
  const reportEmail = env.WEGWIJZER_REPORT_EMAIL || undefined;
  if (reportEmail && !EMAIL.test(reportEmail))
    throw new Error(`WEGWIJZER_REPORT_EMAIL is not an e-mail address: "${reportEmail}"`);
  const securityContact =
    env.WEGWIJZER_SECURITY_CONTACT || (reportEmail ? `mailto:${reportEmail}` : PLACEHOLDER_CONTACT);
  if (!/^(mailto:[^\s@]+@[^\s@]+\.[^\s@]+|https:\/\/\S+)$/.test(securityContact)) {
    throw new Error(`WEGWIJZER_SECURITY_CONTACT must be mailto:<address> or https://<page>, got "${securityContact}"`);
  }
  const maintainerEmail = env.WEGWIJZER_MAINTAINER_EMAIL || reportEmail || PLACEHOLDER_MAINTAINER.email;
  if (!EMAIL.test(maintainerEmail))
    throw new Error(`WEGWIJZER_MAINTAINER_EMAIL is not an e-mail address: "${maintainerEmail}"`);
  const maintainerName = env.WEGWIJZER_MAINTAINER_NAME || PLACEHOLDER_MAINTAINER.name;
  if (/[\n\r"]/.test(maintainerName))
    throw new Error('WEGWIJZER_MAINTAINER_NAME must be one line without double quotes');

  const missing = [];
  if (!env.WEGWIJZER_PUBLIC_ORIGIN) missing.push(`WEGWIJZER_PUBLIC_ORIGIN (using ${DEFAULT_PUBLIC_ORIGIN})`);
  if (!reportEmail) missing.push('WEGWIJZER_REPORT_EMAIL (the site offers no report address)');
  if (securityContact === PLACEHOLDER_CONTACT)
    missing.push(`WEGWIJZER_SECURITY_CONTACT or WEGWIJZER_REPORT_EMAIL (using ${PLACEHOLDER_CONTACT})`);
  if (!env.WEGWIJZER_MAINTAINER_NAME) missing.push('WEGWIJZER_MAINTAINER_NAME (publiccode.yml keeps its placeholder)');
  return {
    origin,
    reportEmail,
    securityContact,
    maintainer: { name: maintainerName, email: maintainerEmail },
    missing,
  };
}

/** One warning, once per build, listing every default in use. */
export function warnMissing(settings) {
  if (settings.missing.length === 0) return;
  console.warn(
    `⚠ launch settings not set — fine for a local or test build, not for going live:\n` +
      `  ${settings.missing.join('\n  ')}\n  (see docs/deploy.md, "Before going live")`,
  );
}
