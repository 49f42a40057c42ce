// The checker reads the sign-in codes' meanings from its page's code look-up table
// (src/checker/page-code-meanings.ts): the table must give exactly the registry's meanings, so the
// checker's report words a code as the CLI's does, and a missing or broken table must cost only
// the words, never the verdict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_TABLE, pageCodeMeanings } from '../../src/checker/page-code-meanings.ts';
import { diagnose, parseTrace, type Trace } from '../../src/engine/index.ts';
import { engineRegistry } from '../../src/engine/from-registry.ts';
import { toEngineRegistry } from '../../src/engine/to-engine-registry.ts';
import { lookupJson } from '../../src/derive/error-codes.ts';
import { signInCodeMeanings } from '../../src/registry/codes.ts';
import { registry } from '../../src/registry/index.ts';
import { scenarioTraces } from '../../fixtures/index.ts';
import { pageWithJsonBlock } from './fake-page.ts';

/** A page whose code table holds `text`. */
const pageWith = (text: string | undefined) => pageWithJsonBlock(text, CODE_TABLE);

describe('the meanings a page gives', () => {
	it("are exactly the registry's, from the table the build renders", () => {
		expect(pageCodeMeanings(pageWith(lookupJson()))).toEqual(signInCodeMeanings);
	});

	it('are none without a table, or with one that is not a list of codes', () => {
		for (const text of [undefined, '', '{', 'null', '{"aadsts:65001":"x"}', '42'])
			expect(pageCodeMeanings(pageWith(text)), String(text)).toEqual({});
	});

	it('skip rows of another shape, and Graph codes (the engine does not word those)', () => {
		const rows = [
			null,
			'aadsts',
			{ family: 'aadsts', key: 65001, meaning: 'a number key' },
			{ family: 'aadsts', key: '65001' },
			{ family: 'aadsts', key: '65001', meaning: '' },
			{ family: 'graph', key: 'ErrorAccessDenied', meaning: 'Graph' },
			{ family: 'nonsense', key: 'x', meaning: 'y' },
			{ family: 'sub-error', key: 'cancel', meaning: 'Kept.' },
		];
		expect(pageCodeMeanings(pageWith(JSON.stringify(rows)))).toEqual({
			'sub-error:cancel': 'Kept.',
		});
	});

	it('is what CodeLookup.astro renders the table as', () => {
		const component = readFileSync(
			join(import.meta.dirname, '../../src/components/CodeLookup.astro'),
			'utf8',
		);
		expect(component).toMatch(/<script is:inline type="application\/json" data-code-lookup-data /);
		const checkerPage = readFileSync(
			join(import.meta.dirname, '../../src/content/docs/teams/checker.mdx'),
			'utf8',
		);
		expect(checkerPage).toMatch(/^<CodeLookup \/>$/m);
	});
});

describe("the checker's registry, made with its page's meanings", () => {
	const parsed = (input: unknown): Trace => {
		const result = parseTrace(input);
		if (!result.ok) throw new Error(result.error);
		return result.trace;
	};
	const signInErrors = Object.entries(scenarioTraces)
		.map(([name, input]) => [name, parsed(input)] as const)
		.filter(([, trace]) => trace.signIn.outcome === 'error');

	it('reports every sign-in error fixture exactly as the CLI does', () => {
		expect(signInErrors.length).toBeGreaterThan(3);
		const checker = toEngineRegistry(registry, pageCodeMeanings(pageWith(lookupJson())));
		for (const [name, trace] of signInErrors)
			expect(diagnose(trace, { registry: checker }), name).toEqual(
				diagnose(trace, { registry: engineRegistry }),
			);
	});

	it('without them, still reaches the same findings, only with fewer words', () => {
		const bare = toEngineRegistry(registry, {});
		for (const [name, trace] of signInErrors) {
			const full = diagnose(trace, { registry: engineRegistry });
			const less = diagnose(trace, { registry: bare });
			expect(
				less.findings.map((f) => f.id),
				name,
			).toEqual(full.findings.map((f) => f.id));
			expect(less.ready).toBe(full.ready);
		}
	});
});
