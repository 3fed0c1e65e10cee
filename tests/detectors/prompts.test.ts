import { analyse } from '../../lib/detectors';
import type { Line } from '../../lib/detectors/types';
import { buildPrompts, type PromptsInput } from '../../lib/prompts';

const A = (text: string, author = 'Priya'): Line => ({ role: 'agent', author, text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const S = (text: string): Line => ({ role: 'system', author: null, text });

function input(lines: Line[], over: Partial<PromptsInput> = {}): PromptsInput {
  return {
    findings: analyse(lines),
    lines,
    desiredOutcome: '',
    caseNumbers: [],
    agents: [],
    stalled: false,
    ...over,
  };
}

describe('buildPrompts', () => {
  test('nothing went wrong → no prompts', () => {
    const lines = [
      A("Hi, I'm Priya."),
      C('my router is down'),
      A('Fixed it from here.'),
      C('works now, thanks!'),
    ];
    expect(buildPrompts(input(lines))).toEqual([]);
  });

  test('cant-help: ask for a supervisor, quoting the outcome and the case number', () => {
    const lines = [
      A('Your case number is 55-2019.'),
      C('I need the fee refunded'),
      A("I'm unable to refund fees."),
    ];
    const out = buildPrompts(input(lines, { desiredOutcome: 'the $35 fee refunded.' }));
    expect(out.map((p) => p.id)).toEqual(['cant-help:supervisor', 'cant-help:next-step']);
    expect(out[0]?.trigger).toBe('cant-help');
    expect(out[0]?.text).toContain('the $35 fee refunded');
    expect(out[0]?.text).toContain('55-2019');
    expect(out[0]?.text).not.toMatch(/\.\./);
  });

  test('without a case number or name, the prompt asks for them', () => {
    const lines = [{ ...A("I can't help with that."), author: null }];
    const text = buildPrompts(input(lines))[0]?.text ?? '';
    expect(text).toContain('case number and your name');
    expect(text).toContain('the problem I described solved');
  });

  test('premature close: decline it and quote what was promised', () => {
    const lines = [
      C('my refund never arrived'),
      A('I have re-sent it, it will post within 3 business days.'),
      C('ok'),
      A('Is there anything else I can help with?'),
    ];
    const out = buildPrompts(input(lines, { caseNumbers: ['R-771'], desiredOutcome: 'my $80 refund' }));
    expect(out[0]).toMatchObject({ id: 'premature-close:decline', trigger: 'premature-close' });
    expect(out[0]?.text).toContain('it will post within 3 business days');
    expect(out[0]?.text).toContain('R-771');
    expect(out[1]?.text).toContain('transcript');
    expect(out[1]?.text).toContain('Priya');
  });

  test('second transfer, script loop and stall each get their own prompts; the stall comes first', () => {
    const lines = [
      A('Hello', 'Ana'),
      C('my email is kim@example.org'),
      A("I'll transfer you to billing.", 'Ana'),
      S('Ben has joined the chat'),
      A('Could you confirm your email address?', 'Ben'),
      C('I already gave it'),
      A("I'll transfer you to our disputes team.", 'Ben'),
      S('Cleo has joined the chat'),
    ];
    const out = buildPrompts(input(lines, { stalled: true }));
    const triggers = [...new Set(out.map((p) => p.trigger))];
    expect(triggers).toEqual(['stalled', 'second-transfer', 'script-loop']);
    expect(out.find((p) => p.id === 'second-transfer:ids')?.text).toContain('transferred 2 times');
  });

  test('one transfer is not a trigger', () => {
    const lines = [
      A('Hi', 'Ana'),
      C('billing'),
      A("I'll transfer you to billing.", 'Ana'),
      S('Ben has joined the chat'),
    ];
    expect(buildPrompts(input(lines))).toEqual([]);
  });

  test('short, unique ids, no placeholders leaking, deterministic', () => {
    const lines = [C('broken'), A("I'm not able to fix that."), A('Thanks for contacting us!')];
    const inp = input(lines, { stalled: true });
    const out = buildPrompts(inp);
    expect(buildPrompts(inp)).toEqual(out);
    expect(new Set(out.map((p) => p.id)).size).toBe(out.length);
    for (const p of out) {
      expect(p.text.length).toBeLessThan(420);
      expect(p.text).not.toMatch(/undefined|null|\[object/);
      expect(p.title.length).toBeGreaterThan(0);
    }
  });
});
