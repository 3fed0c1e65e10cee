import { beforeEach, describe, expect, test } from 'vitest';
import { detect } from '../../lib/recorder/detect';
import chatwoot from '../../lib/vendors/chatwoot';
import { readAll } from '../../lib/vendors/define';
import { chatLines, playFixture, setUrl } from './cross-origin-fixture';

beforeEach(() => {
  setUrl('http://app.chatwoot.com/vendors/chatwoot/widget.html?website_token=fx123');
  document.body.innerHTML = '';
});

describe('chatwoot adapter (fixture markup, vendors.md §3.24)', () => {
  test('reads the whole standard chat with the vendor ids, no receipts or times in the text', () => {
    playFixture('chatwoot');
    const root = chatwoot.findRoot(document)!;
    const got = readAll(chatwoot, root);
    expect(got.map(({ role, author, text }) => ({ role, author, text }))).toEqual(
      chatLines().map(({ role, author, text }) => ({ role, author, text })),
    );
    expect(got.every((m) => m.id && /^\d+$/.test(m.id))).toBe(true);
  });

  test('the frame is detected by its host, a plain page is not', () => {
    expect(detect(document, 'app.chatwoot.com')).toMatchObject({ vendor: 'chatwoot' });
    document.body.innerHTML = '<p>hello</p>';
    expect(detect(document, 'shop.example')).toBeNull();
  });

  test('composer state and the end prompt', () => {
    playFixture('chatwoot');
    expect(chatwoot.readState(document, chatwoot.findRoot(document)).composerEnabled).toBe(true);
    (document.querySelector('textarea') as HTMLTextAreaElement).disabled = true;
    document.body.insertAdjacentHTML('beforeend', '<div class="csat--wrap">Rate your conversation</div>');
    expect(chatwoot.readState(document, chatwoot.findRoot(document))).toMatchObject({
      composerEnabled: false,
      endPrompt: true,
    });
  });
});
