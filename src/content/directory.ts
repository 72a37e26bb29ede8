// The directory's filter: every contact and resource of the flow as one list of items, a query whose
// filters are read from and written to the URL (so a filtered list can be shared), and the filter itself.
// The typed search text is never in the URL: it stays in the page (issue 18, privacy), so the address, the
// history and the server's logs never hold what someone typed. Plain TypeScript, no
// React: the page renders what this returns.
//
// URL query parameters (the same names in every language, so a shared link keeps working):
//   doelgroep=<audience id>   thema=<theme id>   soort=<type>
// An old link's zoek=<text> is ignored.
// Types: organisation (every contact), publication, tool, training, platform (a resource's `type`).
// Unknown audience, theme or type values are ignored: the list then simply is not filtered on them.

/** What the directory needs of a contact or resource; texts are i18n keys (namespace `flow`). */
interface ContactLike {
  id: string;
  name: string;
  short?: string;
  aliases?: readonly string[];
  /** Other spellings texts may not use; the search still finds them (flows/contacts.yaml `variants`). */
  variants?: readonly string[];
  description: string;
  audience: readonly string[];
  themes: readonly string[];
}
interface ResourceLike {
  id: string;
  title: string;
  type: 'publication' | 'tool' | 'training' | 'platform';
  description: string;
  audience: readonly string[];
  themes: readonly string[];
}
export interface DirectoryFlow {
  contacts: Record<string, ContactLike>;
  resources: Record<string, ResourceLike>;
  audiences: readonly { id: string }[];
  themes: readonly { id: string }[];
}

export const ITEM_TYPES = ['organisation', 'publication', 'tool', 'training', 'platform'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

import { AUDIENCE_PARAM, THEME_PARAM, TYPE_PARAM } from './directory-params';
export { AUDIENCE_PARAM, THEME_PARAM, TYPE_PARAM };

export interface DirectoryItem {
  kind: 'contact' | 'resource';
  id: string;
  type: ItemType;
  audience: readonly string[];
  themes: readonly string[];
  /** i18n keys of the texts the search looks in (name or title, description). */
  textKeys: string[];
  /** Literal strings the search looks in too: abbreviation, former names, aliases. */
  literals: string[];
}

export interface DirectoryQuery {
  audience?: string;
  theme?: string;
  type?: ItemType;
  search: string;
}

export const EMPTY_QUERY: DirectoryQuery = { search: '' };

/** The id of an entry's list item on the directory page, for links to it (the describe-it search). */
export function directoryAnchor(kind: DirectoryItem['kind'], id: string): string {
  return `${kind}-${id}`;
}

/** Every contact (as an organisation) and then every resource, in the order of the flow's files. */
export function directoryItems(flow: DirectoryFlow): DirectoryItem[] {
  const contacts: DirectoryItem[] = Object.values(flow.contacts).map((c) => ({
    kind: 'contact',
    id: c.id,
    type: 'organisation',
    audience: c.audience,
    themes: c.themes,
    textKeys: [c.name, c.description],
    literals: [c.id, ...(c.short === undefined ? [] : [c.short]), ...(c.aliases ?? []), ...(c.variants ?? [])],
  }));
  const resources: DirectoryItem[] = Object.values(flow.resources).map((r) => ({
    kind: 'resource',
    id: r.id,
    type: r.type,
    audience: r.audience,
    themes: r.themes,
    textKeys: [r.title, r.description],
    literals: [r.id],
  }));
  return [...contacts, ...resources];
}

/** Reads `?doelgroep=…&thema=…&soort=…`; values the flow does not know are dropped; the search is empty. */
export function parseDirectoryQuery(search: string, flow: Pick<DirectoryFlow, 'audiences' | 'themes'>): DirectoryQuery {
  const params = new URLSearchParams(search);
  const known = (value: string | null, ids: readonly string[]) =>
    value !== null && ids.includes(value) ? value : undefined;
  const query: DirectoryQuery = { search: '' };
  const audience = known(
    params.get(AUDIENCE_PARAM),
    flow.audiences.map((a) => a.id),
  );
  const theme = known(
    params.get(THEME_PARAM),
    flow.themes.map((t) => t.id),
  );
  const type = known(params.get(TYPE_PARAM), ITEM_TYPES) as ItemType | undefined;
  if (audience) query.audience = audience;
  if (theme) query.theme = theme;
  if (type) query.type = type;
  return query;
}

/** The query string for the filters ("" when none is set, else "?…"); never the search text. */
export function directoryQueryString(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.audience) params.set(AUDIENCE_PARAM, query.audience);
  if (query.theme) params.set(THEME_PARAM, query.theme);
  if (query.type) params.set(TYPE_PARAM, query.type);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isFiltered(query: DirectoryQuery): boolean {
  return directoryQueryString(query) !== '' || query.search.trim() !== '';
}

/** Lower case, accents off ("Coördinator" → "coordinator"), anything but letters and digits a space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Does every word of the search occur in the texts? A word matches the start of a word in the texts
 * ("omo" finds "Omo", not "promotie"); a word of four letters or more also matches inside a word, for
 * Dutch compounds ("steunpunt" finds "Familiesteunpunt").
 */
export function matchesSearch(search: string, texts: readonly string[]): boolean {
  const words = normalize(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = ` ${texts.map(normalize).join(' ')} `;
  return words.every((w) => haystack.includes(` ${w}`) || (w.length >= 4 && haystack.includes(w)));
}

/** The items that pass every filter, in their original order. `text` turns an i18n key into the page's language. */
export function filterDirectory(
  items: readonly DirectoryItem[],
  query: DirectoryQuery,
  text: (key: string) => string,
): DirectoryItem[] {
  return items.filter(
    (item) =>
      (!query.audience || item.audience.includes(query.audience)) &&
      (!query.theme || item.themes.includes(query.theme)) &&
      (!query.type || item.type === query.type) &&
      matchesSearch(query.search, [...item.textKeys.map(text), ...item.literals]),
  );
}
