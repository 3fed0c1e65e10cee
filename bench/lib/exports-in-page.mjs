// Runs the export builders (lib/export/json.ts, lib/export/html.ts) inside an extension page of the
// benchmark browser, over the chat as stored: the same engine, data and WebCrypto the dashboard uses.
// The TypeScript sources are bundled on the fly (bundle.mjs).
import { ROOT } from '../../tests/e2e/harness.mjs';
import { bundleEntry } from './bundle.mjs';

const ENTRY = `
import { buildJsonExport } from './lib/export/json';
import { buildHtmlExport } from './lib/export/html';
import { createSigner, generateSigningKey } from './lib/export/sign';
globalThis.__benchExport = { buildJsonExport, buildHtmlExport, createSigner, generateSigningKey };
`;

/** The builders as one classic script that defines globalThis.__benchExport. */
export async function bundleExporters() {
  return bundleEntry(ENTRY, ROOT, 'bench-exports.ts');
}

/**
 * In `page` (an extension page): loads one session's rows from IndexedDB, then times
 * `buildJsonExport` (with signing) and `buildHtmlExport` `runs` times each. Returns ms lists.
 */
export async function timeExports(page, code, sessionId, runs) {
  await page.evaluate(code);
  return page.evaluate(
    async ([id, n]) => {
      const t0 = performance.now();
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('chatproof');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const get = (store, query, index) =>
        new Promise((res, rej) => {
          const s = db.transaction(store).objectStore(store);
          const q = (index ? s.index(index) : s).getAll(query);
          q.onsuccess = () => res(q.result);
          q.onerror = () => rej(q.error);
        });
      const [session] = await get('sessions', id);
      const messages = await get('messages', IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
      const events = await get('events', id, 'bySession');
      db.close();
      const readMs = performance.now() - t0;
      const { buildJsonExport, buildHtmlExport, createSigner, generateSigningKey } = globalThis.__benchExport;
      const signer = await createSigner(await generateSigningKey());
      const input = {
        session,
        messages,
        events,
        tool: { name: 'Chatproof', version: 'bench' },
        browser: navigator.userAgent,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        exportedAt: new Date().toISOString(),
      };
      const json = [];
      const html = [];
      let jsonBytes = 0;
      let htmlBytes = 0;
      for (let i = 0; i < n; i++) {
        let t = performance.now();
        const j = await buildJsonExport(input, signer);
        json.push(performance.now() - t);
        t = performance.now();
        const h = buildHtmlExport(input, signer.publicJwk);
        html.push(performance.now() - t);
        jsonBytes = j.length;
        htmlBytes = h.length;
      }
      return {
        readMs,
        messages: messages.length,
        rowBytes: JSON.stringify(messages).length,
        json,
        html,
        jsonBytes,
        htmlBytes,
      };
    },
    [sessionId, runs],
  );
}
