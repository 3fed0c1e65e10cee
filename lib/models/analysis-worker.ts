/** Runs the analysers off the page's main thread, so a long transcript scrolls while it is analysed. */
import type { ChatEvent, Message, Session } from '../model';
import { analyseChat } from './analysis';

export interface AnalysisRequest {
  id: number;
  session: Session;
  messages: Message[];
  events: ChatEvent[];
  now: number;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(v: unknown): void;
};
scope.onmessage = (e) => {
  const { id, session, messages, events, now } = e.data;
  scope.postMessage({ id, analysis: analyseChat(session, messages, events, now) });
};
