// The sandbox's signing key and JSON Web Tokens: RS256 like Entra ID, published as a JWKS so a
// client can verify what the sandbox signs. A fresh key each start: nothing secret is stored.
import { createHash, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface SigningKey {
	kid: string;
	privateKey: KeyObject;
	publicKey: KeyObject;
}

export function createSigningKey(): SigningKey {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const der = publicKey.export({ format: 'der', type: 'spki' });
	const kid = createHash('sha256').update(der).digest('base64url').slice(0, 27);
	return { kid, privateKey, publicKey };
}

/** The key set served at `discovery/v2.0/keys`. */
export function jwks(key: SigningKey) {
	const jwk = key.publicKey.export({ format: 'jwk' });
	return { keys: [{ kty: 'RSA', use: 'sig', kid: key.kid, x5t: key.kid, n: jwk.n, e: jwk.e }] };
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
	const head = `${encode({ typ: 'JWT', alg: 'RS256', kid: key.kid })}.${encode(claims)}`;
	return `${head}.${sign('sha256', Buffer.from(head), key.privateKey).toString('base64url')}`;
}

/** The claims of a token this key signed, or undefined when it is malformed or the signature fails. */
export function verifyJwt(key: SigningKey, token: string): Record<string, unknown> | undefined {
	const parts = token.split('.');
	if (parts.length !== 3) return undefined;
	const [head, body, signature] = parts as [string, string, string];
	try {
		const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
		if (header.alg !== 'RS256') return undefined;
		const ok = verify(
			'sha256',
			Buffer.from(`${head}.${body}`),
			key.publicKey,
			Buffer.from(signature, 'base64url'),
		);
		if (!ok) return undefined;
		return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
	} catch {
		return undefined;
	}
}
