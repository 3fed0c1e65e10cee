/**
 * Runs the analysers (lib/detectors) over a session's transcript each time lines are stored, records
 * each new finding once as an event (with the line as evidence), keeps the session's case numbers and
 * agents current, and raises the live alerts: an upsell offer shows in the popup, an assent also
 * notifies. Findings for a line depend only on the lines before it, so re-running is idempotent.
 */
import { analyseStepwise, type Finding, openOfferText } from '../detectors';
import type { ChatEvent, EventType, Session } from '../model';
import type { DB } from '../store/db';
import { addEvents, getEvents, getMessages, getMessagesFrom, updateSession } from '../store/sessions';
import { getSettings, hostListed } from '../store/settings';
import { patchTabState, type TabAlert } from './tab-state';

const findingKey = (type: string, seq: number | null, value: unknown) =>
  `${type}|${seq}|${String(value ?? '')}`;

/** Events for findings not recorded yet. Pure. */
export function newFindingEvents(
  session: Pick<Session, 'id'>,
  lines: readonly { seq: number; at: string; text: string }[],
  findings: readonly Finding[],
  existing: readonly ChatEvent[],
): ChatEvent[] {
  const have = new Set(
    existing
      .filter((e) => e.detail.source === 'analyser')
      .map((e) => findingKey(e.type, e.seq, e.detail.value)),
  );
  const out: ChatEvent[] = [];
  for (const f of findings) {
    const line = lines[f.i];
    if (!line) continue;
    const k = findingKey(f.label, line.seq, f.value);
    if (have.has(k)) continue;
    have.add(k);
    out.push({
      sessionId: session.id,
      type: f.label as EventType,
      at: line.at,
      seq: line.seq,
      detail: {
        source: 'analyser',
        value: f.value ?? null,
        evidence: f.evidence,
        text: line.text.slice(0, 2000),
      },
    });
  }
  return out;
}

export interface AnalysisDeps {
  now(): number;
  notify?(id: string, title: string, message: string): Promise<void>;
  /** Lets queued work (a capture) run before each analyser; default: the next macrotask. */
  yieldToCaptures?(): Promise<void>;
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

export interface AnalysisResult {
  events: ChatEvent[];
  /** The offer still open, for the inline warning beside the chat's input box. */
  openOffer: string | null;
  /** The last line analysed (seq), for the next incremental pass; -1 when the chat is empty. */
  lastSeq: number;
}

/**
 * Lines before the new ones that an incremental pass reads as context. A pass over a whole chat costs
 * ~0.1 ms a line on the worker's only thread (114 ms at 1,000 lines), and lines stored meanwhile wait
 * for it; with a bounded context a pass costs the same at line 10,000 as at line 200.
 */
export const ANALYSIS_CONTEXT_LINES = 200;

/**
 * Analyses a session and records new findings. With `after` (the last seq analysed by an earlier
 * pass), only lines after it can yield findings, read with ANALYSIS_CONTEXT_LINES lines of context
 * before them; findings are prefix-stable, so for chats within that context this equals a full pass.
 * Without it (first pass since the worker started) the whole chat is read.
 */
export async function runAnalysis(
  db: DB,
  sessionId: string,
  tabId: number | null,
  deps: AnalysisDeps,
  after?: number,
): Promise<AnalysisResult> {
  const messages =
    after === undefined
      ? await getMessages(db, sessionId)
      : await getMessagesFrom(db, sessionId, Math.max(0, after + 1 - ANALYSIS_CONTEXT_LINES));
  const lastSeq = messages.at(-1)?.seq ?? after ?? -1;
  const lines = messages.map((m) => ({ role: m.role, author: m.author, text: m.text, at: m.at }));
  // lines before `after` are context only: their findings were recorded by earlier passes
  const firstNew = after === undefined ? 0 : messages.findIndex((m) => m.seq > after);
  const from = firstNew < 0 ? lines.length : firstNew;
  // one analyser at a time, letting the worker store lines in between: a capture must never wait
  // for a whole pass (capture latency, docs/performance.md)
  const steps = analyseStepwise(lines, { from });
  // also before the first analyser: the capture that scheduled this pass may still be storing
  const pause = deps.yieldToCaptures ?? nextTask;
  let step: IteratorResult<void, Finding[]>;
  do {
    await pause();
    step = steps.next();
  } while (!step.done);
  const findings = step.value.filter((f) => f.i >= from);
  const existing = await getEvents(db, sessionId);
  const fresh = newFindingEvents({ id: sessionId }, messages, findings, existing);
  // the offers the learned scorer added are open offers too; the context lines' are in step.value
  const open = openOfferText(lines, step.value);
  if (fresh.length === 0) return { events: [], openOffer: open, lastSeq };
  const stored = await addEvents(db, fresh);
  const cases = stored.filter((e) => e.type === 'case-number').map((e) => String(e.detail.value));
  const names = stored.filter((e) => e.type === 'agent-name').map((e) => String(e.detail.value));
  const session = await updateSession(db, sessionId, (s) => ({
    ...s,
    caseNumbers: [
      ...s.caseNumbers,
      ...cases.filter((c, i) => !s.caseNumbers.includes(c) && cases.indexOf(c) === i),
    ],
    agents: [...s.agents, ...names.filter((n, i) => !s.agents.includes(n) && names.indexOf(n) === i)],
  }));
  if (tabId !== null && session) await raiseUpsellAlerts(db, session, tabId, stored, deps);
  return { events: stored, openOffer: open, lastSeq };
}

async function raiseUpsellAlerts(
  db: DB,
  session: Session,
  tabId: number,
  evs: ChatEvent[],
  deps: AnalysisDeps,
): Promise<void> {
  const settings = await getSettings(db);
  let host = '';
  try {
    host = new URL(session.url).hostname;
  } catch {}
  if (!settings.upsellAlerts || hostListed(settings.alertsOffSites, host)) return;
  const alerts: TabAlert[] = [];
  for (const e of evs) {
    const text = String(e.detail.text ?? '');
    if (e.type === 'upsell-offer') {
      alerts.push({
        kind: 'upsell-offer',
        sessionId: session.id,
        at: e.at,
        title: 'The rep is offering something you did not ask for',
        message: `“${clip(text)}” — you do not have to accept anything new to get your problem solved.`,
      });
    } else if (e.type === 'upsell-assent') {
      const offer = [...(await getEvents(db, session.id))]
        .filter((x) => x.type === 'upsell-offer' && (x.seq ?? -1) <= (e.seq ?? -1))
        .at(-1);
      const what = offer ? clip(String(offer.detail.text ?? '')) : 'an offer';
      alerts.push({
        kind: 'upsell-assent',
        sessionId: session.id,
        at: e.at,
        title: 'You may have just agreed to an offer',
        message: `Your reply “${clip(text, 60)}” may accept: “${what}”. If you did not mean to, say so in the chat now and ask for it in writing.`,
      });
      await deps
        .notify?.(
          `assent:${session.id}:${e.seq}`,
          'Chatproof: you may have agreed to an offer',
          `Your reply may accept: “${what}”. If you did not mean to, say so now.`,
        )
        .catch(() => {});
    }
  }
  if (alerts.length)
    await patchTabState(tabId, (s) => ({
      ...s,
      alerts: [
        ...s.alerts.filter((a) => !alerts.some((n) => n.kind === a.kind && n.sessionId === a.sessionId)),
        ...alerts,
      ].slice(-10),
    }));
}

function clip(s: string, n = 140): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** Rest after a pass before the next one of the same session, as a multiple of the pass's duration. */
export const ANALYSIS_REST_FACTOR = 2;
/** …never more than this (ms): an offer in a long, fast chat still alerts within a few seconds. */
export const ANALYSIS_REST_MAX_MS = 2000;

/**
 * Runs analysis jobs one at a time per session: a batch stored while its session is being analysed
 * asks for one more run (with the newest job) instead of a second concurrent one, so a fast chat
 * costs one pass per burst, not one per batch, and two passes never race on the same events. A pass
 * reads and analyses the whole chat on the worker's only thread, so before a follow-up pass the queue
 * rests for twice the last pass's duration: analysis takes at most a third of the worker's time and
 * storing new lines (capture latency) never waits behind back-to-back passes.
 */
export function createAnalysisQueue(
  onError: (e: unknown) => void = (e) => console.error(e),
  deps: { now(): number; sleep(ms: number): Promise<void> } = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  },
) {
  const next = new Map<string, (() => Promise<void>) | null>();
  return function schedule(sessionId: string, job: () => Promise<void>): Promise<void> {
    if (next.has(sessionId)) {
      next.set(sessionId, job);
      return Promise.resolve();
    }
    next.set(sessionId, null);
    return (async () => {
      for (let run: (() => Promise<void>) | null = job; run; ) {
        const t = deps.now();
        await run().catch(onError);
        if (next.get(sessionId))
          await deps.sleep(Math.min(ANALYSIS_REST_MAX_MS, (deps.now() - t) * ANALYSIS_REST_FACTOR));
        run = next.get(sessionId) ?? null;
        next.set(sessionId, null);
      }
      next.delete(sessionId);
    })();
  };
}
