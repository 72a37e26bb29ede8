// React takes the prerendered page over by hydrating it as a transition: in short slices, so the page stays
// responsive (entry-client.tsx). But a press, a key or a click on a part it has not hydrated yet makes React
// hydrate everything that is left at once, inside that event, before the event's handlers run (its
// "selective hydration" of the event's target): on a slow phone in a slow moment that held a tap on an answer
// for 60–120 ms (issue 16, measured with scripts/first-load.mjs). Until the app says it has taken over, these
// events are kept from React: the page is still the prerendered page, whose answers are ordinary links, and
// the browser follows them (and the quick exit, listening on the document itself, still sees every event).

/** The events for which React hydrates at once (its "discrete replayable" events, react-dom 19). */
export const HYDRATING_EVENTS = [
  'pointerdown',
  'pointerup',
  'pointercancel',
  'mousedown',
  'mouseup',
  'touchstart',
  'touchend',
  'touchcancel',
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'keydown',
  'keypress',
  'keyup',
  'input',
  'change',
  'compositionstart',
  'compositionend',
  'copy',
  'cut',
  'paste',
  'dragstart',
  'dragend',
  'drop',
  'reset',
] as const;

// Passive: a listener for touches that is not would make every scroll wait for the main thread.
const OPTIONS = { capture: true, passive: true } as const;

/**
 * Keeps the hydrating events inside `root` from React's listeners (on `root`) until `taken()` says the app
 * has taken over; then stops, for good. Listens on the document, in the capture phase: before `root`.
 */
export function shieldHydration(root: Element, taken: () => boolean, doc: Document = document): void {
  const onEvent = (event: Event) => {
    if (taken()) {
      for (const type of HYDRATING_EVENTS) doc.removeEventListener(type, onEvent, OPTIONS);
      return;
    }
    if (event.target instanceof Node && root.contains(event.target)) event.stopPropagation();
  };
  for (const type of HYDRATING_EVENTS) doc.addEventListener(type, onEvent, OPTIONS);
}
