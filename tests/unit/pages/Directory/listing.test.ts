// What the directory lists for a query, with the real flow: every item unfiltered, each filter and the search
// narrowing it, contacts and resources apart in the catalogue's order, and the "clear" link below the lists
// only when filtered with something shown.
import { describe, expect, it } from 'vitest';
import { directoryItems, EMPTY_QUERY, type DirectoryQuery } from '../../../../src/content/directory';
import { changedQueryString, directoryListing } from '../../../../src/pages/Directory/listing';
import { loadFlowDir, REAL_FLOW_DIR } from '../../../fixtures/wizard/harness';

const real = loadFlowDir(REAL_FLOW_DIR);
const catalogue = real.flow;
const items = directoryItems(catalogue);
const nl = (key: string) => real.texts.nl[key] ?? key;
const list = (query: Partial<DirectoryQuery>) => directoryListing(items, { ...EMPTY_QUERY, ...query }, catalogue, nl);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('directoryListing', () => {
  it('lists every contact and every resource without a filter, in the catalogue order, and no clear link', () => {
    const all = list({});
    expect(ids(all.contacts)).toEqual(Object.keys(catalogue.contacts));
    expect(ids(all.resources)).toEqual(Object.keys(catalogue.resources));
    expect(all.shown).toBe(all.contacts.length + all.resources.length);
    expect(all.total).toBe(items.length);
    expect(all.shown).toBe(all.total);
    expect(all.clearBelow).toBe(false);
  });

  it('keeps only the items of a theme, contacts and resources apart, with the clear link below', () => {
    const theme = catalogue.themes[0]!.id;
    const some = list({ theme });
    expect(some.shown).toBeGreaterThan(0);
    expect(some.shown).toBeLessThan(some.total);
    expect(some.contacts.every((c) => c.themes.includes(theme))).toBe(true);
    expect(some.resources.every((r) => r.themes.includes(theme))).toBe(true);
    expect(some.contacts.length + some.resources.length).toBe(some.shown);
    expect(some.clearBelow).toBe(true);
  });

  it('keeps only organisations for the type "organisation"', () => {
    const orgs = list({ type: 'organisation' });
    expect(orgs.resources).toEqual([]);
    expect(orgs.contacts.length).toBe(Object.keys(catalogue.contacts).length);
  });

  it('searches the texts in the page language, and shows no clear link below an empty list', () => {
    const first = Object.values(catalogue.contacts)[0]!;
    const found = list({ search: nl(first.name) });
    expect(ids(found.contacts)).toContain(first.id);
    expect(found.clearBelow).toBe(true);
    const none = list({ search: 'zzzz qqqq geen treffer' });
    expect(none.shown).toBe(0);
    expect(none.clearBelow).toBe(false);
  });
});

describe('changedQueryString', () => {
  it('applies the change and keeps the other filters; the typed text never goes into it', () => {
    const query: DirectoryQuery = { audience: catalogue.audiences[0]!.id, search: 'geheim' };
    const theme = catalogue.themes[0]!.id;
    const next = new URLSearchParams(changedQueryString(query, { theme, search: 'nog geheimer' }));
    expect(next.get('doelgroep')).toBe(query.audience);
    expect(next.get('thema')).toBe(theme);
    expect(next.toString()).not.toContain('geheim');
    expect(changedQueryString(query, { audience: undefined })).toBe('');
  });
});
