/** `parley` command entry: wires run() to the process. Everything else lives in run.ts. */
import { run } from './run';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // `parley analyze ... | head` closes the pipe early: stop quietly, like other Unix tools.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), {
  stdin: process.stdin,
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `parley: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 1;
  },
);
