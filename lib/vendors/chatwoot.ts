/**
 * Chatwoot (../shared/vendors.md §3.24, confidence high): cross-origin frame
 * `iframe#chatwoot_live_chat_widget` served from the Chatwoot host (`<baseUrl>/widget`). Message DOM
 * from chatwoot/chatwoot app/javascript/widget/components/*.vue: every message has id `cwmsg-<id>`.
 */
import { defineAdapter } from './define';

export default defineAdapter({
  id: 'chatwoot',
  name: 'Chatwoot',
  // the widget app's conversation scroller (Vue component ConversationWrap)
  root: ['.conversation-wrap'],
  // agent and visitor wrappers; both carry the `cwmsg-<id>` id
  // activity lines (assigned/resolved) are not documented in vendors.md: `.activity-message-wrap` is assumed
  item: '.agent-message-wrap, .user-message-wrap, .activity-message-wrap',
  role: (el) =>
    el.matches('.user-message-wrap')
      ? 'customer'
      : el.matches('.activity-message-wrap')
        ? 'system'
        : el.querySelector('.agent-name')
          ? 'agent'
          : 'bot',
  author: '.agent-name',
  text: '.chat-bubble',
  // the id sits on the wrapper in current builds
  messageId: (el) =>
    el.id.startsWith('cwmsg-') ? el.id.slice(6) : (el.querySelector('[id^="cwmsg-"]')?.id.slice(6) ?? null),
  chrome: ['.message-status', '.time-stamp', '.avatar-wrap'],
  composer: ['textarea.user-message-input', '.chat-message--input textarea'],
  endPrompt: ['.csat--wrap', '.new-conversation-button'],
  endLines: ['conversation was resolved', 'rate your conversation'],
  containers: ['.woot-widget-holder'],
});
