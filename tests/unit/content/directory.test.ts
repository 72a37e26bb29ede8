import { describe, expect, it } from 'vitest';
import { loadFlowDir, REAL_FLOW_DIR } from '../../fixtures/wizard/harness';
import { directoryPath } from '../../../src/app/routes';
import {
  directoryItems,
  directoryQueryString,
  EMPTY_QUERY,
  filterDirectory,
  isFiltered,
  matchesSearch,
  normalize,
  parseDirectoryQuery,
  THEME_PARAM,
  type DirectoryQuery,
} from '../../../src/content/directory';

const { flow, texts } = loadFlowDir(REAL_FLOW_DIR);
const items = directoryItems(flow);
const nl = (key: string) => texts.nl[key] ?? key;
const en = (key: string) => texts.en[key] ?? key;
const ids = (query: DirectoryQuery, text = nl) => filterDirectory(items, query, text).map((i) => i.id);

describe('directoryItems', () => {
  it('holds every contact as an organisation and every resource with its type', () => {
    expect(items.length).toBe(Object.keys(flow.contacts).length + Object.keys(flow.resources).length);
    for (const c of Object.values(flow.contacts))
      expect(items).toContainEqual(expect.objectContaining({ id: c.id, kind: 'contact', type: 'organisation' }));
    for (const r of Object.values(flow.resources))
      expect(items).toContainEqual(expect.objectContaining({ id: r.id, kind: 'resource', type: r.type }));
  });
});

describe('the query in the URL', () => {
  it('reads the theme link a result page makes (directoryPath), so "more on this theme" arrives filtered', () => {
    const link = directoryPath('nl', 'polarisatie');
    expect(link).toBe('/nl/aanbod/?thema=polarisatie');
    expect(parseDirectoryQuery(link.slice(link.indexOf('?')), flow).theme).toBe('polarisatie');
  });

  it('reads and writes audience, theme and type, and never the search text (an old zoek= is ignored)', () => {
    const q = parseDirectoryQuery('?doelgroep=gemeente&thema=polarisatie&soort=tool&zoek=%20quick%20', flow);
    expect(q).toEqual({ audience: 'gemeente', theme: 'polarisatie', type: 'tool', search: '' });
    expect(directoryQueryString({ ...q, search: 'mijn zoon' })).toBe(
      '?doelgroep=gemeente&thema=polarisatie&soort=tool',
    );
    expect(parseDirectoryQuery(directoryQueryString(q).slice(1), flow)).toEqual(q);
  });

  it('ignores unknown values and empty parameters (a submitted form without JavaScript sends them)', () => {
    expect(parseDirectoryQuery('?doelgroep=&thema=bestaat-niet&soort=boek&zoek=', flow)).toEqual(EMPTY_QUERY);
    expect(directoryQueryString(EMPTY_QUERY)).toBe('');
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
    expect(isFiltered({ search: 'x' })).toBe(true);
    expect(isFiltered({ search: '  ' })).toBe(false);
  });
});

describe('the filter', () => {
  it('lists everything without a filter', () => {
    expect(ids(EMPTY_QUERY)).toEqual(items.map((i) => i.id));
  });

  it('filters on audience, theme and type, all together', () => {
    const byAudience = ids({ search: '', audience: 'onderwijs' });
    expect(byAudience).toContain('ssv');
    expect(byAudience).not.toContain('ngb');
    const byTheme = ids({ search: '', theme: 'discriminatie' });
    expect(byTheme).toContain('discriminatie-nl');
    expect(byTheme).not.toContain('nctv');
    for (const id of ids({ search: '', type: 'training' })) expect(flow.resources[id]?.type).toBe('training');
    expect(ids({ search: '', type: 'organisation' })).toEqual(Object.keys(flow.contacts));
    const all = ids({ search: '', audience: 'gemeente', theme: 'polarisatie', type: 'organisation' });
    expect(all).toContain('ess');
    for (const id of all) {
      expect(flow.contacts[id]!.audience).toContain('gemeente');
      expect(flow.contacts[id]!.themes).toContain('polarisatie');
    }
  });

  it('finds former names, aliases and abbreviations, whatever the case and accents', () => {
    expect(ids({ search: 'Platform JEP' })).toEqual(expect.arrayContaining(['ess', 'platform-jep']));
    expect(ids({ search: 'platform jep' })).toEqual(ids({ search: 'PLATFORM JEP' }));
    expect(ids({ search: 'KIS' })).toContain('kis');
    expect(ids({ search: 'kennisplatform integratie & samenleving' })).toContain('kis');
    expect(ids({ search: 'omo' })).toContain('omo');
    expect(ids({ search: 'Nationaal Coordinator' })).toContain('nctv');
    expect(ids({ search: 'nationaal coördinator' })).toContain('nctv');
  });

  it('searches the texts of the page language', () => {
    expect(ids({ search: 'Quickscan' })).toContain('quickscan-gemeenten');
    expect(ids({ search: 'quick scan for municipalities' }, en)).toContain('quickscan-gemeenten');
    expect(ids({ search: 'quick scan for municipalities' }, nl)).not.toContain('quickscan-gemeenten');
  });

  it('lists something for the theme link of every result page', () => {
    const themes = new Set(
      Object.values(flow.results)
        .map((r) => r.theme)
        .filter((x) => x !== undefined),
    );
    expect(themes.size).toBeGreaterThan(0);
    for (const theme of themes) {
      const query = parseDirectoryQuery(`?${THEME_PARAM}=${encodeURIComponent(theme)}`, flow);
      expect(query.theme, theme).toBe(theme);
      expect(ids(query).length, theme).toBeGreaterThan(0);
    }
  });

  it('finds nothing for nonsense', () => {
    expect(ids({ search: 'xyzzy-plugh' })).toEqual([]);
  });
});

describe('matching words', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalize('  Coördinator (NCTV)! ')).toBe('coordinator nctv');
  });
  it('matches word starts, and longer words inside compounds', () => {
    expect(matchesSearch('omo', ['Ondersteuningsnetwerk (Omo)'])).toBe(true);
    expect(matchesSearch('omo', ['promotie'])).toBe(false);
    expect(matchesSearch('steunpunt', ['Familiesteunpunt'])).toBe(true);
    expect(matchesSearch('', ['x'])).toBe(true);
  });
});
