// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName, siteDomain, siteName, slugify } from '../../lib/export/filename';

const at = (origin: string, url = '') => ({ origin, url });

describe('exportFileName', () => {
  it.each([
    [
      at('https://www.acme.com'),
      '2026-11-22T18:04:05.123+01:00',
      'json',
      'chatproof-acme-2026-11-22T1804.json',
    ],
    [
      at('https://support.acme.co.uk'),
      '2026-01-02T03:04:00.000-05:00',
      'html',
      'chatproof-acme-2026-01-02T0304.html',
    ],
    // Hosts stay in their ASCII (punycode) form: honest about look-alike domains, safe in file names.
    [
      at('https://help.Café-Société.fr'),
      '2026-11-22T23:59:59.999+00:00',
      'md',
      'chatproof-xn-caf-socit-d4afb-2026-11-22T2359.md',
    ],
    [
      at('https://shop.example.com.au'),
      '2026-11-22T18:04:05Z',
      'zip',
      'chatproof-example-2026-11-22T1804.zip',
    ],
    [
      at('null', 'https://chat.bank.example/x'),
      '2026-11-22T18:04:05+01:00',
      'json',
      'chatproof-bank-2026-11-22T1804.json',
    ],
    [
      at('http://192.168.1.10:8080'),
      '2026-11-22T18:04:05+01:00',
      'json',
      'chatproof-192-168-1-10-2026-11-22T1804.json',
    ],
    [
      at('http://localhost:3000'),
      '2026-11-22T18:04:05+01:00',
      'json',
      'chatproof-localhost-2026-11-22T1804.json',
    ],
    [at('', ''), '2026-11-22T18:04:05+01:00', 'json', 'chatproof-chat-2026-11-22T1804.json'],
    [
      at('https://xn--bcher-kva.de'),
      '2026-11-22T18:04:05+01:00',
      'json',
      'chatproof-xn-bcher-kva-2026-11-22T1804.json',
    ],
  ] as const)('%o at %s → %s', (session, exportedAt, ext, expected) => {
    expect(exportFileName(session, exportedAt, ext)).toBe(expected);
  });

  it('falls back to the local clock for a non-ISO time', () => {
    expect(exportFileName(at('https://acme.com'), 'Sun Nov 22 2026 18:04:05', 'json')).toMatch(
      /^chatproof-acme-2026-11-22T1804\.json$/,
    );
    expect(exportFileName(at('https://acme.com'), 'garbage', 'json')).toBe('chatproof-acme-undated.json');
  });

  it('derives domain, name and slug', () => {
    expect(siteDomain(at('https://a.b.support.acme.com'))).toBe('acme.com');
    expect(siteDomain(at('https://acme.com.'))).toBe('acme.com');
    expect(siteName(at('https://support.acme.co.jp'))).toBe('acme');
    expect(slugify('  --Hello, World!!--  ')).toBe('hello-world');
    expect(slugify('Café Société')).toBe('cafe-societe');
    expect(slugify('x'.repeat(60))).toHaveLength(40);
  });
});
