// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTranscript } from '../../lib/export/json';
import { END_REASONS, EVENT_TYPES, OUTCOMES, ROLES } from '../../lib/model';
import { fakeEvent, fakeInput, fakeMessages, fakeSession, fakeSigner } from './fakes';
import { validate } from './mini-schema';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/export.schema.json'), 'utf8'));

describe('docs/export.schema.json', () => {
  it('declares draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('lists exactly the enums of lib/model.ts', () => {
    const defs = schema.$defs;
    expect(defs.message.properties.role.enum).toEqual([...ROLES]);
    expect(defs.event.properties.type.enum).toEqual([...EVENT_TYPES]);
    expect(defs.session.properties.endReason.enum).toEqual([...END_REASONS, null]);
    expect(defs.session.properties.outcome.enum).toEqual([...OUTCOMES, null]);
  });

  it('accepts generated exports', async () => {
    const signer = await fakeSigner();
    const plain = await buildTranscript(fakeInput(), signer);
    expect(validate(schema, plain)).toEqual([]);
    const session = fakeSession({
      notes: 'mine',
      endedAt: null,
      endReason: null,
      outcome: null,
      conversationId: null,
    });
    const odd = await buildTranscript(
      fakeInput({
        session,
        messages: fakeMessages(session.id, [{ author: null, shownAt: null, role: 'system' }]),
        events: [fakeEvent({ type: 'truncated', detail: { count: 10000, nested: { a: [1] } } })],
      }),
      signer,
    );
    expect(validate(schema, JSON.parse(JSON.stringify(odd)))).toEqual([]);
    const empty = await buildTranscript(fakeInput({ messages: [], events: [] }), signer);
    expect(validate(schema, empty)).toEqual([]);
  });

  it('rejects what the format forbids', async () => {
    const doc = JSON.parse(JSON.stringify(await buildTranscript(fakeInput(), await fakeSigner())));
    const broken = structuredClone(doc);
    broken.messages[1].role = 'admin';
    delete broken.messages[2].hash;
    broken.session.extra = true;
    broken.integrity.signature = 'short';
    broken.messages[0].at = 'yesterday';
    expect(validate(schema, broken)).toEqual([
      '$.session: unexpected extra',
      '$.messages[0].at: does not match ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
      '$.messages[1].role: "admin" not in enum',
      '$.messages[2]: missing hash',
      '$.integrity.signature: does not match ^[A-Za-z0-9_-]{86}$',
    ]);
  });
});
