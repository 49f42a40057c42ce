// `npm run diagnose -- <trace.json>` (or `-` for standard input): prints the engine's report for a
// trace as JSON. Exit 0 when a report was made, whatever it found; exit 2 with one line on stderr
// naming the problem (and the field) when the trace cannot be read or is invalid.
import { readFileSync } from 'node:fs';
import { diagnoseUnknown } from '../src/engine/index.ts';
import { engineRegistry } from '../src/engine/from-registry.ts';

const USAGE =
	'usage: npm run diagnose -- <trace.json>   (or "-" to read the trace from standard input)';

function fail(message: string): never {
	process.stderr.write(`diagnose: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
	process.exit(2);
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const source = args[0];
if (source === undefined || args.length > 1) fail(USAGE);

let text: string;
try {
	text = readFileSync(source === '-' ? 0 : source, 'utf8');
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	fail(
		code === 'ENOENT'
			? `no such file: ${source}`
			: `cannot read ${source === '-' ? 'standard input' : source}: ${code ?? String(error)}`,
	);
}

let input: unknown;
try {
	input = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad and PowerShell 5 write a BOM
} catch (error) {
	fail(
		`${source === '-' ? 'standard input' : source} is not valid JSON (field: (root)): ${error instanceof Error ? error.message : String(error)}`,
	);
}

const result = diagnoseUnknown(input, { registry: engineRegistry });
if (!result.ok) fail(`${result.error} [field: ${result.field}]`);
process.stdout.write(`${JSON.stringify(result.report, null, '\t')}\n`);
