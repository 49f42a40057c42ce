import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Compiles runes in *.svelte.ts state modules (the checker's state machine) for unit tests.
	plugins: [svelte({ configFile: false })],
	test: {
		include: ['tests/unit/**/*.test.ts', 'sandbox/**/*.test.ts'],
		allowOnly: !process.env['CI'],
	},
});
