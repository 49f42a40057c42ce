// `npm run check`: the type checks and the formatting check, side by side where they can be (each
// leaves a core idle much of the time). svelte-check reads the types `astro check` generates in
// .astro/ (astro:content, import.meta.env), which a fresh clone does not have yet: it starts once
// astro check has written them (its "[types] Generated" line), or once astro check has ended if
// that line never comes. Each one's output is printed whole when it ends, under its name, so the
// outputs never interleave; the exit code is 1 if any failed, and the last line names which.
import { spawn } from 'node:child_process';

interface Check {
	name: string;
	command: string;
	args: string[];
	/** Called with each piece of output as it arrives. */
	onOutput?: (text: string) => void;
}

function run({ name, command, args, onOutput }: Check): Promise<{ name: string; ok: boolean }> {
	return new Promise((resolve) => {
		const started = performance.now();
		let output = '';
		// npm puts node_modules/.bin first on the PATH of its scripts.
		const child = spawn(command, args);
		const take = (chunk: Buffer) => {
			output += chunk;
			onOutput?.(output);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		const end = (ok: boolean, note = '') => {
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			console.log(
				`\n── ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s ──\n${output.trimEnd()}${note}`,
			);
			resolve({ name, ok });
		};
		child.on('error', (error) =>
			end(false, `\n${command} could not start: ${error.message}. Run npm ci.`),
		);
		child.on('close', (code) => end(code === 0));
	});
}

let typesWritten = () => {};
const typesReady = new Promise<void>((resolve) => (typesWritten = resolve));

const astro = run({
	name: 'astro check',
	command: 'astro',
	args: ['check'],
	onOutput: (text) => {
		if (/\[types\] Generated/.test(text)) typesWritten();
	},
}).finally(typesWritten);
const prettier = run({ name: 'prettier', command: 'prettier', args: ['--check', '.'] });
const svelte = typesReady.then(() =>
	run({
		name: 'svelte-check',
		command: 'svelte-check',
		args: ['--tsconfig', './tsconfig.json', '--threshold', 'error'],
	}),
);

const results = await Promise.all([astro, prettier, svelte]);
const failed = results.filter((result) => !result.ok).map((result) => result.name);
console.log(failed.length ? `\nFailed: ${failed.join(', ')}.` : '\nAll checks passed.');
process.exitCode = failed.length ? 1 : 0;
