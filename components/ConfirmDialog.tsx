import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal confirmation on the native <dialog>: showModal() makes the rest of the page inert (focus
 * stays inside) and Escape cancels. Focus starts on the safe choice and returns where it was.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy = false,
  danger = true,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      const back = document.activeElement as HTMLElement | null;
      d.showModal();
      cancelRef.current?.focus();
      return () => {
        if (d.open) d.close();
        back?.focus?.();
      };
    }
    return undefined;
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-desc"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <div class="dialog-body">
            <h2 id="confirm-title">{title}</h2>
            <div id="confirm-desc" class="muted">
              {children}
            </div>
          </div>
          <div class="dialog-actions">
            <button type="button" class="btn" ref={cancelRef} onClick={onCancel}>
              Cancel
            </button>
            <button
              type="button"
              class={`btn ${danger ? 'danger solid' : 'primary'}`}
              disabled={busy}
              onClick={onConfirm}
            >
              {busy ? 'Working…' : confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
