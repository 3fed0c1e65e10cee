/**
 * THE list of vendor adapters. Adding a vendor = one file here + one line in ADAPTERS + its
 * signature in signatures.ts + a fixture in tests/fixtures/vendors/<id>/; tests/vendors/registry.test.ts
 * fails if any of them is missing.
 */
import chatwoot from './chatwoot';
import { generic } from './generic';
import type { VendorAdapter } from './types';

export const ADAPTERS: readonly VendorAdapter[] = [chatwoot];

export { generic };

export function adapterById(id: string): VendorAdapter | undefined {
  return id === 'generic' ? generic : ADAPTERS.find((a) => a.id === id);
}
