// What the field's status line says: the alarm first (screen readers hear it first, as sighted readers see it
// first), then how many result pages were found, or that the search could not load. Plain text, no React.
import type { Alarm } from '../../search/alarm';

/** The words the status line is made of, already translated (`ui` namespace, `describe.*` and `emergency.*`). */
export interface StatusWords {
  danger: string;
  today: string;
  failed: string;
  none: string;
  found: (count: number) => string;
}

export interface SearchState {
  /** The field holds more than white space. */
  typed: boolean;
  /** Loading the search failed. */
  failed: boolean;
  /** The search has loaded. */
  ready: boolean;
  hits: number;
  alarm: Alarm | undefined;
}

/** How many were found: nothing before typing or while loading, "failed" once loading failed. */
export function foundText(state: SearchState, words: StatusWords): string {
  if (!state.typed) return '';
  if (state.failed) return words.failed;
  if (!state.ready) return '';
  return state.hits ? words.found(state.hits) : words.none;
}

/** The status line: the alarm, then what was found, joined by a space. */
export function statusText(state: SearchState, words: StatusWords): string {
  const alarm = state.alarm === 'danger' ? words.danger : state.alarm === 'today' ? words.today : '';
  return [alarm, foundText(state, words)].filter(Boolean).join(' ');
}
