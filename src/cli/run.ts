import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  analyzeHtml,
  analyzeJsonlLine,
  analyzeText,
  decodeInput,
  isCliError,
  isHtmlPath,
} from './analyze-file';
import type { CliError, CliResult } from './analyze-file';

export const USAGE = `Usage: parley analyze [--url URL] [--jsonl] [--pretty] [--events] [FILE ...]

Finds who negotiates and what each side demands in a trade-news article. Everything runs locally.

  FILE        a page (.html, .htm: the article is found first) or plain text (any other name);
              no FILE or "-" reads standard input (as text, or as a page when it starts with "<")
  --url URL   the article's address, printed as "url" (default: the page's canonical URL)
  --jsonl     input is JSON Lines {"id", "html"|"text", "url"?}: one result per line, in order
  --pretty    indent the JSON output
  --events    also print "parties" and status "events" (talks held, deal signed...) with dates
  -h, --help  show this help
  -V, --version  show the version

Output: one JSON object per article (see docs/cli-contract.md).
Exit status: 0 all inputs analyzed, 1 some failed, 2 usage error.
`;

declare const __PARLEY_VERSION__: string | undefined;

async function version(): Promise<string> {
  if (typeof __PARLEY_VERSION__ === 'string') return __PARLEY_VERSION__;
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
}

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  stdin: Readable;
  out: (s: string) => void;
  err: (s: string) => void;
}

class UsageError extends Error {}

interface Options {
  url: string | null;
  jsonl: boolean;
  pretty: boolean;
  events: boolean;
  files: string[];
}

function parse(argv: string[]): Options | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        jsonl: { type: 'boolean' },
        pretty: { type: 'boolean' },
        events: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  if (values.url !== undefined) {
    try {
      new URL(values.url);
    } catch {
      throw new UsageError(`--url is not an absolute URL: ${values.url}`);
    }
  }
  return {
    url: values.url ?? null,
    jsonl: values.jsonl === true,
    pretty: values.pretty === true,
    events: values.events === true,
    files,
  };
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function describe(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
  }
  return e instanceof Error ? e.message : String(e);
}

/** stdin has no file name: it is a page when it opens with a tag or a doctype. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\ufeff/, '');
  return /^\s*<(?:!doctype|!--|[a-z][a-z0-9-]*[\s/>])/i.test(head);
}

/** Analyzes one non-JSONL input: a page or a text. Throws on unreadable or binary input. */
function analyzeBytes(
  bytes: Uint8Array,
  name: string | null,
  url: string | null,
  events: boolean,
): CliResult {
  const html = name === null ? looksLikeMarkup(bytes) : isHtmlPath(name);
  const text = decodeInput(bytes, html);
  return html ? analyzeHtml(text, { url, events }) : analyzeText(text, { url, events });
}

/** Reads JSON Lines from a stream, printing one result per non-blank line as it goes. */
async function runJsonl(
  stream: Readable,
  opts: Options,
  emit: (r: CliResult | CliError) => void,
): Promise<boolean> {
  let ok = true;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const r = analyzeJsonlLine(line, { url: opts.url, events: opts.events });
    if (isCliError(r)) ok = false;
    emit(r);
  }
  return ok;
}

/** The whole command line; returns the exit status (0 ok, 1 some input failed, 2 usage). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let opts: Options;
  try {
    const parsed = parse(argv);
    if (parsed === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (parsed === 'version') {
      io.out(`${await version()}\n`);
      return 0;
    }
    opts = parsed;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`parley: ${e.message}\n\n${USAGE}`);
    return 2;
  }

  const emit = (r: CliResult | CliError) =>
    io.out(`${JSON.stringify(r, null, opts.pretty ? 2 : undefined)}\n`);
  const inputs = opts.files.length > 0 ? opts.files : ['-'];
  let ok = true;
  for (const input of inputs) {
    const name = input === '-' ? 'stdin' : input;
    try {
      if (opts.jsonl) {
        const stream = input === '-' ? io.stdin : createReadStream(input);
        // Surface open errors (missing file) before reading lines.
        if (input !== '-')
          await new Promise<void>((res, rej) => stream.once('open', () => res()).once('error', rej));
        if (!(await runJsonl(stream, opts, emit))) ok = false;
      } else {
        const bytes = input === '-' ? await readAll(io.stdin) : await readFile(input);
        emit(analyzeBytes(bytes, input === '-' ? null : input, opts.url, opts.events));
      }
    } catch (e) {
      ok = false;
      io.err(`parley: ${name}: ${describe(e)}\n`);
    }
  }
  return ok ? 0 : 1;
}
