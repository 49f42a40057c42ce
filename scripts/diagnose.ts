// `npm run diagnose -- <trace.json>` (or `-` for standard input): prints the engine's report for a
// trace as JSON. Exit 0 when a report was made, whatever it found; exit 2 with one line on stderr
// naming the problem (and the field) when the trace cannot be read or is invalid. Piped into
// `head` or a pager that quits early, it ends quietly with exit 0, as Unix tools do.
import { readFileSync } from 'node:fs';
import { diagnoseUnknown } from '../src/engine/index.ts';
import { engineRegistry } from '../src/engine/from-registry.ts';
import { decodeText } from './diagnose/read-text.ts';

const USAGE =
	'usage: npm run diagnose -- <trace.json>   (or "-" to read the trace from standard input)';

function fail(message: string): never {
	process.stderr.write(`diagnose: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
	process.exit(2);
}

// The reader went away (`| head`): the rest of the report has nowhere to go, and that is no error.
// Node ignores SIGPIPE, so a closed pipe arrives as an EPIPE 'error' event on stdout.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	fail(`cannot write the report: ${error.code ?? error.message}`);
});

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const source = args[0];
if (source === undefined || args.length > 1) fail(USAGE);
const name = source === '-' ? 'standard input' : source;

/** Why a file could not be read, in words, by its error code. */
const READ_ERRORS: Record<string, string> = {
	ENOENT: `no such file: ${source}`,
	EISDIR: `${source} is a directory, not a trace file: name the .json file inside it`,
	EACCES: `cannot read ${name}: permission denied`,
	EPERM: `cannot read ${name}: permission denied`,
};

let bytes: Buffer;
try {
	bytes = readFileSync(source === '-' ? 0 : source);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code ?? '';
	fail(READ_ERRORS[code] ?? `cannot read ${name}: ${code || String(error)}`);
}

const decoded = decodeText(bytes);
if (!decoded.ok)
	fail(
		`${name} is not a text file: ${decoded.reason}. Export the trace again from the checker, or save it as UTF-8.`,
	);

let input: unknown;
try {
	input = JSON.parse(decoded.text);
} catch (error) {
	fail(
		`${name} is not valid JSON (field: (root)): ${error instanceof Error ? error.message : String(error)}`,
	);
}

const result = diagnoseUnknown(input, { registry: engineRegistry });
if (!result.ok) fail(`${result.error} [field: ${result.field}]`);
process.stdout.write(`${JSON.stringify(result.report, null, '\t')}\n`);
