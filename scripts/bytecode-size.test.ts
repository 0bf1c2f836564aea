import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

// A function over V8's limit for optimizing (`--max-optimized-bytecode-size`) is never compiled by
// TurboFan: one rule too many in recognizeActors once made the whole analyzer ~30% slower with no
// test noticing (src/core/README.md, seventeenth throughput round). bytecode-size.ts exits 1 then.
describe('analyzer bytecode', () => {
  it('keeps every analyzer function under V8’s optimizing limit', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bytecode-size.ts', '3'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('recognizeActors');
    expect(out).not.toContain('OVER');
  }, 180_000);
});
