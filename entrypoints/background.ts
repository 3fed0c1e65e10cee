import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalysisQueue, runAnalysis } from '../lib/background/analysis';
import { createContentGate } from '../lib/background/content-gate';
import { createDetectorInjector } from '../lib/background/detector-inject';
import { onNotificationClicked, onTabNavigated, onTabRemoved } from '../lib/background/disconnect';
import { handleContent, handleUi } from '../lib/background/handlers';
import { RETENTION_ALARM, runRetention } from '../lib/background/retention';
import { clearTabState } from '../lib/background/tab-state';
import { PORT_NAME, parseMessage, parsePortRequest } from '../lib/messaging';
import { getDb } from '../lib/store/db';

const DETECTOR_OFFERED = 'detectorOfferedToOpenTabs';
/** storage.session key of a tab's waiting detector injection (its due time, epoch ms). */
const DETECTOR_DUE = 'detectorDue:';
/**
 * Wakes a worker that was stopped while a detector injection waited, this long after it was due.
 * Nothing else may wake it: the page has no detector yet to send a message. (Chrome runs alarms of a
 * packed extension 30 s apart at the soonest; the stored chat lines are read again on arrival.)
 */
const DETECTOR_ALARM = 'detector-due';
const DETECTOR_WAKE_MS = 1000;

export default defineBackground(() => {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  let rejected = 0;
  const analyse = createAnalysisQueue((e) => console.error('chatproof: analysis failed', e));
  /** The open offer each recorder frame was last told about ("tab:frame"), so it is sent on change only. */
  const toldOffer = new Map<string, string | null>();
  /** The last line each session's analysis has seen (seq): later passes read only what follows. */
  const analysedTo = new Map<string, number>();
  // captures and signals run their storage steps without an analyser step between each
  const gate = createContentGate();
  const detector = createDetectorInjector({
    inject: async (tabId) => {
      await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        files: ['/detector.js'],
      });
    },
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    // a tab that cannot be scripted (the Web Store, an error page) or that closed meanwhile
    onError: (e) => console.debug('chatproof: detector not injected', e),
    // a worker stopped while an injection waited: the next one runs it (restore, below). The alarm
    // goes as soon as nothing waits, so it never wakes a worker for nothing (a packed extension's
    // alarm fires 30 s on at the soonest, long after the injection ran).
    remember: (tabId, dueAt) => {
      const key = `${DETECTOR_DUE}${tabId}`;
      const soonest = detector.nextDue();
      void Promise.all([
        dueAt === null ? browser.storage.session.remove(key) : browser.storage.session.set({ [key]: dueAt }),
        soonest === null
          ? browser.alarms.clear(DETECTOR_ALARM)
          : browser.alarms.create(DETECTOR_ALARM, { when: soonest + DETECTOR_WAKE_MS }),
      ]).catch((e) => console.error('chatproof: detector wait not kept', e));
    },
  });
  /** Runs the detector injections a stopped worker left waiting (idempotent). */
  const restoreDue = async () => {
    const got = await browser.storage.session.get(null);
    const due: [number, number][] = [];
    for (const [k, v] of Object.entries(got))
      if (k.startsWith(DETECTOR_DUE) && typeof v === 'number')
        due.push([Number(k.slice(DETECTOR_DUE.length)), v]);
    detector.restore(due);
  };
  const deps = {
    db: getDb,
    framesAdded: (tabId: number) => detector.framesAdded(tabId),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    afterCapture: (sessionId: string, tabId: number, frameId: number) =>
      void analyse(sessionId, async () => {
        const { events, openOffer, lastSeq } = await runAnalysis(
          await getDb(),
          sessionId,
          tabId,
          {
            now: () => Date.now(),
            yieldToCaptures: gate.idle,
            notify: async (id, title, message) => {
              await browser.notifications.create(id, {
                type: 'basic',
                iconUrl: browser.runtime.getURL('/icon/128.png'),
                title,
                message,
              });
            },
          },
          analysedTo.get(sessionId),
        );
        analysedTo.set(sessionId, lastSeq);
        // findings and alerts arrive after the capture's own broadcast: the popup and dashboard refresh again
        if (events.length) {
          deps.broadcast({ type: 'sessionChanged', sessionId, tabId });
          deps.broadcast({ type: 'tabStateChanged', tabId });
        }
        const key = `${tabId}:${frameId}`;
        if (toldOffer.get(key) === openOffer) return;
        toldOffer.set(key, openOffer);
        // not awaited: the next analysis of this chat must never wait on a frame's answer
        void browser.tabs
          .sendMessage(tabId, { type: 'openOffer', offer: openOffer }, { frameId })
          .catch(() => {
            toldOffer.delete(key); // the frame is gone or not listening yet: tell it next time
          });
      }),
    inject: async (tabId: number, frameId: number) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/content-scripts/recorder.js'],
      });
    },
    broadcast: (b: unknown) => void browser.runtime.sendMessage(b).catch(() => {}),
    toTab: (tabId: number, msg: unknown) => browser.tabs.sendMessage(tabId, msg),
    setErrorBadge: async (tabId: number, on: boolean) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
      await browser.action.setBadgeText({ tabId, text: on ? '!' : '' });
      await browser.action.setTitle({
        tabId,
        title: on ? 'Chatproof could not save the chat (disk full?)' : 'Chatproof',
      });
    },
  };
  const reject = (reason: string) => {
    // forged or malformed: ignored and counted, never answered
    rejected++;
    console.debug(`chatproof: rejected message (${reason}); ${rejected} so far`);
    return undefined;
  };
  const handle = (
    raw: unknown,
    sender: Parameters<typeof parseMessage>[1] & { tab?: { title?: string } },
  ) => {
    const p = parseMessage(raw, sender, self);
    if (!p.ok) return reject(p.reason);
    if (p.from === 'content')
      return gate.track(
        handleContent(
          p.msg,
          { tabId: p.tabId, frameId: p.frameId, tabUrl: p.tabUrl, tabTitle: sender.tab?.title ?? '' },
          deps,
        ),
      );
    return handleUi(p.msg, deps);
  };
  browser.runtime.onMessage.addListener((raw, sender) => handle(raw, sender));
  // The recorder's port (lib/recorder/port.ts): the same messages and checks, answered by request id.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME || !port.sender?.tab) {
      port.disconnect();
      return;
    }
    const sender = port.sender;
    port.onMessage.addListener((raw) => {
      const req = parsePortRequest(raw);
      if (!req) return void reject('not a port request');
      const answer = handle(req.msg, sender);
      if (answer === undefined) return;
      const reply = (m: object) => {
        try {
          port.postMessage({ re: req.id, ...m });
        } catch {} // the page went away meanwhile: nobody to tell
      };
      void Promise.resolve(answer).then(
        (res) => reply({ res }),
        (e) => {
          // answered at once, as a rejected sendMessage would be: the recorder keeps its lines and retries
          console.error('chatproof: request failed', e);
          reply({ error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
        },
      );
    });
  });
  // Disconnects (issue 4): a chat in a closed or left tab ends as tab-closed (no alert), then the tab's
  // state goes; a notification click opens the transcript.
  const logError = (e: unknown) => console.error('chatproof: disconnect handling failed', e);
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const k of toldOffer.keys()) if (k.startsWith(`${tabId}:`)) toldOffer.delete(k);
    detector.tabRemoved(tabId);
    void onTabRemoved(tabId, deps)
      .catch(logError)
      .finally(() => clearTabState(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) void onTabNavigated(tabId, change.url, deps).catch(logError);
    if (change.status) detector.tabUpdated(tabId, change.status, tab.url);
  });
  // Tabs open before the extension was installed, updated, enabled or the browser started get the
  // detector now: once per extension run (storage.session is emptied when the extension unloads).
  void restoreDue().catch(logError);
  void browser.storage.session
    .get(DETECTOR_OFFERED)
    .then(async (got) => {
      if (got[DETECTOR_OFFERED]) return;
      await browser.storage.session.set({ [DETECTOR_OFFERED]: true });
      for (const t of await browser.tabs.query({}))
        if (t.id !== undefined) detector.existingTab(t.id, t.status, t.url);
    })
    .catch(logError);
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(logError));
  // Daily retention clean-up (off unless the person sets a number of days).
  // (created once: re-creating it on every worker wake would keep pushing it back)
  void browser.alarms.get(RETENTION_ALARM).then(async (a) => {
    if (!a) await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((a) => {
    // a worker this alarm woke restores at its start as well; restoring twice injects nothing twice
    if (a.name === DETECTOR_ALARM) void restoreDue().catch(logError);
    if (a.name !== RETENTION_ALARM) return;
    void getDb()
      .then((db) => runRetention(db, Date.now()))
      .then((ids) => {
        for (const sessionId of ids) deps.broadcast({ type: 'sessionChanged', sessionId, tabId: null });
      })
      .catch((e) => console.error('chatproof: retention failed', e));
  });
});
