import { describe, expect, it } from 'vitest';
import { toStance } from '../../../graph/model/stance.ts';

describe('toStance', () => {
  it.each([
    ['Recalling', 'neutral'],
    ['Recalling also', 'neutral'],
    ['Recalling, in this connection,', 'neutral'],
    ['Noting', 'neutral'],
    ['Taking note of', 'neutral'],
    ['Takes note of', 'neutral'],
    ['Bearing in mind also', 'neutral'],
    ['Considering', 'neutral'],
    ['Calls upon', 'neutral'],
    ['Reaffirming', 'affirming'],
    ['Reaffirms', 'affirming'],
    ['Affirming', 'affirming'],
    ['Welcoming', 'affirming'],
    ['*Welcomes*', 'affirming'],
    ['Endorsing', 'affirming'],
    ['Endorses', 'affirming'],
    ['Noting with satisfaction', 'affirming'],
    ['Notes with appreciation', 'affirming'],
    ['Expressing its concern', 'concerned'],
    ['Expressing concern', 'concerned'],
    ['Noting with concern', 'concerned'],
    ['Deeply concerned', 'concerned'],
    ['Deploring', 'concerned'],
    ['Strongly condemns', 'concerned'],
    ['Condemning', 'concerned'],
    ['Alarmed', 'concerned'],
  ] as const)('%s is %s', (lead, stance) => {
    expect(toStance(lead)).toBe(stance);
  });

  it('calls a missing lead neutral', () => {
    expect(toStance('')).toBe('neutral');
    expect(toStance(null)).toBe('neutral');
  });
});
