// The median of a list of measurements, as every script that reports timings takes it (bench, bench-search,
// budgets, first-load): the middle value, or the upper of the two middle ones for an even count.

/**
 * @param {readonly number[]} xs at least one value
 * @returns {number}
 */
export function median(xs) {
  if (xs.length === 0) throw new Error('median of no values');
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}
