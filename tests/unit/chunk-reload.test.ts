// A failed chunk load (Vite's `vite:preloadError`) reloads the page once, not in a loop (src/sw/chunk-reload.ts).
import { describe, expect, it, vi } from 'vitest';
import { installChunkReload } from '../../src/sw/chunk-reload';

function fakeWindow() {
  const target = new EventTarget();
  let state: unknown = null;
  const win = {
    addEventListener: target.addEventListener.bind(target),
    history: {
      get state() {
        return state;
      },
      replaceState: (next: unknown) => {
        state = next;
      },
    },
    location: { reload: vi.fn() },
  };
  const fail = () => {
    const event = new Event('vite:preloadError', { cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  const leave = () => target.dispatchEvent(new Event('beforeunload'));
  const back = () => target.dispatchEvent(new Event('pageshow'));
  return { win: win as unknown as Window, reload: win.location.reload, fail, leave, back };
}

describe('installChunkReload', () => {
  it('reloads on a failed chunk load and keeps the error from being thrown', () => {
    const { win, reload, fail } = fakeWindow();
    installChunkReload(win);
    expect(fail()).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload again right after such a reload (the marker survives in history.state)', () => {
    const { win, reload, fail } = fakeWindow();
    installChunkReload(win);
    fail();
    expect(fail()).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload a page that is being left (its aborted chunk loads fail too), and does again once it is back', () => {
    const { win, reload, fail, leave, back } = fakeWindow();
    installChunkReload(win);
    leave();
    fail();
    expect(reload).not.toHaveBeenCalled();
    back(); // restored from the back/forward cache
    fail();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads again once the previous reload is long past', () => {
    vi.useFakeTimers();
    try {
      const { win, reload, fail } = fakeWindow();
      installChunkReload(win);
      fail();
      vi.advanceTimersByTime(60_000);
      expect(fail()).toBe(true);
      expect(reload).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
