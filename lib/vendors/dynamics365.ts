/**
 * Microsoft Dynamics 365 Omnichannel live chat widget, LCW (../shared/vendors.md §3.23, confidence
 * medium-high): the bootstrapper (`script#Microsoft_Omnichannel_LCWidget`) adds the cross-origin frame
 * `iframe#Microsoft_Omnichannel_LCWidget_Chat_Iframe_Window`, served from Microsoft's CDN (the exact host
 * is not verified in vendors.md; `oc-cdn-ocprod.azureedge.net`, the bootstrapper's CDN, is assumed).
 * Inside, the React widget (microsoft/omnichannel-chat-widget) renders `#MSLiveChatWidget` with a
 * BotFramework WebChat transcript `.webchat__basic-transcript`; received vs sent activities are wrapped
 * in `.ms_lcw_webchat_received_message` / `.ms_lcw_webchat_sent_message` (chat-widget Constants.ts),
 * system messages render a markdown body `webchat__basic-transcript__activity-markdown-body`.
 * OBSERVED in public automation tests (beyond vendors.md): activities are `ul > li`, sent bubbles are
 * `.webchat__bubble--from-user[role="group"]`, system lines `.oclcw-web-chat-system-message`, the status
 * row `.oclcw-web-chat-activityStatus-timestampContent` ("Sent" + time), a "Start new conversation" button.
 * WebChat ids are per render, not per message: lines are aligned by content.
 */
import type { Role } from '../model';
import { textOf } from '../recorder/text';
import { defineAdapter } from './define';

const SYSTEM = '.oclcw-web-chat-system-message, .webchat__basic-transcript__activity-markdown-body';

function roleOf(el: Element): Role | null {
  if (el.querySelector(SYSTEM)) return 'system';
  if (el.querySelector('.ms_lcw_webchat_sent_message, .webchat__bubble--from-user')) return 'customer';
  // bots (Copilot Studio) post through the same received wrapper: they read as agents
  if (el.querySelector('.ms_lcw_webchat_received_message, .webchat__bubble')) return 'agent';
  return null; // typing indicator, attachment still uploading
}

export default defineAdapter({
  id: 'dynamics365',
  name: 'Microsoft Dynamics 365 live chat',
  root: [
    // §3.23: the widget container and WebChat's transcript
    '#MSLiveChatWidget .webchat__basic-transcript',
    '.webchat__basic-transcript',
  ],
  // WebChat's activity items (observed `ul > li`)
  item: '.webchat__basic-transcript__activity',
  role: roleOf,
  // observed: the sender's name leads the status row of a received activity, once per run of one sender
  readAuthor: (el, role, prev) => {
    if (role !== 'agent' && role !== 'bot') return null;
    return textOf(el, '.oclcw-web-chat-activityStatus-name') ?? (prev?.role === role ? prev.author : null);
  },
  // only the bubble (or the system line's body) is text: avatar initials, the status row with name, time
  // and "Sent", and WebChat's screen-reader-only "X said:" summary sit outside it
  text: '.webchat__bubble__content, .webchat__basic-transcript__activity-markdown-body',
  chrome: ['.webchat__screen-reader-only', '.webchat__activity-status'],
  composer: ['textarea[data-id="webchat-sendbox-input"]', 'input[data-id="webchat-sendbox-input"]'],
  // observed: "Start new conversation" after the chat ends; the post-chat survey link
  endPrompt: ['button[aria-label="Start new conversation"]', '#webChatProvideFeedbackSurveyLink'],
  // WebChat toasts (`webchat__toast__dismissButton`, §3.23) and LCW's notification pane (observed)
  offline: ['.webchat__toast', '[aria-label="Notification"]'],
  // §3.23 strings (defaultMiddlewareLocalizedTexts.ts, Constants.ts)
  endLines: [
    'your conversation has been disconnected',
    'chat disconnected',
    'unable to connect—please check your internet connection',
    'has ended the conversation',
  ],
  containers: ['iframe#Microsoft_Omnichannel_LCWidget_Chat_Iframe_Window'],
});
