import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { FRAME_HOST_PATTERNS } from './lib/vendors/signatures';

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
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    ...(browser !== 'firefox' && { minimum_chrome_version: '111' }),
  }),
  hooks: {
    // Frame hosts are listed for documentation/tests; <all_urls> already covers them.
    'build:manifestGenerated': (_wxt, manifest) => {
      void FRAME_HOST_PATTERNS;
      void manifest;
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
