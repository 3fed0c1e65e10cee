// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildMarkdownExport } from '../../lib/export/markdown';
import { escapeMarkdown, escapeMarkdownLines } from '../../lib/export/text';
import { fakeInput, fakeMessages, fakeSession } from './fakes';

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['![img](https://evil.example/t.png)', '!\\[img\\](https\\://evil.example/t.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['&lt; &amp;', '\\&lt; \\&amp;'],
    ['a | b | c', 'a \\| b \\| c'],
    ['~~strike~~ \\n', '\\~\\~strike\\~\\~ \\\\n'],
    ['# not a heading', '\\# not a heading'],
    ['- 1. inline markers stay', '- 1. inline markers stay'],
    ['visit www.evil.example now', 'visit www\\.evil.example now'],
    ['see https://acme.com/x', 'see https\\://acme.com/x'],
    ['RLO \u202E here', 'RLO ⟨U+202E⟩ here'],
    ['zero\u200Bwidth', 'zero⟨U+200B⟩width'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['12) not a list', '12\\) not a list'],
    ['=== not a heading', '\\=== not a heading'],
    ['  - indented', '\u00A0\u00A0\\- indented'],
  ])('at a line start %j → %j', (input, expected) => {
    expect(escapeMarkdownLines(input)).toEqual([expected]);
  });

  it('keeps indentation from becoming a code block and splits lines', () => {
    expect(escapeMarkdownLines('    code\n\tx\r\n> quote')).toEqual([
      '\u00A0\u00A0\u00A0\u00A0code',
      '\u00A0\u00A0\u00A0\u00A0x',
      '\\> quote',
    ]);
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });
});

describe('buildMarkdownExport', () => {
  const session = fakeSession({ title: '# Title [x](y)', agents: ['*Jane*'], notes: 'my <notes>' });
  const messages = fakeMessages(session.id, [
    { text: 'Hello\n\n# fake heading\n- fake item\n<img src=x onerror=alert(1)>' },
    { role: 'customer', author: 'Me', text: 'ok' },
  ]);
  const md = buildMarkdownExport(fakeInput({ session, messages }));

  it('has the summary, then the transcript as block quotes', () => {
    expect(md.startsWith('# Support chat with acme.com\n')).toBe(true);
    expect(md.indexOf('## Summary')).toBeLessThan(md.indexOf('## Transcript'));
    expect(md).toContain('- **Company / site:** acme.com (support.acme.com)');
    expect(md).toContain(
      '- **Page:** \\# Title \\[x\\](y) — https\\://support.acme.com/help/billing?ref=mail',
    );
    expect(md).toContain('- **Representatives:** \\*Jane\\*');
    expect(md).toContain('- **Case numbers:** CASE-1001, 88-123');
    expect(md).toContain('- **Outcome:** Closed without a solution');
    expect(md).toContain(
      '- #4 · 2026-11-22 18:04:45 UTC+01:00 · Promise made — I will refund you within 5 days',
    );
    expect(md).toContain('The agent ended the chat at 2026-11-22 18:14:25 UTC+01:00.');
    expect(md).toMatch(/- \*\*Message chain:\*\* intact/);
    expect(md).toContain('time zone Europe/Paris');
    expect(md).toContain('### 2026-11-22 · UTC+01:00');
    expect(md).toContain(
      '**#0 · 18:04:05 · Jane** (agent) · widget showed “6:04 PM”\n\n> Hello  \n>\n> \\# fake heading  \n> \\- fake item  \n> \\<img src=x onerror=alert(1)\\>  \n',
    );
    expect(md).toContain('## Your notes');
    expect(md).toContain('> my \\<notes\\>');
  });

  it('leaves no raw HTML or Markdown link syntax from captured text', () => {
    const captured = md.split('## Transcript')[1] ?? '';
    expect(captured).not.toMatch(/(^|[^\\])</m);
    expect(captured).not.toMatch(/(^|[^\\])\[/m);
  });
});
