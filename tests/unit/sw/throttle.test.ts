// The update checks' pace (src/sw/throttle.ts): at most one per interval, and a request within the interval
// runs when it ends, so a step always leads to a check within the interval.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../../src/sw/throttle';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('throttle', () => {
  it('runs the first request at once and at most once per interval after that', () => {
    const task = vi.fn();
    const checks = throttle(task, 30_000);
    checks.request();
    expect(task).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(2_000);
      checks.request();
    }
    // 20 s later, ten requests: none has run yet, one waits for the interval's end.
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(9_999);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(120_000);
    expect(task).toHaveBeenCalledTimes(2); // nothing more was asked for
  });

  it('runs a request that comes after a quiet interval at once', () => {
    const task = vi.fn();
    const checks = throttle(task, 30_000);
    checks.request();
    vi.advanceTimersByTime(45_000);
    checks.request();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('starts the interval again when the work was done another way', () => {
    const task = vi.fn();
    const checks = throttle(task, 30_000);
    checks.done();
    checks.request();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
