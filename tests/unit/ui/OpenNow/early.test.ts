// @vitest-environment jsdom
// The page's early "open now" (src/ui/OpenNow/early.ts): it only compares the page's spans with the clock
// and writes the page's wordings; the browser test checks it on the built pages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPEN_NOW_DATA_ID, showOpenNowEarly, type EarlyOpenNowData } from '../../../../src/ui/OpenNow/early';

const H = 3600_000;
const data: EarlyOpenNowData = {
  from: 0,
  to: 100 * H,
  texts: { open: 'Open.', until: 'Open until {time}.', closed: 'Closed.' },
  lines: { office: [[10 * H, 18 * H, 'six']], always: [[0, 100 * H]] },
};

function page(withData = true) {
  document.documentElement.removeAttribute('data-app');
  document.body.innerHTML =
    `<div id="root">${['office', 'always', 'unknown'].map((id) => `<article data-contact="${id}"><p class="wegwijzer-open-now__status"></p></article>`).join('')}</div>` +
    (withData ? `<script type="application/json" id="${OPEN_NOW_DATA_ID}">${JSON.stringify(data)}</script>` : '');
}
const statuses = () =>
  [...document.querySelectorAll('.wegwijzer-open-now__status')].map((p) => [
    p.textContent,
    p.classList.contains('wegwijzer-open-now__status--open'),
  ]);

describe('showOpenNowEarly', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes open with the closing time, open, or closed, and leaves a line without data empty', () => {
    page();
    vi.setSystemTime(12 * H);
    showOpenNowEarly();
    expect(statuses()).toEqual([
      ['Open until six.', true],
      ['Open.', true],
      ['', false],
    ]);
  });

  it('says closed between spans, and nothing before or beyond the data', () => {
    page();
    vi.setSystemTime(20 * H);
    showOpenNowEarly();
    expect(statuses()[0]).toEqual(['Closed.', false]);
    vi.setSystemTime(100 * H);
    vi.advanceTimersByTime(60_000);
    expect(statuses()).toEqual([
      ['', false],
      ['', false],
      ['', false],
    ]);
  });

  it('keeps up every minute until the app has taken over, then leaves the page to it', () => {
    page();
    vi.setSystemTime(17 * H + 59 * 60_000);
    showOpenNowEarly();
    expect(statuses()[0]![0]).toBe('Open until six.');
    vi.advanceTimersByTime(60_000);
    expect(statuses()[0]![0]).toBe('Closed.');
    document.documentElement.dataset.app = 'ready';
    vi.setSystemTime(11 * H);
    vi.advanceTimersByTime(60_000);
    expect(statuses()[0]![0]).toBe('Closed.');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing on a page without data', () => {
    page(false);
    showOpenNowEarly();
    expect(statuses().every(([text]) => text === '')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
