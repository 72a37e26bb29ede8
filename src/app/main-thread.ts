// The app takes over a page that is already on screen and usable, so its start-up work must not hold the
// main thread in long tasks: a tap or key press waits for the task that is running, and Lighthouse counts
// every task over 50 ms (on its 4× slower phone) as blocking. These helpers cut the start-up into short tasks.

/** Lets the browser handle input and paint before the next piece of work (scheduler.yield where there is one). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `task` when the browser is idle, at the latest after `timeoutMs`; soon where there is no idle callback. */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 200);
}
