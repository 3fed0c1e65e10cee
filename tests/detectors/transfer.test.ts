import { transfer } from '../../lib/detectors/transfer';
import type { Line } from '../../lib/detectors/types';

const A = (text: string, author = 'Priya'): Line => ({ role: 'agent', author, text });
const B = (text: string, author = 'Bot'): Line => ({ role: 'bot', author, text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const S = (text: string): Line => ({ role: 'system', author: null, text });
const firesAtEnd = (lines: Line[]) => transfer.analyse(lines).some((f) => f.i === lines.length - 1);

describe('transfer', () => {
  test.each<[string, Line[]]>([
    ['agent hands over', [A('Hi'), C('refund please'), A("I'm going to transfer you to our refunds team.")]],
    ['bot connects to a human', [B('Hello!'), C('agent'), B('Connecting you with a live agent now.')]],
    ['system transfer line', [A('Hi'), C('ok'), S('Your chat has been transferred. Please wait.')]],
    ['join after someone spoke', [B('Hello!'), C('human'), S('Olga has joined the chat')]],
    ['now chatting with someone else', [A('Hi', 'Priya'), C('ok'), S('You are now chatting with Marcus')]],
    [
      'new author with no join line',
      [A('Hi', 'Priya'), C('billing please'), A('Hello, Tom from billing here.', 'Tom')],
    ],
    ['supervisor fetched', [A('Hi'), C('supervisor please'), A("One moment, I'll get my supervisor.")]],
    ['Spanish hand-off', [A('Hola'), C('facturación'), A('Le transfiero con el área de facturación.')]],
    [
      'refusal then hand-off in one sentence',
      [A('Hi'), C('loan question'), A("I don't have access to loans, so I'll transfer you to that team.")],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    ['queue before anyone spoke', [S('Please wait while we connect you to an agent.')]],
    ['first agent joins from the queue', [S('Thanks for waiting.'), S('Olga has joined the chat')]],
    [
      'first agent introduces herself after her join line',
      [S('Olga joined'), A("Hi, you're chatting with Olga.", 'Olga')],
    ],
    [
      'name followed by another sentence',
      [
        S('Olga joined'),
        A("Hi, you're chatting with Olga. How can I help?", 'Olga'),
        C('hi'),
        A('Sure, one moment.', 'Olga'),
      ],
    ],
    ['offer to transfer (question)', [A('Hi'), C('ok'), A('Would you like me to transfer you to sales?')]],
    [
      'cannot transfer',
      [A('Hi'), C('manager'), A("I'm sorry, I can't transfer you to a manager from chat.")],
    ],
    [
      'moving a service, not the chat',
      [A('Hi'), C('moving'), A("I'll transfer your service to the new address on the 5th.")],
    ],
    ['customer complaining about transfers', [A('Hi'), C('I have been transferred three times already')]],
    [
      'unnamed join covers the next author',
      [
        B('Hi'),
        C('agent'),
        S('An agent has joined the chat.'),
        A('Hello!', 'Kai'),
        C('hi'),
        A('How can I help?', 'Kai'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});
