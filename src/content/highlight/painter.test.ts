import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mark } from './painter';
import { Painter } from './painter';

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
});
