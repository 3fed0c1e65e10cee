import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HeightIndex, scrollTopFor, visibleRange } from '../lib/models/window';

export interface ScrollRequest {
  index: number;
  /** Changes for every request, so asking for the same row twice scrolls twice. */
  token: number;
  focus?: boolean;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * Renders only the rows near the viewport of its own scroll box (lib/models/window.ts does the
 * maths). Rows start at an estimated height and are measured once rendered. With `keyboard`, the
 * arrow keys, Home/End and Page keys move focus between rows (each row's `[data-row-focus]`).
 */
export function VirtualList({
  count,
  estimate,
  renderRow,
  rowKey,
  label,
  class: className = '',
  scrollTo,
  keyboard = false,
  focusable = false,
  resetKey,
  testId,
}: {
  count: number;
  estimate: (i: number) => number;
  renderRow: (i: number) => ComponentChildren;
  rowKey: (i: number) => string | number;
  label: string;
  class?: string;
  scrollTo?: ScrollRequest | null;
  keyboard?: boolean;
  /** Makes the scroll box itself focusable (for lists without focusable rows). */
  focusable?: boolean;
  /** Changes when the rows are different items (heights re-estimated); more rows with the same key are appended ones. */
  resetKey?: unknown;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const last = useRef<{ index: HeightIndex; resetKey: unknown } | null>(null);
  const index = useMemo(() => {
    // rows appended to the same list (a long transcript read in chunks): keep the heights known so far
    const prev = last.current && last.current.resetKey === resetKey ? last.current.index : null;
    const keep = prev && prev.count <= count ? prev : null;
    return new HeightIndex(count, keep ? (i) => (i < keep.count ? keep.height(i) : estimate(i)) : estimate);
  }, [count, resetKey]);
  last.current = { index, resetKey };
  const [view, setView] = useState({ top: 0, height: 800 });
  const [, setTick] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const frame = useRef(0);

  const range = visibleRange(index, view.top, view.height);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const sync = () => setView({ top: el.scrollTop, height: el.clientHeight || 800 });
    sync();
    const ro = new ResizeObserver(sync);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Measure what was rendered; keep the first visible row still when rows above it change height.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let changed = false;
    let shiftAbove = 0;
    const firstVisible = index.indexAt(el.scrollTop);
    for (const row of el.querySelectorAll<HTMLElement>('[data-index]')) {
      const i = Number(row.dataset.index);
      const before = index.height(i);
      if (index.set(i, row.offsetHeight)) {
        changed = true;
        if (i < firstVisible) shiftAbove += index.height(i) - before;
      }
    }
    if (shiftAbove) el.scrollTop += shiftAbove;
    if (changed) setTick((t) => t + 1);
    if (pendingFocus.current !== null) {
      const target = el.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
      if (target) {
        (target.querySelector<HTMLElement>('[data-row-focus]') ?? target).focus({ preventScroll: true });
        pendingFocus.current = null;
      }
    }
  });

  useEffect(() => {
    const el = box.current;
    if (!el || !scrollTo || scrollTo.index < 0 || scrollTo.index >= count) return;
    el.scrollTop = scrollTopFor(index, scrollTo.index, el.scrollTop, el.clientHeight, 'center');
    if (scrollTo.focus) pendingFocus.current = scrollTo.index;
    setView({ top: el.scrollTop, height: el.clientHeight || 800 });
  }, [scrollTo?.token]);

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const el = box.current;
      if (el) setView({ top: el.scrollTop, height: el.clientHeight || 800 });
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!keyboard || !NAV_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.matches('input, textarea, select')) return;
    const row = target.closest<HTMLElement>('[data-index]');
    const el = box.current;
    if (!row || !el || count === 0) return;
    const cur = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(el.clientHeight / Math.max(1, index.height(cur))) - 1);
    const next =
      e.key === 'ArrowDown'
        ? cur + 1
        : e.key === 'ArrowUp'
          ? cur - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? count - 1
              : e.key === 'PageDown'
                ? cur + page
                : cur - page;
    const to = Math.max(0, Math.min(count - 1, next));
    e.preventDefault();
    el.scrollTop = scrollTopFor(index, to, el.scrollTop, el.clientHeight, 'nearest');
    pendingFocus.current = to;
    setView({ top: el.scrollTop, height: el.clientHeight || 800 });
    setTick((t) => t + 1);
  };

  const rows: ComponentChildren[] = [];
  for (let i = range.start; i < range.end; i++) {
    rows.push(
      <li key={rowKey(i)} data-index={i} aria-posinset={i + 1} aria-setsize={count} class="vrow">
        {renderRow(i)}
      </li>,
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the box delegates arrow keys to its focusable rows
    <div
      ref={box}
      class={`vlist ${className}`}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      // a scroll box must be reachable by keyboard when its rows are not (axe: scrollable-region-focusable)
      {...(focusable ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
      data-testid={testId}
    >
      <ol
        aria-label={label}
        style={{ paddingTop: `${range.padTop}px`, paddingBottom: `${range.padBottom}px` }}
      >
        {rows}
      </ol>
    </div>
  );
}
