/**
 * Detection signatures for every vendor in ../shared/vendors.md, as plain data.
 * Imported by the always-on detector, so keep it lean: ids, hosts and selectors only.
 * `adapter: true` vendors have a full adapter in lib/vendors/<id>.ts; the others are recorded by
 * the generic recorder once detected. Selectors prefer ids, names, titles and data-* (§1.6).
 */
import type { VendorSignature } from './types';

export const SIGNATURES: readonly VendorSignature[] = [
  {
    id: 'intercom',
    name: 'Intercom',
    adapter: true,
    // page: launcher/frames; inside the messenger frame: the shim's container (§3.1)
    selectors: [
      'script[src*="widget.intercom.io"]',
      'iframe[name="intercom-messenger-frame"]',
      '#intercom-container',
      '.intercom-lightweight-app',
    ],
  },
  {
    id: 'zendesk',
    name: 'Zendesk Web Widget (classic)',
    adapter: true,
    // page: frame ids; inside #webWidget: CSS-module classes keep their local name (§3.2), and the
    // chat composer (textarea name="chatBox", 2022 source) is there before the first message
    selectors: [
      'iframe#webWidget',
      'iframe#launcher.zEWidget-launcher',
      '[class*="messageAgent-"]',
      '[class*="messageUser-"]',
      'textarea[name="chatBox"]',
    ],
  },
  {
    id: 'zendesk-messaging',
    name: 'Zendesk Messaging',
    adapter: true,
    selectors: [
      'iframe[title="Messaging window"]',
      'div[role="dialog"][aria-label="Messaging window"]',
      '#composer-input',
    ],
  },
  {
    id: 'zopim',
    name: 'Zendesk Chat (Zopim, legacy)',
    adapter: false,
    selectors: ['script[src*="zopim.com"]', '.zopim'],
  },
  {
    id: 'livechat',
    name: 'LiveChat',
    adapter: true,
    frameHosts: ['secure.livechatinc.com', 'secure-fra.livechatinc.com', 'secure.livechatenterprise.com'],
    selectors: ['#chat-widget-container', 'iframe#chat-widget', 'script[src*="cdn.livechatinc.com"]'],
  },
  {
    id: 'drift',
    name: 'Drift',
    adapter: true,
    frameHosts: ['js.driftt.com'],
    selectors: [
      '#drift-widget-container',
      'iframe#drift-frame-chat',
      'iframe.drift-frame-chat',
      'script[src*="js.driftt.com"]',
    ],
  },
  {
    id: 'salesforce',
    name: 'Salesforce Embedded Chat (legacy)',
    adapter: true,
    selectors: ['.embeddedServiceSidebar', '.embeddedServiceHelpButton', 'script[src*="esw.min.js"]'],
  },
  {
    id: 'salesforce-miaw',
    name: 'Salesforce Messaging for In-App and Web',
    adapter: true,
    frameHosts: ['my.site.com', 'my.salesforce-sites.com'],
    selectors: [
      'iframe#embeddedMessagingFrame',
      'div.embedded-messaging',
      '#embeddedMessagingConversationButton',
    ],
  },
  {
    id: 'hubspot',
    name: 'HubSpot chat',
    adapter: true,
    frameHosts: ['app.hubspot.com', 'app-eu1.hubspot.com'],
    selectors: [
      '#hubspot-messages-iframe-container',
      'iframe#hubspot-conversations-iframe',
      '#hubspot-conversations-inline-parent',
    ],
  },
  {
    id: 'freshchat',
    name: 'Freshchat',
    adapter: true,
    selectors: ['#fc_frame', 'iframe#fc_widget', '#app-conversation-editor', '#freshworks-container'],
  },
  {
    id: 'tawk',
    name: 'Tawk.to',
    adapter: true,
    // v4 frames are srcdoc with random ids: find them by content (§1.2)
    selectors: [
      'script[src*="embed.tawk.to"]',
      '.tawk-chat-panel',
      '#tawkchat-container',
      '.tawk-min-container',
    ],
  },
  {
    id: 'crisp',
    name: 'Crisp',
    adapter: true,
    selectors: ['#crisp-chatbox', '.crisp-client', 'script[src*="client.crisp.chat"]'],
  },
  {
    id: 'olark',
    name: 'Olark',
    adapter: true,
    selectors: ['#olark-wrapper', '#habla_window_div', 'script[src*="olark.com"]'],
  },
  {
    id: 'tidio',
    name: 'Tidio',
    adapter: true,
    // inside iframe#tidio-chat-iframe every element has a hashed `tidio-xxxxxx` class (§3.14)
    selectors: [
      '#tidio-chat',
      'iframe#tidio-chat-iframe',
      'script[src*="code.tidio.co"]',
      '[class*="tidio-"]',
    ],
  },
  {
    id: 'liveperson',
    name: 'LivePerson',
    adapter: true,
    selectors: ['#lpChat', '[data-lp-point="lines_area"]', '.lpc_message'],
  },
  {
    id: 'genesys',
    name: 'Genesys Cloud Messenger',
    adapter: true,
    frameHosts: [
      'apps.mypurecloud.com',
      'apps.mypurecloud.ie',
      'apps.mypurecloud.de',
      'apps.mypurecloud.jp',
      'apps.mypurecloud.com.au',
      'apps.usw2.pure.cloud',
      'apps.cac1.pure.cloud',
      'apps.euw2.pure.cloud',
    ],
    selectors: ['iframe#genesys-mxg-container-frame', 'iframe#genesys-mxg-frame'],
  },
  {
    id: 'zoho-salesiq',
    name: 'Zoho SalesIQ',
    adapter: true,
    // inside iframe#siqiframe: the window ribbon and its icon-font controls (§3.17)
    selectors: [
      '#zsiqwidget',
      'iframe#siqiframe',
      '#zsiq_float',
      '[data-id="zsalesiq"]',
      '#window-ribbon',
      '.win_close.sqico-larrow',
    ],
  },
  {
    id: 'helpscout',
    name: 'Help Scout Beacon',
    adapter: true,
    // inside the Beacon frame: Help Scout design-system messages in the embed theme (hsds-react Message)
    // and the Beacon's own data-cy names (assumed, see docs/vendors/helpscout.md)
    selectors: [
      '#beacon-container',
      'script[src*="beacon-v2.helpscout.net"]',
      '.c-Message.is-theme-embed',
      '[data-cy^="Beacon"]',
    ],
  },
  {
    id: 'gorgias',
    name: 'Gorgias',
    adapter: true,
    selectors: [
      '#gorgias-chat-container',
      '#gorgias-chat-widget-install-v2',
      '#gorgias-web-messenger-container',
      // inside iframe#chat-window: emotion classes under the key "gorgias-chat-key" (observed)
      '[class*="gorgias-chat-key-"]',
    ],
  },
  {
    id: 'kustomer',
    name: 'Kustomer',
    adapter: false,
    selectors: ['iframe#kustomer-ui-sdk-iframe', 'script[src*="kustomerapp.com"]'],
  },
  {
    id: 'twilio-flex',
    name: 'Twilio Flex Webchat',
    adapter: true,
    selectors: ['#twilio-webchat-widget-root', '.Twilio-MainContainer', '.Twilio-MessagingCanvas'],
  },
  {
    id: 'amazon-connect',
    name: 'Amazon Connect chat',
    adapter: true,
    selectors: [
      '#amazon-connect-chat-widget',
      'iframe#amazon-connect-chat-widget-iframe',
      '[data-testid="amazon-connect-chat-wrapper"]',
    ],
  },
  {
    id: 'dynamics365',
    name: 'Microsoft Dynamics 365 live chat',
    adapter: true,
    // the chat frame's CDN host is not verified in vendors.md §3.23; the bootstrapper's CDN is assumed
    frameHosts: ['oc-cdn-ocprod.azureedge.net'],
    selectors: [
      'iframe#Microsoft_Omnichannel_LCWidget_Chat_Iframe_Window',
      'script#Microsoft_Omnichannel_LCWidget',
      '#MSLiveChatWidget',
    ],
  },
  {
    id: 'chatwoot',
    name: 'Chatwoot',
    adapter: true,
    frameHosts: ['app.chatwoot.com'],
    selectors: ['.woot-widget-holder', 'iframe#chatwoot_live_chat_widget'],
  },
  {
    id: 'gladly',
    name: 'Gladly',
    adapter: true,
    selectors: ['#gladlyChat_container', 'script[src*="gladly.com"]'],
  },
  { id: 'smartsupp', name: 'Smartsupp', adapter: false, selectors: ['#smartsupp-widget-container'] },
  { id: 'jivochat', name: 'JivoChat', adapter: false, selectors: ['jdiv', '#jivo-iframe-container'] },
  {
    id: 'userlike',
    name: 'Userlike',
    adapter: false,
    selectors: ['script[src*="userlike"]', '[id^="userlike"]'],
  },
  { id: 'comm100', name: 'Comm100', adapter: false, selectors: ['#comm100-container'] },
  { id: 'front', name: 'Front Chat', adapter: false, selectors: ['iframe#front-chat-iframe'] },
  { id: 'reamaze', name: 'Re:amaze', adapter: false, selectors: ['#reamazejs-container'] },
  {
    id: 'helpcrunch',
    name: 'HelpCrunch',
    adapter: false,
    selectors: ['iframe[name="helpcrunch-iframe"]', '.helpcrunch-iframe-wrapper'],
  },
  { id: 'sprinklr', name: 'Sprinklr', adapter: false, selectors: ['iframe#spr-live-chat-frame'] },
  { id: 'nuance', name: 'Nuance', adapter: false, selectors: ['#nuanMessagingFrame', 'iframe#inqChatStage'] },
];
