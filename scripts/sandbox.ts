// `npm run sandbox`: the sandbox alone (Entra ID + Graph stand-in) on loopback, on SANDBOX_PORT
// (default 4322). Point a dev server's checker at it with PUBLIC_SANDBOX_ORIGIN.
import { createServer } from 'node:http';
import { hostHeaderRules } from '../src/hosting/headers.ts';
import { accountsTable } from '../sandbox/accounts-table.ts';
import { answerClientError } from '../sandbox/client-error.ts';
import { createSandbox } from '../sandbox/index.ts';
import { applyHeaderRules } from '../server/static.ts';

const port = Number(process.env['SANDBOX_PORT'] ?? 4322);
const sandbox = createSandbox();
// The site's header rules (the sandbox serves no script of its own). Its sign-in forms answer
// with a redirect to the checker on the dev server's loopback origin: form-action lets that through.
const rules = hostHeaderRules({
	hosts: { connect: [], frame: [] },
	scriptSources: ["'self'"],
	formAction: ["'self'", 'http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'],
});

const handler: Parameters<typeof createServer>[1] = (req, res) => {
	applyHeaderRules(rules, URL.parse(req.url ?? '/', 'http://localhost')?.pathname ?? '/', res);
	void sandbox.handle(req, res).then((answered) => {
		if (!answered)
			res
				.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
				.end('Not a sandbox address. Try /sandbox/.');
	});
};

// Loopback only, on both address families (as scripts/serve.ts).
createServer(handler)
	.on('clientError', answerClientError)
	.listen(port, '127.0.0.1', () => {
		console.log(`Sandbox on http://localhost:${port}/sandbox/ (Graph at /sandbox/graph/v1.0)\n`);
		console.log(accountsTable());
	});
createServer(handler)
	.on('clientError', answerClientError)
	.on('error', () => {})
	.listen(port, '::1');
