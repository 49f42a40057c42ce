// The bench's build phases, read from what `astro build` prints (scripts/bench/build-time.ts).
import { describe, expect, it } from 'vitest';
import { buildPhases, phaseTable } from '../../scripts/bench/build-time.ts';

// Astro's output as it prints it: colours, a timestamp a line, the page list between.
const colour = (text: string) => `\x1b[2m${text.slice(0, 8)}\x1b[22m${text.slice(8)}`;
const output = [
	'04:03:27 [build] ✓ Completed in 1.02s.',
	'04:03:27 [vite] \x1b[32m✓ built in 649ms\x1b[39m',
	'04:03:27 [vite] \x1b[32m✓ built in 1.2s\x1b[39m',
	' generating static routes ',
	'04:03:28   ├─ /index.html (+11ms) ',
	'04:03:28 ✓ Completed in 254ms.',
	'04:03:28 [build] ✓ Completed in 1.01s.',
	'04:03:28 [build] 26 page(s) built in 3.10s',
]
	.map(colour)
	.join('\n');

describe('buildPhases', () => {
	it('reads the two Vite builds, the rendering and the total, and leaves the rest to startup and other', () => {
		const phases = buildPhases(output, 4)!;
		expect(phases.server).toBeCloseTo(0.649);
		expect(phases.client).toBeCloseTo(1.2);
		expect(phases.render).toBeCloseTo(0.254);
		expect(phases.startup).toBeCloseTo(0.9);
		expect(phases.other).toBeCloseTo(3.1 - 0.649 - 1.2 - 0.254);
	});

	it('reads nothing from output of another shape', () => {
		expect(buildPhases('built', 1)).toBeUndefined();
		expect(buildPhases(output.replace(/.*\[vite\].*\n/, ''), 1)).toBeUndefined();
	});
});

describe('phaseTable', () => {
	const run = (client: number) => buildPhases(output.replace('1.2s', `${client}s`), 4);

	it('gives each phase its medians and their difference', () => {
		const rows = phaseTable([run(1), run(2), run(3)], [run(0.1), run(0.1), run(0.1)])!;
		expect(rows.find(([phase]) => phase === 'client')).toEqual([
			'client',
			'2.00 s',
			'0.10 s',
			'+1.90 s',
		]);
		expect(rows.map(([phase]) => phase)).toEqual([
			'startup',
			'server',
			'client',
			'render',
			'other',
		]);
	});

	it('is left out when a run went unread', () => {
		expect(phaseTable([run(1), undefined], [run(1), run(1)])).toBeUndefined();
		expect(phaseTable([], [])).toBeUndefined();
	});
});
