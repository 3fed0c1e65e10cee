import { cantHelp } from '../../lib/detectors/cant-help';
import type { Line } from '../../lib/detectors/types';

const A = (text: string): Line => ({ role: 'agent', author: 'Jo', text });
const B = (text: string): Line => ({ role: 'bot', author: 'Bot', text });
const C = (text: string): Line => ({ role: 'customer', author: null, text });
const fires = (line: Line) => cantHelp.analyse([C('help please'), line]).some((f) => f.i === 1);

describe('cant-help', () => {
  test.each<[string, Line]>([
    ['unable', A("I'm unable to issue a refund for this order.")],
    ['no authority', A("Unfortunately I don't have the authority to waive that charge.")],
    ['no access', A("I don't have access to your loan account from this team.")],
    ['outside scope', A("That's outside my scope, sorry.")],
    ['policy', A('Our policy does not allow exchanges after 30 days.')],
    ['cannot be cancelled', A('Prepaid bookings cannot be cancelled, per our terms.')],
    ['nothing I can do', A("I'm sorry, there's nothing I can do about that.")],
    ['bot refuses', B("Sorry, I can't help with that.")],
    ['we only', A('We can only offer store credit for opened items.')],
    ['Spanish', A('Lo siento, no puedo modificar la reserva.')],
    ['French', A('Je ne peux pas annuler cette commande.')],
  ])('fires: %s', (_name, line) => {
    expect(fires(line)).toBe(true);
  });

  test.each<[string, Line]>([
    ['alternative offered', A("I can't reopen that order, but I can send a replacement today.")],
    ['transfer offered', A("I don't have access to billing, so I'll transfer you to them now.")],
    [
      'specific contact',
      A("I'm not able to do that in chat; you can call 1-800-555-0100 and they'll do it right away."),
    ],
    [
      'instructions instead',
      A("I can't change it for you, but here are the steps: Settings > Plan > Change."),
    ],
    ['menu path given', A("I can't change that from here. To change it, open Settings > Billing > Plan.")],
    ['cannot find', A('I cannot find an order with that number, could you check it?')],
    ['cannot say for certain', A("I can't say for certain when it will arrive.")],
    ['not a refusal', A("I can see the charge and I've reversed it.")],
    ['customer says it', C("you can't help me?")],
  ])('does not fire: %s', (_name, line) => {
    expect(fires(line)).toBe(false);
  });
});
