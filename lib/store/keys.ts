/**
 * The per-install signing key (ECDSA P-256, private key non-extractable), kept in IndexedDB as
 * CryptoKey objects (structured-cloneable; the private half can sign but never be read out).
 * Created on first use by whichever extension context needs it first; a concurrent second
 * creation loses the race harmlessly (`add` fails, the winner is re-read).
 */

import { generateSigningKey } from '../export/sign';
import { isoLocal } from '../model';
import type { DB } from './db';
import type { StoredKeyPair } from './schema';

export async function getOrCreateSigningKey(db: DB, now = Date.now()): Promise<StoredKeyPair> {
  const existing = await db.get('keys', 'signing');
  if (existing) return existing;
  const pair = await generateSigningKey();
  const rec: StoredKeyPair = {
    id: 'signing',
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    createdAt: isoLocal(now),
  };
  try {
    await db.add('keys', rec);
    return rec;
  } catch {
    const won = await db.get('keys', 'signing');
    if (won) return won;
    throw new Error('could not store the signing key');
  }
}
