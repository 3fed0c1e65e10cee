import { describe, expect, test } from 'vitest';
import {
  ALERT_REASONS,
  caseNumberOf,
  classifyEnd,
  type EndInput,
  type EndLine,
  isEndChatControl,
  matchEndLine,
  type ObservedSignal,
  OFFLINE_GRACE_MS,
} from '../../lib/detectors/end-reason';
import type { EndReason } from '../../lib/model';

const T0 = 1_800_000_000_000;
const chat: EndLine[] = [
  { role: 'agent', text: "Hi, I'm Priya from Acme support. How can I help?" },
  { role: 'customer', text: 'My internet has been down since Monday.' },
  { role: 'agent', text: "I've opened case number CS-48213 for you." },
];
const sig = (
  kind: ObservedSignal['kind'],
  evidence: string,
  at = T0,
  extra: Partial<ObservedSignal> = {},
): ObservedSignal => ({
  kind,
  evidence,
  at,
  ...extra,
});
const input = (signals: ObservedSignal[], over: Partial<EndInput> = {}): EndInput => ({
  signals,
  lines: chat,
  active: true,
  now: T0 + 1000,
  ...over,
});
const withLine = (role: EndLine['role'], text: string): EndLine[] => [...chat, { role, text }];

describe('classifyEnd: fires', () => {
  const cases: [string, EndInput, EndReason][] = [
    [
      'vendor end line from the shared list: agent left',
      input([sig('end-line', 'Priya has left the conversation')], {
        lines: withLine('system', 'Priya has left the conversation'),
      }),
      'agent-left',
    ],
    [
      'agent ended the chat',
      input([sig('end-line', 'The agent has ended the chat.')], {
        lines: withLine('system', 'The agent has ended the chat.'),
      }),
      'agent-ended',
    ],
    [
      'closed for inactivity',
      input([sig('end-line', 'This chat was closed due to inactivity')], {
        lines: withLine('system', 'This chat was closed due to inactivity'),
      }),
      'inactivity-timeout',
    ],
    ['session expired', input([sig('end-line', 'Your session has expired.')]), 'inactivity-timeout'],
    ["you've been disconnected", input([sig('end-line', "You've been disconnected.")]), 'connection-lost'],
    ['connection lost (definitive)', input([sig('end-line', 'Connection lost.')]), 'connection-lost'],
    ['German: agent left', input([sig('end-line', 'Priya hat den Chat verlassen')]), 'agent-left'],
    ['Spanish: chat closed', input([sig('end-line', 'El chat ha sido finalizado')]), 'agent-ended'],
    [
      'French: inactivity',
      input([sig('end-line', "Conversation fermée pour cause d'inactivité")]),
      'inactivity-timeout',
    ],
    [
      "the adapter's own end line (Chatwoot 'conversation was resolved')",
      input([sig('end-line', 'Conversation was resolved by Priya')], {
        vendorEndLines: ['conversation was resolved'],
      }),
      'agent-ended',
    ],
    [
      '"Reconnecting…" line that outlasted the grace period',
      input([sig('end-line', 'Reconnecting…', T0)], { now: T0 + OFFLINE_GRACE_MS }),
      'connection-lost',
    ],
    ['composer disabled', input([sig('composer-disabled', 'composer disabled')]), 'agent-ended'],
    [
      'end prompt (rating / start a new chat)',
      input([sig('end-prompt', 'end-of-chat prompt shown')]),
      'agent-ended',
    ],
    [
      'end prompt after an inactivity line: the line names the reason',
      input([sig('end-prompt', 'end-of-chat prompt shown')], {
        lines: withLine('system', 'Chat closed due to inactivity.'),
      }),
      'inactivity-timeout',
    ],
    [
      'offline banner that did not clear within the grace period',
      input([sig('offline-banner', 'Connection lost. Reconnecting…', T0)], { now: T0 + OFFLINE_GRACE_MS }),
      'connection-lost',
    ],
    [
      'widget and its container removed',
      input([sig('widget-removed', '.woot-widget-holder removed', T0, { container: 'gone' })]),
      'widget-removed',
    ],
    [
      'widget frame navigated to another site (container still there)',
      input([sig('widget-removed', 'iframe navigated', T0, { container: 'present', navigated: true })]),
      'widget-removed',
    ],
    ['tab closed by the person', input([sig('tab-removed', 'tab closed')]), 'tab-closed'],
    ['page left for another site', input([sig('page-left', 'left for http://other.test')]), 'tab-closed'],
    [
      'the person ended it with the widget\'s "End chat"',
      input([sig('customer-ended', 'clicked "End chat", then end-prompt')]),
      'customer-ended',
    ],
    ['"you ended the chat" line', input([sig('end-line', 'You ended the chat.')]), 'customer-ended'],
    [
      'customer typing "hello?" after the agent left does not undo it',
      input([sig('end-line', 'Priya has left the conversation')], {
        lines: [
          ...withLine('system', 'Priya has left the conversation'),
          { role: 'customer', text: 'hello? are you there?' },
        ],
      }),
      'agent-left',
    ],
  ];
  test.each(cases)('%s', (_name, inp, reason) => {
    const v = classifyEnd(inp);
    expect(v?.reason).toBe(reason);
    expect(v?.alert).toBe(ALERT_REASONS.has(reason));
  });

  test('several signals: the most specific reason wins, the time is the first sign', () => {
    const v = classifyEnd(
      input([
        sig('composer-disabled', 'composer disabled', T0),
        sig('end-line', 'Closed due to inactivity', T0 + 300),
      ]),
    );
    expect(v).toMatchObject({ reason: 'inactivity-timeout', at: T0, signal: 'end-line', alert: true });
  });

  test('tab closed after the page was hidden: ended when the page went away', () => {
    const v = classifyEnd(
      input([sig('page-hidden', 'pagehide', T0), sig('tab-removed', 'tab closed', T0 + 60_000)], {
        now: T0 + 60_000,
      }),
    );
    expect(v).toMatchObject({ reason: 'tab-closed', at: T0, alert: false });
  });

  test('no alert for ends the person chose', () => {
    expect(classifyEnd(input([sig('tab-removed', 'tab closed')]))?.alert).toBe(false);
    expect(classifyEnd(input([sig('customer-ended', 'clicked "End chat"')]))?.alert).toBe(false);
  });
});

describe('classifyEnd: does not fire', () => {
  const cases: [string, EndInput][] = [
    ['no signal at all', input([])],
    [
      'no active chat (nothing recorded yet, or already ended)',
      input([sig('end-line', 'Priya has left the conversation')], { active: false }),
    ],
    [
      'navigation / tab closed with no active chat',
      input([sig('tab-removed', 'tab closed')], { active: false, lines: [] }),
    ],
    ['page hidden alone (a reload continues the chat)', input([sig('page-hidden', 'pagehide')])],
    [
      'minimised: the frame went away but the container is still there',
      input([
        sig('widget-removed', 'iframe#chatwoot_live_chat_widget removed', T0, { container: 'present' }),
      ]),
    ],
    [
      'removed, but the adapter knows no container (cannot tell from minimise)',
      input([sig('widget-removed', 'log removed', T0, { container: 'unknown' })]),
    ],
    [
      'a customer message merely mentioning "disconnected"',
      input([sig('end-line', 'I was disconnected twice yesterday, the chat has ended on me before')], {
        lines: withLine('customer', 'I was disconnected twice yesterday, the chat has ended on me before'),
      }),
    ],
    [
      'an end line the chat went on after (stale)',
      input([sig('end-line', 'Connection lost.')], {
        lines: [
          ...withLine('system', 'Connection lost.'),
          { role: 'agent', text: 'Sorry, we are back. Where were we?' },
        ],
      }),
    ],
    ['an ordinary line', input([sig('end-line', 'Let me check that for you.')])],
    [
      '"Reconnecting…" line still within the grace period',
      input([sig('end-line', 'Reconnecting…', T0)], { now: T0 + 5_000 }),
    ],
    [
      'offline banner still within the grace period',
      input([sig('offline-banner', 'Connection lost. Reconnecting…', T0)], { now: T0 + 5_000 }),
    ],
    [
      'offline banner that cleared (reconnected)',
      input(
        [
          sig('offline-banner', 'Connection lost. Reconnecting…', T0),
          sig('reconnected', 'banner cleared', T0 + 5_000),
        ],
        {
          now: T0 + OFFLINE_GRACE_MS + 10_000,
        },
      ),
    ],
    ['stalled (a nudge, not an end)', input([sig('stalled', 'no reply for 5 min')])],
    ['reconnected alone', input([sig('reconnected', 'banner cleared')])],
  ];
  test.each(cases)('%s', (_name, inp) => {
    expect(classifyEnd(inp)).toBeNull();
  });
});

describe('invariants', () => {
  const all: EndInput[] = [
    input([sig('end-line', 'Priya has left the conversation')]),
    input([sig('widget-removed', 'x', T0, { container: 'gone' })]),
    input([sig('offline-banner', 'Connection lost', T0)], { now: T0 + OFFLINE_GRACE_MS }),
  ];
  test.each(all)('same input, same output; inactive → null', (inp) => {
    expect(classifyEnd(inp)).toEqual(classifyEnd(structuredClone(inp)));
    expect(classifyEnd({ ...inp, active: false })).toBeNull();
  });
});

describe('matchEndLine', () => {
  test.each([
    ['Reconnecting…', 'connection-lost', true],
    ['Connection lost. Attempting to reconnect.', 'connection-lost', true],
    ["You've been disconnected", 'connection-lost', false],
    ['Marco has left the chat', 'agent-left', false],
    // round 18: pt-PT "trying to restore it" is an attempt to come back
    ['A ligação foi perdida. A tentar restabelecer…', 'connection-lost', true],
    ['Se perdió la conexión con el asesor.', 'connection-lost', false],
    // round 23: the agent says, in the same line, that they are back
    ['Entschuldigung, die Verbindung war kurz weg. Hier nochmals Nicole.', 'connection-lost', true],
    ['Oi, desculpe, caiu a conexão aqui. Sou o Rafael novamente.', 'connection-lost', true],
    ['Sorry, lost the connection there, I am back now.', 'connection-lost', true],
    ['De verbinding met Tine is verbroken.', 'connection-lost', false],
    // round 26: "for a moment there"
    ['Sorry, it looks like we got disconnected for a moment there.', 'connection-lost', true],
  ] as const)('%s → %s (transient %s)', (text, reason, transient) => {
    expect(matchEndLine(text)).toMatchObject({ reason, transient });
  });
  test('vendor lines are substrings (case-insensitive) or regexps', () => {
    expect(matchEndLine('Rate your conversation', ['rate your conversation'])?.reason).toBe('agent-ended');
    expect(matchEndLine('Thanks for chatting with us!', [/thanks for chatting/i])?.phrase).toBe(
      'Thanks for chatting',
    );
    expect(matchEndLine('Hello there', ['rate your conversation'])).toBeNull();
  });
});

describe('isEndChatControl', () => {
  test.each([
    'End chat',
    'End this conversation',
    'Leave chat',
    'Chat beenden',
    'Finalizar chat',
    'Terminer la discussion',
    'Encerrar atendimento',
  ])('%s is an end control', (label) => expect(isEndChatControl(label)).toBe(true));
  test.each(['Close', 'Minimize', 'Close chat window', 'Send', 'Weekend chat hours', ''])(
    '%s is not',
    (label) => expect(isEndChatControl(label)).toBe(false),
  );
});

describe('caseNumberOf', () => {
  test('the store knows one: the last', () =>
    expect(caseNumberOf(['A-1', 'CS-99999'], chat)).toBe('CS-99999'));
  test('else the last one written in the lines', () => expect(caseNumberOf([], chat)).toBe('CS-48213'));
  test('none', () => expect(caseNumberOf([], chat.slice(0, 2))).toBeNull());
});
