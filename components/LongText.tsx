import { useState } from 'preact/hooks';
import { clipForDisplay } from '../lib/format';

/**
 * Captured text, always as text. Very long lines (a pasted log, or a hostile page's megabyte line)
 * show their start and a button to show the rest, so one line cannot freeze or swamp the view.
 */
export function LongText({ text, limit, class: className }: { text: string; limit: number; class?: string }) {
  const [all, setAll] = useState(false);
  const { shown, hidden } = clipForDisplay(text, all ? Number.POSITIVE_INFINITY : limit);
  return (
    <p class={className}>
      {shown}
      {hidden > 0 && (
        <>
          {'… '}
          <button type="button" class="link-button" onClick={() => setAll(true)}>
            Show the other {hidden.toLocaleString()} characters
          </button>
        </>
      )}
    </p>
  );
}
