// A failed chunk load (Vite's `vite:preloadError`) reloads the page once, not in a loop, and only when the
// server says the chunk is gone (src/sw/chunk-reload.ts).
import { describe, expect, it, vi } from 'vitest';
import { installChunkReload } from '../../src/sw/chunk-reload';

const CHUNK = 'https://wegwijzer.example/assets/ResultPage-abc123.js';

/** A window whose server answers `status` for the chunk (or cannot be reached: 'offline'). */
function fakeWindow(status: number | 'offline' = 404) {
  const target = new EventTarget();
  let state: unknown = null;
  const fetch = vi.fn(async () => {
    if (status === 'offline') throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  });
  const win = {
    addEventListener: target.addEventListener.bind(target),
    fetch,
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
  /** Fires the event as Vite's helper does. */
  const fire = (message = `Failed to fetch dynamically imported module: ${CHUNK}`) => {
    const event = Object.assign(new Event('vite:preloadError', { cancelable: true }), {
      payload: new TypeError(message),
    });
    target.dispatchEvent(event);
    return event;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Fires the event and waits for the check behind it. Says whether the event was cancelled. */
  const fail = async (message?: string) => {
    const event = fire(message);
    await settle();
    return event.defaultPrevented;
  };
  const leave = () => target.dispatchEvent(new Event('beforeunload'));
  const back = () => target.dispatchEvent(new Event('pageshow'));
  return { win: win as unknown as Window, fetch, reload: win.location.reload, fire, settle, fail, leave, back };
}

describe('installChunkReload', () => {
  it('reloads when the server no longer has the chunk, and lets the import fail for the code that asked', async () => {
    const { win, fetch, reload, fail } = fakeWindow(404);
    installChunkReload(win);
    expect(await fail()).toBe(false);
    expect(fetch).toHaveBeenCalledWith(CHUNK, { method: 'HEAD', cache: 'no-store' });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the chunk is there (the load was cut off) or the server cannot be reached', async () => {
    for (const status of [200, 'offline', 503] as const) {
      const { win, reload, fail } = fakeWindow(status);
      installChunkReload(win);
      await fail();
      expect(reload, String(status)).not.toHaveBeenCalled();
    }
  });

  it('reloads when the error names no address (a browser that does not say which module)', async () => {
    const { win, fetch, reload, fail } = fakeWindow(200);
    installChunkReload(win);
    await fail('Importing a module script failed.');
    expect(fetch).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload again right after such a reload (the marker survives in history.state)', async () => {
    const { win, reload, fail } = fakeWindow();
    installChunkReload(win);
    await fail();
    await fail();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload a page that is being left (its aborted chunk loads fail too), and does again once it is back', async () => {
    const { win, reload, fail, leave, back } = fakeWindow();
    installChunkReload(win);
    leave();
    await fail();
    expect(reload).not.toHaveBeenCalled();
    back(); // restored from the back/forward cache
    await fail();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the page starts being left while the server is asked', async () => {
    const { win, reload, fire, settle, leave } = fakeWindow();
    installChunkReload(win);
    fire();
    leave();
    await settle();
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads again once the previous reload is long past', async () => {
    const { win, reload, fail } = fakeWindow();
    installChunkReload(win);
    const now = Date.now();
    await fail();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(now + 60_000);
    try {
      await fail();
      expect(reload).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
