// How a fact's source and a website are shown: a web page by its site, a seed text by its title (taxonomy.yaml,
// sourceTexts), an address without its protocol.

/** A fact's `source` may name several sources, separated by spaces: each once, in order. */
export function splitSources(source: string): string[] {
  return [...new Set(source.split(/\s+/).filter(Boolean))];
}

/** The i18n key (flow namespace) of a source text's title: taxonomy.yaml's sourceTexts, keyed by splitTexts. */
export function sourceTextTitleKey(file: string): string {
  return `sourceTexts.${file}.title`;
}

/**
 * How a seed text is named: by its own heading where taxonomy.yaml gives one (`heading`: quoted in Dutch, marked
 * as our translation in English), else by its plain title, never in quotation marks. `exists` asks whether the
 * flow namespace holds a key (i18next's `exists`).
 */
export function seedName(exists: (flowKey: string) => boolean, file: string): { key: string; heading: boolean } {
  const heading = `sourceTexts.${file}.heading`;
  return exists(heading) ? { key: heading, heading: true } : { key: sourceTextTitleKey(file), heading: false };
}

/**
 * "https://www.politie.nl/nieuws/…" → "politie.nl"; a seed source "seed:000_x.txt" → "000_x.txt" (see
 * sourceTextTitleKey).
 */
export function sourceLabel(source: string): { kind: 'url' | 'seed' | 'text'; label: string } {
  if (source.startsWith('seed:')) return { kind: 'seed', label: source.slice('seed:'.length) };
  try {
    const url = new URL(source);
    if (url.protocol === 'http:' || url.protocol === 'https:')
      return { kind: 'url', label: url.hostname.replace(/^www\./, '') };
  } catch {
    // not a URL
  }
  return { kind: 'text', label: source };
}

/** A website address for display: no protocol, no "www.", no trailing slash. */
export function displayUrl(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
