// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fromBase64Url, toBase64Url } from '../../lib/export/encoding';
import {
  createSigner,
  exportPublicJwk,
  fingerprint,
  generateSigningKey,
  groupFingerprint,
  signBytes,
  verifyBytes,
} from '../../lib/export/sign';

const bytes = new TextEncoder().encode('the record');

describe('signing key', () => {
  it('keeps the private key non-extractable and exports a minimal public JWK', async () => {
    const keys = await generateSigningKey();
    expect(keys.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', keys.privateKey)).rejects.toThrow();
    const jwk = await exportPublicJwk(keys.publicKey);
    expect(Object.keys(jwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
  });

  it('signs and verifies; other bytes, other keys and junk signatures fail', async () => {
    const keys = await generateSigningKey();
    const other = await exportPublicJwk((await generateSigningKey()).publicKey);
    const jwk = await exportPublicJwk(keys.publicKey);
    const sig = await signBytes(keys.privateKey, bytes);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(await verifyBytes(jwk, bytes, sig)).toBe(true);
    expect(await verifyBytes(jwk, new TextEncoder().encode('the recorD'), sig)).toBe(false);
    expect(await verifyBytes(other, bytes, sig)).toBe(false);
    // a changed signature: one character replaced by a different one (a fixed "AA" ending was the
    // signature itself about once in 256 runs, so that check failed at random)
    const changed = (at: number) => `${sig.slice(0, at)}${sig[at] === 'B' ? 'C' : 'B'}${sig.slice(at + 1)}`;
    expect(await verifyBytes(jwk, bytes, changed(0))).toBe(false); // in r
    expect(await verifyBytes(jwk, bytes, changed(60))).toBe(false); // in s
    expect(await verifyBytes(jwk, bytes, 'not base64!')).toBe(false);
    expect(await verifyBytes({ ...jwk, x: 'AAAA' }, bytes, sig)).toBe(false);
  });

  it('createSigner signs with the pair', async () => {
    const signer = await createSigner(await generateSigningKey());
    expect(await verifyBytes(signer.publicJwk, bytes, await signer.sign(bytes))).toBe(true);
  });
});

describe('fingerprint', () => {
  it('is the RFC 7638 thumbprint in hex', async () => {
    const jwk = await exportPublicJwk((await generateSigningKey()).publicKey);
    const text = `{"crv":"P-256","kty":"EC","x":"${jwk.x}","y":"${jwk.y}"}`;
    expect(fingerprint(jwk)).toBe(createHash('sha256').update(text).digest('hex'));
    // Extra members (as WebCrypto adds: ext, key_ops) do not change it.
    expect(fingerprint({ ...jwk, ext: true, key_ops: ['verify'] } as typeof jwk)).toBe(fingerprint(jwk));
  });

  it('groups by four', () => {
    expect(groupFingerprint('0123456789abcdef')).toBe('0123 4567 89ab cdef');
    expect(groupFingerprint('a'.repeat(64)).split(' ')).toHaveLength(16);
  });
});

describe('encoding', () => {
  it('base64url round-trips every length', () => {
    for (let n = 0; n < 70; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = toBase64Url(b);
      expect(text).toBe(Buffer.from(b).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(b);
    }
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url('ab+/')).toBeNull();
  });

  it('canonicalJson is RFC 8785 for our value space', () => {
    expect(
      canonicalJson({ b: 1, a: [true, null, 'x\n"'], c: { z: -0, y: 1e21, x: 0.5 }, u: undefined }),
    ).toBe('{"a":[true,null,"x\\n\\""],"b":1,"c":{"x":0.5,"y":1e+21,"z":0}}');
    // UTF-16 code unit order: U+E000 sorts after a surrogate pair (RFC 8785 §3.2.3).
    expect(canonicalJson({ '\uE000': 1, '😀': 2, a: 3 })).toBe('{"a":3,"😀":2,"\uE000":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});
