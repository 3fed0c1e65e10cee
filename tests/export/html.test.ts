// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildHtmlExport } from '../../lib/export/html';
import { fingerprint, groupFingerprint } from '../../lib/export/sign';
import type { PublicJwk } from '../../lib/export/types';
import { fakeEvent, fakeInput, fakeMessages, fakeSession } from './fakes';

const jwk: PublicJwk = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a> javascript:alert(2)',
  '"\'><svg onload=alert(1)>',
  '</textarea></title><iframe src="https://evil.example/x"></iframe>',
  '<link rel=stylesheet href=https://evil.example/a.css><meta http-equiv=refresh content="0;url=https://evil.example">',
  '<div style="background:url(https://evil.example/t.png)">x</div> &lt;already&gt; &amp;',
  'pay to \u202Eevil.com\u202C now',
  'zero\u200Bwidth\u200C joiner\u200D and \uFEFF bom, word\u2060joiner, \u2066isolate\u2069',
  'tag smuggling \u{E0049}\u{E0047}\u{E004E}',
  `${'A'.repeat(5000)} https://very-long.example/${'x'.repeat(3000)}`,
];

function render() {
  const session = fakeSession({
    title: '</title><script>alert("title")</script>',
    agents: ['Jane <b onmouseover=alert(1)>', 'Bob\u202Eeve'],
    desiredOutcome: '<img src=x onerror=alert(3)>',
    notes: '<script>notes()</script>',
    url: 'https://support.acme.com/help?q="><script>alert(1)</script>',
  });
  const messages = fakeMessages(
    session.id,
    PAYLOADS.map((text, i) => ({
      text,
      author: i === 0 ? '<img src=x onerror=alert(9)>' : 'Jane',
      shownAt: i === 1 ? '"><script>alert(8)</script>' : '6:04 PM',
    })),
  );
  const input = fakeInput({
    session,
    messages,
    events: [
      fakeEvent({
        type: 'promise',
        seq: 3,
        detail: { text: '<script>promise()</script>', value: '" onload="x' },
      }),
      fakeEvent({ type: 'case-number', seq: 2, detail: { text: 'case <b>1</b>', value: '<i>77</i>' } }),
      fakeEvent({ type: 'disconnect', seq: null, detail: { text: '<iframe src=https://evil.example>' } }),
    ],
  });
  const html = buildHtmlExport(input, jwk);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { html, doc, input };
}

describe('HTML export is inert', () => {
  const { html, doc } = render();

  it('has the strict CSP first in head and no scripts or external resources', () => {
    const metas = [...doc.head.querySelectorAll('meta')];
    expect(metas[0]?.getAttribute('charset')).toBe('utf-8');
    expect(metas[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(metas[1]?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|svg|iframe|link|object|embed|form|input|textarea|base|frame)\b/i);
    // Captured text never contains a raw `<`, so every `<…>` in the file is markup we wrote.
    expect(html).not.toMatch(
      /<[^<>]*\s(src|href|action|formaction|srcset|background|poster)\s*=\s*["']?\s*(https?:|javascript:|\/\/)/i,
    );
    expect(html).toContain('href=https://evil.example/a.css'); // as escaped text only
    expect(doc.querySelector('style')?.textContent).not.toMatch(/url\(|@import/i);
    expect(
      doc.querySelectorAll('script, img, svg, iframe, link, object, embed, meta[http-equiv="refresh"]'),
    ).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  it('has no event-handler attributes and only in-page links', () => {
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
        expect(['src', 'style', 'srcset'].includes(attr), `${el.tagName} ${attr}`).toBe(false);
      }
    }
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^#m-\d+$/);
  });

  it('shows every payload as text', () => {
    const text = doc.body.textContent ?? '';
    for (const p of [
      '<img src=x onerror=alert(1)>',
      '</style><script>alert(1)</script>',
      '"\'><svg onload=alert(1)>',
    ]) {
      expect(text).toContain(p);
    }
    expect(text).toContain('javascript:alert(2)');
    expect(doc.title).toBe('Support chat with acme.com — 2026-11-22 18:04:05 UTC+01:00');
    expect(
      doc.querySelector('section.summary dd')?.nextElementSibling?.nextElementSibling?.textContent,
    ).toContain('</title><script>alert("title")</script>');
    expect(text).toContain('<script>notes()</script>');
  });

  it('makes bidi overrides, zero-width and tag characters visible', () => {
    const text = doc.body.textContent ?? '';
    for (const cp of ['202E', '202C', '200B', '200C', '200D', 'FEFF', '2060', '2066', '2069', 'E0049']) {
      expect(text).toContain(`⟨U+${cp}⟩`);
    }
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u2060]|[\u{E0000}-\u{E007F}]/u);
    expect(doc.querySelectorAll('.cc').length).toBeGreaterThanOrEqual(10);
  });

  it('wraps long text and prints the summary on its own page', () => {
    const style = doc.querySelector('style')?.textContent ?? '';
    expect(style).toContain('overflow-wrap:anywhere');
    expect(style).toContain('white-space:pre-wrap');
    expect(style).toMatch(/@media print\{.*\.summary\{break-after:page;page-break-after:always\}/);
  });
});

describe('HTML summary', () => {
  const input = fakeInput({ session: fakeSession({ notes: 'Phoned on Monday.' }) });
  const doc = new DOMParser().parseFromString(buildHtmlExport(input, jwk), 'text/html');
  const summary = doc.querySelector('section.summary');
  const facts = new Map(
    [...(summary?.querySelectorAll('dt') ?? [])].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent ?? '',
    ]),
  );

  it('comes first and states the facts', () => {
    expect(doc.body.firstElementChild).toBe(summary);
    expect(summary?.querySelector('h1')?.textContent).toBe('Support chat with acme.com');
    expect(facts.get('Company / site')).toBe('acme.com (support.acme.com)');
    expect(facts.get('Page')).toContain('https://support.acme.com/help/billing?ref=mail');
    expect(facts.get('Started')).toBe('2026-11-22 18:04:05 UTC+01:00');
    expect(facts.get('Ended')).toBe('2026-11-22 18:14:25 UTC+01:00 (10 min 20 s)');
    expect(facts.get('Representatives')).toBe('Jane');
    expect(facts.get('Case numbers')).toBe('CASE-1001, 88-123');
    expect(facts.get('Desired outcome')).toBe('Refund of the double charge');
    expect(facts.get('Outcome')).toBe('Closed without a solution');
    expect(facts.get('Messages')).toBe('6');
    expect(facts.get('Message chain')).toMatch(/^Intact/);
    expect(facts.get('Chain head')).toBe(input.messages.at(-1)?.hash);
    expect(facts.get('Key fingerprint')).toBe(groupFingerprint(fingerprint(jwk)));
    expect(facts.get('Time zone')).toBe('Europe/Paris');
  });

  it('lists promises, offers and how the chat ended', () => {
    const text = summary?.textContent ?? '';
    expect(text).toContain('The agent ended the chat at 2026-11-22 18:14:25 UTC+01:00.');
    expect(text).toContain('Disconnected — The agent has left the chat');
    expect(text).toMatch(/#4 2026-11-22 18:04:45 UTC\+01:00 Promise made — I will refund you within 5 days/);
    expect(text).toContain('Offer made — Would you like Premium for $5?');
    expect(summary?.querySelector('a[href="#m-4"]')).not.toBeNull();
  });

  it('names the time zone in the transcript and links events to messages', () => {
    const transcript = doc.querySelector('section.transcript');
    expect(transcript?.textContent).toContain('time zone Europe/Paris');
    expect(transcript?.querySelector('.day')?.textContent).toBe('2026-11-22 · UTC+01:00');
    expect(transcript?.querySelectorAll('article.msg')).toHaveLength(6);
    const m4 = doc.getElementById('m-4');
    expect(m4?.nextElementSibling?.textContent).toContain('Promise made');
    expect(m4?.querySelector('time')?.getAttribute('datetime')).toBe(input.messages[4]?.at);
    // The disconnect (no seq) lands after the last message by time.
    expect(transcript?.lastElementChild?.textContent).toContain('Disconnected');
    expect(doc.querySelector('section.notes')?.textContent).toContain('not covered by the signature');
  });

  it('reports a broken chain and a truncated recording', () => {
    const broken = fakeInput({ session: fakeSession({ truncated: true }) });
    broken.messages[2] = { ...(broken.messages[2] as (typeof broken.messages)[number]), text: 'edited' };
    const d = new DOMParser().parseFromString(buildHtmlExport(broken), 'text/html');
    const text = d.querySelector('section.summary')?.textContent ?? '';
    expect(text).toContain('Broken at message #2');
    expect(text).toContain('message limit');
    expect(text).toContain('not signed');
  });
});
