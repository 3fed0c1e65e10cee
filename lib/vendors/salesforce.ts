/**
 * Salesforce Embedded Service Chat, the legacy snap-in (../shared/vendors.md §3.7, confidence high):
 * rendered into the page by Aura/LWC with light-DOM classes. Messages are
 * `ul.messageWrapper > li.chatMessage.agent|.chasitor` (chasitor = the visitor) with the agent's
 * name in `.agentName` and the time in `.timeContent`; system events are
 * `.embeddedServiceLiveAgentStateChatEventMessage`. `data-aura-rendered-by` is a render counter, not a
 * message id, so lines are keyed by content.
 */

import { defineAdapter } from './define';
import type { RawMessage } from './types';

/** Later bubbles of an agent's group leave `.agentName` empty (§3.7 fixture: rich-menu item). */
function readAuthor(el: Element, role: string, prev: RawMessage | undefined): string | null {
  if (role !== 'agent') return null;
  const name = el.querySelector('.agentName')?.textContent?.trim();
  if (name) return name;
  return prev?.role === 'agent' ? prev.author : null;
}

export default defineAdapter({
  id: 'salesforce',
  name: 'Salesforce Embedded Chat (legacy)',
  // the chat state's list; older builds had no `.messageArea` wrapper around it
  root: ['.embeddedServiceLiveAgentStateChat ul.messageWrapper', '.sidebarBody ul.messageWrapper'],
  // every line is an li of the list (agent, chasitor, event, rich menu)
  item: 'ul.messageWrapper > li',
  role: (el) =>
    el.matches('.embeddedServiceLiveAgentStateChatEventMessage') ||
    el.querySelector('.embeddedServiceLiveAgentStateChatEventMessage, .eventMessage')
      ? 'system'
      : el.matches('.chasitor')
        ? 'customer'
        : el.matches('.agent')
          ? 'agent'
          : null,
  readAuthor,
  // body: `.chatContent` (plain-text variant `.plaintextContent`); event lines: `.eventMessage`
  text: '.chatContent, .plaintextContent, .eventMessage',
  chrome: [
    // avatar with its assistive text, rich-menu assistive text and buttons, name/time row
    '.embeddedServiceLiveAgentStateChatAvatar',
    '.assistiveText',
    '.slds-assistive-text',
    '.rich-menu-items',
    '.nameAndTimeContent',
  ],
  time: '.timeContent',
  composer: ['textarea.chasitorText', '.chasitorInputWrapper textarea'],
  // post-chat area shown when the chat is over (§3.7)
  endPrompt: ['.endChatContainer', '.postChatButton', '.endChatButton'],
  // §3.7 quotes the docs, not the UI: onIdleTimeoutOccurred "the visitor sees a message that the chat
  // has ended", onConnectionError "connection to the agent is lost"; the localised UI strings are unknown
  endLines: ['chat has ended', 'connection to the agent is lost'],
  containers: ['.embeddedServiceSidebar', '.embeddedServiceHelpButton'],
});
