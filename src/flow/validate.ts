// Checks that span files or need the graph: references, reachability, cycles, dead ends, conditions on
// questions that may not have been answered, and the age of contact facts. Structural only (reachability
// and dominators), so it stays fast on large flows.
import { loadFlow, type Loaded, type ParsedSources, type Sources } from './load.ts';
import type { Flow } from './model.ts';
import { byPosition, type Problem } from './problems.ts';
import { checkContactsReachable } from './validate-contacts.ts';
import { checkGraph } from './validate-graph.ts';
import { checkReach } from './validate-reach.ts';
import { type At, checkEntryRefs, checkQuestions, checkStart } from './validate-refs.ts';
import { checkTexts } from './validate-texts.ts';

export interface Checked {
  flow?: Flow;
  errors: Problem[];
  warnings: Problem[];
}

export interface CheckOptions {
  /** "Today", for the age of contact facts; tests pin it. */
  today?: Date;
  /** A fact checked longer ago than this many months gets a warning. */
  staleAfterMonths?: number;
}

export function checkFlow(sources: Sources | ParsedSources, options: CheckOptions = {}): Checked {
  const loaded = loadFlow(sources);
  const problems = [...loaded.problems];
  if (loaded.flow) problems.push(...validateLoaded(loaded.flow, loaded, options));
  problems.sort(byPosition);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return errors.length === 0 && loaded.flow ? { flow: loaded.flow, errors, warnings } : { errors, warnings };
}

/** The checks that need the whole flow, in the order they were written (the result is sorted by position). */
function validateLoaded(flow: Flow, loaded: Loaded, options: CheckOptions): Problem[] {
  const out: Problem[] = [];
  const { locate, paths } = loaded;
  const at: At = (file, path, message, severity = 'error') => {
    out.push({ file, ...locate(file, path), message, severity });
  };
  checkStart(flow, at);
  checkQuestions(flow, paths, at);
  checkEntryRefs(flow, paths, at);
  checkContactsReachable(flow, paths, at);
  checkReach(flow, paths, at);
  checkTexts(flow, paths, at);
  checkGraph(flow, paths, at);
  checkFactAges(flow, paths, at, options);
  return out;
}

/** A contact fact checked longer ago than `staleAfterMonths` gets a warning: check it against its source. */
function checkFactAges(flow: Flow, paths: Loaded['paths'], at: At, options: CheckOptions): void {
  const today = options.today ?? new Date();
  const months = options.staleAfterMonths ?? 12;
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  for (const c of Object.values(flow.contacts)) {
    const cPath = paths.contacts[c.id]!;
    for (const fact of ['phone', 'email', 'hours'] as const) {
      const f = c[fact];
      if (f && new Date(`${f.checked}T00:00:00Z`) < limit) {
        at(
          'contacts.yaml',
          [...cPath, fact, 'checked'],
          `${fact} of "${c.id}" was last checked on ${f.checked}, ` +
            `more than ${months} months ago: check it against its source`,
          'warning',
        );
      }
    }
  }
}
