// The diagnosis engine's public API: trace in, report out. Pure TypeScript (no DOM, no fetch, no
// MSAL): it runs in the checker in the browser and in `npm run diagnose` in Node. This entry adds
// validation (zod) for traces from files; the browser imports core.ts, which has none.
import { parseTrace } from './trace.ts';
import { diagnose, type DiagnoseOptions } from './runner.ts';
import type { Report } from './report.ts';

export * from './core.ts';
export { traceSchema, parseTrace, type TraceInput, type ParseTraceResult } from './trace.ts';
export { reportSchema, findingSchema } from './report.ts';
export { explainAuthError, type OAuthErrorParams } from './explain-auth-error.ts';
export { findings as findingCatalogue, findingIds, type FindingId } from '../registry/findings.ts';

export type DiagnoseUnknownResult =
	{ ok: true; report: Report } | { ok: false; error: string; field: string };

/** Validates then diagnoses anything (e.g. a pasted or uploaded file). Never throws. */
export function diagnoseUnknown(input: unknown, options: DiagnoseOptions): DiagnoseUnknownResult {
	try {
		const parsed = parseTrace(input);
		if (!parsed.ok) return parsed;
		return { ok: true, report: diagnose(parsed.trace, options) };
	} catch (error) {
		return {
			ok: false,
			field: '(root)',
			error: `The engine could not read this trace: ${error instanceof Error ? error.message : String(error)}`,
		};
	}
}
