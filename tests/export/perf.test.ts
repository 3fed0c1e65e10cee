// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/export/bundle';
import { buildHtmlExport } from '../../lib/export/html';
import { buildJsonExport } from '../../lib/export/json';
import { buildMarkdownExport } from '../../lib/export/markdown';
import { verifyExport } from '../../lib/export/verify';
import { fakeInput, fakeMessages, fakeSession, fakeSigner } from './fakes';

const N = 10_000;

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  return { ms, value };
}

async function timeAsync<T>(label: string, run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  console.log(`${label}: ${ms.toFixed(0)} ms`);
  return { ms, value };
}

describe(`exporting a ${N}-message chat`, () => {
  const session = fakeSession();
  const input = fakeInput({ session, messages: fakeMessages(session.id, N) });

  it('JSON (build + sign) takes well under a second', async () => {
    const signer = await fakeSigner();
    await buildJsonExport(fakeInput(), signer); // warm up the JIT and WebCrypto
    const { ms, value } = await timeAsync(`JSON export of ${N} messages`, () =>
      buildJsonExport(input, signer),
    );
    expect(value.length).toBeGreaterThan(N * 200);
    expect(ms).toBeLessThan(1000);
    const verified = await timeAsync(`verify of that JSON (${(value.length / 1e6).toFixed(1)} MB)`, () =>
      verifyExport(new TextEncoder().encode(value)),
    );
    expect(verified.value.ok).toBe(true);
  });

  it('HTML takes well under a second', () => {
    buildHtmlExport(fakeInput());
    const { ms, value } = time(() => buildHtmlExport(input));
    console.log(`HTML export of ${N} messages: ${ms.toFixed(0)} ms (${(value.length / 1e6).toFixed(1)} MB)`);
    expect(value.match(/<article /g)).toHaveLength(N);
    expect(ms).toBeLessThan(1000);
  });

  it('Markdown and the bundle are measured too', async () => {
    const md = time(() => buildMarkdownExport(input));
    console.log(`Markdown export of ${N} messages: ${md.ms.toFixed(0)} ms`);
    expect(md.ms).toBeLessThan(1000);
    const zip = await timeAsync(`bundle of ${N} messages`, async () =>
      buildBundle(input, await fakeSigner()),
    );
    expect(zip.ms).toBeLessThan(3000);
  });
});
