import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Explicit imports only (imports: false): every dependency is grep-able.
export default defineConfig({
  imports: false,
  // Parallel builds (several test runs on one machine) can each use their own output folder.
  outDir: process.env.CHATPROOF_OUT_DIR ?? '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Chatproof',
    description:
      'Records support chats on this computer, alerts you when a chat is cut off, and exports tamper-evident evidence.',
    // storage: settings mirror read by nothing but the extension; notifications: disconnect alerts;
    // scripting: inject the recorder only into frames where a chat widget was detected;
    // unlimitedStorage: evidence must never be evicted; alarms: coarse housekeeping (reminders, retention).
    permissions: ['storage', 'notifications', 'scripting', 'unlimitedStorage', 'alarms'],
    // The recorder is injected into the frame that shows the chat (any site, and the vendors' own hosts).
    host_permissions: ['<all_urls>'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Chatproof', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'chatproof@chatproof.app',
          // 140: data_collection_permissions (Firefox's data-consent key) needs it
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    ...(browser !== 'firefox' && { minimum_chrome_version: '111' }),
  }),
  // CHATPROOF_NO_MINIFY=1 keeps names readable for profiling (bench/).
  vite: () => ({
    plugins: [preact(), noInnerHtml()],
    ...(process.env.CHATPROOF_NO_MINIFY && { build: { minify: false } }),
  }),
});

/**
 * Chatproof renders captured text only as text. Preact's one HTML sink is dangerouslySetInnerHTML,
 * which no component uses: this plugin turns it into an error at run time, so a future mistake
 * cannot render a vendor's text as HTML (and addons-linter sees no innerHTML assignment). The build
 * fails if the pinned Preact changes shape, rather than silently keeping the sink.
 */
function noInnerHtml(): Plugin {
  const SINK = '(t.innerHTML=h.__html)';
  return {
    name: 'chatproof:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      if (!code.includes(SINK))
        throw new Error('chatproof: Preact changed; update noInnerHtml() in wxt.config.ts');
      return code.replace(
        SINK,
        "(()=>{throw new Error('dangerouslySetInnerHTML is disabled in Chatproof')})()",
      );
    },
  };
}
