// A `$batch` part's URL, checked before it is dispatched: Graph answers a part it cannot parse
// with that part's own 400 (the batch itself still 200, like any failed part), so one bad URL
// never costs the others their answers.
import { decodeComponent } from '../request-guard.ts';
import { InputError } from '../input-error.ts';
import { graphError, type GraphResult } from './errors.ts';

// C0 controls and DEL cannot be part of a URL (Graph's own URL parser rejects them).
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The part's 400 when its URL is malformed (a stray '%', invalid UTF-8, a control character). */
export function refusePartUrl(id: string, url: string, now: number): GraphResult | undefined {
	if (CONTROL.test(url))
		return graphError(
			400,
			'BadRequest',
			`Invalid request URL in batch request '${id}': it holds a control character (such as CR or LF). Remove it and send the batch again.`,
			now,
		);
	try {
		const queryAt = url.indexOf('?');
		decodeComponent(queryAt === -1 ? url : url.slice(0, queryAt), `URL of batch request '${id}'`);
		if (queryAt !== -1) decodeComponent(url.slice(queryAt + 1), `query of batch request '${id}'`);
	} catch (error) {
		if (error instanceof InputError) return graphError(400, 'BadRequest', error.message, now);
		throw error;
	}
	return undefined;
}
