// What the directory lists for a query, and the query after a change: plain functions over the catalogue and
// the URL's query (src/content/directory.ts), so the page's components only render.
import {
  directoryQueryString,
  filterDirectory,
  isFiltered,
  type DirectoryItem,
  type DirectoryQuery,
} from '../../content/directory';
import type { DirectoryCatalogue } from './types';

type Contact = DirectoryCatalogue['contacts'][string];
type Resource = DirectoryCatalogue['resources'][string];

export interface DirectoryListing {
  /** How many items pass the query, of `total`. */
  shown: number;
  total: number;
  /** The contacts and the resources that pass, each in the catalogue's order. */
  contacts: Contact[];
  resources: Resource[];
  /** A "clear the filters" link below the lists: filtered and something shown (the empty state has its own). */
  clearBelow: boolean;
}

/** The items of `items` that pass `query`, split into contacts and resources. `text` resolves an i18n key. */
export function directoryListing(
  items: readonly DirectoryItem[],
  query: DirectoryQuery,
  catalogue: DirectoryCatalogue,
  text: (key: string) => string,
): DirectoryListing {
  const shown = filterDirectory(items, query, text);
  return {
    shown: shown.length,
    total: items.length,
    contacts: shown.filter((i) => i.kind === 'contact').map((i) => catalogue.contacts[i.id]!),
    resources: shown.filter((i) => i.kind === 'resource').map((i) => catalogue.resources[i.id]!),
    clearBelow: isFiltered(query) && shown.length > 0,
  };
}

/** The URL query ("" or "?…") for `query` with `change` applied. */
export function changedQueryString(query: DirectoryQuery, change: Partial<DirectoryQuery>): string {
  return directoryQueryString({ ...query, ...change });
}
