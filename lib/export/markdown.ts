import type { ChatEvent, Message } from '../model';
import { groupFingerprint } from './sign';
import {
  dayHeading,
  type EventLine,
  type ExportSummary,
  eventLabel,
  eventLine,
  formatClock,
  formatWhen,
  PROOF,
  placeEvents,
  summarize,
} from './summary';
import { escapeMarkdownLines, escapeMarkdown as md } from './text';
import type { ExportInput, PublicJwk } from './types';

// Times come from stored strings: formatted (digits only) when they parse, else shown raw and escaped.
const when = (iso: string) => (formatWhen(iso) === iso ? md(iso) : formatWhen(iso));
const clock = (iso: string) => (formatClock(iso) === iso ? md(iso) : formatClock(iso));

/** Multi-line captured text as a block quote; trailing double spaces keep its line breaks. */
function quote(text: string): string {
  return escapeMarkdownLines(text)
    .map((line) => (line ? `> ${line}  ` : '>'))
    .join('\n');
}

function eventItem(l: EventLine): string {
  const ref = l.seq === null ? '' : `#${l.seq} · `;
  const value = l.value !== null && l.value !== l.text ? ` **${md(l.value)}**` : '';
  const text = l.text ? ` — ${md(l.text)}` : '';
  return `- ${ref}${when(l.at)} · ${md(eventLabel(l.type))}${value}${text}`;
}

const items = (lines: EventLine[], none: string) =>
  lines.length ? lines.map(eventItem).join('\n') : `_${none}_`;

function eventRow(e: ChatEvent): string {
  const l = eventLine(e);
  const value = l.value !== null && l.value !== l.text ? ` **${md(l.value)}**` : '';
  const text = l.text ? ` — ${md(l.text)}` : '';
  return `_${clock(l.at)} · ${md(eventLabel(l.type))}_${value}${text}\n`;
}

function messageRow(m: Message): string {
  const shown = m.shownAt ? ` · widget showed “${md(m.shownAt)}”` : '';
  const head = `**#${m.seq} · ${clock(m.at)} · ${md(m.author ?? m.role)}**`;
  const role = m.author === null ? '' : ` (${md(m.role)})`;
  return `${head}${role}${shown}\n\n${quote(m.text)}\n`;
}

/** The same content as the HTML export, as Markdown that reads well as plain text. Pure. */
export function buildMarkdownExport(input: ExportInput, publicJwk?: PublicJwk): string {
  return renderMarkdown(input, summarize(input, publicJwk));
}

/** `buildMarkdownExport` with the summary already computed (the bundle shares one between formats). */
export function renderMarkdown(input: ExportInput, s: ExportSummary): string {
  const { session } = input;
  const list = (values: string[]) => (values.length ? values.map(md).join(', ') : '_none recorded_');
  const chain = s.chain.ok
    ? `intact — ${s.messages.length} messages, each linked to the one before`
    : `**BROKEN at message #${s.chain.seq}** — ${md(s.chain.reason)}`;
  const out: string[] = [
    `# Support chat with ${md(s.domain)}`,
    '',
    `Captured in the browser by ${md(input.tool.name)} ${md(input.tool.version)}. Summary first, full transcript after.`,
    '',
    '## Summary',
    '',
    `- **Company / site:** ${md(s.domain)}${s.host && s.host !== s.domain ? ` (${md(s.host)})` : ''}`,
    `- **Page:** ${md(session.title || '(untitled)')} — ${md(session.url)}`,
    `- **Chat software:** ${md(session.vendor)}`,
    ...(session.conversationId ? [`- **Conversation id:** ${md(session.conversationId)}`] : []),
    `- **Started:** ${when(session.startedAt)}`,
    `- **Ended:** ${session.endedAt ? `${when(session.endedAt)}${s.duration ? ` (${s.duration})` : ''}` : 'not recorded'}`,
    `- **Representatives:** ${list(session.agents)}`,
    `- **Case numbers:** ${list(s.caseNumbers)}`,
    `- **Messages:** ${s.messages.length}${session.truncated ? ' — **the recording reached its message limit; later messages were not recorded**' : ''}`,
    `- **Desired outcome:** ${session.desiredOutcome ? md(session.desiredOutcome) : 'not recorded'}`,
    `- **Outcome:** ${s.outcomeLabel}`,
    '',
    '### How the chat ended',
    '',
    `${s.endLabel}${session.endedAt ? ` at ${when(session.endedAt)}` : ''}.`,
    ...(s.endEvents.length ? ['', items(s.endEvents, '')] : []),
    '',
    '### Promises made',
    '',
    items(s.promises, 'None recognised.'),
    '',
    '### Offers and answers',
    '',
    items(s.offers, 'None recognised.'),
    '',
    '### Integrity',
    '',
    `- **Message chain:** ${chain}`,
    `- **Chain head:** ${s.chainHead || '(empty chat)'}`,
    `- **Key fingerprint:** ${s.fingerprint ? groupFingerprint(s.fingerprint) : 'not signed'}`,
    `- **Exported:** ${when(input.exportedAt)}`,
    `- **Time zone:** ${md(input.timeZone)}`,
    `- **Browser:** ${md(input.browser)}`,
    '',
    `${PROOF} Check the JSON export or the evidence bundle with \`npm run verify -- <file>\`.`,
    '',
    '## Transcript',
    '',
    `Times are the capturing computer's local time (time zone ${md(input.timeZone)}), as first seen by the recorder, ` +
      'with their UTC offset in each day heading. "Widget showed" is the time label the chat window displayed.',
    '',
  ];
  const { after, before, trailing } = placeEvents(s.messages, input.events);
  let day = '';
  for (const m of s.messages) {
    for (const e of before.get(m.seq) ?? []) out.push(eventRow(e));
    const heading = dayHeading(m.at);
    if (heading && heading !== day) out.push(`### ${heading}\n`);
    day = heading || day;
    out.push(messageRow(m));
    for (const e of after.get(m.seq) ?? []) out.push(eventRow(e));
  }
  for (const e of trailing) out.push(eventRow(e));
  if (!s.messages.length) out.push('_No messages were captured._\n');
  if (session.notes.trim()) {
    out.push(
      '## Your notes',
      '',
      '_Written by the person who recorded the chat — not captured from the chat and not covered by the signature._',
      '',
      quote(session.notes),
      '',
    );
  }
  out.push(
    `---\n\nExported ${when(input.exportedAt)} by ${md(input.tool.name)} ${md(input.tool.version)}.\n`,
  );
  return out.join('\n');
}
