// The bad requests sandbox/bad-input.test.ts sends, one row each: what is sent, and the status,
// shape and words Entra or Graph would answer it with.
import { app } from '../src/registry/index.ts';

export type Shape = 'graph' | 'entra-json' | 'entra-page' | 'knob';

/** What a case needs from the running sandbox. */
export interface CaseContext {
	origin: string;
	token: string;
}

export interface BadRequest {
	name: string;
	method: string;
	path: (c: CaseContext) => string;
	body?: () => string | Buffer;
	headers?: (c: CaseContext) => Record<string, string>;
	status: number;
	shape: Shape;
	aadsts?: number;
	allow?: string;
	/** What the answer's message (or a batch part's) must say. */
	says: RegExp;
	part?: true;
}

const authorize = (c: CaseContext, extra: string) =>
	`/sandbox/organizations/oauth2/v2.0/authorize?client_id=${app.applicationId}&response_type=code&redirect_uri=${encodeURIComponent(`${c.origin}/auth/redirect/`)}&scope=openid${extra}`;
const token = '/sandbox/organizations/oauth2/v2.0/token';
export const metadata = '/sandbox/organizations/v2.0/.well-known/openid-configuration';
const form = () => ({ 'content-type': 'application/x-www-form-urlencoded' });
const bearer = (c: CaseContext) => ({
	authorization: `Bearer ${c.token}`,
	'content-type': 'application/json',
});
const batchOf = (...urls: string[]) =>
	JSON.stringify({ requests: urls.map((url, i) => ({ id: String(i + 1), method: 'GET', url })) });
const MB = 1024 * 1024;

export const badRequests: BadRequest[] = [
	// Percent-encoding
	{
		name: "a stray '%' in the tenant segment (metadata)",
		method: 'GET',
		path: () => '/sandbox/%zz/v2.0/.well-known/openid-configuration',
		status: 400,
		shape: 'entra-json',
		aadsts: 90023,
		says: /'%zz' is not a valid percent-encoding/,
	},
	{
		name: "a stray '%' in the tenant segment (token)",
		method: 'POST',
		path: () => '/sandbox/contoso%/oauth2/v2.0/token',
		body: () => 'client_id=x',
		headers: form,
		status: 400,
		shape: 'entra-json',
		aadsts: 90023,
		says: /path is not valid/,
	},
	{
		name: "a stray '%' in an authorise query",
		method: 'GET',
		path: (c) => authorize(c, '&state=50%'),
		status: 400,
		shape: 'entra-page',
		aadsts: 90023,
		says: /query is not valid/,
	},
	{
		name: 'escapes that are not UTF-8 in a Graph path',
		method: 'GET',
		path: () => '/sandbox/graph/v1.0/me%C3%28',
		headers: bearer,
		status: 400,
		shape: 'graph',
		says: /path is not valid/,
	},
	{
		name: "a stray '%' in a Graph query",
		method: 'GET',
		path: () => '/sandbox/graph/v1.0/me?$select=id%2',
		headers: bearer,
		status: 400,
		shape: 'graph',
		says: /query is not valid/,
	},
	{
		name: "a stray '%' in a $batch part URL (that part alone fails)",
		method: 'POST',
		path: () => '/sandbox/graph/v1.0/$batch',
		body: () => batchOf('/me', '/me%zz'),
		headers: bearer,
		status: 200,
		shape: 'graph',
		part: true,
		says: /'%zz' is not a valid percent-encoding/,
	},
	{
		name: 'a CR LF in a $batch part URL',
		method: 'POST',
		path: () => '/sandbox/graph/v1.0/$batch',
		body: () => batchOf('/me', '/me\r\nHost: evil'),
		headers: bearer,
		status: 200,
		shape: 'graph',
		part: true,
		says: /control character/,
	},
	// Control characters in values bound for a header
	{
		name: 'a CR LF in the logout address',
		method: 'GET',
		path: (c) =>
			`/sandbox/organizations/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(`${c.origin}/x\r\nSet-Cookie: a=b`)}`,
		status: 400,
		shape: 'entra-page',
		aadsts: 90023,
		says: /'post_logout_redirect_uri' parameter holds a carriage return/,
	},
	{
		name: 'a line feed in an authorise state',
		method: 'GET',
		path: (c) => authorize(c, '&state=a%0Ab'),
		status: 400,
		shape: 'entra-page',
		aadsts: 90023,
		says: /'state' parameter holds a line feed/,
	},
	{
		name: 'a NUL in a logout hint',
		method: 'GET',
		path: () => '/sandbox/organizations/oauth2/v2.0/logout?logout_hint=a%00',
		status: 400,
		shape: 'entra-page',
		aadsts: 90023,
		says: /control character U\+0000/,
	},
	// Methods
	{
		name: 'PUT on the token endpoint',
		method: 'PUT',
		path: () => token,
		status: 400,
		shape: 'entra-json',
		aadsts: 900561,
		allow: 'POST, OPTIONS',
		says: /only accepts POST, OPTIONS requests\. Received a PUT request/,
	},
	{
		name: 'DELETE on the metadata',
		method: 'DELETE',
		path: () => metadata,
		status: 400,
		shape: 'entra-json',
		aadsts: 900561,
		allow: 'GET, OPTIONS',
		says: /Received a DELETE request/,
	},
	{
		name: 'POST on authorise',
		method: 'POST',
		path: (c) => authorize(c, ''),
		status: 400,
		shape: 'entra-page',
		aadsts: 900561,
		allow: 'GET',
		says: /only accepts GET requests/,
	},
	{
		name: 'GET on a sign-in screen',
		method: 'GET',
		path: () => '/sandbox/_signin/abc',
		status: 400,
		shape: 'entra-page',
		aadsts: 900561,
		allow: 'POST',
		says: /Received a GET request/,
	},
	{
		name: 'PROPFIND on the home page',
		method: 'PROPFIND',
		path: () => '/sandbox/',
		status: 400,
		shape: 'entra-page',
		aadsts: 900561,
		allow: 'GET, HEAD',
		says: /Received a PROPFIND request/,
	},
	{
		name: 'GET on $batch',
		method: 'GET',
		path: () => '/sandbox/graph/v1.0/$batch',
		headers: bearer,
		status: 405,
		shape: 'graph',
		allow: 'POST',
		says: /method GET is not allowed/,
	},
	{
		name: 'PATCH on /me',
		method: 'PATCH',
		path: () => '/sandbox/graph/v1.0/me',
		body: () => '{}',
		headers: bearer,
		status: 405,
		shape: 'graph',
		allow: 'GET',
		says: /method PATCH is not allowed/,
	},
	{
		name: 'GET on the reset knob',
		method: 'GET',
		path: () => '/sandbox/_reset',
		status: 405,
		shape: 'knob',
		allow: 'POST',
		says: /Received a GET request/,
	},
	// Sizes
	{
		name: 'a 2 MB token request',
		method: 'POST',
		path: () => token,
		body: () => `client_id=${'x'.repeat(2 * MB)}`,
		headers: form,
		status: 413,
		shape: 'entra-json',
		aadsts: 90023,
		says: /larger than 1 MB/,
	},
	{
		name: 'a 2 MB sign-in screen post',
		method: 'POST',
		path: () => '/sandbox/_signin/abc',
		body: () => `action=${'x'.repeat(2 * MB)}`,
		headers: form,
		status: 413,
		shape: 'entra-page',
		aadsts: 90023,
		says: /larger than 1 MB/,
	},
	{
		name: 'a 5 MB $batch',
		method: 'POST',
		path: () => '/sandbox/graph/v1.0/$batch',
		body: () => batchOf('/me', `/me?x=${'x'.repeat(5 * MB)}`),
		headers: bearer,
		status: 413,
		shape: 'graph',
		says: /^The maximum request length supported is 4MB\.$/,
	},
	{
		name: 'a token request just under the limit',
		method: 'POST',
		path: () => token,
		body: () => `scope=${'x'.repeat(MB - 100)}`,
		headers: form,
		status: 400,
		shape: 'entra-json',
		aadsts: 900144,
		says: /must contain the following parameter: 'client_id'/,
	},
];
