import { describe, expect, it } from 'vitest';
import { HeightIndex, scrollTopFor, visibleRange } from '../../lib/models/window';

describe('HeightIndex', () => {
  it.each([1, 2, 7, 100, 1023, 10_000])('offsets match a plain prefix sum (%i rows)', (n) => {
    const h = (i: number) => 20 + ((i * 7) % 13);
    const idx = new HeightIndex(n, h);
    let sum = 0;
    for (let i = 0; i <= n; i += Math.max(1, Math.floor(n / 50))) {
      let expected = 0;
      for (let k = 0; k < i; k++) expected += h(k);
      expect(idx.offset(i)).toBe(expected);
      sum = expected;
    }
    expect(idx.total()).toBeGreaterThanOrEqual(sum);
  });

  it('finds the row at a position, after measurements', () => {
    const idx = new HeightIndex(5, () => 10);
    expect(idx.set(2, 50)).toBe(true);
    expect(idx.set(2, 50.2)).toBe(false);
    expect([0, 9, 10, 20, 69, 70, 79, 80, 999].map((y) => idx.indexAt(y))).toEqual([
      0, 0, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(idx.total()).toBe(90);
  });
});

describe('visibleRange', () => {
  it.each([
    [0, 100, 0, { start: 0, end: 11 }],
    [500, 100, 0, { start: 50, end: 61 }],
    [500, 100, 50, { start: 45, end: 66 }],
    [99_990, 100, 0, { start: 9999, end: 10_000 }],
  ])('scrollTop %i, viewport %i, overscan %i', (top, vp, over, range) => {
    const idx = new HeightIndex(10_000, () => 10);
    const r = visibleRange(idx, top, vp, over);
    expect({ start: r.start, end: r.end }).toEqual(range);
    expect(r.padTop + (r.end - r.start) * 10 + r.padBottom).toBe(100_000);
  });
  it('is empty for no rows', () => {
    expect(visibleRange(new HeightIndex(0, () => 10), 0, 100)).toEqual({
      start: 0,
      end: 0,
      padTop: 0,
      padBottom: 0,
    });
  });
});

describe('scrollTopFor', () => {
  const idx = new HeightIndex(100, () => 10);
  it.each([
    ['start', 50, 0, 500],
    ['nearest, already visible', 5, 0, 0],
    ['nearest, below', 30, 0, 210],
    ['nearest, above', 3, 200, 30],
    ['center', 50, 0, 455],
  ] as const)('%s', (align, i, top, expected) => {
    const a = align.startsWith('nearest') ? 'nearest' : (align as 'start' | 'center');
    expect(scrollTopFor(idx, i, top, 100, a)).toBe(expected);
  });
});
