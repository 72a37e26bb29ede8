// The routing engine: the flow compiled to its XState machine, and the wizard's actor for the page shown.
// The browser loads it lazily (src/app/lazy-pages.ts): xstate is an eighth of the app's JavaScript, and
// the home page (the first question, no answers yet) renders without it.
import { createActor, type Actor } from 'xstate';
import { machineFor, type WizardMachine } from '../flow/compile';
import { replay, type Restored } from '../flow/restore';
import type { WizardFlow } from './flow';

/** A wizard page as the machine holds it. */
export interface WizardPage {
  /** The wizard's actor, resting on this page. App.tsx reads it with @xstate/react's useSelector. */
  actor: Actor<WizardMachine>;
  /** Where the actor rests, or why the answers are not a page. */
  restored: Restored;
}

export interface Engine {
  /** The actor for the page these answers lead to. */
  page(segments: readonly string[]): WizardPage;
  /** The page the answers lead to, as the machine decides it. */
  restore(segments: readonly string[]): Restored;
}

export function createEngine(flow: WizardFlow): Engine {
  // Compiled once per flow: the route map and the directory step the same machine (src/flow/explore.ts).
  const machine = machineFor(flow);
  // A page is asked for twice in a row (needsCatalogue, then the page itself), and the next page is
  // usually the last one plus one answer. So the last page is kept: the same answers reuse its actor, one
  // more answer steps on from its snapshot in a new actor (one event, not a replay of every answer), and
  // anything else replays the answers into a fresh actor. Actors are never changed once made, so a page
  // React still shows never changes under it.
  let last: { segments: readonly string[]; page: WizardPage } | undefined;
  const page = (segments: readonly string[]): WizardPage => {
    if (last && same(last.segments, segments)) return last.page;
    let made: WizardPage;
    if (
      last?.page.restored.ok &&
      segments.length === last.segments.length + 1 &&
      same(last.segments, segments.slice(0, -1))
    ) {
      const actor = createActor(machine, { snapshot: last.page.actor.getSnapshot() }).start();
      made = { actor, restored: replay(actor, flow, segments.slice(-1), last.segments.length) };
    } else {
      const actor = createActor(machine).start();
      made = { actor, restored: replay(actor, flow, segments) };
    }
    last = { segments: [...segments], page: made };
    return made;
  };
  return { page, restore: (segments) => page(segments).restored };
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
