import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { runAnalysis } from '../lib/background/analysis';
import { onNotificationClicked, onTabNavigated, onTabRemoved } from '../lib/background/disconnect';
import { handleContent, handleUi } from '../lib/background/handlers';
import { RETENTION_ALARM, runRetention } from '../lib/background/retention';
import { clearTabState } from '../lib/background/tab-state';
import { parseMessage } from '../lib/messaging';
import { getDb } from '../lib/store/db';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  let rejected = 0;
  const deps = {
    db: getDb,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    afterCapture: async (sessionId: string, tabId: number) =>
      runAnalysis(await getDb(), sessionId, tabId, {
        now: () => Date.now(),
        notify: async (id, title, message) => {
          await browser.notifications.create(id, {
            type: 'basic',
            iconUrl: browser.runtime.getURL('/icon/128.png'),
            title,
            message,
          });
        },
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
  browser.runtime.onMessage.addListener((raw, sender) => {
    const p = parseMessage(raw, sender, self);
    if (!p.ok) {
      // forged or malformed: ignored and counted, never answered
      rejected++;
      console.debug(`chatproof: rejected message (${p.reason}); ${rejected} so far`);
      return undefined;
    }
    if (p.from === 'content')
      return handleContent(
        p.msg,
        { tabId: p.tabId, frameId: p.frameId, tabUrl: p.tabUrl, tabTitle: sender.tab?.title ?? '' },
        deps,
      );
    return handleUi(p.msg, deps);
  });
  // Disconnects (issue 4): a chat in a closed or left tab ends as tab-closed (no alert), then the tab's
  // state goes; a notification click opens the transcript.
  const logError = (e: unknown) => console.error('chatproof: disconnect handling failed', e);
  browser.tabs.onRemoved.addListener(
    (tabId) =>
      void onTabRemoved(tabId, deps)
        .catch(logError)
        .finally(() => clearTabState(tabId)),
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabNavigated(tabId, change.url, deps).catch(logError);
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).catch(logError));
  // Daily retention clean-up (off unless the person sets a number of days).
  // (created once: re-creating it on every worker wake would keep pushing it back)
  void browser.alarms.get(RETENTION_ALARM).then(async (a) => {
    if (!a) await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name !== RETENTION_ALARM) return;
    void getDb()
      .then((db) => runRetention(db, Date.now()))
      .then((ids) => {
        for (const sessionId of ids) deps.broadcast({ type: 'sessionChanged', sessionId, tabId: null });
      })
      .catch((e) => console.error('chatproof: retention failed', e));
  });
});
