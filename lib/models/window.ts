/**
 * A small windowing helper for long lists: row heights start as estimates, are replaced by
 * measurements as rows render, and a Fenwick tree keeps offsets and "which row is at y" at
 * O(log n), so a 10,000-message transcript scrolls without laying out every row.
 */
export class HeightIndex {
  private tree: Float64Array;
  private heights: Float64Array;
  readonly count: number;

  constructor(count: number, estimate: (i: number) => number) {
    this.count = count;
    this.heights = new Float64Array(count);
    this.tree = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      const h = estimate(i);
      this.heights[i] = h;
      this.tree[i + 1] = (this.tree[i + 1] ?? 0) + h;
      const parent = i + 1 + ((i + 1) & -(i + 1));
      if (parent <= count) this.tree[parent] = (this.tree[parent] ?? 0) + (this.tree[i + 1] ?? 0);
    }
  }

  height(i: number): number {
    return this.heights[i] ?? 0;
  }

  /** Sets row i's measured height; returns true when it changed. */
  set(i: number, h: number): boolean {
    if (i < 0 || i >= this.count) return false;
    const delta = h - (this.heights[i] ?? 0);
    if (Math.abs(delta) < 0.5) return false;
    this.heights[i] = h;
    for (let k = i + 1; k <= this.count; k += k & -k) this.tree[k] = (this.tree[k] ?? 0) + delta;
    return true;
  }

  /** Sum of heights of rows [0, i). */
  offset(i: number): number {
    let sum = 0;
    for (let k = Math.min(i, this.count); k > 0; k -= k & -k) sum += this.tree[k] ?? 0;
    return sum;
  }

  total(): number {
    return this.offset(this.count);
  }

  /** The row covering vertical position y (clamped to the list). */
  indexAt(y: number): number {
    if (this.count === 0) return 0;
    let pos = 0;
    let rest = y;
    let step = 1;
    while (step * 2 <= this.count) step *= 2;
    for (; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.count && (this.tree[next] ?? 0) <= rest) {
        pos = next;
        rest -= this.tree[next] ?? 0;
      }
    }
    return Math.min(pos, this.count - 1);
  }
}

export interface WindowRange {
  start: number;
  /** Exclusive. */
  end: number;
  padTop: number;
  padBottom: number;
}

/** Rows to render for a viewport, with `overscan` pixels of rows above and below. */
export function visibleRange(
  index: HeightIndex,
  scrollTop: number,
  viewport: number,
  overscan = 400,
): WindowRange {
  if (index.count === 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const start = index.indexAt(Math.max(0, scrollTop - overscan));
  const endAt = index.indexAt(scrollTop + viewport + overscan);
  const end = Math.min(index.count, endAt + 1);
  const total = index.total();
  const padTop = index.offset(start);
  return { start, end, padTop, padBottom: Math.max(0, total - index.offset(end)) };
}

/** scrollTop that brings row i into view ('start' puts it at the top; 'nearest' scrolls least). */
export function scrollTopFor(
  index: HeightIndex,
  i: number,
  scrollTop: number,
  viewport: number,
  align: 'start' | 'center' | 'nearest' = 'nearest',
): number {
  const top = index.offset(i);
  const h = index.height(i);
  if (align === 'start') return top;
  if (align === 'center') return Math.max(0, top - (viewport - h) / 2);
  if (top < scrollTop) return top;
  if (top + h > scrollTop + viewport) return top + h - viewport;
  return scrollTop;
}
