import { type Zippable, zipSync } from 'fflate';
import { sha256Hex, utf8ToBytes } from './encoding';
import { renderHtml } from './html';
import { buildTranscript, serializeTranscript } from './json';
import { renderMarkdown } from './markdown';
import { groupFingerprint } from './sign';
import { summarize } from './summary';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ExportInput, type PublicJwk, type Signer } from './types';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SIG_FILE = 'manifest.sig';
export const BUNDLE_FILES = {
  json: 'transcript.json',
  html: 'transcript.html',
  markdown: 'transcript.md',
  readme: 'README.txt',
} as const;

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

/** manifest.json. Its exact bytes are signed; the signature (base64url) is manifest.sig. */
export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  createdAt: string;
  tool: { name: string; version: string };
  sessionId: string;
  chainHead: string;
  files: ManifestEntry[];
  signatureAlgorithm: 'ECDSA-P256-SHA256';
  publicKeyJwk: PublicJwk;
  fingerprint: string;
}

function readme(manifest: BundleManifest): string {
  return `Chatproof evidence bundle
=========================

This archive holds one recorded support chat, exported by ${manifest.tool.name} ${manifest.tool.version}
on ${manifest.createdAt}.

  transcript.html  the chat for reading and printing: a one-page summary, then every message
  transcript.md    the same as plain text (Markdown)
  transcript.json  the machine-readable record; the one the checks below are about
  manifest.json    the SHA-256 and size of every other file, and the public signing key
  manifest.sig     ECDSA P-256 / SHA-256 signature (base64url, r||s) of manifest.json's exact bytes

Key fingerprint: ${groupFingerprint(manifest.fingerprint)}
(compare it with the one Chatproof shows in its settings on the computer that recorded the chat)

How to check it
---------------
1. Easiest: in a copy of the Chatproof source, run  npm run verify -- <this .zip>
   It checks everything below and exits 0 when intact, 1 when something was changed.

2. By hand, the file hashes (any system with sha256sum or shasum -a 256):
     sha256sum transcript.json transcript.html transcript.md README.txt
   Each must equal the "sha256" given for that file in manifest.json, and no other files may be present.

3. The manifest signature, with Node.js 20 or newer (no packages needed), run in this folder:
     node -e "const fs=require('fs');const m=JSON.parse(fs.readFileSync('manifest.json'));
       crypto.subtle.importKey('jwk',m.publicKeyJwk,{name:'ECDSA',namedCurve:'P-256'},false,['verify'])
       .then(k=>crypto.subtle.verify({name:'ECDSA',hash:'SHA-256'},k,
         Buffer.from(fs.readFileSync('manifest.sig','utf8').trim(),'base64url'),fs.readFileSync('manifest.json')))
       .then(ok=>console.log(ok?'manifest signature OK':'manifest signature BAD'))"

4. transcript.json carries its own signature and a SHA-256 hash chain over its messages; the format
   and how to check them by hand are described in docs/export-format.md of the Chatproof source.

What this proves, and what it does not
--------------------------------------
A valid signature proves these files are unchanged since they were exported by the key above, and
the hash chain shows no message was edited, removed or reordered since it was captured. It does not
prove who the person holding the key is, when the export really happened (the computer's clock is
trusted), or that the company really sent the text: the record is what the recorder saw on screen.
`;
}

function zipTime(iso: string): number {
  const t = Date.parse(iso);
  // ZIP (DOS) dates start in 1980; fflate throws before that.
  return Number.isFinite(t) && t >= Date.UTC(1980, 0, 2) ? t : Date.UTC(1980, 0, 2);
}

/**
 * The evidence bundle: a ZIP with transcript.json/.html/.md, README.txt, manifest.json (every other
 * file's SHA-256 and size) and manifest.sig (signature of manifest.json's bytes).
 */
export async function buildBundle(input: ExportInput, signer: Signer): Promise<Uint8Array> {
  const doc = await buildTranscript(input, signer);
  const summary = summarize(input, signer.publicJwk);
  const contents: Record<string, Uint8Array> = {
    [BUNDLE_FILES.json]: utf8ToBytes(serializeTranscript(doc)),
    [BUNDLE_FILES.html]: utf8ToBytes(renderHtml(input, summary)),
    [BUNDLE_FILES.markdown]: utf8ToBytes(renderMarkdown(input, summary)),
  };
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: input.exportedAt,
    tool: { ...input.tool },
    sessionId: doc.session.id,
    chainHead: doc.integrity.chainHead,
    files: [],
    signatureAlgorithm: 'ECDSA-P256-SHA256',
    publicKeyJwk: doc.integrity.publicKeyJwk,
    fingerprint: doc.integrity.fingerprint,
  };
  contents[BUNDLE_FILES.readme] = utf8ToBytes(readme(manifest));
  manifest.files = Object.entries(contents).map(([path, bytes]) => ({
    path,
    size: bytes.length,
    sha256: sha256Hex(bytes),
  }));
  const manifestBytes = utf8ToBytes(`${JSON.stringify(manifest, null, 2)}\n`);
  const sig = await signer.sign(manifestBytes);
  const mtime = zipTime(input.exportedAt);
  const zippable: Zippable = {
    [MANIFEST_FILE]: [manifestBytes, { mtime }],
    [MANIFEST_SIG_FILE]: [utf8ToBytes(`${sig}\n`), { mtime }],
  };
  for (const [path, bytes] of Object.entries(contents)) zippable[path] = [bytes, { mtime }];
  return zipSync(zippable, { level: 6 });
}
