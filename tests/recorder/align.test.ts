import { describe, expect, test } from 'vitest';
import { align } from '../../lib/recorder/align';

const s = (x: string) => (x ? x.split(' ') : []);

describe('align: what is new', () => {
  test.each([
    ['first read', '', 'A B C', [0, 1, 2]],
    ['append', 'A B', 'A B C', [2]],
    ['re-render of the whole list plus one', 'A B C', 'A B C D', [3]],
    ['the same line sent twice is two messages', 'A ok', 'A ok ok', [2]],
    ['virtualised window at the end plus one', 'A B C D E', 'D E F', [2]],
    ['virtualised window after the duplicate', 'A ok', 'ok ok', [1]],
    ['history shown again after a reload (nothing new)', 'A B C', 'A B C', []],
    ['scrolled back in a virtualised list (nothing new)', 'A B C D E F', 'B C D', []],
    ['an unrelated list (new conversation)', 'A B', 'X Y', [0, 1]],
    ['old lines only, out of the window (nothing new)', 'A B C', 'B', []],
    ['three identical greetings', 'hi hi', 'hi hi hi', [2]],
    ['two lines swapped by a re-render (nothing new)', 'A B C', 'A C B', []],
    ['a repeated line swapped with an older one (nothing new)', 'A B B', 'B A B', []],
    ['a moved line plus a new one', 'A B C', 'A C B D', [3]],
    ['a new "ok" at the end of a virtualised window', 'ok X Y', 'X Y ok', [2]],
  ])('%s', (_n, known, visible, fresh) => {
    expect(align(s(known), s(visible)).fresh).toEqual(fresh);
  });
});

test('an edited old line is reported as unmatched, not as new', () => {
  expect(align(s('A B C'), s('A X C D'))).toEqual({ fresh: [3], unmatched: [1] });
});

test('same input, same output', () => {
  const k = s('A B ok ok C');
  const v = s('ok ok C D');
  expect(align(k, v)).toEqual(align(k, v));
});
