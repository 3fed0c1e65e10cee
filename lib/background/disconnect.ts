/**
 * Abrupt disconnects, background side (issue 4): a recorder's signal (or the tab going away) →
 * the pure classifier → the session's end (endedAt, endReason, an `ended` event with the evidence)
 * → one system notification, a badge on the tab and a TabAlert for the popup. Everything is read
 * from IndexedDB / storage.session and written back before the recorder gets its answer, so a
 * stopped worker loses nothing: the recorder re-sends until answered, and an end whose `ended`
 * event is missing is finished on the next try. Exactly one notification per end: the session's
 * endedAt is set once (in a transaction), and the notification id is derived from it.
 */
import { browser } from 'wxt/browser';
import {
  ALERT_REASONS,
  caseNumberOf,
  classifyEnd,
  type EndLine,
  type EndVerdict,
  type ObservedSignal,
} from '../detectors/end-reason';
import type { WidgetSignal } from '../messaging';
import { type ChatEvent, type EndReason, isoLocal, type Session, type Settings } from '../model';
import type { DB } from '../store/db';
import {
  addEvents,
  getEvents,
  getSession,
  originOf,
  SESSION_IDLE_MS,
  updateSession,
} from '../store/sessions';
import { getSettings, hostListed } from '../store/settings';
import { adapterById } from '../vendors';
import type { BgDeps } from './handlers';
import { getTabState, patchTabState, type TabAlert } from './tab-state';

export const NOTIFICATION_PREFIX = 'chatproof-end:';
const BADGE = { text: '!', color: '#c5221f' };
/** Lines the classifier sees (the tail of the conversation). */
const LAST_LINES = 20;
/** A signal about an ended chat is still recorded as evidence this long after the end. */
const EVIDENCE_AFTER_END_MS = 10 * 60_000;

export interface SignalCtx {
  tabId: number;
  frameId: number;
  tabUrl: string;
}

const TITLES: Readonly<Record<EndReason, string>> = {
  'agent-ended': 'The agent ended your chat',
  'agent-left': 'The agent left your chat',
  'inactivity-timeout': 'Your chat timed out',
  'connection-lost': 'Your chat lost its connection',
  'widget-removed': 'The chat window disappeared',
  'tab-closed': 'Chat closed',
  'customer-ended': 'You ended the chat',
};

export interface EndFacts {
  reason: EndReason;
  /** epoch ms */
  at: number;
  agent: string | null;
  caseNumber: string | null;
  host: string;
}

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** What the notification and the popup banner say: what happened, when, with whom, the case number. */
export function describeEnd(f: EndFacts): { title: string; message: string; nextSteps: string } {
  const who = f.agent ? `With ${f.agent}` : 'Chat';
  const where = f.host ? ` on ${f.host}` : '';
  const kase = f.caseNumber ? ` Case number ${f.caseNumber}.` : '';
  return {
    title: TITLES[f.reason],
    message: `${who}${where}, ${clock(f.at)}.${kase} Chatproof kept the transcript: click to open it.`,
    nextSteps: `Reopen the chat and quote ${f.caseNumber ? `case ${f.caseNumber}` : 'your case number'}, paste the summary of the chat so far, and export the transcript now.`,
  };
}

export function notificationId(sessionId: string, endedAt: string): string {
  return `${NOTIFICATION_PREFIX}${sessionId}:${Date.parse(endedAt)}`;
}

export function sessionIdOfNotification(id: string): string | null {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return null;
  const rest = id.slice(NOTIFICATION_PREFIX.length);
  const i = rest.lastIndexOf(':');
  return i > 0 ? rest.slice(0, i) : null;
}

// One handler at a time per tab: two signals of one end (or a signal and the tab closing) must not
// both see the chat active. In memory only: a stopped worker has nothing in flight to race with.
const locks = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const run = (locks.get(tabId) ?? Promise.resolve()).catch(() => {}).then(fn);
  locks.set(tabId, run);
  void run
    .catch(() => {})
    .finally(() => {
      if (locks.get(tabId) === run) locks.delete(tabId);
    });
  return run;
}

const hiddenKey = (tabId: number) => `pagehidden:${tabId}`;
interface PageHidden {
  sessionId: string;
  at: number;
}

async function getHidden(tabId: number): Promise<PageHidden | null> {
  const rec = await browser.storage.session.get(hiddenKey(tabId));
  return (rec[hiddenKey(tabId)] as PageHidden | undefined) ?? null;
}

/** The session this tab records on this site (the tab state's, else the newest of the tab). */
async function sessionOfTab(db: DB, tabId: number, tabUrl: string): Promise<Session | null> {
  const origin = originOf(tabUrl);
  const state = await getTabState(tabId);
  const s = state?.sessionId ? await getSession(db, state.sessionId) : undefined;
  if (s && (!origin || s.origin === origin)) return s;
  const hidden = await getHidden(tabId);
  const h = hidden ? await getSession(db, hidden.sessionId) : undefined;
  return h && (!origin || h.origin === origin) ? h : null;
}

function isActive(s: Session, now: number): boolean {
  return !s.endedAt && s.messageCount > 0 && now - Date.parse(s.lastActivityAt) < SESSION_IDLE_MS;
}

async function lastLines(db: DB, s: Session): Promise<EndLine[]> {
  const from = Math.max(0, s.messageCount - LAST_LINES);
  const rows = await db.getAll('messages', IDBKeyRange.bound([s.id, from], [s.id, Number.MAX_SAFE_INTEGER]));
  return rows.map((m) => ({ role: m.role, text: m.text, at: Date.parse(m.at) }));
}

function vendorEndLines(...vendors: string[]): (string | RegExp)[] {
  return [...new Set(vendors)].flatMap((v) => [...(adapterById(v)?.endLines ?? [])]);
}

/** The person dismissed the tab's alerts (popup): the badge goes too. */
export function clearBadge(tabId: number): Promise<void> {
  return setBadge(tabId, false);
}

async function setBadge(tabId: number, on: boolean): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: on ? BADGE.text : '' });
    if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE.color });
  } catch {
    // the tab is gone
  }
}

/** Records a signal on the session as a `disconnect` event (once: a re-sent signal is not stored twice). */
async function recordSignal(
  db: DB,
  s: Session,
  sig: WidgetSignal,
  vendor: string,
  frameId: number,
): Promise<void> {
  const events = await getEvents(db, s.id);
  const dup = events.some(
    (e) =>
      e.type === 'disconnect' &&
      e.detail.signal === sig.kind &&
      e.detail.observedAt === sig.at &&
      e.detail.evidence === sig.evidence,
  );
  if (dup) return;
  await addEvents(db, [
    {
      sessionId: s.id,
      type: 'disconnect',
      at: sig.at,
      seq: null,
      detail: { signal: sig.kind, evidence: sig.evidence, observedAt: sig.at, vendor, frameId },
    },
  ]);
}

/**
 * Ends the session with `verdict` (if still active) and raises the alert for this end once. Also
 * finishes an end a stopped worker left half done (session ended, no `ended` event yet).
 */
async function finishEnd(
  db: DB,
  session: Session,
  verdict: EndVerdict | null,
  tabId: number,
  tabUrl: string,
  deps: BgDeps,
): Promise<Session> {
  let s = session;
  if (!s.endedAt) {
    if (!verdict) return s;
    const v = verdict;
    const next = await updateSession(db, s.id, (cur) =>
      cur.endedAt ? cur : { ...cur, endedAt: isoLocal(v.at), endReason: v.reason },
    );
    if (!next) return s;
    s = next;
  }
  const endedAt = s.endedAt!;
  const reason = s.endReason ?? verdict?.reason ?? 'agent-ended';
  const events = await getEvents(db, s.id);
  if (events.some((e) => e.type === 'ended' && e.detail.endedAt === endedAt)) return s; // already done
  const settings: Settings = await getSettings(db);
  const host = (() => {
    try {
      return new URL(s.url || tabUrl).hostname;
    } catch {
      return '';
    }
  })();
  const lines = await lastLines(db, s);
  const facts: EndFacts = {
    reason,
    at: Date.parse(endedAt),
    agent: s.currentAgent ?? s.agents.at(-1) ?? null,
    caseNumber: caseNumberOf(s.caseNumbers, lines),
    host,
  };
  const text = describeEnd(facts);
  const alertable = ALERT_REASONS.has(reason);
  const suppressed = !alertable
    ? 'chosen by the person'
    : !settings.alertsEnabled
      ? 'alerts off'
      : hostListed(settings.alertsOffSites, host)
        ? 'alerts off for this site'
        : null;
  const id = notificationId(s.id, endedAt);
  let notifiedAt: string | null = null;
  if (alertable && !suppressed) {
    try {
      // type 'basic' with an icon: all Firefox supports, and Chromium drops notifications without iconUrl
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: text.title,
        message: text.message,
      });
      notifiedAt = isoLocal(deps.now());
    } catch (e) {
      console.error('chatproof: notification failed', e);
    }
    await setBadge(tabId, true);
  }
  if (alertable) {
    const alert: TabAlert = {
      kind: 'disconnect',
      sessionId: s.id,
      at: endedAt,
      title: text.title,
      message: `${text.message.replace(/ Chatproof kept.*$/, '')} ${text.nextSteps}`,
    };
    await patchTabState(tabId, (t) => ({
      ...t,
      alerts: [...t.alerts.filter((a) => !(a.kind === 'disconnect' && a.sessionId === s.id)), alert],
    })).catch(() => {});
  }
  const ev: ChatEvent = {
    sessionId: s.id,
    type: 'ended',
    at: endedAt,
    seq: s.messageCount > 0 ? s.messageCount - 1 : null,
    detail: {
      endedAt,
      reason,
      signal: verdict?.signal ?? null,
      evidence: verdict?.evidence ?? null,
      phrase: verdict?.phrase ?? null,
      agent: facts.agent,
      caseNumber: facts.caseNumber,
      alerted: notifiedAt !== null,
      suppressed,
      notificationId: notifiedAt ? id : null,
      notifiedAt,
    },
  };
  await addEvents(db, [ev]);
  deps.broadcast({ type: 'sessionChanged', sessionId: s.id, tabId });
  deps.broadcast({ type: 'tabStateChanged', tabId });
  return s;
}

async function reopenAfterReconnect(
  db: DB,
  s: Session,
  sig: WidgetSignal,
  tabId: number,
  deps: BgDeps,
): Promise<void> {
  let reopened = false;
  await updateSession(db, s.id, (cur) => {
    if (!cur.endedAt || cur.endReason !== 'connection-lost') return cur;
    reopened = true;
    return { ...cur, endedAt: null, endReason: null };
  });
  if (!reopened) return;
  await addEvents(db, [
    {
      sessionId: s.id,
      type: 'reconnect',
      at: sig.at,
      seq: s.messageCount,
      detail: { after: 'connection-lost', signal: sig.kind, evidence: sig.evidence },
    },
  ]);
  await setBadge(tabId, false);
  await patchTabState(tabId, (t) => ({
    ...t,
    alerts: t.alerts.filter((a) => !(a.kind === 'disconnect' && a.sessionId === s.id)),
  }));
  deps.broadcast({ type: 'sessionChanged', sessionId: s.id, tabId });
  deps.broadcast({ type: 'tabStateChanged', tabId });
}

async function recordStall(
  db: DB,
  s: Session,
  sig: WidgetSignal,
  tabId: number,
  deps: BgDeps,
): Promise<void> {
  const events = await getEvents(db, s.id);
  if (events.some((e) => e.type === 'stalled' && e.detail.since === sig.at)) return;
  await addEvents(db, [
    {
      sessionId: s.id,
      type: 'stalled',
      at: isoLocal(deps.now()),
      seq: s.messageCount - 1,
      detail: { since: sig.at, evidence: sig.evidence },
    },
  ]);
  const agent = s.currentAgent ?? s.agents.at(-1);
  const alert: TabAlert = {
    kind: 'stalled',
    sessionId: s.id,
    at: isoLocal(deps.now()),
    title: 'Still waiting for a reply',
    message: `${agent ? `${agent} has` : 'Nobody has'} answered your last message since ${clock(Date.parse(sig.at))}. You can ask whether the agent is still there, or for a case number.`,
  };
  await patchTabState(tabId, (t) => ({
    ...t,
    alerts: [...t.alerts.filter((a) => !(a.kind === 'stalled' && a.sessionId === s.id)), alert],
  }));
  deps.broadcast({ type: 'tabStateChanged', tabId });
}

/** `reportSignal` from a recorder. Answers `{ ok: true }` once the signal is fully handled. */
export async function handleSignal(
  msg: { vendor: string; signal: WidgetSignal },
  ctx: SignalCtx,
  deps: BgDeps,
): Promise<{ ok: true; ended?: EndReason }> {
  const sig = msg.signal;
  return serial(ctx.tabId, async () => {
    const db = await deps.db();
    const now = deps.now();
    const s = await sessionOfTab(db, ctx.tabId, ctx.tabUrl);
    if (!s || s.messageCount === 0) return { ok: true }; // no chat here: nothing ends
    switch (sig.kind) {
      case 'page-hidden':
        // closed, reloaded or left: which one is known when the tab goes or comes back (onTabRemoved,
        // onTabNavigated, onResume); remember when the page went away
        if (ctx.frameId === 0 && isActive(s, now))
          await browser.storage.session.set({
            [hiddenKey(ctx.tabId)]: { sessionId: s.id, at: Date.parse(sig.at) } satisfies PageHidden,
          });
        return { ok: true };
      case 'reconnected':
        await reopenAfterReconnect(db, s, sig, ctx.tabId, deps);
        return { ok: true };
      case 'stalled':
        if (isActive(s, now)) await recordStall(db, s, sig, ctx.tabId, deps);
        return { ok: true };
    }
    const recent = s.endedAt && now - Date.parse(s.endedAt) < EVIDENCE_AFTER_END_MS;
    if (!isActive(s, now) && !recent) return { ok: true };
    await recordSignal(db, s, sig, msg.vendor, ctx.frameId);
    const obs: ObservedSignal = { kind: sig.kind, evidence: sig.evidence, at: Date.parse(sig.at) };
    // a recorder only sends widget-removed once the widget is gone (it checked the container)
    if (sig.kind === 'widget-removed') obs.container = 'gone';
    const verdict = classifyEnd({
      signals: [obs],
      lines: await lastLines(db, s),
      active: isActive(s, now),
      now,
      vendorEndLines: vendorEndLines(msg.vendor, s.vendor),
    });
    const done = await finishEnd(db, s, verdict, ctx.tabId, ctx.tabUrl, deps);
    return done.endReason && !s.endedAt ? { ok: true, ended: done.endReason } : { ok: true };
  });
}

/** The tab is being closed or left: an active chat ends as `tab-closed` (no alert). */
async function endByTab(
  tabId: number,
  kind: 'tab-removed' | 'page-left',
  evidence: string,
  url: string,
  deps: BgDeps,
): Promise<void> {
  const db = await deps.db();
  const now = deps.now();
  const hidden = await getHidden(tabId);
  const state = await getTabState(tabId);
  const sid = state?.sessionId ?? hidden?.sessionId;
  const s = sid ? await getSession(db, sid) : undefined;
  // another page of the chat's site: the chat may go on there (many sites keep the widget open)
  if (kind === 'page-left' && (!s || originOf(url) === s.origin)) return;
  await browser.storage.session.remove(hiddenKey(tabId));
  if (!s || !isActive(s, now)) return;
  const signals: ObservedSignal[] = [];
  if (hidden?.sessionId === s.id) signals.push({ kind: 'page-hidden', evidence: 'pagehide', at: hidden.at });
  signals.push({ kind, evidence, at: now });
  const verdict = classifyEnd({ signals, lines: await lastLines(db, s), active: true, now });
  await finishEnd(db, s, verdict, tabId, s.url, deps);
}

export function onTabRemoved(tabId: number, deps: BgDeps): Promise<void> {
  return serial(tabId, () => endByTab(tabId, 'tab-removed', 'tab closed', '', deps));
}

/** A tab's URL changed: leaving the chat's site ends its chat (`tab-closed`); same-site pages continue it. */
export function onTabNavigated(tabId: number, url: string, deps: BgDeps): Promise<void> {
  return serial(tabId, async () => {
    const state = await getTabState(tabId);
    if (!state?.sessionId && !(await getHidden(tabId))) return;
    await endByTab(tabId, 'page-left', `left for ${originOf(url) || url}`, url, deps);
  });
}

/** A recorder (re)started in the tab's top frame: the page that went away came back (a reload). */
export async function onResume(
  ctx: { tabId: number; frameId: number },
  settings: Settings,
): Promise<{ stallMinutes: number }> {
  if (ctx.frameId === 0) await browser.storage.session.remove(hiddenKey(ctx.tabId));
  return { stallMinutes: settings.stallMinutes };
}

/** Clicking a disconnect notification opens that chat's transcript. */
export async function onNotificationClicked(id: string): Promise<void> {
  const sid = sessionIdOfNotification(id);
  if (!sid) return;
  await browser.tabs.create({
    url: browser.runtime.getURL(`/dashboard.html#/chat/${encodeURIComponent(sid)}`),
  });
  await browser.notifications.clear(id);
}
