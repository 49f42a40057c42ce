// Bounded and total: diagnose never throws and stays fast on valid traces of any size or depth (a
// licence body with tens of thousands of odd service plans, a Graph body nested thousands deep,
// a 5 MB trace), and the CLI's validation path (parseTrace) says what it found without walking it.
import { describe, expect, test } from 'vitest';
import {
	calendarEvent,
	calendarViewBody,
	licence,
	licenseDetailsBody,
} from '../../fixtures/index.ts';
import type { LicenseDetails } from '../../src/engine/graph-schemas.ts';
import { diagnose, diagnoseUnknown, parseTrace, type Trace } from '../../src/engine/index.ts';
import { NOW, testRegistry } from './engine-registry-fixture.ts';
import { ids, report, traceWith } from './engine-test-kit.ts';

const ok = (body: unknown) => ({ status: 200, body });

/** `{ a: { a: … } }`, `depth` deep, built without recursion. */
function nested(depth: number): unknown {
	let value: unknown = { end: true };
	for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
	return value;
}

describe('huge and deep bodies', () => {
	test('a licence with 50,000 odd service plans is read, not overflowed', () => {
		const odd: LicenseDetails = {
			skuId: '00000000-0000-0000-0000-000000000000',
			skuPartNumber: 'ODD',
			servicePlans: Array.from({ length: 50_000 }, (_, i) => ({
				servicePlanId: `0000${i}`,
				servicePlanName: `PLAN_${i}`,
				provisioningStatus: i % 3 ? 'Success' : 'Disabled',
			})),
		};
		const started = performance.now();
		const result = report(
			traceWith({ 'licence-details': ok(licenseDetailsBody(odd, licence('businessBasic'))) }),
		);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(ids(result)).toEqual([]);
		expect(result.ready).toBe(true);
	});

	test.each([5_000, 200_000])(
		'a Graph body nested %i deep never breaks diagnose, parseTrace or the CLI path',
		(depth) => {
			const deep = nested(depth);
			const t = traceWith({ chats: ok(deep), recordings: { status: 400, body: deep } });
			t.graph!.push({
				method: 'POST',
				url: 'https://graph.microsoft.com/v1.0/$batch',
				status: 200,
				body: deep,
				requestBody: deep,
			});
			expect(() => diagnose(t as Trace, { registry: testRegistry })).not.toThrow();
			expect(
				diagnose(t as Trace, { registry: testRegistry }).features.find(
					(f) => f.id === 'recording-file-notes',
				)!.state,
			).toBe('blocked');
			expect(diagnoseUnknown(t, { registry: testRegistry }).ok).toBe(true);
			const invalid = parseTrace({ ...t, signIn: deep });
			expect(invalid.ok).toBe(false);
			if (!invalid.ok) expect(invalid.error.length).toBeLessThan(400);
		},
	);

	test('a 5 MB trace is diagnosed in well under a second', () => {
		const events = Array.from({ length: 16_000 }, (_, i) =>
			calendarEvent(NOW, { id: `AAMkAGI2TG93AAA${i}=`, endsHoursAgo: 30 + (i % 100) }),
		);
		const t = traceWith({ 'calendar-view': ok(calendarViewBody(events)) });
		const size = JSON.stringify(t).length;
		expect(size).toBeGreaterThan(5_000_000);
		diagnose(t as Trace, { registry: testRegistry }); // warm up
		const started = performance.now();
		const result = diagnose(t as Trace, { registry: testRegistry });
		const elapsed = performance.now() - started;
		expect(result.ready).toBe(true);
		// Measured by hand at well under 100 ms; the bound leaves room for a loaded CI machine.
		expect(elapsed).toBeLessThan(1000);
	});

	test('thousands of exchanges are read in linear time', () => {
		const t = traceWith();
		for (let i = 0; i < 5_000; i++)
			t.graph!.push({
				method: 'GET',
				url: `https://graph.microsoft.com/v1.0/me/unrelated/${i}`,
				status: 404,
				body: { error: { code: 'ErrorItemNotFound' } },
			});
		const started = performance.now();
		expect(diagnose(t as Trace, { registry: testRegistry }).ready).toBe(true);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
