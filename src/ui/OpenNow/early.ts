// "Open now" from the first moments (issue 17): the page's own script (boot.ts) fills each status line as soon
// as it runs, long before the app takes over. The build did the hard part: the page carries each shown line's
// open intervals as UTC instants and the status wordings in the page's language (a JSON data block, which the
// CSP allows; see src/content/open-intervals.ts). This code only compares them with the clock: no time zones,
// no Intl, no holidays, no texts of its own, so it stays a few hundred bytes of the first JavaScript.
// It writes into the status paragraph OpenNow renders empty; OpenNow marks that paragraph
// suppressHydrationWarning, so the app hydrates over the text without a mismatch and then writes its own.
import { appIsReady } from '../../app/app-ready';

/** The id of the page's data block. */
export const OPEN_NOW_DATA_ID = 'ww-open-now';

/** [opens, closes, the closing time as the page words it ("17:00"), absent when it is not known] */
export type OpenSpan = [from: number, to: number, closes?: string];

export interface EarlyOpenNowData {
  /** The instants (epoch milliseconds) the data covers: outside them the status is unknown and left empty. */
  from: number;
  to: number;
  /** The page's wordings; `until` has "{time}" where the closing time goes. */
  texts: { open: string; until: string; closed: string };
  /** Open spans by contact id (the card's data-contact), in order. */
  lines: Record<string, OpenSpan[]>;
  /**
   * An urgent page's advised line whose card shows the fallback's call button too: by contact id, the status
   * while it is closed ("Nu gesloten — bel nu Politie (geen spoed)."). While closed, the fallback's button
   * gets the filled style and the line's own the plain one; the order of the buttons never changes.
   */
  closedCall?: Record<string, string>;
}

const FILLED = 'utrecht-button--primary-action';
const PLAIN = 'utrecht-button--secondary-action';

/** Gives the filled style to the button of the line that is open now: the card's own, or its fallback's. */
function markOpenButton(card: HTMLElement, closed: boolean): void {
  const own = card.querySelector('[data-call="own"]');
  const fallback = card.querySelector('[data-call="fallback"]');
  if (!own || !fallback) return;
  own.classList.toggle(FILLED, !closed);
  own.classList.toggle(PLAIN, closed);
  fallback.classList.toggle(FILLED, closed);
  fallback.classList.toggle(PLAIN, !closed);
}

/** Fills the status lines now and every minute, until the app takes over (it keeps them up to date itself). */
export function showOpenNowEarly(): void {
  const block = document.getElementById(OPEN_NOW_DATA_ID);
  if (!block) return; // a page without opening hours
  const data = JSON.parse(block.textContent!) as EarlyOpenNowData;
  const update = () => {
    // From here on the DOM is React's.
    if (appIsReady()) return clearInterval(timer);
    const now = Date.now();
    for (const status of document.querySelectorAll<HTMLElement>('.wegwijzer-open-now__status')) {
      const card = status.closest<HTMLElement>('[data-contact]');
      const id = card?.dataset.contact ?? '';
      const spans = data.lines[id];
      // Before or beyond the data, say nothing rather than guess: the hours are on the page as text.
      // (A boolean, never undefined: classList.toggle with an undefined force flips the class.)
      const known = !!spans && now >= data.from && now < data.to;
      const open = known && spans.find(([from, to]) => from <= now && now < to);
      const closedCall = data.closedCall?.[id];
      if (card && closedCall) markOpenButton(card, known && !open);
      status.textContent = !known
        ? ''
        : !open
          ? (closedCall ?? data.texts.closed)
          : open[2]
            ? data.texts.until.replace('{time}', open[2])
            : data.texts.open;
      // Only "open" has a style of its own (OpenNow.css); the app adds its other modifier when it takes over.
      status.classList.toggle('wegwijzer-open-now__status--open', known && !!open);
    }
  };
  const timer = setInterval(update, 60_000);
  update();
}
