import { describe, expect, it } from 'vitest';
import { sampleTabResult } from '../storage/test-data';
import { badgeFor } from './badge';

describe('badgeFor', () => {
  it('counts preconditions on a negotiation article', () => {
    expect(badgeFor(sampleTabResult())).toEqual({ text: '1', title: 'Parley: 1 precondition, 4 actors' });
  });
  it('counts actors when no precondition was found', () => {
    expect(badgeFor(sampleTabResult({ preconditions: [] })).text).toBe('4');
  });
  it('stays empty off negotiation articles and without a result', () => {
    expect(badgeFor(sampleTabResult({ isNegotiation: false })).text).toBe('');
    expect(badgeFor(null)).toEqual({ text: '', title: 'Parley' });
  });
});
