// The passages each text rests on. A result (beside its `why`), a contact and a resource (beside its
// `description`) carry `basis:` — a list of `{ source, quote }`, where `quote` is a short passage of the
// source, word for word. This module checks each passage against its source: a seed text (seed:<file>), an
// item of the content brief (S<n>: anywhere in that item's row of ../shared/docs/content.md) or a URL (the
// brief's items that name it). Like quotes.ts it ignores whitespace, typographic quotes and the case of the
// first letter; an ellipsis (…) in a passage stands for words left out, so each part must be there, in order.
// The source texts stay outside the repository: the caller reads them (src/cli/content-checks.ts).
import type { Loaded } from './load.ts';
import type { Flow } from './model.ts';
import { byPosition, type Problem } from './problems.ts';
import type { FlowFileName } from './schema.ts';
import { normalisePassage, otherFirstCase } from './passage-text.ts';

export interface BasisItem {
  source: string;
  quote: string;
}

/** The texts a passage can be checked against. */
export interface BasisCorpus {
  /** Seed file name → its text. */
  seeds: Record<string, string>;
  /** Content-brief item id (S38) → the text of its row. */
  items: Record<string, string>;
}

/**
 * How a result, contact or resource without a basis is reported: a warning, so a small flow (a test fixture, a
 * new flow) still checks; flows/ itself may have no warnings at all (tests/unit/content-rules.test.ts).
 */
export const MISSING_BASIS: 'error' | 'warning' = 'warning';

/** Longest passage, in words: a basis points to a passage, it never copies a source. */
export const MAX_BASIS_WORDS = 45;

/** True when every part of `quote` (split at an ellipsis) is in `text`, in order. */
export function containsPassage(text: string, quote: string): boolean {
  const haystack = normalisePassage(text);
  const parts = normalisePassage(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  let from = 0;
  for (const [i, part] of parts.entries()) {
    const candidates = i === 0 ? [part, otherFirstCase(part)] : [part];
    const at = Math.min(...candidates.map((c) => haystack.indexOf(c, from)).map((n) => (n < 0 ? Infinity : n)));
    if (at === Infinity) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}

/**
 * The brief's items by id: its list lines (`- S1 https://…`) and table rows (`| S38 | … |`). A row's text is
 * everything on its line, so a passage may sit in the quote column or in the source column.
 */
export function parseContentBrief(markdown: string): Record<string, string> {
  const items: Record<string, string> = {};
  for (const line of markdown.split('\n')) {
    const m = /^(?:-\s+|\|\s*)(S\d+)\b/.exec(line);
    if (m) items[m[1]!] = `${items[m[1]!] ?? ''}\n${line}`.trim();
  }
  return items;
}

/** Whether an item's row quotes any passage at all (S1–S37 are mostly a bare URL). */
const holdsPassage = (row: string) => /["“„][^"”“]{12,}["”]/.test(row);

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
const urlsIn = (row: string) => row.match(/https?:\/\/[^\s)|,;]+/g) ?? [];

export type BasisVerdict = { ok: true } | { ok: false; severity: 'error' | 'warning'; message: string };

/** One passage against its source. */
export function judgePassage(item: BasisItem, corpus: BasisCorpus): BasisVerdict {
  const words = normalisePassage(item.quote).split(' ').length;
  if (words > MAX_BASIS_WORDS)
    return {
      ok: false,
      severity: 'error',
      message:
        `the passage has ${words} words; quote at most ${MAX_BASIS_WORDS} ` +
        '(point to the passage, do not copy the source)',
    };
  const { source, quote } = item;
  if (source.startsWith('seed:')) {
    const text = corpus.seeds[source.slice('seed:'.length)];
    if (text === undefined) return { ok: false, severity: 'error', message: `no seed text named ${source}` };
    return containsPassage(text, quote)
      ? { ok: true }
      : { ok: false, severity: 'error', message: `the passage is not in ${source} word for word: "${quote}"` };
  }
  const ids = /^S\d+$/.test(source)
    ? [source]
    : Object.keys(corpus.items).filter((id) => urlsIn(corpus.items[id]!).some((u) => sameUrl(u, source)));
  if (/^S\d+$/.test(source) && corpus.items[source] === undefined)
    return { ok: false, severity: 'error', message: `the content brief has no item ${source}` };
  if (ids.length === 0)
    return {
      ok: false,
      severity: 'warning',
      message: `not verifiable here: ${source} is not in the content brief; prefer a seed passage or a quoted S-item`,
    };
  const rows = ids.map((id) => corpus.items[id]!);
  if (rows.some((row) => containsPassage(row, quote))) return { ok: true };
  if (!rows.some(holdsPassage))
    return {
      ok: false,
      severity: 'warning',
      message:
        `not verifiable here: the brief's ${ids.join(', ')} quotes no passage; ` +
        'prefer a seed passage or a quoted S-item',
    };
  return {
    ok: false,
    severity: 'error',
    message: `the passage is not in the content brief's ${ids.join(', ')} word for word: "${quote}"`,
  };
}

/** Everything in the flow that must rest on a basis, with where its basis is written. */
export function* basisOwners(flow: Flow, paths: Loaded['paths']) {
  const kinds = [
    ['result', 'triage.yaml', flow.results, paths.results],
    ['contact', 'contacts.yaml', flow.contacts, paths.contacts],
    ['resource', 'resources.yaml', flow.resources, paths.resources],
  ] as const;
  for (const [kind, file, items, at] of kinds)
    for (const item of Object.values(items) as { id: string; basis?: BasisItem[] }[])
      yield { kind, id: item.id, file: file as FlowFileName, at: at[item.id]!, basis: item.basis };
}

export interface BasisReport {
  problems: Problem[];
  /** Passages found word for word in their source. */
  found: number;
  /** Results, contacts and resources without a basis. */
  missing: number;
}

/**
 * Every basis checked. Without a corpus (the source texts are not beside the project) nothing is judged and
 * the caller says loudly that passages were not verified; missing bases are reported either way.
 */
export function checkBasis(loaded: Loaded, corpus: BasisCorpus | undefined): BasisReport {
  const problems: Problem[] = [];
  let found = 0;
  let missing = 0;
  if (!loaded.flow) return { problems, found, missing };
  for (const owner of basisOwners(loaded.flow, loaded.paths)) {
    if (!owner.basis || owner.basis.length === 0) {
      missing++;
      problems.push({
        file: owner.file,
        ...loaded.locate(owner.file, [...owner.at, 'id']),
        message: `${owner.kind} "${owner.id}" has no basis: list the passages its text rests on`,
        severity: MISSING_BASIS,
      });
      continue;
    }
    if (!corpus) continue;
    owner.basis.forEach((item, i) => {
      const verdict = judgePassage(item, corpus);
      if (verdict.ok) {
        found++;
        return;
      }
      const where = loaded.locate(owner.file, [...owner.at, 'basis', i, 'quote']);
      problems.push({ file: owner.file, ...where, message: verdict.message, severity: verdict.severity });
    });
  }
  problems.sort(byPosition);
  return { problems, found, missing };
}

/** The flow without its bases: they serve editors and the checker, never a page, so no bundle carries them. */
export function withoutBasis(flow: Flow): Flow {
  const strip = <T extends { basis?: unknown }>(o: T): Omit<T, 'basis'> => {
    const { basis: _basis, ...rest } = o;
    return rest;
  };
  const each = <T extends { basis?: unknown }>(r: Record<string, T>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, strip(v)])) as Record<string, T>;
  return { ...flow, results: each(flow.results), contacts: each(flow.contacts), resources: each(flow.resources) };
}
