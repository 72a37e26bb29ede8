// The update checks' pace (issue 26): a step or the tab coming back into view asks for a check, and at most one
// check runs per interval. A request within the interval is not dropped but runs when the interval ends (one
// for all of them), so a release reaches a tab within that interval of its next step, even when the person
// takes no further step.

export interface Throttled {
  /** Runs the task now if the last run is at least the interval ago, otherwise once when the interval ends. */
  request(): void;
  /** Notes that the task's work was just done another way (the interval starts again). */
  done(): void;
}

export function throttle(task: () => void, intervalMs: number, now: () => number = Date.now): Throttled {
  let last = Number.NEGATIVE_INFINITY;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    pending = undefined;
    last = now();
    task();
  };
  return {
    request() {
      if (pending !== undefined) return;
      const wait = last + intervalMs - now();
      if (wait <= 0) run();
      else pending = setTimeout(run, wait);
    },
    done() {
      last = now();
    },
  };
}
