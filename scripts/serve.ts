// Serves the built site (dist/) on loopback, with the sandbox mounted under /sandbox/, every
// response (the sandbox's sign-in pages too) carrying the headers the build wrote for static hosts.
// Used by `npm start` (after a build) and by the end-to-end tests.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HEADERS_FILE } from '../src/hosting/host-files.ts';
import { answerClientError } from '../sandbox/client-error.ts';
import { createSandbox } from '../sandbox/index.ts';
import { applyHeaderRules, createStaticHandler, readHeaderRules } from '../server/static.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, root: { type: 'string' } } });
const port = Number(values.port ?? process.env['PORT'] ?? 4321);
const root = values.root ?? 'dist';
const rules = readHeaderRules(root);
if (rules.length === 0) {
	console.error(
		`${join(root, HEADERS_FILE)} is missing: this is not a build of the help centre, or an old one. Run npm run build first.`,
	);
	process.exit(1);
}
const serveStatic = createStaticHandler({ root, rules });
const sandbox = createSandbox();

const handler: Parameters<typeof createServer>[1] = (req, res) => {
	// The sandbox's account picker must not be framable by another site any more than the pages.
	applyHeaderRules(rules, URL.parse(req.url ?? '/', 'http://localhost')?.pathname ?? '/', res);
	sandbox
		.handle(req, res)
		.then(async (answered) => {
			if (!answered) await serveStatic(req, res);
		})
		.catch((error: unknown) => {
			console.error(error);
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
};

// Loopback only, on both address families, so "localhost" works whichever one a client tries.
createServer(handler)
	.on('clientError', answerClientError)
	.listen(port, '127.0.0.1', () => {
		console.log(
			`Claras Help Centre on http://localhost:${port}/ (sandbox at http://localhost:${port}/sandbox/)`,
		);
	});
createServer(handler)
	.on('clientError', answerClientError)
	.on('error', () => {}) // no IPv6 loopback on this machine: 127.0.0.1 is enough
	.listen(port, '::1');
