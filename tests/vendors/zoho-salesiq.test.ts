import { describe, expect, test } from 'vitest';
import { readAll } from '../../lib/vendors/define';
import zohoSalesiq from '../../lib/vendors/zoho-salesiq';
import { playWidget, sharedSuite, strip } from './same-origin-fixture';

// SalesIQ writes an empty document with its scripts into iframe#siqiframe (assumed), then renders its window
const SKELETON = '';

describe('zoho-salesiq', () => {
  sharedSuite(zohoSalesiq, 'zoho-salesiq', SKELETON);

  test('the ribbon’s current attender (#attname) never renames earlier lines', () => {
    playWidget('zoho-salesiq', SKELETON);
    expect(document.getElementById('attname')?.textContent).toBe('Marco');
    const priya = readAll(zohoSalesiq, zohoSalesiq.findRoot(document)!).filter((m) => m.author === 'Priya');
    expect(priya).toHaveLength(2);
  });

  test.each([
    [
      'an info row is a system line',
      '<div class="siq-msg siq-info-msg"><div class="siq-msg-text">Chat transferred to Marco</div></div>',
      [{ role: 'system', author: null, text: 'Chat transferred to Marco' }],
    ],
    [
      'a typing row',
      '<div class="siq-msg siq-agent-msg siq-typing"><div class="siq-msg-text">…</div></div>',
      [],
    ],
  ])('%s', (_name, html, expected) => {
    playWidget('zoho-salesiq', SKELETON, []);
    const root = zohoSalesiq.findRoot(document)!;
    root.innerHTML = html;
    expect(strip(readAll(zohoSalesiq, root))).toEqual(expected);
  });
});
