// One shared load, and a failed one forgotten (src/app/load-once.ts).
import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../../src/app/load-once';

describe('loadOnce', () => {
  it('starts the load once and gives every caller the same result', async () => {
    const load = vi.fn(async () => ({ chunk: 1 }));
    const get = loadOnce(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('loaded');
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('loaded');
    expect(await get()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
