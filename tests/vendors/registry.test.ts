/**
 * The vendor registry's meta-test: adding a vendor = one adapter file + one line in ADAPTERS + its
 * signature + a fixture + a docs row. This fails when any of them is missing or they disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, generic } from '../../lib/vendors';
import { SIGNATURES } from '../../lib/vendors/signatures';

const root = path.resolve(__dirname, '../..');
const exists = (p: string) => fs.existsSync(path.join(root, p));
/** The vendor ids issue 3 requires a full adapter for. */
const REQUIRED = [
  'intercom',
  'zendesk',
  'zendesk-messaging',
  'livechat',
  'drift',
  'salesforce',
  'salesforce-miaw',
  'hubspot',
  'freshchat',
  'tawk',
  'crisp',
  'olark',
  'tidio',
  'liveperson',
  'genesys',
  'zoho-salesiq',
  'helpscout',
  'gorgias',
  'chatwoot',
  'twilio-flex',
  'amazon-connect',
  'dynamics365',
  'gladly',
];
const docs = fs.readFileSync(path.join(root, 'docs/vendors.md'), 'utf8');

test('every required vendor has an adapter', () => {
  expect(ADAPTERS.map((a) => a.id).sort()).toEqual(expect.arrayContaining(REQUIRED));
});

test('ids are unique and lists agree', () => {
  const ids = SIGNATURES.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(
    SIGNATURES.filter((s) => s.adapter)
      .map((s) => s.id)
      .sort(),
  ).toEqual(ADAPTERS.map((a) => a.id).sort());
});

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
  test('file name = vendor id, fixture, docs row', () => {
    expect(exists(`lib/vendors/${id}.ts`)).toBe(true);
    expect(exists(`tests/fixtures/vendors/${id}/fixture.json`)).toBe(true);
    expect(exists(`tests/vendors/${id}.test.ts`)).toBe(true);
    expect(docs).toContain(`(\`${id}\`)`);
    expect(adapter.name.length).toBeGreaterThan(0);
  });
});

test('the generic recorder has its fixture and docs row too', () => {
  expect(generic.id).toBe('generic');
  expect(exists('tests/fixtures/vendors/generic/fixture.json')).toBe(true);
  expect(docs).toContain('(`generic`)');
});

test('every vendor in ../shared/vendors.md has a signature (detection data)', () => {
  // 34 vendors in the reference's summary table: 23 adapters + 11 detected for the generic recorder
  expect(SIGNATURES.length).toBeGreaterThanOrEqual(34);
  for (const s of SIGNATURES)
    expect(s.selectors.length + (s.frameHosts?.length ?? 0), s.id).toBeGreaterThan(0);
});
