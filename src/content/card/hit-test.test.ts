// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mark } from '../highlight/painter';
import { searchSorted } from './hit-test';

function setup() {
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.append(
    'Alpha beta ',
    Object.assign(document.createElement('b'), { textContent: 'gamma' }),
    ' delta epsilon',
  );
  document.body.append(p);
  const [t1, b, t3] = [p.childNodes[0] as Text, p.childNodes[1]!, p.childNodes[2] as Text];
  const t2 = b.firstChild as Text;
  const range = (node: Text, s: number, e: number) => {
    const r = document.createRange();
    r.setStart(node, s);
    r.setEnd(node, e);
    return r;
  };
  const mk = (ranges: Range[], index: number): Mark => ({
    kind: 'actor',
    start: index,
    end: index + 1,
    ref: { type: 'actor', index, mention: 0 },
    ranges,
  });
  // "Alpha", "gamma delta" (crossing an element boundary: two ranges), "epsilon"
  const marks = [
    mk([range(t1, 0, 5)], 0),
    mk([range(t2, 0, 5), range(t3, 0, 6)], 1),
    mk([range(t3, 7, 14)], 2),
  ];
  return { marks, t1, t2, t3 };
}

describe('searchSorted', () => {
  it('finds the mark holding a caret position, across element boundaries', () => {
    const { marks, t1, t2, t3 } = setup();
    expect(searchSorted(marks, { node: t1, offset: 2 })?.ref).toMatchObject({ index: 0 });
    expect(searchSorted(marks, { node: t2, offset: 3 })?.ref).toMatchObject({ index: 1 });
    expect(searchSorted(marks, { node: t3, offset: 3 })?.ref).toMatchObject({ index: 1 });
    expect(searchSorted(marks, { node: t3, offset: 10 })?.ref).toMatchObject({ index: 2 });
  });

  it('returns null between marks', () => {
    const { marks, t1 } = setup();
    expect(searchSorted(marks, { node: t1, offset: 8 })).toBeNull();
    expect(searchSorted([], { node: t1, offset: 0 })).toBeNull();
  });
});
