// The routing of an older version of a flow, read from its triage.yaml alone. `flows diff-git` compares the
// shared links of the last commit with the working tree; when the commit's flow predates a change to the
// schema (a new required field), the current checker rejects it as a whole although its routing is intact.
// The routing is then read as it was written — options' `to`, `next` rules, `otherwise`, results' primary —
// normalised by the loader's own function (question-rules.ts), and stepped by the same machine as every other
// flow. Nothing here decides routing.
import { parse } from 'yaml';
import type { Condition, RoutingFlow } from './model.ts';
import { questionRules } from './question-rules.ts';

interface RawTriage {
  start?: string;
  questions?: {
    id: string;
    options?: { id: string; to?: string }[];
    next?: { when: Condition; to: string }[];
    otherwise?: string;
  }[];
  results?: { id: string; primary?: string }[];
}

export function routingOnly(triageYaml: string): RoutingFlow | undefined {
  let raw: RawTriage;
  try {
    raw = parse(triageYaml) as RawTriage;
  } catch {
    return undefined;
  }
  if (!raw?.start || !Array.isArray(raw.questions) || !Array.isArray(raw.results)) return undefined;
  const flow: RoutingFlow = { start: raw.start, questions: {}, results: {} };
  for (const q of raw.questions) {
    flow.questions[q.id] = {
      id: q.id,
      options: (q.options ?? []).map((o) => ({ id: o.id })),
      rules: questionRules(q).map((r) => r.rule),
      ...(q.otherwise && { otherwise: q.otherwise }),
    };
  }
  for (const r of raw.results) flow.results[r.id] = { id: r.id, primary: r.primary ?? '' };
  return flow;
}
