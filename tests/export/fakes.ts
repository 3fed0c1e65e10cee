import { GENESIS, hashMessage } from '../../lib/export/chain';
import { createSigner, generateSigningKey } from '../../lib/export/sign';
import type { ExportInput, Signer } from '../../lib/export/types';
import type { ChatEvent, Message, Role, Session } from '../../lib/model';

/** ISO string `seconds` after 2026-11-22T18:04:05+01:00, written the way `isoLocal` writes it. */
export function fakeAt(seconds: number): string {
  const d = new Date(Date.UTC(2026, 10, 22, 17, 4, 5) + seconds * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  // Shift to +01:00 wall-clock time.
  const l = new Date(d.getTime() + 3600_000);
  return (
    `${l.getUTCFullYear()}-${p(l.getUTCMonth() + 1)}-${p(l.getUTCDate())}T${p(l.getUTCHours())}:` +
    `${p(l.getUTCMinutes())}:${p(l.getUTCSeconds())}.${p(l.getUTCMilliseconds(), 3)}+01:00`
  );
}

export function fakeSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'sess-1',
    vendor: 'intercom',
    url: 'https://support.acme.com/help/billing?ref=mail',
    origin: 'https://support.acme.com',
    title: 'Acme Help Centre',
    startedAt: fakeAt(0),
    lastActivityAt: fakeAt(600),
    endedAt: fakeAt(620),
    endReason: 'agent-ended',
    agents: ['Jane'],
    caseNumbers: ['CASE-1001'],
    desiredOutcome: 'Refund of the double charge',
    outcome: 'closed-unsolved',
    notes: '',
    messageCount: 0,
    headHash: '',
    tabId: 7,
    conversationId: 'conv-42',
    currentAgent: 'Jane',
    truncated: false,
    ...overrides,
  };
}

export interface FakeLine {
  role?: Role;
  author?: string | null;
  text?: string;
  shownAt?: string | null;
}

/** A correctly chained list of messages, as the store would hold them. */
export function fakeMessages(sessionId: string, lines: FakeLine[] | number): Message[] {
  const list: FakeLine[] =
    typeof lines === 'number'
      ? Array.from({ length: lines }, (_, i) => ({
          role: i % 2 ? 'customer' : 'agent',
          author: i % 2 ? 'Me' : 'Jane',
          text: `Message number ${i}: ${i % 2 ? 'I was charged twice for the same order.' : 'Let me check that for you, one moment please.'}`,
        }))
      : lines;
  let prev = GENESIS;
  return list.map((line, seq) => {
    const base = {
      sessionId,
      seq,
      key: `k${seq}`,
      role: line.role ?? 'agent',
      author: line.author === undefined ? 'Jane' : line.author,
      text: line.text ?? `hello ${seq}`,
      at: fakeAt(seq * 10),
      shownAt:
        line.shownAt === undefined
          ? `6:${String(4 + Math.floor(seq / 6)).padStart(2, '0')} PM`
          : line.shownAt,
    };
    const hash = hashMessage(base, prev);
    const m: Message = { ...base, hash, prevHash: prev };
    prev = hash;
    return m;
  });
}

export function fakeEvent(overrides: Partial<ChatEvent> & Pick<ChatEvent, 'type'>): ChatEvent {
  return { sessionId: 'sess-1', at: fakeAt(15), seq: null, detail: {}, ...overrides };
}

export function fakeInput(overrides: Partial<ExportInput> = {}): ExportInput {
  const session = overrides.session ?? fakeSession();
  const messages = overrides.messages ?? fakeMessages(session.id, 6);
  return {
    events: [
      fakeEvent({
        type: 'case-number',
        seq: 2,
        at: fakeAt(20),
        detail: { text: 'Your case number is 88-123', value: '88-123' },
      }),
      fakeEvent({
        type: 'promise',
        seq: 4,
        at: fakeAt(40),
        detail: { text: 'I will refund you within 5 days' },
      }),
      fakeEvent({
        type: 'upsell-offer',
        seq: 2,
        at: fakeAt(20),
        detail: { text: 'Would you like Premium for $5?' },
      }),
      fakeEvent({
        type: 'disconnect',
        seq: null,
        at: fakeAt(615),
        detail: { text: 'The agent has left the chat' },
      }),
    ],
    tool: { name: 'Chatproof', version: '0.1.0' },
    browser: 'Firefox 146.0',
    timeZone: 'Europe/Paris',
    exportedAt: '2026-11-22T19:30:12.345+01:00',
    ...overrides,
    session: { ...session, messageCount: messages.length, headHash: messages.at(-1)?.hash ?? '' },
    messages,
  };
}

let shared: Promise<Signer> | null = null;

/** One signing key per test file (key generation is the slow part). */
export function fakeSigner(): Promise<Signer> {
  shared ??= generateSigningKey().then(createSigner);
  return shared;
}
