// Vite plugin: the browser never parses YAML. At build (and dev) time it loads flows/, validates it and
// serves it as virtual modules:
//   virtual:wegwijzer/flow         what routing and the question pages need (start, questions, each result's id
//                                  and primary contact), every text replaced by its i18n key: in the entry chunk
//   virtual:wegwijzer/catalogue    the rest (what each result shows, contacts, resources, audiences, themes,
//                                  source texts): most of the data, imported lazily, only by the pages that show
//                                  it (results, sources, the directory and the route map)
//   virtual:wegwijzer/texts/<lang> that language's flow texts, an i18next resource bundle (the server's)
//   virtual:wegwijzer/texts/<lang>/<part> one part of them (src/flow/texts.ts): the browser loads the parts
//                                  the page shows
//   virtual:wegwijzer/hotlines     the emergency and police numbers every page shows (src/flow/hotlines.ts)
//   virtual:wegwijzer/search/<lang> the "describe it in your own words" search: that language's MiniSearch index,
//                                  built here, and what each hit shows (src/search/); imported only when the
//                                  field is focused
// Any validation error fails `vite build` and shows in the dev overlay with its file:line:col.
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { checkFlow } from '../flow/validate.ts';
import { readFlowDir } from '../flow/read-dir.ts';
import {
  compactKeys,
  expandKeys,
  splitTexts,
  TEXT_PARTS,
  textsOfPart,
  type KeyedFlow,
  type TextPart,
} from '../flow/texts.ts';
import type { Flow } from '../flow/model.ts';
import { formatProblem } from '../flow/problems.ts';
import { FLOW_FILES } from '../flow/schema.ts';
import { isLanguage, type Language } from '../flow/languages.ts';
import { hotlines } from '../flow/hotlines.ts';
import { withoutBasis } from '../flow/basis.ts';
import { directorySearchData, searchData, urgentQuestionHref } from '../search/documents.ts';
import { pathFor } from '../app/routes.ts';
import { buildIndex, serializeIndex } from '../search/rank.ts';

const PREFIX = 'virtual:wegwijzer/';
const RESOLVED = '\0' + PREFIX;

const json = (value: unknown) => `export default ${JSON.stringify(value)};`;

/**
 * The routing data (virtual:wegwijzer/flow): of a result its id and primary contact (the paths name it); what
 * a result page shows is in the catalogue, and search words are in the search chunk only. Written with its
 * text keys compacted, expanded as the module is evaluated (texts.ts).
 */
function routingModule({
  contacts: _c,
  resources: _r,
  audiences: _a,
  themes: _t,
  sourceTexts: _s,
  searchAlarms: _sa,
  ...rest
}: KeyedFlow): string {
  const routing = {
    ...rest,
    results: Object.fromEntries(Object.values(rest.results).map(({ id, primary }) => [id, { id, primary }])),
  };
  const compact = compactKeys(routing);
  if (!isDeepStrictEqual(expandKeys(compact), routing))
    throw new Error(
      'The routing data does not survive compactKeys/expandKeys (a number 1 in it?): see src/flow/texts.ts',
    );
  const texts = JSON.stringify(resolve(import.meta.dirname, '../flow/texts.ts'));
  return `import { expandKeys } from ${texts};\nexport default expandKeys(${JSON.stringify(compact)});`;
}

/** What the pages that show them need: what each result says (without search words), contacts, resources, taxonomy. */
function catalogueModule({ results, contacts, resources, audiences, themes, sourceTexts }: KeyedFlow): string {
  const shown = Object.fromEntries(Object.entries(results).map(([id, { search: _s, ...r }]) => [id, r]));
  return json({ results: shown, contacts, resources, audiences, themes, sourceTexts });
}

/** The "describe it" search of a language: its index, what each hit shows, the directory's, the alarms. */
function searchModule(flow: Flow, lang: Language): string {
  const data = searchData(flow, lang);
  const index = serializeIndex(buildIndex(data.documents, lang));
  const dir = directorySearchData(flow, lang, pathFor({ page: 'directory', lang }));
  const directory = { index: serializeIndex(buildIndex(dir.documents, lang)), hits: dir.hits };
  const alarms = {
    danger: flow.searchAlarms?.danger[lang] ?? [],
    today: flow.searchAlarms?.today[lang] ?? [],
    todayHref: urgentQuestionHref(flow, lang) ?? null,
  };
  return json({ index, hits: data.hits, directory, alarms });
}

/** The source of virtual:wegwijzer/<what> for a valid flow; throws on an unknown module. */
function moduleSource(what: string, valid: Flow): string {
  const { flow, texts } = splitTexts(withoutBasis(valid));
  if (what === 'flow') return routingModule(flow);
  if (what === 'hotlines') return json(hotlines(valid));
  if (what === 'catalogue') return catalogueModule(flow);
  const [kind, lang = '', part, ...more] = what.split('/');
  if (kind === 'search' && isLanguage(lang) && part === undefined) return searchModule(valid, lang);
  if (kind === 'texts' && isLanguage(lang) && more.length === 0) {
    if (part === undefined) return json(texts[lang]);
    if ((TEXT_PARTS as readonly string[]).includes(part)) return json(textsOfPart(texts[lang], part as TextPart));
  }
  throw new Error(
    `Unknown module ${PREFIX}${what}: use ` +
      ['flow', 'catalogue', 'hotlines', 'texts/<lang>[/<part>]', 'search/<lang>'].map((m) => PREFIX + m).join(', '),
  );
}

export function flowPlugin(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'flows');
  return {
    name: 'wegwijzer-flow',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      for (const file of Object.keys(FLOW_FILES)) this.addWatchFile(resolve(dir, file));
      const checked = checkFlow(readFlowDir(dir));
      for (const w of checked.warnings) this.warn(formatProblem(w));
      if (!checked.flow) {
        const first = checked.errors[0]!;
        this.error({
          message:
            `The flow in ${dir} has ${checked.errors.length} error(s):\n` +
            checked.errors.map(formatProblem).join('\n'),
          id: resolve(dir, first.file),
          loc: { file: resolve(dir, first.file), line: first.line, column: first.col - 1 },
        });
      }
      try {
        return moduleSource(id.slice(RESOLVED.length), checked.flow);
      } catch (err) {
        this.error((err as Error).message);
      }
    },
    configureServer(server) {
      // Reload the page when a flow file changes, so editors see their edit (or its error) at once.
      const files = Object.keys(FLOW_FILES).map((f) => resolve(dir, f));
      server.watcher.add(files);
      server.watcher.on('change', (path) => {
        if (!files.includes(path)) return;
        for (const mod of server.moduleGraph.getModulesByFile(path) ?? []) server.moduleGraph.invalidateModule(mod);
        for (const m of server.moduleGraph.idToModuleMap.values())
          if (m.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(m);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
