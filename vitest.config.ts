import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Compiles runes in *.svelte.ts state modules (the checker's state machine) for unit tests.
	plugins: [svelte({ configFile: false })],
	test: {
		include: ['tests/unit/**/*.test.ts', 'sandbox/**/*.test.ts'],
		allowOnly: !process.env['CI'],
		// One module graph per worker, not one per file: half the run's time went on evaluating the
		// same modules again for each of ~60 files. Safe while tests leave globals as they found them
		// (the one that stands in a sessionStorage puts it back): no file mocks modules or stubs
		// globals for good. https://vitest.dev/guide/improving-performance#test-isolation
		isolate: false,
	},
});
