import { prematureClose } from '../../lib/detectors/premature-close';
import type { Line } from '../../lib/detectors/types';

const A = (text: string): Line => ({ role: 'agent', author: 'Jo', text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const firesAtEnd = (lines: Line[]) => prematureClose.analyse(lines).some((f) => f.i === lines.length - 1);

describe('premature-close', () => {
  test.each<[string, Line[]]>([
    [
      'after a complaint',
      [C('my router still drops every hour'), A('Is there anything else I can help you with?')],
    ],
    [
      'after cant-help',
      [C('I want a refund'), A("I'm not able to refund that. Thank you for contacting us!")],
    ],
    [
      'after a bare ok',
      [C('when will it be fixed?'), A('Engineers are on it.'), C('ok'), A('Have a great day!')],
    ],
    [
      'thanks for your patience and for choosing',
      [
        C('5 more business days? this is my money'),
        A('I understand. Thank you for your patience and for choosing Coinvault.'),
      ],
    ],
    [
      'resolution words negated',
      [C('the site is down'), A('Try now.'), C("it's still not working"), A('Great, anything else?')],
    ],
    ['after an unanswered question', [C('who can approve this then'), A('Anything else for today?')]],
    [
      'thanks then a new problem',
      [C('thanks!'), C('but the second invoice is still wrong'), A('Thanks for chatting with us!')],
    ],
    [
      'after declining an offer',
      [
        C('the box is broken'),
        A('Sending a new one. Want to add Care+ for $5/mo?'),
        C('no thanks'),
        A('Anything else I can help with?'),
      ],
    ],
  ])('fires: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(true);
  });

  test.each<[string, Line[]]>([
    [
      'customer confirmed the fix',
      [
        C('it is broken'),
        A('Try now.'),
        C('that worked, thanks!'),
        A('Is there anything else I can help with?'),
      ],
    ],
    [
      'customer said they are done',
      [C('question'), A('Answer.'), C("no that's all"), A('Thank you for contacting us.')],
    ],
    ['no after anything else', [C('thank you'), A('Anything else?'), C('no'), A('Have a nice day!')]],
    [
      'thanks in French',
      [C('le colis est arrivé'), A('Parfait.'), C('merci beaucoup'), A('Avec plaisir, bonne journée !')],
    ],
    [
      'fix confirmed in own words',
      [
        C('the database is read-only'),
        A('Resize the volume.'),
        C("done, it's writable again"),
        A('Great! Anything else?'),
      ],
    ],
    [
      'customer got what was missing',
      [C('my gems never arrived'), A("I've added them now."), C('got them'), A('Enjoy! Anything else?')],
    ],
    ['greeting that thanks', [C('hi'), A('Thanks for contacting Acme! How can I help?')]],
    [
      'thanks and carries on with a question',
      [C('my app crashes'), A('Thanks for reaching out! Could you tell me your app version?')],
    ],
    ['before the customer spoke', [A('Thank you for contacting Acme, this is Jo.')]],
    [
      'questions about an offer do not reopen',
      [
        C('great, it works'),
        A('Want to add Care+ for $5/mo?'),
        C('what does it cover?'),
        A('Drops.'),
        C('no thanks'),
        A('Anything else?'),
      ],
    ],
  ])('does not fire: %s', (_name, lines) => {
    expect(firesAtEnd(lines)).toBe(false);
  });
});
