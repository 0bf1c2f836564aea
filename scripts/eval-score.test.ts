import { describe, expect, it } from 'vitest';
import { norm } from './eval-score';

describe('eval-score norm', () => {
  it("drops a name's closing full stop, so 'Canfor Corp.' matches 'Canfor Corp'", () => {
    expect(norm('Canfor  Corp.')).toBe(norm('Canfor Corp'));
    expect(norm('U.S.')).toBe(norm('U.S.'));
    // near miss: a dot inside the name stays
    expect(norm('U.S. Treasury')).not.toBe(norm('US Treasury'));
  });
});
