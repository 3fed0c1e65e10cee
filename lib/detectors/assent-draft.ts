/**
 * Is this draft (text typed in the chat's input box, not sent yet) an assent — "yes", "ok", "sure"
 * — that would accept an open upsell offer if sent? Pure; used by the inline warning beside the
 * input. Deliberately short drafts only: a long message explains itself.
 */
export const ASSENT_DRAFT_MAX_CHARS = 80;
const ASSENT =
  /^(?:y(?:es|ea|eah|ep|up)|ok(?:ay)?|k|sure|fine|alright|all right|sounds (?:good|great|fine)|go ahead|do it|let'?s do (?:it|that)|deal|agreed|i agree|i accept|accept(?:ed)?|sign me up|i'?ll take (?:it|that|the)|why not|please do|absolutely|definitely|of course|si|sí|oui|ja|sim|claro|vale|d'accord)(?=$|[\s,.!])/i;
const NOT_ASSENT = /\b(?:no|not|don'?t|do not|never|cancel|stop|wait|hold on)\b|\?/i;

export function isAssentDraft(draft: string): boolean {
  const t = draft.trim().toLowerCase();
  if (!t || t.length > ASSENT_DRAFT_MAX_CHARS) return false;
  return ASSENT.test(t) && !NOT_ASSENT.test(t.replace(/\bwhy not\b/g, ''));
}
