/**
 * Checks a Chatproof export: `npm run verify -- <file.json|file.zip>`.
 * Exit 0 = intact, 1 = changed or damaged, 2 = not readable as a Chatproof export.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { verifyExport } from '../lib/export/verify';

async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1 || file === '--help' || file === '-h') {
    console.error('usage: npm run verify -- <chatproof-export.json | chatproof-export.zip>');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    console.error(`cannot read ${file}: ${(err as Error).message}`);
    return 2;
  }
  const result = await verifyExport(bytes, basename(file));
  console.log(`${basename(file)} (${result.kind === 'bundle' ? 'evidence bundle' : 'JSON export'})`);
  for (const c of result.checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`);
  if (result.firstBadSeq !== null) console.log(`  first bad message: #${result.firstBadSeq}`);
  console.log(result.summary);
  if (!result.readable) return 2;
  return result.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  },
);
