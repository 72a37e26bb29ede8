// Build time: the search documents and what the field shows for each, from the checked flow. Runs in Node
// (the Vite plugin, the evaluation test, `npm run search`), never in the browser.
import type { Flow } from '../flow/model.ts';
import type { Language } from '../flow/languages.ts';
import { fillFactRefs } from '../flow/fact-refs.ts';
import { allPaths, type FlowPath } from '../flow/paths.ts';
import { wizardUrl } from '../flow/url.ts';
import { directoryAnchor } from '../content/directory.ts';
import { firstSentences } from '../content/sentences.ts';

/** One result page as the index sees it; the fields are weighted in rank.ts. */
export interface SearchDocument {
  id: string;
  /** the editors' search words (flows/triage.yaml `search`) */
  words: string;
  title: string;
  /** the labels of the answers that lead to this result: the role and topic in the tree's own words */
  answers: string;
  /** the primary contact's name and abbreviation */
  contact: string;
  /** the summary, or else the "why" */
  about: string;
}

/** What the field shows for a result, and where choosing it leads. */
export interface SearchHit {
  title: string;
  contact: string;
  line: string;
  /** the result page, reached by its shortest non-urgent path */
  href: string;
}

export interface SearchData {
  documents: SearchDocument[];
  hits: Record<string, SearchHit>;
}

/**
 * Per result, the path a search leads to: a person who searched has not said it is urgent, so the path with
 * the fewest answers that lead only to urgent results (the urgency question's "danger now" and "today"), and
 * of those the shortest. An urgent result has only urgent paths; it gets its shortest.
 */
export function searchPaths(flow: Flow, paths: FlowPath[] = allPaths(flow)): Map<string, FlowPath> {
  const urgentOnly = new Map<string, boolean>();
  for (const p of paths) {
    const urgent = flow.results[p.result]?.urgent ?? false;
    for (const [, option] of p.answers) urgentOnly.set(option, (urgentOnly.get(option) ?? true) && urgent);
  }
  const cost = (p: FlowPath) => p.answers.filter(([, o]) => urgentOnly.get(o)).length * 100 + p.answers.length;
  const best = new Map<string, FlowPath>();
  for (const p of paths) {
    const had = best.get(p.result);
    if (!had || cost(p) < cost(had)) best.set(p.result, p);
  }
  return best;
}

export function searchData(flow: Flow, lang: Language): SearchData {
  const paths = allPaths(flow);
  const labels = new Map<string, Set<string>>();
  const optionLabel = new Map<string, string>();
  for (const q of Object.values(flow.questions)) for (const o of q.options) optionLabel.set(o.id, o.label[lang]);
  for (const p of paths) {
    const set = labels.get(p.result) ?? new Set<string>();
    // The urgency question is on every path: its labels would only add noise.
    for (const [question, option] of p.answers) if (question !== flow.start) set.add(optionLabel.get(option) ?? '');
    labels.set(p.result, set);
  }
  const chosen = searchPaths(flow, paths);
  const documents: SearchDocument[] = [];
  const hits: Record<string, SearchHit> = {};
  for (const r of Object.values(flow.results)) {
    const path = chosen.get(r.id);
    if (!path) continue;
    const c = flow.contacts[r.primary];
    const contactName = c ? c.name[lang] : '';
    const fill = (t: string) => fillFactRefs(t, lang, flow.contacts);
    documents.push({
      id: r.id,
      words: (r.search?.[lang] ?? []).join(' · '),
      title: fill(r.title[lang]),
      answers: [...(labels.get(r.id) ?? [])].join(' · '),
      contact: [contactName, c?.short ?? ''].join(' '),
      about: fill((r.summary ?? r.why)[lang]),
    });
    hits[r.id] = {
      title: fill(r.title[lang]),
      contact: contactName,
      // The first sentence: one line under the title.
      line: firstSentences(fill((r.summary ?? r.why)[lang]), 1),
      href: wizardUrl(
        lang,
        path.answers.map(([, o]) => o),
      ),
    };
  }
  return { documents, hits };
}

/**
 * The directory's entries as search documents: a contact's name, abbreviation, older names and variant
 * spellings, a resource's title, and the description. A hit links to the entry on the directory page
 * (`directoryHref` is that page's address in the language).
 */
export function directorySearchData(flow: Flow, lang: Language, directoryHref: string): SearchData {
  const documents: SearchDocument[] = [];
  const hits: Record<string, SearchHit> = {};
  const fill = (t: string) => fillFactRefs(t, lang, flow.contacts);
  for (const c of Object.values(flow.contacts)) {
    const id = directoryAnchor('contact', c.id);
    const names = [c.short ?? '', ...(c.aliases ?? []), ...(c.variants ?? [])].filter(Boolean);
    documents.push({
      id,
      words: names.join(' · '),
      title: c.name[lang],
      answers: '',
      contact: '',
      about: fill(c.description[lang]),
    });
    // No line of description: the entry on the directory page has it, and it would double the hits' size.
    hits[id] = { title: c.name[lang], contact: '', line: '', href: `${directoryHref}#${id}` };
  }
  for (const r of Object.values(flow.resources)) {
    const id = directoryAnchor('resource', r.id);
    const publisher = r.publisher ? (flow.contacts[r.publisher]?.name[lang] ?? '') : '';
    documents.push({
      id,
      words: '',
      title: r.title[lang],
      answers: '',
      contact: publisher,
      about: fill(r.description[lang]),
    });
    hits[id] = { title: r.title[lang], contact: publisher, line: '', href: `${directoryHref}#${id}` };
  }
  return { documents, hits };
}

/**
 * Where a description with time pressure is sent: the first question after the start question's first
 * answer that leads on to a question (not straight to a result) and only ever to urgent results ("I must
 * act today"), so urgency stays data, not a rule in the field.
 */
export function urgentQuestionHref(flow: Flow, lang: Language, paths: FlowPath[] = allPaths(flow)): string | undefined {
  const start = flow.questions[flow.start];
  const option = start?.options.find((o) => {
    const own = paths.filter((p) => p.answers[0]?.[1] === o.id);
    return own.length > 0 && own.every((p) => p.answers.length > 1 && flow.results[p.result]?.urgent);
  });
  return option ? wizardUrl(lang, [option.id]) : undefined;
}
