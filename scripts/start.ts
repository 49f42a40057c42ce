// `npm start`: builds the site, then serves it with the sandbox on http://localhost:PORT (4321).
import { spawn } from 'node:child_process';
import { accountsTable } from '../sandbox/accounts-table.ts';

const port = process.env['PORT'] ?? '4321';

function run(command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: 'inherit' });
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
		);
	});
}

await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
console.log(
	`\nThe Claras Help Centre: http://localhost:${port}/  (checker: http://localhost:${port}/teams/checker/)\n`,
);
console.log(accountsTable());
console.log('');
await run(process.execPath, ['scripts/serve.ts', '--port', port]);
