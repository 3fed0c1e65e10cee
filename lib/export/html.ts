import { type ChatEvent, isRole, type Message } from '../model';
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
import { escapeHtml as esc } from './text';
import type { ExportInput, PublicJwk } from './types';

// No scripts and no external resources: the CSP forbids everything but the inline style, so even a
// rendering bug cannot load or run anything. Captured text is escaped before it reaches markup.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const CSS = `
:root{color-scheme:light;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
body{max-width:52rem;margin:0 auto;padding:1.5rem;overflow-wrap:anywhere;word-break:normal}
h1{font-size:1.45rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem;border-bottom:1px solid #ddd}
p{margin:.3rem 0}ul{margin:.3rem 0;padding-left:1.2rem}li{margin:.15rem 0}
dl{display:grid;grid-template-columns:minmax(8rem,12rem) minmax(0,1fr);gap:.2rem 1rem;margin:.5rem 0}
dt{font-weight:600;color:#444}dd{margin:0;min-width:0}
.muted,.lede{color:#555}.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
.ok{color:#276749;font-weight:600}.bad{color:#9b2c2c;font-weight:600}
.msg{border-left:3px solid #a0aec0;padding:.2rem .75rem;margin:.45rem 0;break-inside:avoid}
.msg.agent{border-color:#2b6cb0}.msg.customer{border-color:#2f855a}.msg.bot{border-color:#805ad5}
.msg header{font-size:.85rem;color:#555}.who{color:#1a1a1a}
.text{white-space:pre-wrap;unicode-bidi:plaintext}
.cc{font:600 .75em ui-monospace,Menlo,Consolas,monospace;color:#9b2c2c;background:#fff5f5;border:1px solid #feb2b2;border-radius:3px;padding:0 .15em;white-space:nowrap;unicode-bidi:isolate;direction:ltr}
.event{font-size:.85rem;color:#744210;background:#fffbea;border-left:3px solid #d69e2e;padding:.15rem .6rem;margin:.3rem 0}
.day{font-weight:600;color:#444;margin:1rem 0 .2rem}
a{color:inherit}
@page{margin:15mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}.summary{break-after:page;page-break-after:always}a{text-decoration:none}}
`;

const TRUNCATED = 'the recording reached its message limit; later messages were not recorded';

const bdi = (text: string) => `<bdi>${esc(text)}</bdi>`;
const time = (iso: string, text = formatWhen(iso)) => `<time datetime="${esc(iso)}">${esc(text)}</time>`;
// seq is a number by type; escaped anyway because it lands in an attribute.
const seqLink = (seq: number | null) =>
  seq === null ? '' : `<a href="#m-${esc(String(seq))}">#${esc(String(seq))}</a> `;
const list = (items: string[], none: string) =>
  items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="muted">${none}</p>`;

/** `Label <b>value</b> — text`: the value (e.g. a case number) only when it adds to the text. */
function eventBody(l: EventLine): string {
  const value = l.value !== null && l.value !== l.text ? ` <b>${bdi(l.value)}</b>` : '';
  const text = l.text ? ` — <span class="text">${esc(l.text)}</span>` : '';
  return `${esc(eventLabel(l.type))}${value}${text}`;
}

const eventItem = (l: EventLine) => `${seqLink(l.seq)}${time(l.at)} ${eventBody(l)}`;

function chainStatus(s: ExportSummary): string {
  return s.chain.ok
    ? `<span class="ok">Intact</span> — ${s.messages.length} messages, each linked to the one before`
    : `<span class="bad">Broken at message #${s.chain.seq}</span> — ${esc(s.chain.reason)}`;
}

function summarySection(input: ExportInput, s: ExportSummary): string {
  const { session } = input;
  const fact = (term: string, value: string) => `<dt>${term}</dt><dd>${value}</dd>`;
  const orNone = (items: string[]) =>
    items.length ? items.map(bdi).join(', ') : '<span class="muted">none recorded</span>';
  return [
    '<section class="summary" aria-labelledby="summary-title">',
    `<h1 id="summary-title">Support chat with ${bdi(s.domain)}</h1>`,
    `<p class="lede">Captured in the browser by ${esc(input.tool.name)} ${esc(input.tool.version)}. Summary first, full transcript after.</p>`,
    '<dl>',
    fact(
      'Company / site',
      `${bdi(s.domain)}${s.host && s.host !== s.domain ? ` <span class="muted">(${bdi(s.host)})</span>` : ''}`,
    ),
    fact('Page', `${bdi(session.title || '(untitled)')}<br><span class="mono">${esc(session.url)}</span>`),
    fact('Chat software', esc(session.vendor)),
    session.conversationId ? fact('Conversation id', bdi(session.conversationId)) : '',
    fact('Started', time(session.startedAt)),
    fact(
      'Ended',
      session.endedAt
        ? `${time(session.endedAt)}${s.duration ? ` (${esc(s.duration)})` : ''}`
        : 'not recorded',
    ),
    fact('Representatives', orNone(session.agents)),
    fact('Case numbers', orNone(s.caseNumbers)),
    fact(
      'Messages',
      `${s.messages.length}${session.truncated ? ` <span class="bad">— ${TRUNCATED}</span>` : ''}`,
    ),
    fact(
      'Desired outcome',
      session.desiredOutcome ? `<span class="text">${esc(session.desiredOutcome)}</span>` : 'not recorded',
    ),
    fact('Outcome', esc(s.outcomeLabel)),
    '</dl>',
    '<h2>How the chat ended</h2>',
    `<p>${esc(s.endLabel)}${session.endedAt ? ` at ${time(session.endedAt)}` : ''}.</p>`,
    s.endEvents.length ? list(s.endEvents.map(eventItem), '') : '',
    '<h2>Promises made</h2>',
    list(s.promises.map(eventItem), 'None recognised.'),
    '<h2>Offers and answers</h2>',
    list(s.offers.map(eventItem), 'None recognised.'),
    '<h2>Integrity</h2>',
    '<dl>',
    fact('Message chain', chainStatus(s)),
    fact('Chain head', `<span class="mono">${esc(s.chainHead || '(empty chat)')}</span>`),
    fact(
      'Key fingerprint',
      s.fingerprint ? `<span class="mono">${esc(groupFingerprint(s.fingerprint))}</span>` : 'not signed',
    ),
    fact('Exported', time(input.exportedAt)),
    fact('Time zone', esc(input.timeZone)),
    fact('Browser', esc(input.browser)),
    '</dl>',
    `<p class="muted">${esc(PROOF)} Check the JSON export or the evidence bundle with <span class="mono">npm run verify -- &lt;file&gt;</span> (see README.txt in the bundle).</p>`,
    '</section>',
  ].join('\n');
}

function eventRow(e: ChatEvent): string {
  const l = eventLine(e);
  return `<p class="event">${time(l.at, formatClock(l.at))} ${eventBody(l)}</p>`;
}

function messageRow(m: Message): string {
  const role = isRole(m.role) ? m.role : 'system';
  const seq = esc(String(m.seq));
  const who = m.author
    ? `<b class="who">${bdi(m.author)}</b> <span class="muted">${esc(m.role)}</span>`
    : `<b class="who">${esc(role)}</b>`;
  const shown = m.shownAt ? ` <span class="muted">· widget showed “${esc(m.shownAt)}”</span>` : '';
  return (
    `<article class="msg ${role}" id="m-${seq}"><header><span class="mono">#${seq}</span> ${who} ` +
    `${time(m.at, formatClock(m.at))}${shown}</header><div class="text">${esc(m.text)}</div></article>`
  );
}

function transcriptSection(input: ExportInput, messages: Message[]): string {
  const { after, before, trailing } = placeEvents(messages, input.events);
  const out: string[] = [
    '<section class="transcript" aria-labelledby="transcript-title">',
    '<h2 id="transcript-title">Transcript</h2>',
    `<p class="muted">Times are the capturing computer’s local time (time zone ${esc(input.timeZone)}), as first seen by the recorder, with their UTC offset in each day heading. “Widget showed” is the time label the chat window displayed.</p>`,
  ];
  let day = '';
  for (const m of messages) {
    for (const e of before.get(m.seq) ?? []) out.push(eventRow(e));
    const heading = dayHeading(m.at);
    if (heading && heading !== day) out.push(`<p class="day">${esc(heading)}</p>`);
    day = heading || day;
    out.push(messageRow(m));
    for (const e of after.get(m.seq) ?? []) out.push(eventRow(e));
  }
  for (const e of trailing) out.push(eventRow(e));
  if (!messages.length) out.push('<p class="muted">No messages were captured.</p>');
  out.push('</section>');
  return out.join('\n');
}

/**
 * One self-contained, printable HTML page: a one-page summary, then the transcript. Pure; pass the
 * signing key's public JWK to show its fingerprint.
 */
export function buildHtmlExport(input: ExportInput, publicJwk?: PublicJwk): string {
  return renderHtml(input, summarize(input, publicJwk));
}

/** `buildHtmlExport` with the summary already computed (the bundle shares one between formats). */
export function renderHtml(input: ExportInput, s: ExportSummary): string {
  const notes = input.session.notes.trim()
    ? `<section class="notes"><h2>Your notes</h2><p class="muted">Written by the person who recorded the chat — not captured from the chat and not covered by the signature.</p><div class="text">${esc(input.session.notes)}</div></section>`
    : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Support chat with ${esc(s.domain)} — ${esc(formatWhen(input.session.startedAt))}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    summarySection(input, s),
    transcriptSection(input, s.messages),
    notes,
    `<footer class="muted"><p>Exported ${time(input.exportedAt)} by ${esc(input.tool.name)} ${esc(input.tool.version)} in ${esc(input.browser)}.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
