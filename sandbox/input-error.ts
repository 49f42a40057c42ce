// Input the sandbox cannot take, found before or while an endpoint reads it (request-guard.ts,
// http.ts). Each endpoint family answers it in its own service's shape (bad-input.ts), never with
// the last-resort 500.

export type InputErrorKind = 'bad_encoding' | 'control_character' | 'too_large';

export class InputError extends Error {
	readonly kind: InputErrorKind;
	/** What was wrong: the URL part or parameter, e.g. `path`, `query`, `post_logout_redirect_uri`. */
	readonly field: string;
	/** Set when the connection cannot carry another request (a body too large to drain). */
	readonly closeConnection: boolean;

	constructor(kind: InputErrorKind, field: string, message: string, closeConnection = false) {
		super(message);
		this.name = 'InputError';
		this.kind = kind;
		this.field = field;
		this.closeConnection = closeConnection;
	}
}
