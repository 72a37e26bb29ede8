// At build time the flow's texts become i18next resources: every `{ nl, en }` text in the flow is replaced
// by its key, and each language's texts go into a resource bundle of their own, so the browser loads only
// the language it shows.
import { LANGUAGES, type Language } from './languages.ts';
import type { Flow } from './model.ts';
import type { LocalizedText } from './schema.ts';
import { fillFactRefs } from './fact-refs.ts';

export const FLOW_NAMESPACE = 'flow';

/** A value with every localized text replaced by its i18n key (a string). */
export type Keyed<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Keyed<U>[]
    : T extends object
      ? { [K in keyof T]: Keyed<T[K]> }
      : T;

export type KeyedFlow = Keyed<Flow>;
export type FlowTexts = Record<Language, Record<string, string>>;

function isLocalized(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === LANGUAGES.length &&
    LANGUAGES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')
  );
}

/**
 * The keys splitTexts gives, for code that has an id but not the keyed object (the route map names a
 * result's contact without loading the contacts). Kept here, next to splitTexts, so the layout is written
 * down once; tests/unit/flow/engine.test.ts checks them against splitTexts.
 */
export const flowTextKey = {
  questionText: (question: string) => `questions.${question}.text`,
  optionLabel: (question: string, option: string) => `questions.${question}.options.${option}.label`,
  contactName: (contact: string) => `contacts.${contact}.name`,
};

/**
 * The flow's texts in the parts the browser loads separately, so that a page fetches only the texts it shows
 * (issue 28): the questions (every wizard page), the results' texts, and the catalogue's (contacts,
 * resources, audiences, themes, source titles: the result pages, the directory, the sources).
 */
export const TEXT_PARTS = ['questions', 'results', 'catalogue'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

/** The part a text key belongs to (keys as splitTexts makes them). */
export function textPartOf(key: string): TextPart {
  const top = key.slice(0, key.indexOf('.'));
  return top === 'questions' || top === 'results' ? top : 'catalogue';
}

/** One part of one language's texts. */
export function textsOfPart(texts: Record<string, string>, part: TextPart): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([key]) => textPartOf(key) === part));
}

/**
 * Rebuilds `value` depth first, each leaf (and each localized text, which is a leaf here) replaced by `leaf(it,
 * its key)`: the key is the path to it, where an array's items with an id are named by it, so keys survive
 * reordering.
 */
function mapLeaves(value: unknown, leaf: (value: unknown, key: string) => unknown, path: string[] = []): unknown {
  if (isLocalized(value)) return leaf(value, path.join('.'));
  if (Array.isArray(value))
    return value.map((v, i) =>
      mapLeaves(v, leaf, [...path, typeof v === 'object' && v && 'id' in v ? String(v.id) : String(i)]),
    );
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, leaf, [...path, k])]));
  return leaf(value, path.join('.'));
}

/** Keys read like the flow: `questions.role.text`, `questions.role.options.gemeente.label`. */
export function splitTexts(flow: Flow): { flow: KeyedFlow; texts: FlowTexts } {
  const texts = Object.fromEntries(LANGUAGES.map((l) => [l, {}])) as FlowTexts;
  const keyed = mapLeaves(flow, (value, key) => {
    if (!isLocalized(value)) return value;
    // References to contact facts ({phone:lse}) become the fact itself, in each language.
    for (const l of LANGUAGES) texts[l][key] = fillFactRefs(value[l], l, flow.contacts);
    return key;
  });
  return { flow: keyed as KeyedFlow, texts };
}

/**
 * The keyed data with every text key written as 1, since each key is its own place's path (splitTexts): the
 * entry chunk's routing data is about 1 KB gzip smaller so (issue 28). expandKeys undoes it; the flow plugin
 * checks that it does for the data it writes.
 */
export function compactKeys(keyed: unknown): unknown {
  return mapLeaves(keyed, (value, key) => (value === key ? 1 : value));
}

/** The keyed data compactKeys was given. */
export function expandKeys<T>(compact: unknown): T {
  return mapLeaves(compact, (value, key) => (value === 1 ? key : value)) as T;
}
