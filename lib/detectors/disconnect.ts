import { matchDisconnect } from './phrases/disconnect';
import type { Analyser, Finding } from './types';

/**
 * `disconnect`: a line saying the chat ended, the agent left, the connection dropped or the
 * session timed out. Customer lines are skipped: a person writing "it disconnected me last
 * time" is telling a story, not reporting this chat's end.
 */
export const disconnect: Analyser = {
  id: 'disconnect',
  labels: ['disconnect'],
  analyse(lines) {
    const out: Finding[] = [];
    lines.forEach((line, i) => {
      if (line.role === 'customer') return;
      const m = matchDisconnect(line.text);
      if (m) out.push({ i, label: 'disconnect', evidence: `${m.reason}: "${m.phrase}"` });
    });
    return out;
  },
};
