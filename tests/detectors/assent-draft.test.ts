import { describe, expect, test } from 'vitest';
import { isAssentDraft } from '../../lib/detectors/assent-draft';

describe('isAssentDraft fires', () => {
  test.each([
    'yes',
    'Yes please',
    'ok',
    'okay sure',
    'Sure!',
    'sounds good',
    "I'll take it",
    'go ahead',
    'yeah why not',
    'sign me up',
    'Sí',
    "d'accord",
    // round 39: the tracker's assents in other words and languages
    'Na gut, überredet.',
    'va, cámbiamelo',
    "let's do annual on Team",
    'dale, agrégalo',
    'pode ser',
    'va bene, procedi',
    'doe maar',
    'pourquoi pas',
    'perché no, attivalo',
    'count me in',
  ])('%s', (t) => expect(isAssentDraft(t)).toBe(true));
});

describe('isAssentDraft does not fire', () => {
  test.each([
    '',
    'no thanks',
    'not interested',
    'ok but I do not want the upgrade',
    'yes? what does it cost',
    'wait',
    'My internet is still down',
    'yes '.repeat(30),
    'okay hold on',
    // round 39
    'ok, nein danke',
    'va a tardar mucho',
    'gerne, aber nicht jetzt',
    'oui mais pas maintenant',
    'sim, não quero',
  ])('%s', (t) => expect(isAssentDraft(t)).toBe(false));
});
