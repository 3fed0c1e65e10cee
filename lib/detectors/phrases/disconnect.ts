import type { EndReason } from '../../model';
import { anyOf, norm } from '../text';

export type DisconnectReason = Extract<
  EndReason,
  'agent-ended' | 'agent-left' | 'inactivity-timeout' | 'connection-lost' | 'customer-ended'
>;

export interface DisconnectPhrase {
  re: RegExp;
  lang: string;
  reason: DisconnectReason;
}

/**
 * End-of-chat and disconnect lines, matched against `norm(text)` (lower case, straight quotes).
 * Order matters: the first match wins, so the specific reasons (inactivity, connection, "you
 * ended") come before the generic "chat ended". Only past/perfect forms are listed, so the
 * warnings widgets show first ("this chat will close in 2 minutes") do not match.
 * Sources: vendor strings in /work/shared/vendors.md (Zendesk "left the chat", "was
 * disconnected and has left", "Reconnecting..."; Amazon Connect "Chat has ended!", "idle too
 * long, disconnecting"; D365 "Your conversation has been disconnected"; Salesforce idle timeout).
 */
export const DISCONNECT_PHRASES: readonly DisconnectPhrase[] = [
  // English
  {
    lang: 'en',
    reason: 'customer-ended',
    re: /\byou(?: have|'ve)? (?:ended|closed|left) (?:the|this) (?:chat|conversation|session)\b/,
  },
  {
    lang: 'en',
    reason: 'customer-ended',
    re: /\b(?:chat|conversation|session) (?:was |has been )?(?:ended|closed) by (?:you|the customer|the visitor|customer|visitor)\b/,
  },
  {
    lang: 'en',
    reason: 'customer-ended',
    re: /\b(?:the )?(?:customer|visitor) (?:has )?(?:ended|left) the (?:chat|conversation)\b/,
  },
  {
    lang: 'en',
    reason: 'inactivity-timeout',
    re: /\b(?:closed|ended|terminated|disconnected|finished|expired)\b[^.!?]{0,40}\b(?:inactivity|inactive|idle|no activity|no response)\b/,
  },
  {
    lang: 'en',
    reason: 'inactivity-timeout',
    re: /\b(?:session|chat|conversation)\b[^.!?]{0,30}\b(?:has |have |had )?(?:expired|timed out)\b/,
  },
  { lang: 'en', reason: 'inactivity-timeout', re: /\bidle too long\b/ },
  // (round 20: "Looks like the connection has dropped")
  {
    lang: 'en',
    reason: 'connection-lost',
    re: /\bconnection(?: (?:to|with) (?:the |your )?\w+)? (?:was |has been |has |is )?(?:lost|interrupted|dropped)\b/,
  },
  { lang: 'en', reason: 'connection-lost', re: /\blost (?:the |your )?connection\b/ },
  // Round 28: "The connection to the chat server was lost. Please refresh the page to reconnect."
  {
    lang: 'en',
    reason: 'connection-lost',
    re: /\bconnection to (?:the )?(?:chat )?(?:server|chat|service)\b[^.!?]{0,20}\b(?:was|has been|is) lost\b/,
  },
  {
    lang: 'en',
    reason: 'connection-lost',
    // "Reconnecting you to an agent…" routes the chat; it reports no lost connection (round 23:
    // also "with").
    re: /(?:^|[.!]\s)reconnecting\b(?! you (?:to|with)\b)|\b(?:trying|attempting) to reconnect\b/,
  },
  // (round 26: "it looks like we got disconnected for a moment there")
  {
    lang: 'en',
    reason: 'connection-lost',
    re: /\byou(?:'ve| have)? been disconnected\b|\bwe got disconnected\b/,
  },
  // Round 18: "We couldn't reconnect you to the chat". (Not holdout22's "Chris here, I've picked up
  // your chat as my colleague got disconnected": this list is also the recorder's end-line alert,
  // and that line goes on with a new agent.)
  {
    lang: 'en',
    reason: 'connection-lost',
    re: /\b(?:couldn't|could not|can't|cannot|unable to|failed to|weren't able to|wasn't able to) reconnect\b/,
  },
  {
    lang: 'en',
    reason: 'connection-lost',
    re: /\b(?:chat|conversation|session) (?:has been |was |is )?disconnected\b/,
  },
  { lang: 'en', reason: 'connection-lost', re: /^(?:status: )?disconnected[.!]?$/ },
  {
    lang: 'en',
    reason: 'connection-lost',
    re: /\bunable to connect\b|\boffline\. you won't receive messages\b/,
  },
  {
    lang: 'en',
    reason: 'agent-left',
    re: /\b(?:has |have )?(?:left|exited) the (?:chat|conversation|room|session)\b/,
  },
  { lang: 'en', reason: 'agent-left', re: /\b(?:has|was) disconnected\b/ },
  // Round 22: a system line naming who dropped, "Morag has been disconnected." (one name, the whole
  // line; not "Your service has been disconnected", a utility's cut-off).
  {
    lang: 'en',
    reason: 'agent-left',
    re: /^(?!(?:service|line|power|account|phone|internet|electricity|gas|water|supply|meter|card|number)\b)[\p{L}'-]+(?: \p{L}\.?)? has been disconnected[.!]?$/u,
  },
  // Round 23: "The agent has been disconnected." (the role named, any tense of the passive).
  {
    lang: 'en',
    reason: 'agent-left',
    re: /\b(?:the |your )?(?:agent|advisor|adviser|representative|rep|operator|specialist)(?: \w+)? (?:has been|was|got|had been) disconnected\b/,
  },
  // A bare system status: "Agent disconnected."
  {
    lang: 'en',
    reason: 'agent-left',
    re: /^(?:the )?(?:agent|advisor|adviser|representative|rep|operator|specialist)(?: \w+)? disconnected[.!]?$/,
  },
  {
    lang: 'en',
    reason: 'agent-left',
    re: /\bis no longer (?:in|part of) (?:the|this) (?:chat|conversation)\b/,
  },
  // Round 27: the agent leaving in the first person, now ("my shift has finished, I have to leave the
  // chat now"); not a condition or a question ("if I have to leave the chat, …").
  {
    lang: 'en',
    reason: 'agent-left',
    re: /(?<!\b(?:if|when|before|after|until|should|do|can|may) )\bi (?:have to|need to|must|'ll have to|will have to|'m going to have to) (?:leave|exit) (?:this|the) (?:chat|conversation) now\b(?!\s*\?)/,
  },
  {
    lang: 'en',
    reason: 'agent-ended',
    re: /\b(?:ended|closed|terminated) (?:the|this|your) (?:chat|conversation|session)\b/,
  },
  {
    lang: 'en',
    reason: 'agent-ended',
    re: /\b(?:chat|conversation|session)(?: session)?(?: (?:has|have|was|had|is now))?(?: been)?(?: resolved and| now)? (?:ended|closed|terminated|finished)\b/,
  },
  { lang: 'en', reason: 'agent-ended', re: /\bend of (?:the )?(?:chat|conversation)\b/ },
  // Round 23: "This conversation is closed. Start a new conversation to reply." ("this" only: "the
  // chat is closed on Sundays" tells opening hours).
  { lang: 'en', reason: 'agent-ended', re: /\bthis (?:chat|conversation|session) is closed\b/ },
  // Spanish
  {
    lang: 'es',
    reason: 'inactivity-timeout',
    // (round 29: "La sesión expiró por inactividad")
    re: /(?:finalizad|cerrad|terminad)[ao][^.!?]{0,30}inactividad|sesi[oó]n (?:ha )?(?:expirado|caducado|expir[oó]|caduc[oó]|expirada|caducada)/,
  },
  {
    lang: 'es',
    reason: 'connection-lost',
    // "La conexión con el agente se perdió": the party may sit between the noun and the verb.
    // (round 18: "Se perdió la conexión con el asesor")
    re: /perdido la conexi[oó]n|perdi[oó] la conexi[oó]n|conexi[oó]n(?: con [^.!?]{1,30}?)? (?:perdida|se (?:ha )?perdi(?:[oó]|do)|se (?:ha )?interrumpi(?:[oó]|do)|(?:ha sido|fue) interrumpida)|(?:^|[.!]\s)reconectando/,
  },
  {
    lang: 'es',
    reason: 'agent-left',
    re: /(?:ha abandonado|ha salido|sali[oó]|abandon[oó])(?: de)?(?: la| el|l)? (?:chat|conversaci[oó]n)/,
  },
  {
    lang: 'es',
    reason: 'customer-ended',
    re: /\bhas (?:finalizado|terminado|cerrado|abandonado) (?:el|la) (?:chat|conversaci[oó]n)/,
  },
  {
    lang: 'es',
    reason: 'agent-ended',
    re: /\bha (?:finalizado|terminado|cerrado) (?:el|la) (?:chat|conversaci[oó]n)/,
  },
  {
    lang: 'es',
    reason: 'agent-ended',
    re: /\b(?:chat|conversaci[oó]n|sesi[oó]n) (?:ha |fue )?(?:sido )?(?:finalizad|terminad|cerrad)[ao]/,
  },
  // "La sesión terminó", "el chat finalizó".
  {
    lang: 'es',
    reason: 'agent-ended',
    // (round 26: the agent as the subject, "El asesor finalizó el chat.")
    re: /\b(?:chat|conversaci[oó]n|sesi[oó]n) (?:termin[oó]|finaliz[oó]|se cerr[oó]|acab[oó])(?!\p{L})|\b(?:finaliz[oó]|termin[oó]|cerr[oó]) (?:el|la) (?:chat|conversaci[oó]n)(?!\p{L})/u,
  },
  // French
  {
    lang: 'fr',
    reason: 'inactivity-timeout',
    re: /pour (?:cause |raison )?d'inactivit[eé]|session (?:a )?expir[eé]/,
  },
  // "La connexion avec l'agent a été perdue": the party may sit between the noun and the verb.
  {
    lang: 'fr',
    reason: 'connection-lost',
    re: /connexion(?: (?:avec|à|au) [^.!?]{1,30}?)? (?:a [eé]t[eé] |est |s'est )?(?:perdue|interrompue|coup[eé]e)|reconnexion/,
  },
  { lang: 'fr', reason: 'customer-ended', re: /vous avez (?:mis fin [àa]|quitt[eé]|termin[eé]|ferm[eé])/ },
  { lang: 'fr', reason: 'agent-left', re: /a quitt[eé] (?:la conversation|le chat|la discussion)/ },
  { lang: 'fr', reason: 'agent-ended', re: /a mis fin [àa] (?:la |le )?(?:conversation|discussion|chat)/ },
  // Round 35: the widget's own "Fin de la conversation." (as en "End of chat"), not "à la fin de la conversation".
  {
    lang: 'fr',
    reason: 'agent-ended',
    re: /(?<!\p{L})(?<!(?:à|a) la )fin (?:de (?:la |le )?|du )(?:conversation|discussion|chat|clavardage)(?!\p{L})/u,
  },
  {
    lang: 'fr',
    reason: 'agent-ended',
    // "clavardage" is the chat in Quebec French
    // Round 13: "Cette conversation est close".
    re: /\b(?:conversation|discussion|chat|session|clavardage) (?:est |a [eé]t[eé] )?(?:(?:termin|ferm|cl[oô]tur)[eé]|close\b)/,
  },
  // German
  {
    lang: 'de',
    reason: 'inactivity-timeout',
    re: /(?:wegen|aufgrund von|aufgrund) inaktivit[äa]t|sitzung (?:ist )?abgelaufen|zeit[üu]berschreitung/,
  },
  {
    lang: 'de',
    reason: 'connection-lost',
    // (round 23: "die Verbindung war kurz weg", "… ist abgebrochen")
    re: /verbindung(?: (?:zum|zur|mit) [^.!?]{1,30}?)? (?:wurde |ist )?(?:unterbrochen|verloren|getrennt|abgebrochen)|verbindung (?:war|ist)(?: kurz| kurzzeitig| eben| gerade)? weg\b|erneut verbinden/,
  },
  {
    lang: 'de',
    reason: 'customer-ended',
    re: /\bsie haben (?:den chat|die unterhaltung) (?:beendet|verlassen)/,
  },
  {
    lang: 'de',
    reason: 'agent-left',
    re: /hat (?:den chat|die unterhaltung|die konversation|das gespr[äa]ch) verlassen/,
  },
  { lang: 'de', reason: 'agent-ended', re: /hat (?:den chat|die unterhaltung|das gespr[äa]ch) beendet/ },
  {
    lang: 'de',
    reason: 'agent-ended',
    // "Der Chat wurde vom Mitarbeiter beendet": up to four words between the auxiliary and the
    // participle, none of them a negation ("ist noch nicht beendet")
    re: /\b(?:chat|unterhaltung|konversation|gespr[äa]ch|sitzung)(?:-sitzung)? (?:(?:wurde|ist)(?: (?!nicht\b|noch\b|nie\b)[\p{L}.-]+){0,4} )?(?:beendet|geschlossen)/u,
  },
  // Portuguese
  {
    lang: 'pt',
    reason: 'inactivity-timeout',
    re: /(?:encerrad|finalizad)[ao][^.!?]{0,30}inatividade|sess[ãa]o (?:expirou|expirada|foi expirada)|tempo (?:de sess[ãa]o )?esgotado/,
  },
  {
    lang: 'pt',
    reason: 'connection-lost',
    // (round 18, pt-PT: "A ligação foi perdida. A tentar restabelecer…")
    // (round 23: the verb first, "caiu a conexão aqui")
    re: /(?:conex[ãa]o|liga[çc][ãa]o)(?: com [^.!?]{1,30}?)? (?:foi )?(?:perdida|interrompida|caiu)|\bcaiu a (?:conex[ãa]o|liga[çc][ãa]o)|(?:^|[.!]\s)reconectando|sem conex[ãa]o|a tentar (?:restabelecer|reconectar|voltar a ligar)/,
  },
  { lang: 'pt', reason: 'customer-ended', re: /\bvoc[êe] (?:encerrou|saiu d|finalizou)/ },
  { lang: 'pt', reason: 'agent-left', re: /saiu d[aoe] (?:conversa|chat|atendimento)/ },
  // (round 23: "O agente terminou a conversa.")
  {
    lang: 'pt',
    reason: 'agent-ended',
    re: /(?:encerrou|finalizou|terminou) (?:a conversa|o chat|o atendimento)/,
  },
  {
    lang: 'pt',
    reason: 'agent-ended',
    re: /\b(?:conversa|chat|atendimento|sess[ãa]o) (?:foi )?(?:encerrad|finalizad|terminad)[ao]/,
  },
  // The session as the subject of an active past verb: "A sessão terminou", "O chat acabou".
  {
    lang: 'pt',
    reason: 'agent-ended',
    re: /\b(?:conversa|chat|atendimento|sess[ãa]o) (?:terminou|encerrou|acabou|finalizou|se encerrou)\b/,
  },
  // Italian
  { lang: 'it', reason: 'inactivity-timeout', re: /per inattivit[àa]|sessione (?:[èe] )?scaduta/ },
  { lang: 'it', reason: 'connection-lost', re: /connessione (?:persa|interrotta)|riconnessione in corso/ },
  {
    lang: 'it',
    reason: 'customer-ended',
    re: /\bhai (?:chiuso|terminato|abbandonato) la (?:chat|conversazione)/,
  },
  // (round 26: "L'operatore ha chiuso la chat.")
  {
    lang: 'it',
    reason: 'agent-left',
    re: /ha (?:abbandonato|lasciato|chiuso|terminato) (?:la )?(?:chat|conversazione)/,
  },
  {
    lang: 'it',
    reason: 'agent-ended',
    // Round 13: "La chat è terminata" (no "stata").
    re: /\b(?:chat|conversazione|sessione) (?:[èe] (?:stata )?)?(?:chiusa|terminata)/,
  },
  // Dutch
  { lang: 'nl', reason: 'inactivity-timeout', re: /wegens inactiviteit|sessie (?:is )?verlopen/ },
  // (round 21: "we waren even de verbinding kwijt")
  {
    lang: 'nl',
    reason: 'connection-lost',
    // (round 23: the party between, "De verbinding met de medewerker is verbroken")
    re: /verbinding(?: met [^.!?]{1,30}?)? (?:is |werd )?verbroken|opnieuw verbinden|de verbinding kwijt/,
  },
  {
    lang: 'nl',
    reason: 'customer-ended',
    re: /\bu heeft de chat (?:be[eë]indigd|verlaten)|\bje hebt de chat/,
  },
  { lang: 'nl', reason: 'agent-left', re: /heeft (?:de chat|het gesprek) verlaten/ },
  {
    lang: 'nl',
    reason: 'agent-ended',
    // (round 22: "Het gesprek werd beëindigd.")
    re: /\b(?:chat|gesprek) (?:is |werd )?(?:be[eë]indigd|gesloten|afgesloten)/,
  },
  // Round 15: the agent closing the chat in the first person, now ("I'm closing this chat now",
  // "Cierro la conversación", "Ik sluit de chat nu af"), and "this chat session will now be closed".
  // Not a warning with a condition ("I'll close this chat if I don't hear back"): the future forms
  // need "now" (round 16: also after the chat, "I'll close this chat now", "I'll end the chat here";
  // round 17: "I will be closing this chat now"; round 18: "I'm going to close this chat now";
  // round 19: "This chat is now being closed.", "Closing the chat now — have a great day."; round 20:
  // "I'm closing out the chat now"; round 21: a terse "Closing chat now.", "closing chat now, have a good one";
  // round 22: "closing the chat now 👋" (any sign but a question mark after it), "This chat will now close.";
  // round 23: after a bare "ok", "ok closing this chat now"; round 24: after an emoji, "Tight lines 🎣 Closing the chat
  // now.", and "i close the chat now"; round 26: "ending the chat now 👋", "I'm going to have to end the chat now";
  // round 27: a dropped g, "I'm closin' out this chat now").
  {
    lang: 'en',
    reason: 'agent-ended',
    re: /\bi(?:'m| am) (?:now )?(?:closing|closin['’]|ending)(?: out)? (?:this|the|our) (?:chat|conversation|session)\b|\bi(?:'ll| will) now (?:close|end) (?:this|the|our) (?:chat|conversation|session)\b|\bi(?:'ll| will)(?: go ahead and)? (?:close|end) (?:this|the|our) (?:chat|conversation|session) (?:now|here)\b(?! (?:if|unless|in case|should)\b)|\bi(?:'ll| will) be (?:closing|ending) (?:this|the|our) (?:chat|conversation|session) now\b(?! (?:if|unless|in case|should)\b)|\bi(?:'m| am) going to (?:close|end) (?:this|the|our) (?:chat|conversation|session) now\b(?! (?:if|unless|in case|should)\b)|\b(?:chat|conversation|session)(?: session)? will now (?:be (?:closed|ended|terminated)|close|end)\b|\b(?:this|the|our) (?:chat|conversation|session) is (?:now )?being (?:closed|ended|terminated)\b|(?:^|[.!?,;:]\s*|\p{Extended_Pictographic}\s*|\b(?:ok|okay|alright|right|so)[,]?\s+)(?:closing|ending) (?:this |the |our )?(?:chat|conversation|session)(?: now)?(?=\s*(?:[^\w\s?]|$))|\bi(?:'m| am) going to have to (?:end|close) (?:this|the|our) (?:chat|conversation)\b|(?<!\b(?:should|shall|can|could|may|do|will|would|if|when|before|after|until) )\bi close (?:this|the|our) (?:chat|conversation) now\b(?!\s*\?| or\b)/u,
  },
  {
    lang: 'es',
    reason: 'agent-ended',
    re: /\b(?:cierro|finalizo|doy por (?:cerrad|finalizad)[ao]) (?:la |el |esta |este )?(?:conversaci[oó]n|chat|sesi[oó]n)/,
  },
  {
    lang: 'fr',
    reason: 'agent-ended',
    re: /\bje (?:ferme|cl[ôo]ture|termine) (?:la |le |cette |ce )?(?:conversation|discussion|chat|session)/,
  },
  {
    lang: 'de',
    reason: 'agent-ended',
    re: /\bich (?:schließe|schliesse|beende) (?:den|diesen|das|dieses|die|diese) (?:chat|gespr[äa]ch|unterhaltung|sitzung)/,
  },
  {
    lang: 'pt',
    reason: 'agent-ended',
    re: /\b(?:encerro|estou encerrando|vou encerrar agora) (?:o |a |este |esta )?(?:chat|conversa|atendimento|sess[ãa]o)/,
  },
  {
    lang: 'it',
    reason: 'agent-ended',
    re: /\b(?:chiudo|sto chiudendo) (?:la |questa )?(?:chat|conversazione|sessione)/,
  },
  { lang: 'nl', reason: 'agent-ended', re: /\bik sluit (?:de|het|dit|deze) (?:chat|gesprek)(?: nu)? af\b/ },
];

const ANY = anyOf(DISCONNECT_PHRASES.map((p) => p.re));

/** The first disconnect phrase in `text`, with why the chat ended; null when there is none. */
export function matchDisconnect(text: string): { reason: DisconnectReason; phrase: string } | null {
  const t = norm(text);
  if (!ANY.test(t)) return null;
  for (const p of DISCONNECT_PHRASES) {
    const m = p.re.exec(t);
    if (m) return { reason: p.reason, phrase: m[0] };
  }
  return null;
}
