import { describe, expect, it } from 'vitest';
import { IMPORT_STALE_MS, createPartAssembler } from './import-parts';

const part = (
  index: number,
  data: string,
  over: Partial<{ id: string; total: number; bytes: number }> = {},
) => ({
  id: 'a',
  total: 2,
  bytes: 4,
  index,
  data,
  ...over,
});

describe('createPartAssembler', () => {
  it('joins the parts in index order whatever order they arrive in', () => {
    const parts = createPartAssembler(100, () => 0);
    expect(parts.add(part(1, 'cd'))).toEqual({ kind: 'incomplete', received: 1 });
    expect(parts.add(part(0, 'ab'))).toEqual({ kind: 'complete', text: 'abcd', bytes: 4 });
  });

  it('refuses a file over the limit and parts that do not fit together', () => {
    const parts = createPartAssembler(3, () => 0);
    expect(parts.add(part(0, 'ab'))).toEqual({ kind: 'too-big' });
    const roomy = createPartAssembler(100, () => 0);
    roomy.add(part(0, 'ab'));
    expect(roomy.add(part(1, 'cd', { total: 3 }))).toEqual({ kind: 'mismatch' });
    expect(roomy.add(part(2, 'ef'))).toEqual({ kind: 'mismatch' });
  });

  it('forgets an import whose parts stopped arriving', () => {
    let t = 0;
    const parts = createPartAssembler(100, () => t);
    parts.add(part(0, 'ab'));
    t = IMPORT_STALE_MS + 1;
    // The first part is gone: the second alone does not complete the file.
    expect(parts.add(part(1, 'cd'))).toEqual({ kind: 'incomplete', received: 1 });
  });
});
