import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseToContent } from '../lib/messaging';
import { startAssentGuard } from '../lib/recorder/assent-guard';
import { detect } from '../lib/recorder/detect';
import { createPortSender } from '../lib/recorder/port';
import { startRecorder } from '../lib/recorder/recorder';

const FLAG = '__chatproofRecorder';

// Injected by the background (scripting.executeScript) into a frame where a widget was detected.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const g = globalThis as unknown as Record<string, boolean>;
    if (g[FLAG]) return; // injected twice into one document
    g[FLAG] = true;
    const port = createPortSender((name) => browser.runtime.connect({ name }));
    ctx.signal.addEventListener('abort', () => port.close());
    const rec = startRecorder({
      doc: document,
      host: location.hostname,
      vendorHint: detect(document, location.hostname)?.vendor ?? 'generic',
      send: (m) => port.send(m),
      now: () => Date.now(),
      signal: ctx.signal,
    });
    // the inline "you may be accepting an offer" note beside the chat's input box (issue 5)
    const guard = startAssentGuard(document, () => rec.adapter.findComposer(document), ctx.signal);
    browser.runtime.onMessage.addListener((raw, sender) => {
      const msg = parseToContent(raw, sender, browser.runtime.id);
      if (!msg) return undefined;
      if (msg.type === 'openOffer') {
        guard.setOpenOffer(msg.offer);
        return undefined;
      }
      const box = rec.adapter.findComposer(document);
      if (!box) return undefined; // another frame holds the composer
      box.focus();
      if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
        box.value = msg.text;
      } else {
        box.textContent = msg.text;
      }
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: msg.text }));
      return Promise.resolve({ ok: true });
    });
  },
});
