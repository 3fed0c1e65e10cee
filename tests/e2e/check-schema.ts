// Validates an exported JSON file against docs/export.schema.json (run with tsx from the e2e tests).
import fs from 'node:fs';
import { validate } from '../export/mini-schema';

const schema = JSON.parse(fs.readFileSync('docs/export.schema.json', 'utf8'));
const doc = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8'));
const errors = validate(schema, doc);
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log('valid');
