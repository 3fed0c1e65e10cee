import { trackOffers } from './offer-tracker';
import { clip } from './text';
import type { Analyser, Finding, Line } from './types';

export { offerSentence } from './offer';
export { createOfferTracker, type OfferStep, trackOffers } from './offer-tracker';

/**
 * The rules' `upsell-offer` and `upsell-assent` findings, with `scored` the lines where the learned
 * scorer found an offer and `assents` those where it found an assent: an offer it found opens like
 * the rules' own and an assent it found accepts the open offer, but those lines' findings are the
 * scorer's (index.ts).
 */
export function upsellFindings(
  lines: readonly Line[],
  scored?: ReadonlySet<number>,
  assents?: ReadonlySet<number>,
): Finding[] {
  const out: Finding[] = [];
  trackOffers(lines, scored, assents).steps.forEach((s, i) => {
    if (s.offer && !scored?.has(i)) out.push({ i, label: 'upsell-offer', evidence: clip(s.offer) });
    if (s.assent && !assents?.has(i)) out.push({ i, label: 'upsell-assent', evidence: clip(lines[i]!.text) });
  });
  return out;
}

/** `upsell-offer` and `upsell-assent`. */
export const upsell: Analyser = {
  id: 'upsell',
  labels: ['upsell-offer', 'upsell-assent'],
  analyse: (lines) => upsellFindings(lines),
};
