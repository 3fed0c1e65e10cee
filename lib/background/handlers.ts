/**
 * Background message handlers: plain functions `(msg, ctx, deps)` that tests call directly.
 * The worker may be stopped at any time: everything here reads its state from IndexedDB or
 * storage.session and writes it back before answering.
 */
import { sharedEndLines } from '../detectors/end-reason';
import type { Broadcast, ContentMessage, UiMessage } from '../messaging';
import { isoLocal } from '../model';
import type { DB } from '../store/db';
import { captureBatch, deleteSessions, recentKeys, updateSession } from '../store/sessions';
import { getSettings, hostListed, saveSettings, setMeta } from '../store/settings';
import { clearBadge, handleSignal, onResume } from './disconnect';
import { importChat } from './import-chat';
import { getTabState, patchTabState } from './tab-state';

export interface BgDeps {
  db(): Promise<DB>;
  /** Injects the recorder into one frame of a tab. */
  inject(tabId: number, frameId: number): Promise<void>;
  broadcast(b: Broadcast): void;
  /** Sends a message to a tab's frames; resolves with the first answer. */
  toTab(tabId: number, msg: unknown): Promise<unknown>;
  /**
   * Called once lines are stored: schedules the analysers and alerts. Never awaited by the capture
   * path (the recorder's answer must not wait for analysis: capture latency); errors are logged.
   */
  afterCapture?(sessionId: string, tabId: number, frameId: number): void;
  /** A frame loaded in a tab: offer the detector to its frames (lib/background/detector-inject.ts). */
  framesAdded?(tabId: number): void;
  now(): number;
  newId(): string;
  /** Shows/clears the "could not save" badge on a tab's toolbar icon. */
  setErrorBadge?(tabId: number, on: boolean): Promise<void>;
}

/**
 * Databases whose `lastError` is known to be clear since this worker started: a successful capture
 * clears it once, not with a write per batch. A failed write forgets it.
 */
const errorCleared = new WeakSet<object>();

async function clearWriteError(tabId: number, deps: BgDeps): Promise<void> {
  const st = await getTabState(tabId);
  if (!st?.error) return;
  await patchTabState(tabId, (s) => ({ ...s, error: null }));
  await deps.setErrorBadge?.(tabId, false).catch(() => {});
}

export interface ContentCtx {
  tabId: number;
  frameId: number;
  tabUrl: string;
  tabTitle: string;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export async function handleContent(msg: ContentMessage, ctx: ContentCtx, deps: BgDeps): Promise<unknown> {
  if (msg.type === 'framesAdded') {
    deps.framesAdded?.(ctx.tabId);
    return { ok: true };
  }
  const db = await deps.db();
  const host = hostOf(ctx.tabUrl);
  switch (msg.type) {
    case 'detectWidget': {
      const settings = await getSettings(db);
      const paused = hostListed(settings.pausedSites, host);
      await patchTabState(
        ctx.tabId,
        (s) => ({
          ...s,
          url: ctx.tabUrl,
          // a vendor seen in any frame names the tab; `generic` never overrides a known vendor
          vendor: s.vendor && msg.vendor === 'generic' ? s.vendor : msg.vendor,
          via: msg.via,
          detectedAt: s.detectedAt ?? isoLocal(deps.now()),
          frames: s.frames.includes(ctx.frameId) ? s.frames : [...s.frames, ctx.frameId],
        }),
        ctx.tabUrl,
      );
      deps.broadcast({ type: 'tabStateChanged', tabId: ctx.tabId });
      if (paused) return { inject: false, paused: true };
      await deps.inject(ctx.tabId, ctx.frameId);
      return { inject: true, paused: false };
    }
    case 'resumeCapture': {
      const settings = await getSettings(db);
      if (hostListed(settings.pausedSites, host)) return { keys: [], paused: true };
      return {
        keys: await recentKeys(db, ctx.tabUrl, msg.vendor, deps.now()),
        paused: false,
        // the recorder's stall timer; the page that went away (reload) is back
        ...(await onResume(ctx, settings)),
      };
    }
    case 'captureMessages': {
      const settings = await getSettings(db);
      if (hostListed(settings.pausedSites, host)) return { ok: true, paused: true };
      let res: Awaited<ReturnType<typeof captureBatch>>;
      try {
        res = await captureBatch(db, {
          tabId: ctx.tabId,
          tabUrl: ctx.tabUrl,
          vendor: msg.vendor,
          title: ctx.tabTitle.slice(0, 500),
          conversationId: msg.conversationId,
          messages: msg.messages,
          history: msg.history === true,
          now: deps.now(),
          newId: deps.newId,
        });
      } catch (e) {
        // Quota or write errors reach the UI; the recorder keeps the lines and retries.
        const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        const at = isoLocal(deps.now());
        // The database may be what is full: the error goes to memory (storage.session) and the badge.
        await patchTabState(ctx.tabId, (s) => ({ ...s, error: { at, message } }), ctx.tabUrl).catch(() => {});
        await deps.setErrorBadge?.(ctx.tabId, true).catch(() => {});
        errorCleared.delete(db);
        await setMeta(db, 'lastError', { at, message }).catch(() => {});
        deps.broadcast({ type: 'tabStateChanged', tabId: ctx.tabId });
        return { ok: false, error: message };
      }
      // The lines are stored: whatever follows is best effort and never reported as a lost write.
      // Each step writes only when something changed: the answer waits for them, and with it the
      // recorder's next batch and an end line's alert (an IndexedDB write per batch here held
      // Firefox's end-line alerts up to 2 s).
      await clearWriteError(ctx.tabId, deps).catch(() => {});
      if (!errorCleared.has(db))
        await setMeta(db, 'lastError', null)
          .then(() => errorCleared.add(db))
          .catch(() => {});
      if (res.session) {
        const sid = res.session.id;
        await patchTabState(
          ctx.tabId,
          (s) =>
            s.sessionId === sid && s.url === ctx.tabUrl ? s : { ...s, sessionId: sid, url: ctx.tabUrl },
          ctx.tabUrl,
        ).catch(() => {});
        // analysis runs after the answer; the open offer reaches the recorder as its own message
        if (res.stored.length) deps.afterCapture?.(sid, ctx.tabId, ctx.frameId);
        deps.broadcast({ type: 'sessionChanged', sessionId: sid, tabId: ctx.tabId });
      }
      return {
        ok: true,
        stored: res.stored.length,
        sessionId: res.session?.id ?? null,
        // the shared end-line match runs here, not on the page's main thread (sharedEndLines)
        ends: sharedEndLines(msg.messages),
      };
    }
    case 'reportSignal': {
      // paused sites record nothing, so nothing ends there either
      const settings = await getSettings(db);
      if (hostListed(settings.pausedSites, host)) return { ok: true, paused: true };
      return handleSignal(msg, ctx, deps);
    }
  }
}

export async function handleUi(msg: UiMessage, deps: BgDeps): Promise<unknown> {
  const db = await deps.db();
  switch (msg.type) {
    case 'getTabState':
      return getTabState(msg.tabId);
    case 'clearAlert':
      await patchTabState(msg.tabId, (s) => ({ ...s, alerts: [] }));
      await clearBadge(msg.tabId);
      return { ok: true };
    case 'updateSession': {
      const s = await updateSession(db, msg.id, (cur) => ({ ...cur, ...msg.patch }));
      if (s) deps.broadcast({ type: 'sessionChanged', sessionId: s.id, tabId: null });
      return { ok: !!s };
    }
    case 'deleteSessions':
      return { ok: true, deleted: await deleteSessions(db, msg.ids) };
    case 'saveSettings':
      return { ok: true, settings: await saveSettings(db, msg.settings) };
    case 'setSitePaused': {
      const cur = await getSettings(db);
      const rest = cur.pausedSites.filter((h) => h !== msg.host);
      return {
        ok: true,
        settings: await saveSettings(db, { pausedSites: msg.paused ? [...rest, msg.host] : rest }),
      };
    }
    case 'insertText':
      return deps.toTab(msg.tabId, { type: 'insertText', text: msg.text });
    case 'importChat': {
      const res = await importChat(db, msg.data, msg.fileName);
      if (res.ok) deps.broadcast({ type: 'sessionChanged', sessionId: res.sessionId, tabId: null });
      return res;
    }
  }
}
