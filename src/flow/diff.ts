// Which shared links change meaning between two versions of a flow: paths (by their URL, the list of
// option ids) that now end at another result or contact, paths that are new, and paths that are gone.
import { allPaths, type FlowPath } from './paths.ts';
import type { RoutingFlow } from './model.ts';

export interface PathChange {
  url: string[];
  before?: { result: string; primary: string };
  after?: { result: string; primary: string };
}

export interface FlowDiff {
  changed: PathChange[];
  added: PathChange[];
  removed: PathChange[];
}

export function diffFlows(before: RoutingFlow, after: RoutingFlow): FlowDiff {
  const key = (p: FlowPath) => p.answers.map(([, o]) => o).join('/');
  const old = new Map(allPaths(before).map((p) => [key(p), p]));
  const now = new Map(allPaths(after).map((p) => [key(p), p]));
  const diff: FlowDiff = { changed: [], added: [], removed: [] };
  const end = (p: FlowPath) => ({ result: p.result, primary: p.primary });
  for (const [k, p] of now) {
    const o = old.get(k);
    const url = k === '' ? [] : k.split('/');
    if (!o) diff.added.push({ url, after: end(p) });
    else if (o.result !== p.result || o.primary !== p.primary)
      diff.changed.push({ url, before: end(o), after: end(p) });
  }
  for (const [k, o] of old) if (!now.has(k)) diff.removed.push({ url: k === '' ? [] : k.split('/'), before: end(o) });
  return diff;
}
