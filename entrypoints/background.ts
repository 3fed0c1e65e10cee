import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContent, handleUi } from '../lib/background/handlers';
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
      await browser.action.setTitle({ tabId, title: on ? 'Chatproof could not save the chat (disk full?)' : 'Chatproof' });
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
      return handleContent(p.msg, { tabId: p.tabId, frameId: p.frameId, tabUrl: p.tabUrl, tabTitle: sender.tab?.title ?? '' }, deps);
    return handleUi(p.msg, deps);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});
