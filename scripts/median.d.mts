// Types of median.mjs, for the TypeScript scripts and tests that import it.
export function median(xs: readonly number[]): number;
