import { describe, expect, it } from 'vitest';
import { resolveDate, findEvents } from './events';
import { splitSentences, tokenize } from './tokenize';

const PUB = Date.parse('2019-07-10T12:00:00Z'); // a Wednesday

function date(phrase: string, future = false): string | null {
  const t = tokenize(phrase);
  return resolveDate(t, 0, t.length, PUB, future);
}

function events(text: string): string[] {
  const t = tokenize(text);
  return findEvents(text, t, splitSentences(text, t), PUB).map((e) => `${e.status}@${e.date ?? '?'}`);
}

describe('resolveDate', () => {
  it('resolves relative expressions against the publication date', () => {
    expect(date('talks on Monday')).toBe('2019-07-08');
    expect(date('will meet on Monday', true)).toBe('2019-07-15');
    expect(date('this week')).toBe('2019-07-08');
    expect(date('last week')).toBe('2019-07-01');
    expect(date('two months ago')).toBe('2019-05-11');
    expect(date('yesterday')).toBe('2019-07-09');
  });

  it('resolves calendar dates, with last year for a past month later than publication', () => {
    expect(date('on March 3')).toBe('2019-03-03');
    expect(date('on December 3')).toBe('2018-12-03');
    expect(date('on December 3', true)).toBe('2019-12-03');
    expect(date('on 5 June')).toBe('2019-06-05');
    expect(date('in May the talks')).toBe(null);
  });
});

describe('findEvents', () => {
  it('finds status changes of the talks with their dates', () => {
    expect(
      events('Talks\n\nThe two sides will resume talks next week. Negotiations stalled in May 2019.'),
    ).toEqual(['restarted@2019-07-15', 'stalled@2019-05-01']);
    expect(events('Deal\n\nThe ministers signed the agreement on Tuesday.')).toEqual(['signed@2019-07-09']);
  });

  it('needs a negotiation noun in the sentence', () => {
    expect(events('Weather\n\nThe ship was blocked by ice on Monday.')).toEqual([]);
  });
});

describe('findEvents: deals announced in other words', () => {
  it('reads framework deals, truces and "the deal was done" as a deal reached', () => {
    expect(events('Trade\n\nThe two sides reached a framework deal in Rome last month.')).toEqual([
      'deal_reached@2019-06-01',
    ]);
    expect(events('Trade\n\nThe president said on Monday the deal was done.')).toEqual([
      'deal_reached@2019-07-08',
    ]);
    expect(events('Trade\n\nThe two countries struck a truce on tariffs.')).toEqual(['deal_reached@?']);
  });
});
