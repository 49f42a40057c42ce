// Shared by the engine tests: diagnose a fixture trace on the small fixed registry, after checking
// the fixture is a valid trace, and read reports as sentences.
import {
	healthyTrace,
	type AnswerSpec,
	type HealthyTraceOptions,
} from '../../fixtures/healthy-trace.ts';
import {
	diagnose,
	parseTrace,
	type DiagnoseOptions,
	type Report,
	type TraceInput,
} from '../../src/engine/index.ts';
import { NOW, testRegistry } from './engine-registry-fixture.ts';

export function report(input: unknown, options: Partial<DiagnoseOptions> = {}): Report {
	const parsed = parseTrace(input);
	if (!parsed.ok) throw new Error(parsed.error);
	return diagnose(parsed.trace, { registry: testRegistry, ...options });
}

/** The healthy trace of the test registry with some answers replaced. */
export const traceWith = (
	answers: Readonly<Record<string, AnswerSpec>> = {},
	options: Omit<HealthyTraceOptions, 'answers'> = {},
): TraceInput => healthyTrace(testRegistry, NOW, { ...options, answers });

export const ids = (r: Report) => r.findings.map((f) => f.id);
/** Each feature as `state` or `blocked:finding+finding`. */
export const states = (r: Report) =>
	Object.fromEntries(
		r.features.map((f) => [
			f.id,
			f.state === 'blocked' ? `blocked:${f.blockedBy.join('+')}` : f.state,
		]),
	);
export const feature = (r: Report, id: string) => r.features.find((f) => f.id === id)!;
