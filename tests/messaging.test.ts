import { describe, expect, test } from 'vitest';
import {
  LIMITS,
  parseCaptureAnswer,
  parseMessage,
  parsePortReply,
  parsePortRequest,
  parseToContent,
  type SenderLike,
} from '../lib/messaging';

const self = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const content: SenderLike = {
  id: 'ext',
  url: 'https://shop.example/help',
  tab: { id: 4, url: 'https://shop.example/help' },
  frameId: 0,
};
const page: SenderLike = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const line = {
  key: 'k.0',
  role: 'agent',
  author: 'Priya',
  text: 'Hi',
  at: '2026-11-22T10:00:00.000+01:00',
  shownAt: null,
};
const capture = {
  type: 'captureMessages',
  vendor: 'intercom',
  title: '',
  conversationId: null,
  messages: [line],
};

describe('parseMessage accepts', () => {
  test.each([
    ['detectWidget from a content script', { type: 'detectWidget', vendor: 'drift', via: '#x' }, content],
    ['framesAdded from a content script (it carries nothing)', { type: 'framesAdded' }, content],
    ['captureMessages from a content script', capture, content],
    [
      'reportSignal',
      {
        type: 'reportSignal',
        vendor: 'drift',
        signal: { kind: 'end-line', evidence: 'Chat ended', at: line.at },
      },
      content,
    ],
    ['getTabState from the popup', { type: 'getTabState', tabId: 4 }, page],
    [
      'updateSession from the dashboard',
      { type: 'updateSession', id: 's1', patch: { notes: 'n', outcome: 'solved' } },
      page,
    ],
    [
      'saveSettings',
      { type: 'saveSettings', settings: { stallMinutes: 7, pausedSites: ['a.example'] } },
      page,
    ],
  ])('%s', (_n, msg, sender) => {
    expect(parseMessage(msg, sender, self)).toMatchObject({ ok: true });
  });
});

describe('parseMessage rejects', () => {
  test.each([
    ['another extension', capture, { ...content, id: 'other' }],
    [
      'a UI message from web content (a page cannot read or delete records)',
      { type: 'deleteSessions', ids: ['s1'] },
      content,
    ],
    ['a content message from an extension page', capture, page],
    ['a content message without a tab', capture, { id: 'ext', url: 'https://x.example/' }],
    ['framesAdded from an extension page', { type: 'framesAdded' }, page],
    ['framesAdded from another extension', { type: 'framesAdded' }, { ...content, id: 'other' }],
    ['an unknown type', { type: 'listAll' }, page],
    ['a bad role', { ...capture, messages: [{ ...line, role: 'admin' }] }, content],
    [
      'a text over the cap',
      { ...capture, messages: [{ ...line, text: 'x'.repeat(LIMITS.textChars + 1) }] },
      content,
    ],
    ['an empty batch', { ...capture, messages: [] }, content],
    ['a batch over the cap', { ...capture, messages: Array(LIMITS.batch + 1).fill(line) }, content],
    ['a time that is not ISO 8601', { ...capture, messages: [{ ...line, at: 'yesterday' }] }, content],
    ['a vendor id with markup', { ...capture, vendor: '<img>' }, content],
    ['an unknown patch field', { type: 'updateSession', id: 's1', patch: { messageCount: 0 } }, page],
    [
      'settings with a bad host',
      { type: 'saveSettings', settings: { pausedSites: ['javascript:alert(1)'] } },
      page,
    ],
    ['a non-object', 'captureMessages', content],
  ])('%s', (_n, msg, sender) => {
    expect(parseMessage(msg, sender as SenderLike, self).ok).toBe(false);
  });
});

test('framesAdded is passed on without whatever else the page put in it', () => {
  const r = parseMessage({ type: 'framesAdded', tabId: 99, files: ['/x.js'] }, content, self);
  expect(r).toEqual({
    ok: true,
    from: 'content',
    msg: { type: 'framesAdded' },
    tabId: 4,
    frameId: 0,
    tabUrl: 'https://shop.example/help',
  });
});

test('parseMessage copies only known fields (no prototype tricks survive)', () => {
  const r = parseMessage(
    { ...capture, messages: [{ ...line, extra: 1, __proto__: { x: 1 } }] },
    content,
    self,
  );
  expect(
    r.ok && r.from === 'content' && r.msg.type === 'captureMessages' && Object.keys(r.msg.messages[0]!),
  ).toEqual(['key', 'role', 'author', 'text', 'at', 'shownAt']);
});

test('content scripts accept insertText only from the background', () => {
  expect(parseToContent({ type: 'insertText', text: 'hi' }, { id: 'ext' }, 'ext')).toEqual({
    type: 'insertText',
    text: 'hi',
  });
  expect(parseToContent({ type: 'insertText', text: 'hi' }, { id: 'ext', tab: { id: 1 } }, 'ext')).toBeNull();
  expect(parseToContent({ type: 'insertText', text: 'hi' }, { id: 'evil' }, 'ext')).toBeNull();
});

test.each([
  [{ type: 'openOffer', offer: 'Add Device Protection for $9/month?' }, { id: 'ext' }, true],
  [{ type: 'openOffer', offer: null }, { id: 'ext' }, true],
  [{ type: 'openOffer', offer: 'x' }, { id: 'ext', tab: { id: 1 } }, false], // from another content script
  [{ type: 'openOffer', offer: 'x' }, { id: 'evil' }, false],
  [{ type: 'openOffer' }, { id: 'ext' }, false],
  [{ type: 'openOffer', offer: 42 }, { id: 'ext' }, false],
  [{ type: 'openOffer', offer: 'x'.repeat(LIMITS.textChars + 1) }, { id: 'ext' }, false],
])('the background tells the recorder the open offer: %j from %j accepted=%s', (raw, sender, ok) => {
  const res = parseToContent(raw, sender as SenderLike, 'ext');
  if (ok) expect(res).toEqual(raw);
  else expect(res).toBeNull();
});

test.each([
  [{ id: 1, msg: { type: 'resumeCapture', vendor: 'intercom' } }, true],
  [{ id: 0, msg: null }, true],
  [{ id: -1, msg: {} }, false],
  [{ id: 1.5, msg: {} }, false],
  [{ id: '1', msg: {} }, false],
  [{ id: 1 }, false],
  [[1, {}], false],
  [null, false],
])('port request envelope %j accepted=%s (the message inside is still parsed on its own)', (raw, ok) => {
  expect(parsePortRequest(raw) !== null).toBe(ok);
});

test('port replies: a result, or an error string; anything else is not a reply', () => {
  expect(parsePortReply({ re: 3, res: { ok: true } })).toEqual({ re: 3, res: { ok: true } });
  expect(parsePortReply({ re: 3, error: 'UnknownError: full' })).toEqual({
    re: 3,
    res: undefined,
    error: 'UnknownError: full',
  });
  expect(parsePortReply({ re: 'x', res: 1 })).toBeNull();
  expect(parsePortReply('hi')).toBeNull();
});

test.each([
  ['stored, no end lines', { ok: true, stored: 2, sessionId: 's1', ends: [] }, { ok: true, ends: [] }],
  ['paused site (nothing kept, nothing to resend)', { ok: true, paused: true }, { ok: true, ends: [] }],
  [
    'end flags kept when well formed and inside the batch',
    {
      ok: true,
      ends: [
        { i: 0, reason: 'agent-left', phrase: 'has left the conversation', transient: false },
        { i: 2, reason: 'connection-lost', phrase: 'reconnecting', transient: true },
      ],
    },
    {
      ok: true,
      ends: [
        { i: 0, reason: 'agent-left', phrase: 'has left the conversation', transient: false },
        { i: 2, reason: 'connection-lost', phrase: 'reconnecting', transient: true },
      ],
    },
  ],
  [
    'malformed or out-of-range flags dropped',
    {
      ok: true,
      ends: [
        { i: 3, reason: 'agent-left', phrase: 'left', transient: false },
        { i: -1, reason: 'agent-left', phrase: 'left', transient: false },
        { i: 1 },
        'x',
        { i: 1.5, reason: 'agent-left', phrase: 'left', transient: true },
        { i: 0, transient: false },
        { i: 0, reason: 'bored', phrase: 'left', transient: false },
        { i: 0, reason: 'agent-left', phrase: 7, transient: false },
        { i: 0, reason: 'agent-left', phrase: 'x'.repeat(100_001), transient: false },
      ],
    },
    { ok: true, ends: [] },
  ],
  ['ends not a list', { ok: true, ends: { i: 0 } }, { ok: true, ends: [] }],
  ['write failed', { ok: false, error: 'QuotaExceededError: full' }, { ok: false, ends: [] }],
  ['no answer', undefined, { ok: false, ends: [] }],
  [
    'ok not literally true',
    { ok: 'yes', ends: [{ i: 0, reason: 'agent-left', phrase: 'left', transient: false }] },
    { ok: false, ends: [] },
  ],
])('capture answer: %s', (_what, raw, want) => {
  expect(parseCaptureAnswer(raw, 3)).toEqual(want);
});
