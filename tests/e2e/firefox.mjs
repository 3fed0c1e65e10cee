// Firefox harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the built
// extension installed temporarily. Recipe and pitfalls: ../shared/research/firefox-e2e.md.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { OUT, sleep } from './harness.mjs';

export const FF_EXT = path.join(OUT, 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
export const GECKO_ID = 'chatproof@chatproof.app'; // = browser_specific_settings.gecko.id in wxt.config.ts
export const UUID = '6f1c2a9e-3b7d-4e8a-9c51-0d2e4f6a8b13'; // pinned moz-extension://<UUID>/
export const FF_BASE = `moz-extension://${UUID}`;

export async function launchFirefox(port) {
  if (!fs.existsSync(path.join(FF_EXT, 'manifest.json')))
    throw new Error('run `npm run build:firefox` first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'alerts.useSystemBackend': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'browser.newtabpage.activity-stream.unifiedAds.endpoint': '',
      // every http(s) request goes to the fixture server acting as a proxy for all hostnames:
      // the shop and the vendors' real hosts resolve to it, and Firefox itself reaches nothing else
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.captive-portal-service.enabled': false,
      // Several chat tabs wait out a 20 s grace timer side by side in these tests; Firefox's budget
      // throttling of background tabs (vendor frames count as third-party) can hold such a timer far
      // longer on a loaded machine. The alert latency is measured separately (bench/disconnect-latency.mjs).
      'dom.timeout.enable_budget_timer_throttling': false,
      'dom.min_tracking_background_timeout_value': 1000,
    },
  });
  const id = await browser.installExtension(FF_EXT);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  // With alerts.useSystemBackend=false a notification is a window of its own, and while one is open
  // Firefox's BiDi cannot open a tab ("can't access property "selectedTab",
  // lazy.TabManager.getTabBrowser(...) is undefined": CI on 7163587, and 6 of 6 tries right after a
  // notification here). A new window opens then (4 of 4): the page is the same to the tests.
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (opts) => {
    try {
      return await newPage(opts);
    } catch (e) {
      if (!/getTabBrowser/.test(String(e?.message))) throw e;
      return newPage({ ...opts, type: 'window' });
    }
  };
  return browser;
}

/** Firefox's BiDi sends no events for extension documents (Bug 1755014): poll with evaluate(). */
export async function poll(page, fn, { timeout = 15_000, arg } = {}) {
  const end = Date.now() + timeout;
  for (let last; ; ) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end)
      throw new Error(`timed out polling ${fn}; last=${JSON.stringify(last)?.slice(0, 300)}`);
    await sleep(100);
  }
}

export async function openExtensionPage(page, file) {
  const url = `${FF_BASE}/${file}`;
  page.goto(url, { timeout: 2000 }).catch(() => {}); // the navigation happens; goto() never resolves
  await poll(page, (u) => location.href === u && document.readyState === 'complete', { arg: url });
}
