import { canonicalJson, fromBase64Url, sha256Hex, toBase64Url } from './encoding';
import type { PublicJwk, Signer } from './types';

// ECDSA P-256 like ArchiveWeb.page's anonymous WACZ signatures (research A.1), but with the private
// key non-extractable: the install can sign, nothing (not even an export bug) can copy the key out.
const ALGORITHM: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN_PARAMS: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

/** WebCrypto wants ArrayBuffer-backed views; copy only when the view sits on something else. */
function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** A fresh per-install key pair; the private key is non-extractable (the public key always is). */
export async function generateSigningKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
}

/** The public key as a JWK with exactly the RFC 7638 members {crv, kty, x, y}. */
export async function exportPublicJwk(pub: CryptoKey): Promise<PublicJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', pub);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new Error('not a P-256 public key');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/**
 * RFC 7638 JWK thumbprint as lowercase hex: SHA-256 of `{"crv":"P-256","kty":"EC","x":"…","y":"…"}`
 * (members sorted, no whitespace). Synchronous so pages can show it without awaiting.
 */
export function fingerprint(jwk: PublicJwk): string {
  return sha256Hex(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
}

/** `ab12 cd34 …` — groups of four for reading aloud or comparing by eye. */
export function groupFingerprint(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}

/** base64url of the IEEE P1363 (r‖s, 64 bytes) ECDSA P-256 / SHA-256 signature. */
export async function signBytes(priv: CryptoKey, bytes: Uint8Array): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign(SIGN_PARAMS, priv, buffer(bytes))));
}

/** True only for a valid signature by `jwk` over `bytes`; malformed keys or signatures give false. */
export async function verifyBytes(jwk: PublicJwk, bytes: Uint8Array, sig: string): Promise<boolean> {
  const raw = fromBase64Url(sig);
  if (raw?.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true },
      ALGORITHM,
      true,
      ['verify'],
    );
    return await crypto.subtle.verify(SIGN_PARAMS, key, buffer(raw), buffer(bytes));
  } catch {
    return false;
  }
}

/** The `Signer` the exporters take, from the key pair the store keeps in IndexedDB. */
export async function createSigner(keys: CryptoKeyPair): Promise<Signer> {
  const publicJwk = await exportPublicJwk(keys.publicKey);
  return { publicJwk, sign: (bytes) => signBytes(keys.privateKey, bytes) };
}
