/** What the person should do next when an alert fires: calm, short, concrete. */
import type { TabAlert } from '../background/tab-state';

export interface Advice {
  heading: string;
  steps: string[];
  tone: 'danger' | 'warn' | 'info';
}

export const ALERT_ADVICE: Record<TabAlert['kind'], Advice> = {
  disconnect: {
    heading: 'The chat was cut off',
    tone: 'danger',
    steps: [
      'Everything said so far is saved on this computer.',
      'Export it now, then start a new chat.',
      'Paste the catch-up summary from the case file so you don’t have to start over.',
    ],
  },
  'upsell-offer': {
    heading: 'You were offered something to buy',
    tone: 'warn',
    steps: [
      'You don’t have to decide in the chat.',
      'Ask for the price, the contract length and any cancellation terms in writing.',
      'Then bring the chat back to your problem.',
    ],
  },
  'upsell-assent': {
    heading: 'You may have just agreed to an offer',
    tone: 'warn',
    steps: [
      'If you didn’t mean to, say so now: “I do not agree to this offer. Please don’t add it to my account.”',
      'The moment is saved in your record.',
    ],
  },
  stalled: {
    heading: 'No answer for a while',
    tone: 'info',
    steps: ['Ask whether they are still there.', 'Ask for a case number now, in case the chat drops.'],
  },
};
