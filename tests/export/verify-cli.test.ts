// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/export/bundle';
import { buildJsonExport } from '../../lib/export/json';
import type { TranscriptDoc } from '../../lib/export/types';
import { fakeInput, fakeSigner } from './fakes';

const dir = mkdtempSync(join(tmpdir(), 'chatproof-verify-'));
const root = join(import.meta.dirname, '..', '..');

function verify(file: string) {
  // `npm run verify -- <file>` is `tsx scripts/verify.ts <file>`; call tsx directly to skip npm's banner.
  const run = spawnSync('npx', ['tsx', 'scripts/verify.ts', file], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('scripts/verify.ts', () => {
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const signer = await fakeSigner();
    const json = await buildJsonExport(fakeInput(), signer);
    const doc = JSON.parse(json) as TranscriptDoc;
    const write = (name: string, data: string | Uint8Array) => {
      files[name] = join(dir, name);
      writeFileSync(files[name], data);
    };
    write('good.json', json);
    write('good.zip', await buildBundle(fakeInput(), signer));
    const edited = structuredClone(doc);
    (edited.messages[3] as { text: string }).text += '!';
    write('edited.json', JSON.stringify(edited));
    const removed = structuredClone(doc);
    removed.messages.splice(1, 1);
    write('removed.json', JSON.stringify(removed));
    const zip = new Uint8Array(await buildBundle(fakeInput(), signer));
    // Flip one byte in the middle: depending on where it lands the ZIP is unreadable or fails a check.
    zip[zip.length >> 1] = (zip[zip.length >> 1] ?? 0) ^ 0xff;
    write('damaged.zip', zip);
    write('not-ours.json', '{"hello": "world"}');
  }, 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact JSON export and bundle', () => {
    for (const name of ['good.json', 'good.zip']) {
      const r = verify(files[name] as string);
      expect(r.code, r.out + r.err).toBe(0);
      expect(r.out).toMatch(/Intact: 6 messages/);
      expect(r.out).not.toMatch(/FAIL/);
    }
  }, 60_000);

  it('exits 1 on tampered copies and names the message', () => {
    const edited = verify(files['edited.json'] as string);
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/FAIL {2}message chain: message #3 was changed after capture/);
    expect(edited.out).toMatch(/first bad message: #3/);
    const removed = verify(files['removed.json'] as string);
    expect(removed.code).toBe(1);
    expect(removed.out).toMatch(/message #1 is missing/);
  }, 60_000);

  it('exits 1 or 2 on a damaged ZIP, 2 on foreign or missing input', () => {
    expect([1, 2]).toContain(verify(files['damaged.zip'] as string).code);
    expect(verify(files['not-ours.json'] as string).code).toBe(2);
    expect(verify(join(dir, 'missing.json')).code).toBe(2);
  }, 60_000);
});
