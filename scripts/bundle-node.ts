/**
 * One way to bundle our TypeScript for Node in the benches and checks: the options of the CLI's
 * bundle (scripts/build-cli.ts), so what they time or compare is what `parley analyze` runs.
 */
import { buildSync, type BuildOptions } from 'esbuild';

/** Bundles `entry` (with its imports) into one ESM file `outfile` for Node 20. */
export function bundleForNode(entry: string, outfile: string, extra: BuildOptions = {}): void {
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    ...extra,
  });
}
