// Order statistics for the benchmark: medians and percentiles of plain number arrays.

/** The q-quantile (0..1) by linear interpolation between closest ranks; NaN for an empty list. */
export function quantile(values, q) {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Median with the interquartile range, the spread the tables show next to a median. */
export function summary(values) {
  return { median: median(values), q1: quantile(values, 0.25), q3: quantile(values, 0.75), n: values.length };
}

export const sum = (values) => values.reduce((a, b) => a + b, 0);
