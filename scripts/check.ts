// `npm run check`: the type checks and the formatting check, run side by side (each leaves a core
// idle much of the time; together they take about two thirds of the time one after another).
// Each one's output is printed whole once it ends, under its name, so the outputs never interleave;
// the exit code is 1 if any failed, and the last line names which.
import { spawn } from 'node:child_process';

const checks: [name: string, command: string, args: string[]][] = [
	// .astro files, and the TypeScript they import.
	['astro check', 'astro', ['check']],
	// .svelte files, and every .ts file the tsconfig includes.
	['svelte-check', 'svelte-check', ['--tsconfig', './tsconfig.json', '--threshold', 'error']],
	['prettier', 'prettier', ['--check', '.']],
];

const run = ([name, command, args]: (typeof checks)[number]) =>
	new Promise<{ name: string; ok: boolean }>((resolve) => {
		const started = performance.now();
		let output = '';
		// npm puts node_modules/.bin first on the PATH of its scripts.
		const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0' } });
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
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

const results = await Promise.all(checks.map(run));
const failed = results.filter((result) => !result.ok).map((result) => result.name);
console.log(failed.length ? `\nFailed: ${failed.join(', ')}.` : '\nAll checks passed.');
process.exitCode = failed.length ? 1 : 0;
