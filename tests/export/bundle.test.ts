// @vitest-environment node
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_FILES,
  type BundleManifest,
  buildBundle,
  MANIFEST_FILE,
  MANIFEST_SIG_FILE,
} from '../../lib/export/bundle';
import { sha256Hex } from '../../lib/export/encoding';
import { createSigner, generateSigningKey, verifyBytes } from '../../lib/export/sign';
import type { TranscriptDoc } from '../../lib/export/types';
import { verifyExport } from '../../lib/export/verify';
import { fakeInput, fakeSigner } from './fakes';

const dec = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const enc = (s: string) => new TextEncoder().encode(s);

async function bundle() {
  const signer = await fakeSigner();
  const zip = await buildBundle(fakeInput(), signer);
  return { zip, files: unzipSync(zip), signer };
}

function rezip(files: Record<string, Uint8Array>, edit: (f: Record<string, Uint8Array>) => void): Uint8Array {
  const copy = { ...files };
  edit(copy);
  return zipSync(copy);
}

/** Flip one character in the middle of a file, keeping it valid UTF-8. */
function flip(bytes: Uint8Array): Uint8Array {
  const text = dec(bytes);
  const i = text.indexOf('Message number 3') + 8;
  const at = i > 8 ? i : Math.floor(text.length / 2);
  return enc(text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1));
}

const failed = (r: Awaited<ReturnType<typeof verifyExport>>) =>
  r.checks.filter((c) => !c.ok).map((c) => c.name);

describe('evidence bundle', () => {
  it('holds the three exports, README, manifest and signature, and verifies', async () => {
    const { zip, files, signer } = await bundle();
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'manifest.json',
        'manifest.sig',
        'transcript.html',
        'transcript.json',
        'transcript.md',
      ].sort(),
    );
    const manifest = JSON.parse(dec(files[MANIFEST_FILE])) as BundleManifest;
    expect(manifest.format).toBe('chatproof-bundle');
    expect(manifest.files.map((f) => f.path).sort()).toEqual([
      'README.txt',
      'transcript.html',
      'transcript.json',
      'transcript.md',
    ]);
    for (const f of manifest.files) {
      expect(f.sha256).toBe(sha256Hex(files[f.path] as Uint8Array));
      expect(f.size).toBe(files[f.path]?.length);
    }
    const sig = dec(files[MANIFEST_SIG_FILE]).trim();
    expect(await verifyBytes(signer.publicJwk, files[MANIFEST_FILE] as Uint8Array, sig)).toBe(true);
    const doc = JSON.parse(dec(files[BUNDLE_FILES.json])) as TranscriptDoc;
    expect(manifest.fingerprint).toBe(doc.integrity.fingerprint);
    expect(dec(files['README.txt'])).toContain('npm run verify');

    const result = await verifyExport(zip, 'chatproof-acme.zip');
    expect(result).toMatchObject({ ok: true, kind: 'bundle', readable: true, firstBadSeq: null });
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(result.checks.length).toBeGreaterThanOrEqual(13);
  });

  it('is deterministic for the same input and key', async () => {
    const { zip, signer } = await bundle();
    const again = await buildBundle(fakeInput(), signer);
    // ECDSA signatures are randomised, so transcript.json (and the manifest hashing it) differ.
    const a = unzipSync(zip);
    const b = unzipSync(again);
    for (const name of ['transcript.html', 'transcript.md', 'README.txt']) {
      expect(dec(b[name])).toBe(dec(a[name]));
    }
  });

  it.each(['transcript.json', 'transcript.html', 'transcript.md', 'README.txt'])(
    'a changed %s fails',
    async (name) => {
      const { files } = await bundle();
      const result = await verifyExport(rezip(files, (f) => (f[name] = flip(f[name] as Uint8Array))));
      expect(result.ok).toBe(false);
      expect(failed(result)).toContain(`file ${name}`);
      if (name === 'transcript.json') expect(result.firstBadSeq).toBe(3);
    },
  );

  it.each(['transcript.json', 'transcript.html', 'manifest.sig'])('a missing %s fails', async (name) => {
    const { files } = await bundle();
    const result = await verifyExport(rezip(files, (f) => delete f[name]));
    expect(result.ok).toBe(false);
  });

  it('an added file fails', async () => {
    const { files } = await bundle();
    const result = await verifyExport(rezip(files, (f) => (f['evil.html'] = enc('<script>'))));
    expect(failed(result)).toEqual(['unlisted files']);
  });

  it('a manifest edited to match a changed file fails on its signature', async () => {
    const { files } = await bundle();
    const result = await verifyExport(
      rezip(files, (f) => {
        const html = flip(f['transcript.html'] as Uint8Array);
        f['transcript.html'] = html;
        const manifest = JSON.parse(dec(f[MANIFEST_FILE])) as BundleManifest;
        const entry = manifest.files.find((e) => e.path === 'transcript.html')!;
        entry.sha256 = sha256Hex(html);
        entry.size = html.length;
        f[MANIFEST_FILE] = enc(JSON.stringify(manifest, null, 2));
      }),
    );
    expect(failed(result)).toEqual(['manifest signature']);
  });

  it('a one-character change in the manifest or its signature fails', async () => {
    const { files } = await bundle();
    const manifest = dec(files[MANIFEST_FILE]);
    const i = manifest.indexOf('"createdAt"') + 20;
    const edited = manifest.slice(0, i) + (manifest[i] === '1' ? '2' : '1') + manifest.slice(i + 1);
    expect(failed(await verifyExport(rezip(files, (f) => (f[MANIFEST_FILE] = enc(edited)))))).toEqual([
      'manifest signature',
    ]);
    const sig = dec(files[MANIFEST_SIG_FILE]);
    const badSig = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    expect(failed(await verifyExport(rezip(files, (f) => (f[MANIFEST_SIG_FILE] = enc(badSig)))))).toEqual([
      'manifest signature',
    ]);
    expect(await verifyExport(rezip(files, (f) => (f[MANIFEST_FILE] = enc('{oops'))))).toMatchObject({
      ok: false,
      readable: true,
    });
  });

  it('a bundle re-signed by another key does not match the transcript inside', async () => {
    const { files } = await bundle();
    const other = await createSigner(await generateSigningKey());
    const forged = JSON.parse(dec(files[MANIFEST_FILE])) as BundleManifest;
    forged.publicKeyJwk = other.publicJwk;
    forged.fingerprint = (await import('../../lib/export/sign')).fingerprint(other.publicJwk);
    const bytes = enc(JSON.stringify(forged));
    const sig = await other.sign(bytes);
    const result = await verifyExport(
      rezip(files, (f) => {
        f[MANIFEST_FILE] = bytes;
        f[MANIFEST_SIG_FILE] = enc(sig);
      }),
    );
    expect(failed(result)).toEqual(['bundle matches transcript']);
  });

  it('reports unreadable input', async () => {
    expect(await verifyExport(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toMatchObject({
      readable: false,
      kind: 'bundle',
    });
    expect(await verifyExport(zipSync({ 'a.txt': enc('hi') }))).toMatchObject({
      readable: false,
      kind: 'bundle',
    });
    expect(await verifyExport(enc('{}'), 'x.zip')).toMatchObject({ readable: false, kind: 'bundle' });
  });
});
