// Serves the built site (dist/) on loopback, with the sandbox mounted under /sandbox/.
// Used by `npm start` (after a build) and by the end-to-end tests.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createSandbox } from '../sandbox/index.ts';
import { createStaticHandler } from '../server/static.ts';

/** The MSAL redirect bridge must never be cached, and must not send COOP (it talks to its opener). */
export const REDIRECT_BRIDGE_PATH = '/auth/redirect/';

const { values } = parseArgs({ options: { port: { type: 'string' }, root: { type: 'string' } } });
const port = Number(values.port ?? process.env['PORT'] ?? 4321);
const serveStatic = createStaticHandler({
	root: values.root ?? 'dist',
	headersFor: (urlPath) =>
		urlPath === REDIRECT_BRIDGE_PATH ? { 'cache-control': 'no-store' } : {},
});
const sandbox = createSandbox();

const handler: Parameters<typeof createServer>[1] = (req, res) => {
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
createServer(handler).listen(port, '127.0.0.1', () => {
	console.log(
		`Claras Help Centre on http://localhost:${port}/ (sandbox at http://localhost:${port}/sandbox/)`,
	);
});
createServer(handler)
	.on('error', () => {}) // no IPv6 loopback on this machine: 127.0.0.1 is enough
	.listen(port, '::1');
