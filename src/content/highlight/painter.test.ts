import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mark } from './painter';
import { DEFAULT_DISPLAY, Painter, schemeHighlightName } from './painter';
import { displayOf } from './display';

/** Minimal stand-ins for the CSS Custom Highlight API (Node has none): a Highlight is a Set. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const fakeRange = (label: string) => ({ label }) as unknown as Range;
const mark = (kind: Mark['kind'], label: string): Mark => ({
  kind,
  start: 0,
  end: 1,
  ref: { type: 'actor', index: 0, mention: 0 },
  ranges: [fakeRange(label)],
});

let registry: Map<string, unknown>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Painter', () => {
  it('registers one highlight per kind that has marks, under parley-* names', () => {
    const p = new Painter();
    const a = mark('side-a', 'a');
    p.add(a);
    p.add(mark('demand', 'd'));
    expect([...registry.keys()].sort()).toEqual(['parley-demand', 'parley-side-a']);
    expect((registry.get('parley-side-a') as FakeHighlight).has(a.ranges[0]!)).toBe(true);
    expect(p.markOf(a.ranges[0]!)).toBe(a);
    expect(p.size).toBe(2);
  });

  it("never touches a page's own entries, even on clear", () => {
    const pageOwn = new FakeHighlight();
    registry.set('search-results', pageOwn);
    const p = new Painter();
    p.add(mark('actor', 'x'));
    p.setVisible(false);
    p.setVisible(true);
    p.clear();
    expect(registry.get('search-results')).toBe(pageOwn);
    expect([...registry.keys()]).toEqual(['search-results']);
  });

  it('does not delete an entry of ours that someone else replaced', () => {
    const p = new Painter();
    p.add(mark('actor', 'x'));
    const other = new FakeHighlight();
    registry.set('parley-actor', other);
    p.clear();
    expect(registry.get('parley-actor')).toBe(other);
  });

  it('hides and restores all marks with the same Highlights', () => {
    const p = new Painter();
    p.add(mark('side-b', 'b'));
    const h = registry.get('parley-side-b');
    p.setVisible(false);
    expect(registry.size).toBe(0);
    expect(p.visible).toBe(false);
    p.add(mark('reject', 'r')); // painted while hidden: stays hidden
    expect(registry.size).toBe(0);
    p.setVisible(true);
    expect(registry.get('parley-side-b')).toBe(h);
    expect(registry.has('parley-reject')).toBe(true);
  });

  it('focuses a mark briefly', () => {
    vi.useFakeTimers();
    const p = new Painter();
    const m = mark('actor', 'x');
    p.add(m);
    p.focus(m);
    expect((registry.get('parley-focus') as FakeHighlight).has(m.ranges[0]!)).toBe(true);
    vi.advanceTimersByTime(5_000);
    expect(registry.has('parley-focus')).toBe(false);
  });

  it('registers a batch once, at commit', () => {
    const p = new Painter();
    p.begin();
    p.add(mark('side-a', 'a'));
    p.add(mark('offer', 'o'));
    expect(registry.size).toBe(0);
    p.commit();
    expect([...registry.keys()].sort()).toEqual(['parley-offer', 'parley-side-a']);
  });

  it('ignores a mark without ranges', () => {
    const p = new Painter();
    p.add({ ...mark('actor', 'x'), ranges: [] });
    expect(p.size).toBe(0);
    expect(registry.size).toBe(0);
  });

  it('hides a category live and brings it back (display settings)', () => {
    const p = new Painter();
    const person: Mark = { ...mark('side-a', 'p'), category: 'person' };
    const country: Mark = { ...mark('side-a', 'c'), category: 'country' };
    const demand: Mark = {
      ...mark('demand', 'd'),
      ref: { type: 'precondition', index: 0 },
      category: 'demand',
    };
    for (const m of [person, country, demand]) p.add(m);
    const sideA = registry.get('parley-side-a') as FakeHighlight;
    p.setDisplay(
      displayOf({
        scheme: 'default',
        marks: { actors: true, preconditions: false, hiddenActorKinds: ['person'], hiddenStances: [] },
      }),
    );
    expect(sideA.has(person.ranges[0]!)).toBe(false);
    expect(sideA.has(country.ranges[0]!)).toBe(true);
    expect(registry.has('parley-demand')).toBe(false);
    expect(p.markOf(person.ranges[0]!)).toBeUndefined();
    expect(p.shows(country)).toBe(true);
    // Painted while hidden: stays out until shown again.
    const late: Mark = { ...mark('side-a', 'late'), category: 'person' };
    p.add(late);
    expect(sideA.has(late.ranges[0]!)).toBe(false);
    p.setDisplay(DEFAULT_DISPLAY);
    expect(sideA.has(person.ranges[0]!)).toBe(true);
    expect(sideA.has(late.ranges[0]!)).toBe(true);
    expect(registry.has('parley-demand')).toBe(true);
  });

  it("moves its entries to the colour scheme's names and back", () => {
    const p = new Painter();
    p.add(mark('side-a', 'a'));
    p.add(mark('reject', 'r'));
    const h = registry.get('parley-side-a');
    p.setDisplay({ ...DEFAULT_DISPLAY, scheme: 'colour-blind' });
    expect([...registry.keys()].sort()).toEqual(['parley-cb-reject', 'parley-cb-side-a']);
    expect(registry.get('parley-cb-side-a')).toBe(h);
    p.setVisible(false);
    expect(registry.size).toBe(0);
    p.setVisible(true);
    p.setDisplay({ ...DEFAULT_DISPLAY, scheme: 'high-contrast' });
    expect([...registry.keys()].sort()).toEqual(['parley-hc-reject', 'parley-hc-side-a']);
    p.clear();
    expect(registry.size).toBe(0);
    expect(schemeHighlightName('default', 'offer')).toBe('parley-offer');
  });
});
