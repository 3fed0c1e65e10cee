/** A polite status message at the bottom of the page (announced by screen readers). */
export function Toast({ text, tone = 'ok' }: { text: string | null; tone?: 'ok' | 'error' }) {
  return (
    <div role="status" aria-live="polite" class="toast-region">
      {text && (
        <div class={`toast ${tone === 'error' ? 'error' : ''}`} data-testid="toast">
          {text}
        </div>
      )}
    </div>
  );
}
