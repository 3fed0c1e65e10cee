/**
 * The inline warning beside the chat's input box: while the person types an assent ("yes", "ok",
 * "sure") after an open upsell offer, a small note in a closed shadow root says what they may be
 * agreeing to — before they send it. Never blocks or changes what they type. Captured text is only
 * ever set with textContent.
 */
import { isAssentDraft } from '../detectors/assent-draft';

const STYLE = `
:host { all: initial; }
.note { position: fixed; z-index: 2147483647; max-width: 320px; box-sizing: border-box;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #4a2c00;
  background: #fff4e0; border: 1px solid #e0a400; border-radius: 8px; padding: 8px 10px;
  box-shadow: 0 4px 14px rgba(0,0,0,.18); }
.note strong { display: block; margin-bottom: 2px; }
.offer { display: block; color: #6b4200; overflow-wrap: anywhere; unicode-bidi: plaintext; }
`;

export interface AssentGuard {
  /** The offer still open in this chat (null when none). */
  setOpenOffer(text: string | null): void;
  /** True while the warning is showing (tests). */
  showing(): boolean;
}

export function startAssentGuard(
  doc: Document,
  findComposer: () => HTMLElement | null,
  signal: AbortSignal,
): AssentGuard {
  let offer: string | null = null;
  let host: HTMLElement | null = null;
  let box: HTMLDivElement | null = null;
  let offerEl: HTMLElement | null = null;

  const draftOf = (el: HTMLElement) =>
    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');

  function ensure(): void {
    if (host?.isConnected) return;
    host = doc.createElement('chatproof-assent-warning');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    box = doc.createElement('div');
    box.className = 'note';
    box.setAttribute('role', 'status');
    const title = doc.createElement('strong');
    title.textContent = 'Careful: sending this may accept an offer';
    offerEl = doc.createElement('span');
    offerEl.className = 'offer';
    box.append(title, offerEl);
    root.append(style, box);
    (doc.body ?? doc.documentElement).append(host);
  }

  function hide(): void {
    host?.remove();
    host = null;
  }

  function update(): void {
    // No open offer (nearly every stored batch): nothing to show, so no search for the input box,
    // which for the generic recorder is a search of the whole page (docs/performance.md).
    const composer = offer ? findComposer() : null;
    if (!offer || !composer || !isAssentDraft(draftOf(composer))) {
      hide();
      return;
    }
    ensure();
    offerEl!.textContent = `The rep offered: “${offer.length > 160 ? `${offer.slice(0, 159)}…` : offer}”. Only say yes if you want it.`;
    const r = composer.getBoundingClientRect();
    const view = doc.defaultView;
    const bottom = view ? view.innerHeight - r.top + 8 : 80;
    box!.style.left = `${Math.max(8, r.left)}px`;
    box!.style.bottom = `${Math.max(8, bottom)}px`;
  }

  const onInput = (e: Event) => {
    if (!offer) return; // hidden already (setOpenOffer(null) hid it): every keystroke stays cheap
    const c = findComposer();
    if (c && (e.target === c || c.contains(e.target as Node))) update();
  };
  doc.addEventListener('input', onInput, { capture: true, signal });
  doc.addEventListener('keyup', onInput, { capture: true, signal });
  signal.addEventListener('abort', hide);

  return {
    setOpenOffer(text) {
      offer = text;
      update();
    },
    showing: () => !!host?.isConnected,
  };
}
