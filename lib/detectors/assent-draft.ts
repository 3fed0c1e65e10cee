/**
 * Is this draft (text typed in the chat's input box, not sent yet) an assent — "yes", "ok", "sure"
 * — that would accept an open upsell offer if sent? Pure; used by the inline warning beside the
 * input. Deliberately short drafts only: a long message explains itself. The opening words follow
 * the assents the offer tracker reads after sending (offer-tracker.ts), in the languages it reads
 * (round 39: "Na gut, überredet.", "va, cámbiamelo", "let's do annual on Team" were missed here).
 */
export const ASSENT_DRAFT_MAX_CHARS = 80;
const ASSENT =
  /^(?:y(?:es|ea|eah|ep|up)|ok(?:ay)?|k|sure|fine|alright|all right|sounds (?:good|great|fine)|go ahead|go for it|do it|let'?s do (?:it|that|this|the|[\w-]+)|let'?s go with|deal|agreed|i agree|i accept|accept(?:ed)?|sign me up|count me in|i'?m in|add it|book it|set it up|turn it on|i'?ll take (?:it|that|the)|you'?ve convinced me|why not|please do|absolutely|definitely|of course|si|sí|oui|ja|sim|claro|vale|d'accord|dale|venga|órale|ándale|va(?=\s*[,!.]|$)|c[aá]mbiamel[oa]|hazlo|añ[aá]del[oa]|agr[eé]gal[oa]|act[ií]val[oa]|me (?:interesa|conviene)|pode ser|pode (?:ativar|incluir)|fechado|beleza|allez-y|ça marche|je (?:le |la )?prends|volontiers|pourquoi pas|va bene|certo|d'accordo|procedi|perché no|na gut|na schön|überredet|einverstanden|gerne|machen wir (?:das|es)|nehm(?:e)? ich|warum nicht|prima|graag|doe maar|akkoord)(?=$|[\s,.!])/i;
/** Round 39: "why not" in five languages says yes; its "not" is no refusal. */
const WHY_NOT =
  /\b(?:why not|warum nicht)\b|(?<!\p{L})(?:pourquoi pas|perché no|por qu[ée] no|porque não)(?!\p{L})/giu;
const NOT_ASSENT =
  /\b(?:no|not|don'?t|do not|never|cancel|stop|wait|hold on)\b|(?<!\p{L})(?:nein|nicht|nee|niet|non|não|nao|pas maintenant|pas pour le moment)(?!\p{L})|\?/iu;

export function isAssentDraft(draft: string): boolean {
  const t = draft.trim().toLowerCase();
  if (!t || t.length > ASSENT_DRAFT_MAX_CHARS) return false;
  return ASSENT.test(t) && !NOT_ASSENT.test(t.replace(WHY_NOT, ''));
}
