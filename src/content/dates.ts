// Dates as the flow data writes them (2023-03-28, 2023-03, 2023 or "undated") in words for a language.
// Formatted in UTC: these are calendar dates, not instants, so the reader's time zone must not shift them.

/** The Intl locale for a site language: British English (day before month), like the Dutch government's English pages. */
export function intlLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

// Creating an Intl.DateTimeFormat is slow (milliseconds each on a phone; a result page shows a dozen
// dates): one per locale and precision, made on first use.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withDay}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(withDay ? { day: 'numeric' } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** Returns undefined for "undated" (the caller says "no date" in its own words). */
export function formatCalendarDate(value: string, lang: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (!month) return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  return dateFormat(lang, Boolean(day)).format(date);
}

/** "https://www.politie.nl/nieuws/…" → "politie.nl"; a seed source "seed:000_x.txt" → "000_x.txt". */
export function sourceLabel(source: string): { kind: 'url' | 'seed' | 'text'; label: string } {
  if (source.startsWith('seed:')) return { kind: 'seed', label: source.slice('seed:'.length) };
  try {
    const url = new URL(source);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'url', label: url.hostname.replace(/^www\./, '') };
  } catch {
    // not a URL
  }
  return { kind: 'text', label: source };
}

/** A website address for display: no protocol, no "www.", no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}
