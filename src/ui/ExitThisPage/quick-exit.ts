// The quick exit's behaviour, without React: boot.ts installs it as soon as the page's script runs, so it
// works from the first moments of the page, long before the app takes the page over (and on a page whose
// app never loads). A click on the exit link, or Shift pressed three times in a row, hides the page and
// leaves through location.replace, so Back does not return here. Without JavaScript the link still leaves.
import { EXIT_URL } from '../../app/config';

/** Three Shift presses within this many milliseconds leave the page. */
export const SHIFT_WINDOW_MS = 5000;

/** The exit link's class (ExitThisPage.tsx renders it). */
export const EXIT_LINK_CLASS = 'ww-exit__link';

export function exitPage(): void {
  // Hide the page at once: the next site may take a moment to load.
  document.body.classList.add('ww-exiting');
  window.location.replace(EXIT_URL);
}

/** Listens on `doc` for the exit link's click and for Shift ×3; returns a function that stops listening. */
export function installQuickExit(doc: Document = document, onExit: () => void = exitPage): () => void {
  let presses: number[] = [];
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
    if (presses.length >= 3) {
      presses = [];
      onExit();
    }
  };
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest(`a.${EXIT_LINK_CLASS}`) : null;
    if (!link) return;
    event.preventDefault();
    onExit();
  };
  // Capture: runs before any other handler (the app's link handler) sees the click or the key.
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('click', onClick, true);
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('click', onClick, true);
  };
}
