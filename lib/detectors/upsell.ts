import { createOfferTracker } from './offer-tracker';
import { clip } from './text';
import type { Analyser, Finding } from './types';

export { offerSentence } from './offer';
export { createOfferTracker, type OfferStep } from './offer-tracker';

/** `upsell-offer` and `upsell-assent`. */
export const upsell: Analyser = {
  id: 'upsell',
  labels: ['upsell-offer', 'upsell-assent'],
  analyse(lines) {
    const out: Finding[] = [];
    const tracker = createOfferTracker();
    lines.forEach((line, i) => {
      const s = tracker.step(line);
      if (s.offer) out.push({ i, label: 'upsell-offer', evidence: clip(s.offer) });
      if (s.assent) out.push({ i, label: 'upsell-assent', evidence: clip(line.text) });
    });
    return out;
  },
};
